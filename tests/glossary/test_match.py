from collections import Counter

import pytest
from conftest import GLOSSARY_DIR as ROOT_GLOSSARY

from toolkit.glossary.match import Matcher


@pytest.fixture(scope="module")
def matcher(glossary):
    return Matcher(glossary)


def found(matcher, text):
    return [(m.entry_id, m.surface) for m in matcher.find(text)]


def test_longest_match_wins(matcher):
    assert found(matcher, "missiles hit Ain al Assad air base, Assad said") == [
        ("ain-al-asad", "Ain al Assad"),
        ("assad", "Assad"),
    ]


def test_hyphen_case_and_diacritic_variants(matcher):
    assert found(matcher, "al-Nusra Front and Al Nusra Front") == [
        ("nusra-front", "al-Nusra Front"),
        ("nusra-front", "Al Nusra Front"),
    ]
    assert found(matcher, "Erdoğan and Erdogan") == [("erdogan", "Erdoğan"), ("erdogan", "Erdogan")]
    assert found(matcher, "Qassem Soleimani, Qasem Suleimani") == [
        ("suleimani", "Qassem Soleimani"),
        ("suleimani", "Qasem Suleimani"),
    ]


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


# --- whole tokens with their punctuation; invisible characters ignored -----------------------------


@pytest.fixture(scope="module")
def symbols():
    from pathlib import Path

    from toolkit.glossary.model import Entry, Glossary
    from toolkit.problems import Location

    def entry(entry_id, name, *variants):
        return Entry(entry_id, "term", name, None, variants, "", {}, Location(Path("terms.yaml"), 1))

    entries = [
        entry("cpp", "C++"),
        entry("csharp", "C#"),
        entry("dotnet", ".NET"),
        entry("att", "AT&T"),
        entry("yahoo", "Yahoo!"),
        entry("erdogan", "Recep Tayyip Erdogan", "Erdogan"),
        entry("united-states", "United States", "U.S.", "US"),
    ]
    return Matcher(Glossary({e.id: e for e in entries}))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Section C of the law", []),  # "C++" never matches a bare C
        ("Annex C.", []),
        ("He wrote C++ and C# code", [("cpp", "C++"), ("csharp", "C#")]),
        ("C++'s rival", [("cpp", "C++")]),
        ("C++11 is a standard", []),  # another token: C++11
        ("Using .NET at AT&T", [("dotnet", ".NET"), ("att", "AT&T")]),
        ("NET income at AT", []),
        ("Yahoo! said and Yahoo said", [("yahoo", "Yahoo"), ("yahoo", "Yahoo")]),  # ! is sentence punctuation
        ("in the U.S. and the U.S", [("united-states", "U.S"), ("united-states", "U.S")]),
        ("#Erdogan trended; @Erdogan posted; Erdogan+ party", []),  # hashtags, handles: other tokens
    ],
    ids=[
        "bare-letter",
        "letter-at-sentence-end",
        "symbols",
        "possessive",
        "longer-token",
        "prefix-and-inner",
        "without-symbols",
        "weak-ending",
        "abbreviation",
        "glued-symbols",
    ],
)
def test_names_match_as_whole_tokens_with_their_punctuation(symbols, text, expected):
    assert found(symbols, text) == expected


def test_c_plus_plus_in_the_project_glossary_does_not_take_section_c(glossary, tmp_path):
    from toolkit.glossary.load import load_glossary

    extra = tmp_path / "tech.yaml"
    extra.write_text(
        "- id: cpp\n  type: term\n  en: {name: C++}\n  ru: {name: Си++, indeclinable: true}\n", encoding="utf-8"
    )
    matcher = Matcher(load_glossary([ROOT_GLOSSARY, extra], use_cache=False))
    assert found(matcher, "Section C of the accord bans C++ exports") == [("cpp", "C++")]


@pytest.mark.parametrize(
    "text",
    [
        "Erdo\u200bgan",
        "Erdo\u00adgan",
        "Erdo\u2060gan",
        "Erdo\u202egan",
        "Erdo\ufeffgan",
        "Erdo\u200cgan",
        "Erdo\U000e0041gan",
    ],
)
def test_invisible_characters_inside_a_name_do_not_defeat_matching(matcher, text):
    [mention] = matcher.find(f"President {text}'s visit")
    assert (mention.entry_id, mention.surface, mention.possessive) == ("erdogan", text, True)
    assert f"President {text}'s visit"[mention.start : mention.end] == text


def test_invisible_characters_in_a_glossary_spelling_do_not_defeat_matching(symbols):
    from pathlib import Path

    from toolkit.glossary.model import Entry, Glossary
    from toolkit.problems import Location

    entry = Entry("fidan", "person", "Hakan Fi\u200bdan", None, (), "", {}, Location(Path("g.yaml"), 1))
    assert found(Matcher(Glossary({"fidan": entry})), "Hakan Fidan spoke") == [("fidan", "Hakan Fidan")]
