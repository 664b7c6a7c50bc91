"""Turkish: "from Iran" said of people, written as the demonym İranlı.

The suffix -lı/-li/-lu/-lü of origin makes "a person from" a place: İranlı is "from Iran" as much as
"Iranian", and Turkish says "most of the rest were from Iran" so (geri kalanların çoğu İranlıydı) at
least as often as with the ablative (İran'dandı). The name inside the word is the glossary's: the slot
is placed with the derivational suffix after it, and the sentence is not flagged for it, with or
without a retry that wrote the ablative.
"""

from __future__ import annotations

import pytest
from test_placement import check

FROM_A_PLACE = [
    (
        "Most of the victims were from Iran.",
        "Kurbanların çoğu İranlıydı.",
        "Kurbanların çoğu [[1]]'dandı.",
        "Kurbanların çoğu {iran}lıydı.",
    ),
    (
        "Most of the 176 people killed were from Iran, officials said.",
        "Yetkililer, ölen 176 kişinin çoğunun İranlı olduğunu söyledi.",
        None,
        "Yetkililer, ölen 176 kişinin çoğunun {iran}lı olduğunu söyledi.",
    ),
    (
        "Two of the players are from Syria.",
        "Oyunculardan ikisi Suriyeli.",
        None,
        "Oyunculardan ikisi {syria}li.",
    ),
]


@pytest.mark.parametrize("source,output,retry,expected", FROM_A_PLACE)
def test_people_from_a_place_written_as_its_demonym_keep_it(glossary, source, output, retry, expected):
    check(glossary, "tr", source, output, expected, retry=retry)
