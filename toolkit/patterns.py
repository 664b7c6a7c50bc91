"""Regular expressions compiled when a run first uses them, not when their module is imported.

Most of the toolkit's patterns serve rules that only some articles, languages or engines reach (machine
translation placeholders, Russian list and passive rules, coordinates, hashtags...); compiling them all at
import cost every run, a memory-only run of one plain article too, a few milliseconds. A
:class:`LazyPattern` holds the pattern's text and compiles it on the first call of any of its methods;
after that, the compiled pattern's methods are its own attributes, so a call costs what a compiled
pattern's does. ``pattern`` is there without compiling, so other patterns can be built from its text.

Only for patterns used through their methods (``search``, ``sub``...): one passed to a function of ``re``
or tested with ``isinstance(..., re.Pattern)`` must stay compiled.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module's note)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only while the pattern is not compiled yet, or for an attribute that is not a method
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
