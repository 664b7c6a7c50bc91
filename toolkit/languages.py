"""What the toolkit knows about each edition language, from CLDR via babel.

Direction, native and English names, and the default numbering system come
from CLDR (babel, through the facts :mod:`toolkit.cldr` keeps). Fonts are a newsroom's choice, not a fact about the
language: they live in the settings file (:mod:`toolkit.settings`).
"""

from __future__ import annotations

from functools import cache

from .errors import UserError, quoted
from .records import dataclass

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = ("ar", "fa", "tr", "ru")

# Word and LibreOffice need a region on w:lang; these are the press defaults.
_WORD_LOCALES = {"en": "en-GB", "ar": "ar-SA", "fa": "fa-IR", "tr": "tr-TR", "ru": "ru-RU"}
_SCRIPTS = {"en": "Latn", "ar": "Arab", "fa": "Arab", "tr": "Latn", "ru": "Cyrl"}
SCRIPT_NAMES = {"Latn": "Latin", "Arab": "Arabic-script", "Cyrl": "Cyrillic"}
# The Arabic script's blocks, as ranges for a regular expression's character class: Arabic, Arabic Supplement,
# Arabic Extended-B and Extended-A (letters of African and Asian languages, Quranic marks) and the two blocks of
# presentation forms
ARABIC_SCRIPT_RANGES = "\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# The letters of those blocks alone (Unicode's other letters, Lo), as ranges for a character class: no digits,
# punctuation, signs or marks, no tatweel and no small letters written above others (Lm)
ARABIC_SCRIPT_LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"  # Arabic
    "\u0750-\u077f"  # Arabic Supplement
    "\u0870-\u0887\u0889-\u088e"  # Arabic Extended-B
    "\u08a0-\u08c8"  # Arabic Extended-A
    "\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc"  # presentation forms
)
# The Arabic letters Persian writes with its own, each with the Persian letter: yeh ي and kaf ك (which a reader
# sees as Arabic: ي with two dots below at a word's end) and alef maksura ى, which at a word's end looks like
# Persian ی but is another letter to search, sorting and matching (موسى for موسی); typed on an Arabic keyboard, or
# written by a model trained on both languages
PERSIAN_FOR_ARABIC = {"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"}
# CLDR's English names, for messages that need no other CLDR data (babel is slow to import)
_ENGLISH_NAMES = {"en": "English", "ar": "Arabic", "fa": "Persian", "tr": "Turkish", "ru": "Russian"}
# the calendars a language's date line may use: the Solar Hijri calendar is Iran's
_CALENDARS = {"fa": ("gregorian", "persian")}


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    rtl: bool
    script: str
    word_locale: str
    numbering_system: str
    native_numbering_system: str


@cache
def language(code: str) -> Language:
    """Describe a supported language; raise a UserError for any other code."""
    if code not in _WORD_LOCALES:
        supported = ", ".join(TARGET_LANGUAGES)
        raise UserError(
            f"unknown or unsupported language {quoted(code)}",
            fix=f"choose from {supported} (e.g. --to ar,fa)",
        )
    from .cldr import locale_facts

    facts = locale_facts(code)
    return Language(
        code=code,
        english_name=_ENGLISH_NAMES[code],
        native_name=facts.native_name or _ENGLISH_NAMES[code],
        rtl=facts.rtl,
        script=_SCRIPTS[code],
        word_locale=_WORD_LOCALES[code],
        numbering_system=facts.numbering_system,
        native_numbering_system=facts.native_numbering_system,
    )


# ISO 639-2 and 639-3 codes some CAT tools write for the toolkit's languages (memoQ's "ara", "rus"; Iranian
# Persian "pes", Standard Arabic "arb"): read as the two-letter code
_THREE_LETTER = {
    "eng": "en",
    "ara": "ar",
    "arb": "ar",
    "fas": "fa",
    "per": "fa",
    "pes": "fa",
    "tur": "tr",
    "rus": "ru",
}


def primary_language(tag: str | None) -> str:
    """The language of a tag as a memory or XLIFF file writes it, lowercased: ``ar-SA``, ``ar_SA``, ``AR``,
    ``ara-SA`` -> ``ar``."""
    primary = (tag or "").strip().split("-")[0].split("_")[0].lower()
    return _THREE_LETTER.get(primary, primary)


def parse_language_list(text: str) -> list[str]:
    """Parse ``"ar,fa"`` into ``["ar", "fa"]``, checking each code."""
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    if not codes:
        raise UserError("no target language given", fix="pass e.g. --to ar,fa,tr,ru")
    for code in codes:
        if code not in TARGET_LANGUAGES:
            raise UserError(
                f"unsupported target language {quoted(code)}",
                fix=f"choose from {', '.join(TARGET_LANGUAGES)}",
            )
        language(code)
    return list(dict.fromkeys(codes))


def script(code: str) -> str:
    """The ISO 15924 script a supported language is written in: Latn, Arab or Cyrl."""
    return _SCRIPTS[code]


def english_name(code: str) -> str:
    """A supported language's English name: Arabic, Persian, Turkish, Russian (English)."""
    return _ENGLISH_NAMES[code]


def calendars(code: str) -> tuple[str, ...]:
    """The calendars a language's date line may use."""
    return _CALENDARS.get(code, ("gregorian",))
