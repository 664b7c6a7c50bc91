"""The suggest evaluations (bench/suggest, and the held-out bench/suggest2 to bench/suggest4), as assertions: no
fewer names found and no more missed, wrongly typed or noise than when each was last measured (their README.md)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

# the whole set's figures when last measured
LAST_MEASURED = {"found": 262, "wrongly typed": 7, "missed": 3, "noise": 5}
# the held-out set's (bench/suggest2/README.md)
LAST_MEASURED_HELD_OUT = {"found": 311, "wrongly typed": 23, "missed": 6, "noise": 10}
# the third, written blind (bench/suggest3/README.md): 248 found, 26 wrongly typed, 35 missed, 44 noise when first run
LAST_MEASURED_THIRD = {"found": 291, "wrongly typed": 9, "missed": 9, "noise": 7}
# the fourth, written blind (bench/suggest4/README.md): 225 found, 36 wrongly typed, 29 missed, 25 noise when first
# run, 225/37/28/23 before the rules made for its kinds of failure (each tested on other copy), and now
LAST_MEASURED_FOURTH = {"found": 267, "wrongly typed": 13, "missed": 10, "noise": 6}


def load_harness():
    spec = importlib.util.spec_from_file_location("eval_suggest", ROOT / "bench" / "eval_suggest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_suggest"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "folder, articles, last",
    [
        ("suggest", {"politics", "sport", "business", "culture"}, LAST_MEASURED),
        ("suggest2", {"health", "courts", "foreign", "roundup"}, LAST_MEASURED_HELD_OUT),
        ("suggest3", {"arts", "elections", "floods", "markets"}, LAST_MEASURED_THIRD),
        ("suggest4", {"shipping", "space", "transfers", "trial"}, LAST_MEASURED_FOURTH),
    ],
)
def test_the_suggest_evaluation_is_no_worse_than_last_measured(glossary, folder, articles, last):
    harness = load_harness()
    scores = harness.evaluate(ROOT / "bench" / folder, glossary)
    assert set(scores) == articles
    total = harness.Score()
    for score in scores.values():
        total.add(score)
    counts = total.counts
    notes = "\n".join(note for score in scores.values() for note in score.notes)
    assert counts["found"] + counts["wrongly typed"] + counts["missed"] == counts["expected"]
    assert counts["found"] >= last["found"], notes
    for column in ("wrongly typed", "missed", "noise"):
        assert counts[column] <= last[column], f"{column}\n{notes}"


def test_a_stub_that_keeps_a_role_names_no_entry_and_a_merged_place_is_missed():
    harness = load_harness()
    entry = harness.Expected("henderson", ("person",), "Jordan Henderson", "Henderson", (), False)
    place = harness.Expected("abu-dhabi", ("place",), "Abu Dhabi", None, (), False)
    museum = harness.Expected("louvre-abu-dhabi", ("organisation",), "Louvre Abu Dhabi", None, (), False)

    class Stub:
        def __init__(self, name, short=None):
            self.name, self.short, self.variants = name, short, []
            self.spellings = tuple(s for s in (name, short) if s)

    stubs = [Stub("Midfielder Jordan Henderson", "Henderson"), Stub("Louvre Abu Dhabi", "Abu Dhabi")]
    by_name = {1: "louvre-abu-dhabi"}
    assert harness.naming_stub(stubs, entry, by_name) is None
    assert harness.naming_stub(stubs, place, by_name) is None
    assert harness.naming_stub(stubs, museum, by_name) == 1
