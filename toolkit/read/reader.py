"""Read a source article (plain text, Markdown or DOCX) into a Document.

Plain text: blocks are separated by blank lines; the first block is the title
when it is one line without final punctuation, and any later one-line block of
that shape (at most 20 words) is a subheading. Markdown: ``#`` is the title,
deeper ATX or setext headings are subheadings, inline markup is dropped.
DOCX: the Title style and Heading styles mark title and subheadings.

Articles come from outside and are not trusted. Only regular files are read
(a FIFO, a device or a looping link is refused at once), text articles are
bounded in size, and a DOCX is checked before it is unpacked (size, members,
expansion, as the model installer does) and its XML parts are parsed without
entities, DTDs or network access, so a cut or damaged document is one
located error. Invisible characters, bidi controls and XML-illegal controls
are removed from the source and reported (:mod:`toolkit.read.characters`), each
with its file and line, as a QA warning on the sentence it came from.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from ..archives import ZipLimits, size_problem
from .characters import MAX_NOTICES, Removal, clean_source
from ..document import Block, BlockKind, Document, Segment
from ..errors import UserError
from ..files import read_bytes, read_text
from .segmenter import split_sentences

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx")
MAX_TEXT_ARTICLE_BYTES = 16 * 1024**2  # a long article is 50 KB
MAX_DOCX_BYTES = 64 * 1024**2  # photographs included
DOCX_LIMITS = ZipLimits(max_members=2_000, max_unpacked=256 * 1024**2)
RESAVE_FIX = "open it in Word or LibreOffice and save it again as .docx"


def _looks_like_heading(text: str) -> bool:
    return "\n" not in text.strip() and not text.rstrip().endswith((".", "!", "?", ":", ";", ",")) \
        and len(text.split()) <= 20


def _document(name: str, path: Path | None, blocks: list[tuple[BlockKind, str, int]],
              removals: list[Removal] = (), unit: str = "line") -> Document:
    """Blocks (kind, text, first line) into a Document; each removal becomes a note on its sentence."""
    document = Document(name=name, source_path=path)
    first_lines: list[int] = []
    for index, (kind, text, first_line) in enumerate(blocks, 1):
        sentences = [text.strip()] if kind is not BlockKind.PARAGRAPH else split_sentences(text)
        segments = tuple(Segment(f"{index}.{n}", s) for n, s in enumerate(sentences, 1) if s)
        if segments:
            document.blocks.append(Block(kind, segments))
            first_lines.append(first_line)
    if not document.blocks:
        raise UserError("the article is empty", path=path, fix="check that you chose the right file")
    if removals:
        _attach_notes(document, path, first_lines, removals, unit)
    return document


def _attach_notes(document: Document, path: Path | None, first_lines: list[int], removals: list[Removal],
                  unit: str) -> None:
    """Note each removal on the sentence it came from: the block by line, the sentence by the text before it."""
    notes: dict[tuple[int, int], list[str]] = {}
    shown = removals[:MAX_NOTICES]
    for number, removal in enumerate(shown):
        where = f"{path or document.name}:{removal.line}:{removal.column}" if unit == "line" \
            else f"{path or document.name}: paragraph {removal.line}"
        note = f"{where}: {removal.describe()}"
        if number == len(shown) - 1 and len(removals) > len(shown):
            rest = removals[len(shown):]
            note += f"; and {sum(r.count for r in rest)} more on {len(rest)} more {unit}s"
        block = max([i for i, line in enumerate(first_lines) if line <= removal.line], default=0)
        context = " ".join(removal.context.split())[-12:]
        segments = document.blocks[block].segments
        sentence = next((i for i, s in enumerate(segments) if context and context in s.text), 0)
        notes.setdefault((block, sentence), []).append(note)
    for (block, sentence), found in notes.items():
        segments = list(document.blocks[block].segments)
        segments[sentence] = Segment(segments[sentence].id, segments[sentence].text, tuple(found))
        document.blocks[block] = Block(document.blocks[block].kind, tuple(segments))
    document.notices = [note for segment in document.segments for note in segment.notes]


def parse_plain_text(text: str, name: str = "article", path: Path | None = None) -> Document:
    text, removals = clean_source(text.replace("\r\n", "\n"))
    blocks = []
    line = 1
    for raw in text.split("\n\n"):
        chunk = " ".join(raw.split())
        first_line = line + len(raw) - len(raw.lstrip("\n"))
        line += raw.count("\n") + 2
        if not chunk:
            continue
        if _looks_like_heading(chunk):
            kind = BlockKind.TITLE if not blocks else BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, chunk, first_line))
    return _document(name, path, blocks, removals)


def parse_markdown(text: str, name: str = "article", path: Path | None = None) -> Document:
    from markdown_it import MarkdownIt

    text, removals = clean_source(text.replace("\r\n", "\n"))
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[tuple[BlockKind, str, int]] = []
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
            line = token.map[0] + 1 if token.map else 1
            plain, decoded = clean_source(" ".join(plain.split()))  # entities such as &#x202E; decode to them
            removals += [Removal(line, 1, r.characters, r.count, r.context) for r in decoded]
            blocks.append((kind, " ".join(plain.split()), line))
            kind = None
        elif token.type in ("heading_close", "paragraph_close"):
            kind = None
    return _document(name, path, blocks, removals)


def _check_docx(path: Path, data: bytes) -> None:
    """Refuse a DOCX whose zip is unsafe or whose XML is cut or damaged, before python-docx unpacks it."""
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UserError("not a DOCX file (not a zip archive; cut short, or another format renamed .docx)",
                        path=path, fix=RESAVE_FIX) from None
    with archive:
        members = archive.infolist()
        problem = size_problem(members, len(data), DOCX_LIMITS)
        if problem:
            raise UserError(f"unsafe DOCX file: {problem}", path=path,
                            fix="ask the sender for the original document; " + RESAVE_FIX)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue
            try:
                etree.fromstring(archive.read(member), parser)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
                raise UserError(f"damaged DOCX file: {member.filename} cannot be unpacked ({error})", path=path,
                                fix=RESAVE_FIX) from None
            except etree.XMLSyntaxError as error:
                line, column = error.position if error.position else (error.lineno, 0)
                reason = re.sub(r", line \d+, column \d+$", "", str(error.msg or error))
                raise UserError(f"damaged DOCX file: {member.filename} is cut or not well-formed XML "
                                f"(line {line}, column {column}: {reason})", path=path, fix=RESAVE_FIX) from None


def parse_docx(path: Path, name: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    data = read_bytes(path, MAX_DOCX_BYTES, "DOCX article")
    _check_docx(path, data)
    try:
        source = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise UserError(f"not a readable DOCX file ({error})", path=path, fix=RESAVE_FIX) from None
    blocks: list[tuple[BlockKind, str, int]] = []
    removals: list[Removal] = []
    for number, paragraph in enumerate(source.paragraphs, 1):
        cleaned, removed = clean_source(" ".join(paragraph.text.split()))
        removals += [Removal(number, r.column, r.characters, r.count, r.context) for r in removed]
        text = " ".join(cleaned.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title" or (style == "Heading 1" and not blocks):
            kind = BlockKind.TITLE
        elif style.startswith("Heading"):
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, text, number))
    return _document(name, path, blocks, removals, unit="paragraph")


def read_document(path: Path | str) -> Document:
    """Read an article file; the document is named after the file's stem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserError(f"unsupported file type {suffix or '(none)'!r}", path=path,
                        fix=f"give a {', '.join(SUPPORTED_SUFFIXES)} file")
    if suffix == ".docx":
        return parse_docx(path, path.stem)
    text = read_text(path, MAX_TEXT_ARTICLE_BYTES, "text article")
    if suffix == ".txt":
        return parse_plain_text(text, path.stem, path)
    return parse_markdown(text, path.stem, path)
