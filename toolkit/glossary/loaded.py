"""Deferential and loaded forms: renderings a neutral desk does not print, and what it writes instead.

A title or name in a glossary appears in every story, so a deferential form
(Persian «رهبر معظم انقلاب» for the Supreme Leader) or a loaded one is chosen
once, there; lint warns about it with the neutral alternative (rule
``loaded-form``). The package ships a short list per language
(``data/loaded_forms.yaml``, documented in that file); a newsroom adds items,
or allows shipped ones (``allowed: true``), in a file of the same shape named
in ``newsroom.yaml`` as ``style.loaded_forms``.

Forms are compared word by word as each language's names are normalised
(case, Arabic and Persian letter variants, diacritics, tatweel; a ZWNJ
separates words), and only as whole words: «رهبر معظم» is found in
«رهبر معظم انقلاب», «лидер» is not found in «лидерство».
"""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.patterns import LazyPattern

from ..errors import UserError
from ..grammar import grammar_for
from ..languages import TARGET_LANGUAGES
from ..records import dataclass
from ..yamlfile import LocatedDict, LocatedList, boolean, load_yaml

ITEM_KEYS = ("loaded", "neutral", "why", "allowed")
MAX_LIST_BYTES = 1024**2
_WORD = LazyPattern(r"[^\W_]+")


@dataclass(frozen=True)
class LoadedForm:
    """One loaded form (and its other spellings or case forms), and what to write instead."""

    language: str
    loaded: tuple[str, ...]
    neutral: tuple[str, ...]
    why: str = ""

    def advice(self) -> str:
        """The fix: the neutral forms, and why."""
        instead = " or ".join(f"«{form}»" for form in self.neutral)
        return f"write {instead}" + (f" ({self.why})" if self.why else "")


def normalised(text: str, language: str) -> str:
    """The words of ``text`` as the language's names compare them, joined by single spaces."""
    names = grammar_for(language).NAMES
    return " ".join(names.normalise(word) for word in _WORD.findall(text))


SHIPPED = Path(__file__).parent / "data" / "loaded_forms.yaml"  # the shipped list, beside this module


class LoadedForms:
    """The loaded forms of every language: the shipped list with a newsroom's additions and allowances."""

    def __init__(self, forms: list[LoadedForm]):
        self.forms = forms
        self._by_phrase: dict[str, dict[str, LoadedForm]] = {}
        for form in forms:
            for phrase in form.loaded:
                self._by_phrase.setdefault(form.language, {})[normalised(phrase, form.language)] = form
        self._patterns = {
            language: re.compile(
                r"(?<!\S)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\S)"
            )
            for language, phrases in self._by_phrase.items()
            if phrases
        }

    @classmethod
    def read(cls, newsroom_file: Path | None = None) -> LoadedForms:
        """The shipped list, with the items of ``newsroom_file`` (if any) added, replacing or allowing."""
        forms = _read_file(SHIPPED)
        if newsroom_file is None:
            return cls(forms)
        own = _read_file(Path(newsroom_file), allow=True)
        replaced = {(form.language, normalised(phrase, form.language)) for form in own for phrase in form.loaded}
        kept = [
            form
            for form in forms
            if not any((form.language, normalised(phrase, form.language)) in replaced for phrase in form.loaded)
        ]
        return cls(kept + [form for form in own if form.neutral])

    def find(self, text: str, language: str) -> list[tuple[str, LoadedForm]]:
        """The loaded forms ``text`` uses, as (the words found, the form)."""
        pattern = self._patterns.get(language)
        if pattern is None:
            return []
        phrases = self._by_phrase[language]
        return [(match.group(), phrases[match.group()]) for match in pattern.finditer(normalised(text, language))]


def _read_file(path: Path, allow: bool = False) -> list[LoadedForm]:
    """The items of one loaded-forms file; ``allow``: items may say ``allowed: true`` (they come back with no
    neutral form). Every mistake is a UserError at its line."""
    data = load_yaml(path, max_bytes=MAX_LIST_BYTES)
    if data is None:
        return []
    if not isinstance(data, LocatedDict):
        raise UserError(
            "a loaded-forms file maps languages (ar, fa, tr, ru) to lists of items",
            path=path,
            line=1,
            fix="start with a language code at the left margin, e.g. 'fa:'",
        )
    forms: list[LoadedForm] = []
    for language, items in data.items():
        line, column = data.position_of(language)
        if language not in TARGET_LANGUAGES:
            raise UserError(
                f"unknown language {language!r}",
                path=path,
                line=line,
                column=column,
                fix=f"use one of: {', '.join(TARGET_LANGUAGES)}",
            )
        if not isinstance(items, LocatedList):
            raise UserError(
                f"{language}: must be a list of items ('- loaded: ...')",
                path=path,
                line=line,
                column=column,
                fix="write each item as '- loaded: ...' on its own line",
            )
        for index, item in enumerate(items):
            at = items.item_positions[index] if index < len(items.item_positions) else (line, column)
            forms.append(_item(item, language, path, at, allow))
    return forms


def _item(item: object, language: str, path: Path, at: tuple[int, int], allow: bool) -> LoadedForm:
    def fail(message: str, fix: str, where: tuple[int, int] = at) -> UserError:
        return UserError(f"{language}: {message}", path=path, line=where[0], column=where[1], fix=fix)

    if not isinstance(item, LocatedDict):
        raise fail("each item is a mapping with loaded: and neutral:", "write '- loaded: ...' and 'neutral: ...'")
    for key in item:
        if key not in ITEM_KEYS:
            raise fail(f"unknown key {key!r}", f"use one of: {', '.join(ITEM_KEYS)}", item.position_of(key))

    def texts(key: str) -> tuple[str, ...]:
        value = item.get(key)
        listed = [value] if isinstance(value, str) else value
        where = item.position_of(key) if key in item else at
        if not isinstance(listed, list) or not listed or not all(isinstance(v, str) and v.strip() for v in listed):
            raise fail(f"{key}: must be a text or a list of texts", f"write {key}: [form, other form]", where)
        if any(not normalised(v, language) for v in listed):
            raise fail(f"{key}: a form without letters", "write the words of the form", where)
        return tuple(v.strip() for v in listed)

    allowed = boolean(item.get("allowed", False))
    if allowed is None or (allowed and not allow):
        raise fail(
            "allowed: is true or false, and only in a newsroom's own list",
            "delete the line from the shipped list; allow a form in the newsroom's file",
            item.position_of("allowed") if "allowed" in item else at,
        )
    why = item.get("why", "")
    if not isinstance(why, str):
        raise fail("why: must be a text", "write why: as one line", item.position_of("why"))
    neutral = () if allowed else texts("neutral")
    return LoadedForm(language, texts("loaded"), neutral, why.strip())
