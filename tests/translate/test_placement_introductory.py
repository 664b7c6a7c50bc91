"""Russian names after a phrase that names a source: "По словам X, ...", "По мнению X, ...", "Согласно X, ...".

The genitive or dative inside such a phrase governs nothing after the comma that closes it: the name
after that comma opens the main clause, and before its finite verb it is the subject, in the
nominative. A word that shows no case (США, an acronym, a name left in Latin letters) takes its case
from that context; where the context gives none it can trust, the sentence is flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

AFTER_A_SOURCE = [
    (
        "The Supreme Leader said the United States would pay for the general's death.",
        "По словам верховного лидера, США заплатят за смерть генерала.",
        "По словам {supreme-leader:gen}, {united-states} заплатят за смерть генерала.",
    ),
    (
        "In Putin's view, the US is making a mistake.",
        "По мнению Путина, США совершают ошибку.",
        "По мнению {putin:short+gen}, {united-states:short} совершают ошибку.",
    ),
    (
        "According to Erdogan, the US will back the plan.",
        "Согласно Эрдогану, США поддержат план.",
        "Согласно {erdogan:short+dat}, {united-states:short} поддержат план.",
    ),
    (
        "According to Tehran, the United States lost two drones.",
        "По данным Тегерана, США потеряли два беспилотника.",
        "По данным {tehran:gen}, {united-states} потеряли два беспилотника.",
    ),
    (
        "According to Putin, Erdogan agreed.",
        "По словам Путина, Erdogan согласился.",
        "По словам {putin:short+gen}, {erdogan:short} согласился.",
    ),
    (
        "As Rouhani said, the United States violated the deal.",
        "Как заявил Роухани, США нарушили сделку.",
        "Как заявил {rouhani:short}, {united-states} нарушили сделку.",
    ),
    (
        "According to Putin, Erdogan and Assad will come to Sochi.",
        "По словам Путина, Эрдоган и Асад приедут в Сочи.",
        "По словам {putin:short+gen}, {erdogan:short} и {assad:short} приедут в {sochi}.",
    ),
    (
        "According to Russia, Iran and Turkey lied.",
        "По данным России, Иран и Турция солгали.",
        "По данным {russia:gen}, {iran} и {turkey} солгали.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AFTER_A_SOURCE)
def test_the_name_after_a_source_phrase_is_the_subject_of_the_main_clause(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_names_listed_inside_the_source_phrase_keep_its_case(glossary):
    check(
        glossary,
        "ru",
        "According to Putin and Erdogan, the United States will answer.",
        "По словам Путина и Эрдогана, США ответят.",
        "По словам {putin:short+gen} и {erdogan:short+gen}, {united-states} ответят.",
    )


def test_a_word_without_a_case_joined_by_a_bare_comma_is_flagged(glossary):
    # nothing says whether the comma joins США to Тегерана or closes a phrase: no silent guess
    segment, _ = publish(
        glossary,
        "ru",
        "Officials of Tehran, the United States and others came.",
        "Представители Тегерана, США прибыли на встречу.",
    )
    assert marked_for_review(segment), [p.message for p in segment.problems]


def test_bare_placeholders_after_a_source_phrase_open_the_main_clause(glossary):
    check(
        glossary,
        "ru",
        "According to Putin, Erdogan and Assad will come.",
        "По его словам, они приедут.",
        "По словам {putin:short+gen}, {erdogan:short} и {assad:short} приедут.",
        retry="По словам [[1]], [[2]] и [[3]] приедут.",
    )
