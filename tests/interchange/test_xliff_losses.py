"""An XLIFF review is checked at import for lost links and emphasis as a review DOCX row is.

The source's inline elements stand for the article's formatting: the
toolkit's own ``<g ctype="link">`` and ``<x ctype="lb"/>``, and another CAT
tool's ``<bpt>``/``<ept>`` pairs, ``<bx/>``/``<ex/>``, ``<it>`` and ``<ph>``
read by their ctype or the native code they hold (``<b>``, ``<a href>``,
``<br/>``). A target that lost a link is not taken (stored, the sentence
would be published without it); one that lost bold or italics is stored and
listed for a check. The decision is the review DOCX import's own
(:func:`toolkit.translate.reviewed.lost_in_translation`).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from toolkit.interchange.xliff import XLIFF_NS, reviewed_segments
from toolkit.translate.reviewed import store_reviewed

WHEN = datetime(2026, 11, 20, tzinfo=timezone.utc)


def xliff(tmp_path, code, source, target, name="cat.xlf"):
    path = tmp_path / name
    path.write_text(
        f'<xliff xmlns="{XLIFF_NS}" version="1.2"><file original="story.docx" source-language="en-US" '
        f'target-language="{code}" datatype="x-docx"><body>'
        f'<trans-unit id="7"><source>{source}</source><target state="translated">{target}</target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    return path


def imported(tmp_path, glossary, path):
    records, refused = reviewed_segments(path, "A. Editor", WHEN)
    assert refused == []
    return store_reviewed(records, tmp_path / "desk.tmx", glossary, tool_version="test")


# another tool's link: the address is in its native code; bold by ctype; a line break as a <ph>
CAT_SOURCE = (
    'Read the <bpt id="1">&lt;a href="https://example.org/s"&gt;</bpt>statement<ept id="1">&lt;/a&gt;</ept> '
    'on Tehran <bpt id="2" ctype="bold">{}</bpt>today<ept id="2">{}</ept>.<ph id="3">&lt;br/&gt;</ph>'
)
WORDS = {  # the target's words around its two formatted words
    "ru": ("Прочитайте ", "заявление", " о Тегеране ", "сегодня", "."),
    "tr": ("", "Bugün", " Tahran hakkındaki ", "açıklamayı", " okuyun."),
    "ar": ("اقرأ ", "البيان", " بشأن طهران ", "اليوم", "."),
    "fa": ("", "امروز", " ", "بیانیه", " درباره تهران را بخوانید."),
}


def cat_target(code, link=True, bold=True):
    before, first, middle, second, after = WORDS[code]
    pair = {"ru": (1, 2), "ar": (1, 2), "tr": (2, 1), "fa": (2, 1)}[code]  # the link first, or the bold

    def wrap(number, words):
        if number == 1 and link:
            return f'<bpt id="1">&lt;a href="https://example.org/s"&gt;</bpt>{words}<ept id="1">&lt;/a&gt;</ept>'
        if number == 2 and bold:
            return f'<bpt id="2" ctype="bold">{{}}</bpt>{words}<ept id="2">{{}}</ept>'
        return words

    return f'{before}{wrap(pair[0], first)}{middle}{wrap(pair[1], second)}{after}<ph id="3">&lt;br/&gt;</ph>'


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_another_tools_inline_codes_are_read_as_the_formatting_they_stand_for(tmp_path, code):
    (record,), refused = reviewed_segments(xliff(tmp_path, code, CAT_SOURCE, cat_target(code)), "A. Editor", WHEN)
    assert refused == []
    text, spans = record.english
    assert text == "Read the statement on Tehran today. "
    assert [(text[s.start : s.end], s.format.kind, s.format.target) for s in spans] == [
        ("statement", "link", "https://example.org/s"),
        ("today", "bold", ""),
        ("", "break", ""),
    ]
    assert {tag.name for tag in record.formatting.tags} == {"a", "b", "br"}


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_target_that_lost_the_link_of_another_tools_file_is_not_taken(tmp_path, glossary, code):
    report = imported(tmp_path, glossary, xliff(tmp_path, code, CAT_SOURCE, cat_target(code, link=False)))
    (refused,) = report.not_taken
    assert (
        "the translation does not have the link on 'statement' (https://example.org/s) of the English" in refused.reason
    )
    assert not report.added


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_target_that_lost_bold_is_stored_and_listed_for_a_check(tmp_path, glossary, code):
    report = imported(tmp_path, glossary, xliff(tmp_path, code, CAT_SOURCE, cat_target(code, bold=False)))
    assert len(report.added) == 1 and report.not_taken == []
    (check,) = report.formatting_lost
    assert "the translation does not have bold on 'today' of the English" in check.reason
    assert "{#a1}" in report.added[0].stored


def test_a_target_that_keeps_everything_is_stored_with_it(tmp_path, glossary):
    report = imported(tmp_path, glossary, xliff(tmp_path, "ru", CAT_SOURCE, cat_target("ru")))
    assert report.not_taken == [] and report.formatting_lost == []
    assert report.added[0].stored == "Прочитайте {#a1}заявление{/a1} о {tehran:prep} {#b2}сегодня{/b2}.{#br3/}"


def test_the_toolkits_own_ids_are_the_articles_tag_numbers_even_with_inline_code_shown_as_text(tmp_path, glossary):
    """The article's span 1 is inline code, which an export shows as text: the link is <g id="2">."""
    source = 'Apply `rule 7` under the <g id="2" ctype="link">statement</g>.'.replace("`", "")
    lost = xliff(tmp_path, "ru", source, "Примените rule 7 согласно заявлению.", "lost.xlf")
    (refused,) = imported(tmp_path, glossary, lost).not_taken
    assert "the link on 'statement' of the English" in refused.reason  # the toolkit's file gives no address
    kept = xliff(tmp_path, "ru", source, 'Примените rule 7 согласно <g id="2" ctype="link">заявлению</g>.', "kept.xlf")
    report = imported(tmp_path, glossary, kept)
    assert report.not_taken == [] and report.added[0].stored == "Примените rule 7 согласно {#a2}заявлению{/a2}."


@pytest.mark.parametrize(
    "code",
    [
        '<ph id="1">{1}</ph>',  # a variable of the tool's own
        '<x id="1"/>',  # a code with no ctype: nothing says what it stands for
        '<bpt id="1">&lt;span class="x"&gt;</bpt>so<ept id="1">&lt;/span&gt;</ept>',
    ],
)
def test_a_code_that_stands_for_no_formatting_the_toolkit_stores_is_refused_with_its_unit(tmp_path, code):
    path = xliff(tmp_path, "ru", f"Putin said {code} today.", f"Путин сказал {code} сегодня.")
    records, refused = reviewed_segments(path, "A. Editor", WHEN)
    assert records == [] and len(refused) == 1
    assert "holds an inline code" in refused[0].reason and "trans-unit 7" in refused[0].place


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("²", "³"),  # superscript digits: digits to str.isdigit, no number to int()
        ("١", "٢"),  # Arabic-Indic digits: a tool's ids, not the toolkit's tag numbers
        ("1" * 5000, "2" * 5000),  # past the length Python reads as an integer
    ],
)
@pytest.mark.parametrize("code", ["ru", "ar"])
def test_ids_that_are_digits_but_no_tag_number_are_numbered_in_order_not_an_error(tmp_path, code, first, second):
    """Another tool's ids made of digits the toolkit never writes are read as ids, numbered in the order the
    formatting opens, as any other tool's: the import named no file and stopped with a traceback."""
    source = CAT_SOURCE.replace('id="1"', f'id="{first}"').replace('id="2"', f'id="{second}"')
    target = cat_target(code).replace('id="1"', f'id="{first}"').replace('id="2"', f'id="{second}"')
    (record,), refused = reviewed_segments(xliff(tmp_path, code, source, target), "A. Editor", WHEN)
    assert refused == []
    text, spans = record.english
    assert [(text[s.start : s.end], s.format.kind) for s in spans] == [
        ("statement", "link"),
        ("today", "bold"),
        ("", "break"),
    ]
    assert {(tag.number, tag.name) for tag in record.formatting.tags} == {(1, "a"), (2, "b"), (3, "br")}
