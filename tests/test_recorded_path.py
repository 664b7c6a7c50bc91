"""The path of an article as a file sent out records it: from the working folder, never beyond it."""

from __future__ import annotations

import pytest

from toolkit.files import recorded_path


@pytest.fixture
def desk(tmp_path, monkeypatch):
    (tmp_path / "desk" / "news").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "desk")
    return tmp_path / "desk"


def test_an_article_inside_the_working_folder_is_recorded_from_it_with_forward_slashes(desk):
    assert recorded_path("news/story.md") == "news/story.md"
    assert recorded_path(desk / "news" / "story.md") == "news/story.md"
    assert recorded_path("./news/../news/story.md") == "news/story.md"


def test_an_article_outside_the_working_folder_is_not_recorded(desk):
    assert recorded_path(desk.parent / "elsewhere" / "story.md") == ""
    assert recorded_path("../story.md") == ""
    assert recorded_path("/") == ""
    assert recorded_path(".") == ""


def test_a_working_folder_deleted_under_the_run_records_nothing_and_raises_nothing(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # the desk's folder removed while the run goes on: the current folder cannot be told
    assert recorded_path("news/story.md") == ""
