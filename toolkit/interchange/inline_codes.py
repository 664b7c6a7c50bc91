"""Formatting carried as inline codes in the files a reviewer sends back (XLIFF 1.2, XLIFF 2.0, TMX).

Each format's reader (:func:`toolkit.interchange.xliff._inline`, :func:`toolkit.interchange.xliff2._inline`,
:func:`toolkit.interchange.tmx._other_tools_inline`) gives a segment's text and a :class:`Mark` for each inline
code in it that stands for formatting the toolkit stores, or refuses the segment with :class:`InlineCode`.
What is shared is here: what another tool's native code (``<b>``, ``<em>``, ``<a href="...">``, ``<br/>``)
stands for, and the English's formatting as spans and a target's as the English's tags, from those marks.
"""

from __future__ import annotations

import re

from ..formatting import BREAK, TAG_NAMES, Format, Span
from ..records import dataclass
from ..slots import CLOSE, OPEN, STANDALONE, Part, Tag, Template


class InlineCode(Exception):
    """An inline code that stands for no formatting the toolkit stores: the segment holding it is not taken."""


# what another tool's native code stands for, read from the code itself (<bpt id="1">&lt;b&gt;</bpt>)
_NATIVE_OPENING = re.compile(
    r"^\s*<\s*(?P<name>strong|b|em|i|u|ins|s|strike|del|a)\b(?P<rest>[^>]*)>\s*$", re.IGNORECASE
)
NATIVE_NAMES = {"strong": "b", "b": "b", "em": "i", "i": "i", "u": "u", "ins": "u", "s": "s", "strike": "s"}
NATIVE_NAMES |= {"del": "s", "a": "a"}
_NATIVE_BREAK = re.compile(r"^\s*(?:<\s*br\s*/?\s*>|\\line|\n|\r\n?)\s*$", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def native_tag(native: str) -> str | None:
    """The toolkit's tag name for another tool's native code: b, i, u, s or a for an opening tag (``<strong>``,
    ``<em>``, ``<a href="...">``), br for a line break (``<br/>``, ``\\line``, a newline); None for anything else."""
    opening = _NATIVE_OPENING.match(native)
    if opening:
        return NATIVE_NAMES[opening.group("name").lower()]
    return "br" if _NATIVE_BREAK.match(native) else None


def link_address(native: str) -> str | None:
    """The address a native link code gives (``<a href="...">``); None where it gives none."""
    found = _HREF.search(native)
    return next((group for group in found.groups() if group is not None), "") if found else None


@dataclass(frozen=True)
class Mark:
    """Where an inline element of a <source> or <target> stands in its text, and what it stands for."""

    at: int
    ident: str  # its id (the <ept>'s <bpt> id, an <ex>'s rid)
    name: str  # the toolkit's tag name: b, i, u, s, a, br
    role: str  # OPEN, CLOSE or STANDALONE
    target: str = ""  # a link's address, where the native code gives it


def source_formatting(element, read) -> tuple[str, dict[int, Span], dict[str, int]]:
    """The English of a <source> with the formatting its inline elements stand for, as spans by tag number,
    and the tag number of each element id: the id itself where every id is a number (the toolkit's export
    numbers them as the article's spans), else the order the formatting opens in (another tool's ids).
    ``read`` gives the text and marks of an element (each format's reader, as the module docstring says)."""
    kinds = {name: kind for kind, name in TAG_NAMES.items()}
    text, marks = read(element)
    idents = list(dict.fromkeys(mark.ident for mark in marks if mark.role != CLOSE))
    # a number as the toolkit writes one: 0-9 (not ² or ١), no longer than a tag number can be
    numbered = all(ident.isascii() and ident.isdigit() and len(ident) <= 9 for ident in idents)
    numbers = {ident: int(ident) if numbered else order for order, ident in enumerate(idents, 1)}
    spans: dict[int, Span] = {}
    starts: dict[str, Mark] = {}
    for mark in marks:
        number = numbers.get(mark.ident)
        if number is None or number in spans:
            continue
        if mark.role == STANDALONE:
            spans[number] = Span(mark.at, mark.at, Format(BREAK))
        elif mark.role == OPEN:
            starts.setdefault(mark.ident, mark)
        elif mark.ident in starts:
            start = starts.pop(mark.ident)
            spans[number] = Span(start.at, mark.at, Format(kinds[start.name], start.target))
    return text, spans, numbers


def target_formatting(element, source: dict[str, int], source_tags: set[tuple[int, str]], read) -> Template | None:
    """A <target>'s text with its inline formatting as the toolkit's tags, where they are the source's (same
    id, same kind; ``source`` gives each id's tag number), each taken once; other elements, and a pair the
    target repeats (a CAT tool lets a reviewer paste a tag twice), are left out, their text kept. None when
    it has none of them. ``read`` as for :func:`source_formatting`."""
    text, marks = read(element)
    parts: list[Part] = []
    taken: set[tuple[int, str]] = set()
    open_now: set[tuple[int, str]] = set()
    position = 0
    for mark in marks:
        number = source.get(mark.ident)
        key = (number, mark.name) if number is not None else None
        if key is None or key not in source_tags:
            continue
        if mark.role == OPEN:
            if key in taken:
                continue
            taken.add(key)
            open_now.add(key)
        elif mark.role == CLOSE:
            if key not in open_now:
                continue
            open_now.discard(key)
        parts += [text[position : mark.at], Tag(key[0], key[1], mark.role)]
        position = mark.at
    parts.append(text[position:])
    if open_now:  # an opening the target never closes: it is left out
        parts = [part for part in parts if not (isinstance(part, Tag) and (part.number, part.name) in open_now)]
    template = Template.joined(parts)
    return template if template.tags else None
