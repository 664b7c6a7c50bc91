"""Russian names right after a noun: the genitive, the dative of an addressee, an adjective before a name.

A noun before a name most often governs its genitive ("судьба Идлиба"). A nominative there is flagged,
unless the word after the name is a predicate that cannot agree with it ("судьба Идлиб связана": the
participle is the noun's), which makes the name the noun's genitive for certain. Where the source says
what is addressed to a person ("a warning to Erdoğan") and the model wrote the genitive after a noun of
addressing (предупреждение Эрдогана: Erdoğan's own warning), the addressee's dative is put in. An
adjective in the nominative before a name is its attribute, no noun it completes ("Официальная Москва").
"""

from __future__ import annotations

import pytest
from test_placement import check

GENITIVE_FOR_CERTAIN = [
    (
        "For Russia the fate of Idlib is tied to the Sochi memorandum.",
        "Для России судьба Идлиб связана с меморандумом в Сочи.",
        "Для {russia:gen} судьба {idlib:gen} связана с меморандумом в {sochi}.",
    ),
    (
        "The future of Syria was discussed.",
        "Будущее Сирия было обсуждено.",
        "Будущее {syria:gen} было обсуждено.",
    ),
    (
        "Supporters of Erdogan gathered in Ankara.",
        "Сторонники Эрдоган собрались в Анкаре.",
        "Сторонники {erdogan:short+gen} собрались в {ankara:prep}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", GENITIVE_FOR_CERTAIN)
def test_a_nominative_after_a_noun_whose_predicate_it_cannot_be_is_a_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_nominative_after_a_noun_that_may_be_the_verbs_subject_stays_flagged(glossary):
    check(
        glossary,
        "ru",
        "The position of Turkey changed.",
        "Позиция Турция изменилась.",
        "Позиция {turkey} изменилась.",
        marked=True,
    )


ADDRESSEE = [
    (
        "The silence was read as a warning to Erdoğan.",
        "Молчание было воспринято как предупреждение Эрдогана.",
        "Молчание было воспринято как предупреждение {erdogan:short+dat}.",
    ),
    (
        "A letter to Putin was published.",
        "Письмо Путина было опубликовано.",
        "Письмо {putin:short+dat} было опубликовано.",
    ),
    (
        "It was a clear signal to Assad.",
        "Это был явный сигнал Асада.",
        "Это был явный сигнал {assad:short+dat}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", ADDRESSEE)
def test_the_addressee_the_source_names_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_genitive_the_source_gives_as_a_possessor_stays(glossary):
    check(
        glossary,
        "ru",
        "Erdogan's warning was ignored.",
        "Предупреждение Эрдогана было проигнорировано.",
        "Предупреждение {erdogan:short+gen} было проигнорировано.",
    )


def test_an_adjective_before_a_name_is_its_attribute(glossary):
    check(
        glossary,
        "ru",
        "Official Moscow said nothing.",
        "Официальная Москва промолчала.",
        "Официальная {moscow} промолчала.",
    )


def test_a_genitive_for_another_to_relation_is_flagged(glossary):
    check(
        glossary,
        "ru",
        "The trip to Assad was cancelled.",
        "Поездка Асада была отменена.",
        "Поездка {assad:short+gen} была отменена.",
        marked=True,
    )


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "His appeal to Erdogan's supporters was ignored.",
            "Его обращение к сторонникам Эрдогана было проигнорировано.",
            "Его обращение к сторонникам {erdogan:short+gen} было проигнорировано.",
        ),
        (
            "An ultimatum to Erdogan's government expired.",
            "Истёк ультиматум правительству Эрдогана.",
            "Истёк ультиматум правительству {erdogan:short+gen}.",
        ),
    ],
)
def test_a_possessor_after_to_is_the_addressees_owner_not_the_addressee(glossary, source, output, expected):
    # "to Erdoğan's government": the government is addressed; Erdoğan is its owner, in the genitive
    check(glossary, "ru", source, output, expected)
