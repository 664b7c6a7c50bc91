"""A translation run over many articles, each one a unit that succeeds or fails alone.

For every article: read -> translate (memory, then the engine behind the
translation cache) -> QA -> the gate (:mod:`toolkit.qa.gate`) -> its files
built in memory -> written as one atomic folder swap (:mod:`toolkit.batch.output`).
One article's failure (an unreadable file, a bad encoding, a model missing
for its language, a write error) is recorded with its reason and the run goes
on; nothing of it is kept in memory once it is written, so memory stays flat
however many articles a run has. An article whose source, glossary, memory,
settings, models, toolkit version and options are unchanged since its folder
was written is skipped as up to date (``force`` redoes it), so a killed run,
run again, finishes only what is missing. The index page is rebuilt at the
end from what is on disk.

What is wrong with the request itself (no such input, a broken glossary,
settings or memory, a busy output folder) raises a UserError before anything
is written: the CLI's exit status 2. Otherwise the run returns a
:class:`RunResult`: exit status 0 when every article is published with no QA
error, 1 when any failed or was held back. Ctrl-C, SIGTERM or SIGHUP stop it
with :class:`RunInterrupted`, which carries what was finished (exit status
128 + the signal).
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError, quoted, shown_path
from ..languages import TARGET_LANGUAGES, language
from ..publish.paths import FORMATS, INDEX_FILE, MONOLINGUAL, REVIEW, SIDE_BY_SIDE
from ..settings import EDITION_KINDS, Settings, load_settings
from ..version import __version__
from . import fingerprint
from .articles import Batch, Step, _fail, leave_out_missing
from .fingerprint import code_digest, digest, engine_identity, files_digest, relative_names
from .outcome import ArticleOutcome, RunInterrupted, RunProgress, RunResult
from .output import folder_gone

if TYPE_CHECKING:
    from .request import WorkerRequest
    from .workers import ArticleDone

WINDOW = 32  # articles read ahead, so the engine translates what they lack in one batch per language


def _stoppable(function: Callable[..., RunResult]) -> Callable[..., RunResult]:
    """SIGTERM and SIGHUP, and Ctrl-C, while a run reads its glossary, memory and models stop it with
    RunInterrupted too (its ``result`` None: no article was written), not by Python's default for them."""

    @functools.wraps(function)
    def stoppable(*args, **kwargs) -> RunResult:
        with _stopped_by_signals():
            try:
                return function(*args, **kwargs)
            except RunInterrupted:  # SIGTERM or SIGHUP, named
                raise
            except KeyboardInterrupt as interruption:  # Ctrl-C
                raise RunInterrupted("SIGINT") from interruption

    return stoppable


def _cache_folder_as_asked(function):
    """Run ``function`` (:func:`run`) without the cache folder when its ``cache`` is False: nothing is read from it
    or written to it, not only the machine translations and the provisional names (--no-cache)."""

    @functools.wraps(function)
    def as_asked(*args, **kwargs) -> RunResult:
        from ..files import cache_folder_off

        with cache_folder_off(not kwargs.get("cache", True)):
            try:
                return function(*args, **kwargs)
            finally:
                from ..patterns import keep_compiled_patterns

                keep_compiled_patterns()  # for the next run (see toolkit.patterns); never fails

    return as_asked


_PATH_LISTS = ("glossary_paths", "memory_paths")
_NAME_LISTS = ("languages", "formats", "kinds")


def _one_as_a_list(function: Callable[..., RunResult]) -> Callable[..., RunResult]:
    """A single path or name where :func:`run` takes a list is that one item, and names may be comma-separated as
    the CLI takes them: ``run("story.md")`` translates the story, where each of its characters was taken as a file
    (and ".", the working folder, translated every article in it); ``languages="ar"`` asks for Arabic, not for
    the languages "a" and "r"."""

    def listed(value, names: bool):
        if names and isinstance(value, str):
            return [name.strip() for name in value.split(",") if name.strip()]
        if isinstance(value, (str, bytes, os.PathLike)):
            return [value]
        # any other collection (a tuple, a set, Path.glob's generator) as a list; what is none (a number) stays,
        # for _check_types to name
        return list(value) if isinstance(value, Iterable) and not isinstance(value, Mapping) else value

    @functools.wraps(function)
    def taking(*args, **kwargs) -> RunResult:
        if args:
            args = (listed(args[0], names=False), *args[1:])
        if "inputs" in kwargs:
            kwargs["inputs"] = listed(kwargs["inputs"], names=False)
        for name in (*_PATH_LISTS, *_NAME_LISTS):
            if name in kwargs:
                kwargs[name] = listed(kwargs[name], names=name in _NAME_LISTS)
        _check_types(args[0] if args else kwargs.get("inputs", ()), kwargs)
        return function(*args, **kwargs)

    return taking


_PATH = (str, os.PathLike)
_CALLBACKS = ("progress", "notice", "on_article")
_FLAGS = ("allow_errors", "force", "cache")  # True or False
_SWITCHES = ("preview", "index")  # True, False, or None: as the settings say
_PATHS = ("out_dir", "models_dir")


def _check_types(inputs, kwargs: dict) -> None:
    """The values :func:`run` is given, as the CLI's options check them: a wrong one (a path given as a number or
    bytes, a date as text, a callback that is no function, a wait of NaN, digits no policy names) is a UserError
    naming the parameter before anything is read or written, never a TypeError from deep inside the run or a
    value taken in silence (digits="roman" wrote the settings' digits; day="2026-11-01" was ignored)."""
    from ..settings import DIGIT_POLICIES

    def wrong(name: str, value: object, expected: str) -> UserError:
        return UserError(
            f"run(): {name} is {quoted(value)} ({type(value).__name__}), not {expected}",
            fix=f"give {name} as {expected} (help(toolkit.run) says what each parameter takes)",
        )

    def a_path(value: object) -> bool:  # "" is no path: the CLI refuses it (a shell variable left unset?); nor is
        # a name holding NUL, which no system call takes (a ValueError: embedded null byte)
        if not isinstance(value, _PATH):
            return False
        name = os.fspath(value)
        return isinstance(name, str) and name != "" and "\x00" not in name

    def paths(name: str, value: object) -> None:
        if not isinstance(value, (list, tuple)) or not all(a_path(item) for item in value):
            raise wrong(name, value, "a path or a list of paths (str or pathlib.Path; '.' for the working folder)")

    paths("inputs", inputs)
    for name in _PATH_LISTS:
        if kwargs.get(name) is not None:
            paths(name, kwargs[name])
    for name in _NAME_LISTS:
        value = kwargs.get(name)
        if value is not None and (
            not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value)
        ):
            raise wrong(name, value, "names: a list of texts, or one text of names separated by commas")
    for name in _PATHS:
        if kwargs.get(name) is not None and not a_path(kwargs[name]):
            raise wrong(name, kwargs[name], "a path (str or pathlib.Path; '.' for the working folder)")
    from ..project import Project

    if kwargs.get("project") is not None and not (a_path(kwargs["project"]) or isinstance(kwargs["project"], Project)):
        raise wrong("project", kwargs["project"], "a path (str or pathlib.Path)")
    if kwargs.get("settings") is not None and not (
        a_path(kwargs["settings"]) or isinstance(kwargs["settings"], Settings)
    ):
        raise wrong("settings", kwargs["settings"], "a settings file's path or a toolkit.settings.Settings")
    if kwargs.get("digits") is not None and kwargs["digits"] not in DIGIT_POLICIES:
        raise wrong("digits", kwargs["digits"], f"one of {', '.join(DIGIT_POLICIES)}")
    if kwargs.get("day") is not None and not isinstance(kwargs["day"], date):
        raise wrong("day", kwargs["day"], "a datetime.date, e.g. date(2026, 11, 1)")
    for name in _FLAGS:
        if name in kwargs and not isinstance(kwargs[name], bool):
            raise wrong(name, kwargs[name], "True or False")
    for name in _SWITCHES:
        if kwargs.get(name) is not None and not isinstance(kwargs[name], bool):
            raise wrong(name, kwargs[name], "True, False or None (as the settings say)")
    for name in _CALLBACKS:
        if kwargs.get(name) is not None and not callable(kwargs[name]):
            raise wrong(name, kwargs[name], "a function")
    if kwargs.get("engines") is not None and (
        not isinstance(kwargs["engines"], Iterable) or isinstance(kwargs["engines"], (str, Mapping))
    ):
        raise wrong("engines", kwargs["engines"], "a list of engines")
    if kwargs.get("jobs") is not None and (isinstance(kwargs["jobs"], bool) or not isinstance(kwargs["jobs"], int)):
        raise wrong("jobs", kwargs["jobs"], "a whole number of worker processes from 1 to 256")
    if "wait" in kwargs and not _seconds(kwargs["wait"], 0, 604800):
        raise wrong("wait", kwargs["wait"], "a number of seconds from 0 to 604,800 (a week)")
    if kwargs.get("article_timeout") is not None and not _seconds(kwargs["article_timeout"], 1, math.inf):
        raise wrong("article_timeout", kwargs["article_timeout"], "a number of seconds, 1 or more")


def _seconds(value: object, low: float, high: float) -> bool:
    """A number of seconds from ``low`` to ``high``: an int or a float, not True, not NaN."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high


@_one_as_a_list
@_stoppable
@_cache_folder_as_asked
def run(
    inputs: Sequence[Path | str],
    *,
    languages: Sequence[str] = TARGET_LANGUAGES,
    glossary_paths: Sequence[Path | str] | None = None,
    memory_paths: Sequence[Path | str] | None = None,
    out_dir: Path | str | None = None,
    formats: Sequence[str] = FORMATS,
    engines: Sequence | None = None,
    models_dir: Path | str | None = None,
    digits: str | None = None,
    settings: Settings | Path | str | None = None,
    kinds: Sequence[str] | None = None,
    preview: bool | None = None,
    index: bool | None = None,
    day: date | None = None,
    project: Path | str | None = None,
    allow_errors: bool = False,
    force: bool = False,
    cache: bool = True,
    wait: float = 0.0,
    jobs: int | None = None,
    article_timeout: float | None = None,
    progress: Callable[[RunProgress], None] | None = None,
    notice: Callable[[str], None] | None = None,
    on_article: Callable[[ArticleOutcome, list | None], None] | None = None,
) -> RunResult:
    """Translate, check and publish articles, each on its own; see the module's docstring.

    ``inputs`` are files and folders (searched recursively); ``languages``,
    ``formats`` and ``kinds`` are lists ("docx", "md"), checked here. The glossary,
    the settings and the output folder default to the project's (see
    :mod:`toolkit.project`: ``project``, else $TOOLKIT_PROJECT, else the
    nearest folder up from the working directory with ``newsroom.yaml`` or
    ``glossaries/``). ``settings`` is a Settings or a settings file;
    ``digits``, ``kinds`` (of edition), ``preview`` and ``index`` override
    it. An ``index.html`` already in the output folder is rebuilt unless
    ``index`` is False. ``day`` dates the editions to publish (default:
    the article's own date, else today). ``engines`` come after the translation memory; by default, the
    installed Argos models (in ``models_dir``, else $TOOLKIT_MODELS_DIR, else
    Argos's folder) behind the translation cache (``cache=False`` goes
    without it). ``allow_errors`` publishes editions with QA errors, marked;
    ``force`` redoes articles that are up to date; ``wait`` is how long to
    wait for another run writing to the same output folder. ``jobs`` is the
    number of worker processes that translate articles side by side
    (default: ``$TOOLKIT_JOBS``, else the cores; see
    :mod:`toolkit.batch.workers`); a run with ``engines`` of the caller's,
    or whose articles the memory holds whole, translates in this process, and
    so does ``jobs=1`` (or ``$TOOLKIT_JOBS`` 1) without ``article_timeout``.
    ``article_timeout``: seconds an article may take in a worker process
    before it is stopped and fails (default 30 minutes), so a hang never
    holds the run and its lock forever; a run of one article, or of one job
    (asked with ``article_timeout``, or the default on one core), translates
    in one worker process for it.

    ``notice`` receives one line per thing worth saying (the project, glossary
    and settings in use; renamed articles; damaged neighbours); ``progress``
    a :class:`RunProgress` after each step; ``on_article`` each article's
    outcome and, when it was translated, its editions (for callers that want
    them; the run itself keeps none).
    """
    from ..files import recorded_name
    from ..glossary.built import matcher_for
    from ..glossary.load import glossary_files, load_checked_glossary
    from ..project import Project, find_project, no_project_error
    from ..translate.memory import load_memory
    from .inputs import collect_inputs, default_memory_paths
    from .output import OutputFolder

    said: list[str] = []

    def say(text: str) -> None:
        said.append(text)
        if notice:
            notice(text)

    def store_warning(text: str) -> None:  # a cache file that cannot be used: a log grepped for warnings finds it
        say(f"warning: {text}")

    # -- the request: everything here is checked before anything is written
    formats = choose(formats, FORMATS, "output format", "--format docx,md")
    if kinds is not None:
        kinds = choose(kinds, EDITION_KINDS, "edition kind", "--editions side-by-side,monolingual")
    chosen_project = project if isinstance(project, Project) else None
    if chosen_project is None and (
        project is not None or glossary_paths is None or settings is None or out_dir is None
    ):
        chosen_project = find_project(project)
    if glossary_paths is None:
        if chosen_project is None:
            raise no_project_error()
        if chosen_project.glossary_folder is None:
            raise UserError(
                "the project has no glossaries/ folder",
                path=chosen_project.root,
                fix="create it with the glossary files, or give the glossary with --glossary PATH",
            )
        glossary_paths = [chosen_project.glossary_folder]
    if not isinstance(settings, Settings):
        if settings is None and chosen_project is not None and chosen_project.settings_file is not None:
            settings = chosen_project.settings_file
        settings = load_settings(settings) if settings is not None else Settings()
    settings = settings.with_digits(digits)  # the --digits override, applied once
    out = (
        Path(out_dir)
        if out_dir is not None
        else (chosen_project.output_folder if chosen_project is not None else Path("output"))
    )
    if REVIEW in (kinds or ()) and "docx" not in formats:
        raise UserError(
            "the review edition is a DOCX file, and --format leaves DOCX out",
            fix="add docx to --format, or leave review out of --editions",
        )
    if kinds is None:
        kinds = choose(settings.editions, EDITION_KINDS, "edition kind", "--editions side-by-side,monolingual")
        if REVIEW in kinds and "docx" not in formats:
            say(
                f"note: no review editions in this run (the settings ask for them; they are DOCX files and "
                f"--format is {','.join(formats)})"
            )
            kinds.remove(REVIEW)
    preview = settings.preview if preview is None else preview
    if index is None:  # an index page already there is kept up to date unless index=False
        index = settings.index or os.path.isfile(out / INDEX_FILE)  # False for a path too long, refused below
    languages = list(dict.fromkeys(languages))
    for code in languages:
        language(code)
    if preview and "docx" not in formats:
        raise UserError(
            "previews are rendered from the DOCX editions, and --format leaves DOCX out",
            fix="add docx to --format, or leave out --preview",
        )
    if preview:
        from ..publish.preview import require_tools

        require_tools()
    not_read: list[Path] = []  # files in the folders given that are not articles: named, not translated
    # a folder of glossaries holds the editors' YAML and its read-me, never an article to translate
    glossary_folders = [Path(p) for p in glossary_paths if os.path.isdir(p)]  # False for a name too long
    files = (
        collect_inputs(inputs, exclude=[out, *glossary_folders], notice=say, not_read=not_read, alone=True)
        if inputs
        else []
    )
    if not files:
        raise UserError("no input file given", fix="e.g. toolkit translate seeds/article.txt, or a folder of articles")
    # the glossary's and memory's digests are taken before they are read: a file an editor saves meanwhile
    # makes the next run redo the articles, never skip them as up to date with what this run did not read
    glossary_digest = _digest_before_reading([p for group in glossary_files(map(Path, glossary_paths)) for p in group])
    glossary = load_checked_glossary(glossary_paths, languages)
    empty_files = tuple(str(f.location.path) for f in glossary.findings if f.code == "empty-file" and f.location)
    memory_files = [Path(p) for p in (memory_paths if memory_paths is not None else default_memory_paths(files))]
    memory_digest = _digest_before_reading(memory_files)
    memory = load_memory(memory_files)
    matcher = matcher_for(glossary)  # cached with the glossary's parse

    if chosen_project is not None:
        say(f"project: {shown_path(chosen_project.root.absolute())} (from {chosen_project.found_by})")
    say(
        f"glossary: {', '.join(shown_path(p) for p in glossary_paths)} ({len(glossary)} entries in "
        f"{len(glossary.paths)} files)"
    )
    for path in empty_files:
        say(f"warning: glossary file {shown_path(path)} holds no entries (it is empty or only comments)")
    say(f"settings: {shown_path(settings.path) if settings.path else 'the defaults (no newsroom.yaml)'}")
    if memory_files:
        say(f"memory: {len(memory)} units from {len(memory_files)} file{'s' if len(memory_files) != 1 else ''}")
        unreviewed = [variant for variant in memory.unreviewed if variant.language in languages]
        for line in skipped_units_said(memory.skipped) + unreviewed_said(unreviewed):
            say(line)
    say(f"output: {shown_path(out)}")

    from ..translate.engines import MemoryEngine
    from .request import JOBS_VARIABLE, available_cores, checked_jobs, default_jobs

    if cache:  # said once here, not once by each store the run keeps in the cache folder
        from ..files import cache_folder_unusable

        unusable = cache_folder_unusable()
        if unusable is not None:
            say(
                f"warning: the cache folder cannot be used ({unusable}): this run goes without it (machine "
                "translations and provisional names are not kept for the next run); set TOOLKIT_CACHE_DIR to "
                "a folder the toolkit may write in"
            )
            cache = False
            from ..files import set_cache_folder_off

            set_cache_folder_off(True)  # as with --no-cache, until the run ends (see _cache_folder_as_asked)
        else:
            from ..files import cache_folder, cache_subfolders_blocked

            blocked = cache_subfolders_blocked()
            if blocked:
                one = len(blocked) == 1
                names = [name + "/" for name in blocked]
                say(
                    f"warning: in the cache folder {shown_path(cache_folder())}, "
                    f"{' and '.join([', '.join(names[:-1]), names[-1]] if not one else names)} "
                    f"{'is not a folder' if one else 'are not folders'} "
                    f"(a file or a link stands there): what {'it keeps' if one else 'they keep'} is not kept, so "
                    f"runs are slower; remove {'it' if one else 'them'}, and the next run makes "
                    f"{'it' if one else 'them'} again"
                )

    # one job translates in this process, unless a bound must hold: one asked for, or the default on a machine of
    # one core (a scheduler's small virtual machine), where nothing else would stop a hang holding the lock
    bounded = article_timeout is not None or (jobs is None and not os.environ.get(JOBS_VARIABLE, "").strip())
    jobs = default_jobs() if jobs is None else checked_jobs(jobs)
    cores = available_cores()
    if jobs > max(2, cores):  # two never warn: the usual choice, and a machine of one core may run two
        say(
            f"warning: {jobs} jobs on {cores} core{'s' if cores != 1 else ''}: each worker loads its own "
            f"models, so jobs beyond the cores add memory and no speed; give --jobs {cores} or less"
        )
    if article_timeout is not None and engines is not None:
        say(
            "warning: the article timeout holds only for articles translated in worker processes; this run "
            "translates in its own process (engines of the caller), where nothing can stop an article stuck inside "
            "a model"
        )
    cached = None
    own_engines = engines is None
    missing_models: list[str] = []
    if engines is None:
        from ..translate.cache import CachedEngine, TranslationCache
        from ..translate.machine import ArgosEngine, MachineEngine

        cached = CachedEngine(ArgosEngine(models_dir), TranslationCache(notice=store_warning) if cache else None)
        engines = [MachineEngine(cached, glossary, matcher)]
        # every model the run may need, checked before any article: a broken one stops the run here (exit 2)
        if models_dir is None:
            _say_when_no_models_folder(say)
        missing_models = [code for code in languages if not cached.has_model(code)]
        if missing_models:
            pairs = ", ".join(f"en->{code}" for code in missing_models)
            say(
                SaidAgainByArticles(
                    f"{NO_MODEL_WARNING}{pairs}: articles with sentences the memory lacks in "
                    f"{'that language' if len(missing_models) == 1 else 'those languages'} fail; install "
                    + "; ".join(f"`toolkit models install translate-en_{code}.argosmodel`" for code in missing_models)
                    + leave_out_missing(missing_models, languages, ", ")
                )
            )
    chain = [MemoryEngine(memory, glossary, matcher), *engines]  # the glossary lets adapted matches swap names
    copy_models = {}
    if cached is not None:
        for code in languages:
            if cached.is_copy_model(code):
                copy_models[code] = cached.reference(code)
                say(
                    SaidAgainByArticles(
                        f"{COPY_MODEL_WARNING}{code} model is a test copy model: it copies the English, and its "
                        "output is never published"
                    )
                )

    html_pages = bool(index) and SIDE_BY_SIDE in kinds
    # the fingerprint holds the day a run would date an undated article with; the editions take --date,
    # else the article's own date, else today (toolkit.publish.article)
    publish_day = (day or date.today()) if MONOLINGUAL in kinds else None
    run_key = digest(
        __version__,
        code_digest(),  # an upgrade under the same version number redoes every article too
        fingerprint.libraries_key(),  # and so does another Python or another version of a library editions show
        glossary_digest if glossary_digest is not None else files_digest(glossary.paths),
        # the memory counts per article (its memory_used in the manifest), not whole: an import that changes one
        # article's sentence redoes that article only; here only which files are read, however they are spelled,
        # and wherever the project lies
        relative_names(memory_files),
        repr(_output_settings(settings, languages, preview)),
        languages,
        formats,
        kinds,
        digits,
        preview,
        html_pages,
        allow_errors,
        publish_day,
        [(code, *(engine_identity(engine, code) for engine in engines)) for code in languages],
    )

    if memory_digest is None:  # could not be read before it was loaded: the files as they are now
        memory_digest = files_digest(memory.paths)
    from ..translate.provisional_store import ProvisionalStore

    batch = Batch(
        folder=OutputFolder(out),
        languages=languages,
        formats=formats,
        kinds=kinds,
        settings=settings,
        glossary=glossary,
        matcher=matcher,
        chain=chain,
        cached=cached,
        day=day,
        html_pages=html_pages,
        preview=preview,
        allow_errors=allow_errors,
        force=force,
        copy_models=copy_models,
        empty_files=empty_files,
        run_key=run_key,
        memory_digest=memory_digest,
        say=say,
        progress=progress,
        on_article=on_article,
        memory_files=tuple(recorded_name(path) for path in memory_files),
        result=RunResult(out, notices=said, not_read=[str(path) for path in not_read]),
        state=RunProgress(total=len(files)),
        missing_models=tuple(missing_models),
        folders_read=tuple(Path(given) for given in inputs if os.path.isdir(given)),  # False for a name too long
        store=ProvisionalStore(notice=store_warning) if cache else None,
    )
    workers = None
    if own_engines and (jobs > 1 or bounded):
        from .request import ARTICLE_TIMEOUT, WorkerRequest

        workers = WorkerRequest(
            out=out,
            languages=languages,
            formats=formats,
            kinds=kinds,
            settings=settings,
            glossary_paths=[Path(p) for p in glossary_paths],
            memory_paths=memory_files,
            glossary=glossary,  # what the run read and checked, not the files as they may be when a worker starts
            memory=memory,
            models_dir=models_dir,
            cache=cache,
            day=publish_day,
            html_pages=html_pages,
            preview=preview,
            allow_errors=allow_errors,
            copy_models=copy_models,
            empty_files=empty_files,
            missing_models=tuple(missing_models),
            run_key=run_key,
            memory_digest=memory_digest,
            jobs=jobs,
            want_editions=on_article is not None,
            article_timeout=ARTICLE_TIMEOUT if article_timeout is None else article_timeout,
        )
    batch.result.total = len(files)
    with batch.folder.locked(wait), _stopped_by_signals():
        leftovers = batch.folder.remove_leftovers()
        if leftovers:
            say(
                f"removed {len(leftovers)} unfinished file{'s' if len(leftovers) != 1 else ''} or folder"
                f"{'s' if len(leftovers) != 1 else ''} an interrupted run left in {out}"
            )
        try:
            _translate_all(batch, files, workers)
            # an article whose source left a folder this run read whole is listed as withdrawn, not as current
            batch.withdraw_gone()
            batch.state.current = None
            if progress:
                progress(batch.state)
        except KeyboardInterrupt as interruption:  # Ctrl-C, or SIGTERM or SIGHUP as a RunInterrupted
            batch.result.interrupted = (
                interruption.signal_name if isinstance(interruption, RunInterrupted) else "SIGINT"
            )
            raise RunInterrupted(batch.result.interrupted, batch.result) from interruption
        finally:
            with _stopped_by_signals(ignore=True):  # the index and the cache are finished whatever comes now
                batch.finish(index)
    return batch.result


_STOPPING_SIGNALS = ("SIGTERM", "SIGHUP")

# How the run's lines start, for a quiet run (``toolkit translate -q``), which hides what the run does and keeps
# what a person must act on (:func:`needs_a_person`).
NO_MODEL_WARNING = "warning: no model is installed for "
COPY_MODEL_WARNING = "warning: the en->"
FOR_A_PERSON = ("warning:", "error:", "note:")


class SaidAgainByArticles(str):
    """A warning each article it touches says again, in its own failure or hold (the model missing for its
    language, the copy model that wrote it), marked so where the run makes it: a quiet run leaves it to those
    lines, and says nothing when no article needed it. Still a plain line of text to any other reader."""

    __slots__ = ()


def needs_a_person(line: str) -> bool | None:
    """Whether a quiet run prints the run's line: True for warnings, errors and notes (a file not read, a cache
    folder that cannot be used, a withdrawn article, an unreadable memory unit, the index page not written), but
    those each article says again; False for what the run does (the project, glossary, settings, memory and
    output it uses, leftovers removed, an article's output renamed); None for a line that goes on the one
    before it (indented), shown as that one is."""
    if line[:1].isspace():
        return None
    return line.startswith(FOR_A_PERSON) and not isinstance(line, SaidAgainByArticles)


@contextmanager
def _stopped_by_signals(ignore: bool = False) -> Iterator[None]:
    """SIGTERM and SIGHUP (a service manager or scheduler stopping the run, a closed terminal) stop the run as
    Ctrl-C does: the article being written removes its staging folder, the workers are stopped, and the run
    says what it finished. Python's default for them ends the process at once, with none of that.

    ``ignore``: ignore them, and Ctrl-C, while the run finishes its index page and cache after all is done or
    it was stopped. Only in the main thread, where signal handlers live. The signal is raised as a
    RunInterrupted naming it (a KeyboardInterrupt), so wherever it arrives the run reports it as itself."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise RunInterrupted(signal.Signals(signum).name)

    names = (*_STOPPING_SIGNALS, "SIGINT") if ignore else _STOPPING_SIGNALS
    numbers = [getattr(signal, name) for name in names if hasattr(signal, name)]  # no SIGHUP on Windows
    previous = {number: signal.signal(number, signal.SIG_IGN if ignore else stop) for number in numbers}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _translate_all(batch: Batch, files: Sequence[Path], workers: WorkerRequest | None) -> None:
    """Every article: in worker processes when there are any and two or more articles need translating
    (outcomes reported in input order), else here, a window at a time. Either way the run's uncovered names
    are surveyed first, here, and their provisional renderings fixed for every article."""
    planned = batch.plan_all(files)
    to_translate = [step for step in planned if step.key is not None]
    if workers is not None and (len(to_translate) < 2 or workers.jobs == 1):
        # one article, or one job: in one worker (given every core) when a model translates any of it, so that
        # the article timeout holds as in a batch (nothing can stop this process's own thread stuck in a model);
        # else here
        needed = any(batch.needs_engine(step) for step in to_translate)
        workers = replace(workers, jobs=1) if needed else None
    # one provisional rendering per uncovered name, fixed for the whole run, before any article is written
    batch.survey_names(planned, remember=workers is None, bounded_by=workers)
    if workers is not None:  # each worker reads its articles itself: the documents are not sent, nor kept here
        for step in planned:
            step.document = None
    if workers is None:
        for start in range(0, len(planned), WINDOW):
            batch.translate_window(planned[start : start + WINDOW])
        return
    steps = iter(planned)
    ahead: list[Step] = []
    from .workers import WorkerPool, WorkersUnavailable

    order = {str(path): number for number, path in enumerate(files)}

    def to_workers() -> Iterator[Step]:
        for step in itertools.chain(ahead, steps):
            if step.key is None:  # up to date, or failed in planning: nothing for a worker to do
                batch.record(step.outcome, None)
            elif batch.folder.gone():  # nowhere to write it: failed at once, saying why
                batch.record(_fail(step.outcome, step.path, folder_gone(batch.folder.root)), None)
            else:
                yield step

    def done(step: Step, article: ArticleDone) -> None:
        for line in article.notices:
            if line not in batch.result.notices:  # each worker finds an unusable cache, say, for itself: said once
                batch.say(line)
        if article.manifest is not None:
            batch.manifests[article.outcome.name] = article.manifest
        if batch.cached is not None:
            batch.cached.counts.add(article.counts)
        batch.state.current = str(step.path)
        batch.record(article.outcome, article.editions)

    # the survey's table of choices travels to every worker once, so each article there places and renders
    # its uncovered names exactly as this process would
    queue = to_workers()
    try:
        WorkerPool(replace(workers, provisional=batch.provisional, locked_folder=batch.folder.identity)).run(
            queue, done
        )
    except WorkersUnavailable as refused:
        unbounded = (
            ", in its own process: the article timeout no longer holds (nothing can stop an article stuck in a model "
            "there)"
            if workers.article_timeout is not None
            else ""
        )
        batch.say(
            f"warning: worker processes could not be started ({refused}); the run translates the rest itself"
            + unbounded
        )
        rest = [*refused.unsent, *queue]
        for start in range(0, len(rest), WINDOW):
            batch.translate_window(rest[start : start + WINDOW])
    batch.result.articles.sort(key=lambda outcome: order.get(outcome.source, len(order)))


def _say_when_no_models_folder(say: Callable[[str], None]) -> None:
    """Without a home folder to find the models folder in, the run goes on with its memory (no model is
    installed), and says why once; each article that needs a model then fails."""
    from ..files import NoHomeFolder
    from ..translate.installed import models_dir

    try:
        models_dir()
    except NoHomeFolder as error:
        say(f"warning: no models folder: {str(error).replace(chr(10) + '  fix: ', '; ')}")


def _output_settings(settings: Settings, languages: Sequence[str], preview: bool) -> Settings:
    """The settings as far as they reach this run's editions, for the up-to-date check: without what only other
    commands read (the loaded forms of ``glossary check``), what the run takes from its own options (editions,
    index, preview, which the fingerprint holds as chosen), the preview resolution of a run without previews,
    and the languages it does not write; so a settings file changed only there skips every article."""
    return replace(
        settings,
        path=None,
        loaded_forms=None,
        editions=(),
        index=False,
        preview=False,
        preview_dpi=settings.preview_dpi if preview else 0,
        languages={code: settings.language(code) for code in languages},
    )


def _digest_before_reading(paths: Sequence[Path]) -> str | None:
    """The files' digest, or None when one cannot be read (reading them for the run says why)."""
    try:
        return files_digest(paths)
    except (OSError, UserError):
        return None


def choose(values: Sequence[str], allowed: Sequence[str], what: str, example: str) -> list[str]:
    """An option's values ("docx", "md") checked against the allowed ones: in order, each once, lowercase."""
    chosen = [value.strip().lower() for value in values if value.strip()]
    unknown = [value for value in chosen if value not in allowed]
    if unknown or not chosen:
        shown = unknown[0] if unknown else ",".join(values)
        raise UserError(f"unknown {what} {quoted(shown)}", fix=f"choose from {', '.join(allowed)} (e.g. {example})")
    return list(dict.fromkeys(chosen))


SKIPPED_UNITS_SHOWN = 10  # a memory with thousands of bad units is named by its first ones, then counted


def unreviewed_said(unreviewed: list) -> list[str]:
    """The memory translations another tool marked as not reviewed, never used: a count, then the first few."""
    if not unreviewed:
        return []
    lines = [
        f"warning: {len(unreviewed):,} memory translation{'s' if len(unreviewed) != 1 else ''} not used: "
        "marked as not reviewed (a draft, unconfirmed machine output) by the tool that wrote the memory"
    ]
    lines += [f"  {variant} ({variant.language})" for variant in unreviewed[:SKIPPED_UNITS_SHOWN]]
    if len(unreviewed) > SKIPPED_UNITS_SHOWN:
        lines.append(f"  and {len(unreviewed) - SKIPPED_UNITS_SHOWN:,} more")
    lines.append(
        "note: their sentences are translated as if the memory lacked them; confirm the translations in the CAT "
        "tool and export the memory again, or import it with `toolkit memory import`, which lists each"
    )
    return lines


def skipped_units_said(skipped: list) -> list[str]:
    """One warning per unreadable memory unit (file:line: what, and the fix), the first few, then a count."""
    lines = []
    for unit in skipped[:SKIPPED_UNITS_SHOWN]:
        text = str(unit.error).replace("\n  fix: ", "; fix: ")
        lines.append(f"warning: skipped unreadable memory unit ({unit.language}): {text}")
    if len(skipped) > SKIPPED_UNITS_SHOWN:
        lines.append(f"warning: and {len(skipped) - SKIPPED_UNITS_SHOWN:,} more unreadable memory units skipped")
    if skipped:
        lines.append(
            "note: sentences those units hold are translated without them and marked for an editor; "
            "fix the units and re-run"
        )
    return lines
