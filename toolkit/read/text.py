"""Plain-text articles: blank lines separate blocks; a first short line without final punctuation is the title.

Any later one-line block of that shape (at most 20 words) is a subheading.
"""

from __future__ import annotations

import re
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


# Line ends as editors write them: Windows (CR LF), classic Mac and some exports (CR alone), and the Unicode
# line separator; the Unicode paragraph separator ends a paragraph as a blank line does.
_LINE_ENDS = re.compile("\r\n?|\u2028")


def _paragraphs(text: str) -> list[tuple[str, int]]:
    """The blocks of a plain text, whitespace-normalised, each with the line it starts on.

    A block ends at a blank line, and a line of nothing but spaces or tabs
    is blank too (an editor shows it as one).
    """
    lines = _LINE_ENDS.sub("\n", text).replace("\u2029", "\n\n").split("\n")
    found: list[tuple[str, int]] = []
    current: list[str] = []
    first_line = 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                first_line = number
            current.append(line)
        elif current:
            found.append((" ".join(" ".join(current).split()), first_line))
            current = []
    if current:
        found.append((" ".join(" ".join(current).split()), first_line))
    return found


def parse_plain_text(text: str, name: str = "article", path: Path | None = None) -> Document:
    text, removals = clean_source(_LINE_ENDS.sub("\n", text))
    blocks: list[tuple[BlockKind, str, int]] = []
    for chunk, first_line in _paragraphs(text):
        if _looks_like_heading(chunk):
            kind = BlockKind.TITLE if not blocks else BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, chunk, first_line))
    return build_document(name, path, blocks, removals)
