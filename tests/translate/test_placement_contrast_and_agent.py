"""Russian names after a passive participle and in the second member of a contrast or a choice.

A short passive participle (принят, отвергнута, одобрено, поддержаны) takes its agent in the
instrumental ("принят Турцией"). A name the model left in the nominative right after one is put in
the instrumental where it cannot be the participle's subject (the participle does not agree with
it, the clause's subject is a relative pronoun, or an earlier participle of the sentence has its
agent in the instrumental); elsewhere it may be a subject standing after its participle ("был
принят Иран": Iran was admitted), so it stays and is flagged; so do names joined after a plural
participle, which together may be its subject ("приглашены Иран и Турция"). A name joined to an oblique name
before it by а не, но не, и не, или, либо, ни takes that name's case ("в сторону Тегерана, а не
Вашингтона"), unless a past verb agreeing with it alone follows: then it opens a clause of its own
("выгоду Москве, но и Анкара не осталась").
"""

from __future__ import annotations

import pytest
from test_placement import check

AGENT_CORRECTED = [
    (
        "The plan, accepted by Turkey but rejected by Iran, failed.",
        "План, который был принят Турцией, но отвергнут Иран, провалился.",
        "План, который был принят {turkey:ins}, но отвергнут {iran:ins}, провалился.",
    ),
    (
        "The deal was signed by Russia but rejected by Iran.",
        "Сделка была подписана Россией, но отвергнута Иран.",
        "Сделка была подписана {russia:ins}, но отвергнута {iran:ins}.",
    ),
    (
        "The resolution was rejected by Iran.",
        "Резолюция была отвергнута Иран.",
        "Резолюция была отвергнута {iran:ins}.",
    ),
    (
        "The plan was approved by Turkey.",
        "План был одобрен Турция.",
        "План был одобрен {turkey:ins}.",
    ),
    (
        "The memorandum, which was drafted by Russia, was published.",
        "Меморандум, который был подготовлен Россия, был опубликован.",
        "Меморандум, который был подготовлен {russia:ins}, был опубликован.",
    ),
    (
        "The weapons were seized by Turkey near Erbil.",
        "Оружие было изъято Турция недалеко от Эрбиля.",
        "Оружие было изъято {turkey:ins} недалеко от {erbil:gen}.",
    ),
    (
        "The documents were seized by Iran.",
        "Документы были изъяты Иран.",
        "Документы были изъяты {iran:ins}.",
    ),
    (
        "The cargo was seized by Russia in Idlib.",
        "Груз был изъят Россия в Идлибе.",
        "Груз был изъят {russia:ins} в {idlib:prep}.",
    ),
    (
        "The offensive was supported by Erdogan.",
        "Наступление было поддержано Эрдоган.",
        "Наступление было поддержано {erdogan:short+ins}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", AGENT_CORRECTED)
def test_a_nominative_agent_of_a_passive_participle_takes_the_instrumental(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_an_agent_the_model_declined_stays(glossary):
    check(
        glossary,
        "ru",
        "The deal was criticised by Turkey.",
        "Сделка была раскритикована Турцией.",
        "Сделка была раскритикована {turkey:ins}.",
    )


def test_another_oblique_case_after_a_participle_stays(glossary):
    check(
        glossary,
        "ru",
        "Control of the base was handed to Iran.",
        "Контроль над базой был передан Ирану.",
        "Контроль над базой был передан {iran:dat}.",
    )


def test_a_name_that_may_be_the_participles_subject_is_flagged_not_changed(glossary):
    segment = check(
        glossary,
        "ru",
        "Iran was admitted to the organisation.",
        "В организацию был принят Иран.",
        "В организацию был принят {iran}.",
        marked=True,
    )
    assert any("принят" in problem.message and "Ираном" in problem.message for problem in segment.problems)


CONTRAST_CORRECTED = [
    (
        "Iraq will look to Tehran, not Washington.",
        "Ирак будет смотреть в сторону Тегерана, а не Вашингтон.",
        "{iraq} будет смотреть в сторону {tehran:gen}, а не {washington:gen}.",
    ),
    (
        "Turkey held talks with Russia, not Iran.",
        "Турция провела переговоры с Россией, а не Иран.",
        "{turkey} провела переговоры с {russia:ins}, а не {iran:ins}.",
    ),
    (
        "The money went to Iraq, not to Syria.",
        "Деньги достались Ираку, но не Сирия.",
        "Деньги достались {iraq:dat}, но не {syria:dat}.",
    ),
    (
        "The summit will be held in Moscow or Ankara.",
        "Саммит пройдет в Москве или Анкара.",
        "Саммит пройдет в {moscow:prep} или {ankara:prep}.",
    ),
    (
        "Neither Russia nor Turkey commented.",
        "Комментариев не поступило ни от России, ни Турция.",
        "Комментариев не поступило ни от {russia:gen}, ни {turkey:gen}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", CONTRAST_CORRECTED)
def test_the_second_member_of_a_contrast_takes_the_first_members_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_subject_after_a_comma_and_a_nominative_first_member_are_left_alone(glossary):
    check(
        glossary,
        "ru",
        "Moscow, not Ankara, decided.",
        "Решение приняла Москва, а не Анкара.",
        "Решение приняла {moscow}, а не {ankara}.",
    )


def test_a_nominative_that_may_parallel_the_subject_is_flagged_not_changed(glossary):
    # "Iran backed Assad, but Turkey did not" or "... but not Turkey": only the editor can say
    check(
        glossary,
        "ru",
        "Iran backed Assad, but not Turkey.",
        "Иран поддержал Асада, но не Турция.",
        "{iran} поддержал {assad:short+acc}, но не {turkey}.",
        marked=True,
    )


# а не right after an object corrects that object ("blames Tehran, not al-Qaeda, for the attack"): the member takes
# the object's case, in quotation marks too, where nothing after it gives it a verb of its own
CORRECTED_OBJECTS = [
    (
        "- Washington blames Tehran, not al-Qaeda, for the attack.",
        "- Вашингтон обвиняет Тегеран, а не «Аль-Каида», в нападении.",
        "- {washington} обвиняет {tehran:acc}, а не «{al-qaeda:acc}», в нападении.",
    ),
    (
        "Baghdad blames Tehran, not Ankara, for the shelling of Erbil.",
        "Багдад обвиняет Тегеран, а не Анкара, в обстреле Эрбиля.",
        "{baghdad} обвиняет {tehran:acc}, а не {ankara:acc}, в обстреле {erbil:gen}.",
    ),
    (
        "Putin thanked Iran, not Turkey.",
        "Путин поблагодарил Иран, а не Турция.",
        "{putin:short} поблагодарил {iran:acc}, а не {turkey:acc}.",
    ),
    (
        "Ankara sold the drones to Qatar, not Russia, in 2019.",
        "Анкара продала беспилотники Катару, а не Россия, в 2019 году.",
        "{ankara} продала беспилотники {qatar:dat}, а не {russia:dat}, в 2019 году.",
    ),
    (
        "Iran backs Baghdad, not al-Qaeda.",
        "Иран поддерживает Багдад, а не «Аль-Каида».",
        "{iran} поддерживает {baghdad:acc}, а не «{al-qaeda:acc}».",
    ),
]


@pytest.mark.parametrize("source,output,expected", CORRECTED_OBJECTS)
def test_a_name_after_a_ne_correcting_an_object_takes_the_objects_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize(
    "source,output,expected",
    [
        # but not: Turkey may not have backed him
        (
            "Iran backed Assad, but not Turkey, which stayed out.",
            "Иран поддержал Асада, но не Турция, которая осталась в стороне.",
            "{iran} поддержал {assad:short+acc}, но не {turkey}, которая осталась в стороне.",
        ),
        # a clause goes on after the member: its own predicate may follow
        (
            "Iran backed Assad, not Turkey, which stayed out.",
            "Иран поддержал Асада, а не Турция, которая осталась в стороне.",
            "{iran} поддержал {assad:short+acc}, а не {turkey}, которая осталась в стороне.",
        ),
    ],
)
def test_a_contrast_that_may_add_a_subject_stays_flagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected, marked=True)


def test_a_contrast_whose_member_has_its_own_verb_keeps_the_nominative(glossary):
    check(
        glossary,
        "ru",
        "Iran backed Assad, while Turkey backed the opposition.",
        "Иран поддержал Асада, а не Турция поддержала оппозицию.",
        "{iran} поддержал {assad:short+acc}, а не {turkey} поддержала оппозицию.",
        marked=True,
    )


def test_also_with_a_joins_a_second_subject_and_changes_nothing(glossary):
    check(
        glossary,
        "ru",
        "Iran backed Assad, as did Turkey.",
        "Иран поддержал Асада, а также Турция.",
        "{iran} поддержал {assad:short+acc}, а также {turkey}.",
    )


def test_a_nominative_subject_before_the_participle_makes_the_name_after_it_its_agent(glossary):
    check(
        glossary,
        "ru",
        "Fidan was backed by Erdogan.",
        "Фидан был поддержан Эрдоган.",
        "{fidan:short} был поддержан {erdogan:short+ins}.",
    )


@pytest.mark.parametrize(
    "source,output,expected",
    [
        ("Erdogan was elected.", "Был избран Эрдоган.", "Был избран {erdogan:short}."),
        ("Assad was declared the winner.", "Победителем был объявлен Асад.", "Победителем был объявлен {assad:short}."),
    ],
)
def test_a_subject_after_a_participle_of_electing_or_declaring_is_flagged_not_made_its_agent(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected, marked=True)


def test_the_agent_of_a_participle_of_appointing_takes_the_instrumental(glossary):
    check(
        glossary,
        "ru",
        "Fidan was appointed by Erdogan.",
        "Фидан был назначен Эрдоган.",
        "{fidan:short} был назначен {erdogan:short+ins}.",
    )


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "Hama's governor thanked Russia and Iran, but not Turkey.",
            "Губернатор Хамы поблагодарил Россию и Иран, но не Турция.",
            "Губернатор {hama:gen} поблагодарил {russia:acc} и {iran:acc}, но не {turkey:acc}.",
        ),
        (
            "The envoy visited Syria, Iraq and Iran, but not Turkey.",
            "Посланник посетил Сирию, Ирак и Иран, но не Турция.",
            "Посланник посетил {syria:acc}, {iraq:acc} и {iran:acc}, но не {turkey:acc}.",
        ),
        (
            "Ankara blamed Moscow and Tehran, not Baghdad.",
            "Анкара обвинила Москву и Тегеран, а не Багдад.",
            "{ankara} обвинила {moscow:acc} и {tehran:acc}, а не {baghdad:acc}.",
        ),
    ],
)
def test_after_a_list_whose_last_member_looks_nominative_the_contrast_takes_the_lists_case(
    glossary, source, output, expected
):
    """An inanimate accusative (Иран, Ирак) is written as its nominative: the list's first member says the case."""
    check(glossary, "ru", source, output, expected)


def test_a_list_of_subjects_before_a_contrast_leaves_the_nominative_alone(glossary):
    check(
        glossary,
        "ru",
        "Russia and Iran, but not Turkey, signed the statement.",
        "Россия и Иран, но не Турция, подписали заявление.",
        "{russia} и {iran}, но не {turkey}, подписали заявление.",
    )


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "Iran and Turkey are invited to the talks.",
            "На переговоры приглашены Иран и Турция.",
            "На переговоры приглашены {iran} и {turkey}.",
        ),
        (
            "Iran, Iraq and Qatar were also invited.",
            "Также были приглашены Иран, Ирак и Катар.",
            "Также были приглашены {iran}, {iraq} и {qatar}.",
        ),
    ],
)
def test_names_joined_after_a_plural_participle_may_be_its_subject_and_are_never_made_its_agent(
    glossary, source, output, expected
):
    # each name alone disagrees with the plural; together they are what was invited
    check(glossary, "ru", source, output, expected, marked=True)


def test_a_single_name_after_a_plural_participle_is_still_its_agent(glossary):
    check(
        glossary,
        "ru",
        "The sanctions were rejected by Iran.",
        "Санкции были отвергнуты Иран.",
        "Санкции были отвергнуты {iran:ins}.",
    )


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "The deal benefited Moscow, but Ankara did not lose out either.",
            "Сделка принесла выгоду Москве, но и Анкара не осталась в проигрыше.",
            "Сделка принесла выгоду {moscow:dat}, но и {ankara} не осталась в проигрыше.",
        ),
        (
            "The strike hit Idlib, but Hama was not its target.",
            "Удар пришёлся по Идлибу, но не Хама стала его целью.",
            "Удар пришёлся по {idlib:dat}, но не {hama} стала его целью.",
        ),
    ],
)
def test_a_nominative_whose_own_past_verb_follows_it_opens_a_clause_and_is_not_flagged(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)
