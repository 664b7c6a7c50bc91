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
- a unit whose English is exactly two or three consecutive sentences of a
  paragraph (an older splitter did not cut after ``Gen.``), is cut in as
  many (:func:`cut_unit`) where its translation has exactly as many
  sentences, each part holding the names and numbers of its English
  sentence; each part is marked ``memory-unit-cut``;
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
from itertools import pairwise

from ..languages import ARABIC_SCRIPT_RANGES
from ..localise import FOOTNOTE_MARK_PATTERN, western_digits
from ..patterns import LazyPattern
from ..records import dataclass
from ..slots import Template
from .memory import MemoryHit, TranslationMemory, memory_key

# where a sentence splitter may have cut: after a full stop, question or exclamation mark or ellipsis, with the
# closing quotes and brackets and the footnote marks right after it (in text without whitespace)
_STOP = LazyPattern(r"[.!?…]")
_AFTER_STOP = LazyPattern(rf"[\"'”’»)\]]|{FOOTNOTE_MARK_PATTERN}")
JOINED = "memory-unit-joined"  # the warning on a sentence joined from units of an older split
CUT = "memory-unit-cut"  # the warning on a sentence cut from a unit of an older split that held several
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


# where a translation's sentence ends: a full stop, question or exclamation mark (Arabic-script too) or ellipsis,
# the closing quotes, brackets and footnote marks after it (as after the English's stop), then whitespace
_TARGET_END = LazyPattern(rf"[.!?…؟](?:{_AFTER_STOP.pattern})*(?=\s)")
_NUMBER = LazyPattern(r"\d+")


# abbreviations a translation writes inside its sentences and never at their end (lowercase, inner dots kept,
# spaces dropped): titles before a name, street and reference words, Russian "т. е." and its kin; one that may
# also end a sentence (и т. д., и др., vb., a unit after a number: 2020 г., 3 ч., 1979 م.) is not one of them
_NEVER_ENDING = frozenset(
    """
    ген полк подполк лейт кап адм проф акад доц д-р им ул просп пер пл наб св см ср напр прим рис табл тов гр
    т.е т.н т.к т.ч т.о т.наз м.б
    gen org korg tümg tuğg alb yb bnb yzb tğm ütğm dr prof doç yrd av sn müh öğr gör bkz cad sok mah bul
    mr mrs ms lt col maj capt sgt gov sen rep
    ص.ب ج.ا.ا ج.م.ع
    """.split()
)
# dotted abbreviations of single letters that close a list or a date and so often end a sentence: Russian
# "и т. д.", "и т. п." (and so on), "до н. э." (BC); not initials, though their last letter stands alone
_MAY_END = frozenset(["т.д", "т.п", "н.э"])
# the word before a translation's full stop: letters, with the inner dots (and a space after each) of a dotted
# abbreviation (т. е, ج.ا.ا) and the hyphens of a shortened one (д-р)
_WORD_BEFORE_STOP = LazyPattern(r"(?:^|(?<=[\s(«“„\"'\u200c]))([^\W\d_]+(?:[.-]\s?[^\W\d_]+)*)$")
_NUMBER_BEFORE = LazyPattern(r"\d[\d\s.,]*$")
_ARABIC_SCRIPT = LazyPattern(f"[{ARABIC_SCRIPT_RANGES}]")  # an Arabic or Persian letter abbreviation: د.
# how far before a full stop its abbreviation and a number before it are looked for: each stop looks at a few words,
# not at the whole text before it (a 20,000-character translation of 2,000 sentences took seconds)
_LOOK_BACK = 100


def _abbreviation_goes_on(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` of ``text`` (a part of a translation) ends an abbreviation known never
    to end a sentence: one of :data:`_NEVER_ENDING`, "г." before a city (not after a number, where it is a
    year's and may end the sentence), a capital initial (В. Путин), or any other single Cyrillic or
    Arabic-script letter not after a number (с. Ивановка, د. علي; not "я", which ends a sentence, nor the
    last letter of "и т. д.", "и т. п.", "до н. э.", which often do)."""
    found = _WORD_BEFORE_STOP.search(text, max(0, stop - _LOOK_BACK), stop)
    if found is None:
        return False
    word = re.sub(r"\s", "", found.group(1)).lower()
    before = text[max(0, found.start() - _LOOK_BACK) : found.start()].rstrip()
    if _NUMBER_BEFORE.search(before):  # 2020 г., 3 ч., ۱۳۵۷ ه.ش.: may end a sentence
        return False
    if word in _NEVER_ENDING:
        return True
    if word in _MAY_END:
        return False
    letter = re.split(r"[.-]\s?", found.group(1))[-1]  # an initial after a title: Проф. А.
    if len(letter) != 1:
        return False
    if letter.isupper():  # an initial
        return True
    return ("\u0400" <= letter <= "\u04ff" and letter != "я") or bool(_ARABIC_SCRIPT.match(letter))


def _opens_sentence(rest: str) -> bool:
    """Whether the text after a translation's full stop may open a sentence: not a lowercase letter (an
    abbreviation's stop, "длились 3 ч. и были", "т. е.", a Turkish ordinal "2. gün"), nor a dash, comma, colon
    or semicolon that goes on with the sentence after a quote («Мы готовы!» — сказал он)."""
    first = rest.lstrip()[:1]
    return not first or not (first.islower() or first in "-‐–—,;:")  # a name's slot may follow


def _consecutive(sentences: Sequence) -> bool:
    """Whether sentences follow one another in one paragraph, by their ids (``2.1``, ``2.2``)."""
    numbers = []
    for sentence in sentences:
        paragraph, _, number = sentence.id.rpartition(".")
        if not number.isdigit():
            return False
        numbers.append((paragraph, int(number)))
    return all(a[0] == b[0] and b[1] == a[1] + 1 for a, b in pairwise(numbers))


def _agrees(piece: Template, sentence) -> bool:
    """Whether a piece of a translation holds exactly the names (glossary entries) and numbers of its sentence."""
    mentions = sorted(sentence.mentions or (), key=lambda mention: mention.start)
    if sorted(slot.entry_id for slot in piece.slots) != sorted(mention.entry_id for mention in mentions):
        return False
    english, position = [], 0
    for mention in mentions:  # a number in a name (G7) is the name's slot in the translation
        english.append(sentence.text[position : mention.start])
        position = max(position, mention.end)
    english.append(sentence.text[position:])
    text = "".join(part for part in piece.parts if isinstance(part, str))
    # a translation may write ۳ or ٣ for the English 3
    return sorted(map(western_digits, _NUMBER.findall(text))) == sorted(
        map(western_digits, _NUMBER.findall(" ".join(english)))
    )


def cut_unit(template: Template, sentences: Sequence) -> list[Template] | None:
    """A unit's translation cut into one piece per sentence of ``sentences`` (matched segments, in order, whose
    English joined is the unit's): only where the translation ends a sentence exactly ``len(sentences) - 1``
    times inside it and each piece holds the names and numbers of its sentence; None otherwise."""
    plain = template.without_tags()
    ends = [
        (index, match.end())
        for index, part in enumerate(plain.parts)
        if isinstance(part, str)
        for match in _TARGET_END.finditer(part)
        if (part[match.end() :].strip() or index < len(plain.parts) - 1)
        and _opens_sentence(part[match.end() :])
        and not (part[match.start()] == "." and _abbreviation_goes_on(part, match.start()))
    ]
    if len(ends) != len(sentences) - 1:
        return None
    pieces: list[list] = [[]]
    for index, part in enumerate(plain.parts):
        if not isinstance(part, str):
            pieces[-1].append(part)
            continue
        position = 0
        for _, end in (cut for cut in ends if cut[0] == index):
            pieces[-1].append(part[position:end])
            pieces.append([])
            position = end
        pieces[-1].append(part[position:])
    cut = []
    for parts in pieces:
        if parts and isinstance(parts[0], str):
            parts[0] = parts[0].lstrip()
        if parts and isinstance(parts[-1], str):
            parts[-1] = parts[-1].rstrip()
        cut.append(Template.joined(parts))
    if any(not piece.parts for piece in cut) or not all(map(_agrees, cut, sentences)):
        return None
    return cut


def units_to_cut(
    memory: TranslationMemory, sentences: Sequence, language: str
) -> dict[int, tuple[MemoryHit, int, Template]]:
    """The sentences (by index in ``sentences``, matched segments in reading order) the memory holds only as part
    of a unit with the next one or two (:func:`cut_unit`): index -> (the unit, how many sentences it holds, the
    sentence's piece of its translation). Sentences the memory holds themselves are never given."""
    found: dict[int, tuple[MemoryHit, int, Template]] = {}
    for start in range(len(sentences)):
        if start in found:
            continue
        for width in range(2, _MOST_PIECES + 1):
            run = sentences[start : start + width]
            if len(run) < width or not _consecutive(run):
                break
            hit = _hit(memory, " ".join(sentence.text for sentence in run), language)
            if hit is None:
                continue
            pieces = cut_unit(hit.template, run)
            if pieces is None:
                continue
            for offset, (sentence, piece) in enumerate(zip(run, pieces)):
                if _hit(memory, sentence.text, language) is None:
                    found[start + offset] = (hit, width, piece)
            break
    return found


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
                found[key] = OtherSplit(key, hit.unit_id, hit.label or hit.path.name, held, touched)
    return list(found.values())
