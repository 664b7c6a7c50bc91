"""Answers about a sentence's text are worked out once per text and arguments; long texts are never kept."""

from toolkit.localise import english_numbers
from toolkit.memo import LONGEST_KEPT_TEXT, per_text


def _counting():
    calls = []

    @per_text
    def words(text: str, language: str = "en") -> tuple[str, ...]:
        calls.append((text, language))
        return tuple(text.split())

    return words, calls


def test_the_same_text_is_worked_out_once_per_arguments():
    words, calls = _counting()
    sentence = "Erdoğan met Putin in Sochi on Tuesday."
    for _ in range(4):  # once per language, as a run asks
        assert words(sentence) == ("Erdoğan", "met", "Putin", "in", "Sochi", "on", "Tuesday.")
    assert words(sentence, "ru") == words(sentence, language="tr")
    assert calls == [(sentence, "en"), (sentence, "ru"), (sentence, "tr")]


def test_a_text_longer_than_a_few_sentences_is_worked_out_each_time():
    words, calls = _counting()
    paragraph = "word " * (LONGEST_KEPT_TEXT // 5 + 1)
    assert len(paragraph) > LONGEST_KEPT_TEXT
    for _ in range(3):
        assert len(words(paragraph)) == LONGEST_KEPT_TEXT // 5 + 1
    assert len(calls) == 3


def test_every_caller_gets_an_answer_that_cannot_be_changed():
    numbers = english_numbers("Turkey's inflation eased to 61.5% in May from 75.4%, the highest since 1998.")
    assert isinstance(numbers, frozenset)
    assert ("61", "5") in numbers and ("1998", None) in numbers
    assert english_numbers("Prices rose 3-4% in 2024.", labels=True) == english_numbers(
        "Prices rose 3-4% in 2024.", labels=True
    )
