"""A lookup in a glossary with errors (glossary find, show, suggest) says so on stderr, naming the first
error and pointing to `toolkit glossary check`: the entries the errors concern are left out, and a lookup that
answered "no glossary entry is mentioned" with status 0 read as "no entry covers this name", so a desk added the
name again. A translation run refuses such a glossary (status 2); a lookup still answers from the sound entries.
Every message names a glossary file as messages name files: a bidi override or a line end in it escaped."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main

SOUND = (
    "- id: fidan\n  type: person\n  en: {name: Hakan Fidan, short: Fidan}\n"
    "  ar: {name: هاكان فيدان, short: فيدان}\n  fa: {name: هاکان فیدان, short: فیدان}\n"
    "  tr: {name: Hakan Fidan, short: Fidan}\n"
    "  ru:\n    name: {nom: Хакан Фидан, gen: Хакана Фидана, dat: Хакану Фидану, acc: Хакана Фидана, "
    "ins: Хаканом Фиданом, prep: Хакане Фидане}\n    short: {nom: Фидан, gen: Фидана, dat: Фидану, acc: Фидана, "
    "ins: Фиданом, prep: Фидане}\n"
)
BROKEN = {
    "a YAML tag": ("- !!python/object/apply:os.system ['echo hi']\n", "people.yaml:1:3: a YAML tag"),
    "an id that is a date": (
        "- id: 2026-01-01\n  type: person\n  en: {name: Kaja Kallas}\n",
        "people.yaml:1:7: entry id",
    ),
    "an unclosed quote": ("- id: 'kallas\n  type: person\n", "people.yaml:1:7: YAML syntax error"),
}


def glossary(tmp_path, broken: str):
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "places.yaml").write_text(SOUND, encoding="utf-8")
    (folder / "people.yaml").write_text(broken, encoding="utf-8")
    return folder


def invoke(*arguments):
    return CliRunner().invoke(main, list(arguments))


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_glossary_find_says_what_it_left_out(tmp_path, broken):
    folder = glossary(tmp_path, BROKEN[broken][0])
    result = invoke("glossary", "find", "Kaja Kallas met Hakan Fidan.", "--glossary", str(folder))
    assert result.exit_code == 0
    assert result.stdout == "16-27\tHakan Fidan\tfidan\n"  # the sound entries still answer
    warning = result.stderr.splitlines()[0]
    assert warning.startswith(f"warning: {folder}/{BROKEN[broken][1]}")
    assert warning.endswith(": what the glossary has there is left out of this lookup")
    assert "  fix: run `toolkit glossary check` to list every problem, and fix them" in result.stderr


def test_glossary_show_says_it_before_not_finding_the_entry(tmp_path):
    folder = glossary(tmp_path, BROKEN["an id that is a date"][0])
    shown = invoke("glossary", "show", "Kaja Kallas", "--glossary", str(folder))
    assert shown.exit_code == 2
    assert shown.stderr.startswith(f"warning: {folder}/people.yaml:1:7: entry id")
    assert "error: no glossary entry for 'Kaja Kallas'" in shown.stderr
    found = invoke("glossary", "show", "fidan", "--glossary", str(folder))
    assert found.exit_code == 0 and found.stdout.startswith("fidan (person)")
    # glossary forms, the check's fix for an entry left out for its missing cases, reads that entry as written
    forms = invoke("glossary", "forms", "Kaja Kallas", "--lang", "tr", "--glossary", str(folder))
    assert forms.exit_code == 0
    assert "warning" not in forms.stderr


def test_glossary_suggest_says_its_stubs_may_repeat_what_was_left_out(tmp_path):
    folder = glossary(tmp_path, BROKEN["a YAML tag"][0])
    (tmp_path / "story.txt").write_text("Kaja Kallas met Hakan Fidan in Tallinn on Monday.\n", encoding="utf-8")
    result = invoke("glossary", "suggest", str(tmp_path / "story.txt"), "--glossary", str(folder))
    assert result.exit_code == 0
    assert result.stderr.startswith(f"warning: {folder}/people.yaml:1:3: a YAML tag")


def test_several_errors_are_counted_after_the_first(tmp_path):
    folder = glossary(tmp_path, "- id: Kallas\n  type: person\n  en: {name: Kaja Kallas}\n- id: 7\n  type: person\n")
    result = invoke("glossary", "find", "Hakan Fidan", "--glossary", str(folder))
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"warning: {folder}/people.yaml:1:7: entry id 'Kallas' must be lowercase")
    assert "(and 1 more error): what the glossary has there is left out of this lookup" in first


def test_a_sound_glossary_is_looked_up_without_a_word_more(tmp_path):
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "places.yaml").write_text(SOUND, encoding="utf-8")
    result = invoke("glossary", "find", "Hakan Fidan", "--glossary", str(folder))
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize("name", ["evil\u202etxt.yaml", "desk\n  fix: delete it.yaml"], ids=["bidi", "line end"])
def test_glossary_check_names_a_file_escaped(tmp_path, name):
    # printed as it was: the override showed the rest of the line reversed, the line end started a false fix
    (tmp_path / name).write_text(BROKEN["a YAML tag"][0], encoding="utf-8")
    result = invoke("glossary", "check", str(tmp_path / name))
    assert result.exit_code == 1
    assert "\u202e" not in result.output
    assert result.stdout.splitlines()[0].startswith(
        f"{tmp_path}/{name.encode('unicode_escape').decode()}:1:3: error: a YAML tag"
    )
    assert [line for line in result.stdout.splitlines() if line.startswith("  fix:")] == [
        "  fix: delete '!!python/object/apply:os.system': write plain text, lists and mappings (quote a text that "
        "begins with !)"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("2026-01-01", "entry id 2026-01-01 (read as a date) must be"),
        ("~", "entry id (nothing) must be"),
        ("123", "entry id 123 must be"),
        ("[kallas, kaja]", "entry id (a list) must be"),
        ("Kallas", "entry id 'Kallas' must be"),
    ],
    ids=["a date", "null", "a number", "a list", "capitals"],
)
def test_an_entry_id_that_is_not_text_is_named_as_the_file_spells_it(tmp_path, written, shown):
    # was Python's own spelling: entry id datetime.date(2026, 1, 1), entry id None, entry id ['kallas', 'kaja']
    (tmp_path / "people.yaml").write_text(f"- id: {written}\n  type: person\n  en: {{name: Kaja Kallas}}\n")
    result = invoke("glossary", "check", str(tmp_path / "people.yaml"))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{tmp_path}/people.yaml:1:7: error: {shown} lowercase letters, digits and hyphens")


def test_glossary_show_prints_an_entry_s_hidden_characters_escaped(tmp_path):
    # the check refuses them, but show printed them as they were: the override showed the rest of each line
    # reversed, and U+009B opens a terminal's control sequence
    (tmp_path / "people.yaml").write_text(
        SOUND.replace("  tr: {name: Hakan Fidan, short: Fidan}", "  tr: {name: Hakan Fidan\u202e, short: Fidan}")
        + '  note: "Foreign minister \u2066since\u2069 2023.\\u009b"\n',  # the last, YAML's escape of CSI
        encoding="utf-8",
    )
    result = invoke("glossary", "show", "fidan", "--glossary", str(tmp_path / "people.yaml"))
    assert result.exit_code == 0
    assert not any(character in result.output for character in "\u202e\u2066\u2069\u009b")
    assert "  note: Foreign minister \\u2066since\\u2069 2023.\\x9b" in result.stdout.splitlines()
    assert "  tr name: Hakan Fidan\\u202e  (gen Hakan Fidan\\u202e'ın, " in result.stdout
    assert "  fa name: هاکان فیدان  (ez هاکان فیدان)" in result.stdout.splitlines()  # other scripts as they are
