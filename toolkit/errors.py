"""Errors a user can cause, and how they are reported.

A :class:`UserError` carries everything a person needs to fix the problem:
where (file, line, column), what is wrong, and how to fix it. The CLI prints
it as one message and exits with status 2; it never shows a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from toolkit.patterns import LazyPattern

from .records import dataclass

# The characters that disguise or break text a person reads, as the body of a character class: C1 controls,
# bidi controls (U+202E shows "evil\u202etxt.exe" as "evilexe.txt"), line and paragraph separators, and lone
# surrogates (the bytes of a name that is not UTF-8, as Python keeps them, which no output can encode). Messages
# escape them and C0 controls (below); JSON a run writes escapes them too (toolkit.jsontext).
DISGUISING_CHARACTERS = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"

# What a file name may hold that a message must not print as it is: those, and control characters (a line end
# would start a false message line)
_UNSHOWABLE = LazyPattern(f"[\x00-\x1f{DISGUISING_CHARACTERS}]")


def shown_path(path: Path | str) -> str:
    """A file name as messages print it: what would break or disguise the line written as an escape."""
    return _UNSHOWABLE.sub(_escape, name_text(str(path)))


TOO_LONG = "the name is too long for this system (a file or folder name holds at most 255 bytes, a whole path 4,096)"
SHOWN_PATH_LIMIT = 200  # characters of a path a message shows; a longer one keeps its two ends


def name_too_long(path: Path | str, fix: str = "shorten the path or the names in it") -> UserError:
    """The wrong request of a path the system refuses as too long (ENAMETOOLONG), the path shown by its ends."""
    shown = shown_path(path)
    if len(shown) > SHOWN_PATH_LIMIT:
        half = SHOWN_PATH_LIMIT // 2
        shown = f"{shown[:half]}...{shown[-half:]} ({len(str(path)):,} characters)"
    return UserError(f"{shown}: {TOO_LONG}", fix=fix)


def shown_text(text: str) -> str:
    """Text a file or a person gave (a unit's id, a reviewer's comment, a note naming them) as a message prints it:
    control characters, bidi controls and the rest of what would break or disguise the line, as escapes."""
    return _UNSHOWABLE.sub(_escape, text)


_LOCALE_ESCAPES = LazyPattern("[\udc80-\udcff]+")  # bytes of a name Python could not decode, as it keeps them


def name_text(name: str) -> str:
    """A name read from the system as the text it spells (or any text holding such names: a message, JSON).
    A process that reads names in ASCII (the C locale with Python's UTF-8 mode off) holds a Persian or Arabic
    name's UTF-8 bytes as escapes (lone surrogates): they are decoded here, as a UTF-8 locale reads them.
    Bytes that are not UTF-8 (a name from a Windows share) stay as they were."""
    return _LOCALE_ESCAPES.sub(_utf8_or_kept, name)


def _utf8_or_kept(match: re.Match) -> str:
    try:
        return bytes(ord(character) - 0xDC00 for character in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def system_name(text: str) -> str:
    """A name as this process must spell it to the system: the inverse of :func:`name_text`. A name a
    manifest holds (an article, its files, its source) is text; a process that reads names in ASCII must
    give the system its UTF-8 bytes, as escapes, or it finds nothing (and cannot even ask)."""
    try:
        os.fsencode(text)
    except UnicodeError:
        try:
            return os.fsdecode(text.encode("utf-8", "surrogateescape"))
        except UnicodeError:  # a lone surrogate no name holds ("\ud800" in a hand-edited manifest): no such file
            return text
    return text


def _escape(match: re.Match) -> str:
    character = match.group()
    if "\udc80" <= character <= "\udcff":  # a byte that is not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(character) - 0xDC00:02x}"
    return character.encode("unicode_escape", "backslashreplace").decode("ascii")


def quoted(value: object, limit: int = 60) -> str:
    """A value a user wrote as a message quotes it: its repr, cut to ``limit`` characters (a settings value of
    200,000 list items or a text of 500,000 letters is named, not printed whole)."""
    shown = repr(value)
    if len(shown) <= limit:
        return shown
    # a text keeps its closing quote (the one it opens with: a double one around an apostrophe), a list or a
    # mapping its closing bracket: where the value ends is shown; a number has none
    closing = shown[-1] if shown[-1] in "]})'\"" else ""
    return shown[: limit - 4 - len(closing)] + " ..." + closing


def clipped(text: str, limit: int = 80) -> str:
    """Text from a file that a message names as it is written (a unit's id in "tu story:1.1 (line 3)"), cut to
    about ``limit`` characters: its two ends kept (ids differ at the end: story:1.1, story:1.2) and its length
    said, so an id of 100,000 characters is named, not printed whole."""
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]} ({len(text):,} characters)"


def is_utf8_name(path: Path | str) -> bool:
    """False for a name with bytes that are not UTF-8 (from a Windows share or an old zip tool)."""
    return not any("\ud800" <= character <= "\udfff" for character in str(path))


@dataclass
class UserError(Exception):
    """A problem in the user's input or setup, not a bug in the toolkit."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    column: int | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = shown_path(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        # what a message quotes may come from a file or the network (a unit's id, an index's link): a line end
        # there would print a false line, a bidi override reverse the rest of it, an escape sequence drive the
        # terminal; printed escaped, as shown_text prints them, the message and its fix are one line each
        text = where + shown_text(self.message)
        if self.fix:
            text += f"\n  fix: {shown_text(self.fix)}"
        return text
