"""Plain-text articles: blank lines separate blocks; a first short line without final punctuation is the title.

Any later one-line block of that shape (at most 20 words) is a subheading.
"""

from __future__ import annotations

from pathlib import Path

from ..document import BlockKind, Document
from .characters import clean_source
from .segmenter import build_document


def _looks_like_heading(text: str) -> bool:
    return (
        "\n" not in text.strip()
        and not text.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and len(text.split()) <= 20
    )


def parse_plain_text(text: str, name: str = "article", path: Path | None = None) -> Document:
    text, removals = clean_source(text.replace("\r\n", "\n"))
    blocks: list[tuple[BlockKind, str, int]] = []
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
    return build_document(name, path, blocks, removals)
