"""Where a name ends: over 'and', 'of', 'in' and 'the' when the name itself holds them (an acronym in brackets
spelling it out, a library and museum that are one institution, "Save the Children", an honour named after a
ruler), and at 'and' when two bodies each named whole stand side by side ("BP Plc and Shell Plc")."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Observers from the Organization for Security and Co-operation in Europe (OSCE) said the count was fair.",
            "Organization for Security and Co-operation in Europe",
        ),
        (
            "The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an appeal.",
            "International Federation of Red Cross and Red Crescent Societies",
        ),
        (
            "The deal would open the Trump Route for International Peace and Prosperity (TRIPP) across the south.",
            "Trump Route for International Peace and Prosperity",
        ),
        (
            "Shares rose after the Department for Environment and Rural Affairs (DERA) approved the plan.",
            "Department for Environment and Rural Affairs",
        ),
        (
            "Last year the Bureau of Investigative Journalism in Africa (BIJA) published the files.",
            "Bureau of Investigative Journalism in Africa",
        ),
    ],
)
def test_an_acronym_in_brackets_holds_together_the_name_it_spells(desk_glossary, sentence, name):
    names = in_sentence(sentence, desk_glossary)
    assert name in names
    assert not any(other != name and other in name for other in names)  # no piece of it as a name of its own


@pytest.mark.parametrize(
    "sentence, firms",
    [
        ("In London, BP Plc and Shell Plc fell on lower oil prices.", {"BP Plc", "Shell Plc"}),
        (
            "Kitchens were run by the Edhi Foundation and Alkhidmat Foundation in the city.",
            {"Edhi Foundation", "Alkhidmat Foundation"},
        ),
        (
            "The merger of Barclays Bank and Lloyds Bank was never approved.",
            {"Barclays Bank", "Lloyds Bank"},
        ),
    ],
)
def test_two_bodies_each_named_whole_are_two_names(desk_glossary, sentence, firms):
    names = in_sentence(sentence, desk_glossary)
    assert firms <= set(names)
    assert all(names[firm][1] == "organisation" for firm in firms)


@pytest.mark.parametrize(
    "sentence, name, other",
    [
        (
            "The manuscript was lent by the Malek National Library and Museum in the capital.",
            "Malek National Library and Museum",
            None,
        ),
        (
            "A concert at the Umm Kulthum Museum on Roda Island drew crowds.",
            "Umm Kulthum Museum",
            "Roda Island",
        ),
        (
            "The letters are held by the Bodleian Library and Archives in Oxford.",
            "Bodleian Library and Archives",
            "Oxford",
        ),
    ],
)
def test_a_museum_a_library_and_an_archive_are_one_body_and_end_before_where_they_stand(
    desk_glossary, sentence, name, other
):
    names = in_sentence(sentence, desk_glossary)
    assert names[name][1] == "organisation"
    if other:
        assert other in names


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Islamic Relief and Save the Children said they were moving staff.", "Save the Children", "organisation"),
        ("The charity Save the Children warned of hunger in the camps.", "Save the Children", "organisation"),
        ("A statue of Catherine the Great stands in the square.", "Catherine the Great", "person"),
    ],
)
def test_a_name_made_with_the_stays_whole(desk_glossary, sentence, name, kind):
    assert in_sentence(sentence, desk_glossary)[name][1] == kind


@pytest.mark.parametrize(
    "sentence, award",
    [
        ("The Sheikh Zayed Book Award announced its own list on Monday.", "Sheikh Zayed Book Award"),
        ("She won the King Faisal Prize in 2019.", "King Faisal Prize"),
        ("The Prince Claus Award went to a Syrian collective this year.", "Prince Claus Award"),
    ],
)
def test_an_honour_named_after_a_ruler_keeps_the_title(desk_glossary, sentence, award):
    names = in_sentence(sentence, desk_glossary)
    assert names[award][1] == "award"


def test_a_religious_leaders_title_is_no_part_of_his_name(desk_glossary):
    names = in_sentence("He met the church's head, Catholicos Karekin II, on Monday.", desk_glossary)
    assert "Karekin II" in names and "Catholicos Karekin II" not in names


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "The bank's chief economist left in May. Chief Executive Mikheil Lomtadze, a Georgian, told analysts "
            "that sales grew.",
            "Mikheil Lomtadze",
        ),
        (
            "The deputy governor resigned. Deputy Prime Minister Cevdet Yilmaz said the budget would hold.",
            "Cevdet Yilmaz",
        ),
    ],
)
def test_a_title_of_several_words_opening_a_sentence_is_cut_whole(desk_glossary, text, person):
    names = in_sentence(text, desk_glossary)
    assert person in names
    assert not any(name != person and name.endswith(person) for name in names)  # not "Executive Mikheil Lomtadze"


@pytest.mark.parametrize(
    "sentence, apart",
    [
        ("Prices rose in March. Meanwhile the Fed held rates.", "Fed"),
        ("Shelling went on overnight. In Rafah the Army said it had found a tunnel.", "Rafah"),
    ],
)
def test_a_word_and_the_opening_a_clause_or_after_a_place_preposition_stay_apart(desk_glossary, sentence, apart):
    names = in_sentence(sentence, desk_glossary)
    assert apart in names
    assert not any(" the " in name for name in names)
