"""A body of one or two words is typed by what the copy's own words call it (a broker, an agency, a group, an
outlet, "one of the largest insurers", "whose chief executive", "owned by", a team's captain, a town's club in
a match report), and a ship or a spacecraft by its noun (a car or bulk carrier, a flag, a probe, a telescope)."""

import pytest
from suggest_probes import article, in_sentence

from toolkit.glossary.suggest import find_candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("Analysts at the broker Peel Hunt cut their forecast for the miner on Tuesday.", "Peel Hunt"),
        ("The state space agency Ispace said its lander would fly in 2027.", "Ispace"),
        ("Farm workers joined a protest called by the rights group Tierra Libre in Almería.", "Tierra Libre"),
        ("The story was first reported by the independent outlet Mediapart in June.", "Mediapart"),
        ("Hiscox, one of the largest specialist insurers, said claims had doubled.", "Hiscox"),
        ("Orsted, whose shares fell 9 percent, said it would sell assets.", "Orsted"),
        ("Ajax, backed by Heineken, rose to second.", "Heineken"),
        ("Coventry City's captain, Ben Sheaf, said they would recover.", "Coventry City"),
        (
            "Fans marched to the ground, and Coventry City, beaten 2-0 at home on Saturday, sacked the coach.",
            "Coventry City",
        ),
    ],
)
def test_a_body_is_typed_by_what_the_copy_calls_it(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The refinery is owned by Mukesh Ambani, the chairman of the group.", "Mukesh Ambani", "person"),
        ("The final was played in Cape Town, and the fans left happy after the match.", "Cape Town", "place"),
        ("The Mexico City council met on Monday to discuss the water shortage.", "Mexico City", "place"),
    ],
)
def test_a_person_owning_a_firm_and_a_city_in_a_match_report_keep_their_types(desk_glossary, text, name, kind):
    assert in_sentence(text, desk_glossary)[name][1] == kind


@pytest.mark.parametrize(
    "text, name",
    [
        ("The car carrier Hoegh Trigger docked in Emden on Sunday.", "Hoegh Trigger"),
        ("The bulk carrier Ocean Virtue sank off Mauritius in a storm.", "Ocean Virtue"),
        ('A Panama-flagged "Sea Falcon" was seized near Kish on Friday.', "Sea Falcon"),
        ("The Cyprus-flagged Elena K left Piraeus with 40,000 tonnes of grain.", "Elena K"),
        ("Researchers tracked the asteroid Bennu for two years before the sample landed.", "Bennu"),
        ("The images came from the Hubble telescope and the probe Psyche.", "Psyche"),
        ("MV Ocean Grace, a car carrier, was towed to Port Louis.", "MV Ocean Grace"),
    ],
)
def test_a_ship_a_probe_or_an_asteroid_is_a_term_by_its_noun(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "term"


def test_a_carrier_alone_is_still_an_airline(desk_glossary):
    assert in_sentence("The low-cost carrier Wizz Air added routes to Abu Dhabi.", desk_glossary)["Wizz Air"][1] == (
        "organisation"
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("The match at the Estadio Azteca drew 87,000 fans on Sunday.", "Estadio Azteca"),
        ("Marseille play at the Stade Vélodrome, which holds 67,000.", "Stade Vélodrome"),
    ],
)
def test_a_stadium_named_in_its_own_language_is_a_place(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"


@pytest.mark.parametrize(
    "text, name",
    [
        ("A drone struck the Marshall Islands-flagged tanker Sea Star off Aden.", "Marshall Islands"),
        ("The Sierra Leone-registered freighter ran aground near Tripoli.", "Sierra Leone"),
    ],
)
def test_a_name_before_an_adjectives_hyphen_ends_there(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert name in candidates
    assert name.split()[0] not in candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Gaza City Council said the water had run out by Tuesday.", "Gaza City Council"),
        ("A judge at the Harris County Court set bail at 50,000 dollars.", "Harris County Court"),
        ("The Mitte District Court in Berlin fined the landlord.", "Mitte District Court"),
    ],
)
def test_a_bodys_word_heads_a_name_a_places_word_qualifies(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Images from the Hubble Space Telescope showed the comet breaking up.", "Hubble Space Telescope"),
        ("The Mars Reconnaissance Orbiter relayed the signal to Earth.", "Mars Reconnaissance Orbiter"),
    ],
)
def test_a_crafts_noun_ending_its_name_makes_a_term(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "term"


@pytest.mark.parametrize(
    "text, name, prefixed",
    [
        (
            "A drone hit the tanker MT Nordic Star off Aden. The Nordic Star's crew of 22 were safe.",
            "Nordic Star",
            "MT Nordic Star",
        ),
        (
            "The cruise ship MS Zaandam was refused entry at Panama. Passengers of the Zaandam fell ill.",
            "Zaandam",
            "MS Zaandam",
        ),
    ],
)
def test_a_ship_met_with_its_prefix_and_without_is_named_without_it(desk_glossary, text, name, prefixed):
    candidates = {c.name: c for c in find_candidates([article("Title\n\n" + text)], desk_glossary)}
    assert candidates[name].type == "term"
    assert prefixed in candidates[name].variants
    assert prefixed not in candidates
