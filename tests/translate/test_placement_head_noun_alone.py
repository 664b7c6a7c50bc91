"""Turkish: the common noun a name of several words ends in, written alone in lowercase.

Many Turkish names of several words end in a common noun (Liyakat *Nişanı*, Cumhuriyet *Kahramanı*,
Dini *Lider*, Gerginliği Azaltma *Bölgesi*). The same noun in lowercase, alone, is the model's own
ordinary word («nişanını», «lideriyle», «bölgesindeki»), never the name cut to its head: where the
model wrote the mention some other way, the name is flagged as not found and the ordinary word stays;
it is not written over that word. The head capitalised, or the whole name, is placed as before, and so
is the name with its head noun translated as the glossary's common nouns list it (Liyakat Madalyası).
"""

from __future__ import annotations

import pytest
from test_placement import check

LOWERCASE_HEADS = [
    (  # the title written the forbidden way is read; «lideriyle», Hezbollah's leader, is no title
        "The Supreme Leader met the leader of Hezbollah in Tehran.",
        "Rehber, Tahran'da Hizbullah'ın lideriyle görüştü.",
        "Rehber, {tehran:loc} Hizbullah'ın lideriyle görüştü.",
    ),
    (  # the zone written as a "no-clash zone": the model's wording, for an editor to check
        "Russia and Turkey patrol the de-escalation zone in Idlib.",
        "Rusya ve Türkiye, İdlib'deki çatışmasızlık bölgesinde devriye geziyor.",
        "{russia} ve {turkey}, {idlib:loc}ki çatışmasızlık bölgesinde devriye geziyor.",
    ),
    (  # a hero, lowercase, beside the decoration the model called an order
        "Assad called Soleimani a hero and gave him the Champion of the Republic.",
        "Esad, Süleymani'yi bir kahraman olarak andı ve ona kahramanını verdi.",
        "{assad:short}, {suleimani:short+acc} bir kahraman olarak andı ve ona kahramanını verdi.",
    ),
]


@pytest.mark.parametrize("source,output,expected", LOWERCASE_HEADS)
def test_a_lowercase_head_noun_alone_is_the_models_word_and_the_mention_is_flagged(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected, marked=True)


# the order written as a medal (Liyakat Madalyası, ميدالية الاستحقاق): the decoration's head noun
# translated is the name (see common_nouns), and the model's own noun for another decoration stays
ORDER_AS_A_MEDAL = [
    (
        "tr",
        "Assad gave Soleimani the Order of Merit, Syria's highest decoration.",
        "Esad, Süleymani'ye Suriye'nin en yüksek nişanı olan Liyakat Madalyası'nı verdi.",
        "{assad:short}, {suleimani:short+dat} Suriye'nin en yüksek nişanı olan {order-of-merit:acc} verdi.",
        False,
    ),
    (  # the bare noun may be an accusative a definite object lacks: the editor is asked
        "tr",
        "Assad, who had given Soleimani the Champion of the Republic, gave the Order of Merit to a Russian general.",
        "Süleymani'ye Cumhuriyet Kahramanı nişanını vermiş olan Esad, bir Rus generaline Liyakat Madalyası verdi.",
        "{suleimani:short+dat} {champion-of-the-republic} nişanını vermiş olan {assad:short}, bir Rus generaline "
        "{order-of-merit} verdi.",
        True,
    ),
    (  # no capitals: the model's own وسام before the other decoration stays
        "ar",
        "Soleimani was posthumously awarded the Champion of the Republic by Assad, who gave the Order of Merit to "
        "two Russian officers.",
        "منح الأسد سليماني بعد وفاته وسام بطل الجمهورية، ومنح ضابطين روسيين ميدالية الاستحقاق.",
        "منح {assad:short} {suleimani:short} بعد وفاته وسام {champion-of-the-republic}، ومنح ضابطين روسيين "
        "{order-of-merit}.",
        False,
    ),
    (  # the merit translated too (شایستگی for لیاقت): nothing of the rendering is left, flagged; نشان stays
        "fa",
        "Soleimani was posthumously awarded the Champion of the Republic by Assad, who gave the Order of Merit to "
        "two Russian officers.",
        "اسد پس از مرگ سلیمانی نشان قهرمان جمهوری را به او داد و به دو افسر روس مدال شایستگی داد.",
        "{assad:short} پس از مرگ {suleimani:short} نشان {champion-of-the-republic} را به او داد و به دو افسر روس "
        "مدال شایستگی داد.",
        True,
    ),
]


@pytest.mark.parametrize("language,source,output,expected,marked", ORDER_AS_A_MEDAL)
def test_an_order_written_as_a_medal_is_the_order_and_the_models_own_noun_stays(
    glossary, language, source, output, expected, marked
):
    check(glossary, language, source, output, expected, marked=marked)


RIGHT_BESIDE_A_HEAD_NOUN = [
    (  # the case the rule was made for: «nişanını» after the decoration is the model's noun, the order stands later
        "Soleimani was posthumously awarded the Champion of the Republic by Assad, who gave the Order of Merit "
        "to two officers.",
        "Süleymani'ye ölümünden sonra Cumhuriyet Kahramanı nişanını veren Esad, iki subaya da Liyakat Nişanı verdi.",
        "{suleimani:short+dat} ölümünden sonra {champion-of-the-republic} nişanını veren {assad:short}, iki subaya "
        "da {order-of-merit} verdi.",
    ),
    (
        "The Supreme Leader met the leader of Hezbollah in Tehran.",
        "Dini Lider, Tahran'da Hizbullah'ın lideriyle görüştü.",
        "{supreme-leader}, {tehran:loc} Hizbullah'ın lideriyle görüştü.",
    ),
    (
        "Turkish troops in the de-escalation zone guard Idlib's northern area.",
        "Gerginliği Azaltma Bölgesi'ndeki Türk askerleri, İdlib'in kuzey bölgesini koruyor.",
        "{de-escalation-zone:loc}ki Türk askerleri, {idlib:gen} kuzey bölgesini koruyor.",
    ),
]


@pytest.mark.parametrize("source,output,expected", RIGHT_BESIDE_A_HEAD_NOUN)
def test_the_whole_name_is_placed_and_the_lowercase_noun_beside_it_stays(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_the_head_noun_capitalised_alone_is_still_read_as_the_name(glossary):
    # «Nişanı» capitalised where the source has the order: the name cut to its head, placed whole
    check(
        glossary,
        "tr",
        "Assad gave the Order of Merit to two officers.",
        "Esad iki subaya Liyakat Nişanı verdi.",
        "{assad:short} iki subaya {order-of-merit} verdi.",
    )
