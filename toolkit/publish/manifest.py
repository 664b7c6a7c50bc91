"""``manifest.json``: what an article's folder holds, and the verdict on each of its editions.

Written into every article folder with the article's files, it is what the
index page, ``--json`` summaries and later runs read: per language the
translated title, the gate's status and reasons, QA counts and the files
written; for the article, the fingerprint of everything its output depends
on (so an unchanged article is skipped as up to date); per language, a digest
of each sentence and when the edition last changed, so a re-run can say
what changed (:mod:`toolkit.publish.changes`). A manifest is read as
untrusted input: anything malformed makes it "damaged" (a clear reason, never
a crash), and file names that are not the article's own edition files are
refused.
"""

from __future__ import annotations

import json
from dataclasses import field
from pathlib import Path
from typing import Any

from ..errors import UserError, name_text
from ..files import load_json
from ..jsontext import dumps_indented
from ..languages import TARGET_LANGUAGES
from ..qa.gate import COPY_MODEL, NEEDS_REVIEW, PUBLISHED, PUBLISHED_WITH_ERRORS
from ..records import dataclass
from .changes import is_digest
from .paths import MANIFEST_FILE, REPORT_FILES, language_of

FORMAT = 1
MAX_MEMORY_NAMES = 10_000  # spellings of uncovered names one manifest records (a hostile file is refused)
STATUSES = (PUBLISHED, PUBLISHED_WITH_ERRORS, NEEDS_REVIEW, COPY_MODEL)
MAX_MANIFEST_BYTES = 4 * 1024 * 1024


class DamagedManifest(UserError):
    """A manifest that cannot be read or does not describe its folder."""


@dataclass(frozen=True)
class LanguageEntry:
    code: str
    title: str
    status: str
    errors: int
    warnings: int
    reasons: tuple[str, ...]
    copy_model: str | None
    written: str
    files: tuple[str, ...]  # relative to the article folder
    segments: tuple[str, ...] = ()  # a digest of each sentence (toolkit.publish.changes); empty in older manifests
    changed: str = ""  # when the edition last changed (ISO 8601); empty in older manifests

    @property
    def published(self) -> bool:
        return self.status in (PUBLISHED, PUBLISHED_WITH_ERRORS)

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "status": self.status,
            "errors": self.errors,
            "warnings": self.warnings,
            "reasons": list(self.reasons),
            "copy_model": self.copy_model,
            "written": self.written,
            "changed": self.changed,
            "files": list(self.files),
            "segments": list(self.segments),
        }


@dataclass(frozen=True)
class ReadIn:
    """Where a run found an article's source in a folder it read whole: the folder (by a digest of its resolved
    path, which the published manifest does not spell out) and the source's path inside it. A later run that
    reads the same folder whole tells from it, wherever that run is started from, whether the source is gone."""

    folder: str
    path: str

    def as_dict(self) -> dict:
        return {"folder": self.folder, "path": self.path}


@dataclass(frozen=True)
class Manifest:
    article: str
    source: str
    title: str
    fingerprint: str
    written: str
    generator: str
    languages: dict[str, LanguageEntry] = field(default_factory=dict)
    renamed_from: str | None = None
    # when a run found the article's source gone from the folder it read (deleted or renamed): its editions are
    # no longer current, and the index says so; None while the source is there
    withdrawn: str | None = None
    # where the source lay in a folder its run read whole; None for a source given by name, and in older manifests
    read_in: ReadIn | None = None
    # the translation memory as the run read it: its files' digest, and the digest of what it gave this article
    # (toolkit.batch.fingerprint.memory_used); empty in older manifests
    memory_files: str = ""
    memory_used: str = ""
    # the English spellings of the names no glossary covers its editions place: memory_used holds the memory's
    # translations of every sentence naming them (toolkit.batch.fingerprint.memory_naming)
    memory_names: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        """published when every edition is; else the first edition's reason for holding back."""
        statuses = [entry.status for entry in self.languages.values()]
        for status in (COPY_MODEL, NEEDS_REVIEW, PUBLISHED_WITH_ERRORS):
            if status in statuses:
                return status
        return PUBLISHED

    @property
    def files(self) -> list[str]:
        return [MANIFEST_FILE, *REPORT_FILES] + [f for e in self.languages.values() for f in e.files]

    def as_dict(self) -> dict:
        return (
            {
                "format": FORMAT,
                "generator": self.generator,
                "article": self.article,
                "source": self.source,
                "title": self.title,
                "fingerprint": self.fingerprint,
                "written": self.written,
                "renamed_from": self.renamed_from,
                "languages": {code: entry.as_dict() for code, entry in self.languages.items()},
            }
            | ({"withdrawn": self.withdrawn} if self.withdrawn is not None else {})
            | ({"read_in": self.read_in.as_dict()} if self.read_in is not None else {})
            | (
                {
                    "memory": {"files": self.memory_files, "used": self.memory_used}
                    | ({"names": list(self.memory_names)} if self.memory_names else {})
                }
                if self.memory_used
                else {}
            )
        )

    def to_json(self) -> str:
        return dumps_indented(self.as_dict()) + "\n"


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of an article folder; None when there is none; DamagedManifest when it is unusable."""
    path = folder / MANIFEST_FILE
    if not path.exists() and not path.is_symlink():
        return None
    try:
        if path.is_symlink() or not path.is_file():
            raise ValueError("not a regular file")
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ValueError("larger than any manifest the toolkit writes")
        data = load_json(path.read_text(encoding="utf-8"), MAX_MANIFEST_BYTES)
        return parse_manifest(data, name_text(folder.name))  # as a UTF-8 locale reads it, whatever this one
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError) as error:
        raise DamagedManifest(
            f"damaged manifest ({_describe(error)})",
            path=path,
            fix="run the article again to rewrite its folder, or delete the folder",
        ) from None


def _describe(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON: {error.msg} at line {error.lineno}"
    return str(error) or type(error).__name__


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not a text")
    return value


# Bidi embeddings and overrides: no run writes them in a title or a reason (readers remove them from the
# source); a hand-edited manifest holding one would reverse how the index page shows the rest of the line
_REORDERING = str.maketrans(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e")))


def _shown_text(value: object, what: str) -> str:
    """A text the index page shows (a title, a reason), without bidi embeddings and overrides."""
    return _text(value, what).translate(_REORDERING)


def _optional_text(value: object, what: str) -> str | None:
    return None if value is None else _text(value, what)


def _count(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} is not a count")
    return value


def parse_manifest(data, folder_name: str) -> Manifest:
    """Check a loaded manifest against its folder; ValueError says what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown format {data.get('format')!r}")
    article = _text(data.get("article"), "article")
    if article != folder_name:
        raise ValueError(f"it describes article {article!r}, not {folder_name!r}")
    languages = data.get("languages")
    if not isinstance(languages, dict):
        raise ValueError("languages is not an object")
    entries = {}
    for code, info in languages.items():
        if code not in TARGET_LANGUAGES or not isinstance(info, dict):
            raise ValueError(f"unknown language {code!r}")
        status = info.get("status")
        if status not in STATUSES:
            raise ValueError(f"{code}: unknown status {status!r}")
        files = info.get("files")
        if not isinstance(files, list):
            raise ValueError(f"{code}: files is not a list")
        for name in files:
            if not isinstance(name, str) or language_of(article, name) != code:
                raise ValueError(f"{code}: {name!r} is not one of the article's {code} edition files")
        segments = info.get("segments", [])
        if not isinstance(segments, list) or not all(is_digest(digest) for digest in segments):
            raise ValueError(f"{code}: segments is not a list of sentence digests")
        reasons = info.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise ValueError(f"{code}: reasons is not a list of texts")
        reasons = [_shown_text(reason, f"{code}: reason") for reason in reasons]
        entries[code] = LanguageEntry(
            code,
            _shown_text(info.get("title", ""), f"{code}: title"),
            status,
            _count(info.get("errors"), f"{code}: errors"),
            _count(info.get("warnings"), f"{code}: warnings"),
            tuple(reasons),
            _optional_text(info.get("copy_model"), f"{code}: copy_model"),
            _text(info.get("written", ""), f"{code}: written"),
            tuple(files),
            tuple(segments),
            _text(info.get("changed", ""), f"{code}: changed"),
        )
    return Manifest(
        article=article,
        source=_text(data.get("source", ""), "source"),
        title=_shown_text(data.get("title", ""), "title"),
        fingerprint=_text(data.get("fingerprint", ""), "fingerprint"),
        written=_text(data.get("written", ""), "written"),
        generator=_text(data.get("generator", ""), "generator"),
        languages={code: entries[code] for code in TARGET_LANGUAGES if code in entries},
        renamed_from=_optional_text(data.get("renamed_from"), "renamed_from"),
        withdrawn=_optional_text(data.get("withdrawn"), "withdrawn"),
        read_in=_read_in(data.get("read_in")),
        **_memory(data.get("memory")),
    )


def _memory(value) -> dict[str, Any]:
    """The manifest's ``memory`` record: the memory files' digest and what the memory gave the article."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("memory is not an object")
    return {
        "memory_files": _text(value.get("files", ""), "memory: files"),
        "memory_used": _text(value.get("used", ""), "memory: used"),
        "memory_names": _names(value.get("names", [])),
    }


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_MEMORY_NAMES:
        raise ValueError(f"memory: names is not a list of at most {MAX_MEMORY_NAMES} texts")
    return tuple(_text(name, "memory: names") for name in value)


def _read_in(value) -> ReadIn | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("read_in is not an object")
    path = _text(value.get("path"), "read_in: path")
    if not path or Path(path).is_absolute() or ".." in Path(path).parts:
        raise ValueError("read_in: path leads out of its folder")
    return ReadIn(_text(value.get("folder"), "read_in: folder"), path)
