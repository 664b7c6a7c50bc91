"""Side-by-side DOCX: English in the left column, the translation in the right.

Right-to-left is done the way Word and LibreOffice expect (see the RTL notes
in the README): ``w:bidi`` on translation paragraphs and no ``w:jc``, so they
align to the start (right) of the cell; ``w:rtl`` on Arabic-script runs, which
are formatted through the complex-script twins (``w:rFonts/@w:cs``,
``w:szCs``, ``w:bCs``) with a bidi language; Latin runs inside RTL text stay
separate runs without ``w:rtl``. The table is never mirrored (no
``w:bidiVisual``), so English stays on the left for every language.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..document import BlockKind
from ..edition import Edition, Piece
from ..languages import Language, language

# sizes in points per block kind: Latin, complex script
SIZES = {BlockKind.TITLE: (16, 17), BlockKind.HEADING: (13, 14), BlockKind.PARAGRAPH: (10.5, 12)}
# Arabic-script faces differ in apparent size: Naskh reads small, Vazirmatn large
COMPLEX_SCALE = {"Noto Naskh Arabic": 1.05, "Vazirmatn": 0.9}
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9.'’\-]*")

_RPR_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                   "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")


def _set_fonts(rpr, latin_font: str, complex_font: str) -> None:
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin_font)
    fonts.set(qn("w:hAnsi"), latin_font)
    fonts.set(qn("w:cs"), complex_font)


def _set_lang(rpr, latin_locale: str, bidi_locale: str | None) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_RPR_AFTER_LANG)
    lang.set(qn("w:val"), latin_locale)
    if bidi_locale:
        lang.set(qn("w:bidi"), bidi_locale)


def _set_complex_size(rpr, points: float) -> None:
    size = rpr.find(qn("w:szCs"))
    if size is None:
        size = OxmlElement("w:szCs")
        rpr.insert_element_before(size, *_RPR_AFTER_SZCS)
    size.set(qn("w:val"), str(int(points * 2)))


def _make_bidi(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
    jc = ppr.find(qn("w:jc"))
    if jc is not None:  # alignment is logical in a bidi paragraph: leave it to the start
        ppr.remove(jc)


def _runs_by_direction(text: str, rtl: bool) -> list[tuple[str, bool]]:
    """Split RTL text so Latin words stand in runs of their own, without w:rtl."""
    if not rtl:
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _LATIN_RUN.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], True))
        runs.append((match.group(), False))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], True))
    return runs


def _add_text(paragraph, pieces: list[Piece], lang: Language, kind: BlockKind, highlight: bool,
              latin_font: str) -> None:
    latin_size, complex_size = SIZES[kind]
    bold = kind is not BlockKind.PARAGRAPH
    for piece in pieces:
        for text, rtl in _runs_by_direction(piece.text, lang.rtl):
            run = paragraph.add_run(text)
            font = run.font
            font.size = Pt(latin_size)
            font.bold = bold or None
            if lang.rtl:
                font.cs_bold = bold or None
            rpr = run._r.get_or_add_rPr()
            _set_fonts(rpr, latin_font, lang.font if lang.script == "Arab" else latin_font)
            if lang.script == "Arab":
                _set_complex_size(rpr, round(complex_size * COMPLEX_SCALE.get(lang.font, 1.0) * 2) / 2)
            else:
                _set_complex_size(rpr, latin_size)
            if rtl:
                font.rtl = True
            if highlight:
                font.highlight_color = 7  # WD_COLOR_INDEX.YELLOW
            _set_lang(rpr, "en-GB" if (lang.rtl and not rtl) else lang.word_locale,
                      lang.word_locale if lang.rtl else None)


def _row_properties(row, keep_whole: bool, header: bool = False) -> None:
    """Title and heading rows never split across pages; long paragraph rows may."""
    trpr = row._tr.get_or_add_trPr()
    if keep_whole:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def _page_setup(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))


def _default_style(document, target: Language, latin_font: str) -> None:
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    _set_fonts(rpr, latin_font, target.font if target.script == "Arab" else latin_font)
    _set_lang(rpr, "en-GB", target.word_locale if target.rtl else "ar-SA")


def side_by_side_docx(edition: Edition, latin_font: str | None = None, generator: str = "toolkit") -> bytes:
    """Build the side-by-side DOCX of one edition and return its bytes."""
    import docx

    target = edition.language
    english = language("en")
    latin_font = latin_font or english.font
    document = docx.Document()
    _page_setup(document)
    _default_style(document, target, latin_font)

    intro = document.add_paragraph()
    _add_text(intro, [Piece(f"{edition.document.title} — English / {target.english_name}")], english,
              BlockKind.PARAGRAPH, False, latin_font)
    for run in intro.runs:
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    column_width = Cm(8.5)
    header = table.rows[0]
    _row_properties(header, keep_whole=True, header=True)
    for cell, (lang, label) in zip(header.cells, ((english, "English"), (target, target.native_name.capitalize()))):
        cell.width = column_width
        paragraph = cell.paragraphs[0]
        if lang.rtl:
            _make_bidi(paragraph)
        _add_text(paragraph, [Piece(label)], lang, BlockKind.HEADING, False, latin_font)

    for block in edition.blocks:
        row = table.add_row()
        _row_properties(row, keep_whole=block.source.kind is not BlockKind.PARAGRAPH)
        left, right = row.cells
        left.width = right.width = column_width
        _add_text(left.paragraphs[0], [Piece(block.source.text)], english, block.source.kind, False, latin_font)
        paragraph = right.paragraphs[0]
        if target.rtl:
            _make_bidi(paragraph)
        for index, segment in enumerate(block.segments):
            pieces = ([Piece(" ")] if index else []) + segment.pieces
            _add_text(paragraph, pieces, target, block.source.kind, segment.flagged, latin_font)

    now = datetime.now(timezone.utc).replace(microsecond=0)
    properties = document.core_properties
    properties.title = edition.title
    properties.subject = edition.document.title
    properties.language = target.word_locale
    properties.author = generator
    properties.last_modified_by = generator
    properties.keywords = f"side-by-side; en; {target.code}"
    properties.comments = f"English / {target.english_name} side-by-side edition of {edition.document.name}"
    properties.created = now
    properties.modified = now
    properties.revision = 1

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
