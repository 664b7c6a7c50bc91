"""Teams and firms told by what the copy says they do, with no football word in the sentence: a score before
them, the side a player plays or scores for, a verb then 'their' as British copy writes a team, a score after a
clause after them, and a firm's economist or analyst after its name."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Zenit lost 2-1 to Krasnodar on Saturday in front of 30,000 people.", "Krasnodar"),
        ("Bayer Leverkusen drew 1-1 with Eintracht Frankfurt on Sunday evening.", "Eintracht Frankfurt"),
        ("Bayern extended their lead with a 4-0 win over VfB Stuttgart.", "VfB Stuttgart"),
        ("Galatasaray stayed top after a 2-0 win at Trabzonspor on Friday.", "Trabzonspor"),
        ("The champions were beaten 3-0 by Samsunspor in the rain.", "Samsunspor"),
        ("Ronaldo reached 950 in a 3-2 victory against Al-Hilal in Riyadh.", "Al-Hilal"),
    ],
)
def test_a_score_before_a_name_and_its_preposition_makes_it_a_team(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gen Shoji, who plays for Kashima Antlers, was called up for the qualifiers.", "Kashima Antlers"),
        ("Jun Ichimori, a midfielder for Gamba Osaka, is the only uncapped player.", "Gamba Osaka"),
        ("Karim Benzema scored twice for Al-Ittihad against Al-Ahli in Jeddah.", "Al-Ittihad"),
        ("Karim Benzema scored twice for Al-Ittihad against Al-Ahli in Jeddah.", "Al-Ahli"),
        ("Max Verstappen, who drives for Red Bull, started from pole.", "Red Bull"),
        ("Mehdi Taremi, who played for Porto for four seasons, came on in the 60th minute.", "Porto"),
    ],
)
def test_the_side_a_player_plays_or_scores_for_is_a_team(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bayern Munich extended their lead at the top to six points.", "Bayern Munich"),
        ("On Monday, Besiktas sacked their coach after a third defeat.", "Besiktas"),
        ("Last night Eintracht Frankfurt ended their run of five defeats.", "Eintracht Frankfurt"),
    ],
)
def test_a_verb_then_their_after_a_name_makes_it_a_team(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sergei Lavrov said their talks had been useful.", "Sergei Lavrov"),  # a verb of saying: anyone's 'their'
        ("Jeyhun Bayramov and Sergei Lavrov signed their agreement on Monday.", "Sergei Lavrov"),  # two signers
    ],
)
def test_their_after_a_person_saying_or_after_and_leaves_a_person(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


def test_a_score_after_a_clause_after_a_name_makes_it_a_team(desk_glossary):
    text = "Zenit Saint Petersburg, the Russian champions until last year, lost 2-1 at home on Saturday."
    assert in_sentence(text, desk_glossary)["Zenit Saint Petersburg"][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Simsek, a former Merrill Lynch economist, has raised taxes.", "Merrill Lynch"),
        ("A Goldman Sachs analyst said the cut was priced in.", "Goldman Sachs"),
        ("Two Morgan Stanley strategists said the rally would fade.", "Morgan Stanley"),
    ],
)
def test_a_firms_economist_or_analyst_after_its_name_makes_it_a_firm(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Turnout rose by 2-3 points in Kermanshah on Friday.", "Kermanshah"),  # no team's preposition
        ("Voters in Kermanshah backed the plan 2-1, officials said.", "Kermanshah"),  # the score after the place
    ],
)
def test_a_place_beside_a_ratio_stays_a_place(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mehdi Taremi, who returned from Inter Milan this summer, scored in the 88th minute.", "Inter Milan"),
        ("Harry Kane has scored 30 goals this season for Bayern Munich.", "Bayern Munich"),
        ("Jun Ichimori joined Gamba Osaka in January and has scored four goals.", "Gamba Osaka"),
        ("Zenit Saint Petersburg were champions for five seasons in a row.", "Zenit Saint Petersburg"),
        ("Olympique Marseille lost the final of the cup to Paris Saint-Germain.", "Olympique Marseille"),
        ("The striker moved to Fenerbahce from Sporting Braga after the season ended.", "Sporting Braga"),
    ],
)
def test_a_club_named_after_a_city_no_time_zone_names_is_an_organisation_in_a_sentence_about_sport(
    desk_glossary, text, name
):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Harry Kane scored twice in the first half, then Jamal Musiala added a third.", "Harry Kane", "person"),
        ("Florence Pugh, who starred in the film, watched the final from the stands.", "Florence Pugh", "person"),
        ("The Munich Philharmonic dismissed its conductor that year.", "Munich Philharmonic", "organisation"),
    ],
)
def test_a_city_no_time_zone_names_leaves_people_and_other_bodies_as_they_were(desk_glossary, text, name, kind):
    assert in_sentence(text, desk_glossary)[name][1] == kind
