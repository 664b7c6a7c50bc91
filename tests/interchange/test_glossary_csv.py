"""The glossary as CSV, and CSV termbases in: checked as hand-edited YAML, located at their rows."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.glossary.load import load_glossary
from toolkit.interchange.glossary_csv import glossary_csv


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


TERMBASE = """English;Russian-RU;ru_gen;ru_dat;ru_acc;ru_ins;ru_prep;tr;type
Joe Biden;Джо Байден;Джо Байдена;Джо Байдену;Джо Байдена;Джо Байденом;Джо Байдене;Joe Biden;person
Damascus;Дамаск;Дамаска;Дамаску;Дамаск;Дамаском;Дамаске;Şam;place
"""


def test_csv_export_then_import_gives_the_same_glossary(glossary, tmp_path, monkeypatch):
    path = tmp_path / "glossary.csv"
    path.write_text(glossary_csv(glossary, ["ar", "fa", "tr", "ru"]), encoding="utf-8")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)  # no ./glossaries here: the file stands alone
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", str(tmp_path / "out" / "all.yaml")])
    assert result.exit_code == 0, result.output
    again = load_glossary([tmp_path / "out" / "all.yaml"], use_cache=False)
    assert list(again.entries) == list(glossary.entries)
    for entry in glossary:
        other = again[entry.id]
        assert (other.type, other.name, other.short, other.variants, other.note) == (
            entry.type,
            entry.name,
            entry.short,
            entry.variants,
            entry.note,
        )
        for code, rendering in entry.renderings.items():
            copy = other.renderings[code]
            assert (dict(copy.full), dict(copy.short or {}), copy.pronounced, copy.indeclinable, copy.forbidden) == (
                dict(rendering.full),
                dict(rendering.short or {}),
                rendering.pronounced,
                rendering.indeclinable,
                rendering.forbidden,
            ), (entry.id, code)


def test_csv_cells_that_look_like_formulas_are_defused(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: minus\n  type: term\n  en: {name: '-minus'}\n  ru: {name: '=СУММ', indeclinable: true}\n",
        encoding="utf-8",
    )
    rows = list(csv.reader(io.StringIO(glossary_csv(load_glossary([path], use_cache=False), ["ru"]))))
    assert rows[1][rows[0].index("en")] == "'-minus" and rows[1][rows[0].index("ru")] == "'=СУММ"


def test_a_termbase_from_another_tool_becomes_a_checked_glossary_file(workspace):
    path = workspace / "termbase.csv"
    path.write_text(
        "en,ru,ru_gen,ru_dat,ru_acc,ru_ins,ru_prep,tr,type\n"
        "Joe Biden,Джо Байден,Джо Байдена,Джо Байдену,Джо Байдена,Джо Байденом,Джо Байдене,Joe Biden,person\n"
        "Damascus,Дамаск,Дамаска,Дамаску,Дамаск,Дамаском,Дамаске,Şam,place\n",
        encoding="utf-8-sig",
    )
    result = cli("glossary", "import", path, "--to", "glossaries/imported.yaml")
    assert result.exit_code == 0, result.output
    glossary = load_glossary([workspace / "glossaries"], use_cache=False)
    assert glossary["joe-biden"].renderings["ru"].full["ins"] == "Джо Байденом"
    assert glossary["damascus"].renderings["tr"].full["nom"] == "Şam"
    assert cli("glossary", "check", "--to", "ru,tr", "glossaries/imported.yaml").exit_code in (0, 1)


@pytest.mark.parametrize(
    "rows, expected",
    [
        # a Russian name without its cases, as a hand-written YAML would be refused
        ("en,ru\nJoe Biden,Джо Байден\n", "termbase.csv:2: error: joe-biden: ru.name is plain text"),
        # Latin letters in a Russian rendering
        (
            "en,ru,ru_indeclinable\nJoe Biden,Joe Biden,yes\n",
            "termbase.csv:2: error: joe-biden: ru.name contains Latin",
        ),
        # an id the glossary folder already has
        ("id,en,tr\nerdogan,Tayyip,Tayyip\n", "duplicate id 'erdogan'"),
        # a spelling another entry claims
        ("id,en,tr\nvladimir,Putin,Putin\n", "the spelling 'Putin' is also claimed by vladimir ("),
    ],
)
def test_bad_rows_are_reported_at_their_csv_line_and_nothing_is_written(workspace, rows, expected):
    path = workspace / "termbase.csv"
    path.write_text(rows, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/imported.yaml"])
    assert result.exit_code == 2
    assert expected in result.output, result.output
    assert "termbase.csv:2" in result.output and "nothing was written" in result.output
    assert not (workspace / "glossaries" / "imported.yaml").exists()
    assert "toolkit-csv-" not in result.output  # no scratch path leaks into a message


@pytest.mark.parametrize(
    "content, expected",
    [
        ("en,ru,colour\nX,Y,red\n", "termbase.csv:1: unknown column 'colour'"),
        ("ru\nДамаск\n", "no column en"),
        ('en,ru\n"Joe Biden,Джо\n', "termbase.csv:2: not a valid CSV file"),
        ("en,tr_indeclinable,tr\nDamascus,maybe,Şam\n", "termbase.csv:2: tr_indeclinable is 'maybe'"),
        ("en,tr\nDamascus,Şam,extra\n", "termbase.csv:2: the row has 3 cells"),
        # one cell of each row would be lost without a word
        ("id,en,en,tr\nx,Damascus,Dimashq,Şam\n", "termbase.csv:1: the header names the column 'en' twice: column 2"),
        (
            "en,ru-RU,ru\nX,Y,Z\n",
            "termbase.csv:1: the header names the column 'ru' twice: column 2 ('ru-RU') and column 3",
        ),
        # a quote never closed reads on to the end: the row it opened in is named, not the file's last line
        ('en,tr\n"Damascus,Şam\nBeirut,Beyrut\nAmman,Amman\n', "termbase.csv:2: not a valid CSV file"),
        # a header row that is no CSV (a quote closed mid-cell, a cell longer than the csv module reads)
        ('en,"tr"x\nDamascus,Şam\n', "termbase.csv:1: not a valid CSV file"),
        ("en," + "x" * 200_000 + "\n", "termbase.csv:1: not a valid CSV file"),
        # an XML termbase (TBX, a glossary the toolkit exported as TBX) given as CSV
        (
            '<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>'
            '<termEntry id="c1"><langSet xml:lang="en"><tig><term>Moscow</term></tig></langSet>'
            '<langSet xml:lang="ru"><tig><term>"Москва</term></tig></langSet></termEntry></body></text></martif>\n',
            "termbase.csv:1: an XML file (a TBX termbase?), not CSV",
        ),
    ],
)
def test_malformed_csv_is_one_clear_error(workspace, content, expected):
    path = workspace / "termbase.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/imported.yaml"])
    assert result.exit_code == 2 and expected in result.output, result.output
    assert not (workspace / "glossaries" / "imported.yaml").exists()


def test_a_row_whose_quoted_cell_runs_over_lines_is_reported_at_its_first_line(workspace):
    path = workspace / "termbase.csv"
    path.write_text('id,en,tr\nbeirut,Beirut,Beyrut\ndamascus,"Damas\ncus",Şam\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/imported.yaml"])
    assert result.exit_code == 2
    assert "termbase.csv:3: error: damascus: en.name contains the control character U+000A" in result.output


@pytest.mark.parametrize("start", ["\t=1+2", '=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)"])
def test_every_cell_start_a_spreadsheet_reads_as_a_formula_is_defused_and_read_back(tmp_path, start):
    path = tmp_path / "g.yaml"
    path.write_text(
        f"- id: note\n  type: term\n  en: {{name: Note}}\n  note: {json.dumps(start)}\n  tr: {{name: Not}}\n",
        encoding="utf-8",
    )
    glossary = load_glossary([path], use_cache=False)
    assert glossary["note"].note == start
    exported = glossary_csv(glossary, ["tr"])
    header, row = csv.reader(io.StringIO(exported))
    assert row[header.index("note")] == "'" + start
    (tmp_path / "back.csv").write_text(exported, encoding="utf-8")
    result = cli(
        "glossary",
        "import",
        tmp_path / "back.csv",
        "--to",
        tmp_path / "back.yaml",
        "--glossary",
        tmp_path / "none.yaml",
    )
    assert result.exit_code == 0, result.output
    assert load_glossary([tmp_path / "back.yaml"], use_cache=False)["note"].note == start


def test_a_note_with_a_carriage_return_exports_a_csv_that_reads_back(tmp_path):
    # the bare \r was written unquoted and ended the row: the file no longer read back
    path = tmp_path / "g.yaml"
    path.write_text(
        '- id: note\n  type: term\n  en: {name: Note}\n  note: "first line\\rsecond\\r\\nthird"\n  tr: {name: Not}\n',
        encoding="utf-8",
    )
    exported = glossary_csv(load_glossary([path], use_cache=False), ["tr"])
    header, row = csv.reader(io.StringIO(exported, newline=""))
    assert row[header.index("note")] == "first line\nsecond\nthird"


def test_csv_in_another_encoding_or_binary_is_refused(workspace):
    path = workspace / "termbase.csv"
    path.write_bytes("en,tr\nDamascus,Şam\n".encode("cp1254"))
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/x.yaml"])
    assert result.exit_code == 2 and "not UTF-8" in result.output
    path.write_bytes(b"en,tr\nDa\x00mascus,Sam\n")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/x.yaml"])
    assert result.exit_code == 2 and "NUL" in result.output


def test_import_never_overwrites_a_glossary_file(workspace):
    path = workspace / "termbase.csv"
    path.write_text("en,tr\nDamascus,Şam\n", encoding="utf-8")
    before = (workspace / "glossaries" / "places.yaml").read_bytes()
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/places.yaml"])
    assert result.exit_code == 2 and "exists already" in result.output
    assert (workspace / "glossaries" / "places.yaml").read_bytes() == before
