"""Russian names in machine output: the case a sentence's clauses give a name the model left without one.

A governor never reaches across the comma that closes a gerund or participle phrase ("Выступая в
Тегеране, ..."): the name after it opens the main clause, and before its finite verb it is the subject,
in the nominative. A time adverbial before a subject ("В среду", "В прошлом году") is no noun the
name completes in the genitive. Each case gives the model's answer to the masked sentence, where the
names are bare placeholders and only the sentence says their case.
"""

from __future__ import annotations

import pytest
from test_placement import check

# --- A comma closing a gerund or participle phrase ends what governs the name ---------------------

AFTER_ADVERBIAL_PHRASE = [
    (
        "Speaking after talks with Erdogan, Putin said Russia would respond.",
        "Выступая после переговоров с турецким лидером, президент заявил, что страна ответит.",
        "Выступая после переговоров с [[1]], [[2]] заявил, что [[3]] ответит.",
        "Выступая после переговоров с {erdogan:short+ins}, {putin:short} заявил, что {russia} ответит.",
    ),
    (
        "After meeting Erdogan, Putin flew to Sochi.",
        "Встретившись с турецким лидером, он вылетел на курорт.",
        "Встретившись с [[1]], [[2]] вылетел в [[3]].",
        "Встретившись с {erdogan:short+ins}, {putin:short} вылетел в {sochi}.",
    ),
    (
        "Returning from Ankara, Fidan held talks with Mamlouk.",
        "Возвращаясь из турецкой столицы, он провёл переговоры.",
        "Возвращаясь из [[1]], [[2]] провёл переговоры с [[3]].",
        "Возвращаясь из {ankara:gen}, {fidan:short} провёл переговоры с {mamlouk:short+ins}.",
    ),
    (
        "Speaking alongside Rouhani, Supreme Leader Ali Khamenei condemned Washington.",
        "Выступая вместе с президентом, лидер страны осудил американцев.",
        "Выступая вместе с [[1]], [[2]] [[3]] осудил [[4]].",
        "Выступая вместе с {rouhani:short+ins}, {supreme-leader} {khamenei} осудил {washington:acc}.",
    ),
    (
        "Having arrived from Moscow, Mamlouk met Assad.",
        "Прибывший из российской столицы гость встретился с ним.",
        "Прибывший из [[1]], [[2]] встретился с [[3]].",
        "Прибывший из {moscow:gen}, {mamlouk:short} встретился с {assad:short+ins}.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", AFTER_ADVERBIAL_PHRASE)
def test_the_name_after_a_gerund_or_participle_phrase_is_the_subject(glossary, source, output, retry, expected):
    check(glossary, "ru", source, output, expected, retry=retry)


def test_names_listed_inside_the_gerund_phrase_keep_its_case(glossary):
    # the comma between list items joins them; only the comma closing the phrase ends it
    check(
        glossary,
        "ru",
        "After meeting Putin, Erdogan and Assad, Fidan returned home.",
        "Встретившись с лидерами трёх стран, министр вернулся домой.",
        "Встретившись с {putin:short+ins}, {erdogan:short+ins} и {assad:short+ins}, {fidan:short} вернулся домой.",
        retry="Встретившись с [[1]], [[2]] и [[3]], [[4]] вернулся домой.",
    )


# --- A subject before its finite verb is nominative, after a time adverbial too -------------------

SUBJECT_AFTER_TIME = [
    (
        "On Wednesday, Supreme Leader Ali Khamenei gave a speech.",
        "В среду лидер страны выступил с речью.",
        "В среду [[1]] [[2]] выступил с речью.",
        "В среду {supreme-leader} {khamenei} выступил с речью.",
    ),
    (
        "On Monday Erdogan called Putin.",
        "В понедельник турецкий лидер позвонил коллеге.",
        "В понедельник [[1]] позвонил [[2]].",
        "В понедельник {erdogan:short} позвонил {putin:short+dat}.",
    ),
    (
        "In March, Russia and Turkey signed a ceasefire.",
        "В марте обе страны подписали соглашение о прекращении огня.",
        "В марте [[1]] и [[2]] подписали соглашение о прекращении огня.",
        "В марте {russia} и {turkey} подписали соглашение о прекращении огня.",
    ),
    (
        "Last year Fidan visited Moscow.",
        "В прошлом году министр посетил российскую столицу.",
        "В прошлом году [[1]] посетил [[2]].",
        "В прошлом году {fidan:short} посетил {moscow:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", SUBJECT_AFTER_TIME)
def test_a_subject_after_a_time_adverbial_is_nominative(glossary, source, output, retry, expected):
    check(glossary, "ru", source, output, expected, retry=retry)


def test_a_name_after_an_ordinary_noun_still_reads_as_its_genitive(glossary):
    # "в центре Тегерана": a noun that is no time word is completed by the name, even before a verb
    check(
        glossary,
        "ru",
        "An explosion shook central Tehran.",
        "Взрыв прогремел в центре иранской столицы.",
        "Взрыв прогремел в центре {tehran:gen}.",
        retry="Взрыв прогремел в центре [[1]].",
        marked=True,
    )
