"""Arabic and Persian editions as LibreOffice sets them: no line ends on an opening bracket whose number went to the
next line ("(" at a line's end, 1,200) on the next), and no line ends inside a range (2019–/2021)."""

from __future__ import annotations

from itertools import cycle, islice

import pytest
from browser import require
from desk_runs import rendered_side_by_side

pytestmark = pytest.mark.render

_WORDS = {
    "ar": ["قال", "المسؤول", "إن", "الحكومة", "ستنشر", "التقرير", "الكامل", "قريبا", "وأضاف", "أن", "الأرقام", "تغيرت"],
    "fa": ["گفت", "مسئول", "دولت", "گزارش", "کامل", "را", "منتشر", "خواهد", "کرد", "افزود", "ارقام", "تغییر"],
}
_FIGURES = ["12", "2019-2021", "1,200", "45", "2020-2022", "7"]


def _article() -> tuple[str, dict[str, dict[str, str]]]:
    """A long paragraph of figures in brackets after Arabic words of every length, so that lines end near many
    of its brackets and ranges, whatever the column's width."""
    english, translations = [], {code: [] for code in _WORDS}
    for index, figure in enumerate(islice(cycle(_FIGURES), 42)):
        count = 1 + index % 5
        english.append(f"{'item ' * count}({figure})")
        for code, words in _WORDS.items():
            translations[code].append(f"{' '.join(islice(cycle(words), index, index + count))} ({figure})")
    source = "The officials listed " + ", ".join(english) + "."
    reviewed = {
        "Figures": {"ar": "أرقام", "fa": "ارقام"},
        source: {c: "، ".join(t) + "." for c, t in translations.items()},
    }
    return f"# Figures\n\n{source}\n", reviewed


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    article, reviewed = _article()
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
