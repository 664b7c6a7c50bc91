from collections import Counter

import pytest

from toolkit.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(glossary):
    return Matcher(glossary)


def found(matcher, text):
    return [(m.entry_id, m.surface) for m in matcher.find(text)]


def test_longest_match_wins(matcher):
    assert found(matcher, "missiles hit Ain al Assad air base, Assad said") == [
        ("ain-al-asad", "Ain al Assad"), ("assad", "Assad")]


def test_hyphen_case_and_diacritic_variants(matcher):
    assert found(matcher, "al-Nusra Front and Al Nusra Front") == [
        ("nusra-front", "al-Nusra Front"), ("nusra-front", "Al Nusra Front")]
    assert found(matcher, "Erdoğan and Erdogan") == [("erdogan", "Erdoğan"), ("erdogan", "Erdogan")]
    assert found(matcher, "Qassem Soleimani, Qasem Suleimani") == [
        ("suleimani", "Qassem Soleimani"), ("suleimani", "Qasem Suleimani")]


def test_possessives_are_noted_not_swallowed(matcher):
    mentions = matcher.find("Erdogan's saviour and Assad’s medal")
    assert [(m.surface, m.possessive) for m in mentions] == [("Erdogan", True), ("Assad", True)]
    assert not matcher.find("Erdogan said")[0].possessive


def test_short_forms_are_recognised(matcher):
    full, short = matcher.find("Ali Mamlouk met Mamlouk")
    assert (full.short, short.short) == (False, True)


def test_common_words_are_not_names(matcher):
    assert found(matcher, "a roast turkey with us") == []
    assert found(matcher, "the US and us") == [("united-states", "US")]


def test_words_inside_longer_words_do_not_match(matcher):
    assert found(matcher, "Iranian and Syrian officials, Iraqi Kurdistan") == [("iraqi-kurdistan", "Iraqi Kurdistan")]


def test_every_seed_mention_is_found(matcher, seed_document):
    counts = Counter(m.entry_id for s in seed_document.segments for m in matcher.find(s.text))
    assert counts["tehran"] == 10
    assert counts["erdogan"] == 4
    assert counts["mamlouk"] == 4
    assert sum(counts.values()) == 92
