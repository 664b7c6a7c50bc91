"""Split English paragraphs into sentence segments.

Deterministic and rule based, because the translation memory is keyed on the
segments it produces: the same paragraph must always split the same way.
A sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes
or brackets) when whitespace and a capital letter, digit or opening quote
follow, unless the word before the full stop is a known abbreviation
("Gen.", "Dr.", "U.S.") or a single initial ("J. Smith").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    adm brig capt col cmdr gen gov lt maj mr mrs ms dr prof rep sen sgt st sr jr
    rev hon pres amb messrs no nos vol vs etc approx est dept univ co corp inc ltd
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e
    """.split()
)

_BOUNDARY = re.compile(
    r"""(?<=[.!?])            # a sentence-final mark just before
        [\"'”’»)\]]*          # closing quotes or brackets stay with the sentence
        (?P<space>\s+)
        (?=[\"'“‘«(\[]*[A-Z0-9])  # next sentence opens with a capital or digit
    """,
    re.VERBOSE,
)

def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation's full stop ("Gen.", "U.S.", "J.").

    Looks only at the last word, so a paragraph of thousands of abbreviations
    stays linear (slicing each growing candidate made it quadratic).
    """
    if end - start < 2 or text[end - 1] != "." or text[end - 2] == " ":
        return False
    word = text[max(text.rfind(" ", start, end), start - 1) + 1 : end - 1].lstrip("(\"'“‘").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(paragraph: str) -> list[str]:
    """Return the sentences of ``paragraph``, whitespace-normalised, in order."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text, start, boundary.start("space")):
            continue
        sentences.append(text[start : boundary.start("space")])
        start = boundary.end("space")
    sentences.append(text[start:])
    return sentences
