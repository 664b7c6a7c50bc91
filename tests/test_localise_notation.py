"""Notations a reader of each edition reads as their own locale writes them (an amount of money) or as the source
writes them (a coordinate, a handle, a hashtag, an address): a currency's symbol where CLDR puts it, the rest
as written and, in right-to-left text, one left-to-right run."""

import re
import unicodedata

import pytest

from toolkit.document import Piece
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher
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
        ("ar", "وتعهدت لندن بـ40 مليون £.", f"وتعهدت لندن بـ40{NBSP}مليون{NBSP}{LRI}UK£{PDI}."),
        ("ru", "и ещё 300$ сверху", f"и ещё 300{NBSP}$ сверху"),
        ("tr", "yaklaşık 300 € tutarında", "yaklaşık €300 tutarında"),
    ],
)
def test_an_amount_takes_the_locale_s_symbol_and_position(code, translation, expected):
    source = "The UN gave $300; Turkey $5 million, the EU €2.5 billion, London £40m and ¥1,200."
    assert localise(code, translation, source) == expected


@pytest.mark.parametrize(
    ("code", "translation", "expected"),
    [
        ("ru", "от $5-7 млн", f"от 5–7{NBSP}млн{NBSP}$"),  # the range in Russian's dash
        ("ru", "от $1.5–2 млрд", f"от 1,5–2{NBSP}млрд{NBSP}$"),
        ("tr", "5–7 milyon $ arası", f"$5–7{NBSP}milyon arası"),
        ("fa", "بین $5-7 میلیون", f"بین ${NBSP}{LRI}۵-۷{PDI}{NBSP}میلیون"),
    ],
)
def test_a_range_of_money_keeps_its_symbol_once_where_the_locale_puts_it(code, translation, expected):
    assert localise(code, translation, "between $5-7 million and $1.5–2 billion") == expected


def test_an_amount_in_native_arabic_digits_keeps_its_symbol_as_one_run_after_it():
    localised = localise("ar", "قدمت $1,200 لسوريا", "It gave $1,200 to Syria", digits="native")
    assert localised == f"قدمت ١٬٢٠٠{NBSP}{LRI}US${PDI} لسوريا"


def test_a_symbol_without_an_amount_or_a_price_tag_in_code_is_left_alone():
    assert localise("ru", "курс $ к рублю") == "курс $ к рублю"
    assert localise("ru", "тикер $AAPL вырос") == "тикер $AAPL вырос"
    assert localise("tr", "$ işareti") == "$ işareti"


def test_a_currency_the_locale_has_no_symbol_for_keeps_the_source_s_symbol():
    assert localise("ar", "بقيمة ₽500", "worth ₽500") == f"بقيمة 500{NBSP}₽"


# --- ISO codes: the code kept, where the locale's pattern puts the symbol -------------------------------------

CODE_SOURCE = "The IMF lent USD 300, the EU 300 EUR and EUR 5 million, Ankara TRY 1,200.5 and Iran 2.5 billion IRR."


@pytest.mark.parametrize(
    ("code", "translation", "expected"),
    [
        ("ru", "МВФ выделил USD 300, ЕС 300 EUR.", f"МВФ выделил 300{NBSP}USD, ЕС 300{NBSP}EUR."),
        ("ru", "ЕС дал EUR 5 млн, Анкара TRY 1,200.5.", f"ЕС дал 5{NBSP}млн{NBSP}EUR, Анкара 1{NBSP}200,5{NBSP}TRY."),
        ("ru", "Иран — 2.5 млрд IRR.", f"Иран — 2,5{NBSP}млрд{NBSP}IRR."),
        ("tr", "IMF 300 USD, AB 300 EUR verdi.", f"IMF USD{NBSP}300, AB EUR{NBSP}300 verdi."),
        (
            "tr",
            "AB 5 milyon EUR, Ankara 1,200.5 TRY ayırdı.",
            f"AB EUR{NBSP}5{NBSP}milyon, Ankara TRY{NBSP}1.200,5 ayırdı.",
        ),
        ("tr", "İran USD300 istedi.", f"İran USD{NBSP}300 istedi."),
        ("ar", "أقرض الصندوق USD 300.", f"أقرض الصندوق 300{NBSP}{LRI}USD{PDI}."),
        ("ar", "وأعطى الاتحاد EUR 5 مليون.", f"وأعطى الاتحاد 5{NBSP}مليون{NBSP}{LRI}EUR{PDI}."),
        ("fa", "صندوق 300 USD وام داد.", f"صندوق {LRI}USD{PDI}{NBSP}۳۰۰ وام داد."),
        ("fa", "ایران 2.5 میلیارد IRR.", f"ایران {LRI}IRR{PDI}{NBSP}۲٫۵{NBSP}میلیارد."),
        ("fa", "ایران USD300 خواست.", f"ایران {LRI}USD{PDI}{NBSP}۳۰۰ خواست."),
    ],
)
def test_an_amount_with_an_iso_code_keeps_the_code_where_the_locale_puts_a_symbol(code, translation, expected):
    assert localise(code, translation, CODE_SOURCE) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "TOP 10 и ALL 300 пассажиров"),  # codes that are words in capitals
        ("ru", "версия PHP 8 и CO2 300"),
        ("tr", "NATO 300 asker, ABD 50 uçak"),  # no ISO codes
        ("ru", "курс USD к рублю и EUR/USD"),  # a code without an amount
        ("tr", "USDT 300 ve DEM 300"),  # a longer word, a currency no longer used
        # a number after "Top" is a rank: the code names what is ranked, it is no amount's
        ("tr", "Türkiye, Top 10 USD borçlusu arasında."),
        ("ru", "Турция входит в Top 10 USD должников и top-5 EUR облигаций."),
        ("tr", "TOP 20 EUR fonu"),
        # a code joined to digits by a hyphen is an identifier (CVE is also Cape Verde's escudo)
        ("tr", "CVE-2023-42917 açığı ve ALL-2024 raporu"),
        ("ru", "уязвимость CVE-2023-42917 и CVE-2024-1086"),
    ],
)
def test_capitals_that_are_no_code_of_an_amount_are_left_alone(code, text):
    assert localise(code, text) == text


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fa", "ترکیه در میان Top 10 USD بدهکاران است.", f"ترکیه در میان {LRI}Top ۱۰ USD{PDI} بدهکاران است."),
        ("ar", "بين Top 10 USD من المدينين", f"بين {LRI}Top 10 USD{PDI} من المدينين"),
        ("ar", "الثغرة CVE-2023-42917، نشرت", f"الثغرة {LRI}CVE-2023-42917{PDI}، نشرت"),
        ("fa", "حفره‌ی CVE-2023-42917، منتشرشده", f"حفره‌ی {LRI}CVE-2023-42917{PDI}، منتشرشده"),
        # an amount beside a rank is still an amount
        ("tr", "Top 10 listesinde 300 USD verdi.", f"Top 10 listesinde USD{NBSP}300 verdi."),
    ],
)
def test_a_rank_before_a_code_is_no_amount_in_any_edition(code, text, expected):
    assert localise(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("ru", "Пара EUR/USD выросла до 1.08.", "Пара EUR/USD выросла до 1.08."),
        ("ru", "Курс EUR/USD 1.08, USD/RUB 92.5.", "Курс EUR/USD 1.08, USD/RUB 92.5."),
        ("tr", "Kur 1.08 EUR/USD oldu.", "Kur 1.08 EUR/USD oldu."),
        ("tr", "USD/TRY 34.5 ve USD 300 fiyat.", "USD/TRY 34.5 ve USD\u00a0300 fiyat."),
        ("ru", "USD/TRY 34.5 и 300 USD.", "USD/TRY 34.5 и 300\u00a0USD."),
    ],
)
def test_a_currency_pair_quoted_with_its_rate_is_no_amount(code, text, expected):
    """EUR/USD 1.08 is a pair's rate: no code moved into it (EUR/1,08 USD), while a code's amount beside it is read."""
    assert localise(code, text) == expected


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_currency_pair_quoted_with_its_rate_keeps_its_order_in_right_to_left_text(code):
    localised = localise(code, "سعر EUR/USD 1.08 و 1.09 EUR/USD").replace(LRI, "").replace(PDI, "")
    assert "EUR/USD " in localised and " EUR/USD" in localised and "USD\u00a0" not in localised


@pytest.mark.parametrize(
    "text", ["Fiyat 5 EUR'dan 7 EUR'ya çıktı.", "Yıllık 300 USD'lik maaş.", "40 $'lık fatura", "5 milyon €’luk fon"]
)
def test_a_turkish_suffix_on_a_code_or_symbol_keeps_it_after_the_amount(text):
    localised = localise("tr", text, "The price rose from EUR 5 to EUR 7: a USD 300 wage, a $40 bill, a €5m fund.")
    assert localised.replace(NBSP, " ") == text  # (a no-break space joins 5 and milyon, as ever)


@pytest.mark.parametrize(
    ("code", "symbol", "expected"),
    [
        ("ru", "US$", f"300{NBSP}$"),
        ("ru", "C$", f"300{NBSP}CA$"),
        ("ru", "A$", f"300{NBSP}A$"),
        ("ru", "$", f"300{NBSP}$"),
        ("tr", "C$", "CA$300"),
        ("tr", "A$", "AU$300"),
        ("tr", "US$", "$300"),
        ("ar", "C$", f"300{NBSP}{LRI}CA${PDI}"),
        ("ar", "A$", f"300{NBSP}{LRI}AU${PDI}"),
        ("ar", "$", f"300{NBSP}{LRI}US${PDI}"),
        ("fa", "C$", f"{LRI}$CA{PDI}{NBSP}۳۰۰"),
        ("fa", "US$", f"${NBSP}۳۰۰"),
    ],
)
def test_dollar_symbols_english_copy_writes_are_read_as_their_currencies(code, symbol, expected):
    assert localise(code, f"— {symbol}300 —", f"It gave {symbol}300.") == f"— {expected} —"


# --- coordinates: the source's notation, one left-to-right run --------------------------------------------


@pytest.mark.parametrize("code", ["ru", "tr"])
def test_a_coordinate_keeps_its_decimal_point_in_a_left_to_right_edition(code):
    source = "The camp lies at 33.5°N 36.3°E, 2.5 km from the border."
    localised = localise(code, "33.5°N 36.3°E, 2.5 km", source)
    assert localised.startswith("33.5°N 36.3°E, 2,5")


@pytest.mark.parametrize(
    ("code", "translation", "coordinate"),
    [
        ("fa", "اردوگاه در 33.5°N 36.3°E قرار دارد.", "33.5°N 36.3°E"),
        ("fa", "اردوگاه در ۳۳٫۵°N ۳۶٫۳°E قرار دارد.", "33.5°N 36.3°E"),
        ("ar", "يقع المخيم عند 33°30′N, 36°18′E قرب الحدود.", "33°30′N, 36°18′E"),
        ("ar", "عند 36°17'45\"E تماما", "36°17'45\"E"),
    ],
)
def test_a_coordinate_in_right_to_left_text_is_the_source_s_notation_in_one_run(code, translation, coordinate):
    source = "The camp lies at 33.5°N 36.3°E, near 33°30′N, 36°18′E and 36°17'45\"E."
    assert f"{LRI}{coordinate}{PDI}" in localise(code, translation, source)


def test_a_temperature_is_no_coordinate():
    assert localise("ru", "жара 45.5 °C", "heat of 45.5 °C") == f"жара 45,5{NBSP}°C"


# --- handles, hashtags and addresses: as written, one run ---------------------------------------------------


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("token", ["@SyriaNow", "@the_erdogan", "#Idlib2024", "#Syria", "press@sana.sy"])
def test_a_handle_hashtag_or_mail_address_is_one_left_to_right_run(code, token):
    localised = localise(code, f"تابعوا {token} اليوم، 2024", f"Follow {token} today, 2024")
    assert f"{LRI}{token}{PDI}" in localised


def test_a_hashtag_or_handle_after_an_arabic_proclitic_is_one_run_after_it():
    assert localise("ar", "تابعوا و#Idlib و@OCHA") == f"تابعوا و{LRI}#Idlib{PDI} و{LRI}@OCHA{PDI}"


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_footnote_mark_right_after_an_address_is_no_part_of_it(code):
    localised = localise(code, "انظر www.sana.sy/news[^1] و https://x.org/a?b=1[^note].")
    assert f"{LRI}www.sana.sy/news{PDI}{LRI}[^1]{PDI}" in localised
    assert f"{LRI}https://x.org/a?b=1{PDI}{LRI}[^note]{PDI}" in localised


def test_a_hash_or_at_sign_inside_a_latin_word_is_no_handle():
    assert localise("ru", "язык C# и AT&T, цена 5@10") == "язык C# и AT&T, цена 5@10"


def test_a_handle_keeps_its_digits_and_underscores_in_persian():
    assert f"{LRI}@news_24{PDI}" in localise("fa", "صفحه @news_24 را دنبال کنید")


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize(
    "hashtag",
    [
        "#سوريا",
        "#سوريا_تنتصر",
        "#غزة_2024",
        "#ایران_آزاد",
        "#زن_زندگی_آزادی",
        "#می\u200cخواهم",
        "#\u0886ولو_2024",  # a letter of Arabic Extended-B (thin yeh) first
        "#\ufeb3\ufeee\ufead\ufef3\ufe8e_2024",  # سوريا in presentation forms, as copied from a PDF
    ],
)
def test_a_hashtag_in_arabic_letters_is_one_right_to_left_run_as_written(code, hashtag):
    """Its digits and letters the source's (no Persian digits, no Arabic ي for ی), no comma of the edition's in it,
    and no isolates: right to left with the text, its "#" on the right, where its reading starts."""
    localised = localise(code, f"نشر ناشطون {hashtag}, 2024.", f"Activists shared {hashtag}, 2024.")
    assert f" {hashtag}\u060c" in localised


def test_a_hashtag_in_arabic_letters_after_a_proclitic_or_beside_latin_ones_stays_whole():
    assert localise("ar", "وسم و#سوريا و#Idlib") == f"وسم و#سوريا و{LRI}#Idlib{PDI}"
    assert localise("ar", "وسم #سوريا", direction_marks="marks") == "وسم #سوريا"


def test_a_hashtag_in_arabic_letters_in_a_left_to_right_edition_is_written_as_it_is():
    assert localise("ru", "Активисты писали #سوريا_2024, а не #Idlib.") == "Активисты писали #سوريا_2024, а не #Idlib."


@pytest.mark.skipif(unicodedata.unidata_version < "14", reason="Arabic Extended-B came with Unicode 14")
def test_the_arabic_script_s_letters_are_the_letters_unicode_has_in_its_blocks():
    """What a hashtag in Arabic letters must hold one of: every letter of the blocks (Lo), nothing else."""
    from toolkit.languages import ARABIC_SCRIPT_LETTERS, ARABIC_SCRIPT_RANGES

    letter, block = re.compile(f"[{ARABIC_SCRIPT_LETTERS}]"), re.compile(f"[{ARABIC_SCRIPT_RANGES}]")
    characters = [chr(point) for point in range(0x10000)]  # the blocks are all in the Basic Multilingual Plane
    assert [ch for ch in characters if letter.match(ch) and not block.match(ch)] == []
    in_blocks = [ch for ch in characters if block.match(ch)]
    assert [ch for ch in in_blocks if bool(letter.match(ch)) != (unicodedata.category(ch) == "Lo")] == []


@pytest.mark.parametrize("text", ["رقم#1", "كلمة #", "C# و#_2024", "#_", "رقم #١٢", "لماذا #؟", "#\u0640\u0890"])
def test_a_hash_sign_without_arabic_letters_after_it_is_no_arabic_hashtag(text):
    from toolkit.localise import verbatim_spans

    assert verbatim_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "#" + "س" * 40_000 + "@",  # a long word glued to a handle's sign: no hashtag, found without going back
        "#" + "ي" * 40_000 + "x",  # glued to a Latin letter
        "#" + "\u200c" * 40_000 + "س" * 40_000 + "#",
        "و#" + "_" * 40_000 + "غزة" + "\u0640" * 40_000 + "@",
    ],
)
# a hang guard only (speed is measured in bench/): going back over the word took over six seconds for 20,000
# letters, growing as the square (over a minute for these 40,000); read once, a fraction of a second
@pytest.mark.timeout(60)
def test_a_long_run_after_a_hash_sign_is_read_in_linear_time(text):
    from toolkit.localise import verbatim_runs

    for code in ("ar", "fa"):
        localise(code, text)
    assert verbatim_runs(text) == []


@pytest.mark.parametrize(
    ("text", "hashtag"),
    [("#سوريا\u200c ok", "#سوريا"), ("#می\u200cخواهم\u200c\u200c", "#می\u200cخواهم"), ("و#غزة_2024@", None)],
)
def test_a_hashtag_in_arabic_letters_ends_at_its_last_letter_mark_or_digit(text, hashtag):
    from toolkit.localise import verbatim_spans

    assert [text[start:end] for start, end in verbatim_spans(text)] == ([hashtag] if hashtag else [])


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [("ar", "نشر ناشطون #سوريا_تنتصر عن سوريا", "سوريا"), ("fa", "کاربران #ایران و #سوریه_آزاد درباره ایران", "ایران")],
)
def test_no_rendering_is_found_inside_a_hashtag_in_arabic_letters(code, text, name):
    from conftest import ROOT

    from toolkit.glossary.locate import TargetLocator

    locator = TargetLocator(load_glossary([ROOT / "glossaries"]), code)
    found = locator.find(text)
    assert [(m.surface, m.start) for m in found] == [(name, text.rindex(name))]


@pytest.fixture(scope="module")
def matcher():
    from conftest import ROOT

    return Matcher(load_glossary([ROOT / "glossaries"]))


@pytest.mark.parametrize(
    "text",
    [
        "Follow @The_Erdogan for updates.",
        "Read https://example.com/Syria/Idlib for more.",
        "See www.syria-news.org/Erdogan today.",
        "Write to Erdogan.office@example.org now.",
        "Use #Syria_Now and #Putin2024.",
    ],
)
def test_no_glossary_name_is_found_inside_a_handle_hashtag_or_address(matcher, text):
    assert matcher.find(text) == []


def test_a_name_beside_an_address_is_still_found(matcher):
    mentions = matcher.find("Erdogan spoke, see https://example.com/Syria, and Syria replied.")
    assert [m.surface for m in mentions] == ["Erdogan", "Syria"]


@pytest.mark.parametrize(
    ("code", "text", "beside"),
    [
        ("ru", "см. https://example.com/Сирия/Идлиб и pr@example.org", "Сирия"),
        ("tr", "bkz. https://example.com/Suriye ve www.erdogan.gov.tr/Erdoğan", "Suriye"),
        ("ar", "انظر https://example.com/سوريا اليوم", "سوريا"),
    ],
)
def test_no_rendering_is_found_inside_an_address_of_a_translation(code, text, beside):
    from conftest import ROOT

    from toolkit.glossary.locate import TargetLocator

    locator = TargetLocator(load_glossary([ROOT / "glossaries"]), code)
    assert locator.find(text) == []
    assert [m.surface for m in locator.find(f"{text} {beside}")] == [beside]


def test_names_between_many_handles_and_addresses_are_each_found_once(matcher):
    text = "Syria #Syria https://x.org/Syria @Syria_1 " * 2000
    mentions = matcher.find(text)
    assert len(mentions) == 2000 and {m.surface for m in mentions} == {"Syria"}
    assert all(text[m.start - 1 : m.start] in ("", " ") for m in mentions)


# a hang guard only (speed is measured in bench/): 5,000 groups took 17 seconds a reading when every digit could
# start an amount, and these 12,000 groups are read eight times (minutes); a fraction of a second now
@pytest.mark.timeout(60)
@pytest.mark.parametrize("separator", ["\u00a0", "\u202f", "\u066c", "\u066b", ","])
def test_a_long_run_of_grouped_digits_beside_capitals_is_read_in_linear_time(separator):
    """Every digit after a group separator could start an amount, each read to the run's end: seconds per
    thousand digits. An amount starts only where a number does."""
    text = "Бюджет ABC " + f"1{separator}" * 6000 + "USD и $" + f"2{separator}" * 6000
    for code in ("ru", "tr", "ar", "fa"):
        currency_style(code).write(currency_style(code).write_codes(text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("tr", "ABD ve NATO, Ankara'da 3 saat görüştü."),
        ("ru", "Генсек NATO прибыл в ОАЭ 12 марта."),
        ("ar", "قالت NATO إن 300 جندي وصلوا."),
        ("fa", "سازمان NATO و UNESCO در ۱۲ مارس بیانیه دادند."),
    ],
)
def test_capitals_that_stand_beside_no_amount_never_read_the_currencies(code, text):
    # CLDR's currencies cost a run tens of milliseconds: they are read only for a code beside an amount
    currency_style.cache_clear()
    assert localise(code, text).replace(LRI, "").replace(PDI, "")
    assert currency_style.cache_info().misses == 0


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("USD 300", True),
        ("300 EUR", True),
        ("5 million USD", True),
        ("5 млн USD", True),
        ("TRY-5", True),
        ("NATO 300", False),
        ("3 NATO", False),
        ("USDA", False),
    ],
)
def test_the_test_for_money_sees_every_code_beside_an_amount(text, money):
    from toolkit.localise import _CODE_BESIDE_AMOUNT

    assert bool(_CODE_BESIDE_AMOUNT.search(text)) is money
