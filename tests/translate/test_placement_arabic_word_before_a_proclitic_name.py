"""Arabic: the ordinary word right before a name that carries a proclitic, and words with a hamza.

A name that carries a proclitic (لروسيا, لسوريا, لمملوك) opens its phrase: had the word before it been a
piece of the name, a first name or a title, the proclitic would stand on that word (لرئيس روسيا, للمرشد
خامنئي). So the word before it is the sentence's own (رئيسا لروسيا, "as president of Russia"; سرا لسوريا,
"secretly to Syria"; المنزل العائلي لمملوك, "Mamlouk's family home"): never taken into the name as the
model's copy of it, nor read as the model's spelling of the name's first name, nor removed as a title.

A word with a hamza inside it or at its end (ئ ؤ ء) is no misspelling of a name written without one: models
drop a name's hamza (ايران), they do not add one. The spelling key reads ئ as ي and drops it with the long
vowels, so without this رئيسا ("president") and رئيسيا ("main") read as روسيا, and العائلي ("family") as
the first name of علي مملوك; the dual construct رئيسا روسيا وتركيا ("the presidents of Russia and
Turkey") lost its noun.

Persian, Turkish and Russian write the role with the name as its possessor (رئیس جمهور روسیه, Rusya Devlet
Başkanı, президента России): nothing there is taken for the name.
"""

from __future__ import annotations

import pytest
from test_placement import check

AS_PRESIDENT_OF = [
    (
        "ar",
        "Putin, as president of Russia, met Erdogan in Sochi.",
        "التقى بوتين، بصفته رئيسا لروسيا، بأردوغان في سوتشي.",
        "التقى {putin:short}، بصفته رئيسا {russia:li}، {erdogan:short+bi} في {sochi}.",
    ),
    (
        "ar",
        "Putin was first elected president of Russia in 2000.",
        "انتخب بوتين رئيسا لروسيا لأول مرة عام 2000.",
        "انتخب {putin:short} رئيسا {russia:li} لأول مرة عام 2000.",
    ),
    (
        "ar",
        "The presidents of Russia and Turkey met in Sochi.",
        "التقى رئيسا روسيا وتركيا في سوتشي.",
        "التقى رئيسا {russia} {turkey:wa} في {sochi}.",
    ),
    (
        "ar",
        "Iran has become a main partner of Russia.",
        "أصبحت إيران شريكا رئيسيا لروسيا.",
        "أصبحت {iran} شريكا رئيسيا {russia:li}.",
    ),
    (
        "fa",
        "Putin, as president of Russia, met Erdogan in Sochi.",
        "پوتین به عنوان رئیس جمهور روسیه با اردوغان در سوچی دیدار کرد.",
        "{putin:short} به عنوان رئیس جمهور {russia} با {erdogan:short} در {sochi} دیدار کرد.",
    ),
    (
        "tr",
        "Putin, as president of Russia, met Erdogan in Sochi.",
        "Rusya Devlet Başkanı olarak Putin, Erdoğan ile Soçi'de görüştü.",
        "{russia} Devlet Başkanı olarak {putin:short}, {erdogan:short} ile {sochi:loc} görüştü.",
    ),
    (
        "ru",
        "Putin, as president of Russia, met Erdogan in Sochi.",
        "Путин в качестве президента России встретился с Эрдоганом в Сочи.",
        "{putin:short} в качестве президента {russia:gen} встретился с {erdogan:short+ins} в {sochi}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", AS_PRESIDENT_OF)
def test_the_role_a_name_is_given_stays_beside_it(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


WORD_BEFORE_A_PROCLITIC_NAME = [
    (
        "Iran secretly sent weapons to Syria.",
        "أرسلت إيران أسلحة سرا لسوريا.",
        "أرسلت {iran} أسلحة سرا {syria:li}.",
        True,
    ),
    (
        "Thousands of Syrians returned on foot to Syria.",
        "عاد آلاف السوريين سيرا لسوريا.",
        "عاد آلاف السوريين سيرا {syria:li}.",
        True,
    ),
    (
        "Iran opened a road to Turkey.",
        "فتحت إيران طريقا لتركيا.",
        "فتحت {iran} طريقا {turkey:li}.",
        True,
    ),
    (
        "The strike hit Mamlouk's family home.",
        "أصابت الضربة المنزل العائلي لمملوك.",
        "أصابت الضربة المنزل العائلي {mamlouk:short+li}.",
        False,
    ),
]


@pytest.mark.parametrize("source, output, expected, marked", WORD_BEFORE_A_PROCLITIC_NAME)
def test_the_word_before_a_name_with_a_proclitic_is_never_a_piece_of_it(glossary, source, output, expected, marked):
    # an ordinary word spelt near the name (سرا ~ سوريا) is still pointed out for a look as a possible variant
    # of it left in the text (QA), as anywhere in a sentence; it is never removed
    check(glossary, "ar", source, output, expected, marked=marked)


def test_a_name_misspelt_without_its_hamza_is_still_the_name(glossary):
    check(
        glossary,
        "ar",
        "Russia and Iran signed a deal in Tehran.",
        "وقعت روسيا وايران اتفاقا في طهران.",
        "وقعت {russia} {iran:wa} اتفاقا في {tehran}.",
    )
