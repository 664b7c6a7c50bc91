"""Every path the toolkit writes in an output folder, named (and recognised) in this one module.

::

    OUT/index.html                                   every article and edition
    OUT/.toolkit-run.lock                            held by the run writing here
    OUT/<article>/manifest.json                      what the folder holds, each edition's verdict
    OUT/<article>/report.md, report.json             the QA report
    OUT/<article>/<article>.<lang>.docx, .md         side-by-side editions (for review)
    OUT/<article>/<article>.<lang>.publish.docx, .md editions to publish
    OUT/<article>/<article>.<lang>.review.docx       review editions (edited in Word, imported into the memory)
    OUT/<article>/preview/<article>.<lang>.html      the side-by-side edition as a web page
    OUT/<article>/preview/<stem>.pdf, <stem>-1.png   previews of each DOCX (<stem>: its name without .docx)

Publishers and the batch ask this module for the names they write
(:func:`article_name`, :func:`edition_file`, :func:`html_page`, :func:`preview_pdf`,
:func:`preview_page`); the index page and the manifest ask it what a file
name is (:func:`describe`), so a name is never parsed back anywhere else.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path, PurePosixPath

from ..languages import TARGET_LANGUAGES
from ..records import dataclass

INDEX_FILE = "index.html"
LOCK_FILE = ".toolkit-run.lock"
MANIFEST_FILE = "manifest.json"
REPORT_JSON = "report.json"
REPORT_MARKDOWN = "report.md"
REPORT_FILES = (REPORT_JSON, REPORT_MARKDOWN)
PREVIEW_FOLDER = "preview"
INDEX_FROM_PREVIEW = "../../index.html"  # the index page, linked from a page in OUT/<article>/preview/
FORMATS = ("docx", "md")  # the edition formats a run can write
SIDE_BY_SIDE, MONOLINGUAL, REVIEW = "side-by-side", "monolingual", "review"
_KIND_MARKS = {MONOLINGUAL: ".publish", REVIEW: ".review"}  # what marks an edition's kind in its file name

MAX_NAME_LENGTH = 80  # characters
# bytes in UTF-8: the longest file a run names from it (".xx.publish-123.png", 19 more) and its staging
# folder (".<name>.toolkit-staging-<pid>-<12 hex>", 38 more) stay within the 255 bytes of a file name
MAX_NAME_BYTES = 200
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{number}" for device in ("COM", "LPT") for number in "0123456789\u00b9\u00b2\u00b3"]
)
_UNSAFE = set("/\\<>:\"|?*&'`$;{}[]%#")
_FALLBACK_NAME = "article"
_RESERVED = frozenset([INDEX_FILE])  # what the output folder holds beside the article folders (casefolded)


def article_name(stem: str) -> str:
    """The folder and file name an article's output takes: its file's stem, made safe for a folder name, a file
    name and a web page. Path separators, control and invisible formatting characters, HTML and shell
    metacharacters become ``_``, leading dots and spaces go (no ``..`` or hidden names), and long names are
    shortened with a hash that keeps them distinct: long in characters, or in bytes (80 emoji are 320 bytes,
    more than the 255 a file name may have). A name Windows keeps for a device (``CON``, ``aux``, ``COM1``,
    ``lpt9``...), which no folder or file on a Windows share may take, even before an extension
    (``CON.ar.docx``), gets a ``_`` after it; so does a name the output folder keeps for its own files
    (``index.html``, the index page: ``index_.html``)."""
    name, _ = _made_safe(stem)
    if _too_long(name):
        digest = hashlib.blake2b(stem.encode("utf-8", "surrogatepass"), digest_size=3).hexdigest()
        name = name[: MAX_NAME_LENGTH - 7]
        while len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES - 7:
            name = name[:-1]
        name = name.rstrip(". ") + "-" + digest
    first, dot, rest = name.partition(".")
    if first.rstrip(" ").upper() in _WINDOWS_DEVICES:  # CON, CON.notes and CON .notes are all the device
        name = f"{first.rstrip(' ')}_{dot}{rest}"
    elif name.casefold() in _RESERVED:  # OUT/index.html is the index page's: an article folder there stops it
        name = f"{first}_{dot}{rest}"
    return name or _FALLBACK_NAME


def _made_safe(stem: str) -> tuple[str, bool]:
    """:func:`article_name`'s name before it is shortened or kept from a device's or the index page's, and
    whether a character of the stem was unsafe (made ``_``)."""
    characters = []
    unsafe = False
    for character in unicodedata.normalize("NFC", stem):
        category = unicodedata.category(character)
        if character in _UNSAFE or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            characters.append("_")
            unsafe = True
        elif category == "Zs":
            characters.append(" ")
        else:
            characters.append(character)
    name = " ".join("".join(characters).split())  # one space between words, none at the ends
    return name.lstrip(". -").rstrip(". "), unsafe


def _too_long(name: str) -> bool:
    return len(name) > MAX_NAME_LENGTH or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES


def why_renamed(stem: str) -> str:
    """Why :func:`article_name` names an article's output otherwise than its file's stem, for the run's notice:
    each of the reasons that apply."""
    if unicodedata.normalize("NFC", stem).strip().casefold() in _RESERVED:
        return "the output folder keeps the name for its index page"
    if stem.partition(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        return "Windows keeps the name for a device: no file or folder on a Windows share may take it"
    name, unsafe = _made_safe(stem)
    reasons = []
    if unsafe:
        reasons.append("the file name has characters that are unsafe in file names or web pages")
    if _too_long(name):
        reasons.append(
            f"the file name is longer than an output's may be ({MAX_NAME_LENGTH} characters, {MAX_NAME_BYTES} "
            "bytes): shortened, with a hash of it that keeps it apart from others"
        )
    if reasons:
        return "; ".join(reasons)
    if unicodedata.normalize("NFC", stem) != stem:  # a Mac's file names are decomposed: u and a combining ¨
        return (
            "the file name's accented letters are written composed (Unicode NFC), as web pages and other systems expect"
        )
    return "spaces and dots at the ends of the file name or repeated in it are left out"


@dataclass(frozen=True)
class EditionFile:
    """What one of an article's edition files is: language, kind, format and, for a page image, its number."""

    language: str
    kind: str  # side-by-side, monolingual or review
    format: str  # docx, md, html, pdf or png
    page: int | None = None


def edition_stem(article: str, language: str, kind: str = SIDE_BY_SIDE) -> str:
    """``<article>.<lang>`` for side-by-side editions, ``<article>.<lang>.publish`` for editions to publish,
    ``<article>.<lang>.review`` for review editions."""
    return f"{article}.{language}" + _KIND_MARKS.get(kind, "")


def edition_file(article: str, language: str, kind: str, format: str) -> str:
    """An edition's file, relative to the article folder: ``story.ar.docx``, ``story.ar.publish.md``,
    ``story.ar.review.docx``."""
    return f"{edition_stem(article, language, kind)}.{format}"


def html_page(article: str, language: str) -> str:
    """The side-by-side edition as a web page, relative to the article folder."""
    return f"{PREVIEW_FOLDER}/{edition_stem(article, language)}.html"


def _preview_stem(docx: str) -> PurePosixPath:
    path = PurePosixPath(docx)
    return path.parent / PREVIEW_FOLDER / path.name[: -len(path.suffix)]


def preview_pdf(docx: str) -> str:
    """The PDF preview of a DOCX edition (both relative to the article folder)."""
    return f"{_preview_stem(docx)}.pdf"


def preview_page(docx: str, number: int) -> str:
    """Page ``number`` (from 1) of a DOCX edition's preview, as a PNG image."""
    return f"{_preview_stem(docx)}-{number}.png"


@lru_cache(maxsize=512)
def _edition_files(article: str) -> re.Pattern:
    codes = "|".join(map(re.escape, TARGET_LANGUAGES))
    marks = "|".join(map(re.escape, _KIND_MARKS.values()))
    return re.compile(
        rf"(?:{PREVIEW_FOLDER}/)?{re.escape(article)}\.(?P<code>{codes})"
        rf"(?P<kind>{marks})?(?:-(?P<page>\d+))?\.(?P<format>docx|md|pdf|png|html)"
    )


def describe(article: str, relative: str) -> EditionFile | None:
    """What ``relative`` (a path in the article folder) is among the article's edition files; None for others."""
    match = _edition_files(article).fullmatch(relative)
    if match is None:
        return None
    kind = next((kind for kind, mark in _KIND_MARKS.items() if mark == match.group("kind")), SIDE_BY_SIDE)
    return EditionFile(
        match.group("code"), kind, match.group("format"), int(match.group("page")) if match.group("page") else None
    )


def language_of(article: str, relative: str) -> str | None:
    """The language of one of an article's edition files; None for any other file."""
    found = describe(article, relative)
    return found.language if found else None


def article_folders(out: Path) -> list[str]:
    """The article folders of an output folder, sorted: every folder but hidden ones (staging, the lock's)."""
    if not out.is_dir():
        return []
    return sorted(
        entry.name
        for entry in out.iterdir()
        if entry.is_dir() and not entry.is_symlink() and not entry.name.startswith(".")
    )
