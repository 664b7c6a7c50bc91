"""Russian names in machine output: a list member after a comma that the model left in the nominative.

"sanctions on Iran, Russia and three entities": the model declines the first member (против Ирана) and
leaves the next, joined to it by a comma alone, in the nominative (Россия). Where the source lists both
after one preposition, or as one verb's objects, and the list goes on to its end (its last members may be
phrases of several words: "three entities", "the wider Middle East", "several European leaders"), the
member takes the case of the one before it: a name that does not decline (Сочи, США) passes on the case
its preposition gives. Where the source does not confirm the list, the name stays as written and is
flagged; it is never published silently. Names after a comma that open a clause, as the subject of a verb
after them, keep the nominative.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

MEMBER_AFTER_A_COMMA_TAKES_THE_LISTS_CASE = [
    (
        "The EU imposed sanctions on Iran, Russia and three firms accused of helping them.",
        "ЕС ввел санкции против Ирана, Россия и трех компаний, обвиняемых в помощи им.",
        "ЕС ввел санкции против {iran:gen}, {russia:gen} и трех компаний, обвиняемых в помощи им.",
    ),
    (
        "Iran must stop arming groups in Iraq, Syria and the wider Middle East.",
        "Иран должен прекратить вооружать группировки в Ираке, Сирия и на Ближнем Востоке в целом.",
        "{iran} должен прекратить вооружать группировки в {iraq:prep}, {syria:prep} и на {middle-east:prep} в целом.",
    ),
    (
        # four members, three of them left undeclined
        "Talks were held in Moscow, Ankara, Tehran and Baghdad last week.",
        "Переговоры прошли в Москве, Анкара, Тегеран и Багдад на прошлой неделе.",
        "Переговоры прошли в {moscow:prep}, {ankara:prep}, {tehran:prep} и {baghdad:prep} на прошлой неделе.",
    ),
    (
        # a multiword name, and a list ending in a quantifier's phrase
        "Washington accused Tehran of arming groups in Turkey, Iraqi Kurdistan and several other regions.",
        "Вашингтон обвинил Тегеран в вооружении группировок в Турции, Иракский Курдистан и нескольких других регионах.",
        "{washington} обвинил {tehran:acc} в вооружении группировок в {turkey:prep}, {iraqi-kurdistan:prep} и "
        "нескольких других регионах.",
    ),
    (
        # the first member with an adjective of its own
        "Ankara held talks with neighbouring Iraq, Syria and the wider Middle East.",
        "Анкара провела переговоры с соседним Ираком, Сирия и Ближним Востоком в целом.",
        "{ankara} провела переговоры с соседним {iraq:ins}, {syria:ins} и {middle-east:ins} в целом.",
    ),
    (
        # an animate masculine name: the accusative is the genitive
        "He thanked Putin, Erdogan and several European leaders for their help.",
        "Он поблагодарил Путина, Эрдоган и нескольких европейских лидеров за помощь.",
        "Он поблагодарил {putin:short+acc}, {erdogan:short+acc} и нескольких европейских лидеров за помощь.",
    ),
    (
        # the source makes the list a verb's objects; the model put с before it
        "The minister met Assad, Erdogan and two Gulf envoys in Sochi.",
        "Министр встретился с Асадом, Эрдоган и двумя посланниками стран Персидского залива в Сочи.",
        "Министр встретился с {assad:short+ins}, {erdogan:short+ins} и двумя посланниками стран Персидского "
        "залива в {sochi}.",
    ),
]

# the member before the comma does not decline: the case comes from its preposition
AFTER_A_NAME_THAT_DOES_NOT_DECLINE = [
    (
        "Drones flew from Sochi, Moscow and two other airfields.",
        "Беспилотники вылетели из Сочи, Москва и двух других аэродромов.",
        "Беспилотники вылетели из {sochi}, {moscow:gen} и двух других аэродромов.",
    ),
    (
        "Troops are based in Sochi, Moscow and several other cities.",
        "Войска размещены в Сочи, Москва и нескольких других городах.",
        "Войска размещены в {sochi}, {moscow:prep} и нескольких других городах.",
    ),
    (
        "He flew to Sochi, Moscow and two other cities.",
        "Он летал в Сочи, Москва и два других города.",
        "Он летал в {sochi}, {moscow:acc} и два других города.",
    ),
]

# a plural or indeclinable member after the comma is right as written
LEFT_AS_WRITTEN = [
    (
        "The EU imposed sanctions on Iran, the US and three firms in Qatar.",
        "ЕС ввел санкции против Ирана, США и трех компаний в Катаре.",
        "ЕС ввел санкции против {iran:gen}, {united-states:short} и трех компаний в {qatar:prep}.",
    ),
    (
        "Iran, Russia and Turkey said on Monday that talks would go on.",
        "Иран, Россия и Турция заявили в понедельник, что переговоры продолжатся.",
        "{iran}, {russia} и {turkey} заявили в понедельник, что переговоры продолжатся.",
    ),
    (
        "Speaking in Moscow, Erdogan and Putin said the deal holds.",
        "Выступая в Москве, Эрдоган и Путин заявили, что сделка в силе.",
        "Выступая в {moscow:prep}, {erdogan:short} и {putin:short} заявили, что сделка в силе.",
    ),
    (
        "He praised Iraq, Syria and Russia for their support.",
        "Он похвалил Ирак, Сирию и Россию за поддержку.",
        "Он похвалил {iraq:acc}, {syria:acc} и {russia:acc} за поддержку.",
    ),
]


@pytest.mark.parametrize("source, output, expected", MEMBER_AFTER_A_COMMA_TAKES_THE_LISTS_CASE)
def test_a_member_after_a_comma_takes_the_case_of_the_member_before_it(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", AFTER_A_NAME_THAT_DOES_NOT_DECLINE)
def test_after_a_name_that_does_not_decline_the_member_takes_its_prepositions_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", LEFT_AS_WRITTEN)
def test_subjects_and_members_already_right_are_left_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_list_the_source_does_not_confirm_is_flagged_never_published_silently(glossary):
    # "a bank accused of ...": the source's list is not read to its end, so nothing confirms the list
    segment = check(
        glossary,
        "ru",
        "The US imposed sanctions on Iran, Russia and a bank accused of helping them.",
        "США ввели санкции против Ирана, Россия и банка, обвиняемого в помощи им.",
        "{united-states:short} ввели санкции против {iran:gen}, {russia} и банка, обвиняемого в помощи им.",
        marked=True,
    )
    assert {p.code for p in segment.problems} == {"name-form-uncertain"}


def test_after_a_noun_alone_the_names_before_a_verb_are_list_members_and_flagged_where_unsure(glossary):
    # "Рейсы в Москву, ...": no phrase and no clause ends at the comma, so the names after it are no subjects of
    # their own; the source's list does not end plainly ("were cancelled"), so the member is flagged
    segment = check(
        glossary,
        "ru",
        "Flights to Moscow, Ankara and several other cities were cancelled.",
        "Рейсы в Москву, Анкара и несколько других городов были отменены.",
        "Рейсы в {moscow:acc}, {ankara} и несколько других городов были отменены.",
        marked=True,
    )
    assert {p.code for p in segment.problems} == {"name-form-uncertain"}


@pytest.mark.parametrize(
    "source, output, expected",
    [
        (
            "After talks with Iran, Russia and its allies agreed to a truce.",
            "После переговоров с Ираном, Россия и ее союзники согласились на перемирие.",
            "После переговоров с {iran:ins}, {russia} и ее союзники согласились на перемирие.",
        ),
        (
            "Putin spoke in Moscow, Erdogan and Assad flew to Sochi.",
            "Путин выступил в Москве, Эрдоган и Асад вылетели в Сочи.",
            "{putin:short} выступил в {moscow:prep}, {erdogan:short} и {assad:short} вылетели в {sochi}.",
        ),
    ],
)
def test_names_opening_a_clause_after_a_phrase_or_a_clause_stay_its_subjects(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
