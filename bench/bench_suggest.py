"""How `toolkit glossary suggest` grows on one hostile sentence: a few words of one kind repeated (a club's name
and a score, a model after its number, a firm with its legal form, a person after a demonym, a general, a
rating, all mixed), suggested
at 4,500 characters and at 9,000 characters side by side; the ratio of the two times is printed. Work that
grows with the sentence's length gives about 2x; a search from the sentence's start at every name gives
about 4x.

Run:  python bench/bench_suggest.py [--repeat 3]

Printed per kind: names found, the best time of each length over the repeats (ms), and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.glossary.load import load_glossary  # noqa: E402
from toolkit.glossary.suggest import find_candidates  # noqa: E402
from toolkit.read.text import parse_plain_text  # noqa: E402

# one item of each kind, repeated: one name met thousands of times in one sentence (each of its occurrences is
# typed from the words around it), as a paste gone wrong or a table flattened into a line gives
ITEMS = {
    "club": "the club Ab beat Cd 2-1 x",
    "number": "7 AB x",
    "legal form": "Ab Cd of Ef AG in the league x",
    "demonym": "the Turkish Ab Cd x",
    "general": "Gen Ab x",
    "rating": "A1 Ab x",
}
ITEMS["mixed"] = " ".join(ITEMS.values())


def sentence(item: str, characters: int) -> str:
    return "Title\n\nOfficials said " + f"{item} " * (characters // (len(item) + 1)) + "left."


def best_time(text: str, glossary, repeat: int) -> tuple[float, int]:
    document = parse_plain_text(text, "hostile")
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(find_candidates([document], glossary))
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--characters", type=int, default=9_000, help="the long sentence's length")
    args = parser.parse_args()
    glossary = load_glossary([ROOT / "glossaries"])
    find_candidates([parse_plain_text("Title\n\nWarm Up said.", "warm")], glossary)  # load the lists once
    print(f"| kind | names | {args.characters // 2:,} chars (ms) | {args.characters:,} chars (ms) | ratio |")
    print("|---|---|---|---|---|")
    for kind, item in ITEMS.items():
        short, _ = best_time(sentence(item, args.characters // 2), glossary, args.repeat)
        long, count = best_time(sentence(item, args.characters), glossary, args.repeat)
        print(f"| {kind} | {count} | {short * 1000:.0f} | {long * 1000:.0f} | {long / short:.2f} |")


if __name__ == "__main__":
    main()
