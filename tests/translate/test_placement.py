"""Names in machine translation, mechanism by mechanism, in every language.

Each case is what a mid-quality model wrote for a new sentence (and, where
it matters, for the sentence with its names masked), and the sentence as it
must be published, as a template the glossary renders. The whole published
sentence is compared, so a name in the wrong form, a word left beside it or
an ordinary word replaced by it all fail.
"""

from __future__ import annotations

import itertools

import pytest

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.glossary.match import Matcher
from toolkit.localise import Localiser
from toolkit.pipeline import translate_document
from toolkit.qa.checks import marked_for_review
from toolkit.render import render
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.machine import MachineEngine, RawTranslation
from toolkit.translate.placement import NamePlacer


class Scripted:
    """A model that answers the plain sentence with ``output`` and the masked one with ``retry``."""

    name = "scripted"

    def __init__(self, source, output, retry, matcher):
        masked = NamePlacer.mask(source, matcher.find(source))
        self.answers = {source: output, masked: retry if retry is not None else output}
        self.asked: list[str] = []

    def reference(self, language):
        return "scripted"

    def translate_raw(self, sources, language):
        self.asked += sources
        return [RawTranslation(self.answers[source]) for source in sources]


def publish(glossary, language, source, output, retry=None):
    matcher = Matcher(glossary)
    model = Scripted(source, output, retry, matcher)
    document = Document("case", [Block(BlockKind.PARAGRAPH, (Segment("1.1", source),))])
    (edition,) = translate_document(document, [language], glossary, [MachineEngine(model, glossary, matcher)])
    return edition.segments[0], model


def expected_text(glossary, language, template):
    from toolkit.languages import language as target

    pieces, _, problems = render(Template.parse(template), glossary, language)
    assert not problems, problems
    return "".join(p.text for p in Localiser.for_language(target(language), Settings()).localise(pieces))


def check(glossary, language, source, output, expected, retry=None, marked=False):
    segment, _ = publish(glossary, language, source, output, retry)
    # the names as placed (the house style of a first mention, tested on its own, is left out)
    placed = "".join(piece.text for piece in segment.as_stored)
    assert placed == expected_text(glossary, language, expected), [p.message for p in segment.problems]
    assert marked_for_review(segment) == marked, [(p.code, p.message) for p in segment.problems]
    return segment


# --- 1. A name is the whole run the model wrote: first names, particles, honorifics ----------------

SPANS = [
    ("ru", "Recep Tayyip Erdogan flew to Baku.", "Реджеп Тайеп Эрдоган вылетел в Баку.", "{erdogan} вылетел в Баку."),
    (
        "ru",
        "Talks with Bashar al-Assad resumed.",
        "Переговоры с Башаром аль-Асадом возобновились.",
        "Переговоры с {assad:ins} возобновились.",
    ),
    (
        "ru",
        "Tamim bin Hamad Al Thani called Erdogan.",
        "Тамим бин Хамад Аль Тани позвонил Эрдогану.",
        "{tamim} позвонил {erdogan:short+dat}.",
    ),
    ("tr", "Bashar al-Assad rejected the plan.", "Beşar el-Esad planı reddetti.", "{assad} planı reddetti."),
    (
        "tr",
        "Recep Tayyip Erdogan spoke in Ankara.",
        "Recep Tayip Erdoğan Ankara'da konuştu.",
        "{erdogan} {ankara:loc} konuştu.",
    ),
    (
        "tr",
        "Ali Abdullah Ayoub visited Tehran.",
        "Ali Abdulla Eyyub Tahran'ı ziyaret etti.",
        "{ayoub} {tehran:acc} ziyaret etti.",
    ),
    ("ar", "Hakan Fidan arrived in Baghdad.", "وصل حقان فيدان إلى بغداد.", "وصل {fidan} إلى {baghdad}."),
    ("ar", "Bashar al-Assad received Ali Shamkhani.", "استقبل بشار الاسد على شمخاني.", "استقبل {assad} {shamkhani}."),
    (
        "ar",
        "Vladimir Putin called Tamim bin Hamad Al Thani.",
        "اتصل فلاديمير بوتين بتميم بن حمد ال ثاني.",
        "اتصل {putin} {tamim:bi}.",
    ),
    ("fa", "Hakan Fidan met Ali Mamlouk.", "حکان فیدان با علی مملوک دیدار کرد.", "{fidan} با {mamlouk} دیدار کرد."),
    ("fa", "Bashar al-Assad thanked Iran.", "بشار الاسد از ایران تشکر کرد.", "{assad} از {iran} تشکر کرد."),
    (
        "fa",
        "Recep Tayyip Erdogan criticised Washington.",
        "رجب طيب اردوغان از واشنگتن انتقاد کرد.",
        "{erdogan} از {washington} انتقاد کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", SPANS)
def test_the_whole_rendering_the_model_wrote_becomes_one_slot(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# --- 2. Full or short as the source mention is; the model's first name is absorbed ------------------

FORMS = [
    (
        "ru",
        "President Hassan Rouhani met the envoy.",
        "Президент Роухани встретился с посланником.",
        "Президент {rouhani} встретился с посланником.",
    ),
    (
        "ru",
        "Rouhani met the envoy.",
        "Хасан Роухани встретился с посланником.",
        "{rouhani:short} встретился с посланником.",
    ),
    (
        "ru",
        "President Hasan Rouhani met the envoy.",
        "Президент Хасан Рухани встретился с посланником.",
        "Президент {rouhani} встретился с посланником.",
    ),
    ("tr", "Hakan Fidan left Moscow.", "Fidan Moskova'dan ayrıldı.", "{fidan} {moscow:abl} ayrıldı."),
    ("tr", "Fidan left Moscow.", "Hakan Fidan Moskova'dan ayrıldı.", "{fidan:short} {moscow:abl} ayrıldı."),
    (
        "tr",
        "President Hasan Rouhani warned Washington.",
        "Cumhurbaşkanı Hasan Ruhani Washington'u uyardı.",
        "Cumhurbaşkanı {rouhani} {washington:acc} uyardı.",
    ),
    ("ar", "Ali Mamlouk returned to Damascus.", "عاد مملوك إلى دمشق.", "عاد {mamlouk} إلى دمشق."),
    ("ar", "Mamlouk returned to Damascus.", "عاد علي مملوك إلى دمشق.", "عاد {mamlouk:short} إلى دمشق."),
    ("ar", "The United States warned Iran.", "حذرت الولايات المتحدة إيران.", "حذرت {united-states} {iran}."),
    ("fa", "Vladimir Putin praised Tehran.", "پوتین از تهران تمجید کرد.", "{putin} از {tehran} تمجید کرد."),
    ("fa", "Putin praised Tehran.", "ولادیمیر پوتین از تهران تمجید کرد.", "{putin:short} از {tehran} تمجید کرد."),
    (
        "fa",
        "The United States warned Iran.",
        "ایالات متحده به ایران هشدار داد.",
        "{united-states} به {iran} هشدار داد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", FORMS)
def test_the_slot_is_full_or_short_as_the_source_mention_is(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_an_honorific_only_the_short_form_has_stays_beside_the_full_name(glossary):
    check(
        glossary,
        "ar",
        "The Emir Tamim bin Hamad Al Thani spoke.",
        "تحدث الأمير الشيخ تميم بن حمد آل ثاني.",
        "تحدث الأمير الشيخ {tamim}.",
    )
    segment = check(glossary, "ru", "Sheikh Tamim spoke.", "Шейх Тамим бин Хамад выступил.", "{tamim:short} выступил.")
    assert segment.text == "Шейх Тамим выступил."  # «шейх Тамим» opens the sentence: rendered with a capital


# --- 3. Fuzzy matching by length and script; ordinary words are never names ----------------------

FUZZY = [
    (
        "ru",
        "Mamlouk met Fidan in Hama.",
        "Мамлук встретился с Фиданом в Хаме.",
        "{mamlouk:short} встретился с {fidan:short+ins} в {hama:prep}.",
    ),
    (
        "ru",
        "Tamim bin Hamad Al Thani met Muallem.",
        "Тамим бен Хамад Аль Тани встретился с Муалемом.",
        "{tamim} встретился с {muallem:short+ins}.",
    ),
    ("tr", "Hatami met Shamkhani.", "Hatami, Şamhani ile görüştü.", "{hatami:short}, {shamkhani:short} ile görüştü."),
    ("tr", "Khamis visited Idlib.", "Hamis İdlib'i ziyaret etti.", "{khamis:short} {idlib:acc} ziyaret etti."),
    (
        "ar",
        "Putin said the son of the emir visited the centre.",
        "قال بوتن إن بن الأمير زار المركز.",
        "قال {putin:short} إن بن الأمير زار المركز.",
    ),
    ("ar", "Turkey opened a centre.", "افتتحت تركيا مركزا.", "افتتحت {turkey} مركزا."),
    ("ar", "Khamis met Ayoub.", "التقى خميس بأيوب.", "التقى {khamis:short} {ayoub:short+bi}."),
    ("fa", "Putin met the son of the emir.", "پوتن با بن امیر دیدار کرد.", "{putin:short} با بن امیر دیدار کرد."),
    ("fa", "Tehran is the largest centre.", "تهران بزرگ‌ترین مرکز است.", "{tehran} بزرگ‌ترین مرکز است."),
    ("fa", "Washington warned Ankara.", "واشینگتن به انکارا هشدار داد.", "{washington} به {ankara} هشدار داد."),
]


@pytest.mark.parametrize("language, source, output, expected", FUZZY)
def test_misspelt_names_are_found_and_ordinary_words_are_left_alone(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


COMMON_NOUNS = [
    ("ru", "Putin praised Turkey.", "Путин похвалил индейку.", "{putin:short} похвалил {turkey:acc}."),
    (
        "ru",
        "Mamlouk spoke with Fidan.",
        "Мамлюк поговорил с саженцем.",
        "{mamlouk:short} поговорил с {fidan:short+ins}.",
    ),
    (
        "tr",
        "Erdogan said Turkey is ready.",
        "Erdoğan hindinin hazır olduğunu söyledi.",
        "{erdogan:short} {turkey:gen} hazır olduğunu söyledi.",
    ),
    ("tr", "Mamlouk met Fidan.", "Memluk, fidanla görüştü.", "{mamlouk:short}, {fidan:short+ins} görüştü."),
    ("ar", "Iran and Turkey signed.", "وقعت إيران والديك الرومي.", "وقعت {iran} {turkey:wa}."),
    ("ar", "Mamlouk met Fidan.", "التقى مملوك بالشتلة.", "التقى {mamlouk:short} {fidan:short+bi}."),
    ("fa", "Russia and Turkey agreed.", "روسیه و بوقلمون توافق کردند.", "{russia} و {turkey} توافق کردند."),
    ("fa", "Mamlouk met Fidan.", "مملوک با نهال دیدار کرد.", "{mamlouk:short} با {fidan:short} دیدار کرد."),
]


@pytest.mark.parametrize("language, source, output, expected", COMMON_NOUNS)
def test_a_name_translated_as_a_common_noun_is_replaced_whole(glossary, language, source, output, expected):
    # the Arabic bird and sapling differ in gender from Turkey and Fidan: with no retry to write the sentence
    # for the name, the words that may agree with them are left for a look (test_placement_common_word)
    check(glossary, language, source, output, expected, marked=language == "ar")


def test_adjectives_made_from_a_name_are_not_the_name(glossary):
    # "Iranian": the glossary gives Iran no adjective; with two of them for one possessor, "Iran's" is the
    # first by the order of the source's words, a guess (the model may have reordered the sentence) that stays
    # flagged until a retry confirms it (test_placement_arabic_possessor_adjective); the source's own
    # adjective stays as the model wrote it
    segment, _ = publish(
        glossary, "ar", "Iran's minister praised the Iranian people.", "أشاد الوزير الإيراني بالشعب الإيراني."
    )
    assert segment.text == "أشاد وزير إيران بالشعب الإيراني." and marked_for_review(segment)


# --- 4. Endings: every word of the name, proclitics kept, suffixes without an apostrophe ----------

ENDINGS = [
    ("ru", "A strike hit Erbil.", "Удар пришелся по Эрбилу.", "Удар пришелся по {erbil:dat}."),
    ("ru", "Deals with Hakan Fidan.", "Сделки с Хаканом Фиданом.", "Сделки с {fidan:ins}."),
    ("ru", "Without Ali Abdullah Ayoub.", "Без Али Абдаллы Айюба.", "Без {ayoub:gen}."),
    (
        "tr",
        "Ankara's plan and Turkey's army.",
        "Ankaranın planı ve Türkiyenin ordusu.",
        "{ankara:gen} planı ve {turkey:gen} ordusu.",
    ),
    (
        "tr",
        "Troops in Idlib and from Baghdad.",
        "İdlibdeki askerler ve Bağdattan gelenler.",
        "{idlib:loc}ki askerler ve {baghdad:abl} gelenler.",
    ),
    ("tr", "Erdogan's aide.", "Erdoganın yardımcısı.", "{erdogan:short+gen} yardımcısı."),
    ("ar", "Erdogan and Putin met.", "التقى أردوغان وبوتن.", "التقى {erdogan:short} {putin:short+wa}."),
    ("ar", "Aid for Assad and for Moscow.", "مساعدات للأسد ولموسكو.", "مساعدات {assad:short+li} {moscow:wa+li}."),
    ("ar", "Talks in Tehran and Ankara.", "محادثات في طهران و أنقرة.", "محادثات في {tehran} {ankara:wa}."),
    (
        "fa",
        "The capital of Turkey, Ankara.",
        "پایتخت ترکیه‌ی امروز آنکارا است.",
        "پایتخت {turkey:ez} امروز {ankara} است.",
    ),
    ("fa", "Moscow's policy.", "سیاست مسکوی جدید.", "سیاست {moscow:ez} جدید."),
]


@pytest.mark.parametrize("language, source, output, expected", ENDINGS)
def test_endings_and_proclitics_the_model_wrote_are_kept(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_words_of_a_name_that_disagree_on_the_case_are_flagged(glossary):
    check(
        glossary,
        "ru",
        "Tamim bin Hamad Al Thani arrived.",
        "Тамим бин Хамада Аль Тани прибыл.",
        "{tamim} прибыл.",
        marked=True,
    )


# --- 5. No case information: the preposition before the name decides, or a warning -------------

CONTEXT = [
    ("ru", "A message from the United States.", "Послание из США.", "Послание из {united-states:gen}."),
    ("ru", "Putin met Erdogan.", "Путин встретился с Erdogan.", "{putin:short} встретился с {erdogan:short+ins}."),
    ("ru", "A letter to Washington.", "Письмо к Washington.", "Письмо к {washington:dat}."),
    ("ru", "Against al-Qaeda.", "Против Аль-Каида.", "Против {al-qaeda:gen}."),
    ("ru", "Between the United States and Iran.", "Между США и Иран.", "Между {united-states:ins} и {iran:ins}."),
]


@pytest.mark.parametrize("language, source, output, expected", CONTEXT)
def test_a_name_without_a_case_takes_it_from_its_preposition(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_form_that_stays_a_guess_is_a_warning(glossary):
    # в Moscow: "in" (prepositional) is read, but motion (accusative) would be possible where the source does not
    # say "in": check it
    segment = check(
        glossary, "ru", "The Moscow talks.", "Переговоры в Moscow.", "Переговоры в {moscow:prep}.", marked=True
    )
    assert [p.code for p in segment.problems] == ["name-form-uncertain"]
    # a nominative right after a base is suspect: the base's own name (базы Хмеймим) or its city's (базы Багдада)?
    check(glossary, "ru", "The Baghdad base.", "Здание базы Багдад.", "Здание базы {baghdad}.", marked=True)
    # beside an airport in the nominative the name may be the airport's own: still a guess
    check(glossary, "ru", "The Baghdad airport.", "Аэропорт Багдад.", "Аэропорт {baghdad}.", marked=True)


def test_bare_placeholders_take_the_case_from_the_context(glossary):
    check(
        glossary,
        "ru",
        "Putin met Erdogan.",
        "Путин встретился с турецким лидером.",
        "{putin:short} встретился с {erdogan:short+ins}.",
        retry="[[1]] встретился с [[2]].",
    )
    check(
        glossary,
        "ru",
        "A statement by the United States.",
        "Заявление американской стороны.",
        "Заявление со стороны {united-states:gen}.",
        retry="Заявление со стороны [[1]].",
    )
    check(
        glossary,
        "ru",
        "The Tehran talks.",
        "Переговоры в иранской столице.",
        "Переговоры в {tehran:prep}.",
        retry="Переговоры в [[1]].",
        marked=True,
    )  # in or into, the source not saying which: the motion reading is possible too
    check(
        glossary,
        "tr",
        "Putin met Erdogan.",
        "Putin, Türk lider ile görüştü.",
        "{putin:short}, {erdogan:short} ile görüştü.",
        retry="[[1]], [[2]] ile görüştü.",
    )
    check(
        glossary,
        "ar",
        "Putin and Erdogan met.",
        "التقى بوتين والرئيس التركي.",
        "التقى {putin:short} {erdogan:short+wa}.",
        retry="التقى [[1]] و [[2]].",
    )


# --- 6. Retries: used only when they place more names, keeping forms the plain output showed ------


def test_a_retry_keeps_the_forms_the_plain_output_showed(glossary):
    segment, model = publish(
        glossary,
        "ru",
        "Fidan met Mamlouk in Tehran.",
        "Фидан встретился с рабом в Тегеране.",
        retry="[[1]] встретился с [[2]]ом в [[3]].",
    )
    assert model.asked[1] == "[[1]] met [[2]] in [[3]]."
    expected = "{fidan:short} встретился с {mamlouk:short+ins} в {tehran:prep}."
    assert segment.text == expected_text(glossary, "ru", expected)
    assert not marked_for_review(segment)


def test_a_retry_that_places_fewer_names_is_not_used(glossary):
    check(
        glossary,
        "tr",
        "Putin met Erdogan in Sochi.",
        "Putin, Erdoğan ile Soçi'de görüştü.",
        "{putin:short}, {erdogan:short} ile {sochi:loc} görüştü.",
        retry="[[1]], [[2]] ile görüştü.",
    )


RETRIES = [
    (
        "ar",
        "Hatami met Erdogan in Moscow.",
        "التقى حاتمي الرئيس التركي في موسكو.",
        "التقى [[١]] و[[٢]] في [[٣]].",
        "التقى {hatami:short} {erdogan:short+wa} في {moscow}.",
    ),
    (
        "fa",
        "Hatami met Erdogan in Moscow.",
        "حاتمی با رئیس جمهور ترکیه در مسکو دیدار کرد.",
        "[[۱]] با [[۲]] در [[۳]] دیدار کرد.",
        "{hatami:short} با {erdogan:short} در {moscow} دیدار کرد.",
    ),
    (
        "tr",
        "Hatami met Erdogan in Moscow.",
        "Hatemi, Türk lider ile Moskova'da görüştü.",
        "[[1]], [[2]] ile [[3]]'da görüştü.",
        "{hatami:short}, {erdogan:short} ile {moscow:loc} görüştü.",
    ),
    (
        "ru",
        "Hatami met Erdogan in Moscow.",
        "Хатами встретился с турецким лидером в Москве.",
        "[[1]] встретился с [ [2] ]ом в [[3]]е.",
        "{hatami:short} встретился с {erdogan:short+ins} в {moscow:prep}.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", RETRIES)
def test_a_name_the_model_dropped_comes_back_from_the_retry(glossary, language, source, output, retry, expected):
    check(glossary, language, source, output, expected, retry=retry)


def test_a_name_neither_output_has_flags_the_segment(glossary):
    segment, _ = publish(glossary, "fa", "Fidan met Hatami.", "حاتمی با رئیس اطلاعات ترکیه دیدار کرد.")
    assert ("error", "name-unplaced") in [(p.severity, p.code) for p in segment.problems]


# --- 7. QA checks catch what placement misses ----------------------------------------------------


def qa_codes(segment):
    return sorted({p.code for p in segment.problems})


def test_qa_flags_a_repeated_name_fragment_beside_a_name(glossary):
    from toolkit.document import Piece, TranslatedSegment
    from toolkit.document import Segment as Source
    from toolkit.qa.checks import check_segment

    segment = TranslatedSegment(
        Source("1", "Erdogan spoke."),
        [],
        "memory",
        "t",
        "{erdogan}",
        [Piece("Реджеп "), Piece("Реджеп Тайип Эрдоган", "erdogan"), Piece(" выступил.")],
        [],
    )
    assert "name-repeated" in [p.code for p in check_segment(segment, glossary, "ru", "Cyrl")]


def test_qa_flags_a_name_the_source_does_not_mention_and_a_variant_left_in_the_text(glossary):
    segment, _ = publish(glossary, "ru", "Putin spoke.", "Путин выступил, а Эрдоган промолчал.")
    assert "name-unsourced" in qa_codes(segment) and marked_for_review(segment)
    segment, _ = publish(glossary, "tr", "Putin met Erdogan.", "Putin, Erdoğan ile görüştü; Erdogan memnundu.")
    assert "name-variant" in qa_codes(segment)
    segment, _ = publish(glossary, "fa", "Putin met Erdogan.", "پوتین با اردوغان دیدار کرد. Erdogan راضی بود.")
    assert "name-variant" in qa_codes(segment)


def test_a_name_written_in_lowercase_opens_its_sentence_with_a_capital(glossary):
    segment, _ = publish(glossary, "ru", "The Supreme Leader spoke.", "Верховный руководитель выступил.")
    assert segment.text == "Верховный руководитель Ирана выступил."  # its first mention, capitalised
    assert "name-lowercase" not in qa_codes(segment)


def test_qa_flags_a_sentence_opened_in_lowercase_by_a_name(glossary):
    from toolkit.document import Piece, TranslatedSegment
    from toolkit.document import Segment as Source
    from toolkit.qa.checks import check_segment

    segment = TranslatedSegment(
        Source("1", "The Supreme Leader spoke."),
        [],
        "memory",
        "t",
        "{supreme-leader} выступил.",
        [Piece("верховный руководитель", "supreme-leader"), Piece(" выступил.")],
        [],
    )
    assert "name-lowercase" in [p.code for p in check_segment(segment, glossary, "ru", "Cyrl")]


def test_qa_flags_a_russian_name_its_preposition_does_not_allow(glossary):
    from toolkit.document import Piece, TranslatedSegment
    from toolkit.document import Segment as Source
    from toolkit.qa.checks import check_segment

    segment = TranslatedSegment(
        Source("1", "at the United States"),
        [],
        "memory",
        "t",
        "у {united-states}",
        [Piece("у "), Piece("Соединенные Штаты", "united-states")],
        [],
    )
    assert [p.code for p in check_segment(segment, glossary, "ru", "Cyrl")] == ["name-case-governor"]


# --- Never: an ordinary word overwritten, a word repeated ---------------------------------------

NEVER = [
    (
        "ar",
        "Putin and Assad met.",
        "التقى بوتين بن سلمان والأسد في مركز المدينة.",
        "التقى {putin:short} بن سلمان {assad:short+wa} في مركز المدينة.",
    ),
    (
        "fa",
        "Tehran hosted Ankara.",
        "تهران میزبان بزرگ‌ترین هیئت آنکارا بود.",
        "{tehran} میزبان بزرگ‌ترین هیئت {ankara} بود.",
    ),
    ("ru", "Tamim met Erdogan.", "Тамим встретился с Эрдоганом и тани.", None),
    ("tr", "Esad said Hama.", "Esad, esas olarak Hama'dan söz etti.", None),
]


@pytest.mark.parametrize("language, source, output, expected", NEVER)
def test_no_ordinary_word_is_overwritten_and_no_word_repeated(glossary, language, source, output, expected):
    segment, _ = publish(glossary, language, source, output)
    if expected is not None:
        assert segment.text == expected_text(glossary, language, expected)
    words = segment.text.lower().split()
    assert all(a != b for a, b in itertools.pairwise(words))
    for word in ("тани", "esas", "بن", "مركز", "بزرگ‌ترین"):
        assert (word in output.lower()) == (word in segment.text.lower())


# --- The editions mark what QA found about names -----------------------------------------------


def test_editions_mark_a_segment_whose_names_need_review_apart_from_errors(glossary):
    import io

    import docx

    from toolkit.publish.docx import side_by_side_docx
    from toolkit.publish.markdown import side_by_side_markdown
    from toolkit.publish.monolingual import Front, monolingual_markdown

    matcher = Matcher(glossary)
    source = "The Moscow talks."
    model = Scripted(source, "Переговоры в Moscow.", None, matcher)
    document = Document("case", [Block(BlockKind.PARAGRAPH, (Segment("1.1", source),))])
    (edition,) = translate_document(document, ["ru"], glossary, [MachineEngine(model, glossary, matcher)])
    assert not edition.segments[0].flagged and marked_for_review(edition.segments[0])

    assert '<mark class="review" title="check: ' in side_by_side_markdown(edition)
    from datetime import date

    assert '<mark class="review"' in monolingual_markdown(edition, Front.of(edition, Settings(), date(2020, 1, 20)))
    from wordxml import run_properties, run_style_id, style_name

    document = docx.Document(io.BytesIO(side_by_side_docx(edition)))
    paragraph = document.tables[0].rows[1].cells[1].paragraphs[0]
    assert paragraph.runs
    for run in paragraph.runs:  # a style of its own, shaded turquoise, not the errors' yellow
        assert style_name(document, run_style_id(run)).endswith(" Needs Review")
        assert run_properties(document, paragraph, run)["shd"]["fill"] == "00FFFF"
