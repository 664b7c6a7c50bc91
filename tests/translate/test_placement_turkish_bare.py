"""Turkish placement: a name the model's retry left without a suffix is flagged only where one may be lost.

A bare placeholder mid-clause may have lost its case suffix ("[[1]] ziyaret etti" for [[1]]'i ziyaret
etti, [[1]] hükümeti for [[1]]'nin hükümeti), so it is flagged. It needs none in a group of names joined
by dashes, before the dash (the group's suffix goes on the last: Rusya-Türkiye'nin) or as the group's
last name qualifying what follows (Katar-Türkiye ilişkileri, Rusya-Türkiye İdlib görüşmeleri), nor a
place before the capitalised name of an office or body it qualifies (Rusya Büyükelçisi, İran Dışişleri
Bakanı): no review an editor needs.
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
        "The Turkey-Iran border was closed.",
        "Türk-İran sınırı kapatıldı.",
        "[[1]]-[[2]] sınırı kapatıldı.",
        "{turkey}-{iran} sınırı kapatıldı.",
    ),
    # a place before the name of an office or body it qualifies, capitalised
    (
        "Russia's ambassador met Fidan.",
        "Rus büyükelçi Fidan ile görüştü.",
        "[[1]] Büyükelçisi [[2]] ile görüştü.",
        "{russia} Büyükelçisi {fidan:short} ile görüştü.",
    ),
    (
        "Iran's Foreign Minister spoke.",
        "Fars Dışişleri Bakanı konuştu.",
        "[[1]] Dışişleri Bakanı konuştu.",
        "{iran} Dışişleri Bakanı konuştu.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", NEEDS_NONE)
def test_a_bare_name_that_needs_no_suffix_is_not_flagged(glossary, source, output, retry, expected):
    check(glossary, "tr", source, output, expected, retry=retry)


MAY_HAVE_LOST_ONE = [
    # a person's possessed noun needs the genitive (Erdoğan'ın Danışmanı)
    (
        "Erdogan's adviser met Putin.",
        "Türk liderin danışmanı Putin ile görüştü.",
        "[[1]] Danışmanı [[2]] ile görüştü.",
        "{erdogan:short} Danışmanı {putin:short} ile görüştü.",
    ),
    # Rusya'nın hükümeti or the compound Rusya hükümeti: a lost genitive reads the same
    (
        "Russia's government rejected the plan.",
        "Rus hükümeti planı reddetti.",
        "[[1]] hükümeti planı reddetti.",
        "{russia} hükümeti planı reddetti.",
    ),
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
