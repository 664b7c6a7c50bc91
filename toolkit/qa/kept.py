"""The name checks' findings of an article's sentences, kept in the cache folder for its next run.

The name checks (:func:`toolkit.qa.checks.check_names`: repeated words, unsourced names, other spellings of the
names, capitals, Russian cases) are most of the work of a run from the memory: about a quarter of the seed
run's CPU. What they find in a sentence depends only on its English text, its translation as the edition
writes it (every piece, with the names placed and the slots they came from), the source's mentions, the
language, the whole glossary and the toolkit's own code and data. So each article's findings are kept, per
language, in one small JSON file of the cache folder's ``checks/``, named by a hash of

- the article's name and the language,
- the glossary: the names and contents of its files as the run read them (any edit makes a new file), or
  for a glossary made in code, every entry as it is,
- the toolkit's code and data: the name, size and time of change of every file of the package (an edit, an
  upgrade or a reinstall makes a new file), and the Python version (its Unicode tables);

and within it each sentence's findings under a hash of everything the checks read of that sentence. A re-run
of an article (a translation or a setting fixed, another language asked for, a fresh output folder) checks
again only the sentences that changed; a changed glossary or toolkit checks every sentence again.

Like the parsed glossaries beside it, the file is a cache and nothing more: one that is missing, cut short,
of another shape, too large or unwritable only makes the run check again, never fails or changes it. It is
no safeguard against someone who can write in the cache folder: they could as well change the parsed
glossaries the run reads, so the cache folder must be the user's own, as it is by default.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import operator
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from ..document import TranslatedSegment
from ..glossary.model import Glossary
from ..patterns import LazyPattern
from ..problems import Problem

FORMAT = 1  # bump when what is kept changes shape
FOLDER = "checks"
FILES_KEPT = 4096  # about 2 KB each: a few thousand articles' languages
MAX_FILE_BYTES = 8 * 1024**2
_LARGEST_GLOSSARY_HASHED = 5_000  # entries of a glossary made in code that are hashed afresh; larger: no cache

Finding = tuple[str, str, str]  # severity, code, message


class KeptFindings:
    """The kept name-check findings of one article in one language, read when made; :meth:`save` keeps this
    run's."""

    def __init__(self, path: Path | None, kept: dict[str, list[Finding]]):
        self.path = path
        self._kept = kept
        self._now: dict[str, list[Finding]] = {}

    @classmethod
    def open(cls, glossary_key: str | None, language: str, article: str) -> KeptFindings:
        """The findings kept for ``article`` in ``language`` with the glossary of ``glossary_key`` (its
        :func:`glossary_digest`) and this toolkit (none when there is no cache folder or no glossary key)."""
        path = _file(glossary_key, language, article)
        return cls(path, _read(path) if path is not None else {})

    def names(self, segment: TranslatedSegment, check: Callable[[], list[Problem]]) -> list[Problem]:
        """The name checks' findings for ``segment``: kept ones when its inputs are unchanged, else ``check()``'s."""
        if self.path is None:
            return check()
        key = segment_key(segment)
        found = self._kept.get(key)
        if found is None:
            found = [(p.severity, p.code, p.message) for p in check()]
        self._now[key] = found
        return [Problem(severity, code, message) for severity, code, message in found]

    def save(self) -> None:
        """Keep this run's findings (only the sentences the article has now), when they differ from the file's."""
        if self.path is None or not self._now or self._now == self._kept:
            return
        data = json.dumps({"format": FORMAT, "sentences": self._now}, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError):  # no writable cache: the next run checks again, never wrongly
            _write(self.path, data.encode("utf-8", "surrogatepass"))  # as json.loads reads bytes back
            _prune_once(self.path.parent)


def segment_key(segment: TranslatedSegment) -> str:
    """A hash of everything the name checks read of a sentence: its English, its slots, its pieces, the names
    placed and the source's mentions, every field of them."""
    parts = (segment.source.text, segment.code, segment.pieces, segment.names, segment.mentions)
    return hashlib.blake2b(repr(_plain(parts)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _plain(value: object) -> object:
    """``value`` with every dataclass as its fields and every set in a fixed order, so that its repr is the
    same in every process (a set's order follows the process's string hashing)."""
    kind = type(value)
    if kind is str or value is None or kind is int or kind is bool:  # most of a sentence's values
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = (
            tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else False
        )
    if names is not False:
        return (kind.__name__, tuple([_plain(getattr(value, name)) for name in names]))
    if isinstance(value, (list, tuple)):
        return tuple([_plain(item) for item in value])
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted((_plain(item) for item in value), key=repr)))
    if isinstance(value, dict):
        return ("dict", tuple([(_plain(k), _plain(v)) for k, v in value.items()]))
    return value


# each class's dataclass field names, or False for a class that is no dataclass (looked up once per class)
_FIELD_NAMES: dict[type, tuple[str, ...] | Literal[False]] = {}


def _file(glossary_key: str | None, language: str, article: str) -> Path | None:
    from ..files import NoHomeFolder, cache_folder

    if glossary_key is None:
        return None
    try:
        folder = cache_folder() / FOLDER
    except NoHomeFolder:
        return None
    key = hashlib.blake2b(
        "\0".join((str(FORMAT), code_digest(), glossary_key, language, article)).encode("utf-8", "surrogatepass"),
        digest_size=16,
    ).hexdigest()
    return folder / f"{key}.json"


def glossary_digest(glossary: Glossary) -> str | None:
    """A hash of the glossary: of its files as read, when its entries are still those read from them (see
    :func:`toolkit.glossary.load.load_glossary`); else of every entry, for a glossary of at most a few thousand
    entries made in code; else None (no cache)."""
    entries = tuple(glossary.entries.values())
    loaded = getattr(glossary, "loaded_from", None)
    if loaded is not None and len(loaded[0]) == len(entries) and all(map(operator.is_, loaded[0], entries)):
        return str(loaded[1])
    if len(entries) > _LARGEST_GLOSSARY_HASHED:
        return None
    return "entries:" + hashlib.blake2b(repr(_plain(entries)).encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def code_digest() -> str:
    """A hash of the running toolkit's files and the Python version: the batch's code fingerprint (one walk
    of the package per run serves both), with the version the checks ran under."""
    from ..batch.fingerprint import code_digest as files

    return _with_python_version(files())


def package_digest(package: Path) -> str:
    """A hash of the files of ``package`` (by content; compiled bytecode aside) and the Python version: it
    changes with any edit or upgrade of the package's code or data."""
    from ..batch.fingerprint import package_digest as files

    return _with_python_version(files(package))


def _with_python_version(files: str) -> str:
    return hashlib.blake2b(f"{sys.version}\0{files}".encode(), digest_size=16).hexdigest()


def _read(path: Path) -> dict[str, list[Finding]]:
    """The findings kept in ``path``: empty when there is none to trust (missing, not a regular file, too
    large, not of this shape)."""
    from ..errors import UserError
    from ..files import read_bytes

    try:  # a cache folder the user may not look into (chmod 000) keeps nothing either
        if not path.exists():
            return {}
        data = json.loads(read_bytes(path, MAX_FILE_BYTES, "cache file"))
    except (UserError, OSError, ValueError, RecursionError):  # RecursionError: brackets nested past the stack
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("sentences"), dict):
        return {}
    from ..problems import CODES, ERROR, WARNING

    kept: dict[str, list[Finding]] = {}
    for key, findings in data["sentences"].items():
        if not isinstance(findings, list) or not all(
            isinstance(finding, list)
            and len(finding) == 3
            and all(isinstance(part, str) for part in finding)
            and finding[0] in (ERROR, WARNING)
            and finding[1] in CODES
            and not _UNSHOWABLE.search(finding[2])
            for finding in findings
        ):
            return {}  # a file of another shape, or findings no check writes: nothing in it is trusted
        kept[key] = [(severity, code, message) for severity, code, message in findings]
    return kept


# what no check's message holds, and a report or a terminal must not show: control characters (a terminal's escapes)
# and the bidi embeddings and overrides that reorder what is shown after them
_UNSHOWABLE = LazyPattern("[\x00-\x1f\x7f-\x9f\u202a-\u202e]")


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file renamed into place (a reader sees the old file or the new, whole); not
    synced to disk: a file a crash cuts short is read as no cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_pruned: set[Path] = set()


def _prune_once(folder: Path) -> None:
    """Keep the most recently written FILES_KEPT files (once per process: a batch writes many)."""
    if folder in _pruned:
        return
    _pruned.add(folder)
    with contextlib.suppress(OSError):  # another run pruned first
        files = [entry for entry in os.scandir(folder) if entry.name.endswith(".json") and entry.is_file()]
        if len(files) <= FILES_KEPT:
            return
        files.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for old in files[FILES_KEPT:]:
            with contextlib.suppress(OSError):
                os.unlink(old.path)


def cached_files() -> list[Path]:
    """The kept findings files in the cache folder (for ``toolkit cache info`` and ``clear``)."""
    from ..files import NoHomeFolder, cache_folder

    try:
        folder = cache_folder() / FOLDER
        return sorted(path for path in folder.glob("*.json") if path.is_file() and not path.is_symlink())
    except (NoHomeFolder, OSError):
        return []
