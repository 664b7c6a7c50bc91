"""What a run tells its caller: the outcome of each article and of the run, and where it stands meanwhile."""

from __future__ import annotations

from dataclasses import asdict, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import dataclass

if TYPE_CHECKING:
    from ..publish.changes import EditionChange

PUBLISHED, HELD, FAILED, SKIPPED = "published", "held", "failed", "skipped"
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
    changes: list[EditionChange] = field(default_factory=list)  # each edition written, against the previous run's
    changed_since: str | None = None  # when the previous run wrote the article; None for its first run

    @property
    def changed_editions(self) -> list[EditionChange]:
        return [change for change in self.changes if change.changed]

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
        data["changes"] = [{**asdict(change), "changed": change.changed} for change in self.changes]
        return data


class RunInterrupted(KeyboardInterrupt):
    """The run was stopped (Ctrl-C, or SIGTERM/SIGHUP from a scheduler or service manager) before every article
    was done. ``result`` holds the articles finished until then; the others keep their earlier files, and
    running again finishes only them. A KeyboardInterrupt, so code that stops on Ctrl-C stops on it too."""

    def __init__(self, signal_name: str, result: RunResult | None = None):
        super().__init__(signal_name)
        self.signal_name = signal_name
        self.result = result

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a command a signal stopped (130 for Ctrl-C)."""
        import signal

        return 128 + int(signal.Signals[self.signal_name])


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
    withdrawn: list[str] = field(default_factory=list)  # article folders whose source this run found gone
    engine: dict | None = None  # what the machine-translation engine was asked (calls, segments, cache hits)
    index_error: str | None = None
    index_fix: str | None = None  # what to do about index_error
    total: int | None = None  # articles the run was given (more than ``articles`` when it was interrupted)
    interrupted: str | None = None  # the signal that stopped the run (SIGINT, SIGTERM, SIGHUP), if one did
    not_read: list[str] = field(default_factory=list)  # files in the folders given that are not articles

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
        """0 when every article is published with no QA error (or up to date as such), else 1; 128 + the signal's
        number when a signal stopped the run (130 for Ctrl-C, 143 for SIGTERM)."""
        if self.interrupted is not None:
            return RunInterrupted(self.interrupted).exit_code
        if self.index_error is not None:
            return 1
        return (
            1
            if any(
                article.status == FAILED or article.held_back or article.published_with_errors
                for article in self.articles
            )
            else 0
        )

    @property
    def still_held_back(self) -> list[ArticleOutcome]:
        """Articles skipped as up to date whose editions are still held back: they too make the exit status 1."""
        return [article for article in self.skipped if article.held_back]

    def summary(self) -> str:
        """``31 articles: 1 published, 0 held back, 0 failed, 30 skipped (up to date; 28 of them held back)``, and
        for an interrupted run ``; 12 not done (SIGTERM stopped the run)``."""
        counts = {status: len(self._with(status)) for status in STATUS_WORDS}
        total = len(self.articles) if self.total is None else self.total
        words = dict(STATUS_WORDS)
        still_held = len(self.still_held_back)
        if still_held:  # else an all-up-to-date run ends with exit status 1 and a summary that says nothing is wrong
            words[SKIPPED] = f"skipped (up to date; {still_held} of them held back)"
        text = f"{total} article{'s' if total != 1 else ''}: " + ", ".join(
            f"{counts[status]} {word}" for status, word in words.items()
        )
        if self.interrupted is not None:
            text += f"; {total - len(self.articles)} not done ({self.interrupted} stopped the run)"
        return text

    def as_dict(self) -> dict:
        return {
            "output": str(self.out_dir),
            "exit_code": self.exit_code,
            "counts": {status: len(self._with(status)) for status in STATUS_WORDS},
            "still_held_back": len(self.still_held_back),  # of the skipped: up to date, and held back as before
            "articles": [article.as_dict() for article in self.articles],
            "index": str(self.index) if self.index else None,
            "index_error": self.index_error,
            "index_fix": self.index_fix,
            "left_out_of_index": self.left_out_of_index,
            "withdrawn": self.withdrawn,
            "not_read": self.not_read,
            "notices": self.notices,
            "engine": self.engine,
            "total": self.total,
            "interrupted": self.interrupted,
        }
