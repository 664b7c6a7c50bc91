"""Side-by-side DOCX: English in the left column, the translation in the right.

Right-to-left is done the way Word and LibreOffice expect (see the RTL notes
in the README): ``w:bidi`` on translation paragraphs and no ``w:jc``, so they
align to the start (right) of the cell; ``w:rtl`` on Arabic-script runs, which
are formatted through the complex-script twins (``w:rFonts/@w:cs``,
``w:szCs``, ``w:bCs``) with a bidi language; Latin runs inside RTL text stay
separate runs without ``w:rtl``. The table is never mirrored (no
``w:bidiVisual``), so English stays on the left for every language.

Fonts, body size and page come from the newsroom settings (:class:`Faces`,
:func:`page_setup`). The helpers here (``add_text``, ``make_bidi``...) are
shared with the monolingual edition in :mod:`toolkit.publish.monolingual`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..document import BlockKind
from ..edition import Edition, Piece
from ..qa import marked_for_review
from ..languages import Language, language
from ..settings import Settings

# sizes in points per block kind at a 10.5 pt body size: Latin, complex script
SIZES = {BlockKind.TITLE: (16, 17), BlockKind.HEADING: (13, 14), BlockKind.PARAGRAPH: (10.5, 12)}
GREY = RGBColor(0x55, 0x55, 0x55)
# Arabic-script faces differ in apparent size: Naskh reads small, Vazirmatn large
COMPLEX_SCALE = {"Noto Naskh Arabic": 1.05, "Vazirmatn": 0.9}
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9.'’\-]*")

_RPR_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                   "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
# an isolated or marked left-to-right span without Arabic letters (see toolkit.localise), or a Latin word
_LTR_SPAN = re.compile("\u2066[^\u2069\u0600-\u06ff]*\u2069|\u200e[^\u200e\u0600-\u06ff]*\u200e|"
                       + _LATIN_RUN.pattern)
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")


@dataclass(frozen=True)
class Faces:
    """The type of one document: the Latin font, each language's font and the body size."""

    latin: str = "Noto Serif"
    fonts: tuple[tuple[str, str], ...] = ()  # (language code, font)
    body_size: float = 10.5

    @classmethod
    def from_settings(cls, settings: Settings) -> "Faces":
        return cls(settings.latin_font, tuple((code, s.font) for code, s in settings.languages.items()),
                   settings.body_size)

    def font(self, lang: Language) -> str:
        """The font of ``lang``'s own script (for Arabic script: the complex-script font)."""
        return dict(self.fonts).get(lang.code, self.latin)

    def text_fonts(self, lang: Language) -> tuple[str, str]:
        """(w:ascii/w:hAnsi, w:cs) for runs of ``lang``: Latin words in RTL text use the Latin font."""
        if lang.script == "Arab":
            return self.latin, self.font(lang)
        return self.font(lang), self.font(lang)

    def sizes(self, kind: BlockKind) -> tuple[float, float]:
        scale = self.body_size / SIZES[BlockKind.PARAGRAPH][0]
        return tuple(round(size * scale * 2) / 2 for size in SIZES[kind])  # type: ignore[return-value]


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


def make_bidi(paragraph) -> None:
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
    for match in _LTR_SPAN.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], True))
        runs.append((match.group(), False))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], True))
    return runs


def add_text(paragraph, pieces: list[Piece], lang: Language, kind: BlockKind, faces: Faces,
             highlight: bool = False, *, italic: bool = False, color: RGBColor | None = None,
             scale: float = 1.0, review: bool = False) -> None:
    """Append pieces as runs formatted for ``lang``; Arabic script is never set in italics.

    ``highlight`` marks a segment QA found wrong (yellow); ``review`` one whose names an
    editor should check (turquoise).
    """
    latin_size, complex_size = (size * scale for size in faces.sizes(kind))
    bold = kind is not BlockKind.PARAGRAPH
    latin_font, complex_font = faces.text_fonts(lang)
    for piece in pieces:
        for text, rtl in _runs_by_direction(piece.text, lang.rtl):
            run = paragraph.add_run(text)
            font = run.font
            font.size = Pt(latin_size)
            font.bold = bold or None
            if lang.rtl:
                font.cs_bold = bold or None
            if italic and lang.script != "Arab":  # a slanted Arabic script is a fake, not a style
                font.italic = True
            if color is not None:
                font.color.rgb = color
            rpr = run._r.get_or_add_rPr()
            _set_fonts(rpr, latin_font, complex_font)
            if lang.script == "Arab":
                _set_complex_size(rpr, round(complex_size * COMPLEX_SCALE.get(complex_font, 1.0) * 2) / 2)
            else:
                _set_complex_size(rpr, latin_size)
            if rtl:
                font.rtl = True
            if highlight:
                font.highlight_color = 7  # WD_COLOR_INDEX.YELLOW
            elif review:
                font.highlight_color = 3  # WD_COLOR_INDEX.TURQUOISE
            _set_lang(rpr, "en-GB" if (lang.rtl and not rtl) else lang.word_locale,
                      lang.word_locale if lang.rtl else None)


def _row_properties(row, keep_whole: bool, header: bool = False) -> None:
    """Title and heading rows never split across pages; long paragraph rows may."""
    trpr = row._tr.get_or_add_trPr()
    if keep_whole:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def page_setup(document, settings: Settings) -> None:
    section = document.sections[0]
    width, height = settings.page_size_cm
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(settings.margin_cm))


def make_section_rtl(document) -> None:
    """A right-to-left section: Word's page furniture (columns, numbering) runs from the right."""
    sectpr = document.sections[0]._sectPr
    if sectpr.find(qn("w:bidi")) is None:
        sectpr.insert_element_before(OxmlElement("w:bidi"), *_SECTPR_AFTER_BIDI)


def default_style(document, target: Language, faces: Faces) -> None:
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    latin_font, complex_font = faces.text_fonts(target)
    _set_fonts(rpr, faces.latin if target.rtl else latin_font, complex_font)
    _set_lang(rpr, "en-GB", target.word_locale if target.rtl else "ar-SA")


def set_core_properties(document, *, title: str, subject: str, language_tag: str, generator: str,
                        keywords: str, comments: str) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0)
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.language = language_tag
    properties.author = generator
    properties.last_modified_by = generator
    properties.keywords = keywords
    properties.comments = comments
    properties.created = now
    properties.modified = now
    properties.revision = 1


def document_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def side_by_side_docx(edition: Edition, settings: Settings | None = None, generator: str = "toolkit") -> bytes:
    """Build the side-by-side DOCX of one edition and return its bytes."""
    import docx

    settings = settings or Settings()
    faces = Faces.from_settings(settings)
    target = edition.language
    english = language("en")
    document = docx.Document()
    page_setup(document, settings)
    default_style(document, target, faces)

    intro = document.add_paragraph()
    add_text(intro, [Piece(f"{edition.document.title} — English / {target.english_name}")], english,
             BlockKind.PARAGRAPH, faces, color=GREY)

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    page_width, _ = settings.page_size_cm
    column_width = Cm((page_width - 2 * settings.margin_cm) / 2)
    header = table.rows[0]
    _row_properties(header, keep_whole=True, header=True)
    for cell, (lang, label) in zip(header.cells, ((english, "English"), (target, target.native_name.capitalize()))):
        cell.width = column_width
        paragraph = cell.paragraphs[0]
        if lang.rtl:
            make_bidi(paragraph)
        add_text(paragraph, [Piece(label)], lang, BlockKind.HEADING, faces)

    for block in edition.blocks:
        row = table.add_row()
        _row_properties(row, keep_whole=block.source.kind is not BlockKind.PARAGRAPH)
        left, right = row.cells
        left.width = right.width = column_width
        add_text(left.paragraphs[0], [Piece(block.source.text)], english, block.source.kind, faces)
        paragraph = right.paragraphs[0]
        if target.rtl:
            make_bidi(paragraph)
        for index, segment in enumerate(block.segments):
            pieces = ([Piece(" ")] if index else []) + segment.pieces
            add_text(paragraph, pieces, target, block.source.kind, faces, segment.flagged,
                     review=marked_for_review(segment))

    set_core_properties(
        document, title=edition.title, subject=edition.document.title, language_tag=target.word_locale,
        generator=generator, keywords=f"side-by-side; en; {target.code}",
        comments=f"English / {target.english_name} side-by-side edition of {edition.document.name}")
    return document_bytes(document)
