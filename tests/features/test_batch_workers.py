"""Both cores for a batch: articles translated in worker processes write exactly what a serial run writes, a
failing article fails alone, a worker that dies costs no article its files, and Ctrl-C leaves nothing
half-written."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.batch.outcome import ArticleOutcome
from toolkit.batch.workers import ArticleDone, WorkerPool, WorkerRequest
from toolkit.cli import main
from toolkit.settings import Settings

DAY = "2020-01-20"
# times of writing: ISO 8601 in manifests and DOCX properties, "2026-03-12 09:14 UTC" on the index page
DATES = re.compile(rb"\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\+00:00|Z)| \d\d:\d\d UTC)")


def articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"story-{number:02d}.txt"
        path.write_text(
            f"Erdogan and Putin meet in Sochi, round {number}\n\n"
            f"Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on day {number} of the talks, "
            f"a week after officials in Ankara said the ceasefire in Idlib would hold. They spoke for {number + 2} "
            f"hours.\n\nReaction in Moscow\n\nPutin said meeting number {number} went well. Fidan agreed.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def contents(out: Path) -> dict[str, bytes]:
    """Every file of an output folder, dates blanked out (a DOCX by its parts), the run's lock left out."""
    found = {}
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.name == ".toolkit-run.lock":
            continue
        data = path.read_bytes()
        if path.suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                for name in sorted(package.namelist()):
                    found[f"{path.relative_to(out)}!{name}"] = DATES.sub(b"DATE", package.read(name))
        else:
            found[str(path.relative_to(out))] = DATES.sub(b"DATE", data)
    return found


def test_a_parallel_run_writes_what_a_serial_run_writes(workspace, copy_models, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 6)
    options = dict(
        languages=["ru", "tr"],
        models_dir=copy_models.models_dir,
        settings="newsroom.yaml",
        day=__import__("datetime").date.fromisoformat(DAY),
    )
    # names no glossary entry covers, in two articles: the run's survey finds them before any article
    for number in (1, 4):
        path = workspace / "news" / f"story-{number:02d}.txt"
        path.write_text(
            path.read_text(encoding="utf-8") + "\nEstonian Foreign Minister Margus Tsahkna and "
            "Latvian envoy Baiba Braze joined them later.\n",
            encoding="utf-8",
        )
    (workspace / "newsroom.yaml").write_text(
        "publish:\n  editions: [side-by-side, monolingual]\n  index: true\n", encoding="utf-8"
    )
    pools: list[WorkerRequest] = []
    pool_run = WorkerPool.run
    monkeypatch.setattr(WorkerPool, "run", lambda pool, *args: (pools.append(pool.request), pool_run(pool, *args)))
    serial = run(["news", "seeds/article.txt"], out_dir="serial", jobs=1, cache=False, **options)
    assert not pools
    parallel = run(["news", "seeds/article.txt"], out_dir="parallel", jobs=2, cache=False, **options)

    assert len(pools) == 1 and pools[0].provisional is not None  # the workers got the survey's table
    assert {"Margus Tsahkna", "Baiba Braze"} <= set(
        pools[0].provisional.names[n].english for n in pools[0].provisional.names
    )
    assert [(a.name, a.status, a.written, a.uncovered_names) for a in parallel.articles] == [
        (a.name, a.status, a.written, a.uncovered_names) for a in serial.articles
    ]
    assert "Margus Tsahkna" in serial.articles[1].uncovered_names
    assert [a.status for a in parallel.articles] == ["held"] * 6 + ["published"]  # copy models never publish
    assert parallel.engine == serial.engine and parallel.engine["segments"] > 0
    serial_files, parallel_files = contents(workspace / "serial"), contents(workspace / "parallel")
    assert sorted(parallel_files) == sorted(serial_files)
    assert len([name for name in serial_files if name.endswith(".docx!word/document.xml")]) == 7 * 2 + 2
    for name, data in serial_files.items():
        assert parallel_files[name] == data.replace(b"serial", b"parallel"), name


def test_a_failing_article_fails_alone_in_its_worker(workspace, copy_models, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 4)
    (workspace / "news" / "story-02.txt").write_bytes("Caf\xe9 talks\n\nThe minister\u2019s visit.\n".encode("cp1252"))
    (workspace / "news" / "story-03.txt").write_text("\n \n", encoding="utf-8")
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2)

    assert [(a.name, a.status) for a in result.articles] == [
        ("story-00", "held"),
        ("story-01", "held"),
        ("story-02", "failed"),
        ("story-03", "failed"),
    ]
    assert "news/story-02.txt:1: not valid UTF-8 (byte 0xe9" in result.articles[2].reason
    assert result.articles[3].reason == "news/story-03.txt: the article is empty"
    assert sorted(p.name for p in (workspace / "output").iterdir() if not p.name.startswith(".")) == [
        "story-00",
        "story-01",
    ]


def test_a_missing_model_is_said_at_the_start_and_fails_only_articles_that_need_it(
    workspace, copy_models, tmp_path, monkeypatch
):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 3)
    said: list[str] = []
    models = tmp_path / "only-ru"
    models.mkdir()
    (models / "translate-en_ru").symlink_to(next(copy_models.models_dir.glob("*en_ru*")))
    result = run(
        ["news", "seeds/article.txt"],
        languages=["ru", "fa"],
        models_dir=models,
        formats=["md"],
        jobs=2,
        notice=said.append,
    )

    warning = next(index for index, line in enumerate(said) if "no model is installed for en->fa" in line)
    assert said[warning].startswith(
        "warning: no model is installed for en->fa: articles with sentences the memory "
        "lacks in that language fail; install `toolkit models install "
        "translate-en_fa.argosmodel`"
    )
    assert [a.status for a in result.articles] == ["failed"] * 3 + ["published"]  # the seed: all from memory
    assert all("no machine-translation model is installed for en->fa" in a.reason for a in result.articles[:3])
    assert result.engine["by_language"] == {}  # nothing translated into ru for articles that fail on fa
    # what the desk can do meanwhile: the article is a unit, so the languages with a model wait unless left alone
    assert said[warning].endswith(", or leave fa out (--to ru) to publish the other languages now")
    assert all(
        a.fix and a.fix.endswith("; or leave fa out (--to ru) to publish the other languages now")
        for a in result.articles[:3]
    )


def test_a_broken_model_stops_the_run_before_any_article(workspace, copy_models, tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    source = next(copy_models.models_dir.glob("*en_ru*"))
    (models / source.name).mkdir()
    for part in source.rglob("*"):
        target = models / source.name / part.relative_to(source)
        if part.is_dir():
            target.mkdir(exist_ok=True)
        else:
            data = part.read_bytes()
            target.write_bytes(data[: len(data) // 3] if part.name == "model.bin" else data)
    articles(workspace / "news", 2)
    started = time.monotonic()
    result = CliRunner().invoke(
        main, ["translate", "news", "--to", "ru", "--models-dir", str(models), "-q", "--jobs", "2"]
    )
    assert result.exit_code == 2, result.output
    assert time.monotonic() - started < 30  # (timing is measured in bench/, this only bounds a hang)
    assert result.output.startswith(
        f"error: {models / source.name}: the en->ru model does not work: model/model.bin is cut short ("
    )
    assert not (workspace / "output").exists()


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_bad_number_of_jobs_is_a_request_error(workspace, value, monkeypatch):
    monkeypatch.setenv("TOOLKIT_JOBS", value)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "-q"])
    assert result.exit_code == 2
    assert result.output == (
        f"error: $TOOLKIT_JOBS {value!r} is not a number of worker processes\n"
        "  fix: give a whole number from 1 to 256 (1 translates in the run's own process)\n"
    )
    monkeypatch.delenv("TOOLKIT_JOBS")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "-q", "--jobs", value])
    assert result.exit_code == 2 and "--jobs" in result.output


# A worker that dies: the pool with stand-in tasks (sent to the workers by name, so defined here at module level)


def test_a_cache_no_process_can_use_is_said_once_not_once_per_worker(workspace, copy_models, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocked / "toolkit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    articles(workspace / "news", 4)
    said: list[str] = []
    result = run(
        ["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2, notice=said.append
    )

    assert [a.status for a in result.articles] == ["held"] * 4  # slower without the cache, never failed
    about_the_cache = [line for line in said if "cache" in line and line.startswith("warning:")]
    assert len(about_the_cache) == 1, said
    assert "cannot be used" in about_the_cache[0] and "this run goes without it" in about_the_cache[0]


@pytest.mark.parametrize("refused_at", [1, 2], ids=["the-first-worker", "the-second-worker"])
def test_workers_the_system_refuses_leave_the_articles_to_the_run_itself(
    workspace, copy_models, tmp_path, monkeypatch, refused_at
):
    """Too many open files, or no memory for another process: the run says so and translates the articles
    itself, every one of them once, rather than failing them all or stopping with a traceback."""
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 5)
    submit, calls = ProcessPoolExecutor.submit, []

    def refusing(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == refused_at:
            raise OSError(errno.EMFILE, "Too many open files")
        return submit(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", refusing)
    said: list[str] = []
    result = run(
        ["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2, notice=said.append
    )

    assert (
        "warning: worker processes could not be started (Too many open files); the run translates the rest itself, "
        "in its own process: the article timeout no longer holds (nothing can stop an article stuck in a model there)"
        in said
    )
    assert [(a.name, a.status) for a in result.articles] == [(f"story-{n:02d}", "held") for n in range(5)]
    out = workspace / "output"
    assert sorted(p.name for p in out.iterdir()) == [".toolkit-run.lock"] + [f"story-{n:02d}" for n in range(5)]


def _no_start(request: WorkerRequest) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _dies_on_poison(step) -> ArticleDone:
    if "poison" in str(step.path):
        os._exit(9)  # as a crash in native code or the kernel's out-of-memory killer would end it
    time.sleep(0.05)
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def stand_in_request(out: Path) -> WorkerRequest:
    return WorkerRequest(
        out=out,
        languages=["ru"],
        formats=["md"],
        kinds=["side-by-side"],
        settings=Settings(),
        glossary_paths=[],
        memory_paths=[],
        models_dir=None,
        cache=False,
        day=None,
        html_pages=False,
        preview=False,
        allow_errors=False,
        copy_models={},
        empty_files=(),
        missing_models=(),
        run_key="k",
        jobs=2,
        want_editions=False,
    )


def test_an_article_that_kills_its_worker_fails_alone_and_the_others_are_written(tmp_path):
    from toolkit.batch.articles import Step

    names = ["a", "b", "poison", "c", "d", "e", "f"]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    request = stand_in_request(tmp_path)
    finished: dict[str, ArticleOutcome] = {}
    WorkerPool(request, task=_dies_on_poison, start=_no_start).run(
        steps, lambda step, done: finished.setdefault(done.outcome.name, done.outcome)
    )

    assert sorted(finished) == sorted(names)
    assert {name for name, outcome in finished.items() if outcome.status == "failed"} == {"poison"}
    assert finished["poison"].reason == (
        "poison.txt: the worker process translating it stopped (killed, out of "
        "memory, or a crash); its earlier files are untouched"
    )


def _killed_on_poison(step) -> ArticleDone:
    if "poison" in str(step.path):
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's out-of-memory killer sends
    time.sleep(0.05)
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def test_an_article_whose_worker_is_killed_names_the_signal_and_the_likely_out_of_memory_killer(tmp_path):
    """The desk reads why one article of a night's batch failed: its worker was killed by SIGKILL, which on a
    machine short of memory is the kernel's out-of-memory killer, so the fix says what to do about memory; the
    others are written and the pool goes on."""
    from toolkit.batch.articles import Step

    names = ["a", "poison", "b", "c"]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    finished: dict[str, ArticleOutcome] = {}
    WorkerPool(stand_in_request(tmp_path), task=_killed_on_poison, start=_no_start).run(
        steps, lambda step, done: finished.setdefault(done.outcome.name, done.outcome)
    )

    assert {name: outcome.status for name, outcome in finished.items()} == {
        "a": "published",
        "poison": "failed",
        "b": "published",
        "c": "published",
    }
    assert finished["poison"].reason == (
        "poison.txt: the worker process translating it was killed by SIGKILL (on a machine short of memory, the "
        "system's out-of-memory killer); its earlier files are untouched"
    )
    assert finished["poison"].fix == (
        "run again with fewer --jobs (each worker holds its own models) or on a machine with more memory "
        "(the system log says whether the out-of-memory killer ended it: journalctl -k | grep -i oom); if it "
        "stops again on this article alone, split the article or report it as a bug"
    )


def _slow_start(request: WorkerRequest) -> None:
    _no_start(request)
    time.sleep(0.5)  # a worker still loading its models when the last article is done


def _fails_at_once(step) -> ArticleDone:
    step.outcome.status = "failed"
    return ArticleDone(step.outcome, None)


def test_a_finished_pool_waits_for_every_worker_it_started_and_leaves_none_behind(tmp_path):
    """Articles that fail at once (no model for them) can be done before the second worker has started: the run
    still waits for that worker before ending. Left behind, it read its start from a run already gone and printed a
    multiprocessing traceback into the desk's log."""
    import multiprocessing

    from toolkit.batch.articles import Step

    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", n, "failed"), key="k") for n in ("a", "b", "c")]
    pool = WorkerPool(stand_in_request(tmp_path), task=_fails_at_once, start=_slow_start)
    finished: list[str] = []
    pool.run(steps, lambda step, done: finished.append(done.outcome.name))

    assert sorted(finished) == ["a", "b", "c"]
    assert pool._pool is None  # shut down, not left to the interpreter's exit
    assert multiprocessing.active_children() == []


def test_workers_the_system_refuses_after_one_died_leave_every_article_not_done_to_the_run(tmp_path, monkeypatch):
    """Too many open files when the pool is started again after a worker died: the articles not done yet (the
    one that killed its worker included) go back to the run, each once, never an OSError out of the run."""
    from toolkit.batch.articles import Step
    from toolkit.batch.workers import WorkersUnavailable

    names = ["a", "b", "poison", "c", "d", "e", "f"]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    new_pool, started = WorkerPool._new_pool, []

    def refused_the_second_time(self):
        started.append(1)
        if len(started) > 1:
            raise OSError(errno.EMFILE, "Too many open files")
        return new_pool(self)

    monkeypatch.setattr(WorkerPool, "_new_pool", refused_the_second_time)
    finished: list[str] = []
    pending = iter(steps)
    with pytest.raises(WorkersUnavailable) as refused:
        WorkerPool(stand_in_request(tmp_path), task=_dies_on_poison, start=_no_start).run(
            pending, lambda step, done: finished.append(done.outcome.name)
        )
    unsent = [step.outcome.name for step in refused.value.unsent]
    assert "poison" in unsent
    assert sorted(finished + unsent + [step.outcome.name for step in pending]) == sorted(names)  # each once
    assert str(refused.value) == "Too many open files"


def _hangs_on_stuck(step) -> ArticleDone:
    if "stuck" in str(step.path):
        time.sleep(3600)  # as a model or a pathological input stuck in native code would
    time.sleep(0.05)
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def test_an_article_that_hangs_is_stopped_and_fails_alone_and_the_run_goes_on(tmp_path):
    """An unattended run never waits forever (holding the output folder's lock, so every later run finds it
    busy): an article still in its worker after article_timeout is stopped with its worker and fails."""

    from toolkit.batch.articles import Step

    names = ["a", "b", "stuck", "c", "d", "e"]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    request = replace(stand_in_request(tmp_path), article_timeout=1.0)
    finished: dict[str, ArticleOutcome] = {}
    started = time.monotonic()
    WorkerPool(request, task=_hangs_on_stuck, start=_no_start).run(
        steps, lambda step, done: finished.setdefault(done.outcome.name, done.outcome)
    )

    assert time.monotonic() - started < 60  # (timing is measured in bench/; this only bounds a hang)
    assert sorted(finished) == sorted(names)
    assert {name for name, outcome in finished.items() if outcome.status == "failed"} == {"stuck"}
    assert finished["stuck"].reason == (
        "stuck.txt: translating it took longer than 1 s, so its worker process was stopped; its earlier files "
        "are untouched"
    )
    assert "--article-timeout SECONDS" in (finished["stuck"].fix or "")


def _quick_or_stuck(step) -> ArticleDone:
    if "stuck" in str(step.path):
        time.sleep(3600)
    time.sleep(0.2)
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def test_a_hung_article_is_stopped_on_time_while_the_other_workers_go_on_finishing_articles(tmp_path):
    """The other worker finishing an article every 0.2 s must not hide the hung one until the batch runs dry."""

    from toolkit.batch.articles import Step

    names = ["stuck", *(f"quick{n}" for n in range(40))]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    request = replace(stand_in_request(tmp_path), article_timeout=1.0)
    order: list[str] = []
    WorkerPool(request, task=_quick_or_stuck, start=_no_start).run(
        steps, lambda step, done: order.append(done.outcome.name)
    )

    assert sorted(order) == sorted(names)
    assert order.index("stuck") < 20  # stopped about a second in, not after the 40 quick ones (8 s)


def test_a_long_batch_keeps_no_finished_article_in_the_run_memory(tmp_path, monkeypatch):
    """Each article's answer is let go once it is handed on, whatever the polling for hung articles saw."""
    import gc
    import weakref

    from toolkit.batch import workers
    from toolkit.batch.articles import Step

    monkeypatch.setattr(workers, "_POLL", 0.05)  # the run looks at its articles' times often
    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", str(n), "failed"), key="k") for n in range(30)]
    answers: list[weakref.ref] = []
    kept: list[ArticleDone] = []

    def kept_while_running(step, done):
        answers.append(weakref.ref(done))
        if len(answers) == 30:
            gc.collect()
            kept.extend(answer for ref in answers[:20] if (answer := ref()) is not None)

    WorkerPool(stand_in_request(tmp_path), task=_slow, start=_no_start).run(steps, kept_while_running)
    assert len(answers) == 30
    assert kept == []


def _slow(step) -> ArticleDone:
    time.sleep(0.15)
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def _reports_its_process(step) -> ArticleDone:
    step.outcome.status = "published"
    step.outcome.reason = str(os.getpid())
    return ArticleDone(step.outcome, None)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="worker renewal needs Python 3.11's max_tasks_per_child")
def test_a_long_batch_renews_its_workers_so_their_memory_stays_flat(tmp_path, monkeypatch):
    from toolkit.batch import workers
    from toolkit.batch.articles import Step

    monkeypatch.setattr(workers, "ARTICLES_PER_WORKER", 3)
    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", str(n), "failed"), key="k") for n in range(24)]
    processes: dict[str, str] = {}
    WorkerPool(stand_in_request(tmp_path), task=_reports_its_process, start=_no_start).run(
        steps, lambda step, done: processes.setdefault(done.outcome.name, done.outcome.reason or "")
    )

    assert sorted(processes, key=int) == [str(n) for n in range(24)]  # every article done, once
    articles_per_process = Counter(processes.values())
    assert len(articles_per_process) >= 24 // 3  # fresh workers took over
    assert max(articles_per_process.values()) <= 3


class _CountsItsPickling:
    """Stands in for a large glossary: counts how often this process pickles it."""

    pickled = 0

    def __getstate__(self) -> dict:
        type(self).pickled += 1
        return {}


@pytest.mark.skipif(sys.version_info < (3, 11), reason="worker renewal needs Python 3.11's max_tasks_per_child")
def test_the_run_glossary_and_memory_are_pickled_once_however_many_workers_start(tmp_path, monkeypatch):
    """A 100,000-entry glossary takes seconds to pickle: not again for every worker the run starts or renews."""

    from toolkit.batch import workers
    from toolkit.batch.articles import Step

    monkeypatch.setattr(workers, "ARTICLES_PER_WORKER", 2)
    monkeypatch.setattr(_CountsItsPickling, "pickled", 0)
    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", str(n), "failed"), key="k") for n in range(12)]
    request = replace(stand_in_request(tmp_path), glossary=_CountsItsPickling(), memory=_CountsItsPickling())
    processes: dict[str, str] = {}
    WorkerPool(request, task=_reports_its_process, start=_no_start).run(
        steps, lambda step, done: processes.setdefault(done.outcome.name, done.outcome.reason or "")
    )

    assert len(processes) == 12 and len(set(processes.values())) >= 12 // 2  # workers were started and renewed
    assert _CountsItsPickling.pickled == 2  # the glossary once, the memory once


# Interrupted for real: the CLI in its own process group, as a terminal's Ctrl-C or a killed worker finds it


def _complete(out: Path) -> list[str]:
    """Article folders whose manifest is there and lists files that are all there."""
    complete = []
    for manifest in out.glob("[!.]*/manifest.json"):
        listed = [
            f
            for entry in json.loads(manifest.read_text(encoding="utf-8"))["languages"].values()
            for f in entry["files"]
        ]
        assert all((manifest.parent / name).is_file() for name in listed), manifest.parent
        complete.append(manifest.parent.name)
    return complete


def _translate_news(copy_models, *options: str) -> list[str]:
    """The CLI translating news/ into ru and tr with the copy models in two workers."""
    return [
        sys.executable,
        "-m",
        "toolkit",
        "translate",
        "news",
        "--to",
        "ru,tr",
        "--models-dir",
        str(copy_models.models_dir),
        "--jobs",
        "2",
        *options,
    ]


def _start_run(workspace: Path, copy_models, tmp_path: Path, count: int = 40) -> tuple[subprocess.Popen, Path]:
    articles(workspace / "news", count)
    out = workspace / "output"
    command = _translate_news(copy_models, "-q")
    environment = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    environment.pop("TOOLKIT_JOBS")
    process = subprocess.Popen(
        command, cwd=workspace, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    started = time.monotonic()
    while len(list(out.glob("[!.]*/manifest.json"))) < 3:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() - started < 120
        time.sleep(0.02)
    return process, out


def _workers(parent: int) -> list[int]:
    """The worker processes of a run: the children of its children (the forkserver's)."""

    def children(pid: int) -> list[int]:
        found = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text().split()
            found += [int(child) for child in text]
        return found

    return [grandchild for child in children(parent) for grandchild in children(child)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
@pytest.mark.parametrize(
    ("stop", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
    ids=["ctrl-c", "a-service-manager-stopping-the-run"],
)
def test_a_stopped_run_stops_its_workers_says_what_it_finished_and_leaves_nothing_half_written(
    workspace, copy_models, tmp_path, stop, status
):
    # enough articles that a test process starved by a busy machine still signals the run before its end
    process, out = _start_run(workspace, copy_models, tmp_path, count=120)
    os.killpg(process.pid, stop)  # a terminal's Ctrl-C, and systemd or timeout(1), signal the whole group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status  # as a shell reports a command a signal stopped, never 1 ("held back")
    said = stderr.decode()
    assert "Traceback" not in said and "Exception in initializer" not in said
    assert re.search(
        rf"interrupted by {stop.name} after \d+ of 120 articles: the others keep their earlier files; run again", said
    )
    written = _complete(out)
    assert 3 <= len(written) < 120
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".toolkit-run.lock"]
    assert not [p for p in out.rglob("*.tmp")]

    again = subprocess.run(
        _translate_news(copy_models, "--json"),
        cwd=workspace,
        env={**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache"), "TOOLKIT_JOBS": "2"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = json.loads(again.stdout)
    assert {a["name"] for a in summary["articles"] if a["status"] == "skipped"} == set(written)
    assert len(_complete(out)) == 120


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_workers_end_with_their_run_when_it_is_killed_and_write_nothing_after(workspace, copy_models, tmp_path):
    """SIGKILL or the out-of-memory killer takes the run's process alone: its lock on the output folder goes with
    it, so its workers must not go on writing there, nor wait for work forever with their models loaded."""
    process, out = _start_run(workspace, copy_models, tmp_path, count=120)
    workers = _workers(process.pid)
    assert workers
    process.kill()  # the run's process only, not its group
    process.communicate(timeout=60)
    started = time.monotonic()
    while any(Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid) for pid in workers):
        assert time.monotonic() - started < 10, "the workers outlived their run"
        time.sleep(0.05)
    written = sorted(out.glob("[!.]*/manifest.json"))
    time.sleep(0.5)
    assert sorted(out.glob("[!.]*/manifest.json")) == written  # nothing written once they are gone
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".toolkit-run.lock"]


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].splitlines()[0].lower()
    except (OSError, IndexError):
        return "zombie"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_a_killed_worker_costs_no_article_its_files(workspace, copy_models, tmp_path):
    process, out = _start_run(workspace, copy_models, tmp_path)
    workers = _workers(process.pid)
    assert workers
    os.kill(workers[-1], signal.SIGKILL)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1, stderr  # held back: copy models never publish; none failed
    assert "failed:" not in stderr.decode()
    assert "summary: 40 articles: 0 published, 40 held back, 0 failed" in stderr.decode()
    assert sorted(_complete(out)) == [f"story-{number:02d}" for number in range(40)]
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".toolkit-run.lock"]


def _leaves_a_staging_folder_then_waits(step) -> ArticleDone:
    # "stuck": a worker stopped in the middle of writing, its staging folder left where the article is written
    if "stuck" in step.path.stem:
        out = Path(os.environ["STAGING_TEST_OUT"])
        (out / f".{step.path.stem}.toolkit-staging-{os.getpid()}-0123456789ab").mkdir()
        time.sleep(3600)
    time.sleep(1.0)  # the stuck one has begun by the time this one is done
    return ArticleDone(step.outcome, None)


def _stop_the_run(step, done) -> None:
    raise KeyboardInterrupt  # the desk's Ctrl-C, arriving as the first article is handed back


def test_an_interrupted_pool_leaves_no_staging_folder_its_workers_had_begun(tmp_path, monkeypatch):
    """However the stop reaches a worker (its SIGTERM cleanup too slow on a busy machine, or a kill), the run
    removes what its workers had begun before it reports the stop: nothing half-written is left."""
    from toolkit.batch.articles import Step

    monkeypatch.setenv("STAGING_TEST_OUT", str(tmp_path))
    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", n, "failed"), key="k") for n in ("stuck", "quick")]
    pool = WorkerPool(stand_in_request(tmp_path), task=_leaves_a_staging_folder_then_waits, start=_no_start)
    with pytest.raises(KeyboardInterrupt):
        pool.run(steps, _stop_the_run)
    assert not [p.name for p in tmp_path.iterdir() if "toolkit-staging" in p.name]


# A worker that cannot start: the reason is said once, and the run translates the articles itself


def _cannot_start(request: WorkerRequest) -> None:
    raise ImportError("No module named 'ctranslate2'")  # as after an upgrade that left the install half done


def _publishes(step) -> ArticleDone:
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def test_workers_that_cannot_start_hand_every_article_back_with_the_true_reason(tmp_path):
    """Not "the worker process translating it stopped" for each article: the workers' own reason, once."""
    from toolkit.batch.articles import Step
    from toolkit.batch.workers import WorkersUnavailable

    names = ["a", "b", "c", "d", "e"]
    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in names]
    pending = iter(steps)
    finished: list[str] = []
    with pytest.raises(WorkersUnavailable) as refused:
        WorkerPool(stand_in_request(tmp_path), task=_publishes, start=_cannot_start).run(
            pending, lambda step, done: finished.append(done.outcome.name)
        )
    assert str(refused.value) == "ImportError: No module named 'ctranslate2'"
    assert not finished
    unsent = [step.outcome.name for step in refused.value.unsent]
    assert sorted(unsent + [step.outcome.name for step in pending]) == names  # each once, none lost


def _one_cannot_start(request: WorkerRequest) -> None:
    """The last worker to start fails (a model file it cannot map, say), once the other has begun its article."""
    _no_start(request)
    try:
        os.close(os.open(request.out / "first-start", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        time.sleep(1.0)
        raise ImportError("No module named 'ctranslate2'") from None


def _publishes_and_notes(step) -> ArticleDone:
    """Publishes the article, noting on disk when a worker began it and when it was written."""
    (step.path.parent / f"{step.outcome.name}.began").write_text(str(os.getpid()))
    time.sleep(0.5)
    (step.path.parent / f"{step.outcome.name}.written").write_text(str(os.getpid()))
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


@pytest.mark.parametrize("count", [5, 8])
def test_articles_a_started_worker_took_are_not_handed_back_when_another_could_not_start(tmp_path, count):
    """One worker of two fails to start: the run goes on in its own process with what is left, and every article
    the other worker had taken is finished there and reported as done, never stopped half-way or written twice."""
    from toolkit.batch.articles import Step
    from toolkit.batch.workers import WorkersUnavailable

    names = [f"story-{n}" for n in range(count)]
    steps = [Step(tmp_path / f"{n}.txt", ArticleOutcome(f"{n}.txt", n, "failed"), key="k") for n in names]
    pending = iter(steps)
    finished: list[str] = []
    request = replace(stand_in_request(tmp_path), jobs=2)
    with pytest.raises(WorkersUnavailable) as refused:
        WorkerPool(request, task=_publishes_and_notes, start=_one_cannot_start).run(
            pending, lambda step, done: finished.append(done.outcome.name)
        )
    began = sorted(p.stem for p in tmp_path.glob("*.began"))
    written = sorted(p.stem for p in tmp_path.glob("*.written"))
    unsent = [step.outcome.name for step in refused.value.unsent]
    assert str(refused.value) == "ImportError: No module named 'ctranslate2'"
    assert finished  # the worker that started was at work when the other failed
    assert sorted(finished) == began == written  # what a worker began it finished, and it is reported done
    assert not set(unsent) & set(began)  # and none of it goes back to be done again
    assert sorted(finished + unsent + [step.outcome.name for step in pending]) == names  # each once, none lost


def _exits_as_it_starts(request: WorkerRequest) -> None:
    os._exit(1)  # as an interpreter that cannot import the worker's module ends, before any article


def test_workers_that_end_as_they_start_are_not_blamed_on_an_article(tmp_path):
    from toolkit.batch.articles import Step
    from toolkit.batch.workers import WorkersUnavailable

    steps = [Step(Path(f"{name}.txt"), ArticleOutcome(f"{name}.txt", name, "failed"), key="k") for name in "abc"]
    pending = iter(steps)
    finished: list[str] = []
    with pytest.raises(WorkersUnavailable) as refused:
        WorkerPool(stand_in_request(tmp_path), task=_publishes, start=_exits_as_it_starts).run(
            pending, lambda step, done: finished.append(done.outcome.name)
        )
    assert str(refused.value).startswith("each stopped as it started, before translating anything")
    assert not finished
    assert sorted([s.outcome.name for s in refused.value.unsent] + [s.outcome.name for s in pending]) == list("abc")


def test_a_run_whose_workers_cannot_start_says_why_once_and_translates_the_articles_itself(
    workspace, copy_models, tmp_path, monkeypatch
):
    import toolkit.batch.workers as workers

    articles(workspace / "news", 3)
    # the run's pool starts its workers with this module's stand-in (sent to them by name)
    monkeypatch.setattr(workers.WorkerPool.__init__, "__defaults__", (workers._translate, _cannot_start))
    said: list[str] = []
    result = run(
        ["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2, notice=said.append
    )
    warnings = [line for line in said if "worker processes could not be started" in line]
    assert warnings == [
        "warning: worker processes could not be started (ImportError: No module named 'ctranslate2'); "
        "the run translates the rest itself, in its own process: the article timeout no longer holds (nothing can "
        "stop an article stuck in a model there)"
    ]
    assert [(a.name, a.status) for a in result.articles] == [(f"story-{n:02d}", "held") for n in range(3)]


# The article timeout holds for a run of one article as for a batch


def _pools_of_the_run(monkeypatch) -> list[WorkerRequest]:
    """The request of every worker pool the run starts (the pool runs as it would)."""
    import toolkit.batch.workers as workers

    requests: list[WorkerRequest] = []
    original = workers.WorkerPool.run

    def recorded(self, steps, done):
        requests.append(self.request)
        return original(self, steps, done)

    monkeypatch.setattr(workers.WorkerPool, "run", recorded)
    return requests


def test_one_article_a_model_translates_goes_to_one_worker_so_its_timeout_holds(workspace, copy_models, monkeypatch):
    (story,) = articles(workspace / "news", 1)
    pools = _pools_of_the_run(monkeypatch)
    result = run([story], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2)
    assert [a.status for a in result.articles] == ["held"]  # the copy model's output is never published
    assert [(request.jobs, request.article_timeout) for request in pools] == [(1, 30 * 60.0)]


def test_one_article_the_memory_holds_whole_is_translated_in_the_run_itself(workspace, copy_models, monkeypatch):
    pools = _pools_of_the_run(monkeypatch)
    result = run(["seeds/article.txt"], models_dir=copy_models.models_dir, jobs=2)
    assert [a.status for a in result.articles] == ["published"] and pools == []


def test_a_timeout_asked_of_a_run_with_the_caller_s_engines_is_said_not_to_hold(workspace):
    said: list[str] = []
    result = run(["seeds/article.txt"], engines=[], article_timeout=60, notice=said.append)  # the memory only
    assert [a.status for a in result.articles] == ["published"]
    assert [line for line in said if "article timeout" in line] == [
        "warning: the article timeout holds only for articles translated in worker processes; this run translates "
        "in its own process (engines of the caller), where nothing can stop an article stuck inside a model"
    ]


def test_jobs_1_translates_in_the_run_itself_unless_a_bound_is_asked(workspace, copy_models, monkeypatch):
    articles(workspace / "news", 2)
    pools = _pools_of_the_run(monkeypatch)
    run(["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=1)
    assert pools == []  # one process, as a library caller or a test that patches the engine wants it
    run(
        ["news"],
        languages=["ru"],
        models_dir=copy_models.models_dir,
        formats=["md"],
        jobs=1,
        article_timeout=60,
        force=True,
    )
    assert [(request.jobs, request.article_timeout) for request in pools] == [(1, 60)]


def test_a_one_core_machine_keeps_the_article_timeout_by_default(workspace, copy_models, monkeypatch):
    """A scheduler's small virtual machine: one core, so one job, and still the 30-minute bound, since nothing
    else would stop a hang from holding the output folder's lock until someone notices."""
    import toolkit.batch.request as request  # where the run counts the cores (toolkit.batch.workers names it too)

    monkeypatch.delenv("TOOLKIT_JOBS")
    monkeypatch.setattr(request, "available_cores", lambda: 1)
    articles(workspace / "news", 3)
    pools = _pools_of_the_run(monkeypatch)
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"])
    assert [a.status for a in result.articles] == ["held"] * 3  # the copy model's output is never published
    assert [(request.jobs, request.article_timeout) for request in pools] == [(1, 30 * 60.0)]
    # a batch its memory holds whole starts no worker: nothing there runs a model
    for name in ("one.txt", "two.txt"):
        (workspace / "seeds" / name).write_bytes((workspace / "seeds" / "article.txt").read_bytes())
    pools.clear()
    result = run(["seeds"], models_dir=copy_models.models_dir)
    assert [a.status for a in result.articles] == ["published"] * 3 and pools == []


def _start_with_a_model_that_hangs_in_the_articles(request: WorkerRequest) -> None:
    """A worker whose model never answers when it translates an article (the survey's worker answers)."""
    import toolkit.batch.workers as workers

    workers._start(request)
    if request.provisional is not None:
        assert workers._batch is not None and workers._batch.cached is not None

        def never_answers(*args, **kwargs):
            time.sleep(3600)

        workers._batch.cached.translate_raw = never_answers  # type: ignore[method-assign]


def test_jobs_1_with_an_article_timeout_stops_a_hung_article_and_goes_on(workspace, copy_models, monkeypatch):
    import toolkit.batch.workers as workers

    articles(workspace / "news", 2)
    monkeypatch.setattr(
        workers.WorkerPool.__init__,
        "__defaults__",
        (workers._translate, _start_with_a_model_that_hangs_in_the_articles),
    )
    began = time.monotonic()
    result = run(
        ["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=1, article_timeout=3
    )
    assert time.monotonic() - began < 120
    assert [a.status for a in result.articles] == ["failed", "failed"]
    assert all("took longer than 3 s" in a.reason for a in result.articles)
    assert multiprocessing_children() == []


# The survey of names no glossary covers holds the article timeout too


def _start_with_a_model_that_hangs_in_the_survey(request: WorkerRequest) -> None:
    """A worker whose model never answers when it is the survey's (one process, asked before any article)."""
    import toolkit.batch.workers as workers

    workers._start(request)
    if request.provisional is None:  # the survey's worker: the articles' workers carry its choices
        assert workers._batch is not None and workers._batch.cached is not None

        def never_answers(*args, **kwargs):
            time.sleep(3600)  # as a model stuck in native code would

        workers._batch.cached.translate_raw = never_answers  # type: ignore[method-assign]


def _with_new_names(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"wire-{number}.txt").write_text(
            f"Talks resume, round {number}\n\nThe envoy Zorbak Quellin met officials of Vantrel Holdings in Ankara "
            f"on day {number}.\n\nQuellin said Vantrel Holdings would answer within a week.\n",
            encoding="utf-8",
        )


@pytest.mark.parametrize("count, jobs", [(1, 2), (3, 2), (3, 1)])
def test_a_survey_whose_model_never_answers_is_stopped_at_the_article_timeout_and_the_run_goes_on(
    workspace, copy_models, monkeypatch, count, jobs
):
    import toolkit.batch.workers as workers
    from toolkit.translate.cache import CachedEngine

    _with_new_names(workspace / "news", count)
    # taken for a real model, as the survey skips a copy model's languages (it copies: nothing to observe)
    monkeypatch.setattr(CachedEngine, "is_copy_model", lambda self, language: False)
    monkeypatch.setattr(
        workers.WorkerPool.__init__, "__defaults__", (workers._translate, _start_with_a_model_that_hangs_in_the_survey)
    )
    said: list[str] = []
    began = time.monotonic()
    result = run(
        ["news"],
        languages=["ru", "tr"],
        models_dir=copy_models.models_dir,
        formats=["md"],
        jobs=jobs,
        article_timeout=3,
        notice=said.append,
    )
    assert time.monotonic() - began < 120
    stopped = [line for line in said if "survey of names" in line]
    assert stopped == [
        "warning: the survey of names the glossary does not cover was stopped after 3 s (the --article-timeout), "
        "before it was done in ru, tr: new names there get no provisional rendering shared by the run's articles; "
        "run again (or allow more with --article-timeout SECONDS)"
    ]
    # every article is still translated and written, in the workers, whose model answers
    assert [a.name for a in result.articles] == [f"wire-{n}" for n in range(count)]
    assert all(a.status in ("published", "held") for a in result.articles), [a.reason for a in result.articles]
    assert multiprocessing_children() == []


def multiprocessing_children() -> list:
    import multiprocessing

    return multiprocessing.active_children()


def test_a_survey_within_the_article_timeout_says_nothing_of_it(workspace, copy_models):
    _with_new_names(workspace / "news", 2)
    said: list[str] = []
    result = run(
        ["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2, notice=said.append
    )
    assert not [line for line in said if line.startswith("warning: the survey")]
    assert [a.status for a in result.articles] == ["held", "held"]
    assert result.articles[0].uncovered_names


def _survey_calls(monkeypatch) -> list[tuple[str, int]]:
    """What the survey asks its worker: (language, sentences), call by call."""
    import toolkit.batch.workers as workers

    asked: list[tuple[str, int]] = []
    call = workers.BoundedSurveyCalls._call

    def spied(self, function, *args):
        asked.append((args[-1], len(args[0])))
        return call(self, function, *args)

    monkeypatch.setattr(workers.BoundedSurveyCalls, "_call", spied)
    return asked


def test_the_survey_asks_its_worker_only_what_the_memory_lacks(workspace, copy_models, monkeypatch):
    import shutil

    from toolkit.translate.cache import CachedEngine

    monkeypatch.setattr(CachedEngine, "is_copy_model", lambda self, language: False)  # surveyed as a real model
    asked = _survey_calls(monkeypatch)
    news = workspace / "news"
    news.mkdir()
    shutil.copy(workspace / "seeds" / "article.tmx", news / "article.tmx")
    for name in ("one.txt", "two.txt"):
        shutil.copy(workspace / "seeds" / "article.txt", news / name)
    (news / "one.txt").write_text(
        (news / "one.txt").read_text(encoding="utf-8") + "\nThe envoy Zorbak Quellin arrived on Monday.\n",
        encoding="utf-8",
    )
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, formats=["md"], jobs=2)
    assert [a.name for a in result.articles] == ["one", "two"]
    assert asked == [("ru", 1)]  # the one new sentence; the seed's, which the memory holds, are answered here


@pytest.mark.parametrize(("cores", "jobs", "warned"), [(2, 16, True), (4, 5, True), (2, 2, False), (1, 2, False)])
def test_more_jobs_than_cores_are_warned_of_since_each_worker_holds_its_own_models(
    workspace, monkeypatch, cores, jobs, warned
):
    """Sixteen jobs on two cores took 1.5 GB against 330 MB for two, and were no faster."""
    import toolkit.batch.request as request  # where the run counts the cores (toolkit.batch.workers names it too)

    monkeypatch.setattr(request, "available_cores", lambda: cores)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--jobs", str(jobs)])
    assert result.exit_code == 0, result.output
    warning = f"warning: {jobs} jobs on {cores} cores: each worker loads its own models"
    assert (warning in result.output) is warned, result.output
    if warned:
        assert f"give --jobs {cores} or less" in result.output


def test_the_progress_of_a_run_in_workers_moves_as_each_article_finishes(workspace, copy_models):
    """The bar on a terminal and the once-a-minute line of a log see each article a worker finished."""
    articles(workspace / "news", 4)
    seen = []
    run(
        ["news"],
        languages=["ru"],
        models_dir=copy_models.models_dir,
        formats=["md"],
        jobs=2,
        progress=lambda state: seen.append((state.done, state.counts["held"])),
    )
    assert [done for done, _ in seen if done] == [1, 2, 3, 4, 4]  # each article, then the end of the run
    assert seen[-1] == (4, 4)


# A stop signal to the run's process alone (a service manager's KillMode=mixed, `kill PID`), not its group


def _quick(step) -> ArticleDone:
    step.outcome.status = "published"
    return ArticleDone(step.outcome, None)


def test_a_stop_signal_while_a_worker_is_being_started_leaves_no_worker_behind(tmp_path, monkeypatch):
    """The signal may come while the pool starts a worker: the worker is forked but not yet the pool's. It must
    be stopped with the others, or it outlives the run, and finding the run's semaphores gone it prints a
    traceback after the run's last line."""
    from multiprocessing.process import BaseProcess

    from toolkit.batch.articles import Step
    from toolkit.batch.outcome import RunInterrupted
    from toolkit.batch.run import _stopped_by_signals

    started: list[BaseProcess] = []
    original = BaseProcess.start

    def started_then_signalled(self):
        original(self)
        started.append(self)
        os.kill(os.getpid(), signal.SIGTERM)  # the run's handler raises as soon as this returns

    monkeypatch.setattr(BaseProcess, "start", started_then_signalled)
    steps = [Step(Path(f"{n}.txt"), ArticleOutcome(f"{n}.txt", str(n), "failed"), key="k") for n in range(4)]
    pool = WorkerPool(stand_in_request(tmp_path), task=_quick, start=_no_start)
    with _stopped_by_signals(), pytest.raises(RunInterrupted):
        pool.run(steps, lambda step, done: None)
    assert started
    assert not [process.pid for process in started if process.is_alive()], "a worker outlived its run"
