"""Plain-text articles: blank lines separate blocks; a first short line without final punctuation is the title.

Any later one-line block of that shape (at most 20 words) is a subheading. Final punctuation is also the one
before a closing quotation mark or bracket: a quotation on a line of its own is a paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import BlockKind, Document
from ..patterns import LazyPattern
from .characters import clean_source
from .segmenter import build_document

# what may close a sentence after its own full stop: quotation marks and brackets ("... lira." he said: "No.")
_CLOSING = "\"'\u201d\u2019\u00bb\u203a)]"


def _looks_like_heading(text: str) -> bool:
    """Whether a block is a title or subheading: one line of at most 20 words without final punctuation, also
    inside the quotation marks or brackets it ends with (a quotation on a line of its own ends «... lira."»)."""
    return (
        "\n" not in text.strip()
        and not text.rstrip().rstrip(_CLOSING).endswith((".", "!", "?", ":", ";", ",", "\u2026"))
        and len(text.split()) <= 20
    )


# Line ends as editors write them: Windows (CR LF), classic Mac and some exports (CR alone), and the Unicode
# line separator; the Unicode paragraph separator ends a paragraph as a blank line does.
_LINE_ENDS = LazyPattern("\r\n?|\u2028")


def _paragraphs(text: str) -> list[tuple[str, int, bool]]:
    """The blocks of a plain text with Unix line ends, whitespace-normalised, each with the line it starts on
    and whether it is one line of a block split so (a paragraph, never a heading).

    A block ends at a blank line, and a line of nothing but spaces or tabs
    is blank too (an editor shows it as one); a Unicode paragraph separator
    ends its line and its block, with no blank line between. A block whose
    lines would join into a sentence longer than any sentence (a list or a
    table of many lines without full stops) is a block of each line instead.
    """
    found: list[tuple[str, int, bool]] = []
    current: list[str] = []
    first_line = 0
    for number, (line, end) in enumerate(re.findall("([^\n\u2029]*)(\n|\u2029|$)", text), 1):
        if line.strip():
            if not current:
                first_line = number
            current.append(line)
        if current and (not line.strip() or end == "\u2029"):
            joined = " ".join(" ".join(current).split())
            if len(current) > 1 and _too_long(joined):
                found += [(" ".join(row.split()), first_line + n, True) for n, row in enumerate(current)]
            else:
                found.append((joined, first_line, False))
            current = []
    return found


def _too_long(paragraph: str) -> bool:
    """Whether a sentence of ``paragraph`` is longer than an article's sentence may be."""
    from . import MAX_SEGMENT_CHARS
    from .segmenter import split_sentences

    return len(paragraph) > MAX_SEGMENT_CHARS and any(len(s) > MAX_SEGMENT_CHARS for s in split_sentences(paragraph))


def parse_plain_text(text: str, name: str = "article", path: Path | None = None) -> Document:
    text, removals = clean_source(_LINE_ENDS.sub("\n", text))
    blocks: list[tuple[BlockKind, str, int]] = []
    for chunk, first_line, split in _paragraphs(text):
        if not split and _looks_like_heading(chunk):
            kind = BlockKind.TITLE if not blocks else BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append((kind, chunk, first_line))
    return build_document(name, path, blocks, removals, lines=re.split("[\n\u2029]", text))
