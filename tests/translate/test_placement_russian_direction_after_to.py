"""Russian: a place the source has after a "to" of direction, which the model put after в/на in the prepositional.

"No dollar went from the United States to Iran" as «Ни один доллар не ушел из США в Иране»: whatever the verb
(ушел, пришла, попали, распространилась), the English "to" says the place is where something goes, and в/на
with it want the accusative (в Иран). The prepositional stays where the "to" is no direction ("close to
Tehran", "in addition to Iraq"), where the English or the Russian names a post held there ("ambassador to
Russia": посол в России) or forces placed there (развернутые в Сирии), and where the model wrote a verb of
being somewhere (работающих в Ираке for "banks exposed to Iraq").
"""

from __future__ import annotations

import pytest
from test_placement import check

TO_A_PLACE = [
    (
        "Not one dollar went from the United States to Iran, the official said.",
        "Ни один доллар не ушел из США в Иране, заявил чиновник.",
        "Ни один доллар не ушел из {united-states:gen} в {iran:acc}, заявил чиновник.",
    ),
    (
        "The drought spread to Syria in the spring.",
        "Засуха весной распространилась на Сирии.",
        "Засуха весной распространилась на {syria:acc}.",
    ),
    (
        "Most of the money ended up going to Turkey.",
        "Большая часть денег в итоге ушла в Турции.",
        "Большая часть денег в итоге ушла в {turkey:acc}.",
    ),
    (
        "The war came to Iraq a year later.",
        "Война пришла в Ираке годом позже.",
        "Война пришла в {iraq:acc} годом позже.",
    ),
    (
        "Thousands of refugees got to Turkey by sea.",
        "Тысячи беженцев попали в Турции морем.",
        "Тысячи беженцев попали в {turkey:acc} морем.",
    ),
]


@pytest.mark.parametrize("source, output, expected", TO_A_PLACE)
def test_a_place_after_a_to_of_direction_takes_the_accusative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


WHERE_IT_IS = [
    (
        "He served as ambassador to Russia, then to Turkey.",
        "Он служил послом в России, а затем в Турции.",
        "Он служил послом в {russia:prep}, а затем в {turkey:prep}.",
    ),
    (
        "Turkey's ambassador to Iran was summoned.",
        "Посла Турции в Иране вызвали в министерство.",
        "Посла {turkey:gen} в {iran:prep} вызвали в министерство.",
    ),
    (
        "Shares in banks exposed to Iraq fell.",
        "Акции банков, работающих в Ираке, упали.",
        "Акции банков, работающих в {iraq:prep}, упали.",
    ),
    (
        "Russian troops deployed to Syria stayed.",
        "Российские войска, развернутые в Сирии, остались.",
        "Российские войска, развернутые в {syria:prep}, остались.",
    ),
    (
        "The UN special envoy to Syria resigned.",
        "Спецпосланник ООН в Сирии ушел в отставку.",
        "Спецпосланник ООН в {syria:prep} ушел в отставку.",
    ),
    (
        "In addition to Iraq, the drought hit Syria.",
        "Помимо Ирака, засуха ударила и по Сирии.",
        "Помимо {iraq:gen}, засуха ударила и по {syria:dat}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", WHERE_IT_IS)
def test_a_place_where_after_an_english_to_stays_prepositional(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
