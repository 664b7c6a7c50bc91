"""Russian names in machine output: the agent of a full passive participle stands in the instrumental.

"Sanctions proposed by Washington" reads in Russian as a full passive participle and its agent: «санкции,
предложенные Вашингтоном». Models often leave the agent in the nominative («предложенные Вашингтон»), and a
participle in any case, gender or number, past or present (предложенные, подписанное, поддерживаемые,
достигнутое, организованные), in a clause of its own after a comma or before its noun («Поддерживаемые Иран
ополченцы»), would not show it. Where the source makes the name the agent ("by Washington", or a compound
"Washington-proposed", "Iran-backed") and such a participle stands right before it (or before the list it
ends, «подготовленная Россией и Иран»), the name takes the instrumental. The same source evidence settles a
short participle (было принято Иран for "adopted by Iran"), which alone may have its subject after it.

Without the source's "by" nothing changes: «был принят Иран» for "Iran was admitted" stays flagged, a name
after a participle and a preposition is that preposition's, and a recipient the model put in the dative
(поставленное Ирану Россией) stays.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

THE_AGENT_AFTER_A_FULL_PASSIVE_PARTICIPLE = [
    (
        "Iran rejected the sanctions proposed by Washington.",
        "Иран отверг санкции, предложенные Вашингтон.",
        "{iran} отверг санкции, предложенные {washington:ins}.",
    ),
    (
        "The truce signed by Ankara is holding.",
        "Перемирие, подписанное Анкара, соблюдается.",
        "Перемирие, подписанное {ankara:ins}, соблюдается.",
    ),
    (
        # a present passive participle; the source's compound "Iran-backed"
        "Iran-backed militias attacked the base.",
        "Ополченцы, поддерживаемые Иран, атаковали базу.",
        "Ополченцы, поддерживаемые {iran:ins}, атаковали базу.",
    ),
    (
        # the participle before its noun, opening the sentence
        "Washington-proposed sanctions were rejected.",
        "Предложенные Вашингтон санкции были отклонены.",
        "Предложенные {washington:ins} санкции были отклонены.",
    ),
    (
        "The plan proposed by Erdogan was rejected in Tehran.",
        "План, предложенный Эрдоган, был отвергнут в Тегеране.",
        "План, предложенный {erdogan:short+ins}, был отвергнут в {tehran:prep}.",
    ),
    (
        "Talks hosted by Turkey began on Monday.",
        "Переговоры, организованные Турция, начались в понедельник.",
        "Переговоры, организованные {turkey:ins}, начались в понедельник.",
    ),
    (
        # a list of agents, both left in the nominative
        "The deal, signed by Erdogan and Putin, holds.",
        "Сделка, подписанная Эрдоган и Путин, соблюдается.",
        "Сделка, подписанная {erdogan:short+ins} и {putin:short+ins}, соблюдается.",
    ),
    (
        # a short participle, whose subject could follow it: the source says by whom
        "The proposal was adopted by Iran.",
        "Предложение было принято Иран.",
        "Предложение было принято {iran:ins}.",
    ),
]

NO_AGENT_IN_THE_SOURCE_OR_ALREADY_RIGHT = [
    (
        "Iran-backed militias attacked the base.",
        "Поддерживаемые Ираном ополченцы атаковали базу.",
        "Поддерживаемые {iran:ins} ополченцы атаковали базу.",
    ),
    (
        "Sanctions imposed on Iran were lifted.",
        "Санкции, введенные против Ирана, были сняты.",
        "Санкции, введенные против {iran:gen}, были сняты.",
    ),
    (
        # the recipient in the dative, the agent after it
        "Weapons supplied to Iran by Russia were seized.",
        "Оружие, поставленное Ирану Россией, было изъято.",
        "Оружие, поставленное {iran:dat} {russia:ins}, было изъято.",
    ),
    (
        "The Qatar-brokered truce held.",
        "Перемирие, достигнутое при посредничестве Катара, сохранилось.",
        "Перемирие, достигнутое при посредничестве {qatar:gen}, сохранилось.",
    ),
    (
        # "elected" with no "by": the participle is the name's own attribute
        "The newly elected Erdogan spoke in Ankara.",
        "Вновь избранный Эрдоган выступил в Анкаре.",
        "Вновь избранный {erdogan:short} выступил в {ankara:prep}.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), THE_AGENT_AFTER_A_FULL_PASSIVE_PARTICIPLE)
def test_the_agent_the_source_gives_after_a_passive_participle_takes_the_instrumental(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize(("source", "output", "expected"), NO_AGENT_IN_THE_SOURCE_OR_ALREADY_RIGHT)
def test_a_name_after_a_participle_that_is_no_agent_or_is_right_stays(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_subject_after_a_short_participle_without_by_in_the_source_stays_flagged(glossary):
    # "Iran was admitted": Иран is the participle's subject; nothing says by whom, so it is kept and flagged
    check(
        glossary,
        "ru",
        "Iran was admitted to the group.",
        "В группу был принят Иран.",
        "В группу был принят {iran}.",
        marked=True,
    )


def test_an_agent_in_a_placeholder_retry_takes_the_instrumental(glossary):
    # the plain output lost the name; the masked one leaves the placeholder bare after the participle
    check(
        glossary,
        "ru",
        "Iran rejected the sanctions proposed by Washington.",
        "Иран отверг предложенные санкции.",
        "{iran} отверг санкции, предложенные {washington:ins}.",
        retry="[[1]] отверг санкции, предложенные [[2]].",
    )


# a bare short participle in -нут is also the future of its verb in the third person plural (покинут, отвергнут:
# "they will leave, reject"): without "by" in the source and with no auxiliary (был, будет), the model's
# accusative after it is that verb's object and stays, not the agent's instrumental
THE_FUTURE_IN_NUT_WITH_ITS_OBJECT = [
    (
        'Khamenei said "the US will leave the Middle East".',
        "Хаменеи заявил, что «США покинут Ближний Восток».",
        "{khamenei:short} заявил, что «{united-states:short} покинут {middle-east:acc}».",
    ),
    (
        "American troops will leave Syria by the spring.",
        "Американские войска покинут Сирию к весне.",
        "{united-states:adj+pl} войска покинут {syria:acc} к весне.",
    ),
    (
        "They will leave Iraq by December.",
        "Они покинут Ирак к декабрю.",
        "Они покинут {iraq:acc} к декабрю.",
    ),
    (
        "The US will leave Syria, Washington said.",
        "США покинут Сирию, заявил Вашингтон.",
        "{united-states:short} покинут {syria:acc}, заявил {washington}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", THE_FUTURE_IN_NUT_WITH_ITS_OBJECT)
def test_the_accusative_after_a_future_in_nut_stays(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# the participle itself: "by" in the source, an auxiliary, or no accusative written
THE_PARTICIPLE_IN_NUT = [
    (
        "The plan was rejected by Iran.",
        "План отвергнут Иран.",
        "План отвергнут {iran:ins}.",
    ),
    (
        "The treaty was rejected by Iran.",
        "Договор был отвергнут Иран.",
        "Договор был отвергнут {iran:ins}.",
    ),
    (
        "The deal was rejected by Moscow.",
        "Соглашение было отвергнуто Москвой.",
        "Соглашение было отвергнуто {moscow:ins}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", THE_PARTICIPLE_IN_NUT)
def test_the_agent_after_a_participle_in_nut_still_takes_the_instrumental(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
