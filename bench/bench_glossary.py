"""Glossary scale: loading a newsroom-size glossary, and matching it against long text.

Run:  python bench/bench_glossary.py [--entries 100000] [--words 20000] [--rounds 7] [--naive]

Side by side in one run, on the same synthetic glossary and text:
- matching: toolkit's word-trie Matcher vs a reasonable baseline, a dictionary
  of casefolded word tuples looked up longest first at each word (no
  hyphen/diacritic/possessive/capitals rules), and vs a naive loop that
  searches the text with one compiled regex per spelling;
- loading: parsing the YAML cold vs loading the content-hash cache;
- what a run builds from the loaded glossary (the matcher and the
  cross-entry spelling check): built afresh vs loaded from the cache
  (toolkit.glossary.built), in CPU seconds.
Matching is timed over interleaved rounds (medians, spread); the rest once.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SYLLABLES = "ka ri mo an de sa lu ne to vi ba ha el im or us fa ze qu ya".split()


def name(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(rng.randint(1, 3))
    )


def synthetic_glossary(count: int, rng: random.Random) -> tuple[str, list[str]]:
    names, seen = [], set()
    while len(names) < count:
        candidate = name(rng)
        if candidate.lower() not in seen:
            seen.add(candidate.lower())
            names.append(candidate)
    lines = []
    for index, english in enumerate(names):
        lines += [
            f"- id: e{index}",
            "  type: person",
            f"  en: {{name: {english}}}",
            "  ar: {name: اسم}",
            "  fa: {name: نام}",
            f"  tr: {{name: {english}}}",
            "  ru: {name: Имя, indeclinable: true}",
        ]
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
            pattern = re.compile(
                r"(?<!\w)" + r"[\s-]+".join(map(re.escape, spelling.split())) + r"(?!\w)", re.IGNORECASE
            )
            count += sum(1 for _ in pattern.finditer(text))
    return count


def word_tuple_index(glossary) -> tuple[dict[tuple[str, ...], str], int]:
    """The baseline: casefolded word tuple of every spelling -> entry id, and the longest tuple."""
    index: dict[tuple[str, ...], str] = {}
    for entry in glossary:
        for spelling in entry.spellings:
            index.setdefault(tuple(re.findall(r"[^\W_]+", spelling.casefold())), entry.id)
    return index, max(map(len, index))


def dictionary_matches(index: tuple[dict[tuple[str, ...], str], int], text: str) -> int:
    """Leftmost-longest lookups of word tuples: one dictionary probe per word and length."""
    table, longest = index
    words = re.findall(r"[^\W_]+", text.casefold())
    count, position = 0, 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            if tuple(words[position : position + length]) in table:
                count += 1
                position += length
                break
        else:
            position += 1
    return count


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--naive", action="store_true", help="also time the one-regex-per-spelling loop")
    args = parser.parse_args()
    rng = random.Random(752)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TOOLKIT_CACHE_DIR"] = os.path.join(folder, "cache")
        from toolkit.glossary.built import matcher_for
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
        import gc

        gc.freeze()  # the loaded glossary lives as long as a run: keep it out of the collections timed below
        cpu = time.process_time
        started = cpu()
        lint_fresh = [f for f in lint_fresh_run(glossary)]
        matcher = Matcher(glossary)
        fresh = cpu() - started
        started = cpu()
        lint_cached = lint(glossary)
        cached_matcher = matcher_for(glossary)  # built and stored by the line above
        first = cpu() - started
        reloaded = load_glossary([path])
        started = cpu()
        lint(reloaded)
        matcher_for(reloaded)
        warm = cpu() - started
        assert len(lint_fresh) == len(lint_cached)
        print(
            f"lint + matcher, CPU s: built afresh {fresh:.2f} | first run (built and cached) {first:.2f} | "
            f"from the cache {warm:.2f} | ratio {fresh / warm:.1f}x"
        )

        index = word_tuple_index(glossary)
        rounds = {
            "trie Matcher": lambda: len(cached_matcher.find(text)),
            "dict of word tuples": lambda: dictionary_matches(index, text),
        }
        times: dict[str, list[float]] = {name: [] for name in rounds}
        counts = {}
        for round_number in range(args.rounds):
            for name in rounds if round_number % 2 == 0 else reversed(list(rounds)):
                elapsed, counts[name] = timed(rounds[name])
                times[name].append(elapsed)
        print(f"text: {args.words:,} words; {args.rounds} interleaved rounds")
        for name, values in times.items():
            print(
                f"  {name:20} median {statistics.median(values) * 1000:7.1f} ms (min {min(values) * 1000:.1f}, "
                f"max {max(values) * 1000:.1f}), {counts[name]:,} mentions"
            )
        ratio = statistics.median(times["dict of word tuples"]) / statistics.median(times["trie Matcher"])
        print(f"  trie vs dict of word tuples: {ratio:.2f}x (above 1: the trie is faster)")
        if args.naive:  # minutes at 100,000 entries: one regex compiled and run over the text per spelling
            naive, naive_count = timed(naive_matches, glossary, text)
            print(
                f"  naive regex loop (once) {naive:.2f} s ({naive_count:,} matches, overlaps included), "
                f"{naive / statistics.median(times['trie Matcher']):.0f}x the trie"
            )
        assert len(matcher.find(text)) == counts["trie Matcher"]


def lint_fresh_run(glossary):
    """lint() as it ran before the built cache: every spelling analysed for the conflict check."""
    from toolkit.glossary.lint import check_languages, lint_entry
    from toolkit.glossary.match import spelling_key

    found = []
    for entry in glossary:
        cached = glossary.entry_findings.get(entry.id)
        found.extend(cached if cached is not None else lint_entry(entry))
        found.extend(check_languages(entry, ["ar", "fa", "tr", "ru"]))
    claimed: dict[tuple, str] = {}
    for entry in glossary:
        for spelling in entry.spellings:
            owner = claimed.setdefault(spelling_key(spelling), entry.id)
            if owner != entry.id:
                found.append((entry.id, spelling))
    return found


if __name__ == "__main__":
    main()
