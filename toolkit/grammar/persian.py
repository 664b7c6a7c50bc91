"""Persian: the ezafe on names.

The ezafe (-e linking a head to what follows) is written only after vowels:
ی after ا or و (آنکارای، مسکوی), ZWNJ + ی after a silent ه (ترکیه‌ی), and
nothing after consonants or ی (تهران، سلیمانی). The ZWNJ (U+200C) keeps the
letters apart without a space; it must never be dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .arabic import ArabicScriptNames, remove_marks
from .names import FormRead, NameInSentence

ZWNJ = "\u200c"
TOKENS = frozenset({"ez"})
STORED_FORMS = frozenset({"ez"})
REQUIRES_ALL_FORMS = False

# --- What the rest of the toolkit asks of Persian (the grammar protocol, beyond rendering) -------------

FORM_ORDER = ("ez",)
USES_ZWNJ = True
FOREIGN_LETTERS = {"\u064a": "\u06cc", "\u0643": "\u06a9"}  # Arabic ي ك, for Persian ی ک
FOREIGN_LETTERS_OF = "Arabic"
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset()  # Arabic script: English shows as Latin letters
ENGLISH_RARE_WORDS: frozenset[str] = frozenset()
NAME_AGREEMENT = False


def declined_forms(forms: Mapping[str, str], pronounced: str | None) -> list[tuple[str, str]]:
    return [("ez", inflect(forms, ["ez"], None))]


def joined_forms(forms: Mapping[str, str]) -> list[tuple[str, str]]:
    return []


def spelling_problems(text: str) -> list[tuple[str, str, str, str | None]]:
    return []


def agreement_after(number: int | None, rest: str) -> str | None:
    return None


def after_number(old: int | None, new: int | None, rest: str) -> str:
    return rest


def check_tokens(tokens: Sequence[str]) -> str | None:
    if len(tokens) > 1:
        return "a Persian name takes the ezafe once"
    return None


def ezafe(text: str) -> str:
    if text.endswith(("ا", "و")):
        return text + "ی"
    if text.endswith("ه"):
        return text + ZWNJ + "ی"
    return text


def inflect(forms: Mapping[str, str], tokens: Sequence[str], pronounced: str | None) -> str:
    if not tokens:
        return forms["nom"]
    return forms.get("ez") or ezafe(forms["nom"])


# --- Adjectives made from names: نیروهای آمریکایی (no agreement; the ezafe when a modifier follows) ---------

ADJECTIVE_AGREEMENT: tuple[str, ...] = ()
ADJECTIVE_TOKENS = TOKENS
SUFFIX_APOSTROPHE = False


def inflect_adjective(forms: Mapping[str, str], tokens: Sequence[str]) -> str:
    reason = check_tokens(tokens)
    if reason:
        raise ValueError(reason)
    return inflect(forms, tokens, None)


def forms_without_apostrophe(forms: Mapping[str, str], pronounced: str | None) -> dict[str, str]:
    return dict(forms)  # Persian writes no apostrophes


# --- Names in machine output: Persian spelling, the ezafe written or not ----------------------------------

_NORMAL = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ه", "ى": "ی", "أ": "ا", "إ": "ا", "ٱ": "ا", "ۀ": "ه"})


class PersianNames(ArabicScriptNames):
    ZWNJ_SEPARATES = True
    DERIVING_SUFFIXES = ("ی", "یی", "ای", "ایی", "ها", "های", "ان", "یان", "ی‌ها")

    def normalise(self, word: str) -> str:
        """Diacritics removed; Arabic ي/ك/ة as ی/ک/ه."""
        return remove_marks(word).translate(_NORMAL)

    def loose_readings(self, key: str) -> list[str]:
        found = super().loose_readings(key)
        if key.endswith(("ای", "وی")) and len(key) > 3:
            found.append(key[:-1])  # an ezafe written on a name ending in a vowel: مسکوی
        return found

    @staticmethod
    def _ezafe_not_suffix(stem: str, suffix: str) -> bool:
        return suffix == "ی" and stem.endswith(("ا", "و"))  # آنکارای is Ankara with an ezafe, not an adjective

    def surface_forms(self, forms: Mapping[str, str], pronounced: str | None) -> list[tuple[tuple[str, ...], str]]:
        return [((), forms["nom"]), (("ez",), inflect(forms, ["ez"], None))]

    def read_name(self, name: NameInSentence) -> FormRead:
        is_ezafe, end = _written_ezafe(name.text, name.words[-1].text if name.words else "", name.end, name.forms)
        if not is_ezafe and name.modified and _ezafe_shows(name.forms["nom"]) and _modifier_follows(name.after):
            is_ezafe = True  # روسیه‌ی پوتین, خاورمیانه‌ی جدید: the model left out the ezafe its modifier needs
        return FormRead(("ez",) if is_ezafe else (), name.start, end)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        if name.ending.lstrip(ZWNJ) == "ی":
            return FormRead(("ez",), name.start, name.end + len(name.ending))
        return FormRead((), name.start, name.end)


def _written_ezafe(text: str, last_word: str, end: int, forms: Mapping[str, str]) -> tuple[bool, int]:
    """Whether the model wrote an ezafe on the name (ترکیه‌ی, ترکیۀ or ترکیهٔ, آنکارای), and where the name ends."""
    follow = re.match("\u200c?\u06cc(?![^\\W\\d_])", text[end:])
    nominative = forms["nom"]
    if follow and nominative.endswith(("ه", "ا", "و")):
        return True, end + follow.end()
    if last_word.endswith(("ۀ", "ه\u0654")):
        return True, end
    if nominative.endswith(("ا", "و")) and last_word.endswith(("ای", "وی")) and not nominative.endswith("ی"):
        return True, end
    return False, end


def _ezafe_shows(nominative: str) -> bool:
    """Whether the ezafe is written on this name: after a final vowel letter (ه ا و), not a consonant."""
    return nominative.endswith(("ه", "ا", "و"))


# words that follow a noun without being its modifier: conjunctions, postpositions, prepositions, the copula
# and common verbs, pronouns and demonstratives that open a new phrase
_NO_MODIFIER = frozenset(
    "و یا را که از به با در برای تا هم نیز اما ولی چون اگر بر بی پس پیش روی زیر نزد میان بین سوی طی ضد "
    "درباره علیه توسط است هست بود بودند هستند شد شده شدند می نمی را این آن هر چه کرد کرده کردند کند "
    "کنند دارد دارند داد دادند گفت گفتند خواهد باید ای".split())


# finite forms of the light verbs of compound verbs (متهم کرد, اعلام شد): the word before them is no modifier
_LIGHT_VERBS = frozenset("کرد کردند کند کنند شد شدند شود شوند داد دادند دهد دهند زد زدند گرفت گرفتند".split())


def _modifier_follows(after: str) -> bool:
    """Whether a word that may modify the name follows it directly (a noun, a name, an adjective), and not
    the first part of a compound verb (متهم کرد)."""
    words = [remove_marks(word).translate(_NORMAL).split("\u200c")[0]
             for word in re.findall(r"[^\W\d_][^\s.,،؛؟!:)»]*", after[:80])]
    if not re.match(r"[ \u00a0]+[^\W\d_]", after) or not words:
        return False
    return words[0] not in _NO_MODIFIER and (len(words) < 2 or words[1] not in _LIGHT_VERBS)


NAMES = PersianNames()
