"""Proposing the six Russian case forms of a new rendering.

Two libraries do what they do well, and rules do the rest:

- pytrovich (petrovich's rules) declines people's first names and surnames by
  gender: fleeting vowels (Лев -> Льва, Павел -> Павла), adjective-type and
  -ов/-ин surnames, women's surnames (Захарова -> Захаровой).
- pymorphy3's dictionary declines the common words inside names (площадь,
  высоты, республика) and knows many place names (Газа, Альпы, Филиппины).

Both are wrong on what this newsroom names most: pymorphy3 guesses unknown
foreign words as Russian ones (Сулеймани -> сулейманей) and lowercases;
pytrovich gives foreign surnames in -ин the Russian -ым (Чаплиным,
Цзиньпиным) and declines Arabic particles (аш-Шараа -> аша-Шараа). So
particles, East Asian names, indeclinable foreign names, places and the
structure of a name are decided by rule here; a library's answer is taken
where the rules agree or where it knows better, and every disagreement
becomes a :class:`Doubt` showing both candidates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import field

from ..errors import UserError
from ..records import dataclass
from ..yamlfile import dump_inline
from .proposals import Doubt, Proposal, Target, check_lines, differences, scalar
from .russian import CASES

OBLIQUE = CASES[1:]
ANIMATE_TYPES = ("person", "nickname", "title")

# words of Arabic, European and other names that never decline (ибн Салман, аль-Асад, фон дер Ляйен)
PARTICLES = frozenset(
    {
        "аль",
        "ал",
        "ас",
        "аш",
        "ад",
        "аз",
        "ан",
        "ар",
        "ат",
        "ат-",
        "эль",
        "эш",
        "эс",
        "эт",
        "эд",
        "эн",
        "эр",
        "уль",
        "ибн",
        "бин",
        "бинт",
        "бен",
        "бану",
        "абу",
        "аби",
        "умм",
        "фон",
        "дер",
        "ден",
        "цу",
        "де",
        "ди",
        "да",
        "дос",
        "дус",
        "дю",
        "дель",
        "делла",
        "ла",
        "ле",
        "ван",
        "ибн-",
        "оглы",
        "кызы",
    }
)
# first parts of hyphenated Arabic names that stay as they are: Абдель-Фаттах -> Абдель-Фаттаха
HYPHEN_PREFIXES = PARTICLES | {"абд", "абдель", "абдуль", "абдул", "абдаль", "абдэль", "бу"}
# the usual Chinese, Korean and Vietnamese surnames in Russian transcription (Палладий, Концевич)
EAST_ASIAN_SURNAMES = frozenset(
    """
    Ким Ли Пак Чхве Чон Кан Чо Юн Чан Лим Хан Со Син Квон Хван Ан Сон Хон Мун Нам Ко Пэ Пэк Хо Ю Ро Ча Чу Кон
    Си Ван Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чжэн Лян Се Тан Сун Хань Фэн
    Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Чэн Вэй Су Лу Дин Жэнь Шэнь Яо Цзинь Мао Вэнь
    Цинь Цуй Нгуен Фам Ву Ле Во Дао Буй До Чыонг Хюинь Фан
""".split()
)
_VOWELS = set("аеёиоуыэюя")
_VELAR = set("гкх")
_HUSHING = set("жшчщ")
_HUSHING_TS = _HUSHING | {"ц"}
_CONSONANTS = set("бвгджзйклмнпрстфхцчшщ")
_RUSSIAN_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына")
_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_PROPER = frozenset({"Geox", "Orgn", "Surn", "Name", "Patr", "Trad"})  # pymorphy3's marks of proper nouns
_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")


class Forms(dict):
    """The six case forms of one word; empty (falsy) when the word does not decline."""


@dataclass
class _Word:
    """One word of a name and what was decided about it."""

    text: str
    forms: dict[str, str] | None = None  # None: stays as it is
    doubts: list[Doubt] = field(default_factory=list)


def propose_russian(text: str, entry_type: str = "person", gender: str | None = None) -> Proposal:
    """Propose the six case forms of a Russian rendering (see the module docstring)."""
    words = [_Word(word) for word in text.split(" ")]
    animate = entry_type in ANIMATE_TYPES
    if entry_type == "person":
        _decline_person(words, gender)
    else:
        _decline_phrase(words, animate, entry_type)
    doubts = tuple(doubt for word in words for doubt in word.doubts)
    if not any(word.forms for word in words):
        return Proposal("ru", text, {case: text for case in CASES}, indeclinable=True, doubts=doubts)
    forms = {case: " ".join((word.forms or {}).get(case, word.text) for word in words) for case in CASES}
    return Proposal("ru", text, forms, doubts=doubts)


# --- libraries, loaded once and only when proposing ------------------------------------------


@functools.lru_cache(maxsize=1)
def _morph():
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()
    except Exception as error:  # missing package or dictionaries
        raise _missing("pymorphy3 and pymorphy3-dicts-ru", error) from None


@functools.lru_cache(maxsize=1)
def _petrovich():
    try:
        from pytrovich.detector import PetrovichGenderDetector
        from pytrovich.maker import PetrovichDeclinationMaker

        return PetrovichDeclinationMaker(), PetrovichGenderDetector()
    except Exception as error:
        raise _missing("pytrovich", error) from None


def _missing(what: str, error: Exception) -> UserError:
    return UserError(
        f"proposing Russian forms needs {what}, not installed here ({error})",
        fix="pip install 'newsroom-toolkit[forms]' (about 17 MB: name rules and a Russian dictionary)",
    )


_PYMORPHY_CASES = {"gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "prep": "loct"}


def _petrovich_forms(word: str, role: str, gender: str) -> Forms:
    maker, _ = _petrovich()  # first: says how to install pytrovich when it is missing
    from pytrovich.enums import Case, Gender, NamePart

    part = {"first": NamePart.FIRSTNAME, "last": NamePart.LASTNAME, "middle": NamePart.MIDDLENAME}[role]
    sex = Gender.FEMALE if gender == "female" else Gender.MALE
    cases = {
        "gen": Case.GENITIVE,
        "dat": Case.DATIVE,
        "acc": Case.ACCUSATIVE,
        "ins": Case.INSTRUMENTAL,
        "prep": Case.PREPOSITIONAL,
    }
    try:
        forms = {"nom": word, **{case: maker.make(part, sex, grammeme, word) for case, grammeme in cases.items()}}
    except Exception:  # an input the rules do not cover
        return Forms()
    return Forms(forms) if any(forms[case] != word for case in OBLIQUE) else Forms()


def _detected_gender(first_names: list[str], surname: str | None) -> str:
    _, detector = _petrovich()  # first: says how to install pytrovich when it is missing
    from pytrovich.enums import Gender

    try:
        found = detector.detect(firstname=first_names[0] if first_names else None, lastname=surname)
    except Exception:
        return "unknown"
    return {Gender.MALE: "male", Gender.FEMALE: "female"}.get(found, "unknown")


def _known_nouns(word: str, plural: bool | None = None, prefer: tuple[str, ...] = ()) -> list:
    """Dictionary readings of ``word`` as a noun in the nominative (not guesses)."""
    morph = _morph()
    if not morph.word_is_known(word.lower()):
        return []
    readings = [
        p
        for p in morph.parse(word)
        if p.tag.POS == "NOUN"
        and "nomn" in p.tag
        and (p.normal_form == word.lower().replace("ё", "е") or p.normal_form == word.lower() or "plur" in p.tag)
    ]
    if plural is not None:
        readings = [p for p in readings if ("plur" in p.tag) == plural]
    return sorted(
        readings, key=lambda p: (not any(tag in p.tag for tag in prefer), "plur" in p.tag and "Pltm" not in p.tag)
    )


def _dictionary_forms(reading, template: str, animate: bool) -> Forms:
    """The forms pymorphy3 gives for one reading, written like ``template``; the accusative by ``animate``
    (an inanimate name's is its nominative, except for nouns in -а/-я: Газу)."""
    forms = {"nom": template}
    for case, grammeme in _PYMORPHY_CASES.items():
        inflected = reading.inflect({grammeme})
        if inflected is None:
            return Forms()
        forms[case] = _like(template, inflected.word)
    if not animate and ("plur" in reading.tag or not template.lower().endswith(("а", "я"))):
        forms["acc"] = template
    return Forms(forms)


def _like(template: str, word: str) -> str:
    """``word`` written as ``template`` is: capitals, and е where the template does not write ё."""
    if "ё" not in template.lower():
        word = word.replace("ё", "е")
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _russian_stem(stem: str) -> bool:
    """Whether a surname's stem before -ин is a Russian word (Пут-ь, Пушк-а, Ельц-а), not a foreign one."""
    morph = _morph()
    stem = stem.lower()
    return any(morph.word_is_known(stem + ending) for ending in ("", "а", "я", "ь", "о", "ка")) and len(stem) > 1


# --- rules for one word ----------------------------------------------------------------------


def _forms(word: str, gen: str, dat: str, acc: str, ins: str, prep: str) -> Forms:
    return Forms(nom=word, gen=gen, dat=dat, acc=acc, ins=ins, prep=prep)


def _a_declension(word: str) -> Forms:
    """Nouns and names in -а/-я: Хама, Хезболла, Никита, Илья, Сирия."""
    lower = word.lower()
    if lower.endswith("ия"):
        stem = word[:-1]
        return _forms(word, stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и")
    stem = word[:-1]
    if lower.endswith("я"):
        return _forms(word, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е")
    before = stem[-1:].lower()
    return _forms(
        word,
        stem + ("и" if before in _VELAR | _HUSHING else "ы"),
        stem + "е",
        stem + "у",
        stem + ("ей" if before in _HUSHING_TS else "ой"),
        stem + "е",
    )


def _feminine_surname(word: str) -> Forms:
    """Захарова -> Захаровой, Захарову."""
    stem = word[:-1]
    return _forms(word, stem + "ой", stem + "ой", stem + "у", stem + "ой", stem + "ой")


def _hard_masculine(word: str, animate: bool, instrumental: str | None = None) -> Forms:
    """Consonant-final masculine nouns and names: Мамлюк, Тегеран, Шольц (-ем after ж ш ч щ ц)."""
    ins = instrumental or ("ем" if word[-1].lower() in _HUSHING_TS else "ом")
    return _forms(word, word + "а", word + "у", word + "а" if animate else word, word + ins, word + "е")


def _soft_masculine(word: str, animate: bool) -> Forms:
    """Игорь, Андрей, Дубай; Геннадий -> Геннадии."""
    stem = word[:-1]
    if word.lower().endswith("ий"):
        return _forms(word, stem + "я", stem + "ю", stem + "я" if animate else word, stem + "ем", stem + "и")
    return _forms(word, stem + "я", stem + "ю", stem + "я" if animate else word, stem + "ем", stem + "е")


def _soft_feminine(word: str) -> Forms:
    """Feminine nouns and women's first names in -ь: Любовь -> Любови, Азовсталь -> Азовстали."""
    stem = word[:-1]
    return _forms(word, stem + "и", stem + "и", word, stem + "ью", stem + "и")


def _adjective(word: str, animate: bool) -> Forms:
    """Adjectives and adjective-type surnames: Зеленский, Толстой, Исламская, Голанские, Красное."""
    lower = word.lower()
    stem, ending = word[:-2], lower[-2:]
    last = stem[-1:].lower()
    soft = ending in ("ий", "яя", "ее", "ие") and last not in _VELAR | _HUSHING
    if ending in ("ая", "яя"):
        o = "е" if soft else "о"
        return _forms(
            word, stem + o + "й", stem + o + "й", stem + ("юю" if soft else "ую"), stem + o + "й", stem + o + "й"
        )
    y = "и" if soft or last in _VELAR | _HUSHING else "ы"
    if ending in ("ые", "ие"):
        return _forms(
            word, stem + y + "х", stem + y + "м", stem + y + "х" if animate else word, stem + y + "ми", stem + y + "х"
        )
    o = "е" if soft or (last in _HUSHING and ending == "ий") else "о"
    genitive = stem + o + "го"
    if ending in ("ое", "ее"):
        return _forms(word, genitive, stem + o + "му", word, stem + y + "м", stem + o + "м")
    return _forms(word, genitive, stem + o + "му", genitive if animate else word, stem + y + "м", stem + o + "м")


def _looks_adjective(word: str) -> bool:
    """An adjective by its ending (for words no dictionary knows): -ский, -ная, -ые; not -ение, not Андрей."""
    lower = word.lower()
    if len(lower) < 4 or not lower.endswith(_ADJECTIVE_ENDINGS) or lower.endswith(("ение", "ание", "ятие", "тие")):
        return False
    if lower.endswith(("ий", "ие", "яя", "ее")):
        return lower[-3] in _CONSONANTS
    return lower[-3] in _CONSONANTS


def _vowel_final_indeclinable(word: str) -> bool:
    """Foreign names ending in a vowel other than -а/-я do not decline (Сулеймани, Нетаньяху, Токио, Абэ),
    nor those ending in a vowel and -а (Шараа, Зуа)."""
    lower = word.lower()
    if lower[-1:] in _VOWELS - {"а", "я"}:
        return True
    return lower[-1:] == "а" and lower[-2:-1] in _VOWELS


def _acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _disagreement(chosen: dict[str, str], other: dict[str, str] | None, reason: str) -> list[Doubt]:
    other = other or {case: chosen["nom"] for case in CASES}
    differing = tuple(case for case in OBLIQUE if chosen.get(case) != other.get(case))
    if not differing:
        return []
    return [Doubt(differing, reason, {case: other[case] for case in differing})]


# --- personal names ---------------------------------------------------------------------------


def _is_particle(word: str, index: int) -> bool:
    lower = word.lower()
    if lower not in PARTICLES:
        return False
    return not (index == 0 and word[:1].isupper() and lower in ("бен", "ди", "да", "ван", "ла", "ле"))


def _particle_prefixed(word: str) -> bool:
    """аль-Асад, аш-Шараа, ибн-Рушд: a particle joined by a hyphen to a name."""
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and head.lower() in HYPHEN_PREFIXES and rest[:1].isupper()


def _east_asian(texts: list[str]) -> bool:
    """Ким Чен Ын, Си Цзиньпин, Мун Чжэ Ин: a Chinese, Korean or Vietnamese surname first, short given names."""
    if len(texts) < 2 or texts[0] not in EAST_ASIAN_SURNAMES:
        return False
    given = texts[1:]
    return all(
        sum(ch in _VOWELS for ch in word.lower()) <= 3
        and "-" not in word
        and not word.lower().endswith(("ов", "ев", "ский", "ская", "ова", "ева"))
        for word in given
    )


def person_gender(text: str) -> tuple[str, str | None] | None:
    """The gender a person's full Russian name is declined by (Кая Каллас: female), and why it is in doubt (None if
    it is not), so the entry's short form, a surname alone (Каллас), is declined the same way; None when the name
    is one word or East Asian."""
    words = text.split(" ")
    if _east_asian(words):
        return None
    name_words = [
        word
        for index, word in enumerate(words)
        if not _is_particle(word, index) and not _acronym(word) and (word[:1].isupper() or _particle_prefixed(word))
    ]
    if len(name_words) < 2:
        return None
    return _gender(name_words[:-1], name_words[-1], None)


def _decline_person(words: list[_Word], gender: str | None) -> None:
    texts = [word.text for word in words]
    if _east_asian(texts):
        # only the given name's last part declines, as a noun: Ким Чен Ына, Си Цзиньпином
        last = words[-1]
        if gender == "female" or _vowel_final_indeclinable(last.text):
            return
        last.forms = _noun_by_rule(last.text, animate=True, feminine=False)
        return
    name_words = [
        index
        for index, word in enumerate(words)
        if not _is_particle(word.text, index)
        and not _acronym(word.text)
        and (word.text[:1].isupper() or _particle_prefixed(word.text))
    ]
    titles = [
        index
        for index, word in enumerate(words)
        if word.text[:1].islower() and not _is_particle(word.text, index) and not _particle_prefixed(word.text)
    ]
    for index in titles:  # шейх Тамим, аятолла Хаменеи: a title declines as a common noun
        words[index].forms, words[index].doubts = _common_noun(words[index].text, animate=True, plural=None)
    if not name_words:
        return
    surname_index = name_words[-1]
    first_names = [words[i].text for i in name_words[:-1]]
    surname = words[surname_index].text
    gender, gender_doubt = _gender(first_names, surname, gender)
    for index in name_words:
        word = words[index]
        role = "last" if index == surname_index else ("middle" if word.text.lower().endswith(_PATRONYMIC) else "first")
        word.forms, word.doubts = _person_word(word.text, role, gender)
    if gender_doubt:
        other_gender = "female" if gender == "male" else "male"
        other = [
            _person_word(word.text, "last" if index == surname_index else "first", other_gender)[0]
            if index in name_words
            else word.forms
            for index, word in enumerate(words)
        ]
        chosen = {case: " ".join((word.forms or {}).get(case, word.text) for word in words) for case in OBLIQUE}
        shown = {
            case: " ".join((forms or {}).get(case, word.text) for word, forms in zip(words, other)) for case in OBLIQUE
        }
        differing = tuple(case for case in OBLIQUE if shown[case] != chosen[case])
        if differing:
            words[surname_index].doubts.append(
                Doubt(differing, gender_doubt, {case: shown[case] for case in differing})
            )


def _gender(first_names: list[str], surname: str, given: str | None) -> tuple[str, str | None]:
    """The gender to decline a person's name by, and why it is in doubt (None if it is not)."""
    if given:
        return given, None
    lower = surname.lower()
    if lower.endswith(("ова", "ева", "ёва", "ская", "цкая")) or (
        lower.endswith(("ая", "яя")) and _looks_adjective(surname)
    ):
        return "female", None
    detected = _detected_gender(first_names, surname)
    first = first_names[0] if first_names else ""
    if detected == "female" and first.lower().endswith(("а", "я")):
        return "female", None
    if detected == "female":
        return (
            "male",
            f"{first or surname} may be a woman's name (the name dictionary reads it so); "
            "give --gender female or --gender male",
        )
    if detected == "male":
        return "male", None
    if lower.endswith(("ина", "ына")) and not first_names:
        return (
            "female",
            "a surname in -ина is a woman's Russian surname or a foreign one (Медина); "
            "give --gender male if it is a man's",
        )
    if first_names and first_names[0].lower().endswith(("а", "я")):
        return (
            "male",
            f"{first_names[0]} may be a woman's name; a woman's surname ending in a consonant "
            "does not decline: give --gender female or --gender male",
        )
    return "male", None


def _person_word(word: str, role: str, gender: str) -> tuple[dict[str, str] | None, list[Doubt]]:
    """Forms of one word of a personal name (first name, patronymic or surname) and any doubt."""
    if "-" in word:
        return _hyphenated(word, lambda part: _person_word(part, role, gender), person=True)
    if _vowel_final_indeclinable(word):
        return None, []
    rule = _person_rule(word, role, gender)
    library = _petrovich_forms(word, role, gender)
    lower = word.lower()
    if role == "last" and gender == "male" and lower.endswith(("ин", "ын")) and rule and rule["ins"].endswith("ом"):
        return rule, _disagreement(
            rule,
            library,
            f"{word} does not look like a Russian surname, so -ом as for "
            "foreign ones (Чаплином, Дарвином); a Russian one takes -ым "
            "(Путиным)",
        )
    if (
        library
        and library.get("ins", "").endswith("ым")
        and not lower.endswith(_RUSSIAN_SURNAME)
        and not _looks_adjective(word)
    ):
        return rule, _disagreement(rule or {}, library, "the name dictionary gives the Russian surname ending -ым")
    if (rule or None) == (library or None):
        return rule, []
    if not library:
        assert rule is not None  # both missing returned above
        return rule, _disagreement(rule, None, "the name dictionary leaves it unchanged")
    return library, _disagreement(library, rule, "the name dictionary and the rules disagree")


def _person_rule(word: str, role: str, gender: str) -> Forms | None:
    lower = word.lower()
    if _acronym(word):
        return None
    if gender == "female":
        if role == "last" and lower.endswith(_FEMININE_SURNAME):
            return _feminine_surname(word)
        if lower.endswith(("ая", "яя")) and _looks_adjective(word):
            return _adjective(word, animate=True)
        if lower.endswith(("а", "я")):
            return _a_declension(word)
        if lower.endswith("ь") and role != "last":
            return _soft_feminine(word)
        return None  # Меркель, Харрис, Мэй: women's names ending in a consonant do not decline
    if role == "last" and _looks_adjective(word) and lower.endswith(("ий", "ый", "ой")):
        return _adjective(word, animate=True)
    if lower.endswith(("а", "я")):
        return _a_declension(word)
    if lower.endswith(("ь", "й")):
        return _soft_masculine(word, animate=True)
    if lower[-1:] in _CONSONANTS:
        if role == "last" and lower.endswith(("ов", "ев", "ёв")):
            return _hard_masculine(word, True, "ым")
        if role == "last" and lower.endswith(("ин", "ын")):
            return _hard_masculine(word, True, "ым" if _russian_stem(word[:-2]) else "ом")
        return _hard_masculine(word, True)
    return None


def _hyphenated(word: str, decline, person: bool) -> tuple[dict[str, str] | None, list[Doubt]]:
    """аль-Асад, Бен-Гвир, Хан-Юнис: only the last part declines; Салтыков-Щедрин: both do."""
    parts = word.split("-")
    fixed = [part for part in parts[:-1] if part.lower() in HYPHEN_PREFIXES]
    if not person or len(fixed) == len(parts) - 1:
        forms, doubts = decline(parts[-1]) if parts[-1] else (None, [])
        head = "-".join(parts[:-1])
        if not forms:
            return None, doubts
        return {case: f"{head}-{form}" for case, form in forms.items()}, _prefixed(doubts, head)
    declined = [decline(part) for part in parts]
    if not any(forms for forms, _ in declined):
        return None, []
    forms = {
        case: "-".join((part_forms or {}).get(case, part) for part, (part_forms, _) in zip(parts, declined))
        for case in CASES
    }
    return forms, [doubt for _, doubts in declined for doubt in doubts]


def _prefixed(doubts: list[Doubt], head: str) -> list[Doubt]:
    return [Doubt(d.cases, d.reason, {case: f"{head}-{form}" for case, form in d.alternative.items()}) for d in doubts]


# --- descriptive names: places, organisations, awards, titles ---------------------------------


def _decline_phrase(words: list[_Word], animate: bool, entry_type: str) -> None:
    """Leading adjectives agree with the head noun; what follows the head is a fixed complement
    (Исламская Республика Иран, Совет Безопасности ООН, сектор Газа)."""
    head_index = None
    for index, word in enumerate(words):
        core = word.text.strip('«»"')
        if _acronym(core) or not core or core[0].isdigit():
            break
        if index < len(words) - 1 and _adjective_reading(core):
            continue
        head_index = index
        break
    if head_index is None:
        return
    head = words[head_index]
    plural = any(words[i].text.lower().endswith(("ые", "ие")) for i in range(head_index))
    forms, doubts, head_animate = _head_noun(head.text, animate, entry_type, plural)
    head.forms, head.doubts = forms, doubts
    if not forms:
        return  # an indeclinable head (Сочи, США): the adjectives before it do not change
    for word in words[:head_index]:
        word.forms, word.doubts = _adjective_forms(word.text, head_animate)
    if _arabic_construct(words, head_index) and not head.text.lower().endswith(("а", "я")):
        declined = {case: " ".join((word.forms or {}).get(case, word.text) for word in words) for case in OBLIQUE}
        for word in words:
            word.forms, word.doubts = None, []
        head.doubts = [
            Doubt(
                OBLIQUE,
                "Arabic names with the article (Эль-Удейд, Айн-эль-Асад, Джебхат ан-Нусра) "
                "are mostly left unchanged in the press, but some decline",
                declined,
            )
        ]


def _arabic_construct(words: list[_Word], head_index: int) -> bool:
    """Эль-Удейд, Айн-эль-Асад, Джебхат ан-Нусра: the Arabic article at or after the head."""
    parts = [part for word in words[head_index:] for part in re.split(r"[- ]", word.text)]
    return any(part.lower() in PARTICLES for part in parts)


def _adjective_reading(word: str) -> bool:
    """Whether a word before the head is an adjective (Красная площадь: not the village Красная)."""
    morph = _morph()
    if morph.word_is_known(word.lower()):
        return any(p.tag.POS in ("ADJF", "PRTF") and "nomn" in p.tag for p in morph.parse(word))
    return _looks_adjective(word)


def _adjective_forms(word: str, animate: bool) -> tuple[dict[str, str] | None, list[Doubt]]:
    if "-" in word:  # Северо-Западный: only the last part changes
        head, _, last = word.rpartition("-")
        forms, doubts = _adjective_forms(last, animate)
        return ({case: f"{head}-{form}" for case, form in forms.items()} if forms else None), _prefixed(doubts, head)
    rule = _adjective(word, animate) if _looks_adjective(word) else None
    morph = _morph()
    library = None
    for reading in morph.parse(word):
        if reading.tag.POS in ("ADJF", "PRTF") and "nomn" in reading.tag and morph.word_is_known(word.lower()):
            library = _adjective_by_dictionary(reading, word, animate)
            break
    if rule and library and rule != library:
        return library, _disagreement(library, rule, "the dictionary and the rules disagree on this adjective")
    return library or rule, ([] if library or rule else [Doubt(OBLIQUE, f"{word} is not a known adjective")])


def _adjective_by_dictionary(reading, template: str, animate: bool) -> Forms | None:
    number = "plur" if "plur" in reading.tag else str(reading.tag.gender)
    forms = {"nom": template}
    for case, grammeme in _PYMORPHY_CASES.items():
        wanted = {grammeme, number}
        if case == "acc" and number in ("masc", "plur"):
            wanted.add("anim" if animate else "inan")
        inflected = reading.inflect(wanted)
        if inflected is None:
            return None
        forms[case] = _like(template, inflected.word)
    return Forms(forms)


def _head_noun(
    word: str, animate: bool, entry_type: str, plural: bool
) -> tuple[dict[str, str] | None, list[Doubt], bool]:
    """The head noun of a descriptive name, its doubts, and whether it is animate."""
    core = word.strip('«»"')
    if core != word:  # «Хезболла»: the word inside the quotes declines
        opening, closing = word[: len(word) - len(word.lstrip('«»"'))], word[len(word.rstrip('«»"')) :]
        forms, doubts, head_animate = _head_noun(core, animate, entry_type, plural)
        return (
            ({case: opening + form + closing for case, form in forms.items()} if forms else None),
            doubts,
            head_animate,
        )
    if "-" in word:
        forms, doubts = _hyphenated(word, lambda part: _head_noun(part, animate, entry_type, plural)[:2], person=False)
        return forms, doubts, animate
    if word[:1].islower():
        forms, doubts = _common_noun(word, animate, plural)
        readings = _known_nouns(word, plural or None)
        return forms, doubts, (("anim" in readings[0].tag) if readings else animate)
    return _proper_noun(word, animate, entry_type, plural)


def _common_noun(word: str, animate: bool, plural: bool | None) -> tuple[dict[str, str] | None, list[Doubt]]:
    """A common word inside a name (площадь, высоты, сектор, шейх), from the dictionary."""
    readings = _known_nouns(word, plural or None, prefer=("anim",) if animate else ("inan",))
    if readings:
        forms = _dictionary_forms(readings[0], word, animate="anim" in readings[0].tag)
        if forms:
            return forms, []
    by_rule = _noun_by_rule(word, animate, feminine=False)
    return by_rule, [Doubt(OBLIQUE, f"{word} is not in the dictionary; declined by rule")] if by_rule else []


def _proper_noun(
    word: str, animate: bool, entry_type: str, plural: bool
) -> tuple[dict[str, str] | None, list[Doubt], bool]:
    """A capitalised head: a place or organisation name (Газа, Альпы, Кремль, Хама, Идлиб), or a common
    word written with a capital (Республика, Герой: animate as the dictionary says)."""
    prefer = {"place": ("Geox",), "organisation": ("Orgn", "Geox")}.get(entry_type, ())
    readings = _known_nouns(word, plural or None, prefer=prefer)
    # a place or organisation, not a person (Львов the city, not the surname); the nominative itself
    # (Газа the place, not the genitive of газ)
    readings = [r for r in readings if not {"Surn", "Name", "Patr"} & r.tag.grammemes]
    if readings:
        reading = readings[0]
        head_animate = ("anim" in reading.tag) if not _PROPER & reading.tag.grammemes else animate
        if "Fixd" in reading.tag:
            return None, [], head_animate
        forms = _dictionary_forms(reading, word, animate=head_animate)
        if forms:
            return forms, [], head_animate
    lower = word.lower()
    if lower.endswith("ы") and len(word) > 3 and lower[-2] in _CONSONANTS:
        return (*_plural_only(word, animate), animate)
    if _acronym(word) or _vowel_final_indeclinable(word):
        return None, [], animate
    if lower.endswith("ь"):
        masculine = lower.endswith("ль")
        forms = _soft_masculine(word, animate) if masculine else _soft_feminine(word)
        other = _soft_feminine(word) if masculine else _soft_masculine(word, animate)
        return (
            forms,
            _disagreement(
                forms,
                other,
                f"{word} may be masculine (Кремля) or feminine (Азовстали): the dictionary does not know it",
            ),
            animate,
        )
    return _noun_by_rule(word, animate, feminine=False), [], animate


def _plural_only(word: str, animate: bool) -> tuple[dict[str, str], list[Doubt]]:
    """Plural-only names no dictionary knows: Эмираты-like -ов, or the bare stem as in Альп, Афин."""
    stem = word[:-1]
    forms = _forms(word, stem + "ов", stem + "ам", stem + "ов" if animate else word, stem + "ами", stem + "ах")
    return forms, [
        Doubt(
            ("gen",),
            f"{word} is plural: the genitive is -ов (Балканов) or the bare stem (Альп, "
            "Афин); the dictionary does not know it",
            {"gen": stem},
        )
    ]


def _noun_by_rule(word: str, animate: bool, feminine: bool) -> Forms | None:
    lower = word.lower()
    if _vowel_final_indeclinable(word) or _acronym(word):
        return None
    if lower.endswith(("а", "я")):
        return _a_declension(word)
    if lower.endswith("ь"):
        return _soft_feminine(word) if feminine else _soft_masculine(word, animate)
    if lower.endswith("й"):
        return _soft_masculine(word, animate)
    if lower[-1:] in _CONSONANTS:
        return None if feminine else _hard_masculine(word, animate)
    return None


# --- the YAML block an editor pastes ---------------------------------------------------------------


def forms_block(proposals: list[tuple[Target, Proposal]]) -> list[str]:
    """The Russian block of ``toolkit glossary forms``: forms or ``indeclinable``, doubts, differences."""
    lines: list[str] = []
    for target, proposal in proposals:
        if proposal.indeclinable:
            lines.append(f"  {target.label}: {scalar(proposal.text)}")
        else:
            lines.append(f"  {target.label}: {dump_inline(dict(proposal.forms))}")
        lines += check_lines(proposal)
        lines += _russiandifferences(target, proposal)
    if any(proposal.indeclinable for _, proposal in proposals):
        lines.append("  indeclinable: true")
    return lines


def _russiandifferences(target: Target, proposal: Proposal) -> list[str]:
    written = target.written
    if written is None:
        return []
    if len(written) == 1 and proposal.indeclinable:
        return ["  # same as the glossary (indeclinable)"]
    if len(written) == 1:
        return ["  # differs from the glossary: the glossary keeps it unchanged (indeclinable)"]
    if proposal.indeclinable:
        return [
            "  # differs from the glossary: the glossary declines it ("
            + ", ".join(f"{case} {written[case]}" for case in written if case != "nom")
            + ")"
        ]
    return differences(written, proposal)
