"""Russian: names decline by case, or are indeclinable.

Case forms are never guessed: foreign names decline irregularly (Мамлюк ->
Мамлюка, but Сулеймани, Хаменеи, Сочи do not decline), so the glossary holds
every form an editor approved, or marks the rendering indeclinable.
"""

from __future__ import annotations

from typing import Mapping, Sequence

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
TOKENS = frozenset(CASES) - {"nom"}
STORED_FORMS = frozenset(CASES) - {"nom"}
REQUIRES_ALL_FORMS = True


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Russian name takes one case"
    return None


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    case = tokens[0] if tokens else "nom"
    return forms.get(case, forms["nom"])
