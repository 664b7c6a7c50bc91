"""`toolkit cache info` shows every kind of file the cache folder holds (files and size of each, with the total,
which is what the folder takes on disk); `toolkit cache clear` removes all of it and nothing else."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.files import cache_folder, human_size
from toolkit.translate.provisional import Choice, store_key
from toolkit.translate.provisional_store import ProvisionalStore

STORY = "Kaja Kallas met Sergei Lavrov in Ankara.\n\nKallas said the talks went on. Putin met Erdogan in Moscow.\n"
KINDS = {
    "parsed glossary files": "glossary",
    "name checks and name surveys of articles": "checks",
    "translation memories as read": "memory",
    "DOCX template": "docx",
    "CLDR data as read": "cldr",
    "the toolkit's code digest": "code",
    "compiled regular expressions": "patterns",
}


def on_disk(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if not path.is_dir())


def info_lines() -> dict[str, str]:
    result = CliRunner().invoke(main, ["cache", "info"])
    assert result.exit_code == 0, result.output
    return dict(line.split(": ", 1) for line in result.output.splitlines() if not line.startswith(" "))


@pytest.fixture
def filled(workspace, copy_models, monkeypatch):
    """A cache folder as a run fills it (an article through copy models, with a memory), and a provisional name
    an earlier run chose."""
    from toolkit import cldr, patterns
    from toolkit.batch import fingerprint
    from toolkit.languages import language
    from toolkit.publish import word

    monkeypatch.setattr(fingerprint, "_CODE_DIGESTS", {})  # as in a new process: the code digest is kept here
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 0)

    for built in (word._lean_template, word._lean_document, word._lean_parts):
        built.cache_clear()  # the DOCX template kept in this cache folder, not one an earlier test built
    cldr.forget()  # the CLDR facts kept in this cache folder, not those an earlier test read
    patterns.forget()
    language.cache_clear()
    (workspace / "story.txt").write_text(STORY, encoding="utf-8")
    options = ["--to", "ru,tr", "--memory", "seeds/article.tmx", "--models-dir", str(copy_models.models_dir)]
    result = CliRunner().invoke(main, ["translate", "story.txt", "--out", "out", "-q", *options])
    assert result.exit_code == 1, result.output  # held back: a copy model's output is never published
    # the patterns a run in a new process compiles are kept (this process compiled the run's before)
    patterns.compile_kept(r"Kallas(?:'s)?")
    patterns.keep_compiled_patterns()
    store = ProvisionalStore()
    store.save(
        {
            (store_key("Kaja Kallas"), "ru"): Choice("Кая Каллас", "Каллас", (("Каллас", 2),)),
            (store_key("Kaja Kallas"), "tr"): Choice("Kaja Kallas", "Kallas", (("Kallas", 2),)),
        }
    )
    store.close()
    return cache_folder()


def test_info_shows_every_kind_the_cache_folder_holds_with_the_total_on_disk(filled):
    lines = info_lines()
    assert lines["machine translations"].startswith(f"{filled / 'translations.sqlite3'} (")
    assert lines["machine translations"].endswith(" entries)") and not lines["machine translations"].endswith(
        " 0 entries)"
    )
    assert lines["provisional names"] == (
        f"{filled / 'provisional-names.sqlite3'} ({human_size((filled / 'provisional-names.sqlite3').stat().st_size)}, "
        "2 renderings, a name's in one language each)"
    )
    for label, folder in KINDS.items():
        files = on_disk(filled / folder)
        assert files, folder  # the run kept something of each kind
        size = sum(path.stat().st_size for path in files)
        assert lines[label] == f"{filled / folder} ({len(files)} file{'s' * (len(files) > 1)}, {human_size(size)})"
    everything = on_disk(filled)
    assert lines["in all"] == f"{len(everything)} files, {human_size(sum(p.stat().st_size for p in everything))}"
    assert "damaged files moved aside" not in lines and "temporary files of writes" not in " ".join(lines)


def test_clear_removes_every_kind_and_leaves_what_is_not_the_caches(filled):
    (filled / "notes.txt").write_text("mine\n", encoding="utf-8")
    (filled / "memory" / "notes.txt").write_text("mine too\n", encoding="utf-8")
    counts = {folder: len(on_disk(filled / folder)) for folder in KINDS.values()}

    result = CliRunner().invoke(main, ["cache", "clear", "--provisional-names"])
    assert result.exit_code == 0, result.output
    said = result.output.strip()
    assert said.startswith("removed ") and " machine translations, 2 provisional renderings, " in said
    assert f"{counts['glossary']} parsed glossary files, " in said
    assert (
        f"{counts['checks']} name checks and surveys, 1 memory as read, 1 DOCX template, 1 CLDR data file, 1 code digest, "
        "1 compiled regular expressions file" in said
    )

    left = [path.relative_to(filled).as_posix() for path in on_disk(filled)]
    assert left == ["memory/notes.txt", "notes.txt", "provisional-names.sqlite3", "translations.sqlite3"]
    lines = info_lines()
    assert lines["machine translations"].endswith(", 0 entries)")
    assert lines["provisional names"].endswith(", 0 renderings, a name's in one language each)")
    for label, folder in KINDS.items():
        assert lines[label] == f"{filled / folder} (0 files, 0 bytes)"
    assert ProvisionalStore().load([store_key("Kaja Kallas")], ["ru"]) == {}


def test_clear_keeps_the_provisional_names_unless_asked_so_published_spellings_stay(filled):
    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    said = result.output.strip().splitlines()
    assert said[0].startswith("removed ") and "provisional" not in said[0]
    assert said[1].startswith("kept 2 provisional renderings of names no glossary covers")
    assert "--provisional-names" in said[1]
    assert ProvisionalStore().load([store_key("Kaja Kallas")], ["ru"]) != {}
    lines = info_lines()
    assert lines["machine translations"].endswith(", 0 entries)")
    for label, folder in KINDS.items():
        assert lines[label] == f"{filled / folder} (0 files, 0 bytes)"


def test_damaged_databases_and_stopped_writes_are_shown_and_cleared(filled):
    damaged = filled / "translations.sqlite3.damaged-1764300000"
    damaged.write_bytes(b"not a database" * 100)
    stopped = filled / "memory" / ".60589f3a8d0ae13b-76f7.marshal.k2j4x.tmp"
    stopped.write_bytes(b"cut short" * 10)
    an_hour_ago = time.time() - 3700
    os.utime(stopped, (an_hour_ago, an_hour_ago))
    writing = filled / "checks" / ".c0b3d060.json.a8f3.tmp"  # a run writing it now: never pulled from under it
    writing.write_bytes(b"{")

    lines = info_lines()
    assert lines["damaged files moved aside"] == f"{filled} (1 file, 1.4 KB)"
    assert lines["temporary files of writes (in progress, or left by a stopped run)"] == f"{filled} (2 files, 91 bytes)"
    everything = on_disk(filled)
    assert lines["in all"] == f"{len(everything)} files, {human_size(sum(p.stat().st_size for p in everything))}"

    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert ", 1 damaged file, 1 temporary file (" in result.output
    assert not damaged.exists() and not stopped.exists() and writing.exists()


def test_a_file_that_cannot_be_removed_is_named_once_and_the_rest_go(filled, monkeypatch):
    stuck = on_disk(filled / "memory")[0]
    unlink = Path.unlink

    def refusing(path, missing_ok=False):
        if path == stuck:
            raise PermissionError(13, "Permission denied")
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing)
    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert "0 memories as read" in result.output
    assert result.stderr == (
        f"warning: could not remove {stuck}: permission denied; it stays, and the next `toolkit cache clear` tries "
        "again\n"
    )
    assert on_disk(filled / "glossary") == [] and on_disk(filled / "memory") == [stuck]


@pytest.mark.parametrize("label, folder", KINDS.items(), ids=KINDS.values())
def test_info_says_when_something_else_stands_in_place_of_a_kind_s_folder(workspace, monkeypatch, label, folder):
    cache = workspace / "cache"
    cache.mkdir()
    (cache / folder).write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    lines = info_lines()
    assert lines[label] == (
        f"{cache / folder} (0 files, 0 bytes); not a folder (a file or a link stands there): nothing is kept, remove it"
    )
    others = [line for other, line in lines.items() if other in KINDS and other != label]
    assert others and not any("not a folder" in line for line in others)


def test_info_says_a_link_in_place_of_a_kind_s_folder_keeps_nothing(workspace, monkeypatch):
    cache = workspace / "cache"
    cache.mkdir()
    (cache / "checks").symlink_to(cache / "checks")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    assert info_lines()["name checks and name surveys of articles"].endswith(
        "; not a folder (a file or a link stands there): nothing is kept, remove it"
    )
