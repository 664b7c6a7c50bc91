"""Notations a reader of each edition reads as their own locale writes them: an amount of money with its
currency's symbol where CLDR puts it."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, NBSP, PDI, Localiser, currency_style


def localise(code, text, source="", **options):
    return "".join(p.text for p in Localiser(language(code), **options).localise([Piece(text)], source))


# --- money: the symbol where the locale's CLDR currency pattern puts it ------------------------------------


@pytest.mark.parametrize(
    ("code", "before", "between"),
    [("ru", False, NBSP), ("tr", True, ""), ("ar", False, NBSP), ("fa", True, NBSP)],
)
def test_each_locale_places_the_symbol_as_its_cldr_currency_pattern_says(code, before, between):
    style = currency_style(code)
    assert (style.before, style.between) == (before, between)


@pytest.mark.parametrize(
    ("code", "translation", "expected"),
    [
        ("ru", "ООН выделила $300 на помощь.", f"ООН выделила 300{NBSP}$ на помощь."),
        (
            "ru",
            "Турция обещала $5 млн, ЕС — €2.5 млрд.",
            f"Турция обещала 5{NBSP}млн{NBSP}$, ЕС — 2,5{NBSP}млрд{NBSP}€.",
        ),
        ("ru", "Лондон дал £40m и ¥1,200.", f"Лондон дал 40m{NBSP}£ и 1{NBSP}200{NBSP}¥."),
        ("tr", "BM 300 $ yardım verdi.", "BM $300 yardım verdi."),
        ("tr", "Türkiye 5 milyon $ ve €2.5 milyar ayırdı.", f"Türkiye $5{NBSP}milyon ve €2,5{NBSP}milyar ayırdı."),
        ("fa", "سازمان ملل $300 داد.", f"سازمان ملل ${NBSP}۳۰۰ داد."),
        ("fa", "ترکیه 5 میلیون $ داد.", f"ترکیه ${NBSP}۵{NBSP}میلیون داد."),
        ("ar", "قدمت الأمم المتحدة $300.", f"قدمت الأمم المتحدة 300{NBSP}{LRI}US${PDI}."),
        ("ar", "وتعهدت لندن بـ£40 مليون.", f"وتعهدت لندن بـ40{NBSP}مليون{NBSP}{LRI}UK£{PDI}."),
    ],
)
def test_an_amount_takes_the_locale_s_symbol_and_position(code, translation, expected):
    source = "The UN gave $300; Turkey $5 million, the EU €2.5 billion, London £40m and ¥1,200."
    assert localise(code, translation, source) == expected


def test_an_amount_in_native_arabic_digits_keeps_its_symbol_as_one_run_after_it():
    localised = localise("ar", "قدمت $1,200 لسوريا", "It gave $1,200 to Syria", digits="native")
    assert localised == f"قدمت ١٬٢٠٠{NBSP}{LRI}US${PDI} لسوريا"


def test_a_symbol_without_an_amount_or_a_price_tag_in_code_is_left_alone():
    assert localise("ru", "курс $ к рублю") == "курс $ к рублю"
    assert localise("ru", "тикер $AAPL вырос") == "тикер $AAPL вырос"
    assert localise("tr", "$ işareti") == "$ işareti"


def test_a_currency_the_locale_has_no_symbol_for_keeps_the_source_s_symbol():
    assert localise("ar", "بقيمة ₽500", "worth ₽500") == f"بقيمة 500{NBSP}₽"
