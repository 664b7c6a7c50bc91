"""Turkish: a compound name a model wrote as a genitive phrase.

Many Turkish names are possessive compounds, a noun then a head with the possessive ending (Anadolu
Kurdu, Cumhuriyet Kahramanı, Nusra Cephesi). A model may write the first noun in the genitive, after
an apostrophe, as a phrase of two words would have it: Anadolu'nun Kurdu, Cumhuriyet'in Kahramanı.
That is the name in another construction: it is placed as the glossary writes it, with the case the
head carries. Only the genitive the first word's own harmony gives joins them, and only where the
next word is the rendering's next word, capitalised as a name; a genitive before an ordinary word,
or a name in the genitive before another name, stays as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

GENITIVE_COMPOUNDS = [
    (
        'Turkish media called Fidan the "Wolf of Anatolia".',
        "Türk medyası Fidan'a \"Anadolu'nun Kurdu\" diyordu.",
        'Türk medyası {fidan:short+dat} "{wolf-of-anatolia}" diyordu.',
    ),
    (
        "The Wolf of Anatolia returned to Ankara.",
        "Anadolu'nun Kurdu Ankara'ya döndü.",
        "{wolf-of-anatolia} {ankara:dat} döndü.",
    ),
    (
        "Assad gave Soleimani the Champion of the Republic medal.",
        "Esad, Süleymani'ye Cumhuriyet'in Kahramanı madalyasını verdi.",
        "{assad:short}, {suleimani:short+dat} {champion-of-the-republic} madalyasını verdi.",
    ),
    (
        "Fighters of the Nusra Front attacked the town.",
        "Nusra'nın Cephesi savaşçıları kasabaya saldırdı.",
        "{nusra-front} savaşçıları kasabaya saldırdı.",
    ),
    (
        "Erdogan praised the Wolf of Anatolia.",
        "Erdoğan, Anadolu'nun Kurdu'nu övdü.",
        "{erdogan:short}, {wolf-of-anatolia:acc} övdü.",
    ),
]


@pytest.mark.parametrize("source,output,expected", GENITIVE_COMPOUNDS)
def test_a_compound_name_written_as_a_genitive_phrase_is_the_name(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_a_genitive_before_an_ordinary_word_stays(glossary):
    # "Anatolia's wolves": no name of the source, the genitive is the sentence's own
    check(
        glossary,
        "tr",
        "Fidan spoke about Anatolia's wolves in Ankara.",
        "Fidan, Ankara'da Anadolu'nun kurtları hakkında konuştu.",
        "{fidan:short}, {ankara:loc} Anadolu'nun kurtları hakkında konuştu.",
    )


def test_a_name_in_the_genitive_before_another_name_stays_two_names(glossary):
    check(
        glossary,
        "tr",
        "Turkey's Ankara office and Iraq's Baghdad embassy were closed.",
        "Türkiye'nin Ankara ofisi ve Irak'ın Bağdat büyükelçiliği kapatıldı.",
        "{turkey:gen} {ankara} ofisi ve {iraq:gen} {baghdad} büyükelçiliği kapatıldı.",
    )
