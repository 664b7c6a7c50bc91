"""Turkish lowercase, one function for every part that compares Turkish words: I is ı and İ is i (the English
lowercase would make I an i and İ an i with a combining dot above, which no Turkish word holds)."""

import unicodedata

import pytest

from toolkit.glossary.locate import word_frequency
from toolkit.grammar import grammar_for
from toolkit.grammar.turkish import turkish_lower


@pytest.mark.parametrize(
    "written, lower",
    [
        ("IRAK", "ırak"),
        ("İSTANBUL", "istanbul"),
        ("IŞIK", "ışık"),
        ("İzmir", "izmir"),
        ("Irak'ın", "ırak'ın"),
        ("DİYARBAKIR'DA", "diyarbakır'da"),
        ("ışık", "ışık"),
        ("istanbul", "istanbul"),
        ("ÇAĞRI ÖZGÜR", "çağrı özgür"),
    ],
)
def test_turkish_lowercase_keeps_dotted_and_dotless_i_apart(written, lower):
    assert turkish_lower(written) == lower
    assert "\u0307" not in unicodedata.normalize("NFD", turkish_lower(written))


def test_a_dotted_capital_typed_as_i_and_a_combining_dot_lowers_to_i_once_composed():
    # I + combining dot above is no İ until composed: the callers compose (NFC) where they need to
    assert turkish_lower(unicodedata.normalize("NFC", "I\u0307stanbul")) == "istanbul"


@pytest.mark.parametrize(
    "variant, plain",
    [("IRAK", "Irak"), ("İZMİR", "İzmir"), ("ISPARTA", "ısparta"), ("İstanbul’un", "istanbul'un")],
)
def test_names_are_compared_in_turkish_lowercase(variant, plain):
    names = grammar_for("tr").NAMES
    assert names.normalise(variant) == names.normalise(plain)
    assert names.spelling_key(variant) == names.spelling_key(plain)


def test_i_and_dotless_i_stay_different_names_when_compared():
    names = grammar_for("tr").NAMES
    assert names.normalise("Işık") != names.normalise("İşik")
    assert names.normalise("Işık") == "ışık"


@pytest.mark.parametrize("written", ["İZMİR", "İzmir", "izmir"])
def test_common_word_lookups_lowercase_dotted_capitals_as_turkish(written):
    assert word_frequency(written, "tr") == word_frequency("izmir", "tr") > 3


def test_common_word_lookups_keep_a_capital_i_dotless():
    assert word_frequency("IŞIK", "tr") == word_frequency("ışık", "tr") > 4
    assert word_frequency("KIZ", "tr") == word_frequency("kız", "tr") != word_frequency("kiz", "tr")


@pytest.mark.parametrize("word", ["İçin", "İle", "İse", "İLE", "İÇİN", "Ve", "BU"])
def test_a_linking_word_in_capitals_or_opening_a_sentence_is_still_read_as_one(word):
    # read with the English lowercase, İçin was "i̇çin" (a combining dot): not a linking word, so beside a name the
    # model wrote in part it was flagged as the model's own word for the rest of the name
    assert grammar_for("tr").NAMES.links_phrases(word)


@pytest.mark.parametrize("word", ["Irak", "İran", "Federasyonu", "Azaltma"])
def test_a_word_of_a_name_is_no_linking_word(word):
    assert not grammar_for("tr").NAMES.links_phrases(word)
