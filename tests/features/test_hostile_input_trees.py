"""A desk's articles folder as file systems leave it: very deep trees, folders the run may not read, pipes and
sockets named like articles, symbolic-link loops. The run walks on, names each thing it could not read once,
and exits as the rules say: 0 when every article was published, 1 when something named could not be done."""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.batch.inputs import collect_inputs
from toolkit.cli import main

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pipes, sockets and links of POSIX file systems")


def _news(workspace: Path, *names: str) -> Path:
    """A news folder with copies of the seed article (its memory beside them: each is published)."""
    news = workspace / "news"
    news.mkdir(exist_ok=True)
    shutil.copy(workspace / "seeds" / "article.tmx", news / "article.tmx")
    for name in names:
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(workspace / "seeds" / "article.txt", news / name)
    return news


def _deep(root: Path, levels: int) -> Path:
    """A folder ``levels`` below ``root``, made one level at a time (a path too long for one call)."""
    here = os.getcwd()
    try:
        os.chdir(root)
        for _ in range(levels):
            os.mkdir("d")
            os.chdir("d")
        return Path(os.getcwd())
    finally:
        os.chdir(here)


def _remove_deep(root: Path) -> None:
    """Remove the chain of ``d`` folders below ``root`` bottom up, one level at a time: pytest's own clean-up of
    old temporary folders removes trees recursively and would end in a RecursionError at 1500 levels."""
    here = os.getcwd()
    try:
        os.chdir(root)
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for entry in os.scandir("."):
                if not entry.is_dir(follow_symlinks=False):
                    os.unlink(entry.name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def _translate(*arguments: str):
    return CliRunner().invoke(main, ["translate", *arguments, "--to", "ru,tr", "--jobs", "1"])


@pytest.mark.parametrize("levels", [200, 1500])
def test_an_article_at_the_bottom_of_a_very_deep_tree_is_found_and_published(workspace, levels):
    # 1500 levels ended the run in a RecursionError before any article was read
    news = _news(workspace, "top.txt")
    try:
        shutil.copy(workspace / "seeds" / "article.txt", _deep(news, levels) / "bottom.txt")
        result = _translate("news")
    finally:
        _remove_deep(news)
    assert result.exit_code == 0, result.output[-2000:]
    assert "summary: 2 articles: 2 published, 0 held back, 0 failed" in result.output
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["bottom", "top"]


def test_the_walk_keeps_a_folder_s_files_before_its_subfolders_in_name_order(workspace):
    news = _news(workspace, "b.txt", "a/z.txt", "a/b/y.txt", "c/x.txt", "a.md")
    assert [p.relative_to(news).as_posix() for p in collect_inputs([news])] == [
        "a.md",
        "b.txt",
        "a/z.txt",
        "a/b/y.txt",
        "c/x.txt",
    ]


def _scandir_refusing(refused: str):
    """os.scandir as the system answers it for a folder this user may not read (tests may run as root, whom
    permissions do not stop)."""
    listing = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    return scandir


def test_a_subfolder_that_cannot_be_read_is_named_once_and_fails_the_run(workspace, monkeypatch):
    _news(workspace, "first.txt", "locked/inside.txt", "open/last.txt")
    monkeypatch.setattr(os, "scandir", _scandir_refusing("locked"))
    result = _translate("news")
    assert result.exit_code == 1  # its articles, if it holds any, were not translated: a person must look
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    failures = [line for line in lines if line.startswith("failed:")]
    assert failures == [
        "failed: news/locked: cannot read this folder (permission denied): the articles in it, if any, "
        "are not translated"
    ]
    assert lines[lines.index(failures[0]) + 1] == (
        "  fix: check the folder's permissions, or move its articles to a folder the run can read"
    )
    assert "summary: 3 articles: 2 published, 0 held back, 1 failed" in result.output
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["first", "last"]


def test_a_subfolder_whose_entries_cannot_even_be_looked_up_fails_the_run_without_a_traceback(workspace, monkeypatch):
    """A folder with no permissions at all (chmod 000) refuses its listing and the look-up of any file in it
    (the run's lock, a manifest), as the system answers a user who is not root."""
    _news(workspace, "first.txt", "locked/inside.txt", "open/last.txt")
    monkeypatch.setattr(os, "scandir", _scandir_refusing("locked"))
    status = os.stat

    def stat(path, *args, **kwargs):
        if os.path.basename(os.path.dirname(os.fspath(path))) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return status(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    result = _translate("news")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.count("failed: news/locked: cannot read this folder (permission denied)") == 1
    assert "summary: 3 articles: 2 published, 0 held back, 1 failed" in result.output
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["first", "last"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_subfolder_without_read_permission_fails_the_run(workspace):
    news = _news(workspace, "first.txt", "locked/inside.txt")
    (news / "locked").chmod(0)
    try:
        result = _translate("news")
    finally:
        (news / "locked").chmod(0o755)
    assert result.exit_code == 1
    assert result.output.count("cannot read this folder (permission denied)") == 1


def test_the_folder_given_that_cannot_be_read_is_a_wrong_request(workspace, monkeypatch):
    _news(workspace, "first.txt")
    monkeypatch.setattr(os, "scandir", _scandir_refusing("news"))
    result = _translate("news")
    assert result.exit_code == 2
    assert result.output.startswith("error: news: cannot read this folder (permission denied)")
    assert not (workspace / "output").exists()


def test_a_folder_given_that_cannot_be_read_beside_other_articles_fails_alone(workspace, monkeypatch):
    """As a subfolder does: the articles it may hold are not translated (status 1), the others are."""
    _news(workspace, "first.txt")
    (workspace / "wire").mkdir()
    monkeypatch.setattr(os, "scandir", _scandir_refusing("wire"))
    result = _translate("wire", "news")
    assert result.exit_code == 1, result.output
    assert [line for line in result.output.splitlines() if line.startswith("failed:")] == [
        "failed: wire: cannot read this folder (permission denied): the articles in it, if any, are not translated"
    ]
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["first"]


@posix_only
def test_a_pipe_and_a_socket_named_like_articles_each_fail_once_and_the_rest_are_published(workspace):
    news = _news(workspace, "first.txt", "last.txt")
    os.mkfifo(news / "feed.txt")  # a writer that never comes: reading it would block the run forever
    listener = socket.socket(socket.AF_UNIX)
    sock = news / "wire.md"
    try:
        listener.bind(os.path.relpath(sock))  # relative: a socket's path is limited to about 100 bytes
    except OSError:
        pytest.skip("cannot bind a socket here")
    try:
        result = _translate("news")
    finally:
        listener.close()
    assert result.exit_code == 1
    failures = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert failures == [
        "failed: news/feed.txt: not a regular file (a pipe, device or socket)",
        "failed: news/wire.md: not a regular file (a socket)",
    ]
    assert "summary: 4 articles: 2 published, 0 held back, 2 failed" in result.output


@posix_only
def test_link_loops_are_walked_past_and_a_loop_named_like_an_article_fails_once(workspace):
    news = _news(workspace, "first.txt", "sub/second.txt")
    (news / "itself.txt").symlink_to("itself.txt")  # a file link that points to itself
    (news / "back").symlink_to(".")  # a folder link to its own folder: never walked into
    (news / "sub" / "up").symlink_to("..")
    (news / "ping").symlink_to("pong")  # two folder links pointing at each other
    (news / "pong").symlink_to("ping")
    result = _translate("news")
    assert result.exit_code == 1
    failures = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert failures == ["failed: news/itself.txt: a symbolic link that points to itself (a loop)"]
    assert "summary: 3 articles: 2 published, 0 held back, 1 failed" in result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note: news")]
    assert notes == [  # each link the walk passes by is named once, in the walk's order
        "note: news/back is not read: it is a link to a folder, which a run does not follow; give the folder itself "
        "to translate its articles",
        "note: news/ping is not read: a symbolic link that points to itself (a loop)",
        "note: news/pong is not read: a symbolic link that points to itself (a loop)",
        "note: news/sub/up is not read: it is a link to a folder, which a run does not follow; give the folder "
        "itself to translate its articles",
    ]


@posix_only
def test_a_tree_of_links_only_to_real_articles_and_folders_publishes_each_article_once(workspace):
    news = _news(workspace, "first.txt", "sub/second.txt")
    (news / "alias.txt").symlink_to("first.txt")  # the same article under two names: translated once
    (news / "elsewhere").symlink_to(news / "sub")  # a link to a folder already walked: not walked again
    result = run(["news"], languages=["ru"], jobs=1)
    assert result.exit_code == 0  # a link the walk does not follow is named, and is no failure
    assert [line for line in result.notices if line.startswith("note: news")] == [
        "note: news/elsewhere is not read: it is a link to a folder, which a run does not follow; give the folder "
        "itself to translate its articles"
    ]
    # each file once, under the name met first in the walk's order
    assert sorted(article.name for article in result.articles) == ["alias", "second"]


@posix_only
def test_a_hard_link_to_an_article_is_the_same_article_and_is_translated_once(workspace):
    # a hard link is the same file under a second name, as a symbolic link is: two folders of the same
    # editions, the second named after the link, were published, and a desk reading the index saw it twice
    news = _news(workspace, "budget.txt", "sub/weather.txt")
    os.link(news / "budget.txt", news / "copy-of-budget.txt")
    os.link(news / "sub" / "weather.txt", news / "a-weather.txt")  # a link met before the file it shares
    result = run(["news"], languages=["ru"], jobs=1)
    assert result.exit_code == 0
    # each file once, under the name met first in the walk's order, as for a symbolic link
    assert sorted(article.name for article in result.articles) == ["a-weather", "budget"]
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["a-weather", "budget"]


def test_articles_on_a_file_system_that_reports_no_inodes_are_each_collected(workspace, monkeypatch):
    # some network and FUSE file systems report inode 0 for every file: read as one file's hard links, a
    # folder of stories collapsed to its first and the rest were never translated, without a word
    from toolkit.batch import inputs

    news = _news(workspace, "budget.txt", "election.txt", "sub/weather.txt")
    real = inputs._identity

    def no_inodes(path):
        identity = real(path)
        return None if identity is None else (identity[0], 0 if Path(path).is_file() else identity[1])

    monkeypatch.setattr(inputs, "_identity", no_inodes)
    given = collect_inputs([news, news / "budget.txt"])
    assert sorted(p.relative_to(workspace).as_posix() for p in given) == [
        "news/budget.txt",
        "news/election.txt",
        "news/sub/weather.txt",
    ]


@posix_only
def test_the_same_article_given_by_several_paths_is_translated_once(workspace):
    news = _news(workspace, "budget.txt", "sub/weather.txt")
    os.link(news / "budget.txt", news / "sub" / "linked.txt")
    given = collect_inputs([news / "budget.txt", news / "sub" / ".." / "budget.txt", f"{news}/./budget.txt", news])
    # the first path given names it; a hard link met later in the folder is the same file
    assert [p.relative_to(workspace).as_posix() for p in given] == ["news/budget.txt", "news/sub/weather.txt"]


def test_a_project_folder_given_whole_translates_its_articles_not_the_glossaries_read_me(workspace):
    # `toolkit translate .` at the project's root: glossaries/README.md is the editors' guide, not an article
    assert (workspace / "glossaries" / "README.md").is_file()
    result = _translate(".")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (workspace / "output").iterdir() if p.is_dir()) == ["article"]


def test_a_python_virtual_environment_inside_a_folder_of_articles_is_not_searched(workspace):
    news = _news(workspace, "budget.txt")
    site = news / "venv" / "lib" / "python3.11" / "site-packages" / "somepackage"
    site.mkdir(parents=True)
    (news / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (site / "README.md").write_text("# somepackage\n\nA package.\n", encoding="utf-8")
    (site / "LICENSE.txt").write_text("Permission is hereby granted.\n", encoding="utf-8")
    assert [p.relative_to(news).as_posix() for p in collect_inputs([news])] == ["budget.txt"]


def test_a_folder_that_only_looks_like_an_environment_by_name_is_searched(workspace):
    # a desk's folder named venv (no pyvenv.cfg) is an ordinary folder of articles
    news = _news(workspace, "venv/budget.txt")
    assert [p.relative_to(news).as_posix() for p in collect_inputs([news])] == ["venv/budget.txt"]


def test_a_glossary_file_given_by_name_is_still_read_as_the_desk_asked(workspace):
    # only folders met while walking are passed by; a file named on the command line is the desk's choice
    given = collect_inputs([workspace / "glossaries" / "README.md"], exclude=[workspace / "glossaries"])
    assert given == [workspace / "glossaries" / "README.md"]
