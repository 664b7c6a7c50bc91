"""Arabic: proclitics joined to names.

The one-letter particles و ف ب ل ك are written joined to the word they
precede (وطهران، بطهران). Before the article, ل swallows its alef: ل + الأسد
-> للأسد. Only the first word of a multi-word name takes the particle.
"""

from __future__ import annotations

from typing import Mapping, Sequence

PROCLITICS = {"wa": "و", "fa": "ف", "bi": "ب", "li": "ل", "ka": "ك"}
TOKENS = frozenset(PROCLITICS)
STORED_FORMS: frozenset[str] = frozenset()
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Arabic (the grammar protocol, beyond rendering) -------------

FORM_ORDER: tuple[str, ...] = ()
USES_ZWNJ = False
FOREIGN_LETTERS = {"\u06cc": "\u064a", "\u06a9": "\u0643"}  # Persian ی ک, for Arabic ي ك
FOREIGN_LETTERS_OF = "Persian"
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Arabic script: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = True  # verbs and adjectives agree with a name in gender


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return []  # a name does not decline; particles join it (joined_forms)


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(token, inflect(forms, [token], None)) for token in PROCLITICS]


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    """Which form an Arabic noun takes after the number: 3-10 a plural, 11-99 a singular accusative ..."""
    if number is None:
        return "fraction"
    if number in (1, 2):
        return str(number)
    remainder = number % 100
    if number > 100 and remainder in (1, 2):
        return f"hundreds and {remainder}"
    if 3 <= remainder <= 10:
        return "3-10"
    if 11 <= remainder <= 99:
        return "11-99"
    return "hundreds"


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest

# conjunctions come first, then one preposition: وبطهران, فللأسد
_CONJUNCTIONS = {"wa", "fa"}


def check_tokens(tokens: Sequence[str]) -> str | None:
    prepositions = [t for t in tokens if t not in _CONJUNCTIONS]
    conjunctions = [t for t in tokens if t in _CONJUNCTIONS]
    if len(prepositions) > 1 or len(conjunctions) > 1:
        return "at most one of wa/fa and one of bi/li/ka"
    if tokens and list(tokens) != conjunctions + prepositions:
        return "write wa/fa before bi/li/ka (e.g. wa+bi)"
    return None


def attach(particles: str, word: str) -> str:
    """Join proclitic letters to ``word``, applying ل + ال -> لل."""
    if particles.endswith("ل") and word.startswith("ال"):
        word = word[1:]
    return particles + word


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    base = forms["nom"]
    if not tokens:
        return base
    return attach("".join(PROCLITICS[t] for t in tokens), base)
