"""JSON as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, in less than half the time, with the
characters that would disguise or break what a person reads as JSON's escapes (see :func:`escaped_hidden`).

With ``indent``, the standard library encodes in pure Python, a generator yielding each bracket, comma and
value (its C encoder writes only compact JSON): 10.8 ms for the seed's QA report on a busy machine, where this
writer takes 4.4 ms. It walks the value once into a list of strings, encoding each string with the C function
the standard library uses; anything it does not write the same way (keys other than strings, floats, other
types) goes to ``json.dumps`` whole.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring  # the C function where there is one
from typing import Any

from .errors import DISGUISING_CHARACTERS
from .patterns import LazyPattern

# What JSON written with ensure_ascii=False keeps as it is though no reader should see it raw: bidi controls (a
# source named "report\u202etxt.exe.txt" shows in an editor or a terminal as "reportexe.txt.txt"), C1 controls
# and U+2028/U+2029 (line ends to some readers, and to JavaScript before 2019), and lone surrogates (which no
# UTF-8 file can hold). Each is written as its \uXXXX escape: every JSON reader gets the same text back.
_HIDDEN = LazyPattern(f"[{DISGUISING_CHARACTERS}]")


def escaped_hidden(text: str) -> str:
    """JSON text with the bidi controls, C1 controls, line separators and lone surrogates in its strings written
    as escapes (``\\u202e``). Outside its strings JSON is ASCII, so the whole text can be searched."""
    return _HIDDEN.sub(_escape, text)


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


class _Unusual(Exception):
    """A value this writer leaves to json.dumps."""


def dumps_indented(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte but for the hidden characters'
    escapes."""
    out: list[str] = []
    try:
        _write(value, "\n", out)
    except (_Unusual, RecursionError):
        return escaped_hidden(json.dumps(value, ensure_ascii=False, indent=2))
    return escaped_hidden("".join(out))


def _write(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        separator = inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(separator)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        separator = inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    else:  # floats (nan, infinity), subclasses, other types: as json.dumps writes or refuses them
        raise _Unusual
