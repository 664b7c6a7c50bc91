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

- ``bare_placeholder``: endings glued to placeholders are lost (``[[2]]ом`` ->
  ``[[2]]``, ``[[1]]'ın`` -> ``[[1]]``) and an Arabic proclitic stands apart
  (``و[[1]]`` -> ``و [[1]]``): the form must come from the context.

Formatting markers (when the input carries ``<b1>``...``</b1>``, ``<code2/>``, see
:mod:`toolkit.translate.markers`); each acts on the first marker (or pair):
- ``drop_marker``: the first marker disappears (a pair loses its opening).
- ``drop_pair``: both markers of the first pair disappear.
- ``drop_standalone``: every standalone marker (``<code2/>``) disappears, as a model drops the marks that end
  a sentence together (``said.<code1/><code2/>``).
- ``duplicate_marker``: the first marker is written twice.
- ``reorder_markers``: the first pair's closing comes before its opening.
- ``space_marker``: spaces creep in: ``< b1 >``, ``</ b 1>``, ``< code2 / >``.
- ``punctuate_marker``: punctuation creeps in: ``<b1.>``, ``<،i2>``.
- ``unclosed_marker``: the first pair's closing is lost (an opening without its closing).
- ``unopened_marker``: the first pair's opening is lost.
- ``backslash_marker``: ``<\b1>`` for ``</b1>``, and capitals: ``<B1>``.
- ``invented_marker``: a marker the sentence does not have, ``<b9>``, at the end.
The digit faults above turn the markers' digits too.

What must come out as written (web and mail addresses, handles, hashtags,
coordinates, footnote marks), as models do to it when they see it:
- ``respell_verbatim``: a space after an address's ``://``, ``www.``, ``@``
  and ``#``; a footnote mark as a plain bracket (``[^1]`` -> ``[1]``); a
  coordinate's decimal point a comma, its degree sign spaced and its prime an
  apostrophe (``35.9°N`` -> ``35,9 °N``); the hashtag's word translated
  (``#Idlib`` -> ``#Идлиб``, ``#ıdlib``).

Names (when the input carries none):
- ``transliterate_latin``: Latin letters come back in the target script
  (Mamlouk -> Мамлоук, Erdogan -> اردوغان), spelled the model's way.
- ``name_as_common_noun``: a name is translated as an ordinary word
  (``common_nouns={"Stone": "камень"}``).

Names in target-language text (these need ``glossary=``: the engine finds the
glossary's renderings in what it would return and damages them):
- ``own_first_name``: the first word of a name of several words in the
  model's own spelling (Реджеп Тайеп Эрдоган, حقان فيدان).
- ``model_article``: the model's article before a person's surname
  (Башар аль-Асад, Beşar el-Esad, بشار الاسد).
- ``suffix_without_apostrophe``: Turkish suffixes glued on (Ankaranın).
- ``common_noun_translation``: a name the lexicon knows is also a word comes
  back as that word, in the same case (Турция -> индейка, Türkiye -> hindi).
- ``english_spelling``: a name left in its English spelling (Erdogan).
- ``nominative_only``: Russian names left undeclined (с Эрдоган).
- ``drop_name``: the first name disappears.
- ``inserted_word``: the model puts a word inside a name of several words:
  a patronymic or a father's name in a person's (Владимир Владимирович
  Путин, بشار حافظ الأسد), "number" before a numeral (рейс номер 752).
- ``final_a_variant``: (ar, fa) a name's final "-a" in the other spelling
  (سوريا as سورية, حماه as حما).
- ``ordinary_lookalikes``: the model writes ordinary words that look like
  names (بن, مركز; путина) at the end of the sentence; they must stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..translate.machine import RawTranslation

if TYPE_CHECKING:
    from ..glossary.model import Glossary

PLACEHOLDER_FAULTS = (
    "drop_placeholder",
    "duplicate_placeholder",
    "reorder_placeholders",
    "space_placeholder",
    "punctuate_placeholder",
    "bare_placeholder",
)
NAME_FAULTS = (
    "own_first_name",
    "model_article",
    "suffix_without_apostrophe",
    "common_noun_translation",
    "english_spelling",
    "nominative_only",
    "drop_name",
    "ordinary_lookalikes",
    "inserted_word",
    "final_a_variant",
)
# what a model puts inside a name: a middle name in a person's, "number" before a numeral
_INSERTED = {"ru": ("Иванович", "номер"), "tr": ("Hafız", "numaralı"), "ar": ("حافظ", "رقم"), "fa": ("حافظ", "شماره")}
MARKER_FAULTS = (
    "drop_marker",
    "drop_pair",
    "drop_standalone",
    "duplicate_marker",
    "reorder_markers",
    "space_marker",
    "punctuate_marker",
    "unclosed_marker",
    "unopened_marker",
    "backslash_marker",
    "invented_marker",
)
VERBATIM_FAULTS = ("respell_verbatim",)
FAULTS = (
    *PLACEHOLDER_FAULTS,
    *MARKER_FAULTS,
    *VERBATIM_FAULTS,
    "arabic_indic_digits",
    "persian_digits",
    "transliterate_latin",
    "name_as_common_noun",
    *NAME_FAULTS,
)
# ordinary words that look like names to a careless matcher: "son of", "centre", "complete"; "fishing season"
LOOKALIKES = {"ar": "(بن مركز تمام)", "fa": "(بن مرکز ترین)", "ru": "(путина и тани)", "tr": "(esas hama)"}
_PLACEHOLDER = re.compile(r"\[\[(\d+)\]\]")
_MARKER = re.compile(r"<(?P<close>/?)(?P<name>code|br|b|i|u|s|a)(?P<number>\d+)(?P<alone>/?)>")

_TO_CYRILLIC = [
    ("sh", "ш"),
    ("ch", "ч"),
    ("kh", "х"),
    ("zh", "ж"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ou", "у"),
    ("a", "а"),
    ("b", "б"),
    ("c", "к"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "дж"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "в"),
    ("x", "кс"),
    ("y", "й"),
    ("z", "з"),
    ("ğ", "г"),
]
_TO_ARABIC = [
    ("sh", "ش"),
    ("kh", "خ"),
    ("th", "ث"),
    ("ou", "و"),
    ("a", "ا"),
    ("b", "ب"),
    ("c", "ك"),
    ("d", "د"),
    ("e", ""),
    ("f", "ف"),
    ("g", "غ"),
    ("h", "ه"),
    ("i", "ي"),
    ("j", "ج"),
    ("k", "ك"),
    ("l", "ل"),
    ("m", "م"),
    ("n", "ن"),
    ("o", "و"),
    ("p", "ب"),
    ("q", "ق"),
    ("r", "ر"),
    ("s", "س"),
    ("t", "ت"),
    ("u", "و"),
    ("v", "ف"),
    ("w", "و"),
    ("x", "كس"),
    ("y", "ي"),
    ("z", "ز"),
    ("ğ", "غ"),
]
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
    """A raw engine (see :class:`toolkit.translate.machine.RawEngine`) that injects chosen faults."""

    name = "faulty"

    def __init__(
        self,
        faults: Sequence[str] = (),
        *,
        translate: Callable[[str, str], str] | None = None,
        common_nouns: Mapping[str, str] | None = None,
        languages: Sequence[str] | None = None,
        glossary: Glossary | None = None,
    ):
        unknown = [fault for fault in faults if fault not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; choose from {FAULTS}")
        self.faults = tuple(faults)
        self.base = translate or (lambda text, language: text)
        self.common_nouns = dict(common_nouns or {})
        self.languages = languages
        self.glossary = glossary
        if glossary is None and set(self.faults) & set(NAME_FAULTS):
            raise ValueError(f"faults {sorted(set(self.faults) & set(NAME_FAULTS))} need glossary=")
        self.calls: list[list[str]] = []  # every batch it was asked to translate, for tests

    def reference(self, language: str) -> str:
        return f"faulty test engine ({', '.join(self.faults) or 'no faults'})"

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation] | None:
        if self.languages is not None and language not in self.languages:
            return None
        self.calls.append(list(sources))
        return [RawTranslation(self._damage(self.base(source, language), language, source)) for source in sources]

    def _damage(self, text: str, language: str, source: str = "") -> str:
        with_placeholders = bool(_PLACEHOLDER.search(text))
        for fault in self.faults:
            if fault == "arabic_indic_digits":
                text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
            elif fault == "persian_digits":
                text = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
            elif fault in MARKER_FAULTS:
                text = damage_markers(fault, text)
            elif fault == "respell_verbatim":
                text = respell_verbatim(text, language)
            elif with_placeholders:
                text = self._damage_placeholders(fault, text)
            elif fault in NAME_FAULTS:
                if self.glossary is None:
                    raise ValueError(f"the fault {fault!r} damages glossary names: give FaultyEngine a glossary")
                text = damage_names(fault, text, language, self.glossary, source)
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
            return text[: first.start()] + text[first.end() :]
        if fault == "duplicate_placeholder":
            return text[: first.end()] + " " + first.group() + text[first.end() :]
        if fault == "reorder_placeholders" and len(found) > 1:
            second = found[1]
            return (
                text[: first.start()]
                + second.group()
                + text[first.end() : second.start()]
                + first.group()
                + text[second.end() :]
            )
        if fault == "space_placeholder":
            return _PLACEHOLDER.sub(
                lambda m: f"[[ {m.group(1)} ]]" if m.start() == first.start() else f"[ [{m.group(1)}] ]", text
            )
        if fault == "punctuate_placeholder":
            return _PLACEHOLDER.sub(
                lambda m: f"[[{m.group(1)}.]]" if m.start() == first.start() else f"[[،{m.group(1)}]]", text
            )
        if fault == "bare_placeholder":
            text = re.sub(r"(\[\[\d+\]\])['’]?[^\W\d_]{1,4}\b", r"\1", text)
            return re.sub(r"(?<![^\W\d_])([\u0648\u0641])(\[\[)", r"\1 \2", text)
        return text


def respell_verbatim(text: str, language: str) -> str:
    """What a model does to addresses, handles, hashtags, coordinates and footnote marks it is shown."""
    text = re.sub(r"(?<=\w)://", ": //", text)
    text = re.sub(r"\bwww\.(?=\w)", "www. ", text)
    text = re.sub(r"\[\^([^\]\s]+)\]", r"[\1]", text)
    text = re.sub(r"(\d+)\.(\d+)°", r"\1,\2°", text)
    text = re.sub(r"(?<=\d)°", " °", text).replace("′", "'")
    text = re.sub(
        r"#([A-Za-z]\w*)",
        lambda match: (
            "#"
            + (
                match.group(1).replace("I", "ı").lower()
                if language == "tr"
                else transliterate(match.group(1), language)
            )
        ),
        text,
    )
    return re.sub(r"@(?=\w)", "@ ", text)


def damage_markers(fault: str, text: str) -> str:
    """Apply one formatting-marker fault to text that carries markers (``<b1>``, ``</b1>``, ``<code2/>``)."""
    found = list(_MARKER.finditer(text))
    if not found:
        return text
    first = found[0]
    pair = [m for m in found if m.group("number") == first.group("number") and not m.group("alone")]
    opening = next((m for m in pair if not m.group("close")), None)
    closing = next((m for m in pair if m.group("close")), None)

    def without(*matches: re.Match) -> str:
        result = text
        for match in sorted(matches, key=lambda m: m.start(), reverse=True):
            result = result[: match.start()] + result[match.end() :]
        return result

    if fault == "drop_marker":
        return without(first)
    if fault == "drop_standalone":
        return without(*(m for m in found if m.group("alone"))) if any(m.group("alone") for m in found) else text
    if fault == "drop_pair":
        return without(*pair) if opening and closing else without(first)
    if fault == "duplicate_marker":
        return text[: first.end()] + first.group() + text[first.end() :]
    if fault == "reorder_markers" and opening and closing:
        return (
            text[: opening.start()]
            + closing.group()
            + text[opening.end() : closing.start()]
            + opening.group()
            + text[closing.end() :]
        )
    if fault == "space_marker":
        return _MARKER.sub(
            lambda m: (
                f"< {m.group('close')} {m.group('name')} {m.group('number')} {' / ' if m.group('alone') else ''}>"
            ),
            text,
        )
    if fault == "punctuate_marker":
        return _MARKER.sub(
            lambda m: (
                f"<{m.group('close')}{m.group('name')}{m.group('number')}.{m.group('alone')}>"
                if m.start() == first.start()
                else f"<{m.group('close')}،{m.group('name')}{m.group('number')}{m.group('alone')}>"
            ),
            text,
        )
    if fault == "unclosed_marker" and closing:
        return without(closing)
    if fault == "unopened_marker" and opening:
        return without(opening)
    if fault == "backslash_marker":
        backslash = "\\"
        return _MARKER.sub(
            lambda m: (
                f"<{backslash if m.group('close') else ''}{m.group('name').upper()}"
                f"{m.group('number')}{m.group('alone')}>"
            ),
            text,
        )
    if fault == "invented_marker":
        return re.sub(r"([.!?؟]?)$", lambda m: f" <b9>x</b9>{m.group(1)}", text, count=1)
    return text


def damage_names(fault: str, text: str, language: str, glossary: Glossary, source: str | None = None) -> str:
    """Apply one name fault to target-language text, at the glossary renderings found in it.

    With ``source``, only names the source mentions are damaged, and only where
    the text holds no more of them than the source does (so that a "Turkish"
    rendered as Турции is not taken for the mention of Turkey).
    """
    from collections import Counter

    from ..glossary.locate import TargetLocator
    from ..glossary.match import Matcher

    if fault == "ordinary_lookalikes":
        return re.sub(r"([.!?؟]?)$", lambda m: f" {LOOKALIKES.get(language, '')}{m.group(1)}", text, count=1)
    found = TargetLocator(glossary, language).find(text)
    if source is not None:
        mentioned = Counter(m.entry_id for m in Matcher(glossary).find(source))
        shown = Counter(m.entry_id for m in found)
        found = [m for m in found if 0 < shown[m.entry_id] <= mentioned[m.entry_id]]
    if fault == "drop_name":
        found = found[:1]
    for mention in reversed(found):  # from the end, so earlier offsets stay right
        entry = glossary[mention.entry_id]
        replacement = _damaged(fault, mention, entry, language)
        if replacement is not None:
            text = text[: mention.start] + replacement + text[mention.end :]
    return " ".join(text.split())


def _damaged(fault: str, mention, entry, language: str) -> str | None:
    from ..glossary.match import fold
    from ..grammar import arabic, turkish
    from ..grammar.common_nouns import COMMON_NOUNS

    surface, tokens = mention.surface, mention.tokens
    words = surface.split()
    if fault == "drop_name":
        return ""
    if fault == "own_first_name" and len(words) > 1 and entry.type == "person":
        return " ".join([_respell(words[0], language), *words[1:]])
    if fault == "model_article" and entry.type == "person" and len(words) > 1 and not words[-1].startswith("ال"):
        article = {"ru": "аль-", "tr": "el-", "ar": "ال", "fa": "ال"}[language]
        return " ".join([*words[:-1], article + words[-1]])
    if fault == "suffix_without_apostrophe" and language == "tr":
        return surface.replace("'", "").replace("’", "")
    if fault == "nominative_only" and language == "ru" and tokens:
        rendering = entry.renderings["ru"]
        return rendering.forms(mention.short)["nom"]
    if fault == "english_spelling" and not (language == "fa" and tokens):  # an ezafe has no English spelling
        english = entry.short if mention.short and entry.short else entry.name
        if language == "tr" and tokens:
            return f"{english}'{turkish.suffix(english, tokens[0])}"
        if language == "ar" and tokens:  # the proclitic stays, apart from the Latin word
            return "".join(arabic.PROCLITICS[t] for t in tokens if t in arabic.PROCLITICS) + " " + english
        return english
    if fault == "inserted_word" and len(words) > 1:
        middle, number = _INSERTED[language]
        if entry.type == "person":
            return " ".join([words[0], middle, *words[1:]])
        if any(ch.isdigit() for ch in words[-1]):
            return " ".join([*words[:-1], number, words[-1]])
        return None
    if fault == "final_a_variant" and language in ("ar", "fa"):
        last = words[-1]
        if last.endswith("ا") and len(last) > 3:
            return " ".join([*words[:-1], last[:-1] + ("ة" if language == "ar" else "ه")])
        if last.endswith(("ة", "اه")) and len(last) > 3:
            return " ".join([*words[:-1], last[:-1] + ("ا" if last.endswith("ة") else "")])
        return None
    if fault == "common_noun_translation":
        key = fold(entry.short if mention.short and entry.short else entry.name)
        nouns = COMMON_NOUNS.get(key, {}).get(language)
        if not nouns:
            return None
        noun = nouns[0]
        if not isinstance(noun, str):  # Russian: the noun's case forms
            return noun.get(tokens[0] if tokens else "nom", noun["nom"])
        if language == "tr":
            return noun + (turkish.suffix(noun, tokens[0]) if tokens else "")
        if language == "ar":
            clitics = "".join(arabic.PROCLITICS[t] for t in tokens if t in arabic.PROCLITICS)
            return arabic.attach(clitics, noun) if clitics else noun
        return noun
    return None


def _respell(word: str, language: str) -> str:
    """A first name the way a model might spell it: one vowel or one letter heard alike changed."""
    swaps = {
        "ru": [("и", "е"), ("е", "и"), ("а", "о")],
        "tr": [("yy", "y"), ("i", "e"), ("e", "i"), ("a", "e")],
        "ar": [("ه", "ح"), ("ا", ""), ("ي", "")],
        "fa": [("ه", "ح"), ("ا", ""), ("ی", "")],
    }[language]
    for old, new in swaps:
        position = word.find(old, 1)
        if position > 0:
            return word[:position] + new + word[position + len(old) :]
    return word


def memory_translator(memory, glossary: Glossary, matcher=None) -> Callable[[str, str], str]:
    """A perfect model made of a translation memory: each sentence's reviewed translation, rendered.

    Masked sentences (names as ``[[n]]``) come back with placeholders where
    the names were, carrying the endings a model glues on (``[[2]]ом``,
    ``[[1]]'ın``, ``و[[1]]``), so fault-injecting tests can start from what
    a good model writes and damage it.
    """
    from ..glossary.match import Matcher
    from ..grammar import arabic, russian, turkish
    from ..render import render, render_slot
    from ..slots import Slot
    from ..translate.placement import NamePlacer, placeholder_numbers

    matcher = matcher or Matcher(glossary)
    by_masked: dict[tuple[str, str], str] = {}

    def placeholder(number: int, slot: Slot, language: str) -> str:
        mark = f"[[{number}]]"
        if slot.adjective:  # "US forces" -> القوات الأمريكية: a model writes the adjective, not the name's mark
            return render_slot(slot, glossary, language)[0].text
        if language == "ru" and slot.tokens:
            rendering = glossary[slot.entry_id].renderings["ru"].forms(slot.short)
            nominative, form = rendering["nom"].split()[-1], russian.inflect(rendering, slot.tokens, None).split()[-1]
            stem = 0
            while stem < min(len(nominative), len(form)) and nominative[stem] == form[stem]:
                stem += 1
            return mark + form[stem:]
        if language == "tr" and slot.tokens:
            nominative = glossary[slot.entry_id].renderings["tr"].forms(slot.short)["nom"]
            return f"{mark}'{turkish.suffix(nominative, slot.tokens[0])}"
        if language == "ar" and slot.tokens:
            return "".join(arabic.PROCLITICS[t] for t in slot.tokens) + mark
        if language == "fa" and slot.tokens:
            nominative = glossary[slot.entry_id].renderings["fa"].forms(slot.short)["nom"]
            return mark + ("\u200cی" if nominative.endswith("ه") else "ی" if nominative.endswith(("ا", "و")) else "")
        return mark

    def translate(text: str, language: str) -> str:
        if (language, text) in by_masked:
            return by_masked[(language, text)]
        hit = memory.lookup(text, language)
        if hit is None:
            return text
        mentions = matcher.find(text)
        numbers: dict[str, list[int]] = {}
        for number, mention in zip(placeholder_numbers(text, len(mentions)), mentions):
            numbers.setdefault(mention.entry_id, []).append(number)
        parts = []
        for part in hit.template.parts:
            if isinstance(part, Slot):
                queue = numbers.get(part.entry_id)
                parts.append(placeholder(queue.pop(0), part, language) if queue else "")
            else:
                parts.append(part)
        by_masked[(language, NamePlacer.mask(text, mentions))] = " ".join("".join(parts).split())
        return "".join(piece.text for piece in render(hit.template, glossary, language)[0])

    return translate
