"""`toolkit translate --no-cache`: the run neither reads nor writes anything in the cache folder (machine
translations, provisional names, parsed glossaries, name checks and surveys, memories as read, the DOCX template,
CLDR data, the code digest), in its own process and in its worker processes, and writes the same editions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def translate(workspace: Path, cache: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "TOOLKIT_CACHE_DIR": str(cache), "XDG_CACHE_HOME": str(cache.parent / "xdg")}
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "translate", "seeds/article.txt", "--to", "ar,ru", *args],
        cwd=workspace,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "article.txt", tmp_path / "seeds")
    shutil.copy(ROOT / "seeds" / "article.tmx", tmp_path / "seeds")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    return tmp_path


def editions(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted(folder.glob("article.*.md"))}


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["in-process", "workers"])
def test_no_cache_creates_and_writes_nothing_in_the_cache_folder_and_publishes_the_same(workspace, jobs):
    cached = translate(workspace, workspace / "cache-used", "--out", "with-cache", "--jobs", jobs)
    assert cached.returncode == 0, cached.stderr
    assert any((workspace / "cache-used").iterdir())  # a run with its cache keeps things there

    without = translate(workspace, workspace / "cache-unused", "--out", "without-cache", "--jobs", jobs, "--no-cache")
    assert without.returncode == 0, without.stderr
    assert not (workspace / "cache-unused").exists()
    assert not (workspace / "xdg").exists()
    assert editions(workspace / "without-cache" / "article") == editions(workspace / "with-cache" / "article")


def test_no_cache_does_not_even_look_at_a_cache_folder_that_cannot_be_used(workspace):
    blocked = workspace / "cache.txt"
    blocked.write_text("not a folder", encoding="utf-8")
    used = translate(workspace, blocked, "--out", "with-cache")
    assert used.returncode == 0, used.stderr
    assert "warning: the cache folder cannot be used" in used.stdout + used.stderr

    unused = translate(workspace, blocked, "--out", "without-cache", "--no-cache")
    assert unused.returncode == 0, unused.stderr
    assert "cache folder" not in unused.stdout + unused.stderr
    assert blocked.read_text("utf-8") == "not a folder"


def test_no_cache_reads_no_kept_parse_of_a_glossary(workspace):
    """What a run keeps in the cache folder is not read back: a parsed glossary file there with another
    (well-formed) rendering is used by a run with the cache and ignored by one without."""
    import marshal

    cache = workspace / "cache"
    assert translate(workspace, cache, "--out", "first").returncode == 0
    changed = 0
    for kept in (cache / "glossary").glob("*.marshal"):
        if kept.name.startswith("built-"):  # the matcher built from the entries, not a parse
            continue
        entries, findings, entry_findings = marshal.loads(kept.read_bytes())
        edited = []
        for entry in entries:
            renderings = tuple(
                (r[0], dict.fromkeys(r[1], "Тегеранск"), *r[2:]) if entry[0] == "tehran" and r[0] == "ru" else r
                for r in entry[6]
            )
            changed += renderings != entry[6]
            edited.append((*entry[:6], renderings, *entry[7:]))
        kept.write_bytes(marshal.dumps((edited, findings, entry_findings)))
    assert changed == 1

    with_cache = translate(workspace, cache, "--out", "with-cache", "--to", "ru")
    without = translate(workspace, cache, "--out", "without-cache", "--to", "ru", "--no-cache")
    assert with_cache.returncode in (0, 1) and without.returncode == 0, without.stderr
    assert "Тегеранск" in (workspace / "with-cache" / "article" / "article.ru.md").read_text("utf-8")
    edition = (workspace / "without-cache" / "article" / "article.ru.md").read_text("utf-8")
    assert "Тегеранск" not in edition and "Тегеран" in edition
