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

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
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

    if script == "Arab":
        latin = _LATIN.findall(text)
        if latin:
            report("warning", "latin-in-rtl", f"Latin text left in the translation: {', '.join(latin[:5])}")
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
