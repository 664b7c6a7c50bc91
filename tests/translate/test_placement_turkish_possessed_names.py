"""Turkish names in machine output: a possessed name with its possessive glued on.

"Putin's Russia", "Assad's Syria", "Erdogan's Turkey" come out of a model as «Putin'in Rusyası», «Esad'ın
Suriyesindeki», «Erdoğan'ın Türkiyesi»: the name and the possessive of the third person (-sI after a vowel, in the
name's harmony), alone or with a case after its n and -ki, glued on without the apostrophe. The name is placed in
the nominative and the model's suffix is kept after it, behind the apostrophe TDK writes before an inflection of a
proper name (Rusya'sı, Suriye'sindeki): no letter of the model's is lost or overwritten. Words that only begin like
a name (Hamas beside Hama) are no such name; a possessive the model already wrote after an apostrophe stands.
"""

from __future__ import annotations

import pytest
from test_placement import check

POSSESSED = [
    (
        "Assad's forces, backed by Putin's Russia, advanced north.",
        "Putin'in Rusyası tarafından desteklenen Esad güçleri kuzeye ilerledi.",
        "{putin:short+gen} {russia}'sı tarafından desteklenen {assad:short} güçleri kuzeye ilerledi.",
    ),
    (
        "Refugees in Assad's Syria suffer.",
        "Esad'ın Suriyesindeki mülteciler acı çekiyor.",
        "{assad:short+gen} {syria}'sindeki mülteciler acı çekiyor.",
    ),
    (
        "Erdogan's Turkey is changing.",
        "Erdoğan'ın Türkiyesi değişiyor.",
        "{erdogan:short+gen} {turkey}'si değişiyor.",
    ),
    (
        "He spoke of Putin's Russia and Assad's Syria.",
        "Putin'in Rusyasından ve Esad'ın Suriyesinden bahsetti.",
        "{putin:short+gen} {russia}'sından ve {assad:short+gen} {syria}'sinden bahsetti.",
    ),
    (
        "Putin's Russia and Erdogan's Turkey signed a deal.",
        "Putin'in Rusyası ve Erdoğan'ın Türkiyesi bir anlaşma imzaladı.",
        "{putin:short+gen} {russia}'sı ve {erdogan:short+gen} {turkey}'si bir anlaşma imzaladı.",
    ),
]


@pytest.mark.parametrize("source, output, expected", POSSESSED)
def test_the_possessive_glued_on_goes_after_the_apostrophe(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


AS_WRITTEN = [
    (
        "Refugees in Assad's Syria suffer.",
        "Esad'ın Suriye'sindeki mülteciler acı çekiyor.",
        "{assad:short+gen} {syria}'sindeki mülteciler acı çekiyor.",
    ),
    ("Hamas fighters were seen in Hama.", "Hamas savaşçıları Hamada görüldü.", "Hamas savaşçıları {hama:loc} görüldü."),
    (
        "Hama's governor met Hamas officials.",
        "Hamanın valisi Hamasın yetkilileriyle görüştü.",
        "{hama:gen} valisi Hamasın yetkilileriyle görüştü.",
    ),
    ("He visited Russia's border.", "Rusya sınırını ziyaret etti.", "{russia} sınırını ziyaret etti."),
]


@pytest.mark.parametrize("source, output, expected", AS_WRITTEN)
def test_other_words_and_written_apostrophes_stand(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_the_plain_output_places_the_name_whatever_the_retry_glued_on(glossary):
    # the retry's placeholder with the possessive glued on ([[2]]si) is not needed: the plain output holds the name
    check(
        glossary,
        "tr",
        "Erdogan's Turkey is changing.",
        "Erdoğan'ın Türkiyesi değişiyor.",
        "{erdogan:short+gen} {turkey}'si değişiyor.",
        retry="[[1]]'ın [[2]]si değişiyor.",
    )
