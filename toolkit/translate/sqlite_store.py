"""An SQLite file the toolkit keeps beside its work (the translation cache, the provisional names).

Both are conveniences, never the source of truth: every failure degrades to
"nothing known" with one notice, a damaged file is moved aside (kept for
inspection) and a fresh one started, and several runs may share the file
(write-ahead log, a generous busy timeout). Another run holding the file for
a moment is contention, not damage: the operation is retried, and if the file
stays busy only that operation goes without the store.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

BUSY_TIMEOUT_SECONDS = 30.0
# SQLite answers some contention at once, without waiting out the busy timeout
# (a reader whose snapshot went stale, a wal-index being rebuilt): retry after these pauses.
RETRY_PAUSES_SECONDS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0)
_CONTENTION = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_PROTOCOL")
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

Result = TypeVar("Result")


def is_contention(error: sqlite3.Error) -> bool:
    """True when another connection holds the file: worth waiting for, never a reason to give it up."""
    name = getattr(error, "sqlite_errorname", None)  # Python 3.11+
    if name:
        return str(name).startswith(_CONTENTION)
    text = str(error).lower()
    return "locked" in text or "busy" in text


class ForeignSchema(sqlite3.DatabaseError):
    """The file is a database, but its tables are not the ones this toolkit writes (another program's, another
    version's): a reason to move it aside, like damage, rather than to go without it on every run."""


def is_damage(error: sqlite3.Error) -> bool:
    """True when the file itself is not a usable database (the only reason to move it aside)."""
    if isinstance(error, ForeignSchema):
        return True
    name = getattr(error, "sqlite_errorname", None)
    if name:
        return str(name).startswith(_DAMAGE)
    text = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text)


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
            self._connection = self._open_waiting()
        except (sqlite3.DatabaseError, OSError) as error:
            if isinstance(error, sqlite3.DatabaseError) and is_damage(error) and self._set_aside(error):
                try:
                    self._connection = self._open_waiting()
                    return self._connection
                except (sqlite3.DatabaseError, OSError) as again:
                    error = again
            self._broken = True
            self.notice(f"{self.DESCRIPTION} {self.path} cannot be used ({error}); {self.WITHOUT_IT}")
        return self._connection

    def _open_waiting(self) -> sqlite3.Connection:
        """Open the file, waiting out another run that is creating or converting it at the same moment."""
        for pause in RETRY_PAUSES_SECONDS:
            try:
                return self._open()
            except sqlite3.Error as error:
                if not is_contention(error):
                    raise
                time.sleep(pause)
        return self._open()

    def _run(self, operation: Callable[[sqlite3.Connection], Result], otherwise: Result) -> Result:
        """``operation`` on the open file, or ``otherwise`` when there is no usable store.

        Contention is retried; when the file stays busy this one operation goes
        without the store (a miss, a write not kept) and the next one tries again.
        Any other failure closes the store for the rest of the run, with one notice.
        """
        for pause in (*RETRY_PAUSES_SECONDS, None):
            connection = self._connect()
            if connection is None:
                return otherwise
            try:
                return operation(connection)
            except sqlite3.Error as error:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        connection.rollback()
                if not is_contention(error):
                    self._failed(error)
                    return otherwise
                if pause is None:
                    self.notice(f"{self.DESCRIPTION} {self.path} stayed busy ({error}); one step went without it")
                    return otherwise
                time.sleep(pause)
            except ValueError as error:  # a row another program wrote in a shape this one cannot read
                self._failed(sqlite3.DatabaseError(str(error)))
                return otherwise
        return otherwise

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            connection.execute("PRAGMA journal_mode = WAL")
            for pragma in self.PRAGMAS:
                connection.execute(f"PRAGMA {pragma}")
            self._check_columns(connection)
            connection.executescript(self.SCHEMA)
        except BaseException:
            connection.close()
            raise
        return connection

    def _check_columns(self, connection: sqlite3.Connection) -> None:
        """Raise :class:`ForeignSchema` when a table of the schema is there without one of its columns.

        ``CREATE TABLE IF NOT EXISTS`` keeps a table of the same name that
        another program or an older toolkit made; every query would then fail
        on every run. Extra columns are left alone (a newer toolkit's).
        """
        wanted = sqlite3.connect(":memory:")
        try:
            wanted.executescript(self.SCHEMA)
            tables = [name for (name,) in wanted.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                columns = {row[1] for row in wanted.execute(f'PRAGMA table_info("{table}")')}
                found = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
                if found and not columns <= found:  # (a table not there yet is created next)
                    missing = sorted(columns - found)
                    raise ForeignSchema(
                        f"its table {table} lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
                    )
        finally:
            wanted.close()

    def _set_aside(self, reason: sqlite3.Error) -> bool:
        """Move a damaged file out of the way (kept for inspection) so a fresh one can start."""
        damaged = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        try:
            os.replace(self.path, damaged)
        except OSError:
            return False
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        what = f"is not the toolkit's ({reason})" if isinstance(reason, ForeignSchema) else "was damaged"
        self.notice(f"{self.DESCRIPTION} {self.path} {what}; it was moved to {damaged.name} and a new one started")
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
