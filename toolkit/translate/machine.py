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
- **maximum length** ``max(256, 3 x source tokens + 16)`` for each sentence:
  an output is never cut short silently; a hypothesis that still reaches its
  limit is reported as truncated (an error in QA).
- **batching by tokens**: a whole document (or a batch of documents) per
  language goes to the model at once, sorted by length and cut into batches
  of at most :data:`MAX_BATCH_TOKENS` source tokens counted with padding
  (so long sentences go in small batches, short ones in large ones, and
  little time is spent on padding). A batch's length limit is that of its
  longest sentence, so every sentence gets at least its own, and the outputs
  are those of a plain loop translating one sentence at a time (checked by
  the tests and by ``bench/bench_engine.py``).
- **unknown words replaced** from the source, as Argos does, but searched
  without keeping the attention of every step wherever that changes nothing
  (:meth:`ArgosEngine._decode`): about a third of the engine's time on a
  copy model.
- **threads** (:func:`thread_plan`): on a machine with few cores, one
  thread per translation (``intra_threads=1``) measured fastest; the cores
  go to translating batches side by side (``inter_threads``, which share the
  model's weights) or, in a batch run, to worker processes
  (:mod:`toolkit.batch.workers`), each with its share of the cores.
  ``TOOLKIT_THREADS`` sets the threads per translation.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..document import Segment
from ..errors import UserError
from ..files import read_json
from ..formatting import Span
from ..glossary.match import Matcher
from ..glossary.model import Glossary
from ..problems import Problem
from ..records import dataclass
from ..slots import Template
from .engines import Sentence, Translation, matched
from .formatting import fit

if TYPE_CHECKING:  # name placement and the markers are imported when a sentence goes to a model: a run from the
    # memory needs neither
    from .markers import ReadMarkers
    from .placement import NamePlacer, Placement

BEAM_SIZE = 4
MAX_BATCH_TOKENS = 1024  # source tokens per batch, padding included (bench/bench_engine.py chose it)
MAX_BATCH_SENTENCES = 64  # and at most this many sentences, whatever their length
# The longest piece of a sentence the model is given at once, in source tokens. A news sentence is 20-90 tokens;
# a "sentence" of thousands (a paragraph without full stops, a pasted table) is cut into pieces this long, because
# the model's time and memory grow with the square of a sentence's length: one of a million tokens took 21 GB.
MAX_SENTENCE_TOKENS = 400
# The most glossary names one sentence may hold for the model to translate it. A news sentence names a few, a
# long one twenty; placing each name reads the words and names before it, so a "sentence" of thousands (a list
# or table pasted as one paragraph without full stops) would take hours. Beyond this it is not translated, and
# says why: an error that holds its edition back, never a hang of the run.
MAX_NAMES_PER_SENTENCE = 250
THREADS_VARIABLE = "TOOLKIT_THREADS"
MAX_THREADS = 256  # threads per translation; far more than any machine's cores
_CLAUSE_ENDS = (",", ";", ":", ".", "!", "?", ")", "]", "—", "–", "»", "”", '"')
# CTranslate2's compute type, as Argos Translate chooses it: its ARGOS_COMPUTE_TYPE setting, else "auto" (the
# fastest type the machine supports: int8 on most CPUs), so a model translates here as it does in Argos.
COMPUTE_TYPE_SETTING = "ARGOS_COMPUTE_TYPE"
_COMPUTE_TYPES = (
    "auto",
    "default",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)


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


@dataclass(frozen=True)
class ThreadPlan:
    """How a process spends its cores on translation: threads per batch, and batches side by side."""

    intra: int  # threads computing one batch
    inter: int  # batches translated at once (the replicas share the model's weights)


def thread_plan(processes: int = 1, cores: int | None = None) -> ThreadPlan:
    """The threads of one of ``processes`` translating processes, from the cores and ``TOOLKIT_THREADS``.

    Each process gets its share of the cores (at least one). One thread per
    batch measured fastest on a 2-core machine (the models' matrices are
    small, and threads wait on each other at every layer), so the share goes
    to batches translated side by side; ``TOOLKIT_THREADS`` sets the threads
    per batch instead (one batch at a time).
    """
    configured = configured_threads()
    if configured is not None:
        return ThreadPlan(intra=configured, inter=1)
    share = max(1, (cores or os.cpu_count() or 1) // max(1, processes))
    return ThreadPlan(intra=1, inter=min(share, 4))


def configured_threads() -> int | None:
    """``$TOOLKIT_THREADS`` as a number of threads per translation, or None when it is not set.

    A value that is not a whole number from 1 to :data:`MAX_THREADS` is a
    wrong request, not something to ignore: the engine's library crashes the
    process on some (100,000 threads) and refuses others mid-run.
    """
    configured = os.environ.get(THREADS_VARIABLE, "").strip()
    if not configured:
        return None
    if configured.isascii() and configured.isdigit() and 1 <= int(configured) <= MAX_THREADS:
        return int(configured)
    from ..errors import UserError

    raise UserError(
        f"${THREADS_VARIABLE} {configured!r} is not a number of threads",
        fix=f"give a whole number from 1 to {MAX_THREADS}, or unset {THREADS_VARIABLE} to let the toolkit choose",
    )


def token_batches(
    lengths: Sequence[int], max_tokens: int = MAX_BATCH_TOKENS, max_sentences: int = MAX_BATCH_SENTENCES
) -> list[list[int]]:
    """Indexes of the sentences, longest first, cut into batches of at most ``max_tokens`` padded tokens.

    A batch costs its size times its longest sentence (the others are padded
    to it); a sentence longer than ``max_tokens`` is a batch of its own.
    """
    order = sorted(range(len(lengths)), key=lambda index: -lengths[index])
    batches: list[list[int]] = []
    for index in order:
        if batches:
            current = batches[-1]
            longest = lengths[current[0]]  # sorted: the batch's first sentence is its longest
            if len(current) < max_sentences and (len(current) + 1) * longest <= max_tokens:
                current.append(index)
                continue
        batches.append([index])
    return batches


def sentence_pieces(tokens: Sequence[str], limit: int = MAX_SENTENCE_TOKENS) -> list[tuple[int, int]]:
    """Where to cut a sentence of SentencePiece ``tokens`` into pieces of at most ``limit`` tokens.

    One piece, ``[(0, len(tokens))]``, for any sentence within the limit.
    A longer one is cut after the last clause end (a comma, semicolon,
    colon, dash, closing bracket or quote) in the second half of each
    window, else before its last word, else (one word longer than the
    window) at the limit itself. Deterministic, so the translation cache
    keys stay stable.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(tokens) - start > limit:
        end = start + limit
        lowest = start + limit // 2
        word_starts = [cut for cut in range(end, lowest, -1) if tokens[cut].startswith("\u2581")]
        clause_ends = [cut for cut in word_starts if tokens[cut - 1].endswith(_CLAUSE_ENDS)]
        cut = clause_ends[0] if clause_ends else word_starts[0] if word_starts else end
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(tokens)))
    return pieces


def compute_type() -> str:
    """The compute type models run with (see :data:`COMPUTE_TYPE_SETTING`), checked before any model loads."""
    from .installed import argos_setting

    chosen = (argos_setting(COMPUTE_TYPE_SETTING) or "auto").strip().lower()
    if chosen not in _COMPUTE_TYPES:
        raise UserError(
            f"{COMPUTE_TYPE_SETTING}={chosen[:40]!r} is not a CTranslate2 compute type",
            fix=f"unset it (the default is auto, as in Argos Translate) or use one of: {', '.join(_COMPUTE_TYPES)}",
        )
    return chosen


# The CPU's instruction sets CTranslate2's backends choose between (x86: SSE4.1 to AVX-512 VNNI and AMX; Arm: NEON,
# dot product, i8mm): the compute type "auto" resolves to, and the kernels that run, follow from them.
_CPU_FEATURES = frozenset(
    "sse4_1 avx avx2 fma f16c avx512f avx512bw avx512_vnni avx_vnni avx512_bf16 amx_int8 amx_bf16 "
    "neon asimd asimddp i8mm bf16 sve".split()
)
_CPU: list[str] = []


def cpu_features() -> str:
    """The machine's architecture and the instruction sets of :data:`_CPU_FEATURES` it has (from /proc/cpuinfo,
    read once, a few milliseconds), for the key of a model run with the compute type "auto": what that
    resolves to differs between CPUs, and finding it by importing CTranslate2 would cost that import in every
    run, even one with nothing to translate."""
    if not _CPU:
        import platform

        found: set[str] = set()
        try:
            with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
                for line in handle.read(1 << 20).splitlines():
                    name, _, value = line.partition(":")
                    if name.strip() in ("flags", "Features"):
                        found = set(_CPU_FEATURES.intersection(value.split()))
                        break
        except OSError:  # not Linux: the processor's own name stands for its instruction sets
            found = {platform.processor()[:80] or "unknown"}
        _CPU.append(" ".join([platform.machine().lower() or "unknown", *sorted(found)]))
    return _CPU[0]


def length_limit(source_tokens: int) -> int:
    """The decoding limit of a sentence: generous, so that an output that reaches it is an error to report."""
    return max(256, 3 * source_tokens + 16)


@dataclass
class _LoadedModel:
    translator: Any  # ctranslate2.Translator (imported only when translating)
    tokenizer: Any  # sentencepiece.SentencePieceProcessor
    target_prefix: str | None
    reference: str
    unknown_token: str = "<unk>"  # the target vocabulary's unknown word (model/config.json's unk_token)


class ArgosEngine:
    """An installed Argos package, run through CTranslate2 in length-sorted token batches."""

    name = "argos"

    def __init__(
        self,
        models_dir: Path | str | None = None,
        beam_size: int = BEAM_SIZE,
        threads: int | None = None,
        *,
        processes: int = 1,
    ):
        """``threads`` fixes the threads per batch (one batch at a time); by default :func:`thread_plan`
        chooses for ``processes`` processes translating at once."""
        self.models_dir = models_dir
        self.beam_size = beam_size
        self.threads = ThreadPlan(intra=threads, inter=1) if threads else thread_plan(processes)
        self.compute_type = compute_type()
        self._loaded: dict[tuple[str, float], _LoadedModel] = {}

    def package(self, language: str) -> Path | None:
        """The installed package for en->``language``, or None; none when there is no models folder to look in
        (no home folder to find it in: the run says so once, and each article needing a model fails)."""
        from ..files import NoHomeFolder
        from .installed import find_package

        try:
            return find_package("en", language, self.models_dir)
        except NoHomeFolder:
            return None

    def _load(self, package: Path) -> _LoadedModel:
        model_file = package / "model" / "model.bin"
        key = (str(package), model_file.stat().st_mtime if model_file.exists() else 0.0)
        if key not in self._loaded:  # a reinstalled package is loaded afresh
            import logging

            import ctranslate2
            import sentencepiece

            ctranslate2.set_log_level(logging.ERROR)  # not the float16-on-CPU notice on every load
            try:
                metadata = read_json(package / "metadata.json")
                tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
                translator = ctranslate2.Translator(
                    str(package / "model"),
                    device="cpu",
                    inter_threads=self.threads.inter,
                    intra_threads=self.threads.intra,
                    compute_type=self.compute_type,
                )
            except (OSError, ValueError, RuntimeError) as error:
                raise broken_model(package, error) from None
            self._loaded[key] = _LoadedModel(
                translator,
                tokenizer,
                metadata.get("target_prefix") or None,
                package_reference(package),
                _unknown_token(package),
            )
        return self._loaded[key]

    def reference(self, language: str) -> str:
        package = self.package(language)
        return package_reference(package) if package else "no model"

    def decoding(self) -> str:
        """The settings that change what a model writes, for the translation cache's key and the run's
        fingerprint: the compute type (``ARGOS_COMPUTE_TYPE``: quantised and full-precision weights can choose other
        words; "auto" with the CPU it resolves on, :func:`cpu_features`), the beam size and the longest piece of a
        sentence the model is given. Threads are not among them: they change how soon the output comes, never what
        it says."""
        compute = self.compute_type
        if compute == "auto":  # the type it resolves to follows from the CPU: outputs of two never mix
            compute = f"auto on {cpu_features()}"
        settings = f"compute {compute}, beam {self.beam_size}, pieces of {MAX_SENTENCE_TOKENS} tokens"
        return settings

    def check(self, language: str) -> Path | None:
        """The installed package for ``language`` (None when there is none), checked without loading it.

        Raises the error of :func:`broken_model` when its files are missing,
        unreadable or cut short (see :func:`check_package`): milliseconds, so
        a run can check every model it may need before translating anything.
        """
        package = self.package(language)
        if package is not None:
            check_package(package)
        return package

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        package = self.package(language)
        if package is None:
            return None
        model = self._load(package)
        sentences = [model.tokenizer.encode(source, out_type=str) for source in sources]
        # each sentence as the pieces the model is given (one piece for a sentence within MAX_SENTENCE_TOKENS)
        cuts = [sentence_pieces(sentence) for sentence in sentences]
        tokens = [sentence[start:end] for sentence, spans in zip(sentences, cuts) for start, end in spans]
        hypotheses = self._decode(package, model, tokens)
        outputs = iter(zip(hypotheses, tokens))
        translations = []
        for sentence, spans in zip(sentences, cuts):
            texts: list[str] = []
            problems: list[Problem] = []
            if len(spans) > 1:
                problems.append(
                    Problem(
                        "warning",
                        "sentence-cut",
                        f"the sentence is {len(sentence):,} tokens long, more than the {MAX_SENTENCE_TOKENS} the "
                        f"model is given at once: it was translated in {len(spans)} pieces; check where they join "
                        f"(or split the sentence in the article)",
                    )
                )
            stopped = []  # the pieces (1-based) the model stopped in at its length limit
            for number, (pieces, source_tokens) in enumerate((next(outputs) for _ in spans), 1):
                if model.target_prefix and pieces[:1] == [model.target_prefix]:
                    pieces = pieces[1:]
                limit = length_limit(len(source_tokens))
                if len(pieces) >= limit:  # a batch's longer limit let it go on: cut where its own limit is
                    pieces = pieces[:limit]
                    stopped.append(number)
                texts.append(model.tokenizer.decode(pieces))
            if stopped:
                where = (
                    "the end of this sentence may be missing"
                    if len(spans) == 1
                    else f"the end of piece {', '.join(map(str, stopped))} of {len(spans)} may be missing"
                )
                problems.append(Problem("error", "truncated", f"the model stopped at its length limit: {where}"))
            translations.append(RawTranslation(" ".join(texts), tuple(problems)))
        return translations

    def _decode(self, package: Path, model: _LoadedModel, tokens: list[list[str]]) -> list[list[str]]:
        """The best hypothesis for each sentence of ``tokens``, as the model writes it with unknown words replaced.

        Replacing an unknown word (``replace_unknowns``) needs the attention of
        every step of the search kept and reordered with the beams, about a
        sixth of a sentence's time, and it changes nothing but the ``<unk>``
        pieces of the best hypothesis: the search itself is the same. So a
        sentence whose source the tokenizer knows every piece of is searched
        without it, and only one whose output still holds ``<unk>`` (a
        model's rare guess) is searched again with it; a sentence with an
        unknown piece (a letter the model never saw) goes with it at once.
        Either way its output is the one a single call with
        ``replace_unknowns`` gives (batches do not change outputs).
        """
        hypotheses: list[list[str]] = [[] for _ in tokens]
        unknown = model.tokenizer.unk_id()
        known = [unknown not in model.tokenizer.piece_to_id(sentence) for sentence in tokens]
        plain = [index for index, all_known in enumerate(known) if all_known]
        replaced = [index for index, all_known in enumerate(known) if not all_known]
        try:
            pending = self._submit(model, tokens, plain, replace_unknowns=False)
            pending += self._submit(model, tokens, replaced, replace_unknowns=True)
            _collect(pending, hypotheses)
            again = [index for index in plain if model.unknown_token in hypotheses[index]]
            _collect(self._submit(model, tokens, again, replace_unknowns=True), hypotheses)
        except (RuntimeError, ValueError, IndexError) as error:
            raise broken_model(package, error) from None
        return hypotheses

    def _submit(
        self, model: _LoadedModel, tokens: list[list[str]], chosen: list[int], *, replace_unknowns: bool
    ) -> list[tuple[list[int], Any]]:
        """The ``chosen`` sentences of ``tokens`` handed to the model in token batches, each with its pending
        results (asynchronous: with inter_threads > 1, batches are translated side by side)."""
        pending = []
        for cut in token_batches([len(tokens[index]) for index in chosen]):
            batch = [chosen[number] for number in cut]
            limit = length_limit(len(tokens[batch[0]]))  # the longest sentence's: the others' are lower
            prefix = [[model.target_prefix]] * len(batch) if model.target_prefix else None
            results = model.translator.translate_batch(
                [tokens[index] for index in batch],
                target_prefix=prefix,
                asynchronous=True,
                beam_size=self.beam_size,
                num_hypotheses=1,
                max_decoding_length=limit,
                replace_unknowns=replace_unknowns,
            )
            pending.append((batch, results))
        return pending


def _collect(pending: list[tuple[list[int], Any]], hypotheses: list[list[str]]) -> None:
    """Wait for each pending batch and put each sentence's best hypothesis in its place in ``hypotheses``."""
    for batch, results in pending:
        for index, result in zip(batch, results):
            hypotheses[index] = result.result().hypotheses[0]


def _unknown_token(package: Path) -> str:
    """The model's unknown word as its model/config.json names it (CTranslate2's default, ``<unk>``, without one)."""
    try:
        config = read_json(package / "model" / "config.json")
    except (OSError, ValueError):
        config = None
    token = config.get("unk_token") if isinstance(config, dict) else None
    return token if isinstance(token, str) and token else "<unk>"


def package_reference(package: Path) -> str:
    """What the QA report names as the producer: the package's folder and version (read without loading)."""
    try:
        metadata = read_json(package / "metadata.json")
    except (OSError, ValueError):
        metadata = {}
    version = metadata.get("package_version", "") if isinstance(metadata, dict) else ""
    return f"{package.name} {version}".strip()


_MODEL_LAYOUT_VERSION = 6  # the model.bin layout check_package walks (CTranslate2 2.x-4.x write it)


def check_package(package: Path) -> None:
    """Raise :func:`broken_model`'s error when an installed package cannot work, without loading it.

    Checked: metadata.json is a JSON object; the SentencePiece model loads
    (milliseconds); model/model.bin is readable and, in the layout CTranslate2
    writes (binary version 6), holds every variable and alias it declares (a
    file cut short by a full disk or an interrupted copy is caught here, not
    after other languages were translated). A file of another binary version
    is left to the real load, which names what is wrong; one newer than the
    installed CTranslate2 reads (or a damaged header) is refused.
    """
    import struct

    try:
        metadata = read_json(package / "metadata.json")
        if not isinstance(metadata, dict):
            raise ValueError("metadata.json is not a JSON object")
        import sentencepiece

        sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
        with open(package / "model" / "model.bin", "rb") as model:
            size = os.fstat(model.fileno()).st_size

            def read(layout: str) -> tuple:
                wanted = struct.calcsize(layout)
                data = model.read(wanted)
                if len(data) < wanted:
                    raise ValueError(f"model/model.bin is cut short ({size:,} bytes)")
                return struct.unpack(layout, data)

            def skip_string() -> None:
                (length,) = read("<H")
                model.seek(length, os.SEEK_CUR)

            (version,) = read("<I")
            if version == _MODEL_LAYOUT_VERSION:
                skip_string()  # the model's kind
                read("<I")  # its revision
                (variables,) = read("<I")
                for _ in range(variables):
                    skip_string()
                    (rank,) = read("<B")
                    read(f"<{rank}I")
                    _, data_bytes = read("<BI")  # data type, size in bytes
                    model.seek(data_bytes, os.SEEK_CUR)
                    if model.tell() > size:
                        raise ValueError(f"model/model.bin is cut short ({size:,} bytes)")
                (aliases,) = read("<I")
                for _ in range(2 * aliases):  # alias and variable names
                    skip_string()
                if model.tell() > size:
                    raise ValueError(f"model/model.bin is cut short ({size:,} bytes)")
            elif version == 0 or (version > _MODEL_LAYOUT_VERSION and version > _readable_binary_version()):
                raise ValueError(
                    f"model/model.bin has binary version v{version}, which this CTranslate2 cannot "
                    f"read (v{_readable_binary_version()} or below): the file is damaged or was made "
                    "by a later CTranslate2"
                )
    except (OSError, ValueError, RuntimeError, struct.error) as error:
        raise broken_model(package, error) from None


def _readable_binary_version() -> int:
    """The newest model.bin binary version the installed CTranslate2 reads (imported only when needed)."""
    from ctranslate2.specs.model_spec import CURRENT_BINARY_VERSION

    return int(CURRENT_BINARY_VERSION)


def broken_model(package: Path, error: Exception) -> UserError:
    """The error for an installed package that fails to load or translate: which pair, and how to fix it."""
    from .packages import read_pair

    from_code, to_code = read_pair(package)
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return UserError(
        f"the {from_code}->{to_code} model does not work: {detail}",
        path=package,
        fix=f"install a fresh copy: `toolkit models install translate-{from_code}_{to_code}.argosmodel` "
        f"(or `toolkit models download {from_code}-{to_code}`); or remove it: "
        f"`toolkit models remove {from_code}-{to_code}`",
    )


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
        from .placement import NamePlacer

        if language not in self._placers:
            self._placers[language] = NamePlacer(self.glossary, language, self.matcher)
        return self._placers[language]

    def translate(self, segments: Sequence[Sentence], language: str) -> list[Translation | None]:
        everything = matched(segments, self.matcher)  # their names as the match stage found them (plain text too)
        crowded = {
            index for index, segment in enumerate(everything) if len(segment.mentions or ()) > MAX_NAMES_PER_SENTENCE
        }
        if not crowded:
            return self._translate(everything, language)
        translated = iter(self._translate([s for i, s in enumerate(everything) if i not in crowded], language))
        return [
            _too_many_names(segment, self.name) if index in crowded else next(translated)
            for index, segment in enumerate(everything)
        ]

    def _translate(self, batch: list[Segment], language: str) -> list[Translation | None]:
        if not batch:
            return []
        from .markers import hidden_runs, protect

        # a sentence with formatting, or with what must come out as written (addresses, handles, footnote marks...),
        # goes with markers for them (toolkit.translate.markers); others as they are
        marked = [segment.spans + hidden_runs(segment.text, segment.spans, segment.mentions or ()) for segment in batch]
        sources = [protect(segment.text, spans) if spans else segment.text for segment, spans in zip(batch, marked)]
        outputs = self.raw.translate_raw(sources, language)
        if outputs is None:
            return [None] * len(sources)
        placer = self._placer(language)
        reference = self.raw.reference(language)
        mentions = [list(segment.mentions or ()) for segment in batch]
        read = [_read(output, segment, spans) for output, segment, spans in zip(outputs, batch, marked)]
        placements = [
            placer.locate(text, found, segment.text) for (text, _), found, segment in zip(read, mentions, batch)
        ]
        retry = [index for index, placement in enumerate(placements) if not placement.settled]
        if retry:
            masked = [
                protect(batch[index].text, marked[index], mentions[index])
                if marked[index]
                else placer.mask(sources[index], mentions[index])
                for index in retry
            ]
            second = self.raw.translate_raw(masked, language) or []
            for index, output in zip(retry, second):
                again_read = _read(output, batch[index], marked[index])
                again = placer.restore(again_read[0], mentions[index], batch[index].text)
                merged = placer.merge(placements[index], again)
                if merged.retried:
                    outputs[index] = output
                    read[index] = again_read
                placements[index] = merged
        results: list[Translation | None] = []
        for placement, output, segment, (text, markers), spans in zip(placements, outputs, batch, read, marked):
            problems = tuple(output.problems) + tuple(placement.problems)
            assert placement.template is not None  # placement always yields a template; retries may not
            template = placement.template
            if spans:
                assert markers is not None
                template, lost = _with_formatting(template, text, markers, placement, segment, spans)
                problems += tuple(markers.problems) + tuple(lost)
            results.append(Translation(template, self.name, reference, problems))
        return results


def _too_many_names(segment: Segment, engine: str) -> Translation:
    """A sentence not given to the model: it names more names than any sentence does (see MAX_NAMES_PER_SENTENCE)."""
    return Translation(
        Template(()),
        engine,
        "",
        (
            Problem(
                "error",
                "too-many-names",
                f"the sentence names {len(segment.mentions or ()):,} glossary names, more than the "
                f"{MAX_NAMES_PER_SENTENCE} a sentence may have: it was not translated",
                fix="split it into sentences (a list or table pasted as one paragraph without full stops?), "
                "then run again",
            ),
        ),
    )


def _read(output: RawTranslation, segment: Segment, spans: Sequence[Span]) -> tuple[str, ReadMarkers | None]:
    """The output's text as names are located in, and its markers (sentences with formatting or hidden runs:
    ``spans`` are the segment's, then its hidden runs)."""
    if not spans:
        return output.text, None
    from .markers import read_markers

    markers = read_markers(output.text, spans, segment.text, len(spans) - len(segment.spans))
    return markers.text, markers


def _name_ranges(placement: Placement, text: str) -> list[tuple[int, int]] | None:
    """Where placement found each slot's name in ``text``, in slot order; None when it placed another output."""
    built = placement.built
    return built.slot_ranges if built is not None and built.output == text else None


def _with_formatting(
    template: Template, text: str, markers: ReadMarkers, placement: Placement, segment: Segment, spans: Sequence[Span]
) -> tuple[Template, list[Problem]]:
    """The template with the model's markers as tags, each hidden run's as the source's text, then fitted to
    exactly the source's formatting."""
    from .markers import insert_tags, slot_positions, spaced_like_source, written_back

    tagged = insert_tags(template, text, markers.tags, _name_ranges(placement, text)) if markers.tags else template
    tagged = template if tagged is None else spaced_like_source(tagged, spans, segment.text)
    first = len(segment.spans) + 1
    tagged, dropped = written_back(tagged, spans[first - 1 :], first, segment.text)
    positions = slot_positions(tagged, [name.mention for name in placement.names])
    fitted, lost = fit(tagged, segment, positions)
    return fitted, dropped + lost
