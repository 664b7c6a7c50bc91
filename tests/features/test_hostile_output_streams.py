"""A scheduled run's output goes to a pipe, a log file or a tool: a reader that goes away early, or a disk that
is full, costs the output that could not be written, never the run, its exit status or a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full (a device whose writes fail: ENOSPC)")


def _articles(workspace: Path, count: int = 3) -> None:
    """``count`` copies of the seed beside its memory: every one is published (exit status 0)."""
    for number in range(2, count + 1):
        shutil.copy(workspace / "seeds" / "article.txt", workspace / "seeds" / f"article{number}.txt")


def _command(*options: str) -> list[str]:
    return [sys.executable, "-m", "toolkit", "translate", "seeds", "--jobs", "1", *options]


def _run_with_closed_stdout(*options: str) -> tuple[int, str]:
    """The run with its standard output a pipe whose reader is gone before the run writes a line."""
    process = subprocess.Popen(_command(*options), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    return process.wait(timeout=300), stderr


def _published(workspace: Path) -> list[str]:
    return sorted(p.parent.name for p in (workspace / "output").glob("*/manifest.json"))


@pytest.mark.parametrize("options", [(), ("--json",)], ids=["summary", "json"])
def test_a_reader_gone_early_leaves_the_run_and_its_exit_status_alone(workspace, options):
    _articles(workspace)
    status, stderr = _run_with_closed_stdout(*options)
    assert status == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert "error" not in stderr  # a closed pipe is the reader's choice: nothing to report
    assert _published(workspace) == ["article", "article2", "article3"]


def test_a_reader_gone_early_keeps_a_failed_run_s_status(workspace):
    _articles(workspace, 2)
    (workspace / "seeds" / "broken.docx").write_bytes(b"not a zip file")  # fails as an article: status 1
    status, stderr = _run_with_closed_stdout()
    assert status == 1, stderr
    assert "Traceback" not in stderr
    assert _published(workspace) == ["article", "article2"]


@needs_dev_full
@pytest.mark.parametrize("options", [(), ("--json",)], ids=["summary", "json"])
def test_standard_output_on_a_full_disk_is_one_message_and_status_1(workspace, options):
    _articles(workspace)
    with FULL.open("w") as full:
        result = subprocess.run(_command(*options), stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lost = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lost == [
        "error: could not write to standard output (No space left on device): part of this command's output is "
        "lost; its work is done as the exit status says"
    ]
    assert _published(workspace) == ["article", "article2", "article3"]  # the articles were written all the same


@needs_dev_full
def test_a_quiet_run_that_writes_nothing_to_a_full_disk_succeeds(workspace):
    _articles(workspace, 2)
    with FULL.open("w") as full:
        result = subprocess.run(_command("-q"), stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert (result.returncode, result.stderr) == (0, "")


@needs_dev_full
def test_notices_on_a_full_disk_cost_the_log_not_the_run(workspace):
    # the run's notices and the summary's held-back lines go to stderr: every one of them fails
    _articles(workspace, 2)
    with FULL.open("w") as full:
        result = subprocess.run(_command("--json"), stdout=subprocess.PIPE, stderr=full, text=True, timeout=300)
    assert result.returncode == 1  # nothing of the log reached the disk: a status of 0 would hide that
    summary = json.loads(result.stdout)  # the JSON for tools is whole, with nothing mixed into it
    assert [article["status"] for article in summary["articles"]] == ["published", "published"]
    assert _published(workspace) == ["article", "article2"]


@needs_dev_full
def test_a_wrong_request_keeps_status_2_when_its_message_cannot_be_written(workspace):
    with FULL.open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "toolkit", "translate", "no-such-folder"], stdout=subprocess.PIPE, stderr=full
        )
    assert result.returncode == 2


@needs_dev_full
def test_help_on_a_full_disk_is_no_traceback(workspace):
    with FULL.open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "toolkit", "translate", "--help"], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: could not write to standard output (No space left on device)")


def test_the_streams_are_put_back_after_a_command(workspace):
    from click.testing import CliRunner

    from toolkit.cli import main

    before = sys.stdout, sys.stderr
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "-q"])
    assert result.exit_code == 0, result.output
    assert (sys.stdout, sys.stderr) == before
    assert os.path.isdir(workspace / "output" / "article")
