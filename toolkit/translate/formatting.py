"""Formatting in a translation: each formatting span of the source as tags in the target template.

Whatever gave the translation (the memory, the machine), its template must
end with exactly the source's formatting: one pair of tags per bold,
italic, underlined, struck-through or linked span, one tag per inline code
and line break, numbered as the source's spans are (:mod:`toolkit.slots`).
:func:`fit` makes it so:

1. **Tags already there** (a memory unit stored with its formatting, or the
   model's markers read back, :mod:`toolkit.translate.markers`) are kept
   where they agree with the source (same number, same kind, paired), and
   the others dropped: the source decides what is formatted, and a link's
   address and a code's text always come from it.
2. **Alignment** places the rest where the translation itself shows where
   they go: formatting over exactly one or more names wraps their slots
   (``**Vladimir Putin**`` -> ``{#b1}{putin}{/b1}``); formatting over the
   whole sentence wraps the whole translation; inline code and a link
   written as its own address replace their text where the translation
   has it verbatim.
3. What is still unplaced is reported, never dropped silently: a link or
   inline code is an error (``format-lost``: content is missing), bold,
   italics and line breaks a warning that marks the segment for review
   (``emphasis-lost``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from toolkit.patterns import LazyPattern

from ..document import Mention, Segment
from ..formatting import BREAK, CODE, CONTENT_KINDS, LINK, WORDS, Span
from ..problems import Problem
from ..slots import CLOSE, OPEN, STANDALONE, Part, Slot, Tag, Template

_GAP_CLOSERS = frozenset(".!?…:;,)]»”\u061f\u060c\u061b")  # marks written against the word before them
_TRAILING_MARK_CHARACTERS = frozenset(".!?…:;,\"'”’»)]\u061f\u060c\u061b")
_TRAILING_MARKS = LazyPattern(r"[\s.!?…:;,\"'”’»)\]\u061f\u060c\u061b]*")  # a whole atom of them


def _body_end(text: str) -> int:
    """Where a text's words end: before its closing marks and spaces (read from the end, once)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _TRAILING_MARK_CHARACTERS):
        end -= 1
    return end


_POSSESSIVE = LazyPattern(r"['’]s?")
_LETTER_OR_DIGIT = LazyPattern(r"[^\W_]")
_JOINING_WORDS = LazyPattern(r"\b(?:and|or|&)\b", re.IGNORECASE)  # "[Putin and Erdogan](...)": one link


def verbatim(span: Span, text: str) -> bool:
    """Whether the span's text comes back as written, never translated: inline code, or a link that is its
    own address (``<https://example.com>``)."""
    if span.format.kind == CODE:
        return True
    if span.format.kind != LINK:
        return False
    shown = text[span.start : span.end]
    return shown in (span.format.target, span.format.target.removeprefix("mailto:"))


def tag_for(span: Span, text: str, number: int, role: str) -> Tag:
    return Tag(number, span.format.tag_name, role)


def standalone(span: Span, text: str) -> bool:
    """Whether a span is one tag in a template (code, a break, a link shown as its address) or a pair."""
    return span.format.kind in (CODE, BREAK) or verbatim(span, text)


def describe(span: Span, text: str) -> str:
    """How a report names a span: "bold on 'the deal'", "the link on 'Sochi' (https://...)"."""
    shown = " ".join(text[span.start : span.end].split())
    if len(shown) > 60:
        shown = shown[:57] + "..."
    kind = span.format.kind
    if kind == BREAK:
        before = " ".join(text[max(0, span.start - 30) : span.start].split())
        return f"the line break after '{before}'"
    if kind == CODE:
        return f"the inline code '{shown}'"
    if kind == LINK:
        address = span.format.target[:80]
        return f"the link on '{shown}'" + (f" ({address})" if address else "")
    return f"{WORDS[kind]} on '{shown}'"


def source_template(segment: Segment) -> Template:
    """The English of a segment with its formatting as tags, as a memory unit stores it beside the translations.

    Inline code and links shown as their address stay text (the English is
    the memory's key, and its text is the segment's); line breaks and the
    paired formats are tags.
    """
    return tagged(segment.text, list(enumerate(segment.spans, 1)))


def tagged(text: str, spans: Sequence[tuple[int, Span]]) -> Template:
    """``text`` with each ``(number, span)`` as the tags of that number, as :func:`source_template` writes them
    (inline code and links shown as their address stay text)."""
    events: dict[int, list[tuple[int, int, Tag]]] = {}  # position -> closings (inner first), openings, breaks
    for number, span in spans:
        name = span.format.tag_name
        if span.format.kind == BREAK:
            events.setdefault(span.start, []).append((2, number, Tag(number, name, STANDALONE)))
        elif standalone(span, text):
            continue
        else:
            events.setdefault(span.start, []).append((1, number, Tag(number, name, OPEN)))
            events.setdefault(span.end, []).append((0, -number, Tag(number, name, CLOSE)))
    atoms: list[Part] = []
    for position in range(len(text) + 1):
        atoms.extend(tag for _, _, tag in sorted(events.get(position, []), key=lambda event: event[:2]))
        if position < len(text):
            atoms.append(text[position])
    return _template(atoms)


# how a memory unit's English shows one of its formatting spans: (number, tag name, the words before it, the words
# it covers), the words as the memory keys them; inline code and a link shown as its address are text there
EnglishSpan = tuple[int, str, str, str]


def english_spans(english: Template) -> tuple[EnglishSpan, ...]:
    """The formatting tags of a memory unit's English (:func:`source_template`), each with the words before it and
    the words it covers."""
    from .memory import memory_key

    text: list[str] = []
    opened: dict[int, tuple[str, int]] = {}
    found: list[EnglishSpan] = []
    for part in english.parts:
        if isinstance(part, str):
            text.append(part)
        elif isinstance(part, Tag):
            position = len("".join(text))
            if part.role == OPEN:
                opened.setdefault(part.number, (part.name, position))
            elif part.role == CLOSE and part.number in opened:
                name, start = opened.pop(part.number)
                plain = "".join(text)
                if name == part.name:
                    found.append((part.number, name, memory_key(plain[:start]), memory_key(plain[start:position])))
            elif part.role == STANDALONE and part.name == "br":  # a code's text is the English's, never a tag
                found.append((part.number, part.name, memory_key("".join(text)), ""))
    return tuple(sorted(found))


def _segment_spans(segment: Segment) -> list[tuple[int, EnglishSpan | None, str]]:
    """Per span of the segment: its number, how a unit's English would show it (None: it is text there, inline code
    or a link shown as its address), and its tag name."""
    from .memory import memory_key

    text = segment.text
    found: list[tuple[int, EnglishSpan | None, str]] = []
    for number, span in enumerate(segment.spans, 1):
        name = span.format.tag_name
        if span.format.kind != BREAK and standalone(span, text):
            found.append((number, None, name))
        else:
            before, covered = memory_key(text[: span.start]), memory_key(text[span.start : span.end])
            found.append((number, (number, name, before, covered), name))
    return found


def tags_for_segment(template: Template, english: Sequence[EnglishSpan], segment: Segment) -> Template:
    """A memory unit's translation with its tags numbered as ``segment``'s spans, where the unit's English
    (``english``: :func:`english_spans`) formats other words, or numbers them otherwise, than the article does.

    A unit stored from another article (or before an editor moved a link) names its spans by its own English: its
    link 1 on "first report" is not the article's link 1 on "second report". Each tag goes to the article's span of
    the same kind over the same words; a code or a link shown as its address (text in the English) to the article's
    one of the same kind, in order; a tag with no such span is left out, for :func:`fit` to align or report. A unit
    whose English carries no formatting is taken as its tags say.
    """
    if not english or not template.tags:
        return template
    spans = _segment_spans(segment)
    if [shown for _, shown, _ in spans if shown is not None] == list(english):
        return template  # the unit's English formats the same words, numbered the same: nothing to renumber
    return _renumbered(
        template,
        [(number, (name, before, covered)) for number, name, before, covered in english],
        [(source, None if shown is None else shown[1:], name) for source, shown, name in spans],
    )


def tags_for_adapted(
    template: Template,
    english: Sequence[EnglishSpan],
    segment: Segment,
    token_at: Callable[[str, int], int],
    unit_text: str,
) -> Template:
    """:func:`tags_for_segment` for a unit adapted to the sentence (its names or numbers changed): the words a span
    covers are told by where it starts and ends in the sentences' words, names and numbers one each, which the unit
    and the sentence share. ``token_at(text, position)`` counts them in ``text`` (the unit's English, ``unit_text``,
    or the sentence's) before ``position``."""
    if not english or not template.tags:
        return template
    unit: list[tuple[int, tuple[str, int, int]]] = []
    for number, name, before, covered in english:
        start = len(before) if unit_text.startswith(before) else -1
        found = unit_text.find(covered, start) if start >= 0 else -1
        if found < 0:
            continue  # not where the unit's English says: the tag is left out, and aligned or reported
        unit.append((number, (name, token_at(unit_text, found), token_at(unit_text, found + len(covered)))))
    article: list[tuple[int, tuple[str, int, int] | None, str]] = []
    for number, span in enumerate(segment.spans, 1):
        name = span.format.tag_name
        if span.format.kind != BREAK and standalone(span, segment.text):
            article.append((number, None, name))
        else:
            where = (name, token_at(segment.text, span.start), token_at(segment.text, span.end))
            article.append((number, where, name))
    if [(number, where) for number, where, _ in article if where is not None] == unit:
        return template
    return _renumbered(template, unit, article)


def _renumbered(
    template: Template,
    unit: Sequence[tuple[int, tuple]],
    article: Sequence[tuple[int, tuple | None, str]],
) -> Template:
    """``template`` with each tag numbered as the article's span that covers what the unit's span of that number
    covers (``unit``: number -> where; ``article``: number, where or None for code and addresses, tag name); code
    and addresses go to the article's of the same kind in order; the other tags are left out."""
    numbers: dict[int, int] = {}
    taken: set[int] = set()
    for number, where in unit:
        for source, shown, _ in article:
            if source not in taken and shown is not None and shown == where:
                numbers[number] = source
                taken.add(source)
                break
    described = {number for number, _ in unit}
    verbatim: dict[str, list[int]] = {}
    for source, shown, name in article:
        if shown is None:
            verbatim.setdefault(name, []).append(source)
    unit_verbatim: dict[str, list[int]] = {}
    for tag in template.tags:
        if tag.number not in described and tag.role == STANDALONE and tag.number not in unit_verbatim.get(tag.name, []):
            unit_verbatim.setdefault(tag.name, []).append(tag.number)
    for name, unit_numbers in unit_verbatim.items():
        for unit_number, source in zip(sorted(unit_numbers), verbatim.get(name, [])):
            numbers[unit_number] = source
    parts: list[Part] = []
    for part in template.parts:
        if isinstance(part, Tag):
            if part.number in numbers:
                parts.append(Tag(numbers[part.number], part.name, part.role))
        else:
            parts.append(part)
    return Template.joined(parts)


def fit(
    template: Template,
    segment: Segment,
    mention_slots: Mapping[int, int] | None = None,
) -> tuple[Template, list[Problem]]:
    """``template`` with exactly ``segment``'s formatting as tags, and what could not be placed.

    ``mention_slots`` maps a source mention's index to the index in
    ``template.parts`` of its slot (machine translation knows it); without
    it, the n-th mention of an entry is taken to be its n-th slot.
    """
    fitted, unplaced = fitted_with_unplaced(template, segment, mention_slots)
    return fitted, [_lost(span, segment.text) for span in unplaced]


def fitted_with_unplaced(
    template: Template,
    segment: Segment,
    mention_slots: Mapping[int, int] | None = None,
) -> tuple[Template, list[Span]]:
    """:func:`fit`, with the source's spans that could not be placed rather than their problems."""
    spans = segment.spans
    if not spans:
        return (template.without_tags() if template.tags else template), []
    atoms = _atoms(template)
    atoms = _keep_agreeing_tags(atoms, spans, segment.text)
    placed = {atom.number for atom in atoms if isinstance(atom, Tag)}
    mentions = list(segment.mentions or ())
    slots = _slot_atoms(atoms, mentions, mention_slots, template)  # the slot objects stay the same as tags go in
    unplaced = []
    for number, span in enumerate(spans, 1):
        if number in placed:
            continue
        atoms, done = _align(atoms, span, number, segment.text, mentions, slots)
        if not done:
            unplaced.append((number, span))
    lost = []
    for number, span in unplaced:  # over the words of a span placed since (a link made bold): around its tags
        atoms, done = _wrap_the_same_words(atoms, span, number, spans, segment.text)
        if not done:
            lost.append(span)
    return _template(atoms), lost


def _lost(span: Span, text: str) -> Problem:
    what = describe(span, text)
    if span.format.kind in CONTENT_KINDS:
        return Problem("error", "format-lost", f"{what} could not be placed in the translation: add it by hand")
    return Problem("warning", "emphasis-lost", f"{what} could not be placed in the translation: check it")


# --- atoms: a template as a list of single characters, slots and tags, easy to insert into -----------


def _atoms(template: Template) -> list[Part]:
    atoms: list[Part] = []
    for part in template.parts:
        if isinstance(part, str):
            atoms.extend(part)
        else:
            atoms.append(part)
    return atoms


def _template(atoms: Sequence[Part]) -> Template:
    parts: list[Part] = []
    for atom in atoms:
        if isinstance(atom, str) and parts and isinstance(parts[-1], str):
            parts[-1] += atom
        else:
            parts.append(atom)
    return Template(tuple(parts))


def _keep_agreeing_tags(atoms: list[Part], spans: Sequence[Span], text: str) -> list[Part]:
    """Tags that agree with the source's spans: the right kind and shape, one pair (or one tag) per span, a pair
    around some text or a name."""
    wanted: dict[int, tuple[str, bool]] = {
        number: (span.format.tag_name, standalone(span, text)) for number, span in enumerate(spans, 1)
    }
    opened: dict[int, int] = {}  # number -> atom index of its open tag
    keep: set[int] = set()
    done: set[int] = set()
    for index, atom in enumerate(atoms):
        if not isinstance(atom, Tag) or atom.number not in wanted or atom.number in done:
            continue
        name, alone = wanted[atom.number]
        if atom.name != name:
            continue
        if alone and atom.role == STANDALONE:
            keep.add(index)
            done.add(atom.number)
        elif not alone and atom.role == OPEN and atom.number not in opened:
            opened[atom.number] = index
        elif not alone and atom.role == CLOSE and atom.number in opened:
            start = opened.pop(atom.number)
            if any(
                isinstance(inside, Slot)
                or (isinstance(inside, str) and inside.strip())
                or (isinstance(inside, Tag) and inside.role == STANDALONE and inside.name != "br")  # bold code
                for inside in atoms[start + 1 : index]
            ):
                keep.update((start, index))  # a pair around nothing is formatting lost, not kept: it is aligned
                done.add(atom.number)
    kept: list[Part] = []
    for index, atom in enumerate(atoms):
        if not isinstance(atom, Tag) or index in keep:
            kept.append(atom)
        elif atom.role == STANDALONE and kept and kept[-1] == " ":
            # a code or break the source lacks leaves no gap: "{#code2/}." is "." after the word, not " ."
            following = atoms[index + 1] if index + 1 < len(atoms) else ""
            if following == "" or (isinstance(following, str) and (following.isspace() or following in _GAP_CLOSERS)):
                kept.pop()
    return kept


def _slot_atoms(
    atoms: list[Part], mentions: list[Mention], mention_slots: Mapping[int, int] | None, template: Template
) -> dict[int, Slot]:
    """Per mention index, its slot object in ``atoms`` (found by identity as tags go in)."""
    slots = [atom for atom in atoms if isinstance(atom, Slot)]
    if mention_slots is not None:
        found: dict[int, Slot] = {}
        for mention_index, position in mention_slots.items():
            part = template.parts[position] if 0 <= position < len(template.parts) else None
            if isinstance(part, Slot):
                found[mention_index] = part
        return found
    by_entry: dict[str, list[Slot]] = {}
    for slot in slots:
        by_entry.setdefault(slot.entry_id, []).append(slot)
    found = {}
    seen: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        occurrence = seen.get(mention.entry_id, 0)
        seen[mention.entry_id] = occurrence + 1
        candidates = by_entry.get(mention.entry_id, [])
        if occurrence < len(candidates):
            found[index] = candidates[occurrence]
    return found


def _index_of(atoms: list[Part], slot: Slot) -> int:
    return next(index for index, atom in enumerate(atoms) if atom is slot)


# --- alignment ------------------------------------------------------------------------------------


def _align(
    atoms: list[Part], span: Span, number: int, text: str, mentions: list[Mention], slots: dict[int, Slot]
) -> tuple[list[Part], bool]:
    """Place one span by what the translation itself shows; (atoms, whether it was placed)."""
    kind = span.format.kind
    if kind == BREAK:
        return atoms, False
    if standalone(span, text):
        shown = text[span.start : span.end]
        position = _find_text(atoms, shown)
        if position is None:
            return atoms, False
        return [*atoms[:position], tag_for(span, text, number, STANDALONE), *atoms[position + len(shown) :]], True
    covered = _covered_mentions(span, text, mentions)
    if covered:
        if any(index not in slots for index in covered):
            return atoms, False
        positions = sorted(_index_of(atoms, slots[index]) for index in covered)
        between = atoms[positions[0] : positions[-1] + 1]
        words = len(re.findall(r"[^\W_]+", "".join(a for a in between if isinstance(a, str))))
        if words > 2 * (len(covered) - 1) or sum(isinstance(a, Slot) for a in between) != len(covered):
            return atoms, False  # names far apart in the translation: what stands between is not theirs
        first, last = positions[0], positions[-1]
        return [
            *atoms[:first],
            tag_for(span, text, number, OPEN),
            *atoms[first : last + 1],
            tag_for(span, text, number, CLOSE),
            *atoms[last + 1 :],
        ], True
    body_start = len(text) - len(text.lstrip())
    body_end = _body_end(text)
    if span.start <= body_start and span.end >= body_end:
        start = next((i for i, a in enumerate(atoms) if not (isinstance(a, str) and a.isspace())), len(atoms))
        end = len(atoms)
        if span.end < len(text.rstrip()):  # the source left its final mark outside: so does the translation
            while end > start and _text_atom(atoms[end - 1], _TRAILING_MARKS.fullmatch):
                end -= 1
        else:
            while end > start and _text_atom(atoms[end - 1], str.isspace):
                end -= 1
        if end <= start:
            return atoms, False
        return [
            *atoms[:start],
            tag_for(span, text, number, OPEN),
            *atoms[start:end],
            tag_for(span, text, number, CLOSE),
            *atoms[end:],
        ], True
    return atoms, False


def _wrap_the_same_words(
    atoms: list[Part], span: Span, number: int, spans: Sequence[Span], text: str
) -> tuple[list[Part], bool]:
    """Place a paired span that covers the very words another span covers (bold over a link, a link over inline
    code) around that span's tags, where the translation has them."""
    if span.format.kind == BREAK or standalone(span, text):
        return atoms, False
    for other_number, other in enumerate(spans, 1):
        if other_number == number or (other.start, other.end) != (span.start, span.end) or other.format.kind == BREAK:
            continue
        found = [
            (index, atom.role)
            for index, atom in enumerate(atoms)
            if isinstance(atom, Tag) and atom.number == other_number
        ]
        if not found or (len(found) == 1 and found[0][1] != STANDALONE):
            continue
        first, last = found[0][0], found[-1][0]
        return [
            *atoms[:first],
            tag_for(span, text, number, OPEN),
            *atoms[first : last + 1],
            tag_for(span, text, number, CLOSE),
            *atoms[last + 1 :],
        ], True
    return atoms, False


def _text_atom(atom: Part, test: Callable[[str], object]) -> bool:
    return isinstance(atom, str) and bool(test(atom))


def _covered_mentions(span: Span, text: str, mentions: list[Mention]) -> list[int]:
    """The mentions a span covers when it covers nothing else but spaces, punctuation and possessives."""
    inside = [index for index, m in enumerate(mentions) if span.start <= m.start and m.end <= span.end]
    if not inside:
        return []
    rest, position = [], span.start
    for index in inside:
        rest.append(text[position : mentions[index].start])
        position = mentions[index].end
        tail = _POSSESSIVE.match(text, position)
        if tail and position < span.end:
            position = min(tail.end(), span.end)
    rest.append(text[position : span.end])
    outer, joins = rest[0] + rest[-1], rest[1:-1]
    if _LETTER_OR_DIGIT.search(outer) or any(_LETTER_OR_DIGIT.search(_JOINING_WORDS.sub("", gap)) for gap in joins):
        return []
    return inside


def _find_text(atoms: list[Part], wanted: str) -> int | None:
    """The atom index where ``wanted`` stands as consecutive characters, if it does."""
    if not wanted:
        return None
    for start in range(len(atoms) - len(wanted) + 1):
        if all(isinstance(atoms[start + i], str) and atoms[start + i] == ch for i, ch in enumerate(wanted)):
            return start
    return None
