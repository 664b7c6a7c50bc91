"""Read: a source article (plain text, Markdown, DOCX or HTML) into a Document of sentence segments.

Each format has its reader (:mod:`.text`, :mod:`.markdown`, :mod:`.docx`, :mod:`.html`),
which finds the title, subheadings and paragraphs and removes the characters
that must never pass silently (:mod:`.characters`); the segmenter
(:mod:`.segmenter`) splits paragraphs into sentences and builds the Document.

Articles come from outside and are not trusted. Only regular files are read
(a FIFO, a device or a looping link is refused at once), text articles are
bounded in size, and a DOCX is checked before it is unpacked (size, members,
expansion, as the model installer does) and its XML parts are parsed without
entities, DTDs or network access, so a cut or damaged document is one
located error. Invisible characters, bidi controls and XML-illegal controls
are removed from the source and reported, each with its file and line, as a
QA warning on the sentence it came from. Text is read in Unicode's composed
form (NFC), as glossaries are: "Türkiye" typed on a Mac or copied from a web
page as a "u" and a combining diaeresis is the glossary's "Türkiye". Code
(inline code, code blocks) keeps its characters as written: composing them
would change a command or a string a reader copies out of the edition.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..document import Document
from ..errors import UserError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".html", ".htm")
MAX_TEXT_ARTICLE_BYTES = 16 * 1024**2  # a long article is 50 KB
MAX_DOCX_BYTES = 64 * 1024**2  # photographs included (here, not in .docx: the up-to-date check reads it)
MAX_SEGMENTS = 5_000  # sentences, headings and captions: a long article has 400, a long report 1,500
MAX_SEGMENT_CHARS = 10_000  # one sentence (a long one is 500), as the translation memory bounds its units
# a table's row counts once towards MAX_SEGMENTS, its cells towards this: a 3,000-row results table of five
# columns (15,000 cells) is an article a desk publishes, written in under two minutes in two languages
MAX_TABLE_CELLS = 30_000
# An article in another language given as English (an Arabic or Russian story in the English folder): the
# letters of its first sentences, up to this many, decide; fewer than a third in the Latin alphabet is not
# English (an English story quoting Arabic or Russian stays far above: its quotations are a few phrases).
LANGUAGE_SAMPLE_LETTERS = 20_000
MIN_LETTERS_TO_JUDGE = 20
# what an article quotes, between quotation marks, is in the language of whoever it quotes: a statement quoted in
# full in Russian is no sign that the article around it is not English (marks pair within the sample; none nests)
_QUOTED = r'"[^"]*"|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]'


def is_toolkit_page(path: Path) -> bool:
    """Whether ``path`` is an HTML page the toolkit wrote (a preview, an index), which a folder's articles never
    include; a file that cannot be read is not one (reading it as an article says why it fails)."""
    import os

    from ..files import open_regular_file

    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        descriptor = open_regular_file(path, MAX_TEXT_ARTICLE_BYTES, "text article")
    except UserError:
        return False
    from .html import toolkit_page

    with os.fdopen(descriptor, "rb") as handle:
        try:
            head = handle.read(4096)
        except OSError:
            return False
    return toolkit_page(head.decode("utf-8", "replace"))


def read_document(path: Path | str) -> Document:
    """Read an article file; the document is named after the file's stem. An article of more sentences than
    any article has (a generator's runaway loop, a data dump), or a sentence longer than any sentence, is
    refused as it is read: translating, checking and writing them would take minutes and gigabytes far below
    the size limit."""
    document = _read_document(Path(path))
    count, rows, cells = _sentences(document)
    if cells > MAX_TABLE_CELLS:
        raise UserError(
            f"the article's tables hold {cells:,} sentences, more than the {MAX_TABLE_CELLS:,} its tables may hold",
            path=path,
            fix="check that this is the right file; publish a table this large as a spreadsheet, or split it",
        )
    if count > MAX_SEGMENTS:
        tables = f" (a table's row counted once: {rows:,} rows)" if rows else ""
        raise UserError(
            f"the article has {count:,} sentences{tables}, more than the {MAX_SEGMENTS:,} an article may have",
            path=path,
            fix="check that this is the right file; split an article that is really this long",
        )
    longest = max((segment for block in document.blocks for segment in block.segments), key=_length, default=None)
    if longest is not None and len(longest.text) > MAX_SEGMENT_CHARS:
        raise UserError(
            f"segment {longest.id} is {len(longest.text):,} characters long, more than the "
            f"{MAX_SEGMENT_CHARS:,} a sentence may be",
            path=path,
            fix="check for text pasted without spaces or full stops, or a missing line break; split it into sentences",
        )
    return document


def _sentences(document: Document) -> tuple[int, int, int]:
    """The article's sentences as its bounds count them, a table's row once (a results table's row of five
    cells is one line of the article, not five sentences); of them the table rows; and the cells of text."""
    rows: set[tuple[int, int]] = set()
    outside = cells = 0
    for block in document.blocks:
        if not block.segments:
            continue
        cell = block.cell
        if cell is None:
            outside += len(block.segments)
        else:
            rows.add((cell.table_number, cell.row))
            cells += len(block.segments)
    return outside + len(rows), len(rows), cells


def check_english(document: Document, path: Path | str) -> None:
    """Refuse an article in another language given as English (the run's articles; a reader reads any text):
    an en->xx engine given Arabic or Russian writes fluent nonsense that QA cannot tell from a translation."""
    script = _other_script(document)
    if script is not None:
        name, share = script
        raise UserError(
            f"the article is not in English: {share:.0%} of its letters are {name}",
            path=path,
            fix="give the English original: the toolkit translates from English into Arabic, Persian, Turkish "
            "and Russian",
        )


def _other_script(document: Document) -> tuple[str, float] | None:
    """The script most of the article's letters are in, and its share, when fewer than a third of them are
    Latin; None for an English article (or one of too few letters to judge). Letters between quotation marks
    do not count: they are the words of whoever the article quotes."""
    import re
    import unicodedata
    from collections import Counter

    sample: list[str] = []
    size = 0
    for block in document.blocks:
        for segment in block.segments:
            sample.append(segment.text)
            size += len(segment.text)
        if size >= LANGUAGE_SAMPLE_LETTERS:
            break
    text = re.sub(_QUOTED, " ", " ".join(sample))
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) < MIN_LETTERS_TO_JUDGE:
        return None
    scripts: Counter[str] = Counter()
    for letter, count in Counter(letters).items():  # each letter's name looked up once, not at every occurrence
        scripts[unicodedata.name(letter, "OTHER").split()[0]] += count
    if scripts["LATIN"] * 3 >= len(letters):
        return None
    name, count = max(((name, count) for name, count in scripts.items() if name != "LATIN"), key=lambda x: x[1])
    shown = {"CJK": "Chinese or Japanese characters"}.get(name, f"in the {name.title()} script")
    return shown, count / len(letters)


def _length(segment) -> int:
    return len(segment.text)


def _read_document(path: Path) -> Document:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        name = path.name
        meant = name.rstrip(". \t")
        if meant != name and Path(meant).suffix.lower() in SUPPORTED_SUFFIXES and Path(meant).stem:
            # "story.txt." or "story.txt ": Windows drops the ending, so the file looks right in a list of files
            raise UserError(
                f"the file name ends in {name[len(meant) :]!r} after its {Path(meant).suffix} (its type is read "
                "from the very end of the name)",
                path=path,
                fix=f"rename it {meant!r}",
            )
        if name.lower() in SUPPORTED_SUFFIXES:  # ".txt": a hidden file with no name before its extension
            raise UserError(
                f"the file is named {name!r}, an extension alone: a hidden file with no name, not a {name} article",
                path=path,
                fix=f"rename it with a name before the extension, e.g. article{name}",
            )
        raise UserError(
            f"unsupported file type {suffix or '(none)'!r}",
            path=path,
            fix=f"give a {', '.join(SUPPORTED_SUFFIXES)} file",
        )
    if suffix == ".docx":
        from .docx import parse_docx

        return parse_docx(path, path.stem)
    from ..files import read_bytes, read_text

    if suffix in (".html", ".htm"):
        from .html import decode_html, parse_html, toolkit_page

        declared: list = []  # a declared encoding no browser knows, read as UTF-8: said in the report
        text = decode_html(read_bytes(path, MAX_TEXT_ARTICLE_BYTES, "text article"), path, declared)
        if toolkit_page(text):
            raise UserError(
                "this is a page the toolkit wrote (an edition's preview or a run's index), not an article",
                path=path,
                fix="give the article itself (its .txt, .md, .docx or .html file)",
            )
        document = parse_html(text, path.stem, path)  # composed as it is read, but for code
        document.findings[:0] = declared
        return document
    text = read_text(path, MAX_TEXT_ARTICLE_BYTES, "text article")
    if suffix == ".txt":
        from .text import parse_plain_text

        return parse_plain_text(unicodedata.normalize("NFC", text), path.stem, path)
    from .markdown import parse_markdown

    return parse_markdown(text, path.stem, path)
