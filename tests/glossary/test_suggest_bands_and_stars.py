"""A band is a body by the apposition that names it ("Massive Attack, the Bristol band"), and a one-name artist a
person by the role before the name in lowercase ("pop star Tarkan", "rapper Stormzy"); a broadcaster or a
designer named so is still a body."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Massive Attack, the Bristol band, will headline the Roskilde Festival in Denmark.", "Massive Attack"),
        ("Mashrou Leila, the Lebanese group, will reunite for one concert.", "Mashrou Leila"),
        ("Kronos Quartet, the San Francisco ensemble, premiered the piece.", "Kronos Quartet"),
        ("Tinariwen, a band of Tuareg musicians, won the prize in 2012.", "Tinariwen"),
    ],
)
def test_a_band_named_by_its_apposition_is_an_organisation(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ('Turkish pop star Tarkan, known to fans as "Megastar", sold out four nights.', "Tarkan"),
        ("The festival booked rapper Stormzy for its closing night.", "Stormzy"),
        ("Tickets for superstar Shakira sold out within an hour.", "Shakira"),
        ("A mural of striker Osimhen was unveiled in Naples.", "Osimhen"),
    ],
)
def test_a_one_name_artist_after_a_role_is_a_person(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Zhang told state broadcaster CCTV that hospitals were not under strain.", "CCTV"),
        ("Fidan told the broadcaster TRT Haber that Ankara would act.", "TRT Haber"),
    ],
)
def test_a_broadcaster_named_after_its_noun_stays_a_body(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"
