"""Types the detector of uncovered names used to get wrong: two names that speak together opening a sentence,
a capital that speaks for its government, a club whose name holds a city's."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Boeing and Airbus said they would raise output next year.", "Boeing"),
        ("Pfizer and BioNTech reported higher sales of the vaccine.", "Pfizer"),
        ("Samsung and SK Hynix announced new memory chips on Tuesday.", "Samsung"),
        ("Toyota and Honda confirmed the recall on Friday.", "Toyota"),
        ("Hamas and Islamic Jihad said they had agreed to the truce.", "Hamas"),
    ],
)
def test_a_name_opening_a_sentence_with_another_before_a_verb_of_saying_is_a_name(desk_glossary, text, name):
    assert name in in_sentence(text, desk_glossary)


@pytest.mark.parametrize(
    "text",
    [
        "Officials and Reuters said the toll had risen.",  # a role opening the sentence stays none
        "Prices and Wages rose in March, the office said.",  # no verb of saying after the pair
    ],
)
def test_a_common_word_before_and_a_name_stays_no_name(desk_glossary, text):
    found = in_sentence(text, desk_glossary)
    assert "Officials" not in found and "Prices" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Greece and Turkey dispute the islands. On Tuesday, Athens said it would not accept the plan.", "Athens"),
        ("The minister flew to Athens on Monday. Athens said it would send more troops.", "Athens"),
        ("The move angered Tehran, which said it would respond. Tehran has denied the charges.", "Tehran"),
        ("Analysts said Beijing would respond. Beijing said it opposed the sanctions.", "Beijing"),
        ("Kyiv said it had shot down 40 drones. The attack on Kyiv killed three people.", "Kyiv"),
        ("Officials said Caracas rejected the report and Caracas had recalled its envoy.", "Caracas"),
    ],
)
def test_a_capital_that_speaks_for_its_government_is_a_place(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"


def test_a_person_named_like_a_city_is_a_person_where_the_copy_says_so(desk_glossary):
    found = in_sentence("Mr Darwin said he would appeal against the ruling.", desk_glossary)
    assert found["Darwin"][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Real Madrid signed the striker from Paris Saint-Germain for 90 million euros.", "Paris Saint-Germain"),
        ("Real Madrid signed the striker from Paris Saint-Germain for 90 million euros.", "Real Madrid"),
        ("The striker joined Atletico Madrid on loan from Chelsea in January.", "Atletico Madrid"),
        ("The winger left Sporting Lisbon after the club cut his wages.", "Sporting Lisbon"),
        ("The striker left Spartak Moscow after the club cut his wages.", "Spartak Moscow"),  # a glossary place
        ("Paris Saint-Germain beat Marseille 2-0 on Sunday. The coach praised the defence.", "Paris Saint-Germain"),
    ],
)
def test_a_club_named_after_its_city_is_an_organisation(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The club's midfielder Jordan Henderson scored twice in the derby.", "Jordan Henderson"),
        ("Jordan Henderson scored twice as the club won the derby.", "Jordan Henderson"),
        ("Paris Hilton attended the gala in Los Angeles on Friday.", "Paris Hilton"),
    ],
)
def test_a_person_named_like_a_place_stays_a_person(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"
