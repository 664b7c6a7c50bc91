"""The up-to-date check: a fingerprint of everything an article's output depends on.

An article whose source, glossary, memory, settings, models, toolkit code
and options are unchanged since its folder was written has the fingerprint
its manifest records, and is skipped. The toolkit's code counts by the
content of its files (:func:`code_digest`), not only its version number: an
upgrade or a fix installed under the same version changes what an article's
editions say, so it redoes them; reinstalling the same files does not.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..errors import UserError

PACKAGE_ROOT = Path(__file__).parent.parent  # the toolkit package whose code writes the editions
_CODE_DIGESTS: dict[Path, str] = {}


def digest(*parts: object) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def code_digest() -> str:
    """The digest of the toolkit package's files (its code and the data it reads: word lists, templates), by
    path and content (:func:`package_digest`). Computed once per process: read from the cache folder when the
    package's files are the ones it was computed from (:func:`_kept_code_digest`), else from their contents
    (about 9 ms)."""
    known = _CODE_DIGESTS.get(PACKAGE_ROOT)
    if known is None:
        _CODE_DIGESTS[PACKAGE_ROOT] = known = _kept_code_digest(PACKAGE_ROOT)
    return known


def build_digest() -> str:
    """The toolkit's files (:func:`code_digest`) with the Python version running them: what a cache of work the
    toolkit's code does is keyed by, since its version number stays the same from one build to the next."""
    import sys

    return hashlib.blake2b(f"{sys.version}\0{code_digest()}".encode(), digest_size=16).hexdigest()


@lru_cache(maxsize=8)
def library_key(name: str, *files: str) -> str:
    """Which copy of an installed library ``name`` is there, without importing it: its folder, and the size,
    inode and times of change of ``files`` in it (an upgrade or a reinstall writes them anew, even one whose
    files keep their sizes and times of modification: a release that changes only its version number's digits,
    an installer that sets every file's time alike); "no NAME" without one. For the caches whose content a
    library's reading makes (CLDR facts by babel, glossaries by PyYAML)."""
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return f"no {name}"
    folder = Path(spec.origin).parent
    parts = [str(folder)]
    for file in files:
        try:
            found = (folder / file).stat()
        except OSError:
            parts.append(f"{file} -")
        else:
            parts.append(f"{file} {found.st_size} {found.st_ino} {found.st_mtime_ns} {found.st_ctime_ns}")
    return "\n".join(parts)


# the libraries whose reading or writing an article's editions show, by module and distribution: babel's CLDR data
# (the words of a date line), python-docx and lxml (the DOCX), PyYAML (settings and glossaries as read),
# markdown-it-py and MarkupSafe (Markdown articles, the pages), CTranslate2 and SentencePiece (the models' output)
_LIBRARIES = (
    ("babel", "babel"),
    ("docx", "python_docx"),
    ("lxml", "lxml"),
    ("yaml", "pyyaml"),
    ("markdown_it", "markdown_it_py"),
    ("markupsafe", "markupsafe"),
    ("ctranslate2", "ctranslate2"),
    ("sentencepiece", "sentencepiece"),
)


@lru_cache(maxsize=1)
def libraries_key() -> str:
    """Python's version and the installed version of each library an article's editions depend on
    (:data:`_LIBRARIES`), for the up-to-date check: an upgrade of one changes what an edition says (babel 2.19.0
    drops the Persian month's ezafe from a date line), so it redoes every article; the same versions installed
    again (a new environment) redo nothing. Found without importing them, in about a millisecond."""
    import sys

    listed: dict[Path, list[str]] = {}  # most share one folder, listed once
    return "\n".join([sys.version, *(_installed_version(module, name, listed) for module, name in _LIBRARIES)])


def _installed_version(module: str, distribution: str, listed: dict[Path, list[str]] | None = None) -> str:
    """``distribution`` and its version, from the name of its metadata folder beside the module
    (``babel-2.18.0.dist-info``); where there is none (a library run from a checkout), the module's files
    (:func:`library_key`)."""
    from importlib.util import find_spec

    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return f"no {module}"
    site = Path(spec.origin).parent.parent
    names = (listed or {}).get(site)
    if names is None:
        try:
            names = os.listdir(site)
        except OSError:
            names = []
        if listed is not None:
            listed[site] = names
    versions = []
    for name in names:
        if name.endswith((".dist-info", ".egg-info")):
            project, _, version = name.rsplit(".", 1)[0].partition("-")
            if project.lower().replace("-", "_").replace(".", "_") == distribution:
                versions.append(version)
    if not versions:
        return library_key(module, "__init__.py")
    return f"{distribution} {' '.join(sorted(versions))}"


CODE_FOLDER = "code"  # in the cache folder: the toolkit's code digest with the listing it was computed from
_CODE_FILE = "digest.json"
_CODE_FORMAT = 1
_MAX_CODE_FILE_BYTES = 4096
SETTLED_NS = 2_000_000_000  # a listing is kept once its newest file changed this long ago (2 s)
# st_ctime is the time of a file's last change on POSIX systems, which every write, rename or change of times
# sets; Windows reports the file's creation there, so a file rewritten in place with its size and time of
# modification kept (a copy that preserves times) would keep its listing: no digest is kept there
CHANGE_TIMES = os.name == "posix"


def _kept_code_digest(root: Path) -> str:
    """:func:`package_digest` of ``root``, kept in the cache folder's ``code/digest.json`` with a hash of the
    package's listing: every file's path, size, inode and times of change (``st_mtime_ns`` and ``st_ctime_ns``,
    which no program sets back: writing a file changes it). While the listing is the same, the files are the
    same and so is the digest; any edit, upgrade or reinstall changes the listing, and the digest is computed
    again from the contents (a reinstall of the same files gives the same digest, as before). The file is a
    cache and nothing more: one missing, unreadable, too large, of another shape or of another listing is not
    used, and one that cannot be written is not kept; it is no safeguard against someone who can write in the
    cache folder, which must be the user's own (as the parsed glossaries beside it). Where the file system keeps
    no time of change (:data:`CHANGE_TIMES`), none is kept and the digest is computed from the contents."""
    from ..files import NoHomeFolder, cache_folder

    if not CHANGE_TIMES:
        return package_digest(root)
    listing, newest = _listing(root)
    try:
        path = cache_folder() / CODE_FOLDER / _CODE_FILE
    except NoHomeFolder:
        return package_digest(root)
    if listing is not None:
        kept = _read_code_digest(path, listing)
        if kept is not None:
            return kept
    digest = package_digest(root)
    # kept only when no file changed while it was read, and none changed so lately that another change within
    # the file system's tick of time could leave its listing as it is
    if listing is not None and _listing(root)[0] == listing and time.time_ns() - newest > SETTLED_NS:
        import contextlib
        import json

        from ..qa.kept import _write

        data = json.dumps({"format": _CODE_FORMAT, "listing": listing, "digest": digest})
        with contextlib.suppress(OSError, ValueError):  # no writable cache: computed again next time
            _write(path, data.encode())
    return digest


def _package_files(root: Path):
    """``(name relative to root, path)`` of each file :func:`package_digest` reads, in its order (strings: the
    listing of a re-run is most of its cost). A folder linked into the package is read through the link, as
    Python imports from it; one the walk has already read (a link back into the package) is not read again."""
    top = str(root)
    seen: set[tuple[int, int]] = set()
    for folder, subfolders, names in os.walk(top, followlinks=True):
        try:
            status = os.stat(folder)
        except OSError:
            status = None
        if status is not None:
            if (status.st_dev, status.st_ino) in seen:
                subfolders[:] = []
                continue
            seen.add((status.st_dev, status.st_ino))
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__" and not name.startswith("."))
        inside = folder[len(top) :].lstrip(os.sep).replace(os.sep, "/")
        for name in sorted(names):
            if name.startswith(".") or name.endswith((".pyc", ".pyo")):
                continue
            yield (f"{inside}/{name}" if inside else name), os.path.join(folder, name)


def _listing(root: Path) -> tuple[str | None, int]:
    """A hash of the package's files as the file system lists them (path, size, device, inode, times of change),
    or None when one cannot be read (no digest is kept then); and the newest time of change among them."""
    digest = hashlib.blake2b(f"{_CODE_FORMAT}\0{root}\0".encode("utf-8", "surrogatepass"), digest_size=16)
    newest = 0
    try:
        for name, path in _package_files(root):
            status = os.stat(path)
            facts = (name, status.st_size, status.st_dev, status.st_ino, status.st_mtime_ns, status.st_ctime_ns)
            digest.update(repr(facts).encode("utf-8", "surrogatepass") + b"\0")
            newest = max(newest, status.st_mtime_ns, status.st_ctime_ns)
    except OSError:
        return None, newest
    return digest.hexdigest(), newest


def _read_code_digest(path: Path, listing: str) -> str | None:
    """The digest kept in ``path`` for ``listing``, or None (no file, another listing, not of this shape)."""
    import json

    from ..files import read_bytes

    try:
        if not path.exists():
            return None
        data = json.loads(read_bytes(path, _MAX_CODE_FILE_BYTES, "cache file"))
    except (UserError, OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != _CODE_FORMAT or data.get("listing") != listing:
        return None
    digest = data.get("digest")
    if not isinstance(digest, str) or len(digest) != 32 or digest.strip("0123456789abcdef"):
        return None
    return digest


def package_digest(root: Path) -> str:
    """The digest of a package's files by path and content; compiled caches (``__pycache__``) and hidden
    files left out, so a file touched, or a package reinstalled with the same files, keeps it. Hashed with SHA-256,
    which most processors compute in hardware (x86 and ARM SHA extensions): hashing the toolkit's 3.4 MB takes
    about 2.5 ms of CPU where BLAKE2b took 6 ms; the first 128 bits are the digest."""
    digest = hashlib.sha256()
    for name, path in _package_files(root):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        try:
            with open(path, "rb") as handle:
                digest.update(handle.read())
        except OSError as error:  # unreadable: its name and the error still count, so the digest is stable
            digest.update(f"unreadable: {error.strerror}".encode())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def relative_names(paths: Iterable[Path]) -> list[str]:
    """Files' paths relative to the folder they all lie in (links resolved), for the up-to-date check: the same
    files in a project moved or checked out elsewhere keep them, while a file renamed or moved among them
    changes them (its name is shown: a review edition's import command names its memory)."""
    resolved = [Path(os.path.realpath(path)) for path in paths]  # realpath: no error on a link loop
    if not resolved:
        return []
    common = Path(os.path.commonpath([path.parent for path in resolved]))
    return [path.relative_to(common).as_posix() for path in resolved]


def source_place(path: Path, out: Path) -> str:
    """Where an article's source lies seen from the output folder, for its fingerprint: two sources of one name
    in other folders (desk-a/story.txt, desk-b/story.txt) are other articles, while a project moved or checked
    out elsewhere with its output folder keeps every article's place, so nothing is redone there."""
    return Path(os.path.relpath(os.path.realpath(path), os.path.realpath(out))).as_posix()


def files_digest(paths: Iterable[Path]) -> str:
    """The digest of files' contents and names relative to the folder they lie in (:func:`relative_names`), so
    a project moved whole keeps it. Each is opened as a regular file, never waited on: a FIFO or device among
    them is a UserError (as reading it for the run would be)."""
    from ..files import open_regular_file

    paths = list(paths)
    digest = hashlib.blake2b(digest_size=16)
    for path, name in zip(paths, relative_names(paths)):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        with os.fdopen(open_regular_file(Path(path), _NO_LIMIT), "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


_NO_LIMIT = 1 << 62  # the readers bound each kind of file; the digest only reads what they will read


def source_digest(path: Path) -> str:
    """The source file's content digest, read as the reader will read it: a regular file of bounded size.

    A FIFO, device or symbolic-link loop is a UserError here, before anything waits on it.
    """
    from ..files import open_regular_file
    from ..read import MAX_DOCX_BYTES  # not from .docx, which a run of other articles does not import

    digest = hashlib.blake2b(digest_size=16)
    with os.fdopen(open_regular_file(path, MAX_DOCX_BYTES, "article"), "rb") as handle:
        try:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        except OSError as error:
            raise UserError(f"cannot read file: {error.strerror}", path=path) from None
    return digest.hexdigest()


def engine_identity(engine, code: str) -> str:
    """What produced an engine's output for ``code``, for the up-to-date check (no model is loaded)."""
    raw = getattr(engine, "raw", None)
    if raw is None:
        return f"{type(engine).__name__}:{getattr(engine, 'name', '')}"
    if hasattr(raw, "model_identity"):
        return str(raw.model_identity(code))
    return f"{type(raw).__name__}:{raw.name}:{raw.reference(code)}"


def memory_used(engine, document, languages: Iterable[str]) -> str:
    """The digest of what the translation memory gives ``document`` (its segments matched) in ``languages``: per
    sentence the memory's translation (exact, adapted, joined or cut from an older split), the close units it
    suggests, the unit it holds but could not read or that is marked not reviewed, and the units of an older
    sentence split the run names for the article. An article's editions depend on the memory only through these,
    so a memory changed elsewhere (another article's sentence reviewed, a unit no sentence comes near) leaves
    this digest, and the article, as it was; any change these show redoes it. ``engine`` is the run's
    :class:`~toolkit.translate.engines.MemoryEngine` (its fuzzy matches are kept for the translation itself)."""
    from ..translate.engines import ADAPTED, EXACT
    from ..translate.resplit import units_under_another_split

    memory = engine.memory
    segments = document.segments
    languages = list(languages)
    parts: list[object] = []
    translated: set[tuple[str, str]] = set()
    for code in languages:
        found = engine.translate(segments, code)
        for segment, translation in zip(segments, found):
            if translation is not None and translation.origin in (EXACT, ADAPTED):
                translated.add((segment.id, code))
            skipped = memory.unreadable_for(segment.text, code)
            draft = memory.unreviewed_for(segment.text, code)
            parts.append(
                (
                    code,
                    segment.id,
                    translation,
                    engine.suggestions(segment, code),
                    None if skipped is None else (skipped.unit_id, str(skipped.error)),
                    None if draft is None else (str(draft.path), draft.unit_id, draft.line, draft.reason),
                )
            )
    if memory.units:
        paragraphs = [[(s.id, s.text) for s in block.segments] for block in document.blocks if block.segments]
        parts.append(units_under_another_split(memory, paragraphs, languages, translated))
    return digest(*parts)


def memory_naming(engine, spellings: Iterable[str], languages: Iterable[str]) -> str:
    """The digest of the memory's translations, in ``languages``, of every sentence that names one of
    ``spellings`` (the English spellings of the names no glossary covers that an article places, as whole words,
    case aside), wherever the sentence comes from. Such a name's provisional spelling is chosen over all the run's
    articles, a reviewed translation's spelling first (:mod:`toolkit.translate.provisional`): a spelling an editor
    corrected in another article's sentence changes this article's editions, and this digest. ``engine`` is the
    run's :class:`~toolkit.translate.engines.MemoryEngine`."""
    import re

    memory = engine.memory
    words = sorted({" ".join(spelling.split()).casefold() for spelling in spellings if spelling.strip()})
    languages = list(languages)
    found: list[tuple[str, list[tuple[str, object]]]] = []
    if words and memory.units:
        naming = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words) + r")(?!\w)", re.IGNORECASE)
        for key, hits in memory.units.items():
            if naming.search(key):
                found.append((key, [(code, hits[code]) for code in languages if code in hits]))
    found.sort(key=lambda item: item[0])
    return digest(words, found)
