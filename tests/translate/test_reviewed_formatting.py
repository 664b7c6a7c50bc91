"""A corrected translation keeps the formatting its memory unit had.

A review file gives the reviewer's text without formatting (a review cell
retyped, an XLIFF target written as text): the import carries the stored
unit's bold, italics, links and breaks onto the same words of the corrected
text, so one corrected word never strips a unit of its formatting (and the
article of its links). Formatting whose words were all deleted is not
guessed: the row is refused, naming it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from toolkit.slots import Template
from toolkit.translate.memory import TmxDocument
from toolkit.translate.reviewed import ReviewedSegment, carry_formatting, store_reviewed

TOOL = "0-test"
DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)

# (language, English, stored template with formatting, the reviewer's corrected text, the template stored after)
CORRECTIONS = [
    (
        "ru",
        "Vladimir Putin met Bashar al-Assad to discuss the Sochi agreement.",
        "{#b1}{putin}{/b1} встретился с {#i2}{assad:ins}{/i2}, чтобы обсудить {#a3}соглашение по {sochi}{/a3}.",
        "Владимир Путин встретился с Башаром Асадом, чтобы обсудить договорённость по Сочи.",
        "{#b1}{putin}{/b1} встретился с {#i2}{assad:ins}{/i2}, чтобы обсудить {#a3}договорённость по {sochi}{/a3}.",
    ),
    (
        "ru",
        "Turkey wants guarantees.",
        "{turkey} хочет {#a1}гарантий{/a1}.",
        "Турция требует гарантий.",
        "{turkey} требует {#a1}гарантий{/a1}.",
    ),
    (
        "tr",
        "Vladimir Putin met Bashar al-Assad to discuss the Sochi agreement.",
        "{#b1}{putin}{/b1}, {#a3}{sochi} anlaşmasını{/a3} görüşmek için {#i2}{assad:ins}{/i2} ile bir araya geldi.",
        "Vladimir Putin, Soçi mutabakatını görüşmek için Beşar Esad ile bir araya geldi.",
        "{#b1}{putin}{/b1}, {#a3}{sochi} mutabakatını{/a3} görüşmek için {#i2}{assad}{/i2} ile bir araya geldi.",
    ),
    (
        "ar",
        "Russia supports the deal.",
        "{russia} {#b1}تدعم الصفقة{/b1}.",
        "روسيا تدعم هذه الصفقة بقوة.",
        "{russia} {#b1}تدعم هذه الصفقة{/b1} بقوة.",
    ),
    (
        "fa",
        "The two leaders spoke for three hours. Officials waited.",
        "دو رهبر سه ساعت گفت\u200cوگو کردند.{#br1/}مقامات منتظر ماندند.",
        "دو رهبر چهار ساعت گفت\u200cوگو کردند. مقامات منتظر ماندند.",
        "دو رهبر چهار ساعت گفت\u200cوگو کردند.{#br1/}مقامات منتظر ماندند.",
    ),
]


def reviewed(source: str, target: str, language: str) -> ReviewedSegment:
    return ReviewedSegment("story:1.1", source, target, language, "A. Editor", DATE, f"review.{language} row 1")


def memory_with(tmp_path, language: str, source: str, template: str):
    path = tmp_path / "memory.tmx"
    document = TmxDocument.new(path, TOOL)
    document.set_target(document.add_unit("story:1.1", source), language, Template.parse(template))
    path.write_bytes(document.to_bytes())
    return path


@pytest.mark.parametrize("language, source, stored, corrected, expected", CORRECTIONS)
def test_a_corrected_word_keeps_the_units_formatting(tmp_path, glossary, language, source, stored, corrected, expected):
    memory = memory_with(tmp_path, language, source, stored)
    report = store_reviewed([reviewed(source, corrected, language)], memory, glossary, tool_version=TOOL)
    assert (len(report.changed), report.not_taken) == (1, [])
    document = TmxDocument.open(memory)
    assert document.target(document.unit_for(source), language).code == expected


def test_formatting_whose_words_were_deleted_is_refused_by_name(tmp_path, glossary):
    source = "Turkey wants guarantees and patrols."
    memory = memory_with(tmp_path, "ru", source, "{turkey} хочет {#a1}гарантий{/a1} и патрулей.")
    before = memory.read_bytes()
    report = store_reviewed([reviewed(source, "Турция хочет патрулей.", "ru")], memory, glossary, tool_version=TOOL)
    assert report.changed == [] and len(report.not_taken) == 1
    assert "the link on 'гарантий'" in report.not_taken[0].reason
    assert memory.read_bytes() == before


def test_inline_code_is_left_as_text_for_the_run_to_find():
    stored = Template.parse("Чиновники использовали проект {#code1/} без {#b2}изменений{/b2}.")
    corrected = Template.parse("Чиновники взяли проект ceasefire-v2 без изменений.")
    carried, unplaced = carry_formatting(corrected, stored)
    assert (carried.code, unplaced) == ("Чиновники взяли проект ceasefire-v2 без {#b2}изменений{/b2}.", [])


def test_words_added_at_the_edge_of_formatting_stay_outside_it():
    carried, _ = carry_formatting(
        Template.parse("Это было очень важно именно сегодня."), Template.parse("Это было {#i1}важно{/i1} сегодня.")
    )
    assert carried.code == "Это было очень {#i1}важно{/i1} именно сегодня."


@pytest.mark.parametrize(
    "language, stored, shown",
    [
        ("ru", "Чиновники использовали проект {#code1/} без {#b2}изменений{/b2}.", "Чиновники использовали проект "
         "ceasefire-v2 без изменений."),
        ("ar", "استخدم المسؤولون المسودة {#code1/}, دون تغييرات.", "استخدم المسؤولون المسودة "
         "\u2066ceasefire-v2\u2069، دون تغييرات."),
    ],
)  # fmt: skip
def test_a_row_left_as_shown_with_its_inline_code_is_unchanged_not_rewritten(tmp_path, glossary, language, stored,
                                                                             shown):  # fmt: skip
    """The unit keeps inline code as a tag (its text comes from the article); the row shows the code's text. Left
    as it was, the row is the unit: nothing is rewritten and no reviewer is named as its changer."""
    source = "Officials used the ceasefire-v2 draft without changes."
    memory = memory_with(tmp_path, language, source, stored)
    before = memory.read_bytes()
    report = store_reviewed([reviewed(source, shown, language)], memory, glossary, tool_version=TOOL)
    assert (len(report.unchanged), report.changed, report.not_taken) == (1, [], [])
    assert memory.read_bytes() == before
