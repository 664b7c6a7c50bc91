"""Regular expressions compiled when a run first uses them, not when their module is imported; and compiled
once per Python version, not once per run.

Most of the toolkit's patterns serve rules that only some articles, languages or engines reach (machine
translation placeholders, Russian list and passive rules, coordinates, hashtags...); compiling them all at
import cost every run, a memory-only run of one plain article too, a few milliseconds. A
:class:`LazyPattern` holds the pattern's text and compiles it on the first call of any of its methods;
after that, the compiled pattern's methods (and its ``flags``, ``groups`` and ``groupindex``) are its own
attributes, so a call costs what a compiled pattern's does. ``pattern`` is there without compiling, so other
patterns can be built from its text.

Only for patterns used through their methods (``search``, ``sub``...): one passed to a function of ``re``
or tested with ``isinstance(..., re.Pattern)`` must stay compiled.

Compiling is a cost of its own: Python's ``re`` parses a pattern and writes the program its matching engine
runs in Python code, up to 2 ms for the longest of the toolkit's, about 15 ms for the hundred patterns a seed
run uses, in every run and in every worker process of a batch. So the programs are kept in the cache folder's
``patterns/`` (:func:`keep_compiled_patterns`, at the end of a run and after each article a worker writes),
in one file per Python build (its ``re`` compiler and engine; :func:`kept_file`), as plain values read with
:func:`marshal.loads`: per pattern text and flags, the flags ``re`` settled on, the program (a list of
integers), the number of groups and their names. A program is kept only when the pattern made from it equals
the one ``re.compile`` makes (its flags, program and text), and a pattern is made from a kept program only under
its very text and flags; the engine refuses a program that is not well formed, and a file that is missing, damaged,
of another shape or unwritable only means compiling as before: the file can make a run faster, never change
what a pattern matches. Without a cache folder (no home folder, ``--no-cache``) every pattern is compiled.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_ATTRIBUTES = ("flags", "groups", "groupindex")

FORMAT = 1  # bump when what is kept changes shape
FOLDER = "patterns"
MAX_FILE_BYTES = 8 * 1024**2  # a seed run's patterns take about 175 KB, every module-level one about 440 KB
MOST_KEPT = 4_000  # patterns in the file (the toolkit has about 450): more, and only this process's are kept

# a kept program: the flags ``re`` settled on, the program, the number of groups and the groups' names
# (name -> number, and number -> name or None), the arguments its engine's compile takes after the text
Program = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

_kept: dict[tuple[str, int], Program] | None = None  # read from the cache folder on first use
_compiled_here: set[tuple[str, int]] = set()  # compiled in this process, not made from a kept program
_used: set[tuple[str, int]] = set()  # every pattern this process made, kept or compiled
_reading = False


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module's note)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only while the pattern is not compiled yet, or for an attribute that is not a method
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = compile_kept(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        for attribute in _ATTRIBUTES:  # read from the pattern made once, not a pattern made again at each read
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``: made from the program an earlier run kept for this text and these flags
    when there is one the engine accepts, else compiled (and kept at the next :func:`keep_compiled_patterns`)."""
    key = (pattern, int(flags))
    _used.add(key)
    program = _kept_programs().get(key)
    if program is not None:
        with contextlib.suppress(Exception):  # a program the engine refuses (RuntimeError) or of another shape
            return _engine().compile(pattern, *program)
    compiled = re.compile(pattern, flags)
    _compiled_here.add(key)
    return compiled


def keep_compiled_patterns() -> None:
    """Keep the programs of the patterns this process compiled in the cache folder (see the module's note): with
    those kept already, up to :data:`MOST_KEPT`, else those this process used. Nothing to keep, no cache folder, a
    Python whose ``re`` is not the one this reads, or a file that cannot be written: nothing is written."""
    global _kept
    if not _compiled_here:
        return
    path = kept_file()
    programs = {key: program for key in sorted(_compiled_here) if (program := _program(*key)) is not None}
    _compiled_here.clear()
    if path is None or not programs:
        return
    kept = {**_kept_programs(), **programs}
    if len(kept) > MOST_KEPT:  # patterns of older toolkits: start again from this process's
        kept = {key: kept[key] for key in _used if key in kept}
    _kept = kept
    import marshal

    from .errors import UserError
    from .files import write_atomic

    with contextlib.suppress(UserError, OSError, ValueError):
        data = marshal.dumps({"format": FORMAT, "programs": kept})
        if len(data) <= MAX_FILE_BYTES:
            write_atomic(path, data)


def kept_file() -> Path | None:
    """The file the programs are kept in (None without a cache folder): named by the Python build, whose
    ``re`` writes them and whose engine runs them."""
    import hashlib
    import sys

    from .errors import UserError
    from .files import cache_folder

    try:
        folder = cache_folder() / FOLDER
    except UserError:  # no home folder, or the run goes without the cache folder
        return None
    engine = _engine()
    build = f"{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0{engine.MAGIC}\0{engine.CODESIZE}"
    return folder / f"{hashlib.blake2b(build.encode(), digest_size=16).hexdigest()}.marshal"


def cached_files() -> list[Path]:
    """The kept files in the cache folder (for ``toolkit cache info`` and ``clear``)."""
    from .errors import UserError
    from .files import cache_folder

    try:
        folder = cache_folder() / FOLDER
    except UserError:
        return []
    with contextlib.suppress(OSError):
        return sorted(path for path in folder.glob("*.marshal") if path.is_file() and not path.is_symlink())
    return []


def forget() -> None:
    """Forget the programs read and compiled in this process (for a process whose cache folder changes, as
    tests' do)."""
    global _kept
    _kept = None
    _compiled_here.clear()
    _used.clear()


def _engine() -> Any:
    """Python's regular expression engine (``_sre``), which ``re`` compiles for (it has no type stubs)."""
    import importlib

    return importlib.import_module("_sre")


def _kept_programs() -> dict[tuple[str, int], Program]:
    global _kept, _reading
    if _kept is None:
        if _reading:  # a pattern used while the file is read (by the modules that read it): compiled
            return {}
        _reading = True
        try:
            _kept = _read_kept()
        finally:
            _reading = False
    return _kept


def _read_kept() -> dict[tuple[str, int], Program]:
    path = kept_file()
    if path is None:
        return {}
    from .glossary.cache import read_cached

    data = read_cached(path, MAX_FILE_BYTES)
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("programs"), dict):
        return {}
    programs: dict[tuple[str, int], Program] = {}
    for key, program in data["programs"].items():
        if not (
            isinstance(key, tuple)
            and len(key) == 2
            and isinstance(key[0], str)
            and type(key[1]) is int
            and isinstance(program, tuple)
            and len(program) == 5
            and type(program[0]) is int
            and isinstance(program[1], list)
            and type(program[2]) is int
            and isinstance(program[3], dict)
            and isinstance(program[4], tuple)
        ):
            return {}  # a file of another shape: nothing in it is used
        programs[key] = program
    return programs


def _program(pattern: str, flags: int) -> Program | None:
    """What Python's ``re`` compiles ``pattern`` to (its ``_compiler.compile``, step by step), checked against
    the pattern ``re.compile`` made; None when this Python's ``re`` is not laid out as read here."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        try:
            import sre_compile as _compiler
            import sre_parse as _parser
        except ImportError:
            return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = parsed.state.groupdict
        numbered: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            numbered[number] = name
        program: Program = (
            int(flags | parsed.state.flags),
            [int(word) for word in code],
            parsed.state.groups - 1,
            dict(names),
            tuple(numbered),
        )
        made = _engine().compile(pattern, *program)
        expected = re.compile(pattern, flags)
    except Exception:  # any change in the internals of ``re``: the pattern is compiled in each run
        return None
    # patterns are equal when their flags, program and text are (the groups follow from the text): a program kept
    # is the very one ``re.compile`` runs, whatever this Python's compiler does besides the steps taken here
    if made != expected or (made.groups, made.groupindex) != (expected.groups, expected.groupindex):
        return None
    return program
