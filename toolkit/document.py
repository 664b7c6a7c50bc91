"""The document model that flows through the pipeline.

A :class:`Document` is a title, headings and paragraphs (``Block``), each
split into sentence :class:`Segment` objects. Segment ids are stable
(``"<block>.<sentence>"``, both 1-based) so that reports, memories and tests
can name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class BlockKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Segment:
    """One sentence of source text."""

    id: str
    text: str
    # what the reader removed from this sentence's source, located ("story.txt:3:14: removed ..."); QA reports it
    notes: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Block:
    """A title, heading or paragraph: the unit of one row in a side-by-side edition."""

    kind: BlockKind
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)


@dataclass
class Document:
    """A source article, as read from a file."""

    name: str
    blocks: list[Block] = field(default_factory=list)
    source_path: Path | None = None
    language: str = "en"
    notices: list[str] = field(default_factory=list)  # every note of its segments, in order

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return block.text
        return self.name

    @property
    def segments(self) -> list[Segment]:
        return [segment for block in self.blocks for segment in block.segments]
