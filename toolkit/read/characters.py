"""Characters that must never pass silently: invisible ones, bidi controls and XML-illegal controls.

An English source arrives from wire copy, web pages and word processors, and
carries characters nobody sees: zero-width spaces and joiners, soft hyphens,
byte-order marks, tag characters, and bidi controls such as U+202E RIGHT-TO-LEFT
OVERRIDE, which reorder how the text around them displays ("Trojan Source").
In a name they defeat glossary matching; copied into an Arabic or Persian
edition they scramble its display; a NUL or other C0 control cannot be
written to DOCX (XML) at all; a private-use character (an icon font's glyph
copied from a web page) shows as a box in every edition. The reader removes them, reporting each with
file:line (:func:`clean_source`); the matcher ignores them (:data:`INVISIBLE`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Unicode's default-ignorable code points (DerivedCoreProperties.txt) and the bidi controls:
# drawn as nothing, and never meaningful in English source text.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# C0 and C1 controls other than tab, line feed and carriage return (XML 1.0 forbids the C0 ones), the
# noncharacters U+FFFE and U+FFFF, lone surrogates (no UTF-8 file can be written with one), and private-use
# characters (an icon font's glyph copied from a web page: no reader has the font, so it shows as a box, and
# inside a name it hides the name); spacing controls (vertical tab, form feed, separators) become a space
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff\U000f0000-\U0010ffff]"
)
_SPACING_CONTROLS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")
ZWJ = "\u200d"
MAX_NOTICES = 50  # per file; the rest are counted in the last one


@dataclass(frozen=True)
class Removal:
    """Characters removed from one line of a source: where, which, and the text just before them."""

    line: int
    column: int
    characters: tuple[str, ...]  # distinct, in order of first appearance
    count: int
    context: str  # up to 30 characters of cleaned text before the first removal on the line
    kept: bool = False  # replacement characters (U+FFFD), found and kept, not removed

    def describe(self) -> str:
        if self.kept:
            plural = "s" if self.count > 1 else ""
            return (
                f"{self.count} replacement character{plural} (U+FFFD, shown as \ufffd) in the source: the file was "
                "decoded wrongly somewhere before the toolkit read it (a letter, quote or dash was lost in a copy "
                "or conversion); compare with the original and type the character"
            )
        names = ", ".join(character_name(character) for character in self.characters)
        bidi = [character in BIDI_CONTROLS for character in self.characters]
        plural = "s" if self.count > 1 else ""
        kind = (
            f"private-use character{plural}"
            if all(unicodedata.category(character) == "Co" for character in self.characters)
            else f"bidi control{plural}"
            if all(bidi)
            else f"invisible or control character{plural}"
            if not any(bidi)
            else "invisible characters and bidi controls"
        )
        return f"removed {self.count} {kind} from the source ({names})"


def character_name(character: str) -> str:
    """``"\\u202e"`` -> ``"U+202E RIGHT-TO-LEFT OVERRIDE"``."""
    code = ord(character)
    name = unicodedata.name(character, "")
    if not name:
        category = unicodedata.category(character)
        name = (
            _C0_NAMES[code]
            if code < 32
            else "DELETE"
            if code == 127
            else "PRIVATE USE"
            if category == "Co"
            else "SURROGATE"
            if category == "Cs"
            else "control"
        )
    return f"U+{code:04X} {name}"


_C0_NAMES = (
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "INFORMATION SEPARATOR FOUR",
    "INFORMATION SEPARATOR THREE",
    "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
)


def _keeps_zwj(text: str, index: int) -> bool:
    """A ZERO WIDTH JOINER between two symbols joins an emoji sequence (👩‍💻): keep it."""
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    return bool(before and after) and all(unicodedata.category(c).startswith("S") for c in before + after)


REPLACEMENT = "\ufffd"  # what a decoder puts for bytes it could not read: the text was damaged before the toolkit


def clean_source(text: str, replacements: bool = True) -> tuple[str, list[Removal]]:
    """The text without invisible characters, bidi controls and XML-illegal controls, and what was removed.

    Spacing controls (vertical tab, form feed, information separators) become
    a space. Removals are reported per line, with the column of the first.
    Replacement characters (U+FFFD) are kept, and reported the same way
    (``kept``), unless ``replacements`` is false (text already reported).
    """
    found = replacements and REPLACEMENT in text
    if not found and not INVISIBLE.search(text) and not _CONTROLS.search(text):
        return text, []
    cleaned: list[str] = []
    removals: list[Removal] = []
    for number, line in enumerate(text.split("\n"), 1):
        if found and REPLACEMENT in line:
            at = line.index(REPLACEMENT)
            context = INVISIBLE.sub("", _CONTROLS.sub("", line[:at]))[-30:]
            removals.append(Removal(number, at + 1, (REPLACEMENT,), line.count(REPLACEMENT), context, kept=True))
        if not INVISIBLE.search(line) and not _CONTROLS.search(line):
            cleaned.append(line)
            continue
        kept: list[str] = []
        removed: dict[str, None] = {}
        count, column, context = 0, 0, ""
        for index, character in enumerate(line):
            invisible = INVISIBLE.match(character) is not None and not (character == ZWJ and _keeps_zwj(line, index))
            control = _CONTROLS.match(character) is not None
            if not invisible and not control:
                kept.append(character)
                continue
            if not count:
                column, context = index + 1, "".join(kept)[-30:]
            removed.setdefault(character)
            count += 1
            if character in _SPACING_CONTROLS:
                kept.append(" ")
        cleaned.append("".join(kept))
        if count:
            removals.append(Removal(number, column, tuple(removed), count, context))
    return "\n".join(cleaned), removals
