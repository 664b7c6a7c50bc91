"""What memory import prints quotes the files it reads by their own ids, languages, states and dates: a value
of 100,000 characters there (a generated id, an attribute pasted over) is named by its ends and its length, never
printed whole, so one bad unit is one readable line and not a message of 200 KB."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import ROOT

from toolkit.cli import main
from toolkit.errors import clipped, quoted
from toolkit.interchange.xliff import XLIFF_NS

LONG = 100_000
TMX_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
    'segtype="sentence" o-tmf="x" adminlang="en" srclang="{source}" datatype="plaintext"/><body>\n'
)


def memory_import(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    arguments = ["memory", "import", str(tmp_path / name), "--memory", str(tmp_path / "news.tmx")]
    return CliRunner().invoke(main, [*arguments, "--glossary", str(ROOT / "glossaries")])


def tmx(units: str, source: str = "en") -> str:
    return TMX_HEADER.format(source=source) + units + "</body></tmx>\n"


def xliff(source="en-US", target="ru", original="story.txt", state="translated", unit="1.1", resname="story:1.1"):
    return (
        f'<xliff xmlns="{XLIFF_NS}" version="1.2"><file original="{original}" source-language="{source}" '
        f'target-language="{target}" datatype="plaintext"><body><trans-unit id="{unit}" resname="{resname}">'
        f'<source>Talks went on.</source><target state="{state}">Переговоры продолжились.</target></trans-unit>'
        "</body></file></xliff>"
    )


def test_a_tmx_unit_id_of_100000_characters_is_named_by_its_two_ends(tmp_path):
    tuid = "story-" + "x" * LONG + ":1.1"
    result = memory_import(
        tmp_path,
        "shared.tmx",
        tmx(
            f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>Talks went on.</seg></tuv>'
            '<tuv xml:lang="ru"><seg>Переговоры продолжились.</seg></tuv></tu>\n'
        ),
    )
    assert result.exit_code == 1
    assert len(result.output) < 1_000  # the id was printed twice: 200 KB
    assert f"not taken: shared.tmx tu {clipped(tuid)} (line 3) (ru): the segment id 'story-xxx" in result.stdout
    assert clipped(tuid).endswith("xxx:1.1 (100,010 characters)")
    assert "is empty, too long or has control characters" in result.stdout


def test_tmx_units_without_english_are_listed_by_short_ids(tmp_path):
    units = "".join(
        f'<tu tuid="{n}{"y" * LONG}"><tuv xml:lang="tr"><seg>Görüşmeler sürdü.</seg></tuv></tu>\n' for n in range(3)
    )
    result = memory_import(tmp_path, "shared.tmx", tmx(units))
    assert result.exit_code == 0
    assert len(result.output) < 1_000
    assert "3 units without an English variant not read (tu 0yyy" in result.output


def test_a_tmx_source_language_of_100000_characters_is_quoted_cut(tmp_path):
    source = "e" * LONG
    result = memory_import(tmp_path, "shared.tmx", tmx("", source=source))
    assert result.exit_code == 2
    assert len(result.output) < 1_000
    assert f"the TMX file's source language is {quoted(source)}, not English" in result.output


def test_xliff_languages_original_and_ids_of_100000_characters_are_quoted_cut(tmp_path):
    original = "o" * LONG + ".txt"
    result = memory_import(tmp_path, "story.ru.xlf", xliff(target="q" * LONG, original=original))
    assert result.exit_code == 2
    assert len(result.output) < 1_000
    assert f"<file original={quoted(original)}> has target-language 'qqq" in result.output
    result = memory_import(tmp_path, "story.ru.xlf", xliff(source="e" * LONG, original=original))
    assert result.exit_code == 2
    assert len(result.output) < 1_000
    assert "translates from 'eee" in result.output


def test_an_xliff_state_and_resname_of_100000_characters_are_quoted_cut(tmp_path):
    result = memory_import(tmp_path, "story.ru.xlf", xliff(state="s" * LONG, unit="u" * LONG))
    assert result.exit_code == 1
    assert len(result.output) < 1_000
    assert f"not taken: story.ru.xlf trans-unit {clipped('u' * LONG)} (line 1) (ru): not reviewed: the state " in (
        result.stdout
    )
    result = memory_import(tmp_path, "story.ru.xlf", xliff(resname="story:" + "z" * LONG))
    assert result.exit_code == 1
    assert len(result.output) < 1_000
    assert "the segment id 'story:zzz" in result.stdout


def test_short_ids_and_values_are_shown_whole():
    assert clipped("story:1.1") == "story:1.1"
    assert clipped("a" * 80) == "a" * 80
    assert quoted("ru-RU") == "'ru-RU'"
    cut = clipped("a" * 40 + "b" * 41)
    assert cut == "a" * 37 + " ... " + "b" * 37 + " (81 characters)"
