"""Number runs in the Arabic and Persian editions as LibreOffice sets them: a time range (10:30-12:00, 9:00–17:30)
reads left to right whole, its first time left of its second, never cut inside a time (00:30-12:10 when the isolate
started inside 10:30); a season, a telephone number and a range of percentages too."""

from __future__ import annotations

import re
from itertools import cycle, islice

import pytest
from browser import require
from desk_runs import rendered_side_by_side, rtl_listing
from test_reader_units_render import _lines

from toolkit.localise import western_digits

pytestmark = pytest.mark.render

_RUNS = ["10:30-12:00", "9:00–17:30", "2023-2024", "+90 312 555 12 34", "1.5-2.0%", "23:45-01:15"]
# each run's parts, in the order a reader reads them left to right
_ORDER = {"10:30": "12:00", "9:00": "17:30", "2023": "2024", "23:45": "01:15", "1.5": "2.0"}
_TIME = re.compile(r"\d{1,2}:\d\d|\d{4}|\d\.\d")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    article, reviewed = rtl_listing("Timetable", {"ar": "الجدول", "fa": "جدول"}, islice(cycle(_RUNS), 48))
    return rendered_side_by_side(tmp_path_factory.mktemp("runs"), "runs", article, reviewed)


def _parts(line: list[str]) -> list[str]:
    """The times, years and decimals of a line, left to right (a line's words run right to left)."""
    return [part for word in reversed(line) for part in _TIME.findall(western_digits(word).replace("٫", "."))]


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_range_reads_left_to_right_with_its_times_whole(pages, code):
    lines = _lines(pages[code])
    assert len(lines) > 10, "the paragraph runs over many lines"
    parts = [_parts(line) for line in lines]
    assert sum(part.count("10:30") for part in parts) >= 6, "the ranges are on the page, their times whole"
    misread = [
        (part, line[index + 1])
        for line in parts
        for index, part in enumerate(line)
        if part in _ORDER and index + 1 < len(line) and line[index + 1] != _ORDER[part]
    ]
    assert misread == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_line_ends_inside_a_range(pages, code):
    lines = _lines(pages[code])
    # a line's last word is its leftmost: the start of a range (23:45-) there would leave its end to the next line
    assert [line[-1] for line in lines if re.search(r"[0-9۰-۹][-–]$", line[-1])] == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_word_is_a_time_cut_in_half(pages, code):
    words = [western_digits(text) for text, *_ in pages[code]]
    # 30-12 or 00–17: the minutes of one time joined to the hours of the next, as the cut isolate showed them
    assert [
        word for word in words if re.fullmatch(r"\(?\d\d[-–]\d{1,2}\)?[،,.]?", word.strip("\u2066\u2069\u2060"))
    ] == []
