"""A league table in a sports story, in the Persian and Arabic side-by-side editions as LibreOffice sets them: the
table in each column fits inside its column (no column of the translation's table sticks out past the page's
table, its first letters cut off by the border), and a team's name is never broken in the middle of the word
because every column was given the same width whatever it holds (Galatasar-ay under Team beside a wide Pos)."""

from __future__ import annotations

import pytest
from browser import require
from desk_runs import rendered_side_by_side

pytestmark = pytest.mark.render

ARTICLE = """# Week 12 results

Galatasaray went top on Saturday.

| Pos | Team | Played | Points |
| --- | --- | --- | --- |
| 1st | Galatasaray | 12 | 31 |
| 2nd | Fenerbahce | 12 | 29 |
| 3rd | Trabzonspor | 11 | 22 |
| 4th | Basaksehir | 12 | 20 |

Both leaders play again on Wednesday.
"""

TEAMS = {
    "Galatasaray": {"fa": "گالاتاسرای", "ar": "غلطة سراي"},
    "Fenerbahce": {"fa": "فنرباغچه", "ar": "فنربخشة"},
    "Trabzonspor": {"fa": "ترابزون‌اسپور", "ar": "طرابزون سبور"},
    "Basaksehir": {"fa": "باشاک‌شهیر", "ar": "باشاك شهير"},
}

REVIEWED = {
    "Week 12 results": {"fa": "نتایج هفته‌ی ۱۲", "ar": "نتائج الأسبوع 12"},
    "Galatasaray went top on Saturday.": {"fa": "گالاتاسرای روز شنبه صدرنشین شد.", "ar": "تصدّر غلطة سراي يوم السبت."},
    "Pos": {"fa": "رتبه", "ar": "المركز"},
    "Team": {"fa": "تیم", "ar": "الفريق"},
    "Played": {"fa": "بازی", "ar": "لعب"},
    "Points": {"fa": "امتیاز", "ar": "النقاط"},
    "1st": {"fa": "اول", "ar": "الأول"},
    "2nd": {"fa": "دوم", "ar": "الثاني"},
    "3rd": {"fa": "سوم", "ar": "الثالث"},
    "4th": {"fa": "چهارم", "ar": "الرابع"},
    **TEAMS,
    **{figure: dict.fromkeys(("fa", "ar"), figure) for figure in ("12", "31", "29", "11", "22", "20")},
    "Both leaders play again on Wednesday.": {
        "fa": "هر دو تیم صدرنشین چهارشنبه دوباره بازی می‌کنند.",
        "ar": "يلعب المتصدران مجددا يوم الأربعاء.",
    },
}

# the column's heading in the page's table, and the table's own first heading, in each edition
HEADINGS = {"fa": ("فارسی", "رتبه"), "ar": ("العربية", "المركز")}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_side_by_side(tmp_path_factory.mktemp("league"), "league", ARTICLE, REVIEWED)


def _boxes(found, word: str) -> list[tuple[float, float]]:
    """Where ``word`` stands on the page, its left and right: a word on the page with its letters (pdftotext gives
    Arabic letters in visual order, and a lam-alef ligature as alef-lam)."""
    return [(x_min, x_max) for text, x_min, x_max, _ in found if sorted(text) == sorted(word)]


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_the_translation_s_table_stays_inside_its_column(pages, code):
    column, first = HEADINGS[code]
    [(_, column_right)] = _boxes(pages[code], column)
    [(_, first_right)] = _boxes(pages[code], first)
    # the table's first column is at the right, as the column's own heading is: no further right than it
    assert first_right <= column_right + 0.5, (
        f"{first!r} ends at {first_right:.1f} pt, the column at {column_right:.1f}"
    )


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_no_team_name_is_broken_inside_a_word(pages, code):
    for english, translations in TEAMS.items():
        assert _boxes(pages[code], english), f"{english!r} is not whole in the English table"
        for word in translations[code].split():
            assert _boxes(pages[code], word), f"{word!r} of {translations[code]!r} is not whole on the page"
