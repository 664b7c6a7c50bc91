"""Proposing the Turkish case forms of a new rendering (gen acc dat loc abl ins).

Suffix harmony follows how the end of a name is *said*, so the work is
reading the last word aloud:

- numbers by their Turkish words: 2020 "iki bin yirmi" -> 2020'nin, S-400
  "dört yüz" -> S-400'ün, 40 "kırk" -> 40'ı, 6 "altı" -> 6'da;
- abbreviations letter by letter (ABD "a-be-de" -> ABD'nin, PKK "pe-ka-ka" ->
  PKK'nın), or as a word when they are said as one (NATO'nun); a short one
  that could be either is marked doubtful;
- foreign names kept in their own spelling by an approximate English
  reading (Biden "baydın" -> Biden'ın, Trump "tramp" -> Trump'ı), always
  marked doubtful because spelling cannot show stress or origin.

Proper names take the suffix after an apostrophe and never change their own
spelling (Irak'ın, not Irağın; the suffix still assimilates: Irak'ta).
Compound names ending in the possessive take the pronominal n (Nusra
Cephesi'ne, Amerika Birleşik Devletleri'nde). An entry's ``pronounced`` hint
wins over every reading here. No library is used: the Turkish suffix
libraries on PyPI write proper names without the apostrophe, mutate them
(Irağın) and read abbreviations and numbers by spelling (BMAN, 2020an).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..yamlfile import dump_inline
from . import turkish
from .proposals import Doubt, Proposal, Target, check_lines, differences, scalar
from .turkish import number_words, turkish_lower

CASES = turkish.CASES
OBLIQUE = CASES[1:]
VOWELS = set("aeıioöuüâîû")
TURKISH_ONLY_LETTERS = set("çğıöşüÇĞİÖŞÜ")

# letters said as in Turkish (TDK); K is said "ka" in most abbreviations (PKK, KKTC), "ke" by TDK's rule
TURKISH_LETTER_NAMES = {
    "a": "a",
    "b": "be",
    "c": "ce",
    "ç": "çe",
    "d": "de",
    "e": "e",
    "f": "fe",
    "g": "ge",
    "ğ": "yumuşak ge",
    "h": "he",
    "ı": "ı",
    "i": "i",
    "j": "je",
    "k": "ka",
    "l": "le",
    "m": "me",
    "n": "ne",
    "o": "o",
    "ö": "ö",
    "p": "pe",
    "r": "re",
    "s": "se",
    "ş": "şe",
    "t": "te",
    "u": "u",
    "ü": "ü",
    "v": "ve",
    "y": "ye",
    "z": "ze",
    "q": "kü",
    "w": "çift ve",
    "x": "iks",
}
# letters said the English way, as Turkish hears them (CIA "si-ay-ey" -> CIA'in)
ENGLISH_LETTER_NAMES = {
    "a": "ey",
    "b": "bi",
    "c": "si",
    "d": "di",
    "e": "i",
    "f": "ef",
    "g": "ci",
    "h": "eyç",
    "i": "ay",
    "j": "cey",
    "k": "key",
    "l": "el",
    "m": "em",
    "n": "en",
    "o": "o",
    "p": "pi",
    "q": "kyu",
    "r": "ar",
    "s": "es",
    "t": "ti",
    "u": "yu",
    "v": "vi",
    "w": "dabılyu",
    "x": "eks",
    "y": "vay",
    "z": "zi",
}
# the possessive ending of compound names (Cephesi, Birliği, Devletleri, Ordusu): suffixes take n
_POSSESSIVE = re.compile(r"(s[ıiuü]|l[ae]r[ıi]|ğ[ıiuü])$")
# head words of compound names whose possessive the ending alone does not show (Basra Körfezi, Van Gölü)
_POSSESSIVE_HEADS = frozenset(
    """
    körfezi denizi gölü nehri boğazı kanalı şehri vilayeti eyaleti havalimanı sarayı meydanı cumhuriyeti devleti
    kenti köyü ili kampı camii konseyi örgütü hareketi tugayı başkanı bakanı lideri savaşı krizi ödülü nişanı
    kahramanı kurdu üssü tümeni alayı komutanı divanı mahkemesi yönetimi hükümeti federasyonu birimi merkezi
    limanı geçidi çölü barajı bölümü
""".split()
)


def _pronounceable(letters: str) -> bool:
    """Whether an abbreviation can be said as a word (NATO, OPEC, HAMAS), not only letter by letter (ABD)."""
    if len(letters) < 3 or not any(ch in VOWELS for ch in letters):
        return False
    if letters[0] not in VOWELS and letters[1] not in VOWELS:
        return False
    if letters[-1] not in VOWELS and letters[-2] not in VOWELS:
        return False
    return not re.search(r"[^aeıioöuü]{3}", letters)


def _spelled_letters(letters: str, names: dict[str, str]) -> str:
    return "".join(names.get(ch, ch) for ch in letters)


def _foreign_reading(word: str) -> str | None:
    """How an English, French or German spelling ends when said, in Turkish letters, if it differs from its
    spelling (:func:`toolkit.grammar.turkish.foreign_reading`): Biden "baydın", Trump "tramp", Renault "reno"."""
    return turkish.foreign_reading(word)


class _Reading:
    """How the last word of a name is said, and why it may be said otherwise."""

    def __init__(self, said: str, how: str, alternatives: list[tuple[str, str]] | None = None):
        self.said, self.how, self.alternatives = said, how, alternatives or []


def read_aloud(text: str, english: Sequence[str] = (), common_noun: bool = False) -> _Reading:
    """The reading that decides the suffixes of ``text`` (its last word), with doubtful alternatives.

    ``english`` holds the entry's English spellings; empty for a bare name, whose origin is unknown.
    """
    last = text.split()[-1].rstrip(".'’") if text.split() else text
    part = last.rsplit("-", 1)[-1] or last
    digits = re.search(r"(\d+)$", part)
    if digits:
        said = number_words(int(digits.group(1)))
        return _Reading(said, f'{digits.group(1)} is said "{said}"')
    letters = [ch for ch in part if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return _read_abbreviation(part, english)
    firm = re.fullmatch(r"(.{2,})['’]s", part)
    if firm:  # a firm's name with 's, said the English way with a final s: Moody's'in, McDonald's'ın
        stem = firm.group(1)
        said = (_foreign_reading(stem) or turkish_lower(stem)) + "s"
        plain = turkish_lower(stem) + "s"
        alternatives = [] if _same_suffixes(said, plain) else [(plain, f"if {part} is said as spelt")]
        return _Reading(said, f'{part} said the English way, about "{said}"', alternatives)
    known = turkish.said_as_in_table(part)
    if known:
        return _Reading(known, f'{part} is said "{known}" (a name the Turkish press says as it is said in English)')
    spelled = turkish_lower(part)
    foreign = None if common_noun or set(part) & TURKISH_ONLY_LETTERS else _foreign_reading(part)
    if not foreign or _same_suffixes(foreign, spelled):
        return _Reading(spelled, "as spelt")
    english_way = f'{part} said the English way, about "{foreign}"'
    if english and not _in_spellings(part, english):
        return _Reading(spelled, "as spelt")  # a Turkish spelling of the name (Memluk for Mamlouk)
    if english or _FOREIGN_SPELLING.search(part.lower()):
        return _Reading(
            foreign, f"{english_way}, as the English spelling suggests", [(spelled, f"if {part} is said as spelt")]
        )
    return _Reading(spelled, f"{part} is said as spelt", [(foreign, f"if it is a foreign name: {english_way}")])


# spellings Turkish words do not have: a foreign name kept as written
_FOREIGN_SPELLING = re.compile(r"[qwx]|sh|ch|th|ph|ck|ee|oo|ea|ou|[^aeiou]y$|[^aeiou]e$")


def _same_suffixes(said: str, other: str) -> bool:
    return all(turkish.suffix(said, case) == turkish.suffix(other, case) for case in OBLIQUE)


def _in_spellings(word: str, english: Sequence[str]) -> bool:
    fold = _fold(word)
    return any(fold in _fold(spelling).split() for spelling in english)


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(ch))


def _read_abbreviation(written: str, english: Sequence[str]) -> _Reading:
    letters = turkish_lower(written)
    by_letter = _spelled_letters(letters, TURKISH_LETTER_NAMES)
    alternatives = []
    if _pronounceable(letters) and len(letters) >= 5:
        return _Reading(letters, f"{written} is said as a word")
    if _pronounceable(letters):
        said, how = letters, f"{written} is said as a word"
        alternatives.append((by_letter, f"if {written} is said letter by letter ({by_letter})"))
    else:
        said, how = by_letter, f"{written} is said letter by letter ({by_letter})"
        if letters.endswith("k"):
            alternatives.append(
                (by_letter[:-1] + "e", f'if the final K is said "ke" as TDK spells it ({by_letter[:-1]}e)')
            )
    if any(written in spelling.split() for spelling in english) and not set(written) & TURKISH_ONLY_LETTERS:
        english_said = _spelled_letters(written.lower(), ENGLISH_LETTER_NAMES)
        alternatives.append((english_said, f"if {written} is said the English way ({english_said})"))
    return _Reading(said, how, alternatives)


def _harmony(said: str) -> tuple[str, str]:
    """The two-way (a/e) and four-way (ı/i/u/ü) vowels that follow ``said``."""
    return turkish.suffix(said, "dat")[-1], turkish.suffix(said, "gen")[-2]


def _case_suffixes(said: str, possessive: bool) -> dict[str, str]:
    if not possessive:
        return {case: turkish.suffix(said, case) for case in OBLIQUE}
    e, i = _harmony(said)  # Cephesi'nin, Cephesi'ni, Cephesi'ne, Cephesi'nde, Cephesi'nden, Cephesi'yle
    return {
        "gen": "n" + i + "n",
        "acc": "n" + i,
        "dat": "n" + e,
        "loc": "nd" + e,
        "abl": "nd" + e + "n",
        "ins": "yl" + e,
    }


def _possessive(text: str, entry_type: str) -> tuple[bool, str | None]:
    """Whether a compound name ends in the possessive (Nusra Cephesi), and why that is in doubt."""
    words = text.split()
    last = turkish_lower(words[-1])
    if entry_type == "person" or len(words) < 2 or last[-1:] not in set("ıiuü"):
        return False, None
    if _POSSESSIVE.search(last) or last in _POSSESSIVE_HEADS:
        return True, None
    if entry_type == "place":
        return False, f"if {words[-1]} is in the possessive (as in Basra Körfezi), the suffixes take n"
    return True, f"if {words[-1]} is not in the possessive (a foreign name), the suffixes take y, not n"


def ends_in_possessive(text: str) -> bool:
    """Whether the name of an institution or body ends in the possessive, so its suffixes take the
    pronominal n (Nusra Cephesinde, Bölgesel Yönetimine)."""
    return _possessive(text, "organisation")[0]


_SOFTENING = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}


def propose_turkish(
    text: str, entry_type: str = "person", pronounced: str | None = None, english: Sequence[str] = ()
) -> Proposal:
    """Propose the case forms of a Turkish rendering (see the module docstring)."""
    last = text.split()[-1]
    # a lowercase word is a common noun, unless a capital inside it shows a brand (iPhone, eBay, iPad)
    common_noun = entry_type == "title" or (last[:1].islower() and last.islower())
    if pronounced:
        reading = _Reading(turkish_lower(pronounced), f'said "{pronounced}" (the entry\'s hint)')
    else:
        reading = read_aloud(text, english, common_noun)
    possessive, possessive_doubt = _possessive(text, entry_type)
    apostrophe = "" if common_noun else "'"
    suffixes = _case_suffixes(reading.said, possessive)
    base = {case: text for case in OBLIQUE}
    doubts = []
    if common_noun and not possessive and turkish_lower(text)[-1:] in _SOFTENING and _syllables(text.split()[-1]) > 1:
        softened = text[:-1] + (_SOFTENING[turkish_lower(text)[-1]] if not turkish_lower(text).endswith("nk") else "g")
        for case in ("gen", "acc", "dat"):
            base[case] = softened
        doubts.append(
            Doubt(
                ("gen", "acc", "dat"),
                "a common noun of more than one syllable softens p ç t k "
                "before a vowel (kitap -> kitabı); some loanwords do not",
                {case: text + suffixes[case] for case in ("gen", "acc", "dat")},
            )
        )
    forms = {"nom": text, **{case: base[case] + apostrophe + suffixes[case] for case in OBLIQUE}}
    for said, why in reading.alternatives:
        doubts += _alternative(forms, text, apostrophe, _case_suffixes(said, possessive), f"{reading.how}; {why}")
    if possessive_doubt:
        doubts += _alternative(forms, text, apostrophe, _case_suffixes(reading.said, not possessive), possessive_doubt)
    spelled = turkish_lower(text.split()[-1])
    shown_reading = None if _same_suffixes(reading.said, spelled) else reading.said
    return Proposal("tr", text, forms, doubts=tuple(doubts), reading=shown_reading)


def _alternative(
    forms: dict[str, str], text: str, apostrophe: str, suffixes: dict[str, str], reason: str
) -> list[Doubt]:
    other = {case: text + apostrophe + suffixes[case] for case in OBLIQUE}
    differing = tuple(case for case in OBLIQUE if other[case] != forms[case])
    return [Doubt(differing, reason, {case: other[case] for case in differing})] if differing else []


def _syllables(word: str) -> int:
    return sum(ch in VOWELS for ch in turkish_lower(word))


def rule_forms(text: str, pronounced: str | None) -> dict[str, str]:
    """The forms the translation renderer derives from a plain rendering and ``pronounced``."""
    return {"nom": text, **{case: turkish.inflect({"nom": text}, [case], pronounced) for case in OBLIQUE}}


# --- the YAML block an editor pastes ---------------------------------------------------------------


def forms_block(proposals: list[tuple[Target, Proposal]], hint: str | None) -> list[str]:
    """The Turkish block of ``toolkit glossary forms``: plain where the renderer derives the forms (with
    ``pronounced`` if it needs one), written out otherwise; doubts and differences."""
    pronounced = hint
    if pronounced is None:  # one reading the renderer can use, if a rendering needs it
        for target, proposal in proposals:
            wanted = dict(proposal.forms)
            if (
                proposal.reading
                and rule_forms(target.text, None) != wanted
                and rule_forms(target.text, proposal.reading) == wanted
            ):
                pronounced = proposal.reading
                break
    lines: list[str] = []
    relies_on_pronounced = False
    for target, proposal in proposals:
        derived = rule_forms(target.text, pronounced if target.hint_applies else None)
        if derived == dict(proposal.forms):
            lines.append(f"  {target.label}: {scalar(target.text)}")
            lines.append("  # " + ", ".join(f"{case} {proposal.forms[case]}" for case in turkish.CASES[1:]))
            relies_on_pronounced |= pronounced is not None and derived != rule_forms(target.text, None)
        else:
            lines.append(f"  {target.label}: {dump_inline(dict(proposal.forms))}")
        lines += check_lines(proposal)
        if target.glossary_forms is not None:
            lines += differences(target.glossary_forms, proposal)
    if pronounced and (relies_on_pronounced or hint):
        lines.append(f"  pronounced: {scalar(pronounced)}")
    return lines
