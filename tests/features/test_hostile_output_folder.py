"""The output folder is often shared (a newsroom drive): what others left in it never makes a run write elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.batch.output import LOCK_FILE
from toolkit.cli import main

NOT_A_LOCK = (
    "the run's lock file is not a plain file (a link, a folder or a pipe); nothing was written through it\n"
    "  fix: remove it (a run creates the lock file again), or write to another --out folder\n"
)


def _link_to_a_file_outside(lock: Path, outside: Path) -> None:
    lock.symlink_to(outside)


def _link_to_a_file_not_there_yet(lock: Path, outside: Path) -> None:
    outside.unlink()
    lock.symlink_to(outside)


def _pipe(lock: Path, outside: Path) -> None:
    os.mkfifo(lock)


def _folder(lock: Path, outside: Path) -> None:
    lock.mkdir()


PLANTED = {
    "a link to a file outside": _link_to_a_file_outside,
    "a link to a file not there yet": _link_to_a_file_not_there_yet,
    "a pipe": _pipe,
    "a folder": _folder,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("plant", PLANTED.values(), ids=PLANTED.keys())
def test_a_lock_file_that_is_not_a_plain_file_stops_the_run_and_nothing_outside_is_touched(workspace, plant):
    # the lock was opened through links (the run truncated the file it pointed to and wrote its pid there)
    # and into pipes (a traceback)
    outside = workspace / "precious.txt"
    outside.write_text("the desk's notes\n", encoding="utf-8")
    (workspace / "output").mkdir()
    lock = workspace / "output" / LOCK_FILE
    plant(lock, outside)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "-q"])
    assert result.exit_code == 2, result.output
    assert result.output == f"error: {Path('output') / LOCK_FILE}: {NOT_A_LOCK}"
    if plant is _link_to_a_file_not_there_yet:
        assert not outside.exists()
    else:
        assert outside.read_text(encoding="utf-8") == "the desk's notes\n"
    assert sorted(path.name for path in (workspace / "output").iterdir()) == [LOCK_FILE]  # no article written


def test_once_the_planted_lock_is_removed_the_run_writes_its_own(workspace):
    (workspace / "output").mkdir()
    (workspace / "output" / LOCK_FILE).symlink_to(workspace / "elsewhere.txt")
    assert CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "-q"]).exit_code == 2
    (workspace / "output" / LOCK_FILE).unlink()
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "-q"])
    assert result.exit_code == 0, result.output
    lock = workspace / "output" / LOCK_FILE
    assert not lock.is_symlink() and lock.read_text() == f"{os.getpid()}\n"
    assert not (workspace / "elsewhere.txt").exists()


@pytest.mark.parametrize(("out", "blocking"), [("report.docx", None), ("report.docx/today", "report.docx")])
def test_an_output_folder_where_a_file_stands_is_a_request_error_that_says_so(workspace, out, blocking):
    """A clumsy --out: a file given for the folder, or a file where one of its folders should be."""
    (workspace / "report.docx").write_bytes(b"PK\x03\x04 an edition someone saved")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--out", out])
    assert result.exit_code == 2
    assert result.output.endswith(
        f"error: {out}: the output folder cannot be made: a file stands in its place"
        + (f" ({blocking})" if blocking else "")
        + "\n  fix: give --out a folder (it is made if missing), not a file; or move the file away\n"
    )
    assert (workspace / "report.docx").read_bytes() == b"PK\x03\x04 an edition someone saved"


def _dangling(workspace: Path) -> Path:
    (workspace / "editions").symlink_to(workspace / "unmounted" / "share")  # a drive not mounted today
    return workspace / "unmounted" / "share"


def _loop(workspace: Path) -> Path:
    (workspace / "editions").symlink_to("editions-old")
    (workspace / "editions-old").symlink_to("editions")
    return workspace / "editions-old"


@pytest.mark.parametrize(
    ("make", "out", "said"),
    [
        (_dangling, "editions", "editions is a symbolic link to {target}, which does not exist"),
        (_dangling, "editions/today", "editions is a symbolic link to {target}, which does not exist"),
        (_loop, "editions", "editions is a symbolic link in a loop (links that point at each other)"),
        (_loop, "editions/today", "editions is a symbolic link in a loop (links that point at each other)"),
    ],
)
def test_an_output_folder_behind_a_link_that_leads_nowhere_is_a_request_error_naming_the_link(
    workspace, make, out, said
):
    # mkdir said "cannot write here: File exists", or, below a loop, blamed the run's lock file
    target = make(workspace)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--out", out, "--to", "tr"])
    assert result.exit_code == 2
    assert result.output.endswith(
        f"error: {out}: the output folder cannot be made: {said.format(target=target)}\n"
        "  fix: point the link at a folder or remove it, or give --out another folder\n"
    )
    assert sorted(path.name for path in workspace.iterdir()) == sorted(
        ["seeds", "glossaries", "editions"] + (["editions-old"] if make is _loop else [])
    )


def test_a_memory_export_behind_a_link_that_leads_nowhere_names_the_link(workspace):
    target = _dangling(workspace)
    for arguments in (
        ["--format", "tmx", "--out", "editions/shared.tmx"],
        ["seeds/article.txt", "--format", "xliff", "--to", "ru", "--out", "editions/review"],
    ):
        result = CliRunner().invoke(main, ["memory", "export", "--memory", "seeds/article.tmx", *arguments])
        assert result.exit_code == 2, result.output
        assert f": cannot write here: editions is a symbolic link to {target}, which does not exist\n" in (
            result.output
        )
        assert "fix: point the link at a folder or remove it, or choose another --out folder\n" in result.output
    assert not (workspace / "unmounted").exists()


def _pipe_at(workspace: Path, name: str) -> Path:
    os.mkfifo(workspace / "collector.pipe")  # a log collector's named pipe
    if name != "collector.pipe":
        (workspace / name).symlink_to("collector.pipe")
    return workspace / name


@pytest.mark.parametrize("name", ["collector.pipe", "export.tmx"], ids=["a pipe", "a link to a pipe"])
@pytest.mark.parametrize(
    "command",
    [
        ["memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out"],
        ["glossary", "export", "--format", "csv", "--out"],
        ["glossary", "export", "--format", "tbx", "--out"],
    ],
    ids=["memory export", "glossary csv", "glossary tbx"],
)
def test_an_export_given_a_pipe_or_a_device_is_refused_and_leaves_it_in_place(workspace, command, name):
    # the file written was renamed over it: `--out /dev/null` run as root replaced the system's /dev/null
    path = _pipe_at(workspace, name)
    result = CliRunner().invoke(main, [*command, name])
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: {name}: cannot write file: it is a device, a pipe or a socket, not a file (the file written "
        "would replace it)\n  fix: give the name of a file to write (to discard the output, write it to a file and "
        "delete it)\n"
    )
    assert path.is_fifo() and (workspace / "collector.pipe").is_fifo()
    assert not [entry.name for entry in workspace.iterdir() if entry.name.endswith(".tmp")]


def test_an_export_replaces_a_file_and_a_link_to_a_file_as_before(workspace):
    (workspace / "old.tmx").write_text("yesterday's export\n", encoding="utf-8")
    (workspace / "latest.tmx").symlink_to("old.tmx")
    for name in ("old.tmx", "latest.tmx"):
        result = CliRunner().invoke(
            main, ["memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", name]
        )
        assert result.exit_code == 0, result.output
    assert (workspace / "old.tmx").read_text(encoding="utf-8").startswith("<?xml")
    assert not (workspace / "latest.tmx").is_symlink()  # the link replaced, never written through


@pytest.mark.parametrize("put_in_place", ["a file", "a new folder", "nothing"])
def test_an_output_folder_moved_away_mid_run_fails_the_rest_at_once_and_nothing_is_written_at_its_path(
    workspace, put_in_place
):
    """A sync or cleanup job moves the output folder while a run writes there: the run's lock is not on what
    now stands at the path, so nothing more is written there; each remaining article fails at once, saying why."""
    import shutil

    from toolkit import run

    news = workspace / "news"
    news.mkdir()
    for name in ("one", "two", "three"):
        shutil.copy(workspace / "seeds" / "article.txt", news / f"{name}.txt")
        shutil.copy(workspace / "seeds" / "article.tmx", news / f"{name}.tmx")
    out, moved = workspace / "output", workspace / "moved-away"

    def move_after_the_first(outcome, editions):
        if not moved.exists():
            out.rename(moved)
            if put_in_place == "a file":
                out.write_text("a sync job's file", encoding="utf-8")
            elif put_in_place == "a new folder":
                out.mkdir()

    result = run(["news"], index=True, on_article=move_after_the_first)
    assert [(a.name, a.status) for a in result.articles] == [
        ("one", "published"),
        ("three", "failed"),
        ("two", "failed"),
    ]
    for failed in result.failed:
        assert failed.reason.endswith(
            "not written: the output folder output was moved, removed or replaced while the run went on"
        )
    assert result.exit_code == 1 and "index page was not written" in (result.index_error or "")
    if put_in_place == "a file":
        assert out.read_text(encoding="utf-8") == "a sync job's file"
    elif put_in_place == "a new folder":
        assert list(out.iterdir()) == []
    else:
        assert not out.exists()
    assert sorted(p.name for p in moved.iterdir() if not p.name.startswith(".")) == ["one"]


def test_an_index_page_the_full_disk_refuses_is_kept_as_it_was_and_the_run_says_what_to_do(workspace, monkeypatch):
    import errno

    import toolkit.files
    from toolkit.errors import UserError

    first = run(["seeds/article.txt"], languages=["ru"], jobs=1, index=True)
    assert first.exit_code == 0
    page = (workspace / "output" / "index.html").read_bytes()
    writing = toolkit.files.write_atomic

    def write_atomic(path, data):
        if Path(path).name == "index.html":  # as write_atomic reports a full disk
            raise UserError(f"cannot write file: {os.strerror(errno.ENOSPC)}", path=path)
        return writing(path, data)

    monkeypatch.setattr(toolkit.files, "write_atomic", write_atomic)
    result = CliRunner().invoke(
        main, ["translate", "seeds/article.txt", "--to", "ru", "--jobs", "1", "--index", "--force", "-q"]
    )
    assert result.exit_code == 1
    assert result.output == (
        "error: the index page could not be written (output/index.html: cannot write file: No space left on "
        "device)\n"
        "  fix: free disk space where the output folder is, then run again (the earlier index page, if any, is "
        "kept as it was)\n"
        "summary: 1 article: 1 published, 0 held back, 0 failed, 0 skipped (up to date)\n"
    )
    assert (workspace / "output" / "index.html").read_bytes() == page  # readable, as it was
