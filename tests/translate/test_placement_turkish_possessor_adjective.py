"""Turkish: a possessor the model wrote as the adjective made from a country's name (Türk, Rus).

"Turkey's central bank" comes out of a model as Türk Merkez Bankası, "Turkey's flag carrier" as Türk bayrak
taşıyıcı şirketi. The house rule publishes the mention as the name, in the adjective's place: before an
institution's name (its words capitalised, the compound's possessive suffix on its last) the country's name
stands bare as that name's first noun (Türkiye Merkez Bankası, Rusya Dışişleri Bakanlığı); before a common
noun phrase of two words or more it stands in the genitive (Türkiye'nin bayrak taşıyıcı şirketi).

Nothing changes where the source has its own adjective ("the Turkish central bank", "Turkish troops"), or
where a single noun follows the adjective (Türk lirası: the currency's own name, or the source's adjective;
the mention stays flagged).
"""

from __future__ import annotations

import pytest
from test_placement import check

POSSESSORS = [
    (
        "Turkey's central bank cut its key rate on Thursday.",
        "Türk Merkez Bankası perşembe günü politika faizini indirdi.",
        "{turkey} Merkez Bankası perşembe günü politika faizini indirdi.",
    ),
    (
        "Russia's foreign ministry summoned the Turkish envoy.",
        "Rus Dışişleri Bakanlığı Türk büyükelçiyi çağırdı.",
        "{russia} Dışişleri Bakanlığı Türk büyükelçiyi çağırdı.",
    ),
    (
        "Turkey's flag carrier cut flights to Baghdad.",
        "Türk bayrak taşıyıcı şirketi Bağdat seferlerini azalttı.",
        "{turkey:gen} bayrak taşıyıcı şirketi {baghdad} seferlerini azalttı.",
    ),
    (
        "Russia's defence ministry said the convoy was hit near Idlib.",
        "Rus savunma bakanlığı konvoyun İdlib yakınlarında vurulduğunu söyledi.",
        "{russia:gen} savunma bakanlığı konvoyun {idlib} yakınlarında vurulduğunu söyledi.",
    ),
    (
        "Turkey's state broadcaster aired Erdogan's speech.",
        "Türk devlet yayın kuruluşu Erdoğan'ın konuşmasını yayınladı.",
        "{turkey:gen} devlet yayın kuruluşu {erdogan:short+gen} konuşmasını yayınladı.",
    ),
    # a common noun after the thing's own name (an agency's initials, a channel's name): the same phrase
    (
        "Moscow confirmed the talks, Russia's RIA agency said.",
        "Moskova görüşmeleri doğruladı, Rus RIA ajansı bildirdi.",
        "{moscow} görüşmeleri doğruladı, {russia:gen} RIA ajansı bildirdi.",
    ),
    (
        "Putin met Erdogan in Sochi, Russia's Interfax agency reported.",
        "Putin Soçi'de Erdoğan ile görüştü, Rus Interfax ajansı bildirdi.",
        "{putin:short} {sochi:loc} {erdogan:short} ile görüştü, {russia:gen} Interfax ajansı bildirdi.",
    ),
    (
        "Russia's TASS news agency quoted Erdogan.",
        "Rus TASS haber ajansı Erdoğan'dan alıntı yaptı.",
        "{russia:gen} TASS haber ajansı {erdogan:short+abl} alıntı yaptı.",
    ),
]


@pytest.mark.parametrize("source, output, expected", POSSESSORS)
def test_a_possessor_written_as_the_adjective_is_the_name_in_its_place(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


SOURCES_OWN_ADJECTIVE = [
    (
        "The Turkish central bank cut its key rate.",
        "Türk Merkez Bankası politika faizini indirdi.",
        "Türk Merkez Bankası politika faizini indirdi.",
    ),
    (
        "Turkish troops entered Idlib on Sunday.",
        "Türk askerleri pazar günü İdlib'e girdi.",
        "Türk askerleri pazar günü {idlib:dat} girdi.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SOURCES_OWN_ADJECTIVE)
def test_the_sources_own_adjective_stays(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_a_single_noun_after_the_adjective_stays_flagged(glossary):
    check(
        glossary, "tr", "Turkey's lira fell again.", "Türk lirası yine düştü.", "Türk lirası yine düştü.", marked=True
    )


def test_a_bodys_own_name_that_opens_with_the_adjective_stays(glossary):
    # Türk Hava Yolları is the flag carrier's own name, the adjective part of it: not Türkiye Hava Yolları
    check(
        glossary,
        "tr",
        "Turkey's flag carrier resumed flights to Tehran.",
        "Türk Hava Yolları Tahran seferlerini yeniden başlattı.",
        "Türk Hava Yolları {tehran} seferlerini yeniden başlattı.",
        marked=True,
    )


def test_the_sources_own_adjective_before_a_noun_in_a_case_stays(glossary):
    # the model left out "Turkey's army": Türk before a noun in the genitive (askerlerinin) or plural modifies that
    # noun, the source's own "Turkish", and is no possessor to write as Türkiye'nin
    for output in (
        "Erdoğan, Türk askerlerinin öldüğünü söyledi, ordu açıkladı.",
        "Erdoğan, Türk askerinin öldüğünü söyledi, ordu açıkladı.",
        "Erdoğan, Türk askerlerin evlerini ziyaret ettiğini söyledi, ordu açıkladı.",
    ):
        check(
            glossary,
            "tr",
            "Erdogan said Turkish soldiers died, Turkey's army said.",
            output,
            output.replace("Erdoğan", "{erdogan:short}"),
            marked=True,
        )


@pytest.mark.parametrize(
    "source, output",
    [
        ("Turkey's air force struck targets near Erbil.", "Türk Hava Kuvvetleri Erbil yakınlarındaki hedefleri vurdu."),
        ("Turkey's navy sent two frigates.", "Türk Deniz Kuvvetleri iki fırkateyn gönderdi."),
        ("Turkey's medical association criticised the plan.", "Türk Tabipleri Birliği planı eleştirdi."),
        (
            "Turkey's pharmacists' union warned of shortages.",
            "Türk Eczacıları Birliği ilaç sıkıntısı konusunda uyardı.",
        ),
        ("Turkey's patent office rejected the claim.", "Türk Patent ve Marka Kurumu başvuruyu reddetti."),
        ("Russia's Orthodox Church backed the war.", "Rus Ortodoks Kilisesi savaşı destekledi."),
    ],
)
def test_the_armed_forces_and_bodies_named_with_the_adjective_keep_it(glossary, source, output):
    # Türk Hava Kuvvetleri, Türk Tabipleri Birliği are these bodies' own names: not Türkiye Hava Kuvvetleri
    expected = output.replace("Erbil yakınlarındaki", "{erbil} yakınlarındaki")
    check(glossary, "tr", source, output, expected, marked=True)


# "Syria's Ali Mamlouk" as Suriyeli Ali Memluk ("the Syrian Ali Mamlouk"): the suffix of origin is no possessive;
# the name is placed in the genitive, flagged unless the retry's placeholder shows the genitive too
ORIGIN_FOR_POSSESSOR = [
    (
        "Syria's Ali Mamlouk met Hakan Fidan in Moscow.",
        "Suriyeli Ali Memluk Moskova'da Hakan Fidan ile görüştü.",
        "[[1]]'nin [[2]] [[4]]'da [[3]] ile görüştü.",
        "{syria:gen} {mamlouk} {moscow:loc} {fidan} ile görüştü.",
    ),
    (
        "Turkey's Hakan Fidan flew to Tehran on Monday.",
        "Türkiyeli Hakan Fidan pazartesi günü Tahran'a uçtu.",
        "[[1]]'nin [[2]] pazartesi günü [[3]]'a uçtu.",
        "{turkey:gen} {fidan} pazartesi günü {tehran:dat} uçtu.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", ORIGIN_FOR_POSSESSOR)
def test_a_possessor_written_with_the_suffix_of_origin_is_the_genitive(glossary, source, output, retry, expected):
    check(glossary, "tr", source, output, expected, retry)


def test_without_a_retry_the_genitive_for_the_suffix_of_origin_is_flagged(glossary):
    check(
        glossary,
        "tr",
        "Syria's Ali Mamlouk met Hakan Fidan in Moscow.",
        "Suriyeli Ali Memluk Moskova'da Hakan Fidan ile görüştü.",
        "{syria:gen} {mamlouk} {moscow:loc} {fidan} ile görüştü.",
        marked=True,
    )


def test_the_suffix_of_origin_where_the_source_says_from_stays(glossary):
    # "from Iran" of people: İranlı is the model's right word, no possessor (the set's judgement, holdout12)
    check(
        glossary,
        "tr",
        "Most passengers were from Iran, Tehran said.",
        "Yolcuların çoğu İranlıydı, Tahran açıkladı.",
        "Yolcuların çoğu {iran}lıydı, {tehran} açıkladı.",
    )


ORIGIN_BEFORE_A_COMMON_NOUN = [
    (
        "Turkey's Kurds protested in Ankara.",
        "Türkiyeli Kürtler Ankara'da protesto etti.",
        "{turkey}li Kürtler {ankara:loc} protesto etti.",
    ),
    (
        "Syria's refugees fled to Turkey.",
        "Suriyeli mülteciler Türkiye'ye kaçtı.",
        "{syria}li mülteciler {turkey:dat} kaçtı.",
    ),
    (
        "Iran's students returned from Ankara.",
        "İranlı öğrenciler Ankara'dan döndü.",
        "{iran}lı öğrenciler {ankara:abl} döndü.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ORIGIN_BEFORE_A_COMMON_NOUN)
def test_the_suffix_of_origin_before_a_common_noun_stays(glossary, source, output, expected):
    # "Turkey's Kurds" as Türkiyeli Kürtler is a right reading; the genitive would need the possessive suffix
    # on the noun the model did not write (Türkiye'nin Kürtler is no Turkish): the model's words stay, unflagged
    check(glossary, "tr", source, output, expected)
