"""Articles translated in worker processes, so a batch uses every core.

The parent process keeps what must be one: the output folder's lock, the
planning of each article (its name, its fingerprint, whether it is up to
date), the progress, the outcomes and the index page. Each worker process
loads the glossary, the memory and the models once (:func:`_start`), then
takes one planned article at a time and does everything else for it: read,
translate (through the shared SQLite translation cache), check, build its
files and swap its folder into place atomically, as a serial run does
(:meth:`toolkit.batch.articles.Batch.translate_article`). It hands back only
the article's small outcome, its manifest (for the index page) and what the
engine did; the editions never cross processes unless the caller asked for
them (``on_article``). So the parent's memory does not grow with the batch,
and at most :data:`IN_FLIGHT_PER_WORKER` articles per worker are queued.

Why workers write their own article: the bytes of eight DOCX editions need
not be copied to the parent, and the write is the same atomic folder swap,
under the parent's lock, that a serial run makes (a staging folder named
with the worker's pid, removed on any error).

Interruptions. Workers ignore SIGINT, so Ctrl-C reaches the parent alone,
which stops the workers with SIGTERM; a worker turns SIGTERM into an
exception while it writes an article, so the article removes its staging
folder and its earlier folder stays as it was (otherwise it ends at once,
quietly). A worker that dies (killed, out of memory, a crash in native
code) breaks the pool: the parent starts a new one and runs each article
that was in flight again, alone, so that the one that kills its worker
fails alone ("the worker process translating it stopped") and the others
are written. Whatever a killed worker left (a staging folder) is hidden,
and removed by the next run. When the parent itself dies without stopping
them (SIGKILL, the out-of-memory killer), each worker notices (a pidfd of
the parent, else polling) and stops itself: the lock is gone, so it must
not write on. When the system refuses a worker process (too many open
files), or a worker cannot start (a model it cannot load), :class:`WorkersUnavailable` hands the articles
not done back to the run; those the workers that did start had taken are finished and reported first, so
the run never translates an article twice.

Workers start from a forkserver (on Linux; spawn elsewhere) preloaded with
this module, so they never inherit the parent's threads or open files.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import field, replace
from typing import TYPE_CHECKING, Any

from ..records import dataclass
from .outcome import FAILED, ArticleOutcome

# the request and the number of workers are read by every run (.request); named here too, for callers of this module
from .request import ARTICLE_TIMEOUT as ARTICLE_TIMEOUT
from .request import JOBS_VARIABLE as JOBS_VARIABLE
from .request import WorkerRequest as WorkerRequest
from .request import available_cores as available_cores
from .request import checked_jobs as checked_jobs
from .request import default_jobs as default_jobs

if TYPE_CHECKING:  # multiprocessing and concurrent.futures are imported only when workers start
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from ..document import Edition
    from ..publish.manifest import Manifest
    from ..translate.engines import Engine
    from .articles import Batch, Step

# said when the workers' processes ended before any finished starting (their traceback, if any, is above)
_STOPPED_STARTING = "each stopped as it started, before translating anything; its error is printed above"
IN_FLIGHT_PER_WORKER = 2  # articles queued per worker: enough to keep it busy, few enough to keep memory flat
# A worker is replaced by a fresh one after this many articles (Python 3.11+): the engine's buffers and the
# allocator's fragments grow slowly with every article; a new worker costs reloading the glossary from its
# parse cache, the memory and, on first use, each model: a few seconds against minutes of work.
ARTICLES_PER_WORKER = 100
_POLL = 5.0  # how often the run looks at how long its articles have been running


@dataclass
class ArticleDone:
    """A worker's answer for one article: small, whatever the article's size."""

    outcome: ArticleOutcome
    manifest: Manifest | None
    counts: dict = field(default_factory=dict)  # the engine's counts for this article (EngineCounts.as_dict)
    notices: list[str] = field(default_factory=list)
    editions: list[Edition] | None = None


_batch: Batch | None = None  # the worker's own Batch, built once by _start
_notices: list[str] = []
_want_editions = False
_writing = False  # an article is being translated and written: SIGTERM unwinds it rather than ending at once


def _start(request: WorkerRequest) -> None:
    """Worker initialiser: load the glossary, memory and engine once; Ctrl-C is the parent's to handle."""
    global _batch, _want_editions
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    _stop_when_gone(request.run_pid)
    _few_malloc_arenas()
    os.environ.clear()  # a forkserver started by an earlier run of this process has that run's environment
    os.environ.update(request.environment)
    from ..files import recorded_name, set_cache_folder_off
    from ..glossary.built import matcher_for
    from ..glossary.load import load_glossary
    from ..translate.cache import CachedEngine, TranslationCache
    from ..translate.engines import MemoryEngine
    from ..translate.machine import ArgosEngine, MachineEngine
    from ..translate.memory import load_memory
    from .articles import Batch
    from .outcome import RunProgress, RunResult
    from .output import OutputFolder

    set_cache_folder_off(not request.cache)  # --no-cache: the worker reads and writes nothing there either
    glossary = request.glossary if request.glossary is not None else load_glossary(request.glossary_paths)
    matcher = matcher_for(glossary)  # cached with the glossary's parse
    memory = request.memory if request.memory is not None else load_memory(request.memory_paths)
    cached = CachedEngine(
        ArgosEngine(request.models_dir, processes=request.jobs),
        TranslationCache(notice=lambda text: _notices.append(f"warning: {text}")) if request.cache else None,
    )
    chain: list[Engine] = [MemoryEngine(memory, glossary, matcher), MachineEngine(cached, glossary, matcher)]
    _want_editions = request.want_editions
    folder = OutputFolder(request.out)
    folder.expect(request.locked_folder)  # moved or replaced while the run goes on: its articles are not written
    _batch = Batch(
        folder=folder,
        languages=request.languages,
        formats=request.formats,
        kinds=request.kinds,
        settings=request.settings,
        glossary=glossary,
        matcher=matcher,
        chain=chain,
        cached=cached,
        day=request.day,
        html_pages=request.html_pages,
        preview=request.preview,
        allow_errors=request.allow_errors,
        force=True,
        copy_models=request.copy_models,
        empty_files=request.empty_files,
        run_key=request.run_key,
        memory_digest=request.memory_digest,
        memory_files=tuple(recorded_name(path) for path in request.memory_paths),
        say=_notices.append,
        progress=None,
        on_article=None,
        result=RunResult(request.out),
        state=RunProgress(total=0),
        missing_models=request.missing_models,
    )
    if request.provisional is not None:  # the parent's survey; its glossary is this worker's own
        request.provisional.glossary, request.provisional.matcher = glossary, matcher
        _batch.provisional = request.provisional


_start_failure: str | None = None  # why this worker could not start: each article it is given fails with it


def _initialise(start: Callable[[WorkerRequest], None], request: WorkerRequest, started) -> None:
    """The pool's initialiser: ``start``, counted in ``started`` once it is done. A failure (a model that
    cannot load, a module that cannot be imported after an upgrade) is kept rather than raised: a pool whose
    initialiser raises logs a traceback and breaks, and every article would then blame a crashed worker."""
    global _start_failure
    try:
        start(request)
    except Exception as error:
        _start_failure = _said(error)
        return
    with started.get_lock():
        started.value += 1


def _said(error: Exception) -> str:
    """An error as one line: a user's error as its message and fix, anything else with its type."""
    from ..errors import UserError

    if isinstance(error, UserError):
        return str(error).replace("\n  fix: ", "; fix: ")
    return f"{type(error).__name__}: {error}"


class WorkerStartFailed(Exception):
    """Raised for an article sent to a worker that could not start; its one argument says why."""


def _in_started_worker(task: Callable[[Step], ArticleDone], step: Step) -> ArticleDone:
    """Run ``task`` on ``step`` in a worker whose start succeeded; else WorkerStartFailed with the reason."""
    if _start_failure is not None:
        raise WorkerStartFailed(_start_failure)
    return task(step)


def _few_malloc_arenas() -> None:
    """Let the engine's threads share two malloc arenas (glibc; before any thread starts): glibc gives each
    thread its own by default, and a worker's memory then grows with fragments spread over all of them."""
    import contextlib
    import ctypes

    m_arena_max = -8
    with contextlib.suppress(AttributeError, OSError):  # not glibc: its allocator chooses
        ctypes.CDLL(None).mallopt(m_arena_max, 2)


def _stop(signum: int, frame: object) -> None:
    """SIGTERM (the run stopping its workers, a service manager stopping them all, or the run gone): while an
    article is being written, unwind, so its staging folder is removed; otherwise end at once, quietly (a
    worker still loading its models has nothing to undo, and nobody to tell)."""
    if _writing:
        raise SystemExit(128 + signum)
    os._exit(128 + signum)


def _stop_when_gone(run_pid: int) -> None:
    """Stop this worker (SIGTERM to itself) when the run's process ends without stopping it (SIGKILL, the
    out-of-memory killer): the run's lock on the output folder is gone with it, so no worker may go on
    writing there, and an orphan would otherwise wait for work forever with its models loaded."""

    def watch() -> None:
        try:
            descriptor = os.pidfd_open(run_pid)  # Linux 5.3+: readable once the process has ended
        except (AttributeError, OSError):
            descriptor = None
        if descriptor is not None:
            import select

            select.select([descriptor], [], [])
        else:
            import time

            while _alive(run_pid):
                time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="stop-when-the-run-is-gone", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _translate(step: Step) -> ArticleDone:
    """In a worker: translate, check, build and write one planned article."""
    global _writing
    assert _batch is not None, "the worker was not started"
    before = _batch.cached.counts.as_dict() if _batch.cached is not None else {}
    _notices.clear()
    _writing = True
    try:
        editions = _batch.translate_article(step)
    except SystemExit:  # SIGTERM: the article's staging folder is gone; nothing to send back
        os._exit(1)
    finally:
        _writing = False
    manifest = _batch.manifests.pop(step.outcome.name, None)
    from ..patterns import keep_compiled_patterns

    keep_compiled_patterns()  # those this article needed first, for the next run's workers (see toolkit.patterns)
    after = _batch.cached.counts.as_dict() if _batch.cached is not None else {}
    return ArticleDone(
        step.outcome, manifest, _difference(after, before), list(_notices), editions if _want_editions else None
    )


def _difference(after: dict, before: dict) -> dict:
    counts = {key: after[key] - before.get(key, 0) for key in ("calls", "segments", "cache_hits") if key in after}
    by_language = {
        code: number - before.get("by_language", {}).get(code, 0)
        for code, number in after.get("by_language", {}).items()
    }
    counts["by_language"] = {code: number for code, number in by_language.items() if number}
    return counts


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            [__name__, "toolkit.batch.articles", "toolkit.pipeline", "toolkit.publish.article"]
        )
        return context
    return multiprocessing.get_context("spawn")


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C back (blocked, not lost) while the helper processes start: a terminal's Ctrl-C reaches the
    whole process group, and a Python interpreter it catches starting up dies with a "Fatal Python error" and a
    traceback. They inherit the blocked signal, and ignore it once started; the run receives it on leaving."""
    held = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if held:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if held:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start_servers() -> None:
    """Start the forkserver (and with it the resource tracker) now, inside :func:`_ctrl_c_held`, rather than
    at the first article; every worker is then forked from it, an interpreter already running."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _survey_translate(segments: list, code: str) -> list:
    """In a worker: the survey's translation of ``segments`` through the worker's chain (memory first)."""
    if _start_failure is not None:
        raise WorkerStartFailed(_start_failure)
    assert _batch is not None, "the worker was not started"
    from ..translate.engines import translate_in_order

    return translate_in_order(_batch.chain, segments, code)


def _survey_ask_ahead(masked: list, code: str) -> None:
    """In a worker: the survey's masked sentences, translated into the shared cache."""
    if _start_failure is not None:
        raise WorkerStartFailed(_start_failure)
    assert _batch is not None, "the worker was not started"
    from .survey import ask_masked

    ask_masked(_batch.chain, masked, code)


class BoundedSurveyCalls:
    """The survey's engine calls (:class:`toolkit.batch.survey.EngineCalls`) made in one worker process, so
    that the run's article timeout bounds the survey too: once the survey has taken that long in all, the
    worker is stopped and :class:`toolkit.batch.survey.SurveyCut` raised (a model stuck in native code cannot be
    stopped in the run's own process, and would hold the unattended run and its lock forever).

    The worker is started at the first call (a run whose names the glossary covers starts none). A worker
    that cannot start makes the calls fail as an engine's would: the survey goes on without choices there."""

    def __init__(self, request: WorkerRequest, memory: Engine | None = None):
        """``memory``: the run's memory engine, asked here first: a worker is started only for what it lacks."""
        import time

        self.request = replace(request, jobs=1, want_editions=False)
        self.memory = memory
        self.started_at = time.monotonic()
        self._pool: WorkerPool | None = None

    def translate(self, segments, code: str) -> list:
        from ..translate.engines import translate_in_order

        found = translate_in_order([self.memory], segments, code) if self.memory is not None else [None] * len(segments)
        missing = [number for number, translation in enumerate(found) if translation is None]
        if missing:
            asked = self._call(_survey_translate, [segments[number] for number in missing], code)
            for number, translation in zip(missing, asked):
                found[number] = translation
        return found

    def ask_ahead(self, masked: list, code: str) -> None:
        self._call(_survey_ask_ahead, masked, code)

    def _call(self, function: Callable[..., Any], *args: Any) -> Any:
        import time
        from concurrent.futures import wait

        from .survey import SurveyCut

        timeout = self.request.article_timeout
        left = None if timeout is None else timeout - (time.monotonic() - self.started_at)
        if left is not None and left <= 0:
            raise SurveyCut()
        if self._pool is None:
            self._pool = WorkerPool(self.request)
            with _ctrl_c_held():
                self._pool._pool = self._pool._new_pool()
                _start_servers()
        assert self._pool._pool is not None
        future = self._pool._pool.submit(function, *args)
        finished, _ = wait([future], timeout=left)
        if not finished:
            self.close()
            raise SurveyCut()
        try:
            return future.result()
        except WorkerStartFailed as failed:
            raise RuntimeError(str(failed)) from None

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close(terminate=True)


class WorkersUnavailable(Exception):
    """The system would not start a worker process (too many open files, no memory for a process), or the
    workers could not start (a model that cannot load, a module that cannot be imported): the workers are
    stopped, and ``unsent`` are the articles taken for them and not done, for the run to translate itself."""

    def __init__(self, error: OSError | str, unsent: list[Step]):
        super().__init__(error if isinstance(error, str) else error.strerror or str(error))
        self.unsent = unsent


class WorkerPool:
    """Planned articles in, their results out as they complete; a dead worker fails only its own article."""

    def __init__(
        self,
        request: WorkerRequest,
        task: Callable[[Step], ArticleDone] = _translate,
        start: Callable[[WorkerRequest], None] = _start,
    ):
        """``task`` runs in a worker for each article, after ``start`` ran there once (module-level
        functions: they are sent to the workers by name)."""
        self.request = request
        self.task, self.start = task, start
        self._pool: ProcessPoolExecutor | None = None
        self._started: Any = None  # how many workers of the current pool finished starting (a shared counter)

    def _new_pool(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        renewal = {"max_tasks_per_child": ARTICLES_PER_WORKER} if sys.version_info >= (3, 11) else {}
        context = _context()
        self._started = context.Value("i", 0)
        return ProcessPoolExecutor(
            max_workers=self.request.jobs,
            mp_context=context,
            initializer=_initialise,
            initargs=(self.start, self.request, self._started),
            **renewal,
        )

    def _none_started(self) -> bool:
        """Whether no worker of the current pool has finished starting: a pool broken then was broken by its
        workers' start (an interpreter that cannot import this module), not by an article."""
        return self._started is not None and self._started.value == 0

    def run(self, steps: Iterable[Step], done: Callable[[Step, ArticleDone], None]) -> None:
        """Translate every step in the workers, calling ``done`` in the parent as each article completes."""
        from concurrent.futures import FIRST_COMPLETED, wait

        limit = self.request.jobs * IN_FLIGHT_PER_WORKER
        pending: Iterator[Step] = iter(steps)
        in_flight: dict[Future, Step] = {}
        suspects: list[Step] = []  # in flight when a worker died: each runs again alone
        running_since: dict[Future, float] = {}  # when each article was first seen handed to a worker
        try:
            with _ctrl_c_held():
                self._pool = self._new_pool()
                _start_servers()
        except OSError as error:
            self.close(terminate=True)
            raise WorkersUnavailable(error, []) from None
        except BaseException:  # Ctrl-C, held while the servers started, arrives on leaving
            self.close(terminate=True)
            raise
        try:
            while True:
                if suspects:
                    if not in_flight:
                        step = suspects.pop(0)
                        in_flight[self._submit(step)] = step
                        self._wait_alone(in_flight, done)
                    continue
                while len(in_flight) < limit:
                    following = next(pending, None)
                    if following is None:
                        break
                    in_flight[self._submit(following)] = following
                if not in_flight:
                    break
                timeout = self.request.article_timeout
                finished, _ = wait(
                    in_flight, timeout=None if timeout is None else min(_POLL, timeout), return_when=FIRST_COMPLETED
                )
                broken = False
                refused: WorkersUnavailable | None = None
                for future in finished:
                    running_since.pop(future, None)  # its answer is the caller's now, not kept here
                    step = in_flight.pop(future)
                    try:
                        result = self._result(future, step)
                    except WorkersUnavailable as failed:  # a worker could not start: the others' answers count
                        refused = refused or failed
                        if refused is not failed:
                            refused.unsent += failed.unsent
                        continue
                    if result is None:
                        broken = True
                        suspects.append(step)
                    else:
                        done(step, result)
                if refused is not None:
                    raise self._drained(refused, in_flight, done)
                if broken and self._none_started():
                    raise WorkersUnavailable(_STOPPED_STARTING, [])
                # looked at every time round: articles finishing in the other workers must not hide a hung one
                overdue = self._overdue(in_flight, running_since)
                for future in overdue:  # stopped with its worker, and failed
                    done(in_flight[future], self._timed_out(in_flight.pop(future)))
                if broken or overdue:  # the others in flight run again, alone
                    suspects += in_flight.values()
                    in_flight.clear()
                    running_since.clear()
                    self._restart()
        except WorkersUnavailable as refused:  # every article taken and not done goes back to the run, once
            self._stop_and_clear()
            refused.unsent += [step for step in [*in_flight.values(), *suspects] if step not in refused.unsent]
            raise
        except BaseException:
            self._stop_and_clear()
            raise
        self.close()

    def _drained(
        self, refused: WorkersUnavailable, in_flight: dict[Future, Step], done: Callable[[Step, ArticleDone], None]
    ) -> WorkersUnavailable:
        """``refused`` once the articles still in flight are settled: a worker that could not start fails each
        article it takes at once, but the workers that did start go on with theirs, and what they finish is
        reported as done, not handed back for the run to translate again. What is not done within the
        article timeout goes back with the rest."""
        from concurrent.futures import wait

        finished, _ = wait(list(in_flight), timeout=self.request.article_timeout)
        for future in [future for future in in_flight if future in finished]:
            step = in_flight.pop(future)
            try:
                result = self._result(future, step)
            except WorkersUnavailable:
                result = None
            if result is None:
                refused.unsent.append(step)
            else:
                done(step, result)
        refused.unsent += [step for step in in_flight.values() if step not in refused.unsent]
        in_flight.clear()
        return refused

    def _stop_and_clear(self) -> None:
        """Stop the workers at once and remove what they had begun: a worker removes its own staging folder on
        SIGTERM, but one killed before it could (a busy machine, its cleanup too slow) leaves it behind."""
        self.close(terminate=True)
        with contextlib.suppress(OSError):  # the stop is what the run reports; the next run removes what is left
            self._remove_leftovers()

    def _submit(self, step: Step) -> Future:
        """Hand ``step`` to the workers; WorkersUnavailable (with ``step``) when the system refuses a process."""
        from .output import stop_signals_held

        assert self._pool is not None
        try:
            with stop_signals_held():  # a worker it starts is the pool's, and stopped with it, before a stop comes
                return self._pool.submit(_in_started_worker, self.task, step)
        except OSError as error:  # too many open files, no memory for a process
            raise WorkersUnavailable(error, [step]) from None

    @staticmethod
    def _result(future: Future, step: Step) -> ArticleDone | None:
        """The worker's answer; None when its worker died; an unexpected error fails the article alone."""
        from concurrent.futures.process import BrokenProcessPool

        from .articles import _fail

        try:
            return future.result()
        except WorkerStartFailed as failed:  # every worker starts alike: the run is told once, and goes on itself
            raise WorkersUnavailable(str(failed), [step]) from None
        except (BrokenProcessPool, SystemExit):  # SystemExit: the worker was stopped as it sent its answer
            return None
        except Exception as error:  # e.g. a result that could not be sent back
            return ArticleDone(_fail(step.outcome, step.path, error), None)

    def _overdue(self, in_flight: dict[Future, Step], running_since: dict[Future, float]) -> list[Future]:
        """The articles that have been in a worker longer than the request's article_timeout.

        The pool marks an article running when it hands it to the workers' queue, which holds at most one
        more than there are workers: an article may be counted from a little before its worker takes it."""
        import time

        timeout = self.request.article_timeout
        if timeout is None:
            return []
        now = time.monotonic()
        for future in in_flight:
            if future not in running_since and future.running():
                running_since[future] = now
        return [future for future in in_flight if future in running_since and now - running_since[future] > timeout]

    def _timed_out(self, step: Step) -> ArticleDone:
        """The outcome of an article stopped for taking longer than the request's article_timeout."""
        from ..errors import UserError
        from .articles import _fail

        minutes = (self.request.article_timeout or 0) / 60
        took = f"{minutes:g} minute{'s' if minutes != 1 else ''}" if minutes >= 1 else f"{minutes * 60:g} s"
        stopped = UserError(
            f"translating it took longer than {took}, so its worker process was stopped; its earlier files are "
            "untouched",
            fix="run again (a busy machine may have slowed it: --article-timeout SECONDS allows more); if it "
            "stops again on this article, please report it as a bug",
        )
        return ArticleDone(_fail(step.outcome, step.path, stopped), None)

    def _wait_alone(self, in_flight: dict[Future, Step], done: Callable[[Step, ArticleDone], None]) -> None:
        """Run the one article in flight alone: if its worker dies, it is that article's doing."""
        from concurrent.futures import wait

        assert self._pool is not None
        ((future, step),) = in_flight.items()
        in_flight.clear()
        workers = self._worker_processes()  # before a death, after which the pool may forget them
        finished, _ = wait([future], timeout=self.request.article_timeout)
        if not finished:  # alone, so it is this article that takes too long
            done(step, self._timed_out(step))
            self._restart()
            return
        result = self._result(future, step)
        if result is None and self._none_started():
            raise WorkersUnavailable(_STOPPED_STARTING, [step])
        if result is None:
            outcome = step.outcome
            outcome.status, outcome.written = FAILED, []
            outcome.reason = (
                f"{step.path}: the worker process translating it stopped (killed, out of memory, "
                "or a crash); its earlier files are untouched"
            )
            outcome.fix = "run again; if it stops again on this article, please report it as a bug"
            if self._killed_outright(workers):
                outcome.reason = (
                    f"{step.path}: the worker process translating it was killed by SIGKILL (on a machine short of "
                    "memory, the system's out-of-memory killer); its earlier files are untouched"
                )
                outcome.fix = (
                    "run again with fewer --jobs (each worker holds its own models) or on a machine with more "
                    "memory (the system log says whether the out-of-memory killer ended it: journalctl -k | grep "
                    "-i oom); if it stops again on this article alone, split the article or report it as a bug"
                )
            done(step, ArticleDone(outcome, None))  # reported before the restart, which the system may refuse
            self._restart()
            return
        done(step, result)

    def _worker_processes(self) -> list:
        """The current pool's worker processes (no public way to see them)."""
        return list((getattr(self._pool, "_processes", None) or {}).values())

    def _killed_outright(self, workers: list) -> bool:
        """Whether one of these workers of the pool, the one article's it ran alone, ended by SIGKILL: what the
        kernel's out-of-memory killer sends (the pool stops the others with SIGTERM). The workers are those seen
        before the article ran, not what the pool lists once it has learnt of the death, and the process is
        waited for (up to 5 s) to be reaped, since the pool learns of a death before its status is known: on a
        busy machine a SIGKILL was once reported as an unknown stop."""
        import signal
        import time

        processes = workers or self._worker_processes()
        deadline = time.monotonic() + 5.0  # a busy machine may reap it late; only a death waits here
        while True:
            if any(process.exitcode == -signal.SIGKILL for process in processes):
                return True
            if all(process.exitcode is not None for process in processes) or time.monotonic() > deadline:
                return False
            time.sleep(0.02)

    def _restart(self) -> None:
        """A fresh pool after a worker died or was stopped; WorkersUnavailable when the system refuses it."""
        self.close(terminate=True)
        self._remove_leftovers()
        try:
            self._pool = self._new_pool()
        except OSError as error:  # too many open files for the pool's pipes
            raise WorkersUnavailable(error, []) from None

    def _remove_leftovers(self) -> None:
        """What a killed worker left (its staging folder): removed while no worker runs (the run holds the
        output folder's lock), so the run ends with nothing half-written."""
        from .output import OutputFolder

        OutputFolder(self.request.out).remove_leftovers()

    def close(self, terminate: bool = False) -> None:
        """Stop the workers: when their work is done, or at once (``terminate``) with SIGTERM, so that an
        article being written removes its staging folder."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not terminate:
            pool.shutdown(wait=True)
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way to stop them
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
        pool.shutdown(wait=True)  # its queues' pipes are closed: a run short of file descriptors needs them back
