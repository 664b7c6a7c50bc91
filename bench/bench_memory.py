"""Fuzzy memory lookups at newsroom scale: the word index against a full scan.

Run:  python bench/bench_memory.py [--units 100000] [--queries 300] [--scan-queries 20]

A synthetic memory of ``--units`` English sentences (Zipf-distributed words,
glossary names and numbers, a Russian target with name slots each) is written
as TMX and loaded. Queries are a third near-copies of memory sentences with a
number or a name changed (adapted matches), a third with one to four words
changed (suggestions), a third new sentences (nothing). Side by side in one
run:

- toolkit: ``FuzzyMatcher.match`` (word index -> candidates -> score those);
- baseline: the same scoring over every unit of the language, with the same
  length cut-off and the unit shapes computed once beforehand (a scan that is
  as cheap as a scan can be).

Both must find the same suggestions for every query scanned. Printed: load
and index times, the median time per lookup of each, and their ratio.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from toolkit.slots import Template

SYLLABLES = "ka ri mo an de sa lu ne to vi ba ha el im or us fa ze qu ya po li".split()
FUNCTION_WORDS = (
    "the of and to in a on for that with by was were is as at from after said has had have "
    "its their which who will would also been are not but more than over"
)
NAMES = [
    "Putin",
    "Erdogan",
    "Assad",
    "Tehran",
    "Moscow",
    "Iran",
    "Syria",
    "Turkey",
    "Idlib",
    "Ankara",
    "Baghdad",
    "Mamlouk",
    "Fidan",
    "Rouhani",
    "Iraq",
    "Qatar",
    "Washington",
    "Erbil",
    "Hama",
    "Sochi",
]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return FUNCTION_WORDS.split() + sorted(words)


def sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    tokens = [rng.choices(words, cum_weights=weights)[0] for _ in range(rng.randint(10, 32))]
    for _ in range(rng.randint(0, 3)):
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(NAMES))
    if rng.random() < 0.5:
        tokens.insert(rng.randrange(len(tokens) + 1), str(rng.randint(2, 2024)))
    return " ".join(tokens).capitalize() + "."


def target(text: str, matcher) -> str:
    """A Russian-looking template: the words replaced, each name as its slot."""
    parts, position = [], 0
    for mention in matcher.find(text):
        parts.append("слово " * len(text[position : mention.start].split()))
        parts.append("{" + mention.entry_id + ":gen}")
        position = mention.end
    parts.append("слово " * len(text[position:].split()))
    return "".join(parts).strip() + "."


@dataclass
class SyntheticMemory:
    """The words sentences are drawn from (cumulative Zipf weights) and the memory's sentences and templates."""

    words: list[str]
    weights: list[float]
    texts: list[str]
    templates: list[Template]

    def sentence(self, rng: random.Random) -> str:
        return sentence(rng, self.words, self.weights)


def synthetic_memory(rng: random.Random, units: int, matcher, path: Path) -> SyntheticMemory:
    """``units`` sentences (repeats dropped), each with its Russian template, written to ``path`` as TMX."""
    from toolkit.slots import Template
    from toolkit.translate.memory import TmxDocument

    words = vocabulary(rng, 6000)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))  # Zipf, cumulative
    texts = list(dict.fromkeys(sentence(rng, words, weights) for _ in range(units)))
    templates = [Template.parse(target(text, matcher)) for text in texts]
    document = TmxDocument.new(path, "bench")
    for number, (text, template) in enumerate(zip(texts, templates)):
        document.set_target(document.add_unit(f"bench:{number}", text), "ru", template)
    path.write_bytes(document.to_bytes())
    return SyntheticMemory(words, weights, texts, templates)


def vary(rng: random.Random, text: str, words: list[str], weights: list[float], kind: str) -> str:
    tokens = text.rstrip(".").split()
    if kind == "placeable":
        numbers = [i for i, t in enumerate(tokens) if t.isdigit()]
        names = [i for i, t in enumerate(tokens) if t in NAMES]
        if numbers:
            tokens[rng.choice(numbers)] = str(rng.randint(2, 2024))
        elif names:
            tokens[rng.choice(names)] = rng.choice(NAMES)
        else:
            return text[:-1] + "!"
    else:
        for _ in range(rng.randint(1, 4)):
            tokens[rng.randrange(len(tokens))] = rng.choices(words, cum_weights=weights)[0]
    return " ".join(tokens) + "."


def scan(query_shape, unit_shapes, threshold: int) -> set[int]:
    """The baseline: score every unit."""
    from toolkit.translate.fuzzy import score

    return {
        number
        for number, unit in enumerate(unit_shapes)
        if unit.text != query_shape.text and score(query_shape, unit, threshold) >= threshold
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--scan-queries", type=int, default=20)
    args = parser.parse_args()

    from toolkit.glossary.load import load_glossary
    from toolkit.glossary.match import Matcher
    from toolkit.translate.fuzzy import THRESHOLD, FuzzyMatcher, shape
    from toolkit.translate.memory import load_memory

    rng = random.Random(2020)
    glossary = load_glossary([Path(__file__).resolve().parent.parent / "glossaries"])
    matcher = Matcher(glossary)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "memory.tmx"
        synthetic = synthetic_memory(rng, args.units, matcher, path)
        words, weights, texts = synthetic.words, synthetic.weights, synthetic.texts
        size = path.stat().st_size
        started = time.perf_counter()
        memory = load_memory([path])
        load_seconds = time.perf_counter() - started
    fuzzy = FuzzyMatcher(memory, glossary, matcher, max_suggestions=10_000)
    started = time.perf_counter()
    fuzzy.index()
    index_seconds = time.perf_counter() - started
    print(
        f"memory: {len(memory):,} units, {size / 1024**2:.1f} MB of TMX; load {load_seconds:.2f} s, "
        f"word index {index_seconds:.2f} s (built on the first fuzzy lookup)"
    )

    kinds = ["placeable", "words", "new"]
    queries = []
    for number in range(args.queries):
        kind = kinds[number % 3]
        queries.append(
            sentence(rng, words, weights) if kind == "new" else vary(rng, rng.choice(texts), words, weights, kind)
        )
    index_times, found = [], {}
    adapted = suggested = 0
    for query in queries:
        started = time.perf_counter()
        result = fuzzy.match(query, "ru")
        index_times.append(time.perf_counter() - started)
        adapted_unit = {result.adapted.hit.unit_id} if result.adapted else set()
        found[query] = {s.unit_id for s in result.suggestions} | adapted_unit
        adapted += result.adapted is not None
        suggested += bool(result.suggestions)
    print(f"queries: {len(queries)} ({adapted} adapted, {suggested} with suggestions)")

    started = time.perf_counter()
    unit_shapes = [shape(text, matcher) for text in texts]
    print(
        f"baseline set-up: {len(unit_shapes):,} unit shapes in {time.perf_counter() - started:.1f} s (not timed below)"
    )
    scan_times = []
    for query in queries[: args.scan_queries]:
        started = time.perf_counter()
        numbers = scan(shape(query, matcher), unit_shapes, THRESHOLD)
        scan_times.append(time.perf_counter() - started)
        expected = {f"bench:{number}" for number in numbers}
        if expected != found[query]:
            raise SystemExit(f"index and scan disagree on {query!r}: {sorted(found[query] ^ expected)[:5]}")
    index_median, scan_median = statistics.median(index_times), statistics.median(scan_times)
    print(f"lookup, median of {len(index_times)}: index {index_median * 1000:.2f} ms")
    print(f"lookup, median of {len(scan_times)}: full scan {scan_median * 1000:.1f} ms (same results)")
    print(f"ratio: {scan_median / index_median:,.0f}x")


if __name__ == "__main__":
    main()
