"""Russian names in machine output: the speaker after a verb of speech, the person spoken to and adverbials.

News copy puts the speaker last: «Удары продолжатся, заявил парламенту Эрдоган», «Как сообщил журналистам
Эрдоган, ...», «сообщил турецким СМИ в пятницу Фидан». Where the source makes the name the speaker ("Erdogan told
parliament"), the nominative after the addressee is the verb's subject, not a noun's complement left
undeclined, and is not flagged. A name after a noun with no verb of speech before it (аэропорт Багдад) is still
flagged, and so is one the source does not make the speaker.
"""

from __future__ import annotations

import pytest
from test_placement import check

KEPT = [
    (
        "Erdogan told reporters that Ankara would not retreat.",
        "Как сообщил журналистам Эрдоган, Анкара не отступит.",
        "Как сообщил журналистам {erdogan:short}, {ankara} не отступит.",
    ),
    (
        "The strikes will continue, Erdogan told parliament.",
        "Удары продолжатся, заявил парламенту Эрдоган.",
        "Удары продолжатся, заявил парламенту {erdogan:short}.",
    ),
    (
        "The talks failed, Fidan told Turkish media on Friday.",
        "Переговоры провалились, сообщил турецким СМИ в пятницу Фидан.",
        "Переговоры провалились, сообщил турецким СМИ в пятницу {fidan:short}.",
    ),
    (
        "Putin said on Thursday that Turkey would stay.",
        "Заявил в четверг Путин, что Турция останется.",
        "Заявил в четверг {putin:short}, что {turkey} останется.",
    ),
    (
        "The deal is dead, Rouhani said on state television.",
        "Сделка мертва, заявил по государственному телевидению Роухани.",
        "Сделка мертва, заявил по государственному телевидению {rouhani:short}.",
    ),
    (
        "Iran will respond, Khamenei told the crowd.",
        "Иран ответит, пообещал собравшимся Хаменеи.",
        "{iran} ответит, пообещал собравшимся {khamenei:short}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_speaker_after_the_verb_and_its_addressee_stands_unflagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_nominative_after_a_noun_with_no_verb_of_speech_is_still_flagged(glossary):
    check(
        glossary,
        "ru",
        "Erdogan's plane landed near Baghdad airport.",
        "Самолет Эрдогана приземлился возле аэропорт Багдад.",
        "Самолет {erdogan:short+gen} приземлился возле аэропорт {baghdad}.",
        marked=True,
    )
