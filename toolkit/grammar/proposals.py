"""Proposed grammatical forms for a new glossary rendering, for an editor to approve.

``toolkit glossary forms`` asks :func:`toolkit.grammar.propose.propose` for the
case forms of a Russian or Turkish rendering. A proposal is never silent about what it is unsure of:
each :class:`Doubt` names the forms in question, why, and the other candidate
where there is one, and a proposal with any doubt has low confidence. The
per-language rules live in :mod:`.russian_forms` and :mod:`.turkish_forms`;
the rendering code (``russian.py``, ``turkish.py``) only reads approved forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import field

from ..errors import UserError
from ..records import dataclass
from ..yamlfile import dump_inline

LANGUAGES = ("ru", "tr")
MAX_NAME_LENGTH = 200
MAX_WORDS = 12

_LANGUAGE_NAMES = {"ru": "Russian", "tr": "Turkish"}
_EXAMPLES = {"ru": "Джо Байден", "tr": "Joe Biden"}
# what a stub says a rendering needs, where the toolkit can propose its forms
FORMS_HINTS = {
    "ru": ' with its six cases (toolkit glossary forms "..." --lang ru proposes them)',
    "tr": ' (toolkit glossary forms "..." --lang tr proposes its suffixed forms)',
}


@dataclass(frozen=True)
class Doubt:
    """Why some forms of a proposal may be wrong."""

    cases: tuple[str, ...]
    reason: str
    alternative: Mapping[str, str] = field(default_factory=dict)  # case -> the other candidate form


@dataclass(frozen=True)
class Proposal:
    """The forms proposed for one rendering; ``forms`` has every case of the language, ``nom`` first."""

    language: str
    text: str
    forms: Mapping[str, str]
    indeclinable: bool = False
    doubts: tuple[Doubt, ...] = ()
    reading: str | None = None  # Turkish: the last word as said, where spelling misleads

    @property
    def confidence(self) -> str:
        return "low" if self.doubts else "high"

    def doubtful_cases(self) -> list[str]:
        cases = {case for doubt in self.doubts for case in doubt.cases}
        return [case for case in self.forms if case in cases]


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0]  # LATIN, CYRILLIC, ARABIC, GREEK...


def check_name(text: str, language: str) -> str:
    """The name, normalised, or a :class:`UserError` saying why it cannot be a rendering in ``language``."""
    language_name = _LANGUAGE_NAMES[language]
    text = unicodedata.normalize("NFC", text or "")
    if not text.strip():
        raise UserError(
            "the name is empty",
            fix=f"give the {language_name} rendering, e.g. toolkit glossary forms "
            f'"{_EXAMPLES[language]}" --lang {language}',
        )
    if len(text) > MAX_NAME_LENGTH or len(text.split()) > MAX_WORDS:
        raise UserError(
            f"{text[:40]!r}... is too long for a name ({len(text)} characters, {len(text.split())} words)",
            fix=f"give one name of at most {MAX_WORDS} words",
        )
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise UserError(f"{text!r} contains control or invisible characters", fix="retype the name without them")
    text = " ".join(text.split())
    if re.search(r"[^\w\s\-'’«»\".,()]", text):
        bad = "".join(sorted(set(re.findall(r"[^\w\s\-'’«»\".,()]", text))))
        raise UserError(
            f"{text!r} contains characters a name does not have: {bad}",
            fix="give the name alone, without markup or punctuation",
        )
    scripts = {_script(ch) for ch in _letters(text)}
    if not scripts and not any(ch.isdigit() for ch in text):
        raise UserError(f"{text!r} has neither letters nor digits", fix=f"give the {language_name} rendering of a name")
    expected = "CYRILLIC" if language == "ru" else "LATIN"
    if len(scripts) > 1:
        found = " and ".join(sorted(script.title() for script in scripts))
        raise UserError(
            f"{text!r} mixes {found} letters",
            fix=f"write the {language_name} rendering all in "
            f"{expected.title()} letters (look-alike letters such as Latin a and Cyrillic а are a "
            "common cause)",
        )
    if scripts and scripts != {expected}:
        found = ", ".join(sorted(script.title() for script in scripts - {expected}))
        other = "tr" if language == "ru" else "ru"
        hint = (
            f"give the Russian rendering in Cyrillic (e.g. {_EXAMPLES['ru']})"
            if language == "ru"
            else f"give the Turkish rendering in Latin letters (e.g. {_EXAMPLES['tr']})"
        )
        if scripts == {"CYRILLIC" if other == "ru" else "LATIN"}:
            hint += f", or use --lang {other} for a {_LANGUAGE_NAMES[other]} name"
        raise UserError(
            f"{text!r} is written in {found} letters, but {language_name} renderings are written in {expected.title()}",
            fix=hint,
        )
    return text


def language_of(text: str) -> str | None:
    """The language a bare name is written for, by its script: Cyrillic ru, Latin tr."""
    scripts = {_script(ch) for ch in _letters(text)}
    if scripts == {"CYRILLIC"}:
        return "ru"
    if scripts == {"LATIN"}:
        return "tr"
    return None


@dataclass(frozen=True)
class Target:
    """One text to propose forms for: a rendering's name or short form, or a bare name."""

    language: str
    label: str  # name or short
    text: str
    written: dict[str, str] | None  # the forms the glossary holds for it (None for a bare name)
    glossary_forms: dict[str, str] | None  # what translations use today (tr: the renderer's output)

    @property
    def hint_applies(self) -> bool:
        """``pronounced`` is said for the texts whose forms the renderer derives, not those written out."""
        return self.written is None or len(self.written) == 1


# --- proposals as the YAML an editor pastes (``toolkit glossary forms``, stubs) ---------------------------


def check_lines(proposal: Proposal) -> list[str]:
    lines = []
    for doubt in proposal.doubts:
        cases = ", ".join(doubt.cases)
        line = f"  # check {cases}: {doubt.reason}"
        if doubt.alternative:
            line += "; otherwise " + ", ".join(f"{case} {form}" for case, form in doubt.alternative.items())
        lines.append(line)
    return lines


def differences(glossary_forms: dict[str, str], proposal: Proposal) -> list[str]:
    differing = [
        f"{case} {glossary_forms[case]} (glossary) / {proposal.forms[case]} (proposed)"
        for case in proposal.forms
        if case in glossary_forms and glossary_forms[case] != proposal.forms[case]
    ]
    if not differing:
        return ["  # same as the glossary"]
    return ["  # differs from the glossary: " + "; ".join(differing)]


def scalar(text: str) -> str:
    """A plain YAML scalar, quoted only when YAML needs it."""
    return dump_inline([text])[1:-1]
