"""Names no glossary entry covers yet: one provisional rendering per name and language, in every sentence.

The detector (:mod:`toolkit.glossary.suggest`) finds the proper names of a
run's articles that the glossary lacks. Left alone, each occurrence would be
whatever the model wrote in that sentence ("Лавров" here, "Лавроф" there,
"Lavrov" in Latin). :class:`ProvisionalNames` makes each such name behave like
a glossary entry whose rendering is provisional:

1. **Suppress.** A glossary name inside a longer uncovered name is part of it
   ("Moscow" in "Carnegie Moscow Center"): its mention is dropped before
   translation (:meth:`ProvisionalNames.suppress`), so no glossary rendering
   ever replaces it ("Carnegie Москва Center").
2. **Observe.** In each translated sentence that mentions an uncovered name,
   placement's own machinery (:meth:`~toolkit.translate.placement.NamePlacer.name_spans`)
   finds the model's rendering of it: the words are compared with a guess of
   the rendering written the way the language's press writes English names
   (:mod:`toolkit.grammar.transliterate`, and the established names of
   well-known places), with the English spellings (a name left in Latin) and,
   fuzzily, by spelling keys; the form it stands in is read as for any name
   (Russian case, Turkish suffix, Arabic proclitics, Persian ezafe) and the
   dictionary form read back (:mod:`toolkit.grammar.base_forms`).
3. **Choose**, once per name and language for the whole run: the dictionary
   form met most often, ties to the one met first; spellings in the language's
   script before Latin ones; a spelling from a reviewed translation (the
   memory) before the model's. The short form (a surname) follows the full
   name's words unless the short form is met more often on its own. A choice
   an earlier run made is kept (``earlier``), so a name does not change
   spelling between days; only a choice left in Latin gives way to one in the
   language's script.
4. **Place.** Every occurrence becomes a slot of the name's provisional entry
   (:meth:`ProvisionalNames.place`), found with the chosen rendering first, then
   with every other spelling met, then with the guesses; the slot keeps the
   form the sentence needs, rendered from the chosen rendering's forms (Russian
   and Turkish from the proposed-forms code, Arabic and Persian by rule). Each
   slot carries a ``name-provisional`` warning, and its piece is marked
   provisional in the review editions: it never holds an edition back.

Once an editor approves the name (``toolkit glossary add``), the glossary
covers it: the detector no longer lists it, and the run renders it as any
entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, replace
from pathlib import Path

from ..document import Document, Mention, TranslatedSegment
from ..glossary.match import Matcher, fold, spelling_key
from ..glossary.model import Entry, Glossary, Rendering
from ..glossary.suggest import Candidate, covered_spans, mentions_outside
from ..grammar import grammar_for
from ..grammar.arabic import TATWEEL
from ..languages import script
from ..patterns import LazyPattern
from ..problems import Location, Problem
from ..records import dataclass
from ..slots import CLOSE, Part, Slot, Tag, Template
from .engines import ADAPTED, EXACT

PROVISIONAL = "name-provisional"
UNFOUND = "name-provisional-unfound"
_LOCATION = Location(Path("<provisional>"), 1)
_LATIN_LETTER = LazyPattern(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class Observation:
    """One occurrence of a name in one translated sentence, as the model (or the memory) wrote it."""

    surface: str  # the words as written, proclitics and suffixes included
    tokens: tuple[str, ...]  # the form placement read (slot tokens)
    short: bool  # the short form (a surname) was mentioned
    reviewed: bool  # a reviewed translation (the memory), not machine output
    order: tuple[int, int]  # (article, segment) in the run: the first met wins a tie


@dataclass(frozen=True)
class _Found:
    """Where one mention's name stands in a rendered translation, and the slot it becomes."""

    mention: Mention
    start: int
    end: int
    slot: Slot
    doubt: str | None  # placement's doubt on the form


@dataclass(frozen=True)
class Choice:
    """The provisional rendering of one name in one language, and what it was chosen from."""

    name: str | None  # the full rendering (None: only the short form was met)
    short: str | None = None
    met: tuple[tuple[str, int], ...] = ()  # every dictionary form met (full and short), most met first
    earlier: bool = False  # an earlier run's choice, kept


@dataclass
class ProvisionalName:
    """An uncovered name with its provisional slot id (the id its stub proposes) and its choices per language."""

    id: str
    candidate: Candidate
    choices: dict[str, Choice] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return self.candidate.name


class ProvisionalNames:
    """The uncovered names of a run (see the module docstring); build once per run, before translating."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        glossary: Glossary,
        earlier: Mapping[tuple[str, str], Choice] | None = None,
        matcher: Matcher | None = None,
    ):
        self.glossary = glossary
        self.matcher = matcher
        self.candidates = list(candidates)
        self._spans = covered_spans(self.candidates)  # every uncovered name, the glossary's own names left out
        self.names: dict[str, ProvisionalName] = {}
        if self.candidates:  # the stubs' module is loaded only by a run with names no glossary covers
            from ..glossary.stubs import build_stubs

            for stub in build_stubs(self.candidates, glossary, languages=()):
                self.names[stub.id] = ProvisionalName(stub.id, stub.candidate)
        self._mentions: dict[tuple[str, str], list[Mention]] = {}
        for name in self.names.values():
            short_key = spelling_key(name.candidate.short) if name.candidate.short else None
            for occurrence in name.candidate.occurrences:
                self._mentions.setdefault((occurrence.article, occurrence.segment), []).append(
                    Mention(
                        name.id,
                        occurrence.start,
                        occurrence.end,
                        occurrence.surface,
                        short_key is not None and spelling_key(occurrence.surface) == short_key,
                        occurrence.possessive,
                    )
                )
        for found in self._mentions.values():
            found.sort(key=lambda mention: mention.start)
        self.earlier = dict(earlier or {})
        self._observed: dict[tuple[str, str], list[Observation]] = {}
        self._unfound: dict[str, list[tuple[TranslatedSegment, list[Mention], tuple[int, int]]]] = {}
        self.chosen: set[str] = set()  # languages chosen for
        self._placers: dict[tuple[str, int], object] = {}
        self._looks: dict[str, list[dict[str, Entry]]] = {}
        self._entries: Glossary = Glossary()
        self.unavailable: set[str] = set()  # languages whose forms cannot be made here (Russian without the extra)
        self.left: set[str] = set()  # languages whose names stay as the translation writes them (see leave)

    @classmethod
    def for_documents(
        cls,
        documents: Sequence[Document],
        glossary: Glossary,
        matcher: Matcher | None = None,
        earlier: Mapping[tuple[str, str], Choice] | None = None,
    ) -> ProvisionalNames:
        """The uncovered names of these documents (the detector run once over all of them)."""
        from ..glossary.suggest import find_candidates

        return cls(find_candidates(documents, glossary, matcher), glossary, earlier, matcher)

    def __getstate__(self) -> dict:
        """Picklable (a batch may write its articles in worker processes): the placers, a cache, are rebuilt."""
        state = dict(self.__dict__)
        state["_placers"] = {}
        return state

    def __len__(self) -> int:
        return len(self.names)

    def __bool__(self) -> bool:
        return True  # an empty set is still a decision: nothing is provisional

    def name_of(self, entry_id: str) -> ProvisionalName | None:
        return self.names.get(entry_id)

    def in_article(self, article: str) -> list[ProvisionalName]:
        """The names an article mentions, most met first."""
        return [name for name in self.names.values() if article in name.candidate.articles]

    def stubs(self, names: Iterable[ProvisionalName], languages: Iterable[str]) -> list:
        """Glossary entries to approve for ``names`` (:func:`toolkit.glossary.stubs.build_stubs`), each with its
        provisional slot id and, per language, the run's provisional rendering."""
        names = list(names)
        if not names:  # as build_stubs gives for none, without loading its module
            return []
        from ..glossary.stubs import build_stubs

        chosen = {
            name.candidate.name: {code: choice.name or "" for code, choice in name.choices.items()} for name in names
        }
        searched = self.chosen - self.left - self.unavailable
        stubs = build_stubs(
            [name.candidate for name in names], self.glossary, chosen, languages, searched, copied=self.left
        )
        ids = {name.candidate.name: name.id for name in names}
        for stub in stubs:
            stub.id = ids.get(stub.candidate.name, stub.id)
        return stubs

    # --- 1. suppress ---------------------------------------------------------------------------------

    def suppress(self, document: Document) -> None:
        """Drop the glossary mentions that are part of a longer uncovered name (never rendered on their own)."""
        for segment in document.segments:
            spans = self._spans.get((document.name, segment.id))
            if spans and segment.mentions:
                segment.mentions = tuple(mentions_outside(segment.mentions, spans))

    def mentions(self, article: str, segment_id: str) -> list[Mention]:
        """The uncovered names of one segment, as mentions of their provisional ids."""
        return self._mentions.get((article, segment_id), [])

    # --- 2. observe ---------------------------------------------------------------------------------

    def observe(self, segment: TranslatedSegment, article: str, language: str, order: tuple[int, int]) -> None:
        """Record how the translation of one segment writes each uncovered name it mentions."""
        mentions = self.mentions(article, segment.source.id)
        if not mentions or segment.template is None:
            return
        found = self._record(segment, mentions, language, order, self._guesses(language))
        left = [mention for mention in mentions if mention not in found]
        if left:  # looked for again once the spellings met elsewhere are known (see choose)
            self._unfound.setdefault(language, []).append((segment, left, order))

    def _record(
        self,
        segment: TranslatedSegment,
        mentions: list[Mention],
        language: str,
        order: tuple[int, int],
        looks: list[dict[str, Entry]],
    ) -> list[Mention]:
        reviewed = segment.origin in (EXACT, ADAPTED)
        text = _rendered(segment, self.glossary, language)[0]
        found = self._find(segment, mentions, language, looks)
        for name in found:
            self._observed.setdefault((name.mention.entry_id, language), []).append(
                Observation(text[name.start : name.end], name.slot.tokens, name.slot.short, reviewed, order)
            )
        return [name.mention for name in found]

    def observe_documents(self, documents: Sequence[Document], language: str) -> None:
        """Observe every translated segment of these documents (translated into ``language`` already)."""
        for number, document in enumerate(documents):
            for index, segment in enumerate(document.segments):
                translated = segment.translations.get(language)
                if translated is not None:
                    self.observe(translated, document.name, language, (number, index))

    def unreadable(self, article: str, segment_id: str, order: tuple[int, int], language: str) -> bool:
        """Whether a name of this segment, chosen in the language's script, was not found in its translation,
        or only in Latin letters: a sentence that name placement asks again with placeholders once the name is
        in the glossary (a name written in Latin everywhere has nothing to approve yet)."""
        choices = {name.id: name.choices[language] for name in self.names.values() if language in name.choices}
        wanted = Counter(
            m.entry_id
            for m in self.mentions(article, segment_id)
            if m.entry_id in choices
            and _in_script(choices[m.entry_id].name or choices[m.entry_id].short or "", language)
        )
        for entry_id, count in wanted.items():
            readable = [
                o
                for o in self._observed.get((entry_id, language), ())
                if o.order == order and _in_script(o.surface, language) is not False
            ]
            if len(readable) < count:
                return True
        return False

    # --- 3. choose ----------------------------------------------------------------------------------

    def choose(self, language: str) -> None:
        """One rendering per name in ``language``, from what was observed (see the module docstring).

        Occurrences the guesses did not find are looked for again with the
        spellings met elsewhere in the run ("Lavrofun" once "Lavrof" is known),
        and the choice made again with them.
        """
        if language == "ru" and self.names:  # a run without uncovered names reads no forms (nor loads their code)
            from ..grammar.base_forms import russian_forms_available

            if not russian_forms_available():
                self.unavailable.add(language)  # no case forms: the model's own words stay
        self._make_choices(language)
        unfound = self._unfound.pop(language, [])
        if unfound:
            looks = self._placing_looks(language)[: -len(self._guesses(language)) or None]
            for segment, mentions, order in unfound:
                self._record(segment, mentions, language, order, looks)
            self._make_choices(language)
        self.chosen.add(language)

    def _make_choices(self, language: str) -> None:
        for name in self.names.values():
            choice = self._choice(name, language)
            if choice is not None and (choice.name or choice.short):
                name.choices[language] = choice
            else:
                name.choices.pop(language, None)
        self._placers = {key: placer for key, placer in self._placers.items() if key[0] != language}
        self._entries = Glossary(
            entries={
                name.id: self._entry(name, self._chosen_renderings(name))
                for name in self.names.values()
                if name.choices
            }
        )

    def leave(self, language: str) -> None:
        """No provisional renderings in ``language``: every name stays as the translation writes it (the
        output of a test copy model, which copies the English)."""
        for name in self.names.values():
            name.choices.pop(language, None)
        self.chosen.add(language)
        self.left.add(language)

    def _choice(self, name: ProvisionalName, language: str) -> Choice | None:
        observed = self._observed.get((name.id, language), [])
        kind = name.candidate.type
        nominatives = [o.surface for o in observed if not o.tokens]
        bases: list[tuple[str, Observation]] = []
        for observation in observed:
            base = _base(observation, language, kind, nominatives, [*name.candidate.variants, name.english])
            if base:
                bases.append((base, observation))
        full = _most_met([(b, o) for b, o in bases if not o.short], language)
        short = _most_met([(b, o) for b, o in bases if o.short], language)
        met = Counter(b for b, _ in bases)
        reviewed = {b for b, o in bases if o.reviewed}
        derived = _short_by_position(name.candidate, full) if full and name.candidate.short else None
        if derived and full and short and short != derived:
            in_script, derived_in_script = _in_script(short, language), _in_script(derived, language)
            if in_script is not False and derived_in_script is False:
                pass  # the surname met in the language's script; the full name only in Latin: both as met
            elif in_script is False and derived_in_script is not False:
                short = derived
            elif (short in reviewed) != (full in reviewed):  # a reviewed translation's spelling wins
                if short in reviewed:
                    full = _with_short(name.candidate, full, short) or full
                else:
                    short = derived
            elif met[short] > sum(1 for b, o in bases if b == full and not o.short) + met[derived]:
                full = _with_short(name.candidate, full, short) or full  # the surname as met most, in the full name
            else:
                short = derived
        elif derived:
            short = derived
        from ..grammar.base_forms import misspelt  # loaded with the names' forms, as in choose()

        before = self._earlier_choice(name, language)
        met_list = tuple(sorted(met.items(), key=lambda item: -item[1]))
        upgrade = (
            before is not None
            and _in_script(before.name or before.short or "", language) is False
            and bool(full)
            and bool(_in_script(full or "", language))
        )  # a choice left in Latin gives way
        upgrade = upgrade or (
            before is not None and misspelt(before.name or before.short or "", language) and bool(full)
        )  # and so does one an older version misread (Малатьа for Малатья)
        upgrade = upgrade or (
            before is not None and full is not None and full in reviewed and full != before.name
        )  # and one the reviewed translations of this run spell otherwise: the reviewer's spelling wins
        if before is not None and (before.name or before.short) and not upgrade:
            return replace(before, met=met_list, earlier=True)
        if not full and not short:
            return None
        return Choice(full, short, met_list)

    def _earlier_choice(self, name: ProvisionalName, language: str) -> Choice | None:
        for spelling in [name.candidate.name, *name.candidate.variants]:
            found = self.earlier.get((store_key(spelling), language))
            if found is not None:
                return found
        return None

    def choices(self) -> dict[tuple[str, str], Choice]:
        """Every choice made (or kept), by (store key of each English full spelling, language): what the
        next run reuses."""
        found = {}
        for name in self.names.values():
            for language, choice in name.choices.items():
                for spelling in [name.candidate.name, *name.candidate.variants]:
                    found[(store_key(spelling), language)] = choice
        return found

    # --- 4. place -----------------------------------------------------------------------------------

    @property
    def entries(self) -> Glossary:
        """The provisional entries, as a glossary of their own: what renders their slots."""
        return self._entries

    def place(self, segment: TranslatedSegment, article: str, language: str) -> TranslatedSegment:
        """Turn each uncovered name the segment's translation writes into a slot of its provisional entry; a
        name not found in it is a ``name-provisional-unfound`` warning (the model's words stand, unchecked)."""
        every = self.mentions(article, segment.source.id)
        if not every or segment.template is None or language in self.unavailable or language in self.left:
            return segment
        mentions = [
            m
            for m in every
            if language in self.names[m.entry_id].choices and (m.short or self.names[m.entry_id].choices[language].name)
        ]  # a surname alone: no full name
        found = self._find(segment, mentions, language, self._placing_looks(language)) if mentions else []
        placed = [name.mention for name in found]
        segment.problems += [
            self._unfound_warning(mention, language, segment) for mention in every if mention not in placed
        ]
        if not found:
            return segment
        text, regions = _rendered(segment, self.glossary, language)
        parts: list[Part] = []
        problems: list[Problem] = []
        names = iter(found)
        waiting = next(names, None)  # the next name to place
        inside: _Found | None = None  # the name being read, when a tag stands inside it
        opening: list[Tag] = []  # the tags inside it, moved to its edges
        closing: list[Tag] = []
        for start, end, part in regions:
            if isinstance(part, Tag):
                if inside is not None and inside.start < start < inside.end:
                    (closing if part.role == CLOSE else opening).append(part)
                else:
                    parts.append(part)
                continue
            if not isinstance(part, str):  # a glossary name
                parts.append(part)
                continue
            position = start
            while True:
                if inside is None:
                    if waiting is None or waiting.start >= end:
                        break
                    parts.append(text[position : waiting.start])
                    inside, waiting, opening, closing = waiting, next(names, None), [], []
                    position = inside.start
                if inside.end > end:  # the name goes on after a tag
                    position = end
                    break
                parts += [*opening, inside.slot, *closing]
                problems += self._warnings(inside, text, language, segment)
                position, inside = inside.end, None
            parts.append(text[position:end])
        template = Template(tuple(part for part in parts if part != ""))
        segment.template, segment.code = template, template.code
        segment.problems += problems
        return segment

    def _warning(
        self, mention: Mention, slot: Slot, written: str, language: str, segment: TranslatedSegment
    ) -> Problem:
        name = self.names[mention.entry_id]
        entry = self._entries[name.id]
        rendering = entry.renderings[language]
        shown = grammar_for(language).inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced)
        choice = name.choices[language]
        why = "an earlier run's choice" if choice.earlier else "the spelling met most in this run"
        latin = " (the model left it in Latin letters)" if _in_script(shown, language) is False else ""
        changed = f"; the model wrote '{written}'" if written != shown else ""
        return Problem(
            "warning",
            PROVISIONAL,
            f"'{shown}' ({name.english}) is not in the glossary: a provisional rendering, {why}{latin}"
            f"{changed}; approve it with `toolkit glossary add`",
            language,
            segment.source.id,
            entry_id=name.id,
        )

    def _unfound_warning(self, mention: Mention, language: str, segment: TranslatedSegment) -> Problem:
        name = self.names[mention.entry_id]
        choice = name.choices.get(language)
        chosen = (choice.name or choice.short) if choice else None
        run = f"the run writes it '{chosen}'" if chosen else "no rendering of it was found in this run"
        english = f" ({name.english})" if name.english != mention.surface else ""
        return Problem(
            "warning",
            UNFOUND,
            f"'{mention.surface}'{english} is not in the glossary and was not found in this translation "
            f"({run}): the sentence keeps the model's words for it; check them, and approve the name with "
            "`toolkit glossary add`",
            language,
            segment.source.id,
            entry_id=name.id,
        )

    def _warnings(self, name: _Found, text: str, language: str, segment: TranslatedSegment) -> list[Problem]:
        """What a placed name says: provisional, and placement's doubt on its form if it has one."""
        found = [self._warning(name.mention, name.slot, text[name.start : name.end], language, segment)]
        if name.doubt:
            found.append(Problem("warning", "name-form-uncertain", name.doubt, language, segment.source.id))
        return found

    # --- finding names --------------------------------------------------------------------------------

    def _find(
        self, segment: TranslatedSegment, mentions: list[Mention], language: str, looks: list[dict[str, Entry]]
    ) -> list[_Found]:
        """Each mention's name in the segment's translation, outside the glossary's names: the first look
        (a glossary of renderings to compare with) that finds it wins. The names are read from the words alone:
        a tag may stand inside one (``و<i1>لافروف</i1>``, ``<a2>Şam</a2>'a``)."""
        text, regions = _rendered(segment, self.glossary, language)
        taken = [(start, end) for start, end, part in regions if isinstance(part, Slot)]  # the glossary's names
        found: list[_Found] = []
        left = list(mentions)
        for index, look in enumerate(looks):
            wanted = [mention for mention in left if mention.entry_id in look]
            if not wanted:
                continue
            placer = self._placer(language, index, look)
            for span in placer.name_spans(text, wanted, segment.source.text):
                if any(span.start < end and start < span.end for start, end in taken):
                    continue  # never over a glossary name, nor over a name found already
                mention = wanted[span.mention]
                found.append(_Found(mention, span.start, span.end, span.slot, span.doubt))
                taken.append((span.start, span.end))
                left.remove(mention)
            if not left:
                break
        return sorted(found, key=lambda name: name.start)

    def _placer(self, language: str, index: int, look: dict[str, Entry]):
        from .placement import NamePlacer

        key = (language, index)
        if key not in self._placers:
            merged = Glossary(entries={**self.glossary.entries, **look})  # the glossary's words stay its own
            self._placers[key] = NamePlacer(merged, language, self.matcher)
        return self._placers[key]

    def _guesses(self, language: str) -> list[dict[str, Entry]]:
        """Looks for observing: the press's likely spelling of each name, then a well-known place's own name."""
        if language not in self._looks:
            from ..grammar.transliterate import exonym, transliterate  # with the names' spellings, as base_forms

            looks: list[dict[str, Entry]] = [{}, {}]
            for name in self.names.values():
                candidate = name.candidate
                guess = transliterate(candidate.name, language)
                short = transliterate(candidate.short, language) if candidate.short else None
                looks[0][name.id] = self._entry(name, {language: self._rendering(name, language, guess, short)})
                known = exonym(candidate.name, language)
                if known:
                    looks[1][name.id] = self._entry(name, {language: self._rendering(name, language, known, None)})
            self._looks[language] = [look for look in looks if look]
        return self._looks[language]

    def _placing_looks(self, language: str) -> list[dict[str, Entry]]:
        """Looks for placing: the chosen rendering, then every other spelling met (as the short form where it
        has the short rendering's words), then the guesses."""
        looks: list[dict[str, Entry]] = [{}]
        for name in self.names.values():
            choice = name.choices.get(language)
            if choice is None:
                continue
            looks[0][name.id] = self._entries[name.id]
            full = choice.name or choice.short or ""
            others = [base for base, _ in choice.met if base not in (choice.name, choice.short)]
            for position, other in enumerate(others[:4], 1):
                while len(looks) <= position:
                    looks.append({})
                as_short = bool(choice.name and choice.short) and len(other.split()) == len(
                    (choice.short or "").split()
                ) != len(full.split())
                rendering = (
                    self._rendering(name, language, full, other)
                    if as_short
                    else self._rendering(name, language, other, choice.short if choice.name else None)
                )
                looks[position][name.id] = self._entry(name, {language: rendering})
        return looks + self._guesses(language)

    # --- entries --------------------------------------------------------------------------------------

    def _chosen_renderings(self, name: ProvisionalName) -> dict[str, Rendering]:
        renderings = {}
        for language, choice in name.choices.items():
            full = choice.name or choice.short
            assert full is not None  # a choice has one or the other
            renderings[language] = self._rendering(name, language, full, choice.short if choice.name else None)
        return renderings

    def _rendering(self, name: ProvisionalName, language: str, full: str, short: str | None) -> Rendering:
        """A rendering with the forms grammar needs: Russian cases and Turkish suffixes from the
        proposed-forms code, Arabic proclitics and the Persian ezafe by rule."""
        written = [o.surface for o in self._observed.get((name.id, language), ())]
        forms = _forms(language, full, name.candidate.type, (*name.candidate.shorter, name.english), written)
        short_forms = (
            _forms(language, short, name.candidate.type, (name.candidate.short or "",), written) if short else None
        )
        declines = len(set(forms.values())) > 1
        return Rendering(language, forms, short_forms, indeclinable=language == "ru" and not declines)

    @staticmethod
    def _entry(name: ProvisionalName, renderings: Mapping[str, Rendering]) -> Entry:
        candidate = name.candidate
        return Entry(
            name.id,
            candidate.type,
            candidate.name,
            candidate.short,
            tuple(candidate.variants),
            "provisional",
            dict(renderings),
            _LOCATION,
        )


def store_key(spelling: str) -> str:
    """How an English spelling is looked up in the store of earlier choices: its words, folded."""
    return " ".join(spelling_key(spelling)[0])


# --- helpers --------------------------------------------------------------------------------------------


def _rendered(segment: TranslatedSegment, glossary: Glossary, language: str) -> tuple[str, list[tuple[int, int, Part]]]:
    """The segment's translation with its glossary names rendered, and where each template part stands in it.

    Formatting tags take no room in the text (names are read from the words alone) but keep their place as
    empty regions, so that :meth:`ProvisionalNames.place` writes them back where they stood: a new name in bold
    stays in bold, a link elsewhere in the sentence stays a link; a tag that stands inside a new name (between
    it and its proclitic or suffix) moves to the name's edge, as name placement does for glossary names. Inline
    code and breaks are tags too: their source text is never searched for names.
    """
    from ..render import render

    assert segment.template is not None
    pieces, _, _ = render(segment.template, glossary, language)  # without the source's spans: tags give no piece
    rendered = iter(pieces)
    regions: list[tuple[int, int, Part]] = []
    position = 0
    for part in segment.template.parts:
        if isinstance(part, Tag):
            regions.append((position, position, part))
            continue
        piece = next(rendered)
        regions.append((position, position + len(piece.text), part))
        position += len(piece.text)
    return "".join(piece.text for piece in pieces), regions


def _in_script(text: str, language: str) -> bool | None:
    """Whether a rendering is written in the language's script (None: no letters to tell)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    wanted = {"Cyrl": "CYRILLIC", "Arab": "ARABIC", "Latn": "LATIN"}.get(script(language))
    if wanted is None:
        return True
    return all(unicodedata.name(ch, "").startswith(wanted) for ch in letters)


def _base(
    observation: Observation, language: str, kind: str, known: Sequence[str], english: Sequence[str] = ()
) -> str | None:
    """The dictionary form of an observation; a name the model left in Latin letters (in a language not
    written in them) is its English spelling, without a possessive ending (unless the name's own: Moody's)."""
    from ..grammar.base_forms import dictionary_form  # loaded with the names' forms, as in choose()

    surface = observation.surface.strip()
    if _in_script(surface, language) is False and _LATIN_LETTER.search(surface):
        if observation.tokens and script(language) == "Arab":
            # a proclitic glued to the Latin letters (وGoogle, لـMeta) is the form's, which the slot writes again
            read = dictionary_form(surface, observation.tokens, language, kind, known)
            surface = (read or surface).lstrip(TATWEEL).strip()
        if any(fold(surface) == fold(spelling) for spelling in english):
            return surface
        return re.sub(r"['’]s?$", "", surface).strip() or None
    base = dictionary_form(surface, observation.tokens, language, kind, known)
    return base.strip() if base else None


def _most_met(bases: list[tuple[str, Observation]], language: str) -> str | None:
    """The base met most (reviewed translations first, the language's script before Latin), ties to the first."""
    reviewed = [(b, o) for b, o in bases if o.reviewed]
    pool = reviewed or bases
    in_script = [(b, o) for b, o in pool if _in_script(b, language) is not False]
    pool = in_script or pool
    if not pool:
        return None
    counts = Counter(b for b, _ in pool)
    first: dict[str, tuple[int, int]] = {}
    for base, observation in pool:
        first[base] = min(first.get(base, observation.order), observation.order)
    return min(counts, key=lambda base: (-counts[base], first[base]))


def _short_by_position(candidate: Candidate, full: str) -> str | None:
    """The words of a full rendering standing where the English short form stands in the name."""
    from ..glossary.match import fold

    if not candidate.short:
        return None
    name_words, short_words, rendered = candidate.name.split(), candidate.short.split(), full.split()
    if len(rendered) != len(name_words) or len(short_words) >= len(name_words):
        return None
    folded, wanted = [fold(w) for w in name_words], [fold(w) for w in short_words]
    if folded[-len(wanted) :] == wanted:
        return " ".join(rendered[-len(wanted) :])
    if folded[: len(wanted)] == wanted:
        return " ".join(rendered[: len(wanted)])
    return None


def _with_short(candidate: Candidate, full: str, short: str) -> str | None:
    """The full rendering with the words standing for the short form replaced by ``short``."""
    derived = _short_by_position(candidate, full)
    if derived is None or len(derived.split()) != len(short.split()):
        return None
    words = full.split()
    count = len(derived.split())
    if " ".join(words[-count:]) == derived:
        return " ".join(words[:-count] + short.split())
    return " ".join(short.split() + words[count:])


# how the end of a name may sound, for the suffixes a translation wrote: each last vowel, after it nothing
# (a vowel-final name), a voiceless consonant or a voiced one
_TURKISH_SOUNDS = tuple(vowel + end for vowel in "aeıioöuü" for end in ("k", "l", ""))


def _turkish_forms_as_written(text: str, forms: dict[str, str], met: Counter) -> dict[str, str]:
    """The proposed Turkish forms, or the forms of the sound the translations' suffixes show where they
    agree with more of what the translations wrote: "Mac'te" and "Terminal'de" in a reviewed translation
    say how the name is said, whatever its spelling suggests. Ties keep the proposal; among sounds that fit
    as well, the one closest to the proposal (its consonants first: Weber'in keeps Weber'de) wins."""
    from ..grammar.turkish import suffix

    cases = [case for case in forms if case != "nom"]
    if not cases or any(not forms[case].startswith(f"{text}'") for case in cases):
        return forms  # suffixes joined without an apostrophe (an institution): left to the proposal

    def score(candidate: Mapping[str, str]) -> tuple[int, int, int]:
        return (
            sum(met[candidate[case]] for case in cases),
            sum(_TURKISH_VOWEL.sub("", candidate[case]) == _TURKISH_VOWEL.sub("", forms[case]) for case in cases),
            sum(candidate[case] == forms[case] for case in cases),
        )

    proposed = score(forms)
    candidates = [{**forms, **{case: f"{text}'{suffix(sound, case)}" for case in cases}} for sound in _TURKISH_SOUNDS]
    best = max(candidates, key=score)
    return best if score(best)[0] > proposed[0] else forms


_TURKISH_VOWEL = LazyPattern("[aeıioöuü]")


def _forms(language: str, text: str, kind: str, english: Iterable[str], written: Sequence[str] = ()) -> dict[str, str]:
    """Every form grammar needs of a rendering: all six Russian cases, the Turkish suffixed forms (both from
    the proposed-forms code), the dictionary form alone where rules derive the rest.

    Where the proposed forms are in doubt and the translations (``written``: the name as met, suffixes and
    all) write the other candidate more often, the translations' forms win: "Weber'in" in a reviewed
    translation says the name is said as spelt, not the English way ("Weber'ın").
    """
    if language not in ("ru", "tr"):
        return {"nom": text}
    from ..errors import UserError
    from ..grammar.propose import propose

    try:
        proposal = propose(language, text, entry_type=kind, english=tuple(e for e in english if e))
    except UserError:  # not a name the proposer takes (left in Latin in Russian): it stays as written
        forms = {}
    else:
        forms = dict(proposal.forms)
        met = Counter(written)
        for doubt in proposal.doubts:
            other = {case: form for case, form in doubt.alternative.items() if case in forms}
            if sum(met[form] for form in other.values()) > sum(met[forms[case]] for case in other):
                forms.update(other)
        if language == "tr":
            forms = _turkish_forms_as_written(text, forms, met)
    if language == "ru":
        from ..grammar.russian import CASES

        return {case: forms.get(case, text) for case in CASES}
    return forms or {"nom": text}
