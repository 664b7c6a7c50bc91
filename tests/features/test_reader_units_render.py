"""Temperatures in the Arabic and Persian editions as LibreOffice sets them: degrees written against their number
keep the degree sign beside the number (41°C, never °C41), and no line ends on the opening bracket of (106°F)."""

from __future__ import annotations

import re
from itertools import cycle, islice

import pytest
from browser import require
from desk_runs import rendered_side_by_side, rtl_listing

pytestmark = pytest.mark.render

_MEASURES = ["41°C", "(106°F)", "-3°C", "18–22°C", "95 km/h", "(27°F)", "51.2°C"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    article, reviewed = rtl_listing("Measures", {"ar": "قياسات", "fa": "اندازه‌ها"}, islice(cycle(_MEASURES), 48))
    return rendered_side_by_side(tmp_path_factory.mktemp("measures"), "measures", article, reviewed)


def _lines(found) -> list[list[str]]:
    """The words of each line of the translation's column (the right half), from the line's start (its rightmost
    word, in right-to-left text) to its end; words that are only direction marks or joiners are no words. Latin
    and Arabic faces sit at different heights on one line: a word within a few points of a line's top is on it."""
    half = max(x_max for _, _, x_max, _ in found) / 2
    shown = sorted(
        (y, x_min, text.strip("\u2066\u2067\u2068\u2069\u200e\u200f\u2060"))
        for text, x_min, _, y in found
        if x_min > half and text.strip("\u2066\u2067\u2068\u2069\u200e\u200f\u2060")
    )
    lines: list[list[tuple[float, float, str]]] = []
    for y, x_min, text in shown:
        if lines and y - lines[-1][0][0] < 6:
            lines[-1].append((y, x_min, text))
        else:
            lines.append([(y, x_min, text)])
    return [[text for _, _, text in sorted(line, key=lambda word: -word[1])] for line in lines]


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_line_ends_on_the_opening_bracket_of_a_temperature(pages, code):
    lines = _lines(pages[code])
    assert len(lines) > 10, "the paragraph runs over many lines"
    assert [line[-1] for line in lines if line[-1].endswith("(")] == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_degree_sign_stands_beside_its_number(pages, code):
    # left to right on the page: the number, the degree sign, the letter (41°C, (106°F)), never °C41; pdftotext may
    # give a number in Persian digits and its degrees as two words, the number's right beside the degrees' left
    half = max(x_max for _, _, x_max, _ in pages[code]) / 2
    found = [
        (text.strip("\u2066\u2067\u2068\u2069\u200e\u200f"), x_min, x_max, y)
        for text, x_min, x_max, y in pages[code]
        if x_min > half and text.strip("\u2066\u2067\u2068\u2069\u200e\u200f")
    ]
    degrees = [word for word in found if "°" in word[0]]
    assert len(degrees) > 10, "the paragraph has temperatures"
    apart = []
    for text, x_min, _, y in degrees:
        if re.search(r"[0-9۰-۹]°", text):
            continue
        left = [word for word in found if abs(word[3] - y) < 6 and word[2] <= x_min + 1]
        beside = max(left, key=lambda word: word[2])[0] if left else ""
        if not re.search(r"[0-9۰-۹]$", beside):
            apart.append((beside, text))
    assert apart == []
