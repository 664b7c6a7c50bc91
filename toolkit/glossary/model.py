"""The glossary's data: one editor-approved rendering of every proper name, per language.

An :class:`Entry` is one name: its English spellings (canonical, short,
variants), its type and, per language, a :class:`Rendering` with the forms
grammar needs. A :class:`Glossary` is the merged entries of every source, the
files they came from, and what loading found wrong (each a
:class:`~toolkit.problems.Problem` located at file, line and column). Reading the YAML files editors maintain
is :mod:`toolkit.glossary.load`; checking them, :mod:`toolkit.glossary.lint`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from ..languages import TARGET_LANGUAGES
from ..problems import Location, Problem
from ..records import dataclass

ENTRY_TYPES = ("person", "place", "organisation", "event", "title", "nickname", "award", "term")
ENTRY_KEYS = ("id", "type", "en", "note", *TARGET_LANGUAGES)
LANGUAGE_KEYS = (
    "name",
    "short",
    "first",
    "adjective",
    "annotations",
    "pronounced",
    "indeclinable",
    "apostrophe",
    "forbidden",
    "note",
)


@dataclass(frozen=True)
class Rendering:
    """How one entry is written in one language.

    Besides the name and its short form: ``first``, the form of the entry's
    first mention in an edition (a title and the full name, an explanatory
    apposition); ``adjective``, the adjective made from the name (American,
    الأمريكية); ``annotations``, notes printed after the first mention when
    the newsroom's settings switch their kind on for the language (a legal
    note such as «(запрещена в РФ)»), by kind.
    """

    language: str
    full: Mapping[str, str]  # form name -> text; always has "nom"
    short: Mapping[str, str] | None = None
    pronounced: str | None = None
    indeclinable: bool = False
    forbidden: tuple[str, ...] = ()
    first: Mapping[str, str] | None = None
    adjective: Mapping[str, str] | None = None  # agreement key ("nom", "f", "pl+gen") -> text
    annotations: Mapping[str, str] = field(default_factory=dict)  # kind -> text as printed
    apostrophe: bool = True  # Turkish: False for names whose suffixes join without one (TDK: Yönetiminin)

    def forms(self, short: bool) -> Mapping[str, str]:
        return self.short if short and self.short else self.full

    def form_sets(self) -> list[Mapping[str, str]]:
        """Every set of forms the name may be shown in: full, short, first mention (not the adjective)."""
        return [forms for forms in (self.full, self.short, self.first) if forms]

    def texts(self) -> list[tuple[str, str]]:
        """Every written text of this rendering, as (field path, text)."""
        found = []
        for key, forms in (
            ("name", self.full),
            ("short", self.short),
            ("first", self.first),
            ("adjective", self.adjective),
        ):
            if forms:
                found += [(f"{key}.{k}" if len(forms) > 1 else key, v) for k, v in forms.items()]
        found += [(f"annotations.{kind}", text) for kind, text in self.annotations.items()]
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
    findings: list[Problem] = field(default_factory=list)
    overrides: list[tuple[Entry, Entry]] = field(default_factory=list)  # (earlier, later)
    # per-entry lint findings computed when the file was parsed (cached with it); an
    # overridden entry has none here, so lint checks the merged entry afresh
    entry_findings: dict[str, list[Problem]] = field(default_factory=dict)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def errors(self) -> list[Problem]:
        return [f for f in self.findings if f.severity == "error"]
