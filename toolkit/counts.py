"""Counts in English words that agree with their number: "1 error", "2 errors", "1 entry", "0 entries"."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    """``count`` things in words: "1 error", "2 errors", "1 entry", "0 entries"."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
