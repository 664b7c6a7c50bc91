"""What changed in an article's editions since its previous run, from the digests its manifest keeps.

The manifest records, per language, a short digest of every sentence (its
English and its translation as the editions show it) and when the edition
last changed. A re-run compares the new digests with the old ones as a diff
does, without regard to order or segment ids, so a paragraph added at the
top counts as its own sentences, not as every sentence after it. An edition
changed when a sentence did, when it has sentences more or fewer, or when
its verdict changed (held back, now ready to publish).
"""

from __future__ import annotations

import hashlib
from collections import Counter

from ..document import Edition, TranslatedSegment
from ..records import dataclass

DIGEST_BYTES = 8


def segment_digest(segment: TranslatedSegment) -> str:
    """A digest of one sentence: its English and its translation as the editions show it."""
    return hashlib.blake2b(
        f"{segment.source.text}\x1f{segment.text}".encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES
    ).hexdigest()


def segment_digests(edition: Edition) -> tuple[str, ...]:
    """A digest of each sentence of the edition, in order: its English and its translation as shown."""
    return tuple(segment_digest(segment) for segment in edition.segments)


@dataclass(frozen=True)
class EarlierRun:
    """What the previous run of an article wrote in one language, for a review edition to show what changed."""

    written: str  # when (ISO 8601)
    digests: frozenset[str]  # its sentences' digests

    def changed(self, segment: TranslatedSegment) -> bool:
        """Whether the sentence is new or its translation changed since that run."""
        return segment_digest(segment) not in self.digests


def is_digest(value: object) -> bool:
    return isinstance(value, str) and len(value) == 2 * DIGEST_BYTES and all(c in "0123456789abcdef" for c in value)


@dataclass(frozen=True)
class EditionChange:
    """One language edition of an article compared with the previous run's."""

    language: str
    segments: int | None  # sentences new, changed or gone; None when the previous run kept no digests
    total: int  # sentences in the edition now
    status: str  # the gate's verdict now
    status_before: str | None  # and then; None for an edition the previous run did not write
    first: bool = False  # no earlier edition of this language
    removed: int = 0  # of ``segments``, sentences gone beyond those replaced (a shortened article)

    @property
    def changed(self) -> bool:
        return self.first or self.segments != 0 or self.status != self.status_before

    def describe(self) -> str:
        """``ru (3 of 24 sentences; now ready to publish)``."""
        details = []
        if self.first:
            details.append("new")
        elif self.segments is None:
            details.append("sentences not compared: the earlier run kept no record of them")
        elif self.segments:
            now = self.segments - self.removed  # never more than the edition holds: "2 of 2", not "14 of 2"
            if now:
                details.append(f"{now} of {self.total} sentence{'s' if self.total != 1 else ''}")
            if self.removed:
                details.append(f"{self.removed} sentence{'s' if self.removed != 1 else ''} removed")
        if not self.first and self.status != self.status_before:
            from .report import STATUS_LABELS

            details.append(f"now {STATUS_LABELS.get(self.status, self.status)}")
        return f"{self.language} ({'; '.join(details)})" if details else self.language


def shown_time(moment: str) -> str:
    """An ISO 8601 time from a manifest as people read it: ``2026-03-12 09:14 UTC``."""
    from datetime import datetime, timezone

    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is None:
        return parsed.strftime("%Y-%m-%d %H:%M")
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def compare(
    language: str,
    digests: tuple[str, ...],
    status: str,
    previous_digests: tuple[str, ...] | None,
    previous_status: str | None,
) -> EditionChange:
    """How an edition with ``digests`` differs from the previous run's (None: the run did not write it)."""
    if previous_status is None:
        return EditionChange(language, len(digests), len(digests), status, None, first=True)
    if not previous_digests and digests:
        return EditionChange(language, None, len(digests), status, previous_status)
    new, old = Counter(digests), Counter(previous_digests or ())
    arrived, gone = sum((new - old).values()), sum((old - new).values())
    return EditionChange(
        language, max(arrived, gone), len(digests), status, previous_status, removed=max(0, gone - arrived)
    )
