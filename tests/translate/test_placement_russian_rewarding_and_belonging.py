"""Russian: the cases verbs of rewarding, belonging and calling give a name.

наградить gives its receiver in the accusative and the award in the instrumental (наградила археолога
орденом Заслуг), удостоить the award in the genitive (удостоил ордена Заслуг); принадлежать takes the owner
in the dative (принадлежит Сирии); a verb of calling with a pronoun for its object takes the quoted name it
calls it in the instrumental (назвал ее «Героем Республики»). A name the model left in the nominative there
takes that case; one the model already wrote in it, a person the verb rewards and a subject after the verb
stay as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

GOVERNED = [
    (
        "Syria awarded the Order of Merit to the archaeologist who traced the lion.",
        "Сирия наградила орден Заслуг археолога, которая отыскала льва.",
        "{syria} наградила {order-of-merit:ins} археолога, которая отыскала льва.",
    ),
    (
        "Assad awarded the officer the Order of Merit.",
        "Асад наградил офицера орден Заслуг.",
        "{assad:short} наградил офицера {order-of-merit:ins}.",
    ),
    (
        "Syria will award the Order of Merit to three doctors.",
        "Сирия наградит орден Заслуг трех врачей.",
        "{syria} наградит {order-of-merit:ins} трех врачей.",
    ),
    (
        "Assad honoured the general with the Champion of the Republic title.",
        "Асад удостоил генерала Герой Республики.",
        "{assad:short} удостоил генерала {champion-of-the-republic:gen}.",
    ),
    (
        "The lion belongs to Syria.",
        "Лев принадлежит Сирия.",
        "Лев принадлежит {syria:dat}.",
    ),
    (
        'Muallem wrote that it "belongs to Hama, not to Washington".',
        "Муаллем написал, что он «принадлежит Хама, а не Вашингтон».",
        "{muallem:short} написал, что он «принадлежит {hama:dat}, а не {washington:dat}».",
    ),
    (
        "The seals belonged to Iran for centuries.",
        "Печати веками принадлежали Иран.",
        "Печати веками принадлежали {iran:dat}.",
    ),
    (
        'Assad called her "a Champion of the Republic".',
        "Асад назвал ее «Герой Республики».",
        "{assad:short} назвал ее «{champion-of-the-republic:ins}».",
    ),
    (
        'Putin called him "a Champion of the Republic" in a letter.',
        "Путин в письме назвал его «Герой Республики».",
        "{putin:short} в письме назвал его «{champion-of-the-republic:ins}».",
    ),
]


@pytest.mark.parametrize("source,output,expected", GOVERNED)
def test_the_name_takes_the_case_the_verb_governs(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


AS_WRITTEN = [
    (
        "Putin awarded Erdogan the Order of Merit.",
        "Путин наградил Эрдогана орденом Заслуг.",
        "{putin:short} наградил {erdogan:short+acc} {order-of-merit:ins}.",
    ),
    (
        "Syria awarded the Order of Merit to the archaeologist.",
        "Сирия наградила орденом Заслуг археолога.",
        "{syria} наградила {order-of-merit:ins} археолога.",
    ),
    (
        "Russia awarded him the Order of Merit.",
        "Его наградила Россия орденом Заслуг.",
        "Его наградила {russia} {order-of-merit:ins}.",
    ),
    (
        "The lion belongs to Syria.",
        "Лев принадлежит Сирии.",
        "Лев принадлежит {syria:dat}.",
    ),
    (
        'Assad called her "a Champion of the Republic".',
        "Асад назвал ее «Героем Республики».",
        "{assad:short} назвал ее «{champion-of-the-republic:ins}».",
    ),
]


@pytest.mark.parametrize("source,output,expected", AS_WRITTEN)
def test_a_case_the_model_wrote_right_and_a_rewarded_person_stay(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# a relative pronoun in the nominative opening the clause is the subject of a verb whose only object is a
# dative (принадлежать, угрожать, мешать, помогать): the name after the verb is that object
AFTER_A_RELATIVE_SUBJECT = [
    (
        'The minister said the dams "take nothing that is Iraq\'s".',
        "Министр заявил, что плотины «не берут ничего, что принадлежит Ирак».",
        "Министр заявил, что плотины «не берут ничего, что принадлежит {iraq:dat}».",
    ),
    (
        "Half of the field, which belongs to Turkey, lies under the lake.",
        "Половина месторождения, которая принадлежит Турция, лежит под озером.",
        "Половина месторождения, которая принадлежит {turkey:dat}, лежит под озером.",
    ),
    (
        "Militias that threaten Syria crossed the border.",
        "Ополченцы, которые угрожают Сирия, пересекли границу.",
        "Ополченцы, которые угрожают {syria:dat}, пересекли границу.",
    ),
    (
        "Moscow will block everything that hinders Russia.",
        "Москва заблокирует всё, что мешает Россия.",
        "{moscow} заблокирует всё, что мешает {russia:dat}.",
    ),
    (
        "Assad said Damascus would return all that belongs to Syria.",
        "Асад сказал, что Дамаск вернет всё, что принадлежит Сирия.",
        "{assad:short} сказал, что Дамаск вернет всё, что принадлежит {syria:dat}.",
    ),
    (
        "Tehran will answer anything that threatens Iran.",
        "Тегеран ответит на всё, что угрожает Иран.",
        "{tehran} ответит на всё, что угрожает {iran:dat}.",
    ),
    (
        "The deal is what has always helped Iran.",
        "Сделка — это то, что всегда помогало Иран.",
        "Сделка — это то, что всегда помогало {iran:dat}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", AFTER_A_RELATIVE_SUBJECT)
def test_a_name_after_a_dative_verb_whose_subject_is_a_relative_pronoun_takes_the_dative(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)


# where the name may be the verb's subject: after a conjunction что, after a pronoun in the dative, after a
# verb that takes an accusative object too; the model's nominative stays
SUBJECT_AFTER_THE_VERB = [
    (
        "The minister said that Turkey was helping.",
        "Министр заявил, что помогает Турция.",
        "Министр заявил, что помогает {turkey}.",
    ),
    (
        "Everything that Iraq is threatened by was listed.",
        "Было перечислено всё, чему угрожает Ирак.",
        "Было перечислено всё, чему угрожает {iraq}.",
    ),
    (
        "Everything that Russia handed over was returned.",
        "Всё, что передала Россия, было возвращено.",
        "Всё, что передала {russia}, было возвращено.",
    ),
    (
        "The ship, which Turkey helped, reached port.",
        "Судно, которому помогла Турция, дошло до порта.",
        "Судно, которому помогла {turkey}, дошло до порта.",
    ),
]


@pytest.mark.parametrize("source,output,expected", SUBJECT_AFTER_THE_VERB)
def test_a_name_that_may_be_the_subject_after_the_verb_stays_in_the_nominative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
