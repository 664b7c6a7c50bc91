"""How soon a run says that a model is missing, against the import floor.

Run:  python bench/bench_missing_model.py [--articles 50] [--runs 7]

A project with the repository's glossary and newsroom.yaml and ``--articles``
generated articles (bench/articles.py) is translated into ar, fa, tr and ru
with copy models installed for ar, fa and tr only. The run should name the
missing en->ru model before it translates anything; the time from starting
``toolkit translate`` to the warning on its stderr is measured (the run is
then stopped), against the import floor (``python -c "import docx, babel,
click, yaml"``, start to exit), each in fresh processes, interleaved;
medians and spread.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))
WARNING = "no model is installed for en->ru"


def summary(values: list[float]) -> str:
    quartiles = statistics.quantiles(values, n=4)
    return (
        f"median {statistics.median(values) * 1000:7.1f} ms (IQR {quartiles[0] * 1000:.1f}–"
        f"{quartiles[2] * 1000:.1f}, min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"
    )


def until_warning(command: list[str], cwd: Path, environment: dict[str, str]) -> float:
    """Seconds from starting the run to the missing model's warning on its stderr; the run is then stopped."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stderr is not None
    seen = []
    try:
        for line in process.stderr:
            seen.append(line)
            if WARNING in line:
                return time.perf_counter() - started
        sys.exit("the run ended without naming the missing model:\n" + "".join(seen[-20:]))
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the run and its workers
        process.wait()


def until_exit(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from bench_batch import copy_models, project

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "toolkit")], check=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        environment = {
            key: value for key, value in os.environ.items() if key not in ("TOOLKIT_JOBS", "TOOLKIT_THREADS")
        }
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            environment[variable] = str(folder / variable.lower())
        models = copy_models(folder)
        for installed in models.glob("*en_ru*"):
            shutil.rmtree(installed)
        newsroom = project(folder / "project", args.articles)
        floor = [sys.executable, "-c", "import docx, babel, click, yaml"]
        times: dict[str, list[float]] = {"missing model named": [], "import floor": []}
        for number in range(-1, args.runs):  # the first round warms the caches and is not counted
            command = [
                sys.executable,
                "-m",
                "toolkit",
                "translate",
                "news",
                "--to",
                "ar,fa,tr,ru",
                "--models-dir",
                str(models),
                "--out",
                str(folder / f"out-{number}"),
                "--date",
                "2020-01-20",
            ]
            run_environment = {**environment, "TOOLKIT_CACHE_DIR": str(folder / f"cache-{number}")}
            for name in list(times) if number % 2 == 0 else list(reversed(times)):
                if name == "import floor":
                    elapsed = until_exit(floor)
                else:
                    elapsed = until_warning(command, newsroom, run_environment)
                if number >= 0:
                    times[name].append(elapsed)
    print(
        f"a missing model (en->ru) in a run of {args.articles} new articles into ar, fa, tr, ru "
        f"(copy models for the others), {args.runs} interleaved runs each, fresh processes and caches"
    )
    for name, values in times.items():
        print(f"  {name:22} {summary(values)}")
    named, floor_time = (statistics.median(values) for values in times.values())
    print(f"  the warning {named:.2f} s after the start: {named / floor_time:.1f}x the import floor")


if __name__ == "__main__":
    main()
