"""Where a batch's CPU goes per article: generated articles through ``toolkit translate`` in one process, profiled.

Run:  python bench/profile_articles.py [--articles 30] [--top 40] [--sort tottime] [--keep FOLDER] [--stages]

The project and the copy models are those of bench/bench_batch.py (the
repository's glossaries/ and newsroom.yaml, generated articles, an empty
translation cache, copy models for ar, fa, tr and ru), but the run is made
in this process with ``--jobs 1``: each article goes through what a batch
worker does for it (read, translate, place names, check, localise, build
and write its editions), and cProfile sees all of it. ``--stages`` sums the
cumulative time of the stages' entry points (the engine, name placement,
the checks, the survey, localising, publishing), counted at calls from
outside them; the profiler's timer is the main thread's CPU time. ``--keep`` copies the output folder there (to compare
two versions' outputs). ``--no-profile`` runs without the profiler and prints
the process's CPU time.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

# the stages a worker runs for an article, by their entry points: (file, function); the engine's figure is its
# translate call less the name placement it calls
STAGES = {
    "engine (less placement)": (("toolkit/translate/machine.py", "translate"),),
    "name placement": (("toolkit/translate/placement.py", "locate"), ("toolkit/translate/placement.py", "restore")),
    "checks (QA, names)": (("toolkit/pipeline.py", "check"),),
    "names rendered": (("toolkit/pipeline.py", "render_names"),),
    "localising": (("toolkit/pipeline.py", "localise"),),
    "publishing": (("toolkit/publish/article.py", "article_files"),),
    "survey": (("toolkit/batch/articles.py", "survey_names"),),
}


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Seconds of each stage: the cumulative time of its entry points, counted at calls from outside them."""
    table = stats.stats  # type: ignore[attr-defined]

    def entered(points: tuple[tuple[str, str], ...], within: str | None = None) -> float:
        keys = {key for key in table if any(part in key[0] and key[2] == name for part, name in points)}
        total = 0.0
        for key in keys:
            for caller, (_, _, _, cumulative) in table[key][4].items():
                if caller not in keys and (within is None or within in caller[0]):
                    total += cumulative
        return total

    found = {label: entered(points) for label, points in STAGES.items()}
    found["engine (less placement)"] -= entered(STAGES["name placement"], within="toolkit/translate/machine.py")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--dump", type=Path, help="write the profile's raw statistics there")
    args = parser.parse_args()
    from bench_batch import copy_models, project

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(folder / variable.lower())
        for variable in ("TOOLKIT_JOBS", "TOOLKIT_THREADS"):
            os.environ.pop(variable, None)
        models = copy_models(folder)
        os.environ["ARGOS_PACKAGES_DIR"] = str(models)
        os.environ["TOOLKIT_CACHE_DIR"] = str(folder / "cache")
        batch = project(folder / "batch", args.articles)
        os.chdir(batch)
        command = ["translate", "news", "--models-dir", str(models), "--out", str(batch / "output")]
        command += ["--date", "2020-01-20", "-q", "--jobs", "1"]
        from toolkit.cli import main as toolkit

        # the thread's own CPU time: other processes on a shared machine do not count, nor the engine's own threads
        profiler = cProfile.Profile(time.thread_time)
        started = time.process_time()
        try:
            if not args.no_profile:
                profiler.enable()
            with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
                toolkit(command)
        except SystemExit as ended:
            if ended.code not in (0, 1, None):
                raise
        finally:
            profiler.disable()
        cpu = time.process_time() - started
        if args.keep is not None:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(batch / "output", args.keep)
    print(f"{args.articles} articles, CPU {cpu:.2f} s ({cpu / args.articles * 1000:.0f} ms per article)")
    if args.no_profile:
        return
    stats = pstats.Stats(profiler)
    if args.dump is not None:
        stats.dump_stats(str(args.dump))
    if args.stages:
        total = stats.total_tt  # type: ignore[attr-defined]
        print(f"  profiled (the main thread's CPU) {total:.2f} s")
        for label, seconds in stage_times(stats).items():
            print(f"  {label:24} {seconds:7.2f} s  {seconds / total:5.1%}")
    stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
