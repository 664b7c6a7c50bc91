"""Quality checks on every translated segment.

Errors mean the edition must not be trusted as it is (a name missing or
wrong); warnings mean an editor should look. Each problem names the language,
the segment and what to do.
"""

from __future__ import annotations

import re
from collections import Counter

from .edition import Problem, TranslatedSegment
from .glossary import Glossary
from .localise import western_digits

_NUMBER = re.compile(r"\d+")
_ARABIC_LETTERS_IN_PERSIAN = re.compile("[\u064a\u0643]")  # ي ك
_PERSIAN_LETTERS_IN_ARABIC = re.compile("[\u06cc\u06a9]")  # ی ک
_BRACKETS = {"(": ")", "[": "]", "«": "»"}


def _numbers(text: str) -> Counter:
    """Numbers in any digit system, compared by value (١٣ == ۱۳ == 13)."""
    return Counter(_NUMBER.findall(western_digits(text)))


def check_segment(segment: TranslatedSegment, glossary: Glossary, language: str, script: str) -> list[Problem]:
    problems: list[Problem] = []

    def report(severity: str, code: str, message: str) -> None:
        problems.append(Problem(severity, code, message, language, segment.source.id))

    for note in segment.source.notes:  # characters the reader removed from the source (invisible, bidi, control)
        report("warning", "source-characters", note)

    text = segment.text
    if not text.strip():
        report("error", "empty", "the translation is empty")

    wanted = Counter(mention.entry_id for mention in segment.mentions)
    placed = Counter(name.entry_id for name in segment.names)
    for entry_id, count in wanted.items():
        if placed[entry_id] < count:
            surface = next(m.surface for m in segment.mentions if m.entry_id == entry_id)
            report("error", "name-missing",
                   f"'{surface}' ({entry_id}) appears {count}x in the source but {placed[entry_id]}x in the translation")
    for entry_id, count in placed.items():
        if count > wanted[entry_id]:
            report("warning", "name-extra",
                   f"{entry_id} appears {count}x in the translation but {wanted[entry_id]}x in the source")

    for entry_id in placed:
        entry = glossary.entries.get(entry_id)
        rendering = entry.renderings.get(language) if entry else None
        for forbidden in rendering.forbidden if rendering else ():
            if forbidden in text:
                report("error", "forbidden-variant", f"{entry_id}: forbidden spelling {forbidden!r} is used")

    if language == "fa" and _ARABIC_LETTERS_IN_PERSIAN.search(text):
        report("error", "arabic-letters", "Arabic ي or ك in Persian text: use ی and ک")
    if language == "ar" and _PERSIAN_LETTERS_IN_ARABIC.search(text):
        report("error", "persian-letters", "Persian ی or ک in Arabic text: use ي and ك")

    source_numbers, target_numbers = _numbers(segment.source.text), _numbers(text)
    if source_numbers != target_numbers:
        lost = sorted((source_numbers - target_numbers).elements())
        added = sorted((target_numbers - source_numbers).elements())
        detail = "; ".join(filter(None, [f"missing {', '.join(lost)}" if lost else "",
                                          f"added {', '.join(added)}" if added else ""]))
        report("warning", "numbers", f"numbers differ from the source ({detail})")

    for opening, closing in _BRACKETS.items():
        if text.count(opening) != text.count(closing):
            report("warning", "unpaired", f"unpaired {opening}{closing} in the translation")
    if text.count('"') % 2:
        report("warning", "unpaired", 'unpaired " in the translation')
    return problems


# Untranslated text: an edition that still reads English is never ready to publish.

# What may stay in Latin letters inside Russian, Arabic or Persian text: addresses, handles, and tokens that
# are codes rather than words (acronyms such as NATO or UNHCR, model numbers such as F-16 or COVID-19).
_LATIN_EXEMPT = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#]\w+"
    r"|\b(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\b[A-Za-z]+-?\d[\w-]*|\b\d+[A-Za-z]+\b")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’]*[A-Za-z\u00c0-\u024f])?")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}s?")  # NATO, UNHCR, IRGC, NGOs
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPT_NAMES = {"Cyrl": "Cyrillic", "Arab": "Arabic"}
# English words that no Turkish sentence has: one is enough to show English left in a Turkish edition.
# (Words that are also Turkish, such as "at", "her", "has", "it", "on" or "is", are left out.)
_ENGLISH_ONLY = frozenset(
    "the with was were which would could should said that this these those from their they them been "
    "have will what when where while there about after before into than because against between during "
    "through under until also only very being does did".split())
# English function words that are rare in Turkish text: two of them in one sentence show English too.
_ENGLISH_SMALL = frozenset("and of for to in by or not but who as be are his its".split())


def _language_name(code: str) -> str:
    from .languages import language

    return language(code).english_name


def _plain_text(segment: TranslatedSegment) -> str:
    """The translation without its rendered names (glossary renderings may be in any script)."""
    return "".join(" " if piece.entry_id else piece.text for piece in segment.pieces)


def _source_words(segment: TranslatedSegment) -> list[str]:
    """The source's words outside glossary names: what a translation must change."""
    text = segment.source.text
    for mention in sorted(segment.mentions, key=lambda m: m.start, reverse=True):
        text = text[:mention.start] + " " + text[mention.end:]
    return _WORD.findall(_LATIN_EXEMPT.sub(" ", text))


def _is_code(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word))


def check_untranslated(segment: TranslatedSegment, language: str, script: str) -> list[Problem]:
    """English left in a translation: the source unchanged, Latin words in a non-Latin script, English words in tr.

    Glossary names are left out (their renderings come from the glossary), and
    so are addresses, handles, acronyms and codes such as F-16; a source with
    nothing else to translate (a heading that is only a name) is never flagged.
    """
    problems: list[Problem] = []

    def report(severity: str, code: str, message: str) -> None:
        problems.append(Problem(severity, code, message, language, segment.source.id))

    name = _language_name(language)
    source_words = _source_words(segment)
    translatable = [word for word in source_words if not _is_code(word)]
    plain = _plain_text(segment)
    target_words = [word.casefold() for word in _WORD.findall(_LATIN_EXEMPT.sub(" ", plain))]
    if translatable and target_words == [word.casefold() for word in source_words]:
        report("error", "untranslated", f"the {name} text is the English source unchanged: it was not translated")
        return problems

    if script in _SCRIPT_NAMES:
        latin = [word for word in _LATIN_WORD.findall(_LATIN_EXEMPT.sub(" ", plain)) if not _is_code(word)]
        if latin:
            shown = ", ".join(dict.fromkeys(latin[:8])) + (" ..." if len(latin) > 8 else "")
            words = len(_WORD.findall(plain)) or 1
            if any(word[0].islower() for word in latin) or len(latin) * 2 >= words:
                report("error", "untranslated",
                       f"English left in the {name} text, which is written in {_SCRIPT_NAMES[script]} script: "
                       f"{shown}")
            else:
                report("warning", "latin-words",
                       f"Latin-script words in the {name} text: {shown}; if they are names, add them to the "
                       "glossary (toolkit glossary suggest)")
    elif language == "tr":
        words = [word.casefold() for word in _WORD.findall(plain)]
        english = [word for word in words if word in _ENGLISH_ONLY]
        small = [word for word in words if word in _ENGLISH_SMALL]
        if english or len(small) >= 2:
            found = ", ".join(dict.fromkeys(english + small))
            report("error", "untranslated", f"English words left in the {name} text: {found}")
    return problems
