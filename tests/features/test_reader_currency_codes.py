"""A budget story with ISO currency codes and the dollar symbols of English copy (C$, A$, US$), published from a
reviewed memory: each edition writes each amount in its locale's currency style, the code or symbol on the side
CLDR's pattern puts it."""

import pytest
from desk_runs import published_markdown

from toolkit.localise import LRI, NBSP, PDI

ARTICLE = """# The fund's pledges

The fund lent USD 300 million, Canada C$40 million and Australia A$12 million.

The ministry paid TRY 1.5 billion and the EU 250 EUR per family.
"""

REVIEWED = {
    "The fund's pledges": {
        "ru": "Обязательства фонда",
        "tr": "Fonun taahhütleri",
        "ar": "تعهدات الصندوق",
        "fa": "تعهدات صندوق",
    },
    "The fund lent USD 300 million, Canada C$40 million and Australia A$12 million.": {
        "ru": "Фонд одолжил USD 300 млн, Канада C$40 млн, а Австралия A$12 млн.",
        "tr": "Fon USD 300 milyon, Kanada C$40 milyon ve Avustralya A$12 milyon borç verdi.",
        "ar": "أقرض الصندوق USD 300 مليون وكندا C$40 مليون وأستراليا A$12 مليون.",
        "fa": "صندوق USD 300 میلیون، کانادا C$40 میلیون و استرالیا A$12 میلیون وام داد.",
    },
    "The ministry paid TRY 1.5 billion and the EU 250 EUR per family.": {
        "ru": "Министерство заплатило TRY 1.5 млрд, а ЕС — 250 EUR на семью.",
        "tr": "Bakanlık 1.5 milyar TRY, AB ise aile başına 250 EUR ödedi.",
        "ar": "ودفعت الوزارة TRY 1.5 مليار والاتحاد الأوروبي 250 EUR لكل أسرة.",
        "fa": "وزارت TRY 1.5 میلیارد و اتحادیه اروپا 250 EUR برای هر خانواده پرداخت.",
    },
}


@pytest.fixture
def published(workspace):
    return published_markdown(workspace, "fund", ARTICLE, REVIEWED)


def test_iso_codes_and_english_dollar_symbols_read_in_each_locale_s_currency_style(published):
    assert f"300{NBSP}млн{NBSP}USD, Канада 40{NBSP}млн{NBSP}CA$, а Австралия 12{NBSP}млн{NBSP}A$" in published["ru"]
    assert f"1,5{NBSP}млрд{NBSP}TRY, а ЕС — 250{NBSP}EUR" in published["ru"]
    assert f"USD{NBSP}300{NBSP}milyon, Kanada CA$40{NBSP}milyon ve Avustralya AU$12{NBSP}milyon" in published["tr"]
    assert f"TRY{NBSP}1,5{NBSP}milyar, AB ise aile başına EUR{NBSP}250" in published["tr"]
    assert f"300{NBSP}مليون{NBSP}{LRI}USD{PDI} وكندا 40{NBSP}مليون{NBSP}{LRI}CA${PDI}" in published["ar"]
    assert f"{LRI}USD{PDI}{NBSP}۳۰۰{NBSP}میلیون، کانادا {LRI}$CA{PDI}{NBSP}۴۰{NBSP}میلیون" in published["fa"]
    assert f"{LRI}EUR{PDI}{NBSP}۲۵۰ برای" in published["fa"]
