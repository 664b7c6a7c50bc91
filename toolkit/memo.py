"""Answers of pure functions of a sentence's text, kept for the next question about the same text.

A run asks the same of one English sentence again and again: its memory key in each language's lookup, its
numbers and the words a translation must change in each language's localising and checks. :func:`per_text`
keeps the answers for the last few thousand texts of sentence length; a longer text (a paragraph gone wrong,
a hostile file) is answered afresh each time, so what is kept stays a few megabytes. Only for functions whose
answer depends on nothing but their arguments and is immutable (a string, a tuple, a frozenset): every caller
gets the same object.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar, cast

Function = TypeVar("Function", bound=Callable[..., Any])

KEPT_TEXTS = 4096
LONGEST_KEPT_TEXT = 1000  # characters: three long sentences; at most a few megabytes kept per function


def per_text(function: Function) -> Function:
    """``function`` (of a text first, then other hashable arguments) with its answers kept per text and arguments
    (see the module's note)."""
    kept = lru_cache(maxsize=KEPT_TEXTS)(function)

    @wraps(function)
    def answer(text: str, *arguments: Any, **options: Any) -> Any:
        if len(text) > LONGEST_KEPT_TEXT:
            return function(text, *arguments, **options)
        return kept(text, *arguments, **options)

    answer.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return cast(Function, answer)
