"""A value given on the command line and refused is quoted in the message cut to its first characters: a
language, format, edition kind, reviewer, unit id or glossary name of 100,000 characters (a file's content
pasted where a name belonged, a shell expansion gone wrong) made a message of 100-200 KB, printed once in the
error and again in its fix."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import ROOT

from toolkit.cli import main

LONG = "z" * 100_000
GLOSSARY = ["--glossary", str(ROOT / "glossaries")]
TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
    'segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
    '<tu tuid="story:1.1"><tuv xml:lang="en"><seg>Talks went on.</seg></tuv>'
    '<tuv xml:lang="tr"><seg>Görüşmeler sürdü.</seg></tuv></tu>\n</body></tmx>\n'
)


@pytest.fixture
def story(tmp_path):
    (tmp_path / "story.txt").write_text("Talks went on.\n", encoding="utf-8")
    (tmp_path / "news.tmx").write_text(TMX, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["translate", "{story}/story.txt", "--to", LONG], "error: unsupported target language 'zzz"),
        (["translate", "{story}/story.txt", "--format", LONG], "error: unknown output format 'zzz"),
        (["translate", "{story}/story.txt", "--editions", LONG], "error: unknown edition kind 'zzz"),
        (["memory", "remove", LONG, "--memory", "{story}/news.tmx"], "the memory has no unit 'zzz"),
        (
            ["memory", "import", "{story}/news.tmx", "--memory", "{story}/desk.tmx", "--reviewer", LONG, *GLOSSARY],
            "error: --reviewer 'zzz",
        ),
        (["glossary", "show", LONG, *GLOSSARY], "error: no glossary entry for 'zzz"),
        (["glossary", "forms", LONG, *GLOSSARY], "error: no glossary entry with id 'zzz"),
    ],
    ids=["--to", "--format", "--editions", "memory remove", "--reviewer", "glossary show", "glossary forms"],
)
def test_a_refused_value_of_100000_characters_is_quoted_cut(story, arguments, message):
    result = CliRunner().invoke(main, [argument.format(story=story) for argument in arguments])
    assert result.exit_code == 2
    assert message in result.output
    assert " ...'" in result.output  # where the value was cut, its closing quote kept
    assert len(result.output) < 1_000


def test_many_unknown_unit_ids_are_named_by_the_first_five_and_counted(story):
    ids = [f"story:{n}.1" for n in range(2, 2_002)]
    result = CliRunner().invoke(main, ["memory", "remove", *ids, "--memory", str(story / "news.tmx")])
    assert result.exit_code == 2
    assert (
        "the memory has no unit 'story:2.1', 'story:3.1', 'story:4.1', 'story:5.1', 'story:6.1' (and 1,995 more)"
        in (result.output)
    )


def test_a_short_value_is_quoted_whole_with_the_command_to_try(story):
    result = CliRunner().invoke(main, ["glossary", "show", "Kaja Kallas", *GLOSSARY])
    assert result.exit_code == 2
    assert result.output == (
        "error: no glossary entry for 'Kaja Kallas'\n"
        "  fix: try `toolkit glossary find 'Kaja Kallas'` or `toolkit glossary suggest FILE`\n"
    )
