"""Inline formatting of a sentence: bold, italic, underline, strike-through, links, inline code, line breaks.

A source segment keeps its text plain (what the glossary matches, the memory
is keyed on and QA reads) and its formatting beside it, as :class:`Span`
objects over that text, each with a :class:`Format`:

- **paired** formats cover a run of text: ``bold``, ``italic``,
  ``underline``, ``strike`` and ``link`` (with its URL);
- **standalone** formats stand at one place: ``code`` covers its text in the
  source but is never translated (its text travels in :attr:`Format.target`
  and comes back verbatim), and ``break`` (a line break inside a paragraph)
  is a zero-width span.

Spans are numbered 1, 2, ... in reading order (:func:`numbered`); in a
translation template each is a tag naming its number (:class:`toolkit.slots.Tag`),
so formatting travels through the memory and the machine translation the way
names do, and takes its URL and code text from the source each time.

URLs come from articles, which are not trusted: :func:`safe_url` allows
web, mail and telephone links and relative links, and refuses schemes that
can run code (``javascript:``, ``vbscript:``, ``data:``, ``file:``...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .patterns import LazyPattern
from .records import dataclass

BOLD, ITALIC, UNDERLINE, STRIKE, LINK = "bold", "italic", "underline", "strike", "link"
CODE, BREAK = "code", "break"
PAIRED = (BOLD, ITALIC, UNDERLINE, STRIKE, LINK)
STANDALONE = (CODE, BREAK)
KINDS = PAIRED + STANDALONE
# the short names of tags in templates ({#b1}...{/b1}) and in what machine translation sees (<b1>...</b1>)
TAG_NAMES = {BOLD: "b", ITALIC: "i", UNDERLINE: "u", STRIKE: "s", LINK: "a", CODE: "code", BREAK: "br"}
# what a person loses when a format cannot be placed: links and code are content, emphasis is style
CONTENT_KINDS = (LINK, CODE)
WORDS = {
    BOLD: "bold",
    ITALIC: "italics",
    UNDERLINE: "underlining",
    STRIKE: "strike-through",
    LINK: "link",
    CODE: "inline code",
    BREAK: "line break",
}

MAX_URL_LENGTH = 2_000
_SAFE_SCHEMES = ("http", "https", "mailto", "tel", "ftp", "ftps", "sftp")
_SCHEME = LazyPattern(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# whitespace, controls, invisibles, private-use characters (an icon font's, drawn as a box or as nothing) and what
# XML cannot carry (non-characters, lone surrogates): not an address. The other characters drawn as nothing (a
# soft hyphen, a word joiner, a variation selector...) are the readers' (read.characters.INVISIBLE), removed too.
_URL_CONTROLS = LazyPattern(
    r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff\ue000-\uf8ff"
    r"\U000f0000-\U0010ffff]"
)

# the spaces that are not ASCII (no-break, ideographic, the typographic ones, line and paragraph separators):
# pasted around an address or into it as a space is
_URL_SPACES = "\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_URL_SPACE = LazyPattern(f"[{_URL_SPACES}]")
# what is left out at both ends of an address: C0 controls and the space, as a browser strips them, and those
_URL_EDGES = "".join(map(chr, range(0x21))) + _URL_SPACES


@dataclass(frozen=True)
class Format:
    """One kind of formatting; ``target`` is a link's URL or an inline code's text."""

    kind: str
    target: str = ""

    @property
    def paired(self) -> bool:
        return self.kind in PAIRED

    @property
    def tag_name(self) -> str:
        return TAG_NAMES[self.kind]


@dataclass(frozen=True)
class Span:
    """Formatting over ``text[start:end]`` of a segment (a break: ``start == end``, where the line breaks)."""

    start: int
    end: int
    format: Format


def numbered(spans: Iterable[Span]) -> list[Span]:
    """Spans in reading order: by start, the longer (outer) first; their tags are numbered 1, 2, ... in this order."""
    return sorted(spans, key=lambda span: (span.start, -span.end, KINDS.index(span.format.kind), span.format.target))


def safe_url(url: str) -> str | None:
    """``url`` if a link may point there (web, mail, telephone, relative), else None.

    Whitespace and invisible characters are not part of a URL (``java\\nscript:``, ``java\\u00a0script:``,
    ``java\\u2060script:`` is how filters are fooled), so they are removed before the scheme is read, and so are
    the characters an XML file (a DOCX edition's relationships) cannot carry. A space inside the address (an HTML
    ``href`` or a Word hyperlink typed with one) is where a browser goes ``%20``, as it is written: removed, it would
    name another page; a no-break or other Unicode space there is its UTF-8 bytes so encoded (``%C2%A0``). Spaces
    around it, ASCII or not, are left out, as a browser does with ASCII ones.
    """
    from .read.characters import INVISIBLE

    cleaned = _URL_CONTROLS.sub("", INVISIBLE.sub("", _URL_SPACE.sub("", url)))
    if not cleaned or len(cleaned) > MAX_URL_LENGTH:
        return None
    written = cleaned
    inside = url.strip(_URL_EDGES)
    if " " in inside or _URL_SPACE.search(inside):
        written = _URL_CONTROLS.sub("", INVISIBLE.sub("", _URL_SPACE.sub(_percent_encoded, inside.replace(" ", "%20"))))
        if len(written) > MAX_URL_LENGTH:
            return None
    scheme = _SCHEME.match(cleaned)  # read with every space and invisible out: "java script:" is javascript:
    if scheme is None:  # relative: a path, a query or a fragment
        return None if cleaned.startswith("\\") else written
    return written if scheme.group(1).lower() in _SAFE_SCHEMES else None


def _percent_encoded(match: re.Match) -> str:
    """A space that is not ASCII as a browser writes it in an address: its UTF-8 bytes, %C2%A0 for a no-break
    space."""
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def clip(spans: Sequence[Span], start: int, end: int, text: str) -> tuple[Span, ...]:
    """The spans inside ``text[start:end]``, relative to ``start``, without leading or trailing spaces.

    A break at ``end`` (between two sentences) belongs to the sentence before it.
    """
    clipped = []
    for span in spans:
        if span.format.kind == BREAK:
            if start <= span.start <= end and not (span.start == start and start > 0):
                clipped.append(Span(span.start - start, span.start - start, span.format))
            continue
        left, right = max(span.start, start), min(span.end, end)
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if left < right:
            clipped.append(Span(left - start, right - start, span.format))
    return tuple(numbered(clipped))


def format_runs(text: str, spans: Sequence[Span]) -> list[tuple[str, frozenset[Format]]]:
    """``text`` cut where formatting changes: (text, the formats over it); a break is its own run, ``"\\n"``.

    Inline code is a run of its own with the code text; a space after a
    break is left out (the break stands for it).
    """
    cuts = sorted({0, len(text)} | {p for s in spans for p in (s.start, s.end)})
    breaks = Counter(s.start for s in spans if s.format.kind == BREAK)
    # one sweep over the cuts with the spans open at each (a paragraph of 10,000 Word runs must not compare
    # every cut with every span)
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    for span in spans:
        if span.format.kind != BREAK and span.start < span.end:
            starting.setdefault(span.start, []).append(span)
            ending.setdefault(span.end, []).append(span)
    open_spans: Counter[Span] = Counter()
    runs: list[tuple[str, frozenset[Format]]] = []
    for left, right in zip(cuts, [*cuts[1:], None]):
        for span in ending.get(left, ()):
            open_spans[span] -= 1
            if not open_spans[span]:
                del open_spans[span]
        if breaks[left]:  # the formats a break stands inside: open before it and going on after it
            inside = frozenset(span.format for span in open_spans if span.format.paired)
            runs += [("\n", inside)] * breaks[left]
        open_spans.update(starting.get(left, ()))
        if right is None or left >= right:
            continue
        formats = frozenset(span.format for span in open_spans)
        piece = text[left:right]
        if left in breaks and piece.startswith(" "):
            piece = piece[1:]
        if piece:
            runs.append((piece, formats))
    return runs
