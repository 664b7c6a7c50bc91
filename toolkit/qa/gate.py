"""The QA gate: which editions may be published, and in plain words why the others may not.

Each language of an article is judged on its own QA errors. An edition with
errors gets its side-by-side (review) editions and the report, but no
edition to publish; ``allow_errors`` publishes it anyway, marked as such in
the report, the manifest and the index. Output of a test copy model (it
copies the English, it does not translate) is never published, whatever the
options.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import field

from ..document import Edition
from ..glossary.model import Glossary
from ..problems import CODES
from ..records import dataclass

PUBLISHED = "published"
PUBLISHED_WITH_ERRORS = "published-with-errors"
NEEDS_REVIEW = "needs-review"
COPY_MODEL = "copy-model"


@dataclass(frozen=True)
class Verdict:
    """The gate's decision on one edition."""

    language: str
    status: str  # published, published-with-errors, needs-review, copy-model
    errors: int
    warnings: int
    reasons: tuple[str, ...] = ()  # one line each, for the report, the index and the run summary
    copy_model: str | None = None  # the copy model's reference, when one produced the text
    missing_entries: tuple[str, ...] = field(default=())  # glossary ids the translations use but no file defines

    @property
    def publish(self) -> bool:
        return self.status in (PUBLISHED, PUBLISHED_WITH_ERRORS)

    @property
    def notice(self) -> str | None:
        """The line at the top of the review editions: why this edition is (or was not) published."""
        if self.status == COPY_MODEL:
            return (
                f"Not for publishing: translated by a test copy model ({self.copy_model}), which copies the "
                "English and does not translate. Install a real model and run again."
            )
        if self.status == NEEDS_REVIEW:
            return (
                f"Needs review, not published: {self.errors} QA error{'s' if self.errors != 1 else ''} "
                f"({'; '.join(self.reasons)}). See report.md."
            )
        if self.status == PUBLISHED_WITH_ERRORS:
            return (
                f"Published with {self.errors} QA error{'s' if self.errors != 1 else ''} (--allow-errors): "
                f"{'; '.join(self.reasons)}. See report.md."
            )
        return None


def missing_entries(edition: Edition, glossary: Glossary) -> list[str]:
    """Glossary ids the edition's translations name but no glossary file defines, in order of first use."""
    ids = [
        name.entry_id
        for segment in edition.segments
        for name in segment.names
        if name.entry_id not in glossary and not name.provisional
    ]
    return list(dict.fromkeys(ids))


def reasons(edition: Edition, glossary: Glossary, empty_files: tuple[str, ...] = ()) -> list[str]:
    """The edition's QA errors, grouped by code (counted as the catalogue says), each with examples."""
    errors = [problem for problem in edition.problems if problem.severity == "error"]
    counts = Counter(problem.code for problem in errors)
    lines = []
    for code, count in counts.most_common():
        counted = CODES[code].counted(count) if code in CODES else f"{count} {code}"
        if code == "unknown-entry":
            missing = missing_entries(edition, glossary)
            shown = ", ".join(missing[:6]) + (f" and {len(missing) - 6} more" if len(missing) > 6 else "")
            why = f"; {', '.join(empty_files)} holds no entries" if empty_files else ""
            lines.append(f"{counted} ({shown}{why})")
        else:
            segments = list(dict.fromkeys(p.segment_id for p in errors if p.code == code))
            more = " ..." if len(segments) > 4 else ""
            lines.append(f"{counted} (segment{'s' if len(segments) > 1 else ''} {', '.join(segments[:4])}{more})")
    return lines


def decide(
    editions: list[Edition],
    glossary: Glossary,
    *,
    allow_errors: bool = False,
    copy_models: Mapping[str, str] | None = None,
    empty_files: tuple[str, ...] = (),
) -> dict[str, Verdict]:
    """A verdict per language. ``copy_models`` maps a language to the copy model's reference, if one is installed."""
    verdicts = {}
    copy_models = copy_models or {}
    for edition in editions:
        code = edition.language.code
        problems = edition.problems
        errors = sum(problem.severity == "error" for problem in problems)
        warnings = len(problems) - errors
        copy_reference = copy_models.get(code)
        copied = copy_reference is not None and any(segment.reference == copy_reference for segment in edition.segments)
        if copied:
            status = COPY_MODEL
        elif not errors:
            status = PUBLISHED
        else:
            status = PUBLISHED_WITH_ERRORS if allow_errors else NEEDS_REVIEW
        lines = reasons(edition, glossary, empty_files) if errors else []
        if copied:
            lines.insert(0, f"translated by a test copy model ({copy_reference})")
        verdicts[code] = Verdict(
            code,
            status,
            errors,
            warnings,
            tuple(lines),
            copy_reference if copied else None,
            tuple(missing_entries(edition, glossary)),
        )
    return verdicts
