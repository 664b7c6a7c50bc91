"""The cache folder only makes runs faster: whatever stands where it should be, a run publishes the same
editions, and says once, truly, why it goes without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main

GOES_WITHOUT = (
    "): this run goes without it (machine translations and provisional names are not kept for the next run); "
    "set TOOLKIT_CACHE_DIR to a folder the toolkit may write in"
)


def cache_warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if "cache folder" in line]


def _translated(workspace: Path, cache: Path | str, monkeypatch) -> list[str]:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ar,tr"])
    assert result.exit_code == 0, result.output
    assert (workspace / "output" / "article" / "article.ar.md").is_file()
    return cache_warnings(result.output)


def test_a_cache_folder_that_is_a_link_in_a_loop_is_said_to_be_one(workspace, monkeypatch):
    cache = workspace / "cache"
    cache.symlink_to(cache)
    (warning,) = _translated(workspace, cache, monkeypatch)
    assert warning == (
        f"warning: the cache folder cannot be used ({cache}, from $TOOLKIT_CACHE_DIR: {cache} is a symbolic link "
        f"in a loop (links that point at each other){GOES_WITHOUT}"
    )


def test_a_cache_folder_under_a_link_to_nowhere_names_the_link_and_where_it_leads(workspace, monkeypatch):
    (workspace / "shared").symlink_to(workspace / "unmounted")
    cache = workspace / "shared" / "toolkit"
    (warning,) = _translated(workspace, cache, monkeypatch)
    assert warning == (
        f"warning: the cache folder cannot be used ({cache}, from $TOOLKIT_CACHE_DIR: {workspace / 'shared'} is a "
        f"symbolic link to {workspace / 'unmounted'}, which does not exist{GOES_WITHOUT}"
    )
    assert not (workspace / "unmounted").exists()


@pytest.mark.parametrize("below", ["", "toolkit"], ids=["the folder", "a folder above it"])
def test_a_named_pipe_where_the_cache_folder_should_be_is_named_a_pipe_and_never_opened(workspace, monkeypatch, below):
    pipe = workspace / "cache"
    os.mkfifo(pipe)
    cache = pipe / below if below else pipe
    (warning,) = _translated(workspace, cache, monkeypatch)
    assert warning == (
        f"warning: the cache folder cannot be used ({cache}, from $TOOLKIT_CACHE_DIR: {pipe} is a named pipe, "
        f"not a folder{GOES_WITHOUT}"
    )


def test_a_device_as_the_cache_folder_is_named_a_device(workspace, monkeypatch):
    (warning,) = _translated(workspace, "/dev/null", monkeypatch)
    assert "(/dev/null, from $TOOLKIT_CACHE_DIR: /dev/null is a device, not a folder)" in warning


def test_a_cache_folder_named_with_a_line_end_is_printed_escaped(workspace, monkeypatch):
    blocker = workspace / "cache\nfix: rm -rf ~"
    blocker.write_text("notes", encoding="utf-8")
    (warning,) = _translated(workspace, blocker, monkeypatch)
    shown = str(blocker).replace("\n", "\\n")
    assert warning == (
        f"warning: the cache folder cannot be used ({shown}, from $TOOLKIT_CACHE_DIR: {shown} is a file, "
        f"not a folder{GOES_WITHOUT}"
    )
