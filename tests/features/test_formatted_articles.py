"""Formatted articles end to end: Markdown and DOCX in, every edition out, structure and formatting in place."""

import io
import re
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from docx_articles import formatted_article
from markdown_it import MarkdownIt

from toolkit.publish.docx import side_by_side_docx
from toolkit.publish.markdown import side_by_side_markdown
from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown
from toolkit.read import read_document
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.testing.faulty_engine import FaultyEngine
from toolkit.translate.engines import MemoryEngine
from toolkit.translate.machine import MachineEngine
from toolkit.translate.memory import TmxDocument, load_memory

ARTICLE = """---
title: Talks in Sochi
date: 2024-03-12
---
# Talks in Sochi

**Vladimir Putin** met *Bashar al-Assad* to discuss the [Sochi agreement](https://example.com/sochi?a=1&b=2).
The two leaders spoke for three hours.\\
Officials used the `ceasefire-v2` draft.

## What was agreed

- A ceasefire in **Idlib**.
- Joint patrols:
  1. Russian patrols.
  2. Turkish patrols.

> We will keep our word, said *Erdogan*.

| Side | Position |
| --- | --- |
| Russia | Supports **the deal** |
| Turkey | Wants [guarantees](https://example.org/g) |

```python
print("not translated")
```

---

Read the [full text](javascript:alert(1)) later.
"""
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    path = tmp_path_factory.mktemp("formatted") / "talks.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def editions_of(path, glossary, engines, languages=("ar", "fa", "ru")):
    from toolkit.pipeline import translate_document

    document = read_document(path)
    return document, {e.language.code: e for e in translate_document(document, list(languages), glossary, engines)}


@pytest.fixture(scope="module")
def machine(article, glossary):
    """Through machine translation (a copy engine: the English comes back with its markers, names located)."""
    return editions_of(article, glossary, [MachineEngine(FaultyEngine(), glossary)])


def unmarked(text):
    """Markdown without QA's marks (the copy engine's English is flagged as untranslated)."""
    return re.sub(r"<mark[^>]*>⚠ |</mark>", "", text)


def front(edition, day=None):
    return Front.of(edition, Settings(), day or edition.document.date)


def body(document):
    return document.element.body


# --- Markdown -------------------------------------------------------------------------------------


def test_monolingual_markdown_keeps_structure_formatting_and_canonical_names(machine):
    _, editions = machine
    text = unmarked(monolingual_markdown(editions["ru"], front(editions["ru"])))
    assert (
        "**Владимир Путин** met *Башара Асада* to discuss the [Сочи agreement](https://example.com/sochi?a=1&b=2)."
        in text
    )
    assert re.search(r"three hours\.\\\n ?Officials used the `ceasefire-v2` draft\.", text)
    assert "## What was agreed" in text
    assert "- A ceasefire in **Идлиб**.\n- Joint patrols:\n  1. Russian patrols.\n  2. Turkish patrols." in text
    assert re.search(r"^> We will keep our word, said \*Эрдогана\*\.", text, re.M)  # a genitive read from "said"
    assert (
        "| Side | Position |\n| --- | --- |\n| Россия | Supports **the deal** |\n"
        "| Турция | Wants [guarantees](https://example.org/g) |" in text
    )
    assert '```python\nprint("not translated")\n```' in text and "\n---\n" in text
    assert "javascript" not in text and "Read the full text later." in text


def test_arabic_script_markdown_sets_italics_bold_or_plain_as_the_settings_say(machine):
    _, editions = machine
    edition = editions["ar"]
    text = unmarked(monolingual_markdown(edition, front(edition)))
    assert "**بشار الأسد**" in text and not re.search(r"(?<!\*)\*[^*\s][^*]*\*(?!\*)", text)
    plain = monolingual_markdown(edition, front(edition), settings=Settings(arabic_italics="plain"))
    assert "بشار الأسد" in plain and "**بشار الأسد**" not in plain


def test_the_dateline_is_the_articles_date_unless_one_is_given(machine):
    document, editions = machine
    assert document.date == date(2024, 3, 12)
    assert "12 марта 2024" in monolingual_markdown(editions["ru"], front(editions["ru"]))
    assert "20 января 2020" in monolingual_markdown(editions["ru"], front(editions["ru"], date(2020, 1, 20)))


def test_side_by_side_markdown_has_html_formatting_in_its_cells_and_renders(machine):
    _, editions = machine
    text = unmarked(side_by_side_markdown(editions["fa"]))
    assert "<strong>Vladimir Putin</strong> met <em>Bashar al-Assad</em>" in text
    assert '<a href="https://example.com/sochi?a=1&amp;b=2">Sochi agreement</a>' in text
    assert "<strong>ولادیمیر پوتین</strong>" in text and "<em>" not in text.split("</td><td dir")[2]
    assert "<blockquote><p>" in text
    # a nested item's row is indented under its parent, whose bullet stands once, in the parent's own row
    english = [row.split("</td>")[0] for row in text.split('<tr><td lang="en" valign="top">')[1:]]
    assert "<ul><li><p>Joint patrols:</p></li></ul>" in english
    assert '<dl><dd><ol start="1"><li><p>Russian patrols.</p></li></ol></dd></dl>' in english
    assert '<dl><dd><ol start="2"><li><p>Turkish patrols.</p></li></ol></dd></dl>' in english
    assert '<pre dir="ltr"><code>print("not translated")</code></pre>' in text
    table = text[text.index("<table>") : text.index("</table>\n")]
    assert "<table><tr><th>Side</th>" in table and not any(line.strip() == "" for line in table.splitlines())
    html = MarkdownIt("commonmark", {"html": True}).render(text)
    assert html.count("<tr>") >= 16 and "<code>ceasefire-v2</code>" in html and "javascript" not in html


# --- DOCX -----------------------------------------------------------------------------------------


def test_monolingual_docx_links_are_hyperlinks_with_external_relationships(machine):
    _, editions = machine
    document = docx.Document(io.BytesIO(monolingual_docx(editions["ar"], front(editions["ar"]))))
    links = list(body(document).iter(qn("w:hyperlink")))
    targets = {document.part.rels[link.get(qn("r:id"))].target_ref for link in links}
    assert targets == {"https://example.com/sochi?a=1&b=2", "https://example.org/g"}
    assert all(document.part.rels[link.get(qn("r:id"))].is_external for link in links)
    first = links[0]
    runs = first.findall(qn("w:r"))
    styles = [run.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) for run in runs]
    # the Arabic name in the Arabic (right-to-left) style, the Latin word a run of its own in the Latin style
    assert any(style.startswith("Arabic") for style in styles)
    assert any(style.startswith("LatininArabic") for style in styles)
    assert document.styles.element.find(f"{W}style[@{W}styleId='Arabic']/{W}rPr/{W}rtl") is not None
    assert all(run.find(qn("w:rPr")).find(qn("w:u")) is not None for run in runs)


def run_texts_with(document, tag):
    return [
        "".join(t.text for t in run.iter(qn("w:t")))
        for run in body(document).iter(qn("w:r"))
        if run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn(tag)) is not None
    ]


def test_docx_runs_are_bold_and_italic_but_never_italic_in_arabic_script(machine):
    _, editions = machine
    russian = docx.Document(io.BytesIO(monolingual_docx(editions["ru"], front(editions["ru"]))))
    assert "Владимир Путин" in run_texts_with(russian, "w:b") and "Идлиб" in run_texts_with(russian, "w:b")
    assert any("Асад" in text for text in run_texts_with(russian, "w:i"))
    arabic = docx.Document(io.BytesIO(monolingual_docx(editions["ar"], front(editions["ar"]))))
    assert run_texts_with(arabic, "w:i") == [] and run_texts_with(arabic, "w:iCs") == []
    assert "بشار الأسد" in run_texts_with(arabic, "w:bCs")
    assert "ceasefire-v2" in [text for text in run_texts_with(arabic, "w:noProof")]


def test_docx_lists_use_word_numbering_and_restart_per_list(machine):
    _, editions = machine
    document = docx.Document(io.BytesIO(monolingual_docx(editions["ar"], front(editions["ar"]))))
    numbered = [
        (p.text, p._p.pPr.numPr) for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    levels = [int(numpr.find(qn("w:ilvl")).get(qn("w:val"))) for _, numpr in numbered]
    assert levels == [0, 0, 1, 1]
    num_ids = [numpr.find(qn("w:numId")).get(qn("w:val")) for _, numpr in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_ids[2])
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    assert abstract.find(f"{W}lvl/{W}numFmt").get(qn("w:val")) == "decimal"
    assert num.find(f"{W}lvlOverride/{W}startOverride").get(qn("w:val")) == "1"
    assert all(
        p._p.pPr.find(qn("w:bidi")) is not None
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.numPr is not None
    )


def _list_indents(data: bytes) -> list[tuple[str, str | None]]:
    """(w:ind left, w:ind hanging) of each numbered paragraph, as the paragraph itself sets them."""
    document = docx.Document(io.BytesIO(data))
    indents = []
    for p in document.paragraphs:
        if p._p.pPr is None or p._p.pPr.numPr is None:
            continue
        ind = p._p.pPr.find(qn("w:ind"))
        indents.append((ind.get(qn("w:left")), ind.get(qn("w:hanging"))) if ind is not None else ("", None))
    return indents


@pytest.mark.parametrize("code", ["ar"])
def test_a_right_to_left_list_item_leaves_its_number_a_step_of_room_inside_the_page_or_cell(machine, code):
    # LibreOffice sets a right-to-left number from the hanging edge outwards: at the list's own indent, "1."
    # stood over a table cell's border
    _, editions = machine
    indents = _list_indents(monolingual_docx(editions[code], front(editions[code])))
    assert indents == [("720", "360"), ("720", "360"), ("1080", "360"), ("1080", "360")]


def _numbered_as_text(data: bytes) -> list[tuple[str, str, str | None, str | None]]:
    """(the item's first run, the text of its paragraph, w:ind left, the tab stop) of each paragraph whose
    number is written as text: a hanging indent, no Word numbering."""
    document = docx.Document(io.BytesIO(data))
    found = []
    for p in document.paragraphs:
        ppr = p._p.pPr
        ind = ppr.find(qn("w:ind")) if ppr is not None else None
        if ind is None or ind.get(qn("w:hanging")) is None or ppr.numPr is not None:
            continue
        tab = ppr.find(f"{W}tabs/{W}tab")
        first = p._p.find(qn("w:r"))
        found.append((first.findtext(qn("w:t")), p.text, ind.get(qn("w:left")), tab.get(qn("w:pos"))))
    return found


def _settings(tmp_path, text: str) -> Settings:
    from toolkit.settings import load_settings

    (tmp_path / "newsroom.yaml").write_text(text, encoding="utf-8")
    return load_settings(tmp_path / "newsroom.yaml")


def test_a_persian_list_s_numbers_are_text_in_persian_digits_at_the_list_s_hanging_indent(machine):
    _, editions = machine
    numbered = _numbered_as_text(monolingual_docx(editions["fa"], front(editions["fa"])))
    assert [(first, left, tab) for first, _, left, tab in numbered] == [("۱.", "1080", "1080"), ("۲.", "1080", "1080")]
    assert all(text.startswith(first + "\t") for first, text, _, _ in numbered)
    # the bullets above them stay Word's own
    document = docx.Document(io.BytesIO(monolingual_docx(editions["fa"], front(editions["fa"]))))
    assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in document.paragraphs) == 2


def test_a_persian_side_by_side_edition_numbers_its_column_in_persian_and_the_english_in_word_s_numbering(machine):
    _, editions = machine
    document = docx.Document(io.BytesIO(side_by_side_docx(editions["fa"])))
    cells = [row.cells for row in document.tables[0].rows]
    persian = [p.text for row in cells for p in row[1].paragraphs if p.text and p.text[0] in "۱۲"]
    assert [text.split("\t")[0] for text in persian] == ["۱.", "۲."]
    english = [p for row in cells for p in row[0].paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(english) == 4


def test_an_arabic_edition_with_native_digits_numbers_its_list_in_arabic_indic_digits(machine, tmp_path):
    _, editions = machine
    settings = _settings(tmp_path, "languages:\n  ar:\n    digits: native\n")
    numbered = _numbered_as_text(monolingual_docx(editions["ar"], front(editions["ar"]), settings))
    assert [first for first, *_ in numbered] == ["١.", "٢."]


def test_a_persian_edition_set_to_western_digits_keeps_word_s_numbering(machine, tmp_path):
    _, editions = machine
    settings = _settings(tmp_path, "languages:\n  fa:\n    digits: latn\n")
    assert _numbered_as_text(monolingual_docx(editions["fa"], front(editions["fa"]), settings)) == []


def test_a_left_to_right_list_item_keeps_the_list_s_own_indent(machine):
    _, editions = machine
    assert _list_indents(monolingual_docx(editions["ru"], front(editions["ru"]))) == [("", None)] * 4


def test_docx_quotes_tables_code_and_rules(machine):
    _, editions = machine
    document = docx.Document(io.BytesIO(monolingual_docx(editions["ar"], front(editions["ar"]))))
    styles = [p.style.name for p in document.paragraphs]
    assert "Quote" in styles and "Code Block" in styles and "Heading 2" in styles
    code = next(p for p in document.paragraphs if p.style.name == "Code Block")
    assert code.text == 'print("not translated")'
    assert code._p.pPr.find(qn("w:bidi")) is None or code.style.element.find(f"{W}pPr/{W}bidi") is not None
    table = document.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows][1][0] == "روسيا"
    assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert any(p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None for p in document.paragraphs)


def test_side_by_side_docx_keeps_formatting_on_both_sides(machine):
    _, editions = machine
    document = docx.Document(io.BytesIO(side_by_side_docx(editions["ru"])))
    assert "Vladimir Putin" in run_texts_with(document, "w:b") and "Владимир Путин" in run_texts_with(document, "w:b")
    targets = [document.part.rels[link.get(qn("r:id"))].target_ref for link in body(document).iter(qn("w:hyperlink"))]
    assert targets.count("https://example.com/sochi?a=1&b=2") == 2
    assert len(document.tables[0]._tbl.findall(f".//{W}tbl")) == 2  # the article's table, nested on each side


# --- memory and DOCX input -----------------------------------------------------------------------


def test_a_reviewed_translation_with_formatting_comes_from_the_memory(article, glossary, tmp_path):
    memory_file = tmp_path / "reviewed.tmx"
    tmx = TmxDocument.new(memory_file, "test")
    unit = tmx.add_unit("talks:2.1", "Vladimir Putin met Bashar al-Assad to discuss the Sochi agreement.")
    tmx.set_target(
        unit,
        "ru",
        Template.parse(
            "{#b1}{putin}{/b1} встретился с {#i2}{assad:ins}{/i2}, чтобы обсудить {#a3}сочинское соглашение{/a3}."
        ),
    )
    memory_file.write_bytes(tmx.to_bytes())
    engines = [MemoryEngine(load_memory([memory_file])), MachineEngine(FaultyEngine(), glossary)]
    _, editions = editions_of(article, glossary, engines, ("ru",))
    text = unmarked(monolingual_markdown(editions["ru"], front(editions["ru"])))
    assert (
        "**Владимир Путин** встретился с *Башаром Асадом*, чтобы обсудить "
        "[сочинское соглашение](https://example.com/sochi?a=1&b=2)."
    ) in text


def test_a_docx_article_keeps_its_formatting_in_every_edition(tmp_path, glossary):
    path = formatted_article(tmp_path / "briefing.docx")
    document, editions = editions_of(path, glossary, [MachineEngine(FaultyEngine(), glossary)], ("ar", "ru"))
    assert document.date == date(2024, 3, 12)
    codes = {p.code for p in document.findings}
    assert {"source-not-carried", "unsafe-link"} <= codes
    text = unmarked(monolingual_markdown(editions["ru"], front(editions["ru"])))
    assert "**Владимир Путин** met *Реджепа Тайипа Эрдогана* on Tuesday." in text
    assert "[Сочи agreement](https://example.com/sochi-deal)" in text and "<u>long</u>" in text
    assert "- Турция backs the opposition." in text and "  1. Москва sends advisers." in text
    assert "`pip install toolkit`" in text and "javascript" not in text
    word = docx.Document(io.BytesIO(monolingual_docx(editions["ar"], front(editions["ar"]))))
    targets = [word.part.rels[h.get(qn("r:id"))].target_ref for h in word.element.body.iter(qn("w:hyperlink"))]
    assert targets == ["https://example.com/sochi-deal"]
    assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in word.paragraphs) == 4


def test_through_a_real_model_the_copy_model_carries_the_markers(article, glossary, copy_models):
    """The installed copy model (CTranslate2 + SentencePiece, as Argos models run) reads and writes the markers."""
    from toolkit.translate.machine import ArgosEngine

    engine = MachineEngine(ArgosEngine(copy_models.models_dir, threads=1), glossary)
    _, editions = editions_of(article, glossary, [engine], ("ar",))
    text = unmarked(monolingual_markdown(editions["ar"], front(editions["ar"])))
    assert "**فلاديمير بوتين**" in text and "**بشار الأسد**" in text
    assert "(https://example.com/sochi?a=1&b=2)" in text and "⁦`ceasefire-v2`⁩" in text
    problems = [p.code for segment in editions["ar"].segments for p in segment.problems]
    assert not [code for code in problems if code.startswith("format") or code == "emphasis-lost"]


def test_the_report_says_what_the_source_kept_verbatim_or_could_not_carry(machine):
    from toolkit.publish.report import report_data, report_markdown

    _, editions = machine
    data = report_data([editions["ru"]])
    assert [(f["rule"], f["line"]) for f in data["source_findings"]] == [("source-verbatim", 25), ("unsafe-link", 31)]
    text = report_markdown(data)
    assert "## The source article" in text
    assert "| line 25 | warning | source-verbatim | a code block was kept verbatim: it is not translated |" in text


def test_the_deepest_nesting_the_reader_accepts_is_published_by_every_writer(tmp_path, glossary):
    from toolkit.read.markdown import MAX_NESTING

    path = tmp_path / "deep.md"
    path.write_text(
        "# Deep\n\n"
        + "> " * MAX_NESTING
        + "The deepest quote.\n\n"
        + "".join(f"{'    ' * level}- An item.\n" for level in range(MAX_NESTING - 1))
        + f"{'    ' * (MAX_NESTING - 1)}- The deepest item.\n"
        + "\nLast paragraph.\n",
        encoding="utf-8",
    )
    _, editions = editions_of(path, glossary, [MachineEngine(FaultyEngine(), glossary)], ("ar", "fa", "ru", "tr"))
    for edition in editions.values():
        day = date(2024, 3, 12)
        written = [monolingual_markdown(edition, front(edition, day)), side_by_side_markdown(edition)] + [
            "\n".join(
                "".join(t.text or "" for t in p.iter(qn("w:t")))
                for p in body(docx.Document(io.BytesIO(package))).iter(qn("w:p"))
            )
            for package in (monolingual_docx(edition, front(edition, day)), side_by_side_docx(edition))
        ]
        for text in written:
            text = re.sub("[\u2066-\u2069]", "", text)  # Latin text is isolated in right-to-left editions
            assert "The deepest item." in text and "The deepest quote." in text and "Last paragraph." in text
