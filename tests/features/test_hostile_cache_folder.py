"""The cache folder only makes runs faster: whatever stands where it should be, a run publishes the same
editions, and says once, truly, why it goes without it."""

from __future__ import annotations

import os
import zipfile
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


def _file(path: Path) -> None:
    path.write_text("not a folder", encoding="utf-8")


def _pipe(path: Path) -> None:
    os.mkfifo(path)


def _link_to_nowhere(path: Path) -> None:
    path.symlink_to(path.parent / "gone")


def _link_in_a_loop(path: Path) -> None:
    path.symlink_to(path)


@pytest.mark.parametrize(
    "plant", [_file, _pipe, _link_to_nowhere, _link_in_a_loop], ids=["a file", "a pipe", "a link", "a loop"]
)
@pytest.mark.parametrize("subfolder", ["glossary", "checks", "memory", "docx", "cldr", "code", "patterns"])
def test_a_cache_subfolder_something_else_stands_in_is_said_once_and_the_editions_are_the_same(
    workspace, monkeypatch, tmp_path, subfolder, plant
):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "usable"))
    arguments = ["translate", "seeds/article.txt", "--to", "ar,tr", "--out"]
    assert CliRunner().invoke(main, [*arguments, "usable"]).exit_code == 0
    cache = tmp_path / "cache"
    cache.mkdir()
    plant(cache / subfolder)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    for run in ("first", "second"):
        result = CliRunner().invoke(main, [*arguments, run])
        assert result.exit_code == 0, result.output
        assert cache_warnings(result.output) == [
            f"warning: in the cache folder {cache}, {subfolder}/ is not a folder (a file or a link stands there): "
            "what it keeps is not kept, so runs are slower; remove it, and the next run makes it again"
        ]
        for name in ("article.ar.md", "article.tr.md"):
            written, usable = (workspace / folder / "article" / name for folder in (run, "usable"))
            assert written.read_bytes() == usable.read_bytes()
        docx = [zipfile.ZipFile(workspace / folder / "article" / "article.ar.docx") for folder in (run, "usable")]
        assert docx[0].read("word/document.xml") == docx[1].read("word/document.xml")


def test_cache_subfolders_that_are_files_are_named_together_in_one_warning(workspace, monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    for name in ("glossary", "docx", "patterns"):
        _file(cache / name)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru"])
    assert result.exit_code == 0, result.output
    assert cache_warnings(result.output) == [
        f"warning: in the cache folder {cache}, glossary/, docx/ and patterns/ are not folders (a file or a link "
        "stands there): what they keep is not kept, so runs are slower; remove them, and the next run makes them "
        "again"
    ]
    assert (cache / "glossary").read_text(encoding="utf-8") == "not a folder"  # left as found
