"""Find glossary names in target-language text, in any of their forms.

Used to check text written outside the toolkit (``toolkit glossary find
--lang``) and to place names in machine output. Matching compares
*normalised* words, so spelling variation that does not change the name does
not hide it:

- Arabic: diacritics and tatweel removed; alef forms (أ إ آ ٱ) as ا, ى as ي,
  ة as ه, Persian ی/ک as ي/ك; a leading proclitic (و ف ب ل ك, لل for ل+ال)
  is split off and reported as the slot's form.
- Persian: Arabic ي/ك/ة as ی/ک/ه, diacritics removed, ZWNJ counted as a word
  break (خامنه‌ای = خامنه ای), a trailing ezafe ی recognised.
- Russian: every stored case form, case-insensitive, ё as е.
- Turkish: the name before an apostrophe, with the suffix after it read back
  into a case (Erdoğan'ın -> gen).

The longest match wins, as in English matching.
"""

from __future__ import annotations

import functools

from ..grammar import grammar_for
from ..localise import inside_any, verbatim_spans, western_digits
from ..patterns import LazyPattern
from ..records import dataclass
from .model import Entry, Glossary

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
#: invisible characters a word may carry from copy and line wrapping (a soft hyphen, a zero-width space,
#: a word joiner, a byte-order mark): a word is the same word without them. ZWNJ and ZWJ are not among
#: them: in Persian and Arabic they shape the word.
INVISIBLE_IN_WORD = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE_IN_WORD = LazyPattern(f"[{INVISIBLE_IN_WORD}]")
_LETTERS = rf"[^\W_](?:[^\W_]|[{_MARKS}]|[{INVISIBLE_IN_WORD}](?=[^\W_]))*"
_WORD = LazyPattern(rf"{_LETTERS}(?:['’][^\W\d_]+)?")
_ZWNJ_SEPARATED_WORD = LazyPattern(_LETTERS)  # ZWNJ is not in it: a word break


@dataclass(frozen=True)
class TargetMention:
    entry_id: str
    start: int
    end: int
    surface: str
    short: bool
    tokens: tuple[str, ...]  # the grammatical form found, as slot tokens

    @property
    def slot(self) -> str:
        form = (["short"] if self.short else []) + list(self.tokens)
        return "{" + self.entry_id + (":" + "+".join(form) if form else "") + "}"


def visible(word: str) -> str:
    """A word without the invisible characters copy may leave inside it (Şem\u00adhani is Şemhani)."""
    return _INVISIBLE_IN_WORD.sub("", word) if _INVISIBLE_IN_WORD.search(word) else word


@functools.lru_cache(maxsize=65536)
def normalise(word: str, language: str) -> str:
    """The form two spellings of one word share (see the module docstring). Remembered for the run's last 65,536
    words: the name checks read the same words of a sentence for every entry and language (the seed's first run
    asks for about 3,200 words 10,300 times)."""
    return grammar_for(language).NAMES.normalise(western_digits(visible(word)))


def _words(text: str, language: str) -> list[tuple[int, int, str]]:
    pattern = _ZWNJ_SEPARATED_WORD if grammar_for(language).NAMES.ZWNJ_SEPARATES else _WORD
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


class TargetLocator:
    """Finds the renderings of a glossary's entries in one language's text."""

    def __init__(self, glossary: Glossary, language: str):
        self.language = language
        self.names = grammar_for(language).NAMES
        self._trie: dict = {}
        self._openings: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # see _opening_readings
        for entry in glossary:
            rendering = entry.renderings.get(language)
            if rendering is None:
                continue
            # the first-mention form is the name as the house style introduces it: read back as the name
            for short, forms in ((False, rendering.first), (False, rendering.full), (True, rendering.short)):
                if forms:
                    for tokens, text in self._surface_forms(forms, rendering.pronounced):
                        self._add(text, entry, short, tokens)

    def _surface_forms(self, forms, pronounced) -> list[tuple[tuple[str, ...], str]]:
        """Every written form of one rendering, with the slot tokens that produce it."""
        return self.names.surface_forms(forms, pronounced)

    def _add(self, text: str, entry: Entry, short: bool, tokens: tuple[str, ...]) -> None:
        words = [normalise(w, self.language) for _, _, w in _words(text, self.language)]
        if not words:
            return
        node = self._trie
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault(None, {}).setdefault((entry.id, short, tokens), None)

    def _starts(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """The ways the first word of a name may appear: bare, or after Arabic proclitics."""
        return self.names.proclitic_readings(word)

    def _opening_readings(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """The readings of :meth:`_starts` that may open a name: the first word of a rendering, or a word with an
        apostrophe where names take suffixes (see :meth:`_longest_at`). Most words open none; each word is read
        once, not once per sentence and position."""
        found = self._openings.get(word)
        if found is None:
            if len(self._openings) > 65536:
                self._openings.clear()
            trie, suffixed = self._trie, self.names.SUFFIXED_NAMES
            found = self._openings[word] = [
                (first, proclitics)
                for first, proclitics in self._starts(word)
                if first in trie or (suffixed and "'" in first)
            ]
        return found

    def _longest_at(self, normalised: list[str], index: int) -> tuple[int, str, bool, tuple[str, ...]] | None:
        """The longest name starting at word ``index``: (last word index, entry, short, tokens)."""
        best: tuple[int, str, bool, tuple[str, ...]] | None = None
        for first, proclitics in self._opening_readings(normalised[index]):
            node = self._trie
            for end in range(index, len(normalised)):
                key = first if end == index else normalised[end]
                following = node.get(key)
                if following is None and self.names.SUFFIXED_NAMES and "'" in key:
                    # a suffix the rules do not produce (Erdoğan'dır): the name is there, its case unknown
                    bare = node.get(key.partition("'")[0])
                    if bare is not None and None in bare and (best is None or end > best[0]):
                        entry_id, short, _ = next(iter(bare[None]))
                        best = (end, entry_id, short, ())
                if following is None:
                    break
                node = following
                if None in node and (best is None or end > best[0]):
                    entry_id, short, tokens = next(iter(node[None]))
                    best = (end, entry_id, short, proclitics + tokens)
        return best

    def find(self, text: str) -> list[TargetMention]:
        """Non-overlapping names covering as many words as possible, in text order.

        Leftmost-longest alone would let a short form swallow the start of a
        full name ("الشيخ تميم بن حمد" read as short + leftovers); choosing the
        set of matches that covers the most words avoids it.
        """
        words = _words(text, self.language)
        normalised = [normalise(w, self.language) for _, _, w in words]
        opening = self._opening_readings
        at = [self._longest_at(normalised, index) if opening(word) else None for index, word in enumerate(normalised)]
        # covered[i]: most words covered using words i..end; choice[i]: the match taken at i, if any
        covered = [0] * (len(words) + 1)
        take = [False] * len(words)
        for index in range(len(words) - 1, -1, -1):
            covered[index] = covered[index + 1]
            match = at[index]
            if match is not None:
                with_match = match[0] - index + 1 + covered[match[0] + 1]
                if with_match > covered[index]:
                    covered[index], take[index] = with_match, True
        found: list[TargetMention] = []
        index = 0
        while index < len(words):
            if not take[index]:
                index += 1
                continue
            end, entry_id, short, tokens = at[index]  # type: ignore[misc]
            start_char, end_char = words[index][0], words[end][1]
            found.append(TargetMention(entry_id, start_char, end_char, text[start_char:end_char], short, tokens))
            index = end + 1
        return _outside(found, text)


def _outside(mentions: list, text: str) -> list:
    """The mentions not inside an address, a handle, a hashtag or a coordinate (https://x.org/Syria, @Syria_Now):
    those are written as they are, never with a name put in them."""
    spans = verbatim_spans(text) if mentions else []
    return [m for m in mentions if not inside_any(spans, m.start, m.end)]


# --- Spelling similarity, for names a model wrote its own way -----------------------------------


@functools.lru_cache(maxsize=65536)
def skeleton(word: str, language: str) -> str:
    """A spelling-tolerant key of one word (each language's ``NAMES.spelling_key``): Russian soft and hard
    vowels alike, in Latin letters (Эрбилу ~ Эрбилю); Arabic script without the article, the long vowels
    inside the word and the letters heard alike (بوتن ~ بوتين); Turkish without diacritics (Erdogan ~ Erdoğan).
    Remembered, as :func:`normalise` is: the entries' forms, each word's readings and the checks of the words
    beside a name key the same words again."""
    return grammar_for(language).NAMES.spelling_key(western_digits(visible(word)))


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance; with ``limit``, any distance above it may be given as ``limit + 1`` (cheaply).

    The letters both words open and end with are taken off first (they change no distance: Эрбилу ~ Эрбилю
    compares у with ю alone); with a limit, only the cells within ``limit`` of the diagonal are computed, since
    a path that strays further costs more than the limit already."""
    if a == b:
        return 0
    start, end_a, end_b = 0, len(a), len(b)
    shortest = min(end_a, end_b)
    while start < shortest and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a or not b:
        return len(a) + len(b)
    if limit is not None:
        return _banded_distance(a, b, limit)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _banded_distance(a: str, b: str, limit: int) -> int:
    """The distance of two words whose lengths differ by at most ``limit``, each cell as min(distance, limit + 1):
    a cell further than ``limit`` from the diagonal is above the limit whatever the path, so it is not computed."""
    above = limit + 1
    size = len(b)
    previous = [j if j <= limit else above for j in range(size + 1)]
    for i, ca in enumerate(a, 1):
        current = [above] * (size + 1)
        if i <= limit:
            current[0] = i
        low, high = max(1, i - limit), min(size, i + limit)
        least = current[low - 1]
        for j in range(low, high + 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != b[j - 1]))
            if value > above:
                value = above
            current[j] = value
            if value < least:
                least = value
        if least > limit:
            return above  # no later row has a smaller least value: the distance is above the limit
        previous = current
    return previous[size]


def allowed_edits(key: str, language: str = "") -> int:
    """Edits a spelling key may differ by and still be one name (each language's ``NAMES.allowed_edits``):
    none for short keys, more for longer ones; Arabic-script keys, which have lost their vowels, less."""
    return grammar_for(language).NAMES.allowed_edits(key)


def word_frequency(word: str, language: str) -> float:
    """How common a word is in the language, on the Zipf scale (0: rare or unknown, 7: the commonest words)."""
    from ..grammar.common_words import zipf  # the shipped lists of common words, read on first use

    return zipf(word, language)


def more_common_than(word: str, name: str, language: str) -> bool:
    """Whether ``word`` is more likely an ordinary word of the language than a spelling of ``name``.

    A spelling a model invented for a name is rare; a word common in the
    language ("مركز" centre, "بن" son of, "Тани") that merely looks like a
    name is more frequent than the name itself.
    """
    frequency = word_frequency(word, language)
    return frequency >= 3.0 and frequency > word_frequency(name, language) + 0.3
