"""A disk cache of raw machine translations, so a re-run never translates a sentence twice.

:class:`CachedEngine` wraps any raw engine (the ``RawEngine`` protocol of
:mod:`toolkit.translate.machine`: ``translate_raw(sources, language)`` and
``reference(language)``) and answers from :class:`TranslationCache` what it
has seen before. It sits *under* the name placement, so the plain requests
and the placeholder-masked retries are cached alike, and a glossary fix
(which changes only how slots are rendered) re-renders every edition with no
engine call at all.

Entries are keyed by (model and version, language, source text). The model
part is the package's name and version plus a fingerprint of its files, so a
reinstalled or replaced model (a test copy model swapped for a real one of
the same version) never reuses the old model's output.

The store is one SQLite file (standard library) in the user's cache folder:
``$TOOLKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/toolkit``, else
``~/.cache/toolkit``, as ``translations.sqlite3``. It is safe for several
runs at once (write-ahead log, a busy timeout), and a cache that cannot be
opened or is damaged only makes a run slower, never wrong: the run goes on
without it and says so. Entries unused for :data:`KEEP_DAYS` days are removed
at the end of a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import field
from pathlib import Path

from ..files import cache_folder, load_json, read_json
from ..patterns import LazyPattern
from ..problems import Problem
from ..records import dataclass
from .machine import RawEngine, RawTranslation
from .sqlite_store import SqliteStore

CACHE_FILE = "translations.sqlite3"
KEEP_DAYS = 90
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key BLOB PRIMARY KEY,          -- blake2b(model, language, source)
    model TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    problems TEXT NOT NULL,        -- JSON: the engine's own findings (a truncated output)
    used INTEGER NOT NULL          -- the day (since 1970) it was last read or written
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS translations_used ON translations (used);
CREATE TABLE IF NOT EXISTS models (
    model TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    reference TEXT NOT NULL,       -- what the QA report names: package and version
    copy_model INTEGER NOT NULL
);
"""
_LOOKUP_CHUNK = 500  # SQLite's default limit on host parameters is 999 (older builds)


def _today() -> int:
    return int(time.time() // 86400)


def _key(model: str, language: str, source: str) -> bytes:
    return hashlib.blake2b("\0".join((model, language, source)).encode("utf-8"), digest_size=16).digest()


@dataclass(frozen=True)
class ModelInfo:
    model: str
    language: str
    reference: str
    copy_model: bool
    entries: int
    text_bytes: int


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    size: int  # bytes on disk, write-ahead log included
    entries: int
    models: list[ModelInfo]


# what no model writes, and an edition must not carry: control characters other than line ends and tabs, and the
# bidi embeddings and overrides that show the letters after them reordered (a row another program wrote)
_UNWRITTEN = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e]")


class TranslationCache(SqliteStore):
    """Raw translations on disk, keyed by (model, language, source). Every failure degrades to a miss."""

    SCHEMA = _SCHEMA
    PRAGMAS = ("synchronous = NORMAL",)
    DESCRIPTION = "the translation cache"

    def __init__(self, path: Path | str | None = None, *, notice: Callable[[str], None] = lambda text: None):
        super().__init__(Path(path) if path is not None else cache_folder() / CACHE_FILE, notice=notice)

    def get_many(self, model: str, language: str, sources: Sequence[str]) -> dict[str, RawTranslation]:
        """The cached translations among ``sources``."""
        if not sources:
            return {}
        keys = {_key(model, language, source): source for source in sources}

        def look_up(connection: sqlite3.Connection) -> dict[str, RawTranslation]:
            found: dict[str, RawTranslation] = {}
            key_list = list(keys)
            for start in range(0, len(key_list), _LOOKUP_CHUNK):
                chunk = key_list[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, text, problems, used FROM translations WHERE key IN ({marks})", chunk
                ).fetchall()
                today, stale, damaged = _today(), [], []
                for key, text, problems, used in rows:
                    found_problems = _problems_from_json(problems)
                    if not isinstance(text, str) or found_problems is None or _UNWRITTEN.search(text):
                        damaged.append(key)  # another program's row, or a damaged one: translated again
                        continue
                    found[keys[bytes(key)]] = RawTranslation(text, found_problems)
                    if not isinstance(used, int) or used < today:
                        stale.append(key)
                if damaged:
                    connection.execute(
                        f"DELETE FROM translations WHERE key IN ({','.join('?' * len(damaged))})", damaged
                    )
                if stale:
                    connection.execute(
                        f"UPDATE translations SET used = ? WHERE key IN ({','.join('?' * len(stale))})", [today, *stale]
                    )
            return found

        return self._run(look_up, {})

    def put_many(self, model: str, language: str, translations: Sequence[tuple[str, RawTranslation]]) -> None:
        if not translations:
            return
        today = _today()
        rows = [
            (_key(model, language, source), model, language, output.text, _problems_to_json(output.problems), today)
            for source, output in translations
        ]

        def store(connection: sqlite3.Connection) -> None:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)

        self._run(store, None)

    def model_reference(self, model: str) -> tuple[str, bool] | None:
        """(reference, copy model) recorded for a model identity, or None."""

        def look_up(connection: sqlite3.Connection) -> tuple[str, bool] | None:
            row = connection.execute("SELECT reference, copy_model FROM models WHERE model = ?", (model,)).fetchone()
            return (row[0], bool(row[1])) if row and isinstance(row[0], str) else None

        return self._run(look_up, None)

    def remember_model(self, model: str, language: str, reference: str, copy_model: bool) -> None:
        def store(connection: sqlite3.Connection) -> None:
            connection.execute(
                "INSERT OR REPLACE INTO models VALUES (?, ?, ?, ?)", (model, language, reference, int(copy_model))
            )

        self._run(store, None)

    def prune(self, keep_days: int = KEEP_DAYS) -> int:
        """Remove entries unused for ``keep_days`` days; how many went."""

        def remove_unused(connection: sqlite3.Connection) -> int:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                removed = connection.execute(
                    "DELETE FROM translations WHERE used < ?", (_today() - keep_days,)
                ).rowcount
                connection.execute("DELETE FROM models WHERE model NOT IN (SELECT DISTINCT model FROM translations)")
            return removed

        return self._run(remove_unused, 0)

    def clear(self) -> int:
        """Remove every entry (safe while another run uses the cache); how many went."""

        def remove_all(connection: sqlite3.Connection) -> int:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                removed = connection.execute("DELETE FROM translations").rowcount
                connection.execute("DELETE FROM models")
            connection.execute("VACUUM")
            return removed

        return self._run(remove_all, 0)

    def info(self) -> CacheInfo:
        size = sum(
            Path(f"{self.path}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{self.path}{suffix}").is_file()
        )
        if not self.path.is_file():
            return CacheInfo(self.path, size, 0, [])

        def count(connection: sqlite3.Connection) -> list[tuple]:
            return connection.execute(
                "SELECT t.model, t.language, COALESCE(m.reference, t.model), COALESCE(m.copy_model, 0), "
                "COUNT(*), SUM(LENGTH(CAST(t.text AS BLOB))) FROM translations t "
                "LEFT JOIN models m ON m.model = t.model GROUP BY t.model, t.language "
                "ORDER BY t.language, t.model"
            ).fetchall()

        nothing: list[tuple] = []
        rows = self._run(count, nothing)
        models = [
            ModelInfo(model, language, reference, bool(copy), count, text_bytes or 0)
            for model, language, reference, copy, count, text_bytes in rows
        ]
        return CacheInfo(self.path, size, sum(m.entries for m in models), models)


def _problems_to_json(problems: Sequence[Problem]) -> str:
    return json.dumps([[p.severity, p.code, p.message] for p in problems], ensure_ascii=False)


def _problems_from_json(text: object) -> tuple[Problem, ...] | None:
    """The engine's findings as stored, or None when the row holds something else (the row is then not used)."""
    try:
        stored = load_json(text) if isinstance(text, str) else None
    except ValueError:
        return None
    if not isinstance(stored, list) or not all(
        isinstance(item, list) and len(item) == 3 and all(isinstance(part, str) for part in item) for item in stored
    ):
        return None
    return tuple(Problem(severity, code, message) for severity, code, message in stored)


@dataclass
class EngineCounts:
    """What the raw engine underneath was asked for, and what the cache answered."""

    calls: int = 0  # translate_raw calls that reached the engine
    segments: int = 0  # sentences the engine translated
    cache_hits: int = 0  # sentences answered from the cache
    by_language: dict[str, int] = field(default_factory=dict)  # sentences the engine translated, per language

    def as_dict(self) -> dict:
        return {
            "calls": self.calls,
            "segments": self.segments,
            "cache_hits": self.cache_hits,
            "by_language": dict(self.by_language),
        }

    def add(self, counts: dict) -> None:
        """Add counts in :meth:`as_dict` form (a worker process's, for one article)."""
        self.calls += counts.get("calls", 0)
        self.segments += counts.get("segments", 0)
        self.cache_hits += counts.get("cache_hits", 0)
        for code, number in counts.get("by_language", {}).items():
            self.by_language[code] = self.by_language.get(code, 0) + number


class CachedEngine:
    """A raw engine behind the translation cache: only what the cache lacks reaches the engine."""

    def __init__(self, raw: RawEngine, cache: TranslationCache | None = None):
        self.raw = raw
        self.name = raw.name
        self.cache = cache
        self.counts = EngineCounts()
        self._identities: dict[str, str | None] = {}
        self._copy_models: dict[str, bool] = {}

    def model_identity(self, language: str) -> str | None:
        """The model for ``language``, as the cache keys it; None when no model is installed.

        For an installed Argos package (an engine with ``package(language)``):
        its folder name, version and a fingerprint of its files, read without
        loading the model, and the decoding settings that change its output
        (``ArgosEngine.decoding``: compute type, "auto" with the CPU it resolves on,
        beam size). For any other engine: its name and reference.
        """
        if language not in self._identities:
            package_of = getattr(self.raw, "package", None)
            if package_of is None:
                self._identities[language] = f"{self.raw.name}: {self.raw.reference(language)}"
            else:
                package = package_of(language)
                identity = None if package is None else package_identity(Path(package))
                decoding = getattr(self.raw, "decoding", None)
                settings = decoding() if decoding is not None and identity is not None else ""
                self._identities[language] = f"{identity} [{settings}]" if settings else identity
        return self._identities[language]

    def has_model(self, language: str) -> bool:
        """Whether a model for ``language`` is installed; an installed Argos package is checked without
        loading it (``ArgosEngine.check``: a broken one raises its error)."""
        check = getattr(self.raw, "check", None)
        if check is not None:
            return check(language) is not None
        return self.model_identity(language) is not None

    def is_copy_model(self, language: str) -> bool:
        """Whether the installed model for ``language`` is a test copy model (it copies, never translates)."""
        if language not in self._copy_models:
            package_of = getattr(self.raw, "package", None)
            package = package_of(language) if package_of is not None else None
            self._copy_models[language] = package is not None and bool(
                _metadata(Path(package)).get("toolkit_copy_model", False)
            )
        return self._copy_models[language]

    def reference(self, language: str) -> str:
        """What produced the translations, for the QA report: read from the cache when it knows the model."""
        identity = self.model_identity(language)
        if identity is not None and self.cache is not None:
            known = self.cache.model_reference(identity)
            if known is not None:
                return known[0]
        reference = self.raw.reference(language)
        if identity is not None and self.cache is not None:
            self.cache.remember_model(identity, language, reference, self.is_copy_model(language))
        return reference

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        identity = self.model_identity(language)
        if identity is None:
            return None
        unique = list(dict.fromkeys(sources))
        found = self.cache.get_many(identity, language, unique) if self.cache is not None else {}
        missing = [source for source in unique if source not in found]
        self.counts.cache_hits += len(unique) - len(missing)
        if missing:
            outputs = self.raw.translate_raw(missing, language)
            if outputs is None:
                return None
            outputs = [  # what a model may not write, an edition may not carry: kept out of the cache too
                RawTranslation(_UNWRITTEN.sub("", output.text), output.problems)
                if _UNWRITTEN.search(output.text)
                else output
                for output in outputs
            ]
            self.counts.calls += 1
            self.counts.segments += len(missing)
            self.counts.by_language[language] = self.counts.by_language.get(language, 0) + len(missing)
            found.update(zip(missing, outputs))
            if self.cache is not None:
                self.cache.put_many(identity, language, list(zip(missing, outputs)))
        return [found[source] for source in sources]


def _metadata(package: Path) -> dict:
    try:
        data = read_json(package / "metadata.json")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def package_identity(package: Path) -> str:
    """An installed package as a cache key: name, version, and a fingerprint of its files (no model load)."""
    metadata = _metadata(package)
    digest = hashlib.blake2b(digest_size=8)
    with contextlib.suppress(OSError):  # a package without metadata is told apart by its files
        digest.update((package / "metadata.json").read_bytes())
    for part in ("model/model.bin", "sentencepiece.model"):
        try:
            stat = (package / part).stat()
            digest.update(f"{part}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{part}:missing".encode())
    return f"{package.name} {metadata.get('package_version', '')} #{digest.hexdigest()}"
