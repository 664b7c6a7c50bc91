"""Inline text with formatting, as readers build it: plain, whitespace-normalised text and its spans.

Readers append text under the formats open at that point (bold, a link...),
inline code, and line breaks; :class:`InlineText` keeps the text plain
(runs of whitespace become one space, none at either end) and records each
format as a :class:`~toolkit.formatting.Span` over it.

A format closed and opened again at the same place is one span: Word splits
a run wherever an edit, a spelling mark or a revision id falls, so a bold
name is often two bold runs ("Ali " and "Shamkhani"), and the reader must not
make it two bold spans with a tag boundary inside the name.

A format opened inside the same format (``<b><b>...``, as a hostile page nests
it 100,000 deep) is the format once: the inner opening records no span. At
most :data:`MAX_OPEN_FORMATS` formats are open at once (a page nesting
distinct links without end); deeper ones keep their text without their
formatting, and the reader reports them with their line (:func:`too_deep`).
Past :data:`MAX_KEPT_OPENINGS` openings a page's further ones
are not kept, and a closing of a format none opened looks for none, so
closings read in linear time however many are open. Every tag a sentence carries is work for each later stage, so a
sentence's spans stay as few as its formatting.
"""

from __future__ import annotations

import unicodedata

from ..formatting import BREAK, CODE, Format, Span, numbered

MAX_OPEN_FORMATS = 32  # formats open at once; real text nests bold inside a link inside italics, 3 or 4 deep
# openings kept to pair with their closings (repeated and too deep ones included); past them a hostile page's
# further openings are not kept, so that each closing looks through a few at most, never 20,000
MAX_KEPT_OPENINGS = 1_000


class InlineText:
    """Text being read, with the formats open over it."""

    def __init__(self) -> None:
        self._chars: list[str] = []
        self._open: list[tuple[Format, int | None]] = []  # start None: a repeated or too deep opening
        self._opened: set[Format] = set()  # the formats open with a start
        self._open_kinds: dict[str, int] = {}  # how many of each kind ``_open`` holds: a closing of none is no search
        self._spans: list[Span] = []
        # formats opened inside MAX_OPEN_FORMATS others (or past MAX_KEPT_OPENINGS): their text is kept, they
        # are not, and the reader reports how many with its line (:func:`too_deep`)
        self.left_out: set[Format] = set()
        self._code_end = -1  # where the latest inline code ends: no mark composes with its last character
        # Where each recorded span ends, by format: the spans a closing format may join, found at once (a
        # paragraph of 20,000 links must not compare every span with every other).
        self._span_ends: dict[tuple[Format, int], list[int]] = {}

    def __len__(self) -> int:
        return len(self._chars)

    def add(self, text: str) -> None:
        """Append text, composed (NFC): whitespace collapses to one space, and none opens the text.

        A combining mark that opens ``text`` composes with the letter before it (a reader may hand
        "Tu" and "\u0308rkiye" apart), unless that letter ends inline code, which stays as written.
        """
        if text and self._chars and self._code_end != len(self._chars) and unicodedata.combining(text[0]):
            text = self._chars.pop() + text
        for character in unicodedata.normalize("NFC", text):
            if character.isspace():
                if self._chars and self._chars[-1] != " ":
                    self._chars.append(" ")
            else:
                self._chars.append(character)

    def add_code(self, code: str) -> None:
        """Append inline code: its text as written (line ends as spaces, never composed), one span over it."""
        code = code.replace("\r", " ").replace("\n", " ")
        if not code.strip():
            self.add(code)
            return
        if self._chars and self._chars[-1] != " " and code[0].isspace():
            self._chars.append(" ")
        code = code.strip()
        start = len(self._chars)
        self._chars.extend(code)
        self._code_end = len(self._chars)
        self._keep(Span(start, len(self._chars), Format(CODE, code)))

    def add_break(self) -> None:
        """A line break inside the paragraph: it stands where the space after it is."""
        if self._chars and self._chars[-1] == " ":
            self._chars.pop()
        if not self._chars:
            return
        self._keep(Span(len(self._chars), len(self._chars), Format(BREAK)))
        self._chars.append(" ")

    def open(self, format: Format) -> None:
        if len(self._open) >= MAX_KEPT_OPENINGS:
            if format not in self._opened:
                self.left_out.add(format)
            return
        self._open_kinds[format.kind] = self._open_kinds.get(format.kind, 0) + 1
        if format in self._opened or len(self._opened) >= MAX_OPEN_FORMATS:
            self._open.append((format, None))  # already open, or nested beyond any text's formatting
            if format not in self._opened:
                self.left_out.add(format)
            return
        self._opened.add(format)
        self._open.append((format, len(self._chars)))

    def close(self, kind: str) -> None:
        """Close the innermost open format of ``kind`` (and nothing if none is open)."""
        if not self._open_kinds.get(kind):
            return
        for index in range(len(self._open) - 1, -1, -1):
            format, start = self._open[index]
            if format.kind == kind:
                del self._open[index]
                self._open_kinds[kind] -= 1
                if start is None:
                    return
                self._opened.discard(format)
                if len(self._chars) > start:
                    self._record(Span(start, len(self._chars), format))
                return

    def _record(self, span: Span) -> None:
        """Keep ``span``, joined to the latest span of the same format that ends where it starts."""
        touching = self._span_ends.get((span.format, span.start))
        if not touching:
            self._keep(span)
            return
        index = max(touching)
        touching.remove(index)
        self._spans[index] = Span(self._spans[index].start, span.end, span.format)
        self._span_ends.setdefault((span.format, span.end), []).append(index)

    def _keep(self, span: Span) -> None:
        self._span_ends.setdefault((span.format, span.end), []).append(len(self._spans))
        self._spans.append(span)

    def finish(self) -> tuple[str, tuple[Span, ...]]:
        """The plain text and its spans (trimmed to the text, none empty but breaks)."""
        for format, _ in list(reversed(self._open)):
            self.close(format.kind)
        while self._chars and self._chars[-1] == " ":
            self._chars.pop()
        text = "".join(self._chars)
        spans = []
        for span in self._spans:
            end = min(span.end, len(text))
            if span.format.kind == BREAK:
                if span.start < len(text):
                    spans.append(Span(span.start, span.start, span.format))
            elif span.start < end:
                spans.append(Span(span.start, end, span.format))
        return text, tuple(numbered(spans))


def too_deep(inline: InlineText) -> str | None:
    """What a reader reports when formats of ``inline`` were nested too deep to carry (None when none were)."""
    if not inline.left_out:
        return None
    count = len(inline.left_out)
    return (
        f"formatting nested more than {MAX_OPEN_FORMATS} deep: {count:,} inner format{'s' if count > 1 else ''} "
        f"(links, bold, italics...) left out, {'their' if count > 1 else 'its'} text kept; write the paragraph's "
        "formatting with fewer levels"
    )
