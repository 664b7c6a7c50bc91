"""Edit distance with a limit: exact up to the limit, and only "above it" beyond, as the name checks use it."""

import itertools

import pytest

from toolkit.glossary.locate import edit_distance

WORDS = [
    "erdogan",
    "erdoğan",
    "erdogn",
    "ardogan",
    "hamenei",
    "hamaney",
    "khamenei",
    "بوتين",
    "بوتن",
    "پوتین",
    "путин",
    "путина",
    "путинa",
    "тегеран",
    "тегерана",
    "",
    "a",
    "ab",
    "ba",
]


@pytest.mark.parametrize("limit", [0, 1, 2, 3])
def test_a_limited_distance_is_exact_within_the_limit_and_above_it_beyond(limit):
    for a, b in itertools.product(WORDS, repeat=2):
        exact = edit_distance(a, b)
        limited = edit_distance(a, b, limit)
        if exact <= limit:
            assert limited == exact, (a, b)
        else:
            assert limited > limit, (a, b)


def test_known_distances():
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("kitten", "sitting", 2) == 3  # above the limit: given as limit + 1
    assert edit_distance("kitten", "sitting", 1) == 2
    assert edit_distance("тегеран", "тегерана", 1) == 1
    assert edit_distance("", "abc", 5) == 3
