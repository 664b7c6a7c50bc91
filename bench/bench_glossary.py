"""Glossary scale: loading a newsroom-size glossary, and matching it against long text.

Run:  python bench/bench_glossary.py [--entries 100000] [--words 20000]

Side by side in one run, on the same synthetic glossary and text:
- matching: toolkit's word-trie Matcher vs a naive loop that searches the text
  with one compiled regex per spelling (what a first version usually does);
- loading: parsing the YAML cold vs loading the content-hash cache.
Figures are wall-clock seconds on this machine and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SYLLABLES = "ka ri mo an de sa lu ne to vi ba ha el im or us fa ze qu ya".split()


def name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(rng.randint(1, 3)))


def synthetic_glossary(count: int, rng: random.Random) -> tuple[str, list[str]]:
    names, seen = [], set()
    while len(names) < count:
        candidate = name(rng)
        if candidate.lower() not in seen:
            seen.add(candidate.lower())
            names.append(candidate)
    lines = []
    for index, english in enumerate(names):
        lines += [f"- id: e{index}", "  type: person", f"  en: {{name: {english}}}",
                  "  ar: {name: اسم}", "  fa: {name: نام}", f"  tr: {{name: {english}}}",
                  "  ru: {name: Имя, indeclinable: true}"]
    return "\n".join(lines) + "\n", names


def synthetic_text(names: list[str], words: int, rng: random.Random) -> str:
    filler = "the talks in the region were held on and after a long week of meetings with officials".split()
    out = []
    while len(out) < words:
        out += rng.sample(filler, 6)
        out.append(rng.choice(names) + rng.choice(["", "'s", ","]))
    return " ".join(out[:words]) + "."


def naive_matches(glossary, text: str) -> int:
    """One regex per spelling, each searched over the whole text."""
    count = 0
    for entry in glossary:
        for spelling in entry.spellings:
            pattern = re.compile(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, spelling.split())) + r"(?!\w)",
                                 re.IGNORECASE)
            count += sum(1 for _ in pattern.finditer(text))
    return count


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(752)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TOOLKIT_CACHE_DIR"] = os.path.join(folder, "cache")
        from toolkit.glossary.lint import lint
        from toolkit.glossary.load import load_glossary
        from toolkit.glossary.match import Matcher

        yaml_text, names = synthetic_glossary(args.entries, rng)
        path = Path(folder) / "names.yaml"
        path.write_text(yaml_text, encoding="utf-8")
        text = synthetic_text(names, args.words, rng)

        cold, glossary = timed(load_glossary, [path])
        warm, _ = timed(load_glossary, [path])
        print(f"glossary: {len(glossary):,} entries, {len(yaml_text) / 1e6:.1f} MB YAML")
        print(f"load   cold parse {cold:7.2f} s | cached {warm:6.2f} s | ratio {cold / warm:6.1f}x")
        checked, _ = timed(lint, glossary)
        print(f"lint (per-entry rules cached with the parse) {checked:.2f} s")

        build, matcher = timed(Matcher, glossary)
        ours, mentions = timed(matcher.find, text)
        naive, naive_count = timed(naive_matches, glossary, text)
        print(f"text: {args.words:,} words; Matcher build {build:.2f} s")
        print(f"match  trie {ours:7.3f} s ({len(mentions):,} mentions) | naive regex loop {naive:7.2f} s "
              f"({naive_count:,} matches, overlaps included) | ratio {naive / ours:6.0f}x")


if __name__ == "__main__":
    main()
