"""Russian names in machine output: a name after a comma and или/либо/но и that opens a clause of its own.

A question or a choice of two clauses ("Is Russia a friend of Iran, or is Iran Russia's pawn?") reads in
Russian as a name after an oblique one, joined by a comma and или: «другом Ирана, или Иран - пешка России».
The name after the comma is no further member of a list with the genitive before it, nor the other member
of a contrast: the model wrote it in the nominative and its own phrase goes on with a predicate, after a dash
(Иран - пешка, Турция — заложник) or as a verb or short predicate agreeing with it (Москва готова, Турция
сделала). Its form is then the model's, unchanged and unflagged. Where its phrase shows no predicate
(«другом Ирана, или Турции», «от Москвы, или Тегерана») the list and the contrast read as before.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

A_NAME_OPENING_ITS_OWN_CLAUSE_KEEPS_ITS_NOMINATIVE = [
    (
        # a verbless clause: the dash stands for the copula
        "Is Turkey a partner of Russia, or is Russia Turkey's rival?",
        "Является ли Турция партнером России, либо Россия — соперник Турции?",
        "Является ли {turkey} партнером {russia:gen}, либо {russia} — соперник {turkey:gen}?",
    ),
    (
        "Is Qatar a mediator for Turkey, or is Turkey Qatar's protector?",
        "Является ли Катар посредником для Турции, или Турция - защитник Катара?",
        "Является ли {qatar} посредником для {turkey:gen}, или {turkey} - защитник {qatar:gen}?",
    ),
    (
        "Is the pipeline a gift to Turkey, or is Turkey Russia's hostage?",
        "Является ли трубопровод подарком Турции, или Турция — заложник России?",
        "Является ли трубопровод подарком {turkey:dat}, или {turkey} — заложник {russia:gen}?",
    ),
    (
        # a short adjective as the predicate, agreeing with the name after the comma
        "The deal suits Washington, or Moscow is ready to wait.",
        "Сделка устраивает Вашингтон, или Москва готова подождать.",
        "Сделка устраивает {washington:acc}, или {moscow} готова подождать.",
    ),
    (
        # short adjectives of every gender and number as the predicate: должна, согласна, способна, уверен, обязана
        "The deal suits Washington, or Turkey must give way.",
        "Сделка устраивает Вашингтон, или Турция должна уступить.",
        "Сделка устраивает {washington:acc}, или {turkey} должна уступить.",
    ),
    (
        "Is Iran a partner of Russia, or does Turkey agree to mediate?",
        "Является ли Иран партнером России, или Турция согласна стать посредником?",
        "Является ли {iran} партнером {russia:gen}, или {turkey} согласна стать посредником?",
    ),
    (
        "Sanctions hurt Tehran, and Moscow is able to help it.",
        "Санкции ударили по Тегерану, и Москва способна ему помочь.",
        "Санкции ударили по {tehran:dat}, и {moscow} способна ему помочь.",
    ),
    (
        "The plan suits Ankara, or Iran is sure of its victory.",
        "План устраивает Анкару, или Иран уверен в своей победе.",
        "План устраивает {ankara:acc}, или {iran} уверен в своей победе.",
    ),
    (
        "The deal suits Washington, or Russia is obliged to accept it.",
        "Сделка устраивает Вашингтон, или Россия обязана её принять.",
        "Сделка устраивает {washington:acc}, или {russia} обязана её принять.",
    ),
    (
        # a verb after it, after the name's own adverb
        "Is Washington losing Iraq, or has Iran already won?",
        "Теряет ли Вашингтон контроль над Ираком, или Иран уже победил?",
        "Теряет ли {washington} контроль над {iraq:ins}, или {iran} уже победил?",
    ),
    (
        # но и after не только: the second name's own verb agrees with it
        "The deal benefits not only Moscow, but Ankara has also said it will gain from it.",
        "Сделка выгодна не только Москве, но и Анкара заявила, что выиграет от неё.",
        "Сделка выгодна не только {moscow:dat}, но и {ankara} заявила, что выиграет от неё.",
    ),
    (
        "The plan suits not only Tehran, but Baghdad is ready to sign it too.",
        "План устраивает не только Тегеран, но и Багдад готов его подписать.",
        "План устраивает не только {tehran:acc}, но и {baghdad} готов его подписать.",
    ),
]

NO_PREDICATE_AFTER_THE_NAME = [
    (
        # "or Turkey's": a second possessor, declined as the first
        "Is Russia Iran's friend, or Turkey's?",
        "Является ли Россия другом Ирана, или Турции?",
        "Является ли {russia} другом {iran:gen}, или {turkey:gen}?",
    ),
    (
        "Ankara wants guarantees from Moscow or Tehran.",
        "Анкара хочет гарантий от Москвы, или Тегерана.",
        "{ankara} хочет гарантий от {moscow:gen}, или {tehran:gen}.",
    ),
    (
        "Aid came from Iran, or from Iraq.",
        "Помощь пришла из Ирана, или из Ирака.",
        "Помощь пришла из {iran:gen}, или из {iraq:gen}.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), A_NAME_OPENING_ITS_OWN_CLAUSE_KEEPS_ITS_NOMINATIVE)
def test_a_name_after_a_comma_and_or_before_its_own_predicate_keeps_the_models_nominative(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize(("source", "output", "expected"), NO_PREDICATE_AFTER_THE_NAME)
def test_a_name_after_a_comma_and_or_without_a_predicate_is_still_a_member(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_model_nominative_after_a_comma_and_or_without_a_predicate_is_still_declined(glossary):
    # «или Тегеран» with nothing after it is the other member of от's choice: the genitive the first shows
    check(
        glossary,
        "ru",
        "Ankara wants guarantees from Moscow or Tehran.",
        "Анкара хочет гарантий от Москвы, или Тегеран.",
        "{ankara} хочет гарантий от {moscow:gen}, или {tehran:gen}.",
    )
