"""Credit lines and bylines, as wire copy sets them on lines of their own (a plain-text reader takes a short line
without a full stop for a subheading): the people of a byline and of a closing credit line are names an edition
renders, the bureau cities after "in" are places, a photo credit names a photographer and an agency, and the
credit's own words ("Additional", "Editing") are no names."""

import pytest
from suggest_probes import found

STORY = "The lira fell on Monday after the central bank held its rate, traders said.\n\n"


def story(*lines, headline="Lira Slides as Bank Holds Rates"):
    return f"{headline}\n\n" + "\n\n".join(lines)


@pytest.mark.parametrize(
    "byline, people",
    [
        ("By Golnar Motevalli and Rana Sweis", {"Golnar Motevalli", "Rana Sweis"}),
        ("By Ece Toksabay, Daren Butler and Jonathan Spicer", {"Ece Toksabay", "Daren Butler", "Jonathan Spicer"}),
        ("By Mohammad Yunus Yawar", {"Mohammad Yunus Yawar"}),
        ("By Hadeel Al Sayegh & Maha El Dahan", {"Hadeel Al Sayegh", "Maha El Dahan"}),
    ],
)
def test_a_byline_on_its_own_line_names_its_writers_as_people(desk_glossary, byline, people):
    names = found(story(byline, STORY), desk_glossary)
    assert set(names) == people
    assert all(names[person][1] == "person" for person in people)


@pytest.mark.parametrize(
    "credit, people, places",
    [
        (
            "Additional reporting by Olzhas Auyezov in Almaty; Editing by Mark Trevelyan",
            {"Olzhas Auyezov", "Mark Trevelyan"},
            {"Almaty"},
        ),
        (
            "Reporting by Ceyda Caglayan in London and Tamara Vaal in Astana; Additional reporting by Yousef Saba in "
            "Riyadh; Editing by Kirsten Donovan",
            {"Ceyda Caglayan", "Tamara Vaal", "Yousef Saba", "Kirsten Donovan"},
            {"London", "Astana", "Riyadh"},
        ),
        (
            "Writing by Daren Butler; Editing by Hugh Lawson and Frances Kerry",
            {"Daren Butler", "Hugh Lawson", "Frances Kerry"},
            set(),
        ),
        ("Compiled by Sarah Marsh in Berlin", {"Sarah Marsh"}, {"Berlin"}),
        (
            "(Reporting by Ali Kucukgocmen in Istanbul; editing by Susan Fenton)",
            {"Ali Kucukgocmen", "Susan Fenton"},
            {"Istanbul"},
        ),
        ("Editing by Alison Williams", {"Alison Williams"}, set()),
    ],
)
def test_a_closing_credit_line_names_people_and_their_bureau_cities(desk_glossary, credit, people, places):
    names = found(story(STORY, credit), desk_glossary)
    assert set(names) == people | places  # not "Additional", "Editing", "Writing" or "Compiled"
    assert all(names[person][1] == "person" for person in people)
    assert all(names[place][1] == "place" for place in places)


@pytest.mark.parametrize(
    "credit, person, agencies",
    [
        ("Photo: Arif Ali/AFP", "Arif Ali", {"AFP"}),
        ("Photo: Amer Hilabi/AFP via Getty Images", "Amer Hilabi", {"AFP", "Getty Images"}),
        ("Photograph: Turar Kazangapov/Bloomberg", "Turar Kazangapov", {"Bloomberg"}),
    ],
)
def test_a_photo_credit_names_a_photographer_and_an_agency(desk_glossary, credit, person, agencies):
    names = found(story(credit, STORY), desk_glossary)
    assert names[person][1] == "person"
    assert all(names[agency][1] == "organisation" for agency in agencies)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, officials in the capital said the vote had been lost.",
        "By The Numbers",
        "By March the lira had lost a fifth of its value.",
    ],
)
def test_prose_or_a_subheading_opening_with_by_names_no_writer(desk_glossary, line):
    names = found(story(STORY, line), desk_glossary)
    assert not {"Tuesday", "The Numbers", "Numbers", "March"} & set(names)


@pytest.mark.parametrize(
    "headline, subheading, place",
    [
        ("Opposition Braces for Protests", "Georgia's Long Winter", "Georgia"),
        ("Tbilisi Braces for Protests", "Opposition Regroups", "Tbilisi"),
        ("Rulers Tighten Grip Before Votes", "Central Asia's Quiet Successions", "Central Asia"),
        ("Floods Swamp Farms Across Sindh as Rivers Rise", "Aid Arrives Late", None),
        ("Markets Rally as Lisbon Hosts Summit", "Investors Return", "Lisbon"),
    ],
)
def test_a_country_city_or_region_named_only_in_a_headline_or_subheading_is_a_place(
    desk_glossary, headline, subheading, place
):
    text = f"{headline}\n\n{STORY}{subheading}\n\nThe vote is due in May, officials said.\n"
    names = found(text, desk_glossary)
    # the style's capitals name nothing else: "Long Winter", "Rulers", "Aid Arrives Late", "Sindh" (no list knows it)
    assert set(names) == ({place} if place else set())
    if place:
        assert names[place][1] == "place"
