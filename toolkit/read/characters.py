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
from collections.abc import Iterator
from dataclasses import replace

from toolkit.patterns import LazyPattern

from ..records import dataclass

# Unicode's default-ignorable code points (DerivedCoreProperties.txt) and the bidi controls:
# drawn as nothing, and never meaningful in English source text.
INVISIBLE = LazyPattern(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# C0 and C1 controls other than tab, line feed and carriage return (XML 1.0 forbids the C0 ones), the
# noncharacters U+FFFE and U+FFFF, lone surrogates (no UTF-8 file can be written with one), and private-use
# characters (an icon font's glyph copied from a web page: no reader has the font, so it shows as a box, and
# inside a name it hides the name); spacing controls (vertical tab, form feed, separators) become a space
_CONTROLS = LazyPattern(
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


# what HTML reads as a character reference, as html.unescape finds one (the parser's own decoding): numeric, or
# named with or without its ';' (&amp, &copy); one that names nothing (&T, &chips;) decodes to itself
_REFERENCE = LazyPattern(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# in CommonMark text: a reference (always with its ';'), a backslash escape (\&#xE000; is text) or a run of backticks
# that may open a code span (whose references are text too)
_BACKTICKS = LazyPattern("`+")
_MARKDOWN_SCAN = LazyPattern(r"(&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});)|\\[\s\S]|(`+)")


def reported_character(text: str, index: int) -> bool:
    """Whether the character at ``index`` is one :func:`clean_source` removes or (U+FFFD) reports."""
    character = text[index]
    if character == REPLACEMENT or _CONTROLS.match(character):
        return True
    return INVISIBLE.match(character) is not None and not (character == ZWJ and _keeps_zwj(text, index))


def _grouped(hits: list[tuple[int, int, str, bool]], contexts: dict[int, str]) -> list[Removal]:
    """Hits (line, column, character, kept) as :class:`Removal` records, one per line and kind, as
    :func:`clean_source` reports literal characters."""
    removals: dict[tuple[int, bool], Removal] = {}
    for line, column, character, kept in sorted(hits):
        found = removals.get((line, kept))
        if found is None:
            removals[(line, kept)] = Removal(line, column, (character,), 1, contexts.get(line, ""), kept=kept)
        else:
            characters = found.characters + (() if character in found.characters else (character,))
            removals[(line, kept)] = Removal(line, found.column, characters, found.count + 1, found.context, kept)
    return sorted(removals.values(), key=lambda removal: (removal.line, removal.column))


class _Places:
    """Line and column (1-based) of offsets in ``raw``, asked in increasing order: each newline counted once."""

    def __init__(self, raw: str, start: int, line: int, column: int):
        """``start`` is known to be at ``line`` and ``column``: nothing before it is counted."""
        self.raw, self.offset = raw, start
        self.line, self.line_start = line, start - column + 1

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self.offset:  # asked out of order: counted again from the start
            self.offset, self.line, self.line_start = 0, 1, 0
        newlines = self.raw.count("\n", self.offset, offset)
        if newlines:
            self.line += newlines
            self.line_start = self.raw.rfind("\n", self.offset, offset) + 1
        self.offset = offset
        return self.line, offset - self.line_start + 1


def located_removals(text: str, raw: str, start: int, line: int, column: int) -> list[Removal] | None:
    """What :func:`clean_source` reports of ``text`` (removed characters and U+FFFD), each at its place in
    ``raw``, the source ``text`` was decoded from starting at offset ``start`` (at ``line`` and ``column``; HTML
    text, where ``&#xE000;``
    or ``&#65533;`` stand for the characters): a character written as a reference is reported at the
    reference's line and column, as one written literally is at its own. None where ``text`` is not what
    ``raw`` decodes to from ``start`` (the caller's place is then the best there is)."""
    from html import unescape

    if not (REPLACEMENT in text or INVISIBLE.search(text) or _CONTROLS.search(text)):
        return []
    hits: list[tuple[int, int, str, bool]] = []
    contexts: dict[int, str] = {}
    places = _Places(raw, start, line, column)
    position, index = start, 0
    while index < len(text):
        if position >= len(raw):
            return None
        reference = _REFERENCE.match(raw, position) if raw[position] == "&" else None
        decoded = unescape(reference.group()) if reference else raw[position]
        if not text.startswith(decoded, index):
            if raw[position] == "\r":  # a line end the parser read as "\n"
                position += 1
                continue
            return None
        for offset in range(len(decoded)):
            if reported_character(text, index + offset):
                line, column = places.at(position)
                if line not in contexts:
                    before = text[text.rfind("\n", 0, index) + 1 : index]
                    contexts[line] = INVISIBLE.sub("", _CONTROLS.sub("", before))[-30:]
                hits.append((line, column, text[index + offset], text[index + offset] == REPLACEMENT))
        index += len(decoded)
        position += len(reference.group()) if reference else 1
    return _grouped(hits, contexts)


def referenced_removals(
    wanted: str,
    raw: str,
    start: int,
    line: int,
    state: dict[int, tuple[int, int, int, int]],
    backticks: dict[int, dict[int, list[int]]] | None = None,
) -> tuple[list[Removal], str]:
    """The character references in ``raw`` from offset ``start`` (the start of ``line``) to the end of its
    paragraph (a blank line) that stand for the characters of ``wanted`` (removed ones, or U+FFFD), in order, each
    reported at the reference's line and column as a literal character is. Text is decoded in order, so the search
    for the next text of the same paragraph goes on after the last reference found (``state``: paragraph start ->
    where to go on, the paragraph's end, and the line and column there; kept here, so that a paragraph of many
    pieces is searched once). Returns the removals and what of ``wanted`` no reference was found for (text that
    came to hold the characters otherwise)."""
    from collections import Counter
    from html import unescape

    if start in state:
        resume, end, resume_line, resume_column = state[start]
    else:
        end = raw.find("\n\n", start)
        resume, end, resume_line, resume_column = start, len(raw) if end < 0 else end, line, 1
    left, remaining = Counter(wanted), len(wanted)
    hits: list[tuple[int, int, str, bool]] = []
    places = _Places(raw, resume, resume_line, resume_column)
    runs = (backticks if backticks is not None else {}).setdefault(start, {})
    for reference in _markdown_references(raw, resume, end, start, runs):
        if not remaining:
            break
        decoded = unescape(reference.group())
        if not left[decoded]:
            continue
        left[decoded] -= 1
        remaining -= 1
        found_line, found_column = places.at(reference.start())
        hits.append((found_line, found_column, decoded, decoded == REPLACEMENT))
        resume, (resume_line, resume_column) = reference.end(), places.at(reference.end())
    state[start] = (resume, end, resume_line, resume_column)
    return _grouped(hits, {}), "".join(left.elements())


def _markdown_references(
    raw: str, start: int, end: int, paragraph: int, runs: dict[int, list[int]]
) -> Iterator[re.Match[str]]:
    """The character references CommonMark decodes in ``raw[start:end]`` (text outside code spans, ``start``
    being outside one), in order: not one after a backslash, nor one inside a code span (a run of backticks up
    to the next run of as many; a run never closed is text). ``runs`` holds where the runs of backticks of the
    paragraph (``paragraph`` to ``end``) start, by length, once one is met: found in one pass, so that a
    paragraph of many runs never closed is not searched again for each."""
    from bisect import bisect_right

    position = start
    while position < end and (found := _MARKDOWN_SCAN.search(raw, position, end)):
        position = found.end()
        if found.group(1):
            yield found
        elif found.group(2):
            if not runs:
                runs[0] = []  # looked for: a paragraph without another run is not searched again
                for run in _BACKTICKS.finditer(raw, paragraph, end):
                    runs.setdefault(len(run.group()), []).append(run.start())
            length = len(found.group(2))
            starts = runs.get(length, [])
            after = bisect_right(starts, found.start())
            if after < len(starts):
                position = starts[after] + length


def merged_removals(removals: list[Removal]) -> list[Removal]:
    """One record per line and kind (removed, or U+FFFD kept), as :func:`clean_source` reports a line: a line's
    characters found in several pieces of its text (written literally and as references, inside and outside a
    formatting tag) are counted together, at the column of the first."""
    merged: dict[tuple[int, bool], Removal] = {}
    for removal in sorted(removals, key=lambda removal: (removal.line, removal.column)):
        found = merged.get((removal.line, removal.kept))
        if found is None:
            merged[(removal.line, removal.kept)] = removal
            continue
        characters = found.characters + tuple(c for c in removal.characters if c not in found.characters)
        merged[(removal.line, removal.kept)] = replace(found, characters=characters, count=found.count + removal.count)
    return list(merged.values())


# Letters of the scripts whose look-alikes pass for Latin ones (Cyrillic а о с е р х, Greek ο ν Α Β Ε): a word of
# an English article that mixes them looks right and is another word. The micro sign's Greek mu (5 μg) is a unit.
_SCRIPT_LETTERS = (
    ("Latin", "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"),
    ("Cyrillic", "\u0400-\u052f"),
    ("Greek", "\u0370-\u03bb\u03bd-\u03ff\u1f00-\u1fff"),
)
_SEAM = LazyPattern(
    "|".join(
        f"[{letters}][{''.join(other for _, other in _SCRIPT_LETTERS if other != letters)}]"
        for _, letters in _SCRIPT_LETTERS
    )
)
_SCRIPT_OF = [(name, LazyPattern(f"[{letters}]")) for name, letters in _SCRIPT_LETTERS]
# The letters of one script that pass for a letter of another, by the script of the word's most letters and the
# script of the stranger: only these make a word that looks like another. Science copy glues Greek letters that
# look like no Latin one to Latin ones as symbols (Aβ, NF-κB, TNFα, ΔT, λmax, hν, ρgh, ΔΨm), and a stylised name
# may carry a Cyrillic letter (Яndex): such words are what they seem. Pairs not named here (a Latin letter inside a
# Russian word, Greek and Cyrillic in one word) count whatever the letter.
_LOOK_ALIKES = {
    ("Latin", "Cyrillic"): frozenset("аеорсухѕіјһԁԛԝӏүёїАВЕКМНОРСТХЅІЈҮԚԜӀЁЇ"),
    ("Latin", "Greek"): frozenset("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧΪΫοιυϲϳ"),
    ("Greek", "Latin"): frozenset("aiknopuvxyABEHIKMNOPTXYZ"),
}
_WORD = LazyPattern(r"\w+")
MAX_MIXED_WORDS = 10  # named per sentence; the rest are counted


def _passes_for(character: str, script: str, other: str) -> bool:
    """Whether ``character`` of ``script`` may pass for a letter of ``other`` (:data:`_LOOK_ALIKES`)."""
    alike = _LOOK_ALIKES.get((other, script))
    return alike is None or character in alike


def _script(character: str) -> str:
    return next((name for name, pattern in _SCRIPT_OF if pattern.match(character)), "")


def _look_alikes(word: str) -> tuple[list[str], dict[str, int]]:
    """The letters of ``word`` that pass for letters of the script most of its letters are in (a Cyrillic а in
    "Irаn"), and how many letters of each script it has."""
    of = [_script(character) for character in word]
    counts = {name: of.count(name) for name, _ in _SCRIPT_LETTERS if name in of}
    most = max(counts, key=lambda name: (counts[name], name == "Latin"))
    alike = [
        character
        for character, name in zip(word, of, strict=True)
        if name and name != most and _passes_for(character, name, most)
    ]
    return alike, counts


def mixed_script_words(text: str) -> list[str]:
    """The words of ``text`` that mix Latin, Cyrillic and Greek letters with a look-alike among them ("Irаn" with
    a Cyrillic а; not the symbols of science copy, "Aβ", "NF-κB"), each once, in order."""
    if not _SEAM.search(text):
        return []
    mixed = dict.fromkeys(word for word in _WORD.findall(text) if _SEAM.search(word))
    return [word for word in mixed if _look_alikes(word)[0]]


def mixed_script_note(text: str, words: list[str] | None = None) -> str:
    """What to tell of the words of ``text`` that mix Latin, Cyrillic and Greek letters ("Irаn" with a Cyrillic
    а), naming each once and the look-alike letters (those not of the script most of its letters are in), or "";
    ``words``: only those of them (:func:`mixed_script_words`)."""
    found = mixed_script_words(text) if words is None else words
    strangers: dict[str, None] = {}
    scripts: set[str] = set()
    words = []
    for word in found:
        alike, counts = _look_alikes(word)
        if not alike:
            continue
        words.append(word)
        scripts.update(counts)
        for character in alike:
            strangers.setdefault(character)
    if not words:
        return ""
    named = [f"'{word}'" for word in list(words)[:MAX_MIXED_WORDS]]
    if len(words) > MAX_MIXED_WORDS:
        named.append(f"{len(words) - MAX_MIXED_WORDS} more")
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    ordered = [name for name, _ in _SCRIPT_LETTERS if name in scripts]
    kinds = ordered[0] + (", " if len(ordered) > 2 else "") + ", ".join(ordered[1:-1]) + " and " + ordered[-1]
    letters = ", ".join(character_name(character) for character in list(strangers)[:MAX_MIXED_WORDS])
    if len(words) == 1:
        return (
            f"the word {listed} mixes {kinds} letters ({letters}): a look-alike letter typed or pasted in, so no "
            "glossary name or dictionary word is found in it; retype the word in one script"
        )
    return (
        f"the words {listed} mix {kinds} letters ({letters}): look-alike letters typed or pasted in, so no "
        "glossary name or dictionary word is found in them; retype the words in one script"
    )
