"""A TMX holding one English sentence twice with different translations (a CAT tool's duplicates): as a CAT tool's
import keeps the most recent translation, the variant dated latest is taken wherever it stands in the file, and
each older one is named in a note with the one taken; where the dates cannot tell (the same moment, or a variant
undated), the first is taken and the others are not taken, naming it, so the editor chooses."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

ENGLISH = "Officials met on Saturday."
# (older, newer) corrections of one sentence per language
TRANSLATIONS = {
    "ru-RU": ("Чиновники встретились в субботу.", "Официальные лица встретились в субботу."),
    "tr-TR": ("Yetkililer cumartesi buluştu.", "Yetkililer cumartesi günü bir araya geldi."),
    "ar-SA": ("اجتمع المسؤولون يوم السبت.", "التقى المسؤولون يوم السبت."),
    "fa-IR": ("مقامات روز شنبه دیدار کردند.", "مقامات روز شنبه با یکدیگر دیدار کردند."),
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def tmx(tag: str, variants: list[tuple[str, str]]) -> str:
    units = "".join(
        f'<tu tuid="desk:{n}"><tuv xml:lang="en-US"><seg>{ENGLISH}</seg></tuv>'
        f'<tuv xml:lang="{tag}"{f" changedate={chr(34)}{when}{chr(34)} changeid={chr(34)}ANNA{chr(34)}" if when else ""}>'
        f"<seg>{text}</seg></tuv></tu>"
        for n, (text, when) in enumerate(variants, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="T" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>'
        f"<body>{units}</body></tmx>"
    )


def imported(workspace, tag, variants, name="desk.tmx"):
    path = workspace / name
    path.write_text(tmx(tag, variants), encoding="utf-8")
    memory = workspace / "story.tmx"
    result = cli("memory", "import", path, "--memory", memory)
    stored = TmxDocument.open(memory) if memory.exists() else None
    code = tag[:2]
    text = stored.target(stored.unit_for(ENGLISH), code).code if stored is not None else None
    return result, text


@pytest.mark.parametrize("tag", sorted(TRANSLATIONS))
@pytest.mark.parametrize("newer_first", [False, True])
def test_of_two_translations_of_one_sentence_the_newer_is_taken_and_the_older_named(workspace, tag, newer_first):
    older, newer = TRANSLATIONS[tag]
    variants = [(older, "20261120T100000Z"), (newer, "20261124T093000Z")]
    if newer_first:
        variants.reverse()
    result, stored = imported(workspace, tag, variants)
    assert result.exit_code == 0, result.output  # nothing left for the editor to decide
    assert stored == newer
    assert "1 added, 0 changed, 0 unchanged, 0 could not be taken" in result.output, result.output
    older_place, newer_place = ("tu desk:2", "tu desk:1") if newer_first else ("tu desk:1", "tu desk:2")
    notes = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert len(notes) == 1, result.output
    assert f"desk.tmx {older_place} (line 1) ({tag[:2]}): not read, as {newer_place} (line 1)" in notes[0]
    assert "2026-11-24 09:30 UTC, this one 2026-11-20 10:00 UTC" in notes[0]


@pytest.mark.parametrize("tag", sorted(TRANSLATIONS))
@pytest.mark.parametrize(
    "dates",
    [("20261120T100000Z", "20261120T100000Z"), ("", "20261124T093000Z"), ("20261124T093000Z", "")],
    ids=["same moment", "first undated", "second undated"],
)
def test_where_the_dates_cannot_tell_the_first_is_taken_and_the_other_not_taken(workspace, tag, dates):
    older, newer = TRANSLATIONS[tag]
    result, stored = imported(workspace, tag, [(older, dates[0]), (newer, dates[1])])
    assert result.exit_code == 1, result.output
    assert stored == older
    assert "desk.tmx tu desk:2 (line 1) (" + tag[:2] + "): its English is that of desk.tmx tu desk:1" in result.output
    assert "not read, as" not in result.output


def test_the_same_translation_twice_is_one_translation_whatever_its_dates(workspace):
    older, _ = TRANSLATIONS["ru-RU"]
    result, stored = imported(workspace, "ru-RU", [(older, "20261120T100000Z"), (older, "20261124T093000Z")])
    assert result.exit_code == 0, result.output
    assert stored == older and "note:" not in result.output


def test_the_note_names_the_unit_taken_in_a_file_whose_name_has_spaces(workspace):
    """CAT tools export "Desk memory 2026-11.tmx": the note names the unit taken as it names the one left out, after
    the file's name, not a part of that name."""
    older, newer = TRANSLATIONS["tr-TR"]
    variants = [(older, "20261120T100000Z"), (newer, "20261124T093000Z")]
    result, stored = imported(workspace, "tr-TR", variants, name="Desk memory 2026-11.tmx")
    assert result.exit_code == 0, result.output
    assert stored == newer
    notes = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert (
        len(notes) == 1
        and "Desk memory 2026-11.tmx tu desk:1 (line 1) (tr): not read, as tu desk:2 (line 1) has a" in notes[0]
    )
