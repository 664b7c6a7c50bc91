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

import re
from dataclasses import dataclass

from .glossary import Entry, Glossary
from .grammar import persian, turkish
from .localise import western_digits

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                         "ۀ": "ه", "ؤ": "و", "ئ": "ي"})
_FA_MAP = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ه", "ى": "ی", "أ": "ا", "إ": "ا", "ٱ": "ا", "ۀ": "ه"})
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*(?:['’][^\W\d_]+)?")
_FA_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")  # ZWNJ is not in it: a word break
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_PROCLITIC_TOKENS = {"و": "wa", "ف": "fa", "ب": "bi", "ل": "li", "ك": "ka"}


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


def normalise(word: str, language: str) -> str:
    """The form two spellings of one word share (see the module docstring)."""
    word = western_digits(word)
    if language == "ar":
        return _ARABIC_DIACRITICS.sub("", word).translate(_AR_MAP)
    if language == "fa":
        return _ARABIC_DIACRITICS.sub("", word).translate(_FA_MAP)
    if language == "tr":
        return word.replace("I", "ı").replace("İ", "i").lower().replace("’", "'")
    return word.lower().replace("ё", "е")


def arabic_starts(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """A normalised Arabic word, bare and with each proclitic reading split off: وبالعراق -> (العراق, wa+bi)."""
    options = [(word, ())]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix):]
            letters = prefix[:-2] if prefix.endswith("ال") else prefix
            if prefix.endswith("ال"):
                rest = "ال" + rest
            tokens = tuple(_PROCLITIC_TOKENS[ch] for ch in letters)
            options.append((rest, tokens))
            if letters.endswith("ل") and rest.startswith("ل"):  # لل + word = ل + ال + word
                options.append(("ا" + rest, tokens))
    if word.startswith("لل") and len(word) > 3:
        options.append(("ال" + word[2:], ("li",)))
    return options


def _words(text: str, language: str) -> list[tuple[int, int, str]]:
    pattern = _FA_WORD if language == "fa" else _WORD
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


class TargetLocator:
    """Finds the renderings of a glossary's entries in one language's text."""

    def __init__(self, glossary: Glossary, language: str):
        self.language = language
        self._trie: dict = {}
        for entry in glossary:
            rendering = entry.renderings.get(language)
            if rendering is None:
                continue
            for short, forms in ((False, rendering.full), (True, rendering.short)):
                if forms:
                    for tokens, text in self._surface_forms(forms, rendering.pronounced):
                        self._add(text, entry, short, tokens)

    def _surface_forms(self, forms, pronounced) -> list[tuple[tuple[str, ...], str]]:
        """Every written form of one rendering, with the slot tokens that produce it."""
        surfaces = [((), forms["nom"])]
        if self.language == "ru":
            surfaces += [((case,), text) for case, text in forms.items() if case != "nom"]
        elif self.language == "tr":
            surfaces += [((case,), turkish.inflect(forms, [case], pronounced)) for case in turkish.CASES[1:]]
        elif self.language == "fa":
            surfaces.append((("ez",), persian.inflect(forms, ["ez"], None)))
        return surfaces

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
        return arabic_starts(word) if self.language == "ar" else [(word, ())]

    def _longest_at(self, normalised: list[str], index: int) -> tuple[int, str, bool, tuple[str, ...]] | None:
        """The longest name starting at word ``index``: (last word index, entry, short, tokens)."""
        best: tuple[int, str, bool, tuple[str, ...]] | None = None
        for first, proclitics in self._starts(normalised[index]):
            node = self._trie
            for end in range(index, len(normalised)):
                key = first if end == index else normalised[end]
                following = node.get(key)
                if following is None and self.language == "tr" and "'" in key:
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
        at = [self._longest_at(normalised, index) for index in range(len(words))]
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
        return found


# --- Spelling similarity, for names a model wrote its own way -----------------------------------

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu",
    "я": "ia", "ь": "", "ъ": "",
})
_TURKISH_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")
_RUSSIAN_SOFT = str.maketrans({"я": "а", "ю": "у", "ё": "е", "ь": "", "й": "", "ы": "и", "э": "е"})
_LONG_VOWELS = "اويیى"
# letters a model writing a foreign name by ear confuses: ح/ه, ق/ك, ص/س, ث/س, ط/ت, ض/د, ظ/ذ/ز, گ/ك
_ARABIC_SOUNDS = str.maketrans({"آ": "ا", "ح": "ه", "ق": "ك", "ک": "ك", "ص": "س", "ث": "س", "ط": "ت", "ض": "د",
                                "ظ": "ز", "ذ": "ز", "گ": "ك", "ی": "ي", "ى": "ي", "ة": "ه"})


def skeleton(word: str, language: str) -> str:
    """A spelling-tolerant key of one word.

    Russian: soft and hard vowels alike, in Latin letters (Эрбилу ~ Эрбилю, Мамлук ~ Мамлюк).
    Arabic and Persian: without the article, with letters heard alike made one (حقان ~ هاكان)
    and without the long vowels inside the word (بوتن ~ بوتين; a last ي stays: it makes
    adjectives of names), Turkish without diacritics (Erdogan ~ Erdoğan). In Latin and Cyrillic
    letters a doubled letter counts once (Tayyip ~ Tayip).
    """
    word = normalise(word, language)
    if language == "ru":
        word = word.translate(_RUSSIAN_SOFT).translate(_TO_LATIN)
    elif language in ("ar", "fa"):
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        word = word.translate(_ARABIC_SOUNDS)
        word = word[:1] + "".join(ch for ch in word[1:-1] if ch not in _LONG_VOWELS) + word[-1:] if len(word) > 2 \
            else word
    elif language == "tr":
        word = word.translate(_TURKISH_FOLD)
    else:
        return word.lower()
    return word if language in ("ar", "fa") else re.sub(r"(.)\1+", r"\1", word)


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def allowed_edits(key: str, language: str = "") -> int:
    """Edits a spelling may differ by: none for keys of three letters or fewer (a short word),
    one up to seven letters, two beyond. An Arabic-script key has lost its vowels and folded
    the letters heard alike already, so what differs is a consonant: none up to five letters
    (three-consonant roots make many words alike), one up to eight, two beyond."""
    if language in ("ar", "fa"):
        return 0 if len(key) <= 5 else 1 if len(key) <= 8 else 2
    return 0 if len(key) <= 3 else 1 if len(key) <= 7 else 2


def word_frequency(word: str, language: str) -> float:
    """How common a word is in the language, on the Zipf scale (0: rare or unknown, 7: the commonest words)."""
    from .common_words import zipf  # the shipped lists of common words, read on first use

    return zipf(word, language)


def more_common_than(word: str, name: str, language: str) -> bool:
    """Whether ``word`` is more likely an ordinary word of the language than a spelling of ``name``.

    A spelling a model invented for a name is rare; a word common in the
    language ("مركز" centre, "بن" son of, "Тани") that merely looks like a
    name is more frequent than the name itself.
    """
    frequency = word_frequency(word, language)
    return frequency >= 3.0 and frequency > word_frequency(name, language) + 0.3
