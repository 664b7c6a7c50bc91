"""The structure around an edition's blocks, for publishers: tables gathered, lists and quotes told apart.

A block knows the containers around it (:class:`toolkit.document.Container`);
editions rebuild lists, quotes and tables from them. :func:`grouped` gathers
the cells of one table into a :class:`TableGroup` (rows of cells, in order);
every other block stands alone. :func:`first_in_item` says whether a block
opens its list item (it carries the marker) or continues it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field

from ..document import BlockKind, Container, ListItem, TableCell, TranslatedBlock
from ..records import dataclass


@dataclass
class TableGroup:
    """The cells of one table, by row; ``containers`` are those around the table (a table in a list item)."""

    number: int
    containers: tuple[Container, ...]
    rows: list[list[tuple[TableCell, list[TranslatedBlock]]]] = field(default_factory=list)  # a cell's paragraphs

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    @property
    def alignments(self) -> list[str]:
        found = ["" for _ in range(self.columns)]
        for row in self.rows:
            for cell, _ in row:
                if cell.align and cell.column < len(found) and not found[cell.column]:
                    found[cell.column] = cell.align
        return found


Group = TranslatedBlock | TableGroup

_NOTE = re.compile(r"\[\^[^\]\s]{1,40}\]:")


def notes_last(blocks: Sequence[TranslatedBlock]) -> list[TranslatedBlock]:
    """The blocks with the source's footnotes ([^1]: ..., paragraphs outside lists, quotes and tables) moved to
    the end, in their order, where a reader of a page looks for them; the others in theirs."""
    notes = [
        block
        for block in blocks
        if block.source.kind is BlockKind.PARAGRAPH and not block.source.containers and _NOTE.match(block.source.text)
    ]
    if not notes:
        return list(blocks)
    kept = [block for block in blocks if not any(block is note for note in notes)]
    return kept + notes


def outer_containers(block: TranslatedBlock) -> tuple[Container, ...]:
    """The containers around a block outside its table cell (all of them when it is not in a table)."""
    containers = block.source.containers
    for index, container in enumerate(containers):
        if isinstance(container, TableCell):
            return containers[:index]
    return containers


def grouped(blocks: Sequence[TranslatedBlock]) -> list[Group]:
    """The blocks in order, with each table's cells gathered into one :class:`TableGroup`."""
    groups: list[Group] = []
    for block in blocks:
        cell = block.source.cell
        if cell is None:
            groups.append(block)
            continue
        last = groups[-1] if groups else None
        if not (isinstance(last, TableGroup) and last.number == cell.table_number):
            last = TableGroup(cell.table_number, outer_containers(block))
            groups.append(last)
        while len(last.rows) <= cell.row:
            last.rows.append([])
        row = last.rows[cell.row]
        if row and row[-1][0].column == cell.column:  # a second paragraph in one cell
            row[-1][1].append(block)
        else:
            row.append((cell, [block]))
    return groups


def containers_of(group: Group) -> tuple[Container, ...]:
    return group.containers if isinstance(group, TableGroup) else group.source.containers


def first_in_item(containers: tuple[Container, ...], before: tuple[Container, ...], depth: int) -> bool:
    """Whether the list item at ``depth`` of ``containers`` starts here (the group before was not in it)."""
    return len(before) <= depth or before[depth] != containers[depth]


def list_marker(item: ListItem) -> str:
    """The item's marker as Markdown writes it: "-" or "3." (the source's own characters where it had them)."""
    if item.ordered:
        return f"{item.number}{item.marker if item.marker in ('.', ')') else '.'}"
    return item.marker if item.marker in ("-", "*", "+") else "-"
