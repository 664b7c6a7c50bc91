"""Two romanisations of one name, and a firm's name with and without the words that end it, are one entry: the
second spelling a variant or the short form, never a second stub an editor must delete."""

import pytest
from suggest_probes import article, found

from toolkit.glossary.suggest import find_candidates


def one_entry(text, glossary, spellings):
    candidates = found("Title\n\n" + text, glossary)
    holding = [name for name in candidates if name in spellings]
    return candidates, holding


@pytest.mark.parametrize(
    "text, spellings",
    [
        (
            "President Kassym-Jomart Tokayev called the vote. Tokayev, who is also written Toqaev in Kazakh "
            "transliteration, won easily. Toqaev thanked voters.",
            ("Kassym-Jomart Tokayev", "Tokayev", "Toqaev"),
        ),
        (
            "Sadyr Japarov signed the law on Monday. Critics said Sadyr Zhaparov, as Kyrgyz papers write him, "
            "had bypassed parliament.",
            ("Sadyr Japarov", "Sadyr Zhaparov"),
        ),
        (
            "Voters in Shymkent queued for hours. Turnout in Chimkent, as older maps spell it, was the highest.",
            ("Shymkent", "Chimkent"),
        ),
        (
            "Salome Zourabichvili refused to leave. Zurabishvili, the former president, said the vote was rigged.",
            ("Salome Zourabichvili", "Zurabishvili", "Zourabichvili"),
        ),
        (
            "A new edition of Sadegh Hedayat is out. Sadeq Hedayat's novella was banned for decades.",
            ("Sadegh Hedayat", "Sadeq Hedayat"),
        ),
    ],
)
def test_two_romanisations_of_one_name_are_one_entry(desk_glossary, text, spellings):
    candidates, holding = one_entry(text, desk_glossary, spellings)
    assert len(holding) == 1, candidates


def test_two_names_that_differ_by_more_than_a_romanisation_stay_two(desk_glossary):
    text = "The singer Yousra sang at the gala. The festival's top prize, the Golden Yusr, went to a Tunisian film."
    candidates = found("Title\n\n" + text, desk_glossary)
    assert "Yousra" in candidates and "Golden Yusr" in candidates


@pytest.mark.parametrize(
    "text, long, short",
    [
        (
            "Koç Holding AS said profit fell. Koç Holding owns the refinery, and Koç shares rose 2%.",
            ("Koç Holding AS", "Koç Holding"),
            "Koç",
        ),
        ("Halyk Bank said lending grew. Halyk plans its own app.", ("Halyk Bank",), "Halyk"),
        (
            "Arcelik AS said exports fell. Shares of Arcelik rose 3% in Istanbul.",
            ("Arcelik AS",),
            "Arcelik",
        ),
        (
            "Nebius Group NV said its cloud sales rose. Nebius shares jumped.",
            ("Nebius Group NV", "Nebius Group"),
            "Nebius",
        ),
    ],
)
def test_a_firms_name_without_its_legal_form_or_business_word_is_its_short_form(desk_glossary, text, long, short):
    candidates = find_candidates([article("Title\n\n" + text)], desk_glossary)
    (firm,) = [c for c in candidates if {c.name, *c.shorter} & {*long, short}]  # one entry, not two stubs
    assert short in {firm.name, firm.short} and {*long} & {firm.name, *firm.shorter}
    assert firm.type == "organisation"


def test_a_firm_named_by_its_web_domain_is_one_name_with_its_legal_form(desk_glossary):
    candidates = found("Title\n\nKaspi.kz JSC said payments grew. Shares of Kaspi rose 3% in New York.", desk_glossary)
    assert "JSC" not in candidates and candidates["Kaspi"][1] == "organisation"
