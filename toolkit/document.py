"""The annotated document that flows through the pipeline, and the per-language editions read from it.

A :class:`Document` is a sequence of leaf blocks (:class:`Block`): the
title, headings of every level, paragraphs, code and HTML blocks kept
verbatim, horizontal rules. Structure around them is a path of containers
on each block (:data:`Container`, outermost first): block quotes, list items
(ordered or not, nested to any depth) and table cells, so a paragraph in the
second item of a list inside a quote is one block whose containers say so,
and every edition can rebuild the structure. Text blocks are split into
sentence :class:`Segment` objects, each with its inline formatting
(:mod:`toolkit.formatting`). Segment ids are stable (``"<block>.<sentence>"``,
both 1-based; every table cell is a block) so that reports, memories and
tests can name them. Each stage annotates the segments (:mod:`toolkit.pipeline`):

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

from dataclasses import field
from datetime import date
from enum import Enum
from pathlib import Path

from .formatting import Format, Span, format_runs
from .languages import SOURCE_LANGUAGE, Language
from .problems import Problem
from .records import dataclass
from .slots import Template


class BlockKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CODE = "code"  # a code block: kept verbatim, never translated
    HTML = "html"  # an HTML block: kept verbatim, never translated
    RULE = "rule"  # a horizontal rule (a thematic break)


VERBATIM_KINDS = (BlockKind.CODE, BlockKind.HTML)


@dataclass(frozen=True)
class Quote:
    """A block quote around blocks; ``number`` tells two quotes in a row apart."""

    number: int


@dataclass(frozen=True)
class ListItem:
    """One item of a list around blocks: which list, ordered or not, and the item's number."""

    list_number: int  # tells lists apart (1, 2, ... in the document)
    ordered: bool
    number: int  # the item's number as shown (ordered lists), counting from ``start``
    start: int = 1
    marker: str = ""  # as the source wrote it: "-", "*", "+" or "." / ")" after a number
    tight: bool = True  # no blank lines between items (Markdown)


@dataclass(frozen=True)
class TableCell:
    """A cell of a table around its text."""

    table_number: int
    row: int  # 0-based
    column: int  # 0-based
    header: bool = False
    align: str = ""  # "left", "center", "right" or ""


Container = Quote | ListItem | TableCell


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
    # inline formatting over ``text``, numbered in reading order (see toolkit.formatting)
    spans: tuple[Span, ...] = ()

    def __eq__(self, other: object) -> bool:  # a sentence of the source: its id, text and formatting
        return isinstance(other, Segment) and (self.id, self.text, self.spans) == (other.id, other.text, other.spans)

    def __hash__(self) -> int:
        return hash((self.id, self.text))

    @property
    def pieces(self) -> list[Piece]:
        """The source sentence as runs of text with their formatting (inline code, line breaks)."""
        if not self.spans:
            return [Piece(self.text)]
        return [Piece(text, None, formats) for text, formats in format_runs(self.text, self.spans)]


@dataclass(frozen=True)
class Block:
    """A leaf block: a title, heading, paragraph, code or HTML block, or rule; one row of a side-by-side edition.

    Text blocks hold sentence segments; code and HTML blocks hold their text
    in ``verbatim`` and no segments (nothing in them is translated); a table
    cell may be empty.
    """

    kind: BlockKind
    segments: tuple[Segment, ...]
    level: int = 0  # headings: 1-6 (the title is 1)
    containers: tuple[Container, ...] = ()  # quotes, list items, table cells around it, outermost first
    verbatim: str = ""  # code and HTML blocks: their text, as written
    info: str = ""  # code blocks: the language the source named ("python")
    line: int = 0  # where it starts in the source (a line, or a DOCX paragraph number)

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)

    @property
    def pieces(self) -> list[Piece]:
        """The block's source text as formatted runs, sentences joined by a space (or a line break)."""
        pieces: list[Piece] = []
        for index, segment in enumerate(self.segments):
            if index and not (pieces and pieces[-1].text.endswith("\n")):
                pieces.append(Piece(" "))
            pieces.extend(segment.pieces)
        return pieces

    @property
    def cell(self) -> TableCell | None:
        return next((c for c in self.containers if isinstance(c, TableCell)), None)


@dataclass
class Document:
    """A source article, as read from a file."""

    name: str
    blocks: list[Block] = field(default_factory=list)
    source_path: Path | None = None
    language: str = SOURCE_LANGUAGE
    notices: list[str] = field(default_factory=list)  # every note of its segments, in order
    # what the reader kept verbatim or could not carry (images, footnotes, ...), located in the source file
    findings: list[Problem] = field(default_factory=list)
    date: date | None = None  # the article's own date (Markdown front matter, DOCX properties), if it gives one
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
    provisional: bool = False  # a name no glossary entry covers yet, in the run's provisional rendering


@dataclass(frozen=True)
class Piece:
    """A run of text; ``entry_id`` is set when the run is a rendered name, ``formats`` when it is formatted,
    ``provisional`` when that name is not in the glossary yet (:mod:`toolkit.translate.provisional`).

    A line break is a piece ``"\\n"``; inline code is a piece of its own,
    with the code format, whose text is never localised.
    """

    text: str
    entry_id: str | None = None
    formats: frozenset[Format] = frozenset()
    provisional: bool = False

    @property
    def code(self) -> bool:
        # most pieces have no formats: answered without starting a generator (a run asks about 7,000 times)
        return bool(self.formats) and any(f.kind == "code" for f in self.formats)

    def with_text(self, text: str) -> Piece:
        """The piece with ``text`` and every other field as it is: ``dataclasses.replace(piece, text=text)`` at a
        quarter of its cost (localising makes one for each piece of each sentence, about a thousand in a run)."""
        piece = object.__new__(type(self))
        fields = piece.__dict__
        fields.update(self.__dict__)
        fields["text"] = text
        return piece


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
    # the text as the memory stores it, where the edition's house style (first mentions, annotations) changed
    # it: the review edition shows this, since what an editor corrects there goes back into the memory
    stored_pieces: list[Piece] | None = None

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    @property
    def as_stored(self) -> list[Piece]:
        """The pieces without the house style: what the memory holds, rendered and localised."""
        return self.stored_pieces if self.stored_pieces is not None else self.pieces

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
            if index and not (pieces and pieces[-1].text.endswith("\n")):  # a line break stands for the space
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
        return cls(
            document,
            language,
            [
                TranslatedBlock(block, [segment.translations[language.code] for segment in block.segments])
                for block in document.blocks
            ],
        )

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
