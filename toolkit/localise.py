"""Locale typography: digits, quotation marks and Arabic-script punctuation.

- Digits follow the locale's default numbering system in CLDR (via babel):
  Persian digits (۰-۹) for fa, Western digits for ar, tr and ru. A newsroom
  may choose ``"native"`` (Arabic-Indic for ar) or ``"latn"`` instead.
- Quotation marks: translations store ASCII ``"..."``; each pair becomes the
  locale's marks from CLDR's delimiters data (babel does not ship it, so the
  values are copied here): «…» for ru and fa, “…” for tr, ”…“ for ar.
- In Arabic-script editions , ; ? become ، ؛ ؟ (not between digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .edition import Piece
from .languages import Language

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

_ARABIC_PUNCTUATION = {",": "\u060c", ";": "\u061b", "?": "\u061f"}
_LATIN_PUNCTUATION = re.compile(r"(?<!\d)[,;?]|[,;?](?!\d)")


@dataclass(frozen=True)
class Localiser:
    language: Language
    digits: str = "cldr"  # "cldr", "native" or "latn"

    @property
    def numbering_system(self) -> str:
        if self.digits == "cldr":
            return self.language.numbering_system
        if self.digits == "native":
            return self.language.native_numbering_system
        return self.digits

    def localise(self, pieces: list[Piece]) -> list[Piece]:
        """Apply the locale's typography to one segment's pieces, in order."""
        table = str.maketrans("0123456789", DIGITS.get(self.numbering_system, DIGITS["latn"]))
        opening, closing = CLDR_QUOTES.get(self.language.code, CLDR_QUOTES["en"])
        inside_quote = False
        result = []
        for piece in pieces:
            text = piece.text.translate(table)
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
            result.append(Piece(text, piece.entry_id))
        return result
