"""Machine translation for what the memory lacks, with the glossary's names kept.

:class:`ArgosEngine` runs an installed Argos Translate package directly
through CTranslate2 and SentencePiece (argostranslate itself is never
imported: it is slow to import, caps output at 256 tokens and keeps one
translator per pair for the life of the process). :class:`MachineEngine`
wraps any such raw engine into the pipeline's :class:`~toolkit.translate.engines.Engine`
protocol and puts every name back as a slot (:mod:`toolkit.translate.placement`).

Decoding settings, chosen for a newsroom's CPU machine:

- **beam size 4**, the Argos default: better than greedy search at a modest
  cost; 1 hypothesis.
- **maximum length** ``max(256, 3 x source tokens + 16)`` per batch: an output
  is never cut short silently; a hypothesis that still reaches the limit is
  reported as truncated (an error in QA).
- **threads**: one translation at a time (``inter_threads=1``) using
  ``intra_threads`` cores, default ``min(4, cores)``, ``TOOLKIT_THREADS``
  to override (tiny test models run fastest on 1).
- **batching**: a whole document (or a batch of documents) per language goes
  to the model at once, sorted by length, 32 sentences per batch.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..document import Segment
from ..errors import UserError
from ..glossary.match import Matcher
from ..glossary.model import Glossary
from ..problems import Problem
from ..slots import Template
from .engines import Sentence, Translation, matched
from .formatting import fit
from .markers import ReadMarkers, insert_tags, protect, read_markers, slot_positions, spaced_like_source
from .placement import NamePlacer, Placement

BEAM_SIZE = 4
MAX_BATCH_SIZE = 32


@dataclass(frozen=True)
class RawTranslation:
    text: str
    problems: tuple[Problem, ...] = ()


class RawEngine(Protocol):
    name: str

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        """Translate plain sentences; None when the engine cannot translate into ``language``."""

    def reference(self, language: str) -> str:
        """What produced the translations (model and version), for the QA report."""


def default_threads() -> int:
    configured = os.environ.get("TOOLKIT_THREADS")
    if configured and configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, min(4, os.cpu_count() or 1))


@dataclass
class _LoadedModel:
    translator: Any  # ctranslate2.Translator (imported only when translating)
    tokenizer: Any  # sentencepiece.SentencePieceProcessor
    target_prefix: str | None
    reference: str


class ArgosEngine:
    """An installed Argos package, run through CTranslate2 with whole-document batches."""

    name = "argos"

    def __init__(self, models_dir: Path | str | None = None, beam_size: int = BEAM_SIZE,
                 threads: int | None = None):
        self.models_dir = models_dir
        self.beam_size = beam_size
        self.threads = threads or default_threads()
        self._loaded: dict[tuple[str, float], _LoadedModel] = {}

    def package(self, language: str) -> Path | None:
        from .packages import find_package

        return find_package("en", language, self.models_dir)

    def _load(self, package: Path) -> _LoadedModel:
        model_file = package / "model" / "model.bin"
        key = (str(package), model_file.stat().st_mtime if model_file.exists() else 0.0)
        if key not in self._loaded:  # a reinstalled package is loaded afresh
            import ctranslate2
            import sentencepiece

            ctranslate2.set_log_level(logging.ERROR)  # not the float16-on-CPU notice on every load
            try:
                metadata = json.loads((package / "metadata.json").read_text(encoding="utf-8"))
                tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
                translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=1,
                                                    intra_threads=self.threads)
            except (OSError, ValueError, RuntimeError) as error:
                raise broken_model(package, error) from None
            reference = f"{package.name} {metadata.get('package_version', '')}".strip()
            self._loaded[key] = _LoadedModel(translator, tokenizer, metadata.get("target_prefix") or None, reference)
        return self._loaded[key]

    def reference(self, language: str) -> str:
        package = self.package(language)
        return self._load(package).reference if package else "no model"

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        package = self.package(language)
        if package is None:
            return None
        model = self._load(package)
        tokens = [model.tokenizer.encode(source, out_type=str) for source in sources]
        limit = max(256, 3 * max((len(t) for t in tokens), default=0) + 16)
        prefix = [[model.target_prefix]] * len(tokens) if model.target_prefix else None
        try:
            results = model.translator.translate_batch(
                tokens, beam_size=self.beam_size, num_hypotheses=1, max_decoding_length=limit,
                replace_unknowns=True, max_batch_size=MAX_BATCH_SIZE, batch_type="examples",
                target_prefix=prefix)
        except (RuntimeError, ValueError, IndexError) as error:
            raise broken_model(package, error) from None
        translations = []
        for result in results:
            pieces = result.hypotheses[0]
            if model.target_prefix and pieces[:1] == [model.target_prefix]:
                pieces = pieces[1:]
            problems: tuple[Problem, ...] = ()
            if len(pieces) >= limit:
                problems = (Problem("error", "truncated",
                                    f"the model stopped at its length limit ({limit} tokens): the end of this "
                                    f"sentence may be missing"),)
            translations.append(RawTranslation(model.tokenizer.decode(pieces), problems))
        return translations


def broken_model(package: Path, error: Exception) -> UserError:
    """The error for an installed package that fails to load or translate: which pair, and how to fix it."""
    from .packages import read_pair

    from_code, to_code = read_pair(package)
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return UserError(
        f"the {from_code}->{to_code} model does not work: {detail}", path=package,
        fix=f"install a fresh copy: `toolkit models install translate-{from_code}_{to_code}.argosmodel` "
            f"(or `toolkit models download {from_code}-{to_code}`); or remove it: "
            f"`toolkit models remove {from_code}-{to_code}`")


class MachineEngine:
    """A raw engine in the pipeline: translate, then put every name back as a slot.

    Sentences whose names cannot all be located in the plain translation, or
    whose form is a guess for some name, are translated again with
    placeholders. The retry's wording is used only when it places more names;
    either way a name whose form is a guess in one output takes the form the
    other showed for it (:meth:`NamePlacer.merge`); anything still unplaced is
    an error, and a form still guessed a warning, that flag the segment.
    """

    def __init__(self, raw: RawEngine, glossary: Glossary, matcher: Matcher | None = None):
        self.raw, self.glossary = raw, glossary
        self.name = raw.name
        self.matcher = matcher or Matcher(glossary)
        self._placers: dict[str, NamePlacer] = {}

    def _placer(self, language: str) -> NamePlacer:
        if language not in self._placers:
            self._placers[language] = NamePlacer(self.glossary, language, self.matcher)
        return self._placers[language]

    def translate(self, segments: Sequence[Sentence], language: str) -> list[Translation | None]:
        batch = matched(segments, self.matcher)  # their names as the match stage found them (here, for plain text)
        # a sentence with formatting goes with markers for it (toolkit.translate.markers); others as they are
        sources = [protect(segment.text, segment.spans) if segment.spans else segment.text for segment in batch]
        outputs = self.raw.translate_raw(sources, language)
        if outputs is None:
            return [None] * len(sources)
        placer = self._placer(language)
        reference = self.raw.reference(language)
        mentions = [list(segment.mentions or ()) for segment in batch]
        read = [_read(output, segment) for output, segment in zip(outputs, batch)]
        placements = [placer.locate(text, found, segment.text)
                      for (text, _), found, segment in zip(read, mentions, batch)]
        retry = [index for index, placement in enumerate(placements) if not placement.settled]
        if retry:
            masked = [protect(batch[index].text, batch[index].spans, mentions[index]) if batch[index].spans
                      else NamePlacer.mask(sources[index], mentions[index]) for index in retry]
            second = self.raw.translate_raw(masked, language) or []
            for index, output in zip(retry, second):
                again_read = _read(output, batch[index])
                again = placer.restore(again_read[0], mentions[index], batch[index].text)
                merged = placer.merge(placements[index], again)
                if merged.retried:
                    outputs[index] = output
                    read[index] = again_read
                placements[index] = merged
        results: list[Translation | None] = []
        for placement, output, segment, (text, markers) in zip(placements, outputs, batch, read):
            problems = tuple(output.problems) + tuple(placement.problems)
            assert placement.template is not None  # placement always yields a template; retries may not
            template = placement.template
            if segment.spans:
                assert markers is not None
                template, lost = _with_formatting(template, text, markers, placement, segment)
                problems += tuple(markers.problems) + tuple(lost)
            results.append(Translation(template, self.name, reference, problems))
        return results


def _read(output: RawTranslation, segment: Segment) -> tuple[str, ReadMarkers | None]:
    """The output's text as names are located in, and its formatting markers (sentences with formatting)."""
    if not segment.spans:
        return output.text, None
    markers = read_markers(output.text, segment.spans, segment.text)
    return markers.text, markers


def _with_formatting(template: Template, text: str, markers: ReadMarkers, placement: Placement,
                     segment: Segment) -> tuple[Template, list[Problem]]:
    """The template with the model's markers as tags, then fitted to exactly the source's formatting."""
    tagged = insert_tags(template, text, markers.tags) if markers.tags else template
    tagged = template if tagged is None else spaced_like_source(tagged, segment.spans, segment.text)
    positions = slot_positions(tagged, [name.mention for name in placement.names])
    return fit(tagged, segment, positions)
