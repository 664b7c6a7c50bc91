"""A results table in the middle of a story, in each monolingual edition as LibreOffice sets it: the paragraph after
the table stands apart from it as paragraphs stand apart from each other, not glued to its bottom border."""

from __future__ import annotations

import pytest
from browser import require
from desk_runs import rendered_monolingual

pytestmark = pytest.mark.render

ARTICLE = """# Election results

Both cities voted on Sunday.

| Measure | 2019 | 2024 |
| --- | --- | --- |
| Turnout | 84% | 78% |
| Invalid votes | 2% | 3% |

Counting ended before midnight.

Observers reported no serious incidents.
"""

REVIEWED = {
    "Election results": {
        "ar": "نتائج الانتخابات",
        "fa": "نتایج انتخابات",
        "tr": "Seçim sonuçları",
        "ru": "Итоги выборов",
    },
    "Both cities voted on Sunday.": {
        "ar": "صوتت المدينتان يوم الأحد.",
        "fa": "هر دو شهر روز یکشنبه رأی دادند.",
        "tr": "Her iki şehir de pazar günü oy verdi.",
        "ru": "Оба города голосовали в воскресенье.",
    },
    "Measure": {"ar": "المؤشر", "fa": "شاخص", "tr": "Ölçüt", "ru": "Показатель"},
    "Turnout": {"ar": "المشاركة", "fa": "مشارکت", "tr": "Katılım", "ru": "Явка"},
    "Invalid votes": {"ar": "الأصوات الباطلة", "fa": "آرای باطله", "tr": "Geçersiz oylar", "ru": "Недействительные"},
    **{
        figure: dict.fromkeys(("ar", "fa", "tr", "ru"), figure) for figure in ("2019", "2024", "84%", "78%", "2%", "3%")
    },
    "Counting ended before midnight.": {
        "ar": "انتهى الفرز قبل منتصف الليل.",
        "fa": "شمارش آرا پیش از نیمه‌شب پایان یافت.",
        "tr": "Sayım gece yarısından önce bitti.",
        "ru": "Подсчёт завершился до полуночи.",
    },
    "Observers reported no serious incidents.": {
        "ar": "لم يبلغ المراقبون عن حوادث خطيرة.",
        "fa": "ناظران هیچ حادثه‌ی جدی گزارش نکردند.",
        "tr": "Gözlemciler ciddi bir olay bildirmedi.",
        "ru": "Наблюдатели не сообщили о серьёзных нарушениях.",
    },
}

# the first word of each line that matters, as pdftotext finds it (Arabic letters in visual order, either way)
LINES = {
    "ar": ("المؤشر", "المشاركة", "الباطلة", "انتهى", "المراقبون"),
    "fa": ("شاخص", "مشارکت", "باطله", "شمارش", "ناظران"),
    "tr": ("Ölçüt", "Katılım", "Geçersiz", "Sayım", "Gözlemciler"),
    "ru": ("Показатель", "Явка", "Недействительные", "Подсчёт", "Наблюдатели"),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_monolingual(tmp_path_factory.mktemp("results"), "results", ARTICLE, REVIEWED, list(LINES))


def _top(found, word: str) -> float:
    tops = [y for text, _, _, y in found if text in (word, word[::-1])]
    assert len(tops) == 1, f"{word!r} is {len(tops)} times on the page"
    return tops[0]


@pytest.mark.parametrize("code", list(LINES))
def test_the_paragraph_after_a_table_stands_apart_from_it(pages, code):
    header, first_row, last_row, after, next_paragraph = (_top(pages[code], word) for word in LINES[code])
    row_pitch = last_row - first_row  # a row's text to the next row's: the row's height
    assert first_row - header == pytest.approx(row_pitch, abs=1)
    # one line of body text to the next paragraph's: a line and the space after a paragraph
    assert next_paragraph - after > row_pitch
    # past the last row's bottom border, the paragraph after keeps space as paragraphs do (8.4 pt at 10.5 pt type)
    assert after - last_row >= row_pitch + 6, (
        f"{after - last_row:.1f} pt from the last row's text to the next paragraph's, a row is {row_pitch:.1f} pt"
    )
