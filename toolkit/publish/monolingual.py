"""Monolingual editions, ready to publish: DOCX and Markdown in the target language only.

The translated title is the title (Word's Title style), then the newsroom's
byline (who wrote or translated the text, when its settings give one), a date
line and a source line, then subheadings (Heading 2) and paragraphs, so that
pasting into a CMS keeps the structure. The DOCX is styled through
:mod:`toolkit.publish.word`: the built-in Normal, Title and Heading 2 styles
take the newsroom's fonts and sizes; the byline, date and source lines have
styles of their own ("Byline", "Date Line", "Source Line"), grey, and in
italics only where the script has italics (never for Arabic script);
right-to-left editions have bidi paragraph styles and a right-to-left section.
"""

from __future__ import annotations

import string
from datetime import date

from ..document import BlockKind, Edition, Piece, TranslatedBlock, TranslatedSegment
from ..localise import Localiser
from ..qa.checks import marked_for_review
from ..records import dataclass
from ..settings import Settings
from .markdown_blocks import markdown_blocks
from .markup import markdown_inline, title_markdown
from .structure import containers_of, grouped, notes_last
from .text import comment_text, markdown_text, marked_markdown


@dataclass(frozen=True)
class Front:
    """What stands above the text: the translated title, the byline, a date line and a source line."""

    title: list[Piece]
    date_line: str
    source_line: str
    flagged: bool = False
    review: bool = False  # the title's names need an editor's look
    byline: str = ""  # empty: the newsroom gives none

    @classmethod
    def of(cls, edition: Edition, settings: Settings, day: date) -> Front:
        localiser = Localiser.for_language(edition.language, settings)
        chosen = settings.language(edition.language.code)
        date_line = localiser.format_date(day, chosen.calendar, settings.date_format)
        title_block = _title_block(edition)
        title = title_block.pieces if title_block else [Piece(edition.title)]
        review = bool(title_block and any(marked_for_review(segment) for segment in title_block.segments))
        return cls(
            title,
            date_line,
            _line(chosen.source_line, edition, localiser),
            bool(title_block and title_block.flagged),
            review,
            _line(chosen.byline, edition, localiser),
        )


def _line(template: str, edition: Edition, localiser: Localiser) -> str:
    """A front line from the newsroom's template: its text localised (quotation marks, punctuation), and
    ``{title}`` the English title, embedded left to right in a right-to-left edition."""
    parts = []
    for literal, field_name, _, _ in string.Formatter().parse(template):
        parts.append("".join(piece.text for piece in localiser.localise([Piece(literal)])))
        if field_name == "title":
            parts.append(localiser.embed_ltr(edition.document.title))
    return "".join(parts)


def _title_block(edition: Edition) -> TranslatedBlock | None:
    return next((block for block in edition.blocks if block.source.kind is BlockKind.TITLE), None)


def _body(edition: Edition) -> list[TranslatedBlock]:
    return [block for block in edition.blocks if block.source.kind is not BlockKind.TITLE]


def monolingual_docx(
    edition: Edition, front: Front, settings: Settings | None = None, generator: str = "toolkit"
) -> bytes:
    """Build the DOCX edition in the target language alone and return its bytes."""
    from .word import (
        DEFAULT_STYLE,
        FLAGGED,
        GREY,
        INK,
        LATIN_LOCALE,
        NEEDS_REVIEW,
        Faces,
        Look,
        ParagraphStyle,
        StyleSheet,
        document_bytes,
        make_section_rtl,
        new_edition,
        page_setup,
        segment_mark,
        set_core_properties,
    )
    from .wordformat import (
        MONOSPACE,
        BodyStyles,
        BodyWriter,
        Hyperlinks,
        ListNumbering,
        append_formatted,
        plain_quote_style,
    )

    settings = settings or Settings()
    target = edition.language
    document = new_edition()
    page_setup(document, settings)
    if target.rtl:
        make_section_rtl(document)
    sheet = StyleSheet(document, Faces.from_settings(settings))
    sheet.document_language(target, LATIN_LOCALE if target.rtl else target.word_locale)
    # built-in styles for their meaning (a CMS paste keeps title and subheadings), in the newsroom's type
    spacing = settings.body_size * 0.8
    title = sheet.restyle("Title", target, Look(BlockKind.TITLE, scale=1.4, color=INK, space_after=spacing))
    heading = sheet.restyle("Heading2", target, Look(BlockKind.HEADING, color=INK, space_after=spacing))
    body = sheet.restyle(DEFAULT_STYLE, target, Look(space_after=spacing))
    headings = {2: heading}

    def heading_style(level: int) -> ParagraphStyle:
        level = max(1, min(6, level))
        if level not in headings:
            headings[level] = sheet.restyle(
                f"Heading{level}",
                target,
                Look(BlockKind.HEADING, scale=max(0.85, 1.25 - 0.1 * level), color=INK, space_after=spacing),
            )
        return headings[level]

    quote = sheet.restyle("Quote", target, Look(italic=True, space_after=spacing))
    plain_quote_style(document, target)
    code = sheet.code_style("Code Block", target, MONOSPACE)
    front_line = Look(scale=0.9, italic=True, color=GREY, space_after=settings.body_size * 0.2)
    date_line = sheet.paragraph_style("Date Line", target, front_line)
    source_line = sheet.paragraph_style("Source Line", target, front_line)
    byline = sheet.paragraph_style("Byline", target, front_line)
    runs = sheet.run_styles(target)

    def paragraph(style):
        added = document.add_paragraph()
        style.apply(added)
        return added

    hyperlinks = Hyperlinks(document)
    append_formatted(
        runs,
        paragraph(title),
        front.title,
        FLAGGED if front.flagged else NEEDS_REVIEW if front.review else None,
        hyperlinks=hyperlinks,
        arabic_italics=settings.arabic_italics,
    )
    if front.byline:
        runs.append(paragraph(byline), [Piece(front.byline)])
    runs.append(paragraph(date_line), [Piece(front.date_line)])
    runs.append(paragraph(source_line), [Piece(front.source_line)])
    numbering = ListNumbering(document, Localiser.for_language(target, settings).digit_characters)
    writer = BodyWriter(
        runs,
        BodyStyles(body, heading_style, quote, code, after_table=spacing),
        numbering,
        hyperlinks,
        settings.arabic_italics,
    )
    before: tuple = ()
    for group in grouped(notes_last(_body(edition))):
        writer.group(
            group,
            before,
            document.add_paragraph,
            document.add_table,
            lambda block: [(segment.pieces, segment_mark(segment)) for segment in block.segments],
        )
        before = containers_of(group)

    set_core_properties(
        document,
        title=edition.title,
        subject=edition.document.title,
        language_tag=target.word_locale,
        generator=generator,
        keywords=f"monolingual; {target.code}",
        comments=f"{target.english_name} edition of {edition.document.name}, translated from English",
    )
    return document_bytes(document)


def segments_markdown(
    segments: list[TranslatedSegment], arabic_script: bool, arabic_italics: str, in_table_cell: bool = False
) -> str:
    """Translated sentences as Markdown inline text, each marked where QA flagged it."""
    text = ""
    for segment in segments:
        inline = marked_markdown(
            segment,
            markdown_inline(
                segment.pieces, arabic_script=arabic_script, arabic_italics=arabic_italics, in_table_cell=in_table_cell
            ),
        )
        text += ("" if not text or text.endswith("\\\n") else " ") + inline
    return text


def monolingual_markdown(
    edition: Edition, front: Front, generator: str = "toolkit", settings: Settings | None = None
) -> str:
    """The edition as Markdown for a CMS: one ``<div dir lang>`` block, no italics on Arabic script.

    The body keeps the source's structure and inline formatting (:mod:`toolkit.publish.markdown_blocks`).
    """
    target = edition.language
    arabic_script = target.script == "Arab"
    arabic_italics = (settings or Settings()).arabic_italics

    def slanted(line: str) -> str:
        text = markdown_text(line)
        return text if target.script == "Arab" else f"*{text}*"

    title = title_markdown(front.title, arabic_script, arabic_italics)
    lines = [
        f"<!-- {comment_text(target.english_name)} edition of {comment_text(edition.document.name)}, generated by "
        f"{comment_text(generator)}. "
        "Edit the glossary or memory and re-run; do not edit this file. -->",
        "",
        f'<div dir="{"rtl" if target.rtl else "ltr"}" lang="{target.code}">',
        "",
        "# "
        + (
            f"<mark>⚠ {title}</mark>"
            if front.flagged
            else f'<mark class="review">⚑ {title}</mark>'
            if front.review
            else title
        ),
        "",
        *([slanted(front.byline), ""] if front.byline else []),
        slanted(front.date_line),
        "",
        slanted(front.source_line),
        "",
    ]

    def body_inline(block: TranslatedBlock, *, in_table_cell: bool = False) -> str:
        return segments_markdown(block.segments, arabic_script, arabic_italics, in_table_cell)

    lines += markdown_blocks(_body(edition), body_inline)
    lines += ["", "</div>", ""]
    return "\n".join(lines)
