"""Memory units stored under another sentence split: found, joined where that is safe, and said.

The memory is keyed by sentence, so a unit is found only while the sentence
splitter cuts an article where it cut it when the unit was stored. When the
splitter changes (a footnote mark after a full stop now stays with its
sentence, initials such as "C.C. Wei" with the name), the same English
comes in other pieces and its reviewed translations would be silently left
out. What is the same text is found again here, never by a looser match:

- a sentence that, cut where a sentence may end, is exactly the English of
  two or three units, as the memory compares English (``TSMC chief C.C.``
  + ``Wei said demand was strong.``), is given their translations joined with a space (:func:`joined_units`): the
  same words in the same order, each part as reviewed, marked
  ``memory-unit-joined`` for an editor to read as one sentence;
- a unit whose English runs across the article's present sentences, or ends
  or starts inside one (``[^1] Talks resume on Monday.`` after ``back.[^1]``
  now closes the sentence before), cannot be cut safely: its translation is
  not used, and :func:`units_under_another_split` names it, so the run says
  once per article how many reviewed translations no longer match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..localise import FOOTNOTE_MARK_PATTERN
from .memory import MemoryHit, TranslationMemory, memory_key

# where a sentence splitter may have cut: after a full stop, question or exclamation mark or ellipsis, with the
# closing quotes and brackets and the footnote marks right after it (in text without whitespace)
_STOP = re.compile(r"[.!?…]")
_AFTER_STOP = re.compile(rf"[\"'”’»)\]]|{FOOTNOTE_MARK_PATTERN}")
JOINED = "memory-unit-joined"  # the warning on a sentence joined from units of an older split
_MOST_PIECES = 3  # a sentence joined from at most this many old units
_MOST_WORDS = 60  # a longer unit is no piece of an older split worth looking for


def cuts(text: str) -> list[int]:
    """The places inside ``text`` where an older splitter may have ended a sentence: after a full stop, question
    or exclamation mark or ellipsis, and after each closing quote, bracket or footnote mark right after it."""
    places: set[int] = set()
    for match in _STOP.finditer(text):
        place = match.end()
        places.add(place)
        while (closing := _AFTER_STOP.match(text, place)) is not None:
            place = closing.end()
            places.add(place)
    return sorted(place for place in places if text[:place].strip() and text[place:].strip())


def _hit(memory: TranslationMemory, text: str, language: str) -> MemoryHit | None:
    return memory.units.get(memory_key(text), {}).get(language)


def joined_units(memory: TranslationMemory, sentence: str, language: str) -> list[MemoryHit] | None:
    """The memory's units whose English, in order, is ``sentence`` cut in two or three where a sentence may end
    (each piece exactly a unit's English, whitespace as a memory compares it), each with a translation into
    ``language``; None when there are none."""
    places = cuts(sentence)
    if not places or len(places) > 12:
        return None

    def pieces(start: int, left: int) -> list[MemoryHit] | None:
        whole = _hit(memory, sentence[start:], language) if start else None  # the sentence itself is no piece
        if whole is not None:
            return [whole]
        if left == 1:
            return None
        for place in places:
            if place <= start:
                continue
            first = _hit(memory, sentence[start:place], language)
            if first is None:
                continue
            rest = pieces(place, left - 1)
            if rest is not None:
                return [first, *rest]
        return None

    return pieces(0, _MOST_PIECES)


@dataclass(frozen=True)
class OtherSplit:
    """A memory unit whose English is part of an article's paragraph under another sentence split."""

    key: str  # the unit's English, as the memory keys it
    unit_id: str
    path_name: str
    languages: tuple[str, ...]
    segments: tuple[str, ...]  # the ids of the article's sentences it runs into


def units_under_another_split(
    memory: TranslationMemory,
    paragraphs: Iterable[Sequence[tuple[str, str]]],
    languages: Sequence[str],
    translated: set[tuple[str, str]],
) -> list[OtherSplit]:
    """The units of ``memory`` (with a translation into one of ``languages``) whose English is a stretch of a
    paragraph that is not one of its sentences: cut where a sentence may end on a side that is no sentence
    boundary, or holding one. ``paragraphs`` are each paragraph's (segment id, text); only units touching a
    sentence that the memory did not translate, per ``translated`` (segment id, language), are given."""
    found: dict[str, OtherSplit] = {}
    for paragraph in paragraphs:
        whole = " ".join(text for _, text in paragraph)  # as a block joins its sentences
        bounds = [0]
        for _, text in paragraph:
            bounds.append(bounds[-1] + len(text) + 1)
        bounds[-1] -= 1
        inner = {start + place for start, (_, text) in zip(bounds, paragraph) for place in cuts(text)}
        places = sorted(set(bounds) | inner)
        bound_index = {place: index for index, place in enumerate(bounds)}  # looked up, not searched
        for i, start in enumerate(places):
            for end in places[i + 1 : i + 2 + 2 * _MOST_PIECES]:
                if start in bound_index and end in bound_index and bound_index[end] - bound_index[start] == 1:
                    continue  # a sentence of the article as it is split now
                key = memory_key(whole[start:end])
                if not key or key not in memory.units or key in found or len(key.split()) > _MOST_WORDS:
                    continue
                held = tuple(code for code in languages if code in memory.units[key])
                first, last = max(0, bisect_right(bounds, start) - 1), bisect_left(bounds, end)  # its sentences
                touched = tuple(
                    segment_id
                    for (segment_id, _), left, right in zip(
                        paragraph[first:last], bounds[first:last], bounds[first + 1 : last + 1]
                    )
                    if left < end and start < right
                )
                if not held or all((segment_id, code) in translated for segment_id in touched for code in held):
                    continue
                hit = memory.units[key][held[0]]
                found[key] = OtherSplit(key, hit.unit_id, hit.path.name, held, touched)
    return list(found.values())
