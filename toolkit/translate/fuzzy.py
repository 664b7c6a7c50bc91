"""Fuzzy memory matches: reuse a unit that differs only in placeables, suggest close ones.

CAT tools call numbers, names and tags *placeables*: parts a sentence can
change without changing its translation's structure. Here they are numbers,
glossary names, punctuation, quotation marks and whitespace.

**Shape.** A sentence is compared by its *shape*: its words, each number
replaced by ``#`` and each glossary mention (whatever its length) by ``@``;
punctuation, quotes and whitespace are left out.

**Score.** ``100 x (1 - d / n)``, rounded down, where ``d`` is the edit
distance between two shapes counted in tokens (words compared without case)
and ``n`` the longer shape's length. 100 is kept for a sentence identical up
to whitespace (an exact match); anything else scores 99 at most. Matches
scoring at least :data:`THRESHOLD` (75) are *suggestions*; below about 70,
CAT tools agree, matches are noise.

**Adaptation.** When a sentence has exactly the shape of a unit (same words,
same case, names and numbers in the same places), the unit is reused with
the differences transferred, and its origin is "memory (adapted)":

- a number: replaced in the stored translation where it is written the same
  way, only when the number's grammar cannot change around it (Russian and
  Arabic nouns agree with the number: 21 ракета / 13 ракет); a Turkish suffix
  after it follows the new number's pronunciation (2019'da, 2020'de);
- a name: the slot takes the new sentence's entry and keeps the form tokens
  the unit had at that place (``{putin:ins}`` -> ``{erdogan:ins}``), if the
  new entry is of the same type and has a rendering (and, for a short form, a
  short rendering) in the language. In Russian and Arabic a swapped name gets
  a warning, since verbs and adjectives agree with it in gender;
- the final punctuation mark (. ? ! …), which is carried over; other
  punctuation and quotes keep the unit's.

Anything that cannot be transferred safely leaves the unit a suggestion.
Adapted matches score 99 less one per placeable changed, never below 95;
of two adaptable units, the higher score wins, then the one replacing fewer
names, and the other is a suggestion.

**Speed.** Candidates come from an inverted index of the memory's words
(:class:`FuzzyIndex`): a unit scoring 75 must share at least 75% of the
sentence's tokens, so by the pigeonhole principle it contains one of the
sentence's rarest words; only the postings of those are read, and only the
units that pass a count check are scored.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from toolkit.patterns import LazyPattern

from ..document import Suggestion
from ..localise import western_digits
from ..problems import Problem
from ..records import dataclass
from ..slots import Slot, Template

if TYPE_CHECKING:
    from ..document import Mention
    from ..glossary.match import Matcher
    from ..glossary.model import Glossary
    from .memory import MemoryHit, TranslationMemory

THRESHOLD = 75  # lowest score shown as a suggestion
MAX_SUGGESTIONS = 3
ADAPTED_FLOOR = 95
NUMBER = "#"
NAME = "@"
# a number standing alone (13, 1,000, 2.5), not glued to letters (G20, 1990s are words)
_TOKEN = LazyPattern(r"(?P<number>(?<![^\W_])\d+(?:[.,]\d+)*(?![^\W_]))|(?P<word>[^\W_]+)")
_CLOSERS = "\"'”’»)]›“‘ \u00a0"
_FINAL_MARKS = {".": ".", "?": "?", "!": "!", "…": "…", "؟": "?", "。": "."}
_SHAPE_CACHE_LIMIT = 50_000
# beyond the words that must be read, postings are read while shorter than 1/20 of the memory (2,000 at least)
PROBE_SHARE, PROBE_FLOOR = 20, 2_000


@dataclass(frozen=True)
class Shape:
    """A sentence as fuzzy matching sees it."""

    text: str
    tokens: tuple[str, ...]  # for scoring: casefolded words, NUMBER, NAME
    key: tuple[str, ...]  # for adaptation: words as written, NUMBER, NAME
    numbers: tuple[str, ...]  # the numbers, in order, in 0-9 digits
    mentions: tuple[Mention, ...]
    final: str  # the sentence's final mark: . ? ! … or ""

    @property
    def words(self) -> Counter:
        return Counter(token for token in self.tokens if token not in (NUMBER, NAME))

    @property
    def placeables(self) -> int:
        return len(self.tokens) - sum(self.words.values())


def final_mark(text: str) -> str:
    """The mark that ends a sentence, looking through closing quotes and brackets."""
    stripped = text.rstrip(_CLOSERS)
    if stripped.endswith("..."):
        return "…"
    return _FINAL_MARKS.get(stripped[-1:], "")


def shape(text: str, matcher: Matcher | None = None, mentions: Sequence[Mention] | None = None) -> Shape:
    """The shape of an English sentence; its names are ``mentions`` (the match stage's), else what ``matcher``
    finds (none without one)."""
    text = western_digits(text)
    if mentions is None:
        mentions = tuple(matcher.find(text)) if matcher is not None else ()
    tokens: list[str] = []
    key: list[str] = []
    numbers: list[str] = []
    position = 0
    for mention in (*mentions, None):
        end = mention.start if mention is not None else len(text)
        for match in _TOKEN.finditer(text, position, end):
            if match.group("number"):
                numbers.append(match.group())
                tokens.append(NUMBER)
                key.append(NUMBER)
            else:
                tokens.append(match.group().casefold())
                key.append(match.group())
        if mention is not None:
            tokens.append(NAME)
            key.append(NAME)
            position = mention.end
    return Shape(text, tuple(tokens), tuple(key), tuple(numbers), tuple(mentions), final_mark(text))


def raw_tokens(text: str) -> list[str]:
    """The tokens the index holds for a unit: casefolded words and NUMBER (names are not known there)."""
    return [
        NUMBER if match.group("number") else match.group().casefold() for match in _TOKEN.finditer(western_digits(text))
    ]


def token_distance(a: Sequence[str], b: Sequence[str], limit: int) -> int:
    """Edit distance between token sequences, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, token in enumerate(a, 1):
        current = [i]
        best = i
        for j, other in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (token != other))
            current.append(value)
            if value < best:
                best = value
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


def score(query: Shape, unit: Shape, threshold: int = 0) -> int:
    """The match score of ``unit`` for ``query`` (0-100); 0 when it is below ``threshold``."""
    if " ".join(query.text.split()) == " ".join(unit.text.split()):
        return 100
    longest = max(len(query.tokens), len(unit.tokens))
    if not longest:
        return 99
    limit = math.floor((100 - threshold) * longest / 100)
    distance = token_distance(query.tokens, unit.tokens, limit)
    if distance > limit:
        return 0
    return min(99, math.floor(100 * (1 - distance / longest)))


class FuzzyIndex:
    """An inverted index of a memory's English: word -> units that contain it."""

    def __init__(self, sources: list[str]):
        self.sources = sources
        self.size = len(sources)
        self.lengths = array("I")
        postings: dict[str, array] = {}
        for number, source in enumerate(sources):
            tokens = raw_tokens(source)
            self.lengths.append(len(tokens))
            for token in set(tokens):
                found = postings.get(token)
                if found is None:
                    postings[token] = found = array("I")
                found.append(number)
        self.postings = postings

    def candidates(self, words: Counter, need: int) -> list[int]:
        """Units that may share ``need`` of ``words`` (counted with repeats).

        A unit holding none of the words probed can share at most the words
        left unprobed; so the rarest words are probed until those left are
        fewer than ``need`` (then every unit that qualifies holds one of them),
        and further words while their postings stay short. Each unit found is
        counted, and kept only if its count plus the words left unprobed can
        still reach ``need``.
        """
        ordered = sorted(words, key=lambda word: len(self.postings.get(word, ())))
        probe_limit = max(PROBE_FLOOR, self.size // PROBE_SHARE)  # reading a posting costs far less than scoring a unit
        left = sum(words.values())
        counts: dict[int, int] = {}
        for word in ordered:
            postings = self.postings.get(word, ())
            if left < need and len(postings) > probe_limit:
                break
            weight = words[word]
            for unit in postings:
                counts[unit] = counts.get(unit, 0) + weight
            left -= weight
        return [unit for unit, count in counts.items() if count + left >= need]


@dataclass(frozen=True)
class Adapted:
    """A unit reused for a sentence with its placeables transferred."""

    template: Template
    hit: MemoryHit
    source: str  # the unit's English
    score: int
    problems: tuple[Problem, ...] = ()

    @property
    def reference(self) -> str:
        return self.hit.reference


@dataclass(frozen=True)
class FuzzyResult:
    adapted: Adapted | None
    suggestions: tuple[Suggestion, ...]


class FuzzyMatcher:
    """Fuzzy lookups in one memory, with one glossary's names as placeables."""

    def __init__(
        self,
        memory: TranslationMemory,
        glossary: Glossary | None = None,
        matcher: Matcher | None = None,
        threshold: int = THRESHOLD,
        max_suggestions: int = MAX_SUGGESTIONS,
    ):
        if glossary is not None and matcher is None:
            from ..glossary.match import Matcher

            matcher = Matcher(glossary)
        self.memory, self.glossary, self.matcher = memory, glossary, matcher
        self.threshold, self.max_suggestions = threshold, max_suggestions
        self._shapes: dict[tuple[str, tuple[Mention, ...] | None], Shape] = {}
        self._index: FuzzyIndex | None = None

    def index(self) -> FuzzyIndex:
        """The memory's word index, built on first use (a run with only exact matches never pays)."""
        if self._index is None or self._index.size != len(self.memory.units):
            self._index = FuzzyIndex(list(self.memory.units))
        return self._index

    def shape(self, text: str, mentions: Sequence[Mention] | None = None) -> Shape:
        """The shape of ``text``; ``mentions``, its names as the match stage found them, spare finding them again.

        Without a glossary, names are ordinary words, whatever ``mentions`` says.
        """
        names = (None if mentions is None else tuple(mentions)) if self.matcher is not None else ()
        # kept by the text and the names it was given: one sentence has other names where some are inline code
        # (the match stage's, outside_code), or as another glossary matched it, than the matcher finds in it
        key = (text, names)
        found = self._shapes.get(key)
        if found is None:
            if len(self._shapes) >= _SHAPE_CACHE_LIMIT:
                self._shapes.clear()
            found = self._shapes[key] = shape(text, self.matcher, names)
        return found

    def tokens_before(self, text: str, position: int, mentions: Sequence[Mention] | None = None) -> int:
        """How many of ``text``'s words, numbers and names (one each, as adaptation counts them) end by
        ``position``; a name it falls inside counts from its start."""
        found = self.shape(text, mentions)
        count, start = 0, 0
        for mention in (*found.mentions, None):
            end = mention.start if mention is not None else len(found.text)
            for token in _TOKEN.finditer(found.text, start, end):
                if token.end() > position:
                    return count
                count += 1
            if mention is None or mention.end > position:
                return count
            count, start = count + 1, mention.end
        return count

    def match(self, source: str, language: str, mentions: Sequence[Mention] | None = None) -> FuzzyResult:
        """The best adaptable unit, if any, and the suggestions at or above the threshold.

        ``mentions`` are the glossary names of ``source`` as the match stage found them (found here if not given).
        """
        query = self.shape(source, mentions)
        words = query.words
        if not words:
            return FuzzyResult(None, ())  # only names and numbers: nothing to match on but the exact text
        index = self.index()
        exact = " ".join(source.split())  # an exact match is the memory's own business, not a fuzzy one
        least = math.ceil(self.threshold * len(query.tokens) / 100)
        need = max(1, least - query.placeables)
        adapted: Adapted | None = None
        adapted_rank = (0, 0, 0)  # (-score, names swapped, unit number): fewer risky swaps, then the earliest
        scored: list[tuple[int, int, Suggestion]] = []
        for number in index.candidates(words, need):
            if index.lengths[number] < least:
                continue
            text = index.sources[number]
            hit = self.memory.units[text].get(language)
            if hit is None or text == exact:
                continue
            shared = words & Counter(raw_tokens(text))
            if sum(shared.values()) < need:
                continue
            unit = self.shape(text)
            if unit.key == query.key:
                attempt = adapt(query, unit, hit, self.glossary, language)
                rank = (-attempt.score, _swaps(query, unit), number) if attempt is not None else None
                if rank is not None and (adapted is None or rank < adapted_rank):
                    if adapted is not None:  # the one it displaces is still a close match
                        scored.append(
                            (adapted_rank[0], adapted_rank[2], _suggestion(adapted.score, adapted.hit, adapted.source))
                        )
                    adapted, adapted_rank = attempt, rank
                    continue
            value = score(query, unit, self.threshold)
            if value >= self.threshold:
                if unit.key == query.key:
                    value = _placeable_score(query, unit)
                scored.append((-value, number, _suggestion(value, hit, text)))
        scored.sort(key=lambda item: item[:2])
        return FuzzyResult(adapted, tuple(item[2] for item in scored[: self.max_suggestions]))


def _suggestion(value: int, hit: MemoryHit, source: str) -> Suggestion:
    return Suggestion(value, hit.unit_id, hit.reference, source, hit.template)


def _swaps(query: Shape, unit: Shape) -> int:
    """How many names an adaptation replaces by another entry (each a risk for agreement)."""
    return sum(a.entry_id != b.entry_id for a, b in zip(query.mentions, unit.mentions))


def _placeable_score(query: Shape, unit: Shape) -> int:
    """99 less one per number, name or final mark that differs; at least 95."""
    changed = sum(a != b for a, b in zip(query.numbers, unit.numbers))
    changed += sum((a.entry_id, a.short) != (b.entry_id, b.short) for a, b in zip(query.mentions, unit.mentions))
    changed += query.final != unit.final
    return max(ADAPTED_FLOOR, 99 - changed)


class _Refused(Exception):
    """A placeable that cannot be transferred safely (the reason is for tests and debugging)."""


def adapt(query: Shape, unit: Shape, hit: MemoryHit, glossary: Glossary | None, language: str) -> Adapted | None:
    """``hit`` rewritten for ``query`` (same shape as ``unit``), or None when a placeable cannot move safely."""
    try:
        return adapt_or_explain(query, unit, hit, glossary, language)
    except _Refused:
        return None


def adapt_or_explain(query: Shape, unit: Shape, hit: MemoryHit, glossary: Glossary | None, language: str) -> Adapted:
    """As :func:`adapt`, raising ``_Refused`` with the reason instead of returning None."""
    if query.key != unit.key:
        raise _Refused("the sentences differ in more than placeables")
    parts = list(hit.template.parts)
    problems: list[Problem] = []
    parts = _transfer_names(query, unit, parts, glossary, language, problems, hit.unit_id)
    parts = _transfer_numbers(query, unit, parts, language)
    parts = _transfer_final_mark(query, unit, parts)
    return Adapted(Template.joined(parts), hit, unit.text, _placeable_score(query, unit), tuple(problems))


def _transfer_names(
    query: Shape,
    unit: Shape,
    parts: list,
    glossary: Glossary | None,
    language: str,
    problems: list[Problem],
    hit_id: str,
) -> list:
    from ..grammar import grammar_for

    slots_of: dict[str, list[int]] = {}
    for position, part in enumerate(parts):
        if isinstance(part, Slot):
            slots_of.setdefault(part.entry_id, []).append(position)
    mentioned = Counter(mention.entry_id for mention in unit.mentions)
    becomes: dict[str, set] = {}
    for old, new in zip(unit.mentions, query.mentions):
        becomes.setdefault(old.entry_id, set()).add((new.entry_id, new.short))
    grammar = grammar_for(language)
    result = list(parts)
    seen: Counter = Counter()
    for old, new in zip(unit.mentions, query.mentions):
        occurrence = seen[old.entry_id]
        seen[old.entry_id] += 1
        if (old.entry_id, old.short) == (new.entry_id, new.short):
            continue
        positions = slots_of.get(old.entry_id, [])
        if len(positions) != mentioned[old.entry_id]:
            raise _Refused(f"the stored translation does not hold {old.entry_id} once per mention")
        if len(becomes[old.entry_id]) > 1 and len(positions) > 1:
            raise _Refused(f"{old.entry_id} is mentioned several times and changes differently")
        if glossary is None or new.entry_id not in glossary or old.entry_id not in glossary:
            raise _Refused("names are unknown to the glossary")
        entry, before = glossary[new.entry_id], glossary[old.entry_id]
        if entry.type != before.type:
            raise _Refused(f"{old.entry_id} ({before.type}) and {new.entry_id} ({entry.type}) differ in type")
        rendering = entry.renderings.get(language)
        if rendering is None:
            raise _Refused(f"{new.entry_id} has no {language} rendering")
        slot = parts[positions[occurrence]]
        if slot.adjective:  # "US forces" -> القوات الأمريكية: the new name's adjective, in the same agreement
            if rendering.adjective is None:
                raise _Refused(f"{new.entry_id} has no {language} adjective for {slot.code}")
            result[positions[occurrence]] = Slot(new.entry_id, False, slot.tokens, adjective=True)
            continue
        short = new.short if slot.short == old.short else slot.short
        if short and rendering.short is None:
            short = False
        tokens = tuple(token for token in slot.tokens if token in grammar.TOKENS)
        if grammar.check_tokens(tokens) is not None:
            raise _Refused(f"the form {slot.code} does not fit {language} grammar")
        result[positions[occurrence]] = Slot(new.entry_id, short, tokens)
        if new.entry_id != old.entry_id and grammar.NAME_AGREEMENT:
            problems.append(
                Problem(
                    "warning",
                    "memory-adapted-name",
                    f"a stored translation ({hit_id}) was reused with '{old.surface}' replaced by '{new.surface}': "
                    "check that the words agreeing with the name (verbs, adjectives) still agree",
                )
            )
    return result


_TARGET_NUMBER = LazyPattern(r"(?<![^\W_])\d+(?:[.,]\d+)*(?![^\W_])")
_SUFFIX = LazyPattern(r"['’][^\W\d_]+")


def _integer(number: str) -> int | None:
    """The value of a whole number written 13, 2020 or 1,000; None for 2.5 and other decimals."""
    if number.isdigit():
        return int(number)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        return int(number.replace(",", ""))
    return None


def _transfer_numbers(query: Shape, unit: Shape, parts: list, language: str) -> list:
    from ..grammar import grammar_for
    from ..languages import english_name

    grammar = grammar_for(language)
    becomes: dict[str, set[str]] = {}
    for old, new in zip(unit.numbers, query.numbers):
        becomes.setdefault(old, set()).add(new)
    changes: dict[str, str] = {}
    for old, values in becomes.items():
        if len(values) > 1:
            raise _Refused(f"{old} appears more than once and changes differently")
        (value,) = values
        if value != old:
            changes[old] = value
    if not changes:
        return parts
    found: Counter[str] = Counter()
    result: list = []
    for part in parts:
        if not isinstance(part, str):  # a name's slot, a formatting tag
            result.append(part)
            continue
        text = western_digits(part)
        pieces, position = [], 0
        for match in _TARGET_NUMBER.finditer(text):
            old = match.group()
            if old not in changes:
                continue
            found[old] += 1
            new = changes[old]
            rest = text[match.end() :]
            old_value, new_value = _integer(old), _integer(new)
            if grammar.agreement_after(old_value, rest) != grammar.agreement_after(new_value, rest):
                raise _Refused(f"{english_name(language)} words after {old} would need another form for {new}")
            pieces.append(text[position : match.start()])
            pieces.append(new)
            position = match.end()
            try:
                adjusted = grammar.after_number(old_value, new_value, rest)
            except ValueError as error:
                raise _Refused(str(error)) from None
            new_suffix, old_suffix = _SUFFIX.match(adjusted), _SUFFIX.match(rest)
            if adjusted != rest and new_suffix and old_suffix:  # a suffix rewritten for the new number's sound
                pieces.append(new_suffix.group())
                position += len(old_suffix.group())
        pieces.append(text[position:])
        result.append("".join(pieces))
    for old in changes:
        if found[old] != unit.numbers.count(old):
            raise _Refused(f"{old} is not written the same way in the stored translation")
    return result


def _transfer_final_mark(query: Shape, unit: Shape, parts: list) -> list:
    if query.final == unit.final:
        return parts
    result = list(parts)
    last = len(result) - 1
    if last < 0 or not isinstance(result[last], str):
        result.append("")
        last = len(result) - 1
    text = result[last]
    stripped = text.rstrip(_CLOSERS)
    closers = text[len(stripped) :]
    if stripped.endswith("..."):
        mark, body = "…", stripped[:-3]
    elif stripped[-1:] in _FINAL_MARKS:
        mark, body = _FINAL_MARKS[stripped[-1:]], stripped[:-1]
    else:
        mark, body = "", stripped
    if mark != unit.final:
        raise _Refused("the stored translation does not end the way its English does")
    result[last] = body + query.final + closers
    return result
