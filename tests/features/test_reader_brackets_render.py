"""Arabic and Persian editions as LibreOffice sets them: no line ends on an opening bracket whose number went to the
next line ("(" at a line's end, 1,200) on the next), and no line ends inside a range (2019–/2021)."""

from __future__ import annotations

from itertools import cycle, islice

import pytest
from browser import require
from desk_runs import rendered_side_by_side, rtl_listing

pytestmark = pytest.mark.render

_FIGURES = ["12", "2019-2021", "1,200", "45", "2020-2022", "7"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    article, reviewed = rtl_listing(
        "Figures", {"ar": "أرقام", "fa": "ارقام"}, (f"({figure})" for figure in islice(cycle(_FIGURES), 42))
    )
    return rendered_side_by_side(tmp_path_factory.mktemp("brackets"), "figures", article, reviewed)


def _line_ends(found):
    """The last word of each line of the translation's column (the right half): the leftmost, in right-to-left
    text; words that are only direction marks or joiners are no words."""
    half = max(x_max for _, _, x_max, _ in found) / 2
    lines: dict[int, list[tuple[float, str]]] = {}
    for text, x_min, _, y in found:
        shown = text.strip("\u2066\u2067\u2068\u2069\u200e\u200f\u2060")
        if x_min > half and shown:
            lines.setdefault(round(y), []).append((x_min, shown))
    return [min(words)[1] for _, words in sorted(lines.items())]


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_line_ends_on_an_opening_bracket_or_inside_a_range(pages, code):
    ends = _line_ends(pages[code])
    assert len(ends) > 10, "the paragraph runs over many lines"
    broken = [end for end in ends if end.endswith("(") or end.endswith("\u2013") or end.endswith("-")]
    assert broken == [], f"lines end on {broken}"
