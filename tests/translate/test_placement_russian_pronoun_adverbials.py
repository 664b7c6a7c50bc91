"""Russian names after a preposition whose whole object is a demonstrative pronoun.

"вместо этого" (instead), "после этого" (after that), "до этого", "при этом", "помимо этого" are
adverbials: the preposition governs the pronoun and nothing after it. A name that follows is not the
preposition's object (the pronoun is no adjective of the name: "вместо этого Фидан", not "вместо этого
Фидана"), so its form comes from its own phrase: the model's nominative before a verb that agrees with it
is the subject and stays; the model's own oblique case (a dative of need, a genitive after a noun) stays
too. The masculine and neuter "этом", "этого" may also be the name's own determiner ("об этом Иране", about
this Iran): where nothing in the name's clause can make it a subject, the preposition governs the name.
"""

from __future__ import annotations

import pytest
from test_placement import check

SUBJECT_AFTER_A_PRONOUN_ADVERBIAL = [
    (
        "Will Putin come to Ankara, or will Erdogan fly to Moscow instead?",
        "Приедет ли Путин в Анкару или вместо этого Эрдоган полетит в Москву?",
        "Приедет ли {putin:short} в {ankara:acc} или вместо этого {erdogan:short} полетит в {moscow:acc}?",
    ),
    (
        "Putin and Erdogan met in Sochi, and after that Erdogan called Assad.",
        "Путин и Эрдоган встретились в Сочи, а после этого Эрдоган позвонил Асаду.",
        "{putin:short} и {erdogan:short} встретились в {sochi}, а после этого {erdogan:short} позвонил "
        "{assad:short+dat}.",
    ),
    (
        "Iran rejected the plan, and instead Qatar offered its own.",
        "Иран отверг план, и вместо этого Катар предложил свой.",
        "{iran} отверг план, и вместо этого {qatar} предложил свой.",
    ),
    (
        "Erdogan will speak in Ankara, and before that Fidan will meet the envoys.",
        "Эрдоган выступит в Анкаре, а до этого Фидан встретится с посланниками.",
        "{erdogan:short} выступит в {ankara:prep}, а до этого {fidan:short} встретится с посланниками.",
    ),
    (
        "Moscow backed the deal, but at the same time Turkey opposed it.",
        "Москва поддержала сделку, но при этом Турция выступила против.",
        "{moscow} поддержала сделку, но при этом {turkey} выступила против.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SUBJECT_AFTER_A_PRONOUN_ADVERBIAL)
def test_a_subject_after_a_pronoun_adverbial_keeps_the_nominative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_the_retry_of_a_subject_after_a_pronoun_adverbial_is_the_subject_too(glossary):
    check(
        glossary,
        "ru",
        "Will Putin meet Erdogan in Sochi, or will Fidan travel to Moscow instead?",
        "Встретится ли Путин с Эрдоганом в Сочи или вместо этого Фидан поедет в Москва?",
        "Встретится ли {putin:short} с {erdogan:short+ins} в {sochi} или вместо этого {fidan:short} поедет в "
        "{moscow:acc}?",
        retry="Встретится ли [[1]] с [[2]] в [[3]] или вместо этого [[4]] поедет в [[5]]у?",
    )


THE_MODELS_OWN_CASE_AFTER_A_PRONOUN_ADVERBIAL = [
    (
        "For that, Turkey needs Russia's support.",
        "Для этого Турции нужна поддержка России.",
        "Для этого {turkey:dat} нужна поддержка {russia:gen}.",
    ),
    (
        "After that visit by Erdogan, Putin called Assad.",
        "После этого визита Эрдогана Путин позвонил Асаду.",
        "После этого визита {erdogan:short+gen} {putin:short} позвонил {assad:short+dat}.",
    ),
    (
        "At the same time, Erdogan had to cancel the trip.",
        "При этом Эрдогану пришлось отменить поездку.",
        "При этом {erdogan:short+dat} пришлось отменить поездку.",
    ),
]


@pytest.mark.parametrize("source, output, expected", THE_MODELS_OWN_CASE_AFTER_A_PRONOUN_ADVERBIAL)
def test_the_models_own_case_after_a_pronoun_adverbial_stays(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# a form of "весь", or a feminine or plural demonstrative, is the name's own determiner, never a preposition's
# whole object: the preposition governs the name through it, and a wrong case the model wrote is mended
THE_NAMES_DETERMINER_AFTER_A_PREPOSITION = [
    ("Protests spread across Iran.", "Протесты прошли по всему Иран.", "Протесты прошли по всему {iran:dat}."),
    ("Protests spread across Iran.", "Протесты прошли по всему Ирану.", "Протесты прошли по всему {iran:dat}."),
    ("This is new for all of Iran.", "Это ново для всего Иран.", "Это ново для всего {iran:gen}."),
    ("Protests spread across Iraq.", "Протесты прошли по всему Ирака.", "Протесты прошли по всему {iraq:dat}."),
]


@pytest.mark.parametrize("source, output, expected", THE_NAMES_DETERMINER_AFTER_A_PREPOSITION)
def test_a_determiner_between_a_preposition_and_the_name_leaves_the_name_governed(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected, marked=output.endswith("Ирака."))


# "этом", "этого" are also the masculine and neuter forms of the name's own determiner ("об этом Иране",
# "about this Iran"): where nothing in the name's clause can make it a subject (no finite verb after it, none
# before it that agrees with it, no dash), the preposition governs the name through the pronoun, and the
# model's nominative is mended
THE_NAMES_OWN_DEMONSTRATIVE = [
    ("We know little about this Iran.", "Мы мало знаем об этом Иран.", "Мы мало знаем об этом {iran:prep}."),
    (
        "Analysts wrote about this Iraq, rebuilt after the war.",
        "Аналитики писали об этом Ирак, восстановленном после войны.",
        "Аналитики писали об этом {iraq:prep}, восстановленном после войны.",
    ),
    (
        "The sanctions hit this Iraq, ruined by war, and its neighbours.",
        "Санкции ударили по этому Ирак, разорённому войной, и его соседям.",
        "Санкции ударили по этому {iraq:dat}, разорённому войной, и его соседям.",
    ),
    (
        "Nothing was said about this Qatar.",
        "Ничего не было сказано об этом Катар.",
        "Ничего не было сказано об этом {qatar:prep}.",
    ),
    (
        "The sanctions were a blow for this Iraq.",
        "Санкции стали ударом для этого Ирак.",
        "Санкции стали ударом для этого {iraq:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", THE_NAMES_OWN_DEMONSTRATIVE)
def test_a_demonstrative_with_no_verb_for_the_name_is_its_determiner(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# the subject of its clause after the pronoun adverbial stays nominative: a finite verb after it (past an
# adverbial phrase or a parenthesis), an agreeing verb before it (a present one agrees with any singular), a
# dash, a feminine name "этом" cannot agree with
THE_SUBJECT_AFTER_THE_PRONOUN = [
    ("Iran said so on Monday.", "Об этом Иран в понедельник заявил.", "Об этом {iran} в понедельник заявил."),
    ("Iran said it.", "Сказал об этом Иран.", "Сказал об этом {iran}."),
    ("At the same time, Iran is an ally.", "При этом Иран — союзник.", "При этом {iran} — союзник."),
    (
        "At the same time Iran, according to the agency, refused.",
        "При этом Иран, по данным агентства, отказался.",
        "При этом {iran}, по данным агентства, отказался.",
    ),
    ("Iran is not against it.", "При этом Иран не против.", "При этом {iran} не против."),
    # a parenthesis too long or nested for the verb to be read right after it: the verb or short adjective
    # that agrees with the name further on is still its predicate
    (
        "Iran, according to Reuters, which cites sources in the government, said it was ready.",
        "При этом Иран, по данным агентства Reuters, которое ссылается на источники в правительстве, заявил о "
        "готовности.",
        "При этом {iran}, по данным агентства Reuters, которое ссылается на источники в правительстве, заявил о "
        "готовности.",
    ),
    (
        "Iran, according to diplomats, is ready for talks.",
        "При этом Иран, по словам дипломатов, готов к переговорам.",
        "При этом {iran}, по словам дипломатов, готов к переговорам.",
    ),
    (
        "Iraq, as the agency reported on Monday citing its sources, has refused.",
        "Об этом Ирак, как сообщило в понедельник агентство со ссылкой на свои источники, отказался говорить.",
        "Об этом {iraq}, как сообщило в понедельник агентство со ссылкой на свои источники, отказался говорить.",
    ),
    ("Turkey said so.", "Об этом Турция заявила.", "Об этом {turkey} заявила."),
    ("In this Tehran has doubts.", "В этом Тегеран все равно сомневается.", "В этом {tehran} все равно сомневается."),
    (
        "Iraq remains the main buyer.",
        "Главным покупателем остается для этого Ирак.",
        "Главным покупателем остается для этого {iraq}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", THE_SUBJECT_AFTER_THE_PRONOUN)
def test_the_subject_after_a_pronoun_adverbial_stays_nominative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
