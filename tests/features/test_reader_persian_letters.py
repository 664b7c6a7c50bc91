"""A Persian translation typed partly on an Arabic keyboard (Arabic ك, ي, ى), read in the Persian edition to publish:
the reader sees Persian ک and ی throughout, also in a heading and a list, while the Arabic edition keeps its own
letters and a hashtag the source quotes keeps the letters its author wrote. Before, each such sentence was an
`arabic-letters` error that held the Persian edition back."""

import pytest
from desk_runs import published_markdown

ARTICLE = """# Kermanshah quake

Ali said one day is not enough for the search.

- Mustafa's team arrived at night.

The hashtag #كرمانشاه trended.

Crowds chanted "We are all your sacrifice" outside the embassy.

The cleric quoted the verse "God is with the patient" in his sermon.
"""

REVIEWED = {
    "Kermanshah quake": {
        "ru": "Землетрясение в Керманшахе",
        "fa": "زلزله‌ی كرمانشاه",
        "tr": "Kirmanşah depremi",
        "ar": "زلزال كرمانشاه",
    },
    "Ali said one day is not enough for the search.": {
        "ru": "Али сказал, что одного дня для поисков мало.",
        "fa": "علي گفت يك روز براي جست‌وجو كافي نيست.",
        "tr": "Ali, arama için bir günün yetmediğini söyledi.",
        "ar": "قال علي إن يوما واحدا لا يكفي للبحث.",
    },
    "Mustafa's team arrived at night.": {
        "ru": "Команда Мустафы прибыла ночью.",
        "fa": "تيم مصطفى شب رسيد.",
        "tr": "Mustafa'nın ekibi gece geldi.",
        "ar": "وصل فريق مصطفى ليلا.",
    },
    "The hashtag #كرمانشاه trended.": {
        "ru": "Хештег #كرمانشاه попал в тренды.",
        "fa": "هشتگ #كرمانشاه پربازدید شد.",
        "tr": "#كرمانشاه etiketi gündem oldu.",
        "ar": "تصدر وسم #كرمانشاه.",
    },
    # a slogan and a verse the Persian translator quotes in their Arabic words: Arabic as it is written
    'Crowds chanted "We are all your sacrifice" outside the embassy.': {
        "ru": "Толпа скандировала «Мы все — твоя жертва» у посольства.",
        "fa": "جمعیت مقابل سفارت شعار «كلنا فداك يا نصر الله» سر داد.",
        "tr": "Kalabalık elçilik önünde “Hepimiz sana feda olalım” diye slogan attı.",
        "ar": "هتفت الحشود «كلنا فداك يا نصر الله» أمام السفارة.",
    },
    'The cleric quoted the verse "God is with the patient" in his sermon.': {
        "ru": "Священнослужитель привёл в проповеди аят «Аллах с терпеливыми».",
        "fa": "خطيب در خطبه‌اش آيه‌ی «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ» را خواند.",
        "tr": "Din adamı vaazında “Allah sabredenlerle beraberdir” ayetini okudu.",
        "ar": "تلا رجل الدين في خطبته الآية «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ».",
    },
}


@pytest.fixture
def published(workspace):
    return published_markdown(workspace, "quake", ARTICLE, REVIEWED)


def test_the_persian_edition_reads_persian_kaf_and_yeh(published):
    persian = published["fa"]
    assert "# زلزله‌ی کرمانشاه" in persian
    assert "علی گفت یک روز برای جست‌وجو کافی نیست." in persian
    assert "- تیم مصطفی شب رسید." in persian
    assert "هشتگ \\#كرمانشاه پربازدید شد." in persian  # the source's hashtag, as its author wrote it


def test_an_arabic_quotation_in_the_persian_edition_keeps_its_arabic_letters(published):
    persian = published["fa"]
    assert "جمعیت مقابل سفارت شعار «كلنا فداك يا نصر الله» سر داد." in persian
    # the Persian words around the verse take Persian letters, the verse keeps its own
    assert "خطیب در خطبه‌اش آیه‌ی «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ» را خواند." in persian


def test_an_arabic_quotation_is_no_error_that_holds_the_persian_edition_back(workspace, published):
    report = (workspace / "output" / "quake" / "report.md").read_text(encoding="utf-8")
    assert "Arabic letters" not in report


def test_the_arabic_edition_keeps_arabic_letters(published):
    assert "قال علي إن يوما واحدا لا يكفي للبحث." in published["ar"]
    assert "وصل فريق مصطفى ليلا." in published["ar"]
