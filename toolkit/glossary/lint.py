"""Lint rules for glossaries: the mistakes editors make in ordinary text editors.

Each rule yields :class:`~toolkit.problems.Problem` objects located at the
field at fault, coded by rule (:data:`toolkit.problems.CODES`). Errors stop a translation run; warnings are advice that
``toolkit glossary check`` still reports (and exits 1 on).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from toolkit.patterns import LazyPattern

from ..grammar import grammar_for
from ..languages import SCRIPT_NAMES, TARGET_LANGUAGES, english_name, script
from ..problems import Problem
from .model import Entry, Glossary

if TYPE_CHECKING:  # a translation run lints without the loaded forms (toolkit glossary check reads them)
    from .loaded import LoadedForms

ZWNJ = "\u200c"
# Arabic letters that never join to the next letter: a ZWNJ after them does nothing
NON_JOINING = set("\u0627\u0622\u0623\u0625\u062f\u0630\u0631\u0632\u0698\u0648\u0624\u0629")
INVISIBLE = {
    "\u200b": "zero-width space",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u202a": "LTR embedding",
    "\u202b": "RTL embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "LTR override",
    "\u202e": "RTL override",
    "\u2066": "LTR isolate",
    "\u2067": "RTL isolate",
    "\u2068": "first-strong isolate",
    "\u2069": "pop directional isolate",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u00a0": "no-break space",
    "\u0640": "tatweel (kashida)",
}
_LATIN = LazyPattern(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = LazyPattern(r"[\u0400-\u04ff]")
_WORD = LazyPattern(r"[^\W\d_]+")


def _finding(entry: Entry, field: str, message: str, fix: str, rule: str, severity: str | None = None) -> Problem:
    return Problem.at(entry.where(field), rule, message, entry_id=entry.id, fix=fix, severity=severity)


def _texts(entry: Entry) -> Iterator[tuple[str, str, str]]:
    """(language, field path, text) for every written text of an entry, English included."""
    yield "en", "en.name", entry.name
    if entry.short:
        yield "en", "en.short", entry.short
    for index, variant in enumerate(entry.variants):
        yield "en", f"en.variants.{index}", variant
    for language, rendering in entry.renderings.items():
        for field, text in rendering.texts():
            yield language, f"{language}.{field}", text


def check_spacing_and_invisibles(entry: Entry) -> Iterator[Problem]:
    for _, field, text in _texts(entry):
        if text != text.strip():
            yield _finding(
                entry,
                field,
                f"{field} has leading or trailing spaces: {text!r}",
                "remove the spaces at the start and end",
                "spaces",
            )
        elif "  " in text:
            yield _finding(entry, field, f"{field} has a double space: {text!r}", "use single spaces", "spaces")
        for character in dict.fromkeys(text):
            if character in INVISIBLE:
                yield _finding(
                    entry,
                    field,
                    f"{field} contains an invisible {INVISIBLE[character]} (U+{ord(character):04X})",
                    "delete it (retype the word if you cannot see it)",
                    "invisible",
                )
            elif unicodedata.category(character) in ("Cc", "Cf") and character != ZWNJ:
                yield _finding(
                    entry,
                    field,
                    f"{field} contains the control character U+{ord(character):04X}",
                    "delete it",
                    "invisible",
                )


def check_note_characters(entry: Entry) -> Iterator[Problem]:
    """The note goes into TBX, XLIFF and CSV files for other tools: a control character (other than a line end
    or tab), a bidi control or a noncharacter there is a file those tools, or the XML writer, refuse."""
    for character in dict.fromkeys(entry.note or ""):
        code = ord(character)
        if character in "\n\t":
            continue
        if character in INVISIBLE and unicodedata.category(character) == "Cf" and character != ZWNJ:
            message = f"note contains an invisible {INVISIBLE[character]} (U+{code:04X})"
        elif unicodedata.category(character) == "Cc" or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
            message = f"note contains the control character U+{code:04X}"
        else:
            continue
        yield _finding(entry, "note", message, "delete it (retype the word if you cannot see it)", "invisible")


def check_zwnj(entry: Entry) -> Iterator[Problem]:
    for language, field, text in _texts(entry):
        if ZWNJ not in text:
            continue
        if not grammar_for(language).USES_ZWNJ:
            yield _finding(
                entry,
                field,
                f"{field} contains a zero-width non-joiner (U+200C), which only Persian uses",
                "delete it",
                "zwnj",
            )
            continue
        for index, character in enumerate(text):
            if character != ZWNJ:
                continue
            before = text[index - 1] if index else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            if not before or not after or before.isspace() or after.isspace():
                yield _finding(
                    entry,
                    field,
                    f"{field} has a zero-width non-joiner at the edge of a word",
                    "delete it: a ZWNJ belongs between two letters of one word",
                    "zwnj",
                )
            elif before == ZWNJ:
                yield _finding(entry, field, f"{field} has two zero-width non-joiners in a row", "keep one", "zwnj")
            elif before in NON_JOINING:
                yield _finding(
                    entry,
                    field,
                    f"{field} has a zero-width non-joiner after {before}, "
                    f"a letter that never joins (it does nothing there)",
                    "delete it",
                    "zwnj",
                    "warning",
                )


def check_script(entry: Entry) -> Iterator[Problem]:
    for language, field, text in _texts(entry):
        mixed = [word for word in _WORD.findall(text) if _LATIN.search(word) and _CYRILLIC.search(word)]
        for word in mixed:
            yield _finding(
                entry,
                field,
                f"{field} mixes Latin and Cyrillic letters in {word!r}",
                "retype the word in one alphabet (look-alikes such as a/а, e/е, o/о, c/с, p/р)",
                "lookalike",
            )
        if mixed:
            continue
        written_in = script(language)
        if written_in != "Latn" and field.split(".")[1] != "pronounced" and _LATIN.search(text):
            yield _finding(
                entry,
                field,
                f"{field} contains Latin letters: {text!r}",
                f"write the {SCRIPT_NAMES[written_in]} rendering, or check for look-alike letters",
                "script",
            )
        foreign = grammar_for(language).FOREIGN_LETTERS
        if any(ch in foreign for ch in text):
            name, of = english_name(language), grammar_for(language).FOREIGN_LETTERS_OF
            yield _finding(
                entry,
                field,
                f"{field} uses {of} {'/'.join(foreign)} in {name}: {text!r}",
                f"use {name} " + " and ".join(f"{right} (U+{ord(right):04X})" for right in foreign.values()),
                "script",
            )


# English words so common that a spelling made of one alone would be found in nearly every sentence ("The",
# "A", "of"), each taken for a name: an entry's article, preposition, conjunction or pronoun, never a name. In
# capitals of two letters or more it stays a name (US, IT).
COMMON_WORDS = frozenset(
    """a an the and or but nor of in on at to for by with from as into onto upon about over under off out up down
    than then so if not no yes i me my we us our you your he him his she her it its they them their this that
    these those who whom which what is are was were be been am do does did has have had""".split()
)


def check_common_word(entry: Entry) -> Iterator[Problem]:
    """An English spelling that is one common word (The, A, of): it would match in nearly every sentence."""
    for language, field, text in _texts(entry):
        if language != "en":  # the renderings are the newsroom's words, not searched for
            continue
        word = text.strip()
        if word.casefold() in COMMON_WORDS and not (len(word) > 1 and word.isupper()):
            yield _finding(
                entry,
                field,
                f"{field} {word!r} is a common English word, which nearly every sentence holds: each would be "
                "taken for this name",
                "write the name as articles spell it (a one-word name in capitals, such as US, is kept), or "
                "remove this spelling",
                "common-word",
            )


def check_language_spelling(entry: Entry) -> Iterator[Problem]:
    """What each language's grammar finds wrong in its renderings (Turkish I/ı and İ/i written the English way)."""
    for language, rendering in entry.renderings.items():
        grammar = grammar_for(language)
        for field, text in rendering.texts():
            field = f"{language}.{field}"
            for code, message, fix, severity in grammar.spelling_problems(text):
                yield _finding(entry, field, message.replace("{field}", field), fix, code, severity)


def check_forbidden(entry: Entry) -> Iterator[Problem]:
    for language, rendering in entry.renderings.items():
        forbidden = set(rendering.forbidden)
        for field, text in rendering.texts():
            if not field.startswith("forbidden") and text in forbidden:
                yield _finding(
                    entry,
                    f"{language}.{field}",
                    f"{language}.{field} {text!r} is also listed as forbidden",
                    "remove it from one of the two lists",
                    "forbidden",
                )


def check_languages(entry: Entry, languages: Iterable[str]) -> Iterator[Problem]:
    for language in languages:
        if language not in entry.renderings:
            yield _finding(
                entry,
                "id",
                f"has no '{language}' rendering",
                f"add {language}: {{name: ...}} to the entry",
                "missing-language",
            )
    for language, rendering in entry.renderings.items():
        if entry.short and rendering.short is None:
            yield _finding(
                entry,
                language,
                f"has an English short form ({entry.short!r}) but no '{language}.short'",
                f"add short: ... under {language}",
                "missing-short",
                "warning",
            )


def check_loaded_forms(entry: Entry, loaded: LoadedForms) -> Iterator[Problem]:
    """A deferential or loaded form in a rendering (names, short and first forms, adjectives, annotations)."""
    for language, rendering in entry.renderings.items():
        for field, text in rendering.texts():
            if field.startswith(("forbidden", "pronounced")):
                continue
            for _, form in loaded.find(text, language):
                field = f"{language}.{field}"
                yield _finding(
                    entry,
                    field,
                    f"{field} {text!r} uses «{form.loaded[0]}», a deferential or loaded form",
                    form.advice(),
                    "loaded-form",
                )
                break


def check_spelling_conflicts(glossary: Glossary) -> Iterator[Problem]:
    from .built import spelling_conflicts  # cached with the built matcher: one pass over the spellings

    for entry_id, spelling, owner_id in spelling_conflicts(glossary):
        entry, owner = glossary[entry_id], glossary[owner_id]
        field = spelling_field(entry, spelling)
        yield _finding(
            entry,
            field,
            f"the spelling {spelling!r} is also claimed by {owner.id} ({owner.location})",
            "keep the spelling in one entry only",
            "spelling-conflict",
        )


def spelling_field(entry: Entry, spelling: str) -> str:
    if spelling == entry.name:
        return "en.name"
    if spelling == entry.short:
        return "en.short"
    return f"en.variants.{entry.variants.index(spelling)}"


ENTRY_RULES = (
    check_spacing_and_invisibles,
    check_note_characters,
    check_zwnj,
    check_script,
    check_common_word,
    check_language_spelling,
    check_forbidden,
)


def lint_entry(entry: Entry) -> list[Problem]:
    """The findings of the rules that look at one entry alone (cached with the parsed file)."""
    return [finding for rule in ENTRY_RULES for finding in rule(entry)]


def lint(
    glossary: Glossary, languages: Iterable[str] = TARGET_LANGUAGES, loaded: LoadedForms | None = None
) -> list[Problem]:
    """Every lint finding for a loaded glossary, in file order; with ``loaded``, also the loaded forms its
    renderings use (warnings only, so a translation run, which stops on errors, leaves them out)."""
    languages = list(languages)
    findings: list[Problem] = []
    for entry in glossary:
        cached = glossary.entry_findings.get(entry.id)
        findings.extend(cached if cached is not None else lint_entry(entry))
        findings.extend(check_languages(entry, languages))
        if loaded is not None:
            findings.extend(check_loaded_forms(entry, loaded))
    findings.extend(check_spelling_conflicts(glossary))
    return sorted(findings, key=Problem.sort_key)
