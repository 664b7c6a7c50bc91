"""The widths of a DOCX table's columns: each as wide as what it holds asks (a team's name beside a column of ranks),
within the width the table has, and a table inside a cell within the cell's margins."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Twips

from toolkit.document import Piece, TableCell
from toolkit.publish.structure import TableGroup
from toolkit.publish.wordformat import CELL_MARGIN, column_widths


def _group(rows: list[list[str]]) -> TableGroup:
    group = TableGroup(1, ())
    for r, row in enumerate(rows):
        group.rows.append([(TableCell(1, r, c), [text]) for c, text in enumerate(row)])  # type: ignore[list-item]
    return group


def _chunks(block):
    return [([Piece(block)], None)]


def _table(rows: list[list[str]], inside_a_cell: bool, width: int = 4800):
    document = docx.Document()
    if inside_a_cell:
        outer = document.add_table(rows=1, cols=1)
        cell = outer.cell(0, 0)
        cell.width = Twips(width)
        return cell.add_table(len(rows), len(rows[0]))
    return document.add_table(len(rows), len(rows[0]))


def _grid(table) -> list[int]:
    return [int(column.get(qn("w:w"))) for column in table._tbl.tblGrid.findall(qn("w:gridCol"))]


LEAGUE = [["Pos", "Team", "Points"], ["1st", "Galatasaray", "31"], ["2nd", "Manchester United", "29"]]


def test_a_column_of_names_is_wider_than_a_column_of_ranks():
    table = _table(LEAGUE, inside_a_cell=False)
    total = sum(_grid(table))
    widths = column_widths(table._tbl, _group(LEAGUE), _chunks)
    assert widths == _grid(table)
    assert widths[1] > 2 * widths[0] and widths[1] > 2 * widths[2]
    assert sum(widths) <= total


def test_a_table_inside_a_cell_keeps_within_the_cell_s_margins():
    table = _table(LEAGUE, inside_a_cell=True, width=4800)
    widths = column_widths(table._tbl, _group(LEAGUE), _chunks)
    assert sum(widths) <= 4800 - 2 * CELL_MARGIN


@pytest.mark.parametrize("inside_a_cell", [False, True])
def test_more_columns_than_the_width_holds_margins_for_share_it_equally(inside_a_cell):
    rows = [[f"C{n}" for n in range(40)], [str(n) for n in range(40)]]
    table = _table(rows, inside_a_cell=inside_a_cell)
    total = sum(_grid(table))
    widths = column_widths(table._tbl, _group(rows), _chunks)
    assert len(set(widths)) == 1 and widths[0] > 0
    assert sum(widths) <= total


@pytest.mark.parametrize(
    "long_word",
    ["https://www.example.com/" + "reports/2026/" * 16 + "table.pdf", "a" * 100_000],
)
def test_a_cell_s_very_long_word_does_not_take_the_room_of_the_names_beside_it(long_word):
    rows = [["Team", "Source"], ["Galatasaray", long_word], ["Manchester United", "-"]]
    table = _table(rows, inside_a_cell=False)
    total = sum(_grid(table))
    widths = column_widths(table._tbl, _group(rows), _chunks)
    # the names' column keeps about a third of the width (17 of 57 characters asked), not a few letters' room
    assert widths[0] > total // 4 and widths[1] > widths[0]
    assert sum(widths) <= total


GRAIN = [
    ["Year", "Imports (tonnes)", "Cost", "Change"],
    ["2021", "1,500,000", "$450m", "-2.4%"],
    ["2022", "1,650,000", "$520m", "10%"],
    ["2023", "1,400,000", "$480m", "-15.2%"],
]


def test_in_a_side_by_side_cell_each_column_keeps_its_longest_word_and_a_heading_of_words_wraps():
    # half an A4 page's text: the four columns' longest words fit, their cells on one line do not
    table = _table(GRAIN, inside_a_cell=True, width=4819)
    widths = column_widths(table._tbl, _group(GRAIN), _chunks)
    text = [width - 2 * CELL_MARGIN for width in widths]
    # Year in bold at 10.5 points takes about 480 twips (LibreOffice broke it in 482: Yea/r), Change about 780,
    # $450m and -15.2% about 700
    assert text[0] >= 520 and text[2] >= 720 and text[3] >= 800, text
    assert text[1] > text[3]  # Imports (tonnes) still the widest, on two lines
    assert sum(widths) <= 4819 - 2 * CELL_MARGIN


def test_the_room_a_column_asks_grows_with_the_body_size():
    small = column_widths(_table(GRAIN, inside_a_cell=True, width=4819)._tbl, _group(GRAIN), _chunks, body_size=9)
    large = column_widths(_table(GRAIN, inside_a_cell=True, width=4819)._tbl, _group(GRAIN), _chunks, body_size=12)
    assert large[0] > small[0] and large[3] > small[3]  # the short words' columns take what they need at the size


def test_a_number_grouped_with_no_break_spaces_is_one_word_and_keeps_its_column_s_room():
    def first_column(number: str) -> int:
        rows = [["Импорт", "Комментарий к данным"], [number, "Данные за год по оценке программы"]]
        table = _table(rows, inside_a_cell=True, width=3648)
        return column_widths(table._tbl, _group(rows), _chunks)[0] - 2 * CELL_MARGIN

    # 1 500 000 is not broken at its no-break spaces: it asks its whole room beside words that may wrap; with
    # ordinary spaces it may wrap too, and asks less
    assert first_column("1\u00a0500\u00a0000") >= 1000 > 900 > first_column("1 500 000")


def test_where_not_every_longest_word_fits_a_column_of_short_numbers_still_keeps_its_own():
    rows = [["Year", "Independent observers", "Participation"], ["2021", "Internationally", "Extraordinary"]]
    table = _table(rows, inside_a_cell=True, width=3000)
    widths = column_widths(table._tbl, _group(rows), _chunks)
    # the longest words ask more than the width: the years keep their four digits' room, the long words share the rest
    assert widths[0] - 2 * CELL_MARGIN >= 520
    assert widths[1] > widths[0] and widths[2] > widths[0]
    assert sum(widths) <= 3000 - 2 * CELL_MARGIN
