"""The glossary as CSV, and CSV termbases from other tools read into glossary YAML.

One row per entry; a header row names the columns (any order, any case):

| column | meaning |
|---|---|
| ``id`` | entry id (optional on import: made from the English name, ``Hakan Fidan`` -> ``hakan-fidan``) |
| ``type`` | person, place, organisation, ... (optional on import: ``term``) |
| ``note`` | the entry's note |
| ``en`` | canonical English spelling (required); ``en_short``, ``en_variants`` |
| ``ar`` ``fa`` ``tr`` ``ru`` | the canonical rendering (``ru-RU`` and other regional codes are read as ``ru``) |
| ``<lang>_short`` | the short rendering |
| ``<lang>_<form>``, ``<lang>_short_<form>`` | written-out forms: ``ru_gen`` ... ``ru_prep``, ``tr_dat``, ``fa_ez`` |
| ``<lang>_pronounced``, ``<lang>_indeclinable`` (yes/no), ``<lang>_forbidden`` | as in the YAML |

Lists (``en_variants``, ``<lang>_forbidden``) are separated by ``|``. A cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a leading ``'``
so spreadsheets do not run it as a formula; import removes that ``'``.

Import goes through the same checks as hand-edited YAML: the rows become
YAML, which the glossary loader and lint read together with the glossary it
joins (duplicate ids and spellings across files are caught); every problem
is reported at its CSV line, and nothing is written while any error remains.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..languages import TARGET_LANGUAGES
from ..records import dataclass

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..problems import Problem

MAX_CSV_BYTES = 16 * 1024**2
MAX_CELL_CHARS = 2_000
LIST_SEPARATOR = "|"
# What makes a spreadsheet read a cell as a formula (OWASP's list: a tab or carriage return first too)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TRUE, _FALSE = {"yes", "true", "1", "y"}, {"no", "false", "0", "n", ""}


def _forms_of(language: str) -> list[str]:
    from ..grammar import grammar_for

    return list(grammar_for(language).FORM_ORDER)


def known_columns(languages: Sequence[str] = TARGET_LANGUAGES) -> list[str]:
    columns = ["id", "type", "note", "en", "en_short", "en_variants"]
    for code in languages:
        columns += [code, f"{code}_short"]
        for prefix in (code, f"{code}_short"):
            columns += [f"{prefix}_{form}" for form in _forms_of(code)]
        columns += [f"{code}_pronounced", f"{code}_indeclinable", f"{code}_forbidden", f"{code}_note"]
    return columns


def _safe_cell(text: str) -> str:
    # the csv module quotes a cell holding a line feed but not one holding a lone carriage return, which
    # then ends the row for every reader: line ends are written as line feeds
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def glossary_csv(glossary: Glossary, languages: Sequence[str]) -> str:
    """The glossary as CSV (columns that no entry uses are left out)."""
    rows = []
    for entry in glossary:
        row = {
            "id": entry.id,
            "type": entry.type,
            "note": entry.note,
            "en": entry.name,
            "en_short": entry.short or "",
            "en_variants": f" {LIST_SEPARATOR} ".join(entry.variants),
        }
        for code in languages:
            rendering = entry.renderings.get(code)
            if rendering is None:
                continue
            for prefix, forms in ((code, rendering.full), (f"{code}_short", rendering.short)):
                for form, text in (forms or {}).items():
                    row[prefix if form == "nom" else f"{prefix}_{form}"] = text
            row[f"{code}_pronounced"] = rendering.pronounced or ""
            row[f"{code}_indeclinable"] = "yes" if rendering.indeclinable else ""
            row[f"{code}_forbidden"] = f" {LIST_SEPARATOR} ".join(rendering.forbidden)
        rows.append(row)
    columns = [
        column
        for column in known_columns(languages)
        if column in ("id", "type", "en") or any(row.get(column) for row in rows)
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe_cell(row.get(column, "") or "") for column in columns])
    return out.getvalue()


@dataclass
class CsvImport:
    """What a CSV termbase became: the YAML to write, and what the checks found."""

    yaml: str
    entries: int
    errors: list[str]
    warnings: list[str]


def _column(name: str) -> str:
    """A header cell as a column name: "ru-RU" and "ru_RU" -> "ru", "RU_GEN" -> "ru_gen"."""
    raw = name.strip()
    match = re.fullmatch(r"([A-Za-z]{2})(?:-[A-Za-z]{2}|_[A-Z]{2})(.*)", raw)
    if match and match.group(1).lower() in ("en", *TARGET_LANGUAGES):
        raw = match.group(1) + match.group(2)
    return raw.lower().replace(" ", "_")


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and (line, row) pairs of a CSV file, its delimiter (, ; or tab) found from the header."""
    from ..files import read_bytes

    data = read_bytes(path, MAX_CSV_BYTES, "CSV termbase")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UserError(
            "the file is not UTF-8 text",
            path=path,
            line=line,
            fix="save the CSV as UTF-8 (in a spreadsheet: CSV UTF-8)",
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise UserError("the file contains a NUL character: not a text CSV", path=path, line=line)
    first = text.split("\n", 1)[0]
    if first.lstrip("\ufeff \t").startswith("<"):  # <?xml, <martif, <tbx: an exported termbase, not a table
        raise UserError(
            "an XML file (a TBX termbase?), not CSV: the first row must name the columns",
            path=path,
            line=1,
            fix="export the termbase from its tool as CSV (the first row naming the columns: id,type,en,ru,...); "
            "the toolkit writes TBX but does not read it",
        )
    delimiter = "\t" if "\t" in first else ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    line = 1  # the header's: a header row no CSV reader reads is named there
    try:
        header = next(reader, None)
        if not header:
            raise UserError("the file is empty", path=path, fix="the first row names the columns: id,type,en,ru,...")
        columns = [_column(cell) for cell in header]
        _no_column_twice(columns, header, path)
        while True:
            line = reader.line_num + 1  # where the row starts: a quoted cell may run over several lines
            raw = next(reader, None)
            if raw is None:
                break
            if not any(cell.strip() for cell in raw):
                continue
            if len(raw) > len(columns):
                raise UserError(
                    f"the row has {len(raw)} cells but the header names {len(columns)} columns",
                    path=path,
                    line=line,
                    fix="quote cells that contain the delimiter",
                )
            for cell in raw:
                if len(cell) > MAX_CELL_CHARS:
                    raise UserError(f"a cell of {len(cell)} characters; names are far shorter", path=path, line=line)
            rows.append((line, {column: _unsafe_cell(cell.strip()) for column, cell in zip(columns, raw)}))
    except csv.Error as error:
        raise UserError(
            f"not a valid CSV file: {error}",
            path=path,
            line=line,
            fix="check the quotes in the row that starts on this line (a quote opened and never closed reads on "
            "to the end of the file)",
        ) from None
    return columns, rows


def _no_column_twice(columns: list[str], header: list[str], path: Path) -> None:
    """A column named twice would silently lose one of its two cells in every row."""
    seen: dict[str, int] = {}
    for number, column in enumerate(columns, start=1):
        if column and column in seen:
            first = seen[column]
            raise UserError(
                f"the header names the column {column!r} twice: column {first} ({header[first - 1].strip()!r}) "
                f"and column {number} ({header[number - 1].strip()!r})",
                path=path,
                line=1,
                fix="keep one of the two columns (or rename one, e.g. en_variants)",
            )
        seen.setdefault(column, number)


def _unsafe_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS) else text


def _entry(line: int, row: dict[str, str], languages: list[str], path: Path) -> dict:
    def split(value: str) -> list[str]:
        return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]

    def flag(column: str) -> bool:
        value = row.get(column, "").lower()
        if value not in _TRUE | _FALSE:
            raise UserError(f"{column} is {row[column]!r}; write yes or no", path=path, line=line)
        return value in _TRUE

    english = row.get("en", "")
    if not english:
        raise UserError(
            "the row has no English name (column en)",
            path=path,
            line=line,
            fix="every entry needs its canonical English spelling",
        )
    entry_id = row.get("id") or _slug(english)
    if not entry_id:
        raise UserError(f"cannot make an id from {english!r}", path=path, line=line, fix="give the id in column id")
    entry: dict = {"id": entry_id, "type": row.get("type") or "term", "en": {"name": english}}
    if row.get("en_short"):
        entry["en"]["short"] = row["en_short"]
    if split(row.get("en_variants", "")):
        entry["en"]["variants"] = split(row["en_variants"])
    if row.get("note"):
        entry["note"] = row["note"]
    for code in languages:
        if not row.get(code):
            continue
        block: dict = {}
        for key, prefix in (("name", code), ("short", f"{code}_short")):
            if not row.get(prefix):
                continue
            forms = {form: row[f"{prefix}_{form}"] for form in _forms_of(code) if row.get(f"{prefix}_{form}")}
            block[key] = {"nom": row[prefix], **forms} if forms else row[prefix]
        if row.get(f"{code}_pronounced"):
            block["pronounced"] = row[f"{code}_pronounced"]
        if flag(f"{code}_indeclinable"):
            block["indeclinable"] = True
        if split(row.get(f"{code}_forbidden", "")):
            block["forbidden"] = split(row[f"{code}_forbidden"])
        if row.get(f"{code}_note"):
            block["note"] = row[f"{code}_note"]
        entry[code] = block
    return entry


def read_glossary_csv(path: Path, to: Path, glossary_paths: Sequence[Path]) -> CsvImport:
    """Turn a CSV termbase into glossary YAML for ``to``, checked as ``toolkit glossary check`` would.

    ``glossary_paths`` are the glossary sources the new file joins; when
    ``to`` lies in one of those folders, it is checked as part of it.
    """
    import yaml

    columns, rows = _rows(path)
    unknown = [c for c in columns if c and c not in known_columns()]
    if unknown:
        raise UserError(
            f"unknown column {unknown[0]!r}",
            path=path,
            line=1,
            fix="columns are id, type, note, en, en_short, en_variants, and per language ar/fa/tr/ru: "
            "<lang>, <lang>_short, <lang>_<form>, <lang>_pronounced, <lang>_indeclinable, "
            "<lang>_forbidden, <lang>_note",
        )
    if "en" not in columns:
        raise UserError(
            "no column en (the canonical English spelling)",
            path=path,
            line=1,
            fix="name the English column en (or en-US, en-GB)",
        )
    languages = [code for code in TARGET_LANGUAGES if code in columns]
    chunks, lines = [], []  # YAML of each row, and (first YAML line, CSV line)
    yaml_line = 1
    for line, row in rows:
        text = yaml.safe_dump(
            [_entry(line, row, languages, path)],
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=None,
            width=4096,
        )
        lines.append((yaml_line, line))
        chunks.append(text)
        yaml_line += text.count("\n")
    document = "".join(chunks)
    errors, warnings = _check(document, to, glossary_paths, languages, path, lines)
    return CsvImport(document, len(rows), errors, warnings)


def _check(
    document: str,
    to: Path,
    glossary_paths: Sequence[Path],
    languages: list[str],
    csv_path: Path,
    lines: list[tuple[int, int]],
) -> tuple[list[str], list[str]]:
    from ..glossary.load import check_glossary

    with tempfile.TemporaryDirectory(prefix="toolkit-csv-") as scratch:
        folder = Path(scratch) / "new"
        folder.mkdir()
        target = folder / to.name
        target.write_text(document, encoding="utf-8")
        sources: list[Path] = []
        joined = False
        for source in glossary_paths:
            if source.is_dir() and source.resolve() == to.resolve().parent:
                for existing in sorted(source.iterdir()):
                    if existing.suffix in (".yaml", ".yml") and existing.name != to.name:
                        (folder / existing.name).symlink_to(existing.resolve())
                sources.append(folder)
                joined = True
            elif source.exists():
                sources.append(source)
        if not joined:
            sources.append(target)
        glossary, findings = check_glossary(sources, languages)

        def where(finding: Problem) -> str:
            location = finding.place
            if location.path.resolve() != target.resolve():
                if location.path.parent == folder:  # a file of the folder the new one joins
                    return f"{to.parent / location.path.name}:{location.line}:{location.column}"
                return str(location)
            csv_line = max((csv for first, csv in lines if first <= location.line), default=1)
            return f"{csv_path}:{csv_line}"

        def text(finding: Problem) -> str:
            message = re.sub(
                re.escape(str(target)) + r":(\d+)(?::\d+)?",
                lambda m: f"{csv_path}:{max((c for f, c in lines if f <= int(m.group(1))), default=1)}",
                finding.message,
            )
            message = message.replace(str(folder), str(to.parent))
            return (
                f"{where(finding)}: {finding.severity}: "
                + (f"{finding.entry_id}: " if finding.entry_id else "")
                + message
                + (f"\n  fix: {finding.fix}" if finding.fix else "")
            )

        new_ids = {entry.id for entry in glossary if entry.location.path.resolve() == target.resolve()}
        relevant = [
            f
            for f in findings
            if f.place.path.resolve() == target.resolve() or f.entry_id in new_ids or str(target) in f.message
        ]
        return (
            [text(f) for f in relevant if f.severity == "error"],
            [text(f) for f in relevant if f.severity != "error"],
        )
