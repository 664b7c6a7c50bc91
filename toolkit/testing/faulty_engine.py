"""A test engine that does to protected text what real translation models do.

It "translates" by copying (or by a function you give it) and then applies
faults, each reproducing a failure seen in real systems:

Placeholders (when the input carries ``[[n]]`` placeholders):
- ``drop_placeholder``: the first placeholder disappears.
- ``duplicate_placeholder``: the first placeholder is written twice.
- ``reorder_placeholders``: the first two placeholders swap places.
- ``space_placeholder``: spaces creep in: ``[[ 1 ]]``, ``[ [2] ]``.
- ``punctuate_placeholder``: punctuation creeps in: ``[[1.]]``, ``[[،2]]``.
- ``arabic_indic_digits`` / ``persian_digits``: digits in another script
  (also outside placeholders).

Names (when the input carries none):
- ``transliterate_latin``: Latin letters come back in the target script
  (Mamlouk -> Мамлоук, Erdogan -> اردوغان), spelled the model's way.
- ``name_as_common_noun``: a name is translated as an ordinary word
  (``common_nouns={"Stone": "камень"}``).
"""

from __future__ import annotations

import re
from typing import Callable, Mapping, Sequence

from ..machine import RawTranslation

FAULTS = ("drop_placeholder", "duplicate_placeholder", "reorder_placeholders", "space_placeholder",
          "punctuate_placeholder", "arabic_indic_digits", "persian_digits", "transliterate_latin",
          "name_as_common_noun")
_PLACEHOLDER = re.compile(r"\[\[(\d+)\]\]")

_TO_CYRILLIC = [("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"), ("ya", "я"), ("yu", "ю"), ("ou", "у"),
                ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
                ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
                ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"),
                ("y", "й"), ("z", "з"), ("ğ", "г")]
_TO_ARABIC = [("sh", "ش"), ("kh", "خ"), ("th", "ث"), ("ou", "و"), ("a", "ا"), ("b", "ب"), ("c", "ك"),
              ("d", "د"), ("e", ""), ("f", "ف"), ("g", "غ"), ("h", "ه"), ("i", "ي"), ("j", "ج"), ("k", "ك"),
              ("l", "ل"), ("m", "م"), ("n", "ن"), ("o", "و"), ("p", "ب"), ("q", "ق"), ("r", "ر"), ("s", "س"),
              ("t", "ت"), ("u", "و"), ("v", "ف"), ("w", "و"), ("x", "كس"), ("y", "ي"), ("z", "ز"), ("ğ", "غ")]
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک"})


def transliterate(text: str, language: str) -> str:
    """Latin letters in the target script, the way a model spells a name it does not know."""
    table = {"ru": _TO_CYRILLIC, "ar": _TO_ARABIC, "fa": _TO_ARABIC}.get(language)
    if table is None:
        return text

    def word(match: re.Match) -> str:
        lower, out = match.group().lower(), []
        index = 0
        while index < len(lower):
            for latin, native in table:
                if lower.startswith(latin, index):
                    out.append(native)
                    index += len(latin)
                    break
            else:
                out.append(lower[index])
                index += 1
        result = "".join(out)
        if language == "fa":
            result = result.translate(_PERSIAN_LETTERS)
        if language == "ru" and match.group()[0].isupper():
            result = result[:1].upper() + result[1:]
        if language in ("ar", "fa") and match.group().lower()[0] in "aeiou":
            result = "ا" + result  # a word-initial vowel is carried by alef
        return result

    return re.sub(r"[A-Za-zğ]+", word, text)


class FaultyEngine:
    """A raw engine (see :class:`toolkit.machine.RawEngine`) that injects chosen faults."""

    name = "faulty"

    def __init__(self, faults: Sequence[str] = (), *, translate: Callable[[str, str], str] | None = None,
                 common_nouns: Mapping[str, str] | None = None, languages: Sequence[str] | None = None):
        unknown = [fault for fault in faults if fault not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; choose from {FAULTS}")
        self.faults = tuple(faults)
        self.base = translate or (lambda text, language: text)
        self.common_nouns = dict(common_nouns or {})
        self.languages = languages
        self.calls: list[list[str]] = []  # every batch it was asked to translate, for tests

    def reference(self, language: str) -> str:
        return f"faulty test engine ({', '.join(self.faults) or 'no faults'})"

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        if self.languages is not None and language not in self.languages:
            return None
        self.calls.append(list(sources))
        return [RawTranslation(self._damage(self.base(source, language), language)) for source in sources]

    def _damage(self, text: str, language: str) -> str:
        with_placeholders = bool(_PLACEHOLDER.search(text))
        for fault in self.faults:
            if fault == "arabic_indic_digits":
                text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
            elif fault == "persian_digits":
                text = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
            elif with_placeholders:
                text = self._damage_placeholders(fault, text)
            elif fault == "transliterate_latin":
                text = transliterate(text, language)
            elif fault == "name_as_common_noun":
                for name, noun in self.common_nouns.items():
                    text = re.sub(rf"\b{re.escape(name)}\b", noun, text)
        return text

    @staticmethod
    def _damage_placeholders(fault: str, text: str) -> str:
        found = list(_PLACEHOLDER.finditer(text))
        if not found:
            return text
        first = found[0]
        if fault == "drop_placeholder":
            return text[: first.start()] + text[first.end():]
        if fault == "duplicate_placeholder":
            return text[: first.end()] + " " + first.group() + text[first.end():]
        if fault == "reorder_placeholders" and len(found) > 1:
            second = found[1]
            return (text[: first.start()] + second.group() + text[first.end(): second.start()] + first.group()
                    + text[second.end():])
        if fault == "space_placeholder":
            return _PLACEHOLDER.sub(lambda m: f"[[ {m.group(1)} ]]" if m.start() == first.start()
                                    else f"[ [{m.group(1)}] ]", text)
        if fault == "punctuate_placeholder":
            return _PLACEHOLDER.sub(lambda m: f"[[{m.group(1)}.]]" if m.start() == first.start()
                                    else f"[[،{m.group(1)}]]", text)
        return text
