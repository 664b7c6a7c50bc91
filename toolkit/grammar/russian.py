"""Russian: names decline by case, or are indeclinable.

Case forms are never guessed: foreign names decline irregularly (Мамлюк ->
Мамлюка, but Сулеймани, Хаменеи, Сочи do not decline), so the glossary holds
every form an editor approved, or marks the rendering indeclinable.
``toolkit glossary forms`` proposes them (:mod:`.russian_forms`).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

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


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    case = tokens[0] if tokens else "nom"
    return forms.get(case, forms["nom"])


# endings glued to a placeholder by a model ("[[2]]ом"), read as the case they most often mark
GLUED_ENDINGS = {"а": "gen", "я": "gen", "ы": "gen", "и": "gen", "у": "dat", "ю": "dat", "ом": "ins", "ем": "ins",
                 "ым": "ins", "им": "ins", "ой": "ins", "ей": "ins", "е": "prep"}


# --- Reading the case a sentence gives a name -------------------------------------------------

# Prepositions and the cases they govern, the usual reading first. "с" is "with" (ins) far more
# often than "from" (gen); "в"/"на" mean "in/at" (prep) unless there is motion towards (acc).
GOVERNED_CASES: dict[str, tuple[str, ...]] = {
    **{word: ("gen",) for word in (
        "у", "из", "изо", "от", "ото", "для", "без", "безо", "около", "после", "против", "до", "вокруг", "возле",
        "кроме", "среди", "вместо", "ради", "из-за", "из-под", "вблизи", "внутри", "помимо", "напротив", "вдоль",
        "относительно", "вне", "мимо", "посреди", "накануне", "вглубь", "позади", "сверх",
        "в отношении", "в адрес", "в пользу", "в интересах", "со стороны", "при участии", "в лице", "в ходе",
        "от имени", "по поводу", "по делу", "в сторону", "в пределах", "с помощью", "при помощи", "в рамках")},
    **{word: ("dat",) for word in ("к", "ко", "по", "благодаря", "согласно", "вопреки", "навстречу", "подобно")},
    **{word: ("acc",) for word in ("через", "про", "сквозь", "в ответ на")},
    **{word: ("prep",) for word in ("при", "об", "обо")},
    "с": ("ins", "gen"), "со": ("ins", "gen"), "над": ("ins",), "надо": ("ins",), "перед": ("ins",),
    "передо": ("ins",), "между": ("ins",), "вместе с": ("ins",), "рядом с": ("ins",),
    "в связи с": ("ins",), "наряду с": ("ins",), "по сравнению с": ("ins",), "за": ("ins", "acc"),
    "под": ("ins", "acc"), "в": ("prep", "acc"), "во": ("prep", "acc"), "на": ("prep", "acc"),
    "о": ("prep", "acc"),
}

# words before в/на that mean motion or action towards a place: the name is then accusative
_TOWARDS = ("визит", "поездк", "прибы", "приех", "прилет", "прилёт", "вылет", "улет", "улете", "отправ", "направ",
            "верну", "возвращ", "перебро", "переброс", "ввод", "ввел", "ввёл", "ввели", "вторг", "вторж", "вошл",
            "вошел", "вошёл", "вход", "пригла", "доставл", "достав", "переех", "перевез", "отвез", "уеха", "полет",
            "полёт", "перелет", "перелёт", "путь", "дорог", "марш", "наступл", "наступа", "атак", "напад", "напал",
            "удар", "давлен", "давит", "влия", "ответ", "реакц", "надежд", "ставк", "обрушил", "выпустил",
            "запустил", "сбросил", "ссылк", "ссыла", "смотр", "рассчитыва", "полага", "опира", "налож", "возлож",
            "отправил", "прибыл", "приезд", "въезд", "въех", "эмигр", "бежал", "беж", "переход", "перешл",
            "поход", "посетит", "рейс", "летел", "летит", "полетел", "экспорт", "импорт", "поставк", "постав",
            "санкци", "эмбарго", "перенес", "перенёс", "переда", "обраща", "обрати", "жалоб", "претензи", "попа",
            "попад", "упал", "упад", "обстрел", "нацел", "вылетел", "отбыл", "уехал", "приехал", "вернулся")

_TITLES = ("президент", "премьер", "министр", "генерал", "лидер", "эмир", "шейх", "аятолл", "глав", "корол",
           "принц", "посол", "спикер", "генсек", "командующ", "госсекретар", "канцлер", "секретар", "председател",
           "замминистр", "вице", "советник", "директор", "руководител", "начальник", "представител", "коллег",
           "союзник", "партнер", "партнёр", "наследник", "преемник", "предшественник", "генерал-лейтенант",
           "маршал", "адмирал", "полковник", "бригадный", "имам", "муфтий", "наследный")

_ENDING_CLASSES = str.maketrans({"я": "а", "ю": "у", "ё": "о", "ь": "", "й": "", "ы": "и"})


def ending_key(word: str) -> str:
    """A word with hard and soft endings made alike, so a misspelt ending still reads: Эрбилу ~ Эрбилю."""
    return word.lower().replace("ё", "е").translate(_ENDING_CLASSES)


def _title_case(word: str) -> tuple[str, ...] | None:
    """The case a title noun (президентом, министра) stands in, read from its ending; None if not a title."""
    lower = word.lower().replace("ё", "е")
    if not lower.startswith(_TITLES):
        return None
    for ending, cases in (("ами", ("ins",)), ("ом", ("ins",)), ("ем", ("ins",)), ("ой", ("ins", "gen")),
                          ("ей", ("ins", "gen")), ("ым", ("ins",)), ("им", ("ins",)), ("ого", ("gen", "acc")),
                          ("его", ("gen", "acc")), ("ому", ("dat",)), ("ему", ("dat",)),
                          ("а", ("gen", "acc")), ("я", ("gen", "acc")), ("у", ("dat", "acc")), ("ю", ("dat", "acc")),
                          ("е", ("prep", "dat")), ("и", ("gen", "dat", "prep"))):
        if lower.endswith(ending):
            return cases
    return ("nom",)


# endings only adjectives have (-ом/-ой alone are nouns' too: "с посланником Эрдогана")
_ADJECTIVE_ENDINGS = ("ым", "им", "ого", "его", "ому", "ему", "ых", "их", "ую", "юю", "ый", "ий", "ая", "яя", "ое",
                      "ее", "ые", "ие", "ыми", "ими", "ском", "цком", "ской", "цкой", "нем", "ном", "ней", "ной")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def governor(text_before: str, person: bool = True) -> tuple[str, ...] | None:
    """The cases the words right before a name allow it, best reading first; None if nothing governs it.

    A preposition governs across an adjective or a title between it and the
    name ("в соседнем Ираке", "с президентом Эрдоганом"); a title alone makes
    a person's name stand in its own case (apposition: "президента Эрдогана").
    Other names after a title are its complement, in the genitive ("эмир
    Катара"), which the model's ending says: the title then governs nothing.
    """
    text_before = re.sub(r"[«\"“„‘(\s]+$", " ", text_before)  # an opening quote: с «Волком Анатолии»
    if re.search(r"[.!?;:«»\"()\[\]—–]\s*$", text_before) or not text_before.strip():
        return None
    written = [m.group() for m in _WORD.finditer(text_before[-120:])]
    if person:  # names between a title and this name ("эмира Катара Тамима") do not break apposition
        while len(written) > 1 and written[-1][:1].isupper() and written[-2][:1].islower():
            written.pop()
    words = [word.lower() for word in written]
    if not words or re.search(r"[,]\s*$", text_before):
        return None
    title: tuple[str, ...] | None = None
    for back in range(1, min(4, len(words)) + 1):
        word = words[-back]
        for span in (3, 2):  # multi-word prepositions: "в связи с", "в ответ на"
            phrase = " ".join(words[-back - span + 1: len(words) - back + 1]) if back + span - 1 <= len(words) else ""
            if phrase in GOVERNED_CASES:
                return _towards(GOVERNED_CASES[phrase], words[: -back - span + 1])
        if word in GOVERNED_CASES:
            cases = _towards(GOVERNED_CASES[word], words[:-back])
            if person and word in ("с", "со"):
                cases = ("ins",)  # "from" takes places (с Кавказа), not people
            return cases if title is None else tuple(c for c in cases if c in title) or title
        title_cases = _title_case(word)
        if title_cases is not None:
            if not person:
                return None
            if title is None:
                title = title_cases
            continue
        if word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 4:
            continue
        break
    return title


def _towards(cases: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
    """в/на/за/под/о take the accusative after words of motion or action towards something."""
    if "acc" in cases and len(cases) > 1 and any(word.startswith(_TOWARDS) for word in before[-3:]):
        return ("acc",) + tuple(c for c in cases if c != "acc")
    return cases


_VERB_ENDINGS = ("л", "ла", "ло", "ли", "ть", "ет", "ит", "ют", "ут", "ат", "ят", "ся", "сь", "ешь", "ишь",
                 "ете", "ите", "ем", "им", "йте")
_NOT_NOUNS = {"и", "а", "но", "или", "либо", "что", "как", "где", "когда", "чем", "также", "тоже", "ни", "не",
              "да", "же", "ли", "бы", "уже", "еще", "ещё", "только", "даже", "именно", "вот", "это", "так", "либо",
              "который", "которая", "которое", "которые", "чтобы", "если", "хотя", "пока", "затем", "потом"}


def after_noun(text_before: str, person: bool = True) -> bool:
    """Whether a name follows a noun directly ("аэропорта Багдад", "будущее Идлиб", "эмира Катар"):
    there it is most often that noun's genitive complement, so a nominative name is suspect. A
    person's name after a title is in apposition instead ("президент Эрдоган")."""
    match = re.search(r"([^\W\d_]+)[\s«\"“„]+$", text_before)
    if not match:
        return False
    word = match.group(1)
    lower = word.lower()
    if not word[:1].islower() or lower in _NOT_NOUNS or lower in GOVERNED_CASES or len(lower) < 3:
        return False
    if lower.endswith(_VERB_ENDINGS):
        return False
    return not (person and lower.startswith(_TITLES))
