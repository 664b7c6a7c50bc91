"""Persian: the ezafe on names.

The ezafe (-e linking a head to what follows) is written only after vowels:
ی after ا or و (آنکارای، مسکوی), ZWNJ + ی after a silent ه (ترکیه‌ی), and
nothing after consonants or ی (تهران، سلیمانی). The ZWNJ (U+200C) keeps the
letters apart without a space; it must never be dropped.
"""

from __future__ import annotations

from typing import Mapping, Sequence

ZWNJ = "\u200c"
TOKENS = frozenset({"ez"})
STORED_FORMS = frozenset({"ez"})
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Persian (the grammar protocol, beyond rendering) -------------

FORM_ORDER = ("ez",)
USES_ZWNJ = True
FOREIGN_LETTERS = {"\u064a": "\u06cc", "\u0643": "\u06a9"}  # Arabic ي ك, for Persian ی ک
FOREIGN_LETTERS_OF = "Arabic"
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Arabic script: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = False


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return [("ez", inflect(forms, ["ez"], None))]


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return []


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    return None


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Persian name takes the ezafe once"
    return None


def ezafe(text: str) -> str:
    if text.endswith(("ا", "و")):
        return text + "ی"
    if text.endswith("ه"):
        return text + ZWNJ + "ی"
    return text


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    if not tokens:
        return forms["nom"]
    return forms.get("ez") or ezafe(forms["nom"])
