"""Side-by-side DOCX: English in the left column, the translation in the right.

Each column's paragraphs have styles of their own language ("English Text",
"Arabic Heading"...) and runs name a character style ("English", "Arabic",
"Latin in Arabic"); :mod:`toolkit.publish.word` defines them, with every
right-to-left rule. The table is never mirrored (no ``w:bidiVisual``), so
English stays on the left for every language; title and heading rows never
split across pages, and the header row repeats on every page.
"""

from __future__ import annotations

from ..document import BlockKind, Edition, Piece, TranslatedBlock
from ..languages import SOURCE_LANGUAGE, language
from ..localise import Localiser
from ..settings import Settings
from .structure import containers_of, grouped, notes_last
from .word import (
    GREY,
    PROVISIONAL,
    Faces,
    Look,
    ParagraphStyle,
    StyleSheet,
    add_held_back_notice,
    document_bytes,
    new_edition,
    page_setup,
    segment_mark,
    set_core_properties,
    set_row_properties,
)
from .wordformat import MONOSPACE, BodyStyles, BodyWriter, Chunk, Hyperlinks, ListNumbering
from .wordpackage import Cell, cm_twips

_KIND_NAMES = {BlockKind.TITLE: "Title", BlockKind.HEADING: "Heading", BlockKind.PARAGRAPH: "Text"}


def _paragraphs_of(cell: Cell):
    """A cell's paragraph maker: its own first paragraph, then new ones."""
    used: list = []

    def next_paragraph():
        paragraph = cell.paragraphs[0] if not used else cell.add_paragraph()
        used.append(paragraph)
        return paragraph

    return next_paragraph


def side_by_side_docx(
    edition: Edition, settings: Settings | None = None, generator: str = "toolkit", notice: str | None = None
) -> bytes:
    """Build the side-by-side DOCX of one edition and return its bytes; ``notice`` (why it is not published) leads."""
    settings = settings or Settings()
    target = edition.language
    english = language(SOURCE_LANGUAGE)
    document = new_edition()
    page_setup(document, settings)
    sheet = StyleSheet(document, Faces.from_settings(settings))
    sheet.document_language(target, english.word_locale)
    runs = {lang: sheet.run_styles(lang) for lang in (english, target)}
    paragraph_styles = {
        (lang, kind): sheet.paragraph_style(f"{lang.english_name} {name}", lang, Look(kind))
        for lang in (english, target)
        for kind, name in _KIND_NAMES.items()
    }
    edition_line = sheet.paragraph_style("Edition Line", english, Look(color=GREY))

    if notice:
        add_held_back_notice(document, sheet, runs[english], english, notice)

    intro = document.add_paragraph()
    edition_line.apply(intro)
    runs[english].append(intro, [Piece(f"{edition.document.title} — English / {target.english_name}")])

    table = document.add_table(1, 2)
    table.set_style("Table Grid")
    table.fixed_layout()
    page_width, _ = settings.page_size_cm
    column_width = cm_twips((page_width - 2 * settings.margin_cm) / 2)
    header = table.rows[0]
    set_row_properties(header, keep_whole=True, header=True)
    for cell, (lang, label) in zip(header.cells, ((english, "English"), (target, target.native_name.capitalize()))):
        cell.set_width(column_width)
        paragraph = cell.paragraphs[0]
        paragraph_styles[lang, BlockKind.HEADING].apply(paragraph)
        runs[lang].append(paragraph, [Piece(label)])

    hyperlinks = Hyperlinks(document)
    writers = {}
    for lang in (english, target):
        name = lang.english_name
        heading = paragraph_styles[lang, BlockKind.HEADING]

        def heading_style(level: int, heading: ParagraphStyle = heading) -> ParagraphStyle:
            return heading  # one heading style per column, at every level

        styles = BodyStyles(
            paragraph_styles[lang, BlockKind.PARAGRAPH],
            heading_style,
            sheet.paragraph_style(f"{name} Quote", lang, Look(italic=True)),
            sheet.code_style(f"{name} Code", lang, MONOSPACE),
            paragraph_styles[lang, BlockKind.TITLE],
        )
        # each column numbers its own lists (one numbering would count on from one column into the other)
        writers[lang] = BodyWriter(
            runs[lang],
            styles,
            ListNumbering(
                document, Localiser.for_language(target, settings).digit_characters if lang is target else "0123456789"
            ),
            hyperlinks,
            settings.arabic_italics,
            provisional_mark=PROVISIONAL,
        )

    def english_chunks(block: TranslatedBlock) -> list[Chunk]:
        source = block.source
        return [([Piece(source.text)] if not any(s.spans for s in source.segments) else source.pieces, None)]

    def translation(block: TranslatedBlock) -> list[Chunk]:
        return [(segment.pieces, segment_mark(segment)) for segment in block.segments]

    before: tuple = ()
    for group in grouped(notes_last(edition.blocks)):
        kind = group.source.kind if isinstance(group, TranslatedBlock) else BlockKind.PARAGRAPH
        row = table.add_row()
        # title and heading rows never split across pages; long paragraph rows may
        set_row_properties(row, keep_whole=kind in (BlockKind.TITLE, BlockKind.HEADING))
        for cell, lang, chunks in zip(row.cells, (english, target), (english_chunks, translation)):
            cell.set_width(column_width)
            writers[lang].group(group, before, _paragraphs_of(cell), cell.add_table, chunks)
        before = containers_of(group)

    set_core_properties(
        document,
        title=edition.title,
        subject=edition.document.title,
        language_tag=target.word_locale,
        generator=generator,
        keywords=f"side-by-side; en; {target.code}",
        comments=f"English / {target.english_name} side-by-side edition of {edition.document.name}",
    )
    return document_bytes(document)
