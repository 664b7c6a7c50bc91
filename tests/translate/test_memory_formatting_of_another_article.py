"""A memory unit whose English formats the sentence otherwise than the article does: its translation's tags follow
the words its English formats, never the numbers alone.

A unit is keyed on its English without formatting, so the same sentence stored from another article (or before an
editor moved a link) is the article's exact match. Its tags name the spans of *its* English: link 1 on "first
report" is not the article's link 1 on "second report". Taken by number, the translation's link would land on the
wrong words, with the article's address, and nothing would say so.
"""

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from tmx_files import desk_tmx

from toolkit.pipeline import translate_document
from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown
from toolkit.read import read_document
from toolkit.read.markdown import parse_markdown
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine
from toolkit.translate.formatting import english_spans, fit, tags_for_segment
from toolkit.translate.memory import load_memory

REPORTS_EN = (
    'Read the <bpt i="1" x="1" type="link">{#a1}</bpt>first report<ept i="1">{/a1}</ept> and the '
    '<bpt i="2" x="2" type="link">{#a2}</bpt>second report<ept i="2">{/a2}</ept> for details.'
)
REPORTS = {
    "ru": 'Подробности — в <bpt i="1" x="1" type="link">{#a1}</bpt>первом сообщении<ept i="1">{/a1}</ept> и во '
    '<bpt i="2" x="2" type="link">{#a2}</bpt>втором сообщении<ept i="2">{/a2}</ept>.',
    "ar": 'للتفاصيل، اقرأ <bpt i="1" x="1" type="link">{#a1}</bpt>التقرير الأول<ept i="1">{/a1}</ept> '
    'و<bpt i="2" x="2" type="link">{#a2}</bpt>التقرير الثاني<ept i="2">{/a2}</ept>.',
    "fa": 'برای جزئیات، <bpt i="1" x="1" type="link">{#a1}</bpt>گزارش نخست<ept i="1">{/a1}</ept> و '
    '<bpt i="2" x="2" type="link">{#a2}</bpt>گزارش دوم<ept i="2">{/a2}</ept> را بخوانید.',
    "tr": 'Ayrıntılar için <bpt i="1" x="1" type="link">{#a1}</bpt>ilk haberi<ept i="1">{/a1}</ept> ve '
    '<bpt i="2" x="2" type="link">{#a2}</bpt>ikinci haberi<ept i="2">{/a2}</ept> okuyun.',
}
FINAL_EN = (
    'See <bpt i="1" x="1" type="link">{#a1}</bpt>the <bpt i="2" x="2" type="bold">{#b2}</bpt>final'
    '<ept i="2">{/b2}</ept> text<ept i="1">{/a1}</ept> of the statement.'
)
FINAL = {
    "ru": 'См. <bpt i="1" x="1" type="link">{#a1}</bpt><bpt i="2" x="2" type="bold">{#b2}</bpt>окончательный'
    '<ept i="2">{/b2}</ept> текст<ept i="1">{/a1}</ept> заявления.',
    "ar": 'انظر <bpt i="1" x="1" type="link">{#a1}</bpt>النص <bpt i="2" x="2" type="bold">{#b2}</bpt>النهائي'
    '<ept i="2">{/b2}</ept><ept i="1">{/a1}</ept> للبيان.',
    "fa": '<bpt i="1" x="1" type="link">{#a1}</bpt>متن <bpt i="2" x="2" type="bold">{#b2}</bpt>نهایی'
    '<ept i="2">{/b2}</ept><ept i="1">{/a1}</ept> بیانیه را ببینید.',
    "tr": 'Açıklamanın <bpt i="1" x="1" type="link">{#a1}</bpt><bpt i="2" x="2" type="bold">{#b2}</bpt>son'
    '<ept i="2">{/b2}</ept> metnine<ept i="1">{/a1}</ept> bakın.',
}


def segment(markdown: str, glossary):
    from toolkit.glossary.match import Matcher

    document = parse_markdown(f"# T\n\n{markdown}\n")
    found = document.blocks[1].segments[0]
    found.mentions = tuple(Matcher(glossary).find(found.text))
    return found


@pytest.fixture(scope="module")
def memory(tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("desk")) / "desk.tmx"
    units = {
        "Reports": {"ar": "تقارير", "fa": "گزارش‌ها", "tr": "Haberler", "ru": "Сообщения"},
        REPORTS_EN: REPORTS,
        'Vladimir Putin read the <bpt i="1" x="1" type="link">{#a1}</bpt>first report<ept i="1">{/a1}</ept> and '
        'the <bpt i="2" x="2" type="bold">{#b2}</bpt>second<ept i="2">{/b2}</ept> one.': {
            "ru": '<ph type="x-name">{putin}</ph> прочитал <bpt i="1" x="1" type="link">{#a1}</bpt>первое сообщение'
            '<ept i="1">{/a1}</ept> и <bpt i="2" x="2" type="bold">{#b2}</bpt>второе<ept i="2">{/b2}</ept>.',
        },
        'Read the <bpt i="1" x="1" type="link">{#a1}</bpt>first report<ept i="1">{/a1}</ept> and the '
        '<bpt i="2" x="2" type="link">{#a2}</bpt>second report<ept i="2">{/a2}</ept> on Putin.': {
            "ru": 'Прочтите <bpt i="1" x="1" type="link">{#a1}</bpt>первое сообщение<ept i="1">{/a1}</ept> и '
            '<bpt i="2" x="2" type="link">{#a2}</bpt>второе сообщение<ept i="2">{/a2}</ept> о '
            '<ph type="x-name">{putin:short+prep}</ph>.',
            "tr": '<ph type="x-name">{putin:short}</ph> hakkındaki <bpt i="1" x="1" type="link">{#a1}</bpt>ilk haberi'
            '<ept i="1">{/a1}</ept> ve <bpt i="2" x="2" type="link">{#a2}</bpt>ikinci haberi<ept i="2">{/a2}</ept>'
            " okuyun.",
        },
        FINAL_EN: FINAL,
        'Officials <bpt i="1" x="1" type="link">{#a1}</bpt>cited<ept i="1">{/a1}</ept> the draft in full.': {
            "ru": 'Чиновники <bpt i="1" x="1" type="link">{#a1}</bpt>полностью процитировали<ept i="1">{/a1}</ept>'
            " проект."
        },
    }
    path.write_text(desk_tmx(units, "desk"), encoding="utf-8")
    return load_memory([path])


def translated(memory, glossary, markdown: str, language: str):
    (translation,) = MemoryEngine(memory, glossary).translate([segment(markdown, glossary)], language)
    return translation


@pytest.mark.parametrize(
    ("language", "linked", "plain"),
    [
        ("ru", "во {#a1}втором сообщении{/a1}", "в первом сообщении"),
        ("ar", "و{#a1}التقرير الثاني{/a1}", "اقرأ التقرير الأول و"),
        ("fa", "و {#a1}گزارش دوم{/a1}", "گزارش نخست و"),
        ("tr", "ve {#a1}ikinci haberi{/a1}", "ilk haberi ve"),
    ],
)
def test_the_link_stays_on_the_words_the_article_links(memory, glossary, language, linked, plain):
    translation = translated(
        memory, glossary, "Read the first report and the [second report](https://example.com/2) for details.", language
    )
    assert linked in translation.template.code and plain in translation.template.code
    assert translation.problems == ()


def test_links_swapped_between_the_unit_and_the_article_follow_their_words(memory, glossary):
    markdown = (
        "Read the [first report](https://example.com/1) and the [second report](https://example.com/2) for details."
    )
    translation = translated(memory, glossary, markdown, "ru")
    assert translation.template.code == "Подробности — в {#a1}первом сообщении{/a1} и во {#a2}втором сообщении{/a2}."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "См. {#b1}{#a2}окончательный текст{/a2}{/b1} заявления."),
        ("ar", "انظر {#b1}{#a2}النص النهائي{/a2}{/b1} للبيان."),
        ("fa", "{#b1}{#a2}متن نهایی{/a2}{/b1} بیانیه را ببینید."),
        ("tr", "Açıklamanın {#b1}{#a2}son metnine{/a2}{/b1} bakın."),
    ],
)
def test_bold_over_the_whole_link_wraps_the_link_the_unit_placed(memory, glossary, language, expected):
    translation = translated(
        memory, glossary, "See **[the final text](https://example.com/final)** of the statement.", language
    )
    assert translation.template.code == expected and translation.problems == ()


def test_a_link_the_unit_puts_on_other_words_is_reported_not_moved(memory, glossary):
    translation = translated(memory, glossary, "Officials cited the [draft](https://example.com/draft) in full.", "ru")
    assert translation.template.code == "Чиновники полностью процитировали проект."
    assert [problem.code for problem in translation.problems] == ["format-lost"]


def test_a_unit_formatted_as_the_article_is_taken_as_it_is(memory, glossary):
    markdown = "See [the **final** text](https://example.com/final) of the statement."
    translation = translated(memory, glossary, markdown, "ar")
    assert translation.template.code == "انظر {#a1}النص {#b2}النهائي{/b2}{/a1} للبيان." and not translation.problems


def test_english_spans_name_the_words_each_tag_covers():
    english = Template.parse("See {#a1}the {#b2}final{/b2}  text{/a1} of the statement.{#br3/}")
    assert english_spans(english) == (
        (1, "a", "See", "the final text"),
        (2, "b", "See the", "final"),
        (3, "br", "See the final text of the statement.", ""),
    )


def test_inline_code_of_the_unit_goes_to_the_articles_code_in_order(glossary):
    # inline code is text in a unit's English: its tags follow the article's code spans of the same kind, in order
    source = segment("Run `make` after **Putin** spoke, then `make test`.", glossary)
    english = english_spans(Template.parse("Run make after {#b1}Putin{/b1} spoke, then make test."))
    unit = Template.parse("Запустите {#code2/} после слов {#b1}{putin:short+gen}{/b1}, затем {#code3/}.")
    renumbered = tags_for_segment(unit, english, source)
    assert renumbered.code == "Запустите {#code1/} после слов {#b2}{putin:short+gen}{/b2}, затем {#code3/}."
    assert fit(renumbered, source)[1] == []


def test_a_unit_without_formatting_in_its_english_keeps_its_tags_by_number(glossary):
    source = segment("**Putin** met Erdogan.", glossary)
    unit = Template.parse("{#b1}{putin:short}{/b1} встретился с {erdogan:short+ins}.")
    assert tags_for_segment(unit, (), source) is unit


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("قال المسؤولون: استخدموا مسودة {#code1/} {#code2/}.", "قال المسؤولون: استخدموا مسودة {#code1/}."),
        ("Используйте {#code1/} {#code4/}, сказали они.", "Используйте {#code1/}, сказали они."),
        ("{#code1/} taslağını kullanın {#br2/}", "{#code1/} taslağını kullanın"),
        ("از {#code1/} {#code3/} و {#code2/} استفاده کنید.", "از {#code1/} و استفاده کنید."),
    ],
)
def test_a_code_or_break_the_article_lacks_leaves_no_gap(glossary, unit, expected):
    source = segment("Use the `ceasefire-v2` draft, said officials.", glossary)
    template, _ = fit(Template.parse(unit), source)
    assert template.code == expected


ARTICLE = """# Reports

Read the first report and the [second report](https://example.com/2) for details.

See **[the final text](https://example.com/final)** of the statement.
"""


@pytest.mark.parametrize(
    ("language", "second", "final"),
    [
        ("ar", "التقرير الثاني", "النص النهائي"),
        ("fa", "گزارش دوم", "متن نهایی"),
        ("ru", "втором сообщении", "окончательный текст"),
    ],
)
def test_the_editions_link_the_words_the_article_links(tmp_path, memory, glossary, language, second, final):
    """Through the pipeline into the Markdown and DOCX editions: each hyperlink on the words of its own link."""
    path = tmp_path / "reports.md"
    path.write_text(ARTICLE, encoding="utf-8")
    (edition,) = translate_document(read_document(path), [language], glossary, [MemoryEngine(memory, glossary)])
    front = Front.of(edition, Settings(), date(2020, 1, 20))
    text = monolingual_markdown(edition, front)
    assert re.findall(r"\[([^\]]+)\]\(([^)]+)\)", text) == [
        (second, "https://example.com/2"),
        (f"**{final}**", "https://example.com/final"),
    ]
    document = docx.Document(io.BytesIO(monolingual_docx(edition, front)))
    links = [
        ("".join(t.text for t in link.iter(qn("w:t"))), document.part.rels[link.get(qn("r:id"))].target_ref)
        for link in document.element.body.iter(qn("w:hyperlink"))
    ]
    assert links == [(second, "https://example.com/2"), (final, "https://example.com/final")]
    bold = [
        link.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:b')}") is not None
        for link in document.element.body.iter(qn("w:hyperlink"))
    ]
    assert bold == [False, True]


@pytest.mark.parametrize(
    ("language", "linked", "plain"),
    [("ru", "и {#a1}второе сообщение{/a1} о {erdogan:short+prep}.", "Прочтите первое сообщение и"),
     ("tr", "ve {#a1}ikinci haberi{/a1} okuyun.", "hakkındaki ilk haberi ve")],
)  # fmt: skip
def test_a_unit_adapted_to_another_name_keeps_the_link_on_the_words_the_article_links(
    memory, glossary, language, linked, plain
):
    # the same sentence about another person: the unit is adapted (its name changed), its tags follow their words
    markdown = "Read the first report and the [second report](https://example.com/2) on Erdogan."
    translation = translated(memory, glossary, markdown, language)
    assert translation.origin == "memory (adapted)"
    assert linked in translation.template.code and plain in translation.template.code
    assert not [problem for problem in translation.problems if problem.code.startswith("format")]


def test_an_adapted_unit_counts_the_words_before_a_span_with_its_names_one_each(memory, glossary):
    # the article's name is three words where the unit's is two: the link and the bold still find their words
    markdown = "Recep Tayyip Erdogan read the first report and the **second** one."
    translation = translated(memory, glossary, markdown, "ru")
    assert translation.origin == "memory (adapted)"
    assert translation.template.code == "{erdogan} прочитал первое сообщение и {#b1}второе{/b1}."
    assert [problem.code for problem in translation.problems] == ["memory-adapted-name"]  # no formatting lost
