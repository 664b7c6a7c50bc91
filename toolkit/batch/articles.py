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

import errno
import os
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document, Edition, Segment
from ..errors import UserError, is_utf8_name, shown_path, system_name
from ..files import read_json
from ..languages import TARGET_LANGUAGES
from ..publish.manifest import Manifest, ReadIn
from ..records import dataclass
from ..settings import Settings
from ..version import GENERATOR
from .fingerprint import digest, memory_naming, memory_used, source_digest, source_place
from .outcome import FAILED, HELD, PUBLISHED, SKIPPED, ArticleOutcome, LanguageOutcome, RunProgress, RunResult
from .output import OutputFolder, folder_gone

if TYPE_CHECKING:
    from ..glossary.match import Matcher
    from ..glossary.model import Glossary
    from ..translate.cache import CachedEngine
    from ..translate.engines import Engine
    from ..translate.provisional import ProvisionalNames
    from ..translate.provisional_store import ProvisionalStore
    from .workers import BoundedSurveyCalls, WorkerRequest


def one_line(error: UserError) -> tuple[str, str | None]:
    where = ""
    if error.path is not None:
        where = shown_path(error.path) + (f":{error.line}" if error.line is not None else "") + ": "
    return where + error.message, error.fix


@dataclass
class Step:
    """One article on its way through a window."""

    path: Path
    outcome: ArticleOutcome
    key: str | None = None  # its fingerprint; None when the article needs no work (skipped, failed early)
    previous: Manifest | None = None  # the manifest of its earlier output, if any
    document: Document | Exception | None = None  # the Document read (and matched), or the error reading it raised
    read_in: ReadIn | None = None  # where it lies in a folder the run reads whole (None: given by name)


@dataclass
class Batch:
    """A run's resolved request and its state, article after article (see :func:`run`)."""

    folder: OutputFolder
    languages: list[str]
    formats: list[str]
    kinds: list[str]
    settings: Settings  # the --digits override applied
    glossary: Glossary
    matcher: Matcher
    chain: list[Engine]  # the memory engine first
    cached: CachedEngine | None  # under the default machine engine; None with engines of the caller's
    day: date | None
    html_pages: bool
    preview: bool
    allow_errors: bool
    force: bool
    copy_models: dict[str, str]
    empty_files: tuple[str, ...]
    run_key: str  # everything every article's output depends on but its source and the memory entries it uses
    say: Callable[[str], None]
    progress: Callable[[RunProgress], None] | None
    on_article: Callable[[ArticleOutcome, list[Edition] | None], None] | None
    result: RunResult
    state: RunProgress
    memory_files: tuple[str, ...] = ()  # the translation memories of the run, as given (review editions name them)
    taken: dict[str, str] = field(default_factory=dict)  # casefolded article name -> the input that took it
    manifests: dict[str, Manifest] = field(default_factory=dict)  # what this run wrote or found up to date
    store: ProvisionalStore | None = None  # provisional renderings kept from run to run (None: not kept)
    provisional: ProvisionalNames | None = None  # the run's uncovered names, chosen by survey_names

    missing_models: tuple[str, ...] = ()  # languages of the run with no model installed (said at the start)
    folders_read: tuple[Path, ...] = ()  # the folders given to the run, read whole (as given)
    memory_digest: str = ""  # the memory files' digest, taken before they were read

    def plan_all(self, paths: Sequence[Path]) -> list[Step]:
        """Every article's plan (see :meth:`plan`), in order; a bug planning one fails only that one."""
        from ..publish.paths import article_name
        from .inputs import FailedInput, UnreadableFolder

        steps = []
        for path in paths:
            if isinstance(path, FailedInput):  # named once, as a failure: the articles it stands for are not done
                name = path.name if isinstance(path, UnreadableFolder) else path.stem
                outcome = ArticleOutcome(str(path), article_name(name), FAILED)
                steps.append(Step(path, _fail(outcome, path, path.error)))
                continue
            try:
                steps.append(self.plan(path))
            except Exception as error:  # a bug must not take the other articles down with it
                reraise_when_debugging(error)
                steps.append(Step(path, _fail(ArticleOutcome(str(path), article_name(path.stem), FAILED), path, error)))
        return steps

    def survey_names(
        self, steps: Sequence[Step], *, remember: bool = True, bounded_by: WorkerRequest | None = None
    ) -> None:
        """The uncovered names of every article with work to do, each with one provisional rendering per
        language for the whole run (:mod:`toolkit.batch.survey`), before any article is written.

        ``remember``: keep the survey's machine translations for the articles (when no cache keeps them),
        which only a run writing its articles in this process can use. ``bounded_by``: the run's workers,
        when it has them: the survey's engine calls are then made in a worker process and stopped once they
        have taken the request's article timeout (the run says so, and goes on without the choices left)."""
        from .survey import EngineCalls, Remembered, survey

        documents = [
            document
            for document in (self.read(step) for step in steps if step.key is not None)
            if isinstance(document, Document)
        ]
        # the survey leaves out the glossary names inside uncovered ones; the articles' own translation does
        # that again from their mentions as matched (what their memory record is taken from), so they are kept
        matched = [(segment, segment.mentions) for document in documents for segment in document.segments]
        remembered = Remembered() if remember else None
        calls: EngineCalls | BoundedSurveyCalls = EngineCalls(self.chain)
        if bounded_by is not None:
            from .workers import BoundedSurveyCalls

            calls = BoundedSurveyCalls(bounded_by, memory=self.chain[0])
        cut: list[str] = []
        try:
            self.provisional = survey(
                documents,
                self.languages,
                self.glossary,
                self.matcher,
                self.chain,
                store=self.store,
                remembered=remembered,
                copy_models=list(self.copy_models),
                calls=calls,
                cut=cut,
            )
        finally:
            calls.close()
            for segment, mentions in matched:
                segment.mentions = mentions
        del documents, matched
        if cut and bounded_by is not None:
            timeout = bounded_by.article_timeout or 0
            took = f"{timeout / 60:g} minutes" if timeout >= 60 else f"{timeout:g} s"
            self.say(
                f"warning: the survey of names the glossary does not cover was stopped after {took} (the "
                f"--article-timeout), before it was done in {', '.join(cut)}: new names there get no provisional "
                "rendering shared by the run's articles; run again (or allow more with --article-timeout SECONDS)"
            )
        if remembered is not None and len(remembered):
            self.chain = [self.chain[0], remembered, *self.chain[1:]]
        if self.provisional.names and self.provisional.unavailable:
            self.say(
                "warning: names the glossary lacks keep the model's own Russian spelling: provisional "
                "Russian forms need pip install 'newsroom-toolkit[forms]'"
            )

    def translate_window(self, steps: list[Step]) -> None:
        """Read, match and prefetch a window of planned articles, then translate, check and write each on its own.

        The engine gets one batch per language for what the window's memory
        lacks (into the cache), so articles are not one engine batch each.
        """
        for step in steps:
            if step.key is not None:
                self.read(step)  # kept on the step (read already when the survey or the engine check read it)
        if self.cached is not None and self.cached.cache is not None:
            _prefetch(
                self.cached,
                self.chain[0],
                [step.document for step in steps if isinstance(step.document, Document)],
                self.languages,
            )
        for step in steps:
            editions = None
            if step.key is not None:
                self.state.current = str(step.path)
                if self.progress:
                    self.progress(self.state)
                editions = self.translate_article(step)
            self.record(step.outcome, editions)
            del editions

    def needs_engine(self, step: Step) -> bool:
        """Whether translating the article asks an engine after the memory for anything: the memory lacks one of
        its sentences in one of the run's languages (an article that cannot be read needs none)."""
        document = self.read(step)
        if isinstance(document, Exception):
            return False
        segments = document.segments
        return any(hit is None for code in self.languages for hit in self.chain[0].translate(segments, code))

    def read(self, step: Step) -> Document | Exception:
        """The article read and matched, or the error reading it raised (reported when it is translated).

        Read once: the check for an engine, the survey of uncovered names and the translation share what the
        first of them read (kept on ``step`` until the article is translated). A worker process is handed the
        step without it, and reads the article itself."""
        from ..glossary.match import match_document
        from ..read import read_document

        if step.document is not None:
            return step.document
        try:
            document = self.read_unchanged(step, read_document)
            document.name = step.outcome.name
            step.document = match_document(document, self.matcher)
        except Exception as error:
            reraise_when_debugging(error)
            step.document = error
        return step.document

    def read_unchanged(self, step: Step, read_document: Callable[[Path], Document]) -> Document:
        """The article as read, and its fingerprint made again from the same content: a file an editor saves
        while the run reads it (truncated, then written) could be read half written while the fingerprint,
        taken before, was the whole file's, and the half article skipped as up to date ever after. The file's
        status is the same before the read and after its digest, or it is read again (three times at most)."""
        for _ in range(3):
            before = _file_state(step.path)
            document = read_document(step.path)
            from ..read import check_english

            check_english(document, step.path)
            source = source_digest(step.path)
            if _file_state(step.path) == before:
                if step.key is not None:
                    step.key = digest(
                        self.run_key, step.outcome.name, source_place(step.path, self.folder.root), source
                    )
                return document
        raise UserError(
            "the file changed each time it was read (it is being written)",
            path=step.path,
            fix="run again once it is saved",
        )

    def translate_article(self, step: Step) -> list[Edition] | None:
        """Translate, judge, build and write one planned article (read first if it was not); fills its outcome.

        Whatever goes wrong fails this article alone: its outcome says why and
        its earlier files stay as they were.
        """
        editions = None
        if self.folder.gone():  # fail at once, saying why, rather than after translating it
            _fail(step.outcome, step.path, folder_gone(self.folder.root))
            step.document = None
            return None
        try:
            document = step.document if step.document is not None else self.read(step)
            if isinstance(document, Exception):
                raise document
            editions = self.write(step, document)
        except Exception as error:
            reraise_when_debugging(error)
            _fail(step.outcome, step.path, error)
        step.document = None
        return editions

    def plan(self, path: Path) -> Step:
        """The article's name, fingerprint and earlier manifest; an outcome already final when it needs no work."""
        from ..publish.manifest import DamagedManifest, read_manifest
        from ..publish.paths import article_name, why_renamed

        out = self.folder.root
        name = article_name(path.stem)
        if not is_utf8_name(path):  # its name could be written in no report, manifest or message
            outcome = ArticleOutcome(shown_path(path), name, FAILED)
            if _locale_cannot_read(path):
                encoding = sys.getfilesystemencoding()
                outcome.reason = (
                    f"{shown_path(path)}: the file or folder name cannot be read in this process's locale, which "
                    f"reads names as {encoding} (the C locale with Python's UTF-8 mode turned off)"
                )
                outcome.fix = (
                    "run the toolkit in a UTF-8 locale: set LANG=C.UTF-8 (or PYTHONUTF8=1) in the scheduler's "
                    "environment; the name itself is fine"
                )
            else:
                outcome.reason = f"{shown_path(path)}: the file or folder name is not UTF-8 text"
                outcome.fix = (
                    "rename it (it was named in another encoding, e.g. copied from a Windows share or unpacked "
                    "from an old zip file)"
                )
            return Step(path, outcome)
        outcome = ArticleOutcome(
            str(path), name, FAILED, folder=str(out / name), renamed_from=path.stem if name != path.stem else None
        )
        if outcome.renamed_from is not None:
            self.say(f"{shown_path(path)}: its output is named {name!r} ({why_renamed(path.stem)})")
        if name.casefold() in self.taken:
            other = self.taken[name.casefold()]
            outcome.folder = None
            outcome.reason = (
                f"{shown_path(path)}: its output folder {name}/ is already taken by {shown_path(other)} in this run"
            )
            outcome.fix = "rename one of the two files (names differing only in case or in unsafe characters clash)"
            if other != str(path) and unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", str(path)):
                outcome.fix = (
                    "the two names look the same but spell an accented letter differently (one letter, or a "
                    "letter and a combining accent: copies made on a Mac and on Windows); keep one of the two files"
                )
            return Step(path, outcome)
        self.taken[name.casefold()] = str(path)
        try:
            key = digest(self.run_key, name, source_place(path, self.folder.root), source_digest(path))
        except UserError as error:
            return Step(path, _fail(outcome, path, error))
        try:
            article_folder = self.folder.article_folder(name)
            previous = None if article_folder.is_symlink() else read_manifest(article_folder)
        except DamagedManifest as error:
            self.say(f"{one_line(error)[0]}: the article is written again")
            previous = None
        owner = _other_source(previous, path)
        if owner is not None:  # another schedule's article of the same name: its editions are not ours to replace
            outcome.folder = None
            outcome.reason = (
                f"{shown_path(path)}: its output folder {name}/ holds the editions of another article, "
                f"{shown_path(owner)}, which is still there"
            )
            outcome.fix = (
                "rename one of the two files, or translate this one into another --out folder; to let it take the "
                f"folder, move {shown_path(owner)} away (or delete {shown_path(out / name)}/) and run again; the "
                "other article's editions are untouched"
            )
            return Step(path, outcome)
        if (
            not self.force
            and previous is not None
            and previous.fingerprint == key
            and previous.withdrawn is None  # its source is back: written again, as current
            and all((out / name / relative).is_file() for relative in previous.files)
            and self._same_memory(previous, path, name)
        ):
            outcome.status = SKIPPED
            outcome.up_to_date_status = (
                PUBLISHED
                if all(previous.languages[code].published for code in self.languages if code in previous.languages)
                else HELD
            )
            entries = {code: previous.languages[code] for code in self.languages if code in previous.languages}
            outcome.languages = {
                code: LanguageOutcome(entry.status, entry.errors, entry.warnings, list(entry.reasons), entry.copy_model)
                for code, entry in entries.items()
            }
            outcome.changed_since = previous.written  # up to date: nothing changed since then
            outcome.reason = held_reason(
                {code: (entry.reasons, entry.status) for code, entry in entries.items() if not entry.published}
            )
            outcome.fix = held_fix({code: entry.status for code, entry in entries.items() if not entry.published})
            if previous.memory_files != self.memory_digest:  # up to date with the memory as it is now: said so
                previous = self._memory_checked(article_folder, previous)
            self.manifests[name] = previous
            return Step(path, outcome)
        place = read_in(path, self.folders_read, out)
        if place is None and previous is not None:  # given by name: where an earlier run of its folder found it
            place = _still_read_in(path, previous.read_in, out)
        return Step(path, outcome, key, previous, read_in=place)

    def _same_memory(self, previous: Manifest, path: Path, name: str) -> bool:
        """Whether the memory gives the article what it gave when its folder was written: at once when the memory
        files are unchanged; else the article is read and its sentences looked up (milliseconds, against the
        seconds translating and writing it again takes), so an import that changed other articles' sentences
        leaves it up to date. For an article placing names no glossary covers, the memory's translations of every
        sentence naming them count too (:func:`memory_naming`): an editor's spelling of such a name in another
        article's sentence reaches it. A manifest without the record (an older one) redoes it."""
        if not previous.memory_used:
            return False
        if previous.memory_files == self.memory_digest:
            return True
        from ..glossary.match import match_document
        from ..read import check_english, read_document

        try:
            document = read_document(path)
            check_english(document, path)
            document.name = name
            document = match_document(document, self.matcher)
            used = memory_used(self.chain[0], document, self.languages)
            if previous.memory_names:
                used = digest(used, memory_naming(self.chain[0], previous.memory_names, self.languages))
            return used == previous.memory_used
        except Exception as error:  # unreadable now: translating it says why
            reraise_when_debugging(error)
            return False

    def _memory_checked(self, folder: Path, manifest: Manifest) -> Manifest:
        """The manifest of an article found up to date with memory files that changed, recording them, so the
        next run knows it at once rather than reading the article again. Written atomically under the run's
        lock; one that cannot be written (another user's folder) only means the next run checks again."""
        from ..files import write_atomic
        from ..publish.paths import MANIFEST_FILE

        if self.folder.gone():  # nothing is written where the output folder no longer is
            return manifest
        checked = replace(manifest, memory_files=self.memory_digest)
        try:
            write_atomic(folder / MANIFEST_FILE, checked.to_json())
        except (OSError, UserError, ValueError):
            return manifest
        return checked

    def write(self, step: Step, document: Document) -> list[Edition]:
        """Translate one article, judge it, build its files and swap its folder in; fills its outcome."""
        from ..pipeline import OTHER_SPLIT, translate_documents
        from ..publish.article import article_files
        from ..publish.changes import EarlierRun, compare, segment_digests
        from ..publish.manifest import LanguageEntry
        from ..publish.paths import MANIFEST_FILE, language_of
        from ..qa.gate import decide

        outcome = step.outcome
        name = document.name
        outcome.segments = len(document.segments)
        used = memory_used(self.chain[0], document, self.languages)  # before translating marks the segments
        if self.missing_models:  # fails at once, before other languages are translated, if the memory lacks any
            from ..pipeline import MissingTranslations, translate

            try:
                translate([document], self.missing_models, self.chain[:1])
            except MissingTranslations as missing:
                missing.fix = (missing.fix or "") + leave_out_missing(self.missing_models, self.languages, "; ")
                raise
        editions = translate_documents(
            [document],
            self.languages,
            self.glossary,
            self.chain,
            matcher=self.matcher,
            settings=self.settings,
            provisional=self.provisional,
        )[name]
        for finding in document.findings:
            if finding.code == OTHER_SPLIT:  # once per article, in the log as in its report
                self.say(f"warning: {shown_path(step.path)}: {finding.message}; fix: {finding.fix}")
            elif finding.code == "source-encoding" and finding.location is not None:  # a page read as UTF-8
                line = finding.location.line
                self.say(f"warning: {shown_path(step.path)}:{line}: {finding.message}; fix: {finding.fix}")
        provisional = self.provisional.in_article(name) if self.provisional is not None else []
        stubs = self.provisional.stubs(provisional, self.languages) if self.provisional is not None else []
        names = tuple(
            sorted({s for n in provisional for s in (n.candidate.name, n.candidate.short, *n.candidate.variants) if s})
        )
        if names:  # their spelling is chosen from every sentence naming them: the memory's translations of those
            used = digest(used, memory_naming(self.chain[0], names, self.languages))
        verdicts = decide(
            editions,
            self.glossary,
            allow_errors=self.allow_errors,
            copy_models=self.copy_models,
            empty_files=self.empty_files,
        )
        # languages this run does not produce keep their files, manifest entries and report sections
        produced = {edition.language.code for edition in editions}
        carried = {
            code: entry
            for code, entry in (step.previous.languages.items() if step.previous else ())
            if code not in produced
        }
        files = article_files(
            editions,
            self.formats,
            settings=self.settings,
            kinds=self.kinds,
            day=self.day,
            provisional=provisional,
            stubs=stubs,
            verdicts=verdicts,
            html_pages=self.html_pages,
            empty_glossary_files=self.empty_files,
            earlier_sections=self._earlier_report_sections(name, carried) if carried else None,
            memory_files=self.memory_files,
            earlier_runs={
                code: EarlierRun(entry.written, frozenset(entry.segments))
                for code, entry in (step.previous.languages.items() if step.previous else ())
                if entry.segments
            },
        )
        if self.preview:
            from ..publish.preview import render_previews

            files.update(render_previews(files, self.settings.preview_dpi))

        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        entries = {}
        earlier = step.previous.languages if step.previous else {}
        for edition in editions:
            code = edition.language.code
            verdict = verdicts[code]
            digests, before = segment_digests(edition), earlier.get(code)
            change = compare(
                code, digests, verdict.status, before.segments if before else None, before.status if before else None
            )
            outcome.changes.append(change)
            changed = now if change.changed or before is None else (before.changed or before.written)
            entries[code] = LanguageEntry(
                code,
                edition.title,
                verdict.status,
                verdict.errors,
                verdict.warnings,
                verdict.reasons,
                verdict.copy_model,
                now,
                tuple(sorted(r for r in files if language_of(name, r) == code)),
                digests,
                changed,
            )
        outcome.changed_since = step.previous.written if step.previous else None
        kept = {**carried, **entries}
        assert step.key is not None  # an article with work to do has its fingerprint
        manifest = Manifest(
            article=name,
            source=str(step.path),
            title=document.title,
            fingerprint=step.key,
            written=now,
            generator=GENERATOR,
            languages={code: kept[code] for code in TARGET_LANGUAGES if code in kept},
            renamed_from=outcome.renamed_from,
            read_in=step.read_in,
            memory_files=self.memory_digest,
            memory_used=used,
            memory_names=names,
        )
        files[MANIFEST_FILE] = manifest.to_json()
        self.folder.write_article(name, files, carry_over=lambda relative: language_of(name, relative) in carried)
        self.manifests[name] = manifest

        outcome.written = sorted(files)
        outcome.uncovered_names = [name.english for name in provisional]
        outcome.languages = {
            code: LanguageOutcome(v.status, v.errors, v.warnings, list(v.reasons), v.copy_model)
            for code, v in verdicts.items()
        }
        held = {code: (verdict.reasons, verdict.status) for code, verdict in verdicts.items() if not verdict.publish}
        outcome.status = HELD if held else PUBLISHED
        outcome.reason = held_reason(held)
        outcome.fix = held_fix({code: status for code, (_, status) in held.items()})
        return editions

    def _earlier_report_sections(self, name: str, carried: Mapping[str, object]) -> dict[str, dict]:
        """The sections of the carried-over languages in the article's earlier report (an earlier run's file)."""
        from ..publish.paths import REPORT_JSON

        try:
            old = read_json(self.folder.article_folder(name) / REPORT_JSON)
            old_languages = old.get("languages", {}) if isinstance(old, dict) else {}
        except (OSError, ValueError):
            old_languages = {}
        if not isinstance(old_languages, dict):
            old_languages = {}
        return {code: old_languages[code] for code in carried if isinstance(old_languages.get(code), dict)}

    def record(self, outcome: ArticleOutcome, editions: list[Edition] | None) -> None:
        self.result.articles.append(outcome)
        self.state.done += 1
        self.state.segments += outcome.segments
        self.state.counts[outcome.status] += 1
        if self.progress:  # an article done in a worker is seen here only
            self.progress(self.state)
        if self.on_article:
            self.on_article(outcome, editions)

    def withdraw_gone(self) -> None:
        """Mark as withdrawn each article folder of the output whose source lay in one of the folders this run
        read whole and is gone: deleted or renamed. Its manifest says so, so every later index lists it as no
        longer current; its files are left where they are (a web server may serve them, and only a person
        should take them down). An article whose source comes back is written again, as current.

        Where the source lay is read from the manifest's ``read_in`` (the folder, and the path inside it), never
        from its ``source`` as an earlier run spelled it relative to its working directory: a run started from
        another directory would find such a path gone while the article is still there. A manifest that does
        not say where its source lay is withdrawn only when its source was named by an absolute path."""
        from ..files import write_atomic
        from ..publish.manifest import DamagedManifest, read_manifest
        from ..publish.paths import MANIFEST_FILE, article_folders

        if not self.folders_read or self.folder.gone():  # what stands at the path now is not the folder locked
            return
        out = self.folder.root
        read = {folder_id(folder, out): Path(os.path.realpath(folder)) for folder in self.folders_read}
        # a manifest written before folders were placed from the output folder names them by their absolute path
        read |= {_absolute_folder_id(folder): Path(os.path.realpath(folder)) for folder in self.folders_read}
        this_run = {outcome.name for outcome in self.result.articles}
        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        for name in article_folders(out):
            folder = out / name
            if name in this_run or folder.is_symlink():
                continue
            try:
                manifest = read_manifest(folder)
            except DamagedManifest:  # the index names it as damaged
                continue
            if manifest is None or manifest.withdrawn is not None or not _source_gone(manifest, read):
                continue
            try:
                write_atomic(folder / MANIFEST_FILE, replace(manifest, withdrawn=now).to_json())
            except (OSError, UserError, ValueError) as error:  # another user's folder: a note, never the run's outcome
                # (ValueError: a hand-edited manifest holding a lone surrogate, "\ud800", which no file can store)
                why = error.message if isinstance(error, UserError) else getattr(error, "strerror", None)
                self.say(
                    f"warning: {shown_path(folder)}/: its source {shown_path(manifest.source)} is gone, but its "
                    f"manifest cannot be marked withdrawn ({why or error}); let the run's user write in the "
                    "folder, or delete it"
                )
                continue
            self.result.withdrawn.append(manifest.article)  # the name as text, in any locale
            self.say(
                f"warning: {shown_path(folder)}/ holds the editions of {shown_path(manifest.source)}, which is gone "
                "(deleted or renamed): the index lists them as withdrawn, no longer current; delete the folder to "
                "take its files down"
            )

    def finish(self, index: bool) -> None:
        """The index page of the output folder, the engine's counts, the cache pruned and closed."""
        result = self.result
        if index and self.folder.gone():
            result.index_error = (
                f"the index page was not written: the output folder {shown_path(self.folder.root)} was moved, "
                "removed or replaced while the run went on"
            )
            self.say(f"error: {result.index_error}")
        elif index:
            try:
                result.index, result.left_out_of_index = _write_index(
                    self.folder.root, self.settings, self.manifests, result.failed
                )
            except (OSError, UserError) as error:
                detail = one_line(error)[0] if isinstance(error, UserError) else (error.strerror or str(error))
                result.index_error = f"the index page could not be written ({detail})"
                # the page is replaced whole or not at all: readers keep the earlier one
                result.index_fix = (
                    "free disk space where the output folder is"
                    if "No space left" in detail or "quota" in detail.lower()
                    else "let the run's user write in the output folder"
                ) + ", then run again (the earlier index page, if any, is kept as it was)"
                self.say(f"error: {result.index_error}")
                self.say(f"  fix: {result.index_fix}")
            for line in result.left_out_of_index:
                self.say(f"warning: {line}")
        if self.cached is not None:
            result.engine = self.cached.counts.as_dict()
            if self.cached.cache is not None:
                self.cached.cache.prune()
                self.cached.cache.close()
        if self.store is not None:
            self.store.close()


def held_reason(held: Mapping[str, tuple[Sequence[str], str]]) -> str:
    """Why editions are held back, from each held language's (reasons, status); languages held back for the same
    reasons are named together: ``ar, fa: 2 names whose glossary entry is missing (...); ru: ...``."""
    by_reason: dict[str, list[str]] = {}
    for code, (reasons, status) in held.items():
        by_reason.setdefault("; ".join(reasons) or status, []).append(code)
    return "; ".join(f"{', '.join(codes)}: {text}" for text, codes in by_reason.items())


def leave_out_missing(missing: Sequence[str], languages: Sequence[str], joint: str) -> str:
    """What a desk can do while a model is missing: an article is a unit, failed whole, so the languages that have
    a model are published only by a run that leaves the others out (``--to``)."""
    others = [code for code in languages if code not in missing]
    if not others:
        return ""
    return f"{joint}or leave {', '.join(missing)} out (--to {','.join(others)}) to publish the other languages now"


def held_fix(held: Mapping[str, str]) -> str | None:
    """What to do about editions held back, from each held language's gate status: correct what the report
    lists (or publish as it stands), or, for a test copy model's output, install a real model."""
    from ..qa.gate import COPY_MODEL

    review = [code for code, status in held.items() if status != COPY_MODEL]
    copied = [code for code, status in held.items() if status == COPY_MODEL]
    parts = []
    if review:
        parts.append(
            f"{', '.join(review)}: correct what its report.md lists (a name: in the glossary files; a sentence: in "
            "a review edition (--editions review) or an XLIFF file, brought back with toolkit memory import), then "
            "run again; or publish it as it stands with --allow-errors"
        )
    if copied:
        files = ", ".join(f"translate-en_{code}.argosmodel" for code in copied)
        parts.append(
            f"{', '.join(copied)}: install a real model in place of the test copy model (toolkit models install "
            f"{files}), then run again; its output is never published"
        )
    return "; ".join(parts) or None


def reraise_when_debugging(error: Exception) -> None:
    """With TOOLKIT_DEBUG set, an unexpected error (not a user's or the system's) stops the run with its traceback."""
    if not isinstance(error, (UserError, OSError)) and os.environ.get("TOOLKIT_DEBUG"):
        raise error


def _file_state(path: Path) -> tuple[int, ...] | None:
    """What changes when a file is written or replaced: its inode, size and modification and change times."""
    try:
        info = os.stat(path)
    except OSError:
        return None  # gone, or not readable: reading it says why
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def _fail(outcome: ArticleOutcome, path: Path, error: Exception) -> ArticleOutcome:
    """The article failed: its one-line reason and fix, from whatever went wrong."""
    outcome.status, outcome.written = FAILED, []
    if isinstance(error, UserError):
        outcome.reason, outcome.fix = one_line(error)
        if error.path is None or Path(error.path) != path:  # the line names the article, then what failed
            outcome.reason = f"{shown_path(path)}: {outcome.reason}"
    elif isinstance(error, OSError):
        target = f" {shown_path(error.filename)}" if error.filename else ""
        untouched = "; the article's earlier files are untouched"
        if error.errno in (errno.EMFILE, errno.ENFILE, errno.ENOMEM):  # the system's limits, not a file's fault
            outcome.reason = f"{shown_path(path)}: {error.strerror or error}" + (f" (at{target})" if target else "")
            outcome.fix = "raise the limit (ulimit -n for open files) or run with fewer --jobs, then run again" + (
                untouched
            )
        elif error.errno in (errno.EACCES, errno.EPERM):
            outcome.reason = f"{shown_path(path)}: cannot write{target}: {error.strerror or error}"
            outcome.fix = (
                f"let the user the run runs as write there (chown or chmod{target}), or delete it, then run again"
                + untouched
            )
        elif error.errno == errno.EROFS:
            outcome.reason = f"{shown_path(path)}: cannot write{target}: {error.strerror or error}"
            outcome.fix = "choose an --out folder on a disk that can be written, then run again" + untouched
        elif error.errno in (errno.ENOSPC, errno.EDQUOT):
            outcome.reason = f"{shown_path(path)}: cannot write{target}: {error.strerror or error}"
            outcome.fix = "free disk space where the output folder is, then run again" + untouched
        else:
            outcome.reason = f"{shown_path(path)}: cannot write{target}: {error.strerror or error}"
            outcome.fix = "free disk space or fix the output folder's permissions, then run again" + untouched
    elif isinstance(error, MemoryError):  # an oversized article, or too many workers for the machine's memory
        outcome.reason = f"{shown_path(path)}: the machine ran out of memory while translating it"
        outcome.fix = (
            "run again with fewer --jobs (each worker holds its own models) or on a machine with more memory; if "
            "it fails alone again, split the article; its earlier files are untouched"
        )
    elif isinstance(error, RecursionError):  # nesting beyond any article's (every reader bounds its own)
        outcome.reason = (
            f"{shown_path(path)}: the article is nested too deeply to be translated (RecursionError: {error})"
        )
        outcome.fix = (
            "simplify the article's structure (lists, quotations or tables nested inside each other), then run "
            "again; if it is an ordinary article, please report it as a bug; its earlier files are untouched"
        )
    else:
        outcome.reason = f"{shown_path(path)}: unexpected error ({type(error).__name__}: {error})"
        outcome.fix = "this is a bug in toolkit: please report it; TOOLKIT_DEBUG=1 shows the traceback"
    return outcome


def _prefetch(cached: CachedEngine, memory_engine: Engine, documents: list[Document], languages: Sequence[str]) -> None:
    """Warm the translation cache: one engine batch per language for the (matched) sentences the memory lacks."""
    unique: dict[str, Segment] = {}
    for document in documents:
        for segment in document.segments:
            unique.setdefault(segment.text, segment)
    segments = list(unique.values())
    for code in languages:
        found = memory_engine.translate(segments, code)
        missing = [segment.text for segment, hit in zip(segments, found) if hit is None]
        if missing:
            try:
                cached.translate_raw(missing, code)
            except Exception as error:  # the article that needs it reports it, with its own name
                reraise_when_debugging(error)


def _write_index(
    out: Path, settings: Settings, manifests: Mapping[str, Manifest], failed: Sequence[ArticleOutcome] = ()
) -> tuple[Path | None, list[str]]:
    """The index page of every article in ``out``: this run's from ``manifests``, the others' from their folders,
    and this run's failures first."""
    from ..files import write_atomic
    from ..publish.index import FailedArticle, index_page
    from ..publish.paths import INDEX_FILE

    failures = [FailedArticle(article.source, article.name, article.reason, article.fix) for article in failed]
    page, left_out = index_page(out, settings, GENERATOR, known=manifests, failed=failures)
    path = out / INDEX_FILE
    write_atomic(path, page)
    return path, left_out


def folder_id(folder: Path, out: Path) -> str:
    """A folder named by a digest of its resolved path seen from the output folder (as an article's fingerprint
    places its source): the same however a run spells it (relative, through a symbolic link) and wherever the
    project with its output folder is moved or checked out, and no path of the desk's machine in the manifests
    a web server may serve."""
    return digest("folder read", os.path.relpath(os.path.realpath(folder), os.path.realpath(out)))


def _absolute_folder_id(folder: Path) -> str:
    """A folder as manifests written before :func:`folder_id` placed it from the output folder name it."""
    return digest("folder read", os.path.realpath(folder))


def read_in(path: Path, folders: Sequence[Path], out: Path) -> ReadIn | None:
    """Where ``path`` lies in the first of ``folders`` (as given to the run) that holds it, or None."""
    for folder in folders:
        inside = os.path.relpath(path, folder)
        if inside != os.curdir and not inside.startswith(os.pardir + os.sep) and inside != os.pardir:
            return ReadIn(folder_id(folder, out), Path(inside).as_posix())
    return None


def _still_read_in(path: Path, place: ReadIn | None, out: Path) -> ReadIn | None:
    """``place`` when ``path`` (an article given by name) is the file an earlier run found there, in a folder it
    read whole: so a run of one article does not lose where its source lies, and a later run of that folder
    can still tell when it is gone."""
    if place is None:
        return None
    inside = Path(place.path)
    absolute = Path(os.path.abspath(path))
    if absolute.parts[-len(inside.parts) :] != inside.parts or len(absolute.parts) <= len(inside.parts):
        return None
    folder = absolute.parents[len(inside.parts) - 1]
    if folder_id(folder, out) == place.folder:
        return place
    if _absolute_folder_id(folder) == place.folder:  # an older manifest's: kept, spelled as this run spells it
        return replace(place, folder=folder_id(folder, out))
    return None


def _other_source(previous: Manifest | None, path: Path) -> str | None:
    """The source of the article an earlier run wrote into this article's folder, when it is another file that is
    still there (desk-a/story.txt, where this is desk-b/story.txt); None when it is this very file however
    spelled, or gone (moved here, deleted), or spelled from another working folder so that it is not found."""
    if previous is None or previous.withdrawn is not None:
        return None
    earlier = Path(system_name(previous.source))
    try:
        if not earlier.is_file() or os.path.samefile(earlier, path):
            return None
    except (OSError, ValueError):  # unreadable, or a name no file can have: not a source this run can tell about
        return None
    return previous.source


def _source_gone(manifest: Manifest, read: Mapping[str, Path]) -> bool:
    """Whether the manifest's source lay in one of the folders read (by id: their resolved paths) and is gone."""
    if manifest.read_in is not None:
        folder = read.get(manifest.read_in.folder)
        return folder is not None and not os.path.lexists(folder / system_name(manifest.read_in.path))
    source = Path(system_name(manifest.source))
    if not source.is_absolute():  # spelled from an earlier run's working directory, which is not known here
        return False
    try:
        resolved = Path(os.path.realpath(source))
    except ValueError:  # a name no file can have ("\ud800", a NUL): not a source this run can tell about
        return False
    return not os.path.lexists(source) and any(resolved.is_relative_to(folder) for folder in read.values())


def _locale_cannot_read(path: Path) -> bool:
    """Whether a name Python could not decode is UTF-8 all the same: the process reads names in another encoding
    (ASCII in the C locale when Python's UTF-8 mode is off), not the name's fault."""
    if sys.getfilesystemencoding().replace("-", "").lower() == "utf8":
        return False
    try:
        os.fsencode(str(path)).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
