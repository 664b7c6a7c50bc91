"""Markdown editions read back as written: table cells keep every cell, a link stays a link, the title keeps
its formatting, in every edition and every language."""

import io
import re
from datetime import date

import docx
import pytest
from markdown_it import MarkdownIt

from toolkit.publish.markdown import side_by_side_markdown
from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown
from toolkit.read import read_document
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine
from toolkit.translate.memory import TmxDocument, load_memory

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LANGUAGES = ("ru", "tr", "fa", "ar")


def gfm(text):
    """The HTML GFM makes of ``text``, without the direction isolates right-to-left editions set around
    Latin runs (they are display, not content)."""
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
    return html.replace("\u2066", "").replace("\u2069", "")


def editions(tmp_path, article, units, languages=LANGUAGES):
    """The editions of ``article``, every sentence translated by the memory ``units``:
    {English: {language: template}}."""
    from conftest import GLOSSARY_DIR

    from toolkit.glossary.load import load_glossary
    from toolkit.pipeline import translate_document

    source = tmp_path / "story.md"
    source.write_text(article, encoding="utf-8")
    memory_file = tmp_path / "reviewed.tmx"
    tmx = TmxDocument.new(memory_file, "test")
    for number, (english, targets) in enumerate(units.items(), 1):
        unit = tmx.add_unit(f"story:{number}", english)
        for language, template in targets.items():
            tmx.set_target(unit, language, Template.parse(template))
    memory_file.write_bytes(tmx.to_bytes())
    glossary = load_glossary([GLOSSARY_DIR])
    document = read_document(source)
    engines = [MemoryEngine(load_memory([memory_file]))]
    return {e.language.code: e for e in translate_document(document, list(languages), glossary, engines)}


def front(edition):
    return Front.of(edition, Settings(), date(2024, 3, 12))


def table_rows(html):
    """The rows of the rendered body's first table, each a list of cell contents."""
    table = html[html.index("<table>") : html.index("</table>")]
    return [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


# --- 1. a | inside inline code in a table cell -------------------------------------------------------------

TABLE_ARTICLE = """# Commands

| Command | Verdict |
| --- | --- |
| Run `a\\|b` first | Good. |
| Run `x \\|\\| y \\| z` | Bad. |
"""
TABLE_UNITS = {
    "Commands": {"ru": "Команды", "tr": "Komutlar", "fa": "فرمان‌ها", "ar": "الأوامر"},
    "Command": {"ru": "Команда", "tr": "Komut", "fa": "فرمان", "ar": "الأمر"},
    "Verdict": {"ru": "Оценка", "tr": "Sonuç", "fa": "نتیجه", "ar": "الحكم"},
    "Run a|b first": {
        "ru": "Сначала запустите {#code1/}",
        "tr": "Önce {#code1/} çalıştırın",
        "fa": "ابتدا {#code1/} را اجرا کنید",
        "ar": "شغّل {#code1/} أولاً",
    },
    "Good.": {"ru": "Хорошо.", "tr": "İyi.", "fa": "خوب.", "ar": "جيد."},
    "Run x || y | z": {
        "ru": "Запустите {#code1/}",
        "tr": "{#code1/} çalıştırın",
        "fa": "{#code1/} را اجرا کنید",
        "ar": "شغّل {#code1/}",
    },
    "Bad.": {"ru": "Плохо.", "tr": "Kötü.", "fa": "بد.", "ar": "سيئ."},
}


@pytest.fixture(scope="module")
def table_editions(tmp_path_factory):
    return editions(tmp_path_factory.mktemp("table"), TABLE_ARTICLE, TABLE_UNITS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pipe_in_inline_code_in_a_table_cell_keeps_the_row_whole(table_editions, language):
    edition = table_editions[language]
    rows = table_rows(gfm(monolingual_markdown(edition, front(edition))))
    units = TABLE_UNITS
    assert [len(row) for row in rows] == [2, 2, 2]
    assert "<code>a|b</code>" in rows[1][0] and rows[1][1] == units["Good."][language]
    assert "<code>x || y | z</code>" in rows[2][0] and rows[2][1] == units["Bad."][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_side_by_side_table_cells_keep_the_code_and_the_cell_after_it(table_editions, language):
    html = gfm(side_by_side_markdown(table_editions[language]))
    assert html.count("<code>a|b</code>") == 2 and html.count("<code>x || y | z</code>") == 2
    assert TABLE_UNITS["Good."][language] in html and TABLE_UNITS["Bad."][language] in html


# --- 2. a "!" right before a link ------------------------------------------------------------------------------

APPEAL_ARTICLE = """# The appeal

Stop the war\\![Read the appeal](https://example.org/a) now.
"""
APPEAL_UNITS = {
    "The appeal": {"ru": "Призыв", "tr": "Çağrı", "fa": "فراخوان", "ar": "النداء"},
    "Stop the war!Read the appeal now.": {
        "ru": "Остановите войну!{#a1}Прочитайте призыв{/a1} сейчас.",
        "tr": "Savaşı durdurun!{#a1}Çağrıyı okuyun{/a1} hemen.",
        "fa": "جنگ را متوقف کنید!{#a1}فراخوان را بخوانید{/a1} همین حالا.",
        "ar": "أوقفوا الحرب!{#a1}اقرأوا النداء{/a1} الآن.",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_exclamation_mark_before_a_link_keeps_the_link_in_the_edition(tmp_path, language):
    edition = editions(tmp_path, APPEAL_ARTICLE, APPEAL_UNITS, (language,))[language]
    html = gfm(monolingual_markdown(edition, front(edition)))
    before, rest = APPEAL_UNITS["Stop the war!Read the appeal now."][language].split("{#a1}")
    text, after = rest.split("{/a1}")
    assert "<img" not in html
    assert f'{before}<a href="https://example.org/a">{text}</a>{after}' in html


# --- 3. the title keeps its formatting ------------------------------------------------------------------------

TITLE_ARTICLE = """# **Fidan** in [Ankara](https://e.org/a)

Talks went on.
"""
TITLE_UNITS = {
    "Fidan in Ankara": {
        "ru": "{#b1}{fidan:short}{/b1} в {#a2}{ankara:prep}{/a2}",
        "tr": "{#b1}{fidan:short}{/b1} {#a2}{ankara}{/a2}'da",
        "fa": "{#b1}{fidan:short}{/b1} در {#a2}{ankara}{/a2}",
        "ar": "{#b1}{fidan:short}{/b1} في {#a2}{ankara}{/a2}",
    },
    "Talks went on.": {
        "ru": "Переговоры продолжились.",
        "tr": "Görüşmeler sürdü.",
        "fa": "گفتگوها ادامه یافت.",
        "ar": "استمرت المحادثات.",
    },
}
TITLE_NAMES = {
    "ru": ("Фидан", "Анкаре"),
    "tr": ("Fidan", "Ankara"),
    "fa": ("فیدان", "آنکارا"),
    "ar": ("فيدان", "أنقرة"),
}


@pytest.fixture(scope="module")
def title_editions(tmp_path_factory):
    return editions(tmp_path_factory.mktemp("title"), TITLE_ARTICLE, TITLE_UNITS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_markdown_title_keeps_its_bold_and_its_link(title_editions, language):
    edition = title_editions[language]
    name, place = TITLE_NAMES[language]
    title = re.search(r"<h1>(.*?)</h1>", gfm(monolingual_markdown(edition, front(edition)))).group(1)
    assert f"<strong>{name}</strong>" in title and f'<a href="https://e.org/a">{place}</a>' in title


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_docx_title_keeps_its_bold_and_its_link(title_editions, language):
    edition = title_editions[language]
    name, place = TITLE_NAMES[language]
    document = docx.Document(io.BytesIO(monolingual_docx(edition, front(edition))))
    title = document.paragraphs[0]._p
    assert title.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Title"
    links = title.findall(f"{W}hyperlink")
    assert len(links) == 1 and "".join(t.text for t in links[0].iter(f"{W}t")) == place
    assert document.part.rels[links[0].get(docx.oxml.ns.qn("r:id"))].target_ref == "https://e.org/a"
    bold = [
        run
        for run in title.iter(f"{W}r")
        if run.find(f"{W}rPr/{W}b") is not None or run.find(f"{W}rPr/{W}bCs") is not None
    ]
    assert "".join(t.text for run in bold for t in run.iter(f"{W}t")) == name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_side_by_side_titles_keep_their_formatting(title_editions, language):
    name, place = TITLE_NAMES[language]
    headings = re.findall(r"<h1>(.*?)</h1>", gfm(side_by_side_markdown(title_editions[language])))
    assert headings[0] == '<strong>Fidan</strong> in <a href="https://e.org/a">Ankara</a>'
    assert f"<strong>{name}</strong>" in headings[1] and f'<a href="https://e.org/a">{place}</a>' in headings[1]
