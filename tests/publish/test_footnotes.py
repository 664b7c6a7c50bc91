"""Footnotes of a Markdown source as a reader of each edition sees them: each note a paragraph of its own, its
marks raised in DOCX (a number in the edition's digits), Markdown footnotes in Markdown, <sup> in HTML cells."""

import io
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn

from toolkit.document import Piece
from toolkit.pipeline import translate_document
from toolkit.publish.docx import side_by_side_docx
from toolkit.publish.markdown import side_by_side_markdown
from toolkit.publish.markup import html_inline, markdown_inline
from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown
from toolkit.read.markdown import parse_markdown
from toolkit.settings import Settings
from toolkit.testing.faulty_engine import FaultyEngine
from toolkit.translate.machine import MachineEngine

ARTICLE = """# Talks

Assad met Putin in Sochi.[^1] The talks lasted three hours.[^note]

[^1]: Reuters, 12 March.
[^note]: As reported
by TASS.
"""


def test_each_footnote_definition_is_a_paragraph_of_its_own_at_its_line():
    document = parse_markdown(ARTICLE, "talks")
    notes = [(block.text, block.line) for block in document.blocks if block.text.startswith("[^")]
    assert notes == [("[^1]: Reuters, 12 March.", 5), ("[^note]: As reported by TASS.", 6)]


def test_a_note_whose_text_could_be_a_link_target_is_still_a_note_and_references_still_work():
    article = "# T\n\nAssad met Putin.[^1] See [the text][a].\n\n[^1]: Reuters.\n\n[a]: https://example.com/a\n"
    document = parse_markdown(article, "t")
    assert [block.text for block in document.blocks][1:] == ["Assad met Putin.[^1] See the text.", "[^1]: Reuters."]
    assert [segment.text for segment in document.blocks[1].segments] == ["Assad met Putin.[^1]", "See the text."]
    (link,) = document.blocks[1].segments[1].spans
    assert link.format.target == "https://example.com/a"


def test_a_paragraph_without_definitions_keeps_its_lines_together():
    document = parse_markdown("# T\n\nOne line\nand [^1] another.\n", "t")
    assert [block.text for block in document.blocks][1:] == ["One line and [^1] another."]


@pytest.mark.parametrize(
    ("text", "markdown", "html"),
    [
        ("Sochi.[^1] Then", r"Sochi.[^1] Then", "Sochi.<sup>1</sup> Then"),
        ("[^1]: Reuters.", "[^1]: Reuters.", "<sup>1</sup> Reuters."),
        ("سوتشي.\u2066[^1]\u2069 ثم", "سوتشي.[^1] ثم", "سوتشي.<sup>1</sup> ثم"),
        ("\u2066[^n_2]\u2069: <b>", r"[^n_2]: \<b\>", "<sup>n_2</sup> &lt;b&gt;"),
        ("a [link] [^x", r"a \[link\] \[^x", "a [link] [^x"),
    ],
)
def test_a_footnote_mark_is_a_markdown_footnote_or_a_raised_mark_in_html(text, markdown, html):
    assert markdown_inline([Piece(text)]) == markdown
    assert html_inline([Piece(text)]) == html


@pytest.fixture(scope="module")
def editions(glossary):
    document = parse_markdown(ARTICLE, "talks")
    engines = [MachineEngine(FaultyEngine(), glossary)]
    return {edition.language.code: edition for edition in translate_document(document, ["fa", "ru"], glossary, engines)}


def _raised(paragraph) -> list[str]:
    return [
        run.findtext(qn("w:t"))
        for run in paragraph._p.iter(qn("w:r"))
        if run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}") is not None
        and run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}").get(qn("w:val")) == "superscript"
    ]


@pytest.mark.parametrize(("code", "one"), [("ru", "1"), ("fa", "۱")])
def test_in_docx_a_mark_is_a_raised_run_and_a_note_starts_with_its_raised_label(editions, code, one):
    edition = editions[code]
    document = docx.Document(io.BytesIO(monolingual_docx(edition, Front.of(edition, Settings(), date(2024, 3, 12)))))
    paragraphs = [p for p in document.paragraphs if _raised(p)]
    assert [_raised(p) for p in paragraphs] == [[one, "note"], [one], ["note"]]
    assert all("[^" not in p.text for p in document.paragraphs)
    # a note's paragraph starts with its label, without the colon of the Markdown definition
    assert paragraphs[1].text.startswith(one + " ") and not paragraphs[1].text.startswith(one + ":")


def test_in_the_side_by_side_docx_both_columns_raise_their_marks(editions):
    document = docx.Document(io.BytesIO(side_by_side_docx(editions["fa"])))
    row = next(r for r in document.tables[0].rows if "Sochi" in r.cells[0].text)
    assert _raised(row.cells[0].paragraphs[0]) == ["1", "note"]
    assert _raised(row.cells[1].paragraphs[0]) == ["۱", "note"]


def test_the_markdown_editions_keep_markdown_footnotes_and_raise_them_in_html_cells(editions):
    edition = editions["ru"]
    text = monolingual_markdown(edition, Front.of(edition, Settings(), date(2024, 3, 12)))
    assert "[^1]" in text and r"\[^" not in text
    # the note the copying engine left in English is flagged, its label first, where Markdown reads a note
    assert "\n[^note]: <mark" in text and "⚠ As reported by TASS.</mark>" in text
    cells = side_by_side_markdown(edition)
    assert "<sup>1</sup>" in cells and "[^1]" not in cells


PAGE = """<html><body><h1>Talks</h1>
<p>Assad met Putin in Sochi.<sup id="r1"><a href="#fn1">1</a></sup> Talks lasted hours.<sup><a href="#fn2">[2]</a></sup>
The plot is 40 m<sup>2</sup>.</p>
<hr>
<ol class="footnotes">
<li id="fn1">Reuters, 12 March. <a href="#r1">↩</a></li>
<li id="fn2"><p>As reported by <a href="https://tass.ru">TASS</a>.</p></li>
</ol>
<ol><li>An ordinary item.</li></ol>
</body></html>"""


def test_an_html_footnote_mark_and_its_note_read_as_markdown_s():
    from toolkit.read.html import parse_html

    document = parse_html(PAGE, "talks")
    texts = [block.text for block in document.blocks]
    assert "Assad met Putin in Sochi.[^1] Talks lasted hours.[^2] The plot is 40 m2." in texts
    assert "[^1]: Reuters, 12 March." in texts and "[^2]: As reported by TASS." in texts
    notes = [block for block in document.blocks if block.text.startswith("[^")]
    assert all(not block.containers for block in notes)  # notes, not list items
    assert notes[1].segments[0].spans[0].format.target == "https://tass.ru"  # a link inside a note is kept
    ordinary = next(block for block in document.blocks if block.text == "An ordinary item.")
    assert ordinary.containers[0].number == 1
    # the raised 2 of m² is no footnote: still reported as not carried, once
    sups = [f for f in document.findings if "<sup>" in f.message]
    assert len(sups) == 1 and sups[0].location.line == 3


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ('<p>See <a href="#top">the top</a> of the page.</p>', "See the top of the page."),
        ('<p>A<sup><a href="#fn1">two words</a></sup> b.</p>', "Atwo words b."),
        ('<p>R<sup><a href="#n">' + "x" * 70 + "</a></sup> b.</p>", "R" + "x" * 70 + " b."),
        ('<p>Unclosed<sup><a href="#fn1">1', "Unclosed[^1]"),
    ],
)
def test_a_link_into_the_page_that_is_no_footnote_mark_keeps_its_text(page, text):
    from toolkit.read.html import parse_html

    assert [block.text for block in parse_html(f"<h1>T</h1>{page}", "t").blocks][1:] == [text]


def test_an_html_article_s_footnotes_are_raised_in_its_docx(glossary):
    from toolkit.read.html import parse_html

    document = parse_html(PAGE, "talks")
    engines = [MachineEngine(FaultyEngine(), glossary)]
    (edition,) = translate_document(document, ["fa"], glossary, engines)
    word = docx.Document(io.BytesIO(monolingual_docx(edition, Front.of(edition, Settings(), date(2024, 3, 12)))))
    assert [_raised(p) for p in word.paragraphs if _raised(p)] == [["۱", "۲"], ["۱"], ["۲"]]


def test_the_review_edition_keeps_a_mark_as_the_text_the_memory_stores(editions, tmp_path):
    from toolkit.interchange.review_docx import read_review_docx
    from toolkit.publish.review import review_docx

    path = tmp_path / "talks.ru.review.docx"
    path.write_bytes(review_docx(editions["ru"]))
    document = docx.Document(str(path))
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    assert not any(_raised(p) for cell in cells for p in cell.paragraphs)
    # read back as an editor confirming the machine's text: the marks come back as the text [^1]
    targets = [record.target for record in read_review_docx(path, accept_unchanged=True).records]
    assert any("[^1]" in target for target in targets) and any(t.startswith("[^note]: ") for t in targets)


def test_a_note_defined_mid_article_is_read_at_the_end_of_the_docx(glossary):
    article = "# Talks\n\nAssad met Putin.[^1]\n\n[^1]: Reuters.\n\nThe talks went on.\n\n- A list item.\n"
    engines = [MachineEngine(FaultyEngine(), glossary)]
    (edition,) = translate_document(parse_markdown(article, "talks"), ["ru"], glossary, engines)
    front = Front.of(edition, Settings(), date(2024, 3, 12))
    body = [p.text for p in docx.Document(io.BytesIO(monolingual_docx(edition, front))).paragraphs if p.text]
    assert body[-3:] == ["The talks went on.", "A list item.", "1 Reuters."]
    table = docx.Document(io.BytesIO(side_by_side_docx(edition))).tables[0]
    assert table.rows[-1].cells[0].text == "1 Reuters."


LINKED = """# Talks

Assad read [the ministry's report[^1]](https://example.org/report) and [the UN's[^un] note](https://un.org/n).

Putin cited **the treaty[^2]** and [[^3]](https://example.org/3) too.

[^1]: Reuters, 12 March.
[^un]: UN, 13 March.
[^2]: TASS.
[^3]: AFP.
"""


def _hyperlinks(paragraph) -> list[tuple[str, list[str]]]:
    """Each hyperlink of a paragraph: its text and the texts of its raised runs."""
    found = []
    for link in paragraph._p.iter(qn("w:hyperlink")):
        runs = list(link.iter(qn("w:r")))
        raised = [
            run.findtext(qn("w:t"))
            for run in runs
            if (align := run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")) is not None
            and align.get(qn("w:val")) == "superscript"
        ]
        found.append(("".join(run.findtext(qn("w:t")) or "" for run in runs), raised))
    return found


@pytest.fixture(scope="module")
def linked(glossary):
    document = parse_markdown(LINKED, "linked")
    engines = [MachineEngine(FaultyEngine(["respell_verbatim"]), glossary)]
    return {e.language.code: e for e in translate_document(document, ["ru", "fa", "ar", "tr"], glossary, engines)}


@pytest.mark.parametrize(("code", "digits"), [("ru", "123"), ("tr", "123"), ("fa", "۱۲۳"), ("ar", "123")])
def test_a_footnote_mark_inside_a_link_s_text_keeps_both_the_link_and_the_raised_mark(linked, code, digits):
    edition = linked[code]
    assert not [p for s in edition.segments for p in s.problems if p.code in ("format-lost", "verbatim-lost")]
    document = docx.Document(io.BytesIO(monolingual_docx(edition, Front.of(edition, Settings(), date(2024, 3, 12)))))
    first, second = (p for p in document.paragraphs if _hyperlinks(p))
    assert [(text.endswith(digits[0]), raised) for text, raised in _hyperlinks(first)] == [
        (True, [digits[0]]),
        (False, ["un"]),
    ]
    assert _hyperlinks(second) == [(digits[2], [digits[2]])]  # a link whose text is nothing but a mark
    assert _raised(second) == [digits[1], digits[2]]  # the bold mark raised too
    bold_mark = next(r for r in second._p.iter(qn("w:r")) if r.findtext(qn("w:t")) == digits[1])
    assert bold_mark.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None


def test_a_footnote_mark_inside_a_link_s_text_stays_inside_the_link_in_markdown_and_html(linked):
    edition = linked["ru"]
    cells = side_by_side_markdown(edition)
    assert cells.count('<a href="https://example.org/report">') == 2
    assert cells.count("<sup>1</sup></a>") == 2 and cells.count("<sup>un</sup> note</a>") == 2


def _note(text, severity, code):
    from toolkit.document import Segment, TranslatedSegment
    from toolkit.problems import Problem

    return TranslatedSegment(
        source=Segment("9.1", "[^1]: Figures from the Kandilli Observatory."),
        mentions=[],
        origin="memory",
        reference="test",
        code=text,
        pieces=[Piece(text)],
        names=[],
        problems=[Problem(severity, code, "check this", "ru", "9.1")],
    )


@pytest.mark.parametrize(
    ("severity", "code", "mark"),
    [("warning", "name-provisional-unfound", "⚑"), ("error", "untranslated", "⚠")],
)
@pytest.mark.parametrize("text", ["[^1]: Данные обсерватории.", "\u2066[^1]\u2069: بيانات المرصد.", "[^note]:Данные."])
def test_a_note_marked_for_review_keeps_its_label_first_so_markdown_still_reads_it_as_the_note(
    text, severity, code, mark
):
    from toolkit.publish.text import marked_markdown

    written = marked_markdown(_note(text, severity, code), text)
    label, _, rest = written.partition("<mark")
    assert label in ("[^1]: ", "\u2066[^1]\u2069: ", "[^note]:")
    assert rest.endswith("</mark>") and f"{mark} " in rest


def test_a_note_marked_for_review_reads_back_as_the_note():
    from toolkit.publish.text import marked_markdown

    text = marked_markdown(_note("[^1]: Данные.", "warning", "name-provisional-unfound"), "[^1]: Данные.")
    document = parse_markdown(f"# T\n\nТекст.[^1]\n\n{text}\n", "t")
    assert [block.text for block in document.blocks][-1].startswith("[^1]: ")


@pytest.mark.parametrize(("code", "digits", "one"), [("fa", "۰۱۲۳۴۵۶۷۸۹", "۱"), ("ru", "0123456789", "1")])
def test_in_html_cells_a_mark_is_raised_in_the_edition_s_digits_as_in_its_docx(editions, code, digits, one):
    cells = side_by_side_markdown(editions[code], digits=digits)
    translation = next(row.split("</td><td", 1)[1] for row in cells.splitlines() if "Sochi" in row)
    assert f"<sup>{one}</sup>" in translation and "<sup>note</sup>" in translation  # a label of letters as written
    source = next(row.split("</td><td", 1)[0] for row in cells.splitlines() if "Sochi" in row)
    assert "<sup>1</sup>" in source  # the English column in 0-9
