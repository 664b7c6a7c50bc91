"""Read a source article (plain text, Markdown or DOCX) into a Document.

Plain text: blocks are separated by blank lines; the first block is the title
when it is one line without final punctuation, and any later one-line block of
that shape (at most 20 words) is a subheading. Markdown: ``#`` is the title,
deeper ATX or setext headings are subheadings, inline markup is dropped.
DOCX: the Title style and Heading styles mark title and subheadings.
"""

from __future__ import annotations

from pathlib import Path

from .document import Block, BlockKind, Document, Segment
from .errors import UserError
from .segmenter import split_sentences
from .yamlfile import read_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


def _looks_like_heading(text: str) -> bool:
    return "\n" not in text.strip() and not text.rstrip().endswith((".", "!", "?", ":", ";", ",")) \
        and len(text.split()) <= 20


def _document(name: str, path: Path | None, blocks: list[tuple[BlockKind, str]]) -> Document:
    document = Document(name=name, source_path=path)
    for index, (kind, text) in enumerate(blocks, 1):
        sentences = [text.strip()] if kind is not BlockKind.PARAGRAPH else split_sentences(text)
        segments = tuple(Segment(f"{index}.{n}", s) for n, s in enumerate(sentences, 1) if s)
        if segments:
            document.blocks.append(Block(kind, segments))
    if not document.blocks:
        raise UserError("the article is empty", path=path, fix="check that you chose the right file")
    return document


def parse_plain_text(text: str, name: str = "article", path: Path | None = None) -> Document:
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r\n", "\n").split("\n\n")]
    chunks = [chunk for chunk in chunks if chunk]
    blocks = []
    for index, chunk in enumerate(chunks):
        if _looks_like_heading(chunk):
            kind = BlockKind.TITLE if index == 0 else BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, chunk))
    return _document(name, path, blocks)


def parse_markdown(text: str, name: str = "article", path: Path | None = None) -> Document:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[tuple[BlockKind, str]] = []
    kind: BlockKind | None = None
    for token in tokens:
        if token.type == "heading_open":
            kind = BlockKind.TITLE if token.tag == "h1" and not blocks else BlockKind.HEADING
        elif token.type == "paragraph_open" and kind is None:
            kind = BlockKind.PARAGRAPH
        elif token.type == "inline" and kind is not None:
            plain = "".join(
                child.content if child.type in ("text", "code_inline") else " " if child.type in ("softbreak", "hardbreak") else ""
                for child in token.children or []
            )
            blocks.append((kind, " ".join(plain.split())))
            kind = None
        elif token.type in ("heading_close", "paragraph_close"):
            kind = None
    return _document(name, path, blocks)


def parse_docx(path: Path, name: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        source = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise UserError(f"not a readable DOCX file ({error})", path=path,
                        fix="open it in Word or LibreOffice and save it again as .docx") from None
    blocks: list[tuple[BlockKind, str]] = []
    for paragraph in source.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title" or (style == "Heading 1" and not blocks):
            kind = BlockKind.TITLE
        elif style.startswith("Heading"):
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, text))
    return _document(name, path, blocks)


def read_document(path: Path | str) -> Document:
    """Read an article file; the document is named after the file's stem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserError(f"unsupported file type {suffix or '(none)'!r}", path=path,
                        fix=f"give a {', '.join(SUPPORTED_SUFFIXES)} file")
    if suffix == ".docx":
        if not path.is_file():
            raise UserError("file not found", path=path, fix="check the path")
        return parse_docx(path, path.stem)
    text = read_text(path)
    if suffix == ".txt":
        return parse_plain_text(text, path.stem, path)
    return parse_markdown(text, path.stem, path)
