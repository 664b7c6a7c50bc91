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
