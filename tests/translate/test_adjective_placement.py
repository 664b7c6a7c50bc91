"""A name the translation gives as its adjective ("US forces" -> القوات الأمريكية, американские войска)
becomes the entry's adjective slot, in reviewed translations brought back and in machine output.

Only where the glossary writes an adjective for the entry in that language, and
the English mention modifies the word after it as an adjective does ("US
forces"); where the English has the name as a possessor ("the US's bases",
"citizens of the US") or names the parties joined by a hyphen ("US-Iran
contacts"), the edition shows the name, so the adjective is no mention there;
anything else behaves as a name the translation lacks: flagged in machine
output, refused at import.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from conftest import GLOSSARY_DIR
from test_placement import check, publish

from toolkit.glossary.load import load_glossary
from toolkit.qa.checks import marked_for_review
from toolkit.render import render
from toolkit.slots import Template
from toolkit.translate.memory import TmxDocument
from toolkit.translate.reviewed import ReviewedSegment, delocalise, store_reviewed

TOOL = "0-test"
DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def reviewed(source: str, target: str, language: str, unit: str = "story:1.1") -> ReviewedSegment:
    return ReviewedSegment(unit, source, target, language, "A. Editor", DATE, f"review.{language}.xlf {unit}")


def stored(memory, source: str, language: str) -> str:
    document = TmxDocument.open(memory)
    return document.target(document.unit_for(source), language).code


def shown(template: str, glossary, language: str) -> str:
    pieces, _, problems = render(Template.parse(template), glossary, language)
    assert not problems, [p.message for p in problems]
    return "".join(piece.text for piece in pieces)


# --- reviewed translations: the import takes the adjective as the slot --------------------------------

REVIEWED_ROWS = [
    # every language whose seed glossary entry has an adjective, in the forms editors write
    (
        "ar",
        "US forces left Iraq on Monday.",
        "غادرت القوات الأمريكية العراق يوم الاثنين.",
        "غادرت القوات {united-states:adj+f+al} {iraq} يوم الاثنين.",
    ),
    (
        "ar",
        "Qatar hosts the largest US base in the region.",
        "تستضيف قطر أكبر قاعدة أمريكية في المنطقة.",
        "تستضيف {qatar} أكبر قاعدة {united-states:adj+f} في المنطقة.",
    ),
    ("ar", "Two US soldiers were wounded.", "أصيب جنديان أمريكيان.", None),  # dual: not written out, see below
    (
        "ar",
        "The militia attacked US soldiers.",
        "هاجمت الميليشيا الجنود الأمريكيين.",
        "هاجمت الميليشيا الجنود {united-states:adj+pl+obl+al}.",
    ),
    (
        "fa",
        "US forces left Iraq on Monday.",
        "نیروهای آمریکایی روز دوشنبه عراق را ترک کردند.",
        "نیروهای {united-states:adj} روز دوشنبه {iraq} را ترک کردند.",
    ),
    (
        "tr",
        "US forces left Iraq on Monday.",
        "Amerikan güçleri pazartesi günü Irak'tan ayrıldı.",
        "{united-states:adj} güçleri pazartesi günü {iraq:abl} ayrıldı.",
    ),
    (
        "ru",
        "US forces left Iraq on Monday.",
        "Американские войска покинули Ирак в понедельник.",
        "{united-states:adj+pl} войска покинули {iraq:acc} в понедельник.",
    ),
    (
        "ru",
        "He met US officers in Erbil.",
        "Он встретился с американскими офицерами в Эрбиле.",
        "Он встретился с {united-states:adj+pl+ins} офицерами в {erbil:prep}.",
    ),
    (
        "ru",
        "The US embassy issued a statement.",
        "Американское посольство выступило с заявлением.",
        "{united-states:adj+n} посольство выступило с заявлением.",
    ),
]


@pytest.mark.parametrize("language, source, target, template", [row for row in REVIEWED_ROWS if row[3] is not None])
def test_an_edited_row_with_the_adjective_is_stored_with_the_adjective_slot(
    tmp_path, glossary, language, source, target, template
):
    memory = tmp_path / "story.tmx"
    report = store_reviewed([reviewed(source, target, language)], memory, glossary, tool_version=TOOL)
    assert not report.not_taken, [str(n) for n in report.not_taken]
    assert [t.stored for t in report.added] == [template]
    assert stored(memory, source, language) == template
    # the stored unit shows exactly what the editor wrote
    assert shown(template, glossary, language) == delocalise(target, language)


def test_a_form_the_glossary_does_not_write_out_is_refused_not_guessed(tmp_path, glossary):
    # the dual أمريكيان is no form of the seed's adjective: the row is refused as a name not found
    language, source, target, _ = next(row for row in REVIEWED_ROWS if row[3] is None)
    report = store_reviewed([reviewed(source, target, language)], tmp_path / "m.tmx", glossary, tool_version=TOOL)
    assert not report.added and len(report.not_taken) == 1
    assert "united-states" in report.not_taken[0].reason


def test_another_spelling_of_the_adjective_is_read_as_it_and_stored_in_the_glossary_s(tmp_path, glossary):
    # الأميركية (the ya before the ra) is the same adjective as the glossary's الأمريكية
    memory = tmp_path / "story.tmx"
    report = store_reviewed(
        [reviewed("US forces left.", "غادرت القوات الأميركية.", "ar")], memory, glossary, tool_version=TOOL
    )
    assert [t.stored for t in report.added] == ["غادرت القوات {united-states:adj+f+al}."]


def test_the_adjective_with_a_proclitic_keeps_it(tmp_path, glossary):
    report = store_reviewed(
        [reviewed("A message to US troops.", "رسالة للجنود الأمريكيين.", "ar")],
        tmp_path / "m.tmx",
        glossary,
        tool_version=TOOL,
    )
    assert [t.stored for t in report.added] == ["رسالة للجنود {united-states:adj+pl+obl+al}."]


def test_a_changed_adjective_in_the_glossary_re_renders_the_imported_unit(tmp_path, glossary):
    memory = tmp_path / "story.tmx"
    store_reviewed(
        [
            reviewed("US forces left Iraq on Monday.", "غادرت القوات الأمريكية العراق يوم الاثنين.", "ar"),
            reviewed("US forces left Iraq on Monday.", "Американские войска покинули Ирак в понедельник.", "ru"),
        ],
        memory,
        glossary,
        tool_version=TOOL,
    )
    folder = tmp_path / "glossaries"
    shutil.copytree(GLOSSARY_DIR, folder)
    places = folder / "places.yaml"
    text = places.read_text(encoding="utf-8")
    # the newsroom switches to the Levantine spelling, and to «штатовский» in Russian
    places.write_text(text.replace("أمريكي", "أميركي").replace("американск", "штатовск"), encoding="utf-8")
    changed = load_glossary([folder], use_cache=False)
    assert (
        shown(stored(memory, "US forces left Iraq on Monday.", "ar"), changed, "ar")
        == "غادرت القوات الأميركية العراق يوم الاثنين."
    )
    assert (
        shown(stored(memory, "US forces left Iraq on Monday.", "ru"), changed, "ru")
        == "Штатовские войска покинули Ирак в понедельник."
    )


def test_an_untouched_row_keeps_the_stored_adjective_slot(tmp_path, glossary):
    # американской is f+gen, f+dat, f+ins and f+prep alike: the slot the memory holds is kept
    memory = tmp_path / "story.tmx"
    source = "He spoke of the US base."
    document = TmxDocument.new(memory, TOOL)
    unit = document.add_unit("story:1.1", source, "A. Editor", DATE)
    document.set_target(
        unit, "ru", Template.parse("Он говорил об {united-states:adj+f+prep} базе."), "A. Editor", DATE, "seed"
    )
    memory.write_bytes(document.to_bytes())
    report = store_reviewed(
        [reviewed(source, "Он говорил об американской базе.", "ru")], memory, glossary, tool_version=TOOL
    )
    assert [t.stored for t in report.unchanged] == ["Он говорил об {united-states:adj+f+prep} базе."]


# --- what is not the adjective ----------------------------------------------------------------------------


@pytest.fixture
def russia_with_adjective(tmp_path):
    """The seed glossary with Russia's adjective written out too (российский, الروسية)."""
    folder = tmp_path / "glossaries"
    shutil.copytree(GLOSSARY_DIR, folder)
    places = folder / "places.yaml"
    text = places.read_text(encoding="utf-8")
    text = text.replace(
        "  ar: {name: روسيا}\n",
        "  ar: {name: روسيا, adjective: {nom: روسي, f: روسية, pl: روسيون, pl+obl: روسيين}}\n",
        1,
    )
    text = text.replace(
        "    name: {nom: Россия, gen: России, dat: России, acc: Россию, ins: Россией, prep: России}\n",
        "    name: {nom: Россия, gen: России, dat: России, acc: Россию, ins: Россией, prep: России}\n"
        "    adjective: {nom: российский, f: российская, n: российское, pl: российские, pl+ins: российскими}\n",
        1,
    )
    places.write_text(text, encoding="utf-8")
    return load_glossary([folder], use_cache=False)


@pytest.mark.parametrize(
    "language, target",
    [
        ("ar", "غادرت القوات الروسية العراق."),
        ("ru", "Российские войска покинули Ирак."),
    ],
)
def test_an_adjective_of_another_entry_is_not_taken_for_this_one(tmp_path, russia_with_adjective, language, target):
    source = "US forces left Iraq."
    report = store_reviewed(
        [reviewed(source, target, language)], tmp_path / "m.tmx", russia_with_adjective, tool_version=TOOL
    )
    assert not report.added and "united-states" in report.not_taken[0].reason
    segment, _ = publish(russia_with_adjective, language, source, target)
    assert "{united-states" not in segment.code and marked_for_review(segment)


def test_each_entry_takes_its_own_adjective(tmp_path, russia_with_adjective):
    report = store_reviewed(
        [
            reviewed(
                "US forces met Russia envoys.", "Американские военные встретились с российскими посланниками.", "ru"
            )
        ],
        tmp_path / "m.tmx",
        russia_with_adjective,
        tool_version=TOOL,
    )
    assert [t.stored for t in report.added] == [
        "{united-states:adj+pl} военные встретились с {russia:adj+pl+ins} посланниками."
    ]


def test_a_mention_that_modifies_nothing_is_not_replaced_by_the_adjective(tmp_path, glossary):
    # "the US said": the subject, not a modifier; «الجانب الأمريكي» is the model's paraphrase, to be checked
    source = "The US said it would stay."
    target = "قال الجانب الأمريكي إنه سيبقى."
    report = store_reviewed([reviewed(source, target, "ar")], tmp_path / "m.tmx", glossary, tool_version=TOOL)
    assert not report.added and "united-states" in report.not_taken[0].reason
    segment, _ = publish(glossary, "ar", source, target)
    assert marked_for_review(segment)


def test_an_entry_without_an_adjective_is_flagged_as_before(glossary):
    # the seed glossary gives Iran no adjective: "Iranian forces" for "Iran forces" stays a name not found
    segment, _ = publish(glossary, "ru", "Iran forces crossed the border.", "Иранские силы пересекли границу.")
    assert marked_for_review(segment) and "{iran" not in segment.code


# --- machine output -----------------------------------------------------------------------------------

MACHINE = [
    (
        "ar",
        "US forces are deployed in Iraq.",
        "القوات الأمريكية منتشرة في العراق.",
        "القوات {united-states:adj+f+al} منتشرة في {iraq}.",
    ),
    (
        "ar",
        "US forces are deployed in Iraq.",
        "القوات الأميركية منتشرة في العراق.",
        "القوات {united-states:adj+f+al} منتشرة في {iraq}.",
    ),
    (
        "ar",
        "The US said US troops will stay.",
        "قالت الولايات المتحدة إن القوات الأمريكية ستبقى.",
        "قالت {united-states:short} إن القوات {united-states:adj+f+al} ستبقى.",
    ),
    (
        "fa",
        "US forces are deployed in Iraq.",
        "نیروهای آمریکایی در عراق مستقر هستند.",
        "نیروهای {united-states:adj} در {iraq} مستقر هستند.",
    ),
    (
        "tr",
        "US forces are deployed in Iraq.",
        "Amerikan güçleri Irak'ta konuşlandı.",
        "{united-states:adj} güçleri {iraq:loc} konuşlandı.",
    ),
    (
        "tr",
        "US forces are deployed in Iraq.",
        "ABD güçleri Irak'ta konuşlandı.",  # the name itself: as before
        "{united-states:short} güçleri {iraq:loc} konuşlandı.",
    ),
    (
        "ru",
        "US forces are deployed in Iraq.",
        "Американские войска размещены в Ираке.",
        "{united-states:adj+pl} войска размещены в {iraq:prep}.",
    ),
    (
        "ru",
        "Talks with US officials.",
        "Переговоры с американскими чиновниками.",
        "Переговоры с {united-states:adj+pl+ins} чиновниками.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", MACHINE)
def test_machine_output_with_the_adjective_is_placed_without_a_retry(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected)
    assert segment.code == expected


# the name as a possessor ("the US's allies", "citizens of the US") or one of a hyphenated pair of parties
# ("the US-Iraq talks"): the English names the country, so the model's adjective (شهروند آمریکایی, "American
# citizens") is no mention of it; the sentence is flagged with the model's words kept, never published with the
# adjective as though the source had said "American"
POSSESSORS_AS_ADJECTIVES = [
    (
        "fa",
        "Of the 176 people killed, 82 were citizens of the US, officials said.",
        "از ۱۷۶ نفر کشته شده، ۸۲ نفر شهروند آمریکایی بودند، مقامات گفتند.",
    ),
    (
        "fa",
        "Soleimani had planned the attacks on the US's bases for years, Tehran says.",
        "سلیمانی سال‌ها حملات به پایگاه‌های آمریکایی را برنامه‌ریزی کرده بود، تهران می‌گوید.",
    ),
    ("ar", "The US's bases in Iraq were attacked.", "تعرضت القواعد الأمريكية في العراق للهجوم."),
    ("ru", "The US's bases in Iraq were attacked.", "Американские базы в Ираке подверглись нападению."),
    (
        "ru",
        "Officials said 12 were citizens of the US.",
        "Официальные лица сообщили, что 12 были американскими гражданами.",
    ),
    ("tr", "The US's bases in Iraq were attacked.", "Irak'taki Amerikan üsleri saldırıya uğradı."),
    ("tr", "Ankara hosted the allies of the US.", "Ankara Amerikan müttefiklerini ağırladı."),
    ("fa", "The US-Iraq talks resumed in Baghdad.", "مذاکرات آمریکایی عراقی در بغداد از سر گرفته شد."),
]


@pytest.mark.parametrize("language, source, output", POSSESSORS_AS_ADJECTIVES)
def test_a_possessor_written_as_the_adjective_is_flagged_with_the_model_s_words(glossary, language, source, output):
    segment, _ = publish(glossary, language, source, output)
    assert marked_for_review(segment)
    assert "{united-states:adj" not in segment.code
    assert "".join(piece.text for piece in segment.as_stored) == output


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        # the same words where the English says "US" as an adjective: the adjective is the mention
        (
            "fa",
            "Soleimani had planned the attacks on US bases for years, Tehran says.",
            "سلیمانی سال‌ها حملات به پایگاه‌های آمریکایی را برنامه‌ریزی کرده بود، تهران می‌گوید.",
            "{suleimani:short} سال‌ها حملات به پایگاه‌های {united-states:adj} را برنامه‌ریزی کرده بود، {tehran} می‌گوید.",
        ),
        (
            "ar",
            "US bases in Iraq were attacked.",
            "تعرضت القواعد الأمريكية في العراق للهجوم.",
            "تعرضت القواعد {united-states:adj+f+al} في {iraq} للهجوم.",
        ),
        (
            "tr",
            "The US allies met in Ankara.",
            "Amerikan müttefikleri Ankara'da bir araya geldi.",
            "{united-states:adj} müttefikleri {ankara:loc} bir araya geldi.",
        ),
    ],
)
def test_the_english_adjective_use_keeps_the_adjective(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected)
    assert segment.code == expected


@pytest.mark.parametrize(
    "source, output",
    [
        # "from": the adjective or the name with the ezafe or with از, which the words do not tell
        ("Of the 176 killed, 82 were citizens from Iran.", "از ۱۷۶ کشته، ۸۲ نفر شهروند ایرانی بودند."),
        ("Soleimani planned attacks with militias from Iraq.", "سلیمانی حملات را با شبه‌نظامیان عراقی برنامه‌ریزی کرد."),
    ],
)
def test_a_noun_modifier_written_as_an_adjective_the_glossary_lacks_stays_flagged(glossary, source, output):
    segment, _ = publish(glossary, "fa", source, output)
    assert marked_for_review(segment)


@pytest.mark.parametrize(
    "source, output, expected",
    [
        (
            "Of the 176 killed, 82 were citizens of Iran.",
            "از ۱۷۶ کشته، ۸۲ نفر شهروند ایرانی بودند.",
            "از ۱۷۶ کشته، ۸۲ نفر شهروند {iran} بودند.",
        ),
        (
            "Soleimani planned attacks with Iraq's militias.",
            "سلیمانی حملات را با شبه‌نظامیان عراقی برنامه‌ریزی کرد.",
            "{suleimani:short} حملات را با شبه‌نظامیان {iraq} برنامه‌ریزی کرد.",
        ),
    ],
)
def test_a_persian_possessor_written_as_an_adjective_the_glossary_lacks_is_the_name(glossary, source, output, expected):
    # the ezafe joins a noun to its possessor as to its adjective (see test_placement_persian_possessor_adjective)
    check(glossary, "fa", source, output, expected)


def test_of_after_a_word_that_is_no_noun_takes_no_adjective(glossary):
    # "because of the US": nothing the US modifies; «آمریکایی» is the model's paraphrase, flagged
    segment, _ = publish(glossary, "fa", "Prices rose because of the US.", "قیمت‌ها به دلیل آمریکایی بالا رفت.")
    assert marked_for_review(segment) and "{united-states" not in segment.code


def test_the_adjective_nearest_the_mention_is_taken(glossary):
    # «این آمریکایی» ("this American", a person the English calls so) is not the mention of "US officials"
    source = "A Qatari plane flew the American to Doha, where several US officials met him."
    output = "یک هواپیمای قطری این آمریکایی را به دوحه برد، جایی که چند مقام آمریکایی با او دیدار کردند."
    segment = check(
        glossary,
        "fa",
        source,
        output,
        "یک هواپیمای قطری این آمریکایی را به دوحه برد، جایی که چند مقام {united-states:adj} با او دیدار کردند.",
    )
    assert segment.code.count("{united-states") == 1
