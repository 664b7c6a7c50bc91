"""Errors a user can cause, and how they are reported.

A :class:`UserError` carries everything a person needs to fix the problem:
where (file, line, column), what is wrong, and how to fix it. The CLI prints
it as one message and exits with status 2; it never shows a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class UserError(Exception):
    """A problem in the user's input or setup, not a bug in the toolkit."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    column: int | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = where + self.message
        if self.fix:
            text += f"\n  fix: {self.fix}"
        return text
