"""A name of several words the model split with quotation marks, quoting a part of it.

"held by al-Nusra Front" as «удерживаемых Джебхат «ан-Нусрой»»: the model quoted the last word and declined it,
as if it were a name of its own beside the word Джебхат. The word outside the quotes is a piece of the same
name, so it and both marks are taken into the slot, which writes the glossary's rendering whole (no Джебхат
left repeated before it); the same where the first word is the quoted one («Джебхат» ан-Нусра), and in every
language. A name quoted whole, and a quoted name beside a word of the sentence's own, are left as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

SPLIT_BY_QUOTES = [
    (
        "ru",
        "Three engineers held by al-Nusra Front were freed.",
        "Трое инженеров, удерживаемых Джебхат «ан-Нусрой», были освобождены.",
        "Трое инженеров, удерживаемых {nusra-front}, были освобождены.",
    ),
    (
        "ru",
        "Al-Nusra Front denied the report.",
        "«Джебхат» ан-Нусра опровергла сообщение.",
        "{nusra-front} опровергла сообщение.",
    ),
    (
        "ru",
        "Talks with al-Nusra Front failed.",
        "Переговоры с Джебхат «ан-Нусрой» провалились.",
        "Переговоры с {nusra-front} провалились.",
    ),
    (
        "tr",
        "Al-Nusra Front denied the report.",
        "Nusra “Cephesi” haberi yalanladı.",
        "{nusra-front} haberi yalanladı.",
    ),
    (
        "ar",
        "Al-Nusra Front denied the report.",
        "ونفت جبهة «النصرة» التقرير.",
        "ونفت {nusra-front} التقرير.",
    ),
    (
        "fa",
        "Al-Nusra Front denied the report.",
        "جبهه «النصره» این گزارش را رد کرد.",
        "{nusra-front} این گزارش را رد کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", SPLIT_BY_QUOTES)
def test_a_name_split_by_quotation_marks_is_placed_whole(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


LEFT_AS_WRITTEN = [
    (
        "ru",
        "The group al-Nusra Front denied the report.",
        "Группировка «Джебхат ан-Нусра» опровергла сообщение.",
        "Группировка «{nusra-front}» опровергла сообщение.",
    ),
    (
        "ar",
        "Al-Nusra Front denied the report.",
        "ونفت «جبهة النصرة» التقرير.",
        "ونفت «{nusra-front}» التقرير.",
    ),
    (
        "tr",
        "Al-Nusra Front denied the report.",
        "“Nusra Cephesi” haberi yalanladı.",
        "“{nusra-front}” haberi yalanladı.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", LEFT_AS_WRITTEN)
def test_a_name_quoted_whole_is_left_as_written(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
