"""Russian: nouns whose forms end as a verb's or a participle's are read as nouns.

A genitive plural in -дан (граждан, "of citizens") ends as a short passive participle does (продан, создан):
such a participle is one only bare or after a verb prefix, so граждан takes the name after it as its
genitive complement (трое граждан России), never as a participle's agent in the instrumental (Россией).
Where the source says "of" after the noun the model wrote before the name, a name it left in the nominative
is that genitive. And a noun's genitive that ends as a past tense does (посла, села, генерала) or a noun
ending as a present or an infinitive (бюджет, часть) no longer stands for a verb between a noun of a message
and the place it is sent to: another form of the same noun (послом, селом, генералом) is a common word, as no
verb's is.
"""

from __future__ import annotations

import pytest
from test_placement import check

from toolkit.grammar.russian import noun_by_its_forms, short_passive_participle

GENITIVE_AFTER_THE_NOUN = [
    (
        "Among them were three citizens of Russia and two of Iran.",
        "Среди них оказались трое граждан Россия и двое граждан Ирана.",
        "Среди них оказались трое граждан {russia:gen} и двое граждан {iran:gen}.",
    ),
    (
        "Three citizens of Russia were stranded in Erbil.",
        "Трое граждан Россия застряли в Эрбиле.",
        "Трое граждан {russia:gen} застряли в {erbil:prep}.",
    ),
    (
        "The embassy helped dozens of citizens of Turkey.",
        "Посольство помогло десяткам граждан Турция.",
        "Посольство помогло десяткам граждан {turkey:gen}.",
    ),
    (
        "The rights of the citizens of Iraq were discussed.",
        "Обсуждались права граждан Ирак.",
        "Обсуждались права граждан {iraq:gen}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", GENITIVE_AFTER_THE_NOUN)
def test_a_name_after_of_and_a_noun_is_its_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


LEFT_AS_WRITTEN = [
    (
        "He toured the province of Idlib.",
        "Он объехал провинцию Идлиб.",
        "Он объехал провинцию {idlib}.",
    ),
    (
        "The city of Moscow is calm.",
        "Город Москва спокоен.",
        "Город {moscow} спокоен.",
    ),
    (
        "The fund was created by Qatar in 2010.",
        "Фонд был создан Катаром в 2010 году.",
        "Фонд был создан {qatar:ins} в 2010 году.",
    ),
    (
        "The lion was sold by Iraq to a dealer.",
        "Лев был продан Ираком торговцу.",
        "Лев был продан {iraq:ins} торговцу.",
    ),
]


@pytest.mark.parametrize("source,output,expected", LEFT_AS_WRITTEN)
def test_apposition_and_a_real_participles_agent_stay(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


MESSAGES_PAST_A_NOUN = [
    (
        "The ambassador's letter to Baghdad promised cooperation.",
        "Письмо посла в Багдаде обещало сотрудничество.",
        "Письмо посла в {baghdad:acc} обещало сотрудничество.",
    ),
    (
        "A letter from the village head to Moscow asked for help.",
        "Письмо главы села в Москве просило о помощи.",
        "Письмо главы села в {moscow:acc} просило о помощи.",
    ),
    (
        "The general's letter to Baghdad went unanswered.",
        "Письмо генерала в Багдаде осталось без ответа.",
        "Письмо генерала в {baghdad:acc} осталось без ответа.",
    ),
    (
        "A request from the ambassador's office to Tehran was sent on Monday.",
        "Запрос аппарата посла в Тегеране был отправлен в понедельник.",
        "Запрос аппарата посла в {tehran:acc} был отправлен в понедельник.",
    ),
]


@pytest.mark.parametrize("source,output,expected", MESSAGES_PAST_A_NOUN)
def test_a_nouns_genitive_between_a_message_and_its_destination_is_no_verb(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_participle_between_a_message_and_the_place_still_leads_the_place(glossary):
    check(
        glossary,
        "ru",
        "Assad called her a hero in a letter read out in Baghdad.",
        "Асад назвал ее героем в письме, зачитанном в Багдаде.",
        "{assad:short} назвал ее героем в письме, зачитанном в {baghdad:prep}.",
    )


@pytest.mark.parametrize(
    "word", ["посла", "села", "дела", "генерала", "стола", "земли", "роли", "часть", "власть", "бюджет", "визит"]
)
def test_nouns_ending_as_verbs_are_read_by_their_other_forms(word):
    assert noun_by_its_forms(word)


@pytest.mark.parametrize("word", ["сказала", "говорит", "делать", "сообщили", "несла", "пришло", "будет"])
def test_verbs_have_no_noun_forms(word):
    assert not noun_by_its_forms(word)


@pytest.mark.parametrize(
    "word,participle",
    [
        ("граждан", False),
        ("чемодан", False),
        ("продан", True),
        ("создана", True),
        ("издан", True),
        ("воссоздан", True),
        ("переданы", True),
    ],
)
def test_a_participle_in_dan_has_a_prefix_or_none(word, participle):
    assert short_passive_participle(word) is participle
