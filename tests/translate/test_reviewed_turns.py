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
