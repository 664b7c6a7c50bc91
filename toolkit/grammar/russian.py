"""Russian: names decline by case, or are indeclinable.

Case forms are never guessed: foreign names decline irregularly (Мамлюк ->
Мамлюка, but Сулеймани, Хаменеи, Сочи do not decline), so the glossary holds
every form an editor approved, or marks the rendering indeclinable.
``toolkit glossary forms`` proposes them (:mod:`.russian_forms`).
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


# endings glued to a placeholder by a model ("[[2]]ом"), read as the case they most often mark
GLUED_ENDINGS = {"а": "gen", "я": "gen", "ы": "gen", "и": "gen", "у": "dat", "ю": "dat", "ом": "ins", "ем": "ins",
                 "ым": "ins", "им": "ins", "ой": "ins", "ей": "ins", "е": "prep"}
