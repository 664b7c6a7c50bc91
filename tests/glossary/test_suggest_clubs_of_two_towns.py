"""A club named after two towns ("Brighton and Hove Albion") is one name where the copy makes it one side: one
side's result after it, or a player's name and "of" before it; two clubs side by side stay two."""

import pytest
from suggest_probes import found, in_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Brighton and Hove Albion came from behind to beat Wolverhampton Wanderers 2-1 at the Amex Stadium.",
        "Brighton and Hove Albion beat Fulham on Saturday to climb to sixth.",
        "Brighton and Hove Albion lost 2-0 to Aston Villa, their third defeat in a row.",
        "Brighton and Hove Albion, who sold two strikers in January, drew 1-1 with Everton.",
        "Coach Hajime Moriyasu also recalled Kaoru Mitoma of Brighton and Hove Albion and Wataru Endo.",
    ],
)
def test_a_club_named_after_two_towns_is_one_club(desk_glossary, text):
    candidates = in_sentence(text, desk_glossary)
    assert candidates["Brighton and Hove Albion"][1] == "organisation"
    assert "Hove Albion" not in candidates


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Everton and Ipswich Town drew 1-1 in the rain at Goodison Park.", "Everton", "Ipswich Town"),
        ("Fans of Everton and Ipswich Town clashed outside the ground.", "Everton", "Ipswich Town"),
        ("Chelsea and Leicester City both want the striker, his agent said.", "Chelsea", "Leicester City"),
        ("Burnley and Stoke City have asked about the defender.", "Burnley", "Stoke City"),
    ],
)
def test_two_clubs_side_by_side_stay_two(desk_glossary, text, first, second):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert second in candidates
    assert not any(" and " in name for name in candidates)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Wolverhampton Wanderers sacked their manager on Sunday.", "Wolverhampton Wanderers"),
        ("The club sold the striker to Blackburn Rovers for two million pounds.", "Blackburn Rovers"),
        ("Charlton Athletic have appointed a new chairman.", "Charlton Athletic"),
        ("The forward joined Bristol Rovers on loan.", "Bristol Rovers"),
    ],
)
def test_a_clubs_own_last_word_makes_a_club(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"
