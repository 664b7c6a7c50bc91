"""The glossary: one editor-approved rendering of every proper name, per language.

Glossaries are YAML files that editors maintain by hand (schema in
``glossaries/README.md``). A folder of them merges into one :class:`Glossary`;
an id defined twice is an error naming both places. Every problem is a
:class:`UserError` with file, line and column.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from .errors import UserError
from .grammar import grammar_for
from .languages import TARGET_LANGUAGES
from .yamlfile import LocatedDict, load_yaml

ENTRY_TYPES = ("person", "place", "organisation", "event", "title", "nickname", "award", "term")
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class Location:
    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


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

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every English spelling that refers to this entry, canonical first."""
        names = [self.name] + ([self.short] if self.short else []) + list(self.variants)
        return tuple(dict.fromkeys(names))


@dataclass
class Glossary:
    entries: dict[str, Entry] = field(default_factory=dict)
    paths: list[Path] = field(default_factory=list)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def _fail(message: str, where: Location, fix: str | None = None) -> UserError:
    return UserError(message, path=where.path, line=where.line, column=where.column, fix=fix)


def _text(value: object, what: str, where: Location) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{what} must be non-empty text", where, fix=f"write {what} as text")
    if value != value.strip():
        raise _fail(f"{what} has leading or trailing spaces: {value!r}", where, fix="remove the spaces")
    return unicodedata.normalize("NFC", value)


def _at(mapping: LocatedDict, key: str, path: Path) -> Location:
    line, column = mapping.position_of(key)
    return Location(path, line, column)


def _forms(value: object, language: str, key: str, entry_id: str, where: Location,
           indeclinable: bool) -> dict[str, str]:
    grammar = grammar_for(language)
    what = f"{entry_id}: {language}.{key}"
    if isinstance(value, str):
        if getattr(grammar, "REQUIRES_ALL_FORMS", False) and not indeclinable:
            cases = ", ".join(["nom", *sorted(grammar.STORED_FORMS)])
            raise _fail(
                f"{what} is plain text, but Russian names need their case forms",
                where,
                fix=f"write {key} as a mapping of {cases}, or add 'indeclinable: true' if it never changes",
            )
        return {"nom": _text(value, what, where)}
    if not isinstance(value, dict):
        raise _fail(f"{what} must be text or a mapping of forms", where)
    forms: dict[str, str] = {}
    allowed = {"nom"} | set(grammar.STORED_FORMS)
    for form, text in value.items():
        form_where = _at(value, form, where.path) if isinstance(value, LocatedDict) else where
        if form not in allowed:
            raise _fail(f"{what} has unknown form {form!r}", form_where,
                        fix=f"use one of: {', '.join(sorted(allowed))}")
        forms[form] = _text(text, f"{what}.{form}", form_where)
    if "nom" not in forms:
        raise _fail(f"{what} has no 'nom' (the dictionary form)", where, fix="add nom: ...")
    if getattr(grammar, "REQUIRES_ALL_FORMS", False):
        missing = sorted(allowed - set(forms))
        if missing:
            raise _fail(f"{what} lacks the forms {', '.join(missing)}", where,
                        fix="write every case form, or make it indeclinable")
    return forms


def _rendering(block: object, language: str, entry_id: str, where: Location) -> Rendering:
    if isinstance(block, str):
        block = LocatedDict(name=block)
        block.key_positions = {}
        block.line, block.column = where.line, where.column
    if not isinstance(block, LocatedDict):
        raise _fail(f"{entry_id}: '{language}' must be a mapping with at least 'name'", where)
    known = {"name", "short", "pronounced", "indeclinable", "forbidden", "note"}
    for key in block:
        if key not in known:
            raise _fail(f"{entry_id}: unknown key {key!r} under {language}", _at(block, key, where.path),
                        fix=f"use one of: {', '.join(sorted(known))}")
    if "name" not in block:
        raise _fail(f"{entry_id}: '{language}' has no name", where, fix=f"add '{language}: {{name: ...}}'")
    indeclinable = block.get("indeclinable", False)
    if not isinstance(indeclinable, bool):
        raise _fail(f"{entry_id}: {language}.indeclinable must be true or false", _at(block, "indeclinable", where.path))
    full = _forms(block["name"], language, "name", entry_id, _at(block, "name", where.path), indeclinable)
    short = None
    if "short" in block:
        short = _forms(block["short"], language, "short", entry_id, _at(block, "short", where.path), indeclinable)
    pronounced = block.get("pronounced")
    if pronounced is not None:
        pronounced = _text(pronounced, f"{entry_id}: {language}.pronounced", _at(block, "pronounced", where.path))
    forbidden = block.get("forbidden", [])
    if isinstance(forbidden, str):
        forbidden = [forbidden]
    if not isinstance(forbidden, list):
        raise _fail(f"{entry_id}: {language}.forbidden must be a list", _at(block, "forbidden", where.path))
    return Rendering(
        language=language,
        full=full,
        short=short,
        pronounced=pronounced,
        indeclinable=indeclinable,
        forbidden=tuple(_text(f, f"{entry_id}: {language}.forbidden", where) for f in forbidden),
    )


def _entry(item: object, path: Path) -> Entry:
    if not isinstance(item, LocatedDict):
        raise UserError("each glossary entry must be a mapping starting with 'id:'", path=path,
                        fix="see glossaries/README.md for the entry layout")
    where = Location(path, item.line, item.column)
    entry_id = item.get("id")
    if not isinstance(entry_id, str) or not entry_id or not set(entry_id) <= _ID_CHARS:
        raise _fail(f"entry id {entry_id!r} must be lowercase letters, digits and hyphens", where,
                    fix="e.g. id: erdogan")
    entry_type = item.get("type")
    if entry_type not in ENTRY_TYPES:
        raise _fail(f"{entry_id}: type {entry_type!r} is not one of {', '.join(ENTRY_TYPES)}",
                    _at(item, "type", path))
    english = item.get("en")
    if not isinstance(english, LocatedDict) or "name" not in english:
        raise _fail(f"{entry_id}: needs 'en:' with 'name:' (the canonical English spelling)", where)
    en_where = _at(item, "en", path)
    variants = english.get("variants") or []
    if not isinstance(variants, list):
        raise _fail(f"{entry_id}: en.variants must be a list", _at(english, "variants", path),
                    fix="write variants: [Spelling One, Spelling Two]")
    renderings = {}
    for language in TARGET_LANGUAGES:
        if language in item:
            renderings[language] = _rendering(item[language], language, entry_id, _at(item, language, path))
    unknown = set(item) - {"id", "type", "en", "note", *TARGET_LANGUAGES}
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(f"{entry_id}: unknown key {key!r}", _at(item, key, path),
                    fix=f"entries take id, type, en, note and the languages {', '.join(TARGET_LANGUAGES)}")
    short = english.get("short")
    return Entry(
        id=entry_id,
        type=entry_type,
        name=_text(english["name"], f"{entry_id}: en.name", en_where),
        short=_text(short, f"{entry_id}: en.short", en_where) if short is not None else None,
        variants=tuple(_text(v, f"{entry_id}: en.variants", en_where) for v in variants),
        note=str(item.get("note") or ""),
        renderings=renderings,
        location=where,
    )


def glossary_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their ``*.yaml``/``*.yml`` files, sorted by name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not found:
                raise UserError("no glossary files (*.yaml) in this folder", path=path)
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise UserError("glossary not found", path=path,
                            fix="pass --glossary PATH (a .yaml file or a folder of them)")
    return files


def load_glossary(paths: Iterable[Path | str]) -> Glossary:
    """Load and merge glossary files or folders; an id defined twice is an error."""
    glossary = Glossary()
    for path in glossary_files(Path(p) for p in paths):
        data = load_yaml(path)
        if data is None:
            continue
        if not isinstance(data, list):
            raise UserError("a glossary file is a list of entries ('- id: ...')", path=path, line=1,
                            fix="start each entry with '- id:' at the left margin")
        for item in data:
            entry = _entry(item, path)
            if entry.id in glossary.entries:
                first = glossary.entries[entry.id].location
                raise _fail(f"duplicate id {entry.id!r} (first defined at {first})", entry.location,
                            fix="rename one of them or merge the two entries")
            glossary.entries[entry.id] = entry
        glossary.paths.append(path)
    return glossary


def require_language(glossary: Glossary, language: str) -> None:
    """Every entry must have a rendering in ``language`` before an edition is made."""
    missing = [entry for entry in glossary if language not in entry.renderings]
    if missing:
        first = missing[0]
        names = ", ".join(entry.id for entry in missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise _fail(f"{len(missing)} glossary entries have no '{language}' rendering: {names}",
                    first.location, fix=f"add '{language}: {{name: ...}}' to each")
