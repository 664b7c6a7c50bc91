"""Markdown articles: ``#`` is the title, deeper ATX or setext headings are subheadings, inline markup is dropped."""

from __future__ import annotations

from pathlib import Path

from ..document import BlockKind, Document
from .characters import Removal, clean_source
from .segmenter import build_document


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
                child.content if child.type in ("text", "code_inline")
                else " " if child.type in ("softbreak", "hardbreak") else ""
                for child in token.children or []
            )
            line = token.map[0] + 1 if token.map else 1
            plain, decoded = clean_source(" ".join(plain.split()))  # entities such as &#x202E; decode to them
            removals += [Removal(line, 1, r.characters, r.count, r.context) for r in decoded]
            blocks.append((kind, " ".join(plain.split()), line))
            kind = None
        elif token.type in ("heading_close", "paragraph_close"):
            kind = None
    return build_document(name, path, blocks, removals)
