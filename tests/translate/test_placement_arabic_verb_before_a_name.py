"""A verb before a name of several words, spelt near the name's word it stands beside, is no first name.

A model's own spelling of a short first name beside the rest of the name is read by its place (رجب طيب
أردوغان: a word of three letters before أردوغان may be its طيب respelled). Arabic opens a sentence with its
verb, and a short verb there is often one letter from such a first name: طار ("flew"), طاف ("toured"), تاب
("repented") before أردوغان were taken for طيب and published as the name, the verb gone. A word of the
language's list of common words is never a respelled short first name; the model's rare spellings are.
"""

from __future__ import annotations

import pytest
from test_placement import check

VERBS_BEFORE_THE_NAME = [
    (
        "Erdogan flew to Ankara on Monday.",
        "طار أردوغان إلى أنقرة يوم الاثنين.",
        "طار {erdogan:short} إلى {ankara} يوم الاثنين.",
    ),
    (
        "Erdogan toured Idlib with Fidan.",
        "طاف أردوغان في إدلب مع فيدان.",
        "طاف {erdogan:short} في {idlib} مع {fidan:short}.",
    ),
    (
        "Then Erdogan flew to Sochi to meet Putin.",
        "ثم طار أردوغان إلى سوتشي للقاء بوتين.",
        "ثم طار {erdogan:short} إلى {sochi} للقاء {putin:short}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", VERBS_BEFORE_THE_NAME)
def test_a_common_verb_before_the_name_stays(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)
