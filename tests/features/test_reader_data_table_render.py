"""A data story's table of four columns in the Persian and Arabic side-by-side editions as LibreOffice sets them:
each table has half the page, where every column's longest word fits but not every cell on one line, and no word
of it is broken in the middle because a heading of words that may wrap (Imports (tonnes)) took the room of the
short words beside it (Yea/r, Chang/e, $450/m under shares of the characters each column asked)."""

from __future__ import annotations

import pytest
from browser import require
from desk_runs import rendered_side_by_side

pytestmark = pytest.mark.render

ARTICLE = """# Grain imports in numbers

Wheat imports fell again last year.

| Year | Imports (tonnes) | Cost | Change |
| --- | --- | --- | --- |
| 2021 | 1,500,000 | $450m | -2.4% |
| 2022 | 1,650,000 | $520m | 10% |
| 2023 | 1,400,000 | $480m | -15.2% |

Prices are expected to rise this year.
"""

REVIEWED = {
    "Grain imports in numbers": {"fa": "واردات غلات به زبان اعداد", "ar": "واردات الحبوب بالأرقام"},
    "Wheat imports fell again last year.": {
        "fa": "واردات گندم سال گذشته باز هم کاهش یافت.",
        "ar": "تراجعت واردات القمح مجددا العام الماضي.",
    },
    "Year": {"fa": "سال", "ar": "السنة"},
    "Imports (tonnes)": {"fa": "واردات (تن)", "ar": "الواردات (طن)"},
    "Cost": {"fa": "هزینه", "ar": "التكلفة"},
    "Change": {"fa": "تغییر", "ar": "التغير"},
    **{
        figure: dict.fromkeys(("fa", "ar"), figure)
        for figure in ("2021", "2022", "2023", "1,500,000", "1,650,000", "1,400,000", "-2.4%", "10%", "-15.2%")
    },
    **{amount: dict.fromkeys(("fa", "ar"), amount) for amount in ("$450m", "$520m", "$480m")},
    "Prices are expected to rise this year.": {
        "fa": "انتظار می‌رود قیمت‌ها امسال افزایش یابد.",
        "ar": "يتوقع أن ترتفع الأسعار هذا العام.",
    },
}

ENGLISH_WORDS = ("Year", "Imports", "(tonnes)", "Cost", "Change", "2021", "1,500,000", "$450m", "-15.2%")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_side_by_side(tmp_path_factory.mktemp("grain"), "grain", ARTICLE, REVIEWED)


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_no_word_of_the_english_table_is_broken(pages, code):
    found = [text for text, *_ in pages[code]]
    for word in ENGLISH_WORDS:
        assert word in found, f"{word!r} is not whole on the page: {found}"


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_no_heading_of_the_translation_s_table_is_broken(pages, code):
    found = [sorted(text) for text, *_ in pages[code]]  # pdftotext gives Arabic letters in visual order
    for english in ("Year", "Cost", "Change"):
        for word in REVIEWED[english][code].split():
            assert sorted(word) in found, f"{word!r} is not whole on the page"
