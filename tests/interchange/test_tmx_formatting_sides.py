"""A TMX variant whose formatting is on one side only: the translation formatted where its English is plain, or
the English formatted where the translation is plain. The memory keeps the English's formatting on the
translation's words (the editions take it from the article), so formatting the English has none like is not
stored, and formatting of the English the translation lost is stored without; both are said under ``check``,
never dropped silently, and a lost link is not taken, as from a review edition or an XLIFF file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

BOLD = '<bpt i="{i}" type="bold">&lt;b&gt;</bpt>{words}<ept i="{i}">&lt;/b&gt;</ept>'
ITALIC = '<bpt i="{i}" type="italic">&lt;i&gt;</bpt>{words}<ept i="{i}">&lt;/i&gt;</ept>'
LINK = '<bpt i="{i}" type="link">&lt;a href="https://example.org/a"&gt;</bpt>{words}<ept i="{i}">&lt;/a&gt;</ept>'
# per language: the plain translation of "Officials met on Saturday." and the word formatted in it
MET = {
    "ru": ("Чиновники {w} в субботу.", "встретились"),
    "tr": ("Yetkililer cumartesi günü {w}.", "buluştu"),
    "ar": ("{w} المسؤولون يوم السبت.", "اجتمع"),
    "fa": ("مقامات روز شنبه {w} کردند.", "دیدار"),
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def imported(workspace, code, english, translation, *options):
    units = (
        f'<tu tuid="desk:1"><tuv xml:lang="en-US"><seg>{english}</seg></tuv>'
        f'<tuv xml:lang="{code}" changedate="20261120T100000Z"><seg>{translation}</seg></tuv></tu>'
    )
    path = workspace / "desk.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="T" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>'
        f"<body>{units}</body></tmx>",
        encoding="utf-8",
    )
    memory = workspace / "story.tmx"
    result = cli("memory", "import", path, "--memory", memory, *options)
    stored = TmxDocument.open(memory) if memory.exists() else None
    unit = stored.unit_for("Officials met on Saturday.") if stored is not None else None
    return result, (stored.target(unit, code).code if unit is not None else None)


@pytest.mark.parametrize("code", sorted(MET))
def test_formatting_the_english_has_none_like_is_said_and_not_stored(workspace, code):
    text, word = MET[code]
    translation = text.format(w=BOLD.format(i=1, words=word))
    result, stored = imported(workspace, code, "Officials met on Saturday.", translation, "--json")
    assert result.exit_code == 0, result.output
    assert stored == text.format(w=word)  # the words as written, without the bold
    data = json.loads(result.stdout)
    assert len(data["formatting_lost"]) == 1, data
    assert (
        f"the translation has bold on {word!r}, which the English does not have"
        in (data["formatting_lost"][0]["reason"])
    )


@pytest.mark.parametrize("code", sorted(MET))
def test_formatting_the_english_has_and_the_translation_lost_is_said_and_stored_without(workspace, code):
    text, word = MET[code]
    english = "Officials " + BOLD.format(i=1, words="met") + " on Saturday."
    result, stored = imported(workspace, code, english, text.format(w=word))
    assert result.exit_code == 0, result.output
    assert stored == text.format(w=word)
    checks = [line for line in result.output.splitlines() if line.startswith("check:")]
    assert len(checks) == 1 and "the translation does not have bold on 'met' of the English" in checks[0], checks


@pytest.mark.parametrize("code", sorted(MET))
def test_a_link_of_the_english_a_plain_translation_lost_is_not_taken(workspace, code):
    text, word = MET[code]
    english = "Officials " + LINK.format(i=1, words="met") + " on Saturday."
    result, stored = imported(workspace, code, english, text.format(w=word))
    assert result.exit_code == 1, result.output
    assert stored is None
    assert "the translation does not have the link on 'met' (https://example.org/a) of the English" in result.output


@pytest.mark.parametrize("code", sorted(MET))
def test_italics_where_the_english_has_bold_is_said_with_the_bold_lost(workspace, code):
    text, word = MET[code]
    english = "Officials " + BOLD.format(i=1, words="met") + " on Saturday."
    result, stored = imported(workspace, code, english, text.format(w=ITALIC.format(i=1, words=word)))
    assert result.exit_code == 0, result.output
    assert stored == text.format(w=word)
    checks = "\n".join(line for line in result.output.splitlines() if line.startswith("check:"))
    assert f"italics on {word!r}, which the English does not have" in checks
    assert "does not have bold on 'met' of the English" in checks


def test_the_same_formatting_on_both_sides_is_stored_and_not_said(workspace):
    text, word = MET["ru"]
    english = "Officials " + BOLD.format(i=1, words="met") + " on Saturday."
    result, stored = imported(workspace, "ru", english, text.format(w=BOLD.format(i=1, words=word)))
    assert result.exit_code == 0, result.output
    assert stored == text.format(w="{#b1}" + word + "{/b1}")
    assert "check:" not in result.output
