"""The glossary's caches (parsed files, the built matcher) in any state a crash, another build or a person left.

A cache is never the truth: whatever is in its place, loading gives the
glossary the YAML says, at once, and never a traceback.
"""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from toolkit.glossary import built
from toolkit.glossary import cache as parse_cache
from toolkit.glossary.lint import lint
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher

NAMES = """\
- id: erdogan
  type: person
  en: {name: Recep Tayyip Erdogan, short: Erdogan}
  tr: {name: Recep Tayyip Erdoğan, short: Erdoğan}
- id: nusra
  type: organisation
  en: {name: al-Nusra Front, variants: [Nusra Front]}
  tr: {name: Nusra Cephesi}
- id: front
  type: term
  en: {name: Nusra Front}
  tr: {name: Nusra Cephesi}
"""
TEXT = "Erdogan met the Nusra Front envoy."


def _write_marshal(value):
    return lambda path: path.write_bytes(marshal.dumps(value))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_endless_file(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _cut_short(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE = {
    "cut short by a crash": _cut_short,
    "a pipe (reading it would wait forever)": _fifo,
    "a link to an endless file": _link_to_endless_file,
    "a folder": _folder,
    "entries of another shape": _write_marshal(([("x", "person", "X", None, (), None, ((),), 1, 1, {})], [], {})),
    "findings as a list": _write_marshal(([], [], [1])),
    "a number": _write_marshal(7),
    "a string": _write_marshal("not a parse"),
}
BUILT_DAMAGE = {
    "cut short by a crash": _cut_short,
    "a pipe (reading it would wait forever)": _fifo,
    "a link to an endless file": _link_to_endless_file,
    "a folder": _folder,
    "a trie of another shape": _write_marshal(({1: 2}, [])),
    "a trie that is a list": _write_marshal(([1, 2], [])),
    "conflicts of another shape": _write_marshal(({}, [1])),
    "conflicts of numbers": _write_marshal(({}, [(1, 2, 3)])),
}


@pytest.fixture
def names_file(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "names.yaml"
    path.write_text(NAMES, encoding="utf-8")
    return path


def _replace(path: Path, damage) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()
    damage(path)


def _mentions(glossary) -> list[tuple]:
    return [(m.entry_id, m.start, m.end) for m in built.matcher_for(glossary).find(TEXT)]


@pytest.mark.timeout(30)  # the hang guard: a pipe or /dev/zero in the cache was read without end
@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_parsed_glossary_file_in_any_state_is_parsed_again(names_file, damage):
    fresh = load_glossary([names_file], use_cache=False)
    load_glossary([names_file])  # fills the cache
    (cached,) = parse_cache.cached_files()
    _replace(cached, damage)

    loaded = load_glossary([names_file])
    assert loaded.entries == fresh.entries
    assert [f.message for f in lint(loaded)] == [f.message for f in lint(fresh)]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("damage", BUILT_DAMAGE.values(), ids=BUILT_DAMAGE.keys())
def test_a_built_matcher_in_any_state_is_built_again(names_file, damage):
    fresh = [(m.entry_id, m.start, m.end) for m in Matcher(load_glossary([names_file])).find(TEXT)]
    assert ("erdogan", 0, 7) in fresh
    _mentions(load_glossary([names_file]))  # fills the cache
    (cached,) = built.folder().glob("built-*.marshal")
    _replace(cached, damage)

    glossary = load_glossary([names_file])
    assert _mentions(glossary) == fresh
    assert [f.entry_id for f in lint(glossary) if f.code == "spelling-conflict"] == ["front"]


@pytest.mark.timeout(30)
def test_cache_info_and_clear_take_whatever_is_in_the_cache_folder(names_file, tmp_path):
    from click.testing import CliRunner

    from toolkit.cli import main

    load_glossary([names_file])  # one parsed file
    folder = parse_cache.folder()
    (folder / "a-folder.marshal").mkdir()  # clear removed files only: unlinking it ended in a traceback
    os.mkfifo(folder / "pipe.marshal")
    (folder / "endless.marshal").symlink_to("/dev/zero")
    (folder / "gone.marshal").symlink_to(tmp_path / "nothing-here")  # info stat()ed it: a traceback
    precious = tmp_path / "precious.txt"
    precious.write_text("kept\n", encoding="utf-8")
    (folder / "elsewhere.marshal").symlink_to(precious)

    info = CliRunner().invoke(main, ["cache", "info"])
    assert info.exit_code == 0, info.output
    assert f"parsed glossary files: {folder} (5 files, " in info.output

    cleared = CliRunner().invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert ", 5 parsed glossary files, " in cleared.output
    assert [path.name for path in folder.iterdir()] == ["a-folder.marshal"]  # not the cache's: left alone
    assert precious.read_text(encoding="utf-8") == "kept\n"  # a link is removed, never what it points to


def _rendering_of(entries: list, entry_id: str, language: str) -> list:
    entry = next(e for e in entries if e[0] == entry_id)
    return next(list(r) for r in entry[6] if r[0] == language)


def _set_rendering(entries: list, entry_id: str, language: str, rendering: list) -> list:
    edited = []
    for entry in entries:
        if entry[0] == entry_id:
            renderings = tuple(tuple(rendering) if r[0] == language else r for r in entry[6])
            entry = (*entry[:6], renderings, *entry[7:])
        edited.append(entry)
    return edited


def _form_a_number(plain):
    entries, findings, entry_findings = plain
    rendering = _rendering_of(entries, "erdogan", "tr")
    rendering[1] = {**rendering[1], "nom": 7}
    return (_set_rendering(entries, "erdogan", "tr", rendering), findings, entry_findings)


def _no_nominative(plain):
    entries, findings, entry_findings = plain
    rendering = _rendering_of(entries, "erdogan", "tr")
    rendering[1] = {"gen": "Erdoğan'ın"}
    return (_set_rendering(entries, "erdogan", "tr", rendering), findings, entry_findings)


def _forbidden_a_string(plain):
    entries, findings, entry_findings = plain
    rendering = _rendering_of(entries, "nusra", "tr")
    rendering[5] = "Nusra"  # a string where a tuple of words was: each letter would be a forbidden spelling
    return (_set_rendering(entries, "nusra", "tr", rendering), findings, entry_findings)


def _indeclinable_a_number(plain):
    entries, findings, entry_findings = plain
    rendering = _rendering_of(entries, "nusra", "tr")
    rendering[4] = 1
    return (_set_rendering(entries, "nusra", "tr", rendering), findings, entry_findings)


def _variants_a_string(plain):
    entries, findings, entry_findings = plain
    edited = [(*e[:4], "Nusra Front", *e[5:]) if e[0] == "nusra" else e for e in entries]
    return (edited, findings, entry_findings)


def _name_a_number(plain):
    entries, findings, entry_findings = plain
    return ([(e[0], e[1], 42, *e[3:]) if e[0] == "front" else e for e in entries], findings, entry_findings)


def _line_zero(plain):
    entries, findings, entry_findings = plain
    return ([(*e[:7], 0, *e[8:]) for e in entries], findings, entry_findings)


def _a_language_twice(plain):
    entries, findings, entry_findings = plain
    edited = [(*e[:6], (*e[6], e[6][-1]), *e[7:]) if e[0] == "erdogan" else e for e in entries]
    return (edited, findings, entry_findings)


def _finding_of_unknown_severity(plain):
    entries, _findings, entry_findings = plain
    return (entries, [(1, 1, None, "a finding", None, "fatal", "schema")], entry_findings)


def _finding_of_unknown_code(plain):
    entries, _findings, entry_findings = plain
    return (entries, [(1, 1, None, "a finding", None, "error", "no-such-check")], entry_findings)


def _entry_findings_of_another_shape(plain):
    entries, findings, _entry_findings = plain
    return (entries, findings, {"erdogan": [("1", 1, "erdogan", "m", None, "warning", "schema")]})


def _a_field_position_of_text(plain):
    entries, findings, entry_findings = plain
    edited = [(*e[:9], {**e[9], "en.name": ("3", 5)}) if e[0] == "erdogan" else e for e in entries]
    return (edited, findings, entry_findings)


EDITS = {
    "a form that is a number": _form_a_number,
    "a rendering without its nominative": _no_nominative,
    "forbidden spellings as one string": _forbidden_a_string,
    "indeclinable as a number": _indeclinable_a_number,
    "variants as one string": _variants_a_string,
    "an English name that is a number": _name_a_number,
    "an entry at line 0": _line_zero,
    "a language rendered twice": _a_language_twice,
    "a finding of no known severity": _finding_of_unknown_severity,
    "a finding of no known check": _finding_of_unknown_code,
    "entry findings of another shape": _entry_findings_of_another_shape,
    "a field position of text": _a_field_position_of_text,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_kept_parse_edited_so_it_still_decodes_is_refused_and_the_file_parsed_again(names_file, edit):
    fresh = load_glossary([names_file], use_cache=False)
    load_glossary([names_file])  # fills the cache
    (cached,) = parse_cache.cached_files()
    kept = marshal.loads(cached.read_bytes())
    edited = edit(kept)
    assert edited != kept
    cached.write_bytes(marshal.dumps(edited))

    assert parse_cache.load(names_file, NAMES) is None
    loaded = load_glossary([names_file])
    assert loaded.entries == fresh.entries
    assert [f.message for f in lint(loaded)] == [f.message for f in lint(fresh)]
    assert _mentions(loaded) == _mentions(fresh)


def test_a_kept_parse_as_a_parse_writes_it_is_used(names_file):
    load_glossary([names_file])
    assert parse_cache.load(names_file, NAMES) is not None
