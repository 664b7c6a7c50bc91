"""The side-by-side DOCX, checked in its XML: what Word and LibreOffice read.

The look is defined once, in the styles part; runs only name a character
style. So the tests read each run's formatting as Word resolves it (see
``wordxml``), and check the style definitions themselves.
"""

import io
import re
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn
from wordxml import (
    direct_run_formatting,
    paragraph_properties,
    paragraph_style_id,
    run_properties,
    run_style_id,
    style,
    style_chain,
    style_name,
)

from toolkit.document import Piece
from toolkit.problems import Problem
from toolkit.publish.docx import side_by_side_docx
from toolkit.settings import Settings

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z]")
# ECMA-376 schema order of the run and paragraph properties the editions use
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "color",
    "spacing",
    "kern",
    "sz",
    "szCs",
    "highlight",
    "shd",
    "rtl",
    "lang",
]
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pBdr", "bidi", "spacing", "contextualSpacing", "jc", "outlineLvl"]


def build(edition, settings=None):
    return docx.Document(io.BytesIO(side_by_side_docx(edition, settings)))


@pytest.fixture(scope="module")
def documents(seed_editions):
    return {code: build(edition) for code, edition in seed_editions.items()}


def translation_paragraphs(document):
    return [row.cells[1].paragraphs[0] for row in document.tables[0].rows]


def english_paragraphs(document):
    return [row.cells[0].paragraphs[0] for row in document.tables[0].rows]


def all_paragraphs(document):
    return document.paragraphs + english_paragraphs(document) + translation_paragraphs(document)


def runs_with_properties(document, paragraphs):
    return [(run, run_properties(document, paragraph, run)) for paragraph in paragraphs for run in paragraph.runs]


def with_pieces(edition, pieces, problems=()):
    """The edition with its first paragraph block's first segment replaced."""
    block = edition.blocks[1]
    segment = replace(block.segments[0], pieces=pieces, problems=list(problems))
    return replace(
        edition,
        blocks=[edition.blocks[0], replace(block, segments=[segment, *block.segments[1:]]), *edition.blocks[2:]],
    )


def test_one_row_per_block_plus_a_repeated_header(documents, seed_document):
    for document in documents.values():
        table = document.tables[0]
        assert len(table.rows) == len(seed_document.blocks) + 1
        assert table.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert table.rows[1].cells[0].text == seed_document.title


def test_runs_only_name_a_character_style(documents):
    for document in documents.values():
        for paragraph in all_paragraphs(document):
            for run in paragraph.runs:
                assert run_style_id(run) is not None, run.text
                assert direct_run_formatting(run) == [], run.text
                assert style(document, run_style_id(run)).get(qn("w:type")) == "character"


@pytest.mark.parametrize("code, language", [("ar", "Arabic"), ("fa", "Persian"), ("tr", "Turkish"), ("ru", "Russian")])
def test_each_column_has_paragraph_styles_of_its_language(documents, seed_editions, code, language):
    document = documents[code]
    kinds = {"title": "Title", "heading": "Heading", "paragraph": "Text"}
    for row, block in zip(document.tables[0].rows[1:], seed_editions[code].blocks):
        kind = kinds[block.source.kind.value]
        english, translation = (cell.paragraphs[0] for cell in row.cells)
        assert style_name(document, paragraph_style_id(english)) == f"English {kind}"
        assert style_name(document, paragraph_style_id(translation)) == f"{language} {kind}"
    header = document.tables[0].rows[0].cells
    assert [style_name(document, paragraph_style_id(cell.paragraphs[0])) for cell in header] == [
        "English Heading",
        f"{language} Heading",
    ]
    assert style_name(document, paragraph_style_id(document.paragraphs[0])) == "Edition Line"


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_rtl_paragraphs_are_bidi_without_alignment(documents, code):
    document = documents[code]
    for paragraph in translation_paragraphs(document):
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None
        assert ppr.find(qn("w:jc")) is None
        for element in style_chain(document, paragraph_style_id(paragraph)):  # the style: bidi, no alignment
            assert element.find(f"{qn('w:pPr')}/{qn('w:jc')}") is None
        assert style(document, paragraph_style_id(paragraph)).find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
        assert "jc" not in paragraph_properties(document, paragraph)
    for paragraph in english_paragraphs(document) + document.paragraphs:
        assert "bidi" not in paragraph_properties(document, paragraph)


@pytest.mark.parametrize("code, font, locale", [("ar", "Noto Naskh Arabic", "ar-SA"), ("fa", "Vazirmatn", "fa-IR")])
def test_arabic_script_runs_use_complex_script_properties(documents, code, font, locale):
    document = documents[code]
    runs = runs_with_properties(document, translation_paragraphs(document))
    assert len(runs) > 50
    for run, properties in runs:
        assert properties["rFonts"]["cs"] == font and "cstheme" not in properties["rFonts"]
        assert "szCs" in properties
        assert properties["lang"]["bidi"] == locale
        if ARABIC_LETTER.search(run.text):
            assert "rtl" in properties, run.text
            assert properties["lang"]["val"] == locale
            assert not LATIN_LETTER.search(run.text), run.text
    header_and_title = translation_paragraphs(document)[:2]
    assert all("bCs" in properties for _, properties in runs_with_properties(document, header_and_title))


@pytest.mark.parametrize(
    "code, name, font, locale",
    [("ar", "Arabic", "Noto Naskh Arabic", "ar-SA"), ("fa", "Persian", "Vazirmatn", "fa-IR")],
)
def test_arabic_script_character_styles(documents, code, name, font, locale):
    document = documents[code]
    own = style(document, name).find(qn("w:rPr"))
    fonts = own.find(qn("w:rFonts"))
    assert (fonts.get(qn("w:ascii")), fonts.get(qn("w:cs")), fonts.get(qn("w:cstheme"))) == ("Noto Serif", font, None)
    assert own.find(qn("w:rtl")) is not None
    assert (own.find(qn("w:lang")).get(qn("w:val")), own.find(qn("w:lang")).get(qn("w:bidi"))) == (locale, locale)
    assert own.find(qn("w:i")) is None and own.find(qn("w:iCs")) is None
    latin = style(document, f"Latinin{name}").find(qn("w:rPr"))
    assert style_name(document, f"Latinin{name}") == f"Latin in {name}"
    assert latin.find(qn("w:rtl")) is None
    assert (latin.find(qn("w:lang")).get(qn("w:val")), latin.find(qn("w:lang")).get(qn("w:bidi"))) == ("en-GB", locale)


@pytest.mark.parametrize("code, name, heading_cs", [("ar", "Arabic", "29"), ("fa", "Persian", "25")])
def test_complex_script_sizes_and_weights_live_in_the_paragraph_styles(documents, code, name, heading_cs):
    document = documents[code]

    def rpr(style_id):
        properties = style(document, style_id).find(qn("w:rPr"))
        return {child.tag.split("}")[1]: child.get(qn("w:val")) for child in properties}

    # the Arabic-script face's apparent size scales the complex-script size: Naskh up, Vazirmatn down
    assert rpr(f"{name}Heading") == {"b": None, "bCs": None, "sz": "26", "szCs": heading_cs}
    assert rpr(f"{name}Text")["sz"] == "21" and "b" not in rpr(f"{name}Text")
    assert rpr("EnglishHeading") == {"b": None, "sz": "26", "szCs": "26"}
    assert rpr("EditionLine") == {"color": "555555", "sz": "21", "szCs": "21"}


def test_sizes_and_fonts_follow_the_newsroom_settings(seed_editions):
    settings = Settings(body_size=12.0, latin_font="Gentium")
    document = build(seed_editions["ar"], settings)
    text = style(document, "ArabicText").find(qn("w:rPr"))
    assert text.find(qn("w:sz")).get(qn("w:val")) == "24"  # 10.5 pt at 10.5 -> 12 pt
    assert text.find(qn("w:szCs")).get(qn("w:val")) == "28"  # 13.5 pt x 1.05 for Naskh -> 14 pt
    title = style(document, "ArabicTitle").find(qn("w:rPr"))
    assert title.find(qn("w:sz")).get(qn("w:val")) == "37"  # 16 pt -> 18.5 pt
    fonts = style(document, "Arabic").find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert (fonts.get(qn("w:ascii")), fonts.get(qn("w:cs"))) == ("Gentium", "Noto Naskh Arabic")
    assert style(document, "English").find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:ascii")) == "Gentium"


def test_latin_words_inside_rtl_text_get_their_own_ltr_run(seed_editions):
    document = build(with_pieces(seed_editions["ar"], [Piece("زار NATO طهران")]))
    paragraph = translation_paragraphs(document)[2]
    runs = paragraph.runs[:3]
    assert [
        (r.text, "rtl" in run_properties(document, paragraph, r), style_name(document, run_style_id(r))) for r in runs
    ] == [("زار ", True, "Arabic"), ("NATO", False, "Latin in Arabic"), (" طهران", True, "Arabic")]
    assert run_properties(document, paragraph, runs[1])["lang"] == {
        "val": "en-GB",
        "eastAsia": "en-US",
        "bidi": "ar-SA",
    }


def test_persian_latin_spans_isolated_by_localise_stay_whole(seed_editions):
    document = build(with_pieces(seed_editions["fa"], [Piece("دیدار با \u2066Hakan Fidan\u2069، رئیس")]))
    paragraph = translation_paragraphs(document)[2]
    texts = [(run.text, style_name(document, run_style_id(run))) for run in paragraph.runs[:3]]
    assert texts == [("دیدار با ", "Persian"), ("\u2066Hakan Fidan\u2069", "Latin in Persian"), ("، رئیس", "Persian")]


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
    document = documents[code]
    for paragraph in translation_paragraphs(document):
        assert "bidi" not in paragraph_properties(document, paragraph)
        for run in paragraph.runs:
            properties = run_properties(document, paragraph, run)
            assert "rtl" not in properties
            assert properties["lang"]["val"] == locale
            assert properties["rFonts"]["ascii"] == properties["rFonts"]["cs"] == "Noto Serif"
    for element in document.styles.element.iter(qn("w:rtl"), qn("w:bidi")):
        raise AssertionError(f"right-to-left markup in a {code} edition: {element.getparent().getparent()}")


def test_english_runs_are_english(documents):
    for document in documents.values():
        for _, properties in runs_with_properties(document, english_paragraphs(document) + document.paragraphs):
            assert properties["lang"]["val"] == "en-GB" and "rtl" not in properties
            assert properties["rFonts"]["ascii"] == properties["rFonts"]["cs"] == "Noto Serif"


def test_properties_are_in_schema_order(documents):
    """Word refuses a file whose elements are out of the schema's order."""
    for document in documents.values():
        parts = (document.element, document.styles.element)
        for part in parts:
            for tag, order in ((qn("w:rPr"), RPR_ORDER), (qn("w:pPr"), PPR_ORDER)):
                for properties in part.iter(tag):
                    names = [child.tag.split("}")[1] for child in properties]
                    known = [name for name in names if name in order]
                    assert known == sorted(known, key=order.index), names


def test_document_language_and_metadata(documents, seed_editions):
    properties = documents["fa"].core_properties
    assert properties.language == "fa-IR"
    assert properties.title == seed_editions["fa"].title
    assert properties.subject == "Iran and Russia Host Frantic Diplomatic Talks on Syria and Middle East"
    assert properties.created.year >= 2025 and properties.modified == properties.created


@pytest.mark.parametrize("code, name", [("ru", "Russian"), ("ar", "Arabic")])
def test_flagged_segments_are_marked_through_a_style(seed_editions, code, name):
    edition = seed_editions[code]
    block = edition.blocks[1]
    bad = replace(block.segments[0], problems=[Problem("error", "name-missing", "x", code, "2.1")])
    patched = replace(
        edition, blocks=[edition.blocks[0], replace(block, segments=[bad, *block.segments[1:]]), *edition.blocks[2:]]
    )
    document = build(patched)
    paragraph = translation_paragraphs(document)[2]
    flagged_runs = len(bad.pieces)
    marked = f"{name}Flagged"
    assert style_name(document, marked) == f"{name} Flagged"
    assert style(document, marked).find(qn("w:basedOn")).get(qn("w:val")) == name
    assert {run_style_id(run) for run in paragraph.runs[:flagged_runs]} == {marked}
    shading = run_properties(document, paragraph, paragraph.runs[0])["shd"]
    assert shading["fill"] == "FFFF00"
    if code == "ar":  # the marked style keeps the script's own properties
        assert "rtl" in run_properties(document, paragraph, paragraph.runs[0])
    assert "shd" not in run_properties(document, paragraph, paragraph.runs[-1])
    assert all(direct_run_formatting(run) == [] for run in paragraph.runs)


def test_unflagged_editions_define_no_flag_style(documents):
    for document in documents.values():
        names = [s.find(qn("w:name")).get(qn("w:val")) for s in document.styles.element.iter(qn("w:style"))]
        assert not [name for name in names if name.endswith("Flagged")]


def test_text_xml_cannot_carry_is_dropped_and_tabs_are_kept(seed_editions):
    document = build(with_pieces(seed_editions["tr"], [Piece("Bir\x01 cümle\tve\x0b devamı ")]))
    paragraph = translation_paragraphs(document)[2]
    assert paragraph.runs[0].text == "Bir cümle\tve devamı "
    assert paragraph.runs[0]._r.find(qn("w:tab")) is not None
    last_text = paragraph.runs[0]._r.findall(qn("w:t"))[-1]
    assert last_text.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_editions_leave_out_the_template_parts_no_edition_uses(seed_editions):
    """python-docx's template carries 100 table styles, a Word 2010 copy of its styles and the thumbnail of an
    empty page; an edition keeps its paragraph and character styles and the two table styles it can use."""
    import zipfile
    from datetime import date

    from toolkit.publish.monolingual import Front, monolingual_docx
    from toolkit.publish.review import review_docx

    template = docx.Document()
    template_styles = {(s.type, s.name) for s in template.styles}
    edition = seed_editions["fa"]
    front = Front.of(edition, Settings(), date(2020, 1, 20))
    for data in (
        side_by_side_docx(edition),
        monolingual_docx(edition, front, Settings(), "toolkit"),
        review_docx(edition, Settings()),
    ):
        parts = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert "word/stylesWithEffects.xml" not in parts and "docProps/thumbnail.jpeg" not in parts
        document = docx.Document(io.BytesIO(data))
        styles = {(s.type, s.name) for s in document.styles}
        table_styles = {name for kind, name in styles if kind == docx.enum.style.WD_STYLE_TYPE.TABLE}
        assert table_styles == {"Normal Table", "Table Grid"}
        assert {s for s in template_styles if s[0] != docx.enum.style.WD_STYLE_TYPE.TABLE} <= styles
        assert document.core_properties.title  # the edition's own properties, not the template's


def test_a_left_to_right_run_over_several_pieces_is_a_latin_run_in_each_of_them():
    from toolkit.publish.word import split_pieces_by_direction

    texts = ["تحلیلگران ", "\u2066Energy", " ", "Aspects\u2069 و ", "\u2066iPad", " Pro X\u2069."]
    assert split_pieces_by_direction(texts, rtl=True) == [
        [("تحلیلگران ", True)],
        [("\u2066Energy", False)],
        [(" ", False)],  # the space inside the phrase is the phrase's, not the right-to-left line's
        [("Aspects\u2069", False), (" و ", True)],
        [("\u2066iPad", False)],
        [(" Pro X\u2069", False), (".", True)],
    ]
    assert split_pieces_by_direction(["Energy", " Aspects"], rtl=False) == [[("Energy", False)], [(" Aspects", False)]]
