"""Locale typography: digits, quotation marks, punctuation, direction marks and dates.

- Digits follow the locale's default numbering system in CLDR (via babel):
  Persian digits (۰-۹) for fa, Western digits for ar, tr and ru. A newsroom
  may choose ``"native"`` (Arabic-Indic for ar) or ``"latn"`` instead, per
  language in its settings file.
- Quotation marks: translations store ASCII ``"..."``; each pair becomes the
  locale's marks from CLDR's delimiters data (babel does not ship it, so the
  values are copied here): «…» for ru and fa, “…” for tr, ”…“ for ar; or the
  pair the newsroom set.
- In Arabic-script editions , ; ? become ، ؛ ؟ (not between digits).
- In right-to-left editions, embedded left-to-right runs (Latin words, and
  numbers joined by hyphens such as 2024-03-12) are wrapped in isolates
  (LRI…PDI) or marks (LRM…LRM): without them the bidi algorithm shows such a
  date as 12-03-2024. Plain numbers need nothing and get nothing.
- Addresses (web and mail addresses) are written as they are: their digits,
  punctuation and quotation marks are the address's, never the locale's, and
  in right-to-left text each is one left-to-right run.
- Dates: CLDR's long or full date pattern (babel), or the Solar Hijri
  calendar for Persian, in the edition's digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .document import Piece
from .languages import Language

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
_LATIN_PUNCTUATION = re.compile(r"(?<!\d)[,;?]|[,;?](?!\d)")
_LATIN = "A-Za-z\u00c0-\u024f"
# A Latin run (words joined by spaces, hyphens, apostrophes...), or numbers joined by hyphens
# (2024-03-12): after Arabic letters digits are "Arabic numbers", and a hyphen-minus between
# two of them is neutral, so it takes the paragraph's direction and the parts swap places.
# Commas, points, slashes and colons between digits keep them together, so 1,000 needs nothing.
_LTR_RUN = re.compile(rf"\d*[{_LATIN}][{_LATIN}\d]*(?:[ \-.'’/:&][{_LATIN}\d]+)*|\d+(?:-\d+)+")


# A web or mail address: kept as written (digits, "?" and "," are part of it) and, in right-to-left text, one
# left-to-right run; punctuation that ends a sentence or closes a bracket after it is not part of it.
_ADDRESS = re.compile(
    r"(?:(?:https?|ftps?|sftp)://|www\.)[^\s<>\"«»“”‘’]*[^\s<>\"«»“”‘’.,;:!?)\]}'،؛؟]"
    # a mail address's name starts where a run of its characters does, so a long run without "@" is read once
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)

# A code of Latin letters and digits (F-16, CO2, COVID-19, A320, 5G): a word-like token with both, however the model
# wrote its digits. The token is matched first and its letters and digits checked after: a pattern that looks ahead
# for them at each start would read a long run of hyphenated words again from every word, in quadratic time.
_LATIN_TOKEN = re.compile(rf"(?<![^\W_])[{_LATIN}\d][{_LATIN}\d-]*(?![^\W_])")
_LATIN_LETTER = re.compile(rf"[{_LATIN}]")


def _latin_codes(text: str) -> Iterator[re.Match[str]]:
    """The codes of Latin letters and digits in ``text``."""
    for token in _LATIN_TOKEN.finditer(text):
        if _LATIN_LETTER.search(token.group()) and _DECIMAL_DIGIT.search(token.group()):
            yield token


def addresses(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds web or mail addresses, as (start, end); a closing bracket the address opened is its
    own (https://en.wikipedia.org/wiki/Idlib_(city)), one after it is the sentence's."""
    found = []
    for match in _ADDRESS.finditer(text):
        end = match.end()
        unclosed = match.group().count("(") - match.group().count(")")  # counted once: a run of ")" is read once
        while end < len(text) and text[end] == ")" and unclosed > 0:
            end += 1
            unclosed -= 1
        found.append((match.start(), end))
    return found


_DECIMAL_DIGIT = re.compile(r"\d")  # in a str pattern: any Unicode decimal digit (category Nd), as isdecimal()


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


@dataclass(frozen=True)
class Localiser:
    language: Language
    digits: str = "cldr"  # "cldr", "native" or "latn"
    quotes: tuple[str, str] | None = None  # None: CLDR's marks for the language
    direction_marks: str = "isolates"  # "isolates", "marks" or "none"

    @classmethod
    def for_language(cls, language: Language, settings: Settings) -> Localiser:
        """The localiser a newsroom's settings ask for."""
        chosen = settings.language(language.code)
        return cls(language, chosen.digits, chosen.quote_marks, settings.direction_marks)

    @property
    def numbering_system(self) -> str:
        if self.digits == "cldr":
            return self.language.numbering_system
        if self.digits == "native":
            return self.language.native_numbering_system
        return self.digits

    def localise_digits(self, text: str) -> str:
        """Write every digit, whatever its system, in the edition's digits."""
        return western_digits(text).translate(
            str.maketrans("0123456789", DIGITS.get(self.numbering_system, DIGITS["latn"]))
        )

    def _localise_digits_outside_codes(self, text: str) -> str:
        """The edition's digits, except in codes written in Latin letters (F-16, CO2, A320, 5G), whose digits stay
        0-9 as their letters stay Latin; machine output may use any digit system in either."""
        parts, position = [], 0
        for code in _latin_codes(text):
            parts += [self.localise_digits(text[position : code.start()]), western_digits(code.group())]
            position = code.end()
        return "".join(parts) + self.localise_digits(text[position:])

    def mark_ltr_runs(self, text: str) -> str:
        """Wrap left-to-right runs inside right-to-left text so they display in order."""
        opening, closing = DIRECTION_MARKS[self.direction_marks]
        if not self.language.rtl or not opening:
            return text
        return _LTR_RUN.sub(lambda match: opening + match.group() + closing, text)

    def embed_ltr(self, text: str) -> str:
        """Embed a left-to-right text (an English title) whole in a right-to-left line."""
        opening, closing = DIRECTION_MARKS[self.direction_marks]
        return opening + text + closing if self.language.rtl else text

    def localise(self, pieces: list[Piece]) -> list[Piece]:
        """Apply the locale's typography to one segment's pieces, in order.

        Inline code is never changed, only isolated as a whole in right-to-left text.
        """
        inside_quote = False
        result = []
        for piece in pieces:
            if piece.code:
                result.append(replace(piece, text=self.embed_ltr(piece.text)))
                continue
            parts = []
            position = 0
            for start, end in addresses(piece.text):
                prose, inside_quote = self._localise_prose(piece.text[position:start], inside_quote)
                parts += [prose, self.embed_ltr(piece.text[start:end])]
                position = end
            prose, inside_quote = self._localise_prose(piece.text[position:], inside_quote)
            result.append(replace(piece, text="".join(parts) + prose))  # the piece's marks kept
        return result

    def _localise_prose(self, text: str, inside_quote: bool) -> tuple[str, bool]:
        """Running text with its digits, quotation marks, punctuation and direction marks; and whether a quotation
        is still open at its end (marks pair across the whole segment)."""
        opening, closing = self.quotes or CLDR_QUOTES.get(self.language.code, CLDR_QUOTES["en"])
        text = self._localise_digits_outside_codes(text)
        if '"' in text:
            characters = []
            for character in text:
                if character == '"':
                    characters.append(closing if inside_quote else opening)
                    inside_quote = not inside_quote
                else:
                    characters.append(character)
            text = "".join(characters)
        if self.language.script == "Arab":
            text = _LATIN_PUNCTUATION.sub(lambda m: _ARABIC_PUNCTUATION[m.group()], text)
        return self.mark_ltr_runs(text), inside_quote

    def format_date(self, day: date, calendar: str = "gregorian", length: str = "long") -> str:
        """A date line: CLDR's ``long`` or ``full`` pattern, or the Solar Hijri date for Persian."""
        if calendar == "persian":
            year, month, month_day = solar_hijri(day)
            text = f"{month_day} {PERSIAN_MONTHS[month - 1]} {year}"
            if length == "full":
                from babel import Locale

                text = f"{Locale.parse(self.language.code).days['format']['wide'][day.weekday()]} {text}"
        else:
            from babel.dates import format_date

            text = format_date(day, length, locale=self.language.code)
        return self.localise_digits(text)
