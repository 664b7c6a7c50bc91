"""An SQLite file the toolkit keeps beside its work (the translation cache, the provisional names).

Both are conveniences, never the source of truth: every failure degrades to
"nothing known" with one notice, a damaged file is moved aside (kept for
inspection) and a fresh one started, and several runs may share the file
(write-ahead log, a generous busy timeout).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 30.0


class SqliteStore:
    """A lazily opened SQLite file; subclasses give its schema and how it is named in notices."""

    SCHEMA = ""  # the tables, created if missing
    PRAGMAS: tuple[str, ...] = ()  # beyond the busy timeout and the write-ahead log
    DESCRIPTION = "the store"  # how notices name it: "the translation cache"
    WITHOUT_IT = "this run goes without it"  # what a run that cannot open it does

    def __init__(self, path: Path, *, notice: Callable[[str], None] = lambda text: None):
        self.path = path
        self.notice = notice
        self._connection: sqlite3.Connection | None = None
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        try:
            self._connection = self._open()
        except (sqlite3.DatabaseError, OSError) as error:
            if isinstance(error, sqlite3.DatabaseError) and self.path.is_file() and self._set_aside():
                try:
                    self._connection = self._open()
                    return self._connection
                except (sqlite3.DatabaseError, OSError) as again:
                    error = again
            self._broken = True
            self.notice(f"{self.DESCRIPTION} {self.path} cannot be used ({error}); {self.WITHOUT_IT}")
        return self._connection

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            connection.execute("PRAGMA journal_mode = WAL")
            for pragma in self.PRAGMAS:
                connection.execute(f"PRAGMA {pragma}")
            connection.executescript(self.SCHEMA)
        except BaseException:
            connection.close()
            raise
        return connection

    def _set_aside(self) -> bool:
        """Move a damaged file out of the way (kept for inspection) so a fresh one can start."""
        damaged = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        try:
            os.replace(self.path, damaged)
        except OSError:
            return False
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.notice(f"{self.DESCRIPTION} {self.path} was damaged; it was moved to {damaged.name} and a new one started")
        return True

    def _failed(self, error: sqlite3.Error) -> None:
        if not self._broken:
            self.notice(f"{self.DESCRIPTION} {self.path} failed ({error}); this run goes on without it")
        self._broken = True
        self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
