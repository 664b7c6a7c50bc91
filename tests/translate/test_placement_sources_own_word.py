"""A name that is also a common word, in a sentence whose source has that word of its own.

"Hakan Fidan planted a sapling": the fidan, саженец, نهال of the output is the sapling, not the
minister, even where the model left his name out; "Turkey served turkey": the индейка is the bird.
The common noun stands for the name only where the source's word for it is the name: where the
source has its own ordinary word for it (sapling, tree, turkey, Thursday, teacher, lion), the output's
noun is that word and stays, and the name is found elsewhere (asked again with placeholders) or
flagged. One such noun more in the output than the source has words for is the name translated.
"""

from __future__ import annotations

import pytest
from test_placement import check, expected_text, publish

from toolkit.translate.placement import COMMON_WORD_REPLACED

# (language, source, plain output with the name left out or unrecognised, retry, expected)
OWN_WORD = [
    (
        "tr",
        "Foreign Minister Hakan Fidan planted a sapling in Ankara.",
        "Dışişleri Bakanı Ankara'da bir fidan dikti.",
        "Dışişleri Bakanı [[1]] [[2]]'da bir fidan dikti.",
        "Dışişleri Bakanı {fidan} {ankara:loc} bir fidan dikti.",
    ),
    (
        "tr",
        "Fidan planted a sapling at the ceremony.",
        "Bakan törende bir fidan dikti.",
        "[[1]] törende bir fidan dikti.",
        "{fidan:short} törende bir fidan dikti.",
    ),
    (
        "tr",
        "Hakan Fidan planted a tree.",
        "Bakan bir fidan dikti.",
        "[[1]] bir fidan dikti.",
        "{fidan} bir fidan dikti.",
    ),
    (
        "tr",
        "Turkey's farmers sold a turkey to Erdogan.",
        "Çiftçiler Erdoğan'a bir hindi sattı.",
        "[[1]]'nin çiftçileri [[2]]'a bir hindi sattı.",
        "{turkey:gen} çiftçileri {erdogan:short+dat} bir hindi sattı.",
    ),
    (
        "tr",
        "Khamis met the envoy on Thursday.",
        "Başbakan perşembe günü elçiyle görüştü.",
        "[[1]] perşembe günü elçiyle görüştü.",
        "{khamis:short} perşembe günü elçiyle görüştü.",
    ),
    (
        "ru",
        "Turkey served turkey to the guests from Iran.",
        "Анкара подала индейку гостям из Ирана.",
        "[[1]] подала индейку гостям из [[2]].",
        "{turkey} подала индейку гостям из {iran:gen}.",
    ),
    (
        "ru",
        "Hakan Fidan planted a sapling in Moscow.",
        "Министр посадил саженец в Москве.",
        "[[1]] посадил саженец в [[2]].",
        "{fidan} посадил саженец в {moscow:prep}.",
    ),
    (
        "ru",
        "Khamis met the envoy on Thursday.",
        "Премьер встретился с посланником в четверг.",
        "[[1]] встретился с посланником в четверг.",
        "{khamis:short} встретился с посланником в четверг.",
    ),
    (
        "ru",
        "Bashar al-Assad was photographed with a lion.",
        "Президента сфотографировали со львом.",
        "[[1]] сфотографировали со львом.",
        "{assad} сфотографировали со львом.",
    ),
    (
        "ar",
        "Hakan Fidan planted a sapling in Ankara.",
        "زرع الوزير شتلة في أنقرة.",
        "زرع [[1]] شتلة في [[2]].",
        "زرع {fidan} شتلة في {ankara}.",
    ),
    (
        "ar",
        "Turkey sent turkey meat to Iran.",
        "أرسلت أنقرة لحم الديك الرومي إلى إيران.",
        "أرسلت [[1]] لحم الديك الرومي إلى [[2]].",
        "أرسلت {turkey} لحم الديك الرومي إلى {iran}.",
    ),
    (
        "ar",
        "Khamis met the envoy on Thursday.",
        "التقى رئيس الوزراء المبعوث يوم الخميس.",
        "التقى [[1]] المبعوث يوم الخميس.",
        "التقى {khamis:short} المبعوث يوم الخميس.",
    ),
    (
        "ar",
        "Assad was photographed with a lion.",
        "التقطت صورة للرئيس مع الأسد.",
        "التقطت صورة ل[[1]] مع الأسد.",
        "التقطت صورة {assad:short+li} مع الأسد.",
    ),
    (
        "fa",
        "Hakan Fidan planted a sapling in Tehran.",
        "وزیر در تهران یک نهال کاشت.",
        "[[1]] در [[2]] یک نهال کاشت.",
        "{fidan} در {tehran} یک نهال کاشت.",
    ),
    (
        "fa",
        "Turkey sent a turkey to Iran.",
        "آنکارا یک بوقلمون به ایران فرستاد.",
        "[[1]] یک بوقلمون به [[2]] فرستاد.",
        "{turkey} یک بوقلمون به {iran} فرستاد.",
    ),
    (
        "fa",
        "Muallem thanked the teacher.",
        "وزیر از معلم تشکر کرد.",
        "[[1]] از معلم تشکر کرد.",
        "{muallem:short} از معلم تشکر کرد.",
    ),
]


@pytest.mark.parametrize(("language", "source", "output", "retry", "expected"), OWN_WORD)
def test_the_common_word_the_source_has_is_never_taken_for_the_name(
    glossary, language, source, output, retry, expected
):
    segment, _ = publish(glossary, language, source, output, retry)
    assert "".join(piece.text for piece in segment.as_stored) == expected_text(glossary, language, expected)
    # placed and sourced (a Turkish name the retry left bare may still have its form checked)
    assert not {p.code for p in segment.problems} & {"name-unplaced", "name-unsourced", COMMON_WORD_REPLACED}


@pytest.mark.parametrize(
    ("language", "source", "output"),
    [
        ("tr", "Hakan Fidan planted a sapling in Ankara.", "Bakan Ankara'da bir fidan dikti."),
        ("ru", "Hakan Fidan planted a sapling in Moscow.", "Министр посадил саженец в Москве."),
        ("fa", "Turkey sent a turkey to Iran.", "آنکارا یک بوقلمون به ایران فرستاد."),
        ("ar", "Assad was photographed with a lion.", "التقطت صورة للرئيس مع الأسد."),
    ],
)
def test_without_a_retry_that_places_it_the_name_is_flagged_and_the_noun_stays(glossary, language, source, output):
    segment, _ = publish(glossary, language, source, output)
    assert any(p.code == "name-unplaced" for p in segment.problems)
    assert segment.text == output


MODEL_RIGHT = [
    ("tr", "Hakan Fidan planted a sapling in Ankara.", "Hakan Fidan Ankara'da bir fidan dikti."),
    ("tr", "Fidan planted a sapling at the ceremony.", "Fidan törende bir fidan dikti."),
    ("tr", "Turkey exported turkey meat to Iran.", "Türkiye İran'a hindi eti ihraç etti."),
    ("ru", "Turkey served turkey to the guests from Iran.", "Турция подала индейку гостям из Ирана."),
    ("ar", "Hakan Fidan planted a sapling in Ankara.", "زرع هاكان فيدان شتلة في أنقرة."),
    ("fa", "Turkey sent a turkey to Iran.", "ترکیه یک بوقلمون به ایران فرستاد."),
]


@pytest.mark.parametrize(("language", "source", "output"), MODEL_RIGHT)
def test_a_sentence_with_both_the_name_and_the_word_written_right_is_left_alone(glossary, language, source, output):
    segment, _ = publish(glossary, language, source, output)
    assert segment.text == output
    assert not segment.problems


def test_one_noun_more_than_the_source_has_words_for_is_the_name_translated(glossary):
    # the model made both the country and the bird "hindi": one of them is the name, the first as the source has it
    check(
        glossary,
        "tr",
        "Turkey's farmers sold a turkey.",
        "Hindi'nin çiftçileri bir hindi sattı.",
        "{turkey:gen} çiftçileri bir hindi sattı.",
    )


@pytest.mark.parametrize(
    ("language", "source", "output"),
    [
        ("tr", "Erdogan planted a tree in Ankara.", "Erdoğan Ankara'da bir fidan dikti."),
        ("tr", "Putin and Erdogan planted saplings.", "Putin ve Erdoğan fidan dikti."),
        ("ar", "Assad met the teacher.", "التقى الأسد المعلم."),
        ("fa", "Assad met the teacher.", "اسد با معلم دیدار کرد."),
    ],
)
def test_the_ordinary_word_is_no_name_the_source_left_unmentioned(glossary, language, source, output):
    # "fidan" in lowercase, المعلم beside the source's "teacher": no name stands there unsourced
    segment, _ = publish(glossary, language, source, output)
    assert not any(p.code == "name-unsourced" for p in segment.problems), segment.problems


def test_a_title_written_in_lowercase_is_still_an_unsourced_name(glossary):
    # the Russian title is lowercase by rule: lowercase tells nothing there, and the check stays
    segment, _ = publish(
        glossary, "ru", "Putin met the envoy.", "Путин встретился с посланником, верховный руководитель молчал."
    )
    assert any(p.code == "name-unsourced" for p in segment.problems), segment.problems
