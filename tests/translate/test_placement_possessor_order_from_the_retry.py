"""A possessor the model wrote as an adjective, where the noun's phrase has more than one good place for the name.

"Russia's tourism agency" as «российское агентство по туризму» becomes the name in the genitive, but the noun has
a complement of its own (по туризму), and the name may stand before it (агентство России по туризму, as official
names write it) or after it (агентство по туризму России). The Arabic «وكالة السياحة الروسية» may become the
construct (وكالة سياحة روسيا) or keep it and add في (وكالة السياحة في روسيا). Placement's choice is one of
these; the model's own, where its placeholder retry places every name cleanly, as the same names, in a sentence
worded alike, is published instead. Where the retry is no better (a placeholder after an Arabic definite noun,
which no construct has; another name written otherwise) or there is none, placement's choice stands, as good a
wording. A noun with no such complement has one place for the name: no retry is asked for it.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

MODELS_OWN_ORDER = [
    (
        "ru",
        "Russia's tourism agency said visas were not needed.",
        "Российское агентство по туризму заявило, что визы не нужны.",
        "Агентство по туризму [[1]] заявило, что визы не нужны.",
        "Агентство по туризму {russia:gen} заявило, что визы не нужны.",
    ),
    (
        "ru",
        "Turkey's human rights commission criticised the law.",
        "Турецкая комиссия по правам человека раскритиковала закон.",
        "Комиссия по правам человека [[1]]и раскритиковала закон.",
        "Комиссия по правам человека {turkey:gen} раскритиковала закон.",
    ),
    (
        "ru",
        "Qatar's investment agency bought the stake.",
        "Катарское агентство по инвестициям купило долю.",
        "Агентство по инвестициям [[1]]а купило долю.",
        "Агентство по инвестициям {qatar:gen} купило долю.",
    ),
    (
        "ar",
        "Qatar's investment authority bought a stake in the bank.",
        "اشترت هيئة الاستثمار القطرية حصة في البنك.",
        "اشترت هيئة الاستثمار في [[1]] حصة في البنك.",
        "اشترت هيئة الاستثمار في {qatar} حصة في البنك.",
    ),
    (
        "ar",
        "Iraq's interior ministry blamed groups close to the US.",
        "اتهمت وزارة الداخلية العراقية جماعات قريبة من الولايات المتحدة.",
        "اتهمت وزارة الداخلية في [[1]] جماعات قريبة من [[2]].",
        "اتهمت وزارة الداخلية في {iraq} جماعات قريبة من {united-states:short}.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", MODELS_OWN_ORDER)
def test_the_models_own_order_of_a_possessor_is_published_where_its_retry_is_clean(
    glossary, language, source, output, retry, expected
):
    check(glossary, language, source, output, expected, retry=retry)


PLACEMENTS_ORDER_STANDS = [
    # the retry writes the same order
    (
        "ru",
        "Russia's defence committee met on Monday.",
        "Российский комитет по обороне собрался в понедельник.",
        "Комитет [[1]] по обороне собрался в понедельник.",
        "Комитет {russia:gen} по обороне собрался в понедельник.",
    ),
    # no retry: the model answers the masked sentence with its plain output again
    (
        "ru",
        "Qatar's investment agency bought the stake.",
        "Катарское агентство по инвестициям купило долю.",
        None,
        "Агентство {qatar:gen} по инвестициям купило долю.",
    ),
    # a placeholder after a definite noun: no construct, the placement's is kept
    (
        "ar",
        "Iran's oil exports rose last year.",
        "ارتفعت صادرات النفط الإيرانية العام الماضي.",
        "ارتفعت صادرات النفط [[1]] العام الماضي.",
        "ارتفعت صادرات نفط {iran} العام الماضي.",
    ),
    (
        "ar",
        "Syria's government forces shelled Idlib.",
        "قصفت القوات الحكومية السورية إدلب.",
        "قصفت القوات الحكومية [[1]] [[2]].",
        "قصفت قوات {syria} الحكومية {idlib}.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", PLACEMENTS_ORDER_STANDS)
def test_the_placements_order_stands_where_the_retry_is_no_better(glossary, language, source, output, retry, expected):
    check(glossary, language, source, output, expected, retry=retry)


ONE_PLACE = [
    ("ru", "Iran's defence ministry denied the report.", "Иранское министерство обороны опровергло сообщение."),
    ("ru", "Syria's ambassador to Russia was recalled.", "Сирийский посол в России был отозван."),
    ("ar", "Russia's coach praised the players.", "أشاد المدرب الروسي باللاعبين."),
    ("ar", "Iraq's oil minister visited Ankara.", "زار وزير النفط العراقي أنقرة."),
]


@pytest.mark.parametrize("language, source, output", ONE_PLACE)
def test_a_possessor_with_one_place_in_its_phrase_asks_no_retry(glossary, language, source, output):
    segment, model = publish(glossary, language, source, output)
    assert len(model.asked) == 1
    assert not segment.problems
