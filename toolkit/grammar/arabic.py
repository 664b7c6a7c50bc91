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
