"""Names in machine translation: what copy and models leave in and around a name.

- a dash of another kind where the name has its hyphen (en dash, em dash, U+2011, minus sign, figure
  dash), and invisible characters inside a name (soft hyphen, zero-width space, word joiner): the name
  is still found, and the published name is the glossary's, without a piece of the model's left beside it;
- words beside a placed name that the source does not have: the model's own first name of another
  person, a title, a gloss in parentheses, the model's own words for a name it then wrote again.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared
with the expected template, and whether the editions mark the segment for review.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.document import Piece
from toolkit.glossary.locate import TargetLocator
from toolkit.translate.placement import repeated_beside_names

# --- 1. Dashes and invisible characters inside a name ----------------------------------------------

DASHES = [
    (
        "ru",
        "Al-Qaeda claimed the attack.",
        "Аль–Каида взяла на себя ответственность.",
        "{al-qaeda} взяла на себя ответственность.",
    ),
    (
        "ru",
        "Al-Qaeda claimed the attack.",
        "Аль—Каида взяла на себя ответственность.",
        "{al-qaeda} взяла на себя ответственность.",
    ),
    (
        "ru",
        "Drones flew over Al Udeid.",
        "Беспилотники пролетели над базой Эль\u2011Удейд.",
        "Беспилотники пролетели над базой {al-udeid}.",
    ),
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн\u2212эль\u2212Асад.",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн\u2012эль\u2012Асад.",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "tr",
        "US troops left Ain al-Asad.",
        "ABD askerleri Ayn el–Esad'dan ayrıldı.",
        "{united-states:short} askerleri {ain-al-asad:abl} ayrıldı.",
    ),
    ("tr", "Bashar al-Assad spoke.", "Beşar el\u2011Esad konuştu.", "{assad} konuştu."),
    # a dash with spaces around it is the sentence's punctuation, and one between two names stays theirs
    (
        "ru",
        "Moscow and Ankara agreed.",
        "Москва–Анкара: стороны договорились.",
        "{moscow}–{ankara}: стороны договорились.",
    ),
    (
        "ru",
        "Putin answered Erdogan.",
        "Путин — Эрдогану: ответ последовал быстро.",
        "{putin:short} — {erdogan:short+dat}: ответ последовал быстро.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", DASHES)
def test_a_dash_of_any_kind_glued_inside_a_name_is_its_hyphen(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


INVISIBLE = [
    (
        "tr",
        "Shamkhani met Fidan.",
        "Şem\u00adhani, Fidan ile görüştü.",
        "{shamkhani:short}, {fidan:short} ile görüştü.",
    ),
    ("tr", "Erdogan called Putin.", "Erdo\u2060ğan, Putin'i aradı.", "{erdogan:short}, {putin:short+acc} aradı."),
    ("tr", "They met in Baghdad.", "Bağ\u00addat'ta bir araya geldiler.", "{baghdad:loc} bir araya geldiler."),
    (
        "ru",
        "Erdogan met Putin.",
        "Эрдо\u00adган встретился с Пу\u200bтиным.",
        "{erdogan:short} встретился с {putin:short+ins}.",
    ),
    (
        "ru",
        "Talks opened in Tehran.",
        "Переговоры открылись в Тегера\u00adне.",
        "Переговоры открылись в {tehran:prep}.",
    ),
    ("ar", "Putin met Erdogan.", "التقى بو\u00adتين أردو\u200bغان.", "التقى {putin:short} {erdogan:short}."),
    ("fa", "Putin arrived in Tehran.", "پو\u200bتین وارد تهر\u00adان شد.", "{putin:short} وارد {tehran} شد."),
    # beside the hyphen, or at the name's edge, before a suffix or punctuation
    ("ru", "Al-Qaeda lost ground.", "Аль-\u00adКаида потеряла позиции.", "{al-qaeda} потеряла позиции."),
    ("tr", "Erdogan called Putin.", "Erdoğan\u200b, Putin\u00ad'i aradı.", "{erdogan:short}, {putin:short+acc} aradı."),
    # the source may carry one too (line-wrapped copy)
    ("ru", "Sham\u00adkhani spoke.", "Шамхани выступил.", "{shamkhani:short} выступил."),
]


@pytest.mark.parametrize("language, source, output, expected", INVISIBLE)
def test_an_invisible_character_inside_a_name_is_seen_through_and_not_published(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected)
    assert not any(ch in segment.text for ch in "\u00ad\u200b\u2060")


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "\u2011", "\u2212"])
def test_a_copy_of_a_names_particle_left_before_it_after_any_dash_is_caught(dash):
    # what QA reads in any segment (a reviewed translation too): the model's Аль– before the rendered name
    pieces = [Piece("Аль" + dash), Piece("Аль-Каида", entry_id="al-qaeda"), Piece(" потеряла позиции.")]
    assert repeated_beside_names(pieces, "ru") == [("Аль", "Аль-Каида")]


def test_a_copy_of_a_names_word_left_before_it_with_a_soft_hyphen_is_caught():
    pieces = [Piece("Аль-\u00ad"), Piece("Аль-Каида", entry_id="al-qaeda"), Piece(" потеряла позиции.")]
    assert repeated_beside_names(pieces, "ru") == [("Аль", "Аль-Каида")]


def test_a_dash_between_two_names_is_no_repeat():
    pieces = [Piece("Москва", entry_id="moscow"), Piece(" — "), Piece("Анкара", entry_id="ankara")]
    assert repeated_beside_names(pieces, "ru") == []


# --- 2. Words beside a placed name that the source does not have -------------------------------------


def _codes(segment) -> list[str]:
    return [problem.code for problem in segment.problems]


GLOSSES = [
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн-эль-Асад («Источник льва»).",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "ru",
        "Missiles hit Ain al-Asad.",
        "Ракеты попали в Айн-эль-Асад (Ain al-Asad).",
        "Ракеты попали в {ain-al-asad:acc}.",
    ),
    (
        "tr",
        "Troops at Al Udeid were warned.",
        "El Udeyd'deki (Udeyd Üssü) askerler uyarıldı.",
        "{al-udeid:loc}ki askerler uyarıldı.",
    ),
    ("ar", "Missiles hit Ain al-Asad.", "أصابت الصواريخ عين الأسد («نبع الأسد»).", "أصابت الصواريخ {ain-al-asad}."),
    (
        "fa",
        "Missiles hit Ain al-Asad.",
        "موشک‌ها به عین‌الاسد («چشمه شیر») اصابت کردند.",
        "موشک‌ها به {ain-al-asad} اصابت کردند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", GLOSSES)
def test_a_gloss_of_the_name_in_parentheses_the_source_lacks_is_removed_and_noted(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert "name-beside" in _codes(segment)


ASIDES = [
    (
        "ar",
        "Missiles hit Ain al-Asad.",
        "أصابت الصواريخ عين الأسد (نبع الأسد).",
        "أصابت الصواريخ {ain-al-asad} (نبع الأسد).",
    ),
    (
        "fa",
        "Missiles hit Ain al-Asad.",
        "موشک‌ها به عین‌الاسد (چشمه شیر) اصابت کردند.",
        "موشک‌ها به {ain-al-asad} (چشمه شیر) اصابت کردند.",
    ),
    (
        "ru",
        "Fighting went on in Idlib.",
        "Бои продолжались в Идлибе (по данным ООН).",
        "Бои продолжались в {idlib:prep} (по данным ООН).",
    ),
    (
        "tr",
        "Fighting went on in Idlib.",
        "Çatışmalar İdlib'de (BM'ye göre) sürdü.",
        "Çatışmalar {idlib:loc} (BM'ye göre) sürdü.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", ASIDES)
def test_other_words_in_parentheses_after_a_name_stay_and_are_flagged(glossary, language, source, output, expected):
    # they may be a gloss or the model's own rendering of part of the sentence: an editor decides
    segment = check(glossary, language, source, output, expected, marked=True)
    assert "name-beside" in _codes(segment)


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        (
            "ru",
            "Bashar al-Assad (left) met Putin.",
            "Башар Асад (слева) встретился с Путиным.",
            "{assad} (слева) встретился с {putin:short+ins}.",
        ),
        (
            "tr",
            "Bashar al-Assad (left) met Putin.",
            "Beşar Esad (solda) Putin ile görüştü.",
            "{assad} (solda) {putin:short} ile görüştü.",
        ),
        (
            "ar",
            "Erdogan (right) met Putin.",
            "التقى أردوغان (يمين) بوتين.",
            "التقى {erdogan:short} (يمين) {putin:short}.",
        ),
    ],
)
def test_parentheses_the_source_has_after_the_name_stay(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# a cleric's rank (ayatollah, hojatoleslam) the source does not give the person, which the glossary's rendering
# does not hold: the model's own deference, removed
CLERICAL_RANKS = [
    (
        "ru",
        "Khamenei met Putin.",
        "Аятолла Хаменеи встретился с Путиным.",
        "{khamenei:short} встретился с {putin:short+ins}.",
    ),
    (
        "ru",
        "Putin called Khamenei.",
        "Путин позвонил аятолле Хаменеи.",
        "{putin:short} позвонил {khamenei:short+dat}.",
    ),
    (
        "ru",
        "Iran's parliament opened with a message from Khamenei read out in Tehran.",
        "Парламент Ирана открылся обращением аятоллы Хаменеи, зачитанным в Тегеране.",
        "Парламент {iran:gen} открылся обращением {khamenei:short}, зачитанным в {tehran:prep}.",
    ),
    (
        "tr",
        "Khamenei warned Washington.",
        "Ayetullah Hamaney Washington'u uyardı.",
        "{khamenei:short} {washington:acc} uyardı.",
    ),
    ("ar", "Khamenei warned Washington.", "حذر آية الله خامنئي واشنطن.", "حذر {khamenei:short} {washington}."),
    (
        "fa",
        "Khamenei warned Washington.",
        "آیت‌الله خامنه‌ای به واشنگتن هشدار داد.",
        "{khamenei:short} به {washington} هشدار داد.",
    ),
    (
        "fa",
        "Rouhani had sent the letter to Khamenei before the vote.",
        "روحانی پیش از رأی‌گیری نامه را برای آیت‌الله خامنه‌ای فرستاده بود.",
        "{rouhani:short} پیش از رأی‌گیری نامه را برای {khamenei:short} فرستاده بود.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", CLERICAL_RANKS)
def test_a_clerical_rank_the_source_does_not_give_the_person_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# a capitalised word of a quotation or of another phrase before the name is no title the source gives: the rank
# the model added after the quotation is removed as anywhere else
RANKS_AFTER_A_QUOTATION = [
    (
        "ru",
        '"Washington will pay for this," Khamenei said on Sunday.',
        "«Вашингтон заплатит за это», — сказал аятолла Хаменеи в воскресенье.",
        "«{washington} заплатит за это», — сказал {khamenei:short} в воскресенье.",
    ),
    (
        "ru",
        "After the vote in Tehran, Khamenei praised the turnout.",
        "После голосования в Тегеране аятолла Хаменеи похвалил явку.",
        "После голосования в {tehran:prep} {khamenei:short} похвалил явку.",
    ),
    (
        "ar",
        '"Iran will not bow to Washington," Khamenei told crowds.',
        '"إيران لن تنحني لواشنطن"، قال آية الله خامنئي للحشود.',
        '"{iran} لن تنحني {washington:li}"، قال {khamenei:short} للحشود.',
    ),
    (
        "ar",
        "“Tehran will respond,” Khamenei warned.",
        "“طهران سترد”، حذر آية الله خامنئي.",
        "“{tehran} سترد”، حذر {khamenei:short}.",
    ),
    (
        "fa",
        '"Tehran will respond," Khamenei warned.',
        "«تهران پاسخ خواهد داد»، آیت الله خامنه‌ای هشدار داد.",
        "«{tehran} پاسخ خواهد داد»، {khamenei:short} هشدار داد.",
    ),
    (
        "fa",
        '"Iraq is our brother," Khamenei said in a speech.',
        "آیت‌الله خامنه‌ای در سخنرانی گفت: «عراق برادر ماست».",
        "{khamenei:short} در سخنرانی گفت: «{iraq} برادر ماست».",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", RANKS_AFTER_A_QUOTATION)
def test_a_clerical_rank_after_a_quotation_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# the source's own capitalised word right before the name ("Iran's Khamenei") still gives him a title
def test_a_capitalised_possessor_right_before_the_name_still_keeps_the_rank(glossary):
    check(
        glossary,
        "ru",
        '"We will respond," Iran\'s Khamenei said.',
        "«Мы ответим», — сказал иранский аятолла Хаменеи.",
        "«Мы ответим», — сказал аятолла {iran:gen} {khamenei:short}.",
    )


# "Grand Ayatollah": the rank is two words in Russian and Turkish, three in Arabic and Persian; removed whole, not
# leaving its first words (обращение великого Хаменеи) or the rank unremoved and unflagged (آية الله العظمى خامنئي)
GRAND_RANKS = [
    (
        "ru",
        "A message from Khamenei was read out.",
        "Было зачитано обращение великого аятоллы Хаменеи.",
        "Было зачитано обращение {khamenei:short}.",
    ),
    (
        "ru",
        "Putin called Khamenei.",
        "Путин позвонил великому аятолле Хаменеи.",
        "{putin:short} позвонил {khamenei:short+dat}.",
    ),
    (
        "tr",
        "Khamenei warned Washington.",
        "Büyük Ayetullah Hamaney Washington'u uyardı.",
        "{khamenei:short} {washington:acc} uyardı.",
    ),
    ("ar", "Khamenei warned Washington.", "حذر آية الله العظمى خامنئي واشنطن.", "حذر {khamenei:short} {washington}."),
    (
        "fa",
        "Khamenei warned Washington.",
        "آیت‌الله العظمی خامنه‌ای به واشنگتن هشدار داد.",
        "{khamenei:short} به {washington} هشدار داد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", GRAND_RANKS)
def test_a_grand_ayatollahs_rank_is_removed_whole(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_grand_ayatollahs_rank_the_source_gives_stays(glossary):
    check(
        glossary,
        "ru",
        "Grand Ayatollah Khamenei warned Washington.",
        "Великий аятолла Хаменеи предупредил Вашингтон.",
        "Великий аятолла {khamenei:short} предупредил {washington:acc}.",
    )


# the glossary's title the source gives the person (Supreme Leader) is no rank: where the model wrote the title and
# its own rank between it and the name, the rank goes
RANKS_BESIDE_ANOTHER_TITLE = [
    (
        "ar",
        "Statements against Washington by Supreme Leader Ali Khamenei were echoed on Friday by Hatami.",
        "وكرر حاتمي يوم الجمعة تصريحات المرشد الأعلى آية الله علي خامنئي ضد واشنطن.",
        "وكرر {hatami:short} يوم الجمعة تصريحات {supreme-leader} {khamenei} ضد {washington}.",
    ),
    (
        "ar",
        "Supreme Leader Ali Khamenei warned Washington on Sunday.",
        "حذر المرشد الأعلى آية الله العظمى علي خامنئي واشنطن يوم الأحد.",
        "حذر {supreme-leader} {khamenei} {washington} يوم الأحد.",
    ),
    (
        "ru",
        "Putin received a letter from Supreme Leader Ali Khamenei.",
        "Путин получил письмо от верховного руководителя аятоллы Али Хаменеи.",
        "{putin:short} получил письмо от {supreme-leader:gen} {khamenei:gen}.",
    ),
    (
        "fa",
        "Supreme Leader Ali Khamenei warned Washington.",
        "رهبر ایران آیت‌الله علی خامنه‌ای به واشنگتن هشدار داد.",
        "{supreme-leader} {khamenei} به {washington} هشدار داد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", RANKS_BESIDE_ANOTHER_TITLE)
def test_a_clerical_rank_beside_another_title_the_source_gives_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# the rank the source gives, before the name after another title, or in apposition after the name, stays
RANKS_THE_SOURCE_GIVES = [
    (
        "ar",
        "Supreme Leader Ayatollah Ali Khamenei warned Washington on Sunday.",
        "حذر المرشد الأعلى آية الله علي خامنئي واشنطن يوم الأحد.",
        "حذر {supreme-leader} آية الله {khamenei} {washington} يوم الأحد.",
    ),
    (
        "ar",
        "Khamenei, an ayatollah since 1989, warned Washington.",
        "حذر آية الله خامنئي، وهو آية الله منذ 1989، واشنطن.",
        "حذر آية الله {khamenei:short}، وهو آية الله منذ 1989، {washington}.",
    ),
    (
        "ru",
        "Supreme Leader Grand Ayatollah Ali Khamenei met Putin.",
        "Верховный руководитель великий аятолла Али Хаменеи встретился с Путиным.",
        "{supreme-leader} великий аятолла {khamenei} встретился с {putin:short+ins}.",
    ),
    (
        "fa",
        "The cleric Khamenei warned Washington.",
        "آیت‌الله خامنه‌ای به واشنگتن هشدار داد.",
        "آیت‌الله {khamenei:short} به {washington} هشدار داد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", RANKS_THE_SOURCE_GIVES)
def test_a_clerical_rank_the_source_gives_stays_beside_another_title(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# another title or honorific, or a rank with the conjunction glued on (وآية الله): the house style decides, an
# editor checks
TITLES = [
    (
        "ar",
        "Putin and Khamenei spoke.",
        "تحدث بوتين وآية الله خامنئي.",
        "تحدث {putin:short} وآية الله {khamenei:short}.",
    ),
    (
        "ru",
        "Erdogan met Putin.",
        "Президент Эрдоган встретился с Путиным.",
        "Президент {erdogan:short} встретился с {putin:short+ins}.",
    ),
    (
        "tr",
        "Erdogan met Putin in Sochi.",
        "Cumhurbaşkanı Erdoğan, Soçi'de Putin ile görüştü.",
        "Cumhurbaşkanı {erdogan:short}, {sochi:loc} {putin:short} ile görüştü.",
    ),
    (
        "ru",
        '"Iraq must act now," Erdogan said.',
        "«Ирак должен действовать сейчас», — сказал президент Эрдоган.",
        "«{iraq} должен действовать сейчас», — сказал президент {erdogan:short}.",
    ),
    (
        "ar",
        '"Qatar is a friend," Erdogan said.',
        '"قطر صديقة"، قال الرئيس أردوغان.',
        '"{qatar} صديقة"، قال الرئيس {erdogan:short}.',
    ),
]


@pytest.mark.parametrize("language, source, output, expected", TITLES)
def test_a_title_the_source_does_not_give_the_person_is_flagged(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p for p in segment.problems if p.code == "name-beside" and "title" in p.message]


# a title the model put before its styling of the full name (эмир Тамим бин Хамад) where the source gives the
# short form with its title ("Sheikh Tamim"): the short form, which carries its own title, replaces the styling
# whole, and the model's title before it is one too many, removed
TITLES_ON_A_RENDERINGS_TITLE = [
    (
        "ru",
        "Wrestlers won medals in Doha, and Sheikh Tamim presented them.",
        "Борцы завоевали медали в Дохе, и эмир Тамим бин Хамад вручил их.",
        "Борцы завоевали медали в Дохе, и {tamim:short} вручил их.",
    ),
    (
        "ru",
        "Erdogan called Sheikh Tamim on Friday.",
        "Эрдоган позвонил эмиру Тамиму бин Хамаду в пятницу.",
        "{erdogan:short} позвонил {tamim:short+dat} в пятницу.",
    ),
    (
        "ar",
        "Erdogan met Sheikh Tamim in Doha.",
        "التقى أردوغان الأمير تميم بن حمد آل ثاني في الدوحة.",
        "التقى {erdogan:short} {tamim:short} في الدوحة.",
    ),
    (
        "fa",
        "Sheikh Tamim called Erdogan.",
        "امیر تمیم بن حمد آل ثانی با اردوغان تماس گرفت.",
        "{tamim:short} با {erdogan:short} تماس گرفت.",
    ),
    (
        "tr",
        "Erdogan met Sheikh Tamim in Doha.",
        "Erdoğan, Doha'da Emir Temim bin Hamed Al Sani ile görüştü.",
        "{erdogan:short}, Doha'da {tamim:short} ile görüştü.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", TITLES_ON_A_RENDERINGS_TITLE)
def test_a_models_title_before_its_styling_of_the_full_name_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# the model's title beside the short name it wrote itself (Эмир Тамим, Emir Şeyh Temim): the model translated the
# source's title, and whether the house keeps a second one is its style: kept, flagged
TITLES_BESIDE_THE_SHORT_FORM = [
    (
        "ru",
        "Sheikh Tamim said Qatar would keep talking to Iran.",
        "Эмир Тамим заявил, что Катар продолжит диалог с Ираном.",
        "Эмир {tamim:short} заявил, что {qatar} продолжит диалог с {iran:ins}.",
    ),
    (
        "ru",
        "The festival opened under the patronage of Sheikh Tamim.",
        "Фестиваль открылся под патронажем эмира шейха Тамима.",
        "Фестиваль открылся под патронажем эмира {tamim:short+gen}.",
    ),
    (
        "ar",
        "Erdogan met Sheikh Tamim in Doha.",
        "التقى أردوغان الأمير الشيخ تميم في الدوحة.",
        "التقى {erdogan:short} الأمير {tamim:short} في الدوحة.",
    ),
    (
        "fa",
        "Sheikh Tamim called Erdogan.",
        "امیر شیخ تمیم با اردوغان تماس گرفت.",
        "امیر {tamim:short} با {erdogan:short} تماس گرفت.",
    ),
    (
        "tr",
        "Erdogan met Sheikh Tamim in Doha.",
        "Erdoğan, Doha'da Emir Şeyh Temim ile görüştü.",
        "{erdogan:short}, Doha'da Emir {tamim:short} ile görüştü.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", TITLES_BESIDE_THE_SHORT_FORM)
def test_a_models_title_beside_the_short_form_it_wrote_is_kept_and_flagged(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p for p in segment.problems if p.code == "name-beside" and "own title" in p.message]


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        # the source gives a title of its own before the mention: the model's translation of it stays
        (
            "ru",
            "Emir Sheikh Tamim called Erdogan.",
            "Эмир шейх Тамим позвонил Эрдогану.",
            "Эмир {tamim:short} позвонил {erdogan:short+dat}.",
        ),
        (
            "ar",
            "Qatar's emir, Sheikh Tamim, met Erdogan.",
            "التقى أمير قطر الشيخ تميم أردوغان.",
            "التقى أمير {qatar} {tamim:short} {erdogan:short}.",
        ),
    ],
)
def test_a_title_the_source_gives_before_a_rendering_with_its_own_stays(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_title_with_a_proclitic_before_a_rendering_with_its_own_is_flagged_not_cut(glossary):
    segment = check(
        glossary,
        "ar",
        "Rouhani and Sheikh Tamim spoke.",
        "تحدث روحاني والأمير الشيخ تميم.",
        "تحدث {rouhani:short} والأمير {tamim:short}.",
        marked=True,
    )
    assert [p for p in segment.problems if p.code == "name-beside" and "own title" in p.message]


# a title of the further lists (Emir, امیر, Başkan) before a person the source names bare: flagged
FURTHER_TITLES = [
    (
        "tr",
        "Erdogan met Putin.",
        "Başkan Erdoğan, Putin ile görüştü.",
        "Başkan {erdogan:short}, {putin:short} ile görüştü.",
    ),
    (
        "ru",
        "Putin called Rouhani.",
        "Путин позвонил президенту Рухани.",
        "{putin:short} позвонил президенту {rouhani:short}.",
    ),
    (
        "fa",
        "Rouhani met Erdogan.",
        "روحانی با سلطان اردوغان دیدار کرد.",
        "{rouhani:short} با سلطان {erdogan:short} دیدار کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", FURTHER_TITLES)
def test_a_further_title_before_a_person_the_source_names_bare_is_flagged(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p for p in segment.problems if p.code == "name-beside" and "title" in p.message]


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        (
            "ru",
            "Ayatollah Khamenei met Putin.",
            "Аятолла Хаменеи встретился с Путиным.",
            "Аятолла {khamenei:short} встретился с {putin:short+ins}.",
        ),
        (
            "ru",
            "Iran's supreme leader, Khamenei, met Putin.",
            "Верховный лидер Ирана аятолла Хаменеи встретился с Путиным.",
            "Верховный лидер {iran:gen} аятолла {khamenei:short} встретился с {putin:short+ins}.",
        ),
        ("tr", "Hatami met Fidan.", "Emir Hatemi, Fidan ile görüştü.", "{hatami:short}, {fidan:short} ile görüştü."),
        (
            "ar",
            "President Erdogan met Putin.",
            "التقى الرئيس أردوغان بوتين.",
            "التقى الرئيس {erdogan:short} {putin:short}.",
        ),
    ],
)
def test_a_title_the_source_gives_or_a_word_of_the_name_is_not_flagged(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


FIRST_NAMES = [
    (
        "ru",
        "Bashar al-Assad met Putin.",
        "Хафез аль-Асад встретился с Путиным.",
        "Хафез {assad} встретился с {putin:short+ins}.",
    ),
    (
        "ru",
        "Putin met Bashar al-Assad.",
        "Путин встретился с Хафезом Асадом.",
        "{putin:short} встретился с Хафезом {assad:ins}.",
    ),
    (
        "tr",
        "Bashar al-Assad met Putin.",
        "Hafez el-Esad Putin ile görüştü.",
        "Hafez {assad} {putin:short} ile görüştü.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", FIRST_NAMES)
def test_another_first_name_where_the_name_has_its_own_is_flagged(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p for p in segment.problems if p.code == "name-beside" and "first name" in p.message]


@pytest.mark.parametrize(
    "source, output, expected",
    [
        # a place the preposition governs stands before the name, in another case than the name's
        (
            "Bashar al-Assad met Putin in Latakia.",
            "В Латакии Асад встретился с Путиным.",
            "В Латакии {assad} встретился с {putin:short+ins}.",
        ),
        # a common word is no first name
        (
            "Bashar al-Assad met Putin.",
            "Сирийский лидер Асад встретился с Путиным.",
            "Сирийский лидер {assad} встретился с {putin:short+ins}.",
        ),
    ],
)
def test_a_word_before_the_name_that_is_no_first_name_is_not_flagged(glossary, source, output, expected):
    segment, _ = publish(glossary, "ru", source, output)
    assert "name-beside" not in _codes(segment)


def test_the_models_own_first_name_spelled_its_way_is_still_absorbed(glossary):
    check(
        glossary,
        "ru",
        "Bashar al-Assad met Putin.",
        "Бешар Асад встретился с Путиным.",
        "{assad} встретился с {putin:short+ins}.",
    )


WORDING_BEFORE = [
    (
        "ar",
        "Canada asked about Ukraine International Airlines Flight 752.",
        "سألت كندا عن رحلة الخطوط الجوية الأوكرانية الدولية 752.",
        "سألت كندا عن {flight-752}.",
    ),
    (
        "ar",
        "Iran hid the boxes of Ukraine International Airlines Flight 752.",
        "أخفت إيران صناديق لرحلة الخطوط الجوية الأوكرانية الدولية 752.",
        "أخفت {iran} صناديق {flight-752:li}.",
    ),
    (
        "ru",
        "Canada asked about Ukraine International Airlines Flight 752.",
        "Канада спросила о рейсе Международных авиалиний Украины 752.",
        "Канада спросила о {flight-752:prep}.",
    ),
    (
        "fa",
        "Canada asked about Ukraine International Airlines Flight 752.",
        "کانادا درباره پرواز هواپیمایی بین‌المللی اوکراین 752 پرسید.",
        "کانادا درباره {flight-752} پرسید.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", WORDING_BEFORE)
def test_the_models_wording_of_a_long_mention_before_the_rest_of_the_name_is_replaced_and_noted(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert "name-beside" in _codes(segment)


def test_the_models_words_after_the_name_stay(glossary):
    check(
        glossary,
        "ru",
        "Canada asked for the black boxes of Ukraine International Airlines Flight 752.",
        "Канада потребовала чёрные ящики рейса PS752 Международных авиалиний Украины.",
        "Канада потребовала чёрные ящики {flight-752:gen} Международных авиалиний Украины.",
    )


def test_the_names_first_word_as_an_ordinary_word_nearby_is_not_flagged(glossary):
    check(
        glossary,
        "ar",
        "Fighting grew on the front with the al-Nusra Front.",
        "اشتد القتال على جبهة القتال مع جبهة النصرة.",
        "اشتد القتال على جبهة القتال مع {nusra-front}.",
    )


@pytest.mark.parametrize(
    "language, text, entry_id, surface",
    [
        ("tr", "Şem\u00adhani geldi.", "shamkhani", "Şem\u00adhani"),
        ("ru", "Встреча с Пу\u200bтиным.", "putin", "Пу\u200bтиным"),
        ("fa", "پو\u2060تین آمد.", "putin", "پو\u2060تین"),
        ("ar", "التقى بو\u00adتين.", "putin", "بو\u00adتين"),
    ],
)
def test_the_target_locator_sees_through_invisible_characters_in_a_name(glossary, language, text, entry_id, surface):
    # what QA and `glossary find --lang` read a text with
    found = TargetLocator(glossary, language).find(text)
    assert [(m.entry_id, m.surface) for m in found] == [(entry_id, surface)]


ABBREVIATIONS_AND_CREDITS = [
    # an abbreviation or a news agency in parentheses is the sentence's, not a gloss of the name: it stays
    (
        "ru",
        "Fighting went on in Idlib, RIA Novosti reported.",
        "Бои продолжались в Идлибе (РИА Новости).",
        "Бои продолжались в {idlib:prep} (РИА Новости).",
    ),
    (
        "ru",
        "Erdogan spoke in Ankara, AP reported.",
        "Эрдоган выступил в Анкаре (AP).",
        "{erdogan:short} выступил в {ankara:prep} (AP).",
    ),
    (
        "tr",
        "Fighting went on in Idlib, the UN said.",
        "Çatışmalar İdlib'de (BM) sürdü.",
        "Çatışmalar {idlib:loc} (BM) sürdü.",
    ),
    (
        "ar",
        "Erdogan spoke in Ankara, Reuters reported.",
        "تحدث أردوغان في أنقرة (Reuters).",
        "تحدث {erdogan:short} في {ankara} (Reuters).",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", ABBREVIATIONS_AND_CREDITS)
def test_an_abbreviation_or_latin_words_not_the_names_stay_in_parentheses_flagged(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert [p for p in segment.problems if p.code == "name-beside" and "check whether it belongs" in p.message]


@pytest.mark.parametrize(
    "language, source, output, expected",
    [
        (
            "ru",
            "Erdogan, the president, met Putin.",
            "Президент Эрдоган встретился с Путиным.",
            "Президент {erdogan:short} встретился с {putin:short+ins}.",
        ),
        (
            "ru",
            "Putin met Erdogan, the president, in Sochi.",
            "Путин встретился с президентом Эрдоганом в Сочи.",
            "{putin:short} встретился с президентом {erdogan:short+ins} в {sochi}.",
        ),
        (
            "ar",
            "Erdogan, the president, said the talks failed.",
            "قال الرئيس أردوغان إن المحادثات فشلت.",
            "قال الرئيس {erdogan:short} إن المحادثات فشلت.",
        ),
        (
            "fa",
            "Rouhani, the president, met Putin.",
            "رئیس‌جمهور روحانی با پوتین دیدار کرد.",
            "رئیس‌جمهور {rouhani:short} با {putin:short} دیدار کرد.",
        ),
        (
            "tr",
            "Khamenei, the supreme leader, warned Washington.",
            "Ayetullah Hamaney Washington'u uyardı.",
            "Ayetullah {khamenei:short} {washington:acc} uyardı.",
        ),
    ],
)
def test_a_title_the_source_gives_in_apposition_after_the_name_is_not_flagged(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


def test_a_title_in_the_next_clause_is_no_apposition(glossary):
    check(
        glossary,
        "ru",
        "Putin called Khamenei, and the president thanked him.",
        "Путин позвонил аятолле Хаменеи, и президент поблагодарил его.",
        "{putin:short} позвонил {khamenei:short+dat}, и президент поблагодарил его.",
    )
    check(
        glossary,
        "ru",
        "Putin called Erdogan, and the president thanked him.",
        "Путин позвонил президенту Эрдогану, и президент поблагодарил его.",
        "{putin:short} позвонил президенту {erdogan:short+dat}, и президент поблагодарил его.",
        marked=True,
    )


@pytest.mark.parametrize(
    "source, output, expected",
    [
        (
            "Russia-Turkey relations improved.",
            "Отношения Россия — Турция улучшились.",
            "Отношения {russia} — {turkey} улучшились.",
        ),
        (
            "The Assad-Putin meeting took place in Sochi.",
            "Встреча Асад–Путин прошла в Сочи.",
            "Встреча {assad:short}–{putin:short} прошла в {sochi}.",
        ),
        (
            "Moscow-Ankara flights were cancelled.",
            "Рейсы Москва—Анкара отменены.",
            "Рейсы {moscow}—{ankara} отменены.",
        ),
    ],
)
def test_two_names_joined_by_a_dash_after_a_noun_stand_in_the_nominative_unflagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# --- A word of the name written twice: taken as the model's repetition, and marked for a look ---------------
# The copy is usually the model's stutter, but it can be an ordinary word the sentence needs ("the front line
# of the Nusra Front": خط جبهة جبهة النصرة), so the editions never lose it without a mark.

STUTTERS = [
    (
        "ar",
        "Fighting raged along the front line of the al-Nusra Front.",
        "اندلع القتال على طول خط جبهة جبهة النصرة.",
        "اندلع القتال على طول خط {nusra-front}.",
        "جبهة",
    ),
    (
        "ar",
        "Fighting raged near the al-Nusra Front.",
        "اندلع القتال قرب جبهة جبهة النصرة.",
        "اندلع القتال قرب {nusra-front}.",
        "جبهة",
    ),
    (
        "fa",
        "Fighting raged along the front line of the al-Nusra Front.",
        "درگیری در امتداد خط جبهه جبهه النصره ادامه داشت.",
        "درگیری در امتداد خط {nusra-front} ادامه داشت.",
        "جبهه",
    ),
    (
        "tr",
        "Fighting raged near the al-Nusra Front.",
        "Nusra Cephesi cephesi yakınında çatışmalar yaşandı.",
        "{nusra-front} yakınında çatışmalar yaşandı.",
        "cephesi",
    ),
    (
        "ru",
        "Vladimir Putin met Erdogan in Sochi.",
        "Владимир Владимир Путин встретился с Эрдоганом в Сочи.",
        "{putin} встретился с {erdogan:short+ins} в {sochi}.",
        "Владимир",
    ),
]


@pytest.mark.parametrize("language, source, output, expected, word", STUTTERS)
def test_a_word_of_the_name_written_twice_is_removed_and_the_sentence_marked(
    glossary, language, source, output, expected, word
):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert any(p.code == "name-beside" and f"'{word}' written twice" in p.message for p in segment.problems)


def test_a_first_name_the_model_added_once_is_taken_in_without_a_mark(glossary):
    # "Putin" alone in the source: the model's «Владимир» is the full name's own word, not a repetition
    segment = check(
        glossary,
        "ru",
        "Putin met Erdogan.",
        "Владимир Путин встретился с Эрдоганом.",
        "{putin:short} встретился с {erdogan:short+ins}.",
    )
    assert not any("written twice" in p.message for p in segment.problems)
