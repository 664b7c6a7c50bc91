"""Persian and Arabic editions as LibreOffice sets them: a Latin phrase made of names the glossary lacks (each a
provisional name of its own) reads left to right as one phrase, and a bare web address is one word in order."""

from __future__ import annotations

import pytest
from browser import require
from desk_runs import rendered_side_by_side

pytestmark = pytest.mark.render

ARTICLE = """# Oil forecasts raised

Analysts at Energy Aspects and Goldman Sachs raised their forecasts, the figures at TankerTrackers.com show.
"""

REVIEWED = {
    "Oil forecasts raised": {"fa": "پیش‌بینی‌های نفت افزایش یافت", "ar": "رفع توقعات النفط"},
    "Analysts at Energy Aspects and Goldman Sachs raised their forecasts, the figures at TankerTrackers.com show.": {
        "fa": "به گزارش TankerTrackers.com، تحلیلگران Energy Aspects و Goldman Sachs پیش‌بینی‌های خود را بالا بردند.",
        "ar": "رفع محللو Energy Aspects وGoldman Sachs توقعاتهم، بحسب أرقام TankerTrackers.com.",
    },
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_side_by_side(tmp_path_factory.mktemp("phrases"), "phrases", ARTICLE, REVIEWED)


def _box(found, word, half):
    """The box of ``word`` in the translation's column (the right half of the page)."""
    for text, x_min, x_max, y in found:
        if x_min > half and text.strip("،,.") in (word, "و" + word):
            return x_min, x_max, y
    raise AssertionError(f"{word!r} not in the translation column: {[w[0] for w in found if w[1] > half]}")


@pytest.mark.parametrize("code", ["fa", "ar"])
@pytest.mark.parametrize(("first", "second"), [("Energy", "Aspects"), ("Goldman", "Sachs")])
def test_a_phrase_of_two_provisional_names_reads_left_to_right(pages, code, first, second):
    found = pages[code]
    half = max(x_max for _, _, x_max, _ in found) / 2
    left, right = _box(found, first, half), _box(found, second, half)
    assert abs(left[2] - right[2]) < 2, "the phrase is on one line"
    assert left[1] <= right[0], f"{first} stands right of {second}: the phrase reads backwards"


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_a_bare_web_address_is_one_word_as_written(pages, code):
    half = max(x_max for _, _, x_max, _ in pages[code]) / 2
    assert _box(pages[code], "TankerTrackers.com", half)
