"""The matcher and the spelling conflicts a run builds from a glossary, cached with its parse."""

from pathlib import Path

import pytest

from toolkit.glossary import built
from toolkit.glossary.lint import lint
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher

NAMES = """\
- id: erdogan
  type: person
  en: {name: Recep Tayyip Erdogan, short: Erdogan, variants: [Erdoğan]}
  tr: {name: Recep Tayyip Erdoğan, short: Erdoğan}
- id: nusra
  type: organisation
  en: {name: al-Nusra Front, variants: [Nusra Front, "al Nusra"]}
  tr: {name: Nusra Cephesi}
- id: cpp
  type: term
  en: {name: C++}
  tr: {name: C++}
- id: front
  type: term
  en: {name: Nusra Front}
  tr: {name: Nusra Cephesi}
"""
TEXT = (
    "Erdoğan met the al Nusra Front envoy; Recep Tayyip Erdogan's aides wrote C++ in Section C, "
    "and the Nusra Front denied it."
)


@pytest.fixture
def names_file(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))  # this test's cache alone
    path = tmp_path / "names.yaml"
    path.write_text(NAMES, encoding="utf-8")
    return path


def built_files() -> list[Path]:
    return sorted(built.folder().glob("built-*.marshal"))


def mentions(matcher: Matcher, text: str = TEXT) -> list[tuple]:
    return [(m.entry_id, m.start, m.end, m.short, m.possessive) for m in matcher.find(text)]


def test_a_cached_matcher_finds_what_a_freshly_built_one_finds(names_file):
    fresh = mentions(Matcher(load_glossary([names_file])))
    assert ("cpp", TEXT.index("C++"), TEXT.index("C++") + 3, False, False) in fresh

    first = built.matcher_for(load_glossary([names_file]))  # builds and stores
    assert len(built_files()) == 1
    second = built.matcher_for(load_glossary([names_file]))  # a new process would load this from the cache
    assert mentions(first) == mentions(second) == fresh


def test_spelling_conflicts_come_from_the_cache_with_the_live_locations(names_file):
    glossary = load_glossary([names_file])
    conflicts = [f for f in lint(glossary) if f.code == "spelling-conflict"]
    assert [(f.entry_id, f.location.line) for f in conflicts] == [("front", 15)]
    assert "also claimed by nusra" in conflicts[0].message

    again = [f for f in lint(load_glossary([names_file])) if f.code == "spelling-conflict"]
    assert [(f.entry_id, f.message, f.location) for f in again] == [
        (f.entry_id, f.message, f.location) for f in conflicts
    ]


def test_an_edited_spelling_builds_again_and_other_edits_reuse_the_cache(names_file):
    built.matcher_for(load_glossary([names_file]))
    names_file.write_text(NAMES.replace("tr: {name: C++}", 'tr: {name: "C++ dili"}'), encoding="utf-8")
    built.matcher_for(load_glossary([names_file]))
    assert len(built_files()) == 1  # only a Turkish rendering changed

    names_file.write_text(NAMES.replace("variants: [Erdoğan]", "variants: [Erdoğan, Tayyip]"), encoding="utf-8")
    matcher = built.matcher_for(load_glossary([names_file]))
    assert len(built_files()) == 2
    assert [m.entry_id for m in matcher.find("Tayyip spoke")] == ["erdogan"]


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x00\x00\x00"])
def test_a_damaged_cache_file_is_built_again(names_file, damage):
    fresh = mentions(Matcher(load_glossary([names_file])))
    built.matcher_for(load_glossary([names_file]))
    (cached,) = built_files()
    cached.write_bytes(damage)
    assert mentions(built.matcher_for(load_glossary([names_file]))) == fresh


def test_an_unwritable_cache_only_costs_time(names_file, monkeypatch, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocked))
    glossary = load_glossary([names_file], use_cache=False)
    assert mentions(built.matcher_for(glossary)) == mentions(Matcher(glossary))
    assert [f.entry_id for f in lint(glossary) if f.code == "spelling-conflict"] == ["front"]
