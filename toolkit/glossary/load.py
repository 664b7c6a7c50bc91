"""Read glossary YAML files into one merged :class:`~toolkit.glossary.model.Glossary`.

Glossaries are YAML files that editors maintain by hand (schema in
``glossaries/README.md``). Loading never stops at the first mistake: every
problem becomes a :class:`~toolkit.problems.Problem` with file, line,
column, entry, what is wrong and how to fix it, and the entry at fault is
left out. ``toolkit glossary check`` lists them all; a translation run
refuses to start while any finding is an error.

Several sources merge by precedence: sources are given in order (e.g. the
newsroom's folder, then a desk's override file) and a later source overrides
an earlier one entry by entry, language block by language block. Inside one
source (one file, or the files of one folder), an id defined twice is a
conflict. Each file's parsed entries are cached by content
(:mod:`toolkit.glossary.cache`).
"""

from __future__ import annotations

import gc
import hashlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..errors import UserError, quoted
from ..grammar import grammar_for
from ..grammar.adjectives import is_adjective_key
from ..languages import TARGET_LANGUAGES, english_name
from ..problems import Location, Problem
from ..yamlfile import LocatedDict, LocatedList, boolean, load_yaml_list, read_text
from . import cache
from .model import ENTRY_KEYS, ENTRY_TYPES, LANGUAGE_KEYS, Entry, Glossary, Rendering

_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")
MAX_NAME_LENGTH = 300  # characters in one spelling, rendering or form: a name, not a paragraph
MAX_NOTE_LENGTH = 5000
# entries in all the files of a glossary: each file is bounded (32 MB), a folder of them was not, and every entry
# costs about 16 KB to check; 100,000 is the size benchmarked (bench/bench_glossary.py), a newsroom's a few thousand
MAX_GLOSSARY_ENTRIES = 100_000


class _Invalid(Exception):
    def __init__(self, finding: Problem):
        super().__init__(finding.message)
        self.finding = finding


class _EntryReader:
    """Reads one YAML entry into an :class:`Entry`, recording where each field stands."""

    def __init__(self, item: LocatedDict, path: Path, position: tuple[int, int] = (1, 1)):
        self.item, self.path, self.position = item, path, position
        self.entry_id: str | None = None
        self.entry_type = "person"  # read before the renderings: `glossary forms` proposes their forms by it
        self.positions: dict[str, tuple[int, int]] = {}

    def fail(self, message: str, where: Location, fix: str | None = None) -> _Invalid:
        return _Invalid(Problem.at(where, "schema", message, entry_id=self.entry_id, fix=fix))

    def key_at(self, mapping: LocatedDict, key: str, dotted: str) -> Location:
        line, column = mapping.value_position(key)
        self.positions[dotted] = (line, column)
        return Location(self.path, line, column)

    def text(self, value: object, what: str, where: Location) -> str:
        if not isinstance(value, str) or not value.strip():
            shown = "nothing" if value is None else quoted(value)
            raise self.fail(
                f"{what} must be non-empty text, not {shown}",
                where,
                fix=f"write {what} as text (quote it if it looks like a number or true/false)",
            )
        if len(value) > MAX_NAME_LENGTH:
            raise self.fail(
                f"{what} is {len(value):,} characters long, more than the {MAX_NAME_LENGTH} a name may have",
                where,
                fix="check for a missing line break or closing quote; put longer explanations in note:",
            )
        return unicodedata.normalize("NFC", value)

    def spelling(self, value: object, what: str, where: Location) -> str:
        """An English spelling to match in articles: text with a letter or digit in it.

        A spelling of punctuation alone (".", "-") would match in every
        sentence and put the name where the article has a full stop.
        """
        text = self.text(value, what, where)
        if not any(character.isalnum() for character in text):
            raise self.fail(
                f"{what} {text!r} has no letter or digit: it would match punctuation in every article",
                where,
                fix="write the name as the English text spells it",
            )
        return text

    def propose_forms(self, rendering: str, language: str) -> str:
        """The command that proposes a rendering's forms, by its text: that works wherever the entry stands (an id
        would not be found in a stubs file given to `glossary add`, nor in a CSV file being imported)."""
        import shlex  # for the fix of a finding, which a run rarely has

        command = f"toolkit glossary forms {shlex.quote(rendering)} --lang {language}"
        return command if self.entry_type == "person" else f"{command} --type {self.entry_type}"

    def forms(self, value: object, language: str, key: str, where: Location, indeclinable: bool) -> dict[str, str]:
        grammar = grammar_for(language)
        what = f"{language}.{key}"
        requires_all = grammar.REQUIRES_ALL_FORMS
        if isinstance(value, str):
            if requires_all and not indeclinable:
                self.text(value, what, where)  # too long to be a name: said first, never quoted whole in the fix
                cases = ", ".join(["nom", *sorted(grammar.STORED_FORMS)])
                raise self.fail(
                    f"{what} is plain text, but {english_name(language)} names need their case forms",
                    where,
                    fix=f"write {key} as a mapping of {cases} ({self.propose_forms(value, language)} proposes "
                    "them), or add 'indeclinable: true' if it never changes",
                )
            return {"nom": self.text(value, what, where)}
        if not isinstance(value, LocatedDict):
            raise self.fail(
                f"{what} must be text or a mapping of forms, not {quoted(value)}",
                where,
                fix=f"write {key}: and the text (quote it if it looks like a number: {key}: '1920'), or its forms",
            )
        allowed = {"nom"} | set(grammar.STORED_FORMS)
        forms: dict[str, str] = {}
        for form, text in value.items():
            form_where = self.key_at(value, form, f"{language}.{key}.{form}")
            if form not in allowed:
                raise self.fail(
                    f"{what} has unknown form {form!r}", form_where, fix=f"use one of: {', '.join(sorted(allowed))}"
                )
            forms[form] = self.text(text, f"{what}.{form}", form_where)
        if "nom" not in forms:
            raise self.fail(f"{what} has no 'nom' (the dictionary form)", where, fix="add nom: ...")
        if requires_all:
            missing = [form for form in ("nom", *grammar.FORM_ORDER) if form not in forms]
            if missing:
                raise self.fail(
                    f"{what} lacks the forms {', '.join(missing)}",
                    where,
                    fix="write every case form, or make it indeclinable",
                )
        return forms

    def rendering(self, block: object, language: str, where: Location) -> Rendering:
        if isinstance(block, str):
            return Rendering(language, self.forms(block, language, "name", where, indeclinable=False))
        if not isinstance(block, LocatedDict):
            raise self.fail(
                f"'{language}' must be a mapping with at least 'name'", where, fix=f"write {language}: {{name: ...}}"
            )
        for key in block:
            if key not in LANGUAGE_KEYS:
                line, column = block.position_of(key)
                raise self.fail(
                    f"unknown key {key!r} under {language}",
                    Location(self.path, line, column),
                    fix=f"use one of: {', '.join(LANGUAGE_KEYS)}",
                )
        if "name" not in block:
            raise self.fail(f"'{language}' has no name", where, fix=f"add name: ... under {language}")
        indeclinable = boolean(block.get("indeclinable", False))
        if indeclinable is None:
            raise self.fail(
                f"{language}.indeclinable must be true or false",
                self.key_at(block, "indeclinable", f"{language}.indeclinable"),
            )
        full = self.forms(block["name"], language, "name", self.key_at(block, "name", f"{language}.name"), indeclinable)
        short = first = None
        if "short" in block:
            short = self.forms(
                block["short"], language, "short", self.key_at(block, "short", f"{language}.short"), indeclinable
            )
        if "first" in block:  # plain only where the name itself never changes (a title around it may)
            first = self.forms(
                block["first"],
                language,
                "first",
                self.key_at(block, "first", f"{language}.first"),
                indeclinable and len(full) == 1,
            )
        adjective = None
        if "adjective" in block:
            adjective = self.adjective(
                block["adjective"], language, self.key_at(block, "adjective", f"{language}.adjective")
            )
        annotations = {}
        if "annotations" in block:
            annotations = self.annotations(
                block["annotations"], language, self.key_at(block, "annotations", f"{language}.annotations")
            )
        pronounced = None
        if "pronounced" in block:
            pronounced = self.text(
                block["pronounced"],
                f"{language}.pronounced",
                self.key_at(block, "pronounced", f"{language}.pronounced"),
            )
        apostrophe = boolean(block.get("apostrophe", True))
        if "apostrophe" in block:
            where_apostrophe = self.key_at(block, "apostrophe", f"{language}.apostrophe")
            if apostrophe is None:
                raise self.fail(f"{language}.apostrophe must be true or false", where_apostrophe)
            grammar = grammar_for(language)
            if not grammar.SUFFIX_APOSTROPHE:
                raise self.fail(
                    f"{language}.apostrophe: {english_name(language)} names take no suffixes after an apostrophe",
                    where_apostrophe,
                    fix="delete the line (it is for Turkish renderings)",
                )
            if not apostrophe:  # every case form joined (Yönetiminin), the editor's own forms kept
                full = grammar.forms_without_apostrophe(full, pronounced)
                short = grammar.forms_without_apostrophe(short, pronounced) if short else None
                first = grammar.forms_without_apostrophe(first, pronounced) if first else None
        forbidden = block.get("forbidden", [])
        forbidden_where = self.key_at(block, "forbidden", f"{language}.forbidden") if "forbidden" in block else where
        if isinstance(forbidden, str):
            forbidden = [forbidden]
        if not isinstance(forbidden, list):
            raise self.fail(
                f"{language}.forbidden must be a list",
                forbidden_where,
                fix="write forbidden: [Spelling, Other spelling]",
            )
        return Rendering(
            language=language,
            full=full,
            short=short,
            pronounced=pronounced,
            indeclinable=indeclinable,
            forbidden=tuple(
                self.text(
                    f, f"{language}.forbidden", self.item_at(forbidden, i, f"{language}.forbidden.{i}", forbidden_where)
                )
                for i, f in enumerate(forbidden)
            ),
            first=first,
            adjective=adjective,
            annotations=annotations,
            apostrophe=apostrophe is not False,
        )

    def adjective(self, value: object, language: str, where: Location) -> dict[str, str]:
        """The adjective made from the name: text, or a mapping of its forms by agreement key (``f+gen``)."""
        agreement = grammar_for(language).ADJECTIVE_AGREEMENT
        if isinstance(value, str):
            return {"nom": self.text(value, f"{language}.adjective", where)}
        if not isinstance(value, LocatedDict):
            raise self.fail(
                f"{language}.adjective must be text or a mapping of forms",
                where,
                fix="write adjective: American, or adjective: {nom: ..., f: ...}",
            )
        forms: dict[str, str] = {}
        for key, text in value.items():
            key_where = self.key_at(value, key, f"{language}.adjective.{key}")
            if not isinstance(key, str) or not is_adjective_key(key, agreement):
                keys = ", ".join(agreement) if agreement else "none besides nom"
                raise self.fail(
                    f"{language}.adjective has unknown form {key!r}",
                    key_where,
                    fix=f"write nom, or the agreement tokens ({keys}) in that order joined by +",
                )
            forms[key] = self.text(text, f"{language}.adjective.{key}", key_where)
        if "nom" not in forms:
            raise self.fail(f"{language}.adjective has no 'nom' (the dictionary form)", where, fix="add nom: ...")
        return forms

    def annotations(self, value: object, language: str, where: Location) -> dict[str, str]:
        """Notes by kind, printed after the first mention where the newsroom switches the kind on."""
        if not isinstance(value, LocatedDict) or not value:
            raise self.fail(
                f"{language}.annotations must be a mapping of kinds to the text printed",
                where,
                fix="write annotations: {banned-in-russia: (запрещена в РФ)}",
            )
        found: dict[str, str] = {}
        for kind, text in value.items():
            kind_where = self.key_at(value, kind, f"{language}.annotations.{kind}")
            if not isinstance(kind, str) or not kind or not set(kind) <= _ID_CHARS or kind[0] == "-":
                raise self.fail(
                    f"annotation kind {kind!r} must be lowercase letters, digits and hyphens",
                    kind_where,
                    fix="name the kind as newsroom.yaml switches it on, e.g. banned-in-russia",
                )
            found[kind] = self.text(text, f"{language}.annotations.{kind}", kind_where)
        return found

    def item_at(self, sequence: list, index: int, dotted: str, fallback: Location) -> Location:
        if isinstance(sequence, LocatedList) and index < len(sequence.item_positions):
            self.positions[dotted] = sequence.item_positions[index]
            return Location(self.path, *sequence.item_positions[index])
        return fallback

    def read(self) -> Entry:
        item, path = self.item, self.path
        if not isinstance(item, LocatedDict):
            shown = "nothing" if item is None else "a list" if isinstance(item, list) else quoted(item)
            raise self.fail(
                f"each glossary entry must be a mapping starting with 'id:', not {shown}",
                Location(path, *self.position),
                fix="start each entry with '- id:' and put its keys on the lines below, indented "
                "(see glossaries/README.md)",
            )
        where = Location(path, item.line, item.column)
        entry_id = item.get("id")
        if not isinstance(entry_id, str) or not entry_id or not set(entry_id) <= _ID_CHARS:
            raise self.fail(
                f"entry id {_as_written(entry_id)} must be lowercase letters, digits and hyphens",
                self.key_at(item, "id", "id") if "id" in item else where,
                fix="e.g. id: erdogan",
            )
        self.entry_id = entry_id
        for key in item:
            if key not in ENTRY_KEYS:
                line, column = item.position_of(key)
                raise self.fail(
                    f"unknown key {key!r}", Location(path, line, column), fix=f"entries take {', '.join(ENTRY_KEYS)}"
                )
        entry_type = item.get("type")
        if entry_type not in ENTRY_TYPES:
            raise self.fail(
                f"type {entry_type!r} is not one of {', '.join(ENTRY_TYPES)}",
                self.key_at(item, "type", "type") if "type" in item else where,
                fix="set type: to one of those",
            )
        self.entry_type = str(entry_type)
        english = item.get("en")
        if not isinstance(english, LocatedDict) or "name" not in english:
            raise self.fail(
                "needs 'en:' with 'name:' (the canonical English spelling)",
                self.key_at(item, "en", "en") if "en" in item else where,
                fix="add en: {name: ...}",
            )
        name = self.spelling(english["name"], "en.name", self.key_at(english, "name", "en.name"))
        short = None
        if "short" in english:
            short = self.spelling(english["short"], "en.short", self.key_at(english, "short", "en.short"))
        variants = english.get("variants") or []
        variants_where = self.key_at(english, "variants", "en.variants") if "variants" in english else where
        if not isinstance(variants, list):
            raise self.fail(
                "en.variants must be a list", variants_where, fix="write variants: [Spelling One, Spelling Two]"
            )
        variants = tuple(
            self.spelling(v, "en.variants", self.item_at(variants, i, f"en.variants.{i}", variants_where))
            for i, v in enumerate(variants)
        )
        renderings = {}
        for language in TARGET_LANGUAGES:
            if language in item:
                renderings[language] = self.rendering(item[language], language, self.key_at(item, language, language))
        note = item.get("note")
        if note is not None:
            self.key_at(item, "note", "note")  # where lint points at what is wrong in it
        if note is None:
            note = ""
        elif isinstance(note, (list, dict)):
            raise self.fail(
                "note must be text, not a list or mapping",
                self.key_at(item, "note", "note"),
                fix="write the note as one line of text (quote it if it has a colon)",
            )
        elif len(str(note)) > MAX_NOTE_LENGTH:
            raise self.fail(
                f"note is {len(str(note)):,} characters long, more than {MAX_NOTE_LENGTH:,}",
                self.key_at(item, "note", "note"),
                fix="shorten the note; keep research elsewhere",
            )
        return Entry(entry_id, entry_type, name, short, variants, str(note), renderings, where, dict(self.positions))


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
            raise UserError(
                "glossary not found", path=path, fix="pass --glossary PATH (a .yaml file or a folder of them)"
            )
    return sources


def parse_file(path: Path, use_cache: bool = True) -> tuple[list[Entry], list[Problem], dict[str, list[Problem]]]:
    """Parse one glossary file: entries, schema findings, and each entry's lint findings (cached by content).

    The garbage collector is paused meanwhile: building millions of small
    objects that all stay alive otherwise triggers collection after
    collection, which made large files several times slower to load.
    """
    return _parse_file_read(path, use_cache)[0]


def _parse_file_read(
    path: Path, use_cache: bool
) -> tuple[tuple[list[Entry], list[Problem], dict[str, list[Problem]]], str]:
    """:func:`parse_file`'s result and a hash of the text it parsed."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse_file(path, use_cache)
    finally:
        if collecting:
            gc.enable()


def _parse_file(path: Path, use_cache: bool) -> tuple[tuple[list[Entry], list[Problem], dict[str, list[Problem]]], str]:
    from .lint import lint_entry

    text = read_text(path)
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    if use_cache:
        found = cache.load(path, text)
        if found is not None:
            return found, digest
    entries, findings = _parse_text(path, text)
    entry_findings = {entry.id: lint_entry(entry) for entry in entries}
    if use_cache:
        cache.store(path, text, entries, findings, entry_findings)
    return (entries, findings, entry_findings), digest


def _parse_text(path: Path, text: str) -> tuple[list[Entry], list[Problem]]:
    """The entries of one file's text and its schema findings. The file's list is read one entry at a time
    (:func:`~toolkit.yamlfile.load_yaml_list`): each entry is built from its values and they are dropped, so
    that what is held is the entries, not also a tree of every value with its position (a 100,000-entry file's
    check peaked at 1.6 GB for it). A YAML error anywhere is the file's one finding, as if it were read whole."""
    entries, findings = [], []
    not_a_list = False
    try:
        for kind, value in load_yaml_list(path, text):
            if kind == "item":
                position, item = value
                try:
                    entries.append(_EntryReader(item, path, position).read())
                except _Invalid as invalid:
                    findings.append(invalid.finding)
            elif kind == "value" and value is not None:
                not_a_list = True
    except UserError as error:
        location = Location(path, error.line or 1, error.column or 1)
        return [], [Problem.at(location, "yaml", error.message, fix=error.fix)]
    if not_a_list:
        return [], [
            Problem.at(
                Location(path, 1),
                "schema",
                "a glossary file is a list of entries ('- id: ...')",
                fix="start each entry with '- id:' at the left margin",
            )
        ]
    return entries, findings


def _as_written(value: object) -> str:
    """A value YAML read where text belongs, as the file spells it: 2026-01-01 (a date), 123, (nothing), a list,
    or text quoted and cut to its first characters; never Python's datetime.date(2026, 1, 1) or None."""
    import datetime

    if value is None:
        return "(nothing)"
    if isinstance(value, datetime.date):
        return f"{value.isoformat()} (read as a date)"
    if isinstance(value, list):
        return "(a list)"
    if isinstance(value, dict):
        return "(a mapping)"
    return quoted(value) if isinstance(value, str) else quoted(value).strip("'")


def load_glossary(paths: Iterable[Path | str], use_cache: bool = True) -> Glossary:
    """Load and merge glossary sources; problems are collected in ``glossary.findings``."""
    glossary = Glossary()
    read = hashlib.blake2b(digest_size=16)  # the files as read: the run's cached name-check findings follow it
    counted = 0
    for source in glossary_files(Path(p) for p in paths):
        seen_in_source: dict[str, Entry] = {}
        for path in source:
            (entries, findings, entry_findings), digest = _parse_file_read(path, use_cache)
            read.update(f"{path}\0{digest}\0".encode("utf-8", "surrogatepass"))
            counted += len(entries)
            if counted > MAX_GLOSSARY_ENTRIES:
                past = entries[len(entries) - (counted - MAX_GLOSSARY_ENTRIES)].location
                raise UserError(
                    f"the glossary holds more than the {MAX_GLOSSARY_ENTRIES:,} entries a glossary may hold: this "
                    f"file's entry here is the {MAX_GLOSSARY_ENTRIES + 1:,}th it reads",
                    path=past.path,
                    line=past.line,
                    column=past.column,
                    fix="split the glossary: give each desk's runs the files it needs (--glossary PATH), and "
                    "remove entries no article names",
                )
            glossary.findings.extend(findings)
            if not entries and not findings:  # a file someone emptied: its entries are gone from every run
                glossary.findings.append(
                    Problem.at(
                        Location(path, 1),
                        "empty-file",
                        "the file holds no entries (it is empty or only comments)",
                        fix="restore its entries, or delete the file if they are no longer needed; translations that "
                        "name its entries cannot be published",
                    )
                )
            glossary.paths.append(path)
            for entry in entries:
                if entry.id in seen_in_source:
                    first = seen_in_source[entry.id].location
                    glossary.findings.append(
                        Problem.at(
                            entry.location,
                            "duplicate-id",
                            f"duplicate id {entry.id!r} (first defined at {first})",
                            entry_id=entry.id,
                            fix="rename one of them or merge the two entries",
                        )
                    )
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
    # what was read, with the entries made from it: a glossary whose entries are changed later is hashed anew
    glossary.loaded_from = (tuple(glossary.entries.values()), "files:" + read.hexdigest())  # type: ignore[attr-defined]
    return glossary


def _override(earlier: Entry, later: Entry) -> Entry:
    """A later source's entry replaces the earlier one's fields and language blocks it states."""
    renderings = {**earlier.renderings, **later.renderings}
    # fields the later entry does not restate keep pointing into the earlier file
    positions: dict = {
        field: (*position[:2], earlier.where(field).path)
        for field, position in earlier.field_positions.items()
        if field.split(".")[0] not in later.renderings
    }
    positions.update(later.field_positions)
    return replace(
        later,
        renderings=renderings,
        field_positions=positions,
        note=later.note or earlier.note,
        variants=tuple(dict.fromkeys(earlier.variants + later.variants)),
    )


def load_checked_glossary(paths: Iterable[Path | str], languages: Iterable[str] = TARGET_LANGUAGES) -> Glossary:
    """Load and lint a glossary for a translation run: any error stops the run here."""
    from .lint import lint

    glossary = load_glossary(paths)
    errors = [f for f in glossary.findings + lint(glossary, languages) if f.severity == "error"]
    if errors:
        first = errors[0].as_user_error()
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise UserError(
            first.message + more,
            path=first.path,
            line=first.line,
            column=first.column,
            fix=(first.fix + "; " if first.fix else "") + "run `toolkit glossary check` to list every problem",
        )
    return glossary


def check_glossary(
    paths: Iterable,
    languages: Iterable[str] = TARGET_LANGUAGES,
    loaded_forms: Path | Callable[[], Path | None] | None = None,
) -> tuple[Glossary, list[Problem]]:
    """Load and lint glossary sources: (glossary, every finding) for ``toolkit glossary check``; loaded forms
    come from the shipped list and the newsroom's own file ``loaded_forms`` (if any; a callable is asked
    once the glossary has loaded, so that a glossary's own errors come first)."""
    from .lint import lint
    from .loaded import LoadedForms

    glossary = load_glossary(paths)
    own = loaded_forms() if callable(loaded_forms) else loaded_forms
    findings = sorted(glossary.findings + lint(glossary, languages, LoadedForms.read(own)), key=Problem.sort_key)
    return glossary, findings
