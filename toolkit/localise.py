"""Locale typography: digits, quotation marks, punctuation, direction marks and dates.

- Digits follow the locale's default numbering system in CLDR (via babel):
  Persian digits (۰-۹) for fa, Western digits for ar, tr and ru. A newsroom
  may choose ``"native"`` (Arabic-Indic for ar) or ``"latn"`` instead, per
  language in its settings file.
- Numbers written as the English source writes them (2.4, 1,200, -0.8%) take
  the locale's decimal and grouping separators, minus and plus signs and
  percent sign and pattern from CLDR (babel): 2,4 and 1 200 in ru, %2,4 in
  tr, ۲٫۴٪ in fa. Only a number the source holds in that form is changed, so
  a translation that already wrote 2,4 (or a Russian 1,250, which is not
  1250) is left alone. Times (3:52), fractions (3/4), scores and codes are
  not numbers to change.
- A number and its unit (50 °C, 500 m, 400 mg, 12,5 млрд), a time and
  its zone (10:30 GMT), a section or numero sign and its number (§ 263,
  № 2024/1187), and a day and its month (3 марта, 2 Nisan'da) are joined by
  a no-break space, so a line never ends between them.
- Quotation marks: translations store ASCII ``"..."`` (a model may write
  “...”); each pair becomes the locale's marks from CLDR's delimiters data
  (babel does not ship it, so the values are copied here): «…» for ru and fa,
  “…” for tr, ”…“ for ar; or the pair the newsroom set. A quotation inside a
  quotation ('...' or ‘...’) takes the locale's alternate marks („…“ ru, ‹…›
  fa, ‘…’ tr, ’…‘ ar). A quotation may run over several sentences of a
  paragraph: the marks pair across the paragraph, not only the sentence.
- In Arabic-script editions , ; ? become ، ؛ ؟ (not between digits). In
  Russian a hyphen standing alone between words becomes a dash (—).
- In right-to-left editions, embedded left-to-right runs (Latin words,
  numbers joined by hyphens or dashes such as 2024-03-12 or 60–80, and signed
  numbers such as -0.8% or +3.2) are wrapped in isolates
  (LRI…PDI) or marks (LRM…LRM): without them the bidi algorithm shows such a
  date as 12-03-2024. Plain numbers need nothing and get nothing.
- A Markdown footnote's mark ([^1]) is written as it is, so it still finds
  its note, and in right-to-left text is one left-to-right run.
- Addresses (web and mail addresses), social handles and hashtags (@name,
  #tag, #سوريا) and geographic coordinates (33.5°N 36.3°E, 33°30′N) are
  written as the source writes them: their digits, punctuation and quotation
  marks are theirs, never the locale's, and in right-to-left text each is one
  left-to-right run, except a hashtag of Arabic letters, which reads right to
  left with the text. The glossary matchers find no name inside them.
- An amount of money (a currency symbol before or after a number, with a
  million or billion word or not) takes the locale's CLDR currency pattern
  and symbol: 300 $ and 5 млн $ in ru, $300 in tr, 300 US$ in ar, $ ۳۰۰ in fa.
  "$" is the US dollar; US$, C$ and A$ are the US, Canadian and Australian
  dollars. An ISO code (USD 300, 300 EUR) stays the code, on the side the
  pattern puts the symbol: 300 USD in ru, USD 300 in tr.
- Dates: CLDR's long or full date pattern (babel), or the Solar Hijri
  calendar for Persian, in the edition's digits.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .document import Piece
from .languages import ARABIC_SCRIPT_LETTERS, PERSIAN_FOR_ARABIC, Language
from .memo import per_text
from .patterns import LazyPattern
from .records import dataclass

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .settings import Settings

DIGITS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}

# CLDR 47 main/<lang>/delimiters.json: quotationStart, quotationEnd
CLDR_QUOTES = {
    "en": ("\u201c", "\u201d"),
    "ar": ("\u201d", "\u201c"),
    "fa": ("\u00ab", "\u00bb"),
    "tr": ("\u201c", "\u201d"),
    "ru": ("\u00ab", "\u00bb"),
}

# CLDR 42 main/<lang>/delimiters: alternateQuotationStart, alternateQuotationEnd (a quotation inside a quotation)
CLDR_NESTED_QUOTES = {
    "en": ("\u2018", "\u2019"),
    "ar": ("\u2019", "\u2018"),
    "fa": ("\u2039", "\u203a"),
    "tr": ("\u2018", "\u2019"),
    "ru": ("\u201e", "\u201c"),
}
_DOUBLE_QUOTES = '"\u201c\u201d'  # what a translation or a model writes for a quotation mark
_SINGLE_OPENING, _SINGLE_CLOSING = "'\u2018", "'\u2019"
_PLAIN_QUOTES = _DOUBLE_QUOTES + _SINGLE_OPENING + _SINGLE_CLOSING
NBSP = "\u00a0"

LRI, PDI, LRM = "\u2066", "\u2069", "\u200e"
DIRECTION_MARKS = {"isolates": (LRI, PDI), "marks": (LRM, LRM), "none": ("", "")}
# a str.translate table removing what an edition adds for display (direction isolates, embeddings and marks)
# and what a word processor leaves (zero-width spaces, word joiners, BOM, soft hyphens); ZWNJ and ZWJ are
# Persian and Arabic spelling and stay
INVISIBLE = dict.fromkeys(
    map(ord, "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u00ad")
)

# Solar Hijri months as Iranian newsrooms write them
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")

_ARABIC_PUNCTUATION = {",": "\u060c", ";": "\u061b", "?": "\u061f"}
_LATIN_PUNCTUATION = LazyPattern(r"(?<!\d)[,;?]|[,;?](?!\d)")
_LATIN = "A-Za-z\u00c0-\u024f"
# A Latin run (words joined by spaces, hyphens, apostrophes...), or numbers joined by hyphens
# (2024-03-12): after Arabic letters digits are "Arabic numbers", and a hyphen-minus between
# two of them is neutral, so it takes the paragraph's direction and the parts swap places.
# Commas, points, slashes and colons between digits keep them together, so 1,000 needs nothing.
# A degree sign before Latin letters belongs to them (°C); a number the run ends with keeps its grouped digits
# (the 1,500 metres: the run may not end inside the number). Numbers joined by a hyphen or a dash are a run too
# (a range, 60–80: the dash is neutral as well), and so is a signed number (-0.8%, +3.2): after Arabic letters
# the sign would take the paragraph's direction and stand on the number's far side (also after a proclitic: و+3.5).
# A range's percent sign is inside its run, where the number's own would be (۵–۷٪ as ۴۸٫۵٪). A telephone number
# is one run: between its groups of digits the spaces would take the paragraph's direction and reverse them.
# A number's groups may be joined by a colon or a slash too (a time, 10:30; a date, 12/03/2024): a range of times or
# dates (10:30-12:00, 9:00–17:30, 1/3-5/3) is one run from its first digit, never isolated from inside its first time
# (10:⁦30-12⁩:00, which showed as 10:12-30:00).
_NUMBER_PART = r"\d+(?:[.,:/\u066b\u066c\u00a0]\d+)*"
# A telephone number: international, its area code in brackets or not (+90 212 555 12 34, +7 (495) 123-45-67,
# +44 (0)20 7946 0958), or national with its area code in brackets, three digits or a trunk 0 (in any digits) and up
# to four ((212) 555-0100, (0212) 555 01 23; never a year in brackets before a range, (2019) 2020-2021). Its spaces
# would take a right-to-left paragraph's direction and reverse its groups; it is one left-to-right run. An
# international number has eight digits at least, and a three-digit area code starts with 2-9 before six digits at
# least: a signed number before a list or a sum (+5 10 15, +1 000 000) or a count in brackets before numbers
# ((100) 000 000, (150) 2000 300) is none, and made one run it showed its numbers in the wrong order.
TELEPHONE_NUMBER = (
    r"\+(?=(?:[ \u00a0\-()]{0,3}\d){8})\d{1,3}(?:(?:[ \u00a0]?\(\d{1,4}\)[ \u00a0]?|[ \u00a0\-])\d{1,4}){2,}"
    r"|\((?:[0\u0660\u06f0]\d{2,4}|[2-9\u0662-\u0669\u06f2-\u06f9]\d{2})\)[ \u00a0]?"
    r"(?=(?:[ \u00a0\-]?\d){6})\d{3,4}(?:[ \u00a0\-]\d{2,4}){1,3}"
)
# A currency symbol with Latin letters (US$, UK£, $CA) is one run with its letters. An initial's dot joins the name
# after it (J.D. Vance, U.S. Army): a dot after a single letter, then a space and a Latin word.
_CURRENCY_SIGNS = "$£€¥₹₩₪₽₺₴₼₾"
_CURRENCY_SIGN = LazyPattern(f"[{_CURRENCY_SIGNS}]")
_LTR_RUN = LazyPattern(
    # never from inside a run of digits: a match there starts at the run's first digit, and trying each digit of a
    # long run again made a 20,000-digit number take seconds
    r"(?!(?<=\d)\d)"
    rf"(?:(?:[{_CURRENCY_SIGNS}](?=[{_LATIN}]))?°?(?:\d+[.,\u066b](?=\d))?\d*[{_LATIN}][{_LATIN}\d]*"
    rf"(?:[ \-.'’/:&\u066b\u066c][{_LATIN}\d]+|(?<=\d)[,\u00a0]\d+|(?<=\d)\u2013\d+"
    # degrees against their number inside a Latin phrase (Temperatures of 40°C raised demand): the phrase's
    # own, or it was two runs, each shown on the far side of the other (°C raised demand Temperatures of 40)
    r"|(?<=\d)°[CF](?![^\W\d_])"
    # and so is a percentage's sign (Acme 15%, S&P 500 2.1%, rose by 3.2% in June): left out, it showed on the
    # phrase's far side (%Acme 15)
    r"|(?<=\d)[%\u066a](?![\d%\u066a])"
    # a zone's offset (GMT+3, UTC−5, UTC+03:30): alone, the zone's isolate left it outside, shown as 3+GMT
    r"|(?<=GMT|UTC)[+\u2212]\d{1,2}(?::\d\d)?(?!\d)"
    rf"|(?<![{_LATIN}][{_LATIN}])\. [{_LATIN}][{_LATIN}\d]*)*"
    rf"(?:(?<=[{_LATIN}])[{_CURRENCY_SIGNS}](?!\d))?"
    rf"|(?:{TELEPHONE_NUMBER})(?!\d)"
    # a range never starts inside a number's groups (the 5 of 1,5): the number's own first digit starts it, and trying
    # each group again made a list of 10,000 numbers joined by commas take minutes
    rf"|(?<!\d[.,:/\u066b\u066c\u00a0]){_NUMBER_PART}(?:[-\u2013]{_NUMBER_PART})+[%\u066a]?"
    rf"|(?<![{_LATIN}\d_\-\u2013])[-+\u2212]{_NUMBER_PART}[%\u066a]?)"
)

# The short scale English copy writes against an amount's digits ($1.2bn, £450m, 2.5m people, 40k): the number
# before it is a quantity in the locale's style (1,2bn in ru, ۱٫۲bn in fa), no code of letters and digits kept in 0-9
_SCALE_SUFFIX = r"(?:bn|mn|m|k)(?![^\W_])"
# A number as English writes it (-0.8%, 2,318.50, 1.5): an optional sign, digits grouped by commas, decimals after a
# point, an optional percent sign. Not a part of a time (3:52.71), a fraction or date (3/4, 1/2/2026), a version
# (1.2.3), a code (F-16, COVID-19), a score or a span (3-1, 2024-03-12, 2-4%): those are left as written.
_ENGLISH_NUMBER = LazyPattern(
    rf"(?<![{_LATIN}\d_.,:/%\-\u2013\u2212+])"  # an Arabic proclitic may stand right before it: و1,200
    r"(?P<sign>[-+\u2212](?=\d))?"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    r"(?P<percent>%)?"
    rf"(?!(?!{_SCALE_SUFFIX})[\w%]|[.,:/\-\u2013]\d)"
)
# a hyphen standing alone between words (not between numbers, 3 - 1): a dash in Russian («…», — заявил он)
_SPACED_HYPHEN = LazyPattern(r"(?<=[^\s\d] )-(?= [^\s\d])")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u061c\u200e\u200f"))

# Units a number is joined to by a no-break space: symbols (SI and common ones, Latin or Cyrillic) and the short words
# newsrooms write after numbers (million, billion...). Matched as a whole word after one space.
# the symbols of units written in Latin letters, which stay so in any script (km/h, mg, °C, GB)
LATIN_UNITS = tuple(
    (
        "°C °F km/h km/s km² km m² m³ m cm mm μm nm kg g mg μg g/kg mg/l ml mL ha "
        "kW MW GW kWh MWh GWh TWh Hz kHz MHz GHz GB MB TB KB kB Gbit/s Mbit/s dB mph ft lb oz"
    ).split()
)
# a time's zone (10:30 GMT, 07:00 MSK): never at the start of the next line
TIME_ZONES = tuple("GMT UTC BST CET CEST EET EEST MSK TRT IRST AST EST EDT PST PDT".split())
_UNITS = (
    LATIN_UNITS
    + TIME_ZONES
    + tuple(
        (
            "°С % ‰ км/ч км/с км² км м² м³ м см мм кг г мг т л мл га кВт МВт ГВт кВт·ч Вт Гц ГБ МБ ТБ дБ "
            "млн млрд трлн тыс. тыс руб. руб долл. "
            "كم/ساعة كم/س كلم كم متر م سم مم كغ كجم كيلوغرام غرام غ ملغ ملغم طن لتر مل درجة مليون مليار تريليون ألف "
            "ملايين مليارات تريليونات آلاف "
            "کیلومتر متر سانتی‌متر میلی‌متر کیلوگرم گرم میلی‌گرم تن لیتر درجه میلیون میلیارد هزار "
            "milyon milyar trilyon bin "
        ).split()
    )
)
# In a right-to-left edition a zone written before its time (UTC 14:00, GMT ۰۹:۳۰) is joined to it by a no-break space,
# in one left-to-right run with it: in an isolate with an ordinary space, a browser ended a line between them (UTC /
# ۱۴:۰۰). Not bare, as a zone after its time is: bare, the zone and time are one left-to-right stretch of two runs, and
# LibreOffice ended lines inside the time (UTC 1 / 8:45). Only before a time (hours, a colon or point, minutes).
_ZONE_BEFORE_TIME = LazyPattern(
    r"(?<![^\W_])(?P<zone>" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r") (?=\d{1,2}[:.]\d\d(?!\d))"
)
_TIME_AFTER_ZONE = LazyPattern(r"\u00a0\d{1,2}[:.]\d\d(?:[-\u2013]\d{1,2}[:.]\d\d)?(?!\d)")
_UNIT_AFTER_NUMBER = LazyPattern(
    r"(?<=\d) (?=(?:" + "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True)) + r")(?![^\W_]))"
)
# A section or numero sign and the number after it (§ 263, §§ 11–14, № 2024/1187): never a line's end between them
_SIGN_BEFORE_NUMBER = LazyPattern(r"(?<=[§№]) (?=\d)")
# In right-to-left text, a unit of degrees written against its number (41°C, 106°F) is one left-to-right run with
# it: isolated alone, the unit showed its degree sign on the far side of its letter from the number (°C41). Other
# Latin units join their number as letters do (5km), or stand after a no-break space in a run of their own (95 km/h:
# LibreOffice ends lines at a space of any kind inside an isolate of a right-to-left paragraph, even inside the
# unit's letters, 95 k / m/h). The number: a sign, digits in any script with their separators, a range's end.
_DEGREES = LazyPattern("°[CF]")
_NUMBER_BEFORE_UNIT = LazyPattern(r"[-+\u2212]?\d+(?:[.,\u066b\u066c]\d+)*\Z")
# A range a translation left in English words, 10:30 to 12:00 GMT, 2023 through 2025, 2 vs 1: the Latin run from the
# word on would leave the first number outside it, on the far side of the word in a right-to-left line (to 12:00
# 10:30). The number before the word and its space are in the run. Only a word of ranges, and only before a number.
_TO_A_NUMBER = LazyPattern(r"(?:to|through|till|until|and|vs\.?|v\.?)[ \u00a0][-+\u2212]?\d", re.IGNORECASE)
_NUMBER_BEFORE_WORD = LazyPattern(r"(?<![^\W\d_])[-+\u2212]?\d+(?:[.,:/\-\u2013\u066b\u066c]\d+)*[%\u066a]?[ \u00a0]\Z")


# A Latin unit or time zone after its number and a no-break space (95 km/h, 00:40 GMT) is left without isolates or
# marks: it is one strong left-to-right word, shown on the number's left as an isolate would show it, and LibreOffice
# ends a right-to-left line between a number and an isolated (or marked) unit whatever space joins them, but keeps a
# bare one on the number's line. Its letters hold no neutral an isolate would keep in order (km/h: a slash between
# two letters is left-to-right with them).
_BARE_UNITS = frozenset(unit for unit in _UNITS if re.fullmatch(rf"[{_LATIN}μ][{_LATIN}μ/²³]*", unit))

# A measure alone in brackets, its number then a bare Latin unit or time zone ((00:40 GMT), (95 km/h)): a left-to-right
# mark before the bracket makes the brackets left-to-right with the unit inside them (the bidi algorithm's bracket
# pairs), so the bracket, number and unit are one left-to-right stretch, shown as English writes it. Without it the
# bracket is right-to-left and the number left-to-right, and LibreOffice ends a line between the two levels, on "(".
_BRACKETED_MEASURE = LazyPattern(
    r"\((?=[-+\u2212]?\d+(?:[.,:\u066b\u066c]\d+)*\u00a0(?:"
    + "|".join(re.escape(unit) for unit in sorted(_BARE_UNITS, key=len, reverse=True))
    + r")\))"
)


# Words for millions and billions between an amount and its currency (5 млн $, $2.5 billion)
_SCALE_WORDS = (
    "million billion trillion bn mn млн млрд трлн тыс. тыс milyon milyar trilyon bin "
    "مليون مليار تريليون ملايين مليارات ألف آلاف میلیون میلیارد تریلیون هزار"
).split()
_AMOUNT_NUMBER = r"\d(?:[\d.,\u066b\u066c\u00a0\u202f]*\d)?"
_AMOUNT = (
    rf"[-+\u2212]?{_AMOUNT_NUMBER}(?:[-\u2013]{_AMOUNT_NUMBER})?(?:(?:bn|mn|m|k)(?![^\W_]))?"  # a range: $5-7 million
    r"(?:[ \u00a0](?:" + "|".join(re.escape(word) for word in _SCALE_WORDS) + r")(?![^\W_]))?"
)


# Symbols English copy writes for currencies whose CLDR English symbol is another (C$ is CLDR's CA$): $ alone is the
# US dollar, as English copy writes it
_ENGLISH_SYMBOLS = {
    "US$": "USD",
    "C$": "CAD",
    "Can$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
}
# ISO 4217 codes that are also words or abbreviations written in capitals (ALL 300 PASSENGERS, TOP 10, CUP 2026,
# PHP 8, SOS): never read as a currency before or after a number
_CODES_THAT_ARE_WORDS = frozenset("ALL BAM BOB CUP LAK MOP PEN PHP SOS TOP".split())
# three capitals beside an amount's digit or scale word: the only text an ISO code can be money in (a cheap test
# first, so that CLDR's currencies are read only for money, not for every ABD or NATO)
_CODE_BESIDE_AMOUNT = LazyPattern(
    r"(?<![A-Za-z])[A-Z]{3}[ \u00a0]?[-+\u2212]?\d"
    r"|(?:\d|(?:bn|mn|m|k|" + "|".join(re.escape(word) for word in _SCALE_WORDS) + r"))[ \u00a0]?[A-Z]{3}(?![A-Za-z])"
)
# a number after "Top" is a rank, not an amount: the code after it names what is ranked (the Top 10 USD debtors, a
# top-5 EUR bond), and stays where it is
_NO_RANK = r"(?<![Tt]op[ \u00a0\-])(?<!TOP[ \u00a0\-])"
# a Turkish suffix after a symbol or code (300 USD'lik, 5 EUR'dan, 40 $'lık): the word is the amount's, it stays
_SUFFIX = r"['’][^\W\d_]"


# A number that reads as a year (1900 to 2099): before a currency code it is the year of what the code qualifies
# (prices in 2015 USD, 2024 EUR bonds, the 2023 GBP figures), an amount only when the sentence says it is money
_YEAR = LazyPattern(r"(?:19|20)\d\d")
# a year before a code in the English source, with the word before it and the word after the code
# (found from the year, the word before it read back over a few characters: a pattern starting at the word would try
# every letter of a long word again)
_YEAR_BEFORE_CODE = LazyPattern(
    r"(?<![\w.,])(?P<year>(?:19|20)\d\d)[ \u00a0]?[A-Z]{3}(?![A-Za-z])(?:[ \u00a0](?P<after>[a-z]+))?"
)
_LAST_WORD = LazyPattern(r"(?P<word>[A-Za-z]+)[ \u00a0]$")
# the words before a number that say it is money (paid 1999 USD, worth 2000 EUR, for about 1950 GBP), and after its
# code (1999 USD each, per month)
_MONEY_BEFORE = frozenset(
    "paid pay pays paying cost costs costing worth priced fine fined fee fees charge charged charges spent spend "
    "spends raised raise earned earn earns sold bought buy for at about around nearly almost over under than some "
    "just only roughly approximately totalling totaling total salary wage wages rent bill bills".split()
)
_MONEY_AFTER = frozenset("each per apiece monthly weekly annually a an".split())


def money_years(source: str) -> frozenset[str]:
    """The years before a currency code in an English sentence that it says are money: the word before the number
    is one of paying, costing or worth (paid 1999 USD, for about 2000 EUR) or the word after the code one of rate
    (2000 EUR each, per month). Any other (in 2015 USD, 2024 EUR bonds, the 2023 GBP figures) is a year."""
    if not _DECIMAL_DIGIT.search(source):  # a year is digits
        return frozenset()
    found = set()
    for match in _YEAR_BEFORE_CODE.finditer(source):
        word = _LAST_WORD.search(source, max(0, match.start() - 24), match.start())
        if (word is not None and word["word"].lower() in _MONEY_BEFORE) or match["after"] in _MONEY_AFTER:
            found.add(match["year"])
    return frozenset(found)


@dataclass(frozen=True)
class CurrencyStyle:
    """Where a locale writes a currency's symbol, before or after the amount and with what between (CLDR's
    currency pattern, through babel: $300 in tr, 300 $ in ru, 300 US$ in ar, $ ۳۰۰ in fa), and its symbol for
    each currency. A symbol is read as English writes it ($, US$, C$, A$, €, £, CA$) or as the locale does (US$,
    UK£). An ISO code (USD 300, 300 EUR, EUR 5 million) stays the code, on the side of the amount the pattern puts
    the symbol, a no-break space between (CLDR's currency spacing for a symbol of letters): 300 USD in ru and ar,
    USD 300 in tr, USD ۳۰۰ in fa."""

    before: bool
    between: str
    symbols: dict[str, str]  # a symbol as written -> the locale's symbol for its currency
    pattern: re.Pattern[str]
    codes: re.Pattern[str]  # an amount with an ISO code before or after it

    @classmethod
    def of(cls, code: str) -> CurrencyStyle:
        from .cldr import locale_facts

        locale, english = locale_facts(code), locale_facts("en")
        pattern = locale.currency_pattern.split(";")[0].translate(_BIDI_MARKS)
        sign = pattern.index("\u00a4")
        digits = [index for index, character in enumerate(pattern) if character in "#0"]
        before = sign < digits[0]
        between = pattern[sign + 1 : digits[0]] if before else pattern[digits[-1] + 1 : sign]
        between = NBSP if between.strip() == "" and between else ""

        def currency_sign(symbol: str | None) -> bool:
            return symbol is not None and len(symbol) <= 4 and any(unicodedata.category(c) == "Sc" for c in symbol)

        codes: dict[str, str] = dict(_ENGLISH_SYMBOLS)
        for source in (english, locale):
            for currency in sorted(currency_codes()):
                symbol = source.currency_symbols.get(currency)
                if symbol and currency_sign(symbol):
                    codes.setdefault(symbol.translate(_BIDI_MARKS), currency)
        symbols = {sign: sign for sign in _CURRENCY_SIGNS}  # a sign neither locale names a currency by: as written
        for written, currency in codes.items():
            own = locale.currency_symbols.get(currency)
            symbols[written] = own.translate(_BIDI_MARKS) if own and currency_sign(own) else written
        alternatives = "|".join(re.escape(symbol) for symbol in sorted(symbols, key=len, reverse=True))
        amount_pattern = re.compile(
            rf"(?<![{_LATIN}\u0400-\u04ff\d])(?P<before>{alternatives})[ \u00a0]?"
            rf"(?P<amount>{_AMOUNT})(?![\d{_CURRENCY_SIGNS}])"
            rf"|(?<![{_LATIN}\u0400-\u04ff\d_.,\u066b\u066c])(?<!\d[\u00a0\u202f])(?P<amount_first>{_AMOUNT})[ \u00a0]?"
            rf"(?P<after>{alternatives})(?![^\W_])(?![ \u00a0]?\d)(?!{_SUFFIX})"
        )
        iso = "|".join(sorted(tender_codes() - _CODES_THAT_ARE_WORDS))
        # a code joined to another by a slash is a currency pair quoted (EUR/USD 1.08, 1.08 EUR/USD), no amount's;
        # one joined to digits by a hyphen is an identifier (CVE-2023-42917: CVE is also Cape Verde's escudo)
        code_pattern = re.compile(
            rf"(?<![{_LATIN}\u0400-\u04ff\d_])(?<![A-Z]{{3}}/)(?P<before>{iso})(?![-\u2010\u2011])[ \u00a0]?"
            rf"(?P<amount>{_AMOUNT})(?![\d{_CURRENCY_SIGNS}])(?![{_LATIN}])"
            rf"|(?<![{_LATIN}\u0400-\u04ff\d_.,\u066b\u066c])(?<!\d[\u00a0\u202f]){_NO_RANK}"
            rf"(?P<amount_first>{_AMOUNT})[ \u00a0]?"
            rf"(?P<after>{iso})(?![^\W_])(?![ \u00a0]?\d)(?!{_SUFFIX})(?!/[A-Z]{{3}}(?![^\W_]))"
        )
        return cls(before, between, symbols, amount_pattern, code_pattern)

    def write_codes(self, text: str, money_years: frozenset[str] = frozenset()) -> str:
        """``text`` with each amount's ISO code where the locale writes a symbol (before its digits are the
        edition's: USD300 is no code of letters and digits to keep in 0-9). A year before a code (2015 USD, 2024
        EUR bonds) is no amount, unless it is one of ``money_years``: those the English sentence says are money
        (:func:`money_years`)."""
        if not _CODE_BESIDE_AMOUNT.search(text):
            return text

        def place(match: re.Match[str]) -> str:
            year = match["amount_first"] and western_digits(match["amount_first"])
            if year and _YEAR.fullmatch(year) and year not in money_years:
                return match.group()
            return self._place_code(match)

        return self.codes.sub(place, text)

    def write(self, text: str) -> str:
        """``text`` with each amount's symbol where the locale writes it."""
        if not _CURRENCY_SIGN.search(text):
            return text

        def place(match: re.Match[str]) -> str:
            amount = match["amount"] or match["amount_first"]
            symbol = self.symbols[match["before"] or match["after"]]
            return symbol + self.between + amount if self.before else amount + self.between + symbol

        return self.pattern.sub(place, text)

    def _place_code(self, match: re.Match[str]) -> str:
        amount, code = match["amount"] or match["amount_first"], match["before"] or match["after"]
        return code + NBSP + amount if self.before else amount + NBSP + code


@lru_cache(maxsize=8)
def currency_style(code: str) -> CurrencyStyle:
    """The currency style of language ``code`` (read from CLDR once)."""
    return CurrencyStyle.of(code)


@dataclass(frozen=True)
class NumberStyle:
    """How a locale writes a number: its separators, signs and percent pattern (CLDR, through babel), for one
    numbering system. Bidi marks CLDR puts in some symbols (ar, fa) are left out: the edition's direction marks
    keep a signed number whole instead."""

    decimal: str
    group: str
    minus: str
    plus: str
    percent_prefix: str
    percent_suffix: str

    @classmethod
    def of(cls, code: str, numbering_system: str) -> NumberStyle:
        from .cldr import locale_facts

        locale = locale_facts(code)
        symbols = locale.number_symbols.get(numbering_system) or locale.number_symbols["latn"]
        pattern = locale.percent_pattern.split(";")[0]
        first = min(pattern.index(c) for c in "#0" if c in pattern)
        last = max(pattern.rindex(c) for c in "#0" if c in pattern)

        def symbol(name: str) -> str:
            return symbols[name].translate(_BIDI_MARKS)

        percent = symbol("percentSign")
        return cls(
            decimal=symbol("decimal"),
            group=symbol("group"),
            minus=symbol("minusSign"),
            plus=symbol("plusSign"),
            percent_prefix=pattern[:first].replace("%", percent),
            percent_suffix=pattern[last + 1 :].replace("%", percent),
        )

    def write(self, match: re.Match[str]) -> str:
        """An English-written number (a match of ``_ENGLISH_NUMBER``) in this style."""
        number = match["whole"].replace(",", self.group)
        if match["fraction"] is not None:
            number += self.decimal + match["fraction"]
        if match["percent"]:
            number = self.percent_prefix + number + self.percent_suffix
        # a minus sign typed as one (U+2212) stays one where CLDR's is the typewriter's hyphen-minus (ru, tr, ar)
        minus_sign = "\u2212" if self.minus == "-" else self.minus
        sign = {"-": self.minus, "\u2212": minus_sign, "+": self.plus}.get(match["sign"] or "", "")
        return sign + number


class _InnerClosings:
    """Where a single mark of a text could close a quotation within a quotation (it stands after a non-space and
    before a space, a punctuation mark or the end), and where its double marks are: found once, so that asking
    from every apostrophe of a long text is not quadratic."""

    def __init__(self, text: str):
        self.closings: list[int] = []
        self.doubles: list[int] = []
        for index, character in enumerate(text):
            if character in _DOUBLE_QUOTES:
                self.doubles.append(index)
            elif character in _SINGLE_CLOSING and index and not text[index - 1].isspace():
                after = text[index + 1] if index + 1 < len(text) else " "
                if after.isspace() or unicodedata.category(after)[0] == "P":
                    self.closings.append(index)

    def after(self, index: int) -> bool:
        """Whether one closes after ``index``, before the quotation around it ends (at the next double mark)."""
        closing = bisect.bisect_right(self.closings, index)
        if closing == len(self.closings):
            return False
        double = bisect.bisect_right(self.doubles, index)
        return double == len(self.doubles) or self.closings[closing] < self.doubles[double]


# A language whose house style writes a range's hyphen whatever CLDR says: Turkish (TDK's Yazım Kılavuzu sets the
# short line, kısa çizgi, between the bounds of a range: 1914-1918 yılları; CLDR's year interval has an en dash)
_RANGE_AS_WRITTEN = frozenset({"tr"})


@lru_cache(maxsize=8)
def range_dash(code: str) -> str | None:
    """The mark between the bounds of a range of numbers in language ``code``: the separator of CLDR's interval of
    years (y–y: an en dash, no spaces, in ru and ar), or None where the range keeps the mark its translation wrote:
    where CLDR writes a word there (Persian y تا y, which would change the sentence), or where house style keeps a
    hyphen (Turkish)."""
    from .cldr import locale_facts

    if code in _RANGE_AS_WRITTEN:
        return None
    interval = locale_facts(code).year_interval
    if interval is None:
        return None
    separator = interval[0].replace("y", "")
    return separator if separator in ("\u2013", "-", "\u2014") else None


@lru_cache(maxsize=32)
def number_style(code: str, numbering_system: str) -> NumberStyle:
    """The number style of language ``code`` in ``numbering_system`` (read from CLDR once)."""
    return NumberStyle.of(code, numbering_system)


# A percentage written with its sign first, as Turkish does (%48.5), with English separators: its number is read
# as a percentage, whose pattern the locale's style then writes
_PERCENT_FIRST = LazyPattern(
    r"(?<![\w%])(?P<percent>%)(?P<sign>[-+\u2212](?=\d))?(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    r"(?![\w%]|[.,:/\-\u2013]\d)"
)
# A range as English writes it, of decimals or grouped numbers (1.5-2 degrees, 1,200–1,500) or of percentages
# (2-4%, 1.5–2.5%: one percent sign for both numbers); a span of plain numbers (a score, 6-4; years, 2019-2021) has
# nothing to rewrite, and one with more parts is a date or a code (2024-03-12)
_RANGE_BOUND = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ENGLISH_RANGE = LazyPattern(
    rf"(?<![\w.,:/%\-\u2013\u2212+])(?P<low>{_RANGE_BOUND})(?P<dash>[-\u2013])(?P<high>{_RANGE_BOUND})"
    r"(?P<percent>%)?(?![\w%]|[.,:/\-\u2013]\d)"
)
_RANGE = "range"


@per_text  # asked of a sentence again by each language
def english_numbers(text: str, labels: bool = False) -> frozenset[tuple[str, str | None]]:
    """The numbers of an English text as written, as (whole, decimals): ("2,318", "50") for $2,318.50; and its
    ranges of decimals or percentages, as (range, "range"): ("2-4%", "range"). A version or section number
    (Python 3.11, Article 5.2) and a time of day written with a point (14.30 GMT) are no numbers to rewrite,
    unless ``labels``: in Persian or Arabic digits their point is the locale's decimal sign (نسخه ۳٫۱۱), as a
    point among those digits would read as a full stop."""
    text = western_digits(text)
    title = not labels and "." in text and _title_case(text)
    game = _SCORE_WORDS.search(text) is not None  # read once: a sentence may hold thousands of spans
    found = frozenset(
        (match["whole"], match["fraction"])
        for match in _ENGLISH_NUMBER.finditer(text)
        if labels or not _a_label_or_a_time(text, match, title)
    ) | frozenset(
        (match.group(), _RANGE)
        for match in _ENGLISH_RANGE.finditer(text)
        if match["percent"] or not match.group().replace(match["dash"], "").isdigit() or _a_range(text, match, game)
    )
    if labels and "." in text:  # a version of three parts or more (iOS 17.2.1): its points, as a label's
        found |= frozenset((match.group(), _VERSION) for match in _DOTTED_VERSION.finditer(text))
    return found


# Words of a sentence about a game, whose two numbers joined by a hyphen are a score (won 3-1, a 2-0 lead)
_SCORE_WORDS = LazyPattern(
    r"(?<![A-Za-z])(?:wins?|won|winning|beat(?:s|en)?|defeat(?:s|ed)?|lost|lose|loses|losing|draw|drew|drawn"
    r"|victory|victories|scored?|scores|scoreline|match(?:es)?|games?|final|semi-finals?|goals?|half-?time|leg"
    r"|penalt(?:y|ies)|shoot-?out|lead|led|trail(?:s|ed|ing)?|sets?|tie|tied|points?|aggregate)(?![A-Za-z])",
    re.IGNORECASE,
)
# what makes a span of numbers a quantity's range, whatever the sentence is about: a unit or a scale word after it
_RANGE_UNIT_AFTER = LazyPattern(
    r"[ \u00a0]?(?:%|per ?cent|percent|million|billion|trillion|bn|m\b|k\b|"
    + "|".join(re.escape(unit) for unit in LATIN_UNITS)
    + r"|years?|months?|weeks?|days?|hours?|minutes?|degrees?|people|times)(?![A-Za-z])"
)
_NAME_BEFORE = LazyPattern(r"(?P<word>[A-Z][A-Za-z\-]*)[ \u00a0]$")
_SENTENCE_START = LazyPattern(r"(?:^|[.!?:;\n\"“(]\s*)$")


def _a_range(source: str, match: re.Match[str], game: bool) -> bool:
    """Whether two whole numbers joined by a hyphen or a dash in the English source are a range (2019-2021,
    2019-21, 10-15 km, aged 18-25), which a locale may write with its own dash: not a score (won 2-1, a 1-3
    defeat), a code or model (Boeing 737-800), a telephone number's groups (555-1234, (212) 555-0100) or an
    identifier with a leading zero (07-15). ``game``: the sentence is about a game (:data:`_SCORE_WORDS`)."""
    low, high = match["low"], match["high"]
    if any((len(part) > 1 and part.startswith("0")) or len(part) > 15 for part in (low, high)):
        return False  # an identifier; a run of digits longer than any quantity's is a code (and too long to count)
    before = source[max(0, match.start() - 40) : match.start()]
    if re.search(r"[\d)][ \u00a0]$", before):  # a number's last group: (212) 555-0100, 90 212 555-12
        return False
    if len(low) == 4 and 1000 <= int(low) <= 2199:  # years: 2019-2021, 2019-21
        return (len(high) == 4 and int(low) < int(high) <= 2199) or (len(high) == 2 and int(high) > int(low) % 100)
    if int(low) >= int(high):
        return False
    name = _NAME_BEFORE.search(before)
    if name and not _SENTENCE_START.search(before[: name.start()]) and name["word"] not in _MONTHS:
        return False  # a model or code after a name: Boeing 737-800, Route 66-68
    if _RANGE_UNIT_AFTER.match(source, match.end()):
        return True
    if len(low) == 3 and len(high) == 4:  # 555-1234: a telephone number's groups, not a quantity's
        return False
    return not game


# A version number of three parts or more as the source writes it (17.2.1, 116.0.5845.96), or a date so written
_DOTTED_VERSION = LazyPattern(r"(?<![\w.,:/\-])\d{1,4}(?:\.\d{1,4}){2,}(?![\w%]|[.,:/\-]\d)")
_VERSION = "version"


# After a decimal that is a time of day (14.30 GMT, 3.30 pm, 10.15 a.m.)
_TIME_OF_DAY_AFTER = LazyPattern(
    r"[ \u00a0]?(?:[ap]\.?m\b\.?|(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT)\b|local time)"
)
# The word right before a decimal that makes it a label (Python 3.11, iOS 17.2, Bluetooth 5.3, Article 5.2):
# a capitalised or camel-case word, or "version", with one space before the number
_WORD_BEFORE = LazyPattern(r"(?P<word>[A-Za-z][A-Za-z\-]*)[ \u00a0]$")
_VERSION_WORDS = frozenset(
    {"version", "v", "release", "build", "update", "firmware"}
    | {"article", "section", "chapter", "clause", "paragraph", "resolution", "annex", "rule", "figure", "table"}
)
# Words after a number that make it a quantity, whatever stands before it (Germany 2.1 million)
_QUANTITY_AFTER = LazyPattern(
    r"[ \u00a0]?(?:%|per ?cent|percent|points?|million|billion|trillion|bn|m\b|k\b|times|fold|"
    + "|".join(re.escape(unit) for unit in LATIN_UNITS)
    + r")(?![A-Za-z])"
)
_MONTHS = frozenset("January February March April May June July August September October November December".split())


def _a_label_or_a_time(source: str, match: re.Match[str], title: bool = False, depth: int = 0) -> bool:
    """Whether a decimal of the English source is a label (a version, a section: Python 3.11, Article 5.2) or a
    time of day written with a point (14.30 GMT), which the locale's decimal separator would misread. ``title``:
    the source is a headline in title case (:func:`_title_case`); ``depth``: how many numbers of a span or list
    of labels were read back to reach this one."""
    if match["fraction"] is None or match["percent"] or match["sign"] or "," in match["whole"]:
        return False
    after = source[match.end() : match.end() + 16]
    if _TIME_OF_DAY_AFTER.match(after):
        return int(match["whole"]) <= 23 and len(match["fraction"]) == 2 and int(match["fraction"]) < 60
    word = _WORD_BEFORE.search(source, max(0, match.start() - 40), match.start())
    if word is None or _QUANTITY_AFTER.match(after):
        return False
    name = word["word"]
    if name in _SPAN_WORDS:  # the end of a span of labels (iOS 16.0 to 17.2, versions 3.11 and 3.12) is one too
        earlier = _LABEL_BEFORE_SPAN.search(source, max(0, word.start() - 16), word.start())
        number = _ENGLISH_NUMBER.match(source, earlier.start()) if earlier else None
        return (
            depth < 8  # a list of a few labels; a longer run of numbers is read as numbers
            and number is not None
            and number.end() == earlier.end()
            and _a_label_or_a_time(source, number, title, depth + 1)
        )
    if name.lower() in _VERSION_WORDS:
        return True
    if name.lower() in _MEASURES_BEFORE:  # magnitude 5.8, Magnitude 5.8 quake: a measure, never a label
        return False
    if title and not (name.isupper() or _camel_case(name)):
        # in a headline whose every word is capitalised, a capital tells nothing: Inflation Eases To 44.4
        # (but iOS 17.2 and PHP 8.3 are labels still)
        return False
    return (
        any(character.isupper() for character in name)
        and name not in _MONTHS
        and not (name.isupper() and name in currency_codes())
    )


# words between two numbers of a span or a list (16.0 to 17.2), and the decimal before one
_SPAN_WORDS = frozenset({"to", "and", "or", "through", "until", "till", "from", "via"})
_LABEL_BEFORE_SPAN = LazyPattern(r"\d+\.\d+(?=[ \u00a0]$)")
# words before a decimal that make it a measure, however they are written
_MEASURES_BEFORE = frozenset({"magnitude", "richter", "grade", "level", "rate", "ratio", "index"})
_TITLE_WORD = LazyPattern(r"[A-Za-z][a-z]{3,}")


def _title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case: three or more words of four letters or more, every one
    capitalised (Turkish Inflation Eases To 44.4)."""
    words = _TITLE_WORD.findall(text)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _camel_case(word: str) -> bool:
    """Whether a capital follows a small letter in ``word`` (iOS, eBay)."""
    return any(first.islower() and second.isupper() for first, second in pairwise(word))


@lru_cache(maxsize=1)
def tender_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies some territory uses today (CLDR, through babel): USD, EUR, TRY, IRR;
    not the old ones (DEM, ESP, BAD) nor the funds and metals (XAU)."""
    from . import cldr

    return cldr.tender_codes()


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes (USD, TRY, RUB), which stand before an amount (USD 3.5 billion), not a version."""
    from . import cldr

    return cldr.currency_codes()


# The top-level domains a bare web address (afad.gov.tr, TankerTrackers.com) may end in: the generic ones news copy
# meets, and the two letters of a country's domain (kremlin.ru, irna.ir, citizenlab.ca), always in small letters as
# copy writes them (U.S. and St.Petersburg are no addresses). Two words a typo joined with a full stop (stopped.we,
# e.g.the) end in no domain, so they are text to translate, not an address kept as written.
_GENERIC_DOMAINS = (
    "com org net gov edu int mil info biz name pro aero coop museum mobi asia tel travel jobs "
    "io ai app dev news online site tech media press blog shop store live world global today cloud eu"
).split()
# the countries' domains in the root zone (IANA; CLDR's territories without the codes that have none, and uk and su)
_COUNTRY_DOMAINS = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc "
    "cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et fi fj fk fm fo fr ga gd "
    "ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke "
    "kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt "
    "mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs "
    "ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv "
    "tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
).split()
# countries' domains that are also English words: after a single word in small letters (stopped.it, said.in, end.to)
# they are a typo's full stop before the next word, unless a path follows (cnn.it/3xYz, youtu.be/abc)
_WORD_DOMAINS = frozenset("am as at be by do id in is it me my no so to us".split())
_BARE_DOMAIN = (
    r"(?<![\w@.\-/])(?=[A-Za-z0-9\-]*[A-Za-z])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:" + "|".join(sorted(_GENERIC_DOMAINS, key=len, reverse=True) + _COUNTRY_DOMAINS) + r")"
    r"(?![\w\-]|\.[A-Za-z0-9])"
    r"(?:/[^\s<>\"«»“”‘’]*[^\s<>\"«»“”‘’.,;:!?)\]}'،؛؟])?"  # a path after it, as after www.
)
_TYPO_WITH_A_DOMAIN = LazyPattern(r"[a-z]+\.(?:" + "|".join(sorted(_WORD_DOMAINS)) + ")")
# A file's name with a known extension (script.py, budget_2024.xlsx, report-final.pdf): written as it is, as code
_FILE_EXTENSIONS = (
    "pdf doc docx xls xlsx ppt pptx odt ods odp rtf csv tsv json xml yaml yml txt md html htm epub "
    "py js ts java cpp rs rb php sh ps1 sql ipynb log ini cfg toml "
    "zip gz tar tgz 7z rar exe msi apk dmg iso jpg jpeg png gif svg webp tif tiff mp3 mp4 mov avi wav kml kmz geojson"
).split()
_FILE_NAME = (
    r"(?<![\w@.\-/])[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,100}[A-Za-z0-9_])?"
    r"\.(?:" + "|".join(sorted(_FILE_EXTENSIONS, key=len, reverse=True)) + r")(?![\w\-]|\.[A-Za-z0-9])"
)
# A web or mail address: kept as written (digits, "?" and "," are part of it) and, in right-to-left text, one
# left-to-right run; punctuation that ends a sentence or closes a bracket after it is not part of it. A bare domain
# (afad.gov.tr, bbc.co.uk/news) is an address too: no name is placed inside it, nor is it English left in a
# translation.
_ADDRESS = LazyPattern(
    r"(?:(?:https?|ftps?|sftp)://|www\.)[^\s<>\"«»“”‘’]*[^\s<>\"«»“”‘’.,;:!?)\]}'،؛؟]"
    # a mail address's name starts where a run of its characters does, so a long run without "@" is read once
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
    rf"|{_BARE_DOMAIN}"
    rf"|{_FILE_NAME}"
)
# What every address above holds, whichever of its kinds: "://" or "www." (a web address), "@" (a mail address), a
# full stop before a letter or digit (the domain or the extension of the others). A text without any of them holds
# no address, and this one scan is several times quicker than the address pattern's: keep it true to the kinds.
_ADDRESS_HINT = LazyPattern(r"://|www\.|@|\.[A-Za-z0-9]")

# A code of Latin letters and digits (F-16, CO2, COVID-19, A320, 5G): a word-like token with both, however the model
# wrote its digits. The token is matched first and its letters and digits checked after: a pattern that looks ahead
# for them at each start would read a long run of hyphenated words again from every word, in quadratic time.
# A decimal the code starts with is its own (2.5G, 4.5G), or its digits would be half the edition's and half 0-9.
# A version's dotted numbers after the code are its own too (v2.3.1, R2.0.1): v2 in 0-9 and .3.1 in the edition's digits
# was a number half in each.
_LATIN_TOKEN = LazyPattern(
    rf"(?<![^\W_])(?<!\d[.,])(?:\d+[.,](?=\d))?[{_LATIN}\d][{_LATIN}\d-]*(?:(?<=\d)\.\d+)*(?![^\W_])"
)
_LATIN_LETTER = LazyPattern(rf"[{_LATIN}]")
# an amount with English copy's short scale against it (1.2bn, 450m, 2,300k): a quantity, not a code
_SCALED_AMOUNT = LazyPattern(rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{_SCALE_SUFFIX}|\d+(?:\.\d+)?{_SCALE_SUFFIX}")


def _latin_codes(text: str) -> Iterator[re.Match[str]]:
    """The codes of Latin letters and digits in ``text``."""
    for token in _LATIN_TOKEN.finditer(text):
        code = token.group()
        if (
            _LATIN_LETTER.search(code)
            and _DECIMAL_DIGIT.search(code)
            and not _SCALED_AMOUNT.fullmatch(western_digits(code))
        ):
            yield token


# A reference code of Latin letters and numbers joined by spaces, slashes, hyphens or colons, which a reader copies
# and reads as one left-to-right string: a court's file number (3 K 45/24, 2 BvR 1234/20, VI ZR 12/19: a chamber's
# number, its register's letters, a number and a year), a document symbol (A/RES/77/1, S/2024/123), a standard
# (ISO 9001:2015, EN 1090-2), a court's case (C-123/22, 1:21-cv-00123), a European act (Regulation (EU) 2016/679), a
# number after a numero word (No. 12/2024, Nr. 5/2023, Az. 3 K 45/24). Its digits stay
# 0-9 in every edition, as its letters stay Latin, and in right-to-left text it is one run: the number before a file
# number's letters would otherwise be a right-to-left neutral's neighbour and stand on the far side (K 45/24 3).
_REGISTER = r"[A-Z][A-Za-z]{0,4}"  # a court register's letters: K, BvR, StR, ZR
# the bodies whose standards the press cites by number (ISO 9001:2015, EN 71-3, BS 7671:2018, IEC 60601-1)
_STANDARDS_BODY = (
    "(?:ISO|IEC|EN|BS|DIN|ASTM|ANSI|IEEE|ITU|ETSI|CEN|CENELEC|NF|UNE|UNI|JIS|GOST|TSE|TS|SASO|GSO|ISIRI|SNI|KS|"
    "CSA|AS|NZS|SAE|NFPA|UL|GB|OHSAS)"
)
_REFERENCE_CODE = LazyPattern(
    r"(?<![\w.,/\-:])(?:"
    # a court's file number: chamber (a number, or a Roman one), register, number/year
    rf"(?:\d{{1,4}}|[IVX]{{1,6}})[ \u00a0]{_REGISTER}(?:[ \u00a0]{_REGISTER})?[ \u00a0]\d{{1,6}}/\d{{2,4}}"
    # a document's symbol, letters and numbers between slashes, with at least one number
    # (its first letters capitals: Jan/2024, Covid/19 are a month and a word)
    r"|[A-Z]{1,6}(?:/[A-Z][A-Za-z]{0,7})*(?:/\d{1,6})+(?:/[A-Za-z0-9]{1,8})*"
    # a European court's case (C-123/22, T-612/17) and a US court's docket number (1:21-cv-00123)
    r"|[A-Z]{1,3}-\d{1,6}/\d{2,4}|\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}"
    # a European act: Regulation (EU) 2016/679, Directive (EU) No 2019/1937
    r"|(?:(?:Regulation|Directive|Decision)[ \u00a0])?\((?:EU|EC|EEC|Euratom)\)[ \u00a0](?:No[ \u00a0])?\d{2,4}/\d{1,4}"
    # a standard: its body's capitals and a number with a part or a year; a body that writes standards, as other
    # capitals before such a number are a side and its score (PSG 2-1, CSKA 2:1), a league and its season
    # (NBA 2023-24), a time zone and its time (UTC 14:00) or a body and its years (EU 2021-2027)
    rf"|{_STANDARDS_BODY}(?:/{_STANDARDS_BODY})?[ \u00a0]\d{{1,6}}(?:[\-:]\d{{1,4}})+"
    # a number after a numero word, or a court's file number after it
    rf"|(?:No|Nos|Nr|Az|Ref)\.[ \u00a0]?(?:\d{{1,4}}[ \u00a0]{_REGISTER}[ \u00a0])?\d{{1,6}}(?:[/\-:.]\d{{1,6}})+"
    r")(?![\w/]|[.,:\-]\d)"
)


def _zones_joined_to_their_times(chunks: list[list[tuple[str, bool]]]) -> list[list[tuple[str, bool]]]:
    """``chunks`` (a right-to-left sentence's pieces) with a no-break space between a zone and the time after it
    (:data:`_ZONE_BEFORE_TIME`), read over the sentence as a whole: the zone may be a piece of its own (a name the
    glossary placed, UTC, before the time in the next piece). What is written as it is keeps its spaces."""
    open_text = ["".join(text if open_ else "\ufffc" * len(text) for text, open_ in piece) for piece in chunks]
    sentence = "".join(open_text)
    if " " not in sentence:
        return chunks
    spaces = {match.end("zone") for match in _ZONE_BEFORE_TIME.finditer(sentence)}
    if not spaces:
        return chunks
    joined, offset = [], 0
    for piece in chunks:
        parts = []
        for text, open_ in piece:
            if open_ and any(offset <= space < offset + len(text) for space in spaces):
                text = "".join(NBSP if offset + index in spaces else char for index, char in enumerate(text))
            parts.append((text, open_))
            offset += len(text)
        joined.append(parts)
    return joined


def _codes_in_western_digits(chunks: list[list[tuple[str, bool]]]) -> list[list[tuple[str, bool]]]:
    """``chunks`` (a sentence's pieces, as :meth:`Localiser.localise_in_paragraph` holds them) with the digits of its
    reference codes in 0-9, found in the sentence as a whole: a code's letters may be a piece of their own (a name
    not yet in the glossary: 3 K 45/24, its K), and the edition's digits around them would split the code."""
    masked = "".join(text if open_ else "\ufffc" * len(text) for piece in chunks for text, open_ in piece)
    codes = reference_codes(masked)
    if not codes:
        return chunks
    western = list(masked)
    for start, end in codes:
        western[start:end] = western_digits(masked[start:end])
    offset, written = 0, []
    for piece in chunks:
        parts = []
        for text, open_ in piece:
            parts.append(("".join(western[offset : offset + len(text)]) if open_ else text, open_))
            offset += len(text)
        written.append(parts)
    return written


def reference_codes(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds reference codes (``_REFERENCE_CODE``), as (start, end) in order."""
    if not _LATIN_LETTER.search(text) or not _DECIMAL_DIGIT.search(text):
        return []
    return [match.span() for match in _REFERENCE_CODE.finditer(text)]


def addresses(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds web or mail addresses or files' names, as (start, end); a closing bracket the address
    opened is its own (https://en.wikipedia.org/wiki/Idlib_(city)), one after it is the sentence's."""
    if not _ADDRESS_HINT.search(text):  # most sentences: none of what every address holds, found in one quick scan
        return []
    found = []
    for match in _ADDRESS.finditer(text):
        if _TYPO_WITH_A_DOMAIN.fullmatch(match.group()):  # stopped.it: two words and a full stop, not cnn.it/x
            continue
        end = match.end()
        if "[^" in match.group():  # a footnote mark right after an address (www.x.org[^1]) is the sentence's
            end = match.start() + match.group().index("[^")
            found.append((match.start(), end))
            continue
        unclosed = match.group().count("(") - match.group().count(")")  # counted once: a run of ")" is read once
        while end < len(text) and text[end] == ")" and unclosed > 0:
            end += 1
            unclosed -= 1
        found.append((match.start(), end))
    return found


# A Markdown footnote's reference or label ([^1], [^note]): kept as written, or it no longer finds its note
FOOTNOTE_MARK_PATTERN = r"\[\^[^\]\s]{1,40}\]"  # one pattern for what reads, checks and splits sentences
_FOOTNOTE_MARK = LazyPattern(FOOTNOTE_MARK_PATTERN)
# A footnote mark as an edition's text holds it: in right-to-left text inside its isolates or marks, and the colon
# after it where it starts the note's text ([^1]: Reuters...)
FOOTNOTE_MARK = LazyPattern(
    r"(?P<open>[\u2066\u200e]?)\[\^(?P<label>[^\]\s\u2066-\u2069\u200e]{1,40})\](?P<close>[\u2069\u200e]?)(?P<colon>:)?"
)
# A social handle (@name) or a hashtag (#tag) of Latin letters, digits and underscores: a name, written as it is
# (an Arabic proclitic may stand right before it: و#Idlib)
_HANDLE = LazyPattern(r"(?<![A-Za-z0-9_@#&/.])[@#][A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*(?![\w@])")
# A hashtag of Arabic-script letters (#سوريا, #ایران_آزاد, #غزة_2024): Arabic and Persian letters, their marks,
# the zero-width non-joiner and tatweel, digits and underscores, with at least one letter; a right-to-left name,
# written as it is and kept one token (no name placed inside it, no punctuation or digits of the edition's in it);
# an Arabic proclitic may stand right before it (و#سوريا). Read once: up to its first letter, then every character
# it may hold but a closing zero-width non-joiner, with no going back (going back over a long word glued to a Latin
# letter or an "@" took seconds per ten thousand letters)
_ARABIC_HASHTAG_MARKS = r"\u0640\u064b-\u065f\u0670\u06d6-\u06ed\d_"
# (?=(X*))\1 is X*+ (no going back into what it took) in the Python 3.10 the toolkit supports, which lacks
# possessive quantifiers: a lookahead is never re-entered, and the backreference takes exactly what it matched
_ARABIC_HASHTAG = LazyPattern(
    rf"(?<![A-Za-z0-9_@#&/.])#(?=([{_ARABIC_HASHTAG_MARKS}\u200c]*))\1[{ARABIC_SCRIPT_LETTERS}]"
    rf"(?=((?:[{ARABIC_SCRIPT_LETTERS}{_ARABIC_HASHTAG_MARKS}]|\u200c+(?=[{ARABIC_SCRIPT_LETTERS}{_ARABIC_HASHTAG_MARKS}]))*))\2"
    r"(?![\w@#])"
)
# A geographic coordinate as the source writes it: degrees, then minutes and seconds or a decimal, then the
# hemisphere (33.5°N, 33°30′N, 36°17'45"E), and a pair of them (33.5°N 36.3°E); its decimal point and digits are
# the notation's, never the locale's
_ANGLE_PART = r"\d{1,3}(?:[.,\u066b]\d+)?"
_COORDINATE_PART = (
    rf"{_ANGLE_PART}°(?:[ \u00a0]?{_ANGLE_PART}[′'](?:[ \u00a0]?{_ANGLE_PART}(?:[″\"]|′′))?)?[ \u00a0]?[NSEW](?![^\W_])"
)
_COORDINATE = LazyPattern(rf"(?<![\w.,]){_COORDINATE_PART}(?:,?[ \u00a0]{_COORDINATE_PART})?")


def verbatim_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds what no translation step may change (web and mail addresses, social handles and
    hashtags, geographic coordinates), as (start, end) in order: no glossary name inside them, no locale's
    digits or punctuation, and in right-to-left text each one run: left-to-right, except a hashtag of Arabic
    letters, which is right-to-left."""
    runs = addresses(text)
    for pattern, sign in ((_HANDLE, "@#"), (_ARABIC_HASHTAG, "#"), (_COORDINATE, "°")):
        if any(character in text for character in sign):
            found = [(m.start(), m.end()) for m in pattern.finditer(text)]
            runs = sorted(runs + [run for run in found if not inside_any(runs, *run)])
    return runs


def inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps one of ``spans`` (sorted, not overlapping: :func:`verbatim_spans`), found
    by bisection, so a text with thousands of names and hashtags is not read once per name."""
    index = bisect.bisect_right(spans, (start, float("inf")))
    return (index > 0 and spans[index - 1][1] > start) or (index < len(spans) and spans[index][0] < end)


def as_the_source_writes(run: str) -> str:
    """A verbatim run as the English source writes it: a coordinate a model wrote in Persian or Arabic digits
    (۳۳٫۵°N) in 0-9 and a decimal point; an address as it is."""
    if "°" not in run or addresses(run):
        return run
    return western_digits(run).replace("\u066b", ".")


def verbatim_runs(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds what is written as it is (addresses, handles, coordinates, footnote marks), as
    (start, end) in order: what localisation leaves alone, and what machine translation never shows the model
    (:mod:`toolkit.translate.markers`)."""
    runs = verbatim_spans(text)
    if "[^" in text:
        marks = [(m.start(), m.end()) for m in _FOOTNOTE_MARK.finditer(text)]
        runs = sorted(runs + [mark for mark in marks if not inside_any(runs, *mark)])
    return runs


# a dotted abbreviation (J.D., U.N.): its own last dot is part of its run, unless that dot ends the sentence
_DOTTED_ABBREVIATION = LazyPattern(rf"(?:[{_LATIN}]\.)+[{_LATIN}]")
_AFTER_ABBREVIATION = LazyPattern(r"\.\s+\S")


def _ltr_runs(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (right-to-left) holds left-to-right runs to isolate, as (start, end): Latin words and numbers
    joined to them, hyphenated numbers and ranges, signed numbers, telephone numbers (``_LTR_RUN``); a dotted
    abbreviation's own last dot goes inside with it (J.D. Vance, U.N. envoy), else the bidi algorithm shows it on
    the far side, but a dot that ends the sentence stays outside, the sentence's full stop."""
    runs: list[tuple[int, int]] = []
    for match in _LTR_RUN.finditer(text):
        start, end = match.span()
        if _DOTTED_ABBREVIATION.fullmatch(match.group()) and _AFTER_ABBREVIATION.match(text, end):
            end += 1
        elif _DEGREES.fullmatch(match.group()):
            start = _with_its_number(text, start, runs)
        elif _TO_A_NUMBER.match(match.group()):
            start = _with_its_number(text, start, runs, _NUMBER_BEFORE_WORD)
        elif match.group() in _BARE_UNITS and start >= 2 and text[start - 2].isdigit() and text[start - 1] == NBSP:
            continue
        elif match.group() in TIME_ZONES and text[end : end + 1] == NBSP:
            time = _TIME_AFTER_ZONE.match(text, end)
            end = time.end() if time else end  # a zone before its time (UTC 14:00) is one run with it
        if runs and start < runs[-1][1]:  # a time a zone's run took in (UTC 14:00-16:00)
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
            continue
        runs.append((start, end))
    codes = reference_codes(text)
    if codes:
        runs = _with_codes(runs, codes)
    if "(" in text:
        runs = _with_brackets(text, runs)
    return runs


def _with_codes(runs: list[tuple[int, int]], codes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with each reference code (:func:`reference_codes`) one run, joined with the runs it overlaps: Case
    No. 12/2024 is one run, not Case No and a number after a neutral full stop."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(runs + codes):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


@lru_cache(maxsize=8)
def _day_and_month(code: str) -> re.Pattern[str]:
    """A day's number (in any digits; a Russian ordinal's ending too: 2-го) and the month name after it in
    language ``code`` (CLDR's wide names, as a date writes them and alone; in Persian the Solar Hijri months too),
    which a no-break space keeps on one line: Russian and Turkish typography never end a line on 3 / марта."""
    from .cldr import locale_facts

    names = locale_facts(code).months
    months = {*names["format-wide"], *names["stand-alone-wide"]}
    if code == "fa":
        months |= {name.rstrip("\u0654") for name in months} | set(PERSIAN_MONTHS)  # ژانویهٔ as written: ژانویه
    alternatives = "|".join(re.escape(month) for month in sorted(months, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?P<day>(?<!\d)\d{{1,2}}(?:-[а-я]{{1,3}})?) (?P<month>(?:{alternatives})(?![^\W_]))")


def _with_its_number(
    text: str, start: int, runs: list[tuple[int, int]], before: re.Pattern[str] | LazyPattern = _NUMBER_BEFORE_UNIT
) -> int:
    """Where the run of a unit of degrees starting at ``start`` begins: with the number written against it
    (``before``: ``_NUMBER_BEFORE_UNIT``), or ``start`` if none is; a run of ``runs`` the number ends (a range, a
    signed number) is taken out of them, and the unit's run begins where it began. A range written in English words
    (to 12:00 GMT) begins with the number before it and a space (``_NUMBER_BEFORE_WORD``)."""
    number = before.search(text[max(0, start - 40) : start])  # a measure's number is short
    if number is None:
        return start
    begins = start - len(number.group())
    while runs and runs[-1][1] > begins:
        begins = min(begins, runs.pop()[0])
    return begins


# A plain number alone in brackets, in any digits: (12), (1,200), (۱۲)
_BRACKETED_NUMBER = LazyPattern(r"(?<=\()\d+(?:[.,\u066b\u066c]\d+)*(?=\))")


def _with_brackets(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with the brackets around one that fills them ((2019–2021), (AFP)), and a plain number of 0-9 alone
    in brackets ((12), (1,200)), inside the run: the run then reads as it did (brackets around a left-to-right run
    show the same in either direction), but the bracket is at the number's level of embedding, so LibreOffice never
    ends a line between an opening bracket and the number after it."""
    numbers = [
        (m.start(), m.end()) for m in _BRACKETED_NUMBER.finditer(text) if not inside_any(runs, m.start(), m.end())
    ]
    joined = []
    for start, end in sorted(runs + numbers):
        if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
            start, end = start - 1, end + 1
        joined.append((start, end))
    return joined


# an en dash between two numbers (a range: 2019–2021), or a hyphen between two numbers in Arabic-Indic or Persian
# digits (۲۰۱۹-۲۰۲۱, a date), after which a line may break (Unicode's line breaking allows it after an en dash, and
# LibreOffice does it after a hyphen before those digits); a word joiner keeps it on one line
ARABIC_SCRIPT_DIGITS = "\u0660-\u0669\u06f0-\u06f9"  # Arabic-Indic and Persian digits, as a class's range
_RANGE_DASH = LazyPattern(rf"(?<=\d)\u2013(?=\d)|(?<=[{ARABIC_SCRIPT_DIGITS}])-(?=[{ARABIC_SCRIPT_DIGITS}])")
# a left-to-right isolate of a right-to-left edition with a hyphen between two numbers in 0-9 (23:45-01:15,
# 2023-2024): LibreOffice ends a right-to-left line after such a hyphen too (23:45- / 01:15), which it never does in
# left-to-right text, so only there does the hyphen take a word joiner
_ISOLATED_HYPHEN = LazyPattern(r"\u2066[^\u2066\u2069]*\d-\d[^\u2066\u2069]*\u2069")
_HYPHEN_IN_NUMBERS = LazyPattern(r"(?<=\d)-(?=\d)")
WORD_JOINER = "\u2060"


def keep_ranges_whole(text: str) -> str:
    """``text`` with a word joiner after each en dash between two numbers, each hyphen between two numbers in
    Arabic-Indic or Persian digits, and each hyphen between two numbers inside a left-to-right isolate (a right-to-left
    edition's 23:45-01:15), so that no line of a DOCX or HTML edition ends inside a range (the Markdown keeps the text
    as it is, for a paste into a CMS)."""
    if "-" not in text and "\u2013" not in text:
        return text
    text = _RANGE_DASH.sub(lambda dash: dash.group() + WORD_JOINER, text)
    if "\u2066" in text:
        text = _ISOLATED_HYPHEN.sub(lambda run: _HYPHEN_IN_NUMBERS.sub("-" + WORD_JOINER, run.group()), text)
    return text


# Markup in a rendered page: a comment, or a tag with its attributes (whose values are escaped: no ">" inside)
_MARKUP = LazyPattern(r"<!--.*?-->|<[^>]*>", re.DOTALL)
# Inside a left-to-right isolate of a right-to-left edition, numbers a line may not end inside: numbers joined by
# hyphens or dashes (an ISBN, 978-3-16-148410-0; a date, 2024-03-01; a season, 2023–24; a range, 10:30-12:00) and a
# telephone number with its groups and area code (+90 212 555 01 23, +7 (495) 123-45-67, (212) 555-0100)
_UNBROKEN_NUMBERS = LazyPattern(
    rf"(?:{TELEPHONE_NUMBER})(?!\d)|\d+(?:[.,:/\u066b\u066c]\d+)*(?:[-\u2013]\d+(?:[.,:/\u066b\u066c]\d+)*)+[%\u066a]?"
)
_ISOLATE_MARKS = LazyPattern("[\u2066\u2067\u2068\u2069]")
_CODE_TAG = LazyPattern(r"<(/?)(?:pre|code)(?=[\s>/])", re.IGNORECASE)
NO_BREAK_CSS = ".nobr { white-space: nowrap; }\n"


def keep_runs_whole(html: str) -> tuple[str, bool]:
    """A rendered page's HTML with the numbers of each left-to-right isolate that a line may not end inside
    (:data:`_UNBROKEN_NUMBERS`) in ``<span class="nobr">`` (CSS ``white-space: nowrap``), and the ranges outside
    isolates kept whole by a word joiner (:func:`keep_ranges_whole`, as in the DOCX); and whether
    a span was written (the page then needs :data:`NO_BREAK_CSS`). A browser ends a line at a space inside an
    isolate (+90 212 / 555 01 23) and after an en dash (2023– / 24); the span keeps them on one line and, unlike a
    no-break space or a word joiner, leaves the text a reader copies or searches as the edition writes it. Only
    text between tags is read, and never inside ``<pre>`` or ``<code>``: code is shown and copied as written, and
    an isolate's mark written in it opens no isolate. An isolate may open in one element and close in another
    (a bold name in a phrase)."""
    if "\u2066" not in html and "-" not in html and "\u2013" not in html:
        return html, False  # no isolate, no range
    written: list[str] = []
    depth, code, position, spans = 0, 0, 0, False

    def text(segment: str) -> None:
        nonlocal depth, spans
        if code:
            written.append(segment)
            return
        start = 0
        for mark in [*_ISOLATE_MARKS.finditer(segment), None]:
            end = mark.start() if mark else len(segment)
            part = segment[start:end]
            if depth > 0 and _UNBROKEN_NUMBERS.search(part):
                part = _UNBROKEN_NUMBERS.sub(lambda m: f'<span class="nobr">{m.group()}</span>', part)
                spans = True
            elif depth == 0:
                part = keep_ranges_whole(part)
            written.append(part)
            if mark:
                written.append(mark.group())
                depth = max(0, depth - 1) if mark.group() == "\u2069" else depth + 1
                start = mark.end()

    for markup in _MARKUP.finditer(html):
        text(html[position : markup.start()])
        written.append(markup.group())
        tag = _CODE_TAG.match(markup.group())
        if tag:
            code = max(0, code - 1) if tag.group(1) else code + 1
        position = markup.end()
    text(html[position:])
    return "".join(written), spans


_DECIMAL_DIGIT = LazyPattern(r"\d")  # in a str pattern: any Unicode decimal digit (category Nd), as isdecimal()


@cache
def _digit_table(digits: str) -> dict[int, int]:
    """The translation table writing 0-9 as ``digits`` (one per numbering system)."""
    return str.maketrans("0123456789", digits)


def western_digits(text: str) -> str:
    """Any decimal digits (Arabic-Indic, Persian...) as 0-9."""
    if text.isascii():  # the common case (name matching calls this on every word): nothing to change
        return text
    return _DECIMAL_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


def solar_hijri(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (Iranian) year, month and day of a Gregorian date.

    The 33-year arithmetic rule; it agrees with the astronomical calendar for
    1178-1633 SH (1799-2254 CE).
    """
    month_starts = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    year = day.year + 1 if day.month > 2 else day.year
    days = (
        355666
        + 365 * day.year
        + (year + 3) // 4
        - (year + 99) // 100
        + (year + 399) // 400
        + day.day
        + month_starts[day.month - 1]
    )
    hijri_year = -1595 + 33 * (days // 12053)
    days %= 12053
    hijri_year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        hijri_year += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return hijri_year, 1 + days // 31, 1 + days % 31
    return hijri_year, 7 + (days - 186) // 30, 1 + (days - 186) % 30


# The quotations open at a point of a paragraph, outermost first, each by what opened it: a plain double mark
# ("double"), a single one ("single") or the locale's own or guillemet ("own"), which only its own closing mark
# closes; carried from piece to piece and sentence to sentence (a count, 0 to 3, is read as plain marks)
Quotation = tuple[str, ...] | int


# Persian is written with its own kaf and yeh: an Arabic ك, ي or alef maksura ى (from an Arabic keyboard, or a model
# trained on both languages) reads in a Persian edition as Arabic, its final yeh with two dots below (علي for علی)
_PERSIAN_LETTERS = str.maketrans(PERSIAN_FOR_ARABIC)
# ... except in a quotation the Persian text gives in Arabic (a slogan, a verse, a statement in its own words), which
# a Persian reader reads as it is written: a quotation with a word only Arabic writes (teh marbuta, vowel signs, its
# own small words) and nothing only Persian writes (پ چ ژ گ ک ی, a zero-width non-joiner, Persian's small words)
_QUOTATION = LazyPattern(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”|”[^“”]*“")
# (not the signs Persian writes too: tanwin on its adverbs, لطفاً حتماً فوراً; shadda, اوّل; kasra, the ezafe)
_ARABIC_SIGNS = LazyPattern("[\u0629\u064c-\u064f\u0652]")
# (not يا and كل: Persian یا "or" and کل "whole", as a model writing Arabic yeh and kaf spells them)
_ARABIC_WORDS = frozenset(
    "في فى على إلى الى عن لا لن لم قد هذا هذه ذلك تلك الذي التي الذين هو هي نحن أنا انا أنت إن أن كلنا مع".split()
)
_PERSIAN_SIGNS = LazyPattern("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u200c]")
_PERSIAN_WORDS = frozenset("است را که كه این اين از برای براي شد کرد كرد نیست نيست".split())
_ARABIC_SCRIPT_WORD = LazyPattern(f"[{ARABIC_SCRIPT_LETTERS}\u064b-\u0652]+")


def arabic_quotations(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (Persian) quotes Arabic words: the spans of those quotations, marks included."""
    spans = []
    for quotation in _QUOTATION.finditer(text):
        words = set(_ARABIC_SCRIPT_WORD.findall(quotation.group()))
        if (
            (_ARABIC_SIGNS.search(quotation.group()) or words & _ARABIC_WORDS)
            and not _PERSIAN_SIGNS.search(quotation.group())
            and not words & _PERSIAN_WORDS
        ):
            spans.append(quotation.span())
    return spans


def persian_letters(text: str) -> str:
    """``text`` with Persian ک and ی for Arabic ك, ي and ى, outside the Arabic it quotes (:func:`arabic_quotations`)."""
    written, position = [], 0
    for start, end in arabic_quotations(text):
        written += [text[position:start].translate(_PERSIAN_LETTERS), text[start:end]]
        position = end
    return "".join(written) + text[position:].translate(_PERSIAN_LETTERS)


@dataclass(frozen=True)
class Localiser:
    language: Language
    digits: str = "cldr"  # "cldr", "native" or "latn"
    quotes: tuple[str, str] | None = None  # None: CLDR's marks for the language
    direction_marks: str = "isolates"  # "isolates", "marks" or "none"
    nested_quotes: tuple[str, str] | None = None  # inside a quotation; None: CLDR's alternate marks

    @classmethod
    def for_language(cls, language: Language, settings: Settings) -> Localiser:
        """The localiser a newsroom's settings ask for."""
        chosen = settings.language(language.code)
        return cls(language, chosen.digits, chosen.quote_marks, settings.direction_marks, chosen.nested_quote_marks)

    @property
    def numbering_system(self) -> str:
        if self.digits == "cldr":
            return self.language.numbering_system
        if self.digits == "native":
            return self.language.native_numbering_system
        return self.digits

    @property
    def digit_characters(self) -> str:
        """The edition's ten digits, 0 to 9."""
        return DIGITS.get(self.numbering_system, DIGITS["latn"])

    def localise_digits(self, text: str) -> str:
        """Write every digit, whatever its system, in the edition's digits."""
        return western_digits(text).translate(_digit_table(self.digit_characters))

    def _localise_digits_outside_codes(self, text: str) -> str:
        """The edition's digits, except in codes written in Latin letters (F-16, CO2, A320, 5G), whose digits stay
        0-9 as their letters stay Latin; machine output may use any digit system in either."""
        if _DECIMAL_DIGIT.search(text) is None:
            return text  # no digit of any system: nothing to write otherwise (most of a paragraph's pieces)
        parts, position = [], 0
        for code in _latin_codes(text):
            parts += [self.localise_digits(text[position : code.start()]), western_digits(code.group())]
            position = code.end()
        return "".join(parts) + self.localise_digits(text[position:])

    def embed_ltr(self, text: str) -> str:
        """Embed a left-to-right text (an English title) whole in a right-to-left line."""
        opening, closing = DIRECTION_MARKS[self.direction_marks]
        return opening + text + closing if self.language.rtl else text

    def embed_verbatim(self, run: str) -> str:
        """A run written as it is (:func:`verbatim_runs`), whole in its direction in a right-to-left line: the
        others left-to-right, a hashtag of Arabic letters as it is, right-to-left with the text around it (its
        "#" on its right, where its reading starts). Isolates around it would change nothing in the bidi algorithm,
        and Word and LibreOffice draw them as a gap, and a comma after them over its last letter."""
        if run.startswith("#") and _ARABIC_HASHTAG.fullmatch(run):
            return run
        return self.embed_ltr(run)

    def localise(self, pieces: list[Piece], source: str = "") -> list[Piece]:
        """Apply the locale's typography to one segment's pieces, in order; ``source`` is the English sentence,
        whose numbers as written are the ones to write in the locale's style.

        Inline code is never changed, only isolated as a whole in right-to-left text.
        """
        return self.localise_in_paragraph(pieces, source)[0]

    def localise_in_paragraph(
        self, pieces: list[Piece], source: str = "", quotation: Quotation = ()
    ) -> tuple[list[Piece], Quotation]:
        """:meth:`localise` for a sentence of a paragraph whose quotation may have opened in an earlier sentence:
        ``quotation`` is the quotations open where it starts (what opened each: :data:`Quotation`), and the second
        value returned those open where it ends, for the next sentence."""
        numbers = english_numbers(source, labels=self.numbering_system != "latn") if source else frozenset()
        years = money_years(source)
        # each piece as chunks of (text, whether its left-to-right runs are still to mark): inline code and what is
        # written as it is are embedded already
        chunks: list[list[tuple[str, bool]]] = []
        for piece in pieces:
            if piece.code:
                chunks.append([(self.embed_ltr(piece.text), False)])
                continue
            parts: list[tuple[str, bool]] = []
            position = 0
            for start, end in verbatim_runs(piece.text):
                prose, quotation = self._localise_prose(piece.text[position:start], quotation, numbers, years)
                parts += [(prose, True), (self.embed_verbatim(as_the_source_writes(piece.text[start:end])), False)]
                position = end
            prose, quotation = self._localise_prose(piece.text[position:], quotation, numbers, years)
            chunks.append([*parts, (prose, True)])
        if self.numbering_system != "latn":
            chunks = _codes_in_western_digits(chunks)
        if self.language.rtl:
            chunks = _zones_joined_to_their_times(chunks)
        texts = self._mark_ltr_runs_over(chunks)
        return [piece.with_text(text) for piece, text in zip(pieces, texts)], quotation  # the pieces' marks kept

    def _mark_ltr_runs_over(self, chunks: list[list[tuple[str, bool]]]) -> list[str]:
        """Each piece's text with the left-to-right runs of its sentence marked (:meth:`mark_ltr_runs`), found in
        the sentence's text as a whole: a Latin phrase or a number that runs over pieces (names, bold or a link
        beside words: iPad Pro 10.5, Energy Aspects) is one run. Isolated apart, each part would be a neutral of
        the right-to-left line and the phrase would read backwards (Aspects Energy)."""
        opening, closing = DIRECTION_MARKS[self.direction_marks]
        if not self.language.rtl or not opening:
            return ["".join(text for text, _ in piece) for piece in chunks]
        # the sentence with what is embedded already masked (U+FFFC is a neutral no run holds)
        masked = "".join(text if open_ else "\ufffc" * len(text) for piece in chunks for text, open_ in piece)
        runs = _ltr_runs(masked)
        # a left-to-right mark before the opening bracket of a measure alone in brackets ((00:40 GMT), (95 km/h))
        ahead = []
        if NBSP in masked and "(" in masked:
            ahead = [(match.start(), 1, LRM) for match in _BRACKETED_MEASURE.finditer(masked)]
        texts, offset = [], 0
        for piece in chunks:
            text = "".join(chunk for chunk, _ in piece)
            # an opening mark goes into the piece of the run's first character, a closing one into its last's
            marks = sorted(
                [(start - offset, order, mark) for start, order, mark in ahead if offset <= start < offset + len(text)]
                + [(start - offset, 1, opening) for start, _ in runs if offset <= start < offset + len(text)]
                + [(end - offset, 0, closing) for _, end in runs if offset < end <= offset + len(text)]
            )
            written, position = [], 0
            for index, _, mark in marks:
                written += [text[position:index], mark]
                position = index
            texts.append("".join(written) + text[position:])
            offset += len(text)
        return texts

    def mark_ltr_runs(self, text: str) -> str:
        """Wrap left-to-right runs inside right-to-left text so they display in order."""
        return self._mark_ltr_runs_over([[(text, True)]])[0]

    def _localise_numbers(self, text: str, numbers: frozenset[tuple[str, str | None]]) -> str:
        """The English-written numbers of ``text`` that its source holds so, in the locale's style."""
        if not numbers:
            return text
        style = number_style(self.language.code, self.numbering_system)

        def write(match: re.Match[str]) -> str:
            return style.write(match) if (match["whole"], match["fraction"]) in numbers else match.group()

        separators = str.maketrans({",": style.group, ".": style.decimal})

        def write_range(match: re.Match[str]) -> str:
            if (match.group(), _RANGE) not in numbers:
                return match.group()
            low, high = (match[bound].translate(separators) for bound in ("low", "high"))
            dash = range_dash(self.language.code) or match["dash"]
            if not match["percent"]:
                return f"{low}{dash}{high}"
            return f"{style.percent_prefix}{low}{dash}{high}{style.percent_suffix}"

        if not _DECIMAL_DIGIT.search(text):
            return text
        text = western_digits(text)
        if any(kind == _VERSION for _, kind in numbers):  # in Persian or Arabic digits: 17.2.1 as ۱۷٫۲٫۱
            text = _DOTTED_VERSION.sub(
                lambda match: (
                    match.group().replace(".", style.decimal) if (match.group(), _VERSION) in numbers else match.group()
                ),
                text,
            )
        text = _ENGLISH_RANGE.sub(write_range, text)
        if "%" in text:  # a percentage the translation already wrote with the sign first (Turkish %48.5)
            text = _PERCENT_FIRST.sub(write, text)
        return _ENGLISH_NUMBER.sub(write, text)

    def _quotation_marks(self, text: str, quotation: Quotation) -> tuple[str, Quotation]:
        """Quotation marks in the locale's style: each double mark opens or closes a quotation, a single one
        inside it opens or closes a quotation inside the quotation (an apostrophe, as in it's or the
        commission's, stays), and a double one inside that opens a third level, in the outer marks again
        («…„…«…»…“…»). ``quotation`` is what is open where ``text`` starts (a name or a formatted run may stand
        between a mark and its pair, and a sentence may end inside a quotation); what is open at its end is
        returned.

        The locale's own marks a model or a translator wrote already («…», „…“) open and close their levels
        too, so a double mark inside «…» is a quotation inside it („…“), and «…» inside "…" takes the inner
        marks. A single mark between letters inside a quotation within a quotation closes it when no other one
        does before the quotation ends: Turkish writes the suffix right after it (‘fars’ın)."""
        opening, closing, nested_opening, nested_closing = self._quote_marks()
        # guillemets are quotation marks in every language of the editions (Arabic writes them too): where they are
        # not the locale's, they stay as written, but open and close their level all the same
        own_openings = {opening, "\u00ab"} - set(_DOUBLE_QUOTES)
        own_closings = {closing, "\u00bb"} - set(_DOUBLE_QUOTES)
        # what opened each level still open: a plain double mark, a single one, or the locale's own mark
        openers = list(quotation) if isinstance(quotation, tuple) else ["double", "single", "double"][:quotation]
        found: list[_InnerClosings] = []

        def inner_closings() -> _InnerClosings:
            if not found:
                found.append(_InnerClosings(text))
            return found[0]

        characters = []

        def open_level(kind: str) -> str:
            openers.append(kind)
            return nested_opening if len(openers) == 2 else opening

        def close_level() -> str:
            openers.pop()
            return nested_closing if len(openers) == 1 else closing

        for index, character in enumerate(text):
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            opens = (
                before.isspace() or before in "([" or before in _DOUBLE_QUOTES or before in (opening, nested_opening)
            ) and not after.isspace()
            level = len(openers)
            if character in own_openings and level < 3:
                marks = open_level("own")
                characters.append(marks if character == opening else character)  # another language's: as written
            elif character in own_closings and level and openers[-1] == "own":
                marks = close_level()
                characters.append(marks if character == closing else character)
            elif character == nested_opening and nested_opening not in _PLAIN_QUOTES and level == 1:
                characters.append(open_level("own"))
            elif character == nested_closing and level == 2 and openers[-1] == "own" and not opens:
                characters.append(close_level())
            elif character in _DOUBLE_QUOTES:
                if level == 0 or (level in (1, 2) and opens and openers[-1] != "double"):
                    characters.append(open_level("double"))  # «…"…"…» or "…'…"…"…'…"
                elif level == 2 and opens:
                    characters.append(open_level("double"))
                elif openers[-1] == "double" or level == 1:
                    characters.append(close_level())
                else:  # a quotation within the quotation never closed: the quotation ends here
                    del openers[:]
                    characters.append(closing)
            elif level == 1 and character in _SINGLE_OPENING and opens:
                characters.append(open_level("single"))
            elif (
                level == 2
                and openers[-1] == "single"
                and character in _SINGLE_CLOSING
                and not before.isspace()
                and (
                    after.isspace()
                    or unicodedata.category(after)[0] == "P"
                    or after in _DOUBLE_QUOTES
                    or (after.isalpha() and not inner_closings().after(index))
                )
            ):
                characters.append(close_level())
            else:
                characters.append(character)
        return "".join(characters), tuple(openers)

    def _quote_marks(self) -> tuple[str, str, str, str]:
        """The marks that open and close a quotation, then those of a quotation inside it."""
        opening, closing = self.quotes or CLDR_QUOTES.get(self.language.code, CLDR_QUOTES["en"])
        nested = self.nested_quotes or CLDR_NESTED_QUOTES.get(self.language.code, CLDR_NESTED_QUOTES["en"])
        return opening, closing, *nested

    def _localise_prose(
        self,
        text: str,
        quotation: Quotation,
        numbers: frozenset[tuple[str, str | None]] = frozenset(),
        years: frozenset[str] = frozenset(),
    ) -> tuple[str, Quotation]:
        """Running text with its numbers, digits, quotation marks, punctuation and direction marks; and how many
        quotations are still open at its end (marks pair across the whole paragraph). ``years``: the years before a
        currency code the source says are money (:func:`money_years`)."""
        if self.language.code == "fa":
            text = persian_letters(text)
        if _CODE_BESIDE_AMOUNT.search(text):  # CLDR's currencies are read only for money
            text = currency_style(self.language.code).write_codes(text, years)
        text = self._localise_numbers(text, numbers)
        text = self._localise_digits_outside_codes(text)
        text = _UNIT_AFTER_NUMBER.sub(NBSP, text)
        if "§" in text or "№" in text:
            text = _SIGN_BEFORE_NUMBER.sub(NBSP, text)
        if _DECIMAL_DIGIT.search(text):  # a day is digits
            text = _day_and_month(self.language.code).sub(lambda m: f"{m['day']}{NBSP}{m['month']}", text)
        if _CURRENCY_SIGN.search(text):
            text = currency_style(self.language.code).write(text)
        if quotation or any(mark in text for mark in _DOUBLE_QUOTES) or self._quote_marks()[0] in text or "«" in text:
            text, quotation = self._quotation_marks(text, quotation)
        if self.language.script == "Arab":
            text = _LATIN_PUNCTUATION.sub(lambda m: _ARABIC_PUNCTUATION[m.group()], text)
        elif self.language.code == "ru" and " - " in text:
            text = _SPACED_HYPHEN.sub("\u2014", text)  # Russian sets a dash between words, never a hyphen
        return text, quotation  # its left-to-right runs are marked over the whole sentence

    def format_date(self, day: date, calendar: str = "gregorian", length: str = "long") -> str:
        """A date line: CLDR's ``long`` or ``full`` pattern, or the Solar Hijri date for Persian (a day before its
        first year, 1 Farvardin 1 = 21 March 622, has no Solar Hijri date: it is written in the Gregorian calendar,
        not with a year 0 or a minus sign)."""
        if calendar == "persian" and solar_hijri(day)[0] < 1:
            calendar = "gregorian"
        if calendar == "persian":
            year, month, month_day = solar_hijri(day)
            text = f"{month_day} {PERSIAN_MONTHS[month - 1]} {year}"
            if length == "full":
                from .cldr import locale_facts

                text = f"{locale_facts(self.language.code).weekdays[day.weekday()]} {text}"
        else:
            from .cldr import format_date

            text = format_date(day, length, self.language.code)
        return self.localise_digits(text)
