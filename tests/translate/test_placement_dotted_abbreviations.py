"""A dotted abbreviation the model copied in Latin letters ("U.S.", "U.K.", "U.A.E.").

Its letters and the dots between them are one name, placed like any other name left in Latin
letters: the glossary's rendering in the form the sentence needs. The abbreviation's own final dot
goes with it; where that dot also ends the sentence it stays, once, as the sentence's full stop.
An Arabic proclitic glued onto the Latin letters (وU.S.) is read as on any name.
"""

from __future__ import annotations

import pytest
from test_placement import check, expected_text, publish

ABBREVIATED = [
    (
        "ru",
        "Officials in the U.S. and Russia said sanctions were imposed.",
        "Официальные лица в U.S. и России заявили, что санкции введены.",
        "Официальные лица в {united-states:prep} и {russia:prep} заявили, что санкции введены.",
    ),
    (
        "ru",
        "Iran blamed the U.S. for the attack.",
        "Иран обвинил U.S. в нападении.",
        "{iran} обвинил {united-states} в нападении.",
    ),
    (
        "ru",
        "Russia accused the U.S. of lying.",
        "Россия обвинила U.S. во лжи.",
        "{russia} обвинила {united-states} во лжи.",
    ),
    (
        "ru",
        "Talks in the U.S., Iran said, are over.",
        "Переговоры в U.S., заявил Иран, окончены.",
        "Переговоры в {united-states:prep}, заявил {iran}, окончены.",
    ),
    ("ar", "Iran blamed the U.S.", "ألقت إيران باللوم على U.S.", "ألقت {iran} باللوم على {united-states}."),
    (
        "ar",
        "Iran blamed the U.S. for the attack.",
        "ألقت إيران باللوم على U.S. في الهجوم.",
        "ألقت {iran} باللوم على {united-states} في الهجوم.",
    ),
    (
        "ar",
        "The U.S. imposed new sanctions on Iran.",
        "فرضت U.S. عقوبات جديدة على إيران.",
        "فرضت {united-states} عقوبات جديدة على {iran}.",
    ),
    ("ar", "Iran and the U.S. held talks.", "أجرت إيران وU.S. محادثات.", "أجرت {iran} و{united-states} محادثات."),
    (
        "ar",
        "Iran criticised the U.S. on Monday.",
        "انتقدت إيران الـU.S. يوم الاثنين.",
        "انتقدت {iran} {united-states} يوم الاثنين.",
    ),
    (
        "ru",
        "Officials in the U.S.A. met.",
        "Официальные лица в U.S.A. встретились.",
        "Официальные лица в {united-states:prep} встретились.",
    ),
    (
        "ru",
        "Putin said he had lived in the U.S.",
        "Путин сказал: «Я жил в U.S.»",
        "{putin:short} сказал: «Я жил в {united-states:prep}.»",
    ),
    (
        "fa",
        "Iran blamed the U.S. for the attack.",
        "ایران U.S. را مقصر حمله دانست.",
        "{iran} {united-states} را مقصر حمله دانست.",
    ),
    (
        "fa",
        "Iran said it would not negotiate with the U.S.",
        "ایران گفت با U.S. مذاکره نخواهد کرد.",
        "{iran} گفت با {united-states} مذاکره نخواهد کرد.",
    ),
    (
        "fa",
        "New sanctions were imposed by the U.S.",
        "تحریم‌های جدیدی از سوی U.S. اعمال شد.",
        "تحریم‌های جدیدی از سوی {united-states} اعمال شد.",
    ),
    (
        "tr",
        "Iran blamed the U.S. for the attack.",
        "İran saldırı için U.S.'yi suçladı.",
        "{iran} saldırı için {united-states:acc} suçladı.",
    ),
    (
        "tr",
        "The U.S. envoy arrived in Ankara.",
        "U.S.'nin elçisi Ankara'ya geldi.",
        "{united-states:gen} elçisi {ankara:dat} geldi.",
    ),
    (
        "tr",
        "Iran said it would not negotiate with the U.S.",
        "İran, U.S. ile müzakere etmeyeceğini söyledi.",
        "{iran}, {united-states} ile müzakere etmeyeceğini söyledi.",
    ),
    (
        "tr",
        "Sanctions were imposed, said the U.S.",
        "Yaptırımlar uygulandı, dedi U.S.",
        "Yaptırımlar uygulandı, dedi {united-states}.",
    ),
]


@pytest.mark.parametrize(("language", "source", "output", "expected"), ABBREVIATED)
def test_a_dotted_abbreviation_left_in_latin_letters_is_the_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_the_sentence_keeps_one_full_stop_where_the_abbreviation_ends_it(glossary):
    # "с" takes the instrumental or the genitive: the form the words before it suggest, flagged
    segment = check(
        glossary,
        "ru",
        "Iran said it would not talk to the U.S.",
        "Иран заявил, что не будет разговаривать с U.S.",
        "{iran} заявил, что не будет разговаривать с {united-states:ins}.",
        marked=True,
    )
    assert segment.text.endswith("Штатами.")


@pytest.fixture(scope="module")
def abbreviated_glossary(tmp_path_factory):
    """The project's glossary with two more countries whose English variants are dotted abbreviations."""
    from conftest import GLOSSARY_DIR

    from toolkit.glossary.load import load_glossary

    more = tmp_path_factory.mktemp("desk") / "abbreviations.yaml"
    more.write_text(
        """
- id: united-kingdom
  type: place
  en: {name: United Kingdom, short: UK, variants: [U.K., Britain]}
  ar: {name: المملكة المتحدة}
  fa: {name: بریتانیا}
  tr: {name: Birleşik Krallık}
  ru:
    name: {nom: Великобритания, gen: Великобритании, dat: Великобритании, acc: Великобританию, ins: Великобританией, prep: Великобритании}
- id: uae
  type: place
  en: {name: United Arab Emirates, short: UAE, variants: [U.A.E.]}
  ar: {name: الإمارات العربية المتحدة}
  fa: {name: امارات متحده عربی}
  tr: {name: Birleşik Arap Emirlikleri}
  ru:
    name: {nom: ОАЭ, gen: ОАЭ, dat: ОАЭ, acc: ОАЭ, ins: ОАЭ, prep: ОАЭ}
""",
        encoding="utf-8",
    )
    return load_glossary([GLOSSARY_DIR, more])


OTHER_ABBREVIATIONS = [
    (
        "ru",
        "Iran's envoy in the U.K. was summoned.",
        "Посол Ирана в U.K. был вызван.",
        "Посол {iran:gen} в {united-kingdom:prep} был вызван.",
    ),
    (
        "ru",
        "Iran held talks with the U.A.E.",
        "Иран провел переговоры с U.A.E.",
        "{iran} провел переговоры с {uae:ins}.",
    ),
    (
        "ar",
        "Iran and the U.A.E. signed a deal.",
        "وقعت إيران وU.A.E. اتفاقا.",
        "وقعت {iran} و{uae} اتفاقا.",
    ),
    ("fa", "Iran criticised the U.K.", "ایران از U.K. انتقاد کرد.", "{iran} از {united-kingdom} انتقاد کرد."),
    (
        "tr",
        "Iran summoned the U.K. ambassador.",
        "İran, U.K.'nin büyükelçisini çağırdı.",
        "{iran}, {united-kingdom:gen} büyükelçisini çağırdı.",
    ),
]


@pytest.mark.parametrize(("language", "source", "output", "expected"), OTHER_ABBREVIATIONS)
def test_every_dotted_abbreviation_of_the_glossary_is_read_so(abbreviated_glossary, language, source, output, expected):
    check(abbreviated_glossary, language, source, output, expected)


def test_single_capitals_with_dots_that_spell_no_variant_stay_as_written(glossary):
    """Initials of another abbreviation beside the name are not taken into it."""
    segment, _ = publish(
        glossary, "ru", "Iran blamed the U.S. for the attack.", "Иран обвинил U.S. и N.A. в нападении."
    )
    placed = "".join(piece.text for piece in segment.as_stored)
    assert "N.A." in placed
    assert placed == expected_text(glossary, "ru", "{iran} обвинил {united-states} и N.A. в нападении.")


@pytest.mark.parametrize(
    ("source", "masked"),
    [
        ("The U.S. and Iran met.", "The [[1]] and [[2]] met."),
        ("Iran blamed the U.S.", "[[1]] blamed the [[2]]."),
        ("Officials in the U.S.A. met in Moscow.", "Officials in the [[1]] met in [[2]]."),
    ],
)
def test_the_masked_sentence_leaves_no_stray_dot_of_the_abbreviation(glossary, source, masked):
    from toolkit.glossary.match import Matcher
    from toolkit.translate.placement import NamePlacer

    assert NamePlacer.mask(source, Matcher(glossary).find(source)) == masked


def test_a_retry_for_a_sentence_with_an_abbreviation_places_it_without_a_stray_dot(glossary):
    check(
        glossary,
        "ru",
        "The U.S. and Iran resumed talks.",
        "Штаты и Иран возобновили переговоры.",
        "{united-states} и {iran} возобновили переговоры.",
        retry="[[1]] и [[2]] возобновили переговоры.",
    )


# the abbreviation as a model may write it: spaced (U. S.), in lower case (u.s.), without its final dot (U.S)
WRITTEN_OTHERWISE = [
    (
        "ru",
        "Iran blamed the U.S. for the attack.",
        "Иран обвинил U. S. в нападении.",
        "{iran} обвинил {united-states} в нападении.",
    ),
    (
        "ru",
        "Iran blamed the U.S. for the attack.",
        "Иран обвинил u.s. в нападении.",
        "{iran} обвинил {united-states} в нападении.",
    ),
    (
        "ru",
        "Iran blamed the U.S. for the attack.",
        "Иран обвинил U.S в нападении.",
        "{iran} обвинил {united-states} в нападении.",
    ),
    (
        "ru",
        "Officials in the U.S. and Russia said sanctions were imposed.",
        "Официальные лица в U. S. и России заявили, что санкции введены.",
        "Официальные лица в {united-states:prep} и {russia:prep} заявили, что санкции введены.",
    ),
    (
        "ru",
        "Officials in the U.S.A. met.",
        "Официальные лица в u.s.a. встретились.",
        "Официальные лица в {united-states:prep} встретились.",
    ),
    ("ru", "Iran blamed the U.S.", "Иран обвинил U. S.", "{iran} обвинил {united-states}."),
    ("ar", "Iran and the U.S. held talks.", "أجرت إيران وU. S. محادثات.", "أجرت {iran} و{united-states} محادثات."),
    (
        "ar",
        "The U.S. imposed new sanctions on Iran.",
        "فرضت u.s. عقوبات جديدة على إيران.",
        "فرضت {united-states} عقوبات جديدة على {iran}.",
    ),
    (
        "fa",
        "Iran blamed the U.S. for the attack.",
        "ایران U. S. را مقصر حمله دانست.",
        "{iran} {united-states} را مقصر حمله دانست.",
    ),
    (
        "fa",
        "Iran said it would not negotiate with the U.S.",
        "ایران گفت با u.s. مذاکره نخواهد کرد.",
        "{iran} گفت با {united-states} مذاکره نخواهد کرد.",
    ),
    (
        "tr",
        "Iran said it would not negotiate with the U.S.",
        "İran, U. S. ile müzakere etmeyeceğini söyledi.",
        "{iran}, {united-states} ile müzakere etmeyeceğini söyledi.",
    ),
    (
        "tr",
        "Iran said it would not negotiate with the U.S.",
        "İran, u.s. ile müzakere etmeyeceğini söyledi.",
        "{iran}, {united-states} ile müzakere etmeyeceğini söyledi.",
    ),
]


@pytest.mark.parametrize(("language", "source", "output", "expected"), WRITTEN_OTHERWISE)
def test_a_dotted_abbreviation_spaced_or_in_lower_case_is_the_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_spaced_abbreviation_of_another_variant_reads_as_that_one(abbreviated_glossary):
    check(
        abbreviated_glossary,
        "ru",
        "Iran's envoy in the U.K. was summoned.",
        "Посол Ирана в U. K. был вызван.",
        "Посол {iran:gen} в {united-kingdom:prep} был вызван.",
    )


# single letters with dots that spell no variant, or letters of two cases: as written
NOT_AN_ABBREVIATION = [
    (
        "tr",
        "J. D. Vance met Erdogan in Ankara.",
        "J. D. Vance, Ankara'da Erdoğan ile görüştü.",
        "J. D. Vance, {ankara:loc} {erdogan:short} ile görüştü.",
    ),
    (
        "tr",
        "Iran said so, p. 4 of the report shows.",
        "İran öyle dedi, raporun s. 4'ü gösteriyor.",
        "{iran} öyle dedi, raporun s. 4'ü gösteriyor.",
    ),
]


@pytest.mark.parametrize(("language", "source", "output", "expected"), NOT_AN_ABBREVIATION)
def test_dotted_letters_that_spell_no_variant_stay_as_written(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected)
    assert not segment.problems


@pytest.mark.parametrize(
    "letter",
    [
        "\u0750",  # Arabic Supplement
        "\u0886",  # Arabic Extended-B
        "\u08a6",  # Arabic Extended-A
    ],
)
@pytest.mark.parametrize(
    ("source", "output", "expected"),
    [
        ("Iran and the U.S. held talks.", "أجرت إيران {}U.S. محادثات.", "أجرت {iran} {}U.S. محادثات."),
        ("Iran and Washington held talks.", "أجرت إيران {}Washington محادثات.", "أجرت {iran} {}Washington محادثات."),
    ],
)
def test_an_arabic_script_letter_that_is_no_proclitic_glued_before_a_latin_name_leaves_it_for_review(
    glossary, letter, source, output, expected
):
    """No reading of the letter as a proclitic: the name and the letter stay as the model wrote them, flagged."""
    check(glossary, "ar", source, output.format(letter), expected.replace("{}", letter), marked=True)
