"""Names in machine translation: what placement must leave as the model wrote it.

A third, independently written evaluation set found placement too eager: a
rule about the words before a name replaced a case the model had rightly
written, a head noun beside a name or a word of the model's wording was lost,
a modifier after a Persian name went without its ezafe. Each case here is a
new sentence with a realistic raw model output (and, where it matters, the
model's answer to the masked sentence); the whole published sentence is
compared, and whether the editions mark it for review.
"""

from __future__ import annotations

import pytest
from test_placement import check

# --- A clause boundary governs nothing: the name after it is the clause's subject (ru) ------------

CLAUSES = [
    (
        "ru",
        "The summit, during which Putin and Erdogan agreed on a truce, ended.",
        "Саммит, в ходе которого Путин и Эрдоган договорились о перемирии, завершился.",
        "Саммит, в ходе которого {putin:short} и {erdogan:short} договорились о перемирии, завершился.",
        None,
    ),
    (
        "ru",
        "The summit, during which Putin and Erdogan agreed, ended.",
        "Саммит, в ходе которого Putin и Erdogan договорились, завершился.",
        "Саммит, в ходе которого {putin:short} и {erdogan:short} договорились, завершился.",
        None,
    ),
    (
        "ru",
        "The summit, during which Putin and Erdogan agreed, ended.",
        "Саммит, в ходе которого Путин и Эрдогана договорились, завершился.",
        "Саммит, в ходе которого {putin:short} и {erdogan:short} договорились, завершился.",
        "Саммит, в ходе которого [[1]] и [[2]] договорились, завершился.",
    ),
    (
        "ru",
        "The talks, at which Russia and Turkey disagreed on Idlib, lasted six hours.",
        "Переговоры, на которых Россия и Турция разошлись по Идлибу, длились шесть часов.",
        "Переговоры, на которых {russia} и {turkey} разошлись по {idlib:dat}, длились шесть часов.",
        None,
    ),
    (
        "ru",
        "The leader Erdogan met was Putin.",
        "Лидером, с которым Эрдоган встретился, был Путин.",
        "Лидером, с которым {erdogan:short} встретился, был {putin:short}.",
        None,
    ),
    (
        "ru",
        "The city Fidan flew to was Moscow.",
        "Городом, в который Фидан вылетел, была Москва.",
        "Городом, в который {fidan:short} вылетел, была {moscow}.",
        None,
    ),
    (
        "ru",
        "The deal under which Russia and Turkey will patrol Idlib was signed.",
        "Соглашение, по которому Россия и Турция будут патрулировать Идлиб, подписано.",
        "Соглашение, по которому {russia} и {turkey} будут патрулировать {idlib:acc}, подписано.",
        None,
    ),
    (
        "ru",
        "It is unclear whom Erdogan will back.",
        "Неясно, кого Эрдоган поддержит.",
        "Неясно, кого {erdogan:short} поддержит.",
        None,
    ),
    # a preposition's own object ends its phrase: the name after it is no longer governed
    (
        "ru",
        "After talks in Moscow, Erdogan said Turkey would stay in Idlib.",
        "После переговоров в Москве Эрдоган заявил, что Турция останется в Идлибе.",
        "После переговоров в {moscow:prep} {erdogan:short} заявил, что {turkey} останется в {idlib:prep}.",
        None,
    ),
    (
        "ru",
        "In Idlib, Turkey and Russia disagree.",
        "В Идлибе Турция и Россия расходятся.",
        "В {idlib:prep} {turkey} и {russia} расходятся.",
        None,
    ),
]


@pytest.mark.parametrize("language, source, output, expected, retry", CLAUSES)
def test_a_name_after_a_clause_boundary_is_not_governed_by_the_words_before_it(
    glossary, language, source, output, expected, retry
):
    check(glossary, language, source, output, expected, retry=retry)


# --- A case the model wrote that the sentence allows stands (ru) ----------------------------------

READABLE = [
    # a verb of naming whose object stands before it: the name after it is its instrumental predicate
    (
        "ru",
        "Fidan, whom newspapers call the Wolf of Anatolia, arrived in Moscow.",
        "Фидан, которого газеты называют «Волком Анатолии», прибыл в Москву.",
        "{fidan:short}, которого газеты называют «{wolf-of-anatolia:ins}», прибыл в {moscow:acc}.",
    ),
    (
        "ru",
        "He is called the Wolf of Anatolia.",
        "Его называют Волком Анатолии.",
        "Его называют {wolf-of-anatolia:ins}.",
    ),
    (
        "ru",
        "In Ankara Fidan is called the Wolf of Anatolia.",
        "В Анкаре Фидана называют «Волком Анатолии».",
        "В {ankara:prep} {fidan:short+acc} называют «{wolf-of-anatolia:ins}».",
    ),
    # ... and where the model left it undeclined, the instrumental is what the sentence needs
    (
        "ru",
        "The man they call the Wolf of Anatolia flew to Moscow.",
        "Человек, которого называют Волк Анатолии, вылетел в Москву.",
        "Человек, которого называют {wolf-of-anatolia:ins}, вылетел в {moscow:acc}.",
    ),
    (
        "ru",
        "Erdogan called Fidan the Wolf of Anatolia.",
        "Эрдоган назвал Фидана Волк Анатолии.",
        "{erdogan:short} назвал {fidan:short+acc} {wolf-of-anatolia:ins}.",
    ),
    # a verb only suggests a case: a genitive of negation stands
    ("ru", "Moscow did not recognise Qatar.", "Москва не признала Катара.", "{moscow} не признала {qatar:gen}."),
    # after a title that names a relation, a genitive is its possessor
    (
        "ru",
        "Erdogan met an adviser to Putin.",
        "Эрдоган встретился с советником Путина.",
        "{erdogan:short} встретился с советником {putin:short+gen}.",
    ),
    (
        "ru",
        "Putin's ally Assad arrived.",
        "Союзник Путина Асад прибыл.",
        "Союзник {putin:short+gen} {assad:short} прибыл.",
    ),
    (
        "ru",
        "Erdogan met Putin's ally Assad.",
        "Эрдоган встретился с союзником Путина Асадом.",
        "{erdogan:short} встретился с союзником {putin:short+gen} {assad:short+ins}.",
    ),
    # where the model's form is impossible, the words before it still decide
    (
        "ru",
        "Erdogan met President Putin.",
        "Эрдоган встретился с президентом Путин.",
        "{erdogan:short} встретился с президентом {putin:short+ins}.",
    ),
    ("ru", "Moscow backs Erdogan.", "Москва поддерживает Эрдоган.", "{moscow} поддерживает {erdogan:short+acc}."),
]


@pytest.mark.parametrize("language, source, output, expected", READABLE)
def test_a_case_the_model_wrote_that_the_sentence_allows_is_kept(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_case_allowed_by_a_verb_is_not_reported_against_it(glossary):
    # the QA check of cases against the words before a name holds to prepositions
    segment = check(
        glossary,
        "ru",
        "He is called the Wolf of Anatolia.",
        "Его называют Волком Анатолии.",
        "Его называют {wolf-of-anatolia:ins}.",
    )
    assert not segment.problems


# --- "в" after a word of striking or influence: direction or place, checked (ru) ------------------

IN_OR_INTO = [
    ("ru", "The strike in Tehran was condemned.", "Удар в Тегеран был осужден.", "Удар в {tehran:acc} был осужден."),
    (
        "ru",
        "The attack in Baghdad killed five.",
        "Нападение в Багдад унесло жизни пятерых.",
        "Нападение в {baghdad:acc} унесло жизни пятерых.",
    ),
    ("ru", "A missile fell in Iraq.", "Ракета упала в Ирак.", "Ракета упала в {iraq:acc}."),
    # a place where nothing moves, the source not saying "in": "в Тегеран" may be undeclined
    ("ru", "He lives and works at Tehran.", "Он живет в Тегеран.", "Он живет в {tehran:acc}."),
]


@pytest.mark.parametrize("language, source, output, expected", IN_OR_INTO)
def test_in_or_into_stays_a_warning_where_the_sentence_allows_both(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p.code for p in segment.problems] == ["name-form-uncertain"]


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        ("ru", "He returned to Tehran.", "Он вернулся в Тегеран.", "Он вернулся в {tehran:acc}."),
        ("ru", "Investment in Iraq fell.", "Инвестиции в Ирак сократились.", "Инвестиции в {iraq:acc} сократились."),
        ("ru", "A missile fell in Iraq.", "Ракета упала в Ираке.", "Ракета упала в {iraq:prep}."),
        (
            "ru",
            "The strike in Tehran was condemned.",
            "Удар в Тегеране был осужден.",
            "Удар в {tehran:prep} был осужден.",
        ),
        ("ru", "Pressure on Tehran grew.", "Давление на Тегеран усилилось.", "Давление на {tehran:acc} усилилось."),
    ],
)
def test_in_or_into_is_settled_by_a_word_of_motion_or_by_the_model_s_ending(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


# --- The ezafe a modifier after a Persian name needs --------------------------------------------

EZAFE = [
    # the source shows the modifier: a possessor before the mention, an adjective opening the sentence,
    # "of today" after it
    (
        "fa",
        "Today's Middle East is different.",
        "خاورمیانه امروز متفاوت است.",
        "{middle-east:ez} امروز متفاوت است.",
        None,
    ),
    (
        "fa",
        "Russia's role in today's Middle East grew.",
        "نقش روسیه در خاورمیانه امروز افزایش یافت.",
        "نقش {russia} در {middle-east:ez} امروز افزایش یافت.",
        None,
    ),
    (
        "fa",
        "Tomorrow's Syria will be rebuilt.",
        "سوریه فردا بازسازی خواهد شد.",
        "{syria:ez} فردا بازسازی خواهد شد.",
        None,
    ),
    (
        "fa",
        "Modern Turkey was founded in 1923.",
        "ترکیه مدرن در سال ۱۹۲۳ تأسیس شد.",
        "{turkey:ez} مدرن در سال ۱۹۲۳ تأسیس شد.",
        None,
    ),
    (
        "fa",
        "The crisis shaped the Middle East of today.",
        "این بحران خاورمیانه امروز را شکل داد.",
        "این بحران {middle-east:ez} امروز را شکل داد.",
        None,
    ),
    # ... also where the model answered the masked sentence
    (
        "fa",
        "Today's Middle East is different.",
        "منطقه امروز متفاوت است.",
        "{middle-east:ez} امروز متفاوت است.",
        "[[1]] امروز متفاوت است.",
    ),
    # a consonant shows no ezafe; a word of the sentence after the name is no modifier of it
    ("fa", "Today's Tehran is crowded.", "تهران امروز شلوغ است.", "{tehran} امروز شلوغ است.", None),
    (
        "fa",
        "Syria today is a divided country.",
        "سوریه امروز کشوری تقسیم شده است.",
        "{syria} امروز کشوری تقسیم شده است.",
        None,
    ),
    # an adjective of direction becomes the noun before the name: "northern Syria" is شمال سوریه
    (
        "fa",
        "Turkish troops are stationed in northern Syria.",
        "نیروهای ترکیه در شمال سوریه مستقر هستند.",
        "نیروهای {turkey} در شمال {syria} مستقر هستند.",
        None,
    ),
    (
        "fa",
        "Turkish troops are stationed in northern Syria.",
        "نیروهای ترکیه در شمال سوریه مستقر می‌شوند.",
        "نیروهای {turkey} در شمال {syria} مستقر می‌شوند.",
        None,
    ),
    # an adjective used as a predicate (جدید شد: "became new") is no modifier
    ("fa", "The new Middle East took shape.", "خاورمیانه جدید شد.", "{middle-east} جدید شد.", None),
]


@pytest.mark.parametrize("language, source, output, expected, retry", EZAFE)
def test_a_persian_name_gets_the_ezafe_the_modifier_the_source_shows_needs(
    glossary, language, source, output, expected, retry
):
    check(glossary, language, source, output, expected, retry=retry)


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        ("fa", "Turkey wants peace.", "ترکیه جدید صلح می‌خواهد.", "{turkey:ez} جدید صلح می‌خواهد."),
        ("fa", "Syria was rebuilt.", "سوریه پساجنگ بازسازی شد.", "{syria:ez} پساجنگ بازسازی شد."),
        ("fa", "Moscow's plan.", "طرح مسکو کنونی.", "طرح {moscow:ez} کنونی."),
    ],
)
def test_a_persian_name_before_a_word_that_can_only_modify_it_gets_the_ezafe_flagged(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p.code for p in segment.problems] == ["name-form-uncertain"]


# --- A body's name with a generic head word (جبهة النصرة, Nusra Cephesi) ----------------------------

BODIES = [
    # the model wrote the name without the rendering's head word: the slot writes it in full
    (
        "ar",
        "The al-Nusra Front claimed the attack.",
        "أعلنت النصرة مسؤوليتها عن الهجوم.",
        "أعلنت {nusra-front} مسؤوليتها عن الهجوم.",
    ),
    (
        "fa",
        "The al-Nusra Front claimed the attack.",
        "النصره مسئولیت حمله را برعهده گرفت.",
        "{nusra-front} مسئولیت حمله را برعهده گرفت.",
    ),
    (
        "tr",
        "The al-Nusra Front's fighters withdrew.",
        "Nusra'nın militanları çekildi.",
        "{nusra-front:gen} militanları çekildi.",
    ),
    (
        "ru",
        "The al-Nusra Front claimed the attack.",
        "Группировка «Ан-Нусра» взяла на себя ответственность.",
        "Группировка «{nusra-front}» взяла на себя ответственность.",
    ),
    # a generic word the model put before a name whose rendering has none stays, in apposition
    (
        "ar",
        "Al-Qaeda claimed the attack.",
        "أعلن تنظيم القاعدة مسؤوليته عن الهجوم.",
        "أعلن تنظيم {al-qaeda} مسؤوليته عن الهجوم.",
    ),
    (
        "fa",
        "Al-Qaeda's Syrian branch was weakened.",
        "شاخه سوری سازمان القاعده تضعیف شد.",
        "شاخه سوری سازمان {al-qaeda} تضعیف شد.",
    ),
    (
        "tr",
        "Al-Qaeda claimed the attack.",
        "El Kaide örgütü saldırıyı üstlendi.",
        "{al-qaeda} örgütü saldırıyı üstlendi.",
    ),
    (
        "ru",
        "The leader of al-Qaeda was killed.",
        "Лидер террористической организации «Аль-Каида» был убит.",
        "Лидер террористической организации «{al-qaeda}» был убит.",
    ),
    (
        "ru",
        "Al-Qaeda claimed the attack.",
        "Группировка Аль-Каида взяла на себя ответственность.",
        "Группировка {al-qaeda} взяла на себя ответственность.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", BODIES)
def test_a_body_s_name_is_written_whole_and_a_generic_word_beside_it_stays(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        (
            "tr",
            "The al-Nusra Front claimed the attack.",
            "Nusra örgütü saldırıyı üstlendi.",
            "{nusra-front} örgütü saldırıyı üstlendi.",
        ),
        (
            "fa",
            "The al-Nusra Front claimed the attack.",
            "گروه جبهه النصره مسئولیت حمله را برعهده گرفت.",
            "گروه {nusra-front} مسئولیت حمله را برعهده گرفت.",
        ),
        (
            "ar",
            "The al-Nusra Front claimed the attack.",
            "أعلنت حركة جبهة النصرة مسؤوليتها عن الهجوم.",
            "أعلنت حركة {nusra-front} مسؤوليتها عن الهجوم.",
        ),
    ],
)
def test_a_second_generic_head_word_beside_a_body_s_name_is_flagged_and_kept(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p.code for p in segment.problems] == ["name-form-uncertain"]


@pytest.fixture(scope="module")
def organisation_heads(tmp_path_factory):
    """The project's glossary with al-Qaeda rendered with a head word in every language, as desks do."""
    from conftest import GLOSSARY_DIR

    from toolkit.glossary.load import load_glossary

    override = tmp_path_factory.mktemp("desk") / "overrides.yaml"
    override.write_text(
        """
- id: al-qaeda
  type: organisation
  en: {name: al-Qaeda, variants: [al Qaeda, Al Qaeda]}
  ar: {name: تنظيم القاعدة}
  fa: {name: سازمان القاعده}
  tr:
    name: {nom: El Kaide örgütü, gen: El Kaide örgütünün, acc: El Kaide örgütünü, dat: El Kaide örgütüne,
           loc: El Kaide örgütünde, abl: El Kaide örgütünden, ins: El Kaide örgütüyle}
  ru:
    name: {nom: группировка «Аль-Каида», gen: группировки «Аль-Каида», dat: группировке «Аль-Каида»,
           acc: группировку «Аль-Каида», ins: группировкой «Аль-Каида», prep: группировке «Аль-Каида»}
""",
        encoding="utf-8",
    )
    return load_glossary([GLOSSARY_DIR, override])


HEADED = [
    # the bare name the model wrote becomes the whole rendering, head word included
    (
        "ar",
        "Al-Qaeda claimed the attack.",
        "أعلنت القاعدة مسؤوليتها عن الهجوم.",
        "أعلنت {al-qaeda} مسؤوليتها عن الهجوم.",
    ),
    ("ar", "Iraq fought al-Qaeda.", "حارب العراق القاعدة.", "حارب {iraq} {al-qaeda}."),
    (
        "fa",
        "Al-Qaeda claimed the attack.",
        "القاعده مسئولیت حمله را برعهده گرفت.",
        "{al-qaeda} مسئولیت حمله را برعهده گرفت.",
    ),
    ("tr", "Al-Qaeda's leader was killed.", "El Kaide'nin lideri öldürüldü.", "{al-qaeda:gen} lideri öldürüldü."),
    ("ru", "Turkey fought al-Qaeda.", "Турция воевала против Аль-Каида.", "{turkey} воевала против {al-qaeda:gen}."),
    # the model wrote the head word too: one slot, no head word twice
    (
        "ar",
        "Al-Qaeda claimed the attack.",
        "أعلن تنظيم القاعدة مسؤوليته عن الهجوم.",
        "أعلن {al-qaeda} مسؤوليته عن الهجوم.",
    ),
    (
        "fa",
        "Al-Qaeda claimed the attack.",
        "سازمان القاعده مسئولیت حمله را برعهده گرفت.",
        "{al-qaeda} مسئولیت حمله را برعهده گرفت.",
    ),
    ("tr", "Al-Qaeda claimed the attack.", "El Kaide örgütü saldırıyı üstlendi.", "{al-qaeda} saldırıyı üstlendi."),
    (
        "ru",
        "Turkey fought al-Qaeda.",
        "Турция воевала против группировки Аль-Каида.",
        "{turkey} воевала против {al-qaeda:gen}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", HEADED)
def test_a_rendering_with_a_head_word_replaces_the_bare_name_and_never_doubles_it(
    organisation_heads, language, source, output, expected
):
    check(organisation_heads, language, source, output, expected)


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        (
            "ar",
            "Al-Qaeda claimed the attack.",
            "أعلنت منظمة القاعدة مسؤوليتها عن الهجوم.",
            "أعلنت منظمة {al-qaeda} مسؤوليتها عن الهجوم.",
        ),
        (
            "fa",
            "Al-Qaeda claimed the attack.",
            "گروه القاعده مسئولیت حمله را برعهده گرفت.",
            "گروه {al-qaeda} مسئولیت حمله را برعهده گرفت.",
        ),
        (
            "tr",
            "Al-Qaeda claimed the attack.",
            "El Kaide grubu saldırıyı üstlendi.",
            "{al-qaeda} grubu saldırıyı üstlendi.",
        ),
        (
            "ru",
            "Turkey fought al-Qaeda.",
            "Турция воевала против организации Аль-Каида.",
            "{turkey} воевала против организации {al-qaeda}.",
        ),
    ],
)
def test_another_head_word_beside_a_rendering_with_its_own_is_flagged_and_kept(
    organisation_heads, language, source, output, expected
):
    segment = check(organisation_heads, language, source, output, expected, marked=True)
    assert "name-form-uncertain" in [p.code for p in segment.problems]


# --- A name only the retry placed is spliced into the plain wording where the two agree around it ------

SPLICED = [
    # the mention translated as a common phrase; the retry rewords the rest (drops a word, a synonym)
    (
        "ar",
        "The Kurdistan Region held parliamentary elections last September.",
        "أجرى إقليم كردستان انتخابات برلمانية في سبتمبر الماضي.",
        "أجرى {iraqi-kurdistan} انتخابات برلمانية في سبتمبر الماضي.",
        "أجرى [[1]] انتخابات في سبتمبر.",
    ),
    # a spelling locating does not take (the Egyptian ج); a proclitic glued to the placeholder
    (
        "ar",
        "Ankara accused Erdogan's rivals of lying.",
        "اتهمت انقرة خصوم أردوجان بالكذب المتعمد.",
        "اتهمت {ankara} خصوم {erdogan:short} بالكذب المتعمد.",
        "اتهمت [[1]] خصوم [[2]] بالكذب.",
    ),
    (
        "ar",
        "The Supreme Leader praised Erdogan on Friday.",
        "أشاد الزعيم الأعلى بأردوغان يوم الجمعة.",
        "أشاد {supreme-leader} {erdogan:short+bi} يوم الجمعة.",
        "أشاد [[1]] ب[[2]] الجمعة.",
    ),
    (
        "fa",
        "The Kurdistan Region held elections in September.",
        "منطقه کردستان در ماه سپتامبر انتخابات برگزار کرد.",
        "{iraqi-kurdistan} در ماه سپتامبر انتخابات برگزار کرد.",
        "[[1]] در سپتامبر انتخابات برگزار کرد.",
    ),
    (
        "fa",
        "The Supreme Leader praised Erdogan.",
        "رهبر عالی از اردوغان تمجید کرد.",
        "{supreme-leader} از {erdogan:short} تمجید کرد.",
        "[[1]] از [[2]] ستایش کرد.",
    ),
    # the plain words' suffix after an apostrophe is part of the stretch the slot takes
    (
        "tr",
        "Troops left the Kurdistan Region in September.",
        "Askerler Eylül ayında Kürdistan Bölgesi'nden ayrıldı.",
        "Askerler Eylül ayında {iraqi-kurdistan:abl} ayrıldı.",
        "Asker Eylül ayında [[1]]'den ayrıldı.",
    ),
    (
        "tr",
        "Ankara accused Erdogan's rivals of lying.",
        "Ankara Erdogan'in rakiplerini yalan söylemekle suçladı.",
        "{ankara} {erdogan:short+gen} rakiplerini yalan söylemekle suçladı.",
        "[[1]] [[2]]'ın rakiplerini yalancılıkla suçladı.",
    ),
    (
        "ru",
        "Troops left the Kurdistan Region in September.",
        "Войска покинули Курдистанский регион в сентябре.",
        "Войска покинули {iraqi-kurdistan:acc} в сентябре.",
        "Солдаты покинули [[1]] в сентябре.",
    ),
    (
        "ru",
        "The Kurdistan Region held elections in September.",
        "Курдистанский регион провел выборы в сентябре.",
        "{iraqi-kurdistan} провел выборы в сентябре.",
        "[[1]] провел выборы в сентябре месяце.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected, retry", SPLICED)
def test_a_name_only_the_retry_placed_takes_the_plain_words_that_stand_where_its_placeholder_does(
    glossary, language, source, output, expected, retry
):
    check(glossary, language, source, output, expected, retry=retry)


NOT_SPLICED = [
    # a stretch far longer than the mention is the model's paraphrase, not a rendering: the retry's wording
    (
        "ar",
        "Kurdish leaders said the Kurdistan Region needs help.",
        "قال القادة الأكراد إن الإقليم الكردي الذي يتمتع بالحكم الذاتي في شمال العراق بحاجة إلى المساعدة.",
        "قال القادة الأكراد إن {iraqi-kurdistan} بحاجة إلى المساعدة.",
        "قال القادة الأكراد إن [[1]] بحاجة إلى المساعدة.",
    ),
    # an ordinary word beside the plain words, where the retry has only the placeholder, is no part of the name
    (
        "ru",
        "Troops left the Kurdistan Region in September.",
        "Войска покинули Курдистанский регион еще в сентябре.",
        "Войска покинули {iraqi-kurdistan:acc} в сентябре.",
        "Войска покинули [[1]] в сентябре.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected, retry", NOT_SPLICED)
def test_nothing_is_spliced_where_the_plain_words_are_no_rendering_of_the_mention(
    glossary, language, source, output, expected, retry
):
    check(glossary, language, source, output, expected, retry=retry)


def test_a_retry_that_ends_earlier_than_the_plain_output_still_splices(glossary):
    # the retry lost the sentence's last words and its full stop: what the plain output has after the
    # last word they share is no placeholder's
    check(
        glossary,
        "ar",
        "The Kurdistan Region held elections last September.",
        "أجرى إقليم كردستان انتخابات في سبتمبر الماضي",
        "أجرى {iraqi-kurdistan} انتخابات في سبتمبر الماضي",
        retry="أجرى [[1]] انتخابات في سبتمبر",
    )


# --- A code left in Latin letters and digits is the name's English spelling, and says nothing of case ---

CODES = [
    (
        "ru",
        "Iran admitted shooting down Flight 752.",
        "Иран признал, что сбил рейс PS752.",
        "{iran} признал, что сбил {flight-752:acc}.",
    ),
    (
        "ru",
        "Relatives of the victims of Flight 752 protested in Tehran.",
        "Родственники жертв рейса PS752 вышли на протест в Тегеране.",
        "Родственники жертв {flight-752:gen} вышли на протест в {tehran:prep}.",
    ),
    (
        "ru",
        "The inquiry into Flight PS752 goes on.",
        "Расследование по рейсу PS752 продолжается.",
        "Расследование по {flight-752:dat} продолжается.",
    ),
    (
        "ar",
        "Iran admitted shooting down Flight 752.",
        "اعترفت إيران بإسقاط الرحلة PS752.",
        "اعترفت {iran} بإسقاط {flight-752}.",
    ),
    (
        "fa",
        "Iran admitted shooting down Flight 752.",
        "ایران به سرنگونی پرواز PS752 اعتراف کرد.",
        "{iran} به سرنگونی {flight-752} اعتراف کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", CODES)
def test_a_code_in_latin_letters_and_digits_is_part_of_the_name_and_the_case_comes_from_the_other_words(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize(
    "source,output,expected,marked",
    [
        (
            "Ankara will not leave Idlib before an agreement on post-war Syria.",
            "آنکارا پیش از توافق بر سر سوریه پس از جنگ، ادلب را ترک نخواهد کرد.",
            "{ankara} پیش از توافق بر سر {syria:ez} پس از جنگ، {idlib} را ترک نخواهد کرد.",
            True,
        ),
        (
            "Investors are watching a post-war Middle East.",
            "سرمایه‌گذاران خاورمیانه پس از جنگ را زیر نظر دارند.",
            "سرمایه‌گذاران {middle-east:ez} پس از جنگ را زیر نظر دارند.",
            True,
        ),
        (  # after ایران's final consonant the ezafe is not written: nothing to add, nothing to check
            "The book describes pre-revolution Iran.",
            "این کتاب ایران پیش از انقلاب را توصیف می‌کند.",
            "این کتاب {iran} پیش از انقلاب را توصیف می‌کند.",
            False,
        ),
    ],
)
def test_a_modified_name_before_a_phrase_of_time_takes_the_ezafe_and_is_marked(
    glossary, source, output, expected, marked
):
    """ "post-war Syria": the phrase of time is the name's modifier, joined by the ezafe; without it the words
    read "Syria, after the war". The ezafe is added and the sentence marked for a look."""
    check(glossary, "fa", source, output, expected, marked=marked)


def test_an_unmodified_name_before_a_phrase_of_time_is_left_alone(glossary):
    check(
        glossary,
        "fa",
        "Troops stayed in Syria after the war.",
        "نیروها در سوریه پس از جنگ باقی ماندند.",
        "نیروها در {syria} پس از جنگ باقی ماندند.",
    )
