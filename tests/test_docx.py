"""The side-by-side DOCX, checked in its XML: what Word and LibreOffice read."""

import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from toolkit.publish.docx import side_by_side_docx

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def documents(seed_editions):
    return {code: docx.Document(io.BytesIO(side_by_side_docx(edition)))
            for code, edition in seed_editions.items()}


def translation_paragraphs(document):
    table = document.tables[0]
    return [row.cells[1].paragraphs[0] for row in table.rows]


def english_paragraphs(document):
    return [row.cells[0].paragraphs[0] for row in document.tables[0].rows]


def test_one_row_per_block_plus_a_repeated_header(documents, seed_document):
    for document in documents.values():
        table = document.tables[0]
        assert len(table.rows) == len(seed_document.blocks) + 1
        assert table.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert table.rows[1].cells[0].text == seed_document.title


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_rtl_paragraphs_are_bidi_without_alignment(documents, code):
    for paragraph in translation_paragraphs(documents[code]):
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None
        assert ppr.find(qn("w:jc")) is None
    for paragraph in english_paragraphs(documents[code]):
        assert paragraph._p.pPr is None or paragraph._p.pPr.find(qn("w:bidi")) is None


@pytest.mark.parametrize("code, font, locale", [("ar", "Noto Naskh Arabic", "ar-SA"), ("fa", "Vazirmatn", "fa-IR")])
def test_arabic_script_runs_use_complex_script_properties(documents, code, font, locale):
    runs = [run for p in translation_paragraphs(documents[code]) for run in p.runs]
    assert runs
    for run in runs:
        rpr = run._r.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == font and fonts.get(qn("w:cstheme")) is None
        assert rpr.find(qn("w:szCs")) is not None
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == locale
        if ARABIC_LETTER.search(run.text):
            assert rpr.find(qn("w:rtl")) is not None, run.text
            assert not LATIN_LETTER.search(run.text), run.text
    bold_heading_runs = translation_paragraphs(documents[code])[1].runs
    assert all(run._r.rPr.find(qn("w:bCs")) is not None for run in bold_heading_runs)


def test_latin_words_inside_rtl_text_get_their_own_ltr_run(seed_editions):
    from dataclasses import replace

    from toolkit.edition import Piece

    edition = seed_editions["ar"]
    block = edition.blocks[1]
    segment = replace(block.segments[0], pieces=[Piece("زار NATO طهران")])
    patched = replace(edition, blocks=[replace(block, segments=[segment])])
    document = docx.Document(io.BytesIO(side_by_side_docx(patched)))
    runs = translation_paragraphs(document)[1].runs
    assert [(r.text, r._r.rPr.find(qn("w:rtl")) is not None) for r in runs] == [
        ("زار ", True), ("NATO", False), (" طهران", True)]


def test_table_is_not_mirrored_so_english_stays_left(documents):
    for document in documents.values():
        table = document.tables[0]._tbl
        assert table.tblPr.find(qn("w:bidiVisual")) is None
        assert document.tables[0].rows[0].cells[0].text == "English"


def test_persian_zwnj_survives_into_the_document(documents, seed_editions):
    expected = sum(segment.text.count("\u200c") for segment in seed_editions["fa"].segments)
    written = sum(p.text.count("\u200c") for p in translation_paragraphs(documents["fa"]))
    assert expected > 20
    assert written == expected


@pytest.mark.parametrize("code, locale", [("tr", "tr-TR"), ("ru", "ru-RU")])
def test_ltr_editions_carry_no_rtl_markup(documents, code, locale):
    for paragraph in translation_paragraphs(documents[code]):
        assert paragraph._p.pPr is None or paragraph._p.pPr.find(qn("w:bidi")) is None
        for run in paragraph.runs:
            assert run._r.rPr.find(qn("w:rtl")) is None
            assert run._r.rPr.find(qn("w:lang")).get(qn("w:val")) == locale


def test_document_language_and_metadata(documents, seed_editions):
    properties = documents["fa"].core_properties
    assert properties.language == "fa-IR"
    assert properties.title == seed_editions["fa"].title
    assert properties.subject == "Iran and Russia Host Frantic Diplomatic Talks on Syria and Middle East"
    assert properties.created.year >= 2025 and properties.modified == properties.created


def test_flagged_segments_are_highlighted(seed_editions):
    from dataclasses import replace

    from toolkit.edition import Problem

    edition = seed_editions["ru"]
    block = edition.blocks[1]
    bad = replace(block.segments[0], problems=[Problem("error", "name-missing", "x", "ru", "2.1")])
    patched = replace(edition, blocks=[replace(block, segments=[bad, *block.segments[1:]])])
    runs = translation_paragraphs(docx.Document(io.BytesIO(side_by_side_docx(patched))))[1].runs
    assert runs[0]._r.rPr.find(qn("w:highlight")).get(qn("w:val")) == "yellow"
    assert runs[-1]._r.rPr.find(qn("w:highlight")) is None
