"""The editors' loop through TMX: the memory exported with names as text, corrected in another tool's TM editor,
imported back with names as slots.

A TMX file carries no review state, so its dates decide against the memory's
own: a variant dated later than the memory's is the newer translation and is
taken; one dated as the memory's is its copy, taken when its text was edited
(and dated now, so the copy as it was never comes back over it); one dated
earlier keeps the memory's translation; one without a date that differs is a
conflict, taken only with --overwrite.
"""

import pytest
from click.testing import CliRunner
from lxml import etree

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument, load_memory

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ADDED_WORD = {"ru": "снова", "tr": "yeniden", "ar": "مجددا", "fa": "دوباره"}
UNIT = "article:1.1"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def shared(workspace):
    """The seed memory exported for other tools: names as text, ids and dates kept."""
    result = cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", "shared.tmx")
    assert result.exit_code == 0, result.output
    return workspace / "shared.tmx"


def edit(path, out, code, *, text=None, date=None, drop_dates=False, who=None):
    """A TM editor's save: the variant of UNIT in ``code`` retyped; its dates set, left or removed."""
    tree = etree.parse(str(path))
    for unit in tree.iter("tu"):
        if unit.get("tuid") != UNIT:
            continue
        if drop_dates:
            for name in ("creationdate", "changedate"):
                unit.attrib.pop(name, None)
        for tuv in unit.findall("tuv"):
            if tuv.get(XML_LANG) != code:
                continue
            seg = tuv.find("seg")
            seg.text = text if text is not None else f"{seg.text.rstrip('.')} {ADDED_WORD[code]}"
            if date:
                tuv.set("changedate", date)
            if who:
                tuv.set("changeid", who)
            if drop_dates:
                for name in ("creationdate", "changedate"):
                    tuv.attrib.pop(name, None)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def english(workspace):
    memory = TmxDocument.open(workspace / "seeds" / "article.tmx")
    unit = next(u for u in memory.units() if u.get("tuid") == UNIT)
    return memory.variant(unit, "en").find("seg").text


def stored(workspace, code):
    return load_memory([workspace / "seeds" / "article.tmx"]).lookup(english(workspace), code).template.code


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_correction_dated_later_is_stored_with_names_as_slots_and_its_editor(shared, workspace, code):
    before = stored(workspace, code)
    corrected = edit(shared, workspace / "corrected.tmx", code, date="20991231T120000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    after = stored(workspace, code)
    assert after.endswith(ADDED_WORD[code]) and after.split(" ")[:3] == before.split(" ")[:3]  # slots kept
    assert "{" in after
    memory = TmxDocument.open(workspace / "seeds" / "article.tmx")
    variant = memory.variant(memory.unit_for(english(workspace)), code)
    assert (variant.get("changeid"), variant.get("changedate")) == ("TM Editor", "20991231T120000Z")


def reviewed_and_exported_again(shared, workspace, code):
    """The memory after a dated review of UNIT in ``code``, exported again: the export carries the date."""
    dated = edit(shared, workspace / "dated.tmx", code, text=stored_text(shared, code), date="20260101T090000Z")
    dated = edit(dated, dated, code, text=stored_text(dated, code) + ".")  # a full stop added: a change
    assert cli("memory", "import", dated, "--memory", "seeds/article.tmx").exit_code == 0
    again = workspace / "shared-again.tmx"
    assert cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", again).exit_code == 0
    return again


def test_a_copy_edited_without_a_new_date_is_taken_and_the_copy_as_it_was_never_comes_back(shared, workspace):
    shared = reviewed_and_exported_again(shared, workspace, "ru")
    corrected = edit(shared, workspace / "corrected.tmx", "ru")  # the tool left the dates as exported
    assert "0 added, 1 changed" in cli("memory", "import", corrected, "--memory", "seeds/article.tmx").output
    correction = stored(workspace, "ru")

    again = cli("memory", "import", shared, "--memory", "seeds/article.tmx")  # the export, unedited

    assert again.exit_code == 0, again.output
    assert f"kept: shared-again.tmx tu {UNIT}" in again.output and "the memory's translation is newer" in again.output
    assert "0 changed" in again.output
    assert stored(workspace, "ru") == correction


def test_an_older_variant_keeps_the_memory_translation(shared, workspace):
    shared = reviewed_and_exported_again(shared, workspace, "tr")
    older = edit(shared, workspace / "older.tmx", "tr", date="20000101T000000Z")
    before = (workspace / "seeds" / "article.tmx").read_bytes()

    result = cli("memory", "import", older, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "1 kept the memory's newer translation (unchanged)" in result.output
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before


def test_an_undated_variant_that_differs_from_a_dated_one_is_a_conflict_taken_only_with_overwrite(shared, workspace):
    dated = edit(shared, workspace / "dated.tmx", "ar", text=None, date="20991231T120000Z", who="Layla Haddad")
    assert cli("memory", "import", dated, "--memory", "seeds/article.tmx").exit_code == 0
    undated = edit(shared, workspace / "undated.tmx", "ar", drop_dates=True)
    undated = edit(undated, undated, "ar", text=stored_text(undated, "ar").replace(ADDED_WORD["ar"], "أيضا"))

    refused = cli("memory", "import", undated, "--memory", "seeds/article.tmx")
    assert refused.exit_code == 1
    assert f"not taken: undated.tmx tu {UNIT}" in refused.output and "--overwrite" in refused.output

    assert "changed by Layla Haddad on 2099-12-31 12:00 UTC" in refused.output

    taken = cli("memory", "import", undated, "--memory", "seeds/article.tmx", "--overwrite")
    assert taken.exit_code == 0, taken.output
    assert stored(workspace, "ar").endswith("أيضا")


def stored_text(path, code):
    """The text of UNIT's variant in ``code`` in a TMX file."""
    unit = next(u for u in etree.parse(str(path)).iter("tu") if u.get("tuid") == UNIT)
    return next(t for t in unit.findall("tuv") if t.get(XML_LANG) == code).find("seg").text


def test_a_name_misspelt_in_the_tm_editor_is_stored_as_the_glossary_spells_it_and_reported(shared, workspace):
    tree = etree.parse(str(shared))
    unit = next(u for u in tree.iter("tu") if u.get("tuid") == UNIT)
    seg = next(t for t in unit.findall("tuv") if t.get(XML_LANG) == "ru").find("seg")
    assert "Сирии" in seg.text
    corrected = edit(shared, workspace / "corrected.tmx", "ru", text=seg.text.replace("Сирии", "Сириии"))

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert f"check: corrected.tmx tu {UNIT}" in result.output and "'Сирии'" in result.output


def test_the_memory_itself_is_no_correction(workspace):
    result = cli("memory", "import", "seeds/article.tmx", "--memory", "seeds/article.tmx")

    assert result.exit_code == 2
    assert "is the memory itself" in result.output
