"""Append approved entries to a glossary file (``toolkit glossary add STUBS.yaml --to FILE.yaml``).

The entries are checked as hand-edited YAML is: the glossary's own loader and
lint rules, the languages every entry must have, and conflicts with the
glossary (an id or an English spelling it already has, named with both
places). Stubs that still carry a ``# check`` line or a placeholder (``...``)
are refused: approving is deliberate. Nothing is written while any error
remains.

The target file is never re-dumped: its bytes stay as they are, comments and
order included, and each entry's text is appended as the editor wrote it (its
own lines, from ``- id:`` to its last indented line; the comments above an
entry, such as a stub's counts and contexts, stay behind). The result is read
back before it is written, and written atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import field
from pathlib import Path

from ..errors import UserError
from ..languages import TARGET_LANGUAGES
from ..problems import Location, Problem
from ..records import dataclass
from .lint import check_languages, spelling_field
from .load import load_glossary, parse_file
from .match import spelling_key
from .model import Entry
from .stubs import DOUBT_MARK

PLACEHOLDERS = frozenset({"...", "…", "?", "todo", "tbd", "xxx", "tk"})


@dataclass
class Addition:
    """What ``add`` appends, or why it refuses."""

    target: Path
    entries: list[Entry] = field(default_factory=list)
    text: str = ""  # appended to the target, exactly
    first_line: int = 0  # the target's line where the first appended entry starts
    findings: list[Problem] = field(default_factory=list)
    written: bool = False  # False after a dry run

    @property
    def errors(self) -> list[Problem]:
        return [f for f in self.findings if f.severity == "error"]


def add_entries(
    stubs: Path,
    target: Path,
    glossary_paths: Iterable[Path] = (),
    languages: Iterable[str] = TARGET_LANGUAGES,
    dry_run: bool = False,
) -> Addition:
    """Check the entries of ``stubs`` and append them to ``target``; nothing is written on any error."""
    stubs, target = Path(stubs), Path(target)
    original = _read_target(target, stubs)
    addition = plan(stubs, target, original, list(glossary_paths), list(languages))
    if addition.errors or dry_run:
        return addition
    from ..files import write_atomic

    if target.read_bytes() != original:
        raise UserError(
            "the file changed while the entries were being checked", path=target, fix="run the command again"
        )
    real = target.resolve()  # a symbolic link stays one: the file it points to is replaced
    mode = real.stat().st_mode & 0o777
    write_atomic(real, original + addition.text.encode("utf-8"))
    os.chmod(real, mode)
    addition.written = True
    return addition


def _read_target(target: Path, stubs: Path) -> bytes:
    if not target.is_file():
        raise UserError(
            "glossary file not found" if not target.exists() else "is not a file",
            path=target,
            fix="give an existing glossary file with --to (an empty file is fine for a new one)",
        )
    if target.suffix not in (".yaml", ".yml"):
        raise UserError("a glossary file ends in .yaml", path=target, fix="give a .yaml file with --to")
    if stubs.exists() and stubs.resolve() == target.resolve():
        raise UserError(
            "the entries to add and the glossary file are the same file",
            path=target,
            fix="give the stubs file first and the glossary file with --to",
        )
    from ..yamlfile import read_text

    read_text(target)  # valid UTF-8, or a clear error
    return target.read_bytes()


def plan(stubs: Path, target: Path, original: bytes, glossary_paths: list[Path], languages: list[str]) -> Addition:
    """Everything ``add`` checks, and the text it would append."""
    from ..yamlfile import read_text

    addition = Addition(target)
    stubs_text = read_text(stubs)
    entries, findings, entry_findings = parse_file(stubs, use_cache=False)
    addition.entries = entries
    addition.findings += findings
    if any(f.code == "yaml" for f in findings):
        return addition
    if not entries and not findings:
        raise UserError("no entries to add", path=stubs, fix="the file should hold entries starting with '- id:'")
    lines = stubs_text.splitlines()
    chunks = _entry_chunks(lines, entries)
    for entry, (first, last) in zip(entries, chunks):
        addition.findings += entry_findings.get(entry.id, [])
        addition.findings += check_languages(entry, languages)
        addition.findings += _doubts(stubs, entry, lines, first, last)
        addition.findings += _placeholders(entry)
    addition.findings += _conflicts(entries, target, glossary_paths)
    addition.findings.sort(key=lambda f: (f.place.line, f.place.column))
    if addition.errors or not entries:
        return addition
    target_text = original.decode("utf-8-sig")
    addition.text, addition.first_line = _appended_text(target_text, lines, entries, chunks)
    _read_back(target, target_text, addition)
    return addition


# --- the entries' own lines ---------------------------------------------------------------------------------


def _entry_chunks(lines: list[str], entries: list[Entry]) -> list[tuple[int, int]]:
    """(first, last) line numbers, 1-based, of each entry's own text: from '- id:' to its last indented line."""
    starts = []
    for entry in entries:
        start = entry.location.line
        if start > 1 and lines[start - 2].strip() == "-" and not lines[start - 1].lstrip().startswith("-"):
            start -= 1  # the item's dash stands alone on the line before: "-" then "  id: x"
        starts.append(start)
    chunks = []
    for index, start in enumerate(starts):
        item_column = _item_column(lines[start - 1])
        limit = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
        last = start
        for number in range(start + 1, limit + 1):
            line = lines[number - 1]
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent <= item_column:
                break
            last = number
        chunks.append((start, last))
    return chunks


def _item_column(line: str) -> int:
    """The column of the '-' that starts a list item ('- id: x' -> 0)."""
    return len(line) - len(line.lstrip(" "))


def _doubts(stubs: Path, entry: Entry, lines: list[str], first: int, last: int) -> list[Problem]:
    found = []
    for number in range(first, last + 1):
        line = lines[number - 1]
        stripped = line.strip()
        if stripped.startswith(DOUBT_MARK):
            found.append(
                Problem.at(
                    Location(stubs, number, line.index("#") + 1),
                    "doubt",
                    f"a '{DOUBT_MARK}' line is still there: {stripped[len(DOUBT_MARK) :].strip()}",
                    entry_id=entry.id,
                    fix="check what it names, correct the entry if it is wrong, then delete the line",
                )
            )
    return found


def _placeholders(entry: Entry) -> list[Problem]:
    texts = [("en.name", entry.name)] + ([("en.short", entry.short)] if entry.short else [])
    texts += [(f"en.variants.{i}", v) for i, v in enumerate(entry.variants)]
    for language, rendering in entry.renderings.items():
        texts += [(f"{language}.{path}", text) for path, text in rendering.texts()]
    return [
        Problem.at(
            entry.where(path),
            "placeholder",
            f"{path} is a placeholder: {text!r}",
            entry_id=entry.id,
            fix="write the real text, or delete the line",
        )
        for path, text in texts
        if text.strip().casefold() in PLACEHOLDERS or "..." in text or "…" in text
    ]


def _conflicts(entries: list[Entry], target: Path, glossary_paths: list[Path]) -> list[Problem]:
    """An id or English spelling the glossary (or another stub) already has: an error naming both places."""
    sources = list(glossary_paths)
    if not any(_same_file(target, path) or (path.is_dir() and _same_file(target.parent, path)) for path in sources):
        sources.append(target)
    glossary = load_glossary(sources)
    broken = [
        f
        for f in glossary.findings
        if f.code == "yaml" and f.location is not None and _same_file(f.location.path, target)
    ]
    if broken:
        first = broken[0]
        raise UserError(
            f"the glossary file itself cannot be read: {first.message}",
            path=target,
            line=first.place.line,
            column=first.place.column,
            fix="fix it first (toolkit glossary check lists every problem)",
        )
    ids: dict[str, Location] = {entry.id: entry.location for entry in glossary}
    claimed: dict[tuple, tuple[str, Location]] = {}
    for entry in glossary:
        for spelling in entry.spellings:
            claimed.setdefault(spelling_key(spelling), (entry.id, entry.location))
    findings = []
    for entry in entries:
        if entry.id in ids:
            findings.append(
                Problem.at(
                    entry.where("id"),
                    "duplicate-id",
                    f"the id {entry.id!r} is already defined at {ids[entry.id]}",
                    entry_id=entry.id,
                    fix="choose another id; if it is the same name, add the new spellings to that entry instead",
                )
            )
        else:
            ids[entry.id] = entry.location
        for spelling in entry.spellings:
            owner = claimed.setdefault(spelling_key(spelling), (entry.id, entry.location))
            if owner[0] != entry.id:
                findings.append(
                    Problem.at(
                        entry.where(spelling_field(entry, spelling)),
                        "spelling-conflict",
                        f"the spelling {spelling!r} is already claimed by {owner[0]} ({owner[1]})",
                        entry_id=entry.id,
                        fix="keep the spelling in one entry only",
                    )
                )
    return findings


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


# --- the text to append -------------------------------------------------------------------------------------


def _appended_text(
    target_text: str, lines: list[str], entries: list[Entry], chunks: list[tuple[int, int]]
) -> tuple[str, int]:
    """The entries' lines, moved to the target's list column, after one blank line; and where they start."""
    newline = "\r\n" if "\r\n" in target_text else "\n"
    column = _target_item_column(target_text)
    blocks = []
    for first, last in chunks:
        own = lines[first - 1 : last]
        shift = column - _item_column(own[0])
        blocks.append([_shifted(line, shift) for line in own])
    prefix = newline if target_text and not target_text.endswith("\n") else ""
    content = target_text.rstrip(" \t\r\n")
    if content and (target_text[len(content) :] + prefix).count("\n") < 2:
        prefix += newline  # one blank line between the last entry and the first new one
    body = (newline + newline).join(newline.join(block) for block in blocks) + newline
    first_line = (target_text + prefix).count("\n") + 1
    return prefix + body, first_line


def _target_item_column(text: str) -> int:
    for line in text.splitlines():
        if line.lstrip(" ").startswith("- ") or line.strip() == "-":
            return _item_column(line)
    return 0


def _shifted(line: str, shift: int) -> str:
    if shift >= 0 or not line.strip():
        return " " * shift + line if line.strip() else ""
    removable = len(line) - len(line.lstrip(" "))
    return line[min(-shift, removable) :]


def _read_back(target: Path, target_text: str, addition: Addition) -> None:
    """Parse the file as it would be: every old entry and every new one must come back, with no new problem."""
    before, before_findings, _ = parse_file(target, use_cache=False)
    with tempfile.TemporaryDirectory(prefix="toolkit-add-") as folder:
        trial = Path(folder) / target.name
        trial.write_text(target_text + addition.text, encoding="utf-8", newline="")
        after, after_findings, _ = parse_file(trial, use_cache=False)
    expected = [entry.id for entry in before] + [entry.id for entry in addition.entries]
    if [entry.id for entry in after] != expected or len(after_findings) != len(before_findings):
        problem = (
            after_findings[-1].message
            if len(after_findings) > len(before_findings)
            else "the entries do not read back as written"
        )
        raise UserError(
            f"the entries cannot be appended to this file as they are: {problem}",
            path=target,
            fix="check that the file is a plain list of entries ('- id: ...' at the left margin), "
            "or add the entries by hand",
        )
