"""Names in machine output: an entry's known wrong renderings are the name, replaced by the canonical one.

Models keep writing the forms a house style dropped: the deferential titles of Iranian state media
(«رهبر معظم انقلاب», «مقام معظم رهبری», «قائد الثورة الإسلامية»), the old Russian «верховный лидер».
An entry's ``forbidden:`` spellings and the shipped loaded forms whose neutral alternative is the
entry's own rendering are located like the name itself (the whole phrase, its Russian case, an Arabic
proclitic) and become the entry's slot in the form the sentence needs. A phrase is only ever read as an
entry the source mentions, and only when all of its words are there.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

WRONG_RENDERINGS = [
    # Russian: the old title in the case the model wrote, from the glossary's forbidden case forms
    (
        "ru",
        "On Tuesday Supreme Leader Ali Khamenei gave a speech.",
        "Во вторник верховный лидер Али Хаменеи выступил с речью.",
        "Во вторник {supreme-leader} {khamenei} выступил с речью.",
    ),
    (
        "ru",
        "A speech by Supreme Leader Ali Khamenei was broadcast.",
        "Речь верховного лидера Али Хаменеи транслировали по телевидению.",
        "Речь {supreme-leader:gen} {khamenei} транслировали по телевидению.",
    ),
    (
        "ru",
        "Putin spoke with Supreme Leader Ali Khamenei.",
        "Путин поговорил с верховным лидером Али Хаменеи.",
        "{putin:short} поговорил с {supreme-leader:ins} {khamenei}.",
    ),
    (
        "ru",
        "Rouhani wrote to the Supreme Leader.",
        "Роухани написал письмо верховному лидеру.",
        "{rouhani:short} написал письмо {supreme-leader:dat}.",
    ),
    # Persian: the deferential titles, whole
    (
        "fa",
        "Supreme Leader Ali Khamenei received Rouhani.",
        "رهبر معظم انقلاب علی خامنه‌ای روحانی را پذیرفت.",
        "{supreme-leader} {khamenei} {rouhani:short} را پذیرفت.",
    ),
    (
        "fa",
        "The Supreme Leader approved the agreement.",
        "مقام معظم رهبری این توافق را تأیید کرد.",
        "{supreme-leader} این توافق را تأیید کرد.",
    ),
    (
        "fa",
        "Khamenei spoke in Tehran.",
        "امام خامنه‌ای در تهران سخنرانی کرد.",
        "{khamenei:short} در {tehran} سخنرانی کرد.",
    ),
    # Arabic: the reverential forms, a proclitic kept
    (
        "ar",
        "The Supreme Leader received the delegation.",
        "استقبل قائد الثورة الإسلامية الوفد.",
        "استقبل {supreme-leader} الوفد.",
    ),
    (
        "ar",
        "Rouhani sent a message to the Supreme Leader.",
        "بعث روحاني رسالة لقائد الثورة الإسلامية.",
        "بعث {rouhani:short} رسالة {supreme-leader:li}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", WRONG_RENDERINGS)
def test_a_known_wrong_rendering_becomes_the_canonical_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_part_of_a_wrong_rendering_is_an_ordinary_word(glossary):
    # «رهبر» alone, the leader of a party, is no rendering of the Supreme Leader
    check(
        glossary,
        "fa",
        "The Supreme Leader met the party leader.",
        "رهبر معظم انقلاب با رهبر حزب دیدار کرد.",
        "{supreme-leader} با رهبر حزب دیدار کرد.",
    )
    # «آیت‌الله خامنه‌ای» is the rank and the name, not «حضرت آیت‌الله خامنه‌ای» without its first word
    check(
        glossary,
        "fa",
        "Ayatollah Khamenei spoke in Tehran.",
        "آیت‌الله خامنه‌ای در تهران سخنرانی کرد.",
        "آیت‌الله {khamenei:short} در {tehran} سخنرانی کرد.",
    )
    # «лидер» alone, a party leader, stays; only the whole old title is the name
    check(
        glossary,
        "ru",
        "On Monday the Supreme Leader received the party leader.",
        "В понедельник верховный лидер принял лидера партии.",
        "В понедельник {supreme-leader} принял лидера партии.",
    )


def test_a_wrong_rendering_of_a_title_the_source_does_not_give_is_removed_not_placed(glossary):
    # the source names Khamenei, not the title: the old title is not made a name the source lacks; before the
    # person's name it is the model's own title, removed as a cleric's rank is (see test_placement_office_titles)
    segment, _ = publish(
        glossary, "ru", "Khamenei warned Washington.", "Верховный лидер Хаменеи предостерёг Вашингтон."
    )
    stored = "".join(piece.text for piece in segment.as_stored)
    assert stored.startswith("Хаменеи предостерёг") and "supreme-leader" not in stored


OTHER_TITLES = [
    # Turkish: "Yüce Lider", the other title the Turkish press gives him, with its suffixes read as usual
    (
        "tr",
        "The Supreme Leader met Rouhani on Sunday.",
        "Yüce Lider pazar günü Ruhani ile görüştü.",
        "{supreme-leader} pazar günü {rouhani:short} ile görüştü.",
    ),
    (
        "tr",
        "Rouhani read out the Supreme Leader's message.",
        "Ruhani, Yüce Lider'in mesajını okudu.",
        "{rouhani:short}, {supreme-leader:gen} mesajını okudu.",
    ),
    # Persian: the calque رهبر عالی
    (
        "fa",
        "The Supreme Leader met Rouhani on Sunday.",
        "رهبر عالی روز یکشنبه با روحانی دیدار کرد.",
        "{supreme-leader} روز یکشنبه با {rouhani:short} دیدار کرد.",
    ),
    # Russian: the calque высший руководитель, in the case the model wrote
    (
        "ru",
        "Rouhani met the Supreme Leader on Sunday.",
        "Роухани встретился с высшим руководителем в воскресенье.",
        "{rouhani:short} встретился с {supreme-leader:ins} в воскресенье.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", OTHER_TITLES)
def test_other_titles_the_press_of_a_language_gives_him_are_the_entry(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
