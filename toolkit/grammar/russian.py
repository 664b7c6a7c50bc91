"""Russian: names decline by case, or are indeclinable.

Case forms are never guessed: foreign names decline irregularly (Мамлюк ->
Мамлюка, but Сулеймани, Хаменеи, Сочи do not decline), so the glossary holds
every form an editor approved, or marks the rendering indeclinable.
``toolkit glossary forms`` proposes them (:mod:`.russian_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .adjectives import written_adjective
from .names import FormRead, NameGrammar, NameInSentence, PlacedBefore, WordRead, opens_clause

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
            "удар", "давлен", "давит", "влиян", "влиять", "влияет", "влияют", "повлия", "ответ", "реакц", "надежд",
            "ставк", "обрушил", "выпустил", "запустил", "сбросил", "ссылк", "ссыла", "смотр", "рассчитыва", "полага",
            "опира", "налож", "возлож", "отправил", "прибыл", "приезд", "въезд", "въех", "эмигр", "бежал", "бежать",
            "убежа", "сбежа", "переход", "перешл", "поход", "посетит", "рейс", "летел", "летит", "полетел",
            "экспорт", "импорт", "поставк", "постав", "санкци", "эмбарго", "перенес", "перенёс", "переда", "обраща",
            "обрати", "жалоб", "претензи", "попа", "попад", "упал", "упад", "обстрел", "нацел", "вылетел", "отбыл",
            "уехал", "приехал", "вернулся", "повез", "привез", "привёз", "отвез", "отвёз", "перевоз", "послал",
            "послан", "посыла", "переправ", "инвест", "вложен", "вкладыва", "вступ", "превра", "интеграц", "эвакуац",
            "депортац", "экстрадиц", "переезд", "бегств", "миграц", "взгляд", "запрет", "огранич", "вето")
# words of carrying, whole (their stems begin common words too: везде, несколько)
_TOWARDS_WORDS = {"вез", "везет", "везёт", "везут", "везла", "везли", "несет", "несёт", "несут", "нес", "нёс",
                  "несла", "несли"}

_TITLES = ("президент", "премьер", "министр", "генерал", "лидер", "эмир", "шейх", "аятолл", "глав", "корол",
           "принц", "посол", "спикер", "генсек", "командующ", "госсекретар", "канцлер", "секретар", "председател",
           "замминистр", "вице", "советник", "директор", "руководител", "начальник", "представител", "коллег",
           "союзник", "партнер", "партнёр", "наследник", "преемник", "предшественник", "генерал-лейтенант",
           "маршал", "адмирал", "полковник", "бригадный", "имам", "муфтий", "наследный")

_FEMININE_TITLES = {"глава": ("nom",), "главы": ("gen",), "главе": ("dat", "prep"), "главу": ("acc",),
                    "главой": ("ins",)}

_ENDING_CLASSES = str.maketrans({"я": "а", "ю": "у", "ё": "о", "ь": "", "й": "", "ы": "и"})


def ending_key(word: str) -> str:
    """A word with hard and soft endings made alike, so a misspelt ending still reads: Эрбилу ~ Эрбилю."""
    return word.lower().replace("ё", "е").translate(_ENDING_CLASSES)


def _title_case(word: str) -> tuple[str, ...] | None:
    """The case a title noun (президентом, министра) stands in, read from its ending; None if not a title."""
    lower = word.lower().replace("ё", "е")
    if not lower.startswith(_TITLES):
        return None
    if lower in _FEMININE_TITLES:  # глава, судья: the a-declension
        return _FEMININE_TITLES[lower]
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


_NAME = "\x00"  # a name already placed before this one, as a word of the text before it
_HIDDEN = "\ue000"  # what stands for the characters of such a name (neither a letter nor punctuation)


def governor(text_before: str, person: bool = True, names: Sequence[tuple[int, int]] = (),
             subjects: Sequence[tuple[int, int]] = ()) -> tuple[str, ...] | None:
    """The cases the words right before a name allow it, best reading first; None if nothing governs it.

    A preposition governs across an adjective or a title between it and the
    name ("в соседнем Ираке", "с президентом Эрдоганом"); a title alone makes
    a person's name stand in its own case (apposition: "президента Эрдогана"),
    also across the title's genitive complement ("с главой сирийской разведки
    Али Мамлюком", "министром обороны Ирана Амиром Хатами"). Other names after
    a title are its complement, in the genitive ("эмир Катара"), which the
    model's ending says: the title then governs nothing. A verb governs the
    name right after it (поставлять Анкаре, называть Фидана), and a verb of
    naming puts a second name in the instrumental (называют Фидана «Волком
    Анатолии»). ``names`` are the spans of names placed earlier in the text,
    ``subjects`` those of them in the nominative: one before the verb in the
    same clause is its subject, so a name after the verb is its object
    ("Путин позвонил Эрдогану", not an inverted "позвонил Эрдоган").
    """
    text_before = _hide(text_before, names)
    text_before = re.sub(r"[«\"“„‘(\s]+$", " ", text_before)  # an opening quote: с «Волком Анатолии»
    if re.search(r"[.!?;:«»\"()\[\]—–]\s*$", text_before) or not text_before.strip():
        return None
    if re.search(r"[,]\s*$", text_before):
        return None
    written = _words_and_names(text_before, names)
    if len(written) >= 2 and written[-1] == _NAME and written[-2].lower().startswith(_NAMING_VERBS) and \
            _is_verb(written[-2].lower()):
        return ("ins",)  # the second complement of a verb of naming: называют [Фидана] «Волком Анатолии»
    if person:  # names between a title and this name ("эмира Катара Тамима") do not break apposition
        while len(written) > 1 and (written[-1] == _NAME or written[-1][:1].isupper()) and \
                written[-2] != _NAME and written[-2][:1].islower():
            written.pop()
        written = _past_complement(written)
    if written[-1:] == [_NAME]:
        return None  # right after another name: its complement ("Россия Путина"), or a new phrase
    written = [word for word in written if word != _NAME]
    words = [word.lower() for word in written]
    if not words:
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
        if title is None and back == 1 and _is_verb(word) and (
                not _may_have_subject_after(word) or _subject_in_clause(text_before, subjects)):
            governed = _verb_case(word)
            if governed:
                return governed
        if word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 4:
            continue
        break
    return title


def _subject_in_clause(text_before: str, subjects: Sequence[tuple[int, int]]) -> bool:
    """Whether a name in the nominative stands earlier in the clause the text before a name ends in."""
    clause = max((m.end() for m in re.finditer(r"[.,;:!?«»\"—–()]", text_before)), default=0)
    return any(start >= clause for start, _ in subjects)


def _hide(text: str, names: Sequence[tuple[int, int]]) -> str:
    """The text with each placed name's characters neither letters nor punctuation ([[2]] is no bracket)."""
    for start, end in names:
        text = text[:start] + _HIDDEN * (min(end, len(text)) - start) + text[end:]
    return text


def _words_and_names(text: str, names: Sequence[tuple[int, int]]) -> list[str]:
    """The last words of a text, each placed name in it one word (``_NAME``), placeholders included."""
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    for start, end in names:
        found = [word for word in found if word[1] <= start or word[0] >= end] + [(start, end, _NAME)]
    found.sort()
    window = len(text) - 120
    return [word for start, _, word in found if start >= window]


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


def _verb_case(verb: str) -> tuple[str, ...] | None:
    """The case a verb governs its object in (поставлять кому: dat; называть кого: acc), or None."""
    for stems, case in _VERB_GOVERNS:
        if verb.startswith(stems):
            return (case,)
    return None


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


# verbs and the case of the object right after them (the commonest reading)
_VERB_GOVERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("поставл", "постави", "помог", "помоч", "помога", "угрожа", "пригрози", "позвони", "звони", "переда",
      "прода", "заплати", "плати", "доверя", "противостоя", "сопротивля", "препятств", "помеша", "меша",
      "способствова", "способству", "уступ", "подчин", "навяза", "навязыва", "сочувств", "соболезн",
      "противореч", "подража"), "dat"),
    (("называ", "назва", "назов", "поддерж", "обвин", "осужд", "осуди", "критикова", "критику", "призва",
      "призыва", "благодар", "поблагодар", "посети", "посеща", "возглав", "атакова", "атаку", "признава",
      "поздрав", "упрекну", "упрека", "убеди", "убежда", "назнач", "избра", "избира", "освобод", "арестова",
      "арестову", "задержа", "задерж", "обвиня", "упомяну", "упомина", "покину", "покида", "захвати",
      "захватыва", "бомби", "обстреля", "обстрелива"), "acc"),
    (("руковод", "управля", "командова", "командую", "восхища", "горди", "гордя"), "ins"),
    (("опаса", "избега", "добива", "добил", "достиг", "лишил", "лиша", "боит", "боят", "боял"), "gen"),
)
# verbs of naming: a second name after their object is in the instrumental
_NAMING_VERBS = ("называ", "назва", "назов", "счита", "объяви", "объявля", "назнач", "избра", "избира", "призна")
_INFINITIVES_IN_TI = ("идти", "йти", "нести", "везти", "вести", "расти", "ползти", "спасти", "трясти", "плести",
                      "цвести", "брести", "грести")
_NOUNS_LIKE_VERBS = {"сеть", "треть", "путь", "суть", "мать", "знать", "нить", "плеть", "смерть"}
_CONSONANT_INFINITIVES = {"есть", "съесть", "сесть", "красть", "класть", "пасть", "упасть", "напасть", "попасть",
                          "пропасть", "прясть", "лезть", "грызть"}


def _towards(cases: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
    """в/на/за/под/о take the accusative after words of motion or action towards something."""
    if "acc" not in cases or len(cases) == 1:
        return cases
    if any(word.startswith(_TOWARDS) or word in _TOWARDS_WORDS for word in before[-3:]):
        return ("acc", *(c for c in cases if c != "acc"))
    return cases


def _after_possessum(text_before: str) -> bool:
    """Whether a name stands right after what it possesses: another name (Россия [Путина]) or a noun
    (эмир [Катара], усилия [Катара]), not a generic word it names in apposition (провинции Идлиб)."""
    if text_before.endswith(_HIDDEN + " ") or text_before.endswith(_HIDDEN):
        return True
    match = re.search(r"([^\W\d_]+)\s+$", text_before)
    if not match or opens_clause(text_before):
        return False
    word = match.group(1).lower()
    return not word.startswith(_GENERIC_PLACES) and (_noun(word) or _title_case(word) is not None or
                                                     word.endswith(("ы", "и", "а", "я")))


# generic words a place name stands beside in apposition, in the nominative: провинция Идлиб, город Хама
_GENERIC_PLACES = ("провинци", "город", "район", "област", "регион", "аэропорт", "авиабаз", "баз", "зон",
                   "деревн", "сел", "поселк", "посёлк", "мухафаз", "округ", "штат", "остров", "порт")


def locative_after_noun(text_before: str) -> bool:
    """Whether the name follows в/на (across adjectives) that follow a noun, with no word of motion
    before: "курдские чиновники в Эрбиле" is a place, not a direction."""
    words = [word.lower() for word in _WORD.findall(text_before[-120:])]
    while words and words[-1].endswith(_ADJECTIVE_ENDINGS) and len(words[-1]) > 4:
        words.pop()
    if len(words) < 2 or words[-1] not in ("в", "во", "на") or not _noun(words[-2]):
        return False
    return not any(word.startswith(_TOWARDS) or word in _TOWARDS_WORDS for word in words[-5:-1])


def _noun(word: str) -> bool:
    """A word that is most likely a noun: lowercase, no verb, adjective or function word by its form."""
    return len(word) > 2 and word not in _NOT_NOUNS and word not in GOVERNED_CASES and not _is_verb(word) and \
        not word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith(("о", "е")) and _title_case(word) is None


_VERB_ENDINGS = ("л", "ла", "ло", "ли", "ть", "ет", "ит", "ют", "ут", "ат", "ят", "ся", "сь", "ешь", "ишь",
                 "ете", "ите", "ем", "им", "йте")
_NOT_NOUNS = {"и", "а", "но", "или", "либо", "что", "как", "где", "когда", "чем", "также", "тоже", "ни", "не",
              "да", "же", "ли", "бы", "уже", "еще", "ещё", "только", "даже", "именно", "вот", "это", "так", "который",
              "которая", "которое", "которые", "чтобы", "если", "хотя", "пока", "затем", "потом"}


def after_noun(text_before: str, person: bool = True) -> bool:
    """Whether a name follows a noun directly ("аэропорта Багдад", "будущее Идлиб", "эмира Катар"):
    there it is most often that noun's genitive complement, so a nominative name is suspect. A
    person's name after a title is in apposition instead ("президент Эрдоган")."""
    match = re.search(r"([^\W\d_]+)[\s«\"“„]+$", text_before)
    if not match:
        return False
    word = match.group(1)
    lower = word.lower()
    opening = opens_clause(text_before[: match.start(1)])  # capitalised as the first word, not as a name
    if not (word[:1].islower() or opening) or lower in _NOT_NOUNS or lower in GOVERNED_CASES or len(lower) < 3:
        return False
    if _is_verb(lower):
        return False
    return not (person and lower.startswith(_TITLES))


def after_title(text_before: str) -> bool:
    """Whether a name follows a title noun directly (эмир, президента, министр): a place or a body there
    is the title's genitive complement (эмир Катара, президент Турции)."""
    match = re.search(r"([^\W\d_]+)\s+$", text_before)
    if not match or match.group(1).lower().endswith(_ADJECTIVE_ENDINGS):
        return False  # президентский орден: an adjective made from a title
    return _title_case(match.group(1)) is not None


# --- Names in machine output: spelling, the forms a word stands for, the case a sentence gives ---------

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu",
    "я": "ia", "ь": "", "ъ": "",
})
_SOFT_AS_HARD = str.maketrans({"я": "а", "ю": "у", "ё": "е", "ь": "", "й": "", "ы": "и", "э": "е"})
_COORDINATION = re.compile(r"\s*(?:,|и|или|а также|либо)\s*")


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
    cases = frozenset(case for case, word in last.items() if word[len(stem):] == glued)
    if cases:
        return cases
    guess = GLUED_ENDINGS.get(ending.lower())
    return frozenset({guess}) if guess else None


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def _coordinated_case(before: str, placed: Sequence[PlacedBefore], comma: bool = True,
                      person: bool | None = None) -> str | None:
    """A name joined by и/или/а (or, where ``comma``, a comma) to the name before it takes that name's case;
    a person is joined to a person, a place to a place ("Мамлюк в Сирии и Фидан в Турции" joins clauses)."""
    if not placed or (person is not None and placed[-1].person != person):
        return None
    between = before[placed[-1].end:]
    if _COORDINATION.fullmatch(between) and (comma or "," not in between):
        tokens = placed[-1].tokens
        return tokens[0] if tokens else "nom"
    return None


def _coordinated_governor(before: str, placed: Sequence[PlacedBefore], person: bool,
                          comma: bool = True) -> tuple[str, ...] | None:
    """What governs the first of two names joined by и/или ("между США и Иран" -> ins). A comma joins them
    only where the model's words say nothing: "в Тегеране, верховный лидер" starts a new clause."""
    if _coordinated_case(before, placed, comma, person) is None:
        return None
    return governor(before[: placed[-1].start], person=person, names=_spans(placed[:-1]))


def _spans(placed: Sequence[PlacedBefore]) -> tuple[tuple[int, int], ...]:
    return tuple((name.start, name.end) for name in placed)


ALL_CASES = frozenset(CASES)


class RussianNames(NameGrammar):
    CASED = True
    PARTICLES = frozenset({"аль", "эль", "ал", "ас", "ан", "ат", "аш", "ад", "аз", "ар", "бен", "бин", "ибн", "абу",
                           "бу"})

    def normalise(self, word: str) -> str:
        return word.lower().replace("ё", "е")

    def spelling_key(self, word: str) -> str:
        """Soft and hard vowels alike, in Latin letters, a doubled letter once: Эрбилу ~ Эрбилю, Мамлук ~ Мамлюк."""
        word = self.normalise(word).translate(_SOFT_AS_HARD).translate(_TO_LATIN)
        return re.sub(r"(.)\1+", r"\1", word)

    def spelled_forms(self, forms: Mapping[str, str]) -> list[tuple[str, frozenset[str] | None]]:
        declines = len(set(forms.values())) > 1
        return [(forms.get(case, forms["nom"]), frozenset({case}) if declines else None) for case in CASES]

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"])] + [((case,), text) for case, text in forms.items() if case != "nom"]

    def read_name(self, name: NameInSentence) -> FormRead:
        cases, disagree = read_cases(name.words)
        case, doubt = self._case(name, cases, disagree)
        return FormRead((case,) if case != "nom" else (), name.start, name.end, doubt)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        cases, end = None, name.end
        if name.ending and name.ending[0] not in "'’\u200c":
            cases = glued_cases(name.forms, name.ending)
            if cases:
                end += len(name.ending)
        case, doubt = self._case(name, cases)
        return FormRead((case,) if case != "nom" else (), name.start, end, doubt)

    def governed_forms(self, text_before: str, person: bool,
                       names: Sequence[tuple[int, int]] = ()) -> tuple[str, ...] | None:
        return governor(text_before, person=person, names=names)

    def _case(self, name: NameInSentence, cases: frozenset[str] | None, disagree: bool = False
              ) -> tuple[str, str | None]:
        """The case of a slot: what the model's words say, else what governs it, else a guess."""
        forms, placed, person = name.forms, name.before, name.person
        before = _hide(name.text[: name.start], _spans(placed))  # a placeholder's brackets are no punctuation
        distinct = len({forms.get(c, forms["nom"]) for c in CASES}) > 1
        if not distinct:
            return "nom", None
        silent = not cases or cases == ALL_CASES  # the model's words say nothing about the case
        direct = governor(before, person=person, names=_spans(placed),
                          subjects=_spans([name for name in placed if not name.tokens]))
        governed = direct or _coordinated_governor(before, placed, person, comma=silent)
        nominative = forms["nom"]
        joined = _coordinated_case(before, placed, person=person) if silent and not direct and placed and \
            placed[-1].settled else None
        if joined is not None and (not governed or joined in governed):
            return joined, None  # "с Россией, Iran и ...": a name joined to the one before takes its case
        nominative_or_accusative = silent or (cases is not None and cases <= {"nom", "acc"})
        if name.possessor and not governed and nominative_or_accusative and _after_possessum(before):
            return "gen", None  # "Putin's Russia": the possessor follows in the genitive (Россия Путина)
        if not person and not governed and nominative_or_accusative and after_title(before):
            return "gen", None  # "Эмир Катар": a place after a title is its genitive complement
        last_word = before.split()[-1].lower() if before.split() else ""
        if cases == frozenset({"nom"}) and not governed and last_word and is_infinitive(last_word):
            return "nom", (f"'{nominative}': nominative right after a verb's infinitive, where its object "
                           f"needs another case: check it")
        if cases and cases != ALL_CASES:
            texts = {forms.get(c, forms["nom"]) for c in cases}
            ordered = [c for c in CASES if c in cases]
            if disagree:  # "Тамим бин Хамада": the model declined some words and not others
                chosen = next((c for c in governed or () if c in cases), None) or (
                    "nom" if "nom" in cases and opens_clause(before) else ordered[-1])
                return chosen, (f"'{nominative}': the model's words disagree on the case ({', '.join(ordered)}); "
                                f"{chosen} was chosen: check it")
            if governed:
                agreeing = [c for c in governed if c in cases]
                if agreeing and (agreeing[0] == governed[0] or "nom" not in cases or
                                 forms.get(agreeing[0]) == forms.get(governed[0])):
                    return agreeing[0], None
                if agreeing and locative_after_noun(before):
                    return governed[0], None  # "чиновники в Эрбиль": a place after a noun, the name left undeclined
                if agreeing:  # "в Иран": motion (acc), or a name the model left undeclined (prep)?
                    return agreeing[0], (f"'{nominative}': the model's form reads as {agreeing[0]}, but it may be "
                                         f"undeclined where {governed[0]} is needed: check it")
                if cases <= {"nom", "acc"}:
                    cases = frozenset()  # left undeclined ("против Аль-Каида", "поддерживать Эрдоган"): read on
                else:  # an ending the preposition cannot take ("в Эрбилю"): the preposition wins
                    return governed[0], (f"'{nominative}': the model's ending ({', '.join(ordered)}) does not fit "
                                         f"the words before it; {governed[0]} was chosen: check it")
            if cases and cases <= {"nom", "acc"} and after_noun(before, person):
                return ordered[0], (f"'{nominative}': nominative right after a noun, where Russian usually needs "
                                    f"the genitive: check it")
            if cases and len(texts) == 1:
                return ordered[0], None
            if cases:
                return ordered[0], (f"'{nominative}': the model's ending fits several cases ({', '.join(ordered)}); "
                                    f"{ordered[0]} was chosen: check it")
        if governed:
            texts = {forms.get(c, forms["nom"]) for c in governed}
            if len(texts) == 1 or len(governed) == 1:
                return governed[0], None
            return governed[0], (f"'{nominative}': the model gave no case ending; '{governed[0]}' was read from the "
                                 f"words before it ({' or '.join(governed)} possible): check it")
        coordinated = _coordinated_case(before, placed, person=person)
        if coordinated is not None and not after_noun(before[: placed[-1].start], person):
            return coordinated, None
        if after_noun(before, person):
            return "gen", (f"'{nominative}': the model gave no case ending; after a noun it is read as a genitive: "
                           f"check it")
        if opens_clause(before):
            return "nom", None  # the subject, at the start of a sentence or clause
        return "nom", (f"'{nominative}': the model gave no case ending and nothing before it governs one; "
                       f"nominative was chosen: check it")


NAMES = RussianNames()
