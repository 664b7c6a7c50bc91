"""The annotated document that flows through the pipeline, and the per-language editions read from it.

A :class:`Document` is a title, headings and paragraphs (:class:`Block`),
each split into sentence :class:`Segment` objects. Segment ids are stable
(``"<block>.<sentence>"``, both 1-based) so that reports, memories and tests
can name them. Each stage annotates the segments (:mod:`toolkit.pipeline`):

- **match** sets :attr:`Segment.mentions`, the glossary names of the source
  sentence, found once and used by every later stage (the engines, QA, the
  name suggestions);
- **translate** adds, per language, a :class:`TranslatedSegment` to
  :attr:`Segment.translations`: where the translation came from and its
  template with name slots;
- **render**, **localise** and **QA** fill that record's pieces, rendered
  names and problems.

An :class:`Edition` is the document read in one language: its blocks with
their translated segments. Publishers read editions; they never translate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from .languages import SOURCE_LANGUAGE, Language
from .problems import Problem
from .slots import Template


class BlockKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Mention:
    """One occurrence of a glossary entry in source text."""

    entry_id: str
    start: int
    end: int
    surface: str
    short: bool
    possessive: bool = False


@dataclass(eq=False)
class Segment:
    """One sentence of source text, and what the stages found for it."""

    id: str
    text: str
    # what the reader removed from this sentence's source, located ("story.txt:3:14: removed ..."); QA reports it
    notes: tuple[str, ...] = ()
    # the glossary names in the sentence, in order: set by the match stage (None until then)
    mentions: tuple[Mention, ...] | None = field(default=None, repr=False)
    # language -> the translation, its rendered pieces and problems: set by the stages after match
    translations: dict[str, TranslatedSegment] = field(default_factory=dict, repr=False)

    def __eq__(self, other: object) -> bool:  # a sentence of the source: its id and text
        return isinstance(other, Segment) and (self.id, self.text) == (other.id, other.text)

    def __hash__(self) -> int:
        return hash((self.id, self.text))


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
    language: str = SOURCE_LANGUAGE
    notices: list[str] = field(default_factory=list)  # every note of its segments, in order
    # the glossary matcher whose mentions the segments hold (the match stage's), so a batch matches once
    matched_by: object | None = field(default=None, repr=False, compare=False)

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return block.text
        return self.name

    @property
    def segments(self) -> list[Segment]:
        return [segment for block in self.blocks for segment in block.segments]


@dataclass(frozen=True)
class Suggestion:
    """A memory unit close to a sentence, for a person to look at beside the machine translation."""

    score: int
    unit_id: str
    reference: str  # "article.tmx#article:2.1"
    source: str  # the unit's English
    template: Template  # the unit's translation, names as slots
    # the translation as the edition would show it (names rendered, localised): set by the render and localise
    # stages; empty when a name in it cannot be rendered
    text: str = ""


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
    """One source segment in one language: where its translation came from, its text, names and problems."""

    source: Segment
    mentions: list[Mention]
    origin: str
    reference: str
    code: str  # the template with slots, as stored
    pieces: list[Piece]
    names: list[RenderedName]
    problems: list[Problem] = field(default_factory=list)
    template: Template | None = None  # the translation as the engine gave it (``code`` parsed), for rendering
    suggestions: tuple[Suggestion, ...] = ()  # close memory units, best first
    score: int | None = None  # memory matches: 100 exact, 95-99 adapted

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
    """A document in one language: every block with its translated segments."""

    document: Document
    language: Language
    blocks: list[TranslatedBlock]

    @classmethod
    def of(cls, document: Document, language: Language) -> Edition:
        """The edition the stages annotated ``document`` with for ``language``."""
        return cls(document, language, [
            TranslatedBlock(block, [segment.translations[language.code] for segment in block.segments])
            for block in document.blocks])

    @property
    def segments(self) -> list[TranslatedSegment]:
        return [segment for block in self.blocks for segment in block.segments]

    @property
    def problems(self) -> list[Problem]:
        return [problem for segment in self.segments for problem in segment.problems]

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.source.kind is BlockKind.TITLE:
                return block.text
        return self.document.title
