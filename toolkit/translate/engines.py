"""Where target segments come from: one small protocol for every source.

An engine takes a batch of source segments (each with the glossary names the
match stage found in it) and one target language and returns, for each, a
:class:`Translation` (a template with name slots) or ``None`` when it has
nothing. A plain sentence may stand for a segment, for callers outside the
pipeline: the engine's own matcher finds its names (:func:`matched`). The pipeline asks engines in order (memory
first) and only passes on what is still missing, so a slow machine-translation
engine sees only the sentences the memory lacks.

The memory answers exact matches ("memory") and sentences that differ from a
unit only in placeables ("memory (adapted)", :mod:`toolkit.translate.fuzzy`); for the
others it has *suggestions*, close units a person may prefer to the machine's
text. :func:`translate_in_order` asks the engines and attaches the memory's
suggestions to whichever translation wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from ..document import Segment, Suggestion
from ..errors import shown_path
from ..glossary.match import outside_code
from ..problems import Problem
from ..records import dataclass
from ..slots import Template
from .formatting import fit, tags_for_adapted, tags_for_segment
from .fuzzy import Adapted, FuzzyMatcher, FuzzyResult
from .memory import MemoryHit, TranslationMemory, UnreadableUnit, UnreviewedVariant
from .resplit import CUT, JOINED, joined_units, units_to_cut

if TYPE_CHECKING:
    from ..document import Mention
    from ..glossary.match import Matcher
    from ..glossary.model import Glossary

EXACT = "memory"
ADAPTED = "memory (adapted)"
Sentence = Segment | str  # a segment, or a plain sentence outside the pipeline


@dataclass(frozen=True)
class Translation:
    template: Template
    origin: str  # "memory", "memory (adapted)" or an engine name
    reference: str  # where exactly: the TMX file and unit id, the model, ...
    problems: tuple[Problem, ...] = ()  # what the engine noticed (a truncated output, a name it could not place)
    suggestions: tuple[Suggestion, ...] = ()  # close memory units, best first, for a person to compare
    score: int | None = None  # memory matches: 100 exact, 95-99 adapted


class Engine(Protocol):
    name: str

    def translate(self, segments: Sequence[Segment], language: str) -> list[Translation | None]:
        """Translate a batch of English segments (their mentions found) into ``language``."""


def matched(sentences: Sequence[Sentence], matcher: Matcher | None) -> list[Segment]:
    """Segments for an engine: a segment as it is; a plain sentence, or a segment the match stage has not
    seen, with the names ``matcher`` finds (none without a matcher)."""
    segments = []
    for sentence in sentences:
        segment = Segment("", sentence) if isinstance(sentence, str) else sentence
        if segment.mentions is None:
            found = outside_code(matcher.find(segment.text), segment.spans) if matcher is not None else ()
            segment = Segment(segment.id, segment.text, segment.notes, found, spans=segment.spans)
        segments.append(segment)
    return segments


class MemoryEngine:
    """Reviewed translations from translation memory (TMX): exact, adapted, and suggestions.

    Without a glossary, names are ordinary words to fuzzy matching (a sentence
    differing in a name is a suggestion, not adapted).
    """

    name = "memory"

    def __init__(
        self,
        memory: TranslationMemory,
        glossary: Glossary | None = None,
        matcher: Matcher | None = None,
        *,
        fuzzy: bool = True,
    ):
        self.memory = memory
        self.fuzzy = FuzzyMatcher(memory, glossary, matcher) if fuzzy else None
        self._results: dict[tuple[str, str, tuple[Mention, ...] | None], FuzzyResult] = {}
        self._results_of = 0  # the memory's size when they were found: its word index is rebuilt alike

    def _fuzzy(self, segment: Segment, language: str) -> FuzzyResult:
        if not self.memory.units:  # no unit to come near: a run without a memory shapes no sentence for it
            return FuzzyResult(None, ())
        # a batch run asks twice: once to see what the engine needs, once to build; a sentence's names are in the
        # key as its text is (where some are inline code, it has fewer, and another shape)
        key = (segment.text, language, segment.mentions)
        if len(self.memory.units) != self._results_of:  # units added since (an import into this memory): look again
            self._results.clear()
            self._results_of = len(self.memory.units)
        if key not in self._results:
            if len(self._results) > 100_000:
                self._results.clear()
            self._results[key] = (
                self.fuzzy.match(segment.text, language, segment.mentions) if self.fuzzy else FuzzyResult(None, ())
            )
        return self._results[key]

    def _segments(self, sentences: Sequence[Sentence]) -> list[Segment]:
        return matched(sentences, self.fuzzy.matcher if self.fuzzy else None)

    def translate(self, segments: Sequence[Sentence], language: str) -> list[Translation | None]:
        results: list[Translation | None] = []
        matched = self._segments(segments)
        cut = units_to_cut(self.memory, matched, language) if self.memory.units and len(matched) > 1 else {}
        for index, segment in enumerate(matched):
            hit = self.memory.lookup(segment.text, language)
            if hit is not None:
                template, lost = fit(tags_for_segment(hit.template, hit.english, segment), segment)
                results.append(Translation(template, EXACT, hit.reference, tuple(lost), score=100))
                continue
            if index in cut:
                results.append(self._cut(segment, *cut[index]))
                continue
            pieces = joined_units(self.memory, segment.text, language) if self.memory.units else None
            if pieces is not None:
                results.append(self._joined(segment, pieces))
                continue
            found = self._fuzzy(segment, language)
            adapted = found.adapted
            if adapted is None:
                results.append(None)
                continue
            template, lost = fit(self._adapted_tags(adapted, segment), segment)
            results.append(
                Translation(
                    template, ADAPTED, adapted.reference, (*adapted.problems, *lost), found.suggestions, adapted.score
                )
            )
        return results

    def _adapted_tags(self, adapted: Adapted, segment: Segment) -> Template:
        """An adapted unit's translation with its tags on the words its English formats (:func:`tags_for_adapted`)."""
        fuzzy = self.fuzzy
        if not adapted.hit.english or fuzzy is None:
            return adapted.template

        def tokens_before(text: str, position: int) -> int:
            return fuzzy.tokens_before(text, position, segment.mentions if text == segment.text else None)

        return tags_for_adapted(adapted.template, adapted.hit.english, segment, tokens_before, adapted.source)

    def _joined(self, segment: Segment, pieces: Sequence[MemoryHit]) -> Translation:
        """A sentence the memory holds as consecutive units of an older sentence split, their translations joined
        (each one's formatting left to alignment: its tags were numbered for its own sentence)."""
        parts: list = []
        for number, piece in enumerate(pieces):
            parts += ([" "] if number else []) + list(piece.template.without_tags().parts)
        template, lost = fit(Template.joined(parts), segment)
        units = " + ".join(piece.reference for piece in pieces)
        joined = Problem(
            "warning",
            JOINED,
            f"the memory holds this sentence as {len(pieces)} units stored when the sentence splitter cut it "
            f"otherwise ({units}): their translations are joined; check that they read as one sentence",
            fix="correct the sentence in a review edition and import it: the memory then holds it whole",
        )
        return Translation(template, ADAPTED, units, (joined, *lost), score=99)

    def _cut(self, segment: Segment, unit: MemoryHit, sentences: int, piece: Template) -> Translation:
        """A sentence the memory holds in one unit with its neighbours, stored under an older sentence split: its
        piece of the unit's translation (the unit's formatting left to alignment)."""
        template, lost = fit(piece, segment)
        reference = unit.reference
        problem = Problem(
            "warning",
            CUT,
            f"the memory holds this sentence in one unit of {sentences} sentences, stored when the sentence "
            f"splitter cut them otherwise ({reference}): its translation was cut where its sentences end, each "
            "part with its sentence's names and numbers; check the cut",
            fix="correct the sentence in a review edition and import it: the memory then holds it alone",
        )
        return Translation(template, ADAPTED, reference, (problem, *lost), score=99)

    def suggestions(self, segment: Sentence, language: str) -> tuple[Suggestion, ...]:
        """Close units for a sentence the memory has no exact or adapted match for."""
        (segment,) = self._segments([segment])
        if self.memory.lookup(segment.text, language) is not None:
            return ()
        return self._fuzzy(segment, language).suggestions


def translate_in_order(
    engines: Sequence[Engine],
    segments: Sequence[Segment],
    language: str,
) -> list[Translation | None]:
    """Ask each engine for what the ones before it lacked; memory suggestions ride on the result.

    A sentence the memory could only suggest for is translated by a later
    engine, and its :attr:`Translation.suggestions` are the memory's.
    """
    found: list[Translation | None] = [None] * len(segments)
    for engine in engines:
        todo = [index for index, translation in enumerate(found) if translation is None]
        if not todo:
            break
        for index, result in zip(todo, engine.translate([segments[i] for i in todo], language)):
            found[index] = result
    for engine in engines:
        if isinstance(engine, MemoryEngine) and engine.memory.unreadable:
            for index, translation in enumerate(found):
                skipped = engine.memory.unreadable_for(segments[index].text, language)
                if translation is not None and skipped is not None and translation.origin != EXACT:
                    found[index] = replace(translation, problems=(*translation.problems, unreadable_unit(skipped)))
        if isinstance(engine, MemoryEngine) and engine.memory.unreviewed:
            for index, translation in enumerate(found):
                draft = engine.memory.unreviewed_for(segments[index].text, language)
                if translation is not None and draft is not None and translation.origin != EXACT:
                    found[index] = replace(translation, problems=(*translation.problems, unreviewed_unit(draft)))
    for engine in engines:
        if isinstance(engine, MemoryEngine):
            for index, translation in enumerate(found):
                if translation is not None and not translation.suggestions:
                    suggestions = engine.suggestions(segments[index], language)
                    if suggestions:
                        found[index] = replace(translation, suggestions=suggestions)
    return found


def unreviewed_unit(draft: UnreviewedVariant) -> Problem:
    """The warning on a sentence whose translation the memory holds only as one marked not reviewed."""
    return Problem(
        "warning",
        "memory-unit-unreviewed",
        f"the memory's unit {draft.unit_id!r} for this sentence ({shown_path(draft.path)}:{draft.line}) is marked "
        f"as not reviewed ({draft.reason}); translated without it",
        fix="review the sentence here, or confirm the unit in the CAT tool and export the memory again",
    )


def unreadable_unit(skipped: UnreadableUnit) -> Problem:
    """The warning on a sentence whose reviewed translation the memory holds but could not read."""
    error = skipped.error
    where = f"{shown_path(error.path)}:{error.line}" if error.path is not None and error.line else ""
    return Problem(
        "warning",
        "memory-unit-unreadable",
        f"the memory's unit {skipped.unit_id!r} for this sentence could not be read"
        + (f" ({where})" if where else "")
        + f": {error.message}; translated without it",
        fix=error.fix,
    )
