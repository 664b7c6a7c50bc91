"""The glossary as TBX-Basic (TBX 2008): entries, statuses and forms, for termbase tools."""

from click.testing import CliRunner
from lxml import etree

from toolkit.cli import main
from toolkit.glossary.load import load_glossary
from toolkit.interchange.tbx import glossary_tbx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


TERM_NOTES = {
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "administrativeStatus": {
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
    },
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
        if "langSet" not in children or children[children.index("langSet") :].count("langSet") != len(
            children
        ) - children.index("langSet"):
            problems.append(f"{entry.get('id')}: entry-level notes first, then langSets")
        for lang_set in entry.findall("langSet"):
            if not lang_set.get(XML_LANG) or not lang_set.findall("tig"):
                problems.append(f"{entry.get('id')}: a langSet needs xml:lang and a tig")
            for tig in lang_set.findall("tig"):
                tags = [child.tag for child in tig]
                if tags[:1] != ["term"] or tags.count("term") != 1 or not (tig.find("term").text or "").strip():
                    problems.append(f"{entry.get('id')}: a tig holds one non-empty term, first")
                notes = [child for child in tig if child.tag == "termNote"]
                if tags[1 : 1 + len(notes)] != ["termNote"] * len(notes):
                    problems.append(f"{entry.get('id')}: termNotes follow the term")
                for note in notes:
                    if note.text not in TERM_NOTES.get(note.get("type"), ()):
                        problems.append(f"{entry.get('id')}: termNote {note.get('type')}={note.text!r}")
    return problems


def test_tbx_export_is_tbx_basic_with_statuses_and_forms(glossary):
    root = etree.fromstring(glossary_tbx(glossary, ["ar", "fa", "tr", "ru"], tool_version="t"))
    assert tbx_basic_problems(root) == []
    entry = root.find("text/body/termEntry[@id='erdogan']")
    terms = {
        (ls.get(XML_LANG), tig.findtext("term")): (
            tig.findtext("termNote[@type='administrativeStatus']"),
            tig.findtext("note"),
        )
        for ls in entry.findall("langSet")
        for tig in ls.findall("tig")
    }
    assert terms[("en", "Recep Tayyip Erdoğan")][0] == "preferredTerm-admn-sts"
    assert terms[("en", "Erdoğan")][0] == "admittedTerm-admn-sts"
    assert terms[("ru", "Эрдоган")] == (
        "admittedTerm-admn-sts",
        "gen: Эрдогана; dat: Эрдогану; acc: Эрдогана; ins: Эрдоганом; prep: Эрдогане",
    )
    assert "gen: Erdoğan'ın" in terms[("tr", "Erdoğan")][1]


def test_forbidden_spellings_are_deprecated_terms(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: khamenei\n  type: person\n  en: {name: Ali Khamenei}\n"
        "  fa: {name: علی خامنه‌ای, forbidden: [علی خامنه ای]}\n",
        encoding="utf-8",
    )
    root = etree.fromstring(glossary_tbx(load_glossary([path], use_cache=False), ["fa"], tool_version="t"))
    assert tbx_basic_problems(root) == []
    statuses = {
        tig.findtext("term"): tig.findtext("termNote[@type='administrativeStatus']") for tig in root.iter("tig")
    }
    assert statuses == {
        "Ali Khamenei": "preferredTerm-admn-sts",
        "علی خامنه‌ای": "preferredTerm-admn-sts",
        "علی خامنه ای": "deprecatedTerm-admn-sts",
    }


def test_tbx_export_from_the_command_line(workspace):
    result = cli("glossary", "export", "--format", "tbx", "--out", "glossary.tbx", "--lang", "ru")
    assert result.exit_code == 0
    root = etree.parse(str(workspace / "glossary.tbx")).getroot()
    assert tbx_basic_problems(root) == []
    assert {ls.get(XML_LANG) for ls in root.iter("langSet")} == {"en", "ru"}


def test_a_note_xml_cannot_hold_stops_the_export_at_the_note_not_in_a_traceback(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        '- id: note\n  type: term\n  en: {name: Note Thing}\n  note: "Met\\vhim"\n  tr: {name: Not}\n', encoding="utf-8"
    )
    result = CliRunner().invoke(
        main,
        [
            "glossary",
            "export",
            "--format",
            "tbx",
            "--lang",
            "tr",
            "--glossary",
            str(path),
            "--out",
            str(tmp_path / "x.tbx"),
        ],
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {path}:4:9: note: note contains the control character U+000B")
    assert not (tmp_path / "x.tbx").exists()
