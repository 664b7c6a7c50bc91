"""The key a sentence is looked up by in the memory: whitespace and invisible characters do not count."""

import pytest

from toolkit.translate.memory import memory_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Erdoğan met Putin in Sochi.", "Erdoğan met Putin in Sochi."),
        ("  Erdoğan met\tPutin\n in  Sochi. ", "Erdoğan met Putin in Sochi."),
        ("Erdo\u00adğan met Pu\u200btin in Sochi.", "Erdoğan met Putin in Sochi."),
        ("\u202eErdoğan met Putin\u202c in Sochi.\ufeff", "Erdoğan met Putin in Sochi."),
        ("Talks\u00a0resume on\u2003Monday.", "Talks resume on Monday."),
        ("", ""),
        (" \u200b ", ""),
    ],
)
def test_a_key_ignores_whitespace_and_invisible_characters(written, key):
    assert memory_key(written) == key


def test_asking_again_gives_the_same_key():
    sentence = "The convoy  reached\u200b Idlib on Tuesday."
    assert memory_key(sentence) == memory_key(sentence) == "The convoy reached Idlib on Tuesday."


@pytest.mark.parametrize("length", [999, 1000, 1001, 5000, 200_000])
def test_long_texts_are_keyed_as_short_ones(length):
    """A text of any length (kept keys or not) gets the same key as the same words written in one line."""
    words = ("word\u00ad  " * length)[:length]
    assert memory_key(words) == " ".join(words.replace("\u00ad", "").split())
