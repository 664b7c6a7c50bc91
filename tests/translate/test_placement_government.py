"""Russian names in machine output: the case a verb or an agreeing word after the name gives it.

A verb of news copy that takes its addressee in the dative (обещать, помочь, сообщить, приказать ...)
cannot have a person's name right after it in the accusative or genitive the model wrote: that is
flagged, and where nothing else in the sentence could make the name another object the dative is put in.
A participle or adjective opening a phrase after the name and a comma agrees with it ("Мамлюка,
прибывшего ..."): a name the model left undeclined takes its case, a declined one that contradicts it is
flagged. A nominative after its verb is the subject, never an error. Two persons' names side by side are
not one list: the title before the first is that one's, and the second keeps the case the model wrote.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

# --- verbs whose addressee is in the dative ------------------------------------------------------------

DATIVE_VERB_CORRECTED = [
    (
        "Putin helped Assad win the war.",
        "Путин помог Асада выиграть войну.",
        "Путин помог {assad:short+dat} выиграть войну.",
    ),
    (
        "Erdogan told Putin that Turkey would respond.",
        "Эрдоган сообщил Путина, что Турция ответит.",
        "Эрдоган сообщил {putin:short+dat}, что {turkey} ответит.",
    ),
    (
        "Erdogan ordered Fidan to fly to Moscow.",
        "Эрдоган приказал Фидана вылететь в Москву.",
        "Эрдоган приказал {fidan:short+dat} вылететь в {moscow:acc}.",
    ),
    (
        "Rouhani promised Assad on Monday that Iran would stay.",
        "Роухани пообещал Асада в понедельник, что Иран останется.",
        "Роухани пообещал {assad:short+dat} в понедельник, что {iran} останется.",
    ),
    # a reflexive verb after the name takes no object: the name is the addressee
    (
        "Erdogan promised Putin not to interfere.",
        "Эрдоган пообещал Путина не вмешиваться.",
        "{erdogan:short} пообещал {putin:short+dat} не вмешиваться.",
    ),
]


@pytest.mark.parametrize("source, output, expected", DATIVE_VERB_CORRECTED)
def test_an_addressee_after_a_dative_verb_is_put_in_the_dative_and_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("dative" in problem.message for problem in segment.problems)


DATIVE_VERB_FLAGGED_ONLY = [
    # the name may be the direct object of a verb that takes a person in the accusative too
    (
        "Putin proposed Erdogan as a mediator.",
        "Путин предложил Эрдогана в качестве посредника.",
        "Путин предложил {erdogan:short+acc} в качестве посредника.",
    ),
    # a noun after the name: the name may be its possessor ("the allies of Assad")
    (
        "Putin helped Assad's allies.",
        "Путин помог Асада союзникам.",
        "Путин помог {assad:short+gen} союзникам.",
    ),
    # a verb that may take an object after the name, with none of its own: the name may be its object, put first
    (
        "Putin promised not to abandon Assad.",
        "Путин пообещал Асада не бросать.",
        "{putin:short} пообещал {assad:short+acc} не бросать.",
    ),
    (
        "Putin promised to support Assad in the fight against terrorism.",
        "Путин пообещал Асада поддержать в борьбе с терроризмом.",
        "{putin:short} пообещал {assad:short+acc} поддержать в борьбе с терроризмом.",
    ),
    # a place the source makes no receiver: flagged, not rewritten (the source's receiver takes the dative: see
    # test_placement_russian_bare_receivers.py)
    (
        "Russia promised help for Iraq.",
        "Россия пообещала Ирака помощь.",
        "{russia} пообещала {iraq:gen} помощь.",
    ),
]


@pytest.mark.parametrize("source, output, expected", DATIVE_VERB_FLAGGED_ONLY)
def test_a_name_that_may_be_another_object_keeps_its_form_and_is_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("dative" in problem.message for problem in segment.problems)


DATIVE_VERB_RIGHT = [
    # a subject after its verb, in the nominative
    (
        "'We will respond,' Erdogan promised.",
        "«Мы ответим», — пообещал Эрдоган.",
        "«Мы ответим», — пообещал {erdogan:short}.",
    ),
    ("Putin called Erdogan.", "Эрдогану позвонил Путин.", "{erdogan:short+dat} позвонил {putin:short}."),
    # a list of subjects after a plural verb of saying, with no subject before it
    (
        '"We are ready," Russia and Turkey said.',
        "«Мы готовы», — сообщили Россия и Турция.",
        "«Мы готовы», — сообщили {russia} и {turkey}.",
    ),
    (
        '"No," Erdogan and his allies wrote.',
        "«Нет», — написали Эрдоган и его союзники.",
        "«Нет», — написали {erdogan:short} и его союзники.",
    ),
    (
        "Putin and Erdogan wrote to Assad.",
        "Асаду написали Путин и Эрдоган.",
        "{assad:short+dat} написали {putin:short} и {erdogan:short}.",
    ),
    # the dative the model wrote
    (
        "Putin promised Erdogan support.",
        "Путин пообещал Эрдогану поддержку.",
        "{putin:short} пообещал {erdogan:short+dat} поддержку.",
    ),
    # after the verb's own object, a genitive is that object's possessor
    (
        "Putin passed Erdogan's message to Assad.",
        "Путин передал послание Эрдогана Асаду.",
        "{putin:short} передал послание {erdogan:short+gen} {assad:short+dat}.",
    ),
    # a verb that takes the accusative
    ("Putin criticised Erdogan.", "Путин раскритиковал Эрдогана.", "{putin:short} раскритиковал {erdogan:short+acc}."),
]


@pytest.mark.parametrize("source, output, expected", DATIVE_VERB_RIGHT)
def test_a_name_the_verb_may_have_there_is_left_alone(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# --- a participle or adjective after the name and a comma agrees with it ---------------------------------

AGREEMENT_DECIDES = [
    (
        "Erdogan received Mamlouk, who had arrived from Damascus.",
        "Эрдоган принял Мамлюк, прибывшего из Дамаска.",
        "{erdogan:short} принял {mamlouk:short+acc}, прибывшего из Дамаска.",
    ),
    (
        "Putin sent a letter to Assad, who thanked him.",
        "Путин направил письмо Асад, поблагодарившему его.",
        "{putin:short} направил письмо {assad:short+dat}, поблагодарившему его.",
    ),
    (
        "Russia is proud of Fidan, who negotiated the deal.",
        "Россия гордится Фидан, договорившимся о сделке.",
        "{russia} гордится {fidan:short+ins}, договорившимся о сделке.",
    ),
    # a reflexive participle agrees by the ending before -ся
    (
        "Putin received Erdogan, who was staying in Sochi.",
        "Путин принял Эрдоган, находившегося в Сочи.",
        "{putin:short} принял {erdogan:short+acc}, находившегося в {sochi}.",
    ),
    # the case read after a title, borne out by the participle, is no longer a guess
    (
        "Putin called President Erdogan, who was in Ankara.",
        "Путин позвонил президенту Эрдоган, находившемуся в Анкаре.",
        "{putin:short} позвонил президенту {erdogan:short+dat}, находившемуся в {ankara:prep}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AGREEMENT_DECIDES)
def test_an_undeclined_name_takes_the_case_of_the_participle_after_it(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


AGREEMENT_DECIDES_AFTER_PREPOSITION = [
    # a preposition that allows two cases, on a verb: the participle says which
    (
        "Erdogan spoke about Putin, who had visited Ankara.",
        "Эрдоган рассказал о Путин, посетившем Анкару.",
        "{erdogan:short} рассказал о {putin:short+prep}, посетившем {ankara:acc}.",
    ),
    (
        "Tehran spoke about Fidan, who had arrived from Ankara.",
        "Тегеран заявил о Фидан, прибывшем из Анкары.",
        "{tehran} заявил о {fidan:short+prep}, прибывшем из {ankara:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AGREEMENT_DECIDES_AFTER_PREPOSITION)
def test_a_participle_confirming_the_case_read_after_a_preposition_settles_it(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_after_a_preposition_on_a_noun_the_participle_may_agree_with_the_noun_and_the_guess_stays_flagged(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        "He wrote about the attempt on Putin made in Sochi.",
        "Он написал о покушении на Путин, совершенном в Сочи.",
    )
    assert any(problem.code == "name-form-uncertain" for problem in segment.problems)


def test_a_declined_name_a_reflexive_participle_contradicts_is_flagged(glossary):
    segment = check(
        glossary,
        "ru",
        "Putin called Erdogan, who was staying in Sochi.",
        "Путин позвонил Эрдогану, находившегося в Сочи.",
        "{putin:short} позвонил {erdogan:short+dat}, находившегося в {sochi}.",
        marked=True,
    )
    assert any("находившегося" in problem.message for problem in segment.problems)


def test_a_declined_name_the_participle_contradicts_is_flagged(glossary):
    segment = check(
        glossary,
        "ru",
        "Putin called Erdogan, who had arrived in Sochi.",
        "Путин позвонил Эрдогану, прибывшего в Сочи.",
        "{putin:short} позвонил {erdogan:short+dat}, прибывшего в {sochi}.",
        marked=True,
    )
    assert any("прибывшего" in problem.message for problem in segment.problems)


AGREEMENT_ELSEWHERE = [
    # the participle agrees with another noun, of another gender
    (
        "Putin met Assad's wife, who had arrived in Moscow.",
        "Путин встретил жену Асада, прибывшую в Москву.",
        "{putin:short} встретил жену {assad:short+gen}, прибывшую в {moscow:acc}.",
    ),
    # a relative pronoun's case is its role in its own clause
    (
        "Putin received Mamlouk, whom Muallem accompanied.",
        "Путин принял Мамлюка, которого сопровождал Муаллем.",
        "{putin:short} принял {mamlouk:short+acc}, которого сопровождал {muallem:short}.",
    ),
    # the name completes a noun before it, which the participle may agree with
    (
        "Erdogan's visit, the first in years, ended on Friday.",
        "Визит Эрдогана, ставший первым за годы, завершился в пятницу.",
        "Визит {erdogan:short+gen}, ставший первым за годы, завершился в пятницу.",
    ),
    (
        "The call with Erdogan, the third this month, lasted an hour.",
        "Разговор с Эрдоганом, ставший третьим за месяц, длился час.",
        "Разговор с {erdogan:short+ins}, ставший третьим за месяц, длился час.",
    ),
    (
        "The meeting of Putin and Erdogan, which became a turning point, took place in Sochi.",
        "Встреча Путина и Эрдогана, ставшая поворотной, прошла в Сочи.",
        "Встреча {putin:short+gen} и {erdogan:short+gen}, ставшая поворотной, прошла в {sochi}.",
    ),
    # a nominative participle after a nominative subject
    (
        "Mamlouk, who had arrived from Damascus, met Putin.",
        "Мамлюк, прибывший из Дамаска, встретился с Путиным.",
        "{mamlouk:short}, прибывший из Дамаска, встретился с {putin:short+ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AGREEMENT_ELSEWHERE)
def test_a_word_after_the_comma_that_agrees_with_something_else_changes_nothing(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# --- two persons' names side by side do not share a case -----------------------------------------------

SIDE_BY_SIDE = [
    (
        "President Erdogan thanked Putin for his support.",
        "За поддержку поблагодарил президент Эрдоган Путина.",
        "За поддержку поблагодарил президент {erdogan:short} {putin:short+acc}.",
    ),
    (
        "On Monday President Assad called Rouhani.",
        "В понедельник позвонил президент Асад Роухани.",
        "В понедельник позвонил президент {assad:short} {rouhani:short}.",
    ),
    (
        "Turkish President Erdogan criticised Assad in Ankara.",
        "В Анкаре раскритиковал президент Турции Эрдоган Асада.",
        "В {ankara:prep} раскритиковал президент {turkey:gen} {erdogan:short} {assad:short+acc}.",
    ),
    # the preposition before the title is the first name's too: the second is the subject
    (
        "Putin called the talks with President Erdogan useful.",
        "Переговоры с президентом Эрдоганом Путин назвал полезными.",
        "Переговоры с президентом {erdogan:short+ins} {putin:short} назвал полезными.",
    ),
    (
        "President Erdogan called Assad a terrorist.",
        "Президент Эрдоган Асада назвал террористом.",
        "Президент {erdogan:short} {assad:short+acc} назвал террористом.",
    ),
    # a title's possessor, then the person the title names: each in its own case
    (
        "Putin met President Assad's envoy Mamlouk.",
        "Путин встретился с посланником президента Асада Мамлюком.",
        "{putin:short} встретился с посланником президента {assad:short+gen} {mamlouk:short+ins}.",
    ),
    (
        "A meeting of Presidents Putin, Erdogan and Rouhani took place in Sochi.",
        "Встреча президентов Путина, Эрдогана и Роухани прошла в Сочи.",
        "Встреча президентов {putin:short+gen}, {erdogan:short+gen} и {rouhani:short} прошла в {sochi}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SIDE_BY_SIDE)
def test_a_name_after_a_titled_name_keeps_the_case_the_model_wrote(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# --- bare placeholders: the verb and the agreeing word say the case the retry's model did not write --------

BARE_PLACEHOLDERS = [
    (
        '"We are ready," Russia and Turkey said.',
        "«Мы готовы», — сообщили обе страны.",
        "«Мы готовы», — сообщили [[1]] и [[2]].",
        "«Мы готовы», — сообщили {russia} и {turkey}.",
    ),
    (
        "Putin promised Erdogan that the jets would stay away.",
        "Путин дал слово турецкому лидеру, что самолеты не прилетят.",
        "[[1]] пообещал [[2]], что самолеты не прилетят.",
        "{putin:short} пообещал {erdogan:short+dat}, что самолеты не прилетят.",
    ),
    (
        "Assad received Fidan, who had flown in from Ankara.",
        "Сирийский лидер принял гостя, прилетевшего из турецкой столицы.",
        "[[1]] принял [[2]], прилетевшего из [[3]].",
        "{assad:short} принял {fidan:short+acc}, прилетевшего из {ankara:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", BARE_PLACEHOLDERS)
def test_a_bare_placeholder_takes_the_case_of_the_verb_or_the_participle(glossary, source, output, retry, expected):
    check(glossary, "ru", source, output, expected, retry=retry)
