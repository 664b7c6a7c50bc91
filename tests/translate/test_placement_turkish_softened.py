"""Turkish names a model wrote with the consonant mutation of a common noun glued onto them.

A common noun's last k, t, p turns voiced before a vowel (ayak -> ayağı, kitap -> kitabı); a proper
name keeps its consonant and takes its suffix after an apostrophe (Irak'ın, Bağdat'a, Memluk'un). A
model that writes Irağın, Bağdada or Memluğun has written the name with a case suffix: the name is
restored in the glossary's spelling with that case, for every name ending in one of those consonants.
"""

from __future__ import annotations

import pytest
from test_placement import check

SOFTENED = [
    (
        "Iraq's future is uncertain.",
        "Irağın geleceği belirsiz.",
        "{iraq:gen} geleceği belirsiz.",
    ),
    (
        "Washington sent troops to Iraq.",
        "Washington Irağa asker gönderdi.",
        "{washington} {iraq:dat} asker gönderdi.",
    ),
    (
        "The militia attacked Baghdad.",
        "Milisler Bağdadı vurdu.",
        "Milisler {baghdad:acc} vurdu.",
    ),
    (
        "The minister flew to Baghdad on Monday.",
        "Bakan pazartesi günü Bağdada uçtu.",
        "Bakan pazartesi günü {baghdad:dat} uçtu.",
    ),
    (
        "Fidan met Mamlouk's aide in Moscow.",
        "Fidan Moskova'da Memluğun yardımcısıyla görüştü.",
        "{fidan:short} {moscow:loc} {mamlouk:short+gen} yardımcısıyla görüştü.",
    ),
]


@pytest.mark.parametrize("source,output,expected", SOFTENED)
def test_a_softened_name_is_restored_with_its_case(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_an_ordinary_derived_word_beside_the_softened_name_stays(glossary):
    check(
        glossary,
        "tr",
        "An Iraqi minister said Iraq would look to Tehran.",
        "Iraklı bir bakan, Irağın Tahran'a yöneleceğini söyledi.",
        "Iraklı bir bakan, {iraq:gen} {tehran:dat} yöneleceğini söyledi.",
    )


CITIES = """\
- id: aleppo
  type: place
  en: {name: Aleppo}
  tr: {name: Halep}

- id: manbij
  type: place
  en: {name: Manbij}
  tr: {name: Münbiç}
"""


@pytest.fixture(scope="module")
def cities(tmp_path_factory):
    from toolkit.glossary.load import load_glossary

    folder = tmp_path_factory.mktemp("softened")
    (folder / "cities.yaml").write_text(CITIES, encoding="utf-8")
    loaded = load_glossary([folder])
    assert not loaded.errors, loaded.errors
    return loaded


@pytest.mark.parametrize(
    "source,output,expected",
    [
        ("Troops moved towards Aleppo.", "Askerler Halebe doğru ilerledi.", "Askerler {aleppo:dat} doğru ilerledi."),
        (
            "The fall of Aleppo changed the war.",
            "Halebin düşüşü savaşı değiştirdi.",
            "{aleppo:gen} düşüşü savaşı değiştirdi.",
        ),
        ("They left Manbij.", "Münbici terk ettiler.", "{manbij:acc} terk ettiler."),
    ],
)
def test_every_name_ending_in_p_or_c_is_read_through_its_softened_stem(cities, source, output, expected):
    check(cities, "tr", source, output, expected)


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "He said the target was far from Iraq.",
            "Hedefin Irak'tan çok ırak olduğunu söyledi.",
            "Hedefin {iraq:abl} çok ırak olduğunu söyledi.",
        ),
        (
            "Troops left Iraq, a country far away.",
            "Askerler, çok ırak bir ülke olan Irak'tan ayrıldı.",
            "Askerler, çok ırak bir ülke olan {iraq:abl} ayrıldı.",
        ),
    ],
)
def test_a_common_word_spelt_like_a_name_in_lowercase_yields_to_the_capitalised_name(
    glossary, source, output, expected
):
    # ırak is also Turkish for "far": the capitalised Irak'tan is the name, wherever each stands
    check(glossary, "tr", source, output, expected)
