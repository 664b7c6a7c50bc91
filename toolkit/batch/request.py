"""What a run hands its worker processes (:class:`WorkerRequest`), and how many it starts: read by every run,
which builds its request before it knows whether an article needs a worker, without the worker pool of
:mod:`toolkit.batch.workers` (which names all of these too)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import dataclass

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..settings import Settings
    from ..translate.memory import TranslationMemory
    from ..translate.provisional import ProvisionalNames

JOBS_VARIABLE = "TOOLKIT_JOBS"
# An article still in its worker after this long is stopped and fails, so a hang (a model or a pathological
# input stuck in native code) never holds the run, and its lock on the output folder, forever. Minutes
# against the seconds an article takes.
ARTICLE_TIMEOUT = 30 * 60.0


def default_jobs() -> int:
    """Worker processes for a batch: ``$TOOLKIT_JOBS``, else the cores this process may use."""
    configured = os.environ.get(JOBS_VARIABLE, "").strip()
    if configured:
        return checked_jobs(configured, f"${JOBS_VARIABLE}")
    return available_cores()


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def checked_jobs(value: object, what: str = "--jobs") -> int:
    """A number of worker processes as a user gave it: a whole number from 1 to 256."""
    from ..errors import UserError

    try:
        jobs = int(str(value).strip())
    except ValueError:
        jobs = 0
    if not 1 <= jobs <= 256:
        raise UserError(
            f"{what} {value!r} is not a number of worker processes",
            fix="give a whole number from 1 to 256 (1 translates in the run's own process)",
        )
    return jobs


@dataclass(frozen=True)
class WorkerRequest:
    """What a worker needs to rebuild the run's Batch: plain, picklable values, checked by the parent."""

    out: Path
    languages: list[str]
    formats: list[str]
    kinds: list[str]
    settings: Settings
    glossary_paths: list[Path]
    memory_paths: list[Path]
    models_dir: Path | str | None
    cache: bool
    day: date | None
    html_pages: bool
    preview: bool
    allow_errors: bool
    copy_models: dict[str, str]
    empty_files: tuple[str, ...]
    missing_models: tuple[str, ...]
    run_key: str
    jobs: int
    want_editions: bool
    memory_digest: str = ""  # the memory files' digest, which each article's manifest records
    provisional: ProvisionalNames | None = None  # the run's uncovered names and their chosen renderings
    # the glossary and memory the run read and checked (else read from the paths): every article of a run uses
    # the same ones, whenever a worker starts, though an editor saves a file meanwhile
    glossary: Glossary | None = None
    memory: TranslationMemory | None = None
    environment: dict[str, str] = field(default_factory=lambda: dict(os.environ))  # the run's, not the server's
    run_pid: int = field(default_factory=os.getpid)  # the run's process: its workers stop when it is gone
    article_timeout: float | None = ARTICLE_TIMEOUT  # seconds an article may take in a worker; None: no limit
    locked_folder: tuple[int, int] | None = None  # the output folder the run locked: a worker writes only there

    def __reduce__(self) -> tuple[Callable[[bytes], WorkerRequest], tuple[bytes]]:
        """Pickled once, however many workers receive it: every worker the run starts, or renews after
        ARTICLES_PER_WORKER articles, is sent the request, and pickling a 100,000-entry glossary takes seconds
        of the run's process each time. (A request is not changed once made: ``replace`` makes another.)"""
        import pickle  # only a run with workers pickles a request: the others do not load pickle

        with _pickling:
            pickled = self.__dict__.get("_pickled")
            if pickled is None:
                state = {name: value for name, value in vars(self).items() if name != "_pickled"}
                pickled = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
                object.__setattr__(self, "_pickled", pickled)
        return _unpickled_request, (pickled,)


_pickling = threading.Lock()  # workers are started from the run's thread, and renewed from the pool's


def _unpickled_request(pickled: bytes) -> WorkerRequest:
    import pickle

    from ..glossary.built import paused_garbage_collector

    with paused_garbage_collector():  # hundreds of thousands of long-lived objects: five times faster so
        state = pickle.loads(pickled)
    request = object.__new__(WorkerRequest)
    request.__dict__.update(state)
    return request
