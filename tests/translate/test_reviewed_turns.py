"""Two imports into one memory at the same moment take turns: neither loses the other's units."""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime, timezone

from toolkit.translate.memory import TmxDocument, load_memory
from toolkit.translate.reviewed import ReviewedSegment, store_reviewed

DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
LAYLA = ReviewedSegment("story:1.1", "Putin received Shamkhani.", "Путин принял Шамхани.", "ru", "Layla", DATE, "a")
OMAR = ReviewedSegment("story:2.1", "Fidan flew to Moscow.", "Fidan Moskova'ya uçtu.", "tr", "Omar", DATE, "b")


def test_two_imports_at_once_both_land_in_the_memory(tmp_path, glossary, monkeypatch):
    memory = tmp_path / "story.tmx"
    both_read = threading.Barrier(2, timeout=0.5)
    writing = TmxDocument.to_bytes

    def slow_write(document):  # each import reads the memory, then waits for the other before writing it
        # a broken barrier: the other import is waiting for its turn, and reads what this one writes
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()
        return writing(document)

    monkeypatch.setattr(TmxDocument, "to_bytes", slow_write)
    reports = []
    imports = [
        threading.Thread(
            target=lambda r=record: reports.append(store_reviewed([r], memory, glossary, tool_version="t"))
        )
        for record in (LAYLA, OMAR)
    ]
    for thread in imports:
        thread.start()
    for thread in imports:
        thread.join()

    assert sorted(len(report.added) for report in reports) == [1, 1]
    stored = load_memory([memory])
    assert stored.lookup(LAYLA.source, "ru").template.code == "{putin:short} принял {shamkhani:short}."
    assert stored.lookup(OMAR.source, "tr").template.code == "{fidan:short} {moscow:dat} uçtu."


def test_a_dry_run_waits_for_nobody(tmp_path, glossary):
    import fcntl
    import os

    holder = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # another import holds the folder
    try:
        report = store_reviewed([LAYLA], tmp_path / "story.tmx", glossary, tool_version="t", dry_run=True)
    finally:
        os.close(holder)
    assert len(report.added) == 1 and not report.written


def hold_folder_lock(folder):
    """Another import, in another process, holding the memory's folder until it is killed."""
    import subprocess
    import sys

    script = (
        "import fcntl, os, sys, time\n"
        "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(folder)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_an_import_killed_while_holding_the_memory_never_blocks_the_next(tmp_path, glossary):
    import signal

    holder = hold_folder_lock(tmp_path)
    holder.send_signal(signal.SIGKILL)  # kill -9: no clean-up runs
    holder.wait()

    waits = []
    report = store_reviewed([LAYLA], tmp_path / "story.tmx", glossary, tool_version="t", on_wait=waits.append)

    assert report.written and waits == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["story.tmx"]  # no lock file left behind


def test_an_import_says_it_waits_for_another_and_gives_up_with_a_message(tmp_path, glossary, monkeypatch):
    import pytest

    from toolkit.errors import UserError
    from toolkit.translate import reviewed

    monkeypatch.setattr(reviewed, "LOCK_WAIT_SECONDS", 0.3)
    holder = hold_folder_lock(tmp_path)
    waits = []
    try:
        with pytest.raises(UserError) as raised:
            store_reviewed([LAYLA], tmp_path / "story.tmx", glossary, tool_version="t", on_wait=waits.append)
    finally:
        holder.kill()
        holder.wait()

    assert waits == [0.3]  # said once, before waiting
    assert "another import" in raised.value.message and not (tmp_path / "story.tmx").exists()


def test_the_cli_says_it_waits(workspace, monkeypatch):
    from click.testing import CliRunner

    from toolkit.cli import main
    from toolkit.translate import reviewed

    monkeypatch.setattr(reviewed, "LOCK_WAIT_SECONDS", 0.3)
    shared = workspace / "shared.tmx"
    exported = ["memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", str(shared)]
    assert CliRunner().invoke(main, exported).exit_code == 0
    holder = hold_folder_lock(workspace / "seeds")
    try:
        result = CliRunner().invoke(main, ["memory", "import", str(shared), "--memory", "seeds/article.tmx"])
    finally:
        holder.kill()
        holder.wait()

    assert result.exit_code == 2
    assert "waiting for another import into the folder of seeds/article.tmx to finish" in result.output
    assert "Traceback" not in result.output


def test_imports_through_links_in_other_folders_take_turns_at_the_shared_memory(tmp_path, glossary, monkeypatch):
    import pytest

    from toolkit.errors import UserError
    from toolkit.translate import reviewed

    monkeypatch.setattr(reviewed, "LOCK_WAIT_SECONDS", 0.3)
    (tmp_path / "shared").mkdir()
    (tmp_path / "desk").mkdir()
    shared = tmp_path / "shared" / "newsroom.tmx"
    store_reviewed([OMAR], shared, glossary, tool_version="t")
    (tmp_path / "desk" / "newsroom.tmx").symlink_to(shared)
    holder = hold_folder_lock(tmp_path / "shared")  # an import into the shared memory by its own path
    waits = []
    try:
        with pytest.raises(UserError, match="another import"):
            store_reviewed(
                [LAYLA], tmp_path / "desk" / "newsroom.tmx", glossary, tool_version="t", on_wait=waits.append
            )
    finally:
        holder.kill()
        holder.wait()

    assert waits == [0.3]
    assert load_memory([shared]).lookup(LAYLA.source, "ru") is None
