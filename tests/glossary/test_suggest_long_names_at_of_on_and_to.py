"""Long names at 'of the', 'bin', 'on' and 'to the': a person with 'bin' or 'ibn' inside his name 'of' a body is
two names; an office 'of the High Commissioner for ...' is one; a site 'on' a place is two; a mission or an
expedition 'to' where it goes is one, an event. A model's letter after a hyphen ("Gripen-E") is a term, and a
maker's adjective before it ("Swedish-built") no part of it."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            '"It works," said Ahmed bin Saeed Al-Mansoori of the Mohammed bin Zayed University in Abu Dhabi.',
            "Ahmed bin Saeed Al-Mansoori",
            "Mohammed bin Zayed University",
        ),
        (
            "The study was led by Khalid ibn Yusuf Al-Qahtani of the Gulf Research Center in Jeddah.",
            "Khalid ibn Yusuf Al-Qahtani",
            "Gulf Research Center",
        ),
    ],
)
def test_a_person_with_bin_of_a_body_is_two_names(desk_glossary, text, person, body):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[person][1] == "person"
    assert body in candidates
    assert not any(" of the " in name for name in candidates)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Office of the High Commissioner for Refugees said in Geneva it was troubled.", "Office of the High "
         "Commissioner for Refugees"),
        ("The Office of the Special Envoy for Yemen said the talks would resume.", "Office of the Special Envoy for "
         "Yemen"),
    ],
)  # fmt: skip
def test_an_office_of_a_title_for_its_remit_is_one_name(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "text, site, place",
    [
        ("The Paranal Observatory on Cerro Paranal in Chile took the images.", "Paranal Observatory", "Cerro Paranal"),
        ("Patients were moved from the Al-Awda Hospital on Tal al-Zaatar Hill overnight.", "Al-Awda Hospital",
         "Tal al-Zaatar Hill"),
    ],
)  # fmt: skip
def test_a_site_on_a_place_is_two_names(desk_glossary, text, site, place):
    candidates = in_sentence(text, desk_glossary)
    assert site in candidates
    assert candidates[place][1] == "place"


def test_a_committee_on_its_subject_is_still_one_name(desk_glossary):
    assert "Senate Committee on Foreign Relations" in in_sentence(
        "The Senate Committee on Foreign Relations met on Tuesday.", desk_glossary
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("The British Antarctic Survey's Discovery Expedition to the Weddell Sea sailed.",
         "Discovery Expedition to the Weddell Sea"),
        ("Climbers of the Polish Expedition to Everest set off from Lukla on Monday.", "Polish Expedition to Everest"),
    ],
)  # fmt: skip
def test_a_mission_or_an_expedition_to_where_it_goes_is_one_event(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "event"


def test_a_fund_responding_to_the_loss_is_still_cut(desk_glossary):
    assert "Fund for Responding to the Loss" not in in_sentence(
        "The Fund for Responding to the Loss said.", desk_glossary
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Swedish-built Gripen-E will replace the ageing fleet by 2030.", "Gripen-E"),
        ("Kyiv said the German-made Taurus-K missiles had not arrived.", "Taurus-K"),
    ],
)
def test_a_models_letter_makes_a_term_and_its_makers_adjective_stays_out(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "term"
    assert not any("-built" in n or "-made" in n for n in candidates)


@pytest.mark.parametrize(
    "text, compound, place",
    [
        ("Crude moved through the Kirkuk-Ceyhan pipeline to load at Ceyhan, avoiding the strait.", "Kirkuk-Ceyhan",
         "Ceyhan"),
        ("Trucks use the Torkham-Jalalabad road and unload in Jalalabad before dawn.", "Torkham-Jalalabad",
         "Jalalabad"),
    ],
)  # fmt: skip
def test_a_place_met_alone_is_no_short_form_of_a_compound_it_ends(desk_glossary, text, compound, place):
    candidates = in_sentence(text, desk_glossary)
    assert compound in candidates
    assert candidates[place][1] == "place"


def test_a_double_barrelled_surname_is_still_a_persons_short_form(desk_glossary):
    text = "Daniel Day-Lewis won again. In an interview, Day-Lewis said he flew to Day-Lewis's farm."
    assert in_sentence(text, desk_glossary)["Daniel Day-Lewis"][0] == "Day-Lewis"
