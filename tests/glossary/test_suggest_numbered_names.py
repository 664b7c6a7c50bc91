"""A name the copy writes with its number every time is one name with its number: an aircraft's, a car's, a
warship's class, a law's article or section ("Dash 8", "Clio 6", "Article 314", "Section 702"), typed as a term;
a word also met without its number, in lowercase, or opening a sentence as a count's word keeps its number out."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("The carrier grounded its Dash 8 turboprops after a landing gear failure in Oslo.", "Dash 8"),
        ("Renault said its new Clio 6 would be built in Bursa from next year.", "Clio 6"),
        ("The navy will buy more Eurofighter jets and a fleet of Type 26 frigates.", "Type 26"),
        ("Microsoft will stop updating Windows 10 in October, moving users to Windows 11.", "Windows 11"),
    ],
)
def test_a_name_and_its_number_are_one_term(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "term"
    assert name.split()[0] not in candidates


@pytest.mark.parametrize(
    "text, article, law",
    [
        (
            "He was charged under Article 314 of the Penal Code, which covers membership of an armed group.",
            "Article 314",
            "Penal Code",
        ),
        (
            "Lawmakers want to renew Section 702 of the Foreign Intelligence Surveillance Act before April.",
            "Section 702",
            "Foreign Intelligence Surveillance Act",
        ),
        ("The ministry cited Article 8.2 of the Labour Code in its ruling on Friday.", "Article 8.2", "Labour Code"),
    ],
)
def test_a_laws_article_is_a_term_and_stops_before_of(desk_glossary, text, article, law):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[article][1] == "term"
    assert candidates[law][1] == "term"
    assert not any(" of the " in name for name in candidates)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Turkish Airlines flew 85 million passengers last year, and the airline plans more.", "Turkish Airlines 85"),
        ("Tesla sold more cars in May. Tesla 3 rivals came later.", "Tesla 3"),
        ("Group 7 was the hardest draw. Stage 3 was flat, but the stage after it climbed.", "Stage 3"),
        ("The Basra office sends CSV 2 files to the bank.", "CSV 2"),
        ("Ankara 2 Izmir 1 was the final score, and Ankara topped the group.", "Ankara 2"),
    ],
)
def test_a_count_a_score_or_a_word_met_alone_keeps_its_number_out(desk_glossary, text, absent):
    assert absent not in in_sentence(text, desk_glossary)


@pytest.mark.parametrize(
    "text, maker, product",
    [
        ("Ukraine received AeroVironment Switchblade 600 drones in May, officials said.", "AeroVironment",
         "Switchblade 600"),
        ("He filmed the climb on a GoPro Hero 12 camera at the summit.", "GoPro", "Hero 12"),
    ],
)  # fmt: skip
def test_a_makers_brand_before_its_numbered_product_is_a_name_of_its_own(desk_glossary, text, maker, product):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[maker][1] == "organisation"
    assert candidates[product][1] == "term"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Astronomers said 1997 XF11 would miss Earth by a wide margin in 2028.", "1997 XF11"),
        ("Insurers of satellites follow 2000 SG344, which passes close every few decades.", "2000 SG344"),
    ],
)
def test_a_small_bodys_year_and_code_are_one_term(desk_glossary, text, name):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == "term"
    assert name.split()[1] not in candidates


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In 2023 NATO said its members would spend more.", "2023 NATO"),
        ("The 2022 G20 leaders met in Bali.", "2022 G20"),
        ("Sales rose 12.5 percent in 2024 Q3, the firm said.", "2024 Q3"),
    ],
)
def test_a_year_before_an_acronym_is_no_part_of_it(desk_glossary, text, absent):
    assert absent not in in_sentence(text, desk_glossary)
