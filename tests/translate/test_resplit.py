"""Memory units stored under an older sentence split: the same English is found again, never a looser match.

When the sentence splitter changes (initials such as "J.D. Vance" now stay
with the name, a footnote mark after a full stop with its sentence), a
sentence that is exactly two or three old units joined takes their
translations joined, marked for an editor; units whose English now runs
across or inside the article's sentences cannot be cut safely and are named
once per article, so a run never drops reviewed translations silently.
"""

from __future__ import annotations

import pytest
from tmx_files import write_tmx

from toolkit.pipeline import OTHER_SPLIT, translate_document
from toolkit.read import read_document
from toolkit.slots import Template
from toolkit.translate.engines import ADAPTED, MemoryEngine, Translation
from toolkit.translate.memory import load_memory
from toolkit.translate.resplit import cuts, joined_units, units_under_another_split

ARTICLE = "Putin met J.D. Vance in Tehran on Monday. Talks resumed.\n"
# each language's reviewed translations of the two halves the splitter made before "J.D. Vance" stayed whole
HALVES = {
    "ru": ("{putin:short} встретился с Дж.Д.", "Вэнсом в {tehran:prep} в понедельник."),
    "tr": ("{putin:short}, J.D.", "Vance ile pazartesi günü {tehran:loc} görüştü."),
    "ar": ("التقى {putin:short} ج.د.", "فانس في {tehran} يوم الاثنين."),
    "fa": ("{putin:short} با جی.دی.", "ونس روز دوشنبه در {tehran} دیدار کرد."),
}
WHOLE = {
    "ru": "{putin:short} встретился с Дж.Д. Вэнсом в {tehran:prep} в понедельник.",
    "tr": "{putin:short}, J.D. Vance ile pazartesi günü {tehran:loc} görüştü.",
    "ar": "التقى {putin:short} ج.د. فانس في {tehran} يوم الاثنين.",
    "fa": "{putin:short} با جی.دی. ونس روز دوشنبه در {tehran} دیدار کرد.",
}
LATER = {
    "ru": "Переговоры возобновились.",
    "tr": "Görüşmeler sürdü.",
    "ar": "استؤنفت المحادثات.",
    "fa": "مذاکرات ادامه یافت.",
}


class Echo:
    """An engine after the memory that answers every sentence, so a run completes without a model."""

    name = "echo"

    def translate(self, segments, language):
        return [Translation(Template((segment.text,)), "echo", "echo") for segment in segments]


def memory_of(tmp_path, units):
    path = tmp_path / "desk.tmx"
    path.write_bytes(
        write_tmx(
            [(f"story:{n}", english, {k: Template.parse(v) for k, v in ts.items()}) for n, (english, ts) in units],
            path,
            "test",
        )
    )
    return load_memory([path])


def article(tmp_path, text):
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_cuts_are_after_a_full_stop_and_each_quote_or_footnote_mark_after_it_never_at_the_edges():
    text = 'He said "no."[^1] Then J.D. left.'
    places = cuts(text)
    assert [text[:place] for place in places] == [
        'He said "no.',
        'He said "no."',
        'He said "no."[^1]',
        'He said "no."[^1] Then J.',
        'He said "no."[^1] Then J.D.',
    ]


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_sentence_stored_as_two_units_of_an_older_split_takes_their_translations_joined_and_marked(
    tmp_path, glossary, code
):
    first, second = HALVES[code]
    memory = memory_of(
        tmp_path,
        [
            (1, ("Putin met J.D.", {code: first})),
            (2, ("Vance in Tehran on Monday.", {code: second})),
            (3, ("Talks resumed.", {code: LATER[code]})),
        ],
    )
    document = article(tmp_path, ARTICLE)
    (edition,) = translate_document(document, [code], glossary, [MemoryEngine(memory, glossary)])
    segment = edition.segments[0]
    assert segment.origin == ADAPTED and segment.reference == "desk.tmx#story:1 + desk.tmx#story:2"
    assert segment.template.code == f"{first} {second}"
    (joined,) = [problem for problem in segment.problems if problem.code == "memory-unit-joined"]
    assert joined.severity == "warning" and "desk.tmx#story:1 + desk.tmx#story:2" in joined.message
    assert edition.segments[1].origin == "memory"
    assert not [finding for finding in document.findings if finding.code == OTHER_SPLIT]


@pytest.mark.parametrize("code", ["ru", "ar"])
def test_only_the_exact_english_of_each_old_unit_is_joined(tmp_path, glossary, code):
    """A unit whose English differs in a word (on, not in) is no piece of the sentence: translated afresh."""
    first, second = HALVES[code]
    memory = memory_of(
        tmp_path, [(1, ("Putin met J.D.", {code: first})), (2, ("Vance on Tehran on Monday.", {code: second}))]
    )
    assert joined_units(memory, "Putin met J.D. Vance in Tehran on Monday.", code) is None
    assert joined_units(memory, "Putin met J.D. Vance on Tehran on Monday.", code) is not None
    assert joined_units(memory, "Putin met J.D. Vance on Tehran on Monday.", "tr") is None  # no Turkish held


def test_the_whole_sentence_stored_wins_over_its_old_pieces(tmp_path, glossary):
    memory = memory_of(
        tmp_path,
        [
            (1, ("Putin met J.D.", {"ru": HALVES["ru"][0]})),
            (2, ("Vance in Tehran on Monday.", {"ru": HALVES["ru"][1]})),
            (3, ("Putin met J.D. Vance in Tehran on Monday.", {"ru": WHOLE["ru"]})),
        ],
    )
    document = article(tmp_path, ARTICLE)
    (edition,) = translate_document(document, ["ru"], glossary, [MemoryEngine(memory, glossary), Echo()])
    assert edition.segments[0].origin == "memory" and edition.segments[0].template.code == WHOLE["ru"]
    assert not document.findings


NOTED = "The agency said inspectors were back.[^1] Talks resume on Monday.\n\n[^1]: As reported by the agency.\n"


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_units_cut_before_a_footnote_mark_that_now_stays_with_its_sentence_are_named_once_for_the_article(
    tmp_path, glossary, code
):
    memory = memory_of(
        tmp_path,
        [
            (1, ("The agency said inspectors were back.", {code: "(1) " + LATER[code]})),
            (2, ("[^1] Talks resume on Monday.", {code: "[^1] " + LATER[code]})),
        ],
    )
    document = article(tmp_path, NOTED)
    engines = [MemoryEngine(memory, glossary), Echo()]
    translate_document(document, [code], glossary, engines)
    translate_document(document, [code], glossary, engines)  # a second pass over it says nothing twice
    (finding,) = [finding for finding in document.findings if finding.code == OTHER_SPLIT]
    assert finding.severity == "warning" and finding.location.line == 1
    assert finding.message.startswith("2 reviewed translations no longer match this article's sentences")
    assert "desk.tmx#story:1 (1.1)" in finding.message and "desk.tmx#story:2 (1.1, 1.2)" in finding.message
    assert "toolkit memory stale" in finding.fix


def test_a_unit_holding_two_of_the_articles_sentences_is_named_with_both(tmp_path, memory):
    """The other way round: an older splitter kept "Orders rose. Prices fell." as one sentence."""
    held = memory_of(tmp_path, [(1, ("Orders rose again. Prices fell.", {"tr": "Siparişler arttı. Fiyatlar düştü."}))])
    paragraphs = [[("2.1", "Orders rose again."), ("2.2", "Prices fell."), ("2.3", "Shares moved.")]]
    (unit,) = units_under_another_split(held, paragraphs, ["tr"], set())
    assert (unit.unit_id, unit.segments, unit.languages) == ("story:1", ("2.1", "2.2"), ("tr",))
    assert units_under_another_split(held, paragraphs, ["ru"], set()) == []  # no Russian in it
    # the memory translated both sentences (they are stored as now split too): nothing is lost, nothing said
    assert units_under_another_split(held, paragraphs, ["tr"], {("2.1", "tr"), ("2.2", "tr")}) == []


def test_units_of_other_words_and_the_articles_own_sentences_are_never_named(tmp_path):
    held = memory_of(
        tmp_path,
        [
            (1, ("Orders rose again.", {"ru": "Заказы снова выросли."})),
            (2, ("Orders rose", {"ru": "Заказы выросли"})),  # no full stop where the cut would be
            (3, ("Shares fell.", {"ru": "Акции упали."})),  # no part of the paragraph
        ],
    )
    paragraphs = [[("2.1", "Orders rose again."), ("2.2", "Prices fell.")]]
    assert units_under_another_split(held, paragraphs, ["ru"], set()) == []


# a hang guard only (speed is measured in bench/): searching the boundaries took a minute for 10,000 sentences and
# minutes for these 20,000, growing as their square; looked up, they take a fraction of a second
@pytest.mark.timeout(60)
def test_a_paragraph_of_thousands_of_sentences_is_looked_through_in_linear_time(tmp_path):
    """A hostile article: one paragraph of 20,000 short sentences, the memory holding two of them as one unit
    near its end. Each stretch is looked up, never searched for among the paragraph's sentence boundaries."""
    held = memory_of(tmp_path, [(1, ("Go on. Stop now.", {"fa": "ادامه بده. حالا بایست."}))])
    paragraph = [(f"3.{number}", "Go on.") for number in range(1, 20_001)] + [("3.20001", "Stop now.")]
    (unit,) = units_under_another_split(held, [paragraph], ["fa"], set())
    assert unit.segments == ("3.20000", "3.20001")  # the two sentences it runs across, however far in


def test_old_split_units_in_each_memory_are_named_in_the_articles_one_finding(tmp_path, glossary):
    """A desk's memory and the newsroom's, each with a unit of an older split: both are said, the second is not
    lost behind the first."""
    desk = memory_of(tmp_path, [(1, ("The agency said inspectors were back.", {"ru": "(1) " + LATER["ru"]}))])
    (tmp_path / "newsroom").mkdir()
    newsroom = memory_of(tmp_path / "newsroom", [(7, ("[^1] Talks resume on Monday.", {"ru": "[^1] " + LATER["ru"]}))])
    document = article(tmp_path, NOTED)
    engines = [MemoryEngine(desk, glossary), MemoryEngine(newsroom, glossary), Echo()]
    translate_document(document, ["ru"], glossary, engines)
    translate_document(document, ["ru"], glossary, engines)  # said once, however often the article is translated
    (finding,) = [finding for finding in document.findings if finding.code == OTHER_SPLIT]
    assert finding.message.startswith("2 reviewed translations no longer match this article's sentences")
    assert "desk.tmx#story:1 (1.1)" in finding.message and "desk.tmx#story:7 (1.1, 1.2)" in finding.message


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_the_review_editions_status_says_a_joined_sentence_was_joined_from_older_units(tmp_path, glossary, code):
    from toolkit.publish.review import origin_label

    first, second = HALVES[code]
    memory = memory_of(
        tmp_path, [(1, ("Putin met J.D.", {code: first})), (2, ("Vance in Tehran on Monday.", {code: second}))]
    )
    (edition,) = translate_document(
        article(tmp_path, ARTICLE), [code], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    label = origin_label(edition.segments[0], None)
    assert label.startswith("memory (joined) 99%: desk.tmx#story:1 + desk.tmx#story:2; joined from 2 units")
    assert "older sentence split" in label and "numbers or names were changed" not in label


# an older splitter kept two of today's sentences as one ("Gen." no longer hides a sentence end, or the article's
# paragraph was re-typed): the unit's English is exactly the two sentences, its translation two sentences too
PAIR = "Putin met Erdogan in Tehran on Monday. The talks lasted 3 hours.\n"
PAIRED = {
    "ru": "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep} в понедельник. Переговоры длились 3 часа.",
    "tr": "{putin:short}, pazartesi günü {tehran:loc} {erdogan:short} ile görüştü. Görüşmeler 3 saat sürdü.",
    "ar": "التقى {putin:short} {erdogan:short} في {tehran} يوم الاثنين. استمرت المحادثات 3 ساعات.",
    "fa": "{putin:short} روز دوشنبه در {tehran} با {erdogan:short} دیدار کرد. مذاکرات 3 ساعت طول کشید.",
}


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_unit_holding_two_of_todays_sentences_is_cut_where_its_translation_has_two_that_agree(
    tmp_path, glossary, code
):
    memory = memory_of(
        tmp_path, [(1, ("Putin met Erdogan in Tehran on Monday. The talks lasted 3 hours.", {code: PAIRED[code]}))]
    )
    document = article(tmp_path, PAIR)
    (edition,) = translate_document(document, [code], glossary, [MemoryEngine(memory, glossary), Echo()])
    first, second = PAIRED[code].split(". ")
    assert [segment.template.code for segment in edition.segments] == [first + ".", second]
    for segment in edition.segments:
        assert segment.origin == ADAPTED and segment.reference == "desk.tmx#story:1"
        (cut,) = [problem for problem in segment.problems if problem.code == "memory-unit-cut"]
        assert cut.severity == "warning" and "desk.tmx#story:1" in cut.message and "2 sentences" in cut.message
    assert not [finding for finding in document.findings if finding.code == OTHER_SPLIT]  # used, so not said


@pytest.mark.parametrize(
    "translation, why",
    [
        (
            "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep} в понедельник, переговоры длились 3 часа.",
            "one sentence",
        ),
        ("{putin:short} встретился с {erdogan:short+ins}. В {tehran:prep} переговоры длились 3 часа.", "a name moved"),
        (
            "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep} 3 часа. Переговоры шли в понедельник.",
            "a number moved",
        ),
        (
            "{putin:short} встретился с {erdogan:short+ins}. В {tehran:prep}. Переговоры длились 3 часа.",
            "three sentences",
        ),
    ],
)
def test_a_unit_whose_translation_cannot_be_cut_in_agreeing_sentences_is_only_named(
    tmp_path, glossary, translation, why
):
    memory = memory_of(
        tmp_path, [(1, ("Putin met Erdogan in Tehran on Monday. The talks lasted 3 hours.", {"ru": translation}))]
    )
    document = article(tmp_path, PAIR)
    (edition,) = translate_document(document, ["ru"], glossary, [MemoryEngine(memory, glossary), Echo()])
    assert [segment.origin for segment in edition.segments] == ["echo", "echo"], why
    (finding,) = [finding for finding in document.findings if finding.code == OTHER_SPLIT]
    assert "desk.tmx#story:1 (1.1, 1.2)" in finding.message


def test_a_unit_of_three_sentences_is_cut_in_three_and_the_review_status_says_it_was_cut(tmp_path, glossary):
    from toolkit.publish.review import origin_label

    english = "Putin met Erdogan in Tehran on Monday. The talks lasted 3 hours. Fidan was there too."
    translated = "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep} в понедельник. Переговоры длились 3 часа. {fidan:short} тоже был там."
    memory = memory_of(tmp_path, [(1, (english, {"ru": translated}))])
    document = article(tmp_path, english + "\n")
    (edition,) = translate_document(document, ["ru"], glossary, [MemoryEngine(memory, glossary), Echo()])
    assert [segment.template.code for segment in edition.segments] == [
        "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep} в понедельник.",
        "Переговоры длились 3 часа.",
        "{fidan:short} тоже был там.",
    ]
    assert origin_label(edition.segments[1], None).startswith(
        "memory (cut) 99%: desk.tmx#story:1; cut from one unit that holds it with the sentences next to it"
    )


# a translation's full stop that does not end its sentence: an abbreviation's (3 ч. и), an ordinal's (2. gün), or
# a quote's closing mark the sentence goes on after («Мы готовы!» — сказал он)
TENSE = "The talks lasted 3 hours. They were tense."


@pytest.mark.parametrize(
    "code, english, translation",
    [
        ("ru", TENSE, "Переговоры длились 3 ч. и были напряжёнными."),
        ("ru", TENSE, "Переговоры длились 3 часа, т. е. всё утро, напряжённо."),
        ("tr", TENSE, "Görüşmeler 3 saat sürdü, 2. saatte gerginleşti."),
        ("ru", 'He said: "We are ready!" Then he left.', "Он сказал: «Мы готовы!» — и ушёл."),
        ("tr", 'He said: "We are ready!" Then he left.', "«Hazırız!», dedi ve ayrıldı."),
    ],
)
def test_a_full_stop_inside_a_translations_sentence_is_no_place_to_cut_a_unit(
    tmp_path, glossary, code, english, translation
):
    memory = memory_of(tmp_path, [(1, (english, {code: translation}))])
    document = article(tmp_path, english + "\n")
    (edition,) = translate_document(document, [code], glossary, [MemoryEngine(memory, glossary), Echo()])
    assert [segment.origin for segment in edition.segments] == ["echo", "echo"]
    (finding,) = [finding for finding in document.findings if finding.code == OTHER_SPLIT]
    assert "desk.tmx#story:1 (1.1, 1.2)" in finding.message


@pytest.mark.parametrize(
    "code, translation",
    [
        ("ru", "Переговоры длились 3 ч. и шли всё утро. Они были напряжёнными."),
        ("tr", "Görüşmeler 3 saat sürdü, ekonomi vb. konular konuşuldu. Gergin geçti."),
    ],
)
def test_a_unit_is_cut_at_its_translations_sentence_end_not_at_an_abbreviation_before_it(
    tmp_path, glossary, code, translation
):
    memory = memory_of(tmp_path, [(1, (TENSE, {code: translation}))])
    (edition,) = translate_document(
        article(tmp_path, TENSE + "\n"), [code], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    first, _, second = translation.rpartition(". ")
    assert [segment.template.code for segment in edition.segments] == [first + ".", second]


@pytest.mark.parametrize(
    "code, translation",
    [
        ("fa", "مذاکرات ۳ ساعت طول کشید. فضا پرتنش بود."),
        ("ar", "استمرت المحادثات ٣ ساعات. كانت متوترة."),
        ("fa", "مذاکرات ٣ ساعت طول کشید. فضا پرتنش بود."),
    ],
)
def test_a_translation_writing_its_numbers_in_eastern_digits_agrees_with_the_english_ones(
    tmp_path, glossary, code, translation
):
    memory = memory_of(tmp_path, [(1, (TENSE, {code: translation}))])
    (edition,) = translate_document(
        article(tmp_path, TENSE + "\n"), [code], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    first, second = translation.split(". ")
    assert [segment.template.code for segment in edition.segments] == [first + ".", second]


def test_a_translation_with_another_number_in_eastern_digits_is_not_cut(tmp_path, glossary):
    memory = memory_of(tmp_path, [(1, (TENSE, {"fa": "مذاکرات ۴ ساعت طول کشید. فضا پرتنش بود."}))])
    (edition,) = translate_document(
        article(tmp_path, TENSE + "\n"), ["fa"], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    assert [segment.origin for segment in edition.segments] == ["echo", "echo"]


# a translation's full stops after abbreviations that never end a sentence: a title before a name, "г." before a
# city, "т. е.", an initial, an Arabic or Persian letter abbreviation; the unit is cut at its one real sentence end
FLEW = "Gen. Mamlouk flew to Moscow on Monday. He met Fidan there."


@pytest.mark.parametrize(
    "code, translation",
    [
        ("ru", "Ген. {mamlouk:short} вылетел в {moscow:acc} в понедельник.| Там он встретился с {fidan:short+ins}."),
        ("ru", "В понедельник, т. е. вчера, {mamlouk:short} вылетел в {moscow:acc}.| Там его ждал {fidan:short}."),
        ("ru", "В понедельник, т.е. вчера, {mamlouk:short} вылетел в {moscow:acc}.| Там его ждал {fidan:short}."),
        ("ru", "{mamlouk:short} вылетел в г. {moscow:acc} в понедельник.| Там он встретился с {fidan:short+ins}."),
        ("ru", "Проф. А. {mamlouk:short} вылетел в {moscow:acc} в понедельник.| Там его ждал {fidan:short}."),
        ("tr", "Korg. {mamlouk:short} pazartesi günü {moscow:dat} uçtu.| Orada Dr. {fidan:short} ile görüştü."),
        ("tr", "Gen. {mamlouk:short} pazartesi günü {moscow:dat} uçtu.| Orada {fidan:short} ile görüştü."),
        ("ar", "سافر د. {mamlouk:short} إلى {moscow} يوم الاثنين.| والتقى هناك بـ{fidan:short}."),
        (
            "ar",
            "سافر \ufea9. {mamlouk:short} إلى {moscow} يوم الاثنين.| والتقى هناك بـ{fidan:short}.",
        ),  # د copied from a PDF
        ("ar", "سافر \u0886. {mamlouk:short} إلى {moscow} يوم الاثنين.| والتقى هناك بـ{fidan:short}."),  # Extended-B
        ("fa", "د. {mamlouk:short} روز دوشنبه به {moscow} رفت.| او در آنجا با {fidan:short} دیدار کرد."),
    ],
)
def test_a_unit_is_cut_past_the_full_stops_of_abbreviations_that_never_end_a_sentence(
    tmp_path, glossary, code, translation
):
    memory = memory_of(tmp_path, [(1, (FLEW, {code: translation.replace("|", "")}))])
    (edition,) = translate_document(
        article(tmp_path, FLEW + "\n"), [code], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    first, second = translation.split("| ")
    assert [segment.template.code for segment in edition.segments] == [first, second]
    assert all(segment.origin == ADAPTED for segment in edition.segments)


LIST_END = "Mamlouk flew to Moscow, Minsk and other cities. He met Fidan there."
CENTURY = "The city was founded in 300 BC. Fidan visited it on Monday."


@pytest.mark.parametrize(
    "english, translation",
    [
        (LIST_END, "{mamlouk:short} летал в {moscow:acc}, Минск и т. д.| Там он встретился с {fidan:short+ins}."),
        (LIST_END, "{mamlouk:short} летал в {moscow:acc}, Минск и т.д.| Там он встретился с {fidan:short+ins}."),
        (LIST_END, "{mamlouk:short} летал в {moscow:acc}, Минск и т. п.| Там его ждал {fidan:short}."),
        (CENTURY, "Город основан в 300 г. до н. э.| {fidan:short} посетил его в понедельник."),
    ],
)
def test_a_unit_is_cut_after_and_so_on_or_bc_which_end_a_sentence_though_their_last_letter_stands_alone(
    tmp_path, glossary, english, translation
):
    memory = memory_of(tmp_path, [(1, (english, {"ru": translation.replace("|", "")}))])
    (edition,) = translate_document(
        article(tmp_path, english + "\n"), ["ru"], glossary, [MemoryEngine(memory, glossary), Echo()]
    )
    assert [segment.template.code for segment in edition.segments] == translation.split("| ")
    assert all(segment.origin == ADAPTED for segment in edition.segments)


@pytest.mark.parametrize(
    "translation",
    [
        "Переговоры шли долго и трудно. " * 650,  # 20,000 characters of 650 sentences
        "Аа. " * 5_000,  # a chain of dotted words, each stop an abbreviation's as far as it can tell
        ("1 2 3 4 5 6 7 8 9 10 " * 100 + "Прошло 3 ч. Всё. ") * 10,  # numbers before each stop
    ],
)
def test_a_long_translation_is_looked_through_for_its_sentence_ends_in_linear_time(translation, monkeypatch):
    """A hostile memory unit of 20,000 characters: each full stop's abbreviation is looked for in the few words
    before it, never in the whole text before it (seconds, growing as the square of the length)."""
    import sys

    from toolkit.translate import resplit
    from toolkit.translate.resplit import cut_unit

    looked_at: list[int] = []  # how many characters each search for a word or a number before a stop read

    class Measured:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, pos=0, endpos=sys.maxsize):
            looked_at.append(min(endpos, len(text)) - pos)
            return self.pattern.search(text, pos, endpos)

    for name in ("_WORD_BEFORE_STOP", "_NUMBER_BEFORE"):
        monkeypatch.setattr(resplit, name, Measured(getattr(resplit, name)))

    class Sentence:
        id, mentions, text = "1.1", (), "Talks went on."

    assert cut_unit(Template((translation,)), [Sentence(), Sentence()]) is None  # not two sentences
    assert looked_at  # the full stops were looked at
    assert max(looked_at) <= resplit._LOOK_BACK  # a few words before it, never the 20,000 characters


IN_2020 = "In 2020, Mamlouk flew to Moscow. He met Fidan there."


@pytest.mark.parametrize(
    "code, translation",
    [
        # a year's "г." may end a sentence ("... в 2020 г."): where the next word opens one cannot be told
        ("ru", "В 2020 г. {mamlouk:short} вылетел в {moscow:acc}. Там он встретился с {fidan:short+ins}."),
        ("ru", "В 2020 гг. {mamlouk:short} вылетел в {moscow:acc}. Там он встретился с {fidan:short+ins}."),
        ("ar", "في عام 2020 م. سافر {mamlouk:short} إلى {moscow}. والتقى هناك بـ{fidan:short}."),
        ("fa", "در سال ۲۰۲۰ م. {mamlouk:short} به {moscow} رفت. او در آنجا با {fidan:short} دیدار کرد."),
    ],
)
def test_a_unit_with_an_abbreviation_that_may_end_a_sentence_is_not_cut_but_named(
    tmp_path, glossary, code, translation
):
    memory = memory_of(tmp_path, [(1, (IN_2020, {code: translation}))])
    document = article(tmp_path, IN_2020 + "\n")
    (edition,) = translate_document(document, [code], glossary, [MemoryEngine(memory, glossary), Echo()])
    assert [segment.origin for segment in edition.segments] == ["echo", "echo"]
    (finding,) = [finding for finding in document.findings if finding.code == OTHER_SPLIT]
    assert "desk.tmx#story:1 (1.1, 1.2)" in finding.message
