"""Side-by-side Markdown that renders right on GitHub and in Pandoc.

Pipe tables cannot carry a direction, so the table is HTML: the translation
cell has ``dir="rtl"`` and ``lang``; the table itself gets no ``dir`` (that
would mirror the columns and put English on the right). The translated title
stands above the table in a ``<div dir=...>`` block, the portable RTL block.
Segments QA flagged are wrapped in ``<mark>`` (⚠) with the reason in a title; segments whose
names an editor should check, in ``<mark class="review">`` (⚑); a name not in the glossary yet, written
in the run's provisional rendering, in ``<mark class="provisional">``.

Inside the cells GitHub reads no Markdown, so structure and formatting are
HTML there: headings ``<h2>``-``<h6>``, list items as ``<ul>``/``<ol start>``
around the item (a row that goes on with an item begun above is indented under it, its marker not
repeated), quotes as ``<blockquote>``, a table as one row holding the
whole table on each side, code and HTML blocks as ``<pre><code>`` (shown,
never run), rules as ``<hr>``, and inline ``<strong>``, ``<em>``, ``<a href>``,
``<code>``, ``<br>``. No line inside the table is blank (a blank line would
end GitHub's HTML block): line ends inside code are ``&#10;``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import BlockKind, Container, Edition, ListItem, Quote, TranslatedBlock
from .markup import html_inline, title_markdown
from .structure import Group, TableGroup, containers_of, first_in_item, grouped
from .text import comment_text, escape, markdown_text, marked_markdown

_CELL_TAGS = {BlockKind.TITLE: "h2", BlockKind.HEADING: "h3", BlockKind.PARAGRAPH: "p"}


def _translation_html(
    block: TranslatedBlock, arabic_script: bool = False, arabic_italics: str = "bold", digits: str = "0123456789"
) -> str:
    text = ""
    for segment in block.segments:
        inline = marked_markdown(
            segment,
            html_inline(
                segment.pieces,
                arabic_script=arabic_script,
                arabic_italics=arabic_italics,
                mark_provisional=True,
                digits=digits,
            ),
        )
        text += ("" if not text or text.endswith("<br>") else " ") + inline
    return text


def _source_html(block: TranslatedBlock) -> str:
    return html_inline(block.source.pieces)


def _block_html(block: TranslatedBlock, inline: Callable[[TranslatedBlock], str]) -> str:
    kind = block.source.kind
    if kind is BlockKind.RULE:
        return "<hr>"
    if kind in (BlockKind.CODE, BlockKind.HTML):
        code = escape(block.source.verbatim.rstrip("\n"), quote=False).replace("\n", "&#10;")
        return f'<pre dir="ltr"><code>{code}</code></pre>'
    if kind is BlockKind.HEADING and block.source.level:
        tag = f"h{min(6, block.source.level + 1)}"
    else:
        tag = _CELL_TAGS.get(kind, "p")
    return f"<{tag}>{inline(block)}</{tag}>"


def _table_html(group: TableGroup, inline: Callable[[TranslatedBlock], str]) -> str:
    rows = []
    for row in group.rows:
        cells = []
        for cell, blocks in row:
            tag = "th" if cell.header else "td"
            align = f' align="{cell.align}"' if cell.align in ("left", "center", "right") else ""
            cells.append(f"<{tag}{align}>{'<br>'.join(inline(block) for block in blocks)}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _contained(html: str, containers: tuple[Container, ...], before: tuple[Container, ...] = ()) -> str:
    """``html`` inside its quotes and list items, innermost first. An item shows its number or bullet in the
    row where it starts; a row that goes on with an item begun above (its nested list, its second paragraph)
    is only indented under it (``<dl><dd>``, which GitHub keeps), so the item's marker is not shown twice."""
    for depth in reversed(range(len(containers))):
        container = containers[depth]
        if isinstance(container, Quote):
            html = f"<blockquote>{html}</blockquote>"
        elif isinstance(container, ListItem):
            if not first_in_item(containers, before, depth):
                html = f"<dl><dd>{html}</dd></dl>"
            elif container.ordered:
                html = f'<ol start="{container.number}"><li>{html}</li></ol>'
            else:
                html = f"<ul><li>{html}</li></ul>"
    return html


def group_html(group: Group, inline: Callable[[TranslatedBlock], str], before: tuple[Container, ...] = ()) -> str:
    """One row's side: a block (or a whole table) as HTML inside its containers; ``before`` are the containers
    of the row above (see :func:`_contained`)."""
    if isinstance(group, TableGroup):
        return _contained(_table_html(group, inline), group.containers, before)
    return _contained(_block_html(group, inline), containers_of(group), before)


def side_by_side_markdown(
    edition: Edition,
    generator: str = "toolkit",
    notice: str | None = None,
    arabic_italics: str = "bold",
    digits: str = "0123456789",
) -> str:
    """The side-by-side edition as Markdown; ``notice`` (why it is not published) stands above everything;
    ``digits`` are the edition's, for its raised footnote marks."""
    target = edition.language
    direction = "rtl" if target.rtl else "ltr"
    lines = [
        f"<!-- English / {comment_text(target.english_name)} side-by-side edition of "
        f"{comment_text(edition.document.name)}, generated by {comment_text(generator)}. "
        "Edit the glossary or memory and re-run; do not edit this file. -->",
        "",
    ]
    arabic_script = target.script == "Arab"
    title_block = next((block for block in edition.blocks if block.source.kind is BlockKind.TITLE), None)
    if title_block is None:
        source_title, translated_title = markdown_text(edition.document.title), markdown_text(edition.title)
    else:
        source_title = title_markdown(title_block.source.pieces)
        translated_title = title_markdown(title_block.pieces, arabic_script, arabic_italics)
    if notice:
        lines += [f'<p class="notice"><strong>⚠ {escape(notice, quote=False)}</strong></p>', ""]
    lines += [
        f"# {source_title}",
        "",
        f'<div dir="{direction}" lang="{target.code}">',
        "",
        f"# {translated_title}",
        "",
        "</div>",
        "",
        "<table>",
        "<thead>",
        f'<tr><th lang="en" width="50%">English</th>'
        f'<th dir="{direction}" lang="{target.code}" width="50%">{escape(target.native_name.capitalize())}</th></tr>',
        "</thead>",
        "<tbody>",
    ]

    def translation(block: TranslatedBlock) -> str:
        return _translation_html(block, arabic_script, arabic_italics, digits)

    before: tuple[Container, ...] = ()
    for group in grouped(edition.blocks):
        lines.append(
            f'<tr><td lang="en" valign="top">{group_html(group, _source_html, before)}</td>'
            f'<td dir="{direction}" lang="{target.code}" valign="top">'
            f"{group_html(group, translation, before)}</td></tr>"
        )
        before = containers_of(group)
    lines += ["</tbody>", "</table>", ""]
    return "\n".join(lines)
