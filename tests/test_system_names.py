"""Names a manifest holds, spelled to the system: a hand-edited manifest may hold any text."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.batch.articles import _source_gone
from toolkit.errors import system_name
from toolkit.publish.manifest import Manifest, ReadIn


def _manifest(source: str, read_in: ReadIn | None = None) -> Manifest:
    return Manifest("story", source, "Story", "f" * 8, "2026-11-27T00:00:00+00:00", "toolkit", read_in=read_in)


@pytest.mark.parametrize("name", ["story.txt", "\u062e\u0628\u0631.txt", "caf\udce9.txt"])
def test_a_name_a_file_can_have_is_spelled_so_the_system_finds_it(tmp_path, name):
    (tmp_path / name).write_text("x", encoding="utf-8")
    assert (tmp_path / system_name(name)).is_file()


@pytest.mark.parametrize("name", ["a\ud800b.txt", "\udfff.txt"])
def test_a_lone_surrogate_no_file_name_holds_is_kept_and_found_nowhere(tmp_path, name):
    assert system_name(name) == name
    assert not (tmp_path / system_name(name)).is_file()


@pytest.mark.parametrize("name", ["a\ud800b.txt", "a\x00b.txt"])
def test_a_source_no_file_can_be_named_is_gone_from_the_folder_read_and_raises_nothing(tmp_path, name):
    read = {"folder": tmp_path}
    assert _source_gone(_manifest(name, ReadIn("folder", name)), read)
    assert not _source_gone(_manifest(str(Path(tmp_path / name))), read)  # only a folder read whole says gone
