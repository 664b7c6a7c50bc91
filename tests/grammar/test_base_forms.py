"""A name as a sentence wrote it, read back to the form a glossary stores (nominative, bare)."""

import pytest

from toolkit.grammar.base_forms import dictionary_form


@pytest.mark.parametrize(
    ("surface", "case", "kind", "base"),
    [
        ("Сергеем Лавровым", "ins", "person", "Сергей Лавров"),
        ("Лаврофым", "ins", "person", "Лавроф"),  # a misspelt name in a case: the model's spelling, not an adjective
        ("Марии Захаровой", "gen", "person", "Мария Захарова"),  # a woman's name: the first name tells the gender
        ("Хасана Насраллы", "gen", "person", "Хасан Насралла"),
        ("Абу Мохаммада аль-Джулани", "gen", "person", "Абу Мохаммад аль-Джулани"),  # -и after н: indeclinable
        ("Тамимом бин Хамадом Аль Тани", "ins", "person", "Тамим бин Хамад Аль Тани"),
        ("Дамаска", "gen", "place", "Дамаск"),
        ("Латакии", "prep", "place", "Латакия"),
        ("Хомсе", "prep", "place", "Хомс"),
        ("Центра Карнеги", "gen", "organisation", "Центр Карнеги"),
    ],
)
def test_russian_cases_are_read_back_through_the_proposed_forms(surface, case, kind, base):
    assert dictionary_form(surface, (case,), "ru", kind) == base


def test_a_name_met_in_the_nominative_elsewhere_wins():
    assert dictionary_form("Лаврофу", ("dat",), "ru", "person") == "Лавроф"  # alone, the dative of Лавроф
    assert dictionary_form("Лаврофу", ("dat",), "ru", "person", known=["Лаврофу"]) == "Лаврофу"
    assert dictionary_form("Шойгу", ("dat",), "ru", "person") == "Шойгу"  # a surname the dictionary knows
    assert dictionary_form("Шойгу", ("dat",), "ru", "person", known=["Шойгу"]) == "Шойгу"
    assert dictionary_form("Lavrov'a", ("dat",), "tr", "person", known=["Lavrov"]) == "Lavrov"


@pytest.mark.parametrize(
    ("surface", "tokens", "language", "base"),
    [
        ("Lavrov'un", ("gen",), "tr", "Lavrov"),
        ("Lavrovun", ("gen",), "tr", "Lavrov"),  # the suffix glued on without the apostrophe
        ("Şam'da", ("loc",), "tr", "Şam"),
        ("Şamdaki", ("loc",), "tr", "Şam"),  # -ki after the case
        ("Kamışlı'ya", ("dat",), "tr", "Kamışlı"),
        ("ولافروف", ("wa",), "ar", "لافروف"),
        ("للجولاني", ("li",), "ar", "الجولاني"),  # ل + ال is written لل
        ("وبدمشق", ("wa", "bi"), "ar", "دمشق"),
        ("وGoogle", ("wa",), "ar", "Google"),  # a brand kept in Latin letters
        ("لـMeta", ("li",), "ar", "Meta"),  # the tatweel that joins the proclitic to it
        ("بIntel", ("bi",), "ar", "Intel"),  # or none
        ("لـطهران", ("li",), "ar", "طهران"),  # a tatweel the model stretched before an Arabic name
        ("لاوروفِ", ("ez",), "fa", "لاوروف"),  # an ezafe written as a kasra
        ("سوریه‌ی", ("ez",), "fa", "سوریه"),  # after a silent h: ZWNJ and ی
        ("مسکوی", ("ez",), "fa", "مسکو"),  # after a vowel: ی
    ],
)
def test_suffixes_proclitics_and_ezafe_are_taken_off_by_the_rules_that_put_them_on(surface, tokens, language, base):
    assert dictionary_form(surface, tokens, language) == base


def test_the_nominative_is_the_base():
    assert dictionary_form("Сергей Лавров", (), "ru") == "Сергей Лавров"
    assert dictionary_form("قاميشلي", (), "ar") == "قاميشلي"


def test_without_the_proposed_forms_code_a_russian_oblique_case_is_not_read(monkeypatch):
    from toolkit.grammar import base_forms

    monkeypatch.setattr(base_forms, "russian_forms_available", lambda: False)
    assert dictionary_form("Лавровым", ("ins",), "ru") is None
    assert dictionary_form("Лавров", (), "ru") == "Лавров"
