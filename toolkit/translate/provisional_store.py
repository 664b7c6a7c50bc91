"""Provisional renderings kept from run to run, beside the translation cache.

A name no glossary entry covers gets one provisional rendering per language
in a run (:mod:`toolkit.translate.provisional`). So that an editor does not
see it change spelling between one day's run and the next, each choice is
kept in ``provisional-names.sqlite3`` in the translation cache's folder
(``$TOOLKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/toolkit``, else
``~/.cache/toolkit``), one row per English spelling of the name and language,
and the next run reuses it. ``toolkit glossary suggest`` reads the same rows
to pre-fill its stubs. Once the name is in the glossary its rows are no longer
read; rows unused for :data:`KEEP_DAYS` days are removed.

Like the translation cache, the store is safe for several runs at once
(write-ahead log, busy timeout), and a store that cannot be opened or is
damaged only costs the reuse: the run goes on without it and says so.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..files import NoHomeFolder, cache_folder, load_json
from ..patterns import LazyPattern
from .provisional import Choice
from .sqlite_store import SqliteStore

STORE_FILE = "provisional-names.sqlite3"
KEEP_DAYS = 180
MAX_TEXT = 300  # a rendering longer than a name can be is never stored or read
_SCHEMA = """
CREATE TABLE IF NOT EXISTS choices (
    spelling TEXT NOT NULL,        -- an English spelling of the name, its words folded ("sergei lavrov")
    language TEXT NOT NULL,
    name TEXT,                     -- the provisional rendering (NULL: only the short form was met)
    short TEXT,
    met TEXT NOT NULL,             -- JSON [[dictionary form, times], ...] in the run that chose it
    chosen INTEGER NOT NULL,       -- the day (since 1970) it was chosen
    used INTEGER NOT NULL,         -- the day it was last used
    PRIMARY KEY (spelling, language)
) WITHOUT ROWID;
"""
_CHUNK = 400


def _today() -> int:
    return int(time.time() // 86400)


class ProvisionalStore(SqliteStore):
    """Choices of earlier runs, by (English spelling, language). Every failure degrades to "nothing known"."""

    SCHEMA = _SCHEMA
    DESCRIPTION = "the store of provisional names"
    WITHOUT_IT = "this run's choices are not kept"

    def __init__(self, path: Path | str | None = None, *, notice: Callable[[str], None] = lambda text: None):
        try:
            found = Path(path) if path is not None else cache_folder() / STORE_FILE
        except NoHomeFolder as error:  # no cache folder to keep it in: nothing known, said once
            super().__init__(Path(STORE_FILE), notice=notice)
            self._broken = True
            notice(f"{self.DESCRIPTION} cannot be used ({error.message}); {self.WITHOUT_IT}")
            return
        super().__init__(found, notice=notice)

    def load(self, spellings: Iterable[str], languages: Iterable[str]) -> dict[tuple[str, str], Choice]:
        """The choices known for these spellings (store keys) in these languages."""
        keys = list(dict.fromkeys(spellings))
        wanted = set(languages)
        if not keys or not wanted:
            return {}

        def look_up(connection: sqlite3.Connection) -> dict[tuple[str, str], Choice]:
            found: dict[tuple[str, str], Choice] = {}
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                rows = connection.execute(
                    f"SELECT spelling, language, name, short, met FROM choices WHERE spelling IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                for spelling, language, name, short, met in rows:
                    choice = _choice(name, short, met)
                    if language in wanted and choice is not None:
                        found[(spelling, language)] = choice
            return found

        return self._run(look_up, {})

    def save(self, choices: Mapping[tuple[str, str], Choice]) -> None:
        """Keep these choices (a choice already kept is only marked used: the earlier day stays)."""
        if not choices:
            return
        today = _today()
        rows = [
            (
                spelling,
                language,
                choice.name,
                choice.short,
                json.dumps([list(m) for m in choice.met], ensure_ascii=False),
                today,
                today,
            )
            for (spelling, language), choice in choices.items()
            if len(choice.name or "") <= MAX_TEXT and len(choice.short or "") <= MAX_TEXT
        ]

        def store(connection: sqlite3.Connection) -> None:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany(
                    "INSERT INTO choices VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (spelling, language) DO UPDATE "
                    "SET name = excluded.name, short = excluded.short, used = excluded.used, "
                    "met = CASE WHEN choices.name IS excluded.name AND choices.short IS excluded.short "
                    "THEN choices.met ELSE excluded.met END, "
                    "chosen = CASE WHEN choices.name IS excluded.name AND choices.short IS excluded.short "
                    "THEN choices.chosen ELSE excluded.chosen END",
                    rows,
                )
                connection.execute("DELETE FROM choices WHERE used < ?", (today - KEEP_DAYS,))

        self._run(store, None)

    def count(self) -> int:
        """How many choices are kept (for ``toolkit cache info``); 0 when there is no store yet."""
        if not self.path.is_file():
            return 0
        return self._run(lambda connection: int(connection.execute("SELECT COUNT(*) FROM choices").fetchone()[0]), 0)

    def clear(self) -> int:
        """Remove every kept choice (safe while another run uses the store); how many went."""
        if not self.path.is_file():
            return 0

        def remove_all(connection: sqlite3.Connection) -> int:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                removed = connection.execute("DELETE FROM choices").rowcount
            connection.execute("VACUUM")
            return removed

        return self._run(remove_all, 0)


# what no name's spelling holds, and an edition must not carry: control characters, and the bidi embeddings and
# overrides that show the letters after them reordered (a row another program wrote)
_UNWRITTEN = LazyPattern("[\x00-\x1f\x7f-\x9f\u202a-\u202e]")


def _choice(name: object, short: object, met: object) -> Choice | None:
    """A stored row as a choice; a row another program damaged (wrong types, huge texts) is ignored."""
    if not (name is None or (isinstance(name, str) and 0 < len(name) <= MAX_TEXT and not _UNWRITTEN.search(name))):
        return None
    if not (short is None or (isinstance(short, str) and 0 < len(short) <= MAX_TEXT and not _UNWRITTEN.search(short))):
        return None
    if name is None and short is None:
        return None
    try:
        counted = tuple((str(text), int(times)) for text, times in load_json(str(met))[:50])
    except (ValueError, TypeError):
        counted = ()
    return Choice(name, short, counted, earlier=True)
