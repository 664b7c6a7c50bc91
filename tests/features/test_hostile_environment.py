"""Environment variables and options hold whatever a scheduler, a shell profile or a script put there: a junk value
is a wrong request (exit 2), never ignored, never a crash."""

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


@pytest.mark.parametrize(
    "value, said",
    [
        ("nan", "nan is not a number of seconds"),  # passed the range check and was taken as 0
        ("inf", "inf is not in the range 0<=x<=604800.0"),
        ("1e308", "1e+308 is not in the range 0<=x<=604800.0"),
        ("-5", "-5.0 is not in the range 0<=x<=604800.0"),
    ],
)
def test_a_wait_that_is_not_a_number_of_seconds_is_a_wrong_request(workspace, value, said):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--wait", value, "-q"])
    assert result.exit_code == 2
    assert f"Error: Invalid value for '--wait': {said}" in result.output
    assert not (workspace / "output").exists()
