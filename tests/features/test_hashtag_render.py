"""Hashtags in Arabic and Persian editions as a reader sees them, rendered by LibreOffice: a hashtag of Arabic
letters (#سوريا_تنتصر, #ایران_آزاد) is one word whose "#" stands on its right, where its reading starts; a Latin
one (#Idlib) is one left-to-right word, "#" on its left; neither is broken by the edition's punctuation."""

from __future__ import annotations

import pytest
from browser import require
from desk_runs import rendered_side_by_side

pytestmark = pytest.mark.render

ARTICLE = """# Hashtags of the protest

Activists shared #سوريا_تنتصر and #Idlib on Monday.

Others wrote #ایران_آزاد, #غزة and #Gaza2024 before the march.
"""

REVIEWED = {
    "Hashtags of the protest": {"ar": "وسوم الاحتجاج", "fa": "هشتگ‌های اعتراض"},
    "Activists shared #سوريا_تنتصر and #Idlib on Monday.": {
        "ar": "نشر ناشطون #سوريا_تنتصر و#Idlib يوم الاثنين.",
        "fa": "فعالان #سوريا_تنتصر و #Idlib را دوشنبه منتشر کردند.",
    },
    "Others wrote #ایران_آزاد, #غزة and #Gaza2024 before the march.": {
        "ar": "وكتب آخرون #ایران_آزاد, #غزة و#Gaza2024 قبل المسيرة.",
        "fa": "دیگران پیش از راهپیمایی #ایران_آزاد, #غزة و #Gaza2024 نوشتند.",
    },
}
ARABIC_HASHTAGS = ["سوريا_تنتصر", "ایران_آزاد", "غزة"]
LATIN_HASHTAGS = ["Idlib", "Gaza2024"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_side_by_side(tmp_path_factory.mktemp("hashtags"), "tags", ARTICLE, REVIEWED)


def _lines(found) -> list[str]:
    """The translation column's lines (the right half of the page) as drawn, left to right: words touching each
    other joined (pdftotext cuts a word where the font changes, as at "_"), direction isolates left out; right-to-left
    words come in visual order, so "#سوريا" drawn with its "#" on the right reads "ايروس#"."""
    rows: dict[int, list[tuple[float, float, str]]] = {}
    for word, x_min, x_max, y_min in found:
        if x_min > 300:
            rows.setdefault(round(y_min / 4), []).append((x_min, x_max, word.strip("\u2066\u2067\u2068\u2069")))
    lines = []
    for row in rows.values():
        row.sort()
        text, end = "", None
        for x_min, x_max, word in row:
            if word:
                text += ("" if end is not None and x_min - end < 1.0 else " ") + word
                end = x_max
        lines.append(text)
    return lines


@pytest.mark.parametrize("code", ["fa", "ar"])
@pytest.mark.parametrize("body", ARABIC_HASHTAGS)
def test_a_hashtag_of_arabic_letters_is_one_word_with_its_sign_on_the_right(pages, code, body):
    lines = _lines(pages[code])
    drawn = [word.lstrip("\u060c.") for line in lines for word in line.split(" ")]  # a comma after it is on its left
    assert f"{body[::-1]}#" in drawn, lines
    assert not any(f"#{body[::-1]}" in line for line in lines), lines  # never on the left, where the reading ends


@pytest.mark.parametrize("code", ["fa", "ar"])
@pytest.mark.parametrize("body", LATIN_HASHTAGS)
def test_a_latin_hashtag_is_one_left_to_right_word_with_its_sign_on_the_left(pages, code, body):
    lines = _lines(pages[code])
    assert any(f"#{body}" in line for line in lines), lines
