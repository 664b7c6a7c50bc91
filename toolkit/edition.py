"""The result of translating one document into one language.

An :class:`Edition` keeps, for every source segment, where its translation
came from, which names were rendered in which form, the final text and the
problems QA found. Publishers read editions; they never translate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Block, Document, Segment
from .languages import Language
from .glossary.match import Mention


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" or "warning"
    code: str  # stable identifier, e.g. "name-missing"
    message: str
    language: str = ""
    segment_id: str = ""


@dataclass(frozen=True)
class RenderedName:
    entry_id: str
    slot: str  # the slot as written, e.g. {erdogan:short+gen}
    text: str  # what the edition shows


@dataclass(frozen=True)
class Piece:
    """A run of target text; ``entry_id`` is set when the run is a rendered name."""

    text: str
    entry_id: str | None = None


@dataclass
class TranslatedSegment:
    source: Segment
    mentions: list[Mention]
    origin: str
    reference: str
    code: str  # the template with slots, as stored
    pieces: list[Piece]
    names: list[RenderedName]
    problems: list[Problem] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    @property
    def flagged(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)


@dataclass
class TranslatedBlock:
    source: Block
    segments: list[TranslatedSegment]

    @property
    def pieces(self) -> list[Piece]:
        pieces: list[Piece] = []
        for index, segment in enumerate(self.segments):
            if index:
                pieces.append(Piece(" "))
            pieces.extend(segment.pieces)
        return pieces

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    @property
    def flagged(self) -> bool:
        return any(segment.flagged for segment in self.segments)


@dataclass
class Edition:
    document: Document
    language: Language
    blocks: list[TranslatedBlock]

    @property
    def segments(self) -> list[TranslatedSegment]:
        return [segment for block in self.blocks for segment in block.segments]

    @property
    def problems(self) -> list[Problem]:
        return [problem for segment in self.segments for problem in segment.problems]

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.source.kind.value == "title":
                return block.text
        return self.document.title
