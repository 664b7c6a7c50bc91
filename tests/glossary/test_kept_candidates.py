"""The survey's uncovered names kept in the cache folder: a re-run of unchanged articles does not look again.

Kept names are never the truth: the articles as read and matched, the glossary and the toolkit name the file a
run may reuse, and a kept file in any state a crash, another build or a person left gives the names a fresh
look gives.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

import toolkit.glossary.suggest
from toolkit.batch import kept_candidates
from toolkit.batch.kept_candidates import find_candidates_kept
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher
from toolkit.glossary.suggest import Candidate, Context, InsideMention, Occurrence, find_candidates
from toolkit.qa import kept
from toolkit.read.text import parse_plain_text

TALKS = """Lavrov Heads to Ankara as Syria Talks Stall

Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks with Mevlüt Çavuşoğlu on the \
future of Idlib. Mr Lavrov said the talks would go on. Dmitri Trenin, director of the Carnegie Moscow Center, \
said Moscow and Ankara needed each other.
"""

FLOODS = """Floods Close Roads Across Yorkshire

Heavy rain closed the A64 near Malton on Sunday. The Environment Agency issued 40 flood warnings, and \
Councillor Margaret Ellison of North Yorkshire Council said crews from Northern Powergrid were on their way. \
Ellison asked drivers to stay at home.
"""

ERDOGAN = """- id: erdogan
  type: person
  en: {name: Recep Tayyip Erdogan, short: Erdogan}
  ar: {name: رجب طيب أردوغان, short: أردوغان}
"""


def articles(*texts: str) -> list:
    return [parse_plain_text(text, f"story-{number}") for number, text in enumerate(texts, 1)]


def glossary_of(tmp_path, text: str = ERDOGAN, name: str = "names.yaml"):
    path = tmp_path / "glossary" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    glossary = load_glossary([path.parent])
    assert not glossary.findings
    return glossary


@pytest.fixture
def looked(monkeypatch):
    """The articles the detector looked at, call by call."""
    calls = []

    def counting(documents, glossary, matcher=None):
        calls.append([document.name for document in documents])
        return find_candidates(documents, glossary, matcher)

    monkeypatch.setattr(toolkit.glossary.suggest, "find_candidates", counting)
    return calls


def kept_files():
    return [path for path in kept.cached_files() if json.loads(path.read_text()).get("candidates") is not None]


def test_a_rerun_of_the_same_articles_reads_the_names_found_before(tmp_path, looked):
    glossary = glossary_of(tmp_path)
    first = find_candidates_kept(articles(TALKS, FLOODS), glossary, Matcher(glossary))
    again = find_candidates_kept(articles(TALKS, FLOODS), glossary, Matcher(glossary))
    assert looked == [["story-1", "story-2"]]  # the second run looked at nothing
    assert again == first
    assert {"Sergei Lavrov", "Environment Agency", "Dmitri Trenin"} <= {candidate.name for candidate in again}
    assert all(candidate.occurrences and candidate.contexts_found for candidate in again)
    assert len(kept_files()) == 1


def test_the_kept_names_are_those_a_fresh_look_finds(tmp_path):
    glossary = glossary_of(tmp_path)
    find_candidates_kept(articles(FLOODS, TALKS), glossary, Matcher(glossary))
    kept_now = find_candidates_kept(articles(FLOODS, TALKS), glossary, Matcher(glossary))
    assert kept_now == find_candidates(articles(FLOODS, TALKS), glossary)


def test_an_edited_article_is_looked_at_again(tmp_path, looked):
    glossary = glossary_of(tmp_path)
    find_candidates_kept(articles(TALKS), glossary, Matcher(glossary))
    edited = TALKS.replace("Dmitri Trenin", "Fyodor Lukyanov")
    names = {candidate.name for candidate in find_candidates_kept(articles(edited), glossary, Matcher(glossary))}
    assert len(looked) == 2
    assert "Fyodor Lukyanov" in names and "Dmitri Trenin" not in names


def test_an_article_renamed_or_another_added_is_looked_at_again(tmp_path, looked):
    glossary = glossary_of(tmp_path)
    find_candidates_kept(articles(TALKS), glossary, Matcher(glossary))
    renamed = [parse_plain_text(TALKS, "moscow-talks")]
    candidates = find_candidates_kept(renamed, glossary, Matcher(glossary))
    assert {occurrence.article for c in candidates for occurrence in c.occurrences} == {"moscow-talks"}
    find_candidates_kept(articles(TALKS, FLOODS), glossary, Matcher(glossary))
    assert len(looked) == 3


def test_an_edited_glossary_is_looked_at_again(tmp_path, looked):
    glossary = glossary_of(tmp_path)
    before = find_candidates_kept(articles(TALKS), glossary, Matcher(glossary))
    assert "Sergei Lavrov" in {candidate.name for candidate in before}
    lavrov = "- id: lavrov\n  type: person\n  en: {name: Sergei Lavrov, short: Lavrov}\n  ar: {name: سيرغي لافروف, short: لافروف}\n"
    covered = glossary_of(tmp_path, ERDOGAN + lavrov)
    after = find_candidates_kept(articles(TALKS), covered, Matcher(covered))
    assert len(looked) == 2
    assert "Sergei Lavrov" not in {candidate.name for candidate in after}


def test_another_toolkit_build_looks_again(tmp_path, looked, monkeypatch):
    glossary = glossary_of(tmp_path)
    find_candidates_kept(articles(FLOODS), glossary, Matcher(glossary))
    monkeypatch.setattr(kept, "code_digest", lambda: "another build")
    find_candidates_kept(articles(FLOODS), glossary, Matcher(glossary))
    assert len(looked) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",  # cut short by a crash
        lambda data: data[: len(data) // 2],
        lambda data: b"\xff\xfe not JSON",
        lambda data: b"[" * 100_000,  # nested past the stack
        lambda data: json.dumps({"format": 999, "candidates": []}).encode(),  # another build's
        lambda data: json.dumps({"format": 1, "candidates": {}}).encode(),
        lambda data: data.replace(b'"person"', b"7", 1),  # a number where a type is
        lambda data: data.replace(b"true", b'"yes"', 1),
        lambda data: data.replace(b"]]", b"], 5]", 1),  # an occurrence's field added
        # a name no article holds: a bidi override or a terminal's escape would reach the report and the stubs
        lambda data: data.replace(b'"Sergei Lavrov"', b'"Sergei\\u202e Lavrov"'),
        lambda data: data.replace(b'"Sergei Lavrov"', b'"Sergei\\u001b[2J Lavrov"'),
    ],
)
def test_a_damaged_kept_file_gives_the_names_a_fresh_look_gives(tmp_path, damage, looked):
    glossary = glossary_of(tmp_path)
    first = find_candidates_kept(articles(TALKS, FLOODS), glossary, Matcher(glossary))
    (path,) = kept_files()
    path.write_bytes(damage(path.read_bytes()))
    assert find_candidates_kept(articles(TALKS, FLOODS), glossary, Matcher(glossary)) == first
    assert len(looked) == 2


def test_a_folder_where_the_kept_file_goes_is_no_cache(tmp_path, looked):
    glossary = glossary_of(tmp_path)
    first = find_candidates_kept(articles(FLOODS), glossary, Matcher(glossary))
    (path,) = kept_files()
    path.unlink()
    path.mkdir()
    assert find_candidates_kept(articles(FLOODS), glossary, Matcher(glossary)) == first
    assert len(looked) == 2


def test_what_is_kept_is_every_field_of_a_candidate():
    """A field added to the detector's records must be kept too (and FORMAT bumped): this lists them."""
    assert [f.name for f in dataclasses.fields(Candidate)] == [
        "name",
        "short",
        "variants",
        "type",
        "type_reasons",
        "type_sure",
        "occurrences",
        "contexts_found",
        "ambiguous_short",
    ]
    assert [f.name for f in dataclasses.fields(Occurrence)] == [
        "article",
        "segment",
        "start",
        "end",
        "surface",
        "possessive",
        "glossary_inside",
    ]
    assert [f.name for f in dataclasses.fields(Context)] == ["article", "segment", "text"]
    assert [f.name for f in dataclasses.fields(InsideMention)] == ["entry_id", "start", "end", "surface"]
    assert kept_candidates.FORMAT == 1
