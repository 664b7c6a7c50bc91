"""Formatting through machine translation: markers in what the model reads, repaired as they come back.

A sentence with inline formatting goes to the model with markers in it, the
way HTML-trained models carry tags: ``<b1>``...``</b1>`` around a bold span,
``<a2>``...``</a2>`` around a link's text, ``<i3>``...``</i3>`` around italics,
and a standalone ``<code4/>`` *instead of* an inline code (the model never
sees the code, so it cannot translate it), ``<br5/>`` for a line break, and
``<a6/>`` instead of a link that shows its own address. The number is the
span's number in the segment (:mod:`toolkit.formatting`), as in the template's
tags (``{#b1}``), so a marker can only ever stand for the source's own span: a
link's address and a code's text always come from the source, never from the
model. Sentences without formatting go to the model as before, untouched.

What comes back is read the way name placeholders are (:mod:`toolkit.translate.placement`):
markers with spaces or punctuation inside, a backslash for the slash, capitals,
Arabic-Indic or Persian digits are all read; then, per span,

- a marker the sentence does not have is removed,
- a copy of a marker (a second opening, closing or standalone) is removed,
- an opening and closing written the wrong way round are swapped,
- an opening without its closing is closed (and a closing without its
  opening opened) as many words away as the source span has words,

each repair a ``format-repaired`` warning that marks the segment for an
editor. A marker the model dropped is left to :func:`toolkit.translate.formatting.fit`,
which places the span by alignment where it can and reports it otherwise.
The names are then located in the text without markers, exactly as in a
plain sentence, and the markers go back in between the name slots.

What must come out exactly as the source writes it (web and mail addresses,
social handles and hashtags, geographic coordinates, Markdown footnote marks:
:func:`toolkit.localise.verbatim_runs`) is hidden from the model the way
inline code is: each is a standalone ``<codeN/>`` marker numbered after the
sentence's formatting spans (:func:`hidden_runs`), so the model can neither
translate, respell nor re-punctuate it, and its text goes back from the source
(:func:`written_back`). A run the model dropped is a ``verbatim-lost`` error,
never a silent loss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field

from ..document import Mention
from ..formatting import BREAK, CODE, Format, Span
from ..localise import FOOTNOTE_MARK_PATTERN, as_the_source_writes, verbatim_runs, western_digits
from ..patterns import LazyPattern
from ..problems import Problem
from ..records import dataclass
from ..slots import CLOSE, OPEN, STANDALONE, Part, Slot, Tag, Template
from .formatting import describe, standalone

_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_NOISE = r"[\s.,،;:]*"
MARKER = LazyPattern(
    rf"<{_NOISE}(?P<close>[/\\]{_NOISE})?(?P<name>code|br|b|i|u|s|a){_NOISE}(?P<number>{_DIGIT}{{1,3}})"
    rf"{_NOISE}(?P<alone>[/\\])?{_NOISE}>",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[^\W_]+(?:['’\-][^\W_]+)*")


# The most markers one sentence is given with: marker numbers are read back up to three digits, and a "sentence" of
# thousands of hashtags or addresses (a list pasted as one paragraph) gives the model its runs beyond as text
MAX_MARKERS = 500


def hidden_runs(text: str, spans: Sequence[Span], mentions: Sequence[Mention] = ()) -> tuple[Span, ...]:
    """What of ``text`` the model is never shown, each as a span of its own after the sentence's ``spans``: the
    addresses, handles, hashtags, coordinates and footnote marks of :func:`toolkit.localise.verbatim_runs`, except
    those an inline code or a link shown as its address hides already, or that cross the edge of a formatting
    span (half bold: hidden, the bold could not start or end inside it), or hold a glossary name of ``mentions``
    (a name is the placement's to put back). At most :data:`MAX_MARKERS` with the spans."""
    hidden: list[Span] = []
    for start, end in verbatim_runs(text):
        if len(hidden) + len(spans) >= MAX_MARKERS:  # a list of thousands pasted as one sentence: the rest as text
            break
        if any(_crosses(span, start, end, text) for span in spans):
            continue
        if any(mention.start < end and start < mention.end for mention in mentions):
            continue
        hidden.append(Span(start, end, Format(CODE, text[start:end])))
    return tuple(hidden)


def _crosses(span: Span, start: int, end: int, text: str) -> bool:
    if span.format.kind == BREAK:
        return start < span.start < end
    if standalone(span, text):
        return span.start < end and start < span.end
    inside = span.start <= start and end <= span.end
    apart = end <= span.start or span.end <= start
    return not (inside or apart)


def written_back(template: Template, hidden: Sequence[Span], first: int, source: str) -> tuple[Template, list[Problem]]:
    """``template`` with each hidden run's tag (numbered from ``first``) replaced by the run's text as the source
    writes it; a second tag of one is removed. A run whose tag is missing (the model dropped it) is a
    ``verbatim-lost`` error, except a footnote mark that ends the source sentence (said.[^1], said[^1].) or
    labels its note ([^1]: Reuters.): it goes where the source has it, a ``format-repaired`` warning that marks
    the segment."""
    written: set[int] = set()
    parts: list[Part] = []
    after_run: int | None = None  # where the source's run just written back ends
    for part in template.parts:
        if isinstance(part, Tag) and first <= part.number < first + len(hidden):
            if part.number not in written:
                written.add(part.number)
                run = hidden[part.number - first]
                previous = parts[-1] if parts else None
                if source[run.start - 1 : run.start].isspace() and (
                    isinstance(previous, Slot) or (isinstance(previous, str) and previous[-1:].strip())
                ):
                    parts.append(" ")  # the source's space between it and a name, another run or the text
                parts.append(source[run.start : run.end])
                after_run = run.end
            continue
        if after_run is not None and isinstance(part, Slot) and source[after_run : after_run + 1].isspace():
            parts.append(" ")  # and between it and a name after it
        after_run = None
        parts.append(part)
    problems = []
    for number, run in enumerate(hidden, first):
        if number in written:
            continue
        text = source[run.start : run.end]
        placed = _footnote_mark_placed(parts, text, source[: run.start], source[run.end :])
        if placed is not None:
            parts = placed
            problems.append(
                Problem(
                    "warning",
                    "format-repaired",
                    f"the footnote mark '{text}': the model dropped it, put back where the source has it, repaired",
                )
            )
            continue
        problems.append(
            Problem(
                "error", "verbatim-lost", f"the {run_kind(text)} '{text[:80]}' was dropped by the model: add it by hand"
            )
        )
    return Template.joined(parts), problems


_FOOTNOTE_MARKS = LazyPattern(FOOTNOTE_MARK_PATTERN)
_MARK_AT_END = LazyPattern(FOOTNOTE_MARK_PATTERN + r"\Z")
_CLOSING = frozenset(" \t\n.!?…:;,\"'”’»)]\u061f\u060c\u061b")


def _footnote_mark_placed(parts: list[Part], mark: str, before: str, after: str) -> list[Part] | None:
    """``parts`` with a dropped footnote mark put back where the source has it, when that place is clear: at the
    end of the sentence (before its closing marks when the source has it before its own), or at the start of its
    note with the colon after it; None elsewhere."""
    if not mark.startswith("[^"):
        return None
    if not before.strip() and after.startswith(":"):  # a note's label: "[^1]: " before the note's text
        rest = after[1:]
        label = mark + ":" + rest[: len(rest) - len(rest.lstrip(" \t"))]
        if parts and isinstance(parts[0], str):
            return [label + parts[0].lstrip().removeprefix(":").lstrip(" \t"), *parts[1:]]
        return [label, *parts]
    later = _FOOTNOTE_MARKS.findall(after)  # the marks right after it (said.[^1][^2]): the sentence's end too
    after = _FOOTNOTE_MARKS.sub("", after)
    if any(character not in _CLOSING for character in after):
        return None
    for index in range(len(parts) - 1, -1, -1):  # a later mark the model kept: it goes right before it
        part = parts[index]
        if not isinstance(part, str):
            continue
        found = [part.find(other) for other in later if other in part]
        if found:
            cut = min(found)
            return [*parts[:index], part[:cut] + mark + part[cut:], *parts[index + 1 :]]
    last = parts[-1] if parts else ""
    if not after.strip() or not isinstance(last, str):  # after the sentence's own closing marks
        return [*parts[:-1], last.rstrip(), mark] if isinstance(last, str) and last else [*parts, mark]
    body = last.rstrip()
    cut = len(body)
    while cut and body[cut - 1] in _CLOSING and not _MARK_AT_END.search(body, max(0, cut - 44), cut):  # not into a mark
        cut -= 1
    return [*parts[:-1], last[:cut] + mark + last[cut:]]


_DIRECTION_MARKS = LazyPattern("[\u200e\u200f\u2066-\u2069]")
_NOTE_LABEL = LazyPattern(rf"\s*({FOOTNOTE_MARK_PATTERN}:)")


def runs_missing(source: str, text: str) -> list[str]:
    """What ``source`` writes as it is (footnote marks, addresses, handles, hashtags, coordinates) that the
    translation ``text`` does not have, in source order; a footnote's text ("[^1]: ...") must also open with its
    label and colon, or it is no note (``[^1]:`` is then what is missing). Direction marks are no part of a run,
    and a run the translation writes as an edition publishes it as the source's (a coordinate in the locale's
    digits: :func:`toolkit.localise.as_the_source_writes`) is the source's: the editions and this check read runs
    with the same code."""
    text = _DIRECTION_MARKS.sub("", text)
    written = {as_the_source_writes(text[start:end]) for start, end in verbatim_runs(text)}
    missing = [
        source[start:end]
        for start, end in verbatim_runs(source)
        if source[start:end] not in text and source[start:end] not in written
    ]
    label = _NOTE_LABEL.match(source)
    if label and label.group(1)[:-1] not in missing and not text.lstrip().startswith(label.group(1)):
        missing.insert(0, label.group(1))
    return missing


def run_kind(run: str) -> str:
    """What a hidden run is, in a report's words."""
    if run.startswith("[^"):
        return "footnote mark"
    if "°" in run and "@" not in run and "/" not in run:
        return "coordinate"
    if run.startswith("@"):
        return "handle"
    if run.startswith("#"):
        return "hashtag"
    return "address"


def protect(text: str, spans: Sequence[Span], mentions: Sequence[Mention] | None = None) -> str:
    """``text`` with its spans as markers; with ``mentions``, each name (and its possessive) as ``[[n]]`` too."""
    inserts: dict[int, list[tuple[int, int, str]]] = {}  # position -> (order, tie, marker)
    replaced: dict[int, tuple[int, str]] = {}  # start -> (end, what stands there instead)
    for number, span in enumerate(spans, 1):
        name = span.format.tag_name
        if span.format.kind == BREAK:
            inserts.setdefault(span.start, []).append((1, number, f"<{name}{number}/>"))
        elif standalone(span, text):
            replaced[span.start] = (span.end, f"<{name}{number}/>")
        else:
            inserts.setdefault(span.start, []).append((2, number, f"<{name}{number}>"))
            inserts.setdefault(span.end, []).append((0, -number, f"</{name}{number}>"))
    from .placement import PLACEHOLDER_SENT, _possessive_tail, placeholder_numbers  # name placement: engines only

    for number, mention in zip(placeholder_numbers(text, len(mentions or ())), mentions or ()):
        end = mention.end + (len(_possessive_tail(text, mention.end)) if mention.possessive else 0)
        if not any(start <= mention.start < stop for start, (stop, _) in replaced.items()):
            replaced.setdefault(mention.start, (end, PLACEHOLDER_SENT.format(number)))
    out: list[str] = []
    position, carried = 0, list[str]()
    while position <= len(text):
        out += [marker for *_, marker in sorted(inserts.get(position, []))]
        if carried and not any(start < position < stop for start, (stop, _) in replaced.items()):
            out += carried
            carried = []
        if position in replaced:
            stop, instead = replaced[position]
            out.append(instead)
            for inside in range(position + 1, stop):  # markers inside a replaced name go after it
                carried += [marker for *_, marker in sorted(inserts.get(inside, []))]
            position = stop
            continue
        if position < len(text):
            out.append(text[position])
        position += 1
    out += carried
    return "".join(out)


@dataclass
class ReadMarkers:
    """Machine output without its markers: the text, each tag at its position in it, and what was repaired."""

    text: str
    tags: list[tuple[int, Tag]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_markers(output: str, spans: Sequence[Span], source: str, hidden: int = 0) -> ReadMarkers:
    """Take the markers out of ``output`` (whitespace collapsed, as name placement wants it), repaired; the last
    ``hidden`` of ``spans`` are runs hidden from the model (:func:`hidden_runs`)."""
    found: list[tuple[int, Tag]] = []
    pieces: list[str] = []
    position = length = 0
    for match in MARKER.finditer(output):
        pieces.append(output[position : match.start()])
        length += len(pieces[-1])
        role = CLOSE if match.group("close") else STANDALONE if match.group("alone") else OPEN
        found.append((length, Tag(int(western_digits(match.group("number"))), match.group("name").lower(), role)))
        position = match.end()
    pieces.append(output[position:])
    raw = "".join(pieces)
    text, mapping = _collapse(raw)
    tags = [(mapping[at], tag) for at, tag in found]
    read = ReadMarkers(text)
    read.tags = _repaired(tags, spans, source, text, read.problems, len(spans) - hidden)
    return read


def _collapse(text: str) -> tuple[str, list[int]]:
    """``" ".join(text.split())`` and, for every position of ``text`` (and its end), where it lands."""
    out: list[str] = []
    mapping: list[int] = []
    pending_space = False
    for character in text:
        mapping.append(len(out) + (1 if pending_space and out else 0))
        if character.isspace():
            pending_space = True
            continue
        if pending_space and out:
            out.append(" ")
        pending_space = False
        out.append(character)
    mapping.append(len(out))
    return "".join(out), mapping


def _repaired(
    tags: list[tuple[int, Tag]],
    spans: Sequence[Span],
    source: str,
    text: str,
    problems: list[Problem],
    formatting: int | None = None,
) -> list[tuple[int, Tag]]:
    formatting = len(spans) if formatting is None else formatting  # the spans after these are hidden runs

    def repaired(number: int, span: Span, what: str) -> None:
        if number <= formatting:
            problems.append(Problem("warning", "format-repaired", f"{describe(span, source)}: {what}, repaired"))
        else:
            shown = source[span.start : span.end]
            message = f"the {run_kind(shown)} '{shown[:80]}': {what}, repaired"
            problems.append(Problem("warning", "format-repaired", message))

    kept: list[tuple[int, Tag]] = []
    by_number: dict[int, list[tuple[int, Tag]]] = {}
    for at, tag in tags:
        by_number.setdefault(tag.number, []).append((at, tag))
    for number, span in enumerate(spans, 1):
        name = span.format.tag_name
        mine = by_number.get(number, [])
        if not mine:
            continue
        if len({tag.name for _, tag in mine} - {name}):
            repaired(number, span, "the model changed its marker")
        if standalone(span, source):
            if len(mine) > 1:
                repaired(number, span, "the model repeated it")
            kept.append((mine[0][0], Tag(number, name, STANDALONE)))
            continue
        opens = [at for at, tag in mine if tag.role == OPEN]
        closes = [at for at, tag in mine if tag.role == CLOSE]
        if len(opens) > 1 or len(closes) > 1 or any(tag.role == STANDALONE for _, tag in mine):
            repaired(number, span, "the model repeated its markers")
        words = max(1, len(_WORD.findall(source[span.start : span.end])))
        if opens and closes:
            start, end = opens[0], closes[-1]
            if end < start:
                start, end = closes[0], opens[-1]
                repaired(number, span, "the model wrote its end before its start")
        elif opens:
            start, end = opens[0], _after_words(text, opens[0], words)
            repaired(number, span, "the model wrote where it starts but not where it ends")
        elif closes:
            start, end = _before_words(text, closes[-1], words), closes[-1]
            repaired(number, span, "the model wrote where it ends but not where it starts")
        else:  # a lone standalone marker for a pair: its place is a guess too weak to use
            continue
        kept += [(start, Tag(number, name, OPEN)), (end, Tag(number, name, CLOSE))]
    unknown = sorted({tag.number for _, tag in tags if not 0 < tag.number <= len(spans)})
    if unknown:
        problems.append(
            Problem(
                "warning",
                "format-repaired",
                f"the model wrote formatting markers the sentence does not have "
                f"({', '.join(map(str, unknown))}); removed",
            )
        )
    return _ordered(kept, spans)


def _ordered(kept: list[tuple[int, Tag]], spans: Sequence[Span]) -> list[tuple[int, Tag]]:
    """The tags by position and, at one position, closings (inner first), then openings (outer first), with each
    standalone tag inside the pairs whose source span holds it: an address at the end of a link's text
    (``<a1>report<code2/></a1>``) before the link's closing, one at its start after its opening, and a pair the
    model wrote around nothing but standalone tags (bold over an address: ``<b1><code2/></b1>``) around them."""

    def holds(number: int, span: Span) -> bool:
        pair = spans[number - 1]
        if span.start == span.end:  # a break at a pair's edge is outside it
            return pair.start < span.start < pair.end
        return pair.start <= span.start and span.end <= pair.end

    by_position: dict[int, list[Tag]] = {}
    for at, tag in kept:
        by_position.setdefault(at, []).append(tag)
    ordered: list[tuple[int, Tag]] = []
    for at in sorted(by_position):
        tags = by_position[at]
        empty = {t.number for t in tags if t.role == OPEN} & {t.number for t in tags if t.role == CLOSE}
        closes = sorted((t for t in tags if t.role == CLOSE and t.number not in empty), key=lambda t: -t.number)
        empty_opens = sorted((t for t in tags if t.role == OPEN and t.number in empty), key=lambda t: t.number)
        empty_closes = sorted((t for t in tags if t.role == CLOSE and t.number in empty), key=lambda t: -t.number)
        opens = sorted((t for t in tags if t.role == OPEN and t.number not in empty), key=lambda t: t.number)
        keyed: list[tuple[tuple[int, int, int], Tag]] = []
        keyed += [((0, 2 * index + 1, 0), tag) for index, tag in enumerate(closes)]
        keyed += [((1, 2 * index, 0), tag) for index, tag in enumerate(empty_opens)]
        keyed += [((2, index, 0), tag) for index, tag in enumerate(empty_closes)]
        keyed += [((3, 2 * index, 0), tag) for index, tag in enumerate(opens)]
        for tag in (t for t in tags if t.role == STANDALONE):
            span = spans[tag.number - 1]
            in_empty = [index for index, pair in enumerate(empty_opens) if holds(pair.number, span)]
            in_opening = [index for index, pair in enumerate(opens) if holds(pair.number, span)]
            if in_empty:
                keyed.append(((1, 2 * max(in_empty) + 1, tag.number), tag))
            elif in_opening:
                keyed.append(((3, 2 * max(in_opening) + 1, tag.number), tag))
            else:  # after the closings of pairs that do not hold it, before those that do
                outside = sum(1 for pair in closes if not holds(pair.number, span))
                keyed.append(((0, 2 * outside, tag.number), tag))
        ordered += [(at, tag) for _, tag in sorted(keyed, key=lambda item: item[0])]
    return ordered


def _after_words(text: str, start: int, count: int) -> int:
    words = [match for match in _WORD.finditer(text, start)][:count]
    return words[-1].end() if words else len(text.rstrip())


def _before_words(text: str, end: int, count: int) -> int:
    words = list(_WORD.finditer(text, 0, end))[-count:]
    return words[0].start() if words else 0


def insert_tags(
    template: Template,
    text: str,
    tags: Sequence[tuple[int, Tag]],
    slot_ranges: Sequence[tuple[int, int]] | None = None,
) -> Template | None:
    """``template`` (names placed in ``text``) with each tag at its position in ``text``; None if the template's
    text cannot be found in order in ``text`` (its tags are then left to alignment).

    ``slot_ranges`` are where placement found each slot's name in ``text``, in slot order. Without them a slot
    runs to the next occurrence of the text after it, which is wrong when that text is also inside the name:
    two names joined by a space (بفلاديمير بوتين وأردوغان) would split at the first name's own space, and
    the formatting of the second would move into the first.
    """
    slots = [part for part in template.parts if not isinstance(part, str)]
    known = list(slot_ranges) if slot_ranges is not None and len(slot_ranges) == len(slots) else None
    ranges: list[tuple[int, int]] = []
    waiting: list[int] = []  # slots whose range is known only once the next text is found
    cursor = 0
    for part in template.parts:
        if isinstance(part, str):
            found = text.find(part, cursor)
            if found < 0:
                return None
            for index in waiting:
                ranges[index] = (cursor, found)
            waiting = []
            ranges.append((found, found + len(part)))
            cursor = found + len(part)
        elif known is not None and known[0][0] >= cursor:
            start, end = known.pop(0)
            ranges.append((start, end))
            cursor = end
        else:
            known = None  # out of step with the template: find the rest by its text
            waiting.append(len(ranges))
            ranges.append((cursor, cursor))
    for index in waiting:
        ranges[index] = (cursor, len(text))
    queue = list(tags)
    parts: list[Part] = []
    for part, (start, end) in zip(template.parts, ranges):
        if isinstance(part, str):
            position = start
            while queue and queue[0][0] < end:
                at, tag = queue.pop(0)
                cut = max(at, position)
                parts += [part[position - start : cut - start], tag]
                position = cut
            parts.append(part[position - start :])
            continue
        while queue and (queue[0][0] <= start or (queue[0][1].role != CLOSE and queue[0][0] < end)):
            parts.append(queue.pop(0)[1])
        parts.append(part)
        while queue and queue[0][1].role == CLOSE and queue[0][0] <= end:
            parts.append(queue.pop(0)[1])
    parts += [tag for _, tag in queue]
    return Template.joined(parts)


def slot_positions(template: Template, mentions_in_slot_order: Sequence[int]) -> dict[int, int]:
    """Per source mention, the index in ``template.parts`` of its slot (the n-th slot is the n-th placed name)."""
    indices = [index for index, part in enumerate(template.parts) if isinstance(part, Slot)]
    return {mention: index for mention, index in zip(mentions_in_slot_order, indices)}


def spaced_like_source(template: Template, spans: Sequence[Span], source: str) -> Template:
    """A standalone tag (inline code, a link shown as its address) with a space either side where the source
    has one: taking its marker out of the model's output left one space for the two."""
    parts = list(template.parts)
    for index, part in enumerate(parts):
        if not (isinstance(part, Tag) and part.role == STANDALONE and 0 < part.number <= len(spans)):
            continue
        span = spans[part.number - 1]
        if span.format.kind == BREAK:
            continue
        before_index, after_index = index - 1, index + 1  # the text either side, past the tags beside it
        while before_index >= 0 and isinstance(parts[before_index], Tag):
            before_index -= 1
        while after_index < len(parts) and isinstance(parts[after_index], Tag):
            after_index += 1
        before = parts[before_index] if before_index >= 0 else None
        after = parts[after_index] if after_index < len(parts) else None
        if (
            source[span.start - 1 : span.start].isspace()
            and isinstance(before, str)
            and before
            and not before[-1].isspace()
            and after is not None
        ):
            parts[before_index] = before + " "
        if (
            source[span.end : span.end + 1].isspace()
            and isinstance(after, str)
            and after
            and not after[0].isspace()
            and _WORD.match(after)
        ):
            parts[after_index] = " " + after
    return Template(tuple(parts))
