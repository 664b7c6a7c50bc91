"""A word that is also an office or a role no longer cuts a name where the name holds it: a Korean family name
("Son Heung-min"), a surname after a given name ("Travis Head"), a possessive title opening a body's name
("Lord's Resistance Army"), initials after one another ("Karim A. A. Khan"); and a band's or a court's role
opening a sentence ("Frontman Alex Turner", "Prosecutor Karim Khan") is no part of the name after it."""

import pytest
from suggest_probes import found, in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Son Heung-min missed Tottenham's game with a hamstring injury.", "Son Heung-min"),
        ("Son Ye-jin won the award for best actress.", "Son Ye-jin"),
        ("Kim Min-jae was sent off in the second half.", "Kim Min-jae"),
    ],
)
def test_a_korean_family_name_that_is_an_english_word_stays_with_the_given_name(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jasprit Bumrah took eight wickets for India, and Travis Head made 89 in the second innings.", "Travis Head"),
        ("The match was decided when Travis Head hit the last ball for six.", "Travis Head"),
        ("Veteran defender Harry Judge signed a new contract.", "Harry Judge"),
    ],
)
def test_a_title_after_a_given_name_is_a_surname(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The court confirmed charges against the leader of the Lord's Resistance Army (LRA).",
            "Lord's Resistance Army",
        ),
        ("She studied history at King's College London before joining the ministry.", "King's College London"),
        ("A grant from the Prince's Trust paid for the studio.", "Prince's Trust"),
    ],
)
def test_a_possessive_title_opening_a_bodys_name_is_part_of_it(desk_glossary, text, name):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert name in candidates
    assert name.split("'")[1][2:] not in candidates  # not "Resistance Army" alone


@pytest.mark.parametrize(
    "text, name",
    [
        ('Prosecutor Karim A. A. Khan said the court would "keep the file open".', "Karim A. A. Khan"),
        ("Frontman Alex Turner said the band had recorded a new album.", "Alex Turner"),
        ("Drummer Matt Helders thanked the fans in Sheffield.", "Matt Helders"),
        ("Prosecutor Karim Khan said the warrant stood.", "Karim Khan"),
    ],
)
def test_a_role_opening_a_sentence_is_no_part_of_the_name_and_initials_stay_together(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "person"
    assert not any(other.startswith(("Prosecutor", "Frontman", "Drummer", "A.")) for other in candidates)


def test_a_title_before_a_name_still_cuts_it(desk_glossary):
    candidates = in_sentence("Foreign Minister Sergei Lavrov met the Emir of Qatar.", desk_glossary)
    assert "Sergei Lavrov" in candidates and "Foreign Minister Sergei Lavrov" not in candidates
