"""The name checks' findings kept in the cache folder: a re-run of an article checks only what changed.

A kept finding is never the truth: every input of the name checks (the sentence, its translation, the names,
the glossary, the toolkit's files) names the finding it may reuse, and a kept file in any state a crash,
another build or a person left gives the findings a fresh check gives.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import toolkit.qa.checks
from toolkit.document import Block, BlockKind, Document, Piece, Segment
from toolkit.files import NoHomeFolder
from toolkit.formatting import Format
from toolkit.glossary.load import load_glossary
from toolkit.pipeline import translate_documents
from toolkit.problems import Problem
from toolkit.qa import kept
from toolkit.slots import Template
from toolkit.translate.engines import Translation

GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"
SENTENCES = ("Erdogan spoke.", "Putin met Erdogan in Tehran.", "Nothing else happened.")


class Fixed:
    """An engine that answers each English sentence with its template, in every language."""

    name = "fixed"

    def __init__(self, templates: dict[str, str]):
        self.templates = {english: Template.parse(code) for english, code in templates.items()}

    def translate(self, segments, language):
        return [Translation(self.templates[segment.text], self.name, "test") for segment in segments]


RUSSIAN = {
    "Erdogan spoke.": "{erdogan:short} сказал, Путин молчал.",  # Путин: a name the source does not mention
    "Putin met Erdogan in Tehran.": "{putin:short} встретился с {erdogan:short+ins} в {tehran:loc}.",
    "Nothing else happened.": "Больше ничего не произошло.",
}


def story(name: str = "story") -> Document:
    return Document(
        name, [Block(BlockKind.PARAGRAPH, tuple(Segment(f"1.{n}", text) for n, text in enumerate(SENTENCES, 1)))]
    )


@pytest.fixture
def counted(monkeypatch):
    """How many sentences the name checks ran on."""
    calls = []
    original = toolkit.qa.checks.check_names

    def check_names(segment, glossary, language):
        calls.append(segment.source.text)
        return original(segment, glossary, language)

    monkeypatch.setattr(toolkit.qa.checks, "check_names", check_names)
    return calls


def findings(glossary, templates=RUSSIAN, languages=("ru",), name="story"):
    editions = translate_documents([story(name)], list(languages), glossary, [Fixed(templates)])[name]
    return [
        [(p.severity, p.code, p.message, p.language, p.segment_id) for p in segment.problems]
        for edition in editions
        for segment in edition.segments
    ]


def test_a_rerun_reuses_every_sentences_name_findings_and_gives_the_same_problems(counted):
    glossary = load_glossary([GLOSSARIES])
    first = findings(glossary)
    assert counted == list(SENTENCES)
    assert any(code == "name-unsourced" for _, code, *_ in first[0])  # the kept file holds a real finding
    counted.clear()
    again = findings(load_glossary([GLOSSARIES]))  # a new run: the glossary read again, the same files
    assert again == first
    assert counted == []


def test_only_the_sentence_whose_translation_changed_is_checked_again(counted):
    glossary = load_glossary([GLOSSARIES])
    findings(glossary)
    counted.clear()
    fixed = {**RUSSIAN, "Erdogan spoke.": "{erdogan:short} сказал."}  # an editor removed the unsourced name
    again = findings(glossary, fixed)
    assert counted == ["Erdogan spoke."]
    assert not any(code == "name-unsourced" for _, code, *_ in again[0])


def test_each_language_and_article_keeps_its_own_findings(counted):
    glossary = load_glossary([GLOSSARIES])
    findings(glossary)
    counted.clear()
    turkish = {english: "Hiçbir şey olmadı." for english in SENTENCES}
    findings(glossary, turkish, languages=("tr",))
    assert counted == list(SENTENCES)  # the same sentences in another language
    counted.clear()
    findings(glossary, name="other")
    assert counted == list(SENTENCES)  # another article


def test_an_edited_glossary_file_checks_every_sentence_again_with_the_new_entries(tmp_path, counted):
    shutil.copytree(GLOSSARIES, tmp_path / "glossaries")
    first = findings(load_glossary([tmp_path / "glossaries"]))
    assert any(code == "name-unsourced" for _, code, *_ in first[0])
    people = tmp_path / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Путин", "Путен"), encoding="utf-8")
    counted.clear()
    again = findings(load_glossary([tmp_path / "glossaries"]))
    assert counted == list(SENTENCES)
    # Путин is no rendering of the glossary's any more: not found as an unsourced name
    assert not any(code == "name-unsourced" for _, code, *_ in again[0])


def test_a_glossary_whose_entries_were_changed_after_loading_is_hashed_anew():
    glossary = load_glossary([GLOSSARIES])
    read = kept.glossary_digest(glossary)
    assert read is not None and read.startswith("files:")
    putin = glossary.entries["putin"]
    glossary.entries["putin"] = putin.__class__(**{**putin.__dict__, "note": "changed"})
    changed = kept.glossary_digest(glossary)
    assert changed is not None and changed.startswith("entries:") and changed != read
    glossary.entries["putin"] = putin.__class__(**{**putin.__dict__, "note": "changed again"})
    assert kept.glossary_digest(glossary) not in (read, changed)


def test_a_large_glossary_made_in_code_is_not_hashed_and_keeps_nothing(monkeypatch, counted):
    glossary = load_glossary([GLOSSARIES])
    glossary.loaded_from = None
    monkeypatch.setattr(kept, "_LARGEST_GLOSSARY_HASHED", len(glossary.entries) - 1)
    assert kept.glossary_digest(glossary) is None
    first = findings(glossary)
    second = findings(glossary)
    assert first == second
    assert counted == list(SENTENCES) * 2
    assert kept.cached_files() == []


def test_a_changed_file_of_the_toolkit_changes_the_code_hash(tmp_path):
    package = tmp_path / "toolkit"
    (package / "grammar").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    rules = package / "grammar" / "rules.py"
    rules.write_text("CASES = 6\n")
    before = kept.package_digest(package)
    (package / "grammar" / "__pycache__").mkdir()
    (package / "grammar" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"compiled")
    assert kept.package_digest(package) == before  # compiling changes nothing
    rules.write_text("CASES = 7\n")
    os.utime(rules, ns=(1, 1))
    edited = kept.package_digest(package)
    assert edited != before
    (package / "grammar" / "data.txt").write_text("")
    assert kept.package_digest(package) != edited  # a data file added


def test_the_code_hash_follows_where_each_file_lies_and_not_where_the_package_is(tmp_path):
    def package(root, files):
        for relative, text in files.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text, encoding="utf-8")
        return kept.package_digest(root)

    files = {"__init__.py": "", "grammar/rules.py": "CASES = 6\n", "grammar/data/ru.txt": "дом\n"}
    here = package(tmp_path / "one" / "toolkit", files)
    assert package(tmp_path / "two" / "toolkit", files) == here  # a checkout elsewhere: the same code
    moved = {"__init__.py": "", "grammar/rules.py": "CASES = 6\n", "grammar/ru.txt": "дом\n"}
    assert package(tmp_path / "three" / "toolkit", moved) != here  # a file moved to another folder
    renamed = {"__init__.py": "", "grammar/rules.py": "CASES = 6\n", "grammar/data/tr.txt": "дом\n"}
    assert package(tmp_path / "four" / "toolkit", renamed) != here
    swapped = {"__init__.py": "", "grammar/rules.py": "дом\n", "grammar/data/ru.txt": "CASES = 6\n"}
    assert package(tmp_path / "five" / "toolkit", swapped) != here  # the same contents under other names
    hidden = {**files, ".git/HEAD": "ref", "grammar/.rules.py.swp": "x"}
    assert package(tmp_path / "six" / "toolkit", hidden) == here  # hidden files and folders left out


def test_the_running_toolkit_is_hashed_from_its_own_files():
    assert kept.code_digest() == kept.package_digest(Path(toolkit.qa.checks.__file__).resolve().parents[1])


def _kept_file(glossary) -> Path:
    path = kept.KeptFindings.open(kept.glossary_digest(glossary), "ru", "story").path
    assert path is not None
    return path


def _fifo(path: Path) -> None:
    os.mkfifo(path)


DAMAGE = {
    "cut short by a crash": lambda path: path.write_bytes(path.read_bytes()[:40]),
    "not JSON": lambda path: path.write_bytes(b"\x00\xff garbage"),
    "another format": lambda path: path.write_text(json.dumps({"format": 999, "sentences": {}})),
    "a finding of another shape": lambda path: path.write_text(
        json.dumps({"format": kept.FORMAT, "sentences": {key: [["warning", "x"]] for key in _keys(path)}})
    ),
    "a list": lambda path: path.write_text("[]"),
    # well-formed findings no check writes: a report would show them, and the gate would not know the severity
    "a finding of no known severity": lambda path: path.write_text(
        json.dumps({"format": kept.FORMAT, "sentences": {key: [["fatal", "name-extra", "m"]] for key in _keys(path)}})
    ),
    "a finding of no known check": lambda path: path.write_text(
        json.dumps({"format": kept.FORMAT, "sentences": {key: [["error", "bogus", "m"]] for key in _keys(path)}})
    ),
    "a finding whose message reorders the report": lambda path: path.write_text(
        json.dumps(
            {"format": kept.FORMAT, "sentences": {key: [["warning", "name-extra", "a\u202eb"]] for key in _keys(path)}}
        )
    ),
    "a finding whose message holds a terminal escape": lambda path: path.write_text(
        json.dumps(
            {"format": kept.FORMAT, "sentences": {key: [["warning", "name-extra", "a\x1b[2Jb"]] for key in _keys(path)}}
        )
    ),
    "nested deeper than the parser's stack": lambda path: path.write_text(
        '{"format": 1, "sentences": ' + "[" * 200_000
    ),
    "a folder": lambda path: (path.unlink(), path.mkdir()),
    "a pipe": lambda path: (path.unlink(), _fifo(path)),
    "a link to an endless file": lambda path: (path.unlink(), path.symlink_to("/dev/zero")),
}


def _keys(path: Path) -> list[str]:
    return list(json.loads(path.read_text(encoding="utf-8"))["sentences"])


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_kept_file_in_any_state_gives_the_findings_of_a_fresh_check(damage, counted):
    glossary = load_glossary([GLOSSARIES])
    first = findings(glossary)
    damage(_kept_file(glossary))
    counted.clear()
    assert findings(glossary) == first
    assert counted == list(SENTENCES)


def test_without_a_cache_folder_every_run_checks_every_sentence(monkeypatch, counted):
    def no_home():
        raise NoHomeFolder("no home folder")

    monkeypatch.setattr("toolkit.files.cache_folder", no_home)
    glossary = load_glossary([GLOSSARIES], use_cache=False)
    assert findings(glossary) == findings(glossary)
    assert counted == list(SENTENCES) * 2


def test_an_unwritable_cache_folder_only_means_checking_again(tmp_path, monkeypatch, counted):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / kept.FOLDER).write_text("a file where the folder should be")
    glossary = load_glossary([GLOSSARIES], use_cache=False)
    assert findings(glossary) == findings(glossary)
    assert counted == list(SENTENCES) * 2


def test_the_oldest_kept_files_are_removed_past_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(kept, "FILES_KEPT", 3)
    monkeypatch.setattr(kept, "_pruned", set())
    glossary = load_glossary([GLOSSARIES])
    for number in range(5):
        findings(glossary, name=f"article-{number}")
        for path in kept.cached_files():
            os.utime(path, ns=(path.stat().st_mtime_ns - 10**9,) * 2)  # older than the next one written
    monkeypatch.setattr(kept, "_pruned", set())
    findings(glossary, name="article-5")
    assert len(kept.cached_files()) == 3


def test_a_sentence_s_key_is_the_same_in_every_process():
    # a piece's formats are a set, whose order follows each process's string hashing
    script = (
        "from toolkit.document import Piece, Segment\nfrom toolkit.formatting import Format\n"
        "from toolkit.qa.kept import segment_key\n"
        "from toolkit.pipeline import translated_segment\n"
        "from toolkit.translate.engines import Translation\nfrom toolkit.slots import Template\n"
        "s = translated_segment(Segment('1.1', 'Putin spoke.'), Translation(Template.parse('x'), 'e', 'r'), 'ru')\n"
        "s.pieces = [Piece('Путин', 'putin', frozenset({Format('bold'), Format('italic'), Format('link', 'u')}))]\n"
        "print(segment_key(s))"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1


def test_every_field_of_a_piece_is_in_the_key():
    segment = translate_documents([story()], ["ru"], load_glossary([GLOSSARIES]), [Fixed(RUSSIAN)])["story"][0]
    first = segment.segments[0]
    key = kept.segment_key(first)
    piece = first.pieces[0]
    for changed in (
        Piece(piece.text + "а", piece.entry_id, piece.formats, piece.provisional),
        Piece(piece.text, None, piece.formats, piece.provisional),
        Piece(piece.text, piece.entry_id, frozenset({Format("bold")}), piece.provisional),
        Piece(piece.text, piece.entry_id, piece.formats, not piece.provisional),
    ):
        first.pieces[0] = changed
        assert kept.segment_key(first) != key
    first.pieces[0] = piece
    assert kept.segment_key(first) == key


def test_cache_info_counts_the_kept_files_and_clear_removes_them(tmp_path):
    from click.testing import CliRunner

    from toolkit.cli import main

    findings(load_glossary([GLOSSARIES]), languages=("ru", "tr"))
    folder = kept.cached_files()[0].parent
    precious = tmp_path / "precious.txt"
    precious.write_text("kept\n", encoding="utf-8")
    (folder / "elsewhere.json").symlink_to(precious)
    (folder / "a-folder.json").mkdir()

    info = CliRunner().invoke(main, ["cache", "info"])
    assert info.exit_code == 0, info.output
    assert f"name checks and name surveys of articles: {folder} (2 files, " in info.output

    cleared = CliRunner().invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert sorted(path.name for path in folder.iterdir()) == ["a-folder.json", "elsewhere.json"]
    assert precious.read_text(encoding="utf-8") == "kept\n"


def test_a_finding_naming_a_lone_surrogate_is_kept_and_read_back(tmp_path):
    # a message quotes text as the sentence holds it, whatever it holds
    findings_file = tmp_path / "kept.json"
    kept_findings = kept.KeptFindings(findings_file, {})
    segment = translate_documents([story()], ["ru"], load_glossary([GLOSSARIES]), [Fixed(RUSSIAN)])["story"][0]
    odd = [Problem("warning", "name-variant", "'\udcff' looks like another spelling")]
    assert kept_findings.names(segment.segments[0], lambda: odd)[0].message == odd[0].message
    kept_findings.save()
    again = kept.KeptFindings(findings_file, kept._read(findings_file))
    assert [p.message for p in again.names(segment.segments[0], list)] == [odd[0].message]  # kept, not checked
