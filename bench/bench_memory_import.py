"""The editors' loop on a grown memory: importing corrections into it, and a run's lookups in it.

Run:  python bench/bench_memory_import.py [--units 50000] [--rows 30]

A synthetic memory of ``--units`` units (as ``bench_memory.py`` makes them: Zipf words, glossary names and
numbers, a Russian target with name slots each) is written as TMX. Then, each timed once:

- an import of ``--rows`` reviewed rows (a third new sentences, a third corrections of units, a third as they
  were) through ``store_reviewed``, the door every review format goes through: the memory read whole, the rows
  stored, the file written atomically with the replaced one kept as ``.bak``;
- a run's load of the memory (``load_memory``) and an exact lookup of every corrected sentence;
- the word index a run builds on its first fuzzy lookup, and the median fuzzy lookup of the new sentences.

Measured, not asserted: the figures depend on the machine (README "The translation memory and the editors' loop").
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_memory import synthetic_memory, target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=30)
    args = parser.parse_args()

    from toolkit.glossary.load import load_glossary
    from toolkit.glossary.match import Matcher
    from toolkit.render import render
    from toolkit.slots import Template
    from toolkit.translate.fuzzy import FuzzyMatcher
    from toolkit.translate.memory import load_memory
    from toolkit.translate.reviewed import ReviewedSegment, memory_digest, store_reviewed

    rng = random.Random(2026)
    glossary = load_glossary([Path(__file__).resolve().parent.parent / "glossaries"])
    matcher = Matcher(glossary)

    def shown(template: Template) -> str:
        return "".join(piece.text for piece in render(template, glossary, "ru")[0])

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "memory.tmx"
        synthetic = synthetic_memory(rng, args.units, matcher, path)
        texts, templates = synthetic.texts, synthetic.templates
        size = path.stat().st_size
        now = datetime.now(timezone.utc).replace(microsecond=0)
        rows = []
        for number in range(args.rows):
            kind = number % 3
            if kind == 0:
                english = synthetic.sentence(rng)
                translation = shown(Template.parse(target(english, matcher)))
                based_on, edited = "", True
            else:
                index = rng.randrange(len(texts))
                english, template = texts[index], templates[index]
                translation = shown(template) + (" (исправлено)" if kind == 1 else "")
                based_on, edited = memory_digest(template), kind == 1
            rows.append(
                ReviewedSegment(
                    f"bench:new{number}", english, translation, "ru", "A. Editor", now, f"row {number + 1}",
                    based_on=based_on, edited=edited,
                )
            )  # fmt: skip
        started = time.perf_counter()
        report = store_reviewed(rows, path, glossary, tool_version="bench")
        import_seconds = time.perf_counter() - started
        print(
            f"memory: {len(texts):,} units, {size / 1024**2:.1f} MB of TMX; import of {len(rows)} rows "
            f"({report.summary}): {import_seconds:.2f} s, the replaced memory kept as "
            f"{path.name}.bak ({(path.parent / (path.name + '.bak')).stat().st_size / 1024**2:.1f} MB)"
        )
        started = time.perf_counter()
        memory = load_memory([path])
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        hits = sum(memory.lookup(row.source, "ru") is not None for row in rows)
        exact_seconds = time.perf_counter() - started
        print(
            f"run: load {load_seconds:.2f} s; {len(rows)} exact lookups {exact_seconds * 1000:.2f} ms in all "
            f"({hits} found)"
        )
        fuzzy = FuzzyMatcher(memory, glossary, matcher)
        started = time.perf_counter()
        fuzzy.index()
        index_seconds = time.perf_counter() - started
        times = []
        for _ in range(100):
            query = synthetic.sentence(rng)
            started = time.perf_counter()
            fuzzy.match(query, "ru")
            times.append(time.perf_counter() - started)
        print(f"fuzzy: word index {index_seconds:.2f} s; lookup median {statistics.median(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
