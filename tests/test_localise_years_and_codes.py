"""A year before a currency code (prices in 2015 USD, 2024 EUR bonds, the 2023 GBP figures) names what the code
qualifies, not an amount: the code stays where the translation put it, in every edition. A year the sentence says
is money (paid 1999 USD, 2000 EUR each) and any other amount (1500 USD) take the locale's side for the code."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, NBSP, PDI, Localiser, money_years


def localise(code, text, source):
    return "".join(p.text for p in Localiser(language(code)).localise([Piece(text)], source))


@pytest.mark.parametrize(
    ("code", "source", "translation", "expected"),
    [
        ("tr", "Output is shown in 2015 USD.", "Üretim 2015 USD cinsinden gösteriliyor.", None),
        ("tr", "Investors in 2024 EUR bonds lost.", "2024 EUR tahvillerindeki yatırımcılar kaybetti.", None),
        ("tr", "The 2023 GBP figures show a fall.", "2023 GBP rakamları düşüş gösteriyor.", None),
        (
            "fa",
            "Output is shown in 2015 USD.",
            "تولید به 2015 USD نشان داده می‌شود.",
            "تولید به ۲۰۱۵ {LRI}USD{PDI} نشان داده می‌شود.",
        ),
        (
            "ar",
            "The 2023 GBP figures show a fall.",
            "تظهر أرقام 2023 GBP تراجعا.",
            "تظهر أرقام 2023 {LRI}GBP{PDI} تراجعا.",
        ),
        ("ru", "Investors in 2024 EUR bonds lost.", "Инвесторы в облигации 2024 EUR потеряли.", None),
    ],
)
def test_a_year_before_a_currency_code_is_no_amount(code, source, translation, expected):
    wanted = translation if expected is None else expected.format(LRI=LRI, PDI=PDI)
    assert localise(code, translation, source) == wanted


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Each investor paid 1500 USD.", "Her yatırımcı 1500 USD ödedi.", f"Her yatırımcı USD{NBSP}1500 ödedi."),
        ("The phone cost 1999 USD.", "Telefon 1999 USD tuttu.", f"Telefon USD{NBSP}1999 tuttu."),
        ("Rooms are 2000 EUR each.", "Odalar tanesi 2000 EUR.", f"Odalar tanesi EUR{NBSP}2000."),
        ("It sold for about 1950 GBP.", "Yaklaşık 1950 GBP'ye satıldı.", "Yaklaşık 1950 GBP'ye satıldı."),  # a suffix
        ("It was worth 2010 EUR.", "Değeri 2010 EUR idi.", f"Değeri EUR{NBSP}2010 idi."),
        ("Fees rose to 300 EUR in 2024.", "Ücretler 2024'te 300 EUR'ya çıktı.", "Ücretler 2024'te 300 EUR'ya çıktı."),
        ("Fees rose to 350 EUR.", "Ücretler 350 EUR oldu.", f"Ücretler EUR{NBSP}350 oldu."),
    ],
)
def test_an_amount_and_a_year_the_sentence_says_is_money_take_the_locale_s_side(source, translation, expected):
    assert localise("tr", translation, source) == expected


def test_the_years_a_sentence_says_are_money():
    assert money_years("He paid 1999 USD and 2015 USD prices rose; rooms cost 2000 EUR.") == {"1999", "2000"}
    assert money_years("In 2015 USD, output fell; the 2023 GBP figures; 2024 EUR bonds.") == frozenset()
    assert money_years("Tickets at 2001 EUR per seat.") == {"2001"}


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile", ["2015 USD " * 2300, "paid " * 4000, "paid 2015" * 2300, "a" * 19_990 + " 2015 USD", "1" * 20_000]
)
def test_twenty_thousand_characters_of_years_and_codes_are_read_in_linear_time(hostile):
    text = hostile[:20_000]
    assert money_years(text) == frozenset()  # a year before a code is no amount; the others hold none
    localised = localise("tr", text, text)
    assert sum(c.isdigit() for c in localised) == sum(c.isdigit() for c in text)
