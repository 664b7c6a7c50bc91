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
