"""A translation memory's units as read, kept in the cache folder by the TMX file's content.

Reading a TMX file (parsing its XML, reading each translation's placeholders and formatting) is most of what
loading the memory costs a run; an unchanged file gives the same units. So each file's units as read are kept
in ``memory/`` of the toolkit's cache folder, in ``marshal`` form (builtins only: fast to load, no code run),
named by a hash of the file's path and one of its bytes, the toolkit's files and the Python version. Any edit
of the file, or another toolkit, reads it again; the same bytes under another path use the copy already kept.
A file with a translation the toolkit cannot read is not kept (its error is made anew on each run). Where each
unit lies (its file, its label) is the run's, never the cache's.

Each edit of a memory adds a copy, about 0.8 times the TMX file's size, so the copies are bounded: the newest
:data:`KEPT_PER_MEMORY` per memory file path, the :data:`FILES_KEPT` newest in all, and at most
:data:`MAX_KEPT_BYTES` together (the newest, the one just written, is always kept). A copy read by a run
counts as new again.

Like the parsed glossaries beside it, this is a cache and nothing more: a kept file missing, cut short, of
another shape or not a regular file is not used, and the memory is read again; one that cannot be written
only makes the next run read it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path

from ..slots import Slot, Tag, Template

FORMAT = 2  # bump when what a unit keeps changes shape
FOLDER = "memory"
FILES_KEPT = 16
KEPT_PER_MEMORY = 2  # the memory as it is, and as it was before its last edit
MAX_KEPT_BYTES = 256 * 1024**2  # the largest memory a run reads (256 MB of TMX) keeps a copy of about 200 MB


def folder() -> Path | None:
    from ..files import NoHomeFolder, cache_folder

    try:
        return cache_folder() / FOLDER
    except NoHomeFolder:
        return None


def cached_file(data: bytes, source: Path) -> Path | None:
    """Where the units of the TMX file ``source``, of these bytes, are kept (None: no cache folder).

    The name is the file's path (as a hash: which memory it is) and a hash of its content with the toolkit
    (which version of it) and the installed lxml, which reads it: ``<path>-<content>.marshal``."""
    from ..batch.fingerprint import code_digest, library_key

    found = folder()
    if found is None:
        return None
    # lxml reads the file: another copy of it may read a unit, or word why it cannot, otherwise
    reader = library_key("lxml", "__init__.py")
    digest = hashlib.blake2b(
        f"{FORMAT}\0{sys.version}\0{code_digest()}\0{reader}\0".encode("utf-8", "surrogatepass"), digest_size=16
    )
    digest.update(data)
    return found / f"{_memory_key(source)}-{digest.hexdigest()}.marshal"


def _memory_key(source: Path) -> str:
    try:
        where = os.path.realpath(source)
    except (OSError, ValueError):
        where = os.path.abspath(source)
    return hashlib.blake2b(os.fsencode(where), digest_size=8).hexdigest()


def kept_copy(cached: Path) -> Path | None:
    """The kept file to read for ``cached`` (from :func:`cached_file`): itself, else a copy of the same content
    that another path to the same bytes kept; None when there is neither."""
    _, _, content = cached.name.partition("-")
    with contextlib.suppress(OSError):  # a cache folder the user may not look into is no cache
        if cached.is_file():
            return cached
        for other in cached.parent.glob(f"*-{content}"):
            if other.is_file() and not other.is_symlink():
                return other
    return None


def cached_files() -> list[Path]:
    """The kept memories in the cache folder (for ``toolkit cache info`` and ``clear``)."""
    found = folder()
    if found is None:
        return []
    with contextlib.suppress(OSError):
        return sorted(path for path in found.glob("*.marshal") if path.is_file() and not path.is_symlink())
    return []


def load(path: Path) -> list | None:
    """The units kept in ``path``, or None when there are none to trust. A copy read counts as new again (see
    :func:`_prune`)."""
    from ..glossary.cache import read_cached

    plain = read_cached(path)
    if plain is None:
        return None
    try:
        if type(plain) is not tuple or len(plain) != 2 or plain[0] != FORMAT:
            return None
        units = [_unit(unit) for unit in plain[1]]
    except (ValueError, TypeError):  # a file of another shape: the memory is read again
        return None
    with contextlib.suppress(OSError):  # a cache folder the user may read, not write: it stays as it is
        os.utime(path)
    return units


def store(path: Path, units: list) -> None:
    """Keep a file's units as read; no writable cache only makes the next run read the file again."""
    from ..errors import UserError
    from ..files import write_atomic

    try:
        data = marshal.dumps((FORMAT, [_unit_plain(unit) for unit in units]))
    except ValueError:
        return
    with contextlib.suppress(UserError, OSError):
        write_atomic(path, data)
        _prune(path)


def _unit_plain(unit: tuple) -> tuple:
    key, unit_id, found, english = unit
    return (
        key,
        unit_id,
        [
            (language, kind, *(_template_plain(d) if kind == 1 else d for d in details))
            for language, kind, *details in found
        ],
        english,
    )


def _template_plain(template: Template) -> tuple:
    parts: list[object] = []
    for part in template.parts:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, Slot):
            parts.append((0, part.entry_id, part.short, part.tokens, part.adjective))
        else:
            parts.append((1, part.number, part.name, part.role))
    return tuple(parts)


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError("not text")
    return value


def _unit(plain: object) -> tuple:
    if type(plain) is not tuple or len(plain) != 4 or type(plain[2]) is not list or type(plain[3]) is not tuple:
        raise TypeError("not a unit")
    key, unit_id, found, english = plain
    variants: list[tuple] = []
    for variant in found:
        if type(variant) is not tuple or not variant:
            raise TypeError("not a translation")
        if len(variant) == 4 and variant[1] == 0:  # not reviewed: its line and the reason
            language, kind, line, reason = variant
            if line is not None and type(line) is not int:
                raise TypeError("not a line")
            variants.append((_text(language), kind, line, _text(reason)))
        elif len(variant) == 3 and variant[1] == 1:
            language, kind, parts = variant
            variants.append((_text(language), kind, Template(tuple(_part(part) for part in parts))))
        else:
            raise TypeError("not a translation")
    return (_text(key), _text(unit_id), variants, tuple(_english_span(span) for span in english))


def _english_span(plain: object) -> tuple[int, str, str, str]:
    if type(plain) is not tuple or len(plain) != 4 or type(plain[0]) is not int:
        raise TypeError("not a span")
    number, name, before, covered = plain
    return (number, _text(name), _text(before), _text(covered))


def _part(plain: object):
    if type(plain) is str:
        return plain
    if type(plain) is tuple and len(plain) == 5 and plain[0] == 0:
        _, entry_id, short, tokens, adjective = plain
        if type(short) is not bool or type(adjective) is not bool or type(tokens) is not tuple:
            raise TypeError("not a slot")
        return Slot(_text(entry_id), short, tuple(_text(token) for token in tokens), adjective)
    if type(plain) is tuple and len(plain) == 4 and plain[0] == 1:
        _, number, name, role = plain
        if type(number) is not int:
            raise TypeError("not a tag")
        return Tag(number, _text(name), _text(role))
    raise TypeError("not a part")


def _prune(newest: Path) -> None:
    """Every edit of a memory adds a kept file: keep the newest :data:`KEPT_PER_MEMORY` of each memory file path,
    the newest :data:`FILES_KEPT` in all and at most :data:`MAX_KEPT_BYTES` of them (``newest``, just written,
    always). "Newest" is written or read last (see :func:`load`)."""
    kept: list[tuple[float, Path, int]] = []
    for path in newest.parent.glob("*.marshal"):
        with contextlib.suppress(OSError):  # another run pruned it meanwhile
            if path != newest and path.is_file() and not path.is_symlink():
                status = path.stat()
                kept.append((status.st_mtime, path, status.st_size))
    kept.sort(key=lambda found: (found[0], found[1].name), reverse=True)
    memory = _memory_of(newest)
    try:
        total = newest.stat().st_size
    except OSError:
        total = 0
    files, same_memory = 1, 1
    for _, path, size in kept:
        ours = _memory_of(path) == memory
        if (ours and same_memory >= KEPT_PER_MEMORY) or files >= FILES_KEPT or total + size > MAX_KEPT_BYTES:
            with contextlib.suppress(OSError):  # another run removed it first
                path.unlink(missing_ok=True)
            continue
        files += 1
        same_memory += ours
        total += size


def _memory_of(path: Path) -> str:
    """The memory file a kept file is of (a file kept before copies were named by their memory: its own)."""
    key, dash, _ = path.name.partition("-")
    return key if dash else path.name
