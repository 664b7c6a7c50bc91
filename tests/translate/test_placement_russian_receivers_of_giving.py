"""Russian names in machine output: the receiver of a verb of giving, offering or proposing.

The source makes a name the receiver ("Qatar offered Iraq a similar sum", "will send its proposals to Russia and
Iran"); the model wrote it after a Russian verb of giving (or after that verb's own object) in a case the verb cannot
give its receiver («предложил Ирак», «направит свои предложения России и Ирана»). Such a name was published as
written, the wrong form unflagged; it takes the dative, every member of a list alike. A name after a preposition, a
possessor of what is given, or a name the source makes no receiver keeps the model's case. A pair right after
a verb of the dative whose first member the model wrote in a form the dative shares («написала России и Ирана»)
takes the dative too, flagged where the source does not say "to".

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

# (source, plain output, expected)
RECEIVERS = [
    (
        "Qatar offered Iraq a similar sum, officials said.",
        "Катар предложил Ирак аналогичную сумму, сообщили официальные лица.",
        "{qatar} предложил {iraq:dat} аналогичную сумму, сообщили официальные лица.",
    ),
    (
        "Russia granted Syria a loan of 500 million dollars.",
        "Россия предоставила Сирия кредит в размере 500 миллионов долларов.",
        "{russia} предоставила {syria:dat} кредит в размере 500 миллионов долларов.",
    ),
    (
        "Putin promised Assad new weapons.",
        "Путин пообещал Асада новое оружие.",
        "{putin:short} пообещал {assad:short+dat} новое оружие.",
    ),
    (
        # after "to" past the verb's object: a pair, the second member left in the genitive
        "Turkey said it would send its proposals to Russia and Iran by Friday.",
        "Турция заявила, что направит свои предложения России и Ирана к пятнице.",
        "{turkey} заявила, что направит свои предложения {russia:dat} и {iran:dat} к пятнице.",
    ),
    (
        "Iran sold oil to Syria and Iraq last year.",
        "В прошлом году Иран продал нефть Сирии и Ирак.",
        "В прошлом году {iran} продал нефть {syria:dat} и {iraq:dat}.",
    ),
    (
        "Russia offered Iraq and Syria a new loan.",
        "Россия предложила Ирак и Сирия новый кредит.",
        "{russia} предложила {iraq:dat} и {syria:dat} новый кредит.",
    ),
    (
        "Moscow handed Ankara a list of demands.",
        "Москва передала Анкара список требований.",
        "{moscow} передала {ankara:dat} список требований.",
    ),
]

# the source's receiver made, in the Russian, the genitive of a noun in the dative that receives in its place
# ("to Iran" as руководству Ирана, "to the leadership of Iran"): that noun is the receiver, the name stands as written
RECEIVED_BY_A_NOUN = [
    (
        "Russia will send its proposals to Iran.",
        "Россия направит свои предложения руководству Ирана.",
        "{russia} направит свои предложения руководству {iran:gen}.",
    ),
    (
        "Iran handed the bodies over to Iraq.",
        "Иран передал тела представителям Ирака.",
        "{iran} передал тела представителям {iraq:gen}.",
    ),
    (
        "Russia sent aid to Syria and Iran.",
        "Россия направила помощь народу Сирии и Ирана.",
        "{russia} направила помощь народу {syria:gen} и {iran:gen}.",
    ),
    (
        "Erdogan sent letters to Russia and Iran on Monday.",
        "В понедельник Эрдоган направил письма лидерам России и Ирана.",
        "В понедельник {erdogan:short} направил письма лидерам {russia:gen} и {iran:gen}.",
    ),
    (
        "Qatar granted a loan to Iraq.",
        "Катар предоставил кредит правительству Ирака.",
        "{qatar} предоставил кредит правительству {iraq:gen}.",
    ),
]

# a feminine accusative in -у/-ю is what is given, not a receiver: the name after it still takes the dative
AFTER_WHAT_IS_GIVEN = [
    (
        "Moscow sent a note to Iraq and Syria.",
        "Москва направила ноту Ирака и Сирии.",
        "{moscow} направила ноту {iraq:dat} и {syria:dat}.",
    ),
    (
        "Ankara sent a formal protest to Moscow.",
        "Анкара направила официальную ноту протеста Москвы.",
        "{ankara} направила официальную ноту протеста {moscow:dat}.",
    ),
]

# a pair right after a verb of the dative, the first member in a form the dative shares, the second declined
# otherwise: the dative, flagged where the source does not say "to"
PAIRS_AFTER_DATIVE_VERBS = [
    (
        "Turkey wrote to Russia and Iran on Friday.",
        "Турция в пятницу написала России и Ирана.",
        "{turkey} в пятницу написала {russia:dat} и {iran:dat}.",
        False,
    ),
    (
        "Ankara replied to Moscow and Tehran within a day.",
        "Анкара в течение дня ответила Москве и Тегерана.",
        "{ankara} в течение дня ответила {moscow:dat} и {tehran:dat}.",
        False,
    ),
    (
        "Turkey threatened Russia and Iran with sanctions.",
        "Турция пригрозила России и Ирана санкциями.",
        "{turkey} пригрозила {russia:dat} и {iran:dat} санкциями.",
        True,
    ),
    (
        # a possessor after the verb's own object: the genitive stands
        "Putin handed a message from Russia and Iran to Erdogan.",
        "Путин передал послание России и Ирана Эрдогану.",
        "{putin:short} передал послание {russia:gen} и {iran:gen} {erdogan:short+dat}.",
        False,
    ),
]

# a preposition's object, a possessor of what is given, a name the source makes no receiver: as the model wrote it
RIGHT_AS_WRITTEN = [
    ("Turkey sent troops to Syria.", "Турция направила войска в Сирию.", "{turkey} направила войска в {syria:acc}."),
    (
        "Iran sent a delegation to Moscow on Monday.",
        "В понедельник Иран направил делегацию в Москву.",
        "В понедельник {iran} направил делегацию в {moscow:acc}.",
    ),
    (
        "Qatar offered Iraq's government a loan.",
        "Катар предложил правительству Ирака кредит.",
        "{qatar} предложил правительству {iraq:gen} кредит.",
    ),
    (
        "Qatar offered aid to the people of Syria.",
        "Катар предложил помощь народу Сирии.",
        "{qatar} предложил помощь народу {syria:gen}.",
    ),
    (
        "Turkey gave Iran's proposal a cool reception.",
        "Турция холодно встретила предложение Ирана.",
        "{turkey} холодно встретила предложение {iran:gen}.",
    ),
    (
        "Russia offered Syria's army new weapons.",
        "Россия предложила армии Сирии новое оружие.",
        "{russia} предложила армии {syria:gen} новое оружие.",
    ),
    (
        "Iran sent its proposals, and Russia backed Turkey.",
        "Иран направил свои предложения, а Россия поддержала Турцию.",
        "{iran} направил свои предложения, а {russia} поддержала {turkey:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", RECEIVERS)
def test_a_receiver_of_giving_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", RIGHT_AS_WRITTEN)
def test_names_no_receiver_keep_the_models_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected, flagged", PAIRS_AFTER_DATIVE_VERBS)
def test_a_pair_after_a_verb_of_the_dative_takes_it(glossary, source, output, expected, flagged):
    check(glossary, "ru", source, output, expected, marked=flagged)


@pytest.mark.parametrize("source, output, expected", RECEIVED_BY_A_NOUN)
def test_a_name_completing_a_noun_in_the_dative_keeps_the_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", AFTER_WHAT_IS_GIVEN)
def test_a_receiver_after_a_feminine_object_in_u_still_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
