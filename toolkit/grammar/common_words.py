"""How common a word is in Arabic, Persian, Turkish or Russian, from the lists the package ships.

Placement never puts a name over a word that is more common in the language
than the name ("مركز" centre, "бен", "Тани"). The lists
(``toolkit/grammar/data/common_words/<lang>.txt.gz``) hold every word of wordfreq's
lists with a Zipf frequency of at least 3.0 (once per million words), rounded
to 0.1; rarer words read as 0. Each list is read once, on first use, in a few
milliseconds (each line holds the words of one frequency band that share a
first letter; a letter's words are split out when a word of that letter is
first looked up). ``tools/build_common_words.py`` regenerates them; the data is
licensed CC BY-SA 4.0 (README.md in that folder).

A word is looked up the way wordfreq looks it up: Unicode-normalised (NFKC
for Arabic script, NFC otherwise), Arabic-script marks and tatweel removed,
case-folded (Turkish dotted and dotless i kept apart), ’ as '. A phrase of
several words is as rare as its words together (1/f = 1/f1 + 1/f2 + ...), and
0 if any of them is not common; a number is never a common word.
"""

from __future__ import annotations

import functools
import gzip
import math
import unicodedata
from pathlib import Path

from ..patterns import LazyPattern
from .turkish import turkish_lower

DATA = Path(__file__).resolve().parent / "data" / "common_words"
LANGUAGES = frozenset({"ar", "fa", "tr", "ru"})

_MARKS = LazyPattern("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640]")
# a word as wordfreq's tokenizer cuts it: letters, marks, ZWNJ/ZWJ and apostrophes inside it; hyphens,
# spaces and punctuation separate words
_TOKEN = LazyPattern(r"[^\W_](?:[^\W_]|'(?=[^\W_])|[\u200c\u200d\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670])*")
_ARABIC_SCRIPT = {"ar", "fa"}


@functools.cache
def _lines_by_letter(language: str) -> dict[str, list[str]]:
    """One language's list, read once: its lines by the first letter of their words."""
    text = gzip.decompress((DATA / f"{language}.txt.gz").read_bytes()).decode("utf-8")
    lines: dict[str, list[str]] = {}
    for line in text.split("\n"):
        tab = line.find("\t")
        if tab > 0 and not line.startswith("#"):
            lines.setdefault(line[tab + 1], []).append(line)
    return lines


@functools.cache
def _frequencies(language: str, letter: str) -> dict[str, float]:
    """The words of a language that begin with ``letter``: word -> Zipf frequency."""
    found: dict[str, float] = {}
    for line in _lines_by_letter(language).get(letter, ()):
        zipf, words = line.split("\t", 1)
        found.update(dict.fromkeys(words.split(" "), float(zipf)))
    return found


def _preprocess(text: str, language: str) -> str:
    text = unicodedata.normalize("NFKC" if language in _ARABIC_SCRIPT else "NFC", text).replace("’", "'")
    if language in _ARABIC_SCRIPT:
        return _MARKS.sub("", text).casefold()
    if language == "tr":
        text = (
            turkish_lower(text)  # casefold below would make İ an i with a dot above, and I an i
            .replace("\u0219", "ş")
            .replace("\u0218", "ş")
            .replace("\u021b", "ţ")
            .replace("\u021a", "ţ")
        )
    return text.casefold()


@functools.lru_cache(maxsize=65536)
def zipf(text: str, language: str) -> float:
    """The Zipf frequency of a word (or a phrase) in the language: 0 if rare or unknown, 7 for the commonest."""
    if language not in LANGUAGES:
        return 0.0
    tokens = _TOKEN.findall(_preprocess(text, language))
    if not tokens or any(ch.isdigit() for token in tokens for ch in token):
        return 0.0
    inverse = 0.0
    for token in tokens:
        value = _frequencies(language, token[0]).get(token)
        if value is None:
            return 0.0
        inverse += 1.0 / 10 ** (value - 9)
    return round(math.log10(1.0 / inverse) + 9, 1)
