"""What memory import prints names units by their files' own ids and quotes the files: a bidi control, a terminal
escape or a line end there is printed as an escape, as every other message prints a file name."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import ROOT

from toolkit.cli import main
from toolkit.errors import shown_text

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
    'segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
)


def memory_import(tmp_path, name: str, units: str):
    (tmp_path / name).write_text(HEADER + units + "</body></tmx>\n", encoding="utf-8")
    arguments = ["memory", "import", str(tmp_path / name), "--memory", str(tmp_path / "news.tmx")]
    return CliRunner().invoke(main, [*arguments, "--glossary", str(ROOT / "glossaries")])


def test_a_unit_id_holding_a_bidi_override_is_printed_escaped(tmp_path):
    result = memory_import(
        tmp_path,
        "shared.tmx",
        '<tu tuid="evil&#x202E;txt:1.1"><tuv xml:lang="en"><seg>Talks went on.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Переговоры продолжились.</seg></tuv></tu>\n',
    )
    assert result.exit_code == 1
    assert "\u202e" not in result.output  # the line read "shared.tmx tu evil" then "1.1:txt" backwards
    assert result.stdout.startswith("not taken: shared.tmx tu evil\\u202etxt:1.1 (line 3) (ru): the segment id ")


def test_a_unit_id_holding_a_line_end_starts_no_false_line(tmp_path):
    result = memory_import(
        tmp_path,
        "shared.tmx",
        '<tu tuid="a&#10;    fix: delete the memory&#x9B;2J"><tuv xml:lang="en"><seg>Talks went on.</seg></tuv>'
        '<tuv xml:lang="tr"><seg>Görüşmeler sürdü.</seg></tuv></tu>\n',
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("not taken: shared.tmx tu a\\n    fix: delete the memory\\x9b2J (line 3) (tr): ")
    assert [line for line in lines if line.startswith("    fix:")] == ["    fix: export the file again"]
    assert "\x9b" not in result.output  # a terminal's 8-bit control sequence introducer


def test_a_file_named_with_a_bidi_override_is_named_escaped_in_what_is_not_taken_and_in_notes(tmp_path):
    result = memory_import(
        tmp_path,
        "report\u202etxt.tmx",
        '<tu tuid="story:2.1"><tuv xml:lang="en"><seg>Putin met Erdogan in Ankara.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Путин встретился с Эрдоганом.</seg></tuv></tu>\n',
    )
    assert result.exit_code == 1
    assert "\u202e" not in result.output
    assert "not taken: report\\u202etxt.tmx tu story:2.1 (line 3) (ru): 'Ankara' (ankara) is in the English" in (
        result.stdout
    )


def test_text_in_other_scripts_and_joiners_is_printed_as_it_is():
    for text in ("دمشق", "خامنه\u200cای", "Дамаск", "Şam", "tu story:2.1 (line 3)"):
        assert shown_text(text) == text


def test_memory_find_prints_a_unit_s_hidden_characters_escaped(tmp_path):
    (tmp_path / "news.tmx").write_text(
        HEADER + '<tu tuid="story:1.1" changeid="ed&#x202E;itor"><tuv xml:lang="en"><seg>Talks in &#x202E;Ankara '
        'went on.</seg></tuv><tuv xml:lang="ru"><seg>Переговоры &#x2066;в Анкаре&#x2069; продолжились.</seg></tuv>'
        "</tu></body></tmx>\n",
        encoding="utf-8",
    )
    arguments = ["memory", "find", "Talks", "--memory", str(tmp_path / "news.tmx"), "--to", "ru"]
    result = CliRunner().invoke(main, [*arguments, "--glossary", str(ROOT / "glossaries")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "    en: Talks in \\u202eAnkara went on.",
        "    ru: Переговоры \\u2066в Анкаре\\u2069 продолжились.",
    ]
    assert "\u202e" not in result.output and "\u2066" not in result.output


def test_memory_find_prints_arabic_and_persian_translations_as_they_are():
    result = CliRunner().invoke(
        main, ["memory", "find", "Syria", "--memory", str(ROOT / "seeds" / "article.tmx"), "--to", "ar,fa"]
    )
    assert result.exit_code == 0 and "\\u" not in result.stdout
    assert "سوريا" in result.stdout and "سوریه" in result.stdout


def test_memory_info_remove_and_stale_name_a_memory_and_its_units_escaped(tmp_path):
    memory = tmp_path / "news\u202eexe.tmx"
    memory.write_text(
        HEADER + '<tu tuid="old&#x202E;1"><tuv xml:lang="en"><seg>Talks went on.</seg></tuv><tuv xml:lang="ru">'
        "<seg>Переговоры &#x2066;продолжились&#x2069;.</seg></tuv></tu></body></tmx>\n",
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text("Talks in Ankara\n\nPutin met Erdogan.\n", encoding="utf-8")
    shown = str(tmp_path / "news\\u202eexe.tmx")
    runner = CliRunner()
    info = runner.invoke(main, ["memory", "info", str(memory)])
    assert info.exit_code == 0 and info.output.startswith(f"{shown}: 1 units (ru 1)")
    stale = runner.invoke(main, ["memory", "stale", str(tmp_path / "story.txt"), "--memory", str(memory)])
    assert stale.exit_code == 0, stale.output
    assert stale.stdout.startswith(f"{shown}:3: unit 'old\\u202e1' (ru): no article looked at has this sentence")
    assert f"toolkit memory remove 'old\\u202e1' --memory '{shown}'" in stale.output
    remove = runner.invoke(main, ["memory", "remove", "old\u202e1", "--memory", str(memory), "--dry-run"])
    assert remove.exit_code == 0, remove.output
    assert remove.stdout == f"removed: {shown}:3: unit 'old\\u202e1' (ru): 'Переговоры \\u2066продолжились\\u2069.'\n"
    for result in (info, stale, remove):
        assert not {"\u202e", "\u2066", "\u2069"} & set(result.output)
