"""The run's uncovered names, surveyed before its first article is written.

A run writes each article on its own, a window at a time (and may write them
in several processes), but a name no glossary entry covers must read the same
in every article of the run. So before any article is written, the survey:

1. reads the articles that need work (those up to date are skipped, as in the
   run itself) and runs the detector once over all of them
   (:func:`toolkit.glossary.suggest.find_candidates`);
2. drops the glossary mentions inside longer uncovered names, and translates
   only the sentences that mention an uncovered name, one batch per language,
   through the run's own engines (memory first). Behind the translation cache
   this costs nothing later: the articles' own translation reads the same
   outputs from the cache; without a cache the translations are kept
   (:class:`Remembered`, up to :data:`MAX_REMEMBERED`) and used once;
3. observes how each translation writes each name, and chooses one
   provisional rendering per name and language
   (:class:`toolkit.translate.provisional.ProvisionalNames`), keeping an earlier
   run's choice from the store beside the translation cache
   (:mod:`toolkit.translate.provisional_store`), and stores this run's;
4. behind a translation cache, asks ahead, with placeholders, the sentences
   whose new name the model did not write in the language's script
   (:func:`_ask_masked_ahead`): what name placement asks once the name is
   in the glossary, so that approving it costs no engine call.

What the articles then share is that small table of choices, fixed for the
whole run: each article places and renders its names from it, whatever the
order or process it is written in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import Document, Segment
from ..translate.engines import Translation

if TYPE_CHECKING:
    from ..glossary.match import Matcher
    from ..glossary.model import Glossary
    from ..translate.engines import Engine
    from ..translate.provisional import ProvisionalNames
    from ..translate.provisional_store import ProvisionalStore
    from .workers import BoundedSurveyCalls

MAX_REMEMBERED = 20_000  # survey translations kept for the articles when no cache holds them


class Remembered:
    """An engine answering what the survey translated, each once (placed after the memory in the chain)."""

    name = "remembered"

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], Translation] = {}

    def keep(self, segment: Segment, language: str, translation: Translation) -> None:
        if len(self._kept) < MAX_REMEMBERED:
            self._kept[(language, segment.text)] = translation

    def translate(self, segments: Sequence[Segment], language: str) -> list[Translation | None]:
        return [self._kept.pop((language, segment.text), None) for segment in segments]

    def __len__(self) -> int:
        return len(self._kept)


class SurveyCut(Exception):
    """The survey's engine took longer than it may: what it has not translated yet goes without choices."""


class EngineCalls:
    """How the survey asks the run's engines: here, in this process (no bound: nothing can stop a model stuck
    in native code in the process's own thread). :class:`toolkit.batch.workers.BoundedSurveyCalls` asks in
    a worker process instead, and stops it (raising :class:`SurveyCut`) once the run's article timeout is
    spent."""

    def __init__(self, chain: Sequence[Engine]):
        self.chain = chain

    def translate(self, segments: Sequence[Segment], code: str) -> list[Translation | None]:
        from ..translate.engines import translate_in_order

        return translate_in_order(self.chain, segments, code)

    def ask_ahead(self, masked: list, code: str) -> None:
        ask_masked(self.chain, masked, code)

    def close(self) -> None:
        pass


def ask_masked(chain: Sequence[Engine], masked: list, code: str) -> None:
    """The masked sentences translated into the cache by the chain's machine engine (see :func:`_ask_masked_ahead`)."""
    from ..translate.machine import MachineEngine

    machine = next((engine for engine in chain if isinstance(engine, MachineEngine)), None)
    if machine is not None:
        machine.raw.translate_raw(masked, code)


def survey(
    documents: Sequence[Document],
    languages: Sequence[str],
    glossary: Glossary,
    matcher: Matcher,
    chain: Sequence[Engine],
    *,
    store: ProvisionalStore | None = None,
    copy_models: Sequence[str] = (),
    remembered: Remembered | None = None,
    calls: EngineCalls | BoundedSurveyCalls | None = None,
    cut: list[str] | None = None,
) -> ProvisionalNames:
    """The uncovered names of ``documents`` (read and matched), each with its provisional rendering per language.

    ``chain`` are the run's engines, memory first; languages whose engine
    fails (no model) are left without choices (their articles fail on their
    own), and so are ``copy_models`` languages (a test copy model copies the
    English: nothing there is a rendering, nor worth keeping). ``remembered``
    receives the machine translations, for the articles to use. ``calls``
    asks the engines (default: here); when it is cut (:class:`SurveyCut`), the
    language it was asking and those after it are left without choices, and
    their codes are added to ``cut``.
    """
    from ..pipeline import translated_segment
    from ..translate.engines import ADAPTED, EXACT
    from ..translate.provisional import ProvisionalNames, store_key
    from .kept_candidates import find_candidates_kept

    names = ProvisionalNames(find_candidates_kept(documents, glossary, matcher), glossary, None, matcher)
    if store is not None and names.names:
        spellings = [
            store_key(s) for name in names.names.values() for s in [name.candidate.name, *name.candidate.variants]
        ]
        names.earlier = store.load(spellings, languages)
    for document in documents:
        names.suppress(document)
    wanted: dict[str, list[tuple[int, int, str, Segment]]] = {}  # by text: every place a sentence is met
    for number, document in enumerate(documents):
        for index, segment in enumerate(document.segments):
            if names.mentions(document.name, segment.id):
                wanted.setdefault(segment.text, []).append((number, index, document.name, segment))
    segments = [places[0][3] for places in wanted.values()]  # each sentence translated once
    calls = calls if calls is not None else EngineCalls(chain)
    stopped = False
    for code in languages:
        if code in copy_models:
            names.leave(code)
            continue
        found: list[Translation | None] = []
        if segments and not stopped:
            try:
                found = calls.translate(segments, code)
            except SurveyCut:
                stopped = True
            except Exception as error:  # an engine that cannot translate: each article reports it with its name
                from .articles import reraise_when_debugging

                reraise_when_debugging(error)
        if stopped:
            if cut is not None:
                cut.append(code)
            names.choose(code)  # nothing observed: no choices in this language
            continue
        by_machine = set()
        for places, translation in zip(wanted.values(), found):
            if translation is None:
                continue
            if translation.origin not in (EXACT, ADAPTED):
                by_machine.add(places[0][3].text)
            if remembered is not None and translation.origin not in (EXACT, ADAPTED):
                remembered.keep(places[0][3], code, translation)
            for number, index, article, segment in places:
                names.observe(translated_segment(segment, translation, code), article, code, (number, index))
        names.choose(code)
        try:
            _ask_masked_ahead(names, chain, {text: wanted[text] for text in wanted if text in by_machine}, code, calls)
        except SurveyCut:  # this language's choices are made; the ones after it get none
            stopped = True
    if store is not None:
        store.save(names.choices())
    return names


def _ask_masked_ahead(
    names: ProvisionalNames,
    chain: Sequence[Engine],
    wanted: dict[str, list[tuple[int, int, str, Segment]]],
    code: str,
    calls: EngineCalls | BoundedSurveyCalls,
) -> None:
    """Translate into the cache, with placeholders for every name (the glossary's and the new ones), the
    sentences where a new name could not be read in ``code``: once an editor approves the name, name
    placement asks exactly that for them (the plain output has no form to read), and finds it cached.

    Only machine translations behind a translation cache are asked (without a cache the answer would be
    lost); a failure here costs only the re-run its calls.
    """
    from ..translate.machine import MachineEngine

    machine = next((engine for engine in chain if isinstance(engine, MachineEngine)), None)
    if machine is None or getattr(machine.raw, "cache", None) is None or not wanted:
        return
    from ..translate.placement import NamePlacer  # here, not before: a run from the memory places no name

    masked = []
    for places in wanted.values():
        number, index, article, segment = places[0]
        if names.unreadable(article, segment.id, (number, index), code):
            mentions = sorted(
                [*(segment.mentions or ()), *names.mentions(article, segment.id)], key=lambda mention: mention.start
            )
            masked.append(NamePlacer.mask(segment.text, mentions))
    if masked:
        try:
            calls.ask_ahead(masked, code)
        except SurveyCut:
            raise
        except Exception as error:  # the articles' own translation reports an engine that fails
            from .articles import reraise_when_debugging

            reraise_when_debugging(error)
