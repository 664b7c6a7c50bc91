"""Turkish names written as the glossary says they are pronounced, with a case suffix glued on.

A model may write a name the way Turkish says it (Vaşington for Washington, whose glossary rendering gives
``pronounced: Vaşington``) and glue the case suffix straight on (Vaşingtonu, Vaşingtona). The name is read
there, in the case of the suffix, and published as the glossary writes it (Washington'u). A pronunciation hint
that is no capitalised spelling (ABD as "abede") is never read as a name, nor a word that only begins like one.
"""

from __future__ import annotations

import pytest
from test_placement import check

SPOKEN = [
    (
        "Ankara said it had informed Moscow and Washington of its response.",
        "Ankara, yanıtı hakkında Moskova ve Vaşingtonu bilgilendirdiğini açıkladı.",
        "{ankara}, yanıtı hakkında {moscow} ve {washington:acc} bilgilendirdiğini açıkladı.",
    ),
    (
        "Erdogan sent an envoy to Washington on Monday.",
        "Erdoğan pazartesi günü Vaşingtona bir elçi gönderdi.",
        "{erdogan:short} pazartesi günü {washington:dat} bir elçi gönderdi.",
    ),
    (
        "Analysts in Washington doubt the deal will hold.",
        "Vaşingtondaki analistler anlaşmanın süreceğinden şüphe ediyor.",
        "{washington:loc}ki analistler anlaşmanın süreceğinden şüphe ediyor.",
    ),
    (
        "The delegation returned from Washington without a deal.",
        "Heyet Vaşingtondan anlaşma olmadan döndü.",
        "Heyet {washington:abl} anlaşma olmadan döndü.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), SPOKEN)
def test_a_spoken_spelling_with_a_glued_suffix_is_the_name_in_that_case(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)
