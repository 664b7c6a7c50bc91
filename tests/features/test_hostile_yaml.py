"""Glossaries and settings are hand-edited and never trusted: what explodes is refused, every mistake is located.

Inputs that used to hang (nested aliases) or end in a traceback (huge integers, complex keys, impossible
dates, non-regular files) run through the real command line in a child process with a time limit: each
must end within seconds with one located message and exit status 1 (glossary check) or 2 (a run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from toolkit.errors import UserError
from toolkit.glossary.load import load_glossary
from toolkit.settings import load_settings
from toolkit.yamlfile import load_yaml

ENTRY = """- id: erdogan
  type: person
  en: {name: Recep Tayyip Erdogan, short: Erdogan}
  note: {note}
  ar: {{name: رجب طيب أردوغان, short: أردوغان}}
"""

# "Billion laughs": nine levels of nine aliases; a few hundred bytes that expand to 9**9 strings.
LAUGHS = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 10))
LAUGHS = "l0: &l0 lol\n" + LAUGHS


def toolkit(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real command line in a child process: a hang fails the test instead of stalling the suite."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def glossary_with(tmp_path: Path, text: str, name: str = "hostile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only_finding(path: Path) -> str:
    glossary = load_glossary([path], use_cache=False)
    assert len(glossary.findings) == 1, [str(f) for f in glossary.findings]
    return str(glossary.findings[0]).replace(str(path), "FILE")


# --- 1. YAML that expands or explodes -------------------------------------------------------


def test_nested_aliases_in_a_glossary_note_end_at_once_with_the_anchor_located(tmp_path):
    note = "&l0 lol"  # the first anchor of the bomb sits in the note; the rest follow as entries' notes
    text = ENTRY.replace("{note}", note).replace("{{", "{").replace("}}", "}") + "".join(
        f"- id: laugh{n}\n  type: term\n  en: {{name: Laugh {n}}}\n  note: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n"
        for n in range(1, 10)
    )
    path = glossary_with(tmp_path, text)
    result = toolkit("glossary", "check", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == (
        f"{path}:4:9: error: an anchor (&l0); anchors and aliases are not supported\n"
        f"  fix: remove '&l0' and write repeated values out in full\n"
    )
    assert "Traceback" not in result.stderr


def test_nested_aliases_in_the_settings_end_a_run_at_once_with_exit_2(workspace):
    (workspace / "newsroom.yaml").write_text(LAUGHS + "publish:\n  index: true\n", encoding="utf-8")
    result = toolkit("translate", "seeds/article.txt", cwd=workspace)
    assert result.returncode == 2
    assert result.stderr == (
        "error: newsroom.yaml:1:5: an anchor (&l0); anchors and aliases are not supported\n"
        "  fix: remove '&l0' and write repeated values out in full\n"
    )
    assert not (workspace / "output").exists()


def test_an_alias_without_its_anchor_is_located_at_the_alias(tmp_path):
    path = glossary_with(tmp_path, "- id: x\n  type: term\n  en: {name: X}\n  note: *elsewhere\n")
    assert only_finding(path) == (
        "FILE:4:9: error: an alias (*elsewhere) repeats a value anchored elsewhere; anchors and aliases are not "
        "supported\n  fix: write the value out in full here"
    )


@pytest.mark.parametrize("where", ["note", "settings"])
def test_an_integer_of_5000_digits_is_a_located_error(tmp_path, where):
    digits = "7" * 5000
    if where == "note":
        path = glossary_with(tmp_path, ENTRY.replace("{note}", digits).replace("{{", "{").replace("}}", "}"))
        assert only_finding(path) == (
            "FILE:4:9: error: a number with 5000 digits (more than 30)\n  fix: quote it if it is text, e.g. '12345...'"
        )
    else:
        path = glossary_with(tmp_path, f"publish:\n  preview_dpi: {digits}\n", "newsroom.yaml")
        with pytest.raises(UserError) as caught:
            load_settings(path)
        assert (caught.value.line, caught.value.column, caught.value.message) == (
            2,
            16,
            "a number with 5000 digits (more than 30)",
        )


def test_a_complex_key_is_a_located_error_in_glossaries_and_settings(tmp_path):
    path = glossary_with(tmp_path, "- id: x\n  type: term\n  en: {name: X}\n  ? [a, b]\n  : c\n")
    assert only_finding(path) == (
        "FILE:4:5: error: a key must be plain text, not a list (a complex key, '? ')\n"
        "  fix: write the key as text followed by a colon, e.g. name: value"
    )
    settings = glossary_with(tmp_path, "layout:\n  ? {page: A4}\n  : x\n", "newsroom.yaml")
    with pytest.raises(UserError) as caught:
        load_settings(settings)
    assert (caught.value.line, caught.value.message) == (
        2,
        "a key must be plain text, not a mapping (a complex key, '? ')",
    )


@pytest.mark.parametrize(
    "text, position, message",
    [
        (
            "- id: x\n  type: term\n  en: {name: X}\n  note: 2024-02-30\n",
            (4, 9),
            "'2024-02-30' looks like a date but is not one (day is out of range for month)",
        ),
        ("base: {type: term}\nitem:\n  <<: {id: x}\n", (3, 3), "merge keys (<<) are not supported"),
        ("- id: x\n  note: " + "[" * 40 + "]" * 40 + "\n", (2, 39), "values nested more than 32 levels deep"),
        ("".join("  " * depth + "-\n" for depth in range(40)), (33, 65), "values nested more than 32 levels deep"),
    ],
    ids=["impossible-date", "merge-key", "deep-flow", "deep-block"],
)
def test_other_explosive_or_broken_values_are_located(tmp_path, text, position, message):
    path = glossary_with(tmp_path, text)
    with pytest.raises(UserError) as caught:
        load_yaml(path)
    assert ((caught.value.line, caught.value.column), caught.value.message) == (position, message)


def test_a_flow_nested_100000_deep_ends_with_a_located_error(tmp_path):
    path = glossary_with(tmp_path, "- id: x\n  note: " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = toolkit("glossary", "check", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith(f"{path}:2:")
    assert "nested" in result.stdout and "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("style", ["block", "flow"])
def test_loading_a_large_glossary_holds_no_more_memory_than_the_values_it_returns(tmp_path, style):
    """Composing the whole document before building it kept a node and two marks per value alive at once, twice
    the memory of the values: 2.3 GB at its peak for a 100,000-entry glossary. Values are built as they are read."""
    import tracemalloc

    entry = (
        "- id: person-{n}\n  type: person\n  en:\n    name: Name{n} Family{n}\n    short: Family{n}\n"
        "  ar: {{name: اسم {n}}}\n  tr: {{name: Ad{n} Soyad{n}}}\n  ru:\n    name: {{nom: Имя {n}, gen: Имени {n}}}\n"
        if style == "block"
        else "- {{id: person-{n}, type: person, en: {{name: Name{n} Family{n}}}, ar: {{name: اسم {n}}}, ru: {{name: Имя}}}}\n"
    )
    text = "".join(entry.format(n=n) for n in range(2_000))
    path = glossary_with(tmp_path, text)
    tracemalloc.start()
    try:
        data = load_yaml(path, text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(data) == 2_000 and data[1999]["id"] == "person-1999" and data.item_positions[1][0] > 1
    assert peak < 1.25 * kept


def test_a_glossary_of_more_entries_than_the_limit_is_refused_naming_the_file_and_the_entry_past_it(
    tmp_path, monkeypatch
):
    """Each file is bounded (32 MB), but a folder of them was not: ten 100,000-entry files would take 16 GB to
    check. Past the limit (100,000 entries, the size benchmarked) the glossary is refused at the file that passes it."""
    from toolkit.glossary import load as glossary_load

    monkeypatch.setattr(glossary_load, "MAX_GLOSSARY_ENTRIES", 5)
    folder = tmp_path / "glossaries"
    folder.mkdir()
    entry = "- id: p{n}\n  type: person\n  en: {{name: Name{n} Family}}\n  tr: {{name: Ad{n}}}\n\n"
    (folder / "a.yaml").write_text("".join(entry.format(n=n) for n in range(3)), encoding="utf-8")
    (folder / "b.yaml").write_text("".join(entry.format(n=n) for n in range(3, 6)), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_glossary([folder], use_cache=False)
    error = caught.value
    assert (error.path, error.line) == (folder / "b.yaml", 11)  # b.yaml's third entry is the sixth
    assert "more than the 5 entries a glossary may hold" in error.message
    assert "split" in error.fix
    (folder / "b.yaml").write_text("".join(entry.format(n=n) for n in range(3, 5)), encoding="utf-8")
    assert len(load_glossary([folder], use_cache=False).entries) == 5


def test_oversized_files_are_refused_before_reading(tmp_path):
    settings = glossary_with(tmp_path, "# padding\n" * 120_000, "newsroom.yaml")
    with pytest.raises(UserError) as caught:
        load_settings(settings)
    assert str(caught.value) == (
        f"{settings}: the file is 1.1 MB, more than the 1.0 MB a YAML file may be\n"
        "  fix: check that this is the right file; split a YAML file that is really this long"
    )
    big = tmp_path / "huge.yaml"
    with open(big, "wb") as handle:
        handle.truncate(33 * 1024**2)
    result = toolkit("glossary", "check", str(big), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {big}: the file is 33.0 MB, more than the 32.0 MB a YAML file may be")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-loop"])
def test_glossaries_and_settings_that_are_not_regular_files_are_refused_at_once(tmp_path, kind):
    path = tmp_path / "desk.yaml"
    if kind == "fifo":
        os.mkfifo(path)
        expected = "not a regular file (a pipe, device or socket)"
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
        expected = "not a regular file (a pipe, device or socket)"
    else:
        path.symlink_to(path)
        expected = "a symbolic link that points to itself (a loop)"
    project = ["--project", str(ROOT)]  # a project, so the settings are read
    for args in (["glossary", "check", str(path)], ["translate", "x.txt", *project, "--settings", str(path)]):
        result = toolkit(*args, cwd=tmp_path, timeout=30)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith(f"error: {path}: {expected}\n"), (args, result.stderr)


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_file_saved_as_utf16_or_utf32_is_named_so_for_articles_glossaries_and_settings(tmp_path, encoding, named):
    """Notepad's "Unicode" is UTF-16: the message says what the file is, not an unexplained byte 0xff."""
    from toolkit.read import read_document

    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # utf-16 and utf-32 write their mark themselves
    for name, text, read in (
        ("desk.yaml", ENTRY, lambda path: load_glossary([path])),
        ("newsroom.yaml", "layout:\n  page: A4\n", load_settings),
        ("story.txt", "Title\n\nPutin met Erdogan.\n", read_document),
    ):
        path = tmp_path / name
        path.write_bytes((bom + text).encode(encoding))
        with pytest.raises(UserError) as caught:
            read(path)
        assert str(caught.value) == (
            f"{path}:1:1: saved as {named} (it starts with the {named} byte-order mark), not UTF-8\n"
            "  fix: save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)"
        ), name


# --- 9. error positions: where the mistake starts ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '- id: x\n  type: term\n  en: {name: "Erdogan}\n  note: fine\n',
            "FILE:3:14: error: YAML syntax error: the quote opened here is never closed before the end of the file",
        ),
        (
            "- id: x\n  type: term\n  en: {name: X}\n  note: 'Erdogan's visit\n- id: y\n  type: term\n  en: {name: Y}\n",
            "FILE:4:18: error: YAML syntax error: text follows a quoted value (YAML found: did not find expected key): "
            "a quote inside the value closed it early",
        ),
        (
            '- id: x\n  type: term\n  en:\n    name: "Erdogan\n- id: y\n  type: term\n  en: {name: "Y"}\n',
            "FILE:4:11: error: YAML syntax error: the quote opened here is not closed on its line: it runs on to line 7, "
            "where YAML found: did not find expected key",
        ),
    ],
    ids=["at-end-of-file", "single-quote-apostrophe", "runs-into-next-entry"],
)
def test_an_unclosed_quote_is_reported_at_its_own_line(tmp_path, text, expected):
    finding = only_finding(glossary_with(tmp_path, text))
    assert finding.splitlines()[0] == expected
    assert finding.splitlines()[1].startswith("  fix: close the quote on this line")


def test_a_missing_colon_is_reported_at_its_key(tmp_path):
    finding = only_finding(glossary_with(tmp_path, "- id: x\n  type term\n  en: {name: X}\n"))
    assert finding.splitlines()[0] == "FILE:2:3: error: YAML syntax error: could not find expected ':'"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "- id: a\n  type: term\n  en: {name: A}\n\n- Erdogan\n",
            "FILE:5:3: error: each glossary entry must be a mapping starting with 'id:', not 'Erdogan'",
        ),
        (
            "- id: a\n  type: term\n  en: {name: A}\n-\n  - id: b\n",
            "FILE:5:3: error: each glossary entry must be a mapping starting with 'id:', not a list",
        ),
        (
            "- id: a\n  type: term\n  en: {name: A}\n-\n- id: c\n  type: term\n  en: {name: C}\n",
            "FILE:4:2: error: each glossary entry must be a mapping starting with 'id:', not nothing",
        ),
    ],
    ids=["text", "list", "empty"],
)
def test_a_list_item_that_is_not_a_mapping_is_reported_at_that_item(tmp_path, text, expected):
    finding = only_finding(glossary_with(tmp_path, text))
    assert finding.splitlines()[0] == expected


def test_names_that_are_paragraphs_are_located(tmp_path):
    path = glossary_with(tmp_path, "- id: x\n  type: term\n  en: {name: " + "Word " * 100 + "}\n")
    assert only_finding(path).splitlines()[0] == (
        "FILE:3:14: error: x: en.name is 499 characters long, more than the 300 a name may have"
    )


# --- characters YAML refuses anywhere in a file -----------------------------------------------


CONTROL_FIX = (
    "  fix: delete it (most editors show it as a box or not at all; it often comes from pasting out of another "
    "program or a file saved in another encoding)\n"
)


@pytest.mark.parametrize(
    ("character", "code"), [("\x00", "U+0000"), ("\x01", "U+0001"), ("\x1b", "U+001B"), ("\x7f", "U+007F")]
)
def test_a_control_character_in_a_glossary_is_located_with_what_to_do(tmp_path, character, code):
    text = ENTRY.replace("{note}", f"Turkish president{character} since 2014").replace("{{", "{").replace("}}", "}")
    path = glossary_with(tmp_path, text)
    result = toolkit("glossary", "check", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith(
        f"{path}:4:26: error: a control character ({code}) that YAML files may not hold\n" + CONTROL_FIX
    )
    assert "unicode string" not in result.stdout and "Traceback" not in result.stderr


def test_a_control_character_in_the_settings_is_a_wrong_request_naming_line_and_column(workspace):
    (workspace / "newsroom.yaml").write_text("publish:\n  index: true\nlayout:\n  page: A4\x00\n", encoding="utf-8")
    result = toolkit("translate", "seeds/article.txt", cwd=workspace)
    assert result.returncode == 2
    assert result.stderr == (
        "error: newsroom.yaml:4:11: a control character (U+0000) that YAML files may not hold\n" + CONTROL_FIX
    )
    assert not (workspace / "output").exists()


def test_a_control_character_in_front_matter_fails_that_article_alone_at_its_line(workspace):
    news = workspace / "news"
    news.mkdir()
    (news / "bad.md").write_text(
        "---\ntitle: Talks\ndate: 2026-03-12\x01\n---\n\nThe talks went on.\n", encoding="utf-8"
    )
    shutil.copy(workspace / "seeds" / "article.txt", news / "good.txt")
    shutil.copy(workspace / "seeds" / "article.tmx", news / "good.tmx")
    result = toolkit("translate", "news", "--to", "ar", cwd=workspace)
    assert result.returncode == 1
    assert (
        "failed: news/bad.md:3: front matter: a control character (U+0001) that YAML files may not hold\n" + CONTROL_FIX
        in result.stdout + result.stderr
    )
    assert (workspace / "output" / "good" / "good.ar.md").exists()


# --- Tags, second documents, and values YAML 1.1 read as something else ---------------------


@pytest.mark.parametrize(
    "value, shown",
    [
        ("!!python/object/apply:os.system ['touch pwned']", "!!python/object/apply:os.system"),
        ("!!python/name:os.system", "!!python/name:os.system"),
        ("!custom Ankara", "!custom"),
        ("!!set {a, b}", "!!set"),
        ("!!binary aGVsbG8=", "!!binary"),
    ],
)
def test_a_tag_asking_for_another_kind_of_value_is_located_with_what_to_do(tmp_path, value, shown):
    path = glossary_with(tmp_path, f"- id: ankara\n  type: place\n  en: {{name: Ankara}}\n  note: {value}\n")
    assert only_finding(path) == (
        f"FILE:4:9: error: a YAML tag ({shown}) asks for a kind of value these files do not hold\n"
        f"  fix: delete '{shown}': write plain text, lists and mappings (quote a text that begins with !)"
    )
    settings = glossary_with(tmp_path, f"languages:\n  tr:\n    byline: {value}\n", "newsroom.yaml")
    with pytest.raises(UserError) as caught:
        load_settings(settings)
    assert (caught.value.line, caught.value.column) == (3, 13)
    assert caught.value.message == f"a YAML tag ({shown}) asks for a kind of value these files do not hold"
    assert not (tmp_path / "pwned").exists()


def test_the_standard_tags_for_text_still_read_a_value_as_text(tmp_path):
    path = glossary_with(tmp_path, "- id: x\n  type: term\n  en: {name: !!str 1920}\n  note: ! 1920 Treaty\n")
    glossary = load_glossary([path], use_cache=False)
    assert [entry.name for entry in glossary.entries.values()] == ["1920"]
    assert glossary.entries["x"].note == "1920 Treaty"


@pytest.mark.parametrize("where", ["glossary", "settings", "front-matter"])
def test_a_second_document_in_one_file_is_located_at_its_start(tmp_path, where):
    if where == "glossary":
        text = "- id: x\n  type: term\n  en: {name: X}\n---\n- id: y\n  type: term\n  en: {name: Y}\n"
        path = glossary_with(tmp_path, text)
        assert only_finding(path).startswith("FILE:4:1: error: a second YAML document ('---' after")
        return
    if where == "settings":
        path = glossary_with(tmp_path, "publish:\n  index: true\n---\npublish:\n  index: false\n", "newsroom.yaml")
        with pytest.raises(UserError) as caught:
            load_settings(path)
        assert (caught.value.line, caught.value.column) == (3, 1)
    else:
        path = glossary_with(tmp_path, "date: 2024-03-12\n---\ntitle: Other\n")
        with pytest.raises(UserError) as caught:
            load_yaml(path)
        assert (caught.value.line, caught.value.column) == (2, 1)
    assert caught.value.message == "a second YAML document ('---' after the first one's values): a file holds one"
    assert caught.value.fix == "delete the '---' line, or move what follows it into a file of its own"


NORWAY = """- id: norway
  type: place
  en: {{name: Norway, variants: [{variant}]}}
  ar: {{name: النرويج}}
  fa: {{name: نروژ}}
  tr: {{name: Norveç, apostrophe: {apostrophe}}}
  ru: {{name: Норвегия, indeclinable: {indeclinable}}}
"""


@pytest.mark.parametrize("variant", ["NO", "No", "no", "ON", "Off", "yes", "Y", "n"])
def test_yes_no_on_and_off_are_text_where_text_belongs(tmp_path, variant):
    # YAML 1.1 read Norway's code NO as false: "en.variants must be text", or a variant silently lost
    path = glossary_with(tmp_path, NORWAY.format(variant=variant, apostrophe="true", indeclinable="true"))
    glossary = load_glossary([path], use_cache=False)
    assert [str(finding) for finding in glossary.findings if finding.severity == "error"] == []
    assert glossary.entries["norway"].variants == (variant,)


@pytest.mark.parametrize(
    "written, meant", [("yes", True), ("Yes", True), ("on", True), ("no", False), ("OFF", False), ("false", False)]
)
def test_keys_that_are_true_or_false_still_take_yes_no_on_and_off(tmp_path, written, meant):
    # a Russian name that is not indeclinable needs its case forms: the false ones are tried on apostrophe only
    text = NORWAY.format(variant="NOR", apostrophe=written, indeclinable=written if meant else "true")
    entry = load_glossary([glossary_with(tmp_path, text)], use_cache=False).entries["norway"]
    assert entry.renderings["tr"].apostrophe is meant and entry.renderings["ru"].indeclinable is True
    settings = load_settings(glossary_with(tmp_path, f"publish:\n  index: {written}\n", "newsroom.yaml"))
    assert settings.index is meant


@pytest.mark.parametrize(
    "written, shown",
    [("1920", "1920"), ("3.5", "3.5"), ("2024-03-12", "datetime.date(2024, 3, 12)"), ("[a, b]", "['a', 'b']")],
)
def test_a_number_or_a_list_where_a_rendering_belongs_says_to_quote_it(tmp_path, written, shown):
    text = NORWAY.format(variant="NOR", apostrophe="true", indeclinable="true").replace("Norveç", written)
    assert only_finding(glossary_with(tmp_path, text)) == (
        f"FILE:6:14: error: norway: tr.name must be text or a mapping of forms, not {shown}\n"
        "  fix: write name: and the text (quote it if it looks like a number: name: '1920'), or its forms"
    )


@pytest.mark.parametrize(
    "value, shown, written",
    [
        ("!!int abc", "'abc'", "!!int"),
        ("!!int", "''", "!!int"),
        ("!!int 0x", "'0x'", "!!int"),
        ("!!float nope", "'nope'", "!!float"),
        ('!!float ""', "''", "!!float"),
        ("!!bool maybe", "'maybe'", "!!bool"),
        ("!!timestamp soon", "'soon'", "!!timestamp"),
    ],
)
def test_a_standard_tag_on_a_value_not_of_its_kind_is_located_with_what_to_do(tmp_path, value, shown, written):
    path = glossary_with(tmp_path, f"- id: ankara\n  type: place\n  en: {{name: Ankara}}\n  note: {value}\n")
    assert only_finding(path) == (
        f"FILE:4:9: error: {shown} cannot be read as the {written} that its tag asks for\n"
        f"  fix: delete '{written}' (YAML reads numbers, true and false by themselves), or write a value of that kind"
    )
    settings = glossary_with(tmp_path, f"languages:\n  tr:\n    byline: {value}\n", "newsroom.yaml")
    with pytest.raises(UserError) as caught:
        load_settings(settings)
    assert (caught.value.line, caught.value.column) == (3, 13)


def test_standard_tags_on_values_of_their_kind_read_those_values(tmp_path):
    path = glossary_with(tmp_path, "a: !!int 0x1F\nb: !!float '2.5'\nc: !!bool 'true'\nd: !!null x\ne: !!int '7'\n")
    assert load_yaml(path) == {"a": 31, "b": 2.5, "c": True, "d": None, "e": 7}
