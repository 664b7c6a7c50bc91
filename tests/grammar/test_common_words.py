"""The common-word lists the package ships: a name is never put over a word more common than the name."""

from __future__ import annotations

import gzip

import pytest

from toolkit.glossary.locate import more_common_than, word_frequency
from toolkit.grammar import common_words


@pytest.mark.parametrize(
    "word, language",
    [
        ("مركز", "ar"),
        ("بن", "ar"),
        ("بين", "ar"),
        ("مرکز", "fa"),
        ("بزرگ", "fa"),
        ("fidan", "tr"),
        ("hemen", "tr"),
        ("часть", "ru"),
        ("между", "ru"),
    ],
)
def test_ordinary_words_are_common(word, language):
    assert word_frequency(word, language) >= 4.0


@pytest.mark.parametrize(
    "word, language",
    [
        ("Hamenei", "tr"),
        ("Абдалла", "ru"),
        ("Муаллем", "ru"),
        ("حاتمى", "ar"),
        ("خامنه‌ای‌ها", "fa"),
    ],
)
def test_rare_spellings_of_names_read_as_zero(word, language):
    assert word_frequency(word, language) == 0.0


def test_frequencies_are_rounded_to_a_tenth_and_words_looked_up_as_wordfreq_does():
    value = word_frequency("Путин", "ru")
    assert value == round(value, 1) and value >= 3.0
    # case-folded; Turkish dotted and dotless I kept apart; Arabic diacritics and tatweel removed
    assert word_frequency("İSTANBUL", "tr") == word_frequency("istanbul", "tr") > 5
    assert word_frequency("ISTANBUL", "tr") != word_frequency("istanbul", "tr")
    assert word_frequency("مـركـزٌ", "ar") == word_frequency("مركز", "ar")
    assert word_frequency("Russia’s", "ru") == word_frequency("Russia's", "ru")


def test_a_phrase_is_rarer_than_each_of_its_words_and_a_number_is_no_common_word():
    phrase = word_frequency("аль-Асад", "ru")
    assert 0 < phrase <= min(word_frequency("аль", "ru"), word_frequency("асад", "ru"))
    assert word_frequency("мир мир", "ru") == round(word_frequency("мир", "ru") - 0.3, 1)  # half as frequent
    assert word_frequency("аль-Qwzxv", "ru") == 0.0
    assert word_frequency("752", "ar") == 0.0 and word_frequency("", "ru") == 0.0
    assert word_frequency("center", "en") == 0.0  # only the four target languages are listed


def test_an_ordinary_word_wins_over_a_rare_name_it_looks_like():
    assert more_common_than("مركز", "مرکل", "ar")
    assert more_common_than("Тани", "Тамим", "ru")
    assert not more_common_than("Эрдоганом", "Эрдоган", "ru")


def test_each_list_is_read_once_on_first_use_and_holds_only_common_words():
    common_words._lines_by_letter.cache_clear()
    common_words._frequencies.cache_clear()
    common_words.zipf.cache_clear()
    assert common_words._lines_by_letter.cache_info().currsize == 0
    word_frequency("масса", "ru")
    word_frequency("мир", "ru")
    assert common_words._lines_by_letter.cache_info().currsize == 1
    with gzip.open(common_words.DATA / "ru.txt.gz", "rt", encoding="utf-8") as lines:
        bands = [line.split("\t")[0] for line in lines if not line.startswith("#")]
    assert bands and all(float(band) >= 3.0 and band == f"{float(band):.1f}" for band in bands)


def test_the_lists_are_small_and_carry_their_licence():
    for language in ("ar", "fa", "tr", "ru"):
        assert (common_words.DATA / f"{language}.txt.gz").stat().st_size < 400_000
    notice = (common_words.DATA / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice and "wordfreq" in notice
