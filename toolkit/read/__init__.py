"""Read: a source article (plain text, Markdown, DOCX or HTML) into a Document of sentence segments.

Each format has its reader (:mod:`.text`, :mod:`.markdown`, :mod:`.docx`, :mod:`.html`),
which finds the title, subheadings and paragraphs and removes the characters
that must never pass silently (:mod:`.characters`); the segmenter
(:mod:`.segmenter`) splits paragraphs into sentences and builds the Document.

Articles come from outside and are not trusted. Only regular files are read
(a FIFO, a device or a looping link is refused at once), text articles are
bounded in size, and a DOCX is checked before it is unpacked (size, members,
expansion, as the model installer does) and its XML parts are parsed without
entities, DTDs or network access, so a cut or damaged document is one
located error. Invisible characters, bidi controls and XML-illegal controls
are removed from the source and reported, each with its file and line, as a
QA warning on the sentence it came from.
"""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import UserError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".html", ".htm")
MAX_TEXT_ARTICLE_BYTES = 16 * 1024**2  # a long article is 50 KB


def read_document(path: Path | str) -> Document:
    """Read an article file; the document is named after the file's stem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserError(
            f"unsupported file type {suffix or '(none)'!r}",
            path=path,
            fix=f"give a {', '.join(SUPPORTED_SUFFIXES)} file",
        )
    if suffix == ".docx":
        from .docx import parse_docx

        return parse_docx(path, path.stem)
    from ..files import read_text

    text = read_text(path, MAX_TEXT_ARTICLE_BYTES, "text article")
    if suffix == ".txt":
        from .text import parse_plain_text

        return parse_plain_text(text, path.stem, path)
    if suffix in (".html", ".htm"):
        from .html import parse_html

        return parse_html(text, path.stem, path)
    from .markdown import parse_markdown

    return parse_markdown(text, path.stem, path)
