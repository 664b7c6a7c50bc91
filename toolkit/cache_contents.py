"""What the toolkit's cache folder holds, kind by kind, for ``toolkit cache info`` and ``toolkit cache clear``.

The folder (``$TOOLKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/toolkit``, else ``~/.cache/toolkit``) holds:

- ``translations.sqlite3``: the machine translations (:mod:`toolkit.translate.cache`);
- ``provisional-names.sqlite3``: the provisional renderings of names no glossary covers
  (:mod:`toolkit.translate.provisional_store`);
- ``glossary/``: parsed glossary files and what a run builds from them (:mod:`toolkit.glossary.cache`);
- ``checks/``: the name checks' findings of articles' sentences (:mod:`toolkit.qa.kept`) and the surveys of
  names no glossary covers (:mod:`toolkit.batch.kept_candidates`);
- ``memory/``: translation memories as read (:mod:`toolkit.translate.memory_cache`);
- ``docx/``: the DOCX editions' lean template (:mod:`toolkit.publish.word`);
- ``cldr/``: the CLDR facts about the languages that localising reads through babel (:mod:`toolkit.cldr`);
- ``code/``: the digest of the toolkit's own files with the listing it was computed from
  (:mod:`toolkit.batch.fingerprint`);
- ``patterns/``: the compiled programs of the toolkit's regular expressions (:mod:`toolkit.patterns`);
- now and then, a damaged SQLite file moved aside (``*.sqlite3.damaged-<time>``) and the temporary file of a
  write a stopped run left (``.<name>.<random>.tmp``).

Only these are counted and removed: anything else a person put in the folder is left alone. A link is counted
and removed as itself, never what it points to; a folder is never removed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

UNFINISHED_AFTER_SECONDS = 3600  # a temporary file this old is no write in progress: a stopped run's leftover
SUBFOLDERS = ("glossary", "checks", "memory", "docx", "cldr", "code", "patterns")


@dataclass
class Kind:
    """One kind of file in the cache folder: what it is, where, its files and their size on disk."""

    label: str  # "translation memories as read"
    where: Path
    files: list[Path]
    size: int
    one: str  # what one file is, where ``cache clear`` counts them: "memory as read"
    many: str  # "memories as read"
    always: bool = True  # shown even when there is none of it
    failed: list[tuple[Path, OSError]] = field(default_factory=list)


def sizes(files: list[Path]) -> int:
    """What ``files`` take on disk (a link as itself; a file gone meanwhile as nothing)."""
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.lstat().st_size
    return total


def _not_folders(paths) -> list[Path]:
    found = []
    for path in sorted(paths):
        with contextlib.suppress(OSError):  # gone meanwhile: another run pruned it
            if not stat.S_ISDIR(path.lstat().st_mode):
                found.append(path)
    return found


def database_files(path: Path) -> list[Path]:
    """An SQLite file with its write-ahead log and shared memory, those that are there."""
    return _not_folders(
        Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm") if os.path.lexists(f"{path}{suffix}")
    )


def damaged_files(folder: Path) -> list[Path]:
    """The damaged SQLite files the stores moved aside (kept for inspection until the cache is cleared)."""
    with contextlib.suppress(OSError):
        return _not_folders(folder.glob("*.sqlite3.damaged-*"))
    return []


def unfinished_files(folder: Path) -> list[Path]:
    """Temporary files of atomic writes in the cache's folders: a run writing one now, or one a stopped run left."""
    found: list[Path] = []
    for sub in SUBFOLDERS:
        with contextlib.suppress(OSError):
            found += _not_folders((folder / sub).glob(".*.tmp"))
    return found


def stale(path: Path, now: float) -> bool:
    """A temporary file no run is writing any more (older than :data:`UNFINISHED_AFTER_SECONDS`)."""
    try:
        return now - path.lstat().st_mtime > UNFINISHED_AFTER_SECONDS
    except OSError:
        return False


def file_kinds(folder: Path) -> list[Kind]:
    """Every kind of file the cache folder holds but the two databases, in the order ``cache info`` lists them."""
    from . import cldr, patterns
    from .batch.fingerprint import CODE_FOLDER
    from .files import KEPT_TEMPLATE_FOLDER, KEPT_TEMPLATE_PATTERN
    from .glossary import cache as glossary_cache
    from .qa import kept as kept_findings
    from .translate import memory_cache

    def kind(label: str, where: Path, files: list[Path], one: str, many: str, always: bool = True) -> Kind:
        return Kind(label, where, files, sizes(files), one, many, always=always)

    templates: list[Path] = []
    with contextlib.suppress(OSError):
        templates = _not_folders((folder / KEPT_TEMPLATE_FOLDER).glob(KEPT_TEMPLATE_PATTERN))
    code: list[Path] = []
    with contextlib.suppress(OSError):
        code = _not_folders((folder / CODE_FOLDER).glob("*.json"))
    return [
        kind(
            "parsed glossary files",
            folder / "glossary",
            glossary_cache.cached_files(),
            "parsed glossary file",
            "parsed glossary files",
        ),
        kind(
            "name checks and name surveys of articles",
            folder / kept_findings.FOLDER,
            kept_findings.cached_files(),
            "name check or survey",
            "name checks and surveys",
        ),
        kind(
            "translation memories as read",
            folder / memory_cache.FOLDER,
            memory_cache.cached_files(),
            "memory as read",
            "memories as read",
        ),
        kind("DOCX template", folder / KEPT_TEMPLATE_FOLDER, templates, "DOCX template", "DOCX templates"),
        kind("CLDR data as read", folder / cldr.FOLDER, cldr.cached_files(), "CLDR data file", "CLDR data files"),
        kind("the toolkit's code digest", folder / CODE_FOLDER, code, "code digest", "code digests"),
        kind(
            "compiled regular expressions",
            folder / patterns.FOLDER,
            patterns.cached_files(),
            "compiled regular expressions file",
            "compiled regular expressions files",
        ),
        kind(
            "damaged files moved aside",
            folder,
            damaged_files(folder),
            "damaged file",
            "damaged files",
            always=False,
        ),
        kind(
            "temporary files of writes (in progress, or left by a stopped run)",
            folder,
            unfinished_files(folder),
            "temporary file",
            "temporary files",
            always=False,
        ),
    ]


def remove(kind: Kind, now: float | None = None) -> tuple[int, int]:
    """Remove a kind's files (a temporary file only once no run can be writing it): how many went and their
    size. Those that could not be removed are kept in ``kind.failed``."""
    now = time.time() if now is None else now
    removed = freed = 0
    for path in kind.files:
        if path.name.startswith(".") and path.name.endswith(".tmp") and not stale(path, now):
            continue
        size = sizes([path])
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            kind.failed.append((path, error))
            continue
        removed += 1
        freed += size
    return removed, freed
