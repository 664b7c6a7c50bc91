"""The dictionary form of a name a sentence wrote inflected: what a glossary rendering would store.

Placement reads the form of a name in a sentence (its slot tokens: a Russian
case, a Turkish case suffix, Arabic proclitics, the Persian ezafe). For a name
no entry covers, the model's own spelling of it is the only rendering there
is, and it stands in that form: "Лаврофым", "Lavrov'un", "ولافروف",
"لاوروفِ". :func:`dictionary_form` reads the base back, checked against the
language's own rules: the base is the one whose form for those tokens is what
the sentence shows (Arabic, Persian and Turkish by the rules that render
slots; Russian by the proposed-forms code, :mod:`.russian_forms`, which needs
the ``forms`` extra: without it a Russian name is read only where the
sentence has it in the nominative).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from ..errors import UserError
from ..patterns import LazyPattern
from . import grammar_for

# Russian case endings a word may carry, by case, and the nominative endings that may stand in their place
_RUSSIAN_ENDINGS = {
    "gen": ("ы", "и", "а", "я", "ой", "ей", "ого", "его"),
    "dat": ("у", "ю", "е", "и", "ой", "ей", "ому", "ему"),
    "acc": ("а", "я", "у", "ю", "ую", "юю", "ого", "его"),
    "ins": ("ом", "ем", "ём", "ым", "им", "ой", "ей", "ёй", "ою", "ею", "ью"),
    "prep": ("е", "и", "ом", "ем"),
}
# the nominative endings that may stand in their place, and how unlikely each makes a reading (a foreign
# surname is rarely an adjective: Лаврофым is a misspelt Лавроф, not Лаврофый)
_RUSSIAN_NOMINATIVE_ENDINGS = {
    "": 0.0,
    "а": 0.4,
    "я": 0.4,
    "й": 0.4,
    "ь": 0.4,
    "о": 0.4,
    "ий": 1.5,
    "ый": 1.5,
    "ая": 1.5,
}
_TRAILING_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654"  # a kasra or hamza written as ezafe


def dictionary_form(
    surface: str, tokens: Sequence[str], language: str, entry_type: str = "person", known: Sequence[str] = ()
) -> str | None:
    """``surface`` (a name as a sentence wrote it, in the form ``tokens`` name) in its dictionary form; None
    when it cannot be read back (a Russian oblique case without the proposed-forms code).

    ``known`` are bases met elsewhere (the name in the nominative in other
    sentences): one whose form for ``tokens`` is exactly the surface is taken
    first, so "Шойгу" in the dative stays Шойгу where Шойгу was met, not Шойг.
    """
    surface = surface.rstrip(_TRAILING_MARKS) if language == "fa" else surface
    if not tokens:
        return surface
    grammar = grammar_for(language)
    if language == "ru":
        if not russian_forms_available():
            return None
        for base in known:
            if _russian_forms(base, entry_type).get(tokens[0]) == surface:
                return base
        return _russian(surface, tuple(tokens), entry_type)

    def shows(base: str) -> bool:
        written = grammar.inflect({"nom": base}, tokens, None)
        # a tatweel after a proclitic is a matter of how it is written (لـMeta and لMeta are one word)
        return written.replace("\u0640", "") == surface.replace("\u0640", "") or written.replace("'", "") == surface

    for base in known:
        if shows(base) or (
            language == "tr"
            and _turkish_prefix(grammar.inflect({"nom": base}, tokens, None), surface.replace("'", "").replace("’", ""))
        ):
            return base

    if language == "tr":
        stem = surface.split("'")[0].split("’")[0]
        if stem != surface:
            return stem
        glued = [
            surface[:-cut]
            for cut in range(1, min(7, len(surface) - 1))
            if _turkish_prefix(grammar.inflect({"nom": surface[:-cut]}, tokens, None), surface)
        ]
        return glued[0] if glued else surface
    for candidate in _edges(surface):
        if candidate[:1] != "\u0640" and shows(candidate):  # a tatweel is the proclitic's, never the name's
            return candidate
    return surface.rstrip(_TRAILING_MARKS)


def _turkish_prefix(written: str, surface: str) -> bool:
    """Whether the suffixed form (apostrophe left out) starts the word, past which only -ki or a copula may
    follow (Lavrovdaki)."""
    from .turkish import AFTER_CASE

    glued = written.replace("'", "")
    return surface.startswith(glued) and (surface == glued or surface[len(glued) :] in AFTER_CASE)


def _edges(surface: str) -> Iterable[str]:
    """Bases that differ from the surface at its edges: a proclitic before it (with ل + ال -> لل), a suffix
    or an ezafe after it; the nearest first."""
    for cut in range(1, 4):
        if len(surface) - cut >= 2:
            yield "ا" + surface[cut:]  # first: ل + الجولاني is للجولاني, not ل + لجولاني
            yield surface[cut:]
            yield surface[:-cut]


def _russian(surface: str, tokens: tuple[str, ...], entry_type: str) -> str | None:
    case = tokens[0]
    if case not in _RUSSIAN_ENDINGS:
        return surface
    words = surface.split(" ")
    chosen = list(words)
    for _ in range(2):  # each word read with the others as read so far: a first name tells the gender
        for index, word in enumerate(words):
            scored = [
                (
                    _distance(
                        _russian_forms(" ".join([*chosen[:index], option, *chosen[index + 1 :]]), entry_type).get(
                            case, ""
                        ),
                        surface,
                        index,
                    )
                    + penalty,
                    rank,
                    option,
                )
                for rank, (option, penalty) in enumerate(_russian_options(word, case, entry_type))
            ]
            chosen[index] = min(scored)[2]
    return " ".join(chosen)


def _russian_options(word: str, case: str, entry_type: str = "person") -> list[tuple[str, float]]:
    """Nominatives a word in ``case`` may come from, each with how unlikely it is: itself (indeclinable, a
    particle), then each case ending swapped for a nominative one. A nominative Russian spelling forbids
    (Малатьа, Игорй, Каражя) is no option; one the dictionary knows as a name of the entry's kind (Казань,
    Игорь, Дубай, Иваново the town) is likelier than a guess."""
    lower = word.lower()
    endings = [ending for ending in _RUSSIAN_ENDINGS[case] if lower.endswith(ending) and len(word) - len(ending) >= 2]
    options = {word: _unchanged_penalty(lower) if endings else 0.0}
    for ending in endings:
        stem = word[: len(word) - len(ending)]
        for back, penalty in _RUSSIAN_NOMINATIVE_ENDINGS.items():
            if _spelt_russian(stem.lower(), back):
                options.setdefault(stem + back, penalty)
    if endings:
        for option in options:
            if _known_name(option, entry_type):
                options[option] -= _KNOWN_NAME_BONUS
    return list(options.items())


_KNOWN_NAME_BONUS = 0.5
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")


def _spelt_russian(stem: str, back: str) -> bool:
    """Whether ``stem`` + ``back`` is a spelling Russian allows at the join: no а, у, ы or й after ь or ъ
    (Малатья, not Малатьа), no й after a consonant nor ь after a vowel (Игорь, Алексей), no я or ы after ж
    ш ч щ ц (Каража, Харша)."""
    last = stem[-1:]
    first = back[:1]
    if not first:
        return last not in "ьъ" or bool(stem[:-1])
    if last in "ьъ":
        return first not in "аоуыйь"
    if first == "й":
        return last in _RUSSIAN_VOWELS
    if first == "ь":
        return last not in _RUSSIAN_VOWELS
    if last in "жшчщц":
        return first not in "яы"
    return True


_FORBIDDEN_RUSSIAN = LazyPattern(r"[ьъ][аыуэйь]|[жшчщ][ыя]|[бвгдзклмнпрстфхцжшчщ]й\b", re.IGNORECASE)


def misspelt(text: str, language: str) -> bool:
    """Whether ``text`` has a spelling the language forbids at a join of stem and ending: in Russian a hard
    vowel or й after ь (Малатьа), ы or я after ж ш ч щ, a word ending in a consonant and й (Игорй). Such a
    spelling is a misread inflected form, never a name."""
    return language == "ru" and _FORBIDDEN_RUSSIAN.search(text) is not None


_PROPER_BY_TYPE = {
    "person": frozenset({"Name", "Surn", "Patr"}),
    "place": frozenset({"Geox"}),
    "organisation": frozenset({"Orgn", "Geox"}),
}


def _known_name(option: str, entry_type: str) -> bool:
    """Whether the dictionary knows ``option`` as the nominative of a name of the entry's kind: a place for
    a place (Казань, Иваново, Баку), a first name or surname for a person (Игорь, Алексей)."""
    from .russian_forms import _morph

    lower = option.lower()
    if " " in lower or not lower:
        return False
    grammemes = _PROPER_BY_TYPE.get(entry_type, _PROPER_BY_TYPE["place"])
    return any(
        reading.is_known
        and reading.normal_form == lower
        and "nomn" in reading.tag
        and grammemes & reading.tag.grammemes
        for reading in _morph().parse(lower)
    )


def _unchanged_penalty(word: str) -> float:
    """How unlikely a word that ends like a case ending is to be indeclinable: foreign names in -и after
    most consonants (Джулани, Судани, Карнеги) often are; -ии (Латакии, of Латакия) and the other endings
    (Лаврову, Хомсе) are more likely declined, and so are -ьи and -еи (Малатьи, Кореи: of Малатья, Корея)."""
    if word.endswith("и") and not word.endswith(("ии", "ьи", "еи")) and word[-2:-1] not in "кгхжшчщ":
        return 0.1
    return 0.5


def _distance(written: str, surface: str, index: int) -> float:
    """How far one word of a proposed form is from the word the sentence shows."""
    from ..glossary.locate import edit_distance

    ours, theirs = written.split(" "), surface.split(" ")
    return edit_distance(ours[index], theirs[index]) if index < len(ours) and len(ours) == len(theirs) else 99.0


@functools.lru_cache(maxsize=4096)
def _russian_forms(text: str, entry_type: str) -> Mapping[str, str]:
    from .propose import propose

    try:
        return propose("ru", text, entry_type=entry_type).forms
    except UserError:
        return {"nom": text}  # not a name the proposer takes: no case of it matches


@functools.cache
def russian_forms_available() -> bool:
    """Whether Russian case forms can be proposed here (the ``forms`` extra: pytrovich and pymorphy3)."""
    import importlib.util

    return all(importlib.util.find_spec(module) is not None for module in ("pytrovich", "pymorphy3"))
