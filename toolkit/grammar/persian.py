"""Persian: the ezafe on names.

The ezafe (-e linking a head to what follows) is written only after vowels:
ی after ا or و (آنکارای، مسکوی), ZWNJ + ی after a silent ه (ترکیه‌ی), and
nothing after consonants or ی (تهران، سلیمانی). The ZWNJ (U+200C) keeps the
letters apart without a space; it must never be dropped.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .arabic import ArabicScriptNames, remove_marks
from .names import FormRead, NameInSentence

ZWNJ = "\u200c"
TOKENS = frozenset({"ez"})
STORED_FORMS = frozenset({"ez"})
REQUIRES_ALL_FORMS = False


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
        return FormRead(("ez",) if is_ezafe else (), name.start, end)

    def read_placeholder(self, name: NameInSentence) -> FormRead:
        if name.ending.lstrip(ZWNJ) == "ی":
            return FormRead(("ez",), name.start, name.end + len(name.ending))
        return FormRead((), name.start, name.end)


def _written_ezafe(text: str, last_word: str, end: int, forms: Mapping[str, str]) -> tuple[bool, int]:
    """Whether the model wrote an ezafe on the name (ترکیه‌ی, ترکیۀ, آنکارای), and where the name ends."""
    follow = re.match("\u200c?\u06cc(?![^\\W\\d_])", text[end:])
    nominative = forms["nom"]
    if follow and nominative.endswith(("ه", "ا", "و")):
        return True, end + follow.end()
    if last_word.endswith("ۀ"):
        return True, end
    if nominative.endswith(("ا", "و")) and last_word.endswith(("ای", "وی")) and not nominative.endswith("ی"):
        return True, end
    return False, end


NAMES = PersianNames()
