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


def _reference(a: str, b: str) -> int:
    """The textbook table, every cell computed."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _every_word(letters: str, longest: int) -> list[str]:
    return ["".join(w) for size in range(longest + 1) for w in itertools.product(letters, repeat=size)]


@pytest.mark.parametrize("limit", [None, 0, 1, 2, 3])
def test_every_pair_of_short_words_agrees_with_the_full_table(limit):
    """Shared openings and endings taken off, the band around the diagonal: every pair of words of up to five
    letters from three (repeats, swaps, shared letters at both ends), against the full table."""
    words = [*_every_word("abc", 4), "abcab", "aabba", "cabbc", "bcaac", "ababa"]
    for a, b in itertools.product(words, repeat=2):
        exact = _reference(a, b)
        found = edit_distance(a, b, limit)
        if limit is None or exact <= limit:
            assert found == exact, (a, b, limit)
        else:
            assert found > limit, (a, b, limit)


def test_names_that_share_their_ends_are_compared_by_what_differs():
    assert edit_distance("махмуд аббас", "махмуд абас") == 1
    assert edit_distance("тегеран", "тегеран") == 0
    assert edit_distance("erdoğan", "erdogan", 1) == 1
    assert edit_distance("aaaa", "aa", 1) > 1  # the lengths alone put it above the limit
    assert edit_distance("abcdef", "fedcba", 2) > 2
