"""Russian: names decline by case, or are indeclinable.

Case forms are never guessed: foreign names decline irregularly (Мамлюк ->
Мамлюка, but Сулеймани, Хаменеи, Сочи do not decline), so the glossary holds
every form an editor approved, or marks the rendering indeclinable.
``toolkit glossary forms`` proposes them (:mod:`.russian_forms`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..patterns import LazyPattern
from ..records import dataclass
from .adjectives import written_adjective
from .common_words import zipf
from .names import (
    FormRead,
    NameGrammar,
    NameInSentence,
    PlacedBefore,
    StateForm,
    WordRead,
    doubled_once,
    opens_clause,
)

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
TOKENS = frozenset(CASES) - {"nom"}
STORED_FORMS = frozenset(CASES) - {"nom"}
REQUIRES_ALL_FORMS = True

# --- What the rest of the toolkit asks of Russian (the grammar protocol, beyond rendering) -------------

FORM_ORDER = CASES[1:]
USES_ZWNJ = False
FOREIGN_LETTERS: Mapping[str, str] = {}
FOREIGN_LETTERS_OF = ""
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Cyrillic: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = True  # verbs and adjectives agree with a name in gender


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return [(case, text) for case, text in forms.items() if case != "nom"]  # as approved: never guessed


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return []


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    """Which form a Russian noun takes after the number: 21 ракета, 23 ракеты, 25 ракет, 2,5 ракеты;
    nothing after a number with an ending of its own (13-й, 2018-го)."""
    if re.match(r"-[а-яё]", rest):
        return None
    if number is None:
        return "fraction"
    if 11 <= number % 100 <= 14:
        return "many"
    return {1: "one", 2: "few", 3: "few", 4: "few"}.get(number % 10, "many")


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Russian name takes one case"
    return None


def _case_of(tokens: Sequence[str]) -> str:
    """The case a slot's tokens give (none: the nominative)."""
    return tokens[0] if tokens else "nom"


def _declines(forms: Mapping[str, str]) -> bool:
    """Whether a name's forms differ from case to case (США, Роухани do not)."""
    return len({forms.get(c, forms["nom"]) for c in CASES}) > 1


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    return forms.get(_case_of(tokens), forms["nom"])


# --- Adjectives made from names: американский, американских, американской -----------------------------------

# gender and number (masculine when none: американский), then the case (nominative when none)
GENDERS = ("f", "n", "pl")
ADJECTIVE_AGREEMENT = (*GENDERS, *CASES[1:])
ADJECTIVE_TOKENS = frozenset(ADJECTIVE_AGREEMENT)
SUFFIX_APOSTROPHE = False


def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
    """The form an editor wrote for the gender or number and the case: ``pl+gen`` -> американских."""
    if sum(token in GENDERS for token in tokens) > 1:
        raise ValueError("an adjective takes one of f, n, pl")
    if sum(token in TOKENS for token in tokens) > 1:
        raise ValueError("a Russian adjective takes one case")
    return written_adjective(forms, tokens, ADJECTIVE_AGREEMENT)


def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
    return dict(forms)  # Russian writes no apostrophes


# endings glued to a placeholder by a model ("[[2]]ом"), read as the case they most often mark
GLUED_ENDINGS = {
    "а": "gen",
    "я": "gen",
    "ы": "gen",
    "и": "gen",
    "у": "dat",
    "ю": "dat",
    "ом": "ins",
    "ем": "ins",
    "ым": "ins",
    "им": "ins",
    "ой": "ins",
    "ей": "ins",
    "е": "prep",
}


# по and a noun in the dative after a noun: the noun's complement (агентство по туризму, комиссия по правам)
_COMPLEMENT_OF_PO = LazyPattern(r"[ \u00a0]+по[ \u00a0]+[а-яё]+(?:у|ю|ам|ям|е|и)(?![^\W\d_])")
# conjunctions and particles: with the prepositions, the words that link a sentence's phrases
_LINKING_WORDS = frozenset("и или а но да что чтобы как когда где если же ли не ни также тоже уже ещё еще".split())


# --- Reading the case a sentence gives a name -------------------------------------------------

# Prepositions and the cases they govern, the usual reading first. "с" is "with" (ins) far more
# often than "from" (gen); "в"/"на" mean "in/at" (prep) unless there is motion towards (acc).
GOVERNED_CASES: dict[str, tuple[str, ...]] = {
    **{
        word: ("gen",)
        for word in (
            "у",
            "из",
            "изо",
            "от",
            "ото",
            "для",
            "без",
            "безо",
            "около",
            "после",
            "против",
            "до",
            "вокруг",
            "возле",
            "кроме",
            "среди",
            "вместо",
            "ради",
            "из-за",
            "из-под",
            "вблизи",
            "внутри",
            "помимо",
            "напротив",
            "вдоль",
            "относительно",
            "вне",
            "мимо",
            "посреди",
            "накануне",
            "вглубь",
            "позади",
            "сверх",
            "в отношении",
            "в адрес",
            "в пользу",
            "в интересах",
            "со стороны",
            "при участии",
            "в лице",
            "в ходе",
            "от имени",
            "по поводу",
            "по делу",
            "в сторону",
            "в пределах",
            "с помощью",
            "при помощи",
            "в рамках",
            "за исключением",
            # phrases naming a source: "по данным Тегерана", not по + the dative
            "по словам",
            "по мнению",
            "по данным",
            "по сведениям",
            "по информации",
            "по сообщению",
            "по сообщениям",
            "по оценке",
            "по оценкам",
            "по заявлению",
            "по версии",
            "со слов",
        )
    },
    **{word: ("dat",) for word in ("к", "ко", "по", "благодаря", "согласно", "вопреки", "навстречу", "подобно")},
    **{word: ("acc",) for word in ("через", "про", "сквозь", "в ответ на", "несмотря на", "невзирая на")},
    **{word: ("prep",) for word in ("при", "об", "обо")},
    "с": ("ins", "gen"),
    "со": ("ins", "gen"),
    "над": ("ins",),
    "надо": ("ins",),
    "перед": ("ins",),
    "передо": ("ins",),
    "между": ("ins",),
    "вместе с": ("ins",),
    "рядом с": ("ins",),
    "в связи с": ("ins",),
    "наряду с": ("ins",),
    "по сравнению с": ("ins",),
    "за": ("ins", "acc"),
    "под": ("ins", "acc"),
    "в": ("prep", "acc"),
    "во": ("prep", "acc"),
    "на": ("prep", "acc"),
    "о": ("prep", "acc"),
}

# words before в/на that mean action aimed at a place, after which "в" may as well mean "in" (удар в Тегеране,
# a strike in Tehran; удар в Тегеран, at it)
_AIMED = (
    "атак",
    "напад",
    "напал",
    "удар",
    "обстрел",
    "давлен",
    "давит",
    "влиян",
    "влиять",
    "влияет",
    "влияют",
    "повлия",
    "ответ",
    "реакц",
    "санкци",
    "эмбарго",
    "запрет",
    "огранич",
    "вето",
    "взгляд",
    "смотр",
    "попа",
    "попад",
    "упал",
    "упад",
    "жалоб",
    "претензи",
    "надежд",
    "ставк",
)
# words before в/на that mean motion or action towards a place: the name is then accusative (those above too)
_TOWARDS = (
    "визит",
    "поездк",
    "прибы",
    "приех",
    "прилет",
    "прилёт",
    "вылет",
    "улет",
    "улете",
    "отправ",
    "направ",
    "верну",
    "возвращ",
    "перебро",
    "переброс",
    "ввод",
    "ввел",
    "ввёл",
    "ввели",
    "вторг",
    "вторж",
    "вошл",
    "вошел",
    "вошёл",
    "вход",
    "пригла",
    "доставл",
    "достав",
    "переех",
    "перевез",
    "отвез",
    "уеха",
    "полет",
    "полёт",
    "перелет",
    "перелёт",
    "путь",
    "дорог",
    "ездил",
    "ездит",
    "ездят",
    "ездить",
    "съездил",
    "съездит",
    "ехал",
    "ехать",
    "едет",
    "едут",
    "поеха",
    "поедет",
    "летал",
    "летать",
    "летает",
    "слета",
    "марш",
    "наступл",
    "наступа",
    "обрушил",
    "выпустил",
    "запустил",
    "сбросил",
    "ссылк",
    "ссыла",
    "рассчитыва",
    "полага",
    "опира",
    "налож",
    "возлож",
    "отправил",
    "прибыл",
    "приезд",
    "въезд",
    "въех",
    "эмигр",
    "бежал",
    "бежать",
    "убежа",
    "сбежа",
    "переход",
    "перешл",
    "поход",
    "посетит",
    "рейс",
    "летел",
    "летит",
    "полетел",
    "экспорт",
    "импорт",
    "поставк",
    "постав",
    "перенес",
    "перенёс",
    "переда",
    "обраща",
    "обрати",
    "нацел",
    "вылетел",
    "отбыл",
    "уехал",
    "приехал",
    "вернулся",
    "повез",
    "привез",
    "привёз",
    "отвёз",
    "перевоз",
    "послал",
    "послан",
    "посыла",
    "переправ",
    "инвест",
    "вложен",
    "вложи",
    "вкладыва",
    # believing in, interfering in: "верить в Ирак", "вмешательство в Сирию" (the accusative after "in")
    "верит",
    "верят",
    "верил",
    "верю",
    "вера",
    "веру",
    "веры",
    "вмеша",
    "вмешив",
    "интервенц",
    "вступ",
    "превра",
    "интеграц",
    "эвакуац",
    "депортац",
    "экстрадиц",
    "переезд",
    "бегств",
    "миграц",
    *_AIMED,
)
# words of carrying, whole (their stems begin common words too: везде, несколько)
_TOWARDS_WORDS = {
    "вез",
    "везет",
    "везёт",
    "везут",
    "везла",
    "везли",
    "несет",
    "несёт",
    "несут",
    "нес",
    "нёс",
    "несла",
    "несли",
}

_TITLES = (
    "президент",
    "премьер",
    "министр",
    "генерал",
    "лидер",
    "эмир",
    "шейх",
    "аятолл",
    "глав",
    "корол",
    "принц",
    "посол",
    "спикер",
    "генсек",
    "командующ",
    "госсекретар",
    "канцлер",
    "секретар",
    "председател",
    "замминистр",
    "вице",
    "советник",
    "директор",
    "руководител",
    "начальник",
    "представител",
    "коллег",
    "союзник",
    "партнер",
    "партнёр",
    "наследник",
    "преемник",
    "предшественник",
    "генерал-лейтенант",
    "маршал",
    "адмирал",
    "полковник",
    "бригадный",
    "имам",
    "муфтий",
    "наследный",
)

_FEMININE_TITLES = {
    "глава": ("nom",),
    "главы": ("gen",),
    "главе": ("dat", "prep"),
    "главу": ("acc",),
    "главой": ("ins",),
    "аятолла": ("nom",),
    "аятоллы": ("gen",),
    "аятолле": ("dat", "prep"),
    "аятоллу": ("acc",),
    "аятоллой": ("ins",),
}

_ENDING_CLASSES = str.maketrans({"я": "а", "ю": "у", "ё": "о", "ь": "", "й": "", "ы": "и"})


def ending_key(word: str) -> str:
    """A word with hard and soft endings made alike, so a misspelt ending still reads: Эрбилу ~ Эрбилю."""
    return word.lower().replace("ё", "е").translate(_ENDING_CLASSES)


# посол loses its о when declined (посла, послом); not "после", which is far more often "after"
_AMBASSADOR_FORMS = frozenset("посла послу послом послы послов послам послами послах".split())


def is_title_word(lower: str, stems: tuple[str, ...] = _TITLES) -> bool:
    """Whether a lowercased word is a title noun of one of the stems (президента, аятолле), not a word built
    on it: the office or its seat (президентство, посольство, королевство, эмират, секретариат), an
    adjective (президентский, генеральный, главный)."""
    if stems is _TITLES and lower in _AMBASSADOR_FORMS:
        return True
    stem = max((stem for stem in stems if lower.startswith(stem)), key=len, default=None)
    if stem is None:
        return False
    rest = lower[len(stem) :]
    if "ств" in rest or rest.startswith(("ск", "ьск", "ат", "иат", "ьн")):
        return False
    return stem != "глав" or lower in _FEMININE_TITLES or lower.startswith("главнокоманд")


def _title_case(word: str) -> tuple[str, ...] | None:
    """The case a title noun (президентом, министра) stands in, read from its ending; None if not a title."""
    lower = word.lower().replace("ё", "е")
    if not is_title_word(lower):
        return None
    if lower in _FEMININE_TITLES:  # глава, судья: the a-declension
        return _FEMININE_TITLES[lower]
    for ending, cases in (
        ("ами", ("ins",)),
        ("ом", ("ins",)),
        ("ем", ("ins",)),
        ("ой", ("ins", "gen")),
        ("ей", ("ins", "gen")),
        ("ым", ("ins",)),
        ("им", ("ins",)),
        ("ого", ("gen", "acc")),
        ("его", ("gen", "acc")),
        ("ому", ("dat",)),
        ("ему", ("dat",)),
        ("а", ("gen", "acc")),
        ("я", ("gen", "acc")),
        ("у", ("dat", "acc")),
        ("ю", ("dat", "acc")),
        ("е", ("prep", "dat")),
        ("и", ("gen", "dat", "prep")),
    ):
        if lower.endswith(ending):
            return cases
    return ("nom",)


# endings only adjectives have (-ом/-ой alone are nouns' too: "с посланником Эрдогана")
_ADJECTIVE_ENDINGS = (
    "ым",
    "им",
    "ого",
    "его",
    "ому",
    "ему",
    "ых",
    "их",
    "ую",
    "юю",
    "ый",
    "ий",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ыми",
    "ими",
    "ском",
    "цком",
    "ской",
    "цкой",
    "нем",
    "ном",
    "ней",
    "ной",
)
_WORD = LazyPattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# how far back from a name the words that govern it are looked for, in characters: a clause without a comma is
# rarely 300; only a run-on "sentence" of thousands of words (a pasted table, a list without punctuation) is cut
GOVERNING_REACH = 1_000
_NAME = "\x00"  # a name already placed before this one, as a word of the text before it
_HIDDEN = "\ue000"  # what stands for the characters of such a name (neither a letter nor punctuation)


@dataclass(frozen=True)
class Governed:
    """What the words before a name make of it: the cases they allow, best reading first, and what governs
    it. A preposition or a title beside it decides its case; a verb only suggests one (the name after a
    verb may be its object, a subject, an adverbial), so a case the model wrote is kept there."""

    cases: tuple[str, ...]
    by: str  # "preposition", "title" (a person's name in apposition), "verb" (its object), "naming", "attribute"
    # (a participle opening the sentence: the name's attribute or its agent, as the model's case says)
    also: tuple[str, ...] = ()  # other cases the model may rightly have written there (see govern)
    either: bool = False  # direction or place: "в" after a word of striking (удар в Тегеран / в Тегеране)


def governor(
    text_before: str,
    person: bool = True,
    names: Sequence[tuple[int, int]] = (),
    subjects: Sequence[tuple[int, int]] = (),
) -> tuple[str, ...] | None:
    """The cases the words right before a name allow it, best reading first; None if nothing governs it."""
    found = govern(text_before, person, names, subjects)
    return found.cases if found else None


def govern(
    text_before: str,
    person: bool = True,
    names: Sequence[tuple[int, int]] = (),
    subjects: Sequence[tuple[int, int]] = (),
    persons: Sequence[tuple[int, int]] = (),
    no_subject: bool = False,
    singular: bool = False,
) -> Governed | None:
    """What governs a name standing after ``text_before``; None if nothing does.

    A preposition governs across an adjective or a title between it and the
    name ("в соседнем Ираке", "с президентом Эрдоганом"); a title alone makes
    a person's name stand in its own case (apposition: "президента Эрдогана"),
    also across the title's genitive complement ("с главой сирийской разведки
    Али Мамлюком", "министром обороны Ирана Амиром Хатами"); after a title
    that names a relation (советник, союзник) the genitive is a possessor
    ("с советником Путина"). Other names after a title are its complement, in
    the genitive ("эмир Катара"), which the model's ending says: the title then
    governs nothing. A verb suggests the case of the name right after it
    (поставлять Анкаре, называть Фидана); a verb of naming puts a second
    name, or the name after an object standing before it, in the
    instrumental (называют Фидана «Волком Анатолии», которого называют
    «Волком Анатолии»). Nothing governs across a clause boundary: a comma or
    a relative pronoun ("в ходе которого Путин ..."). ``names`` are the spans
    of names placed earlier in the text, ``subjects`` those of them in the
    nominative: one before the verb in the same clause is its subject, so a
    name after the verb is its object ("Путин позвонил Эрдогану", not an
    inverted "позвонил Эрдоган"). ``persons`` are the spans of those names that
    are persons': a person's name right after one of them, nothing but a space
    between, is governed by nothing before it ("президент Эрдоган Асада", "с
    президентом Эрдоганом Путин"): two such names are not one list (that needs
    a comma or и), and the title and preposition are the first one's.
    ``no_subject``: the source makes the name no subject (the object of a
    preposition), so a verb that may have its subject after it governs it
    all the same. Focus particles between the governing word and the name
    (только, лишь, даже, именно) govern nothing and are passed over
    ("подчиняется только Асаду"). Adjectives between a preposition and the
    name stand in a case the preposition gives, which narrows it ("в
    соседний Ирак": the accusative); a word that shows none of its cases
    ("Из-за наводнений Иран": the noun's genitive plural) ends the
    preposition's phrase before the name, which it then does not govern.
    ``singular``: the name is singular and opens no list, so a plural
    adjective before it is none of its own ("Для многих Иран остаётся ...").
    """
    stripped = past_adverbial(text_before)
    if stripped is not None:  # "поблагодарил в среду [Турцию]": the verb governs across the adverbial phrase
        found = govern(stripped, person, names, subjects, persons, no_subject, singular)
        if found is not None and found.by == "verb":
            return found
    cut = max(0, len(text_before) - GOVERNING_REACH)
    if cut:  # only the end of the text governs: a run-on "sentence" of thousands of names stays linear
        text_before = text_before[cut:]
        names, subjects, persons = (_shifted(spans, cut) for spans in (names, subjects, persons))
    right_after_person = person and any(not text_before[end:].strip() for _, end in persons)
    text_before = _hide(text_before, names)
    quoted = bool(re.search(r"[«\"“„]\s*$", text_before))
    text_before = re.sub(r"[«\"“„‘(\s]+$", " ", text_before)  # an opening quote: с «Волком Анатолии»
    if re.search(r"[.!?;:«»\"()\[\]—–]\s*$", text_before) or not text_before.strip():
        return None
    if re.search(r"[,]\s*$", text_before):
        return None
    clause = _clause_start(text_before)
    written = _words_and_names(text_before, names, since=clause)
    if not written:
        return None
    if (
        len(written) >= 2
        and written[-1] == _NAME
        and written[-2].lower().startswith(_NAMING_VERBS)
        and _is_verb(written[-2].lower())
        and not _subject_right_before(text_before, subjects)
    ):
        return Governed(("ins",), "naming")  # a verb of naming's second complement: называют [Фидана] «Волком»
    if (
        quoted
        and len(written) >= 2
        and written[-1].lower() in _OBJECT_PRONOUNS
        and written[-2].lower().startswith(_CALLING_VERBS)
        and _is_verb(written[-2].lower())
    ):
        # its object a pronoun, the name quoted: назвал ее «Героем Республики» (a subject after the verb is
        # never quoted: «так назвала его Россия»)
        return Governed(("ins",), "naming")
    if (
        written[-1] != _NAME
        and _PREDICATE_PARTICIPLE.fullmatch(written[-1].lower())
        and not _VERBAL_NOUN.fullmatch(written[-1].lower())
    ):
        if _words_and_names(text_before, names) == written[-1:] and written[0].lower().endswith(_NOMINATIVE_PARTICIPLE):
            # opening the sentence, a participle in the nominative may be the name's own attribute
            # ("Назначенный Фидан прибыл") or take it as its agent ("Назначенный Путиным посол"): the case
            # the model wrote says which
            return Governed(("nom", "ins"), "attribute")
        if short_passive_participle(written[-1].lower()) and not _CALLING.match(written[-1].lower()):
            # "был избран Эрдоган" (Erdoğan was elected) or "назначен Эрдоганом" (by him): as any agent
            return Governed(("ins",), "agent")
        return Governed(("ins",), "naming")  # "прозванный «Волком Анатолии»", "назначенный Путиным"
    if written[-1] != _NAME and short_passive_participle(written[-1].lower()):
        return Governed(("ins",), "agent")  # "отвергнут Ираном": by whom, unless the name is its subject
    if right_after_person:
        return None
    if person:  # names between a title and this name ("эмира Катара Тамима") do not break apposition
        past_names = list(written)
        while (
            len(past_names) > 1
            and (past_names[-1] == _NAME or past_names[-1][:1].isupper())
            and past_names[-2] != _NAME
            and past_names[-2][:1].islower()
        ):
            past_names.pop()
        past_names = _past_complement(past_names)
        if past_names[-1] != _NAME and _title_case(past_names[-1].lower()) is not None:
            written = past_names  # not "в Москве Эрдоган": a preposition's own object ends its phrase
    if written[-1:] == [_NAME]:
        return None  # right after another name: its complement ("Россия Путина"), or a new phrase
    written = [word for word in written if word != _NAME]
    words = _past_focus_particles([word.lower() for word in written])
    if not words:
        return None
    if words[-1] == "нет" or (len(words) >= 2 and words[-2] == "не" and words[-1] in _EXISTENCE):
        # the genitive of negation: "не было Катара", "нет Турции"; only suggested, as a verb's case is: a case
        # of another reading the model wrote ("не было Ирану покоя") stands
        return Governed(("gen",), "verb")
    title: tuple[str, ...] | None = None
    possessor: tuple[str, ...] = ()  # a relational title's possessor: "с советником Путина"
    attributes: list[tuple[str, bool]] = []  # the adjectives passed over, and whether they are the name's own
    for back in range(1, min(4, len(words)) + 1):
        word = words[-back]
        if word in CLAUSE_WORDS:
            break  # "в ходе которого Путин": the pronoun is the preposition's; the name opens a clause
        if word in DEMONSTRATIVE_OBJECTS and back < len(words) and words[-back - 1] in GOVERNED_CASES:
            break  # "вместо этого Фидан", "после этого Иран": the pronoun is the preposition's whole object
        for span in (3, 2):  # multi-word prepositions: "в связи с", "в ответ на"
            phrase = " ".join(words[-back - span + 1 : len(words) - back + 1]) if back + span - 1 <= len(words) else ""
            if phrase in GOVERNED_CASES:
                cases = _agreeing(_towards(GOVERNED_CASES[phrase], words[: -back - span + 1]), attributes, singular)
                if not cases:
                    return Governed(title, "title", possessor) if title else None
                return Governed(cases, "preposition")
        if word in GOVERNED_CASES:
            if back == 1 and len(words) == 1 and word in _TIME_ALONE:
                return None  # "Накануне Асад встретился ...": the adverb (the day before) opening the clause
            cases = _towards(GOVERNED_CASES[word], words[:-back])
            if person and word in ("с", "со"):
                cases = ("ins",)  # "from" takes places (с Кавказа), not people
            cases = _agreeing(cases, attributes, singular)
            if not cases:  # "Из-за наводнений Иран": the preposition's own noun ends its phrase
                return Governed(title, "title", possessor) if title else None
            if title is not None:
                cases = tuple(c for c in cases if c in title) or title
            return Governed(cases, "preposition", possessor, _in_or_into(word, words[:-back]))
        title_cases = _title_case(word)
        if title_cases is not None:
            if not person:
                return None
            if title is None:
                title = title_cases
                possessor = ("gen",) if word.startswith(_RELATIONS) else ()
            continue
        if (
            title is None
            and back == 1
            and (_is_verb(word) or word in _PAST_IN_G)
            and (
                not _may_have_subject_after(word)
                or no_subject
                or _subject_in_clause(text_before, subjects)
                or _relative_subject_before(text_before, word)
            )
        ):
            governed = _verb_case(word)
            if governed and word.startswith(_NAMING_VERBS):
                if _object_before(text_before, names, subjects, clause):
                    return Governed(("ins",), "naming")  # "которого называют «Волком Анатолии»"
                return Governed(governed, "verb", ("ins",))
            if governed:
                return Governed(governed, "verb")
        if word in _EMPHATIC_PRONOUN or (
            word.endswith(_ADJECTIVE_ENDINGS)
            and len(word) > 4
            and not neuter_noun_in_ie(word)
            and not plural_genitive_in_ii(word)
            and not substantive_adjective(word)
        ):
            # in the preposition's case, as the name or the title between them (с российским президентом)
            attributes.append((word, title is None))
            continue
        break
    return Governed(title, "title", possessor) if title else None


# the cases an adjective's ending shows, in the singular and the plural; -ой and -ей also the masculine
# nominative (основной, иной)
_ATTRIBUTE_CASES = (
    ("ыми", "ins"),
    ("ими", "ins"),
    ("ого", "gen acc"),
    ("его", "gen acc"),
    ("ому", "dat"),
    ("ему", "dat"),
    ("ых", "gen prep acc"),
    ("их", "gen prep acc"),
    ("ым", "ins dat"),
    ("им", "ins dat"),
    ("ую", "acc"),
    ("юю", "acc"),
    ("ый", "nom acc"),
    ("ий", "nom acc"),
    ("ая", "nom"),
    ("яя", "nom"),
    ("ое", "nom acc"),
    ("ее", "nom acc"),
    ("ые", "nom acc"),
    ("ие", "nom acc"),
    ("ом", "prep"),
    ("ем", "prep"),
    ("ой", "gen dat ins prep nom acc"),
    ("ей", "gen dat ins prep nom acc"),
)
# endings only the plural of an adjective has
_PLURAL_ATTRIBUTE = ("ыми", "ими", "ых", "их", "ые", "ие")


def _agreeing(cases: tuple[str, ...], attributes: Sequence[tuple[str, bool]], singular: bool) -> tuple[str, ...]:
    """The cases of a preposition that the adjectives between it and the name show too: an attribute
    stands in the case its preposition gives ("из-за соседнего Ирана", "в соседний Ирак": the accusative).
    None left: a word passed over as an adjective is none of the name's (a plural noun's genitive, "из-за
    наводнений Иран"; "для многих Иран", a plural pronoun before a singular name), and the preposition's
    phrase ends before the name. ``singular``: the name is one singular noun, not a list's first member
    (в соседних Ираке и Сирии), so only its own adjectives' number is checked, not a title's."""
    for word, own in attributes:
        if singular and own and word.endswith(_PLURAL_ATTRIBUTE):
            return ()
        shown = next((found.split() for ending, found in _ATTRIBUTE_CASES if word.endswith(ending)), None)
        if shown is not None:
            cases = tuple(case for case in cases if case in shown)
    return cases


# adjectives and participles used as nouns, by stem: «за будущее Ирана», «о прошлом Сирии», «с военными Ирака»,
# «среди погибших», «для раненых»; between a preposition and a name each is the preposition's own noun, the
# name after it its genitive complement, never an attribute of the name
_SUBSTANTIVE_STEMS = (
    "будущ",
    "прошл",
    "военн",
    "учен",
    "учён",
    "ранен",
    "погибш",
    "пострадавш",
    "задержанн",
    "заключенн",
    "заключённ",
    "пленн",
    "командующ",
    "главнокомандующ",
    "уполномоченн",
    "управляющ",
    "подданн",
    "рабоч",
    "служащ",
)
# the endings of such a word (будущее, будущего, будущему, будущим, будущем; военные, военных, военными)
_SUBSTANTIVE_ENDINGS = (
    "ее",
    "ое",
    "его",
    "ого",
    "ему",
    "ому",
    "им",
    "ым",
    "ем",
    "ом",
    "ие",
    "ые",
    "их",
    "ых",
    "ими",
    "ыми",
    "ий",
    "ый",
)


# the emphatic pronoun "itself" before a name, in the case of the preposition before it (в самом Тегеране, из самой
# Сирии, в самый Тегеран): the name's attribute; -ом, -ой alone are nouns' endings too, so it is listed
_EMPHATIC_PRONOUN = frozenset("самом самого самому самим самой самую самых самыми самое самая самый самые".split())


def _adjective_right_before(before: str) -> bool:
    """Whether the word right before a name (nothing but a space or an opening quote between) ends as an
    adjective does and is no preposition (за будущее, в новом)."""
    found = re.search(r"(?<![^\W\d_])([^\W\d_]+)[\s«\"“„]+$", before)
    if not found:
        return False
    word = found.group(1).lower()
    return (
        word not in GOVERNED_CASES
        and len(word) > 4
        and word.endswith(_ADJECTIVE_ENDINGS)
        and not word.startswith(_DETERMINER_STEMS)
    )


# pronouns that decline as adjectives and are never nouns before a name (по всему Ираку, в самом Тегеране)
_DETERMINER_STEMS = (
    "вс",
    "эт",
    "тог",
    "том",
    "тем",
    "сво",
    "наш",
    "ваш",
    "сам",
    "так",
    "кажд",
    "люб",
    "друг",
    "ин",
    "ее",
)


def substantive_adjective(word: str) -> bool:
    """An adjective or participle used as a noun (будущее, прошлом, военными, погибших, командующего): the head
    of its phrase, whose complement a name after it is, not the name's attribute."""
    word = word.lower()
    return any(word.startswith(stem) and word[len(stem) :] in _SUBSTANTIVE_ENDINGS for stem in _SUBSTANTIVE_STEMS)


# the national team in the nominative (сборная; сборные), an adjective used as a noun
_NATIONAL_TEAM = LazyPattern(r"сборн(?:ая|ые)")


def _substantive_head(word: str) -> bool:
    """An adjective or participle used as a noun, in the nominative, that a possessor written as an adjective
    before it may possess (иракские военные for "Iraq's military", Турецкая сборная for "Turkey's national
    team"): one of :func:`substantive_adjective`'s, or the national team. Only the nominative, a subject's
    case, where the word heads its phrase: in another case it may be the model's own complement of the noun
    before it (тренер катарской сборной for "Qatar's coach"), the source's possessed noun being that one."""
    word = word.lower().replace("ё", "е")
    if not word.endswith(("ая", "ые", "ие", "ый", "ий", "ое", "ее")):
        return False
    return substantive_adjective(word) or _NATIONAL_TEAM.fullmatch(word) is not None


def plural_genitive_in_ii(word: str) -> bool:
    """A noun's genitive plural in -ий (наводнений, санкций, событий, условий, территорий), not an
    adjective's -ий (российский, турецкий, бывший; последний, соседний, внешний: a consonant before н)."""
    return _noun_ending(word, "ий")


def _noun_ending(word: str, ending: str) -> bool:
    """Whether a word of five letters or more ends in a noun's ``ending`` (-ий, -ие), not the adjective's one
    like it: an adjective's has к г х ж ш щ ч before it, or н after a consonant."""
    if not word.endswith(ending) or len(word) < 5:
        return False
    before = word[-3]
    if before in "кгхжшщч":
        return False
    return not (before == "н" and word[-4] not in _VOWELS)


# the past and perfective forms of being that, negated, put what is absent in the genitive (Турции не было, не
# стало Сулеймани); not "не будет", which as often opens a future ("не будет Турция ждать")
_EXISTENCE = frozenset({"было", "стало", "осталось", "оказалось", "существовало"})
# such a negation right after a name, adverbs between ("Турция тоже не было за столом"), or "нет" before a word
_NEGATED_EXISTENCE_AFTER = LazyPattern(
    r"\s+(?:(?:тоже|также|уже|ещё|еще|больше|давно|никогда|здесь|там|и)\s+)?"
    r"(?:не\s+(?:было|стало|осталось|оказалось|существовало)|нет)(?![^\W\d_])(?!\s*[,.;:!?—–-]|\s*$)"
)
_NEGATED_EXISTENCE_BEFORE = LazyPattern(r"(?:(?<![^\W\d_])не\s+(?:было|стало|осталось|оказалось)|(?<![^\W\d_])нет)\s+$")
_NEGATION_IN_CLAUSE = LazyPattern(
    r"(?<![^\W\d_])(?:не\s+(?:было|стало|осталось|оказалось|существовало)|нет)(?![^\W\d_])"
)
# a comparison that closes a clause: "..., как и Катара" (as with Qatar), which takes the case of what it compares
_AS_WITH = LazyPattern(r",\s*(?:так\s+же\s+)?как\s+и\s+$")


def _next_member_in(after: str, case: str) -> bool:
    """Whether the list goes on after a name with a member whose ending shows this oblique case and not the
    nominative ("Ирак и регионе", "Анкара и Тегеране"): the list is in that case, the name left undeclined."""
    found = re.match(r"\s*(?:,|и|или|а также|либо)\s+([^\W\d_]+)", after)
    if not found:
        return False
    cases = _ending_cases(found.group(1).lower().replace("ё", "е"))
    return cases is not None and case in cases and "nom" not in cases


def _comma_member_case(name: NameInSentence, before: str, placed: Sequence[PlacedBefore]) -> str | None:
    """The oblique case of the name right before this one, joined to it by a comma alone ("против Ирана,
    [Россия]", "из Сочи, [Москва]"): what the model's words show of it, or, for a name that does not decline,
    what the preposition before it gives (the place where or the direction, as the source's preposition says,
    after в/на). None where the name before it is another kind of name (a person after a place), stands in
    the nominative, or the comma may end a phrase: the name after it opens the clause, as the subject of a
    verb after it ("В Тегеране, Россия заявила", "Выступая в Москве, Путин сказал")."""
    if not placed or not placed[-1].settled or placed[-1].person != name.person:
        return None
    previous = placed[-1]
    if not re.fullmatch(r"\s*,\s*", before[previous.end :]):
        return None
    if _closes_adverbial_phrase(before, previous) or _closes_introductory_phrase(before, previous):
        return None
    head = before[: previous.start]
    if (
        subject_of_next_verb(name.after, name.forms["nom"], name.person, coordinated=True)
        or _subjects_before_verb(name.after)
    ) and (_verb_in_clause(head) or _opens_with_preposition(head)):
        # "После переговоров с Ираном, Россия и ее союзники согласились", "Путин выступил в Москве, Эрдоган
        # вылетел ...": the comma ends a phrase or a clause, and the names after it are the next verb's subjects
        # (not after a noun alone: "Рейсы в Москву, Анкара и Тегеран были отменены" lists the flights' places)
        return None
    if _subject_after_opening_phrase(name, before, previous):
        return None
    if previous.tokens:
        case = _case_of(previous.tokens)
        return case if case != "nom" else None
    if previous.forms is None or _declines(previous.forms):
        return None
    found = govern(before[: previous.start], person=previous.person, names=_spans(placed[:-1]))
    if found is None or found.by != "preposition":
        return None
    if len(found.cases) == 1:
        return found.cases[0]
    if set(found.cases[:2]) == {"prep", "acc"}:
        if _place_where(name):
            return "prep"
        if name.preposition in ("to", "into", "towards", "toward"):
            return "acc"
    return None


def _subjects_before_verb(after: str) -> bool:
    """Whether a list goes on after a name with members that may stand in the nominative and ends before a
    plural finite verb, the list's own: "Россия и ее союзники согласились", "Эрдоган и его министры вылетели",
    "Россия и другие государства отвергли" (the names are that verb's subjects, not members of a list before
    the comma)."""
    found = re.match(r"\s*(?:,|и|или)\s+", after)
    if not found:
        return False
    for word in _WORD.findall(re.split(r"[,.;:!?()«»—–]", after[found.end() : found.end() + 120], maxsplit=1)[0])[:5]:
        lower = word.lower().replace("ё", "е")
        verb = _finite_verb(lower)
        if verb:
            return verb[0] == "pl"
        if lower in GOVERNED_CASES or is_infinitive(lower):
            return False  # "и трех организаций в Турции": a phrase of its own, no subject of what follows
    return False


def _opens_with_preposition(text_before: str) -> bool:
    """Whether the clause the text ends in opens with a preposition ("После переговоров с ", "В ", "Наряду с
    "): an adverbial phrase that a comma may end before the clause's subject."""
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :])]
    return any(" ".join(words[:size]) in GOVERNED_CASES for size in (3, 2, 1) if len(words) >= size)


def _absent(after: str) -> bool:
    """Whether a name is what a negated "было"/"нет" says is absent, standing before it ("Турция не было за
    столом") and no infinitive in the clause after it, whose object the name may be, put first ("Иран не было
    смысла атаковать")."""
    found = _NEGATED_EXISTENCE_AFTER.match(after)
    if not found:
        return False
    clause = re.split(r"[,.;:!?—–()]", after[found.end() : found.end() + 200], maxsplit=1)[0]
    return not any(is_infinitive(word.lower()) for word in _WORD.findall(clause))


def _compared_with_absent(before: str, placed: Sequence[PlacedBefore]) -> tuple[str, bool] | None:
    """The case a name after "..., как и" takes from what it is compared with: the genitive, where the clause
    before says a name in the genitive is absent ("Турции не было ..., как и [Катара]"), with whether the
    absence is a possessor's ("У Турции нет флота, как и [у Катара]": the preposition the model left out)."""
    if not placed or not _AS_WITH.search(before[-40:]):
        return None
    for other in reversed(placed):
        if _case_of(other.tokens) != "gen":
            continue
        text_before = before[max(0, other.start - 40) : other.start]  # only the words right before it
        text_after = before[other.end : other.end + 300]
        if re.search(r"(?<![^\W\d_])[уУ]\s+$", text_before) and re.search(
            r"(?<![^\W\d_])(?:нет|не\s+было)(?![^\W\d_])", text_after
        ):
            return "gen", True
        clause_after = re.split(r"[,;:!?—–()]", text_after, maxsplit=1)[0]  # "Сирии в списке не было, ..."
        if _NEGATION_IN_CLAUSE.search(clause_after) or _NEGATED_EXISTENCE_BEFORE.search(text_before):
            return "gen", False
    return None


def _compared_member(before: str, placed: Sequence[PlacedBefore]) -> tuple[PlacedBefore, str] | None:
    """The name a name after "..., как и" is compared with, the last placed before it in its sentence, and the
    preposition before that name ("с Ираном, как и [Турция]": с), or ""."""
    found = _AS_WITH.search(before[-40:])
    if not placed or not found:
        return None
    member = placed[-1]
    at = max(0, len(before) - 40) + found.start()  # where ", как и" begins
    if member.end > at or re.search(r"[.!?;]", before[member.end : at]):
        return None
    words = _WORD.findall(before[max(0, member.start - 30) : member.start])
    preposition = words[-1].lower() if words and words[-1].lower() in GOVERNED_CASES else ""
    return member, preposition


# what opens the second term of a comparison: "больше, чем", "лучше чем", "скорее, нежели", "так же, как",
# "столь же, как" (not "как и", whose term _compared_member reads)
_THAN = LazyPattern(
    r"(?:,\s*)?(?:(?<![^\W\d_])(?:чем|нежели)|(?<![^\W\d_])(?:так\s+же|столь\s+же|настолько\s+же)\s*,?\s*как)\s+$"
)


def _than_case(name: NameInSentence, before: str, placed: Sequence[PlacedBefore]) -> tuple[str, str | None] | None:
    """The case of a name the model left in the nominative as the second term of a comparison ("больше, чем
    [Иран]", "так же, как [Ирак]"), which takes the case of what it is compared with in the clause before.
    Compared with the dative experiencer of нужна, удалось ... ("России стабильность нужна больше, чем [Ирану]"),
    where no name in the clause stands in the nominative: the dative, unflagged where the source makes the name a
    subject of its own ("than Iran did", the experiencer's role in English), flagged otherwise. Beside a name in
    another oblique case with no nominative name to compare it with («Иран доверяет России больше, чем ...» has
    one), the nominative is kept, flagged, unless the source makes it a subject ("than Turkey did"): the
    clause's subject may be a common noun. None where the clause has a name in the nominative or none at all."""
    if (
        placed
        and re.fullmatch(r"\s*,?\s*(?:и|или|либо)\s+", before[placed[-1].end :])
        and _THAN.search(before[: placed[-1].start][-60:])
    ):
        # "чем Ирану или [Турция]": a later member of the comparison's list, read as its first member is
        return _than_case(name, before[: placed[-1].start], placed[:-1])
    found = _THAN.search(before[-60:])
    if not found or not placed:
        return None
    at = len(before) - len(before[-60:]) + found.start()
    start = max(
        (m.end() for m in re.finditer(r"[.!?;:]|,\s*(?:что|чтобы|а|но|и|когда|если|хотя)\s", before[:at])), default=0
    )
    members = [other for other in placed if start <= other.start and other.end <= at]
    if not members or any(not other.tokens for other in members):
        return None  # a name in the nominative (or none) in the clause: the comparison is most likely with it
    nominative = name.forms["nom"]
    for other in reversed(members):
        words = _WORD.findall(before[max(0, other.start - 30) : other.start])
        preposition = words[-1].lower() if words and words[-1].lower() in GOVERNED_CASES else ""
        case = _case_of(other.tokens)
        written = name.text[other.start : other.end]
        if preposition:
            if name.subject:
                return None
            return "nom", (
                f"'{nominative}': compared with '{written}' after '{preposition}' ({case}); it may need "
                f"'{preposition}' and the {case} ({preposition} {name.forms.get(case, nominative)}): check it"
            )
        own = other.forms or {}
        shown = {c for c in CASES if own.get(c, own.get("nom")) == own.get(case, own.get("nom"))} if own else {case}
        clause = {word.lower().replace("ё", "е") for word in _WORD.findall(before[other.end : at])}
        if "dat" in shown and clause & (_EXPERIENCER_PREDICATES | _LEFT_PREDICATES) and other.settled:
            # "России стабильность нужна больше, чем ...": the experiencer, whose form may be read as a genitive too
            if name.subject or name.compared:
                return "dat", None
            return "dat", (
                f"'{nominative}': compared with '{written}', the dative of the predicate before it; the dative "
                f"({name.forms.get('dat', nominative)}) was put in: check it"
            )
        if name.subject:
            return None  # "Турция продала Ираку больше нефти, чем Иран" for "than Iran did": the subject's term
        return "nom", (
            f"'{nominative}': in the nominative after a comparison with '{written}' ({case}); if the two are "
            f"compared in one role it takes that case ({name.forms.get(case, nominative)}): check it"
        )
    return None


# what compares a name with another in the clause before: "..., как и", "так же, как и", "так же как"
_AS_WITH_ANY = LazyPattern(r"(?:,\s*(?:так\s+же\s*,?\s*)?как\s+и|(?<![^\W\d_])так\s+же\s*,?\s*как(?:\s+и)?)\s+$")


def _compared_with_subject(before: str, placed: Sequence[PlacedBefore]) -> bool:
    """Whether a name after "..., как и" (так же, как и; так же как) is compared with the nominative subject of the
    clause before: a name in that clause stands in the nominative with no preposition before it
    ("Турция - нет, как и [Катар]", "Иран поддержал Сирию, как и [Россия]", "Москва выступила против, так же как и
    [Тегеран]"), and no name in the genitive is said to be absent there ("Турции не было ..., как и [Катара]")."""
    found = _AS_WITH_ANY.search(before[-40:])
    if found is None or _compared_with_absent(before, placed):
        return False
    at = max(0, len(before) - 40) + found.start()  # where the comparison begins
    for other in placed:
        if other.end > at or other.tokens or re.search(r"[.!?;:,]", before[other.end : at]):
            continue  # only the clause right before the comparison: "Как заявила Россия, Турции не хватает ..."
        words = _WORD.findall(before[max(0, other.start - 30) : other.start])
        if not (words and words[-1].lower() in GOVERNED_CASES):
            return True
    return False


def _verb_ahead_agrees(after: str, nominative: str, person: bool) -> bool:
    """Whether the first finite verb after a name in its clause (past adverbials: "в этом году дважды посетил")
    agrees with it in number and gender."""
    clause = re.split(r"[,.;:!?()«»\"—–]", after[:200], maxsplit=1)[0]
    for word in _WORD.findall(clause)[:8]:
        lower = word.lower()
        if lower in ("и", "или", "либо", "а", "но") or lower in CLAUSE_WORDS:
            return False  # another name or clause joined on: not this name's verb alone
        verb = _finite_verb(lower)
        if verb is not None:
            number, gender = verb
            genders = _genders(nominative, person)
            return "pl" in genders if number == "pl" else (not gender or gender in genders)
    return False


def _title_in_phrase(text_before: str) -> bool:
    """Whether the phrase opening the sentence before a name has a title after its preposition («В качестве
    министра иностранных дел Турции», «После встречи с президентом России»): the name after it may be read as
    the title's apposition; not the preposition's own object («В [Катаре] находится ...», «В соседнем Ираке»)."""
    words = [word.lower() for word in _WORD.findall(_PLACEHOLDER_RUN.sub(" ", _sentence_so_far(text_before)))]
    return any(_title_case(word) is not None for word in words[1:])


def _negated_verb(before: str) -> bool:
    """Whether the verb the text before a name ends in is negated ("не посетил"): its object may stand in the
    genitive of negation."""
    words = _WORD.findall(before[-60:])
    return len(words) >= 2 and words[-2].lower() in ("не", "ни")


def neuter_noun_in_ie(word: str) -> bool:
    """A neuter noun in -ие (решение, предложение, событие, участие), not an adjective's plural ending
    (российские, другие, хорошие, свежие; последние, внешние, зимние: a consonant before н): "на решение
    Ирана" governs the noun, and the name after it is the noun's genitive."""
    return _noun_ending(word, "ие")


# particles that single out the word after them and govern nothing: the verb or preposition before one governs
# the name after it ("подчиняется только Асаду", "даже с Эрдоганом" keeps its preposition first)
_FOCUS_PARTICLES = frozenset("только лишь даже именно исключительно лично непосредственно".split())


def _past_focus_particles(words: list[str]) -> list[str]:
    """The words before a name without the focus particles that end them (подчиняется [только] Асаду)."""
    while words and words[-1] in _FOCUS_PARTICLES:
        words = words[:-1]
    return words


# titles that name a relation to a person, whose possessor follows in the genitive (советник Путина)
_RELATIONS = (
    "советник",
    "союзник",
    "коллег",
    "партнер",
    "партнёр",
    "представител",
    "наследник",
    "преемник",
    "предшественник",
)
# pronouns in the accusative: the object of a verb of naming standing before it
_OBJECT_PRONOUNS = frozenset(
    {"его", "ее", "её", "их", "него", "нее", "неё", "них", "себя", "которого", "которую", "которых", "кого"}
)


def _subject_right_before(text_before: str, subjects: Sequence[tuple[int, int]]) -> bool:
    """Whether the text before a name ends in a name placed in the nominative: after a verb of naming, its own
    subject ("назвал Путин [Эрдогана] другом"), whose object the name then is, not what it is called."""
    end = len(text_before.rstrip())
    return end < len(text_before) and any(stop == end for _, stop in subjects)


def _object_before(
    text_before: str, names: Sequence[tuple[int, int]], subjects: Sequence[tuple[int, int]], clause: int
) -> bool:
    """Whether the clause has the object of the verb it ends in before that verb: an accusative pronoun, or a
    name placed in another case than the nominative ("Фидана называют ...")."""
    words = [word.lower() for word in _WORD.findall(text_before[clause:])][:-1]
    if any(word in _OBJECT_PRONOUNS for word in words):
        return True
    return any(start >= clause and (start, end) not in subjects for start, end in names)


def _subject_in_clause(text_before: str, subjects: Sequence[tuple[int, int]]) -> bool:
    """Whether a name in the nominative, or a personal pronoun in the nominative, stands earlier in the clause
    the text before a name ends in ("Они обыграли ...")."""
    clause = max((m.end() for m in re.finditer(r"[.,;:!?«»\"—–()]", text_before)), default=0)
    if any(start >= clause for start, _ in subjects):
        return True
    return any(word.lower() in _NOMINATIVE_PRONOUNS for word in _WORD.findall(text_before[clause:][-200:]))


_NOMINATIVE_PRONOUNS = frozenset("я ты он она оно мы вы они".split())


def _hide(text: str, names: Sequence[tuple[int, int]]) -> str:
    """The text with each placed name's characters neither letters nor punctuation ([[2]] is no bracket)."""
    pieces, position = [], 0
    for start, end in sorted(names):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        pieces += [text[position:start], _HIDDEN * (end - start)]
        position = end
    return "".join(pieces) + text[position:]


def _shifted(spans: Sequence[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """Spans of a text as they stand in the text without its first ``cut`` characters (those before it gone)."""
    return [(max(start - cut, 0), end - cut) for start, end in spans if end > cut]


def _words_and_names(text: str, names: Sequence[tuple[int, int]], since: int = 0) -> list[str]:
    """The last words of a text from ``since`` on, each placed name in it one word (``_NAME``),
    placeholders included."""
    window = max(len(text) - 120, since)
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text) if m.start() >= window]
    for start, end in names:
        if end > window:  # a name ending before the window hides only words before it, which are not returned
            found = [word for word in found if word[1] <= start or word[0] >= end] + [(start, end, _NAME)]
    found.sort()
    return [word for start, _, word in found if start >= window]


# the cases of the masculine and neuter singular forms of этот and тот: the same as the name's determiner
_DEMONSTRATIVE_CASES = {"ом": ("prep",), "ого": ("gen", "acc"), "ому": ("dat",), "им": ("ins",), "ем": ("ins",)}


def _through_demonstrative(before: str, after: str, nominative: str, person: bool) -> tuple[str, ...] | None:
    """The cases a preposition gives a masculine or neuter name through the demonstrative between them, where
    that is the name's determiner ("Мы мало знаем об этом Иран" for "about this Iran": об этом Иране), not
    the preposition's whole object ("Об этом Иран заявил": Iran said so, the subject). The pronoun is the
    name's where nothing in the name's clause could make it a subject: no finite verb or short adjective
    after it (the clause ends right after the name, or at a comma that opens no parenthesis before the
    subject's verb), none before it that agrees with it ("заявил об этом Эрдоган": the subject after its
    verb), and no dash (a predicate with no verb, "При этом Иран — союзник"). None elsewhere: the name
    stays as the model wrote it."""
    words = before[-80:].split()  # only the end: a run-on text of any length is read in one pass
    if len(words) < 2 or not before[-1:].isspace():
        return None
    preposition, pronoun = words[-2].lower(), words[-1].lower()
    if pronoun not in DEMONSTRATIVE_OBJECTS or preposition not in GOVERNED_CASES:
        return None
    genders = _genders(nominative, person)
    if not genders & {"m", "n"} or "f" in genders or "pl" in genders:
        return None
    shown = next(cases for ending, cases in _DEMONSTRATIVE_CASES.items() if pronoun.endswith(ending))
    cases = tuple(c for c in GOVERNED_CASES[preposition] if c in shown and (c != "acc" or person))
    if not cases:
        return None
    rest = after.lstrip()
    ends = not rest or re.match(r"[.;!?)»”]", rest)
    if not ends and (
        not rest.startswith(",")
        or subject_of_next_verb(after, nominative, person)
        or _agreeing_predicate(rest, genders)
    ):
        return None
    clause = before[_clause_start(before) : before.rstrip().rfind(words[-2])]
    for word in re.findall(r"[^\W\d_]+", clause[-GOVERNING_REACH:].lower()):
        if _singular_verb_agreeing(word, genders):
            return None  # "заявил об этом Эрдоган": the verb's subject, after it
        if word in _SHORT_ADJECTIVES:
            return None
    return cases


def _singular_verb_agreeing(word: str, genders: set[str]) -> bool:
    """Whether ``word`` is a singular finite verb a name of these genders may be the subject of (заявил for a
    masculine name; заявляет, of no gender, for any)."""
    verb = _finite_verb(word)
    return verb is not None and verb[0] == "sg" and (not verb[1] or verb[1] in genders)


def _agreeing_predicate(after: str, genders: set[str]) -> bool:
    """Whether the rest of a sentence (``after`` a name) has a singular finite verb or short adjective that
    agrees with the name: past a parenthesis too long or too nested to read ("При этом Иран, по данным
    агентства Reuters, которое ссылается на источники, заявил") it may be the name's own, which keeps the
    name the subject."""
    sentence = re.split(r"[.!?;]", after[:240], maxsplit=1)[0]
    return any(
        _singular_verb_agreeing(word, genders) or _SHORT_ADJECTIVES.get(word) in genders
        for word in re.findall(r"[^\W\d_]+", sentence)
    )


def _clause_start(text: str) -> int:
    """Where the clause the text ends in begins: after the last comma, semicolon, colon or dash (nothing
    before one governs a name after it: "Визит министра, которого Эрдоган ...")."""
    return max((m.end() for m in re.finditer(r"[,;:—–]", text)), default=0)


def _past_complement(words: list[str]) -> list[str]:
    """A title's genitive complement before a person's name left out (главой *сирийской разведки* Али
    Мамлюк), so that the title stands right before the name: up to four words, all genitive-looking."""
    for back in range(1, min(5, len(words))):
        if not _genitive_like(words[-back]):
            return words
        if _title_case(words[-back - 1].lower()) is not None:
            return words[:-back]
    return words


def _genitive_like(word: str) -> bool:
    lower = word.lower()
    if (word.isupper() and len(word) >= 2) or lower in _ZERO_ENDING_GENITIVES:
        return True  # an indeclinable acronym (главы МИД Ирана), a plural with no ending (иностранных дел)
    if len(lower) < 3 or lower in _NOT_NOUNS or lower in GOVERNED_CASES or _is_verb(lower):
        return False
    return lower.endswith(_GENITIVE_ENDINGS)


_GENITIVE_ENDINGS = ("ов", "ев", "ей", "ой", "ого", "его", "ых", "их", "ы", "и", "а", "я")
_ZERO_ENDING_GENITIVES = {"дел", "сил", "войск", "служб", "наций", "стран", "штатов"}


# participles of naming, choosing and recognising, and of being and becoming: a name right after one is in
# the instrumental, as what someone is called or made (прозванный «Волком Анатолии», ставший «Волком») or as
# the agent (назначенный Путиным, признанная Россией); long forms in every case and short ones (назван)
_PREDICATE_PARTICIPLE = LazyPattern(
    r"(?:(?:про|на)?(?:зван|зываем)|именуем|именован|провозглашен|объявлен|признан|назначен|избран|избираем"
    r"|(?:счита|явля)(?:ющ|вш)|ставш|становящ)"
    r"(?:н?(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми|ий|ее|ие|его|ем|им|их|ими|ей)|а|о|ы)?(?:ся|ась|ось|ись)?"
)
_NOMINATIVE_PARTICIPLE = ("ый", "ий", "ая", "ое", "ые", "ие")
# nouns made from those verbs (звание, название, признание, назначение): no participle, they govern no
# instrumental ("звание «Герой Республики»", "признание Асада")
_VERBAL_NOUN = LazyPattern(r"[^\W\d_]+ни(?:е|я|ю|ем|и|й|ям|ями|ях)")
# participles of calling: the name after one is what something is called (прозван «Волком Анатолии»)
_CALLING = LazyPattern(r"(?:про|на)?(?:зван|зываем)|именуем|именован")
# short passive participles (принят, отвергнута, одобрено, поддержаны), by their suffix: -ован and -нут
# belong to participles alone; -ен/-ён, -ан/-ян and -т only after the stems past participles have, so
# that nouns (план, член, стран) and present-tense verbs (говорит, стоят) are not read as ones
_SHORT_PASSIVE = LazyPattern(
    r"[а-яё]*(?:[оеё]ван|ирован|нут"
    r"|(?:[жшщчдтнлрсзбо]|[вмбпф]л)[её]н"
    r"|(?:пис|держ|зд|д|дел|зв|бр|сл|слыш|каз|вяз|рв|гн|зн|стрел|теря|сея|сы?ск|работ)ан"
    r"|(?:[пн]?ня|вз?я|ъя|нача|би|кры|бы|ви|ли|де)т)"
    r"(?:а|о|ы)?"
)
# words of that shape that are no passive participles: nouns, and short adjectives that take no agent
_NOT_SHORT_PASSIVE = frozenset(
    "член обмен феномен рентген бизнесмен джентльмен спортсмен цен сцен стен смен перемен измен времен имен "
    "племен знамен семен арен вен сирен минут чемодан должен должна должно должны нужен нужна нужно нужны "
    "согласен согласна согласны уверен уверена уверены способен способна способны обязан обязана обязаны "
    "благодарен благодарна благодарны силен сильна умен болен больна намерен намерена намерены "
    "запрет совет ответ бюджет пакет предмет кабинет скелет элит быт "
    # those nouns' plurals and genitives, which end as a plural or feminine participle does (Члены ... были)
    "члены члена обмены обмена феномены бизнесмены спортсмены цены цена сцены сцена стены стена смены смена "
    "перемены перемена измены измена арены арена вены сирены сирена минуты минута чемоданы запреты запрета "
    "советы совета ответы ответа бюджеты бюджета пакеты пакета предметы предмета кабинеты кабинета элиты элита".split()
)
# verbs of being and becoming: a name after one is what the subject is (является «Волком Анатолии»); only
# reflexive forms of считать, оказать, оставить (считается, оказался, остаётся), the others take an object
_BEING_VERBS = ("явля", "станов", "станет", "станут", "стал", "стать")
_BEING_REFLEXIVE = ("счита", "оказа", "оказыва", "остава", "оста")


def short_passive_participle(word: str) -> bool:
    """A short passive participle (отвергнут, одобрена, подписано, поддержаны): a name right after one in
    its clause is its agent, in the instrumental ("принят Турцией"), or its subject standing after it."""
    if len(word) < 4 or word in _NOT_SHORT_PASSIVE or not _SHORT_PASSIVE.fullmatch(word):
        return False
    # -бит, -вит, -лит, -дет only after a prefix (убит, разбит, залит, одет): after a stem they end a verb in
    # the present or future (любит, ставит, хвалит, ведет)
    monosyllabic = re.fullmatch(r"([а-яё]*?)(?:би|ви|ли|де)т[аоы]?", word)
    if monosyllabic and monosyllabic.group(1) not in _PARTICIPLE_PREFIXES:
        return False
    # -дан (дать, создать: дан, продан, передан, создан) only bare or after prefixes: after a stem it ends a
    # noun, a genitive plural above all (граждан, "of citizens"; чемодан, Судан, Иордан)
    given = re.fullmatch(r"([а-яё]*?)дан[аоы]?", word)
    return not given or _prefixes_only(given.group(1)) or _prefixes_only(given.group(1).removesuffix("з"))


def _prefixes_only(letters: str) -> bool:
    """Whether ``letters`` are nothing, a verb prefix (про-дан, со-здан) or one before со or из (вос-со-здан,
    пере-из-дан)."""
    if not letters or letters in _PARTICIPLE_PREFIXES or letters in ("вос", "воз", "роз"):
        return True
    return letters.endswith(("со", "из")) and letters[:-2] in _PARTICIPLE_PREFIXES | {"вос"}


# the prefixes of a one-syllable verb's short participle (у-бит, за-лит, о-дет, раз-бит)
_PARTICIPLE_PREFIXES = frozenset(
    "в во вз вс вы до за из ис изо на над недо о об обо от ото пере по под подо пре пред при про раз рас разо с "
    "со у".split()
)


def _participle_gender(word: str) -> str:
    """The gender (or "pl") a short participle shows: отвергнут m, отвергнута f, отвергнуто n, отвергнуты pl."""
    return {"а": "f", "о": "n", "ы": "pl"}.get(word[-1], "m")


def _verb_case(verb: str) -> tuple[str, ...] | None:
    """The case a verb governs its object in (поставлять кому: dat; называть кого: acc; являться кем:
    ins), or None."""
    if verb.startswith(_BEING_VERBS) or (verb.endswith(("ся", "сь")) and verb.startswith(_BEING_REFLEXIVE)):
        return ("ins",)
    for stems, case in _VERB_GOVERNS:
        if verb.startswith(stems):
            return (case,)
    return None


# verbs whose only object is a dative, with no accusative one (принадлежать кому, угрожать кому, помогать
# кому): a relative pronoun in the nominative before one is its subject, never its object
_DATIVE_ONLY_VERBS = (
    *("принадлеж", "угрожа", "пригрози", "грози", "помога", "помог", "помоч", "противостоя", "сопротивля"),
    *("препятств", "помеша", "меша", "способствова", "способству", "сочувств", "противореч", "подража"),
    *("содейств", "противодейств", "служи", "вреди", "навреди", "мсти", "отомсти", "предшеств"),
)
# a relative pronoun in the nominative, with the verb endings that agree with it as its subject
_RELATIVE_SUBJECTS = {
    "что": ("ит", "ет", "ёт", "ло", "ится", "ется", "лось"),
    "который": ("ит", "ет", "ёт", "л", "ится", "ется", "лся"),
    "которая": ("ит", "ет", "ёт", "ла", "ится", "ется", "лась"),
    "которое": ("ит", "ет", "ёт", "ло", "ится", "ется", "лось"),
    "которые": ("ят", "ат", "ут", "ют", "ли", "ятся", "атся", "утся", "ются", "лись"),
}
# what "что" refers back to where it opens a relative clause ("ничего, что", "всё, что"), not a verb's clause
# ("заявил, что": there it is a conjunction, and a name after the verb may be its subject)
_WHAT_ANTECEDENTS = frozenset(
    "ничего ничто всё все всего всему всем то того тому тем том это этого этому этим этом нечто многое "
    "многого немногое немногого".split()
)
# words that may stand between the pronoun and its verb without being either's: adverbs, particles
_BETWEEN_RELATIVE_AND_VERB = frozenset("не всегда уже также тоже ещё еще издавна исторически теперь ныне лишь".split())


def _relative_subject_before(text_before: str, verb: str) -> bool:
    """Whether the clause before a name opens with a relative pronoun in the nominative that is the subject of
    the verb right before the name, a verb whose only object is a dative: "ничего, что принадлежит [Ираку]",
    "доля, которая принадлежит [Турции]". The pronoun cannot be that verb's object (a dative one is чему,
    которому), so the name after the verb is its object, in the dative, not an inverted subject. "Что"
    only after a word it refers back to (ничего, всё, то, это): after a verb it is a conjunction ("заявил,
    что угрожает Иран": Iran threatens)."""
    if not verb.startswith(_DATIVE_ONLY_VERBS):
        return False
    clause = _clause_start(text_before)
    words = [word.lower() for word in _WORD.findall(text_before[clause:])]
    if len(words) < 2 or words[-1] != verb or words[0] not in _RELATIVE_SUBJECTS:
        return False
    if not all(word in _BETWEEN_RELATIVE_AND_VERB for word in words[1:-1]):
        return False
    if not verb.endswith(_RELATIVE_SUBJECTS[words[0]]):
        return False
    if words[0] != "что":
        return True
    before = _WORD.findall(text_before[: clause - 1] if clause else "")
    return clause > 0 and text_before[clause - 1] == "," and bool(before) and before[-1].lower() in _WHAT_ANTECEDENTS


def _is_verb(word: str) -> bool:
    """A verb form by its ending: infinitive, past, present, imperative, reflexive (not a noun in -ость,
    -ости)."""
    if word in _NOUNS_LIKE_VERBS:
        return False
    if word.endswith("ть"):
        return word[-3:-2] in "аеиоуыяю" or word in _CONSONANT_INFINITIVES
    return word.endswith(_VERB_ENDINGS) or word.endswith((*_INFINITIVES_IN_TI, "чь"))


def is_infinitive(word: str) -> bool:
    return _is_verb(word) and word.endswith(("ть", "чь", "ться", "тись", *_INFINITIVES_IN_TI))


def _may_have_subject_after(verb: str) -> bool:
    """A finite verb in the singular: a name right after it may be its subject ("заявил Эрдоган")."""
    return verb.endswith(("л", "ла", "ет", "ит", "ёт", "ется", "ится", "лся", "лась"))


# Verbs of news copy whose person object stands in the dative (обещать кому, помочь кому, сообщить кому), by
# stem, every aspect and tense: a name right after one of them in the accusative or the genitive ("Путин
# пообещал Эрдогана") is in a case the verb cannot give its addressee.
DATIVE_VERBS = (
    "обеща",
    "пообеща",
    "помог",
    "помоч",
    "помога",
    "звони",
    "позвони",
    "угрожа",
    "пригрози",
    "сообщи",
    "сообща",
    "переда",
    "предложи",
    "предлага",
    "ответи",
    "отвеча",
    "написа",
    "напиш",
    "писал",
    "пишет",
    "позволи",
    "позволя",
    "разреши",
    "разреша",
    "запрети",
    "запреща",
    "приказа",
    "приказыва",
    "вручи",
    "вруча",
    "вырази",
    "выража",
    "советова",
    "посоветова",
    "совету",
    "посовету",
    "меша",
    "помеша",
    "противостоя",
    "сказа",
    "пожела",
    "напомни",
    "напомина",
    "доверя",
    "довери",
    "уступ",
    "объясни",
    "объясня",
    "поясни",
    "поясня",
    "рассказа",
    "рассказыва",
)
# those of them that may also take a person as their direct object, in the accusative ("предложил Эрдогана в
# качестве посредника", "передал Мамлюка властям"): a name in the accusative after one may be right
_DATIVE_OR_PERSON_OBJECT = ("переда", "предложи", "предлага")
# infinitives of news copy that take no direct object (going, staying, taking part): a name before them
# cannot be their object ("приказал Фидану вылететь в Москву")
_INTRANSITIVE_INFINITIVES = (
    "лететь",
    "летать",
    "ехать",
    "езжать",
    "йти",
    "идти",
    "ходить",
    "прибыть",
    "бывать",
    "быть",
    "ступить",
    "ступать",
    "участвовать",
    "голосовать",
    "работать",
    "жить",
    "молчать",
    "ждать",
)


def _object_of_infinitive_after(after: str) -> bool:
    """Whether a person's name before ``after`` may be the accusative object of the infinitive opening it,
    put first ("пообещал Асада не бросать", "пообещал Асада поддержать в борьбе"): a verb that may take one
    (not reflexive, not of going or staying) with no object of its own after it, where the sentence or the
    clause ends or a preposition follows. An infinitive with a word of its own after it ("помог Асаду
    выиграть войну") leaves the name no role but the addressee's."""
    words = re.findall(r"[^\W\d_]+|[^\w\s]", after)[:3]
    if words[:1] == ["не"]:
        words = words[1:]
    if not words or not is_infinitive(words[0].lower()):
        return False
    verb = words[0].lower()
    if verb.endswith(("ся", "сь")) or verb.endswith(_INTRANSITIVE_INFINITIVES):
        return False
    rest = words[1].lower() if len(words) > 1 else ""
    return not rest or not rest[:1].isalpha() or rest in _AFTER_OBJECT


# words after a name that leave it no other role than the verb's object: a clause, a preposition's phrase,
# an adverb of manner ("пообещал Эрдогану, что ...", "помог Асаду в войне")
_AFTER_OBJECT = frozenset(
    "и а но или что чтобы в во на о об по с со за к ко до после при перед через от из у для не лично "
    "также тоже еще ещё уже снова вновь".split()
)


# verbs and the case of the object right after them (the commonest reading)
_VERB_GOVERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "поставл",
            "постави",
            "помог",
            "помоч",
            "помога",
            "угрожа",
            "пригрози",
            "позвони",
            "звони",
            "переда",
            "прода",
            "заплати",
            "плати",
            "доверя",
            "противостоя",
            "сопротивля",
            "препятств",
            "помеша",
            "меша",
            "способствова",
            "способству",
            "уступ",
            "подчин",
            "навяза",
            "навязыва",
            "сочувств",
            "соболезн",
            "противореч",
            "подража",
            "проигра",  # проиграть кому (lose to)
            "аплодир",
            "симпатизир",
            "содейств",
            "противодейств",
            "оппонир",
            "поручи",
            "поруча",
            "верил",
            "верит",
            "верят",
            "повери",
            "служи",
            "вреди",
            "навреди",
            "грози",
            "возража",
            "возрази",
            "сдался",
            "сдалась",
            "сдались",
            "сдастся",
            "сдаться",
            "мсти",
            "мстит",
            "отомсти",
            "угожда",
            "угоди",
            "покровительств",
            "льсти",
            "польсти",
            "подыгр",
            "предшеств",
            "принадлеж",  # принадлежать кому (belong to)
            *(stem for stem in DATIVE_VERBS if stem not in _DATIVE_OR_PERSON_OBJECT),
        ),
        "dat",
    ),
    (
        (
            "называ",
            "назва",
            "назов",
            "поддерж",
            "обвин",
            "осужд",
            "осуди",
            "критикова",
            "критику",
            "призва",
            "призыва",
            "благодар",
            "поблагодар",
            "посети",
            "посеща",
            "возглав",
            "атакова",
            "атаку",
            "признава",
            "поздрав",
            "упрекну",
            "упрека",
            "убеди",
            "убежда",
            "назнач",
            "избра",
            "избира",
            "освобод",
            "арестова",
            "арестову",
            "задержа",
            "задерж",
            "обвиня",
            "упомяну",
            "упомина",
            "покину",
            "покида",
            "захвати",
            "захватыва",
            "бомби",
            "обстреля",
            "обстрелива",
        ),
        "acc",
    ),
    (
        (
            *("руковод", "управля", "командова", "командую", "восхища", "горди", "гордя"),
            *("владе", "завладе", "овладе", "пожертвова", "жертву", "пренебр", "рискова", "рискну", "рискует"),
            *("воспольз", "пользова", "пользуе", "распоряжа", "распоряди", "манипулир", "заручи", "дорожи"),
            *("занимался", "занималась", "занимались", "занимается", "занимаются", "заниматься", "занялся"),
            *("занялась", "займется", "займётся", "интересовался", "интересовалась", "интересуется"),
        ),
        "ins",
    ),
    (
        (
            *("опаса", "избега", "добива", "добил", "достиг", "лишил", "лиша", "лиши", "боит", "боят", "боял"),
            *("достич", "избеж"),  # infinitives whose stem is not the past's (достичь, избежать)
            *("каса", "косну", "придержива", "остерега", "сторони", "стыди", "дожда", "дожд"),
        ),
        "gen",
    ),
)
# verbs of naming: a second name after their object is in the instrumental
_CALLING_VERBS = ("называ", "назва", "назов", "счита")
_NAMING_VERBS = ("называ", "назва", "назов", "счита", "объяви", "объявля", "назнач", "избра", "избира", "призна")
_INFINITIVES_IN_TI = (
    "идти",
    "йти",
    "нести",
    "везти",
    "вести",
    "расти",
    "ползти",
    "спасти",
    "трясти",
    "плести",
    "цвести",
    "брести",
    "грести",
)
_NOUNS_LIKE_VERBS = {
    *("сеть", "треть", "путь", "суть", "мать", "знать", "нить", "плеть", "смерть"),
    *("речь", "ночь", "дочь", "печь", "мелочь", "горечь", "желчь"),
}
_CONSONANT_INFINITIVES = {
    "есть",
    "съесть",
    "сесть",
    "красть",
    "класть",
    "пасть",
    "упасть",
    "напасть",
    "попасть",
    "пропасть",
    "прясть",
    "лезть",
    "грызть",
}


def _towards(cases: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
    """в/на/за/под/о take the accusative after words of motion or action towards something."""
    if "acc" not in cases or len(cases) == 1:
        return cases
    if _motion_before(before):
        return ("acc", *(c for c in cases if c != "acc"))
    return cases


# adverbs of how often: "дважды в Тегеран" is no noun's place (курдские чиновники в Эрбиле)
_HOW_OFTEN = frozenset("однажды дважды трижды четырежды многократно несколько раз раза".split())
# what may stand between two places a verb of motion leads to: "ездил в Москву и дважды в Тегеран"
_BETWEEN_DESTINATIONS = (
    frozenset(
        "и а также затем потом после этого ещё еще снова вновь один два три четыре пять шесть семь восемь девять "
        "десять".split()
    )
    | _HOW_OFTEN
)


def _motion_before(before: list[str]) -> bool:
    """Whether a word of motion or action towards a place stands among the last words before a preposition
    (``before``, the names left out): right before it, or before an earlier в/на the same verb leads to
    ("ездил в [Москву] и дважды в ...")."""
    words = list(before)
    while words:
        if any(word.startswith(_TOWARDS) or word in _TOWARDS_WORDS for word in words[-3:]):
            return True
        while words and words[-1] in _BETWEEN_DESTINATIONS:
            words.pop()
        if len(words) == len(before) or not words or words[-1] not in ("в", "во", "на"):
            return False
        words.pop()  # the earlier destination's preposition: look before it
        before = words[:]
    return False


# verbs of arriving and leaving, which take no object: a name after one is its subject ("в Анкару приезжает
# Путин"), and «в» + a place before one is where it goes ("в Тегеран прилетела делегация")
_ARRIVING = (
    "прибы",
    "прибуд",
    "приех",
    "приезж",
    "приед",
    "прилет",
    "прилёт",
    "пришл",
    "пришел",
    "пришёл",
    "приход",
    "приплы",
    "вылет",
    "улет",
    "уеха",
    "уезжа",
    "въех",
    "въезжа",
    "вошл",
    "вошел",
    "вошёл",
    "вход",
    "переех",
    "переезжа",
    "добра",
    "добира",
    "ворва",
    "врыва",
    "вторг",
    "вторга",
)


# verbs of going, sending and bringing somewhere (not every word of _TOWARDS: возложили ответственность на)
_MOTION_VERBS = (
    *_ARRIVING,
    "отправ",
    "направ",
    "верну",
    "возвращ",
    "перебро",
    "ввод",
    "ввел",
    "ввёл",
    "ввели",
    "введ",
    "доставл",
    "достав",
    "перевез",
    "отвез",
    "ездил",
    "ездит",
    "ездят",
    "съезди",
    "ехал",
    "едет",
    "едут",
    "поеха",
    "поедет",
    "поедут",
    "летал",
    "летает",
    "летит",
    "летят",
    "летел",
    "полетел",
    "полетит",
    "отбы",
)


def _motion_after(after: str) -> bool:
    """Whether a verb of motion (or a short participle of one, введены) follows a name within its first three
    words and its clause: «в Тегеран прилетела делегация», «в Анкару в понедельник прибыл»: the place is where
    the motion goes."""
    clause = re.split(r"[,.;:!?—–()«»]", after[:200], maxsplit=1)[0]
    for word in [word.lower() for word in _WORD.findall(clause)][:3]:
        if word in ("и", "а", "но", "или"):
            return False  # another predicate: "родился в Ирак и вернулся"
        if word in _TOWARDS_WORDS:
            return True
        if word.startswith(_MOTION_VERBS) and (_is_verb(word) or short_passive_participle(word)):
            return True
    return False


def _pressure_after(before: str, after: str) -> bool:
    """Whether a name after на is what pressure is put on, the noun of pressure following within the first three
    words of its clause («На Ирак оказывает давление Вашингтон», «на Анкару усилили нажим»): на + the accusative,
    as in давление на Ирак."""
    if [word.lower() for word in _WORD.findall(before[-12:])][-1:] != ["на"]:
        return False
    clause = re.split(r"[,.;:!?—–()«»]", after[:200], maxsplit=1)[0]
    return any(word.lower().startswith(("давлен", "нажим")) for word in _WORD.findall(clause)[:3])


# English prepositions of the place where something is (not where it goes): "в"/"на" after them is the prepositional
_WHERE = frozenset({"in", "inside"})


def _place_where(name: NameInSentence) -> bool:
    """Whether the source puts the name after "in" (not after a word of motion: "arrived in Tehran"), and no word
    of motion follows it either ("в Тегеран прилетела делегация"): the place where, in the prepositional."""
    if name.preposition not in _WHERE:
        return False
    following = [word.lower() for word in _WORD.findall(re.split(r"[,.;:!?—–()«»]", name.after[:200], maxsplit=1)[0])][
        :2
    ]
    return not any(word.startswith(_TOWARDS) or word in _TOWARDS_WORDS for word in following)


def _in_or_into(preposition: str, before: list[str]) -> bool:
    """Whether "в" after these words may mean "into" as well as "in" (удар в Тегеран / в Тегеране)."""
    return preposition in ("в", "во") and any(word.startswith(_AIMED) for word in before[-3:])


def _after_name(text_before: str) -> bool:
    """Whether a name stands right after another (Россия [Путин]): the verb after both may be the first's."""
    return text_before.rstrip(" ").endswith(_HIDDEN)


_ABBREVIATION_BEFORE = LazyPattern(r"(?<![^\W\d_])[А-ЯЁ]{2,6}\s+$")


def _after_abbreviation(text_before: str) -> bool:
    """Whether a name stands right after an abbreviation of a body (ПВО, МИД, ВВС, МВД, КСИР): a noun that
    shows no ending, read by its Cyrillic capitals alone."""
    return _ABBREVIATION_BEFORE.search(text_before) is not None


def _after_possessum(text_before: str) -> bool:
    """Whether a name stands right after what it possesses: another name (Россия [Путина]), a noun
    (эмир [Катара], усилия [Катара]) or a body's abbreviation (ПВО [Ирана]), not a generic word it names in
    apposition (провинции Идлиб)."""
    if _after_name(text_before) or _after_abbreviation(text_before):
        return True
    match = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", text_before)
    if not match or opens_clause(text_before):
        return False
    word = match.group(1).lower()
    return not word.startswith(_GENERIC_PLACES) and (
        _noun(word)
        or _title_case(word) is not None
        or word.endswith(("ы", "и", "а", "я"))
        or neuter_noun_in_ie(word)  # давление [Вашингтона]
        or word.endswith(("ство", "тво"))  # руководство [Ирана]
    )


# nouns of a place's parts and sides, whose complement is the place in the genitive, never in apposition: с
# территории Иракского Курдистана, на севере Сирии, со стороны Турции, в окрестностях Дамаска
_PART_OF_PLACE = (
    "территори",
    "сторон",
    "направлени",
    "предел",
    "окрестност",
    "глубин",
    "побережь",
    "пространств",
    "границ",
    "север",
    "юг",
    "запад",
    "восток",
    "северо-",
    "юго-",
    "центр",
    "окраин",
    "пригород",
    "столиц",
)


def part_of_place_before(text_before: str) -> bool:
    """Whether a place name stands right after a preposition and a noun of a place's part or side ("с
    территории", "на севере", "со стороны"): the noun's complement, in the genitive."""
    words = [word.lower() for word in _WORD.findall(text_before[-60:])]
    return (
        len(words) >= 2
        and bool(re.search(r"[^\W\d_]\s+$", text_before))
        and words[-2] in GOVERNED_CASES
        and words[-1].startswith(_PART_OF_PLACE)
        and not _verb_form(words[-1])
    )


# generic words whose own name stands beside them in apposition, in the nominative: провинция Идлиб,
# город Хама, группировка «Аль-Каида» (an airport or a port is more often the city's: аэропорта Багдада)
_APPOSITION_HEADS = (
    "провинци",
    "город",
    "район",
    "област",
    "регион",
    "деревн",
    "сел",
    "поселк",
    "посёлк",
    "мухафаз",
    "округ",
    "штат",
    "остров",
    "группировк",
    "организаци",
    "движени",
    "ячейк",
    "формировани",
    "альянс",
    "коалици",
    "сет",
)
# generic words a place name may stand beside in apposition, in the nominative
_GENERIC_PLACES = (*_APPOSITION_HEADS, "аэропорт", "авиабаз", "баз", "зон", "порт")


# a city's airport and port, in their declined forms, whose place name follows in the genitive (аэропорта
# Багдада, в порту Латакии); the nominative forms are left out, where a name may be the facility's own
_FACILITIES_OF_PLACES = frozenset(
    f"{stem}{ending}" for stem in ("аэропорт", "порт") for ending in ("а", "у", "ом", "е", "ов", "ам", "ами", "ах")
)


def _after_facility_of_place(text_before: str) -> bool:
    """Whether a place name stands right after a declined airport or port ("возле аэропорта", "в порту"): the
    facility's city, its genitive complement, whatever case the facility is in."""
    match = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", text_before)
    return match is not None and match.group(1).lower() in _FACILITIES_OF_PLACES


def locative_after_noun(text_before: str) -> bool:
    """Whether the name follows в/на (across adjectives) that follow a noun, with no word of motion
    before: "курдские чиновники в Эрбиле" is a place, not a direction."""
    words = [word.lower() for word in _WORD.findall(text_before[-120:])]
    while words and words[-1].endswith(_ADJECTIVE_ENDINGS) and len(words[-1]) > 4:
        words.pop()
    if len(words) < 2 or words[-1] not in ("в", "во", "на") or not _noun(words[-2]):
        return False
    return not _motion_before(words[:-1]) and not any(
        word.startswith(_TOWARDS) or word in _TOWARDS_WORDS for word in words[-5:-1]
    )


def _noun(word: str) -> bool:
    """A word that is most likely a noun: lowercase, no verb, adjective or function word by its form."""
    return (
        len(word) > 2
        and word not in _NOT_NOUNS
        and word not in GOVERNED_CASES
        and not _verb_form(word)
        and (not word.endswith(_ADJECTIVE_ENDINGS) or plural_genitive_in_ii(word))
        and not word.endswith(("о", "е"))
        and _title_case(word) is None
    )


def _neuter_or_prepositional_noun(word: str, adjective: str) -> bool:
    """A noun in -о or -е (which :func:`_noun` leaves out, as adverbs end so) after an adjective whose ending
    it agrees with: a neuter's nominative or accusative (тегеранское правительство, иракское посольство) or a
    prepositional (в иракском министерстве, о турецком после)."""
    return (
        len(word) > 3
        and word.endswith(("о", "е"))
        and adjective.lower().endswith(("ое", "ее", "ом", "ем"))
        and (word.endswith("е") or adjective.lower().endswith(("ое", "ее")))
        and word not in _NOT_NOUNS
        and word not in GOVERNED_CASES
        and word not in _TIME_ALONE
        and not word.endswith(_ADJECTIVE_ENDINGS)
        and not _verb_form(word)
    )


_VERB_ENDINGS = (
    "л",
    "ла",
    "ло",
    "ли",
    "ть",
    "ет",
    "ит",
    "ют",
    "ут",
    "ат",
    "ят",
    "ся",
    "сь",
    "ешь",
    "ишь",
    "ете",
    "ите",
    "ем",
    "им",
    "йте",
)
_NOT_NOUNS = {
    "и",
    "а",
    "но",
    "или",
    "либо",
    "также",
    "тоже",
    "ни",
    "не",
    "да",
    "же",
    "ли",
    "бы",
    "уже",
    "еще",
    "ещё",
    "только",
    "даже",
    "именно",
    "вот",
    "это",
    "так",
    "затем",
    "потом",
}


def _pronoun_forms(*stems_and_endings: tuple[str, str]) -> set[str]:
    return {stem + ending for stem, endings in stems_and_endings for ending in endings.split()}


# demonstratives: a name after one ("Кто такой «Волк Анатолии»?") follows no noun it could complete
_NOT_NOUNS |= _pronoun_forms(("так", "ой ая ое ие"), ("эт", "от а и"), ("т", "от а е"))
# the oblique forms of the demonstratives and of "всё": after a preposition, the pronoun is its whole object
# ("вместо этого", "после этого", "кроме того", "при этом", "до всего"), an adverbial that ends the phrase, so
# the name after it is governed by nothing there ("вместо этого Фидан поедет": the subject)
DEMONSTRATIVE_OBLIQUE = frozenset(
    _pronoun_forms(("эт", "ого ому им ом ой у их ими"), ("т", "ого ому ем ом ой у ех еми"), ("вс", "его ему ем"))
)
_NOT_NOUNS |= DEMONSTRATIVE_OBLIQUE
# of those, the ones a preposition takes as its whole object: the neuter singular ("вместо этого", "при этом",
# "к тому же"); a feminine or plural form, or one of "весь", is the name's own determiner ("по всему Ирану", "для
# всей Сирии", "в этой Турции"), and the preposition governs the name through it
DEMONSTRATIVE_OBJECTS = frozenset(_pronoun_forms(("эт", "ого ому им ом"), ("т", "ого ому ем ом")))


# Relative and interrogative pronouns and adverbs, subordinating conjunctions: each opens a clause, so
# nothing before it governs a name after it, and it governs none itself ("в ходе которого Путин и
# Эрдоган договорились": the clause's subject, in the nominative)
CLAUSE_WORDS = frozenset(
    _pronoun_forms(
        ("котор", "ый ого ому ым ом ая ой ую ое ые ых ыми"),
        ("как", "ой ого ому им ом ая ую ое ие их ими"),
        ("чь", "его ему им ем ём я ей ю е ё и их ими"),
        ("ко", "го му"),
    )
    | {
        "чей",
        "кто",
        "кем",
        "ком",
        "что",
        "чего",
        "чему",
        "чем",
        "где",
        "куда",
        "откуда",
        "когда",
        "как",
        "почему",
        "зачем",
        "сколько",
        "чтобы",
        "если",
        "хотя",
        "пока",
        "поскольку",
        "ибо",
        "словно",
        "будто",
        "едва",
        "раз",
    }
)
_NOT_NOUNS |= CLAUSE_WORDS
# adverbs and connectives that open a sentence or stand before its subject: they govern no name, so a
# nominative name after them is the subject ("Однако Эрдоган ответил", "Впоследствии Асад отверг")
_NOT_NOUNS |= frozenset(
    "однако поэтому теперь сейчас вскоре впоследствии позже позднее ранее прежде вновь снова наконец "
    "впервые лично официально публично неоднократно вчера сегодня завтра тогда давно недавно временем "
    "зато причем причём притом итак вероятно возможно видимо очевидно кстати по-прежнему по-видимому".split()
)
_NOT_NOUNS |= _HOW_OFTEN


# endings of participles and relational adjectives in the nominative: before a name, its attribute
_ATTRIBUTE_ENDINGS = tuple(
    f"{stem}{ending}" for stem in ("нн", "вш", "щ", "ем", "им", "ск", "цк") for ending in ("ый", "ий", "ая", "ые", "ие")
)
# a dash between two names, glued or spaced, and the name after it ("Россия — Турция", "Асад–Путин", "[[2]]")
_DASH_PAIR = LazyPattern(r"\s*[-\u2010-\u2015\u2212]\s*(?:\[\[\s*\d+\s*\]\]|[A-ZА-ЯЁ])")


def _opens_dash_pair(after: str) -> bool:
    """Whether a name is the first of two joined by a dash ("отношения Россия — Турция", "встреча Асад–Путин",
    "рейсы Москва—Анкара"): a pair named after a noun stands in the nominative."""
    return bool(_DASH_PAIR.match(after))


def after_noun(text_before: str, person: bool = True) -> bool:
    """Whether a name follows a noun directly ("аэропорта Багдад", "будущее Идлиб", "эмира Катар"):
    there it is most often that noun's genitive complement, so a nominative name is suspect. A
    person's name after a title is in apposition instead ("президент Эрдоган")."""
    match = re.search(r"(?<![^\W\d_])([^\W\d_]+)[\s«\"“„]+$", text_before)
    if not match:
        return False
    word = match.group(1)
    lower = word.lower()
    opening = opens_clause(text_before[: match.start(1)])  # capitalised as the first word, not as a name
    if not (word[:1].islower() or opening) or lower in _NOT_NOUNS or lower in GOVERNED_CASES or len(lower) < 3:
        return False
    if lower.endswith(_ATTRIBUTE_ENDINGS) or (lower.endswith(_NOMINATIVE_ADJECTIVE) and len(lower) > 4):
        return False  # "Переизбранный Эрдоган", "Официальная Москва": an attribute of the name, not a noun
    if _verb_form(lower) or (not person and lower.startswith(_APPOSITION_HEADS)):
        return False  # "группировки «Аль-Каида»": a body or a place in apposition to a generic word
    if _time_adverbial(text_before[: match.end(1)]) or _DURATION.search(text_before[-80:]):
        return False  # "В среду Хаменеи принял ...", "через несколько дней Иран": a time, not a noun the name completes
    return not (person and is_title_word(lower))


# endings only an adjective has in the nominative (not -ий, -ие, -ее, which nouns have too: сценарий, решение)
_NOMINATIVE_ADJECTIVE = ("ая", "яя", "ый", "ое", "ые")


# nouns of time that, after a preposition, make an adverbial ("в среду", "в марте", "в прошлом году"), and
# words of time that are adverbials alone ("утром", "накануне")
_TIME_NOUNS = (
    "понедельник",
    "вторник",
    "сред",
    "четверг",
    "пятниц",
    "суббот",
    "воскресень",
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "год",
    "недел",
    "месяц",
    "день",
    "дни",
    "днях",
    "выходн",
    "утр",
    "вечер",
    "ночь",
    "ночью",
    "полдень",
)
# a span of time in the genitive after its preposition or with its count ("через несколько дней", "в течение недели",
# "спустя два месяца", "на протяжении многих лет"): an adverbial, never the noun a name after it completes
_DURATION = LazyPattern(
    r"(?<![^\W\d_])(?:через|спустя|в\s+течение|на\s+протяжении|в\s+продолжение|после|около|более|менее)\s+"
    r"(?:(?:несколько|нескольких|пару|пары|много|многих|немало|пять|шесть|семь|восемь|девять|десять|\d+"
    r"|два|две|двух|три|трех|трёх|четыре|четырех|четырёх|[^\W\d_]+(?:ой|ей|ого|его|ых|их|ие|ые|ую|юю))\s+){0,2}"
    r"(?:дн(?:я|ей)|суток|недел(?:и|ь|ю)|месяц(?:а|ев)?|год(?:а)?|лет|час(?:а|ов)?|минут)\s+$",
    re.IGNORECASE,
)
_TIME_PREPOSITIONS = frozenset({"в", "во", "на", "к", "ко", "по", "с", "со", "до", "после", "перед"})
_TIME_ALONE = frozenset({"утром", "вечером", "ночью", "днем", "днём", "сегодня", "вчера", "накануне"})


def _time_adverbial(text: str) -> bool:
    """Whether the text ends in an adverbial of time: a preposition, adjectives, a noun of time (в среду,
    в прошлом году, на этой неделе, в начале марта is not: "начале" completes "марта")."""
    words = [word.lower() for word in _WORD.findall(text[-80:])]
    if not words:
        return False
    if words[-1] in _TIME_ALONE:
        return True
    noun = words[-1]
    if not (noun.startswith(_TIME_NOUNS) and len(noun) <= 12):
        return False
    if noun.startswith("ма") and not noun.startswith("март") and noun not in ("май", "мая", "мае"):
        return False  # ма- is "May" only as май/мая/мае (not "масштаб", "марш")
    rest = words[:-1]
    while rest and rest[-1].endswith((*_ADJECTIVE_ENDINGS, "ом", "ем", "ой", "ей")) and len(rest[-1]) > 2:
        rest.pop()
    return bool(rest) and rest[-1] in _TIME_PREPOSITIONS


# phrases of manner that stand between a verb and its object in news copy: "обсудили по телефону [Идлиб]"
_MANNER_PHRASE = LazyPattern(
    r"(?<![^\W\d_])(?:по\s+(?:телефону|видеосвязи|видеоконференцсвязи)|в\s+(?:телефонном\s+разговоре|ходе\s+"
    r"(?:визита|встречи|переговоров))|лично|публично|официально|открыто|ранее|также|вновь|снова|еще|ещё|уже)\s+$",
    re.IGNORECASE,
)


def past_adverbial(text_before: str) -> str | None:
    """The text before a name without the short adverbial phrase between a verb and the name (a phrase of time,
    "в среду", "на этой неделе", "вчера"; of manner, "по телефону", "лично"; one or two of them), where a verb
    stands right before that phrase: "обсудили по телефону [Иран]", "поблагодарил в среду [Турцию]". The verb
    governs the name across it. None where no such phrase ends the text, or no verb stands before it."""
    text = text_before
    for _ in range(2):
        manner = _MANNER_PHRASE.search(text)
        if manner:
            text = text[: manner.start()]
            continue
        if not _time_adverbial(text.rstrip()) or not re.search(r"[^\W\d_]\s+$", text):
            break
        words = list(re.finditer(r"[^\W\d_]+", text))
        if words[-1].group().lower() in _TIME_ALONE:
            text = text[: words[-1].start()]
            continue
        index = len(words) - 2
        while index >= 0 and words[index].group().lower() not in _TIME_PREPOSITIONS:
            index -= 1
        if index < 0:
            break
        text = text[: words[index].start()]
    if text == text_before:
        return None
    last = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", text)
    if not last or not last.group(1).islower() or not _is_verb(last.group(1)) or _finite_verb(last.group(1)) is None:
        return None
    return text


_HARD_ENDINGS = str.maketrans({"ы": "и", "я": "а", "ю": "у", "е": "о", "ё": "о"})


def _adjective_ending(word: str) -> str:
    """An adjective's ending, hard and soft alike: новый ~ российский, нового ~ синего, иракская ~ гражданская."""
    return word.lower()[-2:].translate(_HARD_ENDINGS)


def _singular(nominative: str, person: bool, after: str) -> bool:
    """Whether a name is one singular noun, no list going on after it (for the adjectives before it)."""
    return "pl" not in _genders(nominative, person) and not _LIST_GOES_ON.match(after)


def _opening_phrase(text_before: str) -> bool:
    """Whether the clause so far is a prepositional phrase alone, no verb in it, the comma after it left out
    ("Из-за наводнений Иран отложил ...", "После долгих переговоров Турция согласилась ..."): a name after it
    that its verb agrees with is that verb's subject, not the genitive of the noun before it. Only where the
    source makes the name no possessor (not "after Iran's floods")."""
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :])]
    if not 2 <= len(words) <= 6 or any(_verb_form(word) or word in CLAUSE_WORDS for word in words):
        return False
    opening = next((size for size in (3, 2, 1) if len(words) > size and " ".join(words[:size]) in GOVERNED_CASES), None)
    return opening is not None


def _after_noun_phrase(text_before: str) -> bool:
    """Whether a name follows a word of a noun phrase, not its preposition directly: «с министром
    иностранных дел [Асада]», «с министром обороны [Эрдогана]», not «с [Асада]»."""
    words = _WORD.findall(text_before[_clause_start(text_before) :])
    if len(words) < 2 or not words[-1].islower():
        return False
    return words[-1] not in GOVERNED_CASES


def after_title(text_before: str) -> bool:
    """Whether a name follows a title noun directly (эмир, президента, министр): a place or a body there
    is the title's genitive complement (эмир Катара, президент Турции)."""
    match = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s+$", text_before)
    if not match or match.group(1).lower().endswith(_ADJECTIVE_ENDINGS):
        return False  # президентский орден: an adjective made from a title
    return _title_case(match.group(1)) is not None


def subject_of_next_verb(after: str, nominative: str, person: bool, coordinated: bool = False) -> bool:
    """Whether a name is the subject of the finite verb after it: the verb follows the name (past names
    joined to it by и/или or a comma, adverbs, a parenthesis between commas) and agrees with it in number
    and gender ("Фидан вылетел", "Россия и Турция подписали", "Путин и Эрдоган договорились" when
    ``coordinated`` says a name is joined to it before)."""
    tokens = _AFTER_TOKEN.findall(after[:240])
    plural, index = coordinated, 0
    while index < len(tokens) and _in_apposition(tokens[index]):
        index += 1  # "[[2]] аятолла [[3]] предупредил": a title and a name in apposition share its verb
    while index + 1 < len(tokens) and tokens[index].lower() in (",", "и", "или") and _name_word(tokens[index + 1]):
        index += 1  # more names joined to this one: the verb is then plural
        while index < len(tokens) and (_name_word(tokens[index]) or tokens[index].lower() in NAMES.PARTICLES):
            index += 1
        plural = True
    if index < len(tokens) and tokens[index] == ",":  # a parenthesis: "Эрдоган, по словам источников, заявил"
        closing = next((i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i] == ","), None)
        if closing is None:
            return False
        index = closing + 1
    while index < len(tokens) and tokens[index].lower() in _BEFORE_VERB:
        index += 1
    verb = _finite_verb(tokens[index]) if index < len(tokens) else None
    if verb is None:
        return False
    number, gender = verb
    if plural:
        return number == "pl"
    genders = _genders(nominative, person)
    return "pl" in genders if number == "pl" else (not gender or gender in genders)


_AFTER_TOKEN = LazyPattern(r"\[\[\s*\d+\s*\]\]|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
# words between a subject and its verb: negation, adverbs, emphatic pronouns
_BEFORE_VERB = frozenset(
    "не уже также тоже ранее вновь снова лично сам сама сами само якобы официально публично "
    "неоднократно еще ещё впервые наконец вчера сегодня тогда затем потом же всё все "
    "накануне давно теперь сейчас пока по-прежнему вскоре позже позднее недавно обычно часто всегда "
    "никогда фактически действительно явно".split()
)
_VOWELS = "аеёиоуыэюя"
# nouns with the endings of verbs that may follow a name
_NOT_FINITE = frozenset(
    "дел дела сила тела села правила цели роли доли земли воли соли дело число тело сил посол "
    "генерал канал материал сигнал совет ответ бюджет объект предмет запрет секрет пакет визит "
    "кредит лимит транзит институт маршрут ракет лет нет свет мандат кандидат депутат солдат "
    "формат штат халифат эмират результат аппарат "
    # nouns of markets and institutions ending like a past or a present (риал, капитал, комитет, дефицит)
    "риал манат капитал персонал потенциал арсенал финал трибунал скандал квартал терминал филиал "
    "комитет кабинет приоритет суверенитет авторитет депозит дефицит профицит консулат секретариат".split()
)


def _name_word(token: str) -> bool:
    return token[:1].isupper() or token.startswith("[[")


def _in_apposition(token: str) -> bool:
    """A word that may stand in apposition right after a subject: a name, a name's particle, or a title in
    the nominative (верховный руководитель аятолла Али Хаменеи, президент Турции Эрдоган)."""
    return _name_word(token) or token.lower() in NAMES.PARTICLES or (token.islower() and _title_case(token) == ("nom",))


def _finite_verb(word: str) -> tuple[str, str] | None:
    """A finite verb in the third person or the past, by its ending: (number "sg"/"pl", gender "m"/"f"/"n"
    of a past singular, else ""); None for any other word."""
    if not word.islower() or len(word) < 3 or word in _NOT_FINITE or word in _NOT_NOUNS or word in GOVERNED_CASES:
        return None
    if word.endswith("лись") or (word.endswith("ли") and word[-3] in _VOWELS + "г"):
        return "pl", ""
    for ending, gender in (("лся", "m"), ("лась", "f"), ("лось", "n"), ("ла", "f"), ("ло", "n"), ("л", "m")):
        if word.endswith(ending) and len(word) > len(ending) + 1 and word[-len(ending) - 1] in _VOWELS + "г":
            return "sg", gender
    if word.endswith(("ется", "ётся", "ится", "ет", "ёт", "ит")):
        return "sg", ""
    if word.endswith(("ются", "утся", "ятся", "атся", "ют", "ут", "ят", "ат")):
        return "pl", ""
    return None


def _genders(nominative: str, person: bool) -> set[str]:
    """The genders (and "pl") a verb agreeing with the name may show, from its dictionary form."""
    last = nominative.split()[-1].lower()
    if nominative.isupper() or last.endswith(("и", "ы", "у", "ю", "э")):
        return {"m", "f", "n", "pl"}  # an acronym (США), an indeclinable or plural name (Штаты, Сочи)
    if last.endswith(("а", "я")):
        return {"f", "m"} if person else {"f"}
    if last.endswith("ь"):
        return {"m", "f"}
    if last.endswith(("о", "е", "ё")):
        return {"n", "m"} if person else {"n"}
    return {"m", "f"} if person else {"m"}


# short adjectives that stand as a predicate, showing their subject's number and gender («Америка готова»,
# «Турция намерена», «Иран уверен», «Россия обязана»), each form with the gender (or "pl") it shows
_SHORT_ADJECTIVES = {
    stem + ending: gender
    for stem, endings in (
        ("готов", ("", "а", "о", "ы")),
        ("долж", ("ен", "на", "но", "ны")),
        ("намер", ("ен", "ена", "ено", "ены")),
        ("соглас", ("ен", "на", "ны")),  # not согласно, a preposition
        ("способ", ("ен", "на", "но", "ны")),
        ("увер", ("ен", "ена", "ено", "ены")),
        ("обяза", ("н", "на", "но", "ны")),
        ("заинтересова", ("н", "на", "но", "ны")),
        ("рад", ("", "а", "ы")),
    )
    for ending, gender in zip(endings, ("m", "f", "n", "pl") if len(endings) == 4 else ("m", "f", "pl"), strict=True)
}
_ADJECTIVE_WORD = LazyPattern(r"[а-яё]+(?:ая|яя|ое|ее|ый|ий|ой|ые|ие)")


def _head_word(nominative: str) -> str:
    """The noun a name's words agree with: the first past its adjectives (Республика in «Исламская Республика
    Иран», Штаты in «Соединенные Штаты»), or the last word where all read as adjectives."""
    words = nominative.split()
    for word in words:
        if not _ADJECTIVE_WORD.fullmatch(word.lower()):
            return word
    return words[-1] if words else nominative


def _definite_genders(nominative: str) -> set[str] | None:
    """The one gender (or "pl") a verb agreeing with a place's or body's name shows, where its spelling
    tells it: Нидерланды, Соединенные Штаты pl; Голландия f; Израиль none (м. or f. by its ending ь). None
    for an acronym (its full form tells) or an indeclinable name (Сочи, Баку)."""
    if not nominative.strip() or nominative.isupper():
        return None
    head = _head_word(nominative).lower()
    if head.endswith(("ые", "ие", "ы")):
        return {"pl"}
    genders = _genders(head, False)
    return None if "pl" in genders or len(genders) != 1 else genders


def _agrees(number: str, gender: str, genders: set[str]) -> bool:
    if number == "pl":
        return "pl" in genders
    return bool(genders & {gender} if gender else genders & {"m", "f", "n"})


def _agreeing_word_after(after: str) -> tuple[str, str, str] | None:
    """The finite verb, short participle or short adjective a subject's words are followed by, with its
    number and gender ("" for a present singular): (word, "sg"/"pl", gender). None where more names are
    joined to the subject or nothing of the kind follows."""
    tokens = _AFTER_TOKEN.findall(after[:240])
    index = 0
    if index + 1 < len(tokens) and tokens[index].lower() in (",", "и", "или") and _name_word(tokens[index + 1]):
        return None  # "Америка и Россия подписали": the verb agrees with both
    if index < len(tokens) and tokens[index] == ",":  # "Америка, по словам источников, отвергла"
        closing = next((i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i] == ","), None)
        if closing is None:
            return None
        index = closing + 1
    while index < len(tokens) and tokens[index].lower() in _BEFORE_VERB:
        index += 1
    if index >= len(tokens):
        return None
    word = tokens[index]
    verb = _finite_verb(word)
    if verb is not None:
        return word, *verb
    gender = _SHORT_ADJECTIVES.get(word) if word.islower() else None
    if gender is None and word.islower() and short_passive_participle(word):
        gender = _participle_gender(word)
    if gender is None:
        return None
    return (word, "pl", "") if gender == "pl" else (word, "sg", gender)


# --- Names in machine output: spelling, the forms a word stands for, the case a sentence gives ---------

_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ы": "y",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        "ь": "",
        "ъ": "",
    }
)
_SOFT_AS_HARD = str.maketrans({"я": "а", "ю": "у", "ё": "е", "ь": "", "й": "", "ы": "и", "э": "е"})
# the two in one table: a letter's soft-as-hard letter in Latin letters (я: a), each other letter as _TO_LATIN has it
_SPELLING_KEY = {
    **_TO_LATIN,
    **{letter: ("" if hard is None else hard).translate(_TO_LATIN) for letter, hard in _SOFT_AS_HARD.items()},
}
_COORDINATION = LazyPattern(r"\s*(?:,|и|или|а также|либо)\s*")


def read_cases(words: Sequence[WordRead]) -> tuple[frozenset[str] | None, bool]:
    """The cases every informative word of a name agrees on, and whether its words disagree
    (then: every case any of them shows). Words left in Latin, or that stand for any case, say nothing."""
    sets = [word.forms for word in words if not word.latin and word.forms is not None and word.forms != ALL_CASES]
    if not sets:
        return None, False
    agreed = frozenset.intersection(*sets)
    return (agreed, False) if agreed else (frozenset.union(*sets), True)


def glued_cases(forms: Mapping[str, str], ending: str) -> frozenset[str] | None:
    """The cases an ending glued to a placeholder ("[[2]]ом") marks for this name's declension."""
    if len(set(forms.values())) == 1:
        return None
    last = {case: ending_key(forms.get(case, forms["nom"]).split()[-1]) for case in CASES}
    stem = _common_prefix(list(last.values()))
    glued = ending_key(ending)
    cases = frozenset(case for case, word in last.items() if word[len(stem) :] == glued)
    if cases:
        return cases
    guess = GLUED_ENDINGS.get(ending.lower())
    return frozenset({guess}) if guess else None


def _case_ending_on_indeclinable(forms: Mapping[str, str], ending: str) -> bool:
    """Whether letters glued to a placeholder are a case ending ("[[3]]е", "[[1]]ом") on a name the glossary
    declares indeclinable: the name has one form, so the ending is the model's and is dropped with it."""
    return not _declines(forms) and (ending.lower() in GLUED_ENDINGS or ending.lower() in _PLURAL_CASE_ENDINGS)


_PLURAL_CASE_ENDINGS = frozenset("ов ев ей ам ям ами ями ах ях".split())


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def _coordinated_case(
    before: str, placed: Sequence[PlacedBefore], comma: bool = True, person: bool | None = None
) -> str | None:
    """A name joined by и/или/а (or, where ``comma``, a comma) to the name before it takes that name's case;
    a person is joined to a person, a place to a place ("Мамлюк в Сирии и Фидан в Турции" joins clauses)."""
    if not placed or (person is not None and placed[-1].person != person):
        return None
    between = before[placed[-1].end :]
    if _COORDINATION.fullmatch(between) and (comma or "," not in between):
        return _case_of(placed[-1].tokens)
    return None


# a list's first member the glossary does not know, one to three capitalised words, joined to the name by и/или
_UNLISTED_MEMBER = LazyPattern(
    r"(?<![^\W\d_])([А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*(?:\s+[А-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)*){0,2})"
    r"\s*,?\s+(?:и|или)\s+$"
)


def _unlisted_member(before: str, names: Sequence[tuple[int, int]], person: bool) -> tuple[str, tuple[str, ...]] | None:
    """The list's first member before a name joined to it by и/или, where that member is a name the glossary
    does not know ("в Китай и [Ирак]", "с Пекином и [Москвой]"), and the cases the preposition before it gives
    it, narrowed by its last word's ending (Китай: the accusative of в); None where no preposition governs
    it. The name, a later member of that list, takes the same case."""
    found = _UNLISTED_MEMBER.search(before[-120:])
    if not found:
        return None
    start = len(before) - len(before[-120:]) + found.start(1)
    member = found.group(1)
    if opens_clause(before[:start]):
        return None  # "Китай и Ирак ...": capitalised as the sentence's first word, governed by nothing
    governed = govern(before[:start], person=person, names=[span for span in names if span[1] <= start])
    if governed is None or governed.by != "preposition":
        return None
    head = member.split()[-1].lower().replace("ё", "е")  # Си Цзиньпином, Южную Корею: the last word's ending
    shown = set(_ending_cases(head) or ALL_CASES)
    for ending, noun_cases in _NOUN_ENDING_CASES:  # a noun's reading too: Пекином (ins), not an adjective's -ном
        if head.endswith(ending):
            shown |= set(noun_cases.split())
            break
    cases = tuple(case for case in governed.cases + governed.also if case in shown)
    return (member, cases) if cases else None


def _coordinated_governor(
    before: str, placed: Sequence[PlacedBefore], person: bool, comma: bool = True
) -> Governed | None:
    """What governs the first of two names joined by и/или ("между США и Иран" -> ins). A comma joins them
    only where the model's words say nothing: "в Тегеране, верховный лидер" starts a new clause."""
    if _coordinated_case(before, placed, comma, person) is None:
        return None
    return govern(before[: placed[-1].start], person=person, names=_spans(placed[:-1]))


def _plural_subject_after_verb(
    before: str, name: NameInSentence, subjects: Sequence[tuple[int, int]], joined: bool = False
) -> bool:
    """Whether a name right after a plural verb may be its subject, standing after it as news copy puts it
    ("— сообщили Россия и Турция", "Асаду ответили Путин и Эрдоган"): the clause has no subject before
    the verb, and the name opens a list of names (or is itself plural: США) that agrees with the verb;
    ``joined``: ``before`` ends where the list's first name starts, the name being a later member."""
    words = _WORD.findall(before[_clause_start(before) :])
    if not words or _finite_verb(words[-1]) != ("pl", "") or _subject_in_clause(before, subjects):
        return False
    listed = joined or re.match(r"\s*(?:(?:и|а также)\s+(?:\[\[|[^\W\d_])|,\s*(?:\[\[|[A-ZА-ЯЁ]))", name.after)
    return bool(listed) or ("pl" in _genders(name.forms["nom"], name.person) and not name.person)


def _closes_adverbial_phrase(before: str, previous: PlacedBefore) -> bool:
    """Whether the comma right after the name before closes a gerund or participle phrase that name stands
    in ("Выступая в Тегеране, ...", "Встретившись с Путиным и Эрдоганом, ...", "Прибывший из Москвы, ..."):
    the next name opens the main clause and nothing in that phrase governs it."""
    if not re.fullmatch(r"\s*,\s*", before[previous.end :]):
        return False
    sentence = re.split(r"[.!?;:—–()«»\"]", before[: previous.start])[-1]
    for part in reversed(sentence.split(",")):  # names listed inside the phrase are parted by commas too
        words = _WORD.findall(part)
        if words and _gerund_or_participle(words[0].lower()):
            return True
        if any(_finite_verb(word) for word in words):
            return False  # a clause with its own verb: not a phrase that waits for one
    return False


# phrases that name a source before the main clause: "По словам Путина, ...", "Согласно Эрдогану, ..."
_INTRODUCTORY_PHRASE = LazyPattern(
    r"(?:по\s+(?:словам|мнению|данным|сведениям|информации|сообщени[юям]+|оценк[еам]+|заявлени[юям]+|версии"
    r"|утверждени[юям]+|подсчетам|подсчётам)|согласно|со\s+слов|как\s+[^\W\d_]+(?:л|ли|ла|ет|ют|ит|ят))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# what follows a name that stands inside a list: a comma or a conjunction and another word
_LIST_GOES_ON = LazyPattern(r"\s*(?:,|и\b|или\b|а также\b|либо\b)")


def _closes_introductory_phrase(before: str, previous: PlacedBefore) -> bool:
    """Whether the comma right after the name before closes a phrase naming a source ("По словам
    верховного лидера, ...", "По мнению Путина, ...", "Согласно Эрдогану, ..."): the genitive or dative
    in it governs nothing after the comma, and the next name opens the main clause."""
    if not re.fullmatch(r"\s*,\s*", before[previous.end :]):
        return False
    sentence = re.split(r"[.!?;:—–()«»\"]", before[: previous.start])[-1]
    for part in reversed(sentence.split(",")):  # names listed inside the phrase are parted by commas too
        if _INTRODUCTORY_PHRASE.match(part.strip()):
            return True
        if any(_finite_verb(word) for word in _WORD.findall(part)):
            return False
    return False


def _by_comma_alone(before: str, previous: PlacedBefore, after: str) -> bool:
    """Whether a name is joined to the name before it by a bare comma and stands in no list that goes on
    after it ("лидера, США заплатят"): then the comma may as well close a phrase."""
    return bool(re.fullmatch(r"\s*,\s*", before[previous.end :])) and not _LIST_GOES_ON.match(after)


def _gerund_or_participle(word: str) -> bool:
    """A verbal adverb (выступая, находясь, заявив, встретившись) or an active participle (прибывший,
    выступающий), read from its ending."""
    if word == "будучи" or word.endswith(("вшись", "вши", "ясь", "аясь")):
        return True
    if word.endswith(_PARTICIPLE_ENDINGS):
        return True
    if word.endswith("в") and len(word) >= 5 and word[-2] in "аеиуыя":
        return word not in _NOUNS_IN_V and not word.startswith(("взрыв", "прорыв", "перерыв", "разрыв"))
    return word.endswith("я") and len(word) >= 5 and not word.endswith(("ия", "ья", "ская", "цкая", "яя"))


_PARTICIPLE_ENDINGS = (
    "вший",
    "вшая",
    "вшее",
    "вшие",
    "ющий",
    "ющая",
    "ющие",
    "ящий",
    "ящая",
    "ящие",
    "ащий",
    "ащая",
    "ащие",
    "ущий",
    "ущая",
    "ущие",
)
_NOUNS_IN_V = frozenset(
    "архив актив мотив залив призыв отзыв срыв порыв позыв коллектив объектив курсив "
    "негатив позитив эксклюзив нарратив рецидив дефицит".split()
)


_LIST_CONJUNCTION = LazyPattern(r"\s*(?:,\s*)?(?:и|или|а также|либо)\s*")  # "Ирана и Турции", "Ирана, а также Турции"


def _coordinated_lists(names: Sequence[tuple[NameInSentence, FormRead]]) -> list[list[int]]:
    """The coordinated lists among a sentence's names, as indexes: names of one kind (people, or not) joined
    by commas and closed by и/или/а также/либо ("России, Ирана и Турции"). Names joined by commas alone
    are no list ("По словам верховного лидера, США ..." ends a phrase), and a list ends at its conjunction."""
    lists: list[list[int]] = []
    current: list[int] = []
    for index, (name, read) in enumerate(names):
        if current:
            previous_name, previous = names[current[-1]]
            between = name.text[previous.end : read.start]
            first_name, first_read = names[current[0]]
            correlative = _correlative_join(between, first_name.text[: first_read.start])
            if correlative and previous_name.person == name.person:
                # "ни Россия, ни [Турция]", "как Москва, так и [Анкара]": one list, however many members follow
                current.append(index)
                if not lists or lists[-1] is not current:
                    lists.append(current)
                continue
            if (
                previous_name.person == name.person
                and (_COORDINATION.fullmatch(between) or _LIST_CONJUNCTION.fullmatch(between))
                and not _opens_main_clause(name, read, previous)
                and not _joins_clauses(current, between, previous_name, names[current[0]][1])
                and not _own_clause_after_comma(between, name)
            ):
                current.append(index)
                if _LIST_CONJUNCTION.fullmatch(between):
                    lists.append(current)
                    current = []
                continue
        current = [index]
    return lists


# the correlatives that open a pair and join its later members: ни ..., ни; как ..., так и
_CORRELATIVES = (
    (LazyPattern(r"(?<![^\W\d_])ни\s+$", re.IGNORECASE), LazyPattern(r"\s*,\s*ни\s+")),
    (LazyPattern(r"(?<![^\W\d_])как\s+$", re.IGNORECASE), LazyPattern(r"\s*,\s*так\s+и\s+")),
    # "не Анкару, не Москву, не Тегеран" for "not Ankara, not Moscow, not Tehran": members denied in turn
    (LazyPattern(r"(?<![^\W\d_])не\s+$", re.IGNORECASE), LazyPattern(r"\s*,\s*не\s+")),
)


def _correlative_join(between: str, before_first: str) -> bool:
    """Whether the text between two names joins them as members of a pair the correlative before the first
    opens ("ни Россия, ни [Турция]", "как Москва, так и [Анкара]"); либо ..., либо and или ..., или join as any
    list does."""
    return any(opening.search(before_first) and join.fullmatch(between) for opening, join in _CORRELATIVES)


def _joins_clauses(current: list[int], between: str, first: NameInSentence, first_read: FormRead) -> bool:
    """Whether a comma and и after a single name join two clauses, not two members of one list ("быстрее, чем
    Ирака, и Россия теперь поставляет"): Russian sets no comma before the и that closes a list of two, save
    after an и before the first member ("и Ирана, и Турции"); a longer list may keep the English serial comma
    a model copied ("Ирана, России, и Турции")."""
    if len(current) != 1 or not _COMMA_AND.fullmatch(between):
        return False
    return not _AND_BEFORE.search(first.text[: first_read.start])


def _own_clause_after_comma(between: str, name: NameInSentence) -> bool:
    """Whether a name after a comma and и/или/либо/но и opens a clause of its own, not the next member of a list
    or the other member of a choice ("другом Ирана, или Иран - пешка России", "из Ирана, и Турция заявила"): the
    model wrote it in the nominative and its own phrase goes on with a predicate, after a dash (Иран - пешка,
    Иран — союзник) or as a verb or a short participle agreeing with it (Турция заявила, Иран готов). Its form
    is then the model's, never taken from the list or the name before the comma."""
    return _COMMA_CONJUNCTION.fullmatch(between) is not None and _subject_with_predicate(name)


def _subject_with_predicate(name: NameInSentence) -> bool:
    """Whether the model wrote a name in the nominative and its own phrase goes on with a predicate: after a
    spaced dash (Иран - пешка России) or a verb or short predicate agreeing with it (Турция заявила, Иран
    готов): the subject of a clause of its own."""
    cases = _model_cases(name)
    if cases is None or "nom" not in cases:
        return False
    return _PREDICATE_DASH.match(name.after) is not None or _predicate_after(name)


def _predicate_after(name: NameInSentence) -> bool:
    """Whether a verb or a short predicate agreeing with the name follows it (Турция заявила, Иран
    готов, Сирия поддержана)."""
    if subject_of_next_verb(name.after, name.forms["nom"], name.person):
        return True
    words = _WORD.findall(name.after[:60])
    while words and words[0].lower() in _BEFORE_VERB:
        words = words[1:]
    if not words or not words[0].islower():
        return False
    word = words[0]
    gender = _SHORT_ADJECTIVES.get(word)
    if gender is None and short_passive_participle(word):
        gender = _participle_gender(word)
    return gender is not None and gender in _genders(name.forms["nom"], name.person)


# a comma and the conjunction that may join a list's last member or a choice's other member, or open a clause of
# its own (но и: "..., но и Москва заявила")
_COMMA_CONJUNCTION = LazyPattern(r"\s*,\s*(?:и|или|либо|но\s+и)\s*")
# a spaced dash and a lowercase word after a name: a predicate ("Иран - пешка России", "Турция — союзник")
_PREDICATE_DASH = LazyPattern(r"\s+[-\u2013\u2014\u2212]\s+(?:не\s+)?[а-яё]")
_COMMA_AND = LazyPattern(r"\s*,\s*и\s*")
_AND_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:и|ни)\s+$", re.IGNORECASE)


def _model_cases(name: NameInSentence) -> frozenset[str] | None:
    """The cases the model's own writing of a name shows (its words, or an ending glued to a placeholder);
    None where it shows none."""
    if name.words:
        cases, _ = read_cases(name.words)
    elif name.ending and name.ending[0] not in "'’\u200c":
        cases = glued_cases(name.forms, name.ending)
    else:
        cases = None
    return cases if cases and cases != ALL_CASES else None


def _opens_main_clause(name: NameInSentence, read: FormRead, previous: FormRead) -> bool:
    """Whether a name after a comma opens the main clause after a phrase naming a source ("По словам
    Путина, Эрдоган и Асад приедут"): then it stands in no list with the name before the comma."""
    placed_before = PlacedBefore(previous.start, previous.end, previous.tokens)
    return _closes_introductory_phrase(name.text[: read.start], placed_before) and subject_of_next_verb(
        name.after, name.forms["nom"], name.person
    )


def _clause_opens_at(members: Sequence[tuple[NameInSentence, FormRead]]) -> int | None:
    """The member at which what reads as a list may instead end a phrase and open the main clause
    ("В Москве, Россия и Турция подписали", "с Эрдоганом, Асад и Роухани прилетели", "с Эрдоганом и Асад
    прибыл"): every member from there on is written in the nominative (not in the case of the member before
    it) or shows no case, and the finite verb after them agrees with them as its subject. None where no
    member does."""
    lead, lead_read = members[0]
    # the source puts the members after one preposition ("towards Iran and Syria") and no verb comes before the
    # list in its clause ("позиция России по отношению к Ирану и Сирия не изменилась"): one list, no new clause
    one_list = not _verb_in_clause(lead.text[: lead_read.start])
    # "между Вашингтоном и Москва Анкара ...": между takes a pair, so its second member is never a new subject
    pair = re.search(r"(?<![^\W\d_])между\s+$", lead.text[: lead_read.start].lower()) is not None
    for index in range(1, len(members)):
        name, _ = members[index]
        if pair and index == 1:
            continue
        head = _case_of(members[index - 1][1].tokens)  # "в Багдад, Эрбиль": one accusative, no break
        written = [_model_cases(member) for member, _ in members[index:]]
        # "с [[2]]ом, [[3]] и [[4]] прилетели": the first declined, the rest bare before their verb
        bare_after_declined = not any(written) and bool(_model_cases(members[index - 1][0]))
        nominative = any(written) and all(cases is None or ("nom" in cases and head not in cases) for cases in written)
        if nominative or bare_after_declined:
            opens = not (name.preposition and one_list) and subject_of_next_verb(
                name.after, name.forms["nom"], name.person
            )
            return index if opens else None
    return None


def _list_reads(members: Sequence[tuple[NameInSentence, FormRead]], first: NameInSentence) -> list[FormRead]:
    """The reads of one list's members, made to agree on the list's case (see RussianNames.agree_lists)."""
    declining = [(name, read) for name, read in members if _declines(name.forms)]
    pair_of_subjects = _subjects_in_two_cases(members)
    if pair_of_subjects is not None:
        return pair_of_subjects
    after_opening = _subjects_after_opening(members)
    if after_opening is not None:
        return after_opening
    clause = _clause_opens_at(members)
    if clause is not None:  # the members from there on keep the nominative the model wrote, and are flagged
        no_list = (
            f"the names {', '.join(name.name for name, _ in members)} may be no list: the last are not declined "
            "like the first and stand before a verb they may be the subject of, a phrase may end before them: check it"
        )
        return [
            replace(
                read, tokens=() if index >= clause and _model_cases(name) else read.tokens, doubt=read.doubt or no_list
            )
            for index, (name, read) in enumerate(members)
        ]
    bare_clause = _bare_clause(members, first)
    if bare_clause is not None:
        return bare_clause
    read_as = {_case_of(read.tokens) for _, read in declining}
    written = [_model_cases(name) for name, _ in declining]
    # a member the model declined votes for its cases; one that reads as a nominative may be left undeclined
    votes = [cases for cases in written if cases and "nom" not in cases]
    names = ", ".join(name.name for name, _ in members)
    before = _hide(first.text[: first.start], _spans(first.before))
    before = past_adverbial(before) or before  # "обсудили по телефону [Идлиб и Иракский Курдистан]"
    found = govern(before, person=first.person, names=_spans(first.before))
    objects = all(name.verb_object for name, _ in members)  # the source makes the whole list a verb's object
    subjects = _spans([placed for placed in first.before if not placed.tokens])
    if objects and _plural_subject_after_verb(before, first, subjects):
        objects = False  # "в финале сыграют Турция и Катар": the list after a plural verb may be its subject
    if found is None and objects:
        found = _object_governor(before, first.before, first.person)
    if len(read_as) <= 1:
        read_case = next(iter(read_as), "nom")
        if found and found.by == "preposition" and votes and all(read_case in cases for cases in votes):
            # "с Москвой и Тегеран": the preposition and the declined members settle the case of one left undeclined
            return [
                replace(read, doubt=None) if index and (_model_cases(name) or {"nom"}) >= {"nom"} else read
                for index, (name, read) in enumerate(members)
            ]
        return [read for _, read in members]
    case: str | None = None
    doubt: str | None = None
    settled = False  # the preposition before the list and the members the model declined agree on its case
    told = False  # the source confirms the case chosen (the list after "to")
    if found and found.by == "preposition":
        allowed = [*found.cases, *found.also]
        fitting = [c for c in allowed if all(c in cases for cases in votes)]
        if "acc" in fitting and _towards_a_place(first, before):
            fitting.remove("acc")  # "ушло в Ирак, Сирия и Катар" for "went to Iraq, Syria and Qatar": direction
            fitting.insert(0, "acc")
        case = fitting[0] if fitting else allowed[0]
        settled = bool(votes) and bool(fitting)
        if not fitting:
            doubt = f"the listed names {names} are declined in cases the word before the list does not take; "
            doubt += f"{case} was chosen: check it"
    elif found and found.by == "verb" and objects and all(found.cases[0] in cases for cases in votes):
        case = found.cases[0]  # "обыграла Катар, Ирак и Сирия": the verb's object, the members left undeclined
    elif found and found.by == "verb" and objects and found.cases[0] in (_model_cases(declining[0][0]) or ()):
        # "обсудили Идлиб и Иракского Курдистана": the verb's case, which the first member was written in,
        # decides; a later member declined otherwise takes it (and is flagged), never the other way round
        case = found.cases[0]
    elif (
        (dative := _dative_verb_before(before, first.before)) is not None
        and "dat" in (_model_cases(declining[0][0]) or ())
        and (not dative[1] or all(name.given or name.preposition == "to" for name, _ in members))
    ):
        # "написала России и Ирана" for "wrote to Russia and Iran": the list right after a verb of the dative, its
        # first member written in a form the dative shares; a later member the model declined otherwise takes it
        case = "dat"
        told = all(name.given or name.preposition == "to" for name, _ in members)
    elif (
        _case_of(declining[0][1].tokens) == "dat"
        and "dat" not in (_model_cases(declining[0][0]) or {"dat"})
        and (dative := _dative_verb_before(before, first.before)) is not None
    ):
        # "сказал Путин Эрдогана и Асада" for "Putin told Erdogan and Assad": the first member, right after the
        # verb (and its speaker), was put in the dative its verb gives the person spoken to; the list takes it
        case = "dat"
        doubt = (
            f"the listed names {names} after '{dative[0]}', which takes its addressee in the dative: the model's "
            "other case was changed to the dative; check it"
        )
    elif votes:
        shared = frozenset.intersection(*votes)
        chosen = {
            _case_of(read.tokens) for (name, read), cases in zip(declining, written) if cases and "nom" not in cases
        } & shared
        if len(chosen) == 1:
            case = next(iter(chosen))
        elif len(shared) == 1:
            case = next(iter(shared))
        elif shared and all(len({name.forms.get(c, name.forms["nom"]) for c in shared}) == 1 for name, _ in declining):
            # "Путина, Эрдогана и Роухани": genitive or accusative, the same words either way
            case = next(c for c in CASES if c in (chosen or shared))
        lead_cases = _model_cases(declining[0][0])
        if case is not None and lead_cases and lead_cases - {"nom"} and case not in lead_cases:
            # "обсудили по телефону Идлиб и Иракского Курдистана": the first member written in a case of its own
            # (Идлиб, an accusative too) is never pulled to a later member's; with nothing to decide, flagged
            case = None
    if case is None and not votes and all(_model_cases(name) is None for name, _ in declining[1:]):
        # the model showed no case for the later members (bare placeholders): they are joined to the first,
        # read in an oblique case, and take it ("Переговоры России и [[2]]"); a guess for the first stays one
        lead_name, lead = declining[0]
        if _case_of(lead.tokens) != "nom":
            case = _case_of(lead.tokens)
            if lead.doubt:
                doubt = f"the listed names {names} take the case of the first, '{lead_name.name}' ({case}), "
                doubt += "itself a guess: check it"
    if case is None and _list_of_subjects_opening_its_clause(members, before, found):
        # "Иран, Ирак, Сирии и Катар подписывают": a list the source makes the subject, opening its clause with
        # nothing before it that governs, most of it in the nominative: a member declined otherwise takes it
        case = "nom"
    if case is None:
        doubt = f"the listed names {names} are read in different cases and nothing before the list decides: check it"
        return [replace(read, doubt=read.doubt or doubt) for _, read in members]
    agreed = []
    for name, read in members:
        own = _model_cases(name)
        member_doubt = read.doubt if _case_of(read.tokens) == case else doubt
        if settled and (own is None or "nom" in own):
            member_doubt = doubt  # "с Москвой и Тегеран": a member left undeclined takes the list's settled case
        if own and "nom" not in own and case not in own and not doubt and not told:
            member_doubt = (
                f"'{name.name}': the model declined it ({', '.join(sorted(own))}) unlike the list it stands in "
                f"({case}); {case} was chosen: check it"
            )
        agreed.append(replace(read, tokens=(case,) if case != "nom" else (), doubt=member_doubt))
    return agreed


# the readings of a member the model wrote in the nominative (an inanimate's shares the accusative)
_NOMINATIVE_READS = (frozenset({"nom"}), frozenset({"nom", "acc"}))


def _list_of_subjects_opening_its_clause(
    members: Sequence[tuple[NameInSentence, FormRead]], before: str, found: Governed | None
) -> bool:
    """Whether a list of three names or more is its clause's subject beyond doubt: the source gives no member
    another role (no preposition's or verb's object, no possessor, agent or receiver), the list opens its
    clause (the sentence, a bullet's dash, a semicolon) with nothing before it that governs a case, a plural
    verb follows it, and all its members but one are in the nominative as the model wrote them."""
    if found is not None or len(members) < 3:
        return False
    if any(
        name.preposition or name.verb_object or name.possessor or name.agent or name.given or name.recipient
        for name, _ in members
    ):
        return False  # the source gives a member another role
    if not (opens_clause(before) or not before.strip()):
        return False
    nominative = sum(1 for name, _ in members if (_model_cases(name) or frozenset()) in _NOMINATIVE_READS)
    last = members[-1][0]
    return nominative >= len(members) - 1 and bool(re.match(r"\s+[а-яё]+(?:ют|ят|ут|ат|ли)(?![\w-])", last.after))


_NEGATION_WORD = LazyPattern(r"(?<![^\W\d_])(?:не|нет|ни)(?![^\W\d_])", re.IGNORECASE)


def _subjects_in_two_cases(members: Sequence[tuple[NameInSentence, FormRead]]) -> list[FormRead] | None:
    """The reads of a list the source makes the subject of its verb ("Either Qatar or Turkey will host",
    "Neither Russia nor Turkey signed") that the model wrote part in the nominative, part in the accusative
    («примет либо Катар, либо Турцию», «не подписала ни Россию, ни Турция»): the members agree with each
    other, and the list's role is the subject's, so all take the nominative. Only where no preposition
    governs the list, every member the model declined shows the nominative or the accusative, or a genitive
    where no negation is in the clause (not a dative of another construction, «как Ирану, так и Ираку нужна
    помощь», nor the genitive of negation, «не было ни Ирана, ни Ирак»), and one at least the nominative.
    None for any other list."""
    if not all(
        name.subject and not (name.preposition or name.verb_object or name.possessor or name.agent)
        for name, _ in members
    ):
        return None
    written = [_model_cases(name) for name, _ in members]
    first = members[0][0]
    before = _hide(first.text[: first.start], _spans(first.before))
    last = members[-1][0]
    clause = before[_clause_start(before) :] + " " + re.split(r"[,.;:!?]", last.after, maxsplit=1)[0]
    # a genitive is a subject's wrong case only where no negation may have made it («не было ни Ирана, ни Ирака»)
    wrong = (
        {"nom", "acc"} if _NEGATION_WORD.search(clause) or _CORRELATIVES[0][0].search(before) else {"nom", "acc", "gen"}
    )
    if (
        not any(cases and "nom" in cases for cases in written)
        or not any(cases and "nom" not in cases for cases in written)
        or any(cases and not cases & wrong for cases in written)
    ):
        return None
    found = govern(before, person=first.person, names=_spans(first.before))
    if found is not None and found.by == "preposition":
        return None
    return [replace(read, tokens=(), doubt=None) for _, read in members]


def _subjects_after_opening(members: Sequence[tuple[NameInSentence, FormRead]]) -> list[FormRead] | None:
    """The reads of what looks like one list after a preposition but is its object and, after the comma,
    the subjects of the main clause ("Помимо [[1]], [[2]] и [[3]] также расходятся", "Кроме Идлиба, Россия
    и Турция спорят"): the source's phrase opening the sentence ends at the first member and a comma ("Beyond
    Idlib, Russia and Turkey ..."), the Russian clause opens with the preposition alone and a comma follows
    its object, and the members after the comma, written in the nominative or bare, stand before a verb
    that agrees with them. The preposition governs its own object only; the others stay in the nominative.
    None for any other list."""
    lead, lead_read = members[0]
    rest = members[1:]
    if not rest or not lead.closes_opening or not re.fullmatch(r"\s*,\s*", lead.text[lead_read.end : rest[0][1].start]):
        return None
    if not _prepositional_opening(lead.text[: lead_read.start]) or any(name.preposition for name, _ in rest):
        return None
    if any((cases := _model_cases(name)) is not None and "nom" not in cases for name, _ in rest):
        return None  # the model declined them: no subjects as written
    last = rest[-1][0]
    if not subject_of_next_verb(last.after, last.forms["nom"], last.person, coordinated=len(rest) > 1):
        return None
    return [lead_read, *(replace(read, tokens=(), doubt=None) for _, read in rest)]


def _subject_after_opening_phrase(name: NameInSentence, before: str, previous: PlacedBefore) -> bool:
    """Whether a name after a comma is the subject of the main clause, not a member joined to the name before
    the comma ("Кроме [[1]], [[2]] также оспаривает", "Помимо [[1]], [[2]] и [[3]], [[4]] поддерживает"): the
    sentence up to that name is a prepositional phrase, no verb in it, the source gives the name no preposition
    of its own, and a verb after it agrees with it (or with it and the names joined to it)."""
    return (
        not name.preposition
        and re.fullmatch(r"\s*,\s*", before[previous.end :]) is not None
        and _opens_with_phrase_alone(before[: previous.start])
        and subject_of_next_verb(name.after, name.forms["nom"], name.person)
    )


def _opens_with_phrase_alone(text_before: str) -> bool:
    """Whether the sentence so far opens with a preposition and holds no verb ("Кроме ", "Помимо Ирана, России
    и ", "В отличие от "): a phrase before the main clause, which a comma ends."""
    words = [word.lower() for word in _WORD.findall(_PLACEHOLDER_RUN.sub(" ", _sentence_so_far(text_before)))]
    if not words or any(_verb_form(word) for word in words if word not in GOVERNED_CASES):
        return False
    return any(" ".join(words[:size]) in GOVERNED_CASES for size in (3, 2, 1) if size <= len(words))


_PLACEHOLDER_RUN = LazyPattern(r"\[\[\s*\d+\s*\]\]")
# what ends a sentence, or a quotation or parenthesis in it, for a phrase that opens one
_OPENING_BREAK = LazyPattern(r"[.!?…:;«»\"()]")


def _sentence_so_far(text_before: str) -> str:
    """The text after the last sentence end, colon, semicolon, quotation mark or bracket: the phrase before a name
    that may open its sentence."""
    return _OPENING_BREAK.split(text_before)[-1]


def _prepositional_opening(text_before: str) -> bool:
    """Whether the sentence so far is a short prepositional phrase alone, a preposition right before the name
    and no verb ("Помимо", "В отличие от", "После переговоров в")."""
    words = [word.lower() for word in _WORD.findall(_sentence_so_far(text_before))]
    size = next((size for size in (3, 2, 1) if size <= len(words) and " ".join(words[-size:]) in GOVERNED_CASES), 0)
    return bool(size) and len(words) <= 5 and not any(_verb_form(word) for word in words[:-size])


def _bare_clause(members: Sequence[tuple[NameInSentence, FormRead]], first: NameInSentence) -> list[FormRead] | None:
    """The reads of a list whose later members the model gave no case (bare placeholders) and whose last
    stands before a verb it may be the subject of: "[[1]] поддержала [[2]] и [[3]] возразила", "после
    переговоров с [[1]] и [[2]] заявил" may be two clauses. Where a verb of its own comes before the list,
    its first member is that verb's complement and the rest open the next clause, in the nominative; else
    the members share the first one's case. Either way the list is flagged. None for any other list."""
    lead, rest = members[0][1], members[1:]
    last = members[-1][0]
    if (
        not rest
        or _case_of(lead.tokens) == "nom"
        or any(_model_cases(name) is not None for name, _ in rest)
        or not subject_of_next_verb(last.after, last.forms["nom"], last.person)
        # the source's list after one preposition ("towards Iran and Syria"), no verb before it: one list
        or (last.preposition and not _verb_in_clause(first.text[: first.start]))
    ):
        return None
    names = ", ".join(name.name for name, _ in members)
    no_list = f"the names {names} may be no list: '{last.name}' stands before a verb it may be the subject of: check it"
    split = _verb_in_clause(first.text[: first.start])
    return [
        replace(read, tokens=() if index and split else lead.tokens, doubt=read.doubt or no_list)
        for index, (_, read) in enumerate(members)
    ]


def _verb_in_clause(text_before: str) -> bool:
    """Whether a finite verb stands in the clause the text before a name ends in ("Россия поддержала ...")."""
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :])]
    return any(_is_verb(word) and not is_infinitive(word) for word in words)


def _spans(placed: Sequence[PlacedBefore]) -> tuple[tuple[int, int], ...]:
    return tuple((name.start, name.end) for name in placed)


ALL_CASES = frozenset(CASES)

# the cases an ending allows, longest endings first: adjectives, then nouns of the commonest declensions
_ADJECTIVE_ENDING_CASES = (
    ("ого", "gen acc"),
    ("его", "gen acc"),
    ("ому", "dat"),
    ("ему", "dat"),
    ("ыми", "ins"),
    ("ими", "ins"),
    ("ый", "nom acc"),
    ("ий", "nom acc"),
    ("ым", "ins prep"),
    ("им", "ins prep"),
    ("ом", "prep"),
    ("ем", "prep"),
    ("ая", "nom"),
    ("яя", "nom"),
    ("ую", "acc"),
    ("юю", "acc"),
    ("ое", "nom acc"),
    ("ее", "nom acc"),
)
_NOUN_ENDING_CASES = (
    ("ом", "ins"),
    ("ем", "ins"),
    ("ой", "ins gen dat prep"),
    ("ей", "ins gen dat prep"),
    ("а", "gen acc nom"),
    ("я", "gen acc nom"),
    ("у", "dat acc"),
    ("ю", "dat acc"),
    ("е", "prep dat"),
    ("и", "gen dat prep"),
    ("ы", "gen"),
)


def _ending_cases(word: str) -> frozenset[str] | None:
    """The cases a Russian word's ending allows, adjective or noun; None if the ending says nothing."""
    if len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS):
        for ending, cases in _ADJECTIVE_ENDING_CASES:
            if word.endswith(ending):
                return frozenset(cases.split())
    for ending, cases in _NOUN_ENDING_CASES:
        if word.endswith(ending):
            return frozenset(cases.split())
    if word[-1:] not in _VOWELS:
        return frozenset({"nom", "acc"})  # a consonant or -ь: the dictionary form (лидер, руководитель)
    return None


_YO = str.maketrans("ёЁ", "еЕ")


def with_e(text: str) -> str:
    """Text with ё written е, as most Russian copy writes it and as every word list here is read: вернёт is
    the verb вернет (one letter for one, so positions in the text stay)."""
    return text.translate(_YO)


def _with_e(name: NameInSentence) -> NameInSentence:
    """A name in its sentence, the words around it read with ё as е (see :func:`with_e`; the name's own
    words are compared with its forms as they are)."""
    if "ё" not in name.text.lower() and "ё" not in name.after.lower():
        return name
    return replace(name, text=with_e(name.text), after=with_e(name.after))


# how Russian copy writes an Arabic name's opening ʿain with a vowel and y (عين: Ain, Ayn, Ein)
_AIN_SYLLABLES = ("айн", "эйн", "аин", "ейн")
_OPENING_VOWELS = "эаи"  # the vowels a name's opening closed syllable is transcribed with (Эрбиль, Арбиль, Ирбиль)


# the endings of an adjective in -ский (иракский, иракского, иракскими), after its "ск"
_RELATIONAL_ENDING = LazyPattern(r"(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)")


def relational_stems(nominative: str) -> tuple[str, ...]:
    """The stems, up to "ск"/"цк", of the relational adjective a country's or city's name makes: Ирак ->
    иракск, Сирия -> сирийск, Россия -> российск, Турция -> турецк."""
    name = nominative.lower().replace("ё", "е")
    if " " in name or "-" in name or len(name) < 4:
        return ()
    if name.endswith("ия"):
        base = name[:-2]
        return (base + "ийск", base[:-1] + "ецк") if base.endswith("ц") else (base + "ийск",)
    if name[-1] in "аяоеиы":
        return ()  # Москва -> московский, Анкара -> анкарский: no rule this general
    return (name + "ск",)


# a state's official long form before its short name, the name in apposition in the nominative (Республика Ирак,
# Государства Катар, Исламской Республике Иран): the head noun's stem, and its endings with the cases they show
# (where one ending shows two, the preposition before it tells them apart)
_NEUTER_STATE_ENDINGS = {"о": ("nom", "acc"), "а": ("gen",), "у": ("dat",), "ом": ("ins",), "е": ("prep",)}
_MASCULINE_STATE_ENDINGS = {"": ("nom", "acc"), "а": ("gen",), "у": ("dat",), "ом": ("ins",), "е": ("prep",)}
_STATE_HEADS: dict[str, dict[str, tuple[str, ...]]] = {
    "республик": {"а": ("nom",), "и": ("gen",), "е": ("prep", "dat"), "у": ("acc",), "ой": ("ins",), "ою": ("ins",)},
    "государств": _NEUTER_STATE_ENDINGS,
    "королевств": _NEUTER_STATE_ENDINGS,
    "эмират": _MASCULINE_STATE_ENDINGS,
    "султанат": _MASCULINE_STATE_ENDINGS,
}
# the long form's adjectives before its head (Исламская Республика Иран, Арабская Республика Египет)
_STATE_ADJECTIVES = ("исламск", "арабск", "федеративн", "демократическ", "социалистическ", "объединенн")
# prepositions before the long form that choose between two cases its ending shows
_PREPOSITIONAL_BEFORE_STATES = frozenset("в во на о об обо при".split())
_ACCUSATIVE_BEFORE_STATES = frozenset("в во на за про через под сквозь".split())


class RussianNames(NameGrammar):
    CASED = True
    AGREES_WITH_NOUNS = True
    OWN_ADJECTIVES_IN_ORDER = True
    PARTICLES = frozenset(
        {"аль", "эль", "ал", "ас", "ан", "ат", "аш", "ад", "аз", "ар", "бен", "бин", "ибн", "абу", "бу"}
    )
    REGION_WORDS = ("латинск", "южн", "северн", "центральн", "англо", "испанск", "иберо")

    BODY_HEADS = frozenset({"группировк", "организаци", "движени", "фронт", "ячейк", "формировани", "бригад"})
    #: stems: a title is inflected like the name beside it (аятоллой Хаменеи)
    HONORIFIC_STEMS = ("аятолл", "ходжатоль", "шейх", "эмир", "корол", "принц", "имам", "муфти", "президент")

    def links_phrases(self, word: str) -> bool:
        """A preposition (GOVERNED_CASES), a conjunction or a particle (и, но, что, не)."""
        lowered = word.lower()
        return lowered in GOVERNED_CASES or lowered in _LINKING_WORDS

    def made_from_name(self, word: str, names: Iterable[str]) -> bool:
        lower = word.lower().replace("ё", "е")
        return any(
            lower.startswith(stem) and _RELATIONAL_ENDING.fullmatch(lower[len(stem) :])
            for name in names
            for stem in relational_stems(name)
        )

    def reworded_name(self, written: Sequence[str], forms: Mapping[str, str]) -> tuple[str, ...] | None:
        """A nickname or title of two or three words translated word by word in another shape: the genitive
        made an adjective and put first (Анатолийским волком for Волк Анатолии, Республиканским героем for
        Герой Республики). Each written word has the stem of another word of the rendering (all its letters
        but an ending of up to two; four at least), the first written word is capitalised, as a name is,
        and the rendering's head word is written in one of its cases: the slot takes that case."""
        rendering = forms["nom"].split()
        if not 2 <= len(written) == len(rendering) <= 3 or not written[0][:1].isupper():
            return None
        lower = [w.lower().replace("ё", "е") for w in written]
        words = [w.lower().replace("ё", "е") for w in rendering]

        def same_stem(word: str, known: str) -> bool:
            shared = len(_common_prefix([word, known]))
            return shared >= 4 and shared >= len(known) - 2

        pairs = [[j for j, known in enumerate(words) if same_stem(word, known)] for word in lower]
        order = next(
            (p for p in itertools.permutations(range(len(words))) if all(j in pairs[i] for i, j in enumerate(p))),
            None,
        )
        if order is None or list(order) == sorted(order):
            return None  # no word for each, or the rendering's own order (the regular reading's business)
        head = lower[order.index(0)]
        for case in ("nom", "gen", "dat", "acc", "ins", "prep"):
            text = forms.get(case)
            if text and text.split()[0].lower().replace("ё", "е") == head:
                return () if case == "nom" else (case,)
        return None

    def possessor_before_noun(self, adjective: str, following: Sequence[str], names: Iterable[str]) -> int | None:
        """Иракский министр нефти for "Iraq's oil minister" is министр нефти Ирака: the relational adjective
        (of a name the glossary has no adjective for) before a noun, and the nouns in the genitive after it
        (нефти), are the noun phrase the name follows in the genitive. Only a noun after the adjective (no
        verb), with at most one adjective of its own between them in the same form, which goes with the noun
        (иракская гражданская оборона: гражданская оборона Ирака), and the genitives after it, each alone or
        with its adjective (министр иностранных дел)."""
        if not self.made_from_name(adjective, names) or not following:
            return None
        # a word of parts joined by hyphens is read by its last part (премьер-министр: министр, штаб-квартира)
        parts = [word.rsplit("-", 1)[-1] for word in following]
        size = 0
        if (
            len(following) > 1
            and following[0].islower()
            and len(parts[0]) > 4
            and parts[0].endswith(_ADJECTIVE_ENDINGS)
            and _adjective_ending(parts[0]) == _adjective_ending(adjective)
            and not self.made_from_name(following[0], names)
        ):
            size = 1  # an adjective of the noun's own, in the same form: иракская гражданская оборона
        head = parts[size]
        if not following[size].islower() or not (
            _noun(head) or is_title_word(head) or _neuter_or_prepositional_noun(head, adjective)
        ):  # министр, глава: titles count
            # no noun after the adjective: the word after it may be an adjective used as a noun in the same form
            # (иракские военные, Турецкая сборная проиграла), the noun the name follows (военные Ирака)
            if not (
                following[0].islower()
                and _substantive_head(following[0])
                and _adjective_ending(parts[0]) == _adjective_ending(adjective)
            ):
                return None
            size = 0
        size += 1
        while size < min(4, len(following)) and following[size].islower():
            word = parts[size]
            if _noun(word) and _genitive_like(word):
                size += 1  # министр нефти
            elif (
                word.endswith(("ых", "их", "ого", "его", "ой", "ей"))
                and size + 1 < len(following)
                and following[size + 1].islower()
                and _genitive_like(parts[size + 1])
                and (_noun(parts[size + 1]) or parts[size + 1] in _ZERO_ENDING_GENITIVES)
            ):
                size += 2  # министр иностранных дел
            else:
                break
        return size

    def possessor_order_open(self, before: str, noun: str, after: str) -> bool:
        """A noun with a complement of по and a dative (агентство по туризму, комитет по обороне): the genitive
        may stand before it (агентство России по туризму, as official names write it) or after it
        (агентство по туризму России)."""
        return _COMPLEMENT_OF_PO.match(after) is not None

    def honorific(self, words: Sequence[str]) -> bool:
        return bool(words) and is_title_word(self.normalise(words[-1]), self.HONORIFIC_STEMS)

    def title_before(self, words: Sequence[str]) -> int:
        count = 0
        for word in reversed(words):
            if not is_title_word(self.normalise(word), self.HONORIFIC_STEMS):
                break
            count += 1
        return count

    def clerical_rank(self, words: Sequence[str]) -> int:
        """аятолла, аятоллы, ходжатольислам: the rank in any case, one word; великий аятолла (великого аятоллы),
        "Grand Ayatollah", two."""
        if not (words and is_title_word(self.normalise(words[-1]), ("аятолл", "ходжатоль"))):
            return 0
        return (
            2
            if len(words) >= 2 and re.fullmatch(r"велик(?:ий|ого|ому|им|ом|ие|их|ими)", self.normalise(words[-2]))
            else 1
        )

    def normalise(self, word: str) -> str:
        return word.lower().replace("ё", "е")

    def state_form(self, before: Sequence[str], after: Sequence[str], text_before: str) -> StateForm | None:
        """«Республика Ирак», «в Республике Ирак», «Государству Катар», «Исламской Республики Иран»: the long
        form's head noun (and its adjective) before the name, which stands in the nominative in apposition; the
        head's case is the name's. A verb agreeing with the head is checked where the name is the subject (see
        ``agreement_left``)."""
        if not before:
            return None
        head = self.normalise(before[-1])
        stem = next((stem for stem in _STATE_HEADS if head.startswith(stem)), None)
        cases = _STATE_HEADS[stem].get(head[len(stem) :]) if stem else None
        if cases is None:
            return None
        count = 1
        if len(before) > 1 and self.normalise(before[-2]).startswith(_STATE_ADJECTIVES):
            count = 2
        words = [*_WORD.findall(text_before), *before[:-count]]
        preposition = self.normalise(words[-1]) if words else ""
        case = cases[0]
        if len(cases) > 1 and "prep" in cases:
            case = "prep" if preposition in _PREPOSITIONAL_BEFORE_STATES else "dat"
        elif len(cases) > 1:
            case = "acc" if preposition in _ACCUSATIVE_BEFORE_STATES else "nom"
        return StateForm(count, 0, () if case == "nom" else (case,), apposition=True)

    def agreement_left(self, written: str, rendering: str, after: str) -> str | None:
        """The verb or short adjective right after the model's nominative words (past adverbs and a
        parenthesis between commas, as ``subject_of_next_verb`` reads them) that agrees with those words in
        number and gender but not with the rendering: «Америка отвергла» under США (plural: отвергли),
        «Голландия заявила» under Нидерланды. None where names are joined to the words (the verb then
        agrees with them all), where no such word follows, or where the rendering's own agreement is not
        known from its spelling (an acronym without its full form, an indeclinable name)."""
        wanted = _definite_genders(rendering)
        if wanted is None:
            return None
        found = _agreeing_word_after(after)
        if found is None:
            return None
        word, number, gender = found
        if _agrees(number, gender, _genders(_head_word(written), False)) and not _agrees(number, gender, wanted):
            return word
        return None

    def agrees_alike(self, common: str, name: str, person: bool) -> bool:
        """The genders a past verb or an adjective may show for each, by their dictionary forms: the common
        noun's must all be the name's (индейка ~ Турция; саженец ~ Фидан; not индюк ~ Турция)."""
        return _genders(common, False) <= _genders(name, person)

    def body_head(self, key: str) -> bool:
        return key.startswith(tuple(self.BODY_HEADS))  # группировки, организацией

    def spelling_key(self, word: str) -> str:
        """Soft and hard vowels alike, in Latin letters, a doubled letter once: Эрбилу ~ Эрбилю, Мамлук ~ Мамлюк."""
        return doubled_once(self.normalise(word).translate(_SPELLING_KEY))

    def spelling_variants(self, key: str) -> list[str]:
        """The Arabic ʿain-syllable opening a name, transcribed either way: Айн ~ Эйн ~ Аин (Ain, Ayn, Ein); and
        the vowel opening a closed first syllable of a name of five letters or more, which transcriptions of
        Arabic, Kurdish and Persian names write as э, а or и (Эрбиль ~ Арбиль ~ Ирбиль, Идлиб ~ Эдлиб)."""
        for opening in _AIN_SYLLABLES:
            if key.startswith(opening):
                rest = key[len(opening) :]
                return [other + rest for other in _AIN_SYLLABLES if other != opening]
        if len(key) >= 5 and key[0] in _OPENING_VOWELS and not set(key[1:3]) & set(_VOWELS + "й"):
            return [other + key[1:] for other in _OPENING_VOWELS if other != key[0]]
        return []

    def same_word_beside(self, word: str, name_word: str) -> bool:
        """As any language, also the name's edge word with a case ending of its own (рейс ~ рейса, фронт ~
        фронтом); an adjective made from it takes more letters (иранский)."""
        if super().same_word_beside(word, name_word):
            return True
        key, known = self.spelling_key(word), self.spelling_key(name_word)
        return len(known) >= 4 and 0 < len(key) - len(known) <= 2 and key.startswith(known)

    def spelled_forms(self, forms: Mapping[str, str]) -> list[tuple[str, frozenset[str] | None]]:
        declines = len(set(forms.values())) > 1
        return [(forms.get(case, forms["nom"]), frozenset({case}) if declines else None) for case in CASES]

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"])] + [((case,), text) for case, text in forms.items() if case != "nom"]

    def phrase_forms(self, text: str) -> frozenset[str] | None:
        """The cases every word's ending allows: an adjective's (верховного: gen, acc) and a noun's
        (лидера: gen, acc), read together; None where they say nothing or disagree."""
        agreed = ALL_CASES
        for word in _WORD.findall(text):
            cases = _ending_cases(word.lower().replace("ё", "е"))
            if cases:
                agreed &= cases
        return agreed if agreed and agreed != ALL_CASES else None

    def read_name(self, name: NameInSentence) -> FormRead:
        name = _with_e(name)
        cases, disagree = read_cases(name.words)
        case, doubt = self._case(name, cases, disagree)
        case, doubt = _against_dative_verb(name, cases, case, doubt)
        case, doubt = _against_experiencer_predicate(name, cases, case, doubt)
        case, doubt = _against_giving_verb(name, cases, case, doubt)
        case, doubt = _against_agreeing_word(name, cases, case, doubt)
        case, doubt = _against_source_preposition(name, case, doubt)
        doubt = _against_source_object(name, case, doubt)
        doubt = _against_possessor_before_noun(name, case, doubt)
        return FormRead((case,) if case != "nom" else (), name.start, name.end, doubt)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        name = _with_e(name)
        cases, end = None, name.end
        if name.ending and name.ending[0] not in "'’\u200c":
            cases = glued_cases(name.forms, name.ending)
            if cases or _case_ending_on_indeclinable(name.forms, name.ending):
                end += len(name.ending)  # the ending goes with the placeholder: "в [[3]]е" is "в Эль-Удейд"
        case, doubt = self._case(name, cases)
        case, doubt = _against_dative_verb(name, cases, case, doubt)
        case, doubt = _against_experiencer_predicate(name, cases, case, doubt)
        case, doubt = _against_giving_verb(name, cases, case, doubt)
        case, doubt = _against_agreeing_word(name, cases, case, doubt)
        case, doubt = _against_source_preposition(name, case, doubt)
        doubt = _against_source_object(name, case, doubt)
        doubt = _against_possessor_before_noun(name, case, doubt)
        return FormRead((case,) if case != "nom" else (), name.start, end, doubt)

    def governed_forms(
        self,
        text_before: str,
        person: bool,
        names: Sequence[tuple[int, int]] = (),
        persons: Sequence[tuple[int, int]] = (),
        nominative: str = "",
        after: str = "",
    ) -> tuple[str, ...] | None:
        """The cases a preposition before the name allows it (a verb or a title alone only suggests one)."""
        singular = bool(nominative) and _singular(nominative, person, after)
        found = govern(with_e(text_before), person=person, names=names, persons=persons, singular=singular)
        return found.cases + found.also if found and found.by == "preposition" else None

    def agree_lists(self, names: Sequence[tuple[NameInSentence, FormRead]]) -> list[FormRead]:
        """Members of one coordinated list ("из России, Ирана и Турции") share the case of what governs the
        list: a preposition before its first member decides it, else the members the model declined, where
        they agree. A member the model left in the nominative never pulls the others to it; where the members
        disagree and nothing decides, the list is flagged and each keeps the case read for it."""
        names = [(_with_e(name), read) for name, read in names]
        reads = [read for _, read in names]
        for members in _coordinated_lists(names):
            for index, read in zip(members, _list_reads([names[i] for i in members], names[members[0]][0])):
                reads[index] = read
        return reads

    def _case(
        self, name: NameInSentence, cases: frozenset[str] | None, disagree: bool = False
    ) -> tuple[str, str | None]:
        """The case of a slot: what the model's words say where the sentence allows it, else what governs
        it, else a guess. A context rule never replaces a case the model wrote that the words around it
        allow; where they allow it only on one reading of the sentence, the slot is flagged."""
        forms, placed, person = name.forms, name.before, name.person
        before = _hide(name.text[: name.start], _spans(placed))  # a placeholder's brackets are no punctuation
        if not _declines(forms):
            return "nom", None
        if _quoted_after_award_noun(before):
            return "nom", None  # "звание «Герой Республики»": a quoted name in apposition to its generic noun
        if (
            name.possessor
            and _AFTER_QUOTED_NAME.search(before)
            and (not cases or cases == ALL_CASES or cases <= {"nom", "acc", "gen"})
        ):
            # "Russia's Aeroflot" as «Аэрофлот» Россия: the owner after the quoted name of its firm or club is
            # its genitive («Аэрофлот» России), as after a noun
            return "gen", None
        if name.award:
            given = _award_given(before, cases, forms)
            if given is not None:
                return given
        if placed and (
            (_closes_adverbial_phrase(before, placed[-1]) and subject_of_next_verb(name.after, forms["nom"], person))
            or (
                _closes_introductory_phrase(before, placed[-1])
                and (not _LIST_GOES_ON.match(name.after) or subject_of_next_verb(name.after, forms["nom"], person))
            )
        ):
            placed = ()  # "Выступая в Тегеране, [руководитель] предупредил": the subject, not joined to Тегеране
        silent = not cases or cases == ALL_CASES  # the model's words say nothing about the case
        before = past_adverbial(before) or before  # "обсудили по телефону [Иран]": read as right after the verb
        direct = govern(
            before,
            person=person,
            names=_spans(placed),
            subjects=_spans([name for name in placed if not name.tokens]),
            persons=_spans([name for name in placed if name.person]),
            no_subject=bool(name.preposition) or name.verb_object,
            singular=_singular(forms["nom"], person, name.after),
        )
        if direct is None and (silent or "nom" in (cases or ())):
            through = _through_demonstrative(before, name.after, forms["nom"], person)
            if through:  # "знаем об этом Иран": the pronoun is the name's own, the preposition governs both
                direct = Governed(through, "preposition")
        if direct and direct.by == "agent":
            agent = _agent_case(name, before, placed, cases, silent)
            if agent:
                return agent
            direct = None  # the model's own oblique case after the participle ("передан Ирану") stands
        nominative_read = silent or "nom" in (cases or ())
        if (
            name.agent
            and (direct is None or direct.by == "attribute")
            and (silent or (cases or frozenset()) <= {"nom", "acc"})
            and _after_long_passive_participle(before, placed)
        ):
            return "ins", None  # "санкции, предложенные [Вашингтоном]" for "proposed by Washington"
        if (
            name.agent
            and cases
            and cases & {"nom", "gen"}
            and not cases & {"dat", "ins", "prep"}
            and _agent_after_its_predicate(before, placed, forms["nom"], person)
        ):
            # "Iraq is being pressed by Washington" made active: «На Ирак оказывает давление [Вашингтон]», the
            # agent the predicate's subject after it, not the possessor of its noun (давление Вашингтона)
            return "nom", None
        if (
            direct
            and direct.by in ("title", "preposition")
            and "gen" in direct.also
            and name.attributive
            and nominative_read
            and not subject_of_next_verb(name.after, forms["nom"], person)
        ):
            # "a Putin adviser": the person whose adviser it is, not the adviser himself (с советником Путина)
            return "gen", None
        if direct is None and nominative_read and name.verb_object:
            # the source makes it a verb's direct object: the Russian verb before it (or before the list it
            # ends, "посетил Дамаск, Бейрут и [Москва]") governs it, in the accusative unless the verb is known
            # to govern another case
            direct = _object_governor(before, placed, person, forms["nom"])
        elif (
            direct
            and direct.by == "verb"
            and name.verb_object
            and not name.preposition
            and nominative_read
            and _fronted_object(before, placed)
        ):
            direct = None  # "Путина принял [Эрдоган]": an object put first, the name the verb's subject
        elif direct is None and cases and name.verb_object and _list_opening(before) is not None:
            # "посетил Дамаск и [Тегерана]" for "visited Damascus and Tehran": a later member of a list the verb
            # governs, written in a case the verb does not give; which member the model declined wrong is not
            # known (the first is no glossary name), so the name stays as written and is flagged
            list_governor = _object_governor(before, placed, person, forms["nom"])
            if list_governor is not None and not set(list_governor.cases + list_governor.also) & cases:
                written = [c for c in CASES if c in cases]
                return written[0], (
                    f"'{forms['nom']}': a later member of a list the verb before it governs in the "
                    f"{list_governor.cases[0]}; the model wrote another case: check it"
                )
        comma_case = _comma_member_case(name, before, placed) if direct is None and nominative_read else None
        if comma_case and (name.preposition or name.verb_object):
            # "в Сирии, Ирак и регионе" for "in Syria, Iraq and the region", "против Ирана, Россия и трех
            # организаций": the source lists both after one preposition (or as one verb's objects), so the member
            # after the comma takes the case of the one before it
            return comma_case, None
        if comma_case and cases == frozenset({"nom"}) and _LIST_GOES_ON.match(name.after):
            # the same where the source does not confirm the list: the name stays as written, flagged, never
            # published silently
            return "nom", (
                f"'{forms['nom']}': after a comma, in the nominative, where the name before it stands in the "
                f"{comma_case}; as a member of the same list it takes that case: check it"
            )
        listed = _unlisted_member(before, _spans(placed), person) if direct is None else None
        if listed and not (nominative_read and subject_of_next_verb(name.after, forms["nom"], person)):
            # (not "в Китай и Турция покупает ...": the subject of a clause of its own)
            first_member, governed_list = listed
            agreeing = [c for c in governed_list if cases and not silent and c in cases]
            if agreeing:
                return agreeing[0], None  # "в Китай и Ирак": as the model wrote it
            if silent or name.preposition or nominative_read:
                # "продажу нефти в Китай и Ирака" for "to China and Iraq"; "с Си Цзиньпином и Путин в Астане"
                return governed_list[0], None
            ordered = [c for c in CASES if c in (cases or ())]
            return ordered[0] if ordered else "nom", (
                f"'{forms['nom']}': joined by и to '{first_member}', which stands in the {governed_list[0]} after its "
                f"preposition; the model wrote another case: check it"
            )
        if direct is None and nominative_read and _absent(name.after):
            return "gen", None  # "Турция не было за столом": what is absent stands in the genitive
        compared = _compared_with_absent(before, placed) if direct is None and nominative_read else None
        if compared and not subject_of_next_verb(name.after, forms["nom"], person):
            case, possessor = compared
            if not possessor:
                return case, None  # "Турции не было ..., как и Катара"
            return "nom", (
                f"'{forms['nom']}': compared with a possessor that lacks something (у ... нет); it may need "
                f"у and the genitive ({forms.get(case, forms['nom'])}): check it"
            )
        than = (
            _than_case(name, before, name.before)
            if direct is None and nominative_read and "nom" in (cases or {"nom"})
            else None
        )
        if than and not subject_of_next_verb(name.after, forms["nom"], person):
            return than
        member = _compared_member(before, placed) if direct is None and nominative_read else None
        if member and not subject_of_next_verb(name.after, forms["nom"], person):
            by_member = _compared_case(name, *member, name.text[member[0].start : member[0].end])
            if by_member:
                return by_member
        if name.subject and direct is None and not nominative_read and _compared_with_subject(before, placed):
            return "nom", None  # "Турция - нет, как и [Катара]" for "neither did Qatar": the ellipted clause's subject
        if direct is None and placed and (silent or "nom" in (cases or ())):
            mirrored = _mirrored_case(name, before, placed, cases, silent)
            if mirrored:
                return mirrored
        if (
            direct
            and direct.by == "verb"
            and (silent or "nom" in (cases or ()))
            and _plural_subject_after_verb(before, name, _spans([p for p in placed if not p.tokens]))
        ):
            return "nom", None  # "— сообщили Россия и Турция": the subject after its verb, not its addressee
        if (
            direct is None
            and (silent or "nom" in (cases or ()))
            and placed
            and _subject_after_opening_phrase(name, before, placed[-1])
        ):
            return "nom", None  # "Кроме [[1]], [[2]] также оспаривает": the comma ends the phrase before the subject
        found = direct or _coordinated_governor(before, placed, person, comma=silent)
        if found and not direct and not placed[-1].tokens and (silent or "nom" in (cases or ())):
            if found.by == "verb" and _plural_subject_after_verb(
                before[: placed[-1].start], name, _spans([p for p in placed[:-1] if not p.tokens]), joined=True
            ):
                return "nom", None  # "— сообщили Россия и [Турция]": joined to the subject after the verb
            if found.by == "agent":
                return "nom", None  # "приглашены Иран и [Турция]": joined to a name the participle's subject may be
        nominative = forms["nom"]
        if (
            name.subject
            and nominative_read
            and direct
            and direct.by in ("preposition", "title")
            and not (name.possessor or name.preposition or name.verb_object)
            and _opens_with_phrase_alone(before)
            and _title_in_phrase(before)
            and _verb_ahead_agrees(name.after, nominative, person)
        ):
            # "В качестве министра иностранных дел Турции [Фидан] ... посетил": the source's subject after the phrase
            # opening the sentence, before the verb that agrees with it; the title and preposition are the phrase's
            return "nom", None
        joined = (
            _coordinated_case(before, placed, person=person)
            if silent and not direct and placed and placed[-1].settled
            else None
        )
        # the source makes the name no object and no possessor, and the clause so far is a phrase opening it: the
        # preposition or title in that phrase is its own noun's ("После встречи с послом Путин заявил ...")
        opening = _opening_phrase(before) and not name.possessor and not name.preposition and not name.verb_object
        subject = (
            (silent or "nom" in (cases or ()))
            and not (
                direct
                and (direct.by in ("preposition", "title") or (silent and direct.by == "attribute"))
                and not (opening and not silent)
            )
            and joined in (None, "nom")
            and (not after_noun(before, person) or (_opening_phrase(before) and not name.possessor))
            and not _after_name(before)
            and subject_of_next_verb(name.after, nominative, person, _coordinated_case(before, placed) is not None)
        )
        if (
            not subject
            and cases
            and not silent
            and "nom" not in cases
            and placed
            and placed[-1].settled
            and not placed[-1].tokens
            # an indeclinable name before (Джебхат ан-Нусра) shows no case: "Члены Джебхат ан-Нусра и Аль-Каиды"
            and (placed[-1].forms is None or _declines(placed[-1].forms))
            and _coordinated_case(before, placed, comma=False) == "nom"
            and subject_of_next_verb(name.after, nominative, person, coordinated=True)
        ):
            return "nom", None  # "Путин и Эрдогана договорились": joined to a subject, before their verb
        if subject and not disagree:
            # "в ходе которого Путин и Эрдоган договорились", "Россия и Турция подписали": the subject
            if name.possessor and _after_possessum(before):
                return "gen", (
                    f"'{nominative}': the source makes it a possessor, but the verb after it may make "
                    f"it a subject; the genitive was chosen: check it"
                )
            return "nom", None
        governed = found.cases if found else None
        if joined is not None and (not governed or joined in governed):
            if name.words and _by_comma_alone(before, placed[-1], name.after):
                return joined, (
                    f"'{nominative}': the model's word shows no case; it was read as joined by a comma to the "
                    f"name before it ({joined}), but the comma may end a phrase: check it"
                )
            return joined, None  # "с Россией, Iran и ...": a name joined to the one before takes its case
        nominative_or_accusative = silent or (cases is not None and cases <= {"nom", "acc"})
        if (
            name.recipient
            and person
            and not governed
            and cases
            and cases <= {"gen", "acc"}
            and _addressed_noun_before(before)
        ):
            # "a warning to Erdoğan": the model's genitive says Erdoğan warned; the source, that he was warned
            return "dat", None
        if name.recipient and person and not governed and cases == frozenset({"gen", "acc"}) and after_noun(before):
            return "gen", (
                f"'{nominative}': the source has it after 'to' (what is addressed to it), but the genitive after "
                f"the noun makes it the noun's own: check it"
            )
        if name.possessor and not governed and nominative_or_accusative and _after_possessum(before):
            return "gen", None  # "Putin's Russia": the possessor follows in the genitive (Россия Путина)
        possessed = _possessor_agreeing_with_noun(name, cases)
        if possessed is not None:
            case = min(cases or (), key=CASES.index)
            return case, (
                f"'{forms.get(case, nominative)}': the source's possessor, written in the case of the noun after it "
                f"('{possessed}'), where Russian puts the possessor after its noun in the genitive "
                f"({possessed} {forms.get('gen', nominative)}): check it"
            )
        if (
            name.attributive
            and not governed
            and nominative_or_accusative
            and not _after_name(before)
            and not _opens_dash_pair(name.after)  # "встреча Асад–Путин": a pair joined by a dash
            and _after_possessum(before)
            and not subject_of_next_verb(name.after, nominative, person)
        ):
            # "a study by a Moscow think tank": the name that modified a noun in English follows the Russian noun
            # in the genitive (одного из аналитических центров Москвы), the model's nominative no case there
            return "gen", None
        if not person and not governed and nominative_or_accusative and after_title(before):
            return "gen", None  # "Эмир Катар": a place after a title is its genitive complement
        last_word = before.split()[-1].lower() if before.split() else ""
        if cases == frozenset({"nom"}) and not governed and last_word and is_infinitive(last_word):
            return "nom", (
                f"'{nominative}': nominative right after a verb's infinitive, where its object "
                f"needs another case: check it"
            )
        if cases and cases != ALL_CASES:
            texts = {forms.get(c, forms["nom"]) for c in cases}
            ordered = [c for c in CASES if c in cases]
            if disagree:  # "Тамим бин Хамада": the model declined some words and not others
                chosen = next((c for c in governed or () if c in cases), None) or (
                    "nom" if "nom" in cases and (subject or opens_clause(before)) else ordered[-1]
                )
                return chosen, (
                    f"'{nominative}': the model's words disagree on the case ({', '.join(ordered)}); "
                    f"{chosen} was chosen: check it"
                )
            if found and governed:
                allowed = [*governed, *found.also]
                if name.possessor and "gen" in cases and "gen" not in allowed and _after_noun_phrase(before):
                    # "Assad's foreign minister": «с министром иностранных дел Асада», the possessor of the noun
                    # phrase before it in the genitive the model wrote, not in apposition to it («Асадом»)
                    return "gen", None
                agreeing = [c for c in allowed if c in cases]
                if found.either and "nom" in cases and agreeing and forms.get(governed[0]) != forms.get(governed[1]):
                    return agreeing[0], (
                        f"'{nominative}': the model's form reads as {agreeing[0]} (direction); "
                        f"the place ({governed[1]}) may be meant: check it"
                    )
                if (
                    agreeing[:1] == ["prep"]
                    and "acc" in allowed
                    and (_sent_towards(name, before) or _towards_a_place(name, before))
                ):
                    if name.ending and not name.words:  # "в [[2]]е": the ending the model glued on is its choice
                        return "prep", (
                            f"'{nominative}': the model glued the prepositional's ending on after в/на, where "
                            f"the source has it after 'to' and a verb of sending (the accusative, "
                            f"{forms.get('acc', nominative)}, may be meant): check it"
                        )
                    return "acc", None  # "направить министров в Тегеране" for "send ministers to Tehran": direction
                if agreeing and (
                    agreeing[0] == governed[0] or "nom" not in cases or forms.get(agreeing[0]) == forms.get(governed[0])
                ):
                    return agreeing[0], None  # as the model wrote it ("называют «Волком Анатолии»")
                if (
                    agreeing == ["acc"]
                    and governed[0] == "prep"
                    and (_sent_towards(name, before, reach=5) or _towards_a_place(name, before))
                ):
                    # "визит министра иностранных дел Ирана в Багдад" for "visit to Baghdad": the source's "to" and
                    # a noun or verb of going before в confirm the model's accusative, a destination
                    return "acc", None
                if agreeing == ["acc"] and governed[0] == "prep" and _motion_after(name.after):
                    return "acc", None  # "в Тегеран прилетела делегация": a verb of motion after it, a direction
                if agreeing == ["acc"] and governed[0] == "prep" and _pressure_after(before, name.after):
                    return "acc", None  # "На Ирак оказывает давление": the pressure put on it (давление на Ирак)
                if agreeing and locative_after_noun(before) and name.preposition not in ("to", "into"):
                    return governed[0], None  # "чиновники в Эрбиль": a place after a noun, the name left undeclined
                if agreeing == ["acc"] and governed[0] == "prep" and _place_where(name):
                    # "in Iraq" with no word of motion before в: the place where, left undeclined ("в Ирак")
                    return "prep", None
                if agreeing == ["acc"] and name.preposition == "for" and _WORD.findall(before)[-1:] in (["за"], ["За"]):
                    # «голосовал за Иран» for "voted for Iran": за with the accusative (for), not the instrumental
                    # (behind), as the source's preposition says
                    return "acc", None
                if agreeing:  # "в Иран": motion (acc), or a name the model left undeclined (prep)?
                    return agreeing[0], (
                        f"'{nominative}': the model's form reads as {agreeing[0]}, but it may be "
                        f"undeclined where {governed[0]} is needed: check it"
                    )
                if (
                    found.by == "verb"
                    and governed == ("acc",)
                    and name.verb_object
                    and "gen" in cases
                    and "acc" not in cases
                    and not _negated_verb(before)
                ):
                    # "посетил Багдада" for "visited Baghdad": the source's direct object, after a verb that takes the
                    # accusative and no negation (whose genitive may be the model's choice)
                    return "acc", None
                if found.by == "verb" and "acc" in cases and _object_moved_somewhere(before, name.after):
                    return "acc", None  # "поставить Иран на колени", "передать Идлиб под контроль": the object
                if cases <= {"nom", "acc"}:
                    cases = frozenset()  # left undeclined ("против Аль-Каида", "поддерживать Эрдоган"): read on
                elif found.by == "verb":
                    governed = None  # a verb only suggests a case: the one the model wrote stands
                elif "gen" in cases and _adjective_right_before(before):
                    # "за настоящее Ирана": the word before it, read as the name's adjective, may be a noun made of
                    # one (настоящее, "the present"), whose genitive complement the model wrote: its form is kept
                    return "gen", (
                        f"'{nominative}': the model's genitive does not fit the preposition before it, but the word "
                        f"between them may be a noun ('{_WORD.findall(before)[-1]}'), whose complement the "
                        f"genitive is; the model's form was kept: check it"
                    )
                else:  # an ending the preposition cannot take ("в Эрбилю"): the preposition wins
                    return governed[0], (
                        f"'{nominative}': the model's ending ({', '.join(ordered)}) does not fit "
                        f"the words before it; {governed[0]} was chosen: check it"
                    )
            if (
                cases
                and cases <= {"nom", "acc"}
                and after_noun(before, person)
                and not _opens_dash_pair(name.after)
                and _predicate_disagrees(name.after, nominative, person)
                and not (not person and _WORD.findall(before)[-1].lower().startswith(_GENERIC_PLACES))
            ):
                return "gen", None  # "судьба Идлиб связана": the predicate is the noun's, the name its genitive
            if (
                cases
                and cases <= {"nom", "acc"}
                and not person
                and (name.preposition or name.possessor or name.modified)  # not "In the south, Iraq is calm"
                and part_of_place_before(before)
                and not _opens_dash_pair(name.after)
                and not subject_of_next_verb(name.after, nominative, person)
            ):
                # "from Iraqi Kurdistan": «с территории Иракский Курдистан», the model's noun of the place's part
                # between its preposition and the name; the name is that noun's complement (Иракского Курдистана)
                return "gen", None
            if (
                cases
                and cases <= {"nom", "acc"}
                and not person
                and _after_facility_of_place(before)
                and not _opens_dash_pair(name.after)
                and not subject_of_next_verb(name.after, nominative, person)
            ):
                # "near Baghdad airport": «возле аэропорта Багдад», the model's nominative after a declined airport
                # or port; the city is its genitive complement (аэропорта Багдада), not its own name in apposition
                return "gen", None
            if (
                cases
                and cases <= {"nom", "acc"}
                and name.preposition == "of"
                and (after_noun(before, person) or _after_abbreviation(before))
                and not _opens_dash_pair(name.after)
                and not subject_of_next_verb(name.after, nominative, person)
            ):
                # "three citizens of Russia": «трое граждан Россия», the source's "of" after the noun the model
                # wrote before the name; the name is that noun's genitive complement (граждан России)
                return "gen", None
            if (
                cases
                and cases <= {"nom", "acc"}
                and after_noun(before, person)
                and not _opens_dash_pair(name.after)
                and not (name.subject and _speaker_after_speech_verb(before))
            ):
                return ordered[0], (
                    f"'{nominative}': nominative right after a noun, where Russian usually needs the genitive: check it"
                )
            if cases and len(texts) == 1:
                return ordered[0], None
            if cases:
                return ordered[0], (
                    f"'{nominative}': the model's ending fits several cases ({', '.join(ordered)}); "
                    f"{ordered[0]} was chosen: check it"
                )
        if governed:
            texts = {forms.get(c, forms["nom"]) for c in governed}
            if len(texts) == 1 or len(governed) == 1:
                return governed[0], None
            if set(governed[:2]) == {"prep", "acc"} and _place_where(name) and found and not found.either:
                return "prep", None  # "войска в Сирия" for "troops in Syria": the place where
            if (
                set(governed[:2]) == {"prep", "acc"}
                and name.words  # a bare placeholder ("в [[2]]") stays a guess, flagged
                and found
                and not found.either
                and _sent_towards(name, before)
            ):
                return "acc", None  # "продаж газа в Турция" for "gas sales to Turkey": where it goes
            if governed[:2] == ("prep", "acc") and found and not found.either and _motion_after(name.after):
                return "acc", None  # "в Сирия вошли войска": a verb of motion after it, where they went
            return governed[0], (
                f"'{nominative}': the model gave no case ending; '{governed[0]}' was read from the "
                f"words before it ({' or '.join(governed)} possible): check it"
            )
        coordinated = _coordinated_case(before, placed, person=person)
        if coordinated is not None and not after_noun(before[: placed[-1].start], person):
            return coordinated, None
        if after_noun(before, person) and _opens_dash_pair(name.after):
            return "nom", None  # "газопроводе [[1]]-[[2]]": a pair named by its ends, one compound in the nominative
        if after_noun(before, person):
            return "gen", (
                f"'{nominative}': the model gave no case ending; after a noun it is read as a genitive: check it"
            )
        if opens_clause(before):
            return "nom", None  # the subject, at the start of a sentence or clause
        return "nom", (
            f"'{nominative}': the model gave no case ending and nothing before it governs one; "
            f"nominative was chosen: check it"
        )


# a quoted name (of a firm, a club, a paper) right before the name, only spaces between
_AFTER_QUOTED_NAME = LazyPattern(r"[«“„\"][^«»“”„\"\n]{1,40}[»”\"][ \u00a0]+$")

# generic nouns a quoted name stands beside in apposition, in the nominative whatever their own case:
# звание «Герой Республики», ордена «За заслуги», прозвищем «Волк Анатолии»
_AWARD_NOUNS = ("звани", "титул", "преми", "орден", "медал", "наград", "прозвищ", "кличк", "позывн")
_OPENING_QUOTE = LazyPattern(r"(?<![^\W\d_])([^\W\d_]+)\s*[«\"“„]\s*$")  # from a word's start: one reading


def _quoted_after_award_noun(text_before: str) -> bool:
    """Whether a name stands in quotation marks right after a generic noun of award, title or nickname."""
    match = _OPENING_QUOTE.search(text_before)
    return match is not None and match.group(1).lower().startswith(_AWARD_NOUNS)


# verbs of giving whose thing given stands in the accusative and whose receiver in the dative (вручить
# орден офицеру, присвоить звание Сулеймани); not наградить, which gives the award in the instrumental
_GIVING_VERBS = ("вруч", "присужд", "присуди", "присва", "присвои", "присвое", "дари", "подари", "выда", "переда")


# verbs of rewarding, whose receiver stands in the accusative and the award in the instrumental (наградить
# археолога орденом) or, for удостоить, the genitive (удостоить звания)
_REWARDING_VERBS = (("наград", "награжд"), ("удостои", "удостаива"))


def _award_of_rewarding(
    words: list[str], hidden: bool, cases: frozenset[str] | None, forms: Mapping[str, str]
) -> tuple[str, str | None] | None:
    """The case of an award right after a verb of rewarding, or after the verb and its receiver ("наградила
    [[2]] археолога", "наградил Асада [[2]]"): the instrumental (наградить орденом), the genitive after
    удостоить (удостоил звания). A nominative or accusative the model left it in is replaced; another case it
    wrote is kept, flagged. None where no such verb governs it."""
    found = next(
        (
            (back, words[-back], case)
            for back in (1, 2)
            if len(words) >= back
            for stems, case in zip(_REWARDING_VERBS, ("ins", "gen"))
            if words[-back].startswith(stems) and _verb_form(words[-back])
        ),
        None,
    )
    if found is None:
        return None
    back, verb, case = found
    if back == 2 and not hidden and not words[-1].endswith(("а", "я", "ого", "его", "их", "ых", "ов", "ей")):
        return None  # a word between that is no receiver in the accusative
    if not cases or cases == ALL_CASES or case in cases or cases & {"nom", "acc"}:
        return case, None
    kept = sorted(cases, key=CASES.index)[0]
    return kept, (
        f"'{forms.get(kept, forms['nom'])}' after '{verb}': the award is given in the "
        f"{'instrumental' if case == 'ins' else 'genitive'} ({forms.get(case, forms['nom'])}); the model's {kept} "
        "was kept: check it"
    )


def _award_given(
    text_before: str, cases: frozenset[str] | None, forms: Mapping[str, str]
) -> tuple[str, str | None] | None:
    """The case of an award right after a verb of giving in its clause, or after the verb and its receiver
    in the dative ("вручает [[2]] офицеру", "вручил Асаду [[2]]"): the accusative, the thing given. A case
    the model wrote that cannot be it (the dative of "ордену Заслуг") is replaced; one that might be a
    negation's genitive or the model's own reading is kept, flagged. None where no such verb governs it."""
    if re.search(r"[^\w\s\-\ue000]\s*$", text_before):
        return None
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :][-80:])]
    words = _past_focus_particles(words)
    hidden = text_before.rstrip().endswith(_HIDDEN)  # the receiver placed before the award: "вручил Асаду"
    rewarded = _award_of_rewarding(words, hidden, cases, forms)
    if rewarded is not None:
        return rewarded
    for back in (1, 2) if not hidden else (1,):
        if len(words) < back:
            return None
        verb = words[-back]
        if _verb_form(verb) and verb.startswith(_GIVING_VERBS):
            if back == 2 and not words[-1].endswith(("у", "ю", "е", "ам", "ям", "ому", "ему")):
                return None  # a word between that is no dative receiver: "вручил награды [[2]]"
            break
    else:
        return None
    if cases and "gen" in cases and words[-back - 1 : -back] == ["не"]:
        return "gen", None  # "не вручил ордена Заслуг": the genitive of a negation
    if not cases or cases == ALL_CASES or cases & {"nom", "acc", "dat"}:
        return "acc", None
    kept = sorted(cases, key=CASES.index)[0]
    return kept, (
        f"'{forms.get(kept, forms['nom'])}' after '{verb}': the thing given is usually in the accusative "
        f"({forms.get('acc', forms['nom'])}), the genitive only after a negation; the model's {kept} was kept: "
        "check it"
    )


def _possessor_agreeing_with_noun(name: NameInSentence, cases: frozenset[str] | None) -> str | None:
    """The noun right after a name the source makes a possessor ("offered Iraq's government a loan") where the
    model wrote the name in that noun's own case, no genitive among its readings (предложил Ираку правительству,
    довольна Ираном позицией): the noun, as if the name agreed with it, which a possessor never does; None
    otherwise (правительству Ирака, Сирии экономике, whose Сирии may be the genitive)."""
    if not name.possessor or not cases or "gen" in cases or not _declines(name.forms):
        return None
    following = re.match(r"\s+([а-яё]+)(?![\w-])", name.after)
    if following is None or not _noun(following.group(1)) or following.group(1) in _SHORT_PREDICATIVES:
        return None  # "Assad's ready" is "Assad is ready" (Асад готов)
    shown = _ending_cases(following.group(1))
    return following.group(1) if shown and shown & cases else None


# endings of neuter nouns, which :func:`_noun` leaves out with the adverbs in -о/-е: the nominative and accusative
_NEUTER_NOUN_ENDINGS = ("ство", "ение", "ание", "тие", "ьство", "ление")


def _noun_cases_after(after: str) -> tuple[str, frozenset[str]] | None:
    """The lowercase noun standing right after a name, with only a space between, and the cases its ending
    allows (a plural in -ы/-и also read as the nominative and accusative); None where the next word is no noun
    by its form (a verb, an adverb, a function word) or something other than a space comes first."""
    following = re.match(r" ([а-яё]+)(?![\w-])", after)
    if following is None:
        return None
    word = following.group(1).replace("ё", "е")
    if word in _NOT_NOUNS or word in GOVERNED_CASES or _verb_form(word) or word in CLAUSE_WORDS:
        return None
    if word in _SHORT_PREDICATIVES:
        return None  # "Асад готов": a predicative, no noun
    if word.endswith(_NEUTER_NOUN_ENDINGS):
        return word, frozenset({"nom", "acc"})
    if not (_noun(word) or _title_case(word) is not None or _prepositional_noun(word)):
        return None
    shown = set(_ending_cases(word) or ())
    if word.endswith(("ы", "и")) and len(word) > 4:
        shown |= {"nom", "acc"}  # ракеты, власти: the plural
    return word, frozenset(shown)


def _prepositional_noun(word: str) -> bool:
    """A noun in the prepositional or dative singular by its ending (экономике, министерстве, армии), which
    :func:`_noun` leaves out with the adverbs in -е: long enough, and not an adjective's or adverb's ending."""
    return (
        len(word) > 5
        and word.endswith(("ке", "ве", "те", "не", "ре", "де", "ле", "ии"))
        and not word.endswith(_ADJECTIVE_ENDINGS)
        and not word.endswith(("нее", "лее", "нне"))
    )


def _against_possessor_before_noun(name: NameInSentence, case: str, doubt: str | None) -> str | None:
    """A name the source makes a possessor ("Iran's economy") that the model wrote before a noun, in that noun's
    case and not in the genitive («об Иране экономике», «Ирак правительство», «Иран президент»): Russian puts
    the possessor after its noun in the genitive, so the name is flagged, the model's words kept (the noun may
    belong to another phrase). A noun in another case is another phrase's («в Иране экономика растет»)."""
    if doubt or case == "gen" or not name.possessor:
        return doubt
    declines = _declines(name.forms)
    if not declines:
        before = _hide(name.text[: name.start], _spans(name.before))
        if after_noun(before, person=False):
            return doubt  # «правительство Роухани ...»: the name already follows a noun, as its genitive
        case = "nom"  # «Роухани правительство»: its form shows no case, its place before the noun is the fault
    found = _noun_cases_after(name.after)
    if found is None and case == "nom":
        found = _word_after_nominative(name.after)
    if found is None:
        return doubt
    noun, shown = found
    if case not in shown:
        return doubt
    shown_name = name.forms.get(case, name.forms["nom"])
    return (
        f"'{shown_name}': the source's possessor, written before the noun '{noun}' in the same case, where Russian "
        f"puts the possessor after its noun in the genitive ({noun} ... {name.forms.get('gen', shown_name)}): "
        "check it"
    )


# predicates whose experiencer stands in the dative before them ("Ирану нужно время", "России удалось", "Ираку не
# хватает денег"): with no subject of their own, a name opening their clause is that experiencer, never a nominative
_EXPERIENCER_PREDICATES = frozenset(
    """нужно нужна нужен нужны надо необходимо необходима необходим необходимы требуется требуются хватает хватало
хватит недостает недоставало удалось удается удастся удавалось пришлось придется приходится приходилось предстоит
предстояло следует следовало хочется захотелось""".split()
)
# what stays for the experiencer ("Ирану остается мало времени", "Эрдогану не оставалось ничего"): only with a
# quantity or a negation, as "Иран остается главным" has a subject of its own
_LEFT_PREDICATES = frozenset("остается осталось оставалось останется".split())
# those that agree with a subject of their own, the one needed («Ирану нужна помощь», but «Россия нужна Европе»)
_AGREEING_PREDICATES = frozenset("нужна нужен нужны необходима необходим необходимы".split())
_QUANTITY_AFTER = frozenset("мало немного недолго всего лишь только несколько считанные пара ничего".split())
# where a clause opens before a name: a sentence's or clause's start, or a conjunction
_CLAUSE_CONJUNCTION = LazyPattern(r"(?:^|[\s,])(?:и|а|но|что|чтобы|если|когда|пока|поэтому|однако|теперь)\s+$")


def _experiencer_predicate_after(after: str) -> tuple[str, bool] | None:
    """The predicate of the dative experiencer right after a name (past не, an adverb or the noun of what is
    lacking between: "[Ирану] времени остается мало", "[России] так и не удалось"), and whether an infinitive
    follows it (where the name may instead be its object: «Иран нужно убедить»); None where there is none."""
    words = [word.lower().replace("ё", "е") for word in _WORD.findall(after[:80])]
    if not words or not re.match(r" [а-яё]", after):
        return None
    for at, word in enumerate(words[:4]):
        if word in _EXPERIENCER_PREDICATES or (
            word in _LEFT_PREDICATES
            and (
                (at and words[at - 1] != "не" and _noun(words[at - 1])) or _QUANTITY_AFTER & set(words[at + 1 : at + 3])
            )
        ):
            return word, at + 1 < len(words) and is_infinitive(words[at + 1])
        if word in _NOT_NOUNS and word not in ("не", "так", "и", "уже", "еще", "все", "тоже", "также", "лишь", "снова"):
            return None
        if _verb_form(word) or word in GOVERNED_CASES:
            return None
    return None


def _against_experiencer_predicate(
    name: NameInSentence, cases: frozenset[str] | None, case: str, doubt: str | None
) -> tuple[str, str | None]:
    """The case of a name that opens its clause before a predicate of the dative experiencer ("Iran needs time",
    "Russia managed to", "Iraq lacks money"): where the model showed no case (a placeholder, a name in Latin
    letters), the dative, flagged only where an infinitive follows (the name may be its object); where the model
    wrote a nominative (Иран нужно время), the dative, flagged; a nominative or accusative before an infinitive
    («Иран нужно убедить», "Iran must be persuaded") is kept, flagged. A dative the model wrote stands."""
    if case not in ("nom", "acc") or not _declines(name.forms) or name.preposition or name.possessor:
        return case, doubt
    if cases and "dat" in cases:
        return case, doubt
    if name.forms.get("dat") in {name.forms.get(c) for c in (cases or ())}:
        return case, doubt
    before = _hide(name.text[: name.start], _spans(name.before))
    if before.strip() and not (opens_clause(before) or _CLAUSE_CONJUNCTION.search(before)):
        return case, doubt
    found = _experiencer_predicate_after(name.after)
    if found is None:
        return case, doubt
    predicate, infinitive = found
    if (
        predicate in _AGREEING_PREDICATES
        and not name.subject
        and not infinitive
        and cases
        and "nom" in cases
        and _participle_gender(predicate) in _genders(name.forms["nom"], name.person)
    ):
        return case, doubt  # «Россия нужна Европе» for "Europe needs Russia": the subject, the one needed
    dative = name.forms["dat"]
    silent = not cases or cases == ALL_CASES
    if silent and not infinitive:
        return "dat", doubt
    if silent or not infinitive:
        return "dat", doubt or (
            f"'{name.forms.get(case, name.forms['nom'])}' before '{predicate}', whose experiencer stands in the "
            f"dative ({dative}): the dative was put in; check it"
        )
    return case, doubt or (
        f"'{name.forms.get(case, name.forms['nom'])}' before '{predicate}' and an infinitive: the experiencer in the "
        f"dative ({dative}) or the infinitive's object; the model's form was kept: check it"
    )


# predicatives a subject's name stands before ("Асад готов", "Эрдоган должен"): no noun it possesses
_SHORT_PREDICATIVES = frozenset(
    """готов готова готовы рад рада рады должен должна должны намерен намерена намерены уверен уверена уверены
согласен согласна согласны вынужден вынуждена вынуждены обязан обязана обязаны способен способна способны
доволен довольна довольны открыт открыта открыты жив жива живы прав права правы свободен свободна свободны
известен известна известны""".split()
)


def _word_after_nominative(after: str) -> tuple[str, frozenset[str]] | None:
    """The lowercase word right after a name, with only a space between, that may be a noun or the adjective
    opening a noun phrase in the nominative or accusative where :func:`_noun_cases_after` finds no noun by its
    ending («Асад режим», «Путин новый план»): none of a verb, a function word, an adverb in -о or -е or a
    predicative («Асад готов»); None where there is none."""
    following = re.match(r" ([а-яё]+)(?![\w-])", after)
    if following is None:
        return None
    word = following.group(1).replace("ё", "е")
    if (
        len(word) < 3
        or word in _NOT_NOUNS
        or word in GOVERNED_CASES
        or word in CLAUSE_WORDS
        or word in _SHORT_PREDICATIVES
        or word in _TIME_ALONE
        or (_verb_form(word) and not word.endswith("им"))  # a first person's -им is no verb of a name (режим)
        or is_infinitive(word)
        or word.endswith(("о", "е", "ь", "ом", "ем", "ой", "ей", "ую", "юю"))
    ):
        return None
    if word.endswith(("им", "ым")) and len(word) > 5:
        return None  # an instrumental adjective (иранским) belongs to another phrase
    return word, frozenset({"nom", "acc"})


def _against_source_preposition(name: NameInSentence, case: str, doubt: str | None) -> tuple[str, str | None]:
    """A nominative read for a name the source makes the object of a preposition ("sold arms only to
    Ankara"): no subject, so never left in the nominative unflagged. After a verb that takes its receiver in
    the dative, with its own object between ("продал оружие только [Анкаре]"), "to" makes the name that
    receiver, in the dative; anywhere else the nominative stays, flagged. A name in apposition to a
    generic noun (в провинции Идлиб, звание «Герой Республики») or joined by a dash stands rightly so."""
    if case != "nom" or not name.preposition or not _declines(name.forms):
        return case, doubt
    before = _hide(name.text[: name.start], _spans(name.before))
    if re.search(r"[^\w\s\-\ue000]\s*$", before) or _opens_dash_pair(name.after):
        return case, doubt  # a quotation mark, a colon, a dash: a title, a heading, a pair
    words = _past_focus_particles([word.lower() for word in _WORD.findall(before[_clause_start(before) :][-80:])])
    if not words or words[-1].startswith(_GENERIC_PLACES) or words[-1].startswith(_AWARD_NOUNS):
        return case, doubt
    if name.preposition == "to" and (
        _governs_dative(words[-1]) or (len(words) > 1 and _own_object(words[-1]) and _governs_dative(words[-2]))
    ):
        return "dat", None
    if name.preposition == "of" and _joined_to_indeclinable_complement(before, name.before):
        return "gen", None
    if doubt:
        return case, doubt
    nominative = name.forms["nom"]
    return case, (
        f"'{nominative}': the source makes it the object of '{name.preposition}', but it stands in the "
        f"nominative with nothing before it that governs another case: check it"
    )


def _joined_to_indeclinable_complement(before: str, placed: Sequence[PlacedBefore]) -> bool:
    """Whether a name stands joined by и/или to an indeclinable name right after a noun ("Члены Джебхат ан-Нусра и
    [Аль-Каида]" for "Members of the al-Nusra Front and al-Qaeda"): the first is the noun's genitive complement,
    its form showing no case, and the name joined to it shares that case."""
    if not placed or placed[-1].forms is None or _declines(placed[-1].forms):
        return False
    first = placed[-1]
    if not re.fullmatch(r"\s+(?:и|или|либо)\s+", before[first.end :], re.IGNORECASE):
        return False
    return after_noun(before[: first.start], person=first.person)


# verbs that take no direct object in news copy (dying, taking part, speaking out, going), and modal and
# phase verbs whose object is an infinitive's: a name in the nominative after one is its subject, or the
# sentence was built otherwise ("в результате удара погиб Сулеймани" for "the strike killed Soleimani")
_NO_DIRECT_OBJECT = (
    *_ARRIVING,
    "погиб",
    "умер",
    "умир",
    "пострада",
    "страда",
    "выжи",
    "исчез",
    "пропа",
    "выступ",
    "голосова",
    "проголосова",
    "участвова",
    "поучаствова",
    "работа",
    "воева",
    "жил",
    "жив",
    "стоя",
    "стоит",
    "сидел",
    "сидит",
    "лежа",
    "молча",
    "промолча",
    "побыва",
    "быва",
    "был",
    "будет",
    "будут",
    "ушел",
    "ушёл",
    "ушл",
    "уйд",
    "уход",
    "прошел",
    "прошёл",
    "прошл",
    "пройд",
    "наста",
    "выигра",
    "победи",  # "победил Эрдоган" (won) far more often than "победил Эрдогана" (defeated)
    "мог",
    "смог",
    "может",
    "могут",
    "сумел",
    "сумеет",
    "хоч",
    "хоте",
    "захоте",
    "нача",
    "начн",
    "продолж",
    "перестал",
    "прекрати",
    "намерен",
    "должен",
    "долж",
    *_BEING_VERBS,
)
# verbs of saying and thinking, which introduce what is said: a name after one opens that clause, or is the
# verb's subject standing after it ("сообщил Вашингтон", "считает Москва")
_SAYING_VERBS = (
    "сказа",
    "говор",
    "заяв",
    "сообщ",
    "отмет",
    "отмеча",
    "подчеркн",
    "подчеркива",
    "добав",
    "уточн",
    "поясн",
    "утвержда",
    "утверди",
    "настаива",
    "счита",
    "дума",
    "полага",
    "уверя",
    "увери",
    "пиш",
    "написа",
    "ответ",
    "отвеча",
    "объясн",
    "предполага",
    "надея",
    "опасае",
    "ожида",
    "жда",
    "реши",
    "реша",
    "обеща",
    "пообеща",
    "рассказ",
    "передал",
    "передает",
    "передаёт",
    "сообща",
)


# verbs of news copy whose masculine past ends in -г (помог, отверг): no ending marks them as verbs
_PAST_IN_G = frozenset(
    "помог достиг постиг настиг отверг сжег сжёг поджег поджёг сберег сберёг уберег уберёг запряг привлек привлёк "
    "отвлек отвлёк увлек увлёк пресек пресёк".split()
)


def _takes_direct_object(verb: str) -> bool:
    """A finite active verb that may take a direct object in the accusative: in the past or the third
    person, not reflexive (встретился), not a short participle (предупреждена), not one of being or
    becoming (стала, является), of going, dying or taking part, a modal, or one of saying or thinking that
    introduces a clause (сообщил, считает)."""
    return (
        (_finite_verb(verb) is not None or verb in _PAST_IN_G)
        and not verb.endswith(("ся", "сь"))
        and not short_passive_participle(verb)
        and not verb.startswith(_NO_DIRECT_OBJECT)
        and not verb.startswith(_SAYING_VERBS)
    )


def _infinitive_takes_object(verb: str) -> bool:
    """An infinitive that may take a direct object in the accusative ("не может игнорировать [Сирию]",
    "решила поддержать [Турцию]"): not reflexive, and none the finite forms of which take no direct object
    (being, going, taking part, a modal or a phase verb, which takes an infinitive: начать, продолжить), introduce
    what is said (сказать, сообщить: a name after one may be the addressee), nor one of going or staying."""
    return (
        is_infinitive(verb)
        and not verb.endswith(("ся", "сь"))
        and not verb.startswith(_NO_DIRECT_OBJECT)
        and not verb.startswith(_SAYING_VERBS)
        and not verb.endswith(_INTRANSITIVE_INFINITIVES)
    )


# what joins a list's members: a comma, и, или, либо (", и", ", а также")
_MEMBER_JOIN = LazyPattern(r"(?:\s*,\s*(?:(?:и|или|либо|а\s+также)\s+)?|\s+(?:и|или|либо|а\s+также)\s+)$")
# the tokens of the words before a list: words, a hidden placed name's run, any other character
_LIST_TOKEN = LazyPattern(r"[^\W\d_][\w-]*|\ue000+|\S")


def _list_opening(before: str) -> int | None:
    """Where the first member of the coordinated list that a name closes or goes on begins, in ``before``
    (the text before the name): "посетил Дамаск, Бейрут и " -> the start of Дамаск. The members are words
    joined by commas, и, или ("Дамаск", "столицу Сирии", a placed name), at most three words each and twenty
    members, none a verb, a preposition, a conjunction or a relative pronoun. None where the text does not end
    in such a list and its join."""
    join = _MEMBER_JOIN.search(before[-300:])
    if not join:
        return None
    end = len(before) - len(before[-300:]) + join.start()
    window = max(0, end - 400)  # a list of at most twenty short members: only the end of the text is read
    tokens = list(_LIST_TOKEN.finditer(before, window, end))
    start: int | None = None
    members = 0
    conjunction = re.search(r"(?:и|или|либо)\s+$", join.group())  # the join a word: "и Анкара, и [Тегеран]"
    correlative = len(before) - len(before[-300:]) + join.start() + conjunction.start() if conjunction else None
    while tokens and members < 20:
        words = 0
        if correlative is not None and tokens[-1].group().islower() and _verb_form(tokens[-1].group().lower()):
            return correlative  # "предупредил и Анкару, и [Тегеран]": the verb right before the first и
        while tokens and words < 3:
            token = tokens[-1].group()
            lower = token.lower()
            if token[0] == _HIDDEN and not words:
                start = tokens.pop().start()  # a placed name, a member of its own
                words += 1
                break
            if not token[0].isalpha() or lower in ("и", "или", "либо", "также", "а") or lower in GOVERNED_CASES:
                break
            if lower in CLAUSE_WORDS or (token.islower() and _verb_form(lower)):
                break
            start = tokens.pop().start()
            words += 1
        if not words:
            return None  # a join with no member before it, or a placed name: not such a list
        members += 1
        if not tokens or tokens[-1].group() not in (",", "и", "или", "либо"):
            break  # the word before the first member: the verb (or whatever governs the list)
        join_token = tokens.pop()
        correlative = join_token.start() if join_token.group() != "," else None
    return start


def _object_governor(
    before: str, placed: Sequence[PlacedBefore], person: bool, nominative: str = ""
) -> Governed | None:
    """What governs a name the source makes a verb's direct object and the model left in the nominative:
    the verb right before it, or before the list of words it ends ("посетил Дамаск, Бейрут и [Москва]"):
    the case it is known to govern (помогать кому, руководить кем, избегать чего), else the accusative where
    it is a finite active verb that takes a direct object; None where the words before it are no such verb,
    or the clause puts an object before the verb and no subject (OVS: "Анкару предупредил [Вашингтон]"),
    where the name after the verb may be its subject; nor where the name (its ``nominative``) agrees with the
    verb and nothing before the verb in its clause does ("предупреждение получила [Анкара]": the subject)."""
    opening = _list_opening(before)
    if opening is not None:
        before = before[:opening]
        before = past_adverbial(before) or before  # "поблагодарил в среду [Россию, Иран и] Катар"
        head = _WORD.findall(before[_clause_start(before) :][-80:])
        subjects = _spans([p for p in placed if p.end <= opening and not p.tokens])
        if head and _finite_verb(head[-1]) == ("pl", "") and not _subject_in_clause(before, subjects):
            return None  # "в финале сыграют Ливан и [Катар]": a list after a plural verb may be its subject
        found = govern(
            before,
            person=person,
            names=_spans([p for p in placed if p.end <= opening]),
            subjects=_spans([p for p in placed if p.end <= opening and not p.tokens]),
            no_subject=True,
        )
        if found:
            return found if found.by == "verb" and not _fronted_object(before, placed) else None
    before = past_adverbial(before) or before  # "поблагодарил в среду [Турцию]"
    if not re.search(r"[^\W\d_]\s+$", before):
        return None
    clause = _clause_start(before)
    words = _past_focus_particles(_WORD.findall(before[clause:][-300:]))  # "обыграла даже [Россия]"
    if not words or not words[-1].islower():
        return None
    if not _takes_direct_object(words[-1]) and not _infinitive_takes_object(words[-1]):
        return None
    if _fronted_object(before, placed):
        return None
    if nominative and _subject_after_verb(before[clause:], words[-1], nominative, person, placed, clause):
        return None
    return Governed(("acc",), "verb")


def _fronted_noun(clause: str, verb: str) -> bool:
    """Whether a noun that may be the accusative and cannot be the subject of the past ``verb`` at the end of
    ``clause`` (its gender is another) stands before it, governed by no preposition: the verb's object, put
    first ("предупреждение получила", "удар нанес")."""
    finite = _finite_verb(verb)
    if finite is None or not finite[1]:
        return False
    words = [word.lower() for word in _WORD.findall(clause[-300:])][:-1]
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if previous in GOVERNED_CASES or word in GOVERNED_CASES or _verb_form(word) or len(word) < 4:
            continue
        if word.endswith(_ADJECTIVE_ENDINGS) and not neuter_noun_in_ie(word):
            continue
        cases = _ending_cases(word)
        accusative = neuter_noun_in_ie(word) or cases is None or "acc" in cases
        if accusative and finite[1] not in _word_genders(word) and "pl" not in _word_genders(word):
            return True
    return False


def _word_genders(word: str) -> set[str]:
    """The genders (or "pl") a noun or an adjective in the nominative may have, by its ending."""
    if word.endswith(("ая", "яя")):
        return {"f"}
    if word.endswith(("ый", "ий", "ой")):
        return {"m"}
    if word.endswith(("ое", "ее")):
        return {"n"}
    if word.endswith(("ые", "ие")) and not neuter_noun_in_ie(word):
        return {"pl"}
    if word.endswith(("ы", "и")):
        return {"pl"}
    if word.endswith(("а", "я")):
        return {"f", "m"}  # глава, судья
    if word.endswith(("о", "е", "ё")):
        return {"n"}
    if word.endswith("ь"):
        return {"m", "f"}
    return {"m"}


def _subject_after_verb(
    clause: str, verb: str, nominative: str, person: bool, placed: Sequence[PlacedBefore], start: int
) -> bool:
    """Whether a name right after ``verb`` (the last word of ``clause``, which begins at ``start`` in the
    text) may be its subject: it agrees with the verb (a past one's gender, a present one's number), and no
    name in the nominative and no word that may be one, agreeing with the verb too and governed by no
    preposition, stands before it in the clause ("предупреждение получила [Анкара]", not "суд осудил
    [Мамлюк]")."""
    finite = _finite_verb(verb)
    if finite is None:
        return False
    number, gender = finite
    genders = _genders(nominative, person)
    agrees = (number == "pl" and "pl" in genders) or (number == "sg" and (genders - {"pl"}) >= {gender} - {""})
    if number == "sg" and not gender:
        agrees = genders != {"pl"}
    if not agrees:
        return False
    wanted = {"pl"} if number == "pl" else ({gender} if gender else {"m", "f", "n"})
    if any(not p.tokens and p.start >= start for p in placed):
        return False  # "Турция обыграла [Россия]": a name in the nominative before the verb
    words = [word.lower() for word in _WORD.findall(clause[-300:])][:-1]
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if previous in GOVERNED_CASES or word in GOVERNED_CASES or _verb_form(word) or len(word) < 3:
            continue
        if index > 1 and words[index - 2] in GOVERNED_CASES and previous.endswith(_ADJECTIVE_ENDINGS):
            continue  # "в прошлом году": a preposition's adjective and noun
        cases = _ending_cases(word)
        if cases is not None and "nom" not in cases:
            continue
        if _word_genders(word) & wanted:
            return False
    return True


def _fronted_object(before: str, placed: Sequence[PlacedBefore]) -> bool:
    """Whether the clause ``before`` ends in (up to its verb) puts a name in the accusative, the dative or an
    animate's accusative in the genitive's form first, governed by no preposition or noun, and no name in the
    nominative: its object, the order OVS ("Анкару предупредил [Вашингтон]", "Путина принял [Эрдоган]"),
    where the name after the verb is its subject."""
    clause = _clause_start(before)
    clause = max(clause, len(before) - 300)  # the words before the verb that may be its object: the end only
    in_clause = [p for p in placed if p.start >= clause]
    if any(not p.tokens for p in in_clause):
        return False
    for other in in_clause:
        case = _case_of(other.tokens)
        forms = other.forms or {}
        if case not in ("acc", "dat", "gen") or (case == "gen" and forms.get("gen") != forms.get("acc")):
            continue  # a genitive only as an animate's accusative ("Путина"), not a possessor's ("Турции")
        ahead = before[: other.start]
        if govern(ahead, person=other.person, names=_spans(placed[: placed.index(other)])) is None and not (
            after_noun(ahead, other.person)
        ):
            return True
    return False


def _against_source_object(name: NameInSentence, case: str, doubt: str | None) -> str | None:
    """The doubt about a name the source makes a verb's direct object ("Qatar wants Erdogan") left in the
    nominative right after a verb, or after the list of objects it ends ("хочет Эрдоган"), where its
    accusative is another word: there it reads as the verb's subject, which the source says it is not; the
    verb could not be read as one taking an object (one that can has already governed it: a modal, an
    infinitive, the first person, an object put first), so the nominative stays, flagged. A member of a list
    with no verb read before it is flagged too, unless the list is the subject of a verb after it; not a name
    after a reflexive verb, one of arriving, a plural verb with no subject before it, or a past verb it
    agrees with after its object put first ("предупреждение получила Анкара"), all of which make it the
    subject."""
    if doubt or case != "nom" or not name.verb_object or name.forms.get("acc", name.forms["nom"]) == name.forms["nom"]:
        return doubt
    before = _hide(name.text[: name.start], _spans(name.before))
    nominative = name.forms["nom"]
    if _MEMBER_JOIN.search(before[-300:]):
        opening = _list_opening(before)
        head = before[:opening] if opening is not None else ""
        head = past_adverbial(head) or head  # "поблагодарил в среду [Россию, Иран и] Катар"
        head_words = _WORD.findall(head[_clause_start(head) :])
        if not head_words or not (_is_verb(head_words[-1].lower()) or head_words[-1].lower() in _PAST_IN_G):
            if subject_of_next_verb(name.after, nominative, name.person, True):
                return (
                    doubt  # "В Сочи Путин и Эрдоган провели переговоры": the list is the subject of the verb after it
                )
            return (
                f"'{nominative}': the source makes it a member of a verb's object list, but no verb was read before "
                f"the list; it stands in the nominative, where the object is {name.forms['acc']}: check it"
            )
        before = head  # the verb before the list's first member: посетил [Дамаск, Бейрут и] Москва
    before = past_adverbial(before) or before
    words = _past_focus_particles(_WORD.findall(before[_clause_start(before) :][-80:]))
    if not words or not re.search(r"[^\W\d_]\s+$", before):
        return doubt
    verb = words[-1].lower()
    if (
        not (_is_verb(verb) or verb in _PAST_IN_G)
        or short_passive_participle(verb)
        or verb.endswith(("ся", "сь"))
        or verb.startswith(_ARRIVING)
    ):
        return doubt  # a reflexive verb or one of arriving takes no object: the name is its subject ("приезжает Путин")
    subjects = _spans([placed for placed in name.before if not placed.tokens])
    if _finite_verb(verb) == ("pl", "") and not _subject_in_clause(before, subjects):
        return doubt  # "в финале сыграют Турция и [Катар]": after a plural verb, a list that may be its subject
    clause = _clause_start(before)
    if _subject_after_verb(before[clause:], verb, nominative, name.person, name.before, clause) and _fronted_noun(
        before[clause:], verb
    ):
        return doubt  # "предупреждение получила Анкара": the object put first, the name agreeing with the verb
    return (
        f"'{nominative}': the source makes it the object of a verb, but after the verb '{words[-1]}' it stands "
        f"in the nominative, as its subject; the object is {name.forms['acc']}: check it"
    )


def _compared_case(
    name: NameInSentence, member: PlacedBefore, preposition: str, written: str
) -> tuple[str, str | None] | None:
    """The case of a name the model left in the nominative after "..., как и", compared with a name in another
    case ("поставлял оружие Ирану, как и [Сирии]"): that name's case where the source compares the two in one
    role ("as to Syria", "like Syria") and nothing needs writing in; flagged, in the nominative, where that name
    has a preposition the model left out ("с Ираном, как и [с Турцией]", "у Ирана, как и [у Турции]") or its
    case was not read; left alone where the source does not say the two share a role ("as did Turkey")."""
    case = _case_of(member.tokens)
    if case == "nom" or not (name.compared or name.preposition or name.verb_object):
        return None
    nominative = name.forms["nom"]
    if preposition:
        return "nom", (
            f"'{nominative}': compared with a name after '{preposition}' ({case}); it may need '{preposition}' "
            f"and the {case} ({preposition} {name.forms.get(case, nominative)}): check it"
        )
    own = member.forms or {}
    possible = {c for c in CASES if own.get(c, own.get("nom")) == own.get(case, own.get("nom"))} if own else set()
    if not member.settled or not possible or len({name.forms.get(c, nominative) for c in possible}) > 1:
        return "nom", (  # "поставлял газ Турции, как и [Иран]": Турции may be gen, dat or prep
            f"'{nominative}': compared with '{written}', whose form fits several cases; it may need the one "
            f"that name is in: check it"
        )
    return case, None


def _governs_dative(word: str) -> bool:
    return _verb_form(word) and _verb_case(word) == ("dat",)


def _own_object(word: str) -> bool:
    """A word that may be a verb's own direct object standing before its receiver (оружие, письмо, помощь)."""
    return len(word) > 2 and word not in _NOT_NOUNS and word not in GOVERNED_CASES and not _verb_form(word)


# nouns of what is addressed to a person, whose addressee stands in the dative (предупреждение Эрдогану,
# письмо Путину, звонок Асаду), by stem
_ADDRESSED_NOUNS = (
    "предупреждени",
    "письм",
    "послани",
    "сигнал",
    "ответ",
    "обращени",
    "угроз",
    "звонк",
    "звонок",
    "ультиматум",
    "подар",
    "поздравлени",
    "соболезновани",
    "телеграмм",
    "напоминани",
    "упрек",
    "упрёк",
    "претензи",
    "помощ",
    "поддержк",
    "приказ",
    "поручени",
    "намек",
    "намёк",
    "вызов",
    "предложени",
)


def _addressed_noun_before(before: str) -> bool:
    """Whether the name stands right after a noun of what is addressed to someone (предупреждение, письмо)."""
    words = _WORD.findall(before[-60:])
    return bool(words) and not re.search(r"[^\w\s\-]\s*$", before) and words[-1].lower().startswith(_ADDRESSED_NOUNS)


def _predicate_disagrees(after: str, nominative: str, person: bool) -> bool:
    """Whether the word right after a name (adverbs of _BEFORE_VERB aside) is a predicate that cannot agree
    with it: a past verb or short participle of another gender or number ("судьба Идлиб связана"), so the
    name is not its subject."""
    words = [word.lower() for word in _WORD.findall(after[:80])]
    while words and words[0] in _BEFORE_VERB:
        words.pop(0)
    if not words or not re.match(r"\s+[^\W\d_]", after):
        return False
    word = words[0]
    if short_passive_participle(word):
        gender = _participle_gender(word)
    else:
        verb = _finite_verb(word)
        if verb is None or (not verb[1] and verb[0] == "sg"):
            return False
        gender = verb[1] if verb[0] == "sg" else "pl"
    return gender not in _genders(nominative, person)


def _agent_case(
    name: NameInSentence,
    before: str,
    placed: Sequence[PlacedBefore],
    cases: frozenset[str] | None,
    silent: bool,
) -> tuple[str, str | None] | None:
    """The case of a name right after a short passive participle ("отвергнут Ираном"): the instrumental of
    its agent, unless the name may be the participle's subject standing after it ("был принят Иран" may mean
    "Iran was admitted"). The agent reading is certain where the participle does not agree with the name
    (одобрена ... Иран), where the clause's subject stands before it, a relative pronoun (который был
    принят ...) or a name in the nominative ("Фидан был поддержан ..."), or where an earlier participle of
    the sentence has its agent in the instrumental ("принят Турцией, но отвергнут Иран"). A plural
    participle agrees with names joined to this one ("приглашены Иран и Турция": both were invited), so
    there it proves nothing. None where the model wrote another oblique case (передан Ирану): that one
    stands."""
    if cases and "ins" in cases:
        return "ins", None
    if not silent and cases and not cases <= {"nom", "acc"}:
        return None
    nominative = name.forms["nom"]
    participle = _WORD.findall(before)[-1].lower()
    if _future_in_nut(participle, before, name, cases):
        return "acc", None  # "США покинут Сирию": the future of покинуть, its object as the model wrote it
    sentence = re.split(r"[.!?;:]", before)[-1]
    clause = _clause_start(before)
    gender = _participle_gender(participle)
    certain = (
        name.agent  # "was adopted by Iran": the source says by whom
        or (gender not in _genders(nominative, name.person) and not (gender == "pl" and _joined_name_after(name.after)))
        or re.search(r"(?<![^\W\d_])котор(?:ый|ая|ое|ые)(?![^\W\d_])", sentence, re.IGNORECASE) is not None
        or any(not other.tokens and other.start >= clause for other in placed)  # "Фидан был поддержан ..."
        or any(
            _case_of(other.tokens) == "ins"
            and (words := _WORD.findall(before[: other.start]))
            and short_passive_participle(words[-1].lower())
            for other in placed
        )
    )
    if certain:
        return "ins", None
    instrumental = name.forms.get("ins", nominative)
    if silent:
        return "ins", (
            f"'{nominative}': read as the agent of '{participle}' ({instrumental}); it may be the participle's "
            f"subject (nominative): check it"
        )
    return "nom", (
        f"'{nominative}': nominative right after the passive participle '{participle}'; if the name is its "
        f"agent (by whom), the instrumental is needed ({instrumental}): check it"
    )


# the forms of быть that make a participle after them one: был отвергнут, будет покинут
_PASSIVE_AUXILIARIES = frozenset("был была было были будет будут".split())


def _future_in_nut(participle: str, before: str, name: NameInSentence, cases: frozenset[str] | None) -> bool:
    """Whether a bare short participle in -нут is the third person plural future of its verb, written the same
    (покинут, отвергнут, достигнут: "they will leave"), with the name its object in the accusative the model
    wrote: «США покинут Сирию», «Американские войска покинут Сирию». Not where the source says "by" (the
    name is then the agent), where an auxiliary in the clause makes the form a participle (был покинут), nor
    where the model's form is not an accusative («Покинут Асад»: the subject after the participle)."""
    if not participle.endswith("нут") or name.agent or not cases or "acc" not in cases:
        return False
    clause = before[_clause_start(before) :]
    return not any(word.lower() in _PASSIVE_AUXILIARIES for word in _WORD.findall(clause))


# verbs that make one predicate with the noun after them (оказывать давление, наносить удар, вводить санкции) and
# those nouns: the noun is the verb's object, never its subject
_LIGHT_VERBS = (
    "оказыва",
    "оказал",
    "окаж",
    "нанос",
    "нанес",
    "нанёс",
    "ввод",
    "ввел",
    "ввёл",
    "введ",
    "выдвига",
    "выдвину",
    "предъявля",
    "предъяви",
    "объявля",
    "объяви",
)
_LIGHT_VERB_OBJECTS = (
    "давлен",
    "помощ",
    "поддержк",
    "влиян",
    "содейств",
    "сопротивлен",
    "удар",
    "санкци",
    "ультиматум",
    "требован",
    "обвинен",
    "войн",
)


def _agent_after_its_predicate(before: str, placed: Sequence[PlacedBefore], nominative: str, person: bool) -> bool:
    """Whether a name the source gives as a passive's agent ("pressed by Washington") stands right after a finite
    verb and the noun it makes one predicate with (оказывает давление, нанесла удар), and may be that verb's
    subject: it agrees with the verb, and nothing before the verb in its clause may be the subject (see
    :func:`_subject_after_verb`). The model made the passive active and put its subject last («На Ирак оказывает
    давление Вашингтон»); a genitive there reads the agent as the noun's possessor."""
    start = _clause_start(before)
    clause = before[start:]
    words = list(_WORD.finditer(clause))
    if len(words) < 2 or clause[words[-1].end() :].strip() or clause[words[-2].end() : words[-1].start()].strip():
        return False
    verb, noun = words[-2].group().lower(), words[-1].group().lower()
    if not verb.startswith(_LIGHT_VERBS) or _finite_verb(verb) is None or not noun.startswith(_LIGHT_VERB_OBJECTS):
        return False
    return _subject_after_verb(clause[: words[-2].end()], verb, nominative, person, placed, start)


def _after_long_passive_participle(before: str, placed: Sequence[PlacedBefore]) -> bool:
    """Whether a full passive participle stands right before the name, or before the list the name ends
    ("санкции, предложенные [Вашингтоном]", "поддерживаемые [Ираном] ополченцы", "подписанное Россией и
    [Турцией]"), an adverb between or not (предложенные ранее): by whom, where the source says so."""
    start = len(before)  # where the list the name ends begins: back past every member joined by и or a comma
    for member in reversed(placed):
        if not _COORDINATION.fullmatch(before[member.end : start]):
            break
        start = member.start
    found = _WORD_BEFORE_NAME.search(before[:start])
    return found is not None and _LONG_PASSIVE.fullmatch(found.group(1).lower()) is not None


# the word right before a name, past an adverb of manner or time
_WORD_BEFORE_NAME = LazyPattern(
    r"(?<![^\W\d_])([^\W\d_]+)\s+(?:(?:ранее|уже|также|лично|официально|публично|открыто|совместно|активно)\s+)?$"
)
# a full passive participle, past (предложенные, подписанное, введенных, принятый, достигнутое) or present
# (поддерживаемые, финансируемых, руководимый), in any case, gender and number
_LONG_PASSIVE = LazyPattern(
    r"[а-яё]{3,}(?:[аяеё]нн|[иыя]т|ут|[аяеуюи]ем|им)"
    r"(?:ый|ий|ая|ое|ые|ие|ого|ой|ому|ым|ую|ых|ыми|ом|ою)"
)


def _past_verb_agreeing_next(after: str, nominative: str, person: bool) -> bool:
    """Whether the word right after a name (не and such adverbs aside, no comma between) is a past verb
    whose gender or number only a subject of the name's own gender has ("Анкара не осталась", "Хама
    стала"): the name is then that verb's subject."""
    words = _AFTER_TOKEN.findall(after[:80])
    while words and words[0].lower() in _BEFORE_VERB:
        words.pop(0)
    verb = _finite_verb(words[0]) if words else None
    genders = _genders(nominative, person)
    if verb is None or len(genders) > 2:
        return False
    number, gender = verb
    return ("pl" in genders) if number == "pl" else bool(gender) and genders == {gender}


def _joined_name_after(after: str) -> bool:
    """Whether another name is joined to a name right after it, by и, или or a comma (Иран и Турция, Иран,
    Турция и Россия): together they may be the subject of a plural predicate."""
    return re.match(r"\s*(?:,\s*|\s+(?:и|или|а\s+также)\s+)(?:\[\[|[A-ZА-ЯЁ«])", after) is not None


# what joins a name to an oblique name before it as the other member of a contrast or a choice ("в сторону
# Тегерана, а не Вашингтона", "с Россией или Турцией", "ни Ирану, ни Турции"); и, а and но alone also join
# clauses, so they count only with не after them; a quotation mark may open the member (а не «Аль-Каиду»)
_CONTRAST = LazyPattern(r"\s*(?:,\s*)?(?:(?:а|но|и)\s+не|или|либо|но\s+и|ни)\s+(?:[«\"„“]\s*)?")


def _mirrored_case(
    name: NameInSentence,
    before: str,
    placed: Sequence[PlacedBefore],
    cases: frozenset[str] | None,
    silent: bool,
) -> tuple[str, str | None] | None:
    """The case of a name nothing governs that stands as the second member of a contrast or a choice with
    the name before it ("в сторону Тегерана, а не Вашингтон" -> Вашингтона): the first member's oblique
    case, where the model left this one in the nominative. After a verb's object, with a name in the
    nominative before it, the nominative may be a second subject ("Иран поддержал Асада, но не Турция":
    Turkey did not), and where the name may open a clause of its own (its verb follows and agrees with
    it): there the nominative stays, flagged."""
    previous = placed[-1]
    if not previous.settled or not _CONTRAST.fullmatch(before[previous.end :]):
        return None
    case, first_member = _case_of(previous.tokens), len(placed) - 1
    if case == "nom":  # "поблагодарил Россию и Иран, но не ...": Иран is the list's accusative
        case, first_member = _list_case(before, placed)
    if case == "nom" or (cases and case in cases and not silent):
        return None
    if name.forms.get(case, name.forms["nom"]) == name.forms["nom"]:
        return None
    if _own_clause_after_comma(before[previous.end :], name):
        return None  # "другом Ирана, или Иран - пешка России": a clause of its own, its subject as written
    if name.subject and _opens_correlative_pair(before[previous.end :], name.after):
        return None  # "позиции Турции, но и Москва, и Анкара говорят": the pair's members take their own role
    nominative = name.forms["nom"]
    first = govern(before[: previous.start], person=previous.person, names=_spans(placed[:-1]))
    # Иран of "Иран поддержал Асада, но не ...", not a member of the list the contrast closes
    parallel_subject = any(not other.tokens for other in placed[:first_member])
    corrective = _corrects_the_object(before[previous.end :], name)
    if (first is None or first.by != "preposition") and parallel_subject and not silent and not corrective:
        return "nom", (
            f"'{nominative}': nominative after a name in the {case} it is contrasted with; it may be a "
            f"subject of its own, or need the {case} ({name.forms[case]}): check it"
        )
    if not silent and _past_verb_agreeing_next(name.after, nominative, name.person):
        return None  # "выгоду Москве, но и Анкара не осталась": the subject of a clause of its own
    if subject_of_next_verb(name.after, nominative, name.person):
        return "nom", (
            f"'{nominative}': nominative after a name in the {case} it is contrasted with; it may be a "
            f"subject of its own, or need the {case} ({name.forms[case]}): check it"
        )
    return case, None


# what closes a corrected object: the sentence's end, or a comma and the verb's next phrase, a preposition opening it
_CLOSES_CORRECTION = LazyPattern(
    r"\s*[»\"“”]?\s*(?:[.!?;]|$|,\s*(?:в|во|на|за|о|об|по|из|из-за|с|со|у|к|ко|от|для|после|перед|до|при)\s)"
)


def _corrects_the_object(between: str, name: NameInSentence) -> bool:
    """Whether a name after «, а не» right after an object corrects that object («обвиняет Тегеран, а не
    «Аль-Каида», в нападении» for "blames Tehran, not al-Qaeda, for"): а не (not но не, which may add a subject
    of its own: "backed Assad, but not Turkey") sets the member against the word before it, and nothing after
    the member (the sentence's end, or a comma and a preposition) gives it a verb of its own; the source does
    not make it a subject."""
    return (
        not name.subject
        and re.match(r"\s*,\s*а\s+не\s", between) is not None
        and _CLOSES_CORRECTION.match(name.after) is not None
    )


# the и that opens a pair "и ..., и ..." after a conjunction ("но и Москва, и Анкара"), and the one that goes on
_PAIR_OPENED = LazyPattern(r"(?:^|.*[\s,])и\s+$", re.DOTALL)
_PAIR_GOES_ON = LazyPattern(r"\s*,\s*и\s+(?:\[\[|[A-ZА-ЯЁ])")


def _opens_correlative_pair(between: str, after: str) -> bool:
    """Whether a name opens a pair "и ..., и ..." ("..., но и Москва, и Анкара говорят"): the и before it opens
    the pair, not the "но и" of "не только ..., но и" that joins it to the name before, so the pair's members take
    the role the source gives them, not the case of the name before the conjunction."""
    return bool(_PAIR_OPENED.match(between)) and not re.search(r"не\s+$", between) and bool(_PAIR_GOES_ON.match(after))


_LIST_JOIN = LazyPattern(r"\s*(?:,\s*(?:и\s+)?|и\s+)")


def _list_case(before: str, placed: Sequence[PlacedBefore]) -> tuple[str, int]:
    """The case of the list the last placed name closes ("Россию и Иран": a nominative-looking inanimate
    accusative after an accusative), and the index of the list's first member: the nearest oblique case of the
    members joined to it by a comma or и, else the nominative (and the last name alone)."""
    last = first = len(placed) - 1
    while first > 0 and _LIST_JOIN.fullmatch(before[placed[first - 1].end : placed[first].start]):
        first -= 1
    for index in range(last - 1, first - 1, -1):
        case = _case_of(placed[index].tokens)
        if case != "nom":
            return case, first
    return "nom", last


# verbs whose object right after them is their recipient (dative: "поставить Ирану условие", "передать Ирану
# оружие") or the thing they put somewhere (accusative: "поставить Иран на колени", "передать Идлиб под контроль")
_RECIPIENT_OR_OBJECT = ("поставл", "постави", "переда", "прода", "навяза", "навязыва")


def _object_moved_somewhere(before: str, after: str) -> bool:
    """Whether the name, right after a verb of _RECIPIENT_OR_OBJECT, is followed by where it is put (в, на, под,
    перед, за and a word): it is then the verb's accusative object, not its recipient."""
    words = [word.lower() for word in _WORD.findall(before[_clause_start(before) :])]
    if not words or not words[-1].startswith(_RECIPIENT_OR_OBJECT):
        return False
    return re.match(r"\s+(?:в|во|на|под|перед|за)\s+\w", after, re.IGNORECASE) is not None


# verbs of going, sending and bringing: after one of them, в/на with the English "to" is a destination
_GOING_OR_SENDING = (
    "перенес",
    "перенёс",
    "перенос",
    "переведен",
    "переведён",
    "перевел",
    "перевёл",
    "перевести",
    "переводит",
    "летает",
    "летают",
    "летать",
    "летит",
    "летят",
    "лететь",
    "летел",
    "летал",
    "полетел",
    "полетит",
    "направ",
    "отправ",
    "послал",
    "послат",
    "посыла",
    "пошл",
    "перебро",
    "достав",
    "верну",
    "возвращ",
    "прибы",
    "приех",
    "прилет",
    "прилёт",
    "вылет",
    "уеха",
    "поеха",
    "поедет",
    "ездил",
    "съезди",
    "пригла",
    "переех",
    "перевез",
    "перевёз",
    "отвез",
    "отвёз",
    "высла",
    "выслан",
    "депортир",
    # entering, crossing into, fleeing to, evacuated to
    "въех",
    "въезж",
    "вош",
    "войд",
    "войт",
    "вход",
    "ворва",
    "врыва",
    "вторг",
    "проник",
    "переправ",
    "перебра",
    "бежал",
    "бежав",
    "бежат",
    "бегут",
    "сбежа",
    "эвакуир",
)


# nouns and verbs of going, sending, delivering and selling somewhere, a few words before в/на ("поставки газа в",
# "визит премьера в", "продавать оружие в"): where the source has "to", the name after в/на is where it goes
_CARRIED_TOWARDS = (
    "постав",
    "прода",
    "экспорт",
    "импорт",
    "ввоз",
    "вывоз",
    "транзит",
    "перебро",
    "отправ",
    "достав",
    "визит",
    "поездк",
    "делегаци",  # a delegation "to Moscow" travels there: делегацию в Москву
    "полет",
    "перелет",
    "рейс",
    "путешеств",
    "ехать",
    "едет",
    "едут",
    "ехал",
    "везти",
    "везет",
    "везут",
    "везл",
)


def _sent_towards(name: NameInSentence, before: str, reach: int = 3) -> bool:
    """Whether a name the model put in the prepositional after в/на is a destination: the source has it after
    "to" or "into", and a verb of going or sending leads to it in its clause ("договорились направить своих
    министров обороны в [Тегеране]"), or a noun of going or delivery stands among the ``reach`` words before в
    (a longer reach only to confirm an accusative the model wrote: "визит министра иностранных дел в").
    "Ambassador to Russia" (посол в России) has no such verb: it stays; nor does a name the source uses as the
    modifier of the noun "to" governs ("to the Moscow talks")."""
    if name.preposition not in ("to", "into") or name.attributive:
        return False  # "sent a delegation to the Moscow talks": the talks are where it goes, not Moscow
    return _towards_before(before, reach)


def _towards_before(before: str, reach: int, depth: int = 0) -> bool:
    """Whether the в/на ``before`` ends in follows a verb of going or sending in its clause, a noun of going or
    delivery among the ``reach`` words before it, a clause of its own with the verb left out, or is a second
    destination linked to an earlier в/на that one of those leads to (see ``_earlier_destination``)."""
    words = [word.lower() for word in _WORD.findall(with_e(before[_clause_start(before) :]))]
    if not words or words[-1] not in ("в", "во", "на"):
        return False
    if any(w.startswith(_GOING_OR_SENDING) for w in words):
        return True
    if any(w.startswith(_CARRIED_TOWARDS) for w in words[-reach - 1 : -1]):
        return True  # "росту продаж газа в [Турцию]" for "gas sales to Turkey": a noun of delivery before в
    if _message_sent_before(words):
        return True  # "в письме из администрации Путина в [Багдад]" for "a letter from Putin's office to Baghdad"
    if _elliptic_destination(before):
        return True
    earlier = _earlier_destination(before)
    return earlier is not None and depth < 3 and _towards_before(before[:earlier], reach, depth + 1)


# words before в/на in its clause that make a place the source has after "to" a place where: a post held there
# (посол, посланник, представитель, постпред, консул, миссия: "ambassador to Iran", посол в Иране), forces
# placed or deployed there (размещенные, развернутые, дислоцированные в Сирии for "deployed to Syria"),
# nearness (рядом с, вблизи)
_HELD_OR_PLACED_THERE = (
    "посол",
    "посла",  # посла, послам, послами, послах; not после, последний, послал
    "послу",
    "послом",
    "послы",
    "послов",
    "посланник",
    "спецпосланник",
    "представител",
    "представительств",
    "постпред",
    "полпред",
    "эмиссар",
    "консул",
    "атташе",
    "миссия",
    "миссии",
    "миссию",
    "аккредит",
    "размещ",
    "размест",
    "развер",
    "развёр",
    "дислоц",
    "рядом",
    "вблизи",
    "близ",
    "дополнени",
)


def _towards_a_place(name: NameInSentence, before: str) -> bool:
    """Whether a name the model put in the prepositional right after в/на stands where the source has a "to" of
    direction ("Ни один доллар не ушел из США в [Иране]" for "went from the United States to Iran"), whatever
    the verb: where the English says "to", в/на and the place are where something goes, the accusative. Not after
    a post held there or forces placed there (посол в Иране, войска, развернутые в Сирии), nor a name the source
    uses as a modifier ("to the Moscow talks")."""
    if not name.direction or name.preposition != "to" or name.attributive:
        return False
    clause = before[_clause_start(before) :]
    words = [word.lower() for word in _WORD.findall(with_e(clause))]
    if not words or words[-1] not in ("в", "во", "на"):
        return False
    if all(word in _ELLIPSIS_OPENERS or word in _PARALLEL_LINKS for word in words[:-1]):
        # "служил послом в России, а затем в [Турции]": a clause of the verb left out shares the clause's before
        sentence = re.split(r"[.;:!?—–]", before)[-1]
        words = [word.lower() for word in _WORD.findall(with_e(sentence))]
    return not any(
        (word.startswith(_HELD_OR_PLACED_THERE) and word != "послал") or word.startswith(_BEING_THERE)
        for word in words[:-1]
    )


# verbs of being, living, working or acting somewhere, whose place is where (работающих в Ираке for "banks
# exposed to Iraq", находятся в Сирии, бывал в Москве for "a visitor to Moscow")
_BEING_THERE = (
    "работа",
    "работу",
    "живу",
    "живе",
    "живё",
    "жил",
    "наход",
    "служ",
    "пребыва",
    "базир",
    "действу",
    "быва",  # "часто бывал в Москве" for "a frequent visitor to Moscow"
    "побыва",
)


# nouns of a message sent or addressed somewhere (письмо, послание, обращение, запрос, жалоба, нота, звонок) and
# verbs of sending it (прислать, передать, адресовать): where the source has "to", the place after в/на is where it goes
_MESSAGES_SENT = (
    "письм",
    "послани",
    "обращени",
    "запрос",
    "жалоб",
    "телеграм",
    "депеш",
    "петици",
    "ходатайств",
    "звонок",  # a telephone call "to Tehran": звонок в Тегеран
    "звонк",
)
_NOTES_SENT = frozenset({"нота", "ноты", "ноте", "ноту", "нотой", "нот", "нотам", "нотами", "нотах"})
_MESSAGE_SENDING_VERBS = ("присла", "присыла", "пришл", "переда", "передан", "адресова", "написа", "пишет", "пишут")
# the words a message's noun may stand apart from its в by: its sender ("из администрации Путина"), its
# adjectives and the genitives after it, a name already placed; a verb between opens a clause of its own
_MESSAGE_REACH = 6


def _message_sent_before(words: list[str]) -> bool:
    """Whether a noun of a message (письмо, обращение, нота) stands among the few words before the в/на that
    ``words`` end in, or a verb of sending one (прислать, передать) in the clause: the place after it is where
    the message goes ("письмо из администрации Путина в Багдад"). Only asked where the source says "to", so the
    place a letter was written or read in ("a letter read in Baghdad": в письме, зачитанном в Багдаде) stays."""
    if any(w.startswith(_MESSAGE_SENDING_VERBS) for w in words[:-1]):
        return True
    near = words[-_MESSAGE_REACH - 1 : -1]
    for index, word in enumerate(near):
        if word.startswith(_MESSAGES_SENT) or word in _NOTES_SENT:
            # a participle or verb between the message and в (зачитанном, пришло) leads the place, not the noun
            return not any(_verb_like(w) for w in near[index + 1 :])
    return False


def _verb_like(word: str) -> bool:
    """Whether a word reads as a verb or a participle (its ending), which opens a phrase of its own; not a noun
    whose form ends as a verb's does (посла, села, генерала, бюджет, частью's часть: see
    :func:`noun_by_its_forms`)."""
    return word.endswith(
        (
            "нном",
            "нной",
            "нная",
            "нный",
            "нное",
            "нные",
            "вший",
            "вшей",
            "вшем",
            "щий",
            "щем",
            "ло",
            "ла",
            "ли",
            "ть",
            "ет",
            "ют",
            "ит",
            "ят",
        )
    ) and not noun_by_its_forms(word)


# the endings of a noun's instrumental (or dative plural) the language's list of common words is asked for, by
# the verb's ending the word shares: a past in -ла/-ло/-ли, an infinitive in -ть, a present in -т
_NOUN_FORMS_BY_ENDING = (
    (("ла", "ло"), 1, ("ом", "ами")),  # посла: послом; села, дела: селом, делом; генерала: генералом
    (("ли",), 1, ("ью", "ей", "ям")),  # земли: землей, землям; роли, цели: ролью, целью
    (("ть",), 1, ("ью",)),  # часть, власть, печать: частью, властью, печатью
    (("ет", "ит", "ут", "ют", "ят", "ат"), 0, ("ом", "ой", "ам")),  # бюджетом, визитом, валютой, ребятам
)


def noun_by_its_forms(word: str) -> bool:
    """Whether a word that ends as a verb's form does is a noun's form: another form of the same noun, its
    instrumental or dative plural (послом for посла, селом for села, генералом for генерала, бюджетом for
    бюджет, частью for часть), is a common word of the language, where no verb has such a form (сказала,
    говорит, делать: no сказалом, говоритом, делатью). A word both (начала, "of the beginning" and "she
    began") reads as the noun."""
    lower = word.lower()
    for endings, cut, forms in _NOUN_FORMS_BY_ENDING:
        if lower.endswith(endings) and len(lower) > len(endings[0]) + 1:
            stem = lower[: len(lower) - cut]
            return any(zipf(stem + form, "ru") > 0 for form in forms)
    return False


# words that link a second destination to the first under one verb or noun: "(но не в", "и в", "чаще, чем в"
_PARALLEL_LINKS = frozenset("и или либо а но не ни даже также тоже затем потом чем больше меньше чаще реже".split())
# a word, a name already placed (masked by private-use characters) or a mark that may stand between members
_PARALLEL_TOKEN = LazyPattern(r"[^\W\d_]+(?:-[^\W\d_]+)*|[\ue000-\uf8ff]+|[,(«»\"]")


def _earlier_destination(before: str) -> int | None:
    """Where an earlier в/на ends (an index into ``before``) whose object the в/на ``before`` ends in stands
    beside as a second member, with only linking words between them and capitalised names after the earlier
    one: "рейсы в Эрбиль, Багдад и Тегеран (но не в", "летает в Турцию больше, чем в", "в Москву, а не в".
    None where there is no such earlier one, or another word stands between."""
    tokens = list(_PARALLEL_TOKEN.finditer(before))
    if not tokens or tokens[-1].group().lower() not in ("в", "во", "на"):
        return None
    index = len(tokens) - 2
    linked = 0
    while index >= 0 and (tokens[index].group().lower() in _PARALLEL_LINKS or tokens[index].group() in ",("):
        linked += 1
        index -= 1
    if not linked:
        return None
    names = 0
    for _ in range(12):  # the earlier member: a list of names, with commas, и and quotes between them
        if index < 0:
            return None
        token = tokens[index].group()
        if token.lower() in ("в", "во", "на"):
            return tokens[index].end() if names else None
        if token[:1].isupper() or "\ue000" <= token[:1] <= "\uf8ff":
            names += 1
        elif token not in (",", "«", "»", '"') and token.lower() not in ("и", "или"):
            return None
        index -= 1
    return None


# words that may open a clause of a verb left out after a comma, before its destination ("а затем в Багдад")
_ELLIPSIS_OPENERS = _BETWEEN_DESTINATIONS | frozenset("но позже позднее оттуда далее уже в во на".split())
# words opening a clause of its own inside the sentence, which the verb of a clause left out skips over
_INSERTED_CLAUSE = frozenset("где куда откуда когда чей чья чье чьи".split())


def _elliptic_destination(before: str) -> bool:
    """Whether the clause a name after в/на stands in has no verb of its own, only words that link it to the
    clause before ("..., а затем в [Багдаде]", "..., затем в [Анкаре]"), and the verb it shares, in the
    nearest clause before with a finite verb, past clauses of their own ("где встретился с Шамхани"), is one
    of going or sending: "вылетел в Тегеран, где встретился с Шамхани, а затем в Багдад"."""
    cut = _clause_start(before)
    words = [word.lower() for word in _WORD.findall(with_e(before[cut:]))]
    if not cut or not all(word in _ELLIPSIS_OPENERS for word in words) or before[cut - 1] != ",":
        return False
    clauses = re.split(r",", before[: cut - 1])
    for clause in reversed(clauses[-4:]):
        if re.search(r"[;:—–.!?]", clause):
            return False
        found = [word.lower() for word in _WORD.findall(with_e(clause))]
        if found and (found[0] in _INSERTED_CLAUSE or found[0].startswith("котор")):
            continue
        if not any(_is_verb(word) and not is_infinitive(word) for word in found):
            continue  # a list of destinations before it ("в Москву, Анкару, а затем в ...")
        return any(word.startswith(_GOING_OR_SENDING) for word in found)
    return False


# verbs of speech whose addressee stands in the dative, beside those of DATIVE_VERBS: after the speaker placed
# right after the verb ("..., заявил Путин Эрдогану"), the person after the speaker is the one spoken to
_SPEECH_VERBS = (
    "сказа",
    "заяви",
    "заявля",
    "сообщи",
    "сообща",
    "обеща",
    "пообеща",
    "ответи",
    "отвеча",
    "написа",
    "объясни",
    "объясня",
    "поясни",
    "поясня",
    "рассказа",
    "пригрози",
    "угрожа",
    "напомни",
    "напомина",
    "пожалова",
    "признал",
)


def _speaker_after_speech_verb(text_before: str) -> bool:
    """Whether a name stands after a verb of speech with only the person spoken to and adverbials between, no
    punctuation ("сообщил журналистам [Эрдоган]", "заявил парламенту [Эрдоган]", "сказал иранскому телевидению
    [Шамхани]"): the verb's speaker, in the nominative, for a source that makes the name the speaker."""
    if re.search(r"[^\w\s\-]\s*$", text_before):
        return False
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :][-100:])]
    for back in range(2, min(5, len(words)) + 1):
        word = words[-back]
        if _verb_form(word):
            return word.startswith(_SPEECH_VERBS) or word.startswith(DATIVE_VERBS)
    return False


def _speaker_before(text_before: str, placed: Sequence[PlacedBefore]) -> str | None:
    """The verb of speech a name stands after with only the verb's subject between, a name placed in the
    nominative ("сказал Путин [Эрдогану]", "заявил Эрдоган [Путину]"); None where there is none."""
    stripped = text_before.rstrip()
    if not stripped.endswith(_HIDDEN) or len(stripped) == len(text_before):
        return None
    speaker = next((p for p in placed if p.end == len(stripped)), None)
    if speaker is None or set(speaker.tokens) & set(CASES):
        return None  # no name, or one in another case than the subject's
    rest = text_before[: speaker.start]
    if not re.search(r"\s$", rest):
        return None
    words = [word.lower() for word in _WORD.findall(rest[_clause_start(rest) :][-80:])]
    if not words or re.search(r"[^\w\s\-]\s*$", rest):
        return None
    verb = words[-1]
    if _verb_form(verb) and verb.startswith(_SPEECH_VERBS):
        return verb
    return None


def _dative_verb_before(text_before: str, placed: Sequence[PlacedBefore] = ()) -> tuple[str, bool] | None:
    """The verb of DATIVE_VERBS a name stands right after in its clause, and whether its own short object
    stands between them ("вручил орден [Эрдогану]"), or the verb of speech with only its subject between
    ("сказал Путин [Эрдогану]"); None where there is none."""
    speech = _speaker_before(text_before, placed)
    if speech is not None:
        return speech, False
    if re.search(r"[^\w\s\-]\s*$", text_before):
        return None  # punctuation (a comma, a quote, a placed name hidden) ends the verb's reach
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :][-80:])]
    for back, with_object in ((1, False), (2, True)):
        if len(words) < back:
            return None
        verb = words[-back]
        if _verb_form(verb) and verb.startswith(DATIVE_VERBS):
            if with_object and not _noun(words[-1]):
                return None
            return verb, with_object
    return None


def _against_dative_verb(
    name: NameInSentence, cases: frozenset[str] | None, case: str, doubt: str | None
) -> tuple[str, str | None]:
    """The case read for a name checked against a verb of DATIVE_VERBS before it ("Путин пообещал
    Эрдогана, что ..."): an accusative or genitive the model wrote there is in a case the verb cannot give
    its addressee, and is flagged. Right after the verb, a person whose name is followed by a clause or a
    preposition's phrase can be nothing but the verb's addressee, so the dative is also put in; where the
    name may be another object (предложил Эрдогана в качестве ..., передал Мамлюка властям) or a possessor
    after the verb's own object (передал послание Эрдогана), the model's form stays, flagged only where no
    such reading fits it. A nominative is never flagged: it may be the subject after its verb ("— заявил
    Путин", "Эрдогану позвонил Путин")."""
    if case not in ("gen", "acc") or not cases or {"nom", "dat"} & cases or not _declines(name.forms) or name.award:
        return case, doubt  # an award is the thing given, not the addressee (see _award_given)
    if name.forms.get("dat") in {name.forms.get(c) for c in cases}:
        return case, doubt
    before = _hide(name.text[: name.start], _spans(name.before))
    found = _dative_verb_before(before, name.before)
    if found is None:
        return case, doubt
    verb, with_object = found
    if with_object and "gen" in cases:
        return case, doubt  # "передал послание Эрдогана": the object's possessor
    shown = name.forms.get(case, name.forms["nom"])
    flag = f"'{shown}' after '{verb}', which takes its addressee in the dative"
    next_word = re.match(r"\s*([^\W\d_]+|[^\w\s]|$)", name.after)
    following = next_word.group(1).lower() if next_word else ""
    clear = not following or not following[:1].isalpha() or following in _AFTER_OBJECT or is_infinitive(following)
    if clear and name.person and _object_of_infinitive_after(name.after):
        return (
            case,
            f"{flag} ({name.forms['dat']}), or the object of the verb after it; the model's {case} was kept: check it",
        )
    if name.person and not with_object and clear and not verb.startswith(_DATIVE_OR_PERSON_OBJECT):
        return "dat", f"{flag} ({name.forms['dat']}): the model's {case} was changed to the dative; check it"
    return case, f"{flag} ({name.forms['dat']}); the model's {case} was kept: check it"


# verbs of giving whose receiver stands in the dative and what is given in the accusative (предоставила Сирии
# кредит, направит предложения России), by stem, beside those of DATIVE_VERBS and of awards
_RECEIVER_VERBS: tuple[str, ...] = (
    *DATIVE_VERBS,
    *_GIVING_VERBS,
    "предостав",
    "дал",
    "дад",
    "дать",
    "дава",
    "выдел",
    "направ",
    "отправ",
    "посла",
    "посыла",
    "пошл",
    "прода",
    "одолж",
    "заплат",
    "выплат",
    "присужда",
)
_GIVING_IRREGULAR = frozenset({"даст", "дает", "даёт", "дают", "дадим", "дадут"})
# a list's members before a name, back to its first: "России и [Ирану]", "Ираку, Сирии и [Ливану]"
_MEMBER_BEFORE = LazyPattern(rf"{_HIDDEN}+\s*(?:,\s*(?:и\s+|или\s+)?|и\s+|или\s+|а\s+также\s+)$")


def _giving_verb_before(before: str) -> str | None:
    """The verb of giving a name (or the list it ends) stands after in its clause, right after it or after the
    verb's own object of up to three words with no preposition (предложил [Ираку], направит свои предложения
    [России] и [Ирану]); None where there is none."""
    while found := _MEMBER_BEFORE.search(before):
        before = before[: found.start()]
    if re.search(r"[^\w\s\-]\s*$", before):
        return None  # punctuation (a comma, a quote, a placed name hidden) ends the verb's reach
    words = [word.lower() for word in _WORD.findall(before[_clause_start(before) :][-100:])]
    for back in range(1, min(4, len(words)) + 1):
        word = words[-back]
        if word in _GIVING_IRREGULAR or (_verb_form(word) and word.startswith(_RECEIVER_VERBS)):
            return word
        if word in GOVERNED_CASES or _verb_form(word):
            return None  # a preposition's object (направит делегацию в [Москву]) or another verb's
    return None


def _against_giving_verb(
    name: NameInSentence, cases: frozenset[str] | None, case: str, doubt: str | None
) -> tuple[str, str | None]:
    """The receiver of a verb of giving, offering or proposing, as the source makes it ("Qatar offered Iraq a
    similar sum", "send its proposals to Russia and Iran"), after such a verb in the Russian (or after the verb's
    own object): the dative, whatever case the model wrote (предложил Ирак, направит предложения России и Ирана:
    Ираку, Ирану), since the verb takes nothing else there the source allows."""
    if case == "dat" or not name.given or name.award or not _declines(name.forms):
        return case, doubt
    before = _hide(name.text[: name.start], _spans(name.before))
    verb = _giving_verb_before(before)
    if verb is None:
        return case, doubt
    if cases is not None and "gen" in cases and _dative_noun_before(before):
        return case, doubt  # "направила помощь народу [Сирии]": the receiver is the noun, the name its genitive
    if name.given_before_bare_noun and cases is not None and "gen" in cases and _noun_before(before, verb):
        return case, doubt  # "sold Erbil oil to Turkey": продал нефть [Эрбиля], the name modifies the noun
    return "dat", None


def _noun_before(before: str, verb: str) -> bool:
    """Whether a noun, not the verb of giving, stands right before a name or the list it ends ("продал нефть
    [Эрбиля]", "отправила дипломатов [Тегерана]"): where the source has the name before a bare noun ("sold Erbil
    oil to Turkey", "sent Tehran diplomats home"), a genitive there is that noun's complement, the source's name
    its modifier, not the receiver."""
    while found := _MEMBER_BEFORE.search(before):
        before = before[: found.start()]
    word = re.search(r"([^\W\d_]+)\s*$", before)
    return word is not None and word.group(1).lower() != verb and after_noun(before, person=False)


# endings only a noun in the dative has: plurals (лидерам, представителям, властям), and singulars of
# -ство, -тель, -ение/-ание (руководству, представителю, населению); not -у/-ю alone, a feminine
# accusative's too (ноту, делегацию: what is given)
_DATIVE_NOUN_ENDINGS = ("ам", "ям", "ству", "телю", "ению", "анию")


def _dative_noun_before(before: str) -> bool:
    """Whether a noun in the dative stands right before a name, or the list it ends ("передал тела
    представителям [Ирака]", "направила помощь народу [Сирии] и [Ирана]"): that noun is the receiver, and the
    name its genitive complement."""
    while found := _MEMBER_BEFORE.search(before):
        before = before[: found.start()]
    word = re.search(r"([^\W\d_]+)\s*$", before)
    if word is None or not after_noun(before, person=False):
        return False
    lower = word.group(1).lower()
    return lower == "народу" or (len(lower) > 4 and lower.endswith(_DATIVE_NOUN_ENDINGS))


# the singular endings of an adjective or participle and the cases each shows, by the gender it agrees in
# ("m" for a person or a masculine thing, "ma" only for a person: the animate accusative)
_AGREEING_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("ого", "m n", "gen"),
    ("его", "m n", "gen"),
    ("ого", "ma", "acc"),
    ("его", "ma", "acc"),
    ("ому", "m n", "dat"),
    ("ему", "m n", "dat"),
    ("ым", "m n", "ins"),
    ("им", "m n", "ins"),
    ("ом", "m n", "prep"),
    ("ем", "m n", "prep"),
    ("ый", "m", "nom"),
    ("ий", "m", "nom"),
    ("ый", "mi", "acc"),
    ("ий", "mi", "acc"),
    ("ая", "f", "nom"),
    ("яя", "f", "nom"),
    ("ую", "f", "acc"),
    ("юю", "f", "acc"),
    ("ой", "f", "gen dat ins prep"),
    ("ей", "f", "gen dat ins prep"),
)
# words with those endings that agree with nothing before them: relative and other pronouns open a clause of
# their own ("Мамлюк, которого ...": the pronoun's case is its role in that clause)
_NOT_AGREEING = ("котор", "чье", "чьего", "чьему", "сво", "эт", "тот", "того", "тому", "все", "сам", "наш", "ваш")


def _agreeing_cases(after: str, nominative: str, person: bool) -> tuple[str, frozenset[str]] | None:
    """A participle or an adjective opening a phrase right after a name and a comma ("Мамлюк, прилетевшего из
    Дамаска", "Эрдогану, заявившему ..."), and the cases its ending shows for a name of this gender and
    animacy; None where no such word follows, or its ending fits no gender of the name (it agrees with
    another noun: "жену Асада, прилетевшую")."""
    match = re.match(r"\s*,\s*([^\W\d_]+)(?![\w-])", after)
    if not match:
        return None
    word = match.group(1)
    lower = word.lower().replace("ё", "е")
    if not word.islower() or len(lower) < 6 or lower.startswith(_NOT_AGREEING) or lower in CLAUSE_WORDS:
        return None
    if lower.endswith("ся"):
        lower = lower[:-2]  # a reflexive participle agrees by the ending before it: находившемуся, являющегося
    if not (
        _gerund_or_participle(lower) or re.search(r"(?:вш|щ|нн|ем|им)(?:ого|его|ому|ему|ым|им|ом|ем|ую|ей|ой)$", lower)
    ):
        return None  # an adjective of quality agrees as well, but reads too often as the start of a new phrase
    # a person's name that declines and ends in a consonant is a man's (a woman's such surname does not decline)
    genders = {"m"} if person and not nominative.endswith(("а", "я")) else _genders(nominative, person) - {"pl"}
    kinds = set(genders)
    if "m" in genders:
        kinds.add("ma" if person else "mi")
    found: set[str] = set()
    for ending, agreeing, shown in _AGREEING_ENDINGS:
        if lower.endswith(ending) and kinds & set(agreeing.split()):
            found.update(shown.split())
    return (word, frozenset(found)) if found else None


def _object_or_subject(text_before: str) -> bool:
    """Whether a name after this text is a verb's object (past a title or adjectives before it, "принял
    главу разведки Мамлюка", or the verb's own object, "направил письмо Асаду") or opens its clause: no
    noun stands before it that a phrase after it could agree with instead ("визит Эрдогана, ставший ...",
    "разговор с Эрдоганом, ставший ...")."""
    if re.search(r"[^\w\s\-]\s*$", text_before):
        return opens_clause(text_before)
    words = [word.lower() for word in _WORD.findall(text_before[_clause_start(text_before) :][-120:])]
    while words and (
        _title_case(words[-1]) is not None or (len(words[-1]) > 4 and words[-1].endswith(_ADJECTIVE_ENDINGS))
    ):
        words.pop()
    if len(words) > 1 and _verb_form(words[-2]) and words[-1] not in _NOT_NOUNS and words[-1] not in GOVERNED_CASES:
        words.pop()  # the verb's own object before it: "направил письмо [Асаду]"
    return not words or _verb_form(words[-1])


def _verb_form(word: str) -> bool:
    """A verb by its ending, not a noun that shares one (визит, совет), or a past in -г (помог, смог)."""
    return (_is_verb(word) and word not in _NOT_FINITE) or word in ("помог", "смог", "мог")


def _against_agreeing_word(
    name: NameInSentence, cases: frozenset[str] | None, case: str, doubt: str | None
) -> tuple[str, str | None]:
    """The case read for a name checked against the participle or adjective after it and a comma, which
    agrees with it ("принял Али Мамлук, прилетевшего из Дамаска": the accusative). Where the case read
    contradicts the word's ending, the name is flagged; where the model's form was only a guess (the name
    left undeclined, in the nominative, or with no ending at all) and the ending allows one form of this name,
    the name takes it."""
    if not _declines(name.forms):
        return case, doubt
    agreeing = _agreeing_cases(name.after, name.forms["nom"], name.person)
    before = _hide(name.text[: name.start], _spans(name.before))
    if agreeing is None:
        return case, doubt
    word, shown = agreeing
    forms = name.forms
    guessed = not cases or cases == ALL_CASES or "nom" in cases
    persons = _spans([placed for placed in name.before if placed.person])
    if not _object_or_subject(before):
        found = govern(before, person=name.person, names=_spans(name.before), persons=persons)
        preposition = re.search(r"(?<![^\W\d_])([^\W\d_]+)\s*$", before)
        if (
            doubt
            and guessed
            and name.person
            and preposition is not None
            and preposition.group(1).lower() in GOVERNED_CASES
            and _object_or_subject(before[: preposition.start()])  # not "о покушении на Путин, совершенном"
            and found is not None
            and found.by == "preposition"
            and {forms.get(c, forms["nom"]) for c in found.cases + found.also if c in shown}
            == {forms.get(case, forms["nom"])}
        ):
            return case, None  # "рассказал о Путин, посетившем": of the cases the preposition allows, the one read
        return case, doubt
    texts = {forms.get(c, forms["nom"]) for c in shown}
    if forms.get(case, forms["nom"]) in texts:
        # a guess the agreeing word bears out is no longer a guess ("позвонил президенту Эрдоган, находившемуся")
        return case, None if guessed and len(texts) == 1 else doubt
    governed = NAMES.governed_forms(before, name.person, _spans(name.before), persons, name.forms["nom"], name.after)
    ordered = [c for c in CASES if c in shown and (not governed or c in governed)]
    if guessed and len(texts) == 1 and ordered:
        return ordered[0], None
    return case, (
        f"'{forms.get(case, forms['nom'])}': '{word}' after it agrees with it in "
        f"{' or '.join(c for c in CASES if c in shown)}, not in the {case} it was read in: check it"
    )


NAMES = RussianNames()
