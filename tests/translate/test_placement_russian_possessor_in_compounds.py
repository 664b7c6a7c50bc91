"""Russian: where the genitive of a possessor written as a relational adjective goes in the noun phrase.

A model writes "Iraq's prime minister" as иракский премьер-министр and "Iran's Quds Force" as иранские силы
«Кудс». The name follows the whole noun phrase in the genitive: after a word joined by hyphens
(премьер-министр Ирака, вице-президент Турции, штаб-квартира Ирана), never inside it («премьер Ирака-министр»),
and after the noun's own name in quotation marks (силы «Кудс» Ирана, операция «Оливковая ветвь» Турции).
A neuter noun (правительство, посольство) or a prepositional one (министерстве) heads such a phrase as any
other noun does. "The Tehran government", a name modifying a noun of a state's rule (government, regime,
authorities, administration, leadership, cabinet), is that noun's possessor as "Tehran's government" is:
тегеранское правительство is published правительство Тегерана.

Nothing changes where the source has the adjective of its own ("the Iraqi prime minister"), where a quotation is no name after the noun
(сказал «нет»), or where the modified noun is no state's rule ("the Tehran talks", left flagged). A word
spelt near a name opening a hyphenated word (Ирако-иранская) is the stem of a compound adjective, no name:
nothing is put inside it, and the sentence is flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check, expected_text, publish

COMPOUND_NOUNS = [
    (
        "Iraq's prime minister met Erdogan in Ankara.",
        "Иракский премьер-министр встретился с Эрдоганом в Анкаре.",
        "Премьер-министр {iraq:gen} встретился с {erdogan:short+ins} в {ankara:prep}.",
    ),
    (
        "Erdogan met Iraq's prime minister in Ankara.",
        "Эрдоган встретился с иракским премьер-министром в Анкаре.",
        "{erdogan:short} встретился с премьер-министром {iraq:gen} в {ankara:prep}.",
    ),
    (
        "Turkey's vice president flew to Baku.",
        "Турецкий вице-президент вылетел в Баку.",
        "Вице-президент {turkey:gen} вылетел в Баку.",
    ),
    (
        "Russia's press secretary denied the report.",
        "Российский пресс-секретарь опроверг сообщение.",
        "Пресс-секретарь {russia:gen} опроверг сообщение.",
    ),
    (
        "Protesters gathered outside Iran's headquarters in Baghdad.",
        "Протестующие собрались у иранской штаб-квартиры в Багдаде.",
        "Протестующие собрались у штаб-квартиры {iran:gen} в {baghdad:prep}.",
    ),
    (
        "Iraq's prime minister's office denied it.",
        "Офис иракского премьер-министра опроверг это.",
        "Офис премьер-министра {iraq:gen} опроверг это.",
    ),
]


@pytest.mark.parametrize("source, output, expected", COMPOUND_NOUNS)
def test_the_genitive_follows_a_hyphenated_noun_whole(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected)
    assert not any("-" + word in segment.text for word in ("Ирака", "Турции", "России", "Ирана"))


QUOTED_NAMES = [
    (
        "Soleimani led Iran's Quds Force for two decades.",
        "Сулеймани два десятилетия руководил иранскими силами «Кудс».",
        "{suleimani:short} два десятилетия руководил силами «Кудс» {iran:gen}.",
    ),
    (
        "Iran's Quds Force was blamed for the attack.",
        "В нападении обвинили иранские силы «Кудс».",
        "В нападении обвинили силы «Кудс» {iran:gen}.",
    ),
    (
        "Turkey's operation Olive Branch ended in March.",
        "Турецкая операция «Оливковая ветвь» завершилась в марте.",
        "Операция «Оливковая ветвь» {turkey:gen} завершилась в марте.",
    ),
    (
        "Soleimani commanded Iran's special forces unit Quds for years.",
        "Сулеймани годами командовал иранскими силами специального назначения «Кудс».",
        "{suleimani:short} годами командовал силами специального назначения «Кудс» {iran:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", QUOTED_NAMES)
def test_the_genitive_follows_the_nouns_own_quoted_name(glossary, source, output, expected):
    # (publish: a first mention of Soleimani is flagged for its introduction, which is not what this tests)
    segment, _ = publish(glossary, "ru", source, output)
    assert "".join(piece.text for piece in segment.as_stored) == expected_text(glossary, "ru", expected)


# a code naming the noun (С-400, F-35, PS752) is the noun's own name: the possessor follows it, as it follows a quoted
# name; a number alone (a count, a year) is no code
CODES = [
    (
        "Talks on sanctions over Russia's S-400 system broke down.",
        "Переговоры о санкциях из-за российской системы С-400 сорвались.",
        "Переговоры о санкциях из-за системы С-400 {russia:gen} сорвались.",
    ),
    (
        "Turkey bought Russia's S-400 missiles in 2019.",
        "Турция купила российские ракеты С-400 в 2019 году.",
        "{turkey} купила ракеты С-400 {russia:gen} в 2019 году.",
    ),
    (
        "Washington warned Ankara about Russia's S-400 systems.",
        "Вашингтон предупредил Анкару о российских системах С-400.",
        "{washington} предупредил {ankara:acc} о системах С-400 {russia:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", CODES)
def test_the_genitive_follows_the_nouns_own_code(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_year_after_the_noun_is_no_code_the_genitive_follows(glossary):
    check(
        glossary,
        "ru",
        "Russia's 2020 budget grew.",
        "Российский бюджет 2020 года вырос.",
        "Бюджет {russia:gen} 2020 года вырос.",
    )


# a number with a case ending (2020-го, 1990-х, 24-го) or a range of years (2019-2020) is a date or a count, no code
# naming the noun: the genitive stays right after the noun, not between the number and the word it goes with
NUMBERS_WITH_ENDINGS = [
    (
        "Russia's 2020 budget grew.",
        "Российский бюджет 2020-го года вырос.",
        "Бюджет {russia:gen} 2020-го года вырос.",
    ),
    (
        "Russia's army of the 1990s was weak.",
        "Российская армия 1990-х была слабой.",
        "Армия {russia:gen} 1990-х была слабой.",
    ),
    (
        "Iran's missiles of the 2000s were copies.",
        "Иранские ракеты 2000-х годов были копиями.",
        "Ракеты {iran:gen} 2000-х годов были копиями.",
    ),
    (
        "Russia's response on February 24 was swift.",
        "Российский ответ 24-го февраля был быстрым.",
        "Ответ {russia:gen} 24-го февраля был быстрым.",
    ),
    (
        "Turkey's budget for 2019-2020 was cut.",
        "Турецкий бюджет 2019-2020 годов был сокращен.",
        "Бюджет {turkey:gen} 2019–2020 годов был сокращен.",  # the range published with its dash
    ),
]


@pytest.mark.parametrize("source, output, expected", NUMBERS_WITH_ENDINGS)
def test_a_number_with_a_case_ending_is_no_code_the_genitive_follows(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# a code with letters after its digits (С-300ПМУ, Ту-22М3) is still the noun's own name
def test_a_code_with_letters_after_its_digits_is_still_the_nouns_name(glossary):
    check(
        glossary,
        "ru",
        "Russia's S-300PMU systems arrived in 2016.",
        "Российские системы С-300ПМУ прибыли в 2016 году.",
        "Системы С-300ПМУ {russia:gen} прибыли в 2016 году.",
    )


RULE_NOUNS = [
    (
        "The Tehran government rejected the plan.",
        "Тегеранское правительство отвергло план.",
        "Правительство {tehran:gen} отвергло план.",
    ),
    (
        "Officials of the Tehran government met in Ankara.",
        "Представители тегеранского правительства встретились в Анкаре.",
        "Представители правительства {tehran:gen} встретились в {ankara:prep}.",
    ),
    (
        "The Baghdad authorities closed the border.",
        "Багдадские власти закрыли границу.",
        "Власти {baghdad:gen} закрыли границу.",
    ),
    (
        "The Iran government denied the report.",
        "Иранское правительство опровергло сообщение.",
        "Правительство {iran:gen} опровергло сообщение.",
    ),
]


@pytest.mark.parametrize("source, output, expected", RULE_NOUNS)
def test_a_city_or_country_modifying_a_government_is_its_possessor(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


NEUTER_AND_PREPOSITIONAL_HEADS = [
    (
        "Iraq's embassy was closed.",
        "Иракское посольство было закрыто.",
        "Посольство {iraq:gen} было закрыто.",
    ),
    (
        "He spoke at Iraq's oil ministry.",
        "Он выступил в иракском министерстве нефти.",
        "Он выступил в министерстве нефти {iraq:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", NEUTER_AND_PREPOSITIONAL_HEADS)
def test_a_neuter_or_prepositional_noun_heads_the_phrase(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_the_first_part_of_a_hyphenated_adjective_is_no_name(glossary):
    # Ирако- spelt near Ирак opens a compound adjective: no name is put inside the word, the sentence is flagged
    segment, _ = publish(glossary, "ru", "Iraq's trade with Iran grew.", "Ирако-иранская торговля с Ираном выросла.")
    assert segment.text.startswith("Ирако-иранская торговля")
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


def test_a_name_joined_by_a_hyphen_as_written_stays_the_name(glossary):
    check(
        glossary,
        "tr",
        "Iran-backed militias attacked.",
        "İran-destekli milisler saldırdı.",
        "{iran}-destekli milisler saldırdı.",
    )


def test_the_sources_own_adjective_stays_before_a_compound(glossary):
    check(
        glossary,
        "ru",
        "The Iraqi prime minister arrived in Ankara.",
        "Иракский премьер-министр прибыл в Анкару.",
        "Иракский премьер-министр прибыл в {ankara:acc}.",
    )


def test_a_quotation_that_is_no_name_of_the_noun_is_not_passed_over(glossary):
    check(
        glossary,
        "ru",
        "Iran's foreign minister said no.",
        "Иранский министр иностранных дел сказал «нет».",
        "Министр иностранных дел {iran:gen} сказал «нет».",
    )


def test_a_name_modifying_another_noun_stays_flagged(glossary):
    segment, _ = publish(
        glossary, "ru", "The Tehran talks ended on Monday.", "Тегеранские переговоры завершились в понедельник."
    )
    assert segment.text.startswith("Тегеранские переговоры")
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


# an owner the source gives with a possessive ("Russia's Aeroflot") that the model put in the nominative after the
# quoted name of its firm, club or product: the genitive, as after a noun; a club's city without a possessive
# ("Spartak Moscow": «Спартак» Москва, as the press writes «Спартак» (Москва)) stays
OWNERS_AFTER_A_QUOTED_NAME = [
    (
        "Analysts said Russia's Aeroflot could gain.",
        "Аналитики заявили, что «Аэрофлот» Россия может выиграть.",
        "Аналитики заявили, что «Аэрофлот» {russia:gen} может выиграть.",
    ),
    (
        "Turkey's Bayraktar drones were sold to Qatar.",
        "Беспилотники «Байрактар» Турция были проданы Катару.",
        "Беспилотники «Байрактар» {turkey:gen} были проданы {qatar:dat}.",
    ),
    (
        "Russia's Gazprom raised gas prices for Turkey.",
        "«Газпром» Россия повысил цены на газ для Турции.",
        "«Газпром» {russia:gen} повысил цены на газ для {turkey:gen}.",
    ),
    (
        "Fans of Spartak Moscow cheered in Sochi.",
        "Болельщики «Спартака» Москва радовались в Сочи.",
        "Болельщики «Спартака» {moscow} радовались в {sochi}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", OWNERS_AFTER_A_QUOTED_NAME)
def test_an_owner_after_the_quoted_name_of_its_firm_is_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
