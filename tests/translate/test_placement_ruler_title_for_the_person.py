"""A ruler's title and a country the model wrote for a person the source names.

Arabic and Persian models write a ruler by office in a construct, the title and the country (أمير قطر,
امیر قطر: "the emir of Qatar"; رئيس روسيا), where the source names him ("Sheikh Tamim"). With that person's
mention found nowhere else, the one such stretch takes the person's slot, with the proclitic the title
carried (بأمير قطر -> بالشيخ تميم), and is flagged: the sentence, not the glossary, says whose title it is.
A country mention placed on the title's country moves to the same word written elsewhere in the sentence.
Nothing is placed where the source gives a ruler's title itself, where two people are missing or where the
output has two such stretches (see placement).
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

TITLE_FOR_THE_PERSON = [
    (
        "ar",
        "Sheikh Tamim told Rouhani that Qatar could ship gas.",
        "قال أمير قطر لروحاني إن قطر يمكنها شحن الغاز.",
        "قال {tamim:short} {rouhani:short+li} إن {qatar} يمكنها شحن الغاز.",
    ),
    (
        "ar",
        "Putin called Sheikh Tamim on Sunday.",
        "اتصل بوتين بأمير قطر يوم الأحد.",
        "اتصل {putin:short} {tamim:short+bi} يوم الأحد.",
    ),
    (
        "ar",
        "Putin met Erdogan in Ankara.",
        "التقى رئيس روسيا بأردوغان في أنقرة.",
        "التقى {putin:short} {erdogan:short+bi} في {ankara}.",
    ),
    (
        "fa",
        "Sheikh Tamim told Rouhani by phone that Qatar could ship gas, officials in Doha said.",
        "به گفته‌ی مقام‌ها در دوحه، امیر قطر تلفنی به روحانی گفت که قطر می‌تواند گاز بفرستد.",
        "به گفته‌ی مقام‌ها در دوحه، {tamim:short} تلفنی به {rouhani:short} گفت که {qatar} می‌تواند گاز بفرستد.",
    ),
    (
        "fa",
        "Sheikh Tamim and Rouhani met in Doha.",
        "امیر قطر و روحانی در دوحه دیدار کردند.",
        "{tamim:short} و {rouhani:short} در دوحه دیدار کردند.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", TITLE_FOR_THE_PERSON)
def test_the_title_and_country_take_the_persons_slot_flagged(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected, marked=True)


LEFT_AS_WRITTEN = [
    # the source's own title: the model's translates it
    ("ar", "The emir of Qatar, Sheikh Tamim, met Putin.", "التقى أمير قطر بوتين."),
    ("fa", "Qatar's emir, Sheikh Tamim, met Rouhani.", "امیر قطر با روحانی دیدار کرد."),
    # two people missing: whose title it is is not known
    ("ar", "Sheikh Tamim met Hassan Rouhani.", "التقى أمير قطر رئيس إيران."),
]


@pytest.mark.parametrize("language,source,output", LEFT_AS_WRITTEN)
def test_no_person_is_guessed_where_the_sentence_does_not_tell(glossary, language, source, output):
    published, _ = publish(glossary, language, source, output)
    assert "".join(piece.text for piece in published.as_stored).replace("ی", "ي") == output.replace("ی", "ي")
    assert any(problem.code == "name-unplaced" for problem in published.problems)
