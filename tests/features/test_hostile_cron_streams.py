"""A scheduler's bare environment: standard output in an encoding that has no Arabic or Persian letters (a locale
of plain ASCII or Latin-1, PYTHONIOENCODING set by a profile), or a stream closed before the run began (``>&-``,
``2>&-``, ``<&-``). Each costs at most the text it cannot carry, never the run, a traceback or its exit status."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

# Articles named in the desk's languages: their names come back in every line the run prints about them.
PERSIAN_NAME = "گزارش-تهران"
ARABIC_NAME = "تقرير-بغداد"


def _articles(workspace: Path) -> None:
    """The seed under Persian and Arabic names, beside its memory: both are published (exit status 0)."""
    for name in (PERSIAN_NAME, ARABIC_NAME):
        shutil.copy(workspace / "seeds" / "article.txt", workspace / "seeds" / f"{name}.txt")
    (workspace / "seeds" / "article.txt").unlink()


def _run(*options: str, encoding: str | None = None, jobs: int = 1, **streams) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    if encoding is not None:
        environment["PYTHONIOENCODING"] = encoding
    command = [sys.executable, "-m", "toolkit", "translate", "seeds", "--to", "ar,fa", "--jobs", str(jobs), *options]
    return subprocess.run(command, env=environment, timeout=300, **streams)


def _published(workspace: Path) -> list[str]:
    return sorted(p.parent.name for p in (workspace / "output").glob("*/manifest.json"))


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_summary_in_an_encoding_without_the_names_letters_is_written_escaped_and_the_run_succeeds(
    workspace, encoding
):
    _articles(workspace)
    result = _run(encoding=encoding, capture_output=True)
    assert result.returncode == 0, result.stderr.decode(encoding, "replace")
    assert b"Traceback" not in result.stderr
    lines = result.stdout.decode(encoding).splitlines()  # nothing the encoding cannot carry reached the stream
    persian = PERSIAN_NAME.encode("ascii", "backslashreplace").decode("ascii")
    assert any(line.startswith(f"{persian}: 2 editions (ar, fa) in output/{persian}/") for line in lines), lines
    assert lines[-1] == "summary: 2 articles: 2 published, 0 held back, 0 failed, 0 skipped (up to date)"
    assert _published(workspace) == sorted([ARABIC_NAME, PERSIAN_NAME])


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_json_in_an_encoding_without_the_names_letters_is_still_the_whole_outcome(workspace, encoding):
    _articles(workspace)
    (workspace / "seeds" / "فارغ.txt").write_text("", encoding="utf-8")  # fails: its reason names it
    result = _run("--json", encoding=encoding, capture_output=True)
    assert result.returncode == 1, result.stderr.decode(encoding, "replace")
    outcome = json.loads(result.stdout.decode("ascii"))  # escaped as JSON escapes text, so a tool reads it back
    assert {article["name"]: article["status"] for article in outcome["articles"]} == {
        ARABIC_NAME: "published",
        PERSIAN_NAME: "published",
        "فارغ": "failed",
    }
    assert outcome["exit_code"] == 1


def test_the_failed_and_held_back_lines_of_a_quiet_run_are_escaped_not_lost(workspace):
    _articles(workspace)
    (workspace / "seeds" / "فارغ.txt").write_text("", encoding="utf-8")
    result = _run("-q", encoding="ascii", capture_output=True)
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode("ascii").splitlines() == [
        "failed: seeds/\\u0641\\u0627\\u0631\\u063a.txt: the article is empty",
        "  fix: check that you chose the right file",
        "summary: 3 articles: 2 published, 0 held back, 1 failed, 0 skipped (up to date)",
    ]


def _closing(*descriptors: int):
    """Close ``descriptors`` in the child before it runs the command, as a shell's ``>&-`` does."""

    def close() -> None:
        for descriptor in descriptors:
            os.close(descriptor)

    return close


def test_a_run_with_standard_input_closed_succeeds(workspace):
    _articles(workspace)
    result = _run("-q", capture_output=True, preexec_fn=_closing(0))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert _published(workspace) == sorted([ARABIC_NAME, PERSIAN_NAME])


def test_a_quiet_run_with_standard_output_closed_says_nothing_and_succeeds(workspace):
    _articles(workspace)
    result = _run("-q", stderr=subprocess.PIPE, preexec_fn=_closing(1))
    assert (result.returncode, result.stderr) == (0, b"")
    assert _published(workspace) == sorted([ARABIC_NAME, PERSIAN_NAME])


@pytest.mark.parametrize("options", [(), ("--json",)], ids=["summary", "json"])
def test_a_summary_with_standard_output_closed_is_one_message_and_status_1(workspace, options):
    _articles(workspace)
    result = _run(*options, stderr=subprocess.PIPE, text=True, preexec_fn=_closing(1))
    assert result.returncode == 1  # the summary someone meant to keep is lost: a status of 0 would hide that
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert result.stderr.splitlines()[-2:] == [
        "error: could not write to standard output (it was closed when the command started): part of this "
        "command's output is lost; its work is done as the exit status says",
        "  fix: send the output somewhere (a log file, or /dev/null to discard it) rather than closing it",
    ]
    assert _published(workspace) == sorted([ARABIC_NAME, PERSIAN_NAME])


def test_a_run_with_its_log_closed_keeps_the_summary_and_status_1(workspace):
    _articles(workspace)
    result = _run(stdout=subprocess.PIPE, text=True, preexec_fn=_closing(2))
    assert result.returncode == 1  # the notices were lost
    assert result.stdout.splitlines()[-1] == (
        "summary: 2 articles: 2 published, 0 held back, 0 failed, 0 skipped (up to date)"
    )
    assert "Traceback" not in result.stdout


def test_a_run_with_every_stream_closed_writes_its_articles_and_no_file_takes_a_stream_s_place(workspace):
    _articles(workspace)
    result = _run(jobs=2, preexec_fn=_closing(0, 1, 2))
    assert result.returncode == 1
    assert _published(workspace) == sorted([ARABIC_NAME, PERSIAN_NAME])
    lock = (workspace / "output" / ".toolkit-run.lock").read_text(encoding="utf-8")
    assert lock.strip().isdigit()  # the run's pid, and nothing a stream meant for the log wrote into it


# A private umask (077: a desk whose editions are embargoed until published) holds for every file a run writes,
# the index page and the manifests as much as the editions.


def _modes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mode & 0o777 for path in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("umask", [0o077, 0o027, 0o002])
def test_every_file_of_a_run_follows_the_umask(workspace, umask):
    _articles(workspace)
    before = os.umask(umask)
    try:
        result = _run("-q", "--index", "--editions", "side-by-side,monolingual", capture_output=True)
    finally:
        os.umask(before)
    assert result.returncode == 0, result.stderr
    modes = _modes(workspace / "output")
    assert "index.html" in modes and f"{PERSIAN_NAME}/manifest.json" in modes
    wrong = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o777 if (workspace / "output" / name).is_dir() else 0o666) & ~umask
    }
    assert wrong == {}


# A process that reads file names as ASCII (the C locale with Python's UTF-8 mode turned off) cannot read a Persian
# or Arabic file name: the article fails saying so, and how to run it, not that the name is in another encoding.


def test_a_name_the_process_locale_cannot_read_fails_saying_to_run_in_utf_8(workspace):
    _articles(workspace)
    environment = dict(os.environ, LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    environment.pop("PYTHONIOENCODING", None)
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "translate", "seeds", "--to", "ar,fa", "--jobs", "1", "-q"],
        env=environment,
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 1
    lines = result.stderr.decode("ascii", "replace").splitlines()
    assert len([line for line in lines if line.startswith("failed: ")]) == 2
    assert all("not UTF-8" not in line for line in lines), lines
    assert (
        "  fix: run the toolkit in a UTF-8 locale: set LANG=C.UTF-8 (or PYTHONUTF8=1) in the scheduler's "
        "environment; the name itself is fine"
    ) in lines
    assert "Traceback" not in result.stderr.decode("ascii", "replace")


def _c_locale_run(workspace: Path, source: str, *options: str) -> subprocess.CompletedProcess:
    """A run in a process that reads names as ASCII; --json on stdout."""
    environment = dict(os.environ, LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    environment.pop("PYTHONIOENCODING", None)
    command = [sys.executable, "-m", "toolkit", "translate", source, "--to", "ar,fa", "--jobs", "1"]
    return subprocess.run([*command, *options, "--json"], env=environment, capture_output=True, timeout=300)


def test_folders_a_utf_8_run_wrote_are_listed_by_a_run_that_reads_names_as_ascii(workspace):
    """The desk's daytime runs (UTF-8) wrote Persian and Arabic folders; the night's cron job (the C locale)
    rebuilds the index: those folders are read as the names they are, never called damaged, and their links
    lead to their files."""
    _articles(workspace)
    shutil.copy(workspace / "seeds" / f"{PERSIAN_NAME}.txt", workspace / "seeds" / "plain.txt")
    assert _run("-q").returncode == 0
    result = _c_locale_run(workspace, "seeds/plain.txt", "--index")
    said = result.stderr.decode("ascii", "replace")
    assert result.returncode == 0, said
    assert "damaged" not in said and "Traceback" not in said
    summary = json.loads(result.stdout)
    assert summary["left_out_of_index"] == [] and summary["withdrawn"] == []
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    for name in (PERSIAN_NAME, ARABIC_NAME):
        link = quote(f"{name}/{name}.fa.docx")
        assert f'href="{link}"' in page, name
        assert (workspace / "output" / unquote(link)).is_file()


def test_a_run_that_reads_names_as_ascii_withdraws_only_the_article_whose_source_is_gone(workspace):
    """The folder of sources read whole: the Persian one is there (it fails, saying to run in UTF-8), the
    Arabic one is gone; only the Arabic article is withdrawn, and named as it is."""
    _articles(workspace)
    assert _run("-q").returncode == 0
    (workspace / "seeds" / f"{ARABIC_NAME}.txt").unlink()
    result = _c_locale_run(workspace, "seeds", "--index")
    said = result.stderr.decode("ascii", "replace")
    assert result.returncode == 1, said
    assert "damaged" not in said and "Traceback" not in said
    summary = json.loads(result.stdout)
    assert summary["withdrawn"] == [ARABIC_NAME]
    assert [(a["source"], a["status"]) for a in summary["articles"]] == [(f"seeds/{PERSIAN_NAME}.txt", "failed")]
    assert summary["left_out_of_index"] == []
    manifest = json.loads((workspace / "output" / PERSIAN_NAME / "manifest.json").read_text(encoding="utf-8"))
    assert "withdrawn" not in manifest


def test_a_command_that_reads_names_as_ascii_prints_a_persian_name_as_its_letters(workspace):
    """Not as the bytes Python could not read (\\udcd8\\udcae...), which no tool can read back."""
    environment = dict(os.environ, LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    environment.pop("PYTHONIOENCODING", None)
    memory = "حافظه.tmx"
    shutil.copy(workspace / "seeds" / "article.tmx", workspace / memory)
    command = [sys.executable, "-m", "toolkit", "memory", "export", "--format", "tmx", "--memory", memory]
    result = subprocess.run([*command, "--out", f"{PERSIAN_NAME}.tmx"], env=environment, capture_output=True)
    assert result.returncode == 0, result.stderr
    escaped_name = PERSIAN_NAME.encode("ascii", "backslashreplace").decode("ascii")
    assert f"{escaped_name}.tmx: 24 units" in (result.stdout + result.stderr).decode("ascii")
    assert (workspace / f"{PERSIAN_NAME}.tmx").is_file()
