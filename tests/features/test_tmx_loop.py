"""The editors' loop through TMX: the memory exported with names as text, corrected in another tool's TM editor,
imported back with names as slots.

A TMX file records no review file it was made from, so its dates decide against the memory's
own: a variant dated later than the memory's is the newer translation and is
taken; one dated as the memory's is its copy, taken when its text was edited
(and dated now, so the copy as it was never comes back over it); one dated
earlier keeps the memory's translation; one without a date that differs is a
conflict, taken only with --overwrite. A variant its CAT tool marks as not reviewed (a draft, machine output
nobody confirmed) is never taken, nor used when such a TMX is a run's memory.
"""

import copy
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree

from toolkit import run
from toolkit.cli import main
from toolkit.testing.faulty_engine import FaultyEngine, memory_translator
from toolkit.translate.machine import MachineEngine
from toolkit.translate.memory import TmxDocument, load_memory

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
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


def marked(path, out, code, props, *, unit_id=UNIT):
    """A CAT tool's export: UNIT's variant in ``code`` retyped and dated later, with review ``props`` on the unit."""
    edit(path, out, code, date="20261120T120000Z", who="Translator")
    tree = etree.parse(str(out))
    unit = next(u for u in tree.iter("tu") if u.get("tuid") == unit_id)
    for kind, value in reversed(props):
        prop = etree.Element("prop", type=kind)
        prop.text = value
        unit.insert(0, prop)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


@pytest.mark.parametrize(
    ("code", "props"),
    [
        ("ru", [("x-ConfirmationLevel", "Draft")]),
        ("tr", [("x-Origin", "MachineTranslation")]),
        ("ar", [("x-Status", "Pre-translated")]),
        ("fa", [("x-state", "needs-review-translation")]),
        ("ru", [("x-Origin", "NeuralMachineTranslation"), ("x-ConfirmationLevel", "Unspecified")]),
    ],
)
def test_a_variant_its_tool_marks_as_not_reviewed_is_not_taken_and_counted(shared, workspace, code, props):
    before = stored(workspace, code)
    draft = marked(shared, workspace / "draft.tmx", code, props)

    result = cli("memory", "import", draft, "--memory", "seeds/article.tmx")

    assert result.exit_code == 1, result.output
    assert f"not taken: draft.tmx tu {UNIT}" in result.output
    assert f"not reviewed: its {props[-1][0]} is '{props[-1][1]}'" in result.output
    assert "confirm or approve the translations in your CAT tool" in result.output
    assert "4 could not be taken (4 of them not reviewed)" in result.output  # the unit's mark: every language
    assert stored(workspace, code) == before  # machine output never stands as an editor's word


@pytest.mark.parametrize("level", ["Translated", "ApprovedTranslation", "ApprovedSignOff"])
def test_a_variant_confirmed_or_approved_in_trados_is_taken_even_from_machine_translation(shared, workspace, level):
    approved = marked(
        shared, workspace / "approved.tmx", "ru", [("x-Origin", "MachineTranslation"), ("x-ConfirmationLevel", level)]
    )

    result = cli("memory", "import", approved, "--memory", "seeds/article.tmx", "--json")

    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert len(report["changed"]) == 1 and report["not_reviewed"] == 0
    assert stored(workspace, "ru").endswith(ADDED_WORD["ru"])


def test_a_memory_with_drafts_given_to_a_run_uses_only_its_reviewed_translations_and_says_so(
    workspace, glossary, memory
):
    """A Trados memory: a draft of UNIT's Russian after the reviewed unit, and machine output for sentence 2.1."""
    path = workspace / "seeds" / "article.tmx"
    tree = etree.parse(str(path))
    body = tree.getroot().find("body")
    units = {u.get("tuid"): u for u in body.iter("tu")}
    draft = copy.deepcopy(units[UNIT])
    draft.set("tuid", "draft-1.1")
    for tuv in draft.findall("tuv"):
        if tuv.get(XML_LANG) == "ru":
            tuv.find("seg").tail = None
            tuv.find("seg").append(etree.fromstring('<ph x="9" type="x-name">{putin}</ph>'))
    level = etree.SubElement(draft, "prop", type="x-ConfirmationLevel")
    level.text = "Draft"
    draft.insert(0, level)
    body.append(draft)
    origin = etree.Element("prop", type="x-Origin")
    origin.text = "MachineTranslation"
    units["article:2.1"].insert(0, origin)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    engine = FaultyEngine(translate=memory_translator(memory, glossary))
    editions = {}

    result = run(
        ["seeds/article.txt"],
        languages=["ru"],
        engines=[MachineEngine(engine, glossary)],
        on_article=lambda outcome, found: editions.update({outcome.name: found}),
    )

    assert result.exit_code == 0
    segments = editions["article"][0].segments
    assert segments[0].origin == "memory" and "Путин" not in segments[0].text  # the reviewed unit, not the draft
    assert segments[1].origin == "faulty"  # the engine's: the unconfirmed machine output is not reused as reviewed
    assert engine.calls and all(len(batch) == 1 for batch in engine.calls)
    assert not segments[0].problems  # the reviewed unit stands: nothing to say of the draft after it
    (warning,) = [p for p in segments[1].problems if p.code == "memory-unit-unreviewed"]
    assert warning.severity == "warning" and "'article:2.1'" in warning.message
    assert "x-Origin is 'MachineTranslation'" in warning.message and "article.tmx:" in warning.message
    warning = next(line for line in result.notices if "not used" in line)
    assert warning.startswith("warning: 2 memory translations not used: marked as not reviewed")
    assert any("translation unit 'draft-1.1': its x-ConfirmationLevel is 'Draft'" in line for line in result.notices)
    assert any("'article:2.1': its x-Origin is 'MachineTranslation'" in line for line in result.notices)


@pytest.mark.parametrize(
    ("props", "written"),
    [
        ([("x-ConfirmationLevel", "Draft")], ("x-ConfirmationLevel", "ApprovedTranslation")),
        ([("x-Origin", "MachineTranslation")], ("x-status", "reviewed")),
        ([("x-Status", "Pre-translated")], ("x-status", "reviewed")),
    ],
)
def test_a_correction_imported_into_a_memory_of_drafts_is_used_as_reviewed(shared, workspace, props, written):
    """A Trados or memoQ memory is the desk's memory: a unit marked as a draft gets a reviewed translation."""
    memory = workspace / "seeds" / "article.tmx"
    tree = etree.parse(str(memory))
    unit = next(u for u in tree.iter("tu") if u.get("tuid") == UNIT)
    for kind, value in props:
        prop = etree.Element("prop", type=kind)
        prop.text = value
        unit.insert(0, prop)
    tree.write(str(memory), xml_declaration=True, encoding="UTF-8")
    assert load_memory([memory]).lookup(english(workspace), "ru") is None  # the draft is never used
    corrected = edit(shared, workspace / "corrected.tmx", "ru", date="20261120T120000Z", who="Layla Haddad")
    only_russian = etree.parse(str(corrected))
    for tuv in list(only_russian.iter("tuv")):
        if tuv.get(XML_LANG) not in ("en", "ru"):
            tuv.getparent().remove(tuv)
    only_russian.write(str(corrected), xml_declaration=True, encoding="UTF-8")

    result = cli("memory", "import", corrected, "--memory", memory)

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed" in result.output
    assert stored(workspace, "ru").endswith(ADDED_WORD["ru"])  # reviewed now, so runs use it
    assert load_memory([memory]).lookup(english(workspace), "tr") is None  # the unit's other drafts stay drafts
    document = TmxDocument.open(memory)
    variant = document.variant(document.unit_for(english(workspace)), "ru")
    assert [(p.get("type"), p.text) for p in variant.findall("prop") if p.get("type") != "x-toolkit-origin"] == [
        written
    ]
    assert TMX_DTD.validate(etree.parse(str(memory))), TMX_DTD.error_log


def test_a_memory_beside_read_after_this_one_that_still_holds_the_sentence_is_named(shared, workspace):
    from toolkit.batch.inputs import default_memory_paths

    memory = workspace / "seeds" / "article.tmx"
    (workspace / "seeds" / "zz-newsroom.tmx").write_bytes(memory.read_bytes())  # read after article.tmx
    (workspace / "seeds" / "aa-archive.tmx").write_bytes(memory.read_bytes())  # read before: overridden
    corrected = edit(shared, workspace / "corrected.tmx", "tr", date="20261120T120000Z", who="TM Editor")

    result = cli("memory", "import", corrected, "--memory", memory)

    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1 and f"corrected.tmx tu {UNIT}" in notes[0] and "(tr)" in notes[0]
    assert "zz-newsroom.tmx also holds this sentence (unit 'article:1.1')" in notes[0]
    assert "import the file into zz-newsroom.tmx too" in notes[0]
    # what the note says is what a run of the article does
    used = load_memory(default_memory_paths([workspace / "seeds" / "article.txt"])).lookup(english(workspace), "tr")
    assert used.path.name == "zz-newsroom.tmx" and not used.template.code.endswith(ADDED_WORD["tr"])


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
