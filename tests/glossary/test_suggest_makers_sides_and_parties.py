"""Who made a product, whose side a driver or a player is of, and one of two sides "between" a country and it:
firms, teams and movements the copy names with little else to go by."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Turkish Airlines said it would buy up to 225 aircraft from Boeing, including 75 Dreamliners.", "Boeing"),
        ("The ministry ordered 40 helicopters from Leonardo last year.", "Leonardo"),
        (
            "The agency accepted its filing for a lung-cancer drug developed with Daiichi Sankyo of Tokyo.",
            "Daiichi Sankyo",
        ),
        ("Most of the chips are made by TSMC in Taiwan.", "TSMC"),
        ("The satellites, built by Thales Alenia Space, will launch next year.", "Thales Alenia Space"),
    ],
)
def test_the_maker_of_a_product_is_a_firm(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Max Verstappen won the Singapore Grand Prix, ahead of Lando Norris and Oscar Piastri of McLaren.", "McLaren"),
        ("Norris finished ahead of Charles Leclerc of Ferrari and his own teammate.", "Ferrari"),
        ("The striker scored twice against Kaoru Mitoma of Brighton in the cup final.", "Brighton"),
        ("Sebastian Vettel of Aston Martin started from the pit lane after the race was restarted.", "Aston Martin"),
    ],
)
def test_a_drivers_or_a_players_side_after_his_name_and_of_is_a_team(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Senator Sherrod Brown of Ohio said he would vote against the bill.", "Ohio"),
        ("The study was led by Karen Heywood of Norwich, who said the ice was thinning.", "Norwich"),
    ],
)
def test_outside_sport_a_name_and_of_say_nothing_of_a_firm(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] != "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Qatar's prime minister said mediation between Israel and Hamas would continue. Khalil al-Hayya, "
            "Hamas's chief negotiator, said the group was studying the proposal.",
            "Hamas",
        ),
        (
            "Talks between Turkey and Hezbollah's allies stalled. Hezbollah's spokesman declined to comment.",
            "Hezbollah",
        ),
    ],
)
def test_a_movement_between_a_country_and_it_is_no_place_by_that_alone(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


def test_a_country_listed_with_another_is_still_a_place(desk_glossary):
    found = in_sentence("Relations between Armenia and Kosovo were not discussed.", desk_glossary)
    assert found["Armenia"][1] == "place"
