"""A lone word opening a sentence is a name where the copy has it act on its own (a verb in the past and "its" or
"their": "Besiktas sacked their coach") or puts a participle's clause between it and its verb ("Hamas, weakened
by the war, lost its offices"); a plural or a function word opening the sentence stays no name."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Besiktas sacked their coach after a 3-0 defeat by Samsunspor.", "Besiktas", "organisation"),
        ("Novartis raised its forecast for the year on Tuesday.", "Novartis", "organisation"),
        ("Galatasaray lost their unbeaten record in the derby.", "Galatasaray", "organisation"),
        ("Hamas, weakened by the war in Gaza, lost its offices in Damascus long ago.", "Hamas", "organisation"),
        (
            "Hezbollah, battered by two months of strikes, rebuilt its arsenal within a year.",
            "Hezbollah",
            "organisation",
        ),
        ("Trabzonspor, beaten twice at home, sold their captain in January.", "Trabzonspor", "organisation"),
    ],
)
def test_a_word_opening_a_sentence_that_acts_on_its_own_is_a_name(desk_glossary, text, name, kind):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("Prices lost their gains by the close of trading.", "Prices"),
        ("Shares, boosted by the results, closed at a record.", "Shares"),
        ("Yesterday, shaken by the news, the minister resigned.", "Yesterday"),
        ("Investors sold their holdings as the lira fell.", "Investors"),
    ],
)
def test_a_plural_or_a_common_word_opening_a_sentence_stays_no_name(desk_glossary, text, word):
    assert word not in in_sentence(text, desk_glossary)
