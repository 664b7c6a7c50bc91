"""The articles of a run, a window at a time: plan, read, translate, check, build and write each on its own.

For every article: read -> translate (memory, then the engine behind the
translation cache) -> QA -> the gate (:mod:`toolkit.qa.gate`) -> its files
built in memory -> written as one atomic folder swap (:mod:`toolkit.batch.output`).
One article's failure (an unreadable file, a bad encoding, a model missing
for its language, a write error) is recorded with its reason and the run goes
on; nothing of it is kept in memory once it is written, so memory stays flat
however many articles a run has.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from ..errors import UserError
from ..languages import TARGET_LANGUAGES
from ..version import GENERATOR
from ..settings import Settings
from .fingerprint import digest, source_digest
from .outcome import FAILED, HELD, PUBLISHED, SKIPPED, ArticleOutcome, LanguageOutcome, RunProgress, RunResult


def one_line(error: UserError) -> tuple[str, str | None]:
    where = ""
    if error.path is not None:
        where = str(error.path) + (f":{error.line}" if error.line is not None else "") + ": "
    return where + error.message, error.fix


@dataclass
class Step:
    """One article on its way through a window."""

    path: Path
    outcome: ArticleOutcome
    key: str | None = None  # its fingerprint; None when the article needs no work (skipped, failed early)
    previous: object = None  # the manifest of its earlier output, if any
    document: object = None  # the Document read, or the error reading it raised


@dataclass
class Batch:
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
                reraise_when_debugging(error)
                steps.append(Step(path, _fail(ArticleOutcome(str(path), article_name(path.stem), FAILED), path,
                                               error)))
        for step in steps:
            if step.key is not None:
                try:
                    step.document = read_document(step.path)
                    step.document.name = step.outcome.name
                except Exception as error:
                    reraise_when_debugging(error)
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
                    reraise_when_debugging(error)
                    _fail(step.outcome, step.path, error)
                step.document = None
            self.record(step.outcome, editions)
            del editions

    def plan(self, path: Path) -> Step:
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
            return Step(path, outcome)
        self.taken[name.casefold()] = str(path)
        try:
            key = digest(self.run_key, name, os.path.realpath(path), source_digest(path))
        except UserError as error:
            return Step(path, _fail(outcome, path, error))
        try:
            article_folder = self.folder.article_folder(name)
            previous = None if article_folder.is_symlink() else read_manifest(article_folder)
        except DamagedManifest as error:
            self.say(f"{one_line(error)[0]}: the article is written again")
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
            return Step(path, outcome)
        return Step(path, outcome, key, previous)

    def write(self, step: Step) -> list:
        """Translate one article, judge it, build its files and swap its folder in; fills its outcome."""
        from ..qa.gate import decide
        from ..publish.manifest import LanguageEntry, Manifest
        from ..publish.paths import MANIFEST_FILE, language_of
        from ..pipeline import translate_documents
        from ..publish.article import article_files
        from ..glossary.suggest import suggest

        document, outcome = step.document, step.outcome
        name = document.name
        outcome.segments = len(document.segments)
        editions = translate_documents([document], self.languages, self.glossary, self.chain, digits=self.digits,
                                       matcher=self.matcher, settings=self.settings)[name]
        candidates = suggest(document, self.glossary, self.matcher)
        verdicts = decide(editions, self.glossary, allow_errors=self.allow_errors, copy_models=self.copy_models,
                          empty_files=self.empty_files)
        files = article_files(editions, self.formats, settings=self.settings, kinds=self.kinds, day=self.day,
                              digits=self.digits, candidates=candidates, verdicts=verdicts,
                              html_pages=self.html_pages, empty_glossary_files=self.empty_files)
        if self.preview:
            from ..publish.preview import render_previews

            files.update(render_previews(files, self.settings.preview_dpi))

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
                detail = one_line(error)[0] if isinstance(error, UserError) else (error.strerror or str(error))
                result.index_error = f"the index page could not be written ({detail})"
                self.say(f"error: {result.index_error}")
            for line in result.left_out_of_index:
                self.say(f"warning: {line}")
        if self.cached is not None:
            result.engine = self.cached.counts.as_dict()
            if self.cached.cache is not None:
                self.cached.cache.prune()
                self.cached.cache.close()


def reraise_when_debugging(error: Exception) -> None:
    """With TOOLKIT_DEBUG set, an unexpected error (not a user's or the system's) stops the run with its traceback."""
    if not isinstance(error, (UserError, OSError)) and os.environ.get("TOOLKIT_DEBUG"):
        raise error


def _fail(outcome: ArticleOutcome, path: Path, error: Exception) -> ArticleOutcome:
    """The article failed: its one-line reason and fix, from whatever went wrong."""
    outcome.status, outcome.written = FAILED, []
    if isinstance(error, UserError):
        outcome.reason, outcome.fix = one_line(error)
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
                reraise_when_debugging(error)


def _write_index(out: Path, settings: Settings) -> tuple[Path | None, list[str]]:
    from ..files import write_atomic
    from ..publish.index import index_page
    from ..publish.paths import INDEX_FILE

    page, left_out = index_page(out, settings, GENERATOR)
    path = out / INDEX_FILE
    write_atomic(path, page)
    return path, left_out
