"""Interchange with other tools: the memory as plain TMX, the glossary as TBX-Basic and CSV, CSV termbases in."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree
from tmx_files import write_tmx

from toolkit.cli import main
from toolkit.glossary.load import load_glossary
from toolkit.interchange.glossary_csv import glossary_csv
from toolkit.interchange.tbx import glossary_tbx
from toolkit.slots import Template

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# --- TMX with names as text ------------------------------------------------------------------------------


def test_tmx_export_writes_names_out_in_their_forms_and_keeps_ids(workspace):
    result = cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", "shared.tmx")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    assert TMX_DTD.validate(tree), TMX_DTD.error_log
    assert tree.find(".//ph") is None
    units = tree.getroot().findall("body/tu")
    assert len(units) == 24 and units[0].get("tuid") == "article:1.1"
    segments = {(tu.get("tuid"), tuv.get(XML_LANG)): tuv.find("seg").text for tu in units for tuv in tu.findall("tuv")}
    assert "президентами Путиным и Эрдоганом в сентябре 2018 года" in segments[("article:6.2", "ru")]
    assert "Cumhurbaşkanı Erdoğan arasında Eylül 2018'de" in segments[("article:6.2", "tr")]
    assert "حدود ۱۳ موشک" in segments[("article:2.2", "fa")]  # the edition's digits
    assert segments[("article:1.1", "ar")].startswith("إيران وروسيا")  # the proclitic joined


def test_tmx_export_leaves_out_variants_it_cannot_render_and_says_so(workspace):
    path = workspace / "odd.tmx"
    path.write_bytes(write_tmx([("u:1", "Putin spoke.", {"ru": Template.parse("{putin:short} выступил."),
                                                          "tr": Template.parse("{nobody} konuştu.")})], path, "t"))
    result = cli("memory", "export", "--format", "tmx", "--memory", path, "--out", "shared.tmx", "--to", "ru,tr")
    assert result.exit_code == 1
    assert "odd.tmx#u:1 (tr): slot {nobody} names no glossary entry" in result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    assert [tuv.get(XML_LANG) for tuv in tree.iter("tuv")] == ["en", "ru"]


# --- TBX-Basic -------------------------------------------------------------------------------------------

TERM_NOTES = {
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "administrativeStatus": {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                             "supersededTerm-admn-sts"},
}


def tbx_basic_problems(root) -> list[str]:
    """Structure checks from the TBX-Basic specification (TBX 2008): what a CAT tool's importer relies on."""
    problems = []
    if root.tag != "martif" or root.get("type") != "TBX-Basic" or not root.get(XML_LANG):
        problems.append("root must be <martif type='TBX-Basic' xml:lang>")
    if [child.tag for child in root] != ["martifHeader", "text"]:
        problems.append("martif holds martifHeader, then text")
    if root.find("martifHeader/fileDesc/sourceDesc") is None:
        problems.append("martifHeader needs fileDesc/sourceDesc")
    ids = [entry.get("id") for entry in root.iter("termEntry")]
    if len(ids) != len(set(ids)):
        problems.append("termEntry ids repeat")
    for entry in root.iter("termEntry"):
        children = [child.tag for child in entry]
        if "langSet" not in children or children[children.index("langSet"):].count("langSet") != \
                len(children) - children.index("langSet"):
            problems.append(f"{entry.get('id')}: entry-level notes first, then langSets")
        for lang_set in entry.findall("langSet"):
            if not lang_set.get(XML_LANG) or not lang_set.findall("tig"):
                problems.append(f"{entry.get('id')}: a langSet needs xml:lang and a tig")
            for tig in lang_set.findall("tig"):
                tags = [child.tag for child in tig]
                if tags[:1] != ["term"] or tags.count("term") != 1 or not (tig.find("term").text or "").strip():
                    problems.append(f"{entry.get('id')}: a tig holds one non-empty term, first")
                notes = [child for child in tig if child.tag == "termNote"]
                if tags[1:1 + len(notes)] != ["termNote"] * len(notes):
                    problems.append(f"{entry.get('id')}: termNotes follow the term")
                for note in notes:
                    if note.text not in TERM_NOTES.get(note.get("type"), ()):
                        problems.append(f"{entry.get('id')}: termNote {note.get('type')}={note.text!r}")
    return problems


def test_tbx_export_is_tbx_basic_with_statuses_and_forms(glossary):
    root = etree.fromstring(glossary_tbx(glossary, ["ar", "fa", "tr", "ru"], tool_version="t"))
    assert tbx_basic_problems(root) == []
    entry = root.find("text/body/termEntry[@id='erdogan']")
    terms = {(ls.get(XML_LANG), tig.findtext("term")): (tig.findtext("termNote[@type='administrativeStatus']"),
                                                        tig.findtext("note"))
             for ls in entry.findall("langSet") for tig in ls.findall("tig")}
    assert terms[("en", "Recep Tayyip Erdoğan")][0] == "preferredTerm-admn-sts"
    assert terms[("en", "Erdoğan")][0] == "admittedTerm-admn-sts"
    assert terms[("ru", "Эрдоган")] == ("admittedTerm-admn-sts",
                                       "gen: Эрдогана; dat: Эрдогану; acc: Эрдогана; ins: Эрдоганом; prep: Эрдогане")
    assert "gen: Erdoğan'ın" in terms[("tr", "Erdoğan")][1]


def test_forbidden_spellings_are_deprecated_terms(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: khamenei\n  type: person\n  en: {name: Ali Khamenei}\n"
                    "  fa: {name: علی خامنه‌ای, forbidden: [علی خامنه ای]}\n", encoding="utf-8")
    root = etree.fromstring(glossary_tbx(load_glossary([path], use_cache=False), ["fa"], tool_version="t"))
    assert tbx_basic_problems(root) == []
    statuses = {tig.findtext("term"): tig.findtext("termNote[@type='administrativeStatus']")
                for tig in root.iter("tig")}
    assert statuses == {"Ali Khamenei": "preferredTerm-admn-sts", "علی خامنه‌ای": "preferredTerm-admn-sts",
                        "علی خامنه ای": "deprecatedTerm-admn-sts"}


def test_tbx_export_from_the_command_line(workspace):
    result = cli("glossary", "export", "--format", "tbx", "--out", "glossary.tbx", "--lang", "ru")
    assert result.exit_code == 0
    root = etree.parse(str(workspace / "glossary.tbx")).getroot()
    assert tbx_basic_problems(root) == []
    assert {ls.get(XML_LANG) for ls in root.iter("langSet")} == {"en", "ru"}


# --- CSV -------------------------------------------------------------------------------------------------


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
        assert (other.type, other.name, other.short, other.variants, other.note) == \
            (entry.type, entry.name, entry.short, entry.variants, entry.note)
        for code, rendering in entry.renderings.items():
            copy = other.renderings[code]
            assert (dict(copy.full), dict(copy.short or {}), copy.pronounced, copy.indeclinable, copy.forbidden) == \
                (dict(rendering.full), dict(rendering.short or {}), rendering.pronounced, rendering.indeclinable,
                 rendering.forbidden), (entry.id, code)


def test_csv_cells_that_look_like_formulas_are_defused(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: minus\n  type: term\n  en: {name: '-minus'}\n  ru: {name: '=СУММ', indeclinable: true}\n",
                    encoding="utf-8")
    rows = list(csv.reader(io.StringIO(glossary_csv(load_glossary([path], use_cache=False), ["ru"]))))
    assert rows[1][rows[0].index("en")] == "'-minus" and rows[1][rows[0].index("ru")] == "'=СУММ"


TERMBASE = """English;Russian-RU;ru_gen;ru_dat;ru_acc;ru_ins;ru_prep;tr;type
Joe Biden;Джо Байден;Джо Байдена;Джо Байдену;Джо Байдена;Джо Байденом;Джо Байдене;Joe Biden;person
Damascus;Дамаск;Дамаска;Дамаску;Дамаск;Дамаском;Дамаске;Şam;place
"""


def test_a_termbase_from_another_tool_becomes_a_checked_glossary_file(workspace):
    path = workspace / "termbase.csv"
    path.write_text("en,ru,ru_gen,ru_dat,ru_acc,ru_ins,ru_prep,tr,type\n"
                    "Joe Biden,Джо Байден,Джо Байдена,Джо Байдену,Джо Байдена,Джо Байденом,Джо Байдене,Joe Biden,person\n"
                    "Damascus,Дамаск,Дамаска,Дамаску,Дамаск,Дамаском,Дамаске,Şam,place\n", encoding="utf-8-sig")
    result = cli("glossary", "import", path, "--to", "glossaries/imported.yaml")
    assert result.exit_code == 0, result.output
    glossary = load_glossary([workspace / "glossaries"], use_cache=False)
    assert glossary["joe-biden"].renderings["ru"].full["ins"] == "Джо Байденом"
    assert glossary["damascus"].renderings["tr"].full["nom"] == "Şam"
    assert cli("glossary", "check", "--to", "ru,tr", "glossaries/imported.yaml").exit_code in (0, 1)


@pytest.mark.parametrize("rows, expected", [
    # a Russian name without its cases, as a hand-written YAML would be refused
    ("en,ru\nJoe Biden,Джо Байден\n", "termbase.csv:2: error: joe-biden: ru.name is plain text"),
    # Latin letters in a Russian rendering
    ("en,ru,ru_indeclinable\nJoe Biden,Joe Biden,yes\n", "termbase.csv:2: error: joe-biden: ru.name contains Latin"),
    # an id the glossary folder already has
    ("id,en,tr\nerdogan,Tayyip,Tayyip\n", "duplicate id 'erdogan'"),
    # a spelling another entry claims
    ("id,en,tr\nvladimir,Putin,Putin\n", "the spelling 'Putin' is also claimed by vladimir (" ),
])
def test_bad_rows_are_reported_at_their_csv_line_and_nothing_is_written(workspace, rows, expected):
    path = workspace / "termbase.csv"
    path.write_text(rows, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/imported.yaml"])
    assert result.exit_code == 2
    assert expected in result.output, result.output
    assert "termbase.csv:2" in result.output and "nothing was written" in result.output
    assert not (workspace / "glossaries" / "imported.yaml").exists()
    assert "toolkit-csv-" not in result.output  # no scratch path leaks into a message


@pytest.mark.parametrize("content, expected", [
    ("en,ru,colour\nX,Y,red\n", "termbase.csv:1: unknown column 'colour'"),
    ("ru\nДамаск\n", "no column en"),
    ('en,ru\n"Joe Biden,Джо\n', "termbase.csv:2: not a valid CSV file"),
    ("en,tr_indeclinable,tr\nDamascus,maybe,Şam\n", "termbase.csv:2: tr_indeclinable is 'maybe'"),
    ("en,tr\nDamascus,Şam,extra\n", "termbase.csv:2: the row has 3 cells"),
])
def test_malformed_csv_is_one_clear_error(workspace, content, expected):
    path = workspace / "termbase.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "import", str(path), "--to", "glossaries/imported.yaml"])
    assert result.exit_code == 2 and expected in result.output, result.output
    assert not (workspace / "glossaries" / "imported.yaml").exists()


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


def test_memory_info_counts_units_languages_and_slots(workspace):
    result = cli("memory", "info", "seeds/article.tmx", "--json")
    assert result.exit_code == 0
    (figures,) = json.loads(result.output)
    assert figures["units"] == 24 and figures["languages"] == {"ar": 24, "fa": 24, "tr": 24, "ru": 24}
    assert figures["name_slots"] == 368 and figures["last_change"] is None
