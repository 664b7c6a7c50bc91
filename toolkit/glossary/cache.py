"""The parse cache of glossary files: parsed entries by content hash, so an unchanged file loads fast.

Parsing YAML is slow for newsroom-size files (100,000 entries take about half
a minute), so each file's parsed entries, schema findings and per-entry lint
findings are cached by a hash of its content, the toolkit's files, the Python version and the installed PyYAML, as
builtins in ``marshal`` form (fast to load, no code execution). The cache
lives in the toolkit's cache folder, under ``glossary/``; only the
:data:`CACHE_FILES_KEPT` most recently written files are kept. A cache that
cannot be read or written only makes loading slower, never wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import stat
from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..files import NoHomeFolder, cache_folder, read_bytes
from ..problems import Location, Problem
from .model import Entry, Rendering

_CACHE_FORMAT = 9  # bump when Entry or a Problem change shape, an entry rule is added, or YAML reads values anew
CACHE_FILES_KEPT = 64
MAX_CACHE_FILE_BYTES = 2 * 1024**3  # the parse of a 100,000-entry glossary is about 100 MB

Parsed = tuple[list[Entry], list[Problem], dict[str, list[Problem]]]


def folder() -> Path | None:
    """Where parsed glossary files are kept: ``glossary/`` in the toolkit's cache folder; None when there is no
    cache folder (no home folder to put it in): glossaries are then parsed on every run."""
    try:
        return cache_folder() / "glossary"
    except NoHomeFolder:
        return None


def cached_files() -> list[Path]:
    """Every parsed glossary file in the cache (and whatever else took such a name there, but a folder)."""
    found = folder()
    if found is None or not found.is_dir():
        return []
    files = []
    for path in sorted(found.glob("*.marshal")):
        with contextlib.suppress(OSError):  # gone meanwhile: another run pruned it
            if not stat.S_ISDIR(path.lstat().st_mode):
                files.append(path)
    return files


def cached_bytes(files: list[Path]) -> int:
    """What ``files`` take on disk (a link counted as itself, never as what it points to)."""
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.lstat().st_size
    return total


def _cache_file(text: str) -> Path | None:
    from ..batch.fingerprint import build_digest, library_key

    cache = folder()
    if cache is None:
        return None
    # PyYAML reads the file: another copy of it may read values or word its errors otherwise
    key = f"{_CACHE_FORMAT}|{build_digest()}|{library_key('yaml', '__init__.py')}|".encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(key + text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return cache / f"{digest}.marshal"


def load(path: Path, text: str) -> Parsed | None:
    """The cached parse of ``text`` (the content of ``path``), or None."""
    from .built import paused_garbage_collector

    cached = _cache_file(text)
    plain = read_cached(cached) if cached is not None else None
    if plain is None:
        return None
    try:
        with paused_garbage_collector():
            return _from_plain(plain, path)
    except Exception:  # a file of another shape (damaged, another build's): the caller parses again
        return None


def read_cached(path: Path, max_bytes: int = MAX_CACHE_FILE_BYTES) -> Any:
    """The value kept in the cache file ``path``, or None when there is none to trust.

    The cache folder is the toolkit's by convention only: a file there may be
    cut short by a crash or a full disk, written by another build, or replaced
    by a folder, a pipe or a link to ``/dev/zero``. None of these may block,
    slow down or fail a run: the file is read only when it is a regular file
    of sane size, without waiting on a pipe, and what cannot be decoded is no
    cache at all.
    """
    try:  # a cache folder the user may not look into (chmod 000) is no cache either
        if not path.exists():
            return None
        data = read_bytes(path, max_bytes, "cache file")
    except (UserError, OSError):
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None


def store(
    path: Path, text: str, entries: list[Entry], findings: list[Problem], entry_findings: dict[str, list[Problem]]
) -> None:
    """Remember the parse of ``text``; no writable cache only makes the next load slower."""
    cached = _cache_file(text)
    if cached is None:
        return
    try:
        from ..files import write_atomic

        write_atomic(cached, marshal.dumps(_to_plain(entries, findings, entry_findings)))
        _prune_cache(cached.parent)
    except (UserError, ValueError, OSError):
        pass  # no writable cache: slower next time, never wrong


def _to_plain(entries: list[Entry], findings: list[Problem], entry_findings: dict[str, list[Problem]]) -> tuple:
    """Entries and findings as builtins only, for the marshal cache (fast to load)."""

    def rendering(r: Rendering) -> tuple:
        return (
            r.language,
            dict(r.full),
            dict(r.short) if r.short else None,
            r.pronounced,
            r.indeclinable,
            r.forbidden,
            dict(r.first) if r.first else None,
            dict(r.adjective) if r.adjective else None,
            dict(r.annotations),
            r.apostrophe,
        )

    return (
        [
            (
                e.id,
                e.type,
                e.name,
                e.short,
                e.variants,
                e.note,
                tuple(rendering(r) for r in e.renderings.values()),
                e.location.line,
                e.location.column,
                dict(e.field_positions),
            )
            for e in entries
        ],
        [_finding_plain(f) for f in findings],
        {entry_id: [_finding_plain(f) for f in found] for entry_id, found in entry_findings.items()},
    )


def _finding_plain(finding: Problem) -> tuple:
    assert finding.location is not None  # every glossary finding is located in its file
    return (
        finding.location.line,
        finding.location.column,
        finding.entry_id,
        finding.message,
        finding.fix,
        finding.severity,
        finding.code,
    )


def _finding(path: Path, plain: tuple) -> Problem:
    line, column, entry_id, message, fix, severity, code = plain
    return Problem(severity, code, message, location=Location(path, line, column), entry_id=entry_id, fix=fix)


class _OfAnotherShape(ValueError):
    """A kept parse whose values are not of the types and bounds a parse writes: a file damaged in a way that still
    decodes, edited by hand, or written by another build. It is no cache: the file is parsed again."""


def _of_types(values: Iterable[Any], *types: type) -> bool:
    """Whether every value is of exactly one of ``types`` (a bool is no int, a str subclass no str). Checked over
    whole columns at once, in C: a 100,000-entry glossary is checked on every load."""
    return set(types).issuperset(map(type, values))


def _positions(values: Sequence[Any]) -> bool:
    """Lines or columns as a parse writes them: whole numbers from 1."""
    return _of_types(values, int) and (not values or min(values) > 0)


def _forms(column: Sequence[Any], optional: bool = False) -> bool:
    """A column of a rendering's forms as a parse writes them: each text by text key (``nom`` -> ``Москва``), or
    None where ``optional``."""
    given = [forms for forms in column if forms is not None] if optional else column
    return (
        _of_types(given, dict)
        and _of_types(chain.from_iterable(given), str)
        and _of_types(chain.from_iterable(map(dict.values, given)), str)
    )


def _check_renderings(renderings: list[Any]) -> None:
    """Every rendering of every entry as :func:`_to_plain` writes it; _OfAnotherShape for anything else."""
    if not renderings:
        return
    if not _of_types(renderings, tuple) or set(map(len, renderings)) != {10}:
        raise _OfAnotherShape("rendering")
    languages, full, short, pronounced, indeclinable, forbidden, first, adjective, annotations, apostrophe = zip(
        *renderings, strict=True
    )
    if not (
        _of_types(languages, str)
        and _forms(full)
        and all(map(dict.__contains__, full, repeat("nom")))
        and _forms(short, optional=True)
        and _forms(first, optional=True)
        and _forms(adjective, optional=True)
        and _forms(annotations)
        and _of_types(pronounced, str, type(None))
        and _of_types(indeclinable, bool)
        and _of_types(apostrophe, bool)
        and _of_types(forbidden, tuple)
        and _of_types(chain.from_iterable(forbidden), str)
    ):
        raise _OfAnotherShape("rendering")


def _check_entries(entries: list[Any]) -> None:
    """Every entry as :func:`_to_plain` writes it, column by column; _OfAnotherShape for anything else."""
    if not entries:
        return
    if not _of_types(entries, tuple) or set(map(len, entries)) != {10}:
        raise _OfAnotherShape("entry")
    ids, types, names, shorts, variants, notes, renderings, lines, columns, positions = zip(*entries, strict=True)
    if not (
        _of_types(chain(ids, types, names, notes), str)
        and _of_types(shorts, str, type(None))
        and _of_types(variants, tuple)
        and _of_types(chain.from_iterable(variants), str)
        and _of_types(renderings, tuple)
        and _positions(lines)
        and _positions(columns)
        and _of_types(positions, dict)
        and _of_types(chain.from_iterable(positions), str)
    ):
        raise _OfAnotherShape("entry")
    _check_renderings(list(chain.from_iterable(renderings)))
    where = list(chain.from_iterable(map(dict.values, positions)))
    if not where:
        return
    if not _of_types(where, tuple) or not {2, 3}.issuperset(map(len, where)):
        raise _OfAnotherShape("field position")
    if not (
        _positions(list(map(itemgetter(0), where)))
        and _positions(list(map(itemgetter(1), where)))
        and _of_types((place[2] for place in where if len(place) == 3), str)
    ):
        raise _OfAnotherShape("field position")


def _check_findings(findings: list[Any]) -> None:
    """Findings as :func:`_finding_plain` writes them; _OfAnotherShape for anything else."""
    from ..problems import CODES, ERROR, WARNING

    if not findings:
        return
    if not _of_types(findings, tuple) or set(map(len, findings)) != {7}:
        raise _OfAnotherShape("finding")
    lines, columns, entry_ids, messages, fixes, severities, codes = zip(*findings, strict=True)
    if not (
        _positions(lines)
        and _positions(columns)
        and _of_types(entry_ids, str, type(None))
        and _of_types(messages, str)
        and _of_types(fixes, str, type(None))
        and {ERROR, WARNING}.issuperset(severities)
        and _of_types(codes, str)
        and all(map(CODES.__contains__, codes))
    ):
        raise _OfAnotherShape("finding")


def _check_plain(data: Any) -> None:
    """Every value of a kept parse of the types and bounds a parse writes (:func:`_to_plain`), so a kept file
    that decodes but was damaged or edited is refused whole, never rendered or crashed on later."""
    if type(data) is not tuple or len(data) != 3:
        raise _OfAnotherShape("parse")
    entries_data, findings_data, entry_findings_data = data
    if type(entries_data) is not list or type(findings_data) is not list or type(entry_findings_data) is not dict:
        raise _OfAnotherShape("parse")
    _check_entries(entries_data)
    if not (_of_types(entry_findings_data, str) and _of_types(entry_findings_data.values(), list)):
        raise _OfAnotherShape("entry findings")
    _check_findings(findings_data + list(chain.from_iterable(entry_findings_data.values())))


def _from_plain(data: tuple, path: Path) -> tuple[list[Entry], list[Problem], dict[str, list[Problem]]]:
    _check_plain(data)
    entries_data, findings_data, entry_findings_data = data
    entries = [
        Entry(
            entry_id,
            entry_type,
            name,
            short,
            variants,
            note,
            {r[0]: Rendering(*r) for r in renderings},
            Location(path, line, column),
            positions,
        )
        for entry_id, entry_type, name, short, variants, note, renderings, line, column, positions in entries_data
    ]
    if sum(len(entry.renderings) for entry in entries) != sum(len(plain[6]) for plain in entries_data):
        raise _OfAnotherShape("a language rendered twice in one entry")
    findings = [_finding(path, plain) for plain in findings_data]
    entry_findings = {
        entry_id: [_finding(path, plain) for plain in found] for entry_id, found in entry_findings_data.items()
    }
    return entries, findings, entry_findings


def _prune_cache(folder: Path) -> None:
    """Every edit of a glossary adds a cache file; keep only the most recently written ones."""
    try:
        files = sorted(folder.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[CACHE_FILES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another run pruned first: nothing to do
