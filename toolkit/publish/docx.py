"""Side-by-side DOCX: English in the left column, the translation in the right.

Each column's paragraphs have styles of their own language ("English Text",
"Arabic Heading"...) and runs name a character style ("English", "Arabic",
"Latin in Arabic"); :mod:`toolkit.publish.word` defines them, with every
right-to-left rule. The table is never mirrored (no ``w:bidiVisual``), so
English stays on the left for every language; title and heading rows never
split across pages, and the header row repeats on every page.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.shared import Cm

from ..document import BlockKind, Edition, Piece
from ..languages import SOURCE_LANGUAGE, language
from ..settings import Settings
from .word import (
    GREY,
    PROVISIONAL,
    WARNING,
    Faces,
    Look,
    StyleSheet,
    document_bytes,
    page_setup,
    segment_mark,
    set_core_properties,
)

_KIND_NAMES = {BlockKind.TITLE: "Title", BlockKind.HEADING: "Heading", BlockKind.PARAGRAPH: "Text"}


def _row_properties(row, keep_whole: bool, header: bool = False) -> None:
    """Title and heading rows never split across pages; long paragraph rows may."""
    trpr = row._tr.get_or_add_trPr()
    if keep_whole:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def side_by_side_docx(edition: Edition, settings: Settings | None = None, generator: str = "toolkit",
                      notice: str | None = None) -> bytes:
    """Build the side-by-side DOCX of one edition and return its bytes; ``notice`` (why it is not published) leads."""
    import docx

    settings = settings or Settings()
    target = edition.language
    english = language(SOURCE_LANGUAGE)
    document = docx.Document()
    page_setup(document, settings)
    sheet = StyleSheet(document, Faces.from_settings(settings))
    sheet.document_language(target, english.word_locale)
    runs = {lang: sheet.run_styles(lang) for lang in (english, target)}
    paragraph_styles = {(lang, kind): sheet.paragraph_style(f"{lang.english_name} {name}", lang, Look(kind))
                        for lang in (english, target) for kind, name in _KIND_NAMES.items()}
    edition_line = sheet.paragraph_style("Edition Line", english, Look(color=GREY))

    if notice:
        held_back = document.add_paragraph()
        sheet.paragraph_style("Held Back Notice", english, Look(BlockKind.HEADING, color=WARNING)).apply(held_back)
        runs[english].append(held_back, [Piece(f"⚠ {notice}")])

    intro = document.add_paragraph()
    edition_line.apply(intro)
    runs[english].append(intro, [Piece(f"{edition.document.title} — English / {target.english_name}")])

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
        paragraph_styles[lang, BlockKind.HEADING].apply(paragraph)
        runs[lang].append(paragraph, [Piece(label)])

    for block in edition.blocks:
        kind = block.source.kind
        row = table.add_row()
        _row_properties(row, keep_whole=kind is not BlockKind.PARAGRAPH)
        left, right = row.cells
        left.width = right.width = column_width
        source = left.paragraphs[0]
        paragraph_styles[english, kind].apply(source)
        runs[english].append(source, [Piece(block.source.text)])
        translation = right.paragraphs[0]
        paragraph_styles[target, kind].apply(translation)
        for index, segment in enumerate(block.segments):
            mark = segment_mark(segment)
            if index:
                runs[target].append(translation, [Piece(" ")], mark)
            for piece in segment.pieces:  # a provisional name is marked as such, whatever the sentence's mark
                runs[target].append(translation, [piece], PROVISIONAL if piece.provisional else mark)

    set_core_properties(
        document, title=edition.title, subject=edition.document.title, language_tag=target.word_locale,
        generator=generator, keywords=f"side-by-side; en; {target.code}",
        comments=f"English / {target.english_name} side-by-side edition of {edition.document.name}")
    return document_bytes(document)
