"""Russian names in machine output: a receiver of giving, promising, offering or sending with no determiner
before what is given.

The source puts the receiver right after the verb and what is given after it as a bare noun phrase ("promised
Iraq help", "gave Turkey assurances", "sent Syria humanitarian aid"); the model wrote the name after a Russian
verb of giving in a case that verb cannot give its receiver («пообещала Ирак помощь»). It takes the dative,
whatever the verb's tense or aspect, every member of a pair alike. A name the source makes the subject of a
clause the verb opens ("promised Iraq would get help"), the possessor of what is given ("offered Iraq's
government help") or the object of a verb of no giving ("recognised Iraq's borders", "reassured Turkey") keeps
the model's case.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

# (source, plain output, expected)
BARE_RECEIVERS = [
    (
        "Russia promised Iraq help.",
        "Россия пообещала Ирака помощь.",
        "{russia} пообещала {iraq:dat} помощь.",
    ),
    (
        "Washington promised Iraq help against the militants.",
        "Вашингтон пообещал Ирак помощь в борьбе с боевиками.",
        "{washington} пообещал {iraq:dat} помощь в борьбе с боевиками.",
    ),
    (
        "Russia gave Turkey assurances on Idlib.",
        "Россия дала Турцию гарантии по Идлибу.",
        "{russia} дала {turkey:dat} гарантии по {idlib:dat}.",
    ),
    (
        "The European Union offered Iran economic incentives.",
        "Европейский союз предложил Иран экономические стимулы.",
        "Европейский союз предложил {iran:dat} экономические стимулы.",
    ),
    (
        "Moscow sent Syria humanitarian aid last week.",
        "На прошлой неделе Москва направила Сирию гуманитарную помощь.",
        "На прошлой неделе {moscow} направила {syria:dat} гуманитарную помощь.",
    ),
    (
        "Iran will give Syria weapons.",
        "Иран даст Сирия оружие.",
        "{iran} даст {syria:dat} оружие.",
    ),
    (
        "Ankara is offering Baghdad water in exchange for oil.",
        "Анкара предлагает Багдад воду в обмен на нефть.",
        "{ankara} предлагает {baghdad:dat} воду в обмен на нефть.",
    ),
    (
        "Putin promised Erdogan support.",
        "Путин пообещал Эрдогана поддержку.",
        "{putin:short} пообещал {erdogan:short+dat} поддержку.",
    ),
    (
        "Russia has promised Iran and Syria military support.",
        "Россия пообещала Иран и Сирию военную поддержку.",
        "{russia} пообещала {iran:dat} и {syria:dat} военную поддержку.",
    ),
    (
        "Qatar granted Turkey loans worth billions.",
        "Катар предоставил Турцию кредиты на миллиарды.",
        "{qatar} предоставил {turkey:dat} кредиты на миллиарды.",
    ),
    # nothing given, or a quantity: the receiver is still the verb's ("offered Iraq nothing", "no guarantees")
    (
        "Russia offered Iraq nothing.",
        "Россия ничего не предложила Ирак.",
        "{russia} ничего не предложила {iraq:dat}.",
    ),
    (
        "Turkey gave Syria no guarantees.",
        "Турция не дала Сирию никаких гарантий.",
        "{turkey} не дала {syria:dat} никаких гарантий.",
    ),
    (
        "Moscow promised Tehran something in return.",
        "Москва пообещала Тегеран что-то взамен.",
        "{moscow} пообещала {tehran:dat} что-то взамен.",
    ),
    (
        "Qatar will not give Ankara any money.",
        "Катар не даст Анкару никаких денег.",
        "{qatar} не даст {ankara:dat} никаких денег.",
    ),
]

# the source's name is no receiver, or the model's sentence gives it another role: as the model wrote it
BARE_RIGHT_AS_WRITTEN = [
    (
        "Washington recognised Iraq's borders.",
        "Вашингтон признал границы Ирака.",
        "{washington} признал границы {iraq:gen}.",
    ),
    (
        "Washington promised Iraq would get help.",
        "Вашингтон пообещал, что Ирак получит помощь.",
        "{washington} пообещал, что {iraq} получит помощь.",
    ),
    (
        "Putin promised Erdogan would get an answer.",
        "Путин пообещал, что Эрдоган получит ответ.",
        "{putin:short} пообещал, что {erdogan:short} получит ответ.",
    ),
    (
        "Qatar offered Iraq's government help.",
        "Катар предложил правительству Ирака помощь.",
        "{qatar} предложил правительству {iraq:gen} помощь.",
    ),
    (
        "Moscow sent Syria's army weapons.",
        "Москва направила армии Сирии оружие.",
        "{moscow} направила армии {syria:gen} оружие.",
    ),
    (
        "Russia gave Turkey assurances on Idlib.",
        "Россия заверила Турцию в безопасности Идлиба.",
        "{russia} заверила {turkey:acc} в безопасности {idlib:gen}.",
    ),
    (
        "Washington promised Iraq help.",
        "Вашингтон пообещал Ираку помощь.",
        "{washington} пообещал {iraq:dat} помощь.",
    ),
    (
        "Iraq sold Erbil oil to Turkey.",
        "Ирак продал нефть Эрбиля Турции.",
        "{iraq} продал нефть {erbil:gen} {turkey:dat}.",
    ),
    (
        "Moscow sent Tehran diplomats home.",
        "Москва отправила дипломатов Тегерана домой.",
        "{moscow} отправила дипломатов {tehran:gen} домой.",
    ),
    (
        "Russia promised Baghdad government officials support.",
        "Россия пообещала чиновникам правительства Багдада поддержку.",
        "{russia} пообещала чиновникам правительства {baghdad:gen} поддержку.",
    ),
    (
        "Qatar will pay Ankara airport workers bonuses.",
        "Катар выплатит работникам аэропорта Анкары премии.",
        "{qatar} выплатит работникам аэропорта {ankara:gen} премии.",
    ),
    (
        "Iran sent Syria troops, officials said.",
        "Иран направил в Сирию войска, сообщили официальные лица.",
        "{iran} направил в {syria:acc} войска, сообщили официальные лица.",
    ),
]


@pytest.mark.parametrize("source, output, expected", BARE_RECEIVERS)
def test_a_receiver_before_a_bare_noun_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", BARE_RIGHT_AS_WRITTEN)
def test_names_no_receiver_before_a_bare_noun_keep_the_models_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
