"""Per-language grammar for names inserted into translations.

A name slot carries form tokens (``{mamlouk:short+ins}``). Each language
module says which tokens it accepts and how a canonical rendering changes for
them. Renderings are stored as *forms*: a mapping from form name to text with
at least ``"nom"`` (the dictionary form). Editors may write further forms out
by hand; where a rule can derive a form (Turkish suffixes, Arabic proclitics,
Persian ezafe), the rule fills what the editor did not write.

An entry may also give the adjective made from a name (``adjective:``,
rendered by an ``adj`` slot: "US forces" -> القوات الأمريكية). Adjectives
agree with their noun: each language says in which tokens
(:attr:`Grammar.ADJECTIVE_AGREEMENT`, whose forms an editor writes out) and
which further tokens its rules add (the Arabic article and proclitics, the
Persian ezafe).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations, permutations
from typing import Protocol

from . import arabic, persian, russian, turkish
from .adjectives import written_adjective
from .names import NameGrammar


class Grammar(Protocol):
    """What every language module provides (module attributes and functions; read-only here)."""

    @property
    def TOKENS(self) -> frozenset[str]:
        """Form tokens a slot may carry in this language (besides ``short``)."""

    @property
    def STORED_FORMS(self) -> frozenset[str]:
        """Forms an editor may write out in the glossary (besides ``nom``)."""

    @property
    def FORM_ORDER(self) -> tuple[str, ...]:
        """The stored forms in the order people list them (glossary columns, notes)."""

    @property
    def REQUIRES_ALL_FORMS(self) -> bool:
        """Whether a rendering must write out every form (``nom`` and FORM_ORDER) unless indeclinable."""

    @property
    def USES_ZWNJ(self) -> bool:
        """Whether the zero-width non-joiner is part of the language's spelling (elsewhere it is an error)."""

    @property
    def FOREIGN_LETTERS(self) -> Mapping[str, str]:
        """Letters of a neighbouring language that never belong in this one's text, and what replaces each."""

    @property
    def FOREIGN_LETTERS_OF(self) -> str:
        """The language those letters belong to ("Arabic" for ي/ك in Persian)."""

    @property
    def ENGLISH_ONLY_WORDS(self) -> frozenset[str]:
        """English words no sentence of this Latin-script language has: one shows English left in it."""

    @property
    def ENGLISH_RARE_WORDS(self) -> frozenset[str]:
        """English function words rare in this language: two in one sentence show English left in it."""

    @property
    def NAMES(self) -> NameGrammar:
        """How names are spelled, joined and inflected in running text (placement, locating names, name QA)."""

    @property
    def NAME_AGREEMENT(self) -> bool:
        """Whether verbs and adjectives agree with a name (a memory unit reused with another name needs a look)."""

    @property
    def ADJECTIVE_AGREEMENT(self) -> tuple[str, ...]:
        """Tokens an adjective agrees in, in the order they are written in a form's key (``f+gen``): the
        editor writes each combination the translations use out under ``adjective:``."""

    @property
    def ADJECTIVE_TOKENS(self) -> frozenset[str]:
        """Every token an adjective slot may carry: the agreement tokens and those a rule adds."""

    @property
    def SUFFIX_APOSTROPHE(self) -> bool:
        """Whether case suffixes follow a name after an apostrophe, which an entry may turn off
        (``apostrophe: false``: Turkish names of institutions, TDK: Yönetiminin)."""

    def check_tokens(self, tokens: Sequence[str]) -> str | None:
        """Return why these tokens cannot be combined, or None if they can."""

    def inflect_adjective(self, forms: Mapping[str, str], tokens: Sequence[str]) -> str:
        """The adjective in the form the tokens ask for; ValueError says why there is none (a form the
        editor has not written, tokens that do not combine)."""

    def forms_without_apostrophe(self, forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
        """Every form of a rendering whose suffixes join it without an apostrophe; written forms are kept."""

    def inflect(self, forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
        """Return the rendering in the form the tokens ask for."""

    def declined_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
        """The rendering's own forms besides ``nom``, as (form, text): what a person checks in a glossary."""

    def joined_forms(self, forms: Mapping[str, str]) -> list[tuple[str, str]]:
        """The rendering with each particle written joined to it (Arabic proclitics), as (token, text)."""

    def spelling_problems(self, text: str) -> list[tuple[str, str, str, str | None]]:
        """What glossary lint finds wrong in a rendering's text in this language, as (code, message, fix,
        severity or None for the code's); a message names the field as ``{field}``."""

    def agreement_after(self, number: int | None, rest: str) -> str | None:
        """Which form the words after ``number`` take (None for a decimal), ``rest`` being the text after it:
        two numbers with different answers cannot replace each other in a stored translation."""

    def after_number(self, old: int | None, new: int | None, rest: str) -> str:
        """The text after a number once ``old`` becomes ``new`` (a suffix that follows the number's sound);
        ValueError says why it cannot be rewritten."""


class _NoInflection:
    TOKENS: frozenset[str] = frozenset()
    STORED_FORMS: frozenset[str] = frozenset()
    FORM_ORDER: tuple[str, ...] = ()
    REQUIRES_ALL_FORMS = False
    USES_ZWNJ = False
    FOREIGN_LETTERS: Mapping[str, str] = {}
    FOREIGN_LETTERS_OF = ""
    ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()
    ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
    NAME_AGREEMENT = False
    NAMES = NameGrammar()
    ADJECTIVE_AGREEMENT: tuple[str, ...] = ()
    ADJECTIVE_TOKENS: frozenset[str] = frozenset()
    SUFFIX_APOSTROPHE = False

    @staticmethod
    def check_tokens(tokens: Sequence[str]) -> str | None:
        return None

    @staticmethod
    def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
        return written_adjective(forms, tokens, ())

    @staticmethod
    def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
        return dict(forms)

    @staticmethod
    def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
        return forms["nom"]

    @staticmethod
    def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
        return []

    @staticmethod
    def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
        return []

    @staticmethod
    def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
        return []

    @staticmethod
    def agreement_after(number: int | None, rest: str) -> str | None:
        return None

    @staticmethod
    def after_number(old: int | None, new: int | None, rest: str) -> str:
        return rest


_GRAMMARS: dict[str, Grammar] = {"ru": russian, "tr": turkish, "ar": arabic, "fa": persian}
_NO_INFLECTION: Grammar = _NoInflection()


def grammar_for(language: str) -> Grammar:
    """The grammar of ``language``; a language without one (English) has no forms and no rules."""
    return _GRAMMARS.get(language, _NO_INFLECTION)


def adjective_surface_forms(language: str, forms: Mapping[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """Every text an entry's adjective is printed as in ``language``, with the slot tokens that print it
    (after ``adj``): each agreeing form the editor wrote out, and each with the tokens the language's rules
    add (the Arabic article and proclitics: الأمريكية, وللأمريكية; the Persian ezafe). Where several token
    sets print one text, the one with fewest tokens comes first (Persian آمریکایی with and without the
    ezafe: ``adj``). Used to read an adjective back into a slot (placement, reviewed translations)."""
    grammar = grammar_for(language)
    agreement = grammar.ADJECTIVE_AGREEMENT
    added = sorted(grammar.ADJECTIVE_TOKENS - set(agreement))
    found: dict[tuple[str, ...], str] = {}
    for key in forms:
        written = () if key == "nom" else tuple(key.split("+"))
        for size in range(len(added) + 1):
            for extra in combinations(added, size):
                for order in permutations(extra):
                    try:
                        text = grammar.inflect_adjective(forms, (*written, *order))
                    except ValueError:
                        continue
                    found.setdefault((*written, *order), text)
                    break
    return sorted(found.items(), key=lambda item: len(item[0]))
