"""Turkish: a name's last k, t, p softened as a common noun's, a consonant-initial suffix glued on after it.

A name keeps its last consonant and takes its suffixes after the apostrophe (Bağdat'ta, Irak'tan), but models
write the common noun's mutation on it (Bağdad, Irağ) and the suffix that follows the softened letter:
"Bağdadda" for Bağdat + locative, "Irağdan" for Irak + ablative. Before a vowel the suffix is the same either
way (Irağa, Bağdadı) and was read already; before a consonant the voiced suffix (-da, -dan) is read as the
case too, and the rendering placed with its own (Bağdat'ta, Irak'tan). The name written right is left alone.
"""

from __future__ import annotations

import pytest
from test_placement import check

SOFTENED = [
    (
        "In Baghdad, the water minister said the talks had failed.",
        "Bağdadda Su Bakanı görüşmelerin sonuçsuz kaldığını söyledi.",
        "{baghdad:loc} Su Bakanı görüşmelerin sonuçsuz kaldığını söyledi.",
    ),
    (
        "The minister returned from Iraq on Monday.",
        "Bakan pazartesi günü Irağdan döndü.",
        "Bakan pazartesi günü {iraq:abl} döndü.",
    ),
    (
        "Farmers in Iraq say the river is dry.",
        "Irağda çiftçiler nehrin kuruduğunu söylüyor.",
        "{iraq:loc} çiftçiler nehrin kuruduğunu söylüyor.",
    ),
    (
        "Engineers from Baghdad visited the dam.",
        "Bağdaddan gelen mühendisler barajı ziyaret etti.",
        "{baghdad:abl} gelen mühendisler barajı ziyaret etti.",
    ),
    (
        "The talks in Baghdad ended.",
        "Bağdad'da yapılan görüşmeler sona erdi.",
        "{baghdad:loc} yapılan görüşmeler sona erdi.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SOFTENED)
def test_a_softened_name_with_a_glued_suffix_is_placed_with_its_case(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


WRITTEN_RIGHT = [
    (
        "In Baghdad, the water minister spoke.",
        "Bağdat'ta Su Bakanı konuştu.",
        "{baghdad:loc} Su Bakanı konuştu.",
    ),
    (
        "The minister returned from Iraq.",
        "Bakan Irak'tan döndü.",
        "Bakan {iraq:abl} döndü.",
    ),
]


@pytest.mark.parametrize("source, output, expected", WRITTEN_RIGHT)
def test_a_name_with_its_own_consonant_is_left_as_written(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)
