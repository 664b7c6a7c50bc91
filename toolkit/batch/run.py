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
error, 1 when any failed or was held back.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..version import __version__
from ..errors import UserError
from ..languages import TARGET_LANGUAGES, language
from ..pipeline import FORMATS, GENERATOR, default_memory_paths, parse_edition_kinds, parse_formats
from ..settings import Settings, load_settings

PUBLISHED, HELD, FAILED, SKIPPED = "published", "held", "failed", "skipped"
WINDOW = 32  # articles read ahead, so the engine translates what they lack in one batch per language
STATUS_WORDS = {PUBLISHED: "published", HELD: "held back", FAILED: "failed", SKIPPED: "skipped (up to date)"}


@dataclass
class LanguageOutcome:
    status: str  # the gate's: published, published-with-errors, needs-review, copy-model
    errors: int
    warnings: int
    reasons: list[str] = field(default_factory=list)
    copy_model: str | None = None


@dataclass
class ArticleOutcome:
    """What became of one article: small, so a run of thousands keeps them all."""

    source: str  # the input file, as given
    name: str  # the article's output name (its folder under the output folder)
    status: str  # published, held, failed or skipped
    reason: str = ""  # failed: what went wrong; held: why; one line
    fix: str | None = None
    folder: str | None = None
    written: list[str] = field(default_factory=list)  # files of the article folder, relative to it
    languages: dict[str, LanguageOutcome] = field(default_factory=dict)
    renamed_from: str | None = None  # the file's stem, when it was not safe as a name
    segments: int = 0
    uncovered_names: list[str] = field(default_factory=list)  # names no glossary entry covers
    up_to_date_status: str | None = None  # skipped: the status the article was left with

    @property
    def held_back(self) -> bool:
        return self.status == HELD or (self.status == SKIPPED and self.up_to_date_status == HELD)

    @property
    def published_with_errors(self) -> bool:
        return any(outcome.status == "published-with-errors" for outcome in self.languages.values())

    @property
    def errors(self) -> int:
        return sum(outcome.errors for outcome in self.languages.values())

    @property
    def warnings(self) -> int:
        return sum(outcome.warnings for outcome in self.languages.values())

    def as_dict(self) -> dict:
        data = asdict(self)
        data["languages"] = {code: asdict(outcome) for code, outcome in self.languages.items()}
        data["qa"] = {"errors": self.errors, "warnings": self.warnings}
        return data


@dataclass
class RunProgress:
    """Where a run stands, for a progress display."""

    total: int
    done: int = 0
    segments: int = 0
    current: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: {PUBLISHED: 0, HELD: 0, FAILED: 0, SKIPPED: 0})


@dataclass
class RunResult:
    out_dir: Path
    articles: list[ArticleOutcome] = field(default_factory=list)
    index: Path | None = None
    notices: list[str] = field(default_factory=list)
    left_out_of_index: list[str] = field(default_factory=list)  # damaged neighbours, each with its reason
    engine: dict | None = None  # what the machine-translation engine was asked (calls, segments, cache hits)
    index_error: str | None = None

    def _with(self, status: str) -> list[ArticleOutcome]:
        return [article for article in self.articles if article.status == status]

    @property
    def published(self) -> list[ArticleOutcome]:
        return self._with(PUBLISHED)

    @property
    def held(self) -> list[ArticleOutcome]:
        return self._with(HELD)

    @property
    def failed(self) -> list[ArticleOutcome]:
        return self._with(FAILED)

    @property
    def skipped(self) -> list[ArticleOutcome]:
        return self._with(SKIPPED)

    @property
    def exit_code(self) -> int:
        """0 when every article is published with no QA error (or up to date as such), else 1."""
        if self.index_error is not None:
            return 1
        return 1 if any(article.status == FAILED or article.held_back or article.published_with_errors
                        for article in self.articles) else 0

    def summary(self) -> str:
        counts = {status: len(self._with(status)) for status in STATUS_WORDS}
        total = len(self.articles)
        return (f"{total} article{'s' if total != 1 else ''}: "
                + ", ".join(f"{counts[status]} {word}" for status, word in STATUS_WORDS.items()))

    def as_dict(self) -> dict:
        return {
            "output": str(self.out_dir),
            "exit_code": self.exit_code,
            "counts": {status: len(self._with(status)) for status in STATUS_WORDS},
            "articles": [article.as_dict() for article in self.articles],
            "index": str(self.index) if self.index else None,
            "index_error": self.index_error,
            "left_out_of_index": self.left_out_of_index,
            "notices": self.notices,
            "engine": self.engine,
        }


def _digest(*parts: object) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _files_digest(paths: Iterable[Path]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        digest.update(str(Path(path).resolve()).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def _source_digest(path: Path) -> str:
    """The source file's content digest, read as the reader will read it: a regular file of bounded size.

    A FIFO, device or symbolic-link loop is a UserError here, before anything waits on it.
    """
    from ..files import open_regular_file
    from ..read.docx import MAX_DOCX_BYTES

    digest = hashlib.blake2b(digest_size=16)
    with os.fdopen(open_regular_file(path, MAX_DOCX_BYTES, "article"), "rb") as handle:
        try:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        except OSError as error:
            raise UserError(f"cannot read file: {error.strerror}", path=path) from None
    return digest.hexdigest()


def _engine_identity(engine, code: str) -> str:
    """What produced an engine's output for ``code``, for the up-to-date check (no model is loaded)."""
    raw = getattr(engine, "raw", None)
    if raw is None:
        return f"{type(engine).__name__}:{getattr(engine, 'name', '')}"
    if hasattr(raw, "model_identity"):
        return str(raw.model_identity(code))
    return f"{type(raw).__name__}:{raw.name}:{raw.reference(code)}"


def _one_line(error: UserError) -> tuple[str, str | None]:
    where = ""
    if error.path is not None:
        where = str(error.path) + (f":{error.line}" if error.line is not None else "") + ": "
    return where + error.message, error.fix


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
    progress: Callable[[RunProgress], None] | None = None,
    notice: Callable[[str], None] | None = None,
    on_article: Callable[[ArticleOutcome, list | None], None] | None = None,
) -> RunResult:
    """Translate, check and publish articles, each on its own; see the module's docstring.

    ``inputs`` are files and folders (searched recursively). The glossary,
    the settings and the output folder default to the project's (see
    :mod:`toolkit.project`: ``project``, else $TOOLKIT_PROJECT, else the
    nearest folder up from the working directory with ``newsroom.yaml`` or
    ``glossaries/``). ``settings`` is a Settings or a settings file;
    ``digits``, ``kinds`` (of edition), ``preview`` and ``index`` override
    it. An ``index.html`` already in the output folder is rebuilt unless
    ``index`` is False. ``day`` dates the editions to publish (default:
    today). ``engines`` come after the translation memory; by default, the
    installed Argos models (in ``models_dir``, else $TOOLKIT_MODELS_DIR, else
    Argos's folder) behind the translation cache (``cache=False`` goes
    without it). ``allow_errors`` publishes editions with QA errors, marked;
    ``force`` redoes articles that are up to date; ``wait`` is how long to
    wait for another run writing to the same output folder.

    ``notice`` receives one line per thing worth saying (the project, glossary
    and settings in use; renamed articles; damaged neighbours); ``progress``
    a :class:`RunProgress` after each step; ``on_article`` each article's
    outcome and, when it was translated, its editions (for callers that want
    them; the run itself keeps none).
    """
    from ..glossary.load import load_checked_glossary
    from .inputs import collect_inputs
    from ..glossary.match import Matcher
    from ..translate.memory import load_memory
    from .output import OutputFolder
    from ..project import Project, find_project, no_project_error

    said: list[str] = []

    def say(text: str) -> None:
        said.append(text)
        if notice:
            notice(text)

    # -- the request: everything here is checked before anything is written
    chosen_project = project if isinstance(project, Project) else None
    if chosen_project is None and (project is not None or glossary_paths is None or settings is None
                                   or out_dir is None):
        chosen_project = find_project(project)
    if glossary_paths is None:
        if chosen_project is None:
            raise no_project_error()
        if chosen_project.glossary_folder is None:
            raise UserError("the project has no glossaries/ folder", path=chosen_project.root,
                            fix="create it with the glossary files, or give the glossary with --glossary PATH")
        glossary_paths = [chosen_project.glossary_folder]
    if not isinstance(settings, Settings):
        if settings is None and chosen_project is not None and chosen_project.settings_file is not None:
            settings = chosen_project.settings_file
        settings = load_settings(settings) if settings is not None else Settings()
    out = Path(out_dir) if out_dir is not None else (
        chosen_project.output_folder if chosen_project is not None else Path("output"))
    kinds = parse_edition_kinds(",".join(kinds if kinds is not None else settings.editions))
    preview = settings.preview if preview is None else preview
    if index is None:  # an index page already there is kept up to date unless index=False
        index = settings.index or (out / "index.html").is_file()
    languages = list(dict.fromkeys(languages))
    for code in languages:
        language(code)
    formats = parse_formats(",".join(formats))
    if preview and "docx" not in formats:
        raise UserError("previews are rendered from the DOCX editions, and --format leaves DOCX out",
                        fix="add docx to --format, or leave out --preview")
    if preview:
        from ..publish.preview import require_tools

        require_tools()
    files = collect_inputs(inputs, exclude=[out]) if inputs else []
    if not files:
        raise UserError("no input file given", fix="e.g. toolkit translate seeds/article.txt, or a folder of articles")
    glossary = load_checked_glossary(glossary_paths, languages)
    empty_files = tuple(str(f.location.path) for f in glossary.findings if f.rule == "empty-file")
    memory_files = [Path(p) for p in (memory_paths if memory_paths is not None else default_memory_paths(files))]
    memory = load_memory(memory_files)
    matcher = Matcher(glossary)

    if chosen_project is not None:
        say(f"project: {chosen_project.root.absolute()} (from {chosen_project.found_by})")
    say(f"glossary: {', '.join(str(p) for p in glossary_paths)} ({len(glossary)} entries in "
        f"{len(glossary.paths)} files)")
    for path in empty_files:
        say(f"warning: glossary file {path} holds no entries (it is empty or only comments)")
    say(f"settings: {settings.path if settings.path else 'the defaults (no newsroom.yaml)'}")
    if memory_files:
        say(f"memory: {len(memory)} units from {len(memory_files)} file{'s' if len(memory_files) != 1 else ''}")
    say(f"output: {out}")

    from ..translate.engines import MemoryEngine

    cached = None
    if engines is None:
        from ..translate.machine import ArgosEngine, MachineEngine
        from ..translate.cache import CachedEngine, TranslationCache

        cached = CachedEngine(ArgosEngine(models_dir), TranslationCache(notice=say) if cache else None)
        engines = [MachineEngine(cached, glossary, matcher)]
    chain = [MemoryEngine(memory, glossary, matcher), *engines]  # the glossary lets adapted matches swap names
    copy_models = {}
    if cached is not None:
        for code in languages:
            if cached.is_copy_model(code):
                copy_models[code] = cached.reference(code)
                say(f"warning: the en->{code} model is a test copy model: it copies the English, and its output "
                    "is never published")

    html_pages = bool(index) and "side-by-side" in kinds
    publish_day = (day or date.today()) if "monolingual" in kinds else None
    run_key = _digest(
        __version__, _files_digest(glossary.paths), _files_digest(memory.paths), repr(replace(settings, path=None)),
        languages, formats, kinds, digits, preview, html_pages, allow_errors, publish_day,
        [(code, *(_engine_identity(engine, code) for engine in engines)) for code in languages])

    batch = _Batch(
        folder=OutputFolder(out), languages=languages, formats=formats, kinds=kinds, settings=settings,
        glossary=glossary, matcher=matcher, chain=chain, cached=cached, digits=digits, day=publish_day,
        html_pages=html_pages, preview=preview, allow_errors=allow_errors, force=force, copy_models=copy_models,
        empty_files=empty_files, run_key=run_key, say=say, progress=progress, on_article=on_article,
        result=RunResult(out, notices=said), state=RunProgress(total=len(files)))
    with batch.folder.locked(wait):
        leftovers = batch.folder.remove_leftovers()
        if leftovers:
            say(f"removed {len(leftovers)} unfinished file{'s' if len(leftovers) != 1 else ''} or folder"
                f"{'s' if len(leftovers) != 1 else ''} an interrupted run left in {out}")
        try:
            for start in range(0, len(files), WINDOW):
                batch.translate_window(files[start:start + WINDOW])
            batch.state.current = None
            if progress:
                progress(batch.state)
        finally:
            batch.finish(index)
    return batch.result


@dataclass
class _Step:
    """One article on its way through a window."""

    path: Path
    outcome: ArticleOutcome
    key: str | None = None  # its fingerprint; None when the article needs no work (skipped, failed early)
    previous: object = None  # the manifest of its earlier output, if any
    document: object = None  # the Document read, or the error reading it raised


@dataclass
class _Batch:
    """A run's resolved request and its state, article after article (see :func:`run`)."""

    folder: object  # toolkit.batch.output.OutputFolder
    languages: list[str]
    formats: list[str]
    kinds: list[str]
    settings: Settings
    glossary: object
    matcher: object
    chain: list
    cached: object  # the CachedEngine under the default machine engine, or None with engines of the caller's
    digits: str | None
    day: date | None
    html_pages: bool
    preview: bool
    allow_errors: bool
    force: bool
    copy_models: dict[str, str]
    empty_files: tuple[str, ...]
    run_key: str
    say: Callable[[str], None]
    progress: Callable[[RunProgress], None] | None
    on_article: Callable[[ArticleOutcome, list | None], None] | None
    result: RunResult
    state: RunProgress
    taken: dict[str, str] = field(default_factory=dict)  # casefolded article name -> the input that took it

    def translate_window(self, paths: list[Path]) -> None:
        """Plan, read and prefetch a window of articles, then translate, check and write each on its own.

        The engine gets one batch per language for what the window's memory
        lacks (into the cache), so articles are not one engine batch each.
        """
        from .inputs import article_name
        from ..read import read_document

        steps = []
        for path in paths:
            try:
                steps.append(self.plan(path))
            except Exception as error:  # a bug must not take the other articles down with it
                _reraise_when_debugging(error)
                steps.append(_Step(path, _fail(ArticleOutcome(str(path), article_name(path.stem), FAILED), path,
                                               error)))
        for step in steps:
            if step.key is not None:
                try:
                    step.document = read_document(step.path)
                    step.document.name = step.outcome.name
                except Exception as error:
                    _reraise_when_debugging(error)
                    step.document = error
        if self.cached is not None and self.cached.cache is not None:
            _prefetch(self.cached, self.chain[0],
                      [step.document for step in steps if step.key is not None
                       and not isinstance(step.document, Exception)], self.languages)
        for step in steps:
            editions = None
            if step.key is not None:
                self.state.current = str(step.path)
                if self.progress:
                    self.progress(self.state)
                try:
                    if isinstance(step.document, Exception):
                        raise step.document
                    editions = self.write(step)
                except Exception as error:
                    _reraise_when_debugging(error)
                    _fail(step.outcome, step.path, error)
                step.document = None
            self.record(step.outcome, editions)
            del editions

    def plan(self, path: Path) -> _Step:
        """The article's name, fingerprint and earlier manifest; an outcome already final when it needs no work."""
        from .inputs import article_name
        from ..publish.manifest import DamagedManifest, read_manifest

        out = self.folder.root
        name = article_name(path.stem)
        outcome = ArticleOutcome(str(path), name, FAILED, folder=str(out / name),
                                 renamed_from=path.stem if name != path.stem else None)
        if outcome.renamed_from is not None:
            self.say(f"{path}: its output is named {name!r} (the file name has characters that are unsafe in "
                     "file names or web pages)")
        if name.casefold() in self.taken:
            outcome.folder = None
            outcome.reason = (f"{path}: its output folder {name}/ is already taken by {self.taken[name.casefold()]} "
                              "in this run")
            outcome.fix = "rename one of the two files (names differing only in case or in unsafe characters clash)"
            return _Step(path, outcome)
        self.taken[name.casefold()] = str(path)
        try:
            key = _digest(self.run_key, name, os.path.realpath(path), _source_digest(path))
        except UserError as error:
            return _Step(path, _fail(outcome, path, error))
        try:
            article_folder = self.folder.article_folder(name)
            previous = None if article_folder.is_symlink() else read_manifest(article_folder)
        except DamagedManifest as error:
            self.say(f"{_one_line(error)[0]}: the article is written again")
            previous = None
        if (not self.force and previous is not None and previous.fingerprint == key
                and all((out / name / relative).is_file() for relative in previous.files)):
            outcome.status = SKIPPED
            outcome.up_to_date_status = PUBLISHED if all(
                previous.languages[code].published for code in self.languages if code in previous.languages) \
                else HELD
            outcome.languages = {code: LanguageOutcome(entry.status, entry.errors, entry.warnings, list(entry.reasons),
                                                       entry.copy_model)
                                 for code, entry in previous.languages.items() if code in self.languages}
            return _Step(path, outcome)
        return _Step(path, outcome, key, previous)

    def write(self, step: _Step) -> list:
        """Translate one article, judge it, build its files and swap its folder in; fills its outcome."""
        from ..qa.gate import decide
        from ..publish.manifest import MANIFEST_FILE, LanguageEntry, Manifest, language_of
        from ..pipeline import edition_files, translate_documents
        from ..glossary.suggest import suggest

        document, outcome = step.document, step.outcome
        name = document.name
        outcome.segments = len(document.segments)
        editions = translate_documents([document], self.languages, self.glossary, self.chain, digits=self.digits,
                                       matcher=self.matcher, settings=self.settings)[name]
        candidates = suggest(document, self.glossary, self.matcher)
        verdicts = decide(editions, self.glossary, allow_errors=self.allow_errors, copy_models=self.copy_models,
                          empty_files=self.empty_files)
        files = edition_files(editions, self.formats, settings=self.settings, kinds=self.kinds, day=self.day,
                              digits=self.digits, candidates=candidates, verdicts=verdicts,
                              html_pages=self.html_pages, empty_glossary_files=self.empty_files)
        if self.preview:
            from ..publish.preview import render_previews

            documents = {Path(relative): data for relative, data in files.items() if relative.endswith(".docx")}
            files.update({relative.as_posix(): data
                          for relative, data in render_previews(documents, self.settings.preview_dpi).items()})

        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        entries = {}
        for edition in editions:
            code = edition.language.code
            verdict = verdicts[code]
            entries[code] = LanguageEntry(code, edition.title, verdict.status, verdict.errors, verdict.warnings,
                                          verdict.reasons, verdict.copy_model, now,
                                          tuple(sorted(r for r in files if language_of(name, r) == code)))
        # languages this run does not produce keep their files, manifest entries and report sections
        carried = {code: entry for code, entry in (step.previous.languages.items() if step.previous else ())
                   if code not in entries}
        if carried:
            self._carry_report_sections(name, files, carried)
        kept = {**carried, **entries}
        manifest = Manifest(
            article=name, source=str(step.path), title=document.title, fingerprint=step.key, written=now,
            generator=GENERATOR, languages={code: kept[code] for code in TARGET_LANGUAGES if code in kept},
            renamed_from=outcome.renamed_from)
        files[MANIFEST_FILE] = manifest.to_json()
        self.folder.write_article(name, files, carry_over=lambda relative: language_of(name, relative) in carried)

        outcome.written = sorted(files)
        outcome.uncovered_names = [candidate.name for candidate in candidates]
        outcome.languages = {code: LanguageOutcome(v.status, v.errors, v.warnings, list(v.reasons), v.copy_model)
                             for code, v in verdicts.items()}
        held = {code: verdict for code, verdict in verdicts.items() if not verdict.publish}
        if held:
            outcome.status = HELD
            by_reason: dict[str, list[str]] = {}  # languages held back for the same reasons are named together
            for code, verdict in held.items():
                by_reason.setdefault("; ".join(verdict.reasons) or verdict.status, []).append(code)
            outcome.reason = "; ".join(f"{', '.join(codes)}: {text}" for text, codes in by_reason.items())
        else:
            outcome.status = PUBLISHED
        return editions

    def _carry_report_sections(self, name: str, files: dict, carried: dict) -> None:
        """Merge the earlier report's sections of the carried-over languages into this run's report."""
        from ..publish.report import report_json, report_markdown

        report = json.loads(files["report.json"])
        try:
            old = json.loads((self.folder.article_folder(name) / "report.json").read_text(encoding="utf-8"))
            old_languages = old.get("languages", {}) if isinstance(old, dict) else {}
        except (OSError, ValueError):
            old_languages = {}
        merged = {**{code: old_languages[code] for code in carried if isinstance(old_languages.get(code), dict)},
                  **report["languages"]}
        report["languages"] = {code: merged[code] for code in TARGET_LANGUAGES if code in merged}
        files["report.json"] = report_json(report)
        files["report.md"] = report_markdown(report)

    def record(self, outcome: ArticleOutcome, editions: list | None) -> None:
        self.result.articles.append(outcome)
        self.state.done += 1
        self.state.segments += outcome.segments
        self.state.counts[outcome.status] += 1
        if self.on_article:
            self.on_article(outcome, editions)

    def finish(self, index: bool) -> None:
        """The index page from what is on disk, the engine's counts, the cache pruned and closed."""
        result = self.result
        if index:
            try:
                result.index, result.left_out_of_index = _write_index(self.folder.root, self.settings)
            except (OSError, UserError) as error:
                detail = _one_line(error)[0] if isinstance(error, UserError) else (error.strerror or str(error))
                result.index_error = f"the index page could not be written ({detail})"
                self.say(f"error: {result.index_error}")
            for line in result.left_out_of_index:
                self.say(f"warning: {line}")
        if self.cached is not None:
            result.engine = self.cached.counts.as_dict()
            if self.cached.cache is not None:
                self.cached.cache.prune()
                self.cached.cache.close()


def _reraise_when_debugging(error: Exception) -> None:
    """With TOOLKIT_DEBUG set, an unexpected error (not a user's or the system's) stops the run with its traceback."""
    if not isinstance(error, (UserError, OSError)) and os.environ.get("TOOLKIT_DEBUG"):
        raise error


def _fail(outcome: ArticleOutcome, path: Path, error: Exception) -> ArticleOutcome:
    """The article failed: its one-line reason and fix, from whatever went wrong."""
    outcome.status, outcome.written = FAILED, []
    if isinstance(error, UserError):
        outcome.reason, outcome.fix = _one_line(error)
        if error.path is None:
            outcome.reason = f"{path}: {outcome.reason}"
    elif isinstance(error, OSError):
        target = f" {error.filename}" if error.filename else ""
        outcome.reason = f"{path}: cannot write{target}: {error.strerror or error}"
        outcome.fix = ("free disk space or fix the output folder's permissions, then run again; the article's "
                       "earlier files are untouched")
    else:
        outcome.reason = f"{path}: unexpected error ({type(error).__name__}: {error})"
        outcome.fix = "this is a bug in toolkit: please report it; TOOLKIT_DEBUG=1 shows the traceback"
    return outcome


def _prefetch(cached, memory_engine, documents: list, languages: Sequence[str]) -> None:
    """Warm the translation cache: one engine batch per language for the sentences the memory lacks."""
    sentences = list(dict.fromkeys(segment.text for document in documents for segment in document.segments))
    for code in languages:
        found = memory_engine.translate(sentences, code)
        missing = [sentence for sentence, hit in zip(sentences, found) if hit is None]
        if missing:
            try:
                cached.translate_raw(missing, code)
            except Exception as error:  # the article that needs it reports it, with its own name
                _reraise_when_debugging(error)


def _write_index(out: Path, settings: Settings) -> tuple[Path | None, list[str]]:
    from ..files import write_atomic
    from ..publish.index import INDEX_FILE, index_page

    page, left_out = index_page(out, settings, GENERATOR)
    path = out / INDEX_FILE
    write_atomic(path, page)
    return path, left_out
