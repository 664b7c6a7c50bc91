"""Segment: English paragraphs into sentence segments, and a reader's blocks into a Document.

Deterministic and rule based, because the translation memory is keyed on the
segments it produces: the same paragraph must always split the same way.
A sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes,
brackets or footnote marks) when whitespace and a capital letter, digit or opening quote
follow, unless the word before the full stop is a known abbreviation
("Gen.", "Dr.", "U.S.") or a single initial ("J. Smith"), or is a person's
initials written together ("C.C. Wei", "J.D. Vance", "George H.W. Bush") before a
word that does not open sentences.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from toolkit.patterns import LazyPattern

from ..document import VERBATIM_KINDS, Block, BlockKind, Container, Document, Segment, TableCell
from ..errors import UserError
from ..formatting import BREAK, Span, clip
from ..records import dataclass
from .characters import MAX_NOTICES, Removal, mixed_script_note, mixed_script_words

ABBREVIATIONS = frozenset(
    """
    adm brig capt col cmdr gen gov lt maj mr mrs ms dr prof rep sen sgt st sr jr
    rev hon pres amb messrs no nos vol vs etc approx est dept univ co corp inc ltd
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e
    """.split()
)

# abbreviations that go before a number and only there: Art. 5, pp. 12-14, Sec. 4, Fig. 2 (a sentence may end
# with art or sec, but not before a digit that goes on it)
BEFORE_NUMBER = frozenset("art arts pp para paras par sec secs ch chap fig figs vols pt pts cl ex exh ref".split())

_BOUNDARY = LazyPattern(
    r"""(?<=[.!?])            # a sentence-final mark just before
        [\"'”’»)\]]*          # closing quotes or brackets stay with the sentence,
        (?:\[\^[^\]\s]{1,40}\]  # and so do the footnote marks after its full stop ("back.[^1] Its"), a few:
          [\"'”’»)\]]*        # a mark's label may hold a full stop, and an unbounded run of such marks
        ){0,10}               # ([^.][^.]...) was read again from each of its full stops
        (?P<space>\s+)
        (?=[\"'“‘«(\[]*(?P<opening>[^\W_]))  # a letter or digit next: the sentence after opens
    """,  # if it is a capital of any script (Ömer, İstanbul, Élysée) or a digit: see _opens_a_sentence
    re.VERBOSE,
)


# a person's initials written together: "C.C.", "J.D.", "H.W.", "J.R.R."
_INITIALS = LazyPattern(r"(?:[A-Z]\.)+[A-Z]")
# words that open a sentence after a place's initials ("in Washington, D.C. The talks..."), never a surname
_SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there in on at but and or so
    yet if when while as after before since for from with by to of not no some many most all both each one two
    meanwhile however officials police
    """.split()
)
_NEXT_WORD = LazyPattern(r"[\"'“‘«(\[]*([^\W\d_]+)")


def _opens_a_sentence(character: str) -> bool:
    """Whether a sentence may open with this letter or digit: any script's capital (Ö, Ş, İ, É, Ж), or an
    ASCII digit; a lower-case letter goes on the sentence before ("... in the U.S. and ...")."""
    return character.isupper() or character.istitle() or character in "0123456789"


def _ends_with_abbreviation(text: str, start: int, end: int, following: int | None = None) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation's full stop ("Gen.", "U.S.", "J."), or with a
    person's initials before the name they go with ("C.C. Wei": ``following`` is where the next word starts).

    Looks only at the last word, so a paragraph of thousands of abbreviations
    stays linear (slicing each growing candidate made it quadratic).
    """
    if end - start < 2 or text[end - 1] != "." or text[end - 2] == " ":
        return False
    written = text[max(text.rfind(" ", start, end), start - 1) + 1 : end - 1].lstrip("(\"'“‘")
    word = written.lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if word in BEFORE_NUMBER and following is not None and following < len(text) and text[following].isdigit():
        return True
    if following is None or not _INITIALS.fullmatch(written):
        return False
    next_word = _NEXT_WORD.match(text, following)
    return next_word is not None and next_word.group(1).lower() not in _SENTENCE_OPENERS


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Where each sentence of whitespace-normalised ``text`` starts and ends, in order."""
    if not text:
        return []
    bounds: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if not _opens_a_sentence(boundary.group("opening")):
            continue
        if _ends_with_abbreviation(text, start, boundary.start("space"), boundary.end("space")):
            continue
        bounds.append((start, boundary.start("space")))
        start = boundary.end("space")
    bounds.append((start, len(text)))
    return bounds


def split_sentences(paragraph: str) -> list[str]:
    """Return the sentences of ``paragraph``, whitespace-normalised, in order."""
    text = " ".join(paragraph.split())
    return [text[start:end] for start, end in sentence_bounds(text)]


@dataclass(frozen=True)
class SourceBlock:
    """A block as a reader found it: its whitespace-normalised text with formatting, and its place."""

    kind: BlockKind
    text: str
    line: int
    spans: tuple[Span, ...] = ()
    level: int = 0
    containers: tuple[Container, ...] = ()
    verbatim: str = ""
    info: str = ""


def _segments(index: int, block: SourceBlock) -> tuple[Segment, ...]:
    text = block.text
    bounds = sentence_bounds(text) if block.kind is BlockKind.PARAGRAPH else [(0, len(text))] if text else []
    if block.spans:
        bounds = _cut_at_breaks(bounds, block.spans)
    segments: list[Segment] = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            segments.append(
                Segment(
                    f"{index}.{len(segments) + 1}",
                    text[start:end],
                    spans=clip(block.spans, start, end, text) if block.spans else (),
                )
            )
    return tuple(segments)


def _cut_at_breaks(bounds: list[tuple[int, int]], spans: Sequence[Span]) -> list[tuple[int, int]]:
    """A sentence longer than any sentence, cut at its line breaks: a list or a table of many lines without full
    stops (a Word paragraph of Shift+Enter lines, an HTML paragraph of ``<br>`` lines) is a sentence of each
    line, as where full stops end them; the article would be refused."""
    from . import MAX_SEGMENT_CHARS

    if all(end - start <= MAX_SEGMENT_CHARS for start, end in bounds):
        return bounds
    breaks = sorted({span.start for span in spans if span.format.kind == BREAK})
    cut: list[tuple[int, int]] = []
    for start, end in bounds:
        inside = []
        if end - start > MAX_SEGMENT_CHARS:
            inside = breaks[bisect.bisect_right(breaks, start) : bisect.bisect_left(breaks, end)]
        cut += zip([start, *inside], [*inside, end])
    return cut


def build_document(
    name: str,
    path: Path | None,
    blocks: Sequence[SourceBlock | tuple[BlockKind, str, int]],
    removals: Sequence[Removal] = (),
    unit: str = "line",
    lines: Sequence[str] | None = None,
) -> Document:
    """Blocks into a Document of sentence segments; each removal becomes a note on its sentence.

    A text block without text is left out, except a table cell (the table
    keeps its shape); code and HTML blocks and rules have no segments.
    """
    document = Document(name=name, source_path=path)
    first_lines: list[int] = []
    for given in blocks:
        block = given if isinstance(given, SourceBlock) else SourceBlock(*given)
        index = len(document.blocks) + 1
        segments = _segments(index, block)
        keep = (
            bool(segments)
            or block.kind in (*VERBATIM_KINDS, BlockKind.RULE)
            or (block.kind is BlockKind.PARAGRAPH and any(isinstance(c, TableCell) for c in block.containers))
        )
        if keep:
            document.blocks.append(
                Block(block.kind, segments, block.level, block.containers, block.verbatim, block.info, block.line)
            )
            first_lines.append(block.line)
    if not document.blocks:
        raise UserError("the article is empty", path=path, fix="check that you chose the right file")
    if not any(block.segments for block in document.blocks):
        raise UserError(
            "the article has no text to translate (only code, HTML or rules)",
            path=path,
            fix="check that you chose the right file",
        )
    _note_mixed_scripts(document, path, unit, lines)
    if removals:
        _attach_notes(document, path, first_lines, removals, unit)
    document.notices = [note for segment in document.segments for note in segment.notes]
    return document


def _note_mixed_scripts(document: Document, path: Path | None, unit: str, lines: Sequence[str] | None) -> None:
    """Note on each sentence the words that mix Latin, Cyrillic and Greek letters, at the line and column of each
    in the source's ``lines`` where it is found there as written, else at its block's line."""
    starts = sorted({block.line for block in document.blocks})  # the next block's line bounds a block's search
    for number, block in enumerate(document.blocks):
        found = [mixed_script_words(segment.text) for segment in block.segments]
        if not any(found):
            continue
        name = path or document.name
        if unit != "line":
            noted = tuple(
                replace(segment, notes=(*segment.notes, f"{name}: paragraph {block.line}: {mixed_script_note('', w)}"))
                if w
                else segment
                for segment, w in zip(block.segments, found, strict=True)
            )
            document.blocks[number] = replace(block, segments=noted)
            continue
        after = bisect.bisect_right(starts, block.line)
        following = starts[after] if after < len(starts) else None
        finder = _WordFinder(lines or (), block.line, following)
        segments = []
        for segment, words in zip(block.segments, found, strict=True):
            by_line: dict[int, tuple[int | None, list[str]]] = {}  # a line's words, at the column of its first
            for word in words:
                line, column = finder.find(word) or (block.line, None)
                by_line.setdefault(line, (column, []))[1].append(word)
            notes = [
                f"{name}:{line}{'' if column is None else f':{column}'}: {mixed_script_note('', named)}"
                for line, (column, named) in sorted(by_line.items())
            ]
            segments.append(replace(segment, notes=(*segment.notes, *notes)) if notes else segment)
        document.blocks[number] = replace(block, segments=tuple(segments))


_MISSES_SEARCHED = 10  # words of a block not found as written before the rest are no longer searched for


class _WordFinder:
    """Where words of one block stand in the source's lines, searched in order from the block's first line up to
    the next block's: each search goes on from the last word found, so the whole block is read once; a word not
    found as written (a tag or an entity inside it) is placed at the block's line, and after a few such misses,
    each of which reads the rest of the block, so are all the rest."""

    def __init__(self, lines: Sequence[str], first: int, following: int | None):
        end = min(len(lines), following - 1) if following is not None else len(lines)
        self.first = first
        self.text = "\n".join(lines[first - 1 : end]) if 0 < first <= end else ""
        self.starts = [0, *itertools.accumulate(len(line) + 1 for line in lines[first - 1 : end - 1])]
        self.at = 0
        self.misses = 0
        self.lost = not self.text

    def find(self, word: str) -> tuple[int, int] | None:
        if self.lost:
            return None
        index = self.text.find(word, self.at)
        if index < 0:
            self.misses += 1
            self.lost = self.misses >= _MISSES_SEARCHED
            return None
        self.at = index + len(word)
        row = bisect.bisect_right(self.starts, index) - 1
        return self.first + row, index - self.starts[row] + 1


def _attach_notes(
    document: Document, path: Path | None, first_lines: list[int], removals: Sequence[Removal], unit: str
) -> None:
    """Note each removal on the sentence it came from: the block by line, the sentence by the text before it."""
    notes: dict[tuple[int, int], list[str]] = {}
    shown = removals[:MAX_NOTICES]
    for number, removal in enumerate(shown):
        where = (
            f"{path or document.name}:{removal.line}:{removal.column}"
            if unit == "line"
            else f"{path or document.name}: paragraph {removal.line}"
        )
        note = f"{where}: {removal.describe()}"
        if number == len(shown) - 1 and len(removals) > len(shown):
            rest = removals[len(shown) :]
            note += f"; and {sum(r.count for r in rest)} more on {len(rest)} more {unit}s"
        with_text = [i for i, b in enumerate(document.blocks) if b.segments]
        block = max([i for i in with_text if first_lines[i] <= removal.line], default=with_text[0])
        context = " ".join(removal.context.split())[-12:]
        segments = document.blocks[block].segments
        sentence = next((i for i, s in enumerate(segments) if context and context in s.text), 0)
        notes.setdefault((block, sentence), []).append(note)
    for (block, sentence), found in notes.items():
        noted = list(document.blocks[block].segments)
        noted[sentence] = replace(noted[sentence], notes=(*found, *noted[sentence].notes))
        document.blocks[block] = replace(document.blocks[block], segments=tuple(noted))
