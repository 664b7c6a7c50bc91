"""Turkish: case suffixes after an apostrophe, by vowel and consonant harmony.

Proper names keep their spelling and take the suffix after an apostrophe
(Erdoğan'ın, Putin'e, Tahran'da, Irak'ta). Harmony follows pronunciation, so a
glossary entry may give ``pronounced`` for its last word (ABD -> "abede" ->
ABD'nin). Forms the rules get wrong (compounds ending in the possessive, such
as Nusra Cephesi'ne) are written out in the glossary and win over the rules.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .names import FormRead, NameGrammar, NameInSentence

CASES = ("nom", "gen", "acc", "dat", "loc", "abl", "ins")
TOKENS = frozenset(CASES) - {"nom"}
STORED_FORMS = frozenset(CASES) - {"nom"}
REQUIRES_ALL_FORMS = False

_VOWELS = "aeıioöuüâîû"
_BACK = set("aıouâû")
_ROUNDED = set("oöuüû")
_VOICELESS = set("çfhkpsştx")  # fıstıkçı şahap (+x for foreign spellings)
# the name a digit is said with, for harmony after numbers
_DIGIT_WORDS = ("sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")


def _lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def _spoken_ending(text: str) -> str:
    word = text.split()[-1] if text.split() else text
    word = word.rstrip(".'’")
    if word and word[-1].isdigit():
        return _DIGIT_WORDS[int(word[-1])]
    return _lower(word)


def suffix(word: str, case: str) -> str:
    """The suffix (without apostrophe) of ``case`` for a word said as ``word``."""
    said = _spoken_ending(word)
    vowels = [ch for ch in said if ch in _VOWELS]
    last_vowel = vowels[-1] if vowels else "e"
    back = last_vowel in _BACK
    rounded = last_vowel in _ROUNDED
    ends_in_vowel = bool(said) and said[-1] in _VOWELS
    voiceless = bool(said) and said[-1] in _VOICELESS
    e = "a" if back else "e"  # two-way harmony
    i = ("u" if rounded else "ı") if back else ("ü" if rounded else "i")  # four-way
    d = "t" if voiceless else "d"
    if case == "gen":
        return ("n" if ends_in_vowel else "") + i + "n"
    if case == "acc":
        return ("y" if ends_in_vowel else "") + i
    if case == "dat":
        return ("y" if ends_in_vowel else "") + e
    if case == "loc":
        return d + e
    if case == "abl":
        return d + e + "n"
    if case == "ins":
        return ("y" if ends_in_vowel else "") + "l" + e
    raise ValueError(f"unknown Turkish case {case!r}")


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Turkish name takes one case suffix"
    return None


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    case = tokens[0] if tokens else "nom"
    if case in forms:
        return forms[case]
    base = forms["nom"]
    return f"{base}'{suffix(pronounced or base, case)}"


_SUFFIX_SHAPES = (  # the shape of each case suffix in any harmony, after a vowel or a consonant
    ("gen", re.compile(r"n?[ıiuü]n")),
    ("acc", re.compile(r"y?[ıiuü]")),
    ("dat", re.compile(r"y?[ae]")),
    ("loc", re.compile(r"[dt][ae]")),
    ("abl", re.compile(r"[dt][ae]n")),
    ("ins", re.compile(r"y?l[ae]")),
)


def case_of_suffix(suffix: str) -> str | None:
    """The case a suffix written after a name's apostrophe marks ('ın -> gen), or None."""
    suffix = _lower(suffix)
    return next((case for case, shape in _SUFFIX_SHAPES if shape.fullmatch(suffix)), None)


def read_suffix(suffix: str) -> tuple[str | None, str]:
    """A suffix written after a name's apostrophe, as (case, what follows the case suffix).

    Erdoğan'ın -> ("gen", ""), Türkiye'deki -> ("loc", "ki"), Erdoğan'dır -> (None, "dır").
    The longest case suffix at the start wins; the rest is kept as text after the name.
    """
    lowered = _lower(suffix)
    for length in range(min(4, len(lowered)), 0, -1):
        case = case_of_suffix(lowered[:length])
        if case and (length == len(lowered) or lowered[length:] in AFTER_CASE):
            return case, suffix[length:]
    return None, suffix


# what may follow a case suffix in one word: -ki (Türkiye'deki), the copula (Ankara'dadır), -dir/-ydi...
AFTER_CASE = frozenset({"ki", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "ydı", "ydi", "ydu", "ydü"})


def glued_case(word: str, forms: Mapping[str, str], pronounced: str | None) -> tuple[str, str] | None:
    """A case suffix a model wrote straight onto a name, without the apostrophe: (case, rest).

    "Ankaranın" is Ankara + gen, "Türkiyedeki" Türkiye + loc + "ki". Only the
    suffix harmony gives this name counts, so ordinary words that merely begin
    like a name are not read as one.
    """
    base = forms["nom"].split()[-1]
    lowered, stem = _lower(word), _lower(base)
    if not lowered.startswith(stem) or lowered == stem:
        return None
    tail = lowered[len(stem):]
    for case in CASES[1:]:
        written = forms.get(case)
        expected = _lower(written.split()[-1].split("'")[-1]) if written and "'" in written else suffix(
            pronounced or forms["nom"], case)
        if tail == expected or (tail.startswith(expected) and tail[len(expected):] in AFTER_CASE):
            return case, word[len(base) + len(expected):]
    return None


# --- Names in machine output: suffixes with or without the apostrophe -----------------------------------

_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")
# words a name stands before in the nominative: postpositions and conjunctions
AFTER_NOMINATIVE = ("ile", "ve", "veya", "ya", "yahut", "gibi", "için", "kadar", "hakkında", "tarafından", "ise")
_BARE_IS_FINE = re.compile(rf"\s*(?:[,.;:!?)»”\"]|$|(?:{'|'.join(AFTER_NOMINATIVE)})\b)")


def _written_suffixes(forms: Mapping[str, str]) -> dict[str, str]:
    """The suffixes an editor wrote out after the apostrophe (Devletleri'ni -> acc: ni)."""
    return {case: _lower(text.rpartition("'")[2]) for case, text in forms.items() if case != "nom" and "'" in text}


def _case_written_by_editor(written: str, forms: Mapping[str, str]) -> tuple[str, int] | None:
    """The case of a suffix the glossary writes out after this name's apostrophe (Yönetimi'nde: the
    pronominal n of a compound), with the suffix's length: "ndeki" -> (loc, 3)."""
    written = _lower(written)
    for case, editor_suffix in _written_suffixes(forms).items():
        if editor_suffix and written.startswith(editor_suffix) and written[len(editor_suffix):] in AFTER_CASE | {""}:
            return case, len(editor_suffix)
    return None


def _editor_suffixes(forms: Mapping[str, str], base: str) -> dict[str, str]:
    """The suffix an editor wrote out for each case after the name's last word ``base``, with the
    apostrophe (Nusra Cephesi'ne -> ne) or without it (Dini Liderin -> in)."""
    found = {}
    for case, text in forms.items():
        if case == "nom" or not text.split():
            continue
        last = text.split()[-1]
        if "'" in last:
            found[case] = _lower(last.split("'", 1)[1])
        elif last.startswith(base):
            found[case] = _lower(last[len(base):])
    return found


def _derivational(said: str, tail: str) -> bool:
    """Whether letters glued to a name begin with a derivational suffix, which Turkish writes without an
    apostrophe and which leaves the name itself in the nominative: -lI (İdlibli, Ankaralı), -sIz
    (Esadsız), -CI (Erdoğancı), -CA (Rusça), -lIk, in the harmony the name gives them."""
    harmony = suffix(said, "acc")[-1]  # the four-way vowel: ı i u ü
    two_way = suffix(said, "dat")[-1]  # a e
    voiceless = bool(said) and _spoken_ending(said)[-1:] in _VOICELESS
    c = "ç" if voiceless else "c"
    return tail.startswith((f"l{harmony}", f"s{harmony}z", f"{c}{harmony}", f"{c}{two_way}"))


_VOWELLESS = str.maketrans("", "", "aeıioöuüy")
# the 3rd-person possessive a compound's head carries (yolcu uçağı, Birleşik Devletleri): without the
# word before it, the same ending reads as the accusative of the bare noun
_POSSESSIVE_END = re.compile(r"(?:s?[ıiuü])$")


class TurkishNames(NameGrammar):
    CASED = True
    LATIN_SCRIPT = True
    SUFFIXED_NAMES = True
    PARTICLES = frozenset({"el", "al", "bin", "ibn", "ben", "es", "eş", "er", "en", "et", "ed", "ez", "ebu"})

    def normalise(self, word: str) -> str:
        return word.replace("I", "ı").replace("İ", "i").lower().replace("’", "'")

    def spelling_key(self, word: str) -> str:
        """Without diacritics, a doubled letter once: Erdogan ~ Erdoğan, Tayyip ~ Tayip."""
        return re.sub(r"(.)\1+", r"\1", self.normalise(word).translate(_FOLD))

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"])] + [((case,), inflect(forms, [case], pronounced)) for case in CASES[1:]]

    def vowelless_key(self, key: str) -> str | None:
        return key.translate(_VOWELLESS)

    def glued_suffix(self, word: str, base: str, said: str, forms: Mapping[str, str] | None
                     ) -> tuple[str | None, str] | None:
        """Ankaranın is Ankara + gen, Türkiyedeki Türkiye + loc + "ki": only the suffixes harmony gives this
        name (or the glossary writes out in ``forms``) count, so words that merely begin like the name are
        not read as it. A derivational suffix (İdlibli) leaves the name in the nominative: (None, "li")."""
        tail = _lower(word[len(base):])
        written = _editor_suffixes(forms, base) if forms else {}
        for case in CASES[1:]:
            for expected in filter(None, (written.get(case), suffix(said, case))):
                if tail == expected or (tail.startswith(expected) and tail[len(expected):] in AFTER_CASE):
                    return case, word[len(base) + len(expected):]
        if _derivational(said, tail):
            return None, word[len(base):]
        return None

    def read_name(self, name: NameInSentence) -> FormRead:
        last = name.words[-1] if name.words else None
        if last is not None and (last.suffix or last.rest):
            return FormRead((last.suffix,) if last.suffix else (), name.start, name.end - len(last.rest))
        case, end = self._after_apostrophe(name.text, name.end, name.forms)
        doubt = None
        if case is None and name.partial and _POSSESSIVE_END.search(_lower(name.forms["nom"])) and \
                last is not None and _lower(last.text) == _lower(name.forms["nom"].split()[-1]):
            doubt = (f"'{name.name}': the model left out part of the name, so its last word may be an "
                     f"accusative rather than the compound's nominative: check it")
        return FormRead((case,) if case else (), name.start, end, doubt)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        ending = name.ending.lstrip("'’")
        if ending:
            editor = _case_written_by_editor(ending, name.forms)
            if editor:
                return FormRead((editor[0],), name.start, name.end + len(name.ending) - len(ending) + editor[1])
        case, rest = read_suffix(ending) if ending else (None, "")
        if case is None and _lower(ending[:1]) == "n":  # the pronominal n after a compound: [[1]]'nı, [[1]]'nde
            case, rest = read_suffix(ending[1:])
            case = case if case in ("acc", "dat", "loc", "abl") else None
        if case:
            return FormRead((case,), name.start, name.end + len(name.ending) - len(rest))
        doubt = None
        if not _BARE_IS_FINE.match(name.after):  # a bare placeholder mid-clause: was a suffix lost?
            doubt = f"'{name.name}': the model wrote the name without a suffix; check that it needs none"
        return FormRead((), name.start, name.end, doubt)

    @staticmethod
    def _after_apostrophe(text: str, end: int, forms: Mapping[str, str]) -> tuple[str | None, int]:
        """A case suffix after the name's apostrophe: the case, and where the slot ends. A form the glossary
        writes out wins (Devletleri'ni is accusative)."""
        match = re.match(r"['’]([^\W\d_]+)", text[end:])
        if not match:
            return None, end
        editor = _case_written_by_editor(match.group(1), forms)
        if editor:
            return editor[0], end + 1 + editor[1]
        case, rest = read_suffix(match.group(1))
        if case is None:
            return None, end
        return case, end + match.end() - len(rest)


NAMES = TurkishNames()
