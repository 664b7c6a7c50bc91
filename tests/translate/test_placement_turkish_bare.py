"""Turkish placement: a name the model's retry left without a suffix is flagged only where one may be lost.

A bare placeholder mid-clause may have lost its case suffix ("[[1]] ziyaret etti" for [[1]]'i ziyaret
etti), so it is flagged. It needs none before a dash joining it to the next name (the group's suffix goes
on the last: Rusya-Türkiye'nin), before another name (a subject before its object), and before the
possessed noun of a compound it qualifies (Rusya hükümeti, Katar-Türkiye ilişkileri): those are no
review an editor needs.
"""

from __future__ import annotations

import pytest
from test_placement import check

NEEDS_NONE = [
    (
        "Russia-Iran talks resumed in Ankara.",
        "Rus-İran görüşmeleri Ankara'da yeniden başladı.",
        "[[1]]-[[2]] görüşmeleri [[3]]'da yeniden başladı.",
        "{russia}-{iran} görüşmeleri {ankara:loc} yeniden başladı.",
    ),
    (
        "Qatar-Turkey ties deepened, Erdogan said.",
        "Katar-Türk ilişkileri derinleşti, dedi Erdoğan.",
        "[[1]]–[[2]] ilişkileri derinleşti, dedi [[3]].",
        "{qatar}–{turkey} ilişkileri derinleşti, dedi {erdogan:short}.",
    ),
    (
        "Russia-Turkey talks on Idlib resumed.",
        "Rus-Türk İdlib görüşmeleri yeniden başladı.",
        "[[1]]-[[2]] [[3]] görüşmeleri yeniden başladı.",
        "{russia}-{turkey} {idlib} görüşmeleri yeniden başladı.",
    ),
    (
        "Erdogan warned Russia.",
        "Türk lider Rus tarafını uyardı.",
        "[[1]] [[2]]'yı uyardı.",
        "{erdogan:short} {russia:acc} uyardı.",
    ),
    (
        "Russia's government rejected the plan.",
        "Rus hükümeti planı reddetti.",
        "[[1]] hükümeti planı reddetti.",
        "{russia} hükümeti planı reddetti.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", NEEDS_NONE)
def test_a_bare_name_that_needs_no_suffix_is_not_flagged(glossary, source, output, retry, expected):
    check(glossary, "tr", source, output, expected, retry=retry)


MAY_HAVE_LOST_ONE = [
    (
        "Erdogan visited Russia.",
        "Erdoğan Rus başkentini ziyaret etti.",
        "[[1]] [[2]] ziyaret etti.",
        "{erdogan:short} {russia} ziyaret etti.",
    ),
    (
        "Erdogan warned Russia.",
        "Türk lider Rus tarafını uyardı.",
        "[[1]] [[2]] uyardı.",
        "{erdogan:short} {russia} uyardı.",
    ),
    (
        "Erdogan warned Russia and left.",
        "Türk lider Rus tarafını uyardı ve ayrıldı.",
        "[[1]] [[2]] uyardı ve ayrıldı.",
        "{erdogan:short} {russia} uyardı ve ayrıldı.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", MAY_HAVE_LOST_ONE)
def test_a_bare_name_before_a_verb_is_still_flagged(glossary, source, output, retry, expected):
    check(glossary, "tr", source, output, expected, retry=retry, marked=True)
