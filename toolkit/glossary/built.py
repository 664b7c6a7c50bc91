"""What a run builds from a whole glossary, cached beside its parse: the matcher's trie and the spelling conflicts.

Loading a parsed glossary from the parse cache (:mod:`toolkit.glossary.cache`)
is fast, but every run then analysed each English spelling twice more (about
200,000 spellings for 100,000 entries, several seconds): once to build the
:class:`~toolkit.glossary.match.Matcher`'s word trie, once for the
cross-entry check that no two entries claim one spelling. Both depend only on
the entries' ids and English spellings, in glossary order, so they are built
together once and kept in the glossary cache folder under a hash of exactly
those inputs (and the toolkit's files with the Python version): any edit to an English spelling, an
id or the order of entries builds them again; edits to other fields (target
renderings, notes) reuse them. Within a process the result is also kept on
the glossary object. As with the parse cache, a cache that cannot be read or
written only makes a run slower, never wrong.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import operator
from collections.abc import Iterator
from pathlib import Path

from ..errors import UserError
from .cache import folder, read_cached
from .match import Matcher, spelling_key
from .model import Glossary

_BUILT_FORMAT = 1  # bump when the trie's or the conflicts' plain form change shape

# (entry id, its spelling, the id of the entry that claimed the spelling first)
Conflict = tuple[str, str, str]


def matcher_for(glossary: Glossary) -> Matcher:
    """The glossary's matcher, from the cache when its English spellings are unchanged."""
    return _built(glossary)[0]


def spelling_conflicts(glossary: Glossary) -> list[Conflict]:
    """Spellings claimed by two entries (the later one named), from the cache when unchanged."""
    return _built(glossary)[1]


def _built(glossary: Glossary) -> tuple[Matcher, list[Conflict]]:
    entries = tuple(glossary.entries.values())  # entries are frozen: the same objects, the same inputs
    remembered = getattr(glossary, "_built", None)
    if remembered is not None and len(remembered[0]) == len(entries) and all(map(operator.is_, remembered[0], entries)):
        return remembered[1]
    key = _key(glossary)
    cache = folder()
    path = cache / f"built-{key}.marshal" if cache is not None else None
    with paused_garbage_collector():
        built = _load(path) if path is not None else None
        if built is None:
            matcher, conflicts = Matcher(glossary), _conflicts(glossary)
            if path is not None:
                _store(path, matcher, conflicts)
            built = matcher, conflicts
    glossary._built = (entries, built)  # type: ignore[attr-defined]  # for the rest of this process
    return built


@contextlib.contextmanager
def paused_garbage_collector() -> Iterator[None]:
    """No cycle collection while hundreds of thousands of long-lived, acyclic containers are made.

    A full collection walks every container alive, so with a 100,000-entry
    glossary loaded each one cost most of a second of CPU, and loading or
    building its structures triggered several. What the block made is then
    frozen (:func:`gc.freeze`: kept out of later collections), as it lives as
    long as the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _key(glossary: Glossary) -> str:
    from ..batch.fingerprint import build_digest

    inputs = (
        _BUILT_FORMAT,
        build_digest(),
        [(entry.id, entry.name, entry.short, entry.variants) for entry in glossary],
    )
    return hashlib.blake2b(marshal.dumps(inputs), digest_size=16).hexdigest()


def _conflicts(glossary: Glossary) -> list[Conflict]:
    claimed: dict[tuple, str] = {}
    conflicts = []
    for entry in glossary:
        for spelling in entry.spellings:
            owner = claimed.setdefault(spelling_key(spelling), entry.id)
            if owner != entry.id:
                conflicts.append((entry.id, spelling, owner))
    return conflicts


def _load(path: Path) -> tuple[Matcher, list[Conflict]] | None:
    plain = read_cached(path)
    if plain is None:
        return None
    try:
        trie, conflicts = plain
        if not isinstance(trie, dict):
            return None
        return Matcher.from_plain_trie(trie), [_conflict(*conflict) for conflict in conflicts]
    except Exception:  # a file of another shape (damaged, another build's) is built again
        return None


def _conflict(entry_id: str, spelling: str, owner: str) -> Conflict:
    if not all(isinstance(part, str) for part in (entry_id, spelling, owner)):
        raise TypeError("a conflict is three strings")
    return entry_id, spelling, owner


def _store(path: Path, matcher: Matcher, conflicts: list[Conflict]) -> None:
    from ..files import write_atomic

    with contextlib.suppress(UserError, ValueError):  # no writable cache: slower next time, never wrong
        write_atomic(path, marshal.dumps((matcher.plain_trie(), conflicts)))
