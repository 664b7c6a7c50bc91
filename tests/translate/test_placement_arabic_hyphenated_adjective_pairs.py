"""Arabic: a source's pair of names joined by a hyphen, written by the model as two nisbas joined by one.

"US-Iran contacts" comes out of a model as الاتصالات الأمريكية-الإيرانية ("the American-Iranian contacts").
The house publishes each mention as the glossary's name, so the pair is placed as the idafa the same
sentence gives names written as names (محادثات موسكو-طهران): the noun loses its article (a proclitic on it
stays: والعلاقات -> وعلاقات) and both names follow it in the source's order, joined by the hyphen:
اتصالات الولايات المتحدة-إيران. An adjective may be the glossary's own (الأمريكية) or one made from a
one-word name (الإيرانية, التركية).

Nothing changes where the pair is no pair of the source's names (the source's own "Turkish-Russian"), where
the adjectives stand in another order than the names, or where the model wrote the names themselves.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

PAIRS = [
    (
        "US-Iran contacts through Qatar remained frozen, diplomats said.",
        "ظلت الاتصالات الأمريكية-الإيرانية عبر قطر مجمدة، حسبما قال دبلوماسيون.",
        "ظلت اتصالات {united-states:short}-{iran} عبر {qatar} مجمدة، حسبما قال دبلوماسيون.",
    ),
    (
        "The Turkey-Qatar agreement was signed in Ankara on Sunday.",
        "وُقعت الاتفاقية التركية-القطرية في أنقرة يوم الأحد.",
        "وُقعت اتفاقية {turkey}-{qatar} في {ankara} يوم الأحد.",
    ),
    (
        "Ankara said the Russia-Turkey talks on Idlib would resume.",
        "قالت أنقرة إن المحادثات الروسية-التركية بشأن إدلب ستستأنف.",
        "قالت {ankara} إن محادثات {russia}-{turkey} بشأن {idlib} ستستأنف.",
    ),
    (  # a proclitic on the noun stays when its article goes
        "Iraq and Syria reopened the border, and Iraq-Syria trade grew.",
        "أعاد العراق وسوريا فتح الحدود، ونمت التجارة العراقية-السورية.",
        "أعاد {iraq} {syria:wa} فتح الحدود، ونمت تجارة {iraq}-{syria}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", PAIRS)
def test_a_hyphenated_pair_of_nisbas_becomes_the_pair_of_names(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_the_retrys_placeholders_agree_with_the_pair(glossary):
    check(
        glossary,
        "ar",
        "US-Iran contacts through Qatar remained frozen.",
        "ظلت الاتصالات الأمريكية-الإيرانية عبر قطر مجمدة.",
        "ظلت اتصالات {united-states:short}-{iran} عبر {qatar} مجمدة.",
        "ظلت اتصالات [[1]]-[[2]] عبر [[3]] مجمدة.",
    )


LEFT_AS_WRITTEN = [
    (  # the names written as names
        "Moscow-Tehran talks resumed on Monday.",
        "استؤنفت محادثات موسكو-طهران يوم الاثنين.",
        "استؤنفت محادثات {moscow}-{tehran} يوم الاثنين.",
    ),
    (  # the source's own adjectives: no mention to place
        "Turkish-Russian ties survived the crisis, Erdogan said.",
        "نجت العلاقات التركية-الروسية من الأزمة، بحسب أردوغان.",
        "نجت العلاقات التركية-الروسية من الأزمة، بحسب {erdogan:short}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", LEFT_AS_WRITTEN)
def test_no_pair_of_the_sources_names_is_left_as_written(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_adjectives_in_another_order_than_the_names_stay_flagged(glossary):
    # which adjective is which mention is not the source's order: nothing is moved, the sentence is flagged
    segment, _ = publish(
        glossary,
        "ar",
        "Iran-Iraq trade grew last year.",
        "نمت التجارة العراقية-الإيرانية العام الماضي.",
    )
    assert "التجارة العراقية-الإيرانية" in segment.text
    assert segment.problems


def test_a_chain_of_three_nisbas_is_not_cut_into_a_pair(glossary):
    # "US-Turkey-Russia talks" as three nisbas: a pair of names before a third nisba
    # (محادثات الولايات المتحدة-تركيا-الروسية) is no Arabic; the model's words stay, flagged
    segment, _ = publish(
        glossary,
        "ar",
        "The US-Turkey-Russia talks resumed in Astana.",
        "استؤنفت المحادثات الأمريكية-التركية-الروسية في أستانا.",
    )
    assert "المحادثات الأمريكية-التركية-الروسية" in segment.text
    assert segment.problems
