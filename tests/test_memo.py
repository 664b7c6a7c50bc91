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


def _per_text_functions() -> set[str]:
    import importlib
    import pkgutil

    import toolkit

    found = set()
    for module in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if module.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            own = callable(value) and getattr(value, "__module__", None) == module.name
            # per_text's answer: a wrapper with cache_clear, without the cache_info of lru_cache's own
            if (
                own
                and hasattr(value, "__wrapped__")
                and hasattr(value, "cache_clear")
                and not hasattr(value, "cache_info")
            ):
                found.add(f"{module.name}.{name}")
    return found


def test_every_answer_kept_per_text_is_one_no_caller_can_change():
    """Each caller of a function kept per text gets the very same object: it must be immutable, all the way down."""
    from toolkit.localise import english_numbers
    from toolkit.qa.checks import _credit_names, _words_outside
    from toolkit.translate.memory import memory_key

    sentence = "Photo: Umit Bektas/Reuters. Erdoğan met Putin in Sochi on March 12; inflation eased to 61.5%."
    answers = {
        "toolkit.localise.english_numbers": english_numbers(sentence),
        "toolkit.qa.checks._credit_names": _credit_names(sentence),
        "toolkit.qa.checks._words_outside": _words_outside(sentence, ((28, 35), (40, 45))),  # Erdoğan, Putin
        "toolkit.translate.memory.memory_key": memory_key("Talks\u00ad in  Ankara\u200b went on."),
    }
    assert set(answers) == _per_text_functions()  # a new one is specified here too

    def immutable(value) -> bool:
        if isinstance(value, (str, int, float, bool, type(None))):
            return True
        return isinstance(value, (tuple, frozenset)) and all(immutable(item) for item in value)

    for name, answer in answers.items():
        assert answer and immutable(answer), name
    assert answers["toolkit.translate.memory.memory_key"] == "Talks in Ankara went on."
    assert "Reuters" in answers["toolkit.qa.checks._credit_names"]
    assert ("61", "5") in answers["toolkit.localise.english_numbers"]
    assert "Erdoğan" not in answers["toolkit.qa.checks._words_outside"]
    assert "Putin" not in answers["toolkit.qa.checks._words_outside"]
    assert "Sochi" in answers["toolkit.qa.checks._words_outside"]
