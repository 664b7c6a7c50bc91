"""Names in machine translation: what copy and models leave in and around a name.

- a dash of another kind where the name has its hyphen (en dash, em dash, U+2011, minus sign, figure
  dash), and invisible characters inside a name (soft hyphen, zero-width space, word joiner): the name
  is still found, and the published name is the glossary's, without a piece of the model's left beside it;
- words beside a placed name that the source does not have: the model's own first name of another
  person, a title, a gloss in parentheses, the model's own words for a name it then wrote again.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared
with the expected template, and whether the editions mark the segment for review.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

# --- 1. Dashes and invisible characters inside a name ----------------------------------------------

DASHES = [
    (
        "ru",
        "Al-Qaeda claimed the attack.",
        "Аль–Каида взяла на себя ответственность.",
        "{al-qaeda} взяла на себя ответственность.",
    ),
    (
        "ru",
        "Al-Qaeda claimed the attack.",
        "Аль—Каида взяла на себя ответственность.",
        "{al-qaeda} взяла на себя ответственность.",
    ),
    (
        "ru",
        "Drones flew over Al Udeid.",
        "Беспилотники пролетели над базой Эль\u2011Удейд.",
        "Беспилотники пролетели над базой {al-udeid}.",
    ),
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн\u2212эль\u2212Асад.",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн\u2012эль\u2012Асад.",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "tr",
        "US troops left Ain al-Asad.",
        "ABD askerleri Ayn el–Esad'dan ayrıldı.",
        "{united-states:short} askerleri {ain-al-asad:abl} ayrıldı.",
    ),
    ("tr", "Bashar al-Assad spoke.", "Beşar el\u2011Esad konuştu.", "{assad} konuştu."),
    # a dash with spaces around it is the sentence's punctuation, and one between two names stays theirs
    (
        "ru",
        "Moscow and Ankara agreed.",
        "Москва–Анкара: стороны договорились.",
        "{moscow}–{ankara}: стороны договорились.",
    ),
    (
        "ru",
        "Putin answered Erdogan.",
        "Путин — Эрдогану: ответ последовал быстро.",
        "{putin:short} — {erdogan:short+dat}: ответ последовал быстро.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", DASHES)
def test_a_dash_of_any_kind_glued_inside_a_name_is_its_hyphen(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


INVISIBLE = [
    (
        "tr",
        "Shamkhani met Fidan.",
        "Şem\u00adhani, Fidan ile görüştü.",
        "{shamkhani:short}, {fidan:short} ile görüştü.",
    ),
    ("tr", "Erdogan called Putin.", "Erdo\u2060ğan, Putin'i aradı.", "{erdogan:short}, {putin:short+acc} aradı."),
    ("tr", "They met in Baghdad.", "Bağ\u00addat'ta bir araya geldiler.", "{baghdad:loc} bir araya geldiler."),
    (
        "ru",
        "Erdogan met Putin.",
        "Эрдо\u00adган встретился с Пу\u200bтиным.",
        "{erdogan:short} встретился с {putin:short+ins}.",
    ),
    (
        "ru",
        "Talks opened in Tehran.",
        "Переговоры открылись в Тегера\u00adне.",
        "Переговоры открылись в {tehran:prep}.",
    ),
    ("ar", "Putin met Erdogan.", "التقى بو\u00adتين أردو\u200bغان.", "التقى {putin:short} {erdogan:short}."),
    ("fa", "Putin arrived in Tehran.", "پو\u200bتین وارد تهر\u00adان شد.", "{putin:short} وارد {tehran} شد."),
    # the source may carry one too (line-wrapped copy)
    ("ru", "Sham\u00adkhani spoke.", "Шамхани выступил.", "{shamkhani:short} выступил."),
]


@pytest.mark.parametrize("language, source, output, expected", INVISIBLE)
def test_an_invisible_character_inside_a_name_is_seen_through_and_not_published(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected)
    assert not any(ch in segment.text for ch in "\u00ad\u200b\u2060")
