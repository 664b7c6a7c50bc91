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
