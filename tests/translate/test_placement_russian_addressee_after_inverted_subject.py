"""Russian names in machine output: the addressee of a verb of speech after the verb's own subject.

News copy puts the speaker after the verb of speech and the person spoken to after the speaker ("..., сказал
Путин Эрдогану"; "Putin told Erdogan"). A verb of speech (сказать, заявить, сообщить, пообещать, ответить,
написать, объяснить ...) takes that person in the dative: an accusative or genitive the model wrote there is
put in the dative and flagged, as right after the verb. What is no addressee keeps the model's form: a name
after a comma, a preposition or the verb's own object, a name that is the object of a verb after it, and a
name after a subject that is not in the nominative.
"""

from __future__ import annotations

import pytest
from test_placement import check

CORRECTED = [
    (
        "If Turkey does not leave, Moscow will act, Putin told Erdogan.",
        "Если Турция не уйдет, Москва будет действовать, сказал Путин Эрдогана.",
        "Если {turkey} не уйдет, {moscow} будет действовать, сказал {putin:short} {erdogan:short+dat}.",
    ),
    (
        "Turkey will not retreat, Erdogan told Putin on Monday.",
        "Турция не отступит, заявил Эрдоган Путина в понедельник.",
        "{turkey} не отступит, заявил {erdogan:short} {putin:short+dat} в понедельник.",
    ),
    (
        "Iran will stay in Syria, Rouhani promised Assad.",
        "Иран останется в Сирии, пообещал Роухани Асада.",
        "{iran} останется в {syria:prep}, пообещал {rouhani:short} {assad:short+dat}.",
    ),
    (
        "The talks failed, Shamkhani wrote to Fidan.",
        "Переговоры провалились, написал Шамхани Фидана.",
        "Переговоры провалились, написал {shamkhani:short} {fidan:short+dat}.",
    ),
    (
        "The deal stands, Erdogan explained to Putin.",
        "Сделка в силе, объяснил Эрдоган Путина.",
        "Сделка в силе, объяснил {erdogan:short} {putin:short+dat}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", CORRECTED)
def test_an_addressee_after_the_speaker_is_put_in_the_dative_and_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("dative" in problem.message for problem in segment.problems)


KEPT = [
    # already in the dative
    (
        "Turkey will not leave, Erdogan told Putin.",
        "Турция не уйдет, сказал Эрдоган Путину.",
        "{turkey} не уйдет, сказал {erdogan:short} {putin:short+dat}.",
    ),
    # a comma after the speaker: the name opens a phrase of its own
    (
        "Iran is ready, Rouhani said, after meeting Assad.",
        "Иран готов, сказал Роухани, встретив Асада.",
        "{iran} готов, сказал {rouhani:short}, встретив {assad:short+acc}.",
    ),
    # a preposition between: its object
    (
        "Russia will help, Putin said after Erdogan's visit.",
        "Россия поможет, заявил Путин после визита Эрдогана.",
        "{russia} поможет, заявил {putin:short} после визита {erdogan:short+gen}.",
    ),
    # a verb without speech: the name is its object
    (
        "Turkey hosted Putin, and Erdogan met Assad.",
        "Турция приняла Путина, а Эрдоган встретил Асада.",
        "{turkey} приняла {putin:short+acc}, а {erdogan:short} встретил {assad:short+acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_what_is_no_addressee_after_the_speaker_keeps_its_form(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_place_after_the_speaker_in_the_genitive_is_flagged_not_rewritten(glossary):
    check(
        glossary,
        "ru",
        "Russia will not yield, Putin told Iran.",
        "Россия не уступит, заявил Путин Ирана.",
        "{russia} не уступит, заявил {putin:short} {iran:gen}.",
        marked=True,
    )


# a verb of naming after which its own subject stands, in the nominative: the name after that subject is the verb's
# object in the accusative, and only what it is called takes the instrumental (назвал Путин Эрдогана другом)
NAMED_OBJECT = [
    (
        "Putin called Erdogan a friend.",
        "Это важно, назвал Путин Эрдогана другом.",
        "Это важно, назвал {putin:short} {erdogan:short+acc} другом.",
    ),
    (
        "Assad is a terrorist, Erdogan called Assad a terrorist.",
        "Асад террорист, назвал Эрдоган Асада террористом.",
        "{assad:short} террорист, назвал {erdogan:short} {assad:short+acc} террористом.",
    ),
    (
        "This is a partner, Rouhani called Putin a partner.",
        "Это партнер, назвал Роухани Путина партнером.",
        "Это партнер, назвал {rouhani:short} {putin:short+acc} партнером.",
    ),
    (
        "Turkey called Assad a terrorist.",
        "Тогда назвала Турция Асада террористом.",
        "Тогда назвала {turkey} {assad:short+acc} террористом.",
    ),
]


@pytest.mark.parametrize("source, output, expected", NAMED_OBJECT)
def test_the_object_of_a_verb_of_naming_after_its_subject_keeps_the_accusative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
