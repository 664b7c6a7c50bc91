"""Monolingual editions, ready to publish: DOCX and Markdown in the target language only.

The translated title is the title (Word's Title style), then a date line and a
source line, then subheadings (Heading 2) and paragraphs, so that pasting into
a CMS keeps the structure. Right-to-left editions use the same DOCX helpers as
the side-by-side edition (bidi paragraphs, complex-script runs) and a
right-to-left section. The date and source lines are set in grey, and in
italics only where the script has italics: never for Arabic script.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date

from ..document import BlockKind
from ..edition import Edition, Piece, TranslatedBlock
from ..localise import Localiser
from ..qa import marked_for_review
from .markdown import marked_markdown
from ..settings import Settings

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MARKDOWN_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")


@dataclass(frozen=True)
class Front:
    """What stands above the text: the translated title, a date line and a source line."""

    title: list[Piece]
    date_line: str
    source_line: str
    flagged: bool = False
    review: bool = False  # the title's names need an editor's look

    @classmethod
    def of(cls, edition: Edition, settings: Settings, day: date, digits: str | None = None) -> "Front":
        localiser = Localiser.for_language(edition.language, settings, digits)
        chosen = settings.language(edition.language.code)
        date_line = localiser.format_date(day, chosen.calendar, settings.date_format)
        parts = []
        for literal, field_name, _, _ in string.Formatter().parse(chosen.source_line):
            parts.append("".join(piece.text for piece in localiser.localise([Piece(literal)])))
            if field_name == "title":
                parts.append(localiser.embed_ltr(edition.document.title))
        title_block = _title_block(edition)
        title = title_block.pieces if title_block else [Piece(edition.title)]
        review = bool(title_block and any(marked_for_review(segment) for segment in title_block.segments))
        return cls(title, date_line, "".join(parts), bool(title_block and title_block.flagged), review)


def _title_block(edition: Edition) -> TranslatedBlock | None:
    return next((block for block in edition.blocks if block.source.kind is BlockKind.TITLE), None)


def _body(edition: Edition) -> list[TranslatedBlock]:
    return [block for block in edition.blocks if block.source.kind is not BlockKind.TITLE]


def _style(document, name: str, faces, target) -> None:
    """Use a built-in style for its meaning (CMS paste keeps it) but our fonts, in black."""
    from docx.shared import RGBColor

    from .docx import _set_fonts

    style = document.styles[name]
    _set_fonts(style.element.get_or_add_rPr(), *faces.text_fonts(target))
    style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)


def monolingual_docx(edition: Edition, front: Front, settings: Settings | None = None,
                     generator: str = "toolkit") -> bytes:
    """Build the DOCX edition in the target language alone and return its bytes."""
    import docx
    from docx.shared import Pt

    from .docx import (GREY, Faces, add_text, default_style, document_bytes, make_bidi, make_section_rtl,
                       page_setup, set_core_properties)

    settings = settings or Settings()
    faces = Faces.from_settings(settings)
    target = edition.language
    document = docx.Document()
    page_setup(document, settings)
    default_style(document, target, faces)
    if target.rtl:
        make_section_rtl(document)
    for name in ("Title", "Heading 2"):
        _style(document, name, faces, target)

    def paragraph(style: str | None = None, space_after: float = 0.8):
        added = document.add_paragraph(style=style)
        added.paragraph_format.space_after = Pt(settings.body_size * space_after)
        if target.rtl:
            make_bidi(added)
        return added

    add_text(paragraph("Title"), front.title, target, BlockKind.TITLE, faces, front.flagged, scale=1.4,
             review=front.review)
    for line in (front.date_line, front.source_line):
        add_text(paragraph(space_after=0.2), [Piece(line)], target, BlockKind.PARAGRAPH, faces,
                 italic=True, color=GREY, scale=0.9)
    for block in _body(edition):
        kind = block.source.kind
        added = paragraph("Heading 2" if kind is BlockKind.HEADING else None)
        for index, segment in enumerate(block.segments):
            pieces = ([Piece(" ")] if index else []) + segment.pieces
            add_text(added, pieces, target, kind, faces, segment.flagged, review=marked_for_review(segment))

    set_core_properties(
        document, title=edition.title, subject=edition.document.title, language_tag=target.word_locale,
        generator=generator, keywords=f"monolingual; {target.code}",
        comments=f"{target.english_name} edition of {edition.document.name}, translated from English")
    return document_bytes(document)


def markdown_text(text: str) -> str:
    """Text that Markdown shows as it is: HTML and Markdown syntax escaped."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}",
                                    text)


def _markdown_block(block: TranslatedBlock) -> str:
    parts = []
    for segment in block.segments:
        text = markdown_text(segment.text)
        text = marked_markdown(segment, text)
        parts.append(text)
    return " ".join(parts)


def monolingual_markdown(edition: Edition, front: Front, generator: str = "toolkit") -> str:
    """The edition as Markdown for a CMS: one ``<div dir lang>`` block, no italics on Arabic script."""
    target = edition.language

    def slanted(line: str) -> str:
        text = markdown_text(line)
        return text if target.script == "Arab" else f"*{text}*"

    title = markdown_text("".join(piece.text for piece in front.title))
    lines = [
        f"<!-- {target.english_name} edition of {edition.document.name}, generated by {generator}. "
        "Edit the glossary or memory and re-run; do not edit this file. -->",
        "",
        f'<div dir="{"rtl" if target.rtl else "ltr"}" lang="{target.code}">',
        "",
        "# " + (f"<mark>⚠ {title}</mark>" if front.flagged else
                f'<mark class="review">⚑ {title}</mark>' if front.review else title),
        "",
        slanted(front.date_line),
        "",
        slanted(front.source_line),
        "",
    ]
    for block in _body(edition):
        prefix = "## " if block.source.kind is BlockKind.HEADING else ""
        lines += [prefix + _markdown_block(block), ""]
    lines += ["</div>", ""]
    return "\n".join(lines)
