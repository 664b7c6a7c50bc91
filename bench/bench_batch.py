"""A desk's batch: 1,000 generated articles into four languages through copy models; wall time, CPU, memory.

Run:  python bench/bench_batch.py [--articles 1000] [--peer-articles 40] [--peer-rounds 3]

1. The batch. ``--articles`` articles of about 15 sentences of 20-40 words
   (bench/articles.py: wire copy with the glossary's names, every sentence
   new) are written to a fresh project (the repository's glossaries/ and
   newsroom.yaml: side-by-side and monolingual editions, DOCX and Markdown,
   the index page) and translated into ar, fa, tr and ru by
   ``toolkit translate`` with copy models (built by the toolkit; they copy,
   so every edition is held back for review and its side-by-side editions,
   report and manifest are written) and an empty translation cache, so every
   sentence reaches the engine. The whole process tree (the run, its
   forkserver and workers) is sampled every 0.1 s from /proc: CPU time,
   the share of samples with more than 1.5 cores busy, and the peak of the
   tree's memory, as RSS summed (pages shared by forked workers counted in
   each) and as PSS summed (shared pages split between them: what the tree
   really takes).
2. The peer. ``argos-translate-files`` (pip install -c constraints.txt '.[argos]'
   argos-translate-files), which translates each .txt file with
   argostranslate and writes the translated text only, on the first
   ``--peer-articles`` articles, the same four copy models, in one process
   (ARGOS_INTRA_THREADS=1, its fastest setting here), against ``toolkit
   translate`` on the same articles (all its outputs). Interleaved runs in
   fresh processes, an empty cache each time; medians of seconds per
   article, import and model loading included on both sides.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))
LANGUAGES = ("ar", "fa", "tr", "ru")
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")

PEER = r"""
import sys, pathlib
import argostranslate.translate as translate
from argostranslatefiles import argostranslatefiles
source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
languages = {language.code: language for language in translate.get_installed_languages()}
for code in sys.argv[3].split(","):
    translation = languages["en"].get_translation(languages[code])
    (out / code).mkdir(parents=True, exist_ok=True)
    for article in sorted(source.glob("*.txt")):
        argostranslatefiles.translate_file(translation, str(article),
                                           lambda _, path, code=code: str(out / code / pathlib.Path(path).name))
"""


@dataclass
class Usage:
    wall: float
    cpu: float  # seconds of CPU, the whole tree
    busy: float  # share of samples with more than 1.5 cores busy
    peak_rss: int  # bytes
    peak_pss: int
    returncode: int


def descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def sample(pid: int) -> tuple[dict[int, float], int, int]:
    """CPU seconds per process, and the summed RSS and PSS of the process tree of ``pid``."""
    cpu, rss, pss = {}, 0, 0
    for process in descendants(pid):
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            cpu[process] = (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
            rss += int(fields[21]) * PAGE
            for line in Path(f"/proc/{process}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return cpu, rss, pss


def measured(command: list[str], cwd: Path, environment: dict[str, str]) -> Usage:
    # stderr into a file, not a pipe: a run of 1,000 articles says more than a pipe holds, and a pipe read
    # only at the end blocked the run on its last lines (the wall time then counted the wait)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=subprocess.DEVNULL, stderr=errors)
        cpu: dict[int, float] = {}
        peak_rss = peak_pss = samples = busy = 0
        last_total, last_time = 0.0, started
        while process.poll() is None:
            seen, rss, pss = sample(process.pid)
            for pid, seconds in seen.items():
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            now, total = time.perf_counter(), sum(cpu.values())
            if now > last_time:
                samples += 1
                busy += (total - last_total) / (now - last_time) > 1.5
            last_total, last_time = total, now
            time.sleep(0.1)
        wall = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read().decode()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    return Usage(wall, sum(cpu.values()), busy / max(1, samples), peak_rss, peak_pss, process.returncode)


def project(folder: Path, articles: int) -> Path:
    """A newsroom project with the repository's glossary and settings, and generated articles in news/."""
    from articles import write_articles

    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "glossaries", folder / "glossaries")
    shutil.copy(ROOT / "newsroom.yaml", folder / "newsroom.yaml")
    write_articles(folder / "news", articles)
    return folder


def copy_models(folder: Path) -> Path:
    from toolkit.testing.copy_model import build_copy_package
    from toolkit.translate.packages import install

    archives = [
        build_copy_package(folder / "archives" / f"translate-en_{code}.argosmodel", "en", code) for code in LANGUAGES
    ]
    install(archives, folder / "models")
    return folder / "models"


def toolkit_command(models: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "toolkit",
        "translate",
        "news",
        "--models-dir",
        str(models),
        "--out",
        str(out),
        "--date",
        "2020-01-20",
        "-q",
    ]


def megabytes(size: int) -> str:
    return f"{size / 1e6:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--peer-articles", type=int, default=40)
    parser.add_argument("--peer-rounds", type=int, default=3)
    parser.add_argument("--skip-batch", action="store_true", help="only the comparison with the peer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in ("TOOLKIT_JOBS", "TOOLKIT_THREADS", "PYTHONDONTWRITEBYTECODE")
        }
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            environment[variable] = str(folder / variable.lower())
        models = copy_models(folder)
        environment["ARGOS_PACKAGES_DIR"] = str(models)
        cores = os.cpu_count() or 1

        if not args.skip_batch:
            batch = project(folder / "batch", args.articles)
            sentences = sum(
                text.count(". ") + 1
                for text in (path.read_text(encoding="utf-8") for path in (batch / "news").glob("*.txt"))
            )
            usage = measured(
                toolkit_command(models, batch / "output"),
                batch,
                {**environment, "TOOLKIT_CACHE_DIR": str(folder / "cache-batch")},
            )
            editions = len(list((batch / "output").glob("*/*.docx")))
            print(
                f"{args.articles} articles (about {sentences / args.articles:.0f} sentences each) into "
                f"{', '.join(LANGUAGES)}, copy models, newsroom.yaml outputs, {cores} cores, default --jobs"
            )
            print(
                f"  wall {usage.wall:7.1f} s  ({usage.wall / args.articles * 1000:.0f} ms per article; "
                f"{editions} DOCX editions written)"
            )
            print(
                f"  CPU  {usage.cpu:7.1f} s  (on average {usage.cpu / usage.wall:.2f} cores busy; more than 1.5 "
                f"cores in {usage.busy:.0%} of the samples)"
            )
            print(
                f"  peak memory of the process tree: {megabytes(usage.peak_pss)} PSS "
                f"({megabytes(usage.peak_rss)} RSS summed, shared pages counted in each process)"
            )

        small = project(folder / "peer", args.peer_articles)
        try:
            import argostranslate  # noqa: F401 - the optional argos extra
            import argostranslatefiles  # noqa: F401
        except ImportError:
            print(
                "\nargos-translate-files is not installed: pip install -c constraints.txt '.[argos]' "
                "argos-translate-files, then run this again to compare with it"
            )
            return
        sides = {
            "toolkit translate": lambda n: (
                toolkit_command(models, small / f"out-{n}"),
                {**environment, "TOOLKIT_CACHE_DIR": str(folder / f"cache-{n}")},
            ),
            "argos-translate-files": lambda n: (
                [sys.executable, "-c", PEER, str(small / "news"), str(small / f"peer-{n}"), ",".join(LANGUAGES)],
                {**environment, "ARGOS_INTRA_THREADS": "1"},
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        for round_number in range(args.peer_rounds):
            order = list(sides) if round_number % 2 == 0 else list(reversed(sides))
            for name in order:
                command, env = sides[name](round_number)
                times[name].append(measured(command, small, env).wall / args.peer_articles)
        print(
            f"\n{args.peer_articles} articles into {', '.join(LANGUAGES)}, fresh processes, "
            f"{args.peer_rounds} interleaved rounds; seconds per article (import and loading included)"
        )
        for name, values in times.items():
            print(
                f"  {name:22} median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"
            )
        ours, theirs = (statistics.median(times[name]) for name in sides)
        print(
            f"  ratio: the toolkit takes {ours / theirs:.2f}x the peer's time per article "
            "(which writes translated text only: no DOCX, Markdown, names, QA or index)"
        )


if __name__ == "__main__":
    main()
