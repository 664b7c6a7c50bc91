"""Names that are also ordinary English words, and what models translate them as.

A model that does not recognise a name translates it: "Turkey" becomes the
bird (индейка, hindi, ديك رومي, بوقلمون), "Fidan" a sapling (саженец, fidan,
شتلة, نهال), "Khamis" Thursday. When the source mentions such a name and the
output has none of its renderings, these words mark where the name went, so
the whole translated word is replaced by the name (and its case read from
the common noun's own ending), instead of the sentence being left with a bird
in it.

Keys are English words of a name (as folded by the matcher: lowercase, no
diacritics); values give, per language, the common-noun translations: Russian
as the six case forms, Turkish as the bare word (suffixes are read the usual
way), Arabic and Persian as written (an Arabic article and proclitics are
read the usual way). Add a word when a model is seen translating a name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

RussianForms = Mapping[str, str]
Translations = Mapping[str, Sequence[str | RussianForms]]


def _ru(nom: str, gen: str, dat: str, acc: str, ins: str, prep: str) -> RussianForms:
    return {"nom": nom, "gen": gen, "dat": dat, "acc": acc, "ins": ins, "prep": prep}


COMMON_NOUNS: Mapping[str, Translations] = {
    "turkey": {
        "ru": [
            _ru("индейка", "индейки", "индейке", "индейку", "индейкой", "индейке"),
            _ru("индюшка", "индюшки", "индюшке", "индюшку", "индюшкой", "индюшке"),
            _ru("индюк", "индюка", "индюку", "индюка", "индюком", "индюке"),
        ],
        "tr": ["hindi"],
        "ar": ["ديك رومي", "ديك الرومي", "الديك الرومي", "ديك حبش", "الديك الحبشي"],
        "fa": ["بوقلمون"],
    },
    "fidan": {
        "ru": [
            _ru("саженец", "саженца", "саженцу", "саженец", "саженцем", "саженце"),
            _ru("росток", "ростка", "ростку", "росток", "ростком", "ростке"),
        ],
        "tr": ["fidan"],
        "ar": ["شتلة", "الشتلة", "غرسة", "الغرسة", "شتلات"],
        "fa": ["نهال"],
    },
    "khamis": {
        "ru": [_ru("четверг", "четверга", "четвергу", "четверг", "четвергом", "четверге")],
        "tr": ["perşembe"],
        "ar": ["الخميس", "يوم الخميس"],
        "fa": ["پنجشنبه", "پنج‌شنبه"],
    },
    "muallem": {
        "ru": [_ru("учитель", "учителя", "учителю", "учителя", "учителем", "учителе")],
        "tr": ["öğretmen"],
        "ar": ["معلم", "المعلم"],  # the name's own rendering: the noun only beside the source's "teacher"
        "fa": ["معلم"],
    },
    "assad": {
        "ru": [_ru("лев", "льва", "льву", "льва", "львом", "льве")],
        "tr": ["aslan"],
        "ar": ["أسد", "الأسد"],  # the name's own rendering: the noun only beside the source's "lion"
        "fa": ["شیر"],
    },
    "front": {
        "ru": [_ru("фронт", "фронта", "фронту", "фронт", "фронтом", "фронте")],
        "tr": ["cephe", "cephesi"],
        "fa": ["جبهه"],
    },
    "us": {  # the United States called America
        "ar": ["أمريكا", "امريكا", "أميركا", "اميركا"],
        "ru": [_ru("Америка", "Америки", "Америке", "Америку", "Америкой", "Америке")],
        "tr": ["Amerika"],  # not the continent, Latin Amerika: see NamePlacer._after_another_names_word
    },
    "middle": {  # "Middle East" calqued as Средний Восток (a different region in Russian usage)
        "ru": [_ru("средний", "среднего", "среднему", "средний", "средним", "среднем")],
    },
    "order": {  # a decoration's "Order" written as a medal: Liyakat Madalyası for Liyakat Nişanı
        "tr": ["madalya", "madalyası"],
        "ar": ["ميدالية"],
        "fa": ["مدال"],
    },
    # a decoration's other words translated by meaning: "Champion of the Republic" as Чемпион Республики,
    # Cumhuriyet Şampiyonu, شامپیون جمهوری (the house writes Герой Республики, Cumhuriyet Kahramanı, قهرمان
    # جمهوری); "Order of Merit" as وسام الجدارة, نشان شایستگی
    "champion": {
        "ru": [_ru("чемпион", "чемпиона", "чемпиону", "чемпиона", "чемпионом", "чемпионе")],
        "tr": ["şampiyon", "şampiyonu"],
        "fa": ["شامپیون"],
    },
    "merit": {
        "ar": ["جدارة", "الجدارة"],
        "fa": ["شایستگی", "استحقاق"],
    },
    "flight": {
        "tr": ["uçuş", "uçuşu", "sefer", "seferi"],
        "ar": ["رحلة"],
    },
    # "Kurdistan Region": the generic word translated beside the name (اقلیم کردستان, إقليم كردستان); not
    # Russian, whose "Курдистанский регион" is an adjective the name's head word only looks like
    "region": {
        "tr": ["bölge", "bölgesi"],
        "ar": ["إقليم", "اقليم", "الإقليم", "منطقة"],
        "fa": ["اقلیم", "منطقه"],
    },
    "ayoub": {
        "ru": [_ru("Иов", "Иова", "Иову", "Иова", "Иовом", "Иове")],
        "tr": ["eyüp"],
    },
}


# The ordinary English words the same common nouns translate: a source that says "planted a sapling" beside
# Hakan Fidan, or serves turkey in a sentence on Turkey, has its own word for the fidan or the индейка of the
# output, which then is no translation of the name. Keys as in COMMON_NOUNS (the nouns that stand for a whole
# name), words folded.
ORDINARY_WORDS: Mapping[str, frozenset[str]] = {
    "turkey": frozenset({"turkey", "turkeys"}),
    "fidan": frozenset({"sapling", "saplings", "seedling", "seedlings", "sprout", "sprouts", "tree", "trees"}),
    "khamis": frozenset({"thursday", "thursdays"}),
    "muallem": frozenset({"teacher", "teachers", "tutor"}),
    "assad": frozenset({"lion", "lions"}),
}
# Not the generic words of longer names (front, region, flight): those only join a run that has the name, and
# a stutter beside the name (خط جبهه جبهه النصره) is marked for an editor either way.


# English words a source may have of its own beside a name that models translate as one of the generic words
# above ("Erbil, Iraqi Kurdistan province" as أربيل بإقليم كردستان العراق): the model's word then translates
# the source's, not a spelling of the name
GENERIC_SYNONYMS: Mapping[str, str] = {
    "province": "region",
    "provinces": "region",
    "regional": "region",
    "area": "region",
    "territory": "region",
    "autonomous": "region",
}


def translations(english_word: str, language: str) -> Sequence[str | RussianForms]:
    return COMMON_NOUNS.get(english_word, {}).get(language, ())


def ordinary_words(english_word: str) -> frozenset[str]:
    """The ordinary English words a source may use that models translate as the name word's common nouns."""
    return ORDINARY_WORDS.get(english_word, frozenset())
