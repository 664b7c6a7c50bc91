"""Segment: English paragraphs into sentence segments, and a reader's blocks into a Document.

Deterministic and rule based, because the translation memory is keyed on the
segments it produces: the same paragraph must always split the same way.
A sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes
or brackets) when whitespace and a capital letter, digit or opening quote
follow, unless the word before the full stop is a known abbreviation
("Gen.", "Dr.", "U.S.") or a single initial ("J. Smith").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..document import Block, BlockKind, Document, Segment
from ..errors import UserError
from .characters import MAX_NOTICES, Removal

ABBREVIATIONS = frozenset(
    """
    adm brig capt col cmdr gen gov lt maj mr mrs ms dr prof rep sen sgt st sr jr
    rev hon pres amb messrs no nos vol vs etc approx est dept univ co corp inc ltd
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e
    """.split()
)

_BOUNDARY = re.compile(
    r"""(?<=[.!?])            # a sentence-final mark just before
        [\"'”’»)\]]*          # closing quotes or brackets stay with the sentence
        (?P<space>\s+)
        (?=[\"'“‘«(\[]*[A-Z0-9])  # next sentence opens with a capital or digit
    """,
    re.VERBOSE,
)

def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation's full stop ("Gen.", "U.S.", "J.").

    Looks only at the last word, so a paragraph of thousands of abbreviations
    stays linear (slicing each growing candidate made it quadratic).
    """
    if end - start < 2 or text[end - 1] != "." or text[end - 2] == " ":
        return False
    word = text[max(text.rfind(" ", start, end), start - 1) + 1 : end - 1].lstrip("(\"'“‘").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(paragraph: str) -> list[str]:
    """Return the sentences of ``paragraph``, whitespace-normalised, in order."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text, start, boundary.start("space")):
            continue
        sentences.append(text[start : boundary.start("space")])
        start = boundary.end("space")
    sentences.append(text[start:])
    return sentences


def build_document(name: str, path: Path | None, blocks: list[tuple[BlockKind, str, int]],
                   removals: Sequence[Removal] = (), unit: str = "line") -> Document:
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


def _attach_notes(document: Document, path: Path | None, first_lines: list[int], removals: Sequence[Removal],
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
        noted = list(document.blocks[block].segments)
        noted[sentence] = Segment(noted[sentence].id, noted[sentence].text, tuple(found))
        document.blocks[block] = Block(document.blocks[block].kind, tuple(noted))
    document.notices = [note for segment in document.segments for note in segment.notes]
