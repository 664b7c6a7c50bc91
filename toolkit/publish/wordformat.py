"""Formatting and structure in DOCX editions: formatted runs, hyperlinks, list numbering, quotes, tables, code.

- **Runs** of a formatted piece keep their language's character style and add
  direct formatting: ``w:b``/``w:bCs``, ``w:i``/``w:iCs`` (never on Arabic
  script: bold instead, or plain, as ``typography.arabic_italics`` says),
  ``w:u``, ``w:strike``; inline code in a monospace font, left to right.
- **Links** are ``w:hyperlink`` elements whose ``r:id`` names an external
  relationship of the document part, so Word and LibreOffice open them on a
  click; inside right-to-left text a Latin link text is its own left-to-right
  run, as every Latin word is (:func:`toolkit.publish.word.split_by_direction`).
  An address that could run code is never written (the reader already
  refused it; this is the last guard).
- **Lists** use Word's numbering part: one bullet and one decimal
  ``w:abstractNum`` with nine levels, and a ``w:num`` per list of the source
  (an ordered list restarts at its own start number); a paragraph names its
  list and level in ``w:numPr``. Indents are ``w:ind`` start and hanging,
  which a right-to-left (``w:bidi``) paragraph measures from the right; a
  right-to-left item is indented one step further, as LibreOffice sets its
  number outwards from the hanging edge (over the border of a table cell).
  An ordered list of an edition whose digits are not 0-9 (Persian; Arabic
  with native digits) has its numbers written as text in those digits
  ("۳." and a tab, at the same hanging indent): Word would show them only
  through its ``hindiNumbers`` format, which LibreOffice renders as 1, 2, 3.
- **Quotes** are the built-in Quote style, **code and HTML blocks** a "Code
  Block" paragraph style in a monospace font, always left to right, and
  **rules** an empty paragraph with a bottom border.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import BlockKind, Container, ListItem, Piece, Quote, TranslatedBlock
from ..formatting import BOLD, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from ..languages import Language
from ..patterns import LazyPattern
from ..records import dataclass
from .structure import Group, TableGroup, first_in_item
from .word import (
    _NOT_XML,
    _PPR_ORDER,
    _RPR_ORDER,
    Mark,
    ParagraphStyle,
    RunStyles,
    _element,
    _put,
    paragraph_properties,
    split_pieces_by_direction,
)
from .wordpackage import HYPERLINK, Table, qn

MONOSPACE = "Liberation Mono"  # metric-compatible with Courier New; DejaVu Sans Mono where it is missing
LINK_COLOUR = "0563C1"  # Word's own Hyperlink colour
_BULLETS = ("•", "◦", "▪")
_INDENT_STEP = 360  # twentieths of a point: a quarter inch per level


def format_properties(
    formats: frozenset[Format], lang: Language, arabic_italics: str = "bold", code: bool = False
) -> dict[str, dict[str, str]]:
    """The direct run properties (w:rPr children) of a piece with ``formats`` in ``lang``."""
    kinds = {f.kind for f in formats}
    if ITALIC in kinds and lang.script == "Arab":
        kinds.discard(ITALIC)
        if arabic_italics == "bold":
            kinds.add(BOLD)
    properties: dict[str, dict[str, str]] = {}
    if BOLD in kinds:
        properties["b"] = {}
        properties["bCs"] = {}
    if ITALIC in kinds:
        properties["i"] = {}
        properties["iCs"] = {}
    if STRIKE in kinds:
        properties["strike"] = {}
    if UNDERLINE in kinds or LINK in kinds:
        properties["u"] = {"val": "single"}
    if LINK in kinds:
        properties["color"] = {"val": LINK_COLOUR}
    if code:
        properties["rFonts"] = {"ascii": MONOSPACE, "hAnsi": MONOSPACE, "cs": MONOSPACE}
        properties["noProof"] = {}
    return properties


def add_properties(run, properties: dict[str, dict[str, str]]) -> None:
    """Add direct properties to a run built from a character style (its w:rPr already names the style)."""
    if not properties:
        return
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = _element("rPr", like=run)
        run.insert(0, rpr)
    for child, attributes in properties.items():
        _put(rpr, child, attributes, _RPR_ORDER)


class Hyperlinks:
    """External hyperlink relationships of one document part, one per address."""

    def __init__(self, part):
        self.part = part
        self._ids: dict[str, str] = {}

    def element(self, url: str, like):
        """A new ``w:hyperlink`` (of the document of ``like``) pointing at ``url``, or None for an address that may
        not be written."""
        address = safe_url(url)
        if address is None:
            return None
        if address not in self._ids:
            self._ids[address] = self.part.relate_to(address, HYPERLINK, is_external=True)
        hyperlink = _element("hyperlink", like=like)
        hyperlink.set(qn("r:id"), self._ids[address])
        hyperlink.set(qn("w:history"), "1")
        return hyperlink


def append_formatted(
    runs: RunStyles,
    paragraph,
    pieces: list[Piece],
    mark=None,
    *,
    hyperlinks: Hyperlinks,
    arabic_italics: str = "bold",
    provisional_mark: Mark | None = None,
    digits: str = "0123456789",
    footnote_marks: bool = True,
) -> None:
    """Append pieces as runs of ``runs``' language with their formatting, links as ``w:hyperlink``.

    With ``footnote_marks``, a Markdown footnote mark ([^1]) is a raised run of its label, a number in the
    edition's ``digits``; where it starts a paragraph with a colon ([^1]: Reuters...), the paragraph is the note,
    and the colon goes. Without, the mark is text as written (a review edition, read back into the memory).

    Pieces without formatting become exactly the runs :meth:`RunStyles.append` makes.
    With ``provisional_mark``, a name not in the glossary yet carries that mark
    instead of the sentence's (the editions editors review show it; those to publish do not).
    """
    p = getattr(paragraph, "_p", paragraph)
    language = runs.language
    current_link: tuple[str, object] | None = None
    # the sentence read whole for direction: a left-to-right run may go on over a name, bold or a link
    directions = split_pieces_by_direction([_NOT_XML.sub("", piece.text) for piece in pieces], language.rtl)
    for piece, parts in zip(pieces, directions, strict=True):
        piece_mark = provisional_mark if provisional_mark and piece.provisional else mark
        if not piece.formats:
            current_link = None
            if footnote_marks and not piece.code and "[^" in piece.text:
                _append_with_footnote_marks(runs, p, p, piece, piece_mark, digits, arabic_italics)
            else:
                runs.append(p, [piece], piece_mark, parts)
            continue
        link = next((f.target for f in piece.formats if f.kind == LINK), None)
        if link is None:
            current_link = None
            target = p
        elif current_link is not None and current_link[0] == link:
            target = current_link[1]
        else:
            element = hyperlinks.element(link, p)
            if element is None:
                target, current_link = p, None
            else:
                p.append(element)
                target, current_link = element, (link, element)
        if footnote_marks and not piece.code and "[^" in piece.text:  # a mark in a link's text: inside the link
            _append_with_footnote_marks(runs, p, target, piece, piece_mark, digits, arabic_italics)
            continue
        properties = format_properties(piece.formats, language, arabic_italics, piece.code)
        before = len(target)
        if piece.code:
            runs.append_ltr(target, piece.text, piece_mark)
        else:
            runs.append(target, [Piece(piece.text)], piece_mark, parts)
        for run in list(target)[before:]:
            add_properties(run, properties)


def _append_with_footnote_marks(
    runs: RunStyles, p, target, piece: Piece, mark, digits: str, arabic_italics: str
) -> None:
    """Append a piece whose text holds footnote marks to ``target`` (the paragraph ``p``, or a hyperlink in it):
    its text as runs, each mark a superscript run."""
    from ..localise import FOOTNOTE_MARK

    properties = format_properties(piece.formats, runs.language, arabic_italics)
    starts_paragraph = p.find(qn("w:r")) is None and p.find(qn("w:hyperlink")) is None
    position = 0
    parts: list[tuple[str, bool]] = []
    for match in FOOTNOTE_MARK.finditer(piece.text):
        parts.append((piece.text[position : match.start()], False))
        label = match["label"]
        if label.isdigit():
            label = label.translate(str.maketrans("0123456789", digits))
        parts.append((label, True))
        note = starts_paragraph and not piece.text[: match.start()].strip()
        if match["colon"] and not note:
            parts.append((":", False))
        position = match.end()
    parts.append((piece.text[position:], False))
    for text, raised in parts:
        if not text:
            continue
        before = len(target)
        runs.append(target, [Piece(text)], mark)
        for run in list(target)[before:]:
            add_properties(run, {**properties, "vertAlign": {"val": "superscript"}} if raised else properties)


class ListNumbering:
    """Word list numbering for one document: two abstract definitions, one ``w:num`` per source list.

    ``digits`` are the edition's ten digits: other than 0-9, an ordered item's number is written as text in them
    (a run before the item's text and a tab to its hanging indent) instead of Word's numbering."""

    def __init__(self, document, digits: str = "0123456789"):
        self.document = document
        self.digits = digits
        self._abstract: dict[bool, int] = {}  # ordered -> abstractNumId, added when the first list needs it
        self._nums: dict[int, int] = {}

    @property
    def numbering(self):
        return self.document.numbering_element

    def _abstract_id(self, ordered: bool) -> int:
        if not self._abstract:
            existing = [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.findall(qn("w:abstractNum"))]
            first = max(existing, default=-1) + 1
            self._abstract = {False: first, True: first + 1}
            for kind, number in self._abstract.items():
                self._add_abstract(number, kind)
        return self._abstract[ordered]

    def _add_abstract(self, number: int, ordered: bool) -> None:
        like = self.numbering
        abstract = _element("abstractNum", {"abstractNumId": str(number)}, like=like)
        abstract.append(_element("multiLevelType", {"val": "hybridMultilevel"}, like=like))
        for level in range(9):
            lvl = _element("lvl", {"ilvl": str(level)}, like=like)
            lvl.append(_element("start", {"val": "1"}, like=like))
            lvl.append(_element("numFmt", {"val": "decimal" if ordered else "bullet"}, like=like))
            lvl.append(_element("lvlText", {"val": f"%{level + 1}." if ordered else _BULLETS[level % 3]}, like=like))
            lvl.append(_element("lvlJc", {"val": "start"}, like=like))
            ppr = _element("pPr", like=like)
            indent = {"left": str(_INDENT_STEP * (level + 1)), "hanging": str(_INDENT_STEP)}
            ppr.append(_element("ind", indent, like=like))
            lvl.append(ppr)
            abstract.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is None:
            self.numbering.append(abstract)
        else:
            first_num.addprevious(abstract)

    def num_id(self, item: ListItem) -> int:
        """The ``w:num`` of the list ``item`` belongs to, added on first use (an ordered list starts at its start)."""
        if item.list_number not in self._nums:
            ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
            num_id = max(ids, default=0) + 1
            like = self.numbering
            num = _element("num", {"numId": str(num_id)}, like=like)
            abstract = self._abstract_id(item.ordered)
            num.append(_element("abstractNumId", {"val": str(abstract)}, like=like))
            override = _element("lvlOverride", {"ilvl": "0"}, like=like)
            override.append(_element("startOverride", {"val": str(item.start if item.ordered else 1)}, like=like))
            num.append(override)
            self.numbering.append(num)
            self._nums[item.list_number] = num_id
        return self._nums[item.list_number]

    def number_text(self, item: ListItem) -> str | None:
        """The number of an ordered ``item`` as text in the edition's digits ("۳."), or None where Word numbers
        it (bullets, and numbers in 0-9)."""
        if not item.ordered or self.digits == "0123456789":
            return None
        number = str(item.number).translate(str.maketrans("0123456789", self.digits))
        return number + (item.marker if item.marker in (".", ")") else ".")

    def apply(
        self, paragraph, containers: tuple[Container, ...], first_in_item: bool, runs: RunStyles | None = None
    ) -> None:
        """Number a paragraph as its innermost list item (or indent it under the item it continues); ``runs``
        writes a number that is text (:meth:`number_text`)."""
        items = [c for c in containers if isinstance(c, ListItem)]
        if not items:
            return
        p = getattr(paragraph, "_p", paragraph)
        ppr = paragraph_properties(p)
        level = len(items) - 1
        # LibreOffice sets a right-to-left paragraph's number from the hanging indent's edge outwards, so at the
        # definition's indent "1." stands over the cell border or margin: a right-to-left item is indented one
        # step further, which leaves its number a step of room on either reading (Word sets it inwards).
        steps = level + (2 if ppr.find(qn("w:bidi")) is not None else 1)
        written = self.number_text(items[-1]) if runs is not None else None
        if first_in_item and written is not None:
            left = _INDENT_STEP * steps
            _put(ppr, "ind", {"left": str(left), "hanging": str(_INDENT_STEP)}, _PPR_ORDER)
            _put(ppr, "tabs", {}, _PPR_ORDER).append(_element("tab", {"val": "left", "pos": str(left)}, like=ppr))
            holder = _element("p", like=ppr)
            runs.append(holder, [Piece(written + "\t")])  # type: ignore[union-attr]
            for run in reversed(list(holder)):
                ppr.addnext(run)
        elif first_in_item:
            numpr = _put(ppr, "numPr", {}, _PPR_ORDER)
            numpr.append(_element("ilvl", {"val": str(level)}, like=ppr))
            numpr.append(_element("numId", {"val": str(self.num_id(items[-1]))}, like=ppr))
            if steps > level + 1:
                _put(ppr, "ind", {"left": str(_INDENT_STEP * steps), "hanging": str(_INDENT_STEP)}, _PPR_ORDER)
        else:
            _put(ppr, "ind", {"left": str(_INDENT_STEP * steps)}, _PPR_ORDER)


def plain_quote_style(document, lang: Language) -> None:
    """The built-in Quote style made fit for ``lang``: not centred (alignment is logical in a bidi paragraph),
    and without the template's italics in Arabic script."""
    found = document.style_by_name("Quote")
    if found is None:
        return
    style = document.edit_style(found.get(qn("w:styleId")))
    ppr = style.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:jc")) is not None:
        ppr.remove(ppr.find(qn("w:jc")))
    rpr = style.find(qn("w:rPr"))
    if rpr is not None and lang.script == "Arab":
        for tag in ("w:i", "w:iCs"):
            if rpr.find(qn(tag)) is not None:
                rpr.remove(rpr.find(qn(tag)))


def quote_indent(paragraph, depth: int) -> None:
    """Indent a paragraph of a quote (nested quotes further), both sides."""
    if depth <= 0:
        return
    ppr = paragraph_properties(getattr(paragraph, "_p", paragraph))
    if ppr.find(qn("w:numPr")) is None:
        _put(ppr, "ind", {"left": str(720 * depth), "right": str(720)}, _PPR_ORDER)


def rule(paragraph) -> None:
    """Make an empty paragraph a horizontal rule: a bottom border."""
    ppr = paragraph_properties(getattr(paragraph, "_p", paragraph))
    borders = _put(ppr, "pBdr", {}, _PPR_ORDER)
    borders.append(_element("bottom", {"val": "single", "sz": "6", "space": "1", "color": "auto"}, like=ppr))


def right_to_left_table(table: Table) -> None:
    """A table of a right-to-left edition reads from the right: its first column stands at the right."""
    tblpr = table._tbl.find(qn("w:tblPr"))
    before = [tblpr.find(qn(f"w:{tag}")) for tag in ("tblOverlap", "tblpPr", "tblStyle")]
    anchor = next((element for element in before if element is not None), None)
    if anchor is None:
        tblpr.insert(0, _element("bidiVisual", like=tblpr))
    else:
        anchor.addnext(_element("bidiVisual", like=tblpr))


@dataclass
class BodyStyles:
    """The paragraph styles a body is written in; ``heading`` gives the style of a heading level."""

    paragraph: ParagraphStyle
    heading: Callable[[int], ParagraphStyle]
    quote: ParagraphStyle
    code: ParagraphStyle
    title: ParagraphStyle | None = None  # side-by-side editions show the title as a row of the table
    # points above the paragraph after a table: Word gives a table no space after, so without it the paragraph
    # stands against the table's bottom border (side-by-side editions hold a table alone in its cell: none)
    after_table: float = 0.0


Chunk = tuple[list[Piece], Mark | None]  # one sentence's pieces and the mark QA gave it

# Word's and LibreOffice's space between a cell's border and its text, on either side (the Table Grid style's)
CELL_MARGIN = 108  # twips
_LONGEST_LINE = 30  # characters: a cell's text longer than this wraps, and asks no more width than this
# characters: a longer word (an address, a hostile cell's 100,000 letters) is broken at any width a page's table
# shares, and asks no more than this, not the page: the name in the next column keeps its room
_LONGEST_WORD = 40
# the width of a letter of a table's text, in ems of its size (:func:`_ems`)
_CAPITAL_EM, _LETTER_EM, _WIDE_EM, _NARROW_EM = 0.78, 0.64, 0.95, 0.32
_WIDE, _NARROW = frozenset("mwMW%@—"), frozenset(" \u00a0\u202f.,:;'’()[]|!")


def _ems(text: str) -> float:
    """About how many ems ``text`` takes in a table's type, bold headings included, with room to spare (Noto
    Serif Bold: Change takes about 780 twips at 10.5 points, Year 480, and LibreOffice broke Year in 482)."""
    return sum(
        _WIDE_EM
        if character in _WIDE
        else _CAPITAL_EM
        if character.isupper()
        else _NARROW_EM
        if character in _NARROW
        else _LETTER_EM
        for character in text
    )


# a word of a table's cell: split at the spaces a line may end at, not at a no-break space (1 500 000, 450 $)
_CELL_WORD = LazyPattern(r"[^ \t\n\r\u2002-\u200b]+")


def column_widths(
    tbl, group: TableGroup, chunks: Callable[[TranslatedBlock], list[Chunk]], body_size: float = 10.5
) -> list[int]:
    """The widths (twips) a new table's columns get for what they hold, written in its grid: each a share of the
    table's width as wide as its longest word or short cell, so that a team's or a party's name is not broken in
    the middle of the word because a column of rank numbers took as much room. A table inside a cell (the
    side-by-side edition's) is as wide as the cell's text, inside its margins: past them, its first column would
    cross the border of the page's table, at the right in a right-to-left edition.

    What a column asks is measured in its text's size (``body_size`` points). Where the width holds every
    column's longest word but not every cell on one line (a data table of four columns in half a page), each
    column first gets its longest word, then a share of what is left as far as its cells ask more; where it does
    not hold every longest word, each column first gets its longest word up to an equal share. In shares of the
    characters asked alone, a heading of words that may wrap (Imports (tonnes)) took the room of the short words
    beside it, which LibreOffice broke in the middle (Yea/r, Chang/e, 202/1)."""
    grid = tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))
    total = sum(int(column.get(qn("w:w"))) for column in grid)
    if tbl.getparent() is not None and tbl.getparent().tag == qn("w:tc"):
        total -= 2 * CELL_MARGIN
    em = body_size * 20  # twips
    least, most = [em] * len(grid), [em] * len(grid)  # twips: the longest word, the longest line asked
    for row in group.rows:
        for cell, blocks in row:
            text = " ".join(piece.text for block in blocks for pieces, _ in chunks(block) for piece in pieces)
            words = (word[:_LONGEST_WORD] for word in _CELL_WORD.findall(text))
            longest = max(map(_ems, words), default=0) * em
            least[cell.column] = max(least[cell.column], longest)
            most[cell.column] = max(most[cell.column], longest, _ems(text[:_LONGEST_LINE]) * em)
    text_width = total - 2 * CELL_MARGIN * len(most)  # each cell's margins first, then the text's share
    shares: list[float]
    if text_width <= 0:  # more columns than the width holds margins for: equal shares, as before
        widths = [total // len(most)] * len(most)
    else:
        if sum(most) <= text_width:  # every cell on one line: shares of what each column asks
            shares = [text_width * ask / sum(most) for ask in most]
        else:  # each column's longest word first, up to an equal share; the rest as far as cells ask more
            even = text_width / len(least)
            floors = [min(word, even) for word in least] if sum(least) > text_width else least
            more = [high - floor for floor, high in zip(floors, most)]
            spare = text_width - sum(floors)
            shares = [floor + (spare * ask / sum(more) if sum(more) > 0 else 0) for floor, ask in zip(floors, more)]
        widths = [2 * CELL_MARGIN + int(share) for share in shares]
    for column, width in zip(grid, widths):
        column.set(qn("w:w"), str(width))
    return widths


class BodyWriter:
    """Writes groups of blocks (:mod:`toolkit.publish.structure`) as Word paragraphs and tables of one language."""

    def __init__(
        self,
        runs: RunStyles,
        styles: BodyStyles,
        numbering: ListNumbering,
        hyperlinks: Hyperlinks,
        arabic_italics: str = "bold",
        provisional_mark: Mark | None = None,
    ):
        self.runs, self.styles, self.numbering, self.hyperlinks = runs, styles, numbering, hyperlinks
        self.arabic_italics, self.provisional_mark = arabic_italics, provisional_mark
        self._after_table = False  # whether the group written last was a table

    def group(
        self,
        group: Group,
        before: tuple[Container, ...],
        add_paragraph: Callable[[], object],
        add_table: Callable[[int, int], Table],
        chunks: Callable[[TranslatedBlock], list[Chunk]],
    ) -> None:
        if isinstance(group, TableGroup):
            self._table(group, add_table, chunks)
            self._after_table = True
            return
        paragraph = add_paragraph()
        self._block(group, before, paragraph, chunks)
        if self._after_table and self.styles.after_table:
            ppr = paragraph_properties(getattr(paragraph, "_p", paragraph))
            _put(ppr, "spacing", {"before": str(round(self.styles.after_table * 20))}, _PPR_ORDER, merge=True)
        self._after_table = False

    def _block(
        self,
        block: TranslatedBlock,
        before: tuple[Container, ...],
        paragraph,
        chunks: Callable[[TranslatedBlock], list[Chunk]],
        in_table: bool = False,
    ) -> None:
        kind = block.source.kind
        containers = () if in_table else block.source.containers
        quotes = sum(isinstance(c, Quote) for c in containers)
        if kind in (BlockKind.CODE, BlockKind.HTML):
            self.styles.code.apply(paragraph)
            self.runs.append_ltr(paragraph, block.source.verbatim.rstrip("\n"))
            for run in getattr(paragraph, "_p", paragraph).iter(qn("w:r")):
                add_properties(run, format_properties(frozenset(), self.runs.language, code=True))
        elif kind is BlockKind.RULE:
            self.styles.paragraph.apply(paragraph)
            rule(paragraph)
        else:
            style = (
                self.styles.title
                if kind is BlockKind.TITLE and self.styles.title
                else self.styles.heading(block.source.level or 2)
                if kind in (BlockKind.HEADING, BlockKind.TITLE)
                else self.styles.quote
                if quotes
                else self.styles.paragraph
            )
            style.apply(paragraph)
            text_so_far = ""
            for pieces, mark in chunks(block):
                if text_so_far and not text_so_far.endswith("\n"):
                    pieces = [Piece(" "), *pieces]
                append_formatted(
                    self.runs,
                    paragraph,
                    pieces,
                    mark,
                    hyperlinks=self.hyperlinks,
                    arabic_italics=self.arabic_italics,
                    provisional_mark=self.provisional_mark,
                    digits=self.numbering.digits,
                )
                text_so_far += "".join(piece.text for piece in pieces)
        depth = max((index for index, c in enumerate(containers) if isinstance(c, ListItem)), default=-1)
        if depth >= 0:
            self.numbering.apply(paragraph, containers, first_in_item(containers, before, depth), self.runs)
        else:
            quote_indent(paragraph, quotes)

    def _table(
        self,
        group: TableGroup,
        add_table: Callable[[int, int], Table],
        chunks: Callable[[TranslatedBlock], list[Chunk]],
    ) -> None:
        table = add_table(len(group.rows), group.columns)
        table.set_style("Table Grid")
        if self.runs.language.rtl:
            right_to_left_table(table)
        widths = column_widths(table._tbl, group, chunks, self.runs.body_size)

        # each row's cells taken from its own XML: python-docx's table.cell(row, column) (and, before 1.2, a
        # row's cells) laid out the whole table at every call, so a 3,000-row results table took hours to
        # write. The table is new, one cell per column, nothing merged.
        for word_row, row in zip(table.rows, group.rows):
            word_cells = word_row.cells
            for word_cell, width in zip(word_cells, widths):
                word_cell.set_width(width)
            for cell, blocks in row:
                word_cell = word_cells[cell.column]
                for index, block in enumerate(blocks):
                    paragraph = word_cell.paragraphs[0] if index == 0 else word_cell.add_paragraph()
                    self._block(block, (), paragraph, chunks, in_table=True)
                    if cell.header:
                        for run in paragraph.iter(qn("w:r")):
                            add_properties(run, {"b": {}, "bCs": {}})
