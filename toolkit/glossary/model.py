"""The glossary: one editor-approved rendering of every proper name, per language.

Glossaries are YAML files that editors maintain by hand (schema in
``glossaries/README.md``). Loading never stops at the first mistake: every
problem becomes a :class:`Finding` with file, line, column, entry, what is
wrong and how to fix it, and the entry at fault is left out. ``toolkit
glossary check`` lists them all; a translation run refuses to start while any
finding is an error.

Several sources merge by precedence: sources are given in order (e.g. the
newsroom's folder, then a desk's override file) and a later source overrides
an earlier one entry by entry, language block by language block. Inside one
source (one file, or the files of one folder), an id defined twice is a
conflict.

Parsing YAML is slow for newsroom-size files (100,000 entries take about half
a minute), so each file's parsed entries are cached by content hash, as
builtins in ``marshal`` form (fast to load, no code execution); an unchanged
file loads from the cache in a fraction of that.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import UserError
from ..grammar import grammar_for
from ..languages import TARGET_LANGUAGES
from ..yamlfile import LocatedDict, LocatedList, load_yaml, read_text

ENTRY_TYPES = ("person", "place", "organisation", "event", "title", "nickname", "award", "term")
ENTRY_KEYS = ("id", "type", "en", "note", *TARGET_LANGUAGES)
LANGUAGE_KEYS = ("name", "short", "pronounced", "indeclinable", "forbidden", "note")
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")
_CACHE_FORMAT = 6  # bump when Entry or Finding change shape
MAX_NAME_LENGTH = 300  # characters in one spelling, rendering or form: a name, not a paragraph
MAX_NOTE_LENGTH = 5000


def _shorten(value: object, limit: int = 60) -> str:
    """A value as an error message may quote it: repr, cut to ``limit`` characters."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 5] + " ...'"


@dataclass(frozen=True)
class Location:
    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Finding:
    """One problem in a glossary, located for the editor who must fix it."""

    location: Location
    entry_id: str | None
    message: str
    fix: str | None = None
    severity: str = "error"  # "error" stops translation; "warning" is advice
    rule: str = "schema"

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity}: " + (f"{self.entry_id}: " if self.entry_id else "") + self.message
        return text + (f"\n  fix: {self.fix}" if self.fix else "")

    def as_dict(self) -> dict:
        return {
            "path": str(self.location.path), "line": self.location.line, "column": self.location.column,
            "entry": self.entry_id, "severity": self.severity, "rule": self.rule,
            "message": self.message, "fix": self.fix,
        }

    def as_user_error(self) -> UserError:
        prefix = f"{self.entry_id}: " if self.entry_id else ""
        return UserError(prefix + self.message, path=self.location.path, line=self.location.line,
                         column=self.location.column, fix=self.fix)


@dataclass(frozen=True)
class Rendering:
    """How one entry is written in one language."""

    language: str
    full: Mapping[str, str]  # form name -> text; always has "nom"
    short: Mapping[str, str] | None = None
    pronounced: str | None = None
    indeclinable: bool = False
    forbidden: tuple[str, ...] = ()

    def forms(self, short: bool) -> Mapping[str, str]:
        return self.short if short and self.short else self.full

    def texts(self) -> list[tuple[str, str]]:
        """Every written text of this rendering, as (field path, text)."""
        found = [(f"name.{k}" if len(self.full) > 1 else "name", v) for k, v in self.full.items()]
        if self.short:
            found += [(f"short.{k}" if len(self.short) > 1 else "short", v) for k, v in self.short.items()]
        found += [(f"forbidden.{i}", v) for i, v in enumerate(self.forbidden)]
        if self.pronounced:
            found.append(("pronounced", self.pronounced))
        return found


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name: str  # canonical English
    short: str | None
    variants: tuple[str, ...]
    note: str
    renderings: Mapping[str, Rendering]
    location: Location
    # (line, column) of each field, by dotted path: "en.name", "en.variants.2", "ru.name.gen", "ar.short";
    # (line, column, path) for a field an override inherited from an earlier file
    field_positions: Mapping[str, tuple] = field(default_factory=dict, compare=False)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every English spelling that refers to this entry, canonical first."""
        names = [self.name] + ([self.short] if self.short else []) + list(self.variants)
        return tuple(dict.fromkeys(names))

    def where(self, path: str) -> Location:
        """The location of a field, or of its nearest located parent."""
        while path:
            if path in self.field_positions:
                line, column, *other_file = self.field_positions[path]
                return Location(other_file[0] if other_file else self.location.path, line, column)
            path = path.rpartition(".")[0]
        return self.location


@dataclass
class Glossary:
    entries: dict[str, Entry] = field(default_factory=dict)
    paths: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    overrides: list[tuple[Entry, Entry]] = field(default_factory=list)  # (earlier, later)
    # per-entry lint findings computed when the file was parsed (cached with it); an
    # overridden entry has none here, so lint checks the merged entry afresh
    entry_findings: dict[str, list[Finding]] = field(default_factory=dict)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


class _Invalid(Exception):
    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


class _EntryReader:
    """Reads one YAML entry into an :class:`Entry`, recording where each field stands."""

    def __init__(self, item: LocatedDict, path: Path, position: tuple[int, int] = (1, 1)):
        self.item, self.path, self.position = item, path, position
        self.entry_id: str | None = None
        self.positions: dict[str, tuple[int, int]] = {}

    def fail(self, message: str, where: Location, fix: str | None = None) -> _Invalid:
        return _Invalid(Finding(where, self.entry_id, message, fix))

    def key_at(self, mapping: LocatedDict, key: str, dotted: str) -> Location:
        line, column = mapping.value_position(key)
        self.positions[dotted] = (line, column)
        return Location(self.path, line, column)

    def text(self, value: object, what: str, where: Location) -> str:
        if not isinstance(value, str) or not value.strip():
            shown = "nothing" if value is None else _shorten(value)
            raise self.fail(f"{what} must be non-empty text, not {shown}", where,
                            fix=f"write {what} as text (quote it if it looks like a number or true/false)")
        if len(value) > MAX_NAME_LENGTH:
            raise self.fail(f"{what} is {len(value):,} characters long, more than the {MAX_NAME_LENGTH} a name "
                            f"may have", where, fix="check for a missing line break or closing quote; "
                                                    "put longer explanations in note:")
        return unicodedata.normalize("NFC", value)

    def forms(self, value: object, language: str, key: str, where: Location, indeclinable: bool) -> dict[str, str]:
        grammar = grammar_for(language)
        what = f"{language}.{key}"
        requires_all = getattr(grammar, "REQUIRES_ALL_FORMS", False)
        if isinstance(value, str):
            if requires_all and not indeclinable:
                cases = ", ".join(["nom", *sorted(grammar.STORED_FORMS)])
                raise self.fail(
                    f"{what} is plain text, but Russian names need their case forms", where,
                    fix=f"write {key} as a mapping of {cases} (toolkit glossary forms {self.entry_id} "
                        f"proposes them), or add 'indeclinable: true' if it never changes")
            return {"nom": self.text(value, what, where)}
        if not isinstance(value, LocatedDict):
            raise self.fail(f"{what} must be text or a mapping of forms", where)
        allowed = {"nom"} | set(grammar.STORED_FORMS)
        forms: dict[str, str] = {}
        for form, text in value.items():
            form_where = self.key_at(value, form, f"{language}.{key}.{form}")
            if form not in allowed:
                raise self.fail(f"{what} has unknown form {form!r}", form_where,
                                fix=f"use one of: {', '.join(sorted(allowed))}")
            forms[form] = self.text(text, f"{what}.{form}", form_where)
        if "nom" not in forms:
            raise self.fail(f"{what} has no 'nom' (the dictionary form)", where, fix="add nom: ...")
        if requires_all:
            missing = [form for form in ("nom", "gen", "dat", "acc", "ins", "prep") if form not in forms]
            if missing:
                raise self.fail(f"{what} lacks the forms {', '.join(missing)}", where,
                                fix="write every case form, or make it indeclinable")
        return forms

    def rendering(self, block: object, language: str, where: Location) -> Rendering:
        if isinstance(block, str):
            return Rendering(language, self.forms(block, language, "name", where, indeclinable=False))
        if not isinstance(block, LocatedDict):
            raise self.fail(f"'{language}' must be a mapping with at least 'name'", where,
                            fix=f"write {language}: {{name: ...}}")
        for key in block:
            if key not in LANGUAGE_KEYS:
                line, column = block.position_of(key)
                raise self.fail(f"unknown key {key!r} under {language}", Location(self.path, line, column),
                                fix=f"use one of: {', '.join(LANGUAGE_KEYS)}")
        if "name" not in block:
            raise self.fail(f"'{language}' has no name", where, fix=f"add name: ... under {language}")
        indeclinable = block.get("indeclinable", False)
        if not isinstance(indeclinable, bool):
            raise self.fail(f"{language}.indeclinable must be true or false",
                            self.key_at(block, "indeclinable", f"{language}.indeclinable"))
        full = self.forms(block["name"], language, "name", self.key_at(block, "name", f"{language}.name"),
                          indeclinable)
        short = None
        if "short" in block:
            short = self.forms(block["short"], language, "short",
                               self.key_at(block, "short", f"{language}.short"), indeclinable)
        pronounced = None
        if "pronounced" in block:
            pronounced = self.text(block["pronounced"], f"{language}.pronounced",
                                   self.key_at(block, "pronounced", f"{language}.pronounced"))
        forbidden = block.get("forbidden", [])
        forbidden_where = self.key_at(block, "forbidden", f"{language}.forbidden") if "forbidden" in block else where
        if isinstance(forbidden, str):
            forbidden = [forbidden]
        if not isinstance(forbidden, list):
            raise self.fail(f"{language}.forbidden must be a list", forbidden_where,
                            fix="write forbidden: [Spelling, Other spelling]")
        return Rendering(
            language=language,
            full=full,
            short=short,
            pronounced=pronounced,
            indeclinable=indeclinable,
            forbidden=tuple(self.text(f, f"{language}.forbidden", self.item_at(forbidden, i, f"{language}.forbidden.{i}", forbidden_where))
                            for i, f in enumerate(forbidden)),
        )

    def item_at(self, sequence: list, index: int, dotted: str, fallback: Location) -> Location:
        if isinstance(sequence, LocatedList) and index < len(sequence.item_positions):
            self.positions[dotted] = sequence.item_positions[index]
            return Location(self.path, *sequence.item_positions[index])
        return fallback

    def read(self) -> Entry:
        item, path = self.item, self.path
        if not isinstance(item, LocatedDict):
            shown = "nothing" if item is None else "a list" if isinstance(item, list) else _shorten(item)
            raise self.fail(f"each glossary entry must be a mapping starting with 'id:', not {shown}",
                            Location(path, *self.position),
                            fix="start each entry with '- id:' and put its keys on the lines below, indented "
                                "(see glossaries/README.md)")
        where = Location(path, item.line, item.column)
        entry_id = item.get("id")
        if not isinstance(entry_id, str) or not entry_id or not set(entry_id) <= _ID_CHARS:
            raise self.fail(f"entry id {entry_id!r} must be lowercase letters, digits and hyphens",
                            self.key_at(item, "id", "id") if "id" in item else where, fix="e.g. id: erdogan")
        self.entry_id = entry_id
        for key in item:
            if key not in ENTRY_KEYS:
                line, column = item.position_of(key)
                raise self.fail(f"unknown key {key!r}", Location(path, line, column),
                                fix=f"entries take {', '.join(ENTRY_KEYS)}")
        entry_type = item.get("type")
        if entry_type not in ENTRY_TYPES:
            raise self.fail(f"type {entry_type!r} is not one of {', '.join(ENTRY_TYPES)}",
                            self.key_at(item, "type", "type") if "type" in item else where,
                            fix="set type: to one of those")
        english = item.get("en")
        if not isinstance(english, LocatedDict) or "name" not in english:
            raise self.fail("needs 'en:' with 'name:' (the canonical English spelling)",
                            self.key_at(item, "en", "en") if "en" in item else where,
                            fix="add en: {name: ...}")
        name = self.text(english["name"], "en.name", self.key_at(english, "name", "en.name"))
        short = None
        if "short" in english:
            short = self.text(english["short"], "en.short", self.key_at(english, "short", "en.short"))
        variants = english.get("variants") or []
        variants_where = self.key_at(english, "variants", "en.variants") if "variants" in english else where
        if not isinstance(variants, list):
            raise self.fail("en.variants must be a list", variants_where,
                            fix="write variants: [Spelling One, Spelling Two]")
        variants = tuple(self.text(v, "en.variants", self.item_at(variants, i, f"en.variants.{i}", variants_where))
                         for i, v in enumerate(variants))
        renderings = {}
        for language in TARGET_LANGUAGES:
            if language in item:
                renderings[language] = self.rendering(item[language], language,
                                                      self.key_at(item, language, language))
        note = item.get("note")
        if note is None:
            note = ""
        elif isinstance(note, (list, dict)):
            raise self.fail("note must be text, not a list or mapping", self.key_at(item, "note", "note"),
                            fix="write the note as one line of text (quote it if it has a colon)")
        elif len(str(note)) > MAX_NOTE_LENGTH:
            raise self.fail(f"note is {len(str(note)):,} characters long, more than {MAX_NOTE_LENGTH:,}",
                            self.key_at(item, "note", "note"), fix="shorten the note; keep research elsewhere")
        return Entry(entry_id, entry_type, name, short, variants, str(note), renderings, where,
                     dict(self.positions))


def glossary_files(paths: Iterable[Path]) -> list[list[Path]]:
    """Group sources by precedence: a folder's ``*.yaml`` files form one source."""
    sources: list[list[Path]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not found:
                raise UserError("no glossary files (*.yaml) in this folder", path=path)
            sources.append(found)
        elif path.exists() or path.is_symlink():  # a looping link is reported when it is read
            sources.append([path])
        else:
            raise UserError("glossary not found", path=path,
                            fix="pass --glossary PATH (a .yaml file or a folder of them)")
    return sources


def _cache_dir() -> Path:
    base = os.environ.get("TOOLKIT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "toolkit")
    return Path(base) / "glossary"


def _to_plain(entries: list[Entry], findings: list[Finding], entry_findings: dict[str, list[Finding]]) -> tuple:
    """Entries and findings as builtins only, for the marshal cache (fast to load)."""
    def rendering(r: Rendering) -> tuple:
        return (r.language, dict(r.full), dict(r.short) if r.short else None, r.pronounced, r.indeclinable,
                r.forbidden)

    return (
        [(e.id, e.type, e.name, e.short, e.variants, e.note, tuple(rendering(r) for r in e.renderings.values()),
          e.location.line, e.location.column, dict(e.field_positions)) for e in entries],
        [_finding_plain(f) for f in findings],
        {entry_id: [_finding_plain(f) for f in found] for entry_id, found in entry_findings.items()},
    )


def _finding_plain(finding: Finding) -> tuple:
    return (finding.location.line, finding.location.column, finding.entry_id, finding.message, finding.fix,
            finding.severity, finding.rule)


def _from_plain(data: tuple, path: Path) -> tuple[list[Entry], list[Finding], dict[str, list[Finding]]]:
    entries_data, findings_data, entry_findings_data = data
    entries = [
        Entry(entry_id, entry_type, name, short, variants, note,
              {r[0]: Rendering(*r) for r in renderings}, Location(path, line, column), positions)
        for entry_id, entry_type, name, short, variants, note, renderings, line, column, positions in entries_data
    ]
    findings = [Finding(Location(path, line, column), *rest) for line, column, *rest in findings_data]
    entry_findings = {entry_id: [Finding(Location(path, line, column), *rest) for line, column, *rest in found]
                      for entry_id, found in entry_findings_data.items()}
    return entries, findings, entry_findings


def parse_file(path: Path, use_cache: bool = True) -> tuple[list[Entry], list[Finding], dict[str, list[Finding]]]:
    """Parse one glossary file: entries, schema findings, and each entry's lint findings (cached by content).

    The garbage collector is paused meanwhile: building millions of small
    objects that all stay alive otherwise triggers collection after
    collection, which made large files several times slower to load.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse_file(path, use_cache)
    finally:
        if collecting:
            gc.enable()


def _parse_file(path: Path, use_cache: bool) -> tuple[list[Entry], list[Finding], dict[str, list[Finding]]]:
    from .lint import lint_entry

    from .. import __version__

    text = read_text(path)
    digest = hashlib.blake2b(f"{_CACHE_FORMAT}|{__version__}|".encode() + text.encode(),
                             digest_size=16).hexdigest()
    cache = _cache_dir() / f"{digest}.marshal"
    if use_cache and cache.exists():
        try:
            return _from_plain(marshal.loads(cache.read_bytes()), path)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # a stale or damaged cache is rebuilt below
    entries, findings = _parse_text(path, text)
    entry_findings = {entry.id: lint_entry(entry) for entry in entries}
    if use_cache:
        try:
            from ..files import write_atomic

            write_atomic(cache, marshal.dumps(_to_plain(entries, findings, entry_findings)))
            _prune_cache(cache.parent)
        except (UserError, ValueError):
            pass  # no writable cache: slower next time, never wrong
    return entries, findings, entry_findings


CACHE_FILES_KEPT = 64


def _prune_cache(folder: Path) -> None:
    """Every edit of a glossary adds a cache file; keep only the most recently written ones."""
    try:
        files = sorted(folder.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[CACHE_FILES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another run pruned first: nothing to do


def _parse_text(path: Path, text: str) -> tuple[list[Entry], list[Finding]]:
    try:
        data = load_yaml(path, text)
    except UserError as error:
        location = Location(path, error.line or 1, error.column or 1)
        return [], [Finding(location, None, error.message, error.fix, rule="yaml")]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Finding(Location(path, 1), None, "a glossary file is a list of entries ('- id: ...')",
                            "start each entry with '- id:' at the left margin")]
    entries, findings = [], []
    positions = getattr(data, "item_positions", [])
    for index, item in enumerate(data):
        position = positions[index] if index < len(positions) else (1, 1)
        try:
            entries.append(_EntryReader(item, path, position).read())
        except _Invalid as invalid:
            findings.append(invalid.finding)
    return entries, findings


def load_glossary(paths: Iterable[Path | str], use_cache: bool = True) -> Glossary:
    """Load and merge glossary sources; problems are collected in ``glossary.findings``."""
    glossary = Glossary()
    for source in glossary_files(Path(p) for p in paths):
        seen_in_source: dict[str, Entry] = {}
        for path in source:
            entries, findings, entry_findings = parse_file(path, use_cache)
            glossary.findings.extend(findings)
            if not entries and not findings:  # a file someone emptied: its entries are gone from every run
                glossary.findings.append(Finding(
                    Location(path, 1), None, "the file holds no entries (it is empty or only comments)",
                    "restore its entries, or delete the file if they are no longer needed; translations that "
                    "name its entries cannot be published", severity="warning", rule="empty-file"))
            glossary.paths.append(path)
            for entry in entries:
                if entry.id in seen_in_source:
                    first = seen_in_source[entry.id].location
                    glossary.findings.append(Finding(
                        entry.location, entry.id, f"duplicate id {entry.id!r} (first defined at {first})",
                        "rename one of them or merge the two entries", rule="duplicate-id"))
                    continue
                seen_in_source[entry.id] = entry
                earlier = glossary.entries.get(entry.id)
                if earlier is not None:
                    glossary.overrides.append((earlier, entry))
                    entry = _override(earlier, entry)
                    glossary.entry_findings.pop(entry.id, None)
                else:
                    glossary.entry_findings[entry.id] = entry_findings.get(entry.id, [])
                glossary.entries[entry.id] = entry
    return glossary


def _override(earlier: Entry, later: Entry) -> Entry:
    """A later source's entry replaces the earlier one's fields and language blocks it states."""
    renderings = {**earlier.renderings, **later.renderings}
    # fields the later entry does not restate keep pointing into the earlier file
    positions: dict = {field: (*position[:2], earlier.where(field).path)
                       for field, position in earlier.field_positions.items()
                       if field.split(".")[0] not in later.renderings}
    positions.update(later.field_positions)
    return replace(later, renderings=renderings, field_positions=positions,
                   note=later.note or earlier.note,
                   variants=tuple(dict.fromkeys(earlier.variants + later.variants)))


def load_checked_glossary(paths: Iterable[Path | str], languages: Iterable[str] = TARGET_LANGUAGES) -> Glossary:
    """Load and lint a glossary for a translation run: any error stops the run here."""
    from .lint import lint

    glossary = load_glossary(paths)
    errors = [f for f in glossary.findings + lint(glossary, languages) if f.severity == "error"]
    if errors:
        first = errors[0].as_user_error()
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise UserError(first.message + more, path=first.path, line=first.line, column=first.column,
                        fix=(first.fix + "; " if first.fix else "") + "run `toolkit glossary check` to list every problem")
    return glossary
