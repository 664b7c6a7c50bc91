"""Environment variables hold whatever a scheduler or a shell profile put there: a junk value is a wrong request."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main


@pytest.mark.parametrize("value", ["two", "0", "-4", "1e3", "²", "100000", "99999999999999999999", "4 threads"])
def test_a_junk_number_of_threads_stops_the_run_before_any_article(workspace, monkeypatch, value):
    # 100000 crashed the process inside the engine's library; "²" passed str.isdigit and ended in a traceback;
    # "two" was silently ignored
    monkeypatch.setenv("TOOLKIT_THREADS", value)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "-q"])
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: $TOOLKIT_THREADS {value!r} is not a number of threads\n"
        "  fix: give a whole number from 1 to 256, or unset TOOLKIT_THREADS to let the toolkit choose\n"
    )
    assert not (workspace / "output").exists()


@pytest.mark.parametrize("value", ["1", " 3 ", "256"])
def test_a_whole_number_of_threads_is_taken(monkeypatch, value):
    from toolkit.translate.machine import ThreadPlan, thread_plan

    monkeypatch.setenv("TOOLKIT_THREADS", value)
    assert thread_plan(processes=2, cores=2) == ThreadPlan(intra=int(value), inter=1)


def test_an_empty_number_of_threads_is_the_default(monkeypatch):
    from toolkit.translate.machine import ThreadPlan, thread_plan

    monkeypatch.setenv("TOOLKIT_THREADS", "  ")
    assert thread_plan(processes=1, cores=2) == ThreadPlan(intra=1, inter=2)
