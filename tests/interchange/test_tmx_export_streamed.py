"""The TMX export is written as the memory is read, unit by unit (a memory of 100,000 units is never held whole):
what a reader of the whole file refuses it refuses too, naming the place, and a file it cannot finish is never
left behind, half written, in place of the one --out named."""

import pytest
from click.testing import CliRunner
from lxml import etree

from toolkit.cli import main
from toolkit.translate import memory as memory_module

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<tmx version="1.4">\n'
    '<header creationtool="cat" creationtoolversion="1" segtype="sentence" o-tmf="cat" adminlang="en" '
    'srclang="en" datatype="plaintext"/>\n'
    "<body>\n"
)


def unit(number: int) -> str:
    return (
        f'<tu tuid="story:{number}">\n'
        f'  <tuv xml:lang="en"><seg>The talks lasted {number} hours.</seg></tuv>\n'
        f'  <tuv xml:lang="ru"><seg>Переговоры длились {number} часа.</seg></tuv>\n'
        "</tu>\n"
    )


def tmx(units: int, *, after: int | None = None, insert: str = "") -> str:
    body = "".join(unit(n) + (insert if n == after else "") for n in range(1, units + 1))
    return HEADER + body + "</body>\n</tmx>\n"


def export(memory, out="shared.tmx"):
    return CliRunner().invoke(main, ["memory", "export", "--format", "tmx", "--memory", str(memory), "--out", out])


def test_every_unit_of_a_memory_is_written_in_order(workspace):
    (workspace / "desk.tmx").write_text(tmx(50), encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 0, result.output
    units = etree.parse(str(workspace / "shared.tmx")).getroot().findall("body/tu")
    assert [tu.get("tuid") for tu in units] == [f"story:{n}" for n in range(1, 51)]
    assert units[49].findall("tuv")[1].find("seg").text == "Переговоры длились 50 часа."
    assert "shared.tmx: 50 units in" in result.output


def test_a_memory_broken_after_its_first_units_leaves_the_previous_export_as_it_was(workspace):
    (workspace / "shared.tmx").write_text("the export of last week\n", encoding="utf-8")
    text = tmx(20, after=12, insert="<tu tuid='broken'><tuv xml:lang='en'><seg>Cut</tuv></tu>\n")
    (workspace / "desk.tmx").write_text(text, encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    line = next(n for n, written in enumerate(text.splitlines(), 1) if "broken" in written)
    assert f"desk.tmx:{line}:" in result.output and "not a valid TMX file" in result.output
    assert (workspace / "shared.tmx").read_text(encoding="utf-8") == "the export of last week\n"
    assert [path.name for path in workspace.iterdir() if path.name.startswith(".shared")] == []


def test_a_memory_past_the_unit_bound_is_refused_at_the_first_unit_beyond_it(workspace, monkeypatch):
    monkeypatch.setattr(memory_module, "MAX_MEMORY_UNITS", 3)
    (workspace / "desk.tmx").write_text(tmx(5), encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 2
    assert "desk.tmx:17: the TMX file holds more than 3 translation units" in result.output
    assert not (workspace / "shared.tmx").exists()


@pytest.mark.parametrize(
    "prolog, said",
    [
        ('<!DOCTYPE tmx [<!ENTITY lol "lol">]>\n', "declares its own document type"),
        ("", "not a valid TMX file"),
    ],
    ids=["own-entities", "undeclared-entity"],
)
def test_entities_are_refused_as_a_reader_of_the_whole_file_refuses_them(workspace, prolog, said):
    text = tmx(3).replace("<tmx ", prolog + "<tmx ", 1).replace("lasted 2 hours", "lasted &lol; hours")
    (workspace / "desk.tmx").write_text(text, encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 2
    assert said in result.output and "Traceback" not in result.output
    assert not (workspace / "shared.tmx").exists()


def test_a_file_that_is_not_tmx_is_named_as_such(workspace):
    (workspace / "desk.tmx").write_text('<?xml version="1.0"?>\n<xliff version="1.2"/>\n', encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 2
    assert "root element is <xliff>, not <tmx>" in result.output


def test_units_in_a_comment_are_not_exported(workspace):
    text = tmx(2).replace("<body>\n", "<body>\n<!-- " + unit(99) + " -->\n")
    (workspace / "desk.tmx").write_text(text, encoding="utf-8")
    result = export("desk.tmx")
    assert result.exit_code == 0, result.output
    units = etree.parse(str(workspace / "shared.tmx")).getroot().findall("body/tu")
    assert [tu.get("tuid") for tu in units] == ["story:1", "story:2"]
