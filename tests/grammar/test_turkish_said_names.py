"""Turkish suffixes follow how a name is said (TDK), not how it is spelt: brand and product names written in
Latin letters and said the English way, a silent final e, a final voiceless consonant."""

import pytest

from toolkit.grammar import grammar_for
from toolkit.grammar.turkish_forms import propose_turkish

SAID_NAMES = [
    # name, genitive, locative, ablative, dative
    ("Google", "Google'ın", "Google'da", "Google'dan", "Google'a"),  # "gugıl": the silent e is not said
    ("Apple", "Apple'ın", "Apple'da", "Apple'dan", "Apple'a"),
    ("Oracle", "Oracle'ın", "Oracle'da", "Oracle'dan", "Oracle'a"),
    ("iPhone", "iPhone'un", "iPhone'da", "iPhone'dan", "iPhone'a"),  # a brand, though it starts lowercase
    ("Facebook", "Facebook'un", "Facebook'ta", "Facebook'tan", "Facebook'a"),  # a final k: -ta
    ("Twitter", "Twitter'ın", "Twitter'da", "Twitter'dan", "Twitter'a"),
    ("Microsoft", "Microsoft'un", "Microsoft'ta", "Microsoft'tan", "Microsoft'a"),
    ("Netflix", "Netflix'in", "Netflix'te", "Netflix'ten", "Netflix'e"),
    ("YouTube", "YouTube'un", "YouTube'da", "YouTube'dan", "YouTube'a"),
    ("Mac", "Mac'in", "Mac'te", "Mac'ten", "Mac'e"),  # "mek": neither the a nor the voiced c of its spelling
    ("Terminal", "Terminal'in", "Terminal'de", "Terminal'den", "Terminal'e"),  # a soft l, as in terminalde
    ("Zoom", "Zoom'un", "Zoom'da", "Zoom'dan", "Zoom'a"),  # "zum"
    ("Spotify", "Spotify'ın", "Spotify'da", "Spotify'dan", "Spotify'a"),  # "spotifay"
    ("Slack", "Slack'in", "Slack'te", "Slack'ten", "Slack'e"),
    ("Amazon", "Amazon'un", "Amazon'da", "Amazon'dan", "Amazon'a"),
    ("Citizen Lab", "Citizen Lab'ın", "Citizen Lab'da", "Citizen Lab'dan", "Citizen Lab'a"),
    ("Bristle", "Bristle'ın", "Bristle'da", "Bristle'dan", "Bristle'a"),  # a name in no table: -le is "ıl"
]


@pytest.mark.parametrize(("name", "gen", "loc", "abl", "dat"), SAID_NAMES)
def test_a_new_name_s_suffixes_follow_how_it_is_said(name, gen, loc, abl, dat):
    forms = propose_turkish(name, "organisation", english=[name]).forms
    assert (forms["gen"], forms["loc"], forms["abl"], forms["dat"]) == (gen, loc, abl, dat)


@pytest.mark.parametrize(
    ("name", "gen", "loc", "abl", "dat"), [n for n in SAID_NAMES if n[0] not in ("Bristle", "Oracle")]
)
def test_a_glossary_rendering_without_a_hint_is_said_the_same_way(name, gen, loc, abl, dat):
    # the names of the table; others a glossary entry says by its ``pronounced`` hint
    turkish = grammar_for("tr")
    forms = {"nom": name}
    assert [turkish.inflect(forms, (case,), None) for case in ("gen", "loc", "abl", "dat")] == [gen, loc, abl, dat]


def test_the_entry_s_hint_and_written_forms_win_over_the_table():
    turkish = grammar_for("tr")
    assert turkish.inflect({"nom": "Mac"}, ("loc",), "mak") == "Mac'ta"  # an entry said "mak"
    assert turkish.inflect({"nom": "Apple", "gen": "Apple'nin"}, ("gen",), None) == "Apple'nin"


@pytest.mark.parametrize(
    ("name", "loc"),
    [
        ("Lavrov", "Lavrov'da"),
        ("Erdoğan", "Erdoğan'da"),
        ("Irak", "Irak'ta"),
        ("Şam", "Şam'da"),
        ("Tahran", "Tahran'da"),
    ],
)
def test_names_said_as_spelt_are_unchanged(name, loc):
    assert grammar_for("tr").inflect({"nom": name}, ("loc",), None) == loc


def test_a_common_noun_takes_its_suffix_without_an_apostrophe():
    assert propose_turkish("terminal", "title").forms["loc"] == "terminalde"  # a soft l, as the word is said
    assert propose_turkish("protokol", "title").forms["gen"] == "protokolün"
