"""Per-language grammar for names inserted into translations.

A name slot carries form tokens (``{mamlouk:short+ins}``). Each language
module says which tokens it accepts and how a canonical rendering changes for
them. Renderings are stored as *forms*: a mapping from form name to text with
at least ``"nom"`` (the dictionary form). Editors may write further forms out
by hand; where a rule can derive a form (Turkish suffixes, Arabic proclitics,
Persian ezafe), the rule fills what the editor did not write.
"""

from __future__ import annotations

from typing import Mapping, Protocol, Sequence

from . import arabic, persian, russian, turkish
from .names import NameGrammar


class Grammar(Protocol):
    #: form tokens a slot may carry in this language (besides ``short``)
    TOKENS: frozenset[str]
    #: forms an editor may write out in the glossary (besides ``nom``)
    STORED_FORMS: frozenset[str]

    def check_tokens(self, tokens: Sequence[str]) -> str | None:
        """Return why these tokens cannot be combined, or None if they can."""

    def inflect(self, forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
        """Return the rendering in the form the tokens ask for."""

    #: how names are spelled, joined and inflected in running text (placement, locating names, name QA)
    NAMES: NameGrammar


class _NoInflection:
    TOKENS: frozenset[str] = frozenset()
    STORED_FORMS: frozenset[str] = frozenset()
    NAMES = NameGrammar()

    @staticmethod
    def check_tokens(tokens: Sequence[str]) -> str | None:
        return None

    @staticmethod
    def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
        return forms["nom"]


_GRAMMARS = {"ru": russian, "tr": turkish, "ar": arabic, "fa": persian}


def grammar_for(language: str) -> Grammar:
    return _GRAMMARS.get(language, _NoInflection)  # type: ignore[return-value]
