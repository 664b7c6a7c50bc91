"""Adjectives made from names (American, الأمريكية, американский): forms written out by editors.

An adjective agrees with its noun in tokens each language names
(``ADJECTIVE_AGREEMENT``: Russian gender, number and case; Arabic gender and
number). Editors write each combination a translation uses under
``adjective:``, keyed by its tokens in the language's order joined by ``+``
(``f+gen``); ``nom`` is the dictionary form. Nothing here guesses a form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


def adjective_key(tokens: Iterable[str], agreement: Sequence[str]) -> str:
    """The key of the written form the agreement tokens among ``tokens`` ask for: ``nom`` for none, else
    the tokens in the language's order joined by ``+`` (``f+gen``)."""
    chosen = set(tokens)
    return "+".join(token for token in agreement if token in chosen) or "nom"


def is_adjective_key(key: str, agreement: Sequence[str]) -> bool:
    """Whether an editor's key names agreement tokens of the language, each once, in its order."""
    if key == "nom":
        return True
    parts = key.split("+")
    return (
        all(part in agreement for part in parts)
        and adjective_key(parts, agreement) == key
        and len(set(parts)) == len(parts)
    )


def written_adjective(forms: Mapping[str, str], tokens: Sequence[str], agreement: Sequence[str]) -> str:
    """The adjective form an editor wrote for the agreement tokens among ``tokens``; ValueError if none."""
    key = adjective_key(tokens, agreement)
    if key not in forms:
        raise ValueError(f"the adjective has no '{key}' form: write it under adjective:")
    return forms[key]
