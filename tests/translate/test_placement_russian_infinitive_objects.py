"""Russian: a name the source makes a verb's direct object, left in the nominative after an infinitive.

"cannot ignore Syria" as «не может игнорировать Сирия»: an infinitive that takes a direct object governs the
accusative as its finite forms do (игнорировать Сирию, поддержать Турцию, наказать Россию); one the grammar
knows to govern another case gives that case (избежать России, достичь Анкары: the genitive; помочь Сирии:
the dative), also where the infinitive's stem is not its past's (достичь, достиг). No accusative after a
reflexive infinitive, one of going or staying, a modal or phase verb (начать, продолжить: they take an
infinitive), or one of saying (сообщить Ирану: the name after it its addressee): there the model's form
stands, and a nominative is flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

INFINITIVE_OBJECTS = [
    (
        "Turkey wants to avoid Russia in the dispute.",
        "Турция хочет избежать Россия в споре.",
        "{turkey} хочет избежать {russia:gen} в споре.",
    ),
    (
        "Putin, as president of Russia, cannot ignore Syria, the Kremlin said.",
        "Путин как президент России не может игнорировать Сирия, заявили в Кремле.",
        "{putin:short} как президент {russia:gen} не может игнорировать {syria:acc}, заявили в Кремле.",
    ),
    (
        "Moscow decided to back Turkey in the talks.",
        "Москва решила поддержать Турция на переговорах.",
        "{moscow} решила поддержать {turkey:acc} на переговорах.",
    ),
    (
        "Iran vowed to defend Syria.",
        "Иран поклялся защищать Сирия.",
        "{iran} поклялся защищать {syria:acc}.",
    ),
    (
        "The EU plans to punish Russia with new sanctions.",
        "ЕС планирует наказать Россия новыми санкциями.",
        "ЕС планирует наказать {russia:acc} новыми санкциями.",
    ),
    (
        "Qatar is trying to persuade Ankara to lower its prices.",
        "Катар пытается убедить Анкара снизить цены.",
        "{qatar} пытается убедить {ankara:acc} снизить цены.",
    ),
]


@pytest.mark.parametrize("source, output, expected", INFINITIVE_OBJECTS)
def test_an_infinitive_takes_its_direct_object_in_the_case_it_governs(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


OTHER_GOVERNMENT_KEPT = [
    (
        "Erdogan promised to help Syria.",
        "Эрдоган пообещал помочь Сирии.",
        "{erdogan:short} пообещал помочь {syria:dat}.",
    ),
    (
        "Moscow hopes to tell Tehran about the plan soon.",
        "Москва надеется вскоре сообщить Тегерану о плане.",
        "{moscow} надеется вскоре сообщить {tehran:dat} о плане.",
    ),
    (
        "Russia hopes to reach Ankara soon.",
        "Россия надеется вскоре достичь Анкары.",
        "{russia} надеется вскоре достичь {ankara:gen}.",
    ),
    (
        "Ankara wants to meet Baghdad halfway.",
        "Анкара хочет пойти навстречу Багдаду.",
        "{ankara} хочет пойти навстречу {baghdad:dat}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", OTHER_GOVERNMENT_KEPT)
def test_an_infinitive_of_another_government_keeps_the_models_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_nominative_after_an_infinitive_that_takes_no_object_is_flagged_not_changed(glossary):
    segment, _ = publish(glossary, "ru", "Qatar wants to work with Turkey.", "Катар хочет работать Турция.")
    assert "".join(piece.text for piece in segment.pieces) == "Катар хочет работать Турция."
    assert any(problem.code == "name-form-uncertain" for problem in segment.problems)
