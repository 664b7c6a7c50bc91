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
    corrected = edit(shared, workspace / "corrected.tmx", code, date="20261120T120000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    after = stored(workspace, code)
    assert after.endswith(ADDED_WORD[code]) and after.split(" ")[:3] == before.split(" ")[:3]  # slots kept
    assert "{" in after
    memory = TmxDocument.open(workspace / "seeds" / "article.tmx")
    variant = memory.variant(memory.unit_for(english(workspace)), code)
    assert (variant.get("changeid"), variant.get("changedate")) == ("TM Editor", "20261120T120000Z")


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
    dated = edit(shared, workspace / "dated.tmx", "ar", text=None, date="20261120T120000Z", who="Layla Haddad")
    assert cli("memory", "import", dated, "--memory", "seeds/article.tmx").exit_code == 0
    undated = edit(shared, workspace / "undated.tmx", "ar", drop_dates=True)
    undated = edit(undated, undated, "ar", text=stored_text(undated, "ar").replace(ADDED_WORD["ar"], "أيضا"))

    refused = cli("memory", "import", undated, "--memory", "seeds/article.tmx")
    assert refused.exit_code == 1
    assert f"not taken: undated.tmx tu {UNIT}" in refused.output and "--overwrite" in refused.output

    assert "changed by Layla Haddad on 2026-11-20 12:00 UTC" in refused.output

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


@pytest.mark.parametrize("link", [None, "symlink", "hardlink"])
def test_the_memory_itself_is_no_correction(workspace, link):
    given = workspace / "seeds" / "article.tmx"
    if link == "symlink":
        (workspace / "alias.tmx").symlink_to(given)
        given = workspace / "alias.tmx"
    elif link == "hardlink":
        (workspace / "alias.tmx").hardlink_to(given)
        given = workspace / "alias.tmx"

    result = cli("memory", "import", given, "--memory", "seeds/article.tmx")

    assert result.exit_code == 2
    assert "is the memory itself" in result.output


def set_memory_date(workspace, code, date):
    """The memory's variant of UNIT in ``code`` dated ``date`` (as a hand edit of the TMX would leave it)."""
    path = workspace / "seeds" / "article.tmx"
    tree = etree.parse(str(path))
    unit = next(u for u in tree.iter("tu") if u.get("tuid") == UNIT)
    next(t for t in unit.findall("tuv") if t.get(XML_LANG) == code).set("changedate", date)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("date", ["yesterday", "2026-13-45", "99999999T999999Z", "26/11/2026", "20261126T091400+9900"])
def test_a_variant_whose_date_is_no_date_is_not_taken_and_says_how_to_write_one(shared, workspace, date):
    set_memory_date(workspace, "ru", "20260101T090000Z")
    before = (workspace / "seeds" / "article.tmx").read_bytes()
    garbled = edit(shared, workspace / "garbled.tmx", "ru", date=date)

    result = cli("memory", "import", garbled, "--memory", "seeds/article.tmx")

    assert result.exit_code == 1, result.output
    assert f"not taken: garbled.tmx tu {UNIT}" in result.output
    assert "is not a date" in result.output and "YYYYMMDDThhmmssZ" in result.output
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before


@pytest.mark.parametrize("code", ["ru", "fa"])
def test_a_variant_dated_in_the_future_is_not_taken(shared, workspace, code):
    future = edit(shared, workspace / "future.tmx", code, date="20991231T120000Z", who="TM Editor")
    before = (workspace / "seeds" / "article.tmx").read_bytes()

    result = cli("memory", "import", future, "--memory", "seeds/article.tmx")

    assert result.exit_code == 1, result.output
    assert "is in the future" in result.output and "20991231T120000Z" in result.output
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before


@pytest.mark.parametrize(
    ("date", "taken"),
    [
        ("20260101T103000+0200", False),  # 08:30 UTC: before the memory's 09:00 UTC
        ("2026-01-01T11:30:00+02:00", True),  # 09:30 UTC
        ("20260101T100000", True),  # no zone: UTC, as TMX dates are
        ("20260101T085959Z", False),
        ("20260101", False),  # the day only: its first moment
    ],
)
def test_dates_with_a_time_zone_are_compared_in_utc(shared, workspace, date, taken):
    set_memory_date(workspace, "tr", "20260101T090000Z")
    corrected = edit(shared, workspace / "zoned.tmx", "tr", date=date)

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    if taken:
        assert "0 added, 1 changed" in result.output
        assert stored(workspace, "tr").endswith(ADDED_WORD["tr"])
    else:
        assert "1 kept the memory's newer translation" in result.output
        assert not stored(workspace, "tr").endswith(ADDED_WORD["tr"])


def test_a_memory_date_that_is_no_date_never_blocks_a_dated_correction(shared, workspace):
    set_memory_date(workspace, "ar", "garbage")  # a hand edit of the memory
    corrected = edit(shared, workspace / "corrected.tmx", "ar", date="20260101T090000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    assert stored(workspace, "ar").endswith(ADDED_WORD["ar"])


def test_a_memory_dated_in_the_future_never_blocks_a_dated_correction(shared, workspace):
    set_memory_date(workspace, "fa", "20991231T000000Z")  # written by a tool with a wrong clock, or by hand
    corrected = edit(shared, workspace / "corrected.tmx", "fa", date="20261120T090000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    assert stored(workspace, "fa").endswith(ADDED_WORD["fa"])


CALENDAR_EDGES = [
    "00000101T000000Z",  # year 0: no such year
    "20261301T090000Z",  # month 13
    "20260230T090000Z",  # February 30
    "20261126T250000Z",  # the 25th hour
    "9999-12-31T23:59:59-05:00",  # past the last moment a date can hold, once moved to UTC
    "0001-01-01T00:00:00+01:00",  # before the first one
]


@pytest.mark.parametrize("date", CALENDAR_EDGES)
def test_a_variant_dated_at_a_calendar_edge_is_not_taken_and_says_how_to_write_a_date(shared, workspace, date):
    set_memory_date(workspace, "ru", "20260101T090000Z")
    before = (workspace / "seeds" / "article.tmx").read_bytes()
    edge = edit(shared, workspace / "edge.tmx", "ru", date=date)

    result = CliRunner().invoke(main, ["memory", "import", str(edge), "--memory", "seeds/article.tmx"])

    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert "is not a date" in result.output and "YYYYMMDDThhmmssZ" in result.output
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before


def test_a_variant_dated_at_the_last_moment_a_date_holds_is_in_the_future(shared, workspace):
    edge = edit(shared, workspace / "edge.tmx", "tr", date="99991231T235959Z")
    result = cli("memory", "import", edge, "--memory", "seeds/article.tmx")
    assert result.exit_code == 1, result.output
    assert "its date 99991231T235959Z is in the future" in result.output


@pytest.mark.parametrize("date", CALENDAR_EDGES)
def test_a_memory_dated_at_a_calendar_edge_counts_as_undated(shared, workspace, date):
    set_memory_date(workspace, "ar", date)
    corrected = edit(shared, workspace / "corrected.tmx", "ar", date="20261120T090000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    assert stored(workspace, "ar").endswith(ADDED_WORD["ar"])
