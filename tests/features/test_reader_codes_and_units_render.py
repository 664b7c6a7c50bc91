"""Measures and reference codes in the Arabic and Persian editions as LibreOffice sets them: a number keeps its Latin
unit or time zone on its line (15 km, 95 km/h, 10:30 GMT), a measure alone in brackets never leaves its "(" at a
line's end ((00:40 GMT)), and a court's file number reads left to right as written (3 K 45/24, never K 45/24 3)."""

from __future__ import annotations

import re
from itertools import cycle, islice, pairwise

import pytest
from browser import require
from desk_runs import rendered_side_by_side, rtl_listing
from test_reader_units_render import _lines

pytestmark = pytest.mark.render

_MEASURES = ["15 km", "95 km/h", "(00:40 GMT)", "250 kg", "10:30 GMT", "(95 km/h)", "512 GB", "(3 K 45/24)"]
_UNITS = {"km", "km/h", "kg", "GMT", "GB"}
_DIGIT_AT_END = re.compile(r"[0-9۰-۹]$")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    article, reviewed = rtl_listing("Measures", {"ar": "قياسات", "fa": "اندازه‌ها"}, islice(cycle(_MEASURES), 56))
    return rendered_side_by_side(tmp_path_factory.mktemp("codes"), "codes", article, reviewed)


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_number_keeps_its_latin_unit_on_its_line(pages, code):
    lines = _lines(pages[code])
    assert len(lines) > 10, "the paragraph runs over many lines"
    split = [
        (line[-1], following[0])
        for line, following in pairwise(lines)
        if _DIGIT_AT_END.search(line[-1]) and not line[-1].startswith("(") and following[0] in _UNITS
    ]
    assert split == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_line_ends_on_the_bracket_of_a_measure(pages, code):
    lines = _lines(pages[code])
    assert [
        (line[-1], following[0])
        for line, following in pairwise(lines)
        if line[-1].endswith("(") and re.match(r"[0-9۰-۹]", following[0])
    ] == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_court_file_number_reads_left_to_right(pages, code):
    # on the page, left to right: 3, K, 45/24 (the brackets on either end); before, the 3 stood right of 45/24
    half = max(x_max for _, _, x_max, _ in pages[code]) / 2
    stripped = [(text.strip("()\u2066\u2069\u200e"), x_min, y) for text, x_min, _, y in pages[code] if x_min > half]
    found = [word for word in stripped if word[0]]  # a bracket alone is no word
    registers = [word for word in found if word[0] == "K"]
    assert len(registers) > 3, "the paragraph has file numbers"
    misplaced = []
    for _, x_min, y in registers:
        # the code may wrap at a space as English text does, but never reorders: on K's line, its chamber's 3 is
        # just left of it and its 45/24 just right of it, where they are on that line at all
        line = sorted((x, text) for text, x, top in found if abs(top - y) < 6)
        at = [x for x, _ in line].index(x_min)
        left = [text for _, text in line[:at]]
        right = [text for _, text in line[at + 1 :]]
        if "45/24" in left or "3" in right or (left and "3" in left and left[-1] != "3"):
            misplaced.append((" ".join(left[-2:]), "K", " ".join(right[:2])))
    assert misplaced == []
