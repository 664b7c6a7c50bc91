"""DOCX articles: formatting, lists, tables, headings and quotes read from the XML; the rest reported."""

import zipfile
from datetime import date

import pytest

from tests.docx_articles import formatted_article
from toolkit.document import BlockKind, ListItem, Quote, TableCell
from toolkit.formatting import BOLD, CODE, ITALIC, LINK, UNDERLINE, Format, Span
from toolkit.read import read_document


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    return read_document(formatted_article(tmp_path_factory.mktemp("docx") / "briefing.docx"))


def test_runs_and_hyperlinks_become_formatting_spans(article):
    first, second, third = article.blocks[1].segments
    assert first.spans == (Span(0, 14, Format(BOLD)), Span(19, 39, Format(ITALIC)))
    assert second.text == "They signed the Sochi agreement."
    assert second.spans == (Span(16, 31, Format(LINK, "https://example.com/sochi-deal")),)  # a link's own underline
    assert third.spans == (Span(15, 19, Format(UNDERLINE)),)


def test_title_heading_levels_quote_and_code_block(article):
    kinds = [(b.kind, b.level) for b in article.blocks]
    assert kinds[0] == (BlockKind.TITLE, 1) and kinds[2:4] == [(BlockKind.HEADING, 2), (BlockKind.HEADING, 3)]
    quote = next(b for b in article.blocks if b.containers and isinstance(b.containers[0], Quote))
    assert quote.text == "A quote from Erdogan about Idlib."
    code = next(b for b in article.blocks if b.kind is BlockKind.CODE)
    assert code.verbatim == "toolkit translate story.docx\n"


def test_list_numbering_gives_nested_ordered_and_unordered_items(article):
    items = [(b.text, b.list_items) for b in article.blocks if b.list_items]
    outer_second = ListItem(1, False, 2, 1, "-")
    assert items == [
        ("Turkey backs the opposition.", (ListItem(1, False, 1, 1, "-"),)),
        ("Russia backs Bashar al-Assad.", (outer_second,)),
        ("Moscow sends advisers.", (outer_second, ListItem(2, True, 1, 1, "."))),
        ("Moscow sends aircraft.", (outer_second, ListItem(2, True, 2, 1, "."))),
    ]


def test_tables_are_read_cell_by_cell(article):
    cells = [(b.cell, b.text) for b in article.blocks if b.cell]
    assert cells == [(TableCell(1, 0, 0), "Name"), (TableCell(1, 0, 1), "Role"), (TableCell(1, 1, 0), "Putin"),
                     (TableCell(1, 1, 1), "President of Russia")]
    assert [b for b in article.blocks if b.cell][2].segments[0].spans == (Span(0, 5, Format(BOLD)),)


def test_monospace_runs_are_inline_code_and_unsafe_links_are_removed(article):
    closing = next(b for b in article.blocks if b.text.startswith("Read the"))
    assert closing.segments[0].spans == (Span(32, 51, Format(CODE, "pip install toolkit")),)
    assert any(f.code == "unsafe-link" and "javascript:" in f.message for f in article.findings)


def test_what_is_not_carried_is_reported_by_paragraph(article):
    messages = [f.message for f in article.findings if f.code == "source-not-carried"]
    assert any("image" in m for m in messages) and any("footnote" in m for m in messages)
    assert any("comments" in m for m in messages)
    assert any("tracked changes were read as if accepted (1 insertions kept, 1 deletions left out)" in m
               for m in messages)
    tracked = next(b for b in article.blocks if b.text.startswith("Ankara"))
    assert tracked.text == "Ankara strongly protested."


def test_the_date_is_a_custom_date_property_else_the_created_date(tmp_path):
    path = formatted_article(tmp_path / "a.docx", extras=False)
    assert read_document(path).date == date(2024, 3, 12)
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.'
              'org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
              'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Date">'
              '<vt:lpwstr>2024-04-01</vt:lpwstr></property></Properties>')
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["docProps/custom.xml"] = custom.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
                     b'officedocument.custom-properties+xml"/></Types>')
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
                             b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert read_document(path).date == date(2024, 4, 1)
