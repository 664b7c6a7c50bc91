"""An edition's body as Markdown with the source's structure: headings, lists, quotes, tables, code, rules.

Each block is written with the prefixes of its containers (``> `` for a
quote, the list marker for the first line of a list item and as many spaces
on the lines after), so nesting is CommonMark's own; blocks of one tight list
follow each other without a blank line. A table is a GFM pipe table whose
first row is the header. Code blocks are fenced with more backticks than they
hold. An HTML block is written as a fenced ``html`` code block: the article's
own HTML is shown, never run, wherever the edition is rendered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..document import BlockKind, Container, ListItem, Quote, TranslatedBlock
from .structure import TableGroup, containers_of, first_in_item, grouped, list_marker

_DELIMITER_ROW = {"left": ":---", "center": ":---:", "right": "---:", "": "---"}


class InlineWriter(Protocol):
    """Writes a text block's content as Markdown inline text; in a pipe table's cell, escaped for the cell."""

    def __call__(self, block: TranslatedBlock, *, in_table_cell: bool = False) -> str: ...


def markdown_blocks(blocks: Sequence[TranslatedBlock], inline: InlineWriter) -> list[str]:
    """The lines of the body; ``inline`` writes a text block's content as Markdown inline text."""
    lines: list[str] = []
    before: tuple[Container, ...] = ()
    for group in grouped(blocks):
        containers = containers_of(group)
        if lines and not _tight_together(before, containers):
            lines.append("")
        first, rest = _prefixes(containers, before)
        body = _table(group, inline) if isinstance(group, TableGroup) else _block(group, inline)
        for index, line in enumerate(body):
            prefix = first if index == 0 else rest
            lines.append((prefix + line).rstrip() if line else prefix.rstrip())
        before = containers
    return _blank_lines_in_quotes(lines)


def _tight_together(before: tuple[Container, ...], containers: tuple[Container, ...]) -> bool:
    """Two groups in one tight list (items of it, or an item and the list nested in it): no blank line."""
    for depth, (above, here) in enumerate(zip(before, containers)):
        if isinstance(above, ListItem) and isinstance(here, ListItem) and above.list_number == here.list_number:
            return above.tight and before[:depth] == containers[:depth]
        if above != here:
            return False
    return False


def _prefixes(containers: tuple[Container, ...], before: tuple[Container, ...]) -> tuple[str, str]:
    """The prefix of a group's first line and of its other lines."""
    first, rest = "", ""
    for depth, container in enumerate(containers):
        if isinstance(container, Quote):
            first, rest = first + "> ", rest + "> "
        elif isinstance(container, ListItem):
            marker = list_marker(container) + " "
            opening = first_in_item(containers, before, depth)
            first, rest = first + (marker if opening else " " * len(marker)), rest + " " * len(marker)
    return first, rest


def _blank_lines_in_quotes(lines: list[str]) -> list[str]:
    """A blank line between two lines of one quote keeps the quote's ``>`` (else the quote would end)."""
    result = []
    for index, line in enumerate(lines):
        if line == "" and 0 < index < len(lines) - 1:
            above, below = _quote_depth(lines[index - 1]), _quote_depth(lines[index + 1])
            depth = min(above, below)
            if depth:
                line = ">" * depth if depth == 1 else " ".join(">" * depth)
        result.append(line)
    return result


def _quote_depth(line: str) -> int:
    match = re.match(r"^((?:> ?)+)", line)
    return match.group(1).count(">") if match else 0


def _block(block: TranslatedBlock, inline: InlineWriter) -> list[str]:
    kind = block.source.kind
    if kind is BlockKind.RULE:
        return ["---"]
    if kind in (BlockKind.CODE, BlockKind.HTML):
        text = block.source.verbatim.rstrip("\n")
        longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
        fence = "`" * (longest + 1)
        info = "html" if kind is BlockKind.HTML else re.sub(r"[^\w+.#-]", "", block.source.info)[:40]
        return [fence + info, *text.split("\n"), fence]
    text = inline(block)
    if kind is BlockKind.HEADING:
        return ["#" * max(1, min(6, block.source.level or 2)) + " " + text.replace("\\\n", " ")]
    return text.split("\n") if text else [""]


def _table(group: TableGroup, inline: InlineWriter) -> list[str]:
    columns = group.columns

    def row_line(row) -> str:
        cells = [
            " <br> ".join(inline(block, in_table_cell=True).replace("\\\n", "<br>") for block in blocks)
            for _, blocks in row
        ]
        cells += [""] * (columns - len(cells))
        return "| " + " | ".join(cells) + " |"

    rows = group.rows or [[]]
    lines = [row_line(rows[0]), "| " + " | ".join(_DELIMITER_ROW[a] for a in group.alignments) + " |"]
    lines += [row_line(row) for row in rows[1:]]
    return lines
