"""What a name stands after ("the ", "737 ", "Gen ", "Qarvin Holding AG") is read in a few characters before
it, and what a sentence is about (a score, ratings) once per sentence: a long sentence of names costs suggest
in proportion to its length, not to its square. The searches are counted here, not timed: each reads a
bounded window, and a sentence twice as long is read about twice as much."""

import re
import sys

import pytest
from suggest_probes import found

from toolkit.glossary import suggest as suggest_module

# the searches that used to run from the sentence's start at every name, and the two read once per sentence
LOOKBEHINDS = ("_AFTER_NUMBER", "_LEGAL_FORM", "_ARTICLE_BEFORE", "_DOTLESS_GEN")
PER_SENTENCE = ("_A_SCORE", "_ABOUT_RATINGS")


class CountingPattern:
    """A compiled pattern that counts the characters each search or match is given to read."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.reads: list[int] = []

    def _count(self, string: str, pos: int, endpos: int) -> None:
        self.reads.append(max(0, min(endpos, len(string)) - pos))

    def search(self, string, pos=0, endpos=sys.maxsize):
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        self._count(string, pos, endpos)
        return self.pattern.match(string, pos, endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def hostile_sentence(items: int) -> str:
    """One sentence of many names, each of the kinds the lookbehinds read: a model after its number, a person
    "of" a firm with its legal form in a sentence about football, a demonym before a person, a general."""
    parts = []
    for index in range(items):
        tag = "".join(chr(ord("a") + int(digit)) for digit in f"{index:04d}")
        parts.append(
            f"Lena Mar{tag} of Qar{tag} Holding AG beat the club 737 MX{tag.upper()}, the Turkish Ayla Dem{tag}, "
            f"Gen Sho{tag} and A1"
        )
    return "Title\n\nThe league said " + ", ".join(parts) + " left."


def counted_run(monkeypatch, items: int, glossary) -> dict[str, CountingPattern]:
    patterns = {}
    with monkeypatch.context() as patched:
        for name in LOOKBEHINDS + PER_SENTENCE:
            patterns[name] = CountingPattern(getattr(suggest_module, name))
            patched.setattr(suggest_module, name, patterns[name])
        candidates = found(hostile_sentence(items), glossary)
    assert len(candidates) > items  # the names are found: the sentence was read through
    return patterns


@pytest.fixture(scope="module")
def reads(desk_glossary):
    with pytest.MonkeyPatch.context() as monkeypatch:
        return {items: counted_run(monkeypatch, items, desk_glossary) for items in (40, 80)}


@pytest.mark.parametrize("name", LOOKBEHINDS)
def test_each_lookbehind_reads_a_few_characters_before_the_name(reads, name):
    counted = reads[80][name]
    assert counted.reads, f"{name} was not searched: the sentence does not exercise it"
    assert max(counted.reads) <= 32  # the sentence is over 5,000 characters long


@pytest.mark.parametrize("name", PER_SENTENCE)
def test_what_a_sentence_is_about_is_searched_once_per_sentence(reads, name):
    # once for the title and once for the sentence at most, however many names the sentence holds
    assert 1 <= len(reads[80][name].reads) <= 2


def test_a_sentence_twice_as_long_is_read_about_twice_as_much(reads):
    def total(run):
        return sum(sum(pattern.reads) for pattern in run.values())

    assert total(reads[80]) <= 2.3 * total(reads[40])


def people_sharing_a_first_name(count: int) -> str:
    names = ", ".join(
        f"Gen {''.join(chr(ord('a') + int(d)) for d in f'{i:03d}').capitalize()}moto" for i in range(count)
    )
    return f"Title\n\nThe squad named {names} and Gen Abe Shoji."


def test_people_sharing_a_first_word_are_compared_with_those_that_can_hold_them(monkeypatch, desk_glossary):
    # every person whose first word is "Gen" used to be compared with every other, its words stripped of
    # particles again at each comparison: hundreds in hostile copy. Those strippings are counted.
    calls = {}
    compare = suggest_module._bare
    for count in (40, 80):
        made = []

        def counting(words, made=made):
            made.append(1)
            return compare(words)

        monkeypatch.setattr(suggest_module, "_bare", counting)
        candidates = found(people_sharing_a_first_name(count), desk_glossary)
        assert sum(name.startswith("Gen ") for name in candidates) > count // 2
        calls[count] = len(made)
    assert calls[80] <= 2.3 * max(calls[40], 1)


def test_a_places_adjective_is_looked_for_in_the_words_not_read_through_them():
    from toolkit.glossary.demonyms import adjective_among

    class Unreadable(set):
        def __iter__(self):
            raise AssertionError("the words were read through")

    words = Unreadable(f"word{index}" for index in range(10_000)) | {"british"}
    assert adjective_among("Britain", Unreadable(words)) == "British"
    assert adjective_among("Chechnya", Unreadable(words)) == ""
