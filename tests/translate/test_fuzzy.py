"""Fuzzy memory matches: sentences differing only in placeables reuse a unit; close ones are suggestions."""

import random

import pytest
from tmx_files import write_tmx

from toolkit.glossary.match import Matcher
from toolkit.languages import language as language_info
from toolkit.localise import Localiser
from toolkit.render import render
from toolkit.slots import Template
from toolkit.translate.engines import ADAPTED, MemoryEngine, translate_in_order
from toolkit.translate.fuzzy import FuzzyMatcher, score, shape
from toolkit.translate.memory import load_memory

UNITS = [
    (
        "news:1",
        "Iran fired 13 missiles at the base.",
        {
            "ru": "{iran} выпустил 13 ракет по базе.",
            "tr": "{iran} üsse 13 füze ateşledi.",
            "ar": "أطلقت {iran} 13 صاروخاً على القاعدة.",
            "fa": "{iran} 13 موشک به پایگاه شلیک کرد.",
        },
    ),
    (
        "news:2",
        "The talks were held in 2018.",
        {
            "ru": "Переговоры прошли в 2018 году.",
            "tr": "Görüşmeler 2018'de yapıldı.",
            "ar": "عقدت المحادثات في عام 2018.",
            "fa": "این گفت‌وگوها در سال 2018 برگزار شد.",
        },
    ),
    (
        "news:3",
        "Putin met Erdogan in Moscow.",
        {
            "ru": "{putin:short} встретился с {erdogan:short+ins} в {moscow:prep}.",
            "tr": "{putin:short}, {erdogan:short} ile {moscow:loc} görüştü.",
            "ar": "التقى {putin:short} {erdogan:short+bi} في {moscow}.",
            "fa": "{putin:short} با {erdogan:short} در {moscow} دیدار کرد.",
        },
    ),
    (
        "news:4",
        "Talks on Idlib continue.",
        {
            "ru": "Переговоры по {idlib:dat} продолжаются.",
            "tr": "{idlib} görüşmeleri sürüyor.",
            "ar": "تتواصل المحادثات بشأن {idlib}.",
            "fa": "گفت‌وگوها درباره‌ی {idlib} ادامه دارد.",
        },
    ),
]


@pytest.fixture(scope="module")
def small_memory(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzzy") / "news.tmx"
    units = [(uid, en, {code: Template.parse(text) for code, text in targets.items()}) for uid, en, targets in UNITS]
    path.write_bytes(write_tmx(units, path, "test"))
    return load_memory([path])


@pytest.fixture(scope="module")
def engine(small_memory, glossary):
    return MemoryEngine(small_memory, glossary)


def shown(translation, glossary, code):
    """The sentence as an edition shows it (names rendered, typography localised, no direction marks)."""
    pieces, _, problems = render(translation.template, glossary, code)
    assert not problems
    localiser = Localiser(language_info(code), direction_marks="none")
    return "".join(piece.text for piece in localiser.localise(pieces))


def adapted(engine, source, code):
    (translation,) = engine.translate([source], code)
    assert translation is not None, (source, code)
    assert translation.origin == ADAPTED
    return translation


# --- numbers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ru", "Иран выпустил 15 ракет по базе."),
        ("tr", "İran üsse 15 füze ateşledi."),
        ("ar", "أطلقت إيران 15 صاروخاً على القاعدة."),
        ("fa", "ایران ۱۵ موشک به پایگاه شلیک کرد."),
    ],
)
def test_a_changed_number_is_transferred(engine, glossary, code, expected):
    translation = adapted(engine, "Iran fired 15 missiles at the base.", code)
    assert shown(translation, glossary, code) == expected
    assert translation.reference == "news.tmx#news:1"
    assert translation.score == 98


def test_a_number_whose_noun_would_change_form_is_only_suggested(engine):
    # Russian: 13 ракет, but 21 ракета; Arabic: 13 صاروخاً, but 3 صواريخ
    for code, number in (("ru", "21"), ("ar", "3")):
        source = f"Iran fired {number} missiles at the base."
        assert engine.translate([source], code) == [None]
        (suggestion,) = engine.suggestions(source, code)
        assert (suggestion.unit_id, suggestion.score) == ("news:1", 98)
    # Turkish and Persian nouns stay singular after any number
    assert adapted(engine, "Iran fired 21 missiles at the base.", "tr").template.code == "{iran} üsse 21 füze ateşledi."
    assert (
        adapted(engine, "Iran fired 3 missiles at the base.", "fa").template.code == "{iran} 3 موشک به پایگاه شلیک کرد."
    )


@pytest.mark.parametrize(
    "year, expected",
    [
        ("2019", "Görüşmeler 2019'da yapıldı."),  # dokuz: back vowels
        ("2020", "Görüşmeler 2020'de yapıldı."),  # yirmi: front vowels, as sekiz
        ("2016", "Görüşmeler 2016'da yapıldı."),  # altı
        ("2013", "Görüşmeler 2013'te yapıldı."),  # üç: a voiceless end, front rounded
    ],
)
def test_a_turkish_suffix_follows_the_new_number(engine, glossary, year, expected):
    assert shown(adapted(engine, f"The talks were held in {year}.", "tr"), glossary, "tr") == expected


def test_years_in_russian_arabic_and_persian(engine, glossary):
    assert (
        shown(adapted(engine, "The talks were held in 2017.", "ru"), glossary, "ru") == "Переговоры прошли в 2017 году."
    )
    assert shown(adapted(engine, "The talks were held in 2017.", "ar"), glossary, "ar") == "عقدت المحادثات في عام 2017."
    assert (
        shown(adapted(engine, "The talks were held in 2017.", "fa"), glossary, "fa")
        == "این گفت‌وگوها در سال ۲۰۱۷ برگزار شد."
    )


# --- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ru", "Асад встретился с Фиданом в Тегеране."),
        ("tr", "Esad, Fidan ile Tahran'da görüştü."),
        ("ar", "التقى الأسد بفيدان في طهران."),
        ("fa", "اسد با فیدان در تهران دیدار کرد."),
    ],
)
def test_swapped_names_keep_the_forms_the_unit_had_at_their_places(engine, glossary, code, expected):
    translation = adapted(engine, "Assad met Fidan in Tehran.", code)
    assert shown(translation, glossary, code) == expected
    assert translation.score == 96  # three names changed
    warned = [p.code for p in translation.problems]
    assert warned == (["memory-adapted-name"] * 3 if code in ("ru", "ar") else [])


def test_names_trading_places(engine, glossary):
    assert (
        shown(adapted(engine, "Erdogan met Putin in Moscow.", "ru"), glossary, "ru")
        == "Эрдоган встретился с Путиным в Москве."
    )
    assert (
        shown(adapted(engine, "Erdogan met Putin in Moscow.", "tr"), glossary, "tr")
        == "Erdoğan, Putin ile Moskova'da görüştü."
    )


def test_a_full_name_for_a_short_one(engine, glossary):
    assert (
        shown(adapted(engine, "Vladimir Putin met Erdogan in Moscow.", "ru"), glossary, "ru")
        == "Владимир Путин встретился с Эрдоганом в Москве."
    )


def test_a_name_of_another_type_is_only_suggested(engine):
    source = "Putin met Iran in Moscow."  # a person's place taken by a country: the grammar around it changes
    assert engine.translate([source], "ru") == [None]
    assert [s.unit_id for s in engine.suggestions(source, "ru")] == ["news:3"]


def test_without_a_glossary_names_are_words(small_memory):
    engine = MemoryEngine(small_memory)
    assert engine.translate(["Assad met Fidan in Tehran."], "ru") == [None]
    assert engine.translate(["Iran fired 15 missiles at the base."], "ru")[0].origin == ADAPTED


# --- punctuation, quotes, case -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, code, expected",
    [
        ("Talks on Idlib continue!", "ru", "Переговоры по Идлибу продолжаются!"),
        ("Talks on Idlib continue?", "ar", "تتواصل المحادثات بشأن إدلب؟"),
        ("Talks on Idlib continue", "tr", "İdlib görüşmeleri sürüyor"),
        ("Talks on Idlib continue...", "fa", "گفت‌وگوها درباره‌ی ادلب ادامه دارد…"),
        ('Talks on "Idlib" continue.', "ru", "Переговоры по Идлибу продолжаются."),
        ("Talks on Idlib, continue.", "tr", "İdlib görüşmeleri sürüyor."),
    ],
)
def test_punctuation_and_quotes(engine, glossary, source, code, expected):
    assert shown(adapted(engine, source, code), glossary, code) == expected


def test_case_is_not_a_placeable(engine):
    assert engine.translate(["talks on Idlib continue."], "ru") == [None]
    assert engine.suggestions("talks on Idlib continue.", "ru")[0].score == 99


def test_exact_matches_stay_exact(engine):
    (translation,) = engine.translate(["Talks  on Idlib continue."], "ru")
    assert (translation.origin, translation.score) == ("memory", 100)


# --- suggestions and the threshold -------------------------------------------------------------------


def test_score_is_word_edit_distance_over_the_longer_sentence(glossary):
    matcher = Matcher(glossary)
    unit = shape("Putin met Erdogan in Moscow on Monday morning.", matcher)  # @ met @ in @ on monday morning: 8
    assert score(shape("Assad met Fidan in Tehran on Monday morning.", matcher), unit) == 99
    assert score(shape("Putin met Erdogan in Moscow on Tuesday evening.", matcher), unit) == 75
    assert score(shape("Putin met Erdogan in Moscow on a Tuesday evening.", matcher), unit) == 66


def test_suggestions_start_at_75_percent(tmp_path, glossary):
    path = tmp_path / "m.tmx"
    en = "The minister said the ceasefire would hold in the north."  # 10 tokens
    path.write_bytes(
        write_tmx(
            [("u:1", en, {"ru": Template.parse("Министр заявил, что перемирие на севере сохранится.")})], path, "test"
        )
    )
    engine = MemoryEngine(load_memory([path]), glossary)
    two_words_off = "The minister said the truce would hold in the south."  # 2/10 -> 80
    three_words_off = "The minister said the truce might hold in the south."  # 3/10 -> 70
    assert [(s.score, s.unit_id) for s in engine.suggestions(two_words_off, "ru")] == [(80, "u:1")]
    assert engine.suggestions(three_words_off, "ru") == ()
    suggestion = engine.suggestions(two_words_off, "ru")[0]
    assert suggestion.source == en and suggestion.template.code.startswith("Министр")


def test_suggestions_ride_on_the_machine_translation(engine, glossary):
    from toolkit.translate.engines import Translation

    class Machine:
        name = "machine"

        def translate(self, sources, language):
            return [Translation(Template.parse("машинный перевод"), "machine", "test") for _ in sources]

    sources = ["Iran fired 21 missiles at the base.", "Iran fired 15 missiles at the base.", "Something else."]
    first, second, third = translate_in_order([engine, Machine()], sources, "ru")
    assert first.origin == "machine" and [s.unit_id for s in first.suggestions] == ["news:1"]
    assert second.origin == ADAPTED
    assert third.origin == "machine" and third.suggestions == ()


def test_a_sentence_of_names_and_numbers_only_matches_exactly(engine):
    assert engine.translate(["Putin, 2018."], "ru") == [None]
    assert engine.suggestions("Putin, 2018.", "ru") == ()


# --- the index finds what a full scan finds ----------------------------------------------------------


@pytest.mark.parametrize("probe_floor", [2_000, 0])  # read every posting, or only the rarest words' ones
def test_index_and_full_scan_agree(tmp_path, glossary, monkeypatch, probe_floor):
    from toolkit.translate import fuzzy

    monkeypatch.setattr(fuzzy, "PROBE_FLOOR", probe_floor)
    rng = random.Random(7)
    vocabulary = (
        "the a of in on to and said talks minister army forces border deal week city base "
        "attack north south government officials meeting president visit security".split()
    )
    names = ["Putin", "Erdogan", "Assad", "Tehran", "Moscow", "Iran", "Syria"]

    def sentence():
        words = [rng.choice(vocabulary) for _ in range(rng.randint(3, 14))]
        for _ in range(rng.randint(0, 2)):
            words.insert(rng.randrange(len(words) + 1), rng.choice([*names, str(rng.randint(1, 99))]))
        return " ".join(words).capitalize() + "."

    texts = list(dict.fromkeys(sentence() for _ in range(1500)))
    path = tmp_path / "random.tmx"
    path.write_bytes(
        write_tmx(
            [(f"r:{i}", text, {"ru": Template.parse(f"перевод {i}")}) for i, text in enumerate(texts)], path, "test"
        )
    )
    memory = load_memory([path])
    fuzzy = FuzzyMatcher(memory, glossary, max_suggestions=10_000)
    matcher = Matcher(glossary)
    shapes = [shape(text, matcher) for text in texts]
    for query in [sentence() for _ in range(60)] + rng.sample(texts, 10):
        found = fuzzy.match(query, "ru")
        got = {s.unit_id for s in found.suggestions} | ({found.adapted.hit.unit_id} if found.adapted else set())
        q = shape(query, matcher)
        expected = set()
        if q.words:
            for i, (text, unit) in enumerate(zip(texts, shapes)):
                if " ".join(text.split()) != " ".join(query.split()) and score(q, unit, 75) >= 75:
                    expected.add(f"r:{i}")
        assert got == expected, query


def test_of_two_adaptable_units_the_closer_is_used_and_the_other_suggested(tmp_path, glossary):
    path = tmp_path / "two.tmx"
    path.write_bytes(
        write_tmx(
            [
                (
                    "a:1",
                    "Putin met Erdogan in 2018.",
                    {"tr": Template.parse("{putin:short}, 2018'de {erdogan:short} ile görüştü.")},
                ),
                (
                    "a:2",
                    "Putin met Assad in 2019.",
                    {"tr": Template.parse("{putin:short}, 2019'da {assad:short} ile bir araya geldi.")},
                ),
            ],
            path,
            "test",
        )
    )
    engine = MemoryEngine(load_memory([path]), glossary)
    (translation,) = engine.translate(["Putin met Assad in 2018."], "tr")
    assert (translation.reference, translation.score) == ("two.tmx#a:2", 98)  # one number off, not a name
    assert translation.template.code == "{putin:short}, 2018'de {assad:short} ile bir araya geldi."
    assert [(s.unit_id, s.score) for s in translation.suggestions] == [("a:1", 98)]


def test_a_run_without_a_memory_shapes_no_sentence_for_fuzzy_matching(tmp_path, glossary):
    empty = MemoryEngine(load_memory([]), glossary)
    sentence = "Putin met Erdogan in Ankara."
    for code in ("ru", "tr", "ar", "fa"):
        assert empty.translate([sentence], code) == [None]
        assert empty.suggestions(sentence, code) == ()
    assert empty.fuzzy is not None and empty.fuzzy._shapes == {}  # nothing to come near: nothing shaped


def test_a_memory_filled_after_its_engine_was_made_is_matched_fuzzily(small_memory, glossary):
    memory = load_memory([])
    engine = MemoryEngine(memory, glossary)
    assert engine.translate(["Putin met Erdogan in Ankara."], "ru") == [None]
    memory.units.update(small_memory.units)  # as an import into the same memory would
    (adapted,) = engine.translate(["Putin met Erdogan in Ankara."], "ru")
    assert adapted is not None and adapted.origin == ADAPTED
    assert adapted.template.code == "{putin:short} встретился с {erdogan:short+ins} в {ankara:prep}."


def _segment(text: str, glossary, code_words: tuple[str, ...] = ()):
    """A sentence as the match stage leaves it: its names, but none inside inline code."""
    from toolkit.document import Segment
    from toolkit.formatting import CODE, Format, Span
    from toolkit.glossary.match import outside_code

    spans = tuple(Span(text.index(word), text.index(word) + len(word), Format(CODE, word)) for word in code_words)
    return Segment("1.1", text, mentions=outside_code(Matcher(glossary).find(text), spans), spans=spans)


@pytest.mark.parametrize("code_first", [False, True])
def test_one_sentence_with_and_without_a_name_in_inline_code_is_matched_as_each_is(small_memory, glossary, code_first):
    # the shapes and the results were kept by the sentence's text alone: whichever came first decided both, so
    # `Ankara` in inline code (a word, never translated) was adapted as the name, or the plain sentence was not
    engine = MemoryEngine(small_memory, glossary)
    plain = _segment("Putin met Erdogan in Ankara.", glossary)
    coded = _segment("Putin met Erdogan in Ankara.", glossary, ("Ankara",))
    for code in ("ru", "tr"):
        first, second = (coded, plain) if code_first else (plain, coded)
        results = dict(
            zip((id(first), id(second)), [*engine.translate([first], code), *engine.translate([second], code)])
        )
        adapted, not_adapted = results[id(plain)], results[id(coded)]
        assert adapted is not None and adapted.origin == ADAPTED
        assert "{ankara" in adapted.template.code
        assert not_adapted is None  # `Ankara` is a word where the unit has a name: a close match, not the same
        found = engine.fuzzy.match(coded.text, code, coded.mentions)
        assert found.adapted is None and [(s.unit_id, s.score) for s in found.suggestions] == [("news:3", 80)]


def test_a_sentence_shaped_without_names_then_with_them_gets_its_names(small_memory, glossary):
    fuzzy = FuzzyMatcher(small_memory, glossary)
    text = "Putin met Erdogan in Ankara."
    assert fuzzy.shape(text, ()).key == ("Putin", "met", "Erdogan", "in", "Ankara")  # the names all in code
    found = fuzzy.shape(text, _segment(text, glossary).mentions)
    assert found.key == ("@", "met", "@", "in", "@")
    assert fuzzy.shape(text).key == found.key  # the glossary's own names, as the memory's units are shaped


def test_a_memory_that_grows_after_a_sentence_was_matched_is_matched_again(small_memory, glossary):
    # the results were kept by the sentence alone: the unit added after the first lookup was never seen
    memory = load_memory([])
    memory.units.update({text: hits for text, hits in small_memory.units.items() if "Idlib" in text})
    engine = MemoryEngine(memory, glossary)
    sentence = "Putin met Erdogan in Ankara."
    assert engine.translate([sentence], "ru") == [None]
    memory.units.update(small_memory.units)  # as an import into the same memory would
    (adapted,) = engine.translate([sentence], "ru")
    assert adapted is not None and adapted.origin == ADAPTED
    assert adapted.template.code == "{putin:short} встретился с {erdogan:short+ins} в {ankara:prep}."
