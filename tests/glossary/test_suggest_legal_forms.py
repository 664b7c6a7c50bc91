"""A firm written with its legal form (Inc., Ltd., plc, AG, SA, A/S, Oyj, "and Co.") is proposed by its name, the
suffixed form a spelling met; the legal form says it is a firm."""

import pytest
from suggest_probes import article, found

from toolkit.glossary.suggest import find_candidates


def candidate(text, glossary, name):
    (found_one,) = [c for c in find_candidates([article("Title\n\n" + text)], glossary) if c.name == name]
    return found_one


@pytest.mark.parametrize(
    "text, name, written",
    [
        (
            "Swiss drugmaker Roche Holding AG agreed to buy a cell-therapy developer.",
            "Roche Holding",
            "Roche Holding AG",
        ),
        (
            "The group agreed to buy Poseida Therapeutics Inc. of San Diego for $1.5 billion.",
            "Poseida Therapeutics",
            "Poseida Therapeutics Inc",
        ),
        ("In Copenhagen, shares of Novo Nordisk A/S rose 6 per cent.", "Novo Nordisk", "Novo Nordisk A/S"),
        ("Fingrid Oyj, the grid operator, said repairs would cost 32 million euros.", "Fingrid", "Fingrid Oyj"),
        ("A court ordered Lafarge SA to stand trial with eight former executives.", "Lafarge", "Lafarge SA"),
        ("Bharat Biotech Ltd. expects approval from regulators this spring.", "Bharat Biotech", "Bharat Biotech Ltd"),
        ("Sumitomo Pharma Co. said it would seek approval in Japan by March.", "Sumitomo Pharma", "Sumitomo Pharma Co"),
    ],
)
def test_a_firm_is_named_without_its_legal_form(desk_glossary, text, name, written):
    firm = candidate(text, desk_glossary, name)
    assert firm.type == "organisation"
    assert firm.variants == [written]
    assert not any(c.name == written for c in find_candidates([article("Title\n\n" + text)], desk_glossary))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rival Eli Lilly and Co. reports results from its own pill next month.", "Eli Lilly"),
        ("The index is published by Dow Jones and Company every trading day.", "Dow Jones"),
        ("At Southwark Crown Court, Glencore plc's former head of oil trading went on trial.", "Glencore"),
        ("AstraZeneca plc said the regulator had accepted its filing.", "AstraZeneca"),
    ],
)
def test_and_co_and_a_lowercase_plc_belong_to_the_firms_name(desk_glossary, text, name):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert candidates[name][1] == "organisation"
    assert "Co" not in candidates and "S" not in candidates


def test_a_firm_and_its_unit_keep_apart(desk_glossary):
    text = (
        "Glencore plc's former head of oil trading went on trial. The charges followed a guilty plea by "
        "Glencore Energy UK Ltd. in 2022."
    )
    candidates = found("Title\n\n" + text, desk_glossary)
    assert candidates["Glencore"][1] == "organisation"
    assert candidates["Glencore Energy UK"][1] == "organisation"


def test_a_person_ending_in_a_word_like_a_legal_form_keeps_it(desk_glossary):
    candidates = found("Title\n\nThe prize went to Hyun Song Shin, who said he was honoured.", desk_glossary)
    assert "Hyun Song Shin" in candidates
