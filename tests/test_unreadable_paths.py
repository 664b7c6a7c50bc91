"""A file or folder named on the command line that the user running the command may not read: one message
naming it and the fix, exit status 2, nothing written. The system's answer is simulated (os.access refusing
the path), since tests may run as root, whom permissions do not stop."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from toolkit.cli import main


@pytest.fixture
def refuse(monkeypatch):
    """Make ``os.access`` answer as it does for a user without read permission on the given paths."""
    refused: set[str] = set()
    allowed = os.access

    def access(path, mode, *args, **kwargs):
        if os.path.abspath(os.fspath(path)) in refused:
            return False
        return allowed(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return lambda path: refused.add(os.path.abspath(path))


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _assert_refused(result, name: str, kind: str) -> None:
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{name}: cannot read this {kind} (permission denied)" in result.output
    assert "fix: let the user the command runs as read it (chmod or chown), or give a copy it can read" in (
        result.output
    )


def test_an_unreadable_glossary_file_is_a_wrong_request_naming_it(workspace, refuse):
    refuse("glossaries/people.yaml")
    result = _run("translate", "seeds/article.txt", "--glossary", "glossaries/people.yaml", "--out", "out", "-q")
    _assert_refused(result, "glossaries/people.yaml", "file")
    assert not (workspace / "out").exists()


def test_an_unreadable_glossary_folder_is_a_wrong_request_naming_it(workspace, refuse):
    refuse("glossaries")
    result = _run("translate", "seeds/article.txt", "--glossary", "glossaries", "--out", "out", "-q")
    _assert_refused(result, "glossaries", "folder")
    assert not (workspace / "out").exists()


def test_an_unreadable_settings_file_is_a_wrong_request_naming_it(workspace, refuse):
    (workspace / "house.yaml").write_text("publish:\n  index: true\n", encoding="utf-8")
    refuse("house.yaml")
    result = _run("translate", "seeds/article.txt", "--settings", "house.yaml", "--out", "out", "-q")
    _assert_refused(result, "house.yaml", "file")
    assert not (workspace / "out").exists()


def test_an_unreadable_memory_is_a_wrong_request_for_a_run_and_an_import(workspace, refuse):
    refuse("seeds/article.tmx")
    result = _run("translate", "seeds/article.txt", "--memory", "seeds/article.tmx", "--out", "out", "-q")
    _assert_refused(result, "seeds/article.tmx", "file")
    assert not (workspace / "out").exists()
    before = (workspace / "seeds" / "article.tmx").read_bytes()
    shutil.copy(workspace / "seeds" / "article.tmx", workspace / "corrected.tmx")
    result = _run("memory", "import", "corrected.tmx", "--memory", "seeds/article.tmx")
    _assert_refused(result, "seeds/article.tmx", "file")
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before


def test_an_unreadable_review_file_given_to_memory_import_is_refused_and_the_memory_untouched(workspace, refuse):
    shutil.copy(workspace / "seeds" / "article.tmx", workspace / "reviewed.tmx")
    before = (workspace / "seeds" / "article.tmx").read_bytes()
    refuse("reviewed.tmx")
    result = _run("memory", "import", "reviewed.tmx", "--memory", "seeds/article.tmx")
    _assert_refused(result, "reviewed.tmx", "file")
    assert (workspace / "seeds" / "article.tmx").read_bytes() == before
    assert sorted(p.name for p in (workspace / "seeds").iterdir()) == ["article.tmx", "article.txt"]


def test_an_unreadable_models_folder_is_a_wrong_request_naming_it(workspace, refuse):
    (workspace / "models").mkdir()
    refuse("models")
    result = _run("translate", "seeds/article.txt", "--models-dir", "models", "--out", "out", "-q")
    _assert_refused(result, "models", "folder")
    assert not (workspace / "out").exists()


def test_a_readable_file_passes_as_before(workspace, refuse):
    refuse("elsewhere.yaml")
    result = _run("translate", "seeds/article.txt", "--glossary", "glossaries", "--out", "out", "-q")
    assert result.exit_code == 0, result.output
    assert (workspace / "out" / "article").is_dir()


@pytest.fixture
def locked_cache(workspace, tmp_path_factory, monkeypatch, refuse):
    """A cache folder holding a run's files that the user may neither list nor look into (chmod 000): access
    refused and every look-up of a file in it denied, as the system answers a user who is not root."""
    cache = tmp_path_factory.mktemp("locked-cache") / "toolkit"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    assert _run("translate", "seeds/article.txt", "--out", "first", "-q").exit_code == 0
    assert any(cache.rglob("*.json")) and any(cache.rglob("*.marshal"))  # a run kept name checks and glossaries
    refuse(str(cache))
    status = os.stat
    inside = str(cache) + os.sep

    def stat(path, *args, **kwargs):
        if os.path.abspath(os.fspath(path)).startswith(inside):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return status(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    return cache


def test_a_run_goes_without_a_cache_folder_it_may_not_read_and_publishes(workspace, locked_cache):
    result = _run("translate", "seeds/article.txt", "--out", "out", "-q", "--force")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"warning: the cache folder cannot be used ({locked_cache}, from $TOOLKIT_CACHE_DIR: permission " in (
        result.output
    )
    assert (workspace / "out" / "article" / "article.ar.docx").is_file()


@pytest.mark.parametrize("command", ["info", "clear"])
def test_cache_commands_refuse_a_cache_folder_they_may_not_read_naming_it(workspace, locked_cache, command):
    result = _run("cache", command)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.startswith(f"error: {locked_cache}: cannot read the cache folder: permission denied\n")
    assert "set TOOLKIT_CACHE_DIR to a folder it may read and write" in result.output
