"""How `toolkit glossary suggest` grows on one hostile sentence: a few words of one kind repeated (a name in a
sentence whose club word is its last, a model after its number, a firm with its legal form, a person after a
demonym, a general, a rating, all mixed), suggested at 4,500 characters and at 9,000 characters side by side;
the ratio of the two times is printed. Work that grows with the sentence's length gives about 2x; a search
from the sentence's start at every name gives up to 4x.

Run:  python bench/bench_suggest.py [--repeat 5] [--characters 9000]

Printed per kind: names found, the least CPU time of each length over the repeats (the two lengths run in turn),
and the ratio.
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
    "club": "Ab x",  # the sentence's club word is its last: each name's check for one read the sentence to it
    "number": "7 AB x",
    "legal form": "Ab Cd of Ef AG in the league x",
    "demonym": "the Turkish Ab Cd x",
    "general": "Gen Ab x",
    "rating": "A1 Ab x",
}
ITEMS["mixed"] = " ".join(ITEMS.values())


def sentence(item: str, characters: int) -> str:
    return "Title\n\nOfficials said " + f"{item} " * (characters // (len(item) + 1)) + "left the club."


def best_times(short_text: str, long_text: str, glossary, repeat: int) -> tuple[float, float, int]:
    """The least CPU time of each sentence over the repeats, the two run in turn so that both see the same load."""
    short_document = parse_plain_text(short_text, "hostile")
    long_document = parse_plain_text(long_text, "hostile")
    short = long = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.process_time()
        find_candidates([short_document], glossary)
        short = min(short, time.process_time() - start)
        start = time.process_time()
        count = len(find_candidates([long_document], glossary))
        long = min(long, time.process_time() - start)
    return short, long, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--characters", type=int, default=9_000, help="the long sentence's length")
    args = parser.parse_args()
    glossary = load_glossary([ROOT / "glossaries"])
    find_candidates([parse_plain_text("Title\n\nWarm Up said.", "warm")], glossary)  # load the lists once
    print(f"| kind | names | {args.characters // 2:,} chars (ms CPU) | {args.characters:,} chars (ms CPU) | ratio |")
    print("|---|---|---|---|---|")
    for kind, item in ITEMS.items():
        short, long, count = best_times(
            sentence(item, args.characters // 2), sentence(item, args.characters), glossary, args.repeat
        )
        print(f"| {kind} | {count} | {short * 1000:.0f} | {long * 1000:.0f} | {long / short:.2f} |")


if __name__ == "__main__":
    main()
