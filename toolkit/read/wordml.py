"""The body of a DOCX article, read from its WordprocessingML: structure, formatting, and what is not carried.

python-docx opens the package; the body is walked here over the XML, in
document order, because python-docx's paragraph text leaves out hyperlinks'
runs in older versions, tracked insertions and content controls:

- **blocks**: the Title style (or a first Heading 1) is the title; Heading
  1-9 keep their order, one level down where a Heading 1 stands below the
  title (the title is the one level-1 heading); Quote and Intense Quote paragraphs are block quotes;
  paragraphs in a code style (HTML Preformatted, Source Code, Macro Text,
  Code...) are one code block, kept verbatim; list paragraphs (numbering
  set on the paragraph or its style) are list items, ordered or not by their
  numbering format, nested by level, counted as Word counts them; tables are
  read cell by cell (rows and cells inside content controls too); a table
  inside a cell is read once, each of its own cells in order, as paragraphs
  of the outer cell (reported); tables nested more than
  ``MAX_TABLE_NESTING`` deep refuse the article, naming the paragraph;
- **inline**: bold, italic, underline and strike-through set on a run or its
  character style (Strong, Emphasis), hyperlinks (``w:hyperlink`` and
  HYPERLINK fields), inline code (a code character style or a monospace
  font), line breaks;
- **not carried**, each reported with its paragraph: images and drawings,
  text boxes, footnotes and endnotes, comments, equations, hidden text,
  superscript and subscript (their text stays on the line), links inside
  the document (bookmarks); tracked changes are read as if
  accepted (insertions kept, deletions left out) and reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from ..document import BlockKind, Container, ListItem, Quote, TableCell
from ..errors import UserError
from ..formatting import BOLD, CODE, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from ..problems import Location, Problem
from ..records import dataclass
from .characters import Removal, clean_source
from .inline import InlineText
from .segmenter import SourceBlock

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


MAX_TABLE_NESTING = 8  # tables inside table cells, the outer table counted: deeper is refused, never a hang
CODE_PARAGRAPH_STYLES = {
    "html preformatted",
    "source code",
    "macro text",
    "macro",
    "code",
    "code block",
    "preformatted text",
    "plain text",
}
CODE_CHARACTER_STYLES = {
    "html code",
    "code",
    "verbatim char",
    "source code char",
    "inline code",
    "html typewriter",
    "macro text char",
    "plain text char",
}
MONOSPACE_FONTS = re.compile(
    r"courier|consolas|menlo|monaco|mono|lucida console|source code|fira code|inconsolata", re.IGNORECASE
)
QUOTE_STYLES = {"quote", "intense quote", "block text"}
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]*)"|(\S+))(.*)$', re.IGNORECASE | re.DOTALL)
_NOT_CARRIED = {  # element -> what a reader is told
    w("drawing"): "an image or drawing",
    w("pict"): "an image or drawing",
    w("object"): "an embedded object",
    w("footnoteReference"): "a footnote",
    w("endnoteReference"): "an endnote",
    f"{{{M}}}oMath": "an equation",
    f"{{{M}}}oMathPara": "an equation",
}


def _true(element) -> bool:
    """A toggle property (w:b, w:i...) that is on: present, and not w:val false/0/off."""
    if element is None:
        return False
    return (element.get(w("val")) or "true").lower() not in ("false", "0", "off", "none")


@dataclass
class _Styles:
    """The document's styles by id: names, what they are based on, and the properties that matter here."""

    by_id: dict = field(default_factory=dict)
    default_paragraph: str | None = None  # the style of a paragraph that names none (Normal)
    hidden_by_default: bool = False  # the document's default run properties hide text (w:docDefaults)

    @classmethod
    def of(cls, styles_element) -> _Styles:
        by_id = {style.get(w("styleId")): style for style in styles_element.iter(w("style"))}
        defaults = [
            style_id
            for style_id, style in by_id.items()
            if style.get(w("type")) == "paragraph" and (style.get(w("default")) or "").lower() in ("1", "true", "on")
        ]
        default_paragraph = defaults[0] if defaults else None
        vanish = styles_element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('vanish')}")
        return cls(by_id, default_paragraph, _true(vanish))

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or "")
        node = style.find(w("name")) if style is not None else None
        return (node.get(w("val")) if node is not None else style_id or "") or ""

    def chain(self, style_id: str | None):
        """The style and the styles it is based on, nearest first (at most 20: a loop is no chain)."""
        seen = 0
        while style_id and style_id in self.by_id and seen < 20:
            style = self.by_id[style_id]
            yield style
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
            seen += 1

    def names(self, style_id: str | None) -> list[str]:
        return [self.name(style.get(w("styleId"))).lower() for style in self.chain(style_id)]

    def property(self, style_id: str | None, path: str):
        """The nearest ``path`` (under the style's w:rPr or w:pPr) along the chain, or None."""
        for style in self.chain(style_id):
            found = style.find(path)
            if found is not None:
                return found
        return None


def _left_indent(ind) -> int | None:
    """The left indent (twips) a ``w:ind`` sets, if it sets one (``w:left``, or ``w:start`` as newer Word writes it)."""
    if ind is None:
        return None
    value = ind.get(w("left")) or ind.get(w("start"))
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


@dataclass
class _Numbering:
    """List definitions: per numId, its levels' number formats and starts."""

    formats: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)  # (numId, ilvl) -> (fmt, start)
    indents: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) -> the level's left indent

    @classmethod
    def of(cls, numbering_element) -> _Numbering:
        found = cls()
        if numbering_element is None:
            return found
        abstract, abstract_indents = {}, {}
        for definition in numbering_element.iter(w("abstractNum")):
            levels, indents = {}, {}
            for level in definition.iter(w("lvl")):
                fmt, start = level.find(w("numFmt")), level.find(w("start"))
                number = int(level.get(w("ilvl"), "0")) if level.get(w("ilvl"), "0").isdigit() else 0
                levels[number] = (
                    fmt.get(w("val"), "decimal") if fmt is not None else "decimal",
                    int(start.get(w("val"), "1")) if start is not None and start.get(w("val"), "").isdigit() else 1,
                )
                indent = _left_indent(level.find(f"{w('pPr')}/{w('ind')}"))
                if indent is not None:
                    indents[number] = indent
            abstract[definition.get(w("abstractNumId"))] = levels
            abstract_indents[definition.get(w("abstractNumId"))] = indents
        for num in numbering_element.iter(w("num")):
            reference = num.find(w("abstractNumId"))
            for level_number, indent in abstract_indents.get(
                reference.get(w("val")) if reference is not None else None, {}
            ).items():
                found.indents[(num.get(w("numId")), level_number)] = indent
            levels = dict(abstract.get(reference.get(w("val")) if reference is not None else None, {}))
            for override in num.iter(w("lvlOverride")):
                start = override.find(w("startOverride"))
                level = int(override.get(w("ilvl"), "0"))
                if start is not None and start.get(w("val"), "").isdigit():
                    levels[level] = (levels.get(level, ("decimal", 1))[0], int(start.get(w("val"))))
            for level, value in levels.items():
                found.formats[(num.get(w("numId")), level)] = value
        return found


@dataclass
class _ListState:
    """Word's counting of list items: per numId and level, and the list items open at each level."""

    counters: dict[tuple[str, int], int] = field(default_factory=dict)
    open: list[ListItem] = field(default_factory=list)  # by level
    levels: dict[int, tuple[str, int, int]] = field(default_factory=dict)  # level -> numId, list number, first
    indents: dict[int, int | None] = field(default_factory=dict)  # level -> the open list's left indent, if known
    lists: int = 0


class WordBody:
    """Reads a python-docx Document's body into source blocks, with findings and removals."""

    def __init__(self, source, path: Path):
        self.source, self.path = source, path
        self.styles = _Styles.of(source.styles.element)
        try:
            numbering = source.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        self.numbering = _Numbering.of(numbering)
        self.relationships = source.part.rels
        self.blocks: list[SourceBlock] = []
        self.removals: list[Removal] = []
        self.findings: list[Problem] = []
        self.paragraph = 0
        self.lists = _ListState()
        self.quotes = 0
        self.quote: Quote | None = None
        self.tables = 0
        self.code: list[str] = []
        self.code_line = 0
        self._said: set[str] = set()
        self._tracked = [0, 0]  # insertions, deletions
        self._paragraph_style: str | None = None  # the style of the paragraph being read

    # --- findings ---------------------------------------------------------------------------------

    def find(self, code: str, message: str, once: str | None = None) -> None:
        if once is not None:
            if once in self._said:
                return
            self._said.add(once)
        self.findings.append(
            Problem.at(Location(self.path, self.paragraph), code, f"paragraph {self.paragraph}: {message}")
        )

    # --- blocks -----------------------------------------------------------------------------------

    def read(self) -> None:
        body = self.source.element.body
        self._content(body, ())
        self._flush_code(())
        self._headings_below_the_title()
        if any(self._tracked):
            self.paragraph = 0
            self.findings.append(
                Problem.at(
                    Location(self.path, 0),
                    "source-not-carried",
                    f"tracked changes were read as if accepted ({self._tracked[0]} insertions kept, {self._tracked[1]} "
                    "deletions left out): accept or reject them in Word to be sure",
                )
            )

    def _headings_below_the_title(self) -> None:
        """Word's sections under a Title-style title are Heading 1: one level below the title, which is level 1.
        Where the article has such headings, every heading goes one level down (Heading 1 a level-2 heading), so
        the title stays the one level-1 heading of every edition, as in a Markdown or text article."""
        if not any(block.kind is BlockKind.HEADING and block.level == 1 for block in self.blocks):
            return
        self.blocks = [
            replace(block, level=min(block.level + 1, 9)) if block.kind is BlockKind.HEADING else block
            for block in self.blocks
        ]

    def _content(self, parent, cell: tuple[Container, ...], depth: int = 1) -> None:
        """Paragraphs and tables under ``parent``; ``depth`` is how many tables deep ``parent`` is (a cell's)."""
        for child in parent:
            if child.tag == w("p"):
                self._paragraph(child, cell)
            elif child.tag == w("tbl"):
                self._flush_code(cell)
                if cell:
                    self._nested_table(child, cell, depth + 1)
                else:
                    self._table(child)
            elif child.tag in (w("sdt"), w("customXml")):
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                if content is not None:
                    self._content(content, cell, depth)
            elif child.tag in (w("ins"), w("moveTo")):
                self._tracked[0] += 1
                self._content(child, cell, depth)
            elif child.tag in (w("del"), w("moveFrom")):
                self._tracked[1] += 1
            elif child.tag == f"{{{MC}}}AlternateContent":
                self.find(
                    "source-not-carried",
                    "content Word shows only in newer versions (a text box or drawing) is not carried",
                )
            elif child.tag == w("altChunk"):  # what a converter pasted in whole: Word merges it when it saves
                self.find(
                    "source-not-carried",
                    "a document embedded whole (Word's altChunk: HTML, RTF or another DOCX a program pasted in) is "
                    "not read: its text is in none of the editions; open the file in Word and save it again, which "
                    "makes it ordinary paragraphs",
                )

    def _nested_table(self, table, cell: tuple[Container, ...], depth: int) -> None:
        """A table inside a table cell: each of its own cells read once, as paragraphs of the outer cell."""
        if depth > MAX_TABLE_NESTING:
            raise UserError(
                f"tables are nested more than {MAX_TABLE_NESTING} deep (a table inside a table cell, "
                f"inside another...), at paragraph {self.paragraph + 1}",
                path=self.path,
                fix="in Word, convert the inner tables to text (Layout > Convert to Text) or move them "
                "out of the outer table",
            )
        self.find("source-not-carried", "a table inside a table cell: its text is read as paragraphs of the cell")
        for row in _own(table, w("tr")):
            for inner in _own(row, w("tc")):
                self._content(inner, cell, depth)
                self._flush_code(cell)

    def _table(self, table) -> None:
        self.tables += 1
        self._end_list()
        self.quote = None
        for row_index, row in enumerate(_own(table, w("tr"))):
            trpr = row.find(w("trPr"))
            header = trpr is not None and _true(trpr.find(w("tblHeader")))
            for column, cell in enumerate(_own(row, w("tc"))):
                tcpr = cell.find(w("tcPr"))
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                span = tcpr.find(w("gridSpan")) if tcpr is not None else None
                position = TableCell(self.tables, row_index, column, header)
                before = len(self.blocks)
                if merge is not None and (merge.get(w("val")) or "continue") == "continue":
                    self.find(
                        "source-not-carried", "cells merged across rows are carried as separate cells", once="vmerge"
                    )
                else:
                    self._content(cell, (position,))
                    self._flush_code((position,))
                if len(self.blocks) == before:
                    self.blocks.append(SourceBlock(BlockKind.PARAGRAPH, "", self.paragraph, containers=(position,)))
                if span is not None and (span.get(w("val")) or "1").isdigit() and int(span.get(w("val"))) > 1:
                    self.find(
                        "source-not-carried",
                        "cells merged across columns are carried as one cell each",
                        once="gridspan",
                    )

    def _paragraph(self, p, cell: tuple[Container, ...]) -> None:
        self.paragraph += 1
        ppr = p.find(w("pPr"))
        style_id = None
        if ppr is not None and ppr.find(w("pStyle")) is not None:
            style_id = ppr.find(w("pStyle")).get(w("val"))
        names = self.styles.names(style_id) or ["normal"]
        if any(name in CODE_PARAGRAPH_STYLES for name in names):
            if not self.code:
                self.code_line = self.paragraph
            self._paragraph_style = style_id or self.styles.default_paragraph
            self.code.append(_plain_text(p, self._hidden))
            return
        self._flush_code(cell)
        inline = InlineText()
        self.read_inline(p, inline)
        text, spans = inline.finish()
        kind, level = BlockKind.PARAGRAPH, 0
        name = names[0]
        heading = re.fullmatch(r"heading ([1-9])", name)
        if name == "title" or (heading and heading.group(1) == "1" and not self.blocks and not cell):
            kind, level = BlockKind.TITLE, 1
        elif heading:
            kind, level = BlockKind.HEADING, int(heading.group(1))
        containers: tuple[Container, ...] = ()
        if not cell and kind is BlockKind.PARAGRAPH:
            containers = self._list_item(ppr, style_id)
            if not containers and any(n in QUOTE_STYLES for n in names):
                if self.quote is None:
                    self.quotes += 1
                    self.quote = Quote(self.quotes)
                containers = (self.quote,)
            elif text:
                self.quote = None
        elif text:
            self.quote = None
            if not cell:
                self._end_list()
        if not text:
            return
        self.blocks.append(SourceBlock(kind, text, self.paragraph, spans, level, cell or containers))

    def _list_item(self, ppr, style_id: str | None) -> tuple[Container, ...]:
        """The list items around a list paragraph (numbering on it or its style), counted as Word counts them."""
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        if numpr is None:
            numpr = self.styles.property(style_id, f"{w('pPr')}/{w('numPr')}")
        num = numpr.find(w("numId")) if numpr is not None else None
        if num is None or num.get(w("val")) in (None, "0"):
            self._end_list()
            return ()
        num_id = num.get(w("val"))
        ilvl = numpr.find(w("ilvl"))
        word_level = min(
            int(ilvl.get(w("val"), "0")) if ilvl is not None and ilvl.get(w("val"), "").isdigit() else 0, 8
        )
        fmt, start = self.numbering.formats.get((num_id, word_level), ("bullet", 1))
        ordered = fmt not in ("bullet", "none")
        state = self.lists
        key = (num_id, word_level)
        state.counters[key] = state.counters.get(key, start - 1) + 1  # Word goes on counting after a break
        for deeper in [k for k in state.counters if k[0] == num_id and k[1] > word_level]:
            del state.counters[deeper]
        indent = self._list_indent(ppr, style_id, key)
        level = self._nested_level(word_level, num_id, indent)
        del state.open[level:]
        for deeper_level in [k for k in state.levels if k > level]:
            del state.levels[deeper_level]
        while len(state.open) < level:  # a level skipped: an item without text of its own stands for it
            state.lists += 1
            state.levels[len(state.open)] = ("", state.lists, 1)
            state.indents[len(state.open)] = None
            state.open.append(ListItem(state.lists, False, 1))
        if state.levels.get(level, ("",))[0] != num_id:
            state.lists += 1
            state.levels[level] = (num_id, state.lists, state.counters[key])
            state.indents[level] = indent
        _, list_number, first = state.levels[level]
        state.open.append(ListItem(list_number, ordered, state.counters[key], first, "." if ordered else "-"))
        return tuple(state.open)

    def _list_indent(self, ppr, style_id: str | None, key: tuple[str, int]) -> int | None:
        """The left indent of a list paragraph: its own, else its style's, else its numbering level's."""
        own = _left_indent(ppr.find(w("ind")) if ppr is not None else None)
        if own is not None:
            return own
        by_style = _left_indent(self.styles.property(style_id, f"{w('pPr')}/{w('ind')}"))
        return by_style if by_style is not None else self.numbering.indents.get(key)

    def _nested_level(self, level: int, num_id: str, indent: int | None) -> int:
        """The level a list paragraph stands at among the open list items: Word's level, or deeper where it is a
        list of another numbering indented past the items open (List Bullet 2 after List Number: Word shows the
        bullets inside the numbered item above them, and goes on counting the numbers after them)."""
        state = self.lists
        if indent is None or len(state.open) <= level or state.levels.get(level, ("",))[0] == num_id:
            return level
        nested = level
        while nested < len(state.open):
            open_indent = state.indents.get(nested)
            if open_indent is None or open_indent >= indent:
                break
            nested += 1
        return min(nested, 8)

    def _end_list(self) -> None:
        self.lists.open = []
        self.lists.levels = {}
        self.lists.indents = {}

    def _flush_code(self, cell: tuple[Container, ...]) -> None:
        if not self.code:
            return
        self.blocks.append(
            SourceBlock(BlockKind.CODE, "", self.code_line, containers=cell, verbatim="\n".join(self.code) + "\n")
        )
        self.findings.append(
            Problem.at(
                Location(self.path, self.code_line),
                "source-verbatim",
                f"paragraph {self.code_line}: a code block was kept verbatim: it is not translated",
            )
        )
        self.code = []

    # --- runs -------------------------------------------------------------------------------------

    def read_inline(self, paragraph, inline: InlineText) -> None:
        """Add a paragraph's text and formatting spans to ``inline``, as an article's paragraphs are read (the
        review import reads a table cell's paragraphs this way)."""
        self._paragraph_style = _paragraph_style(paragraph) or self.styles.default_paragraph
        self._runs(paragraph, inline, link=None)

    def _hidden(self, run) -> bool:
        """Whether Word hides a run (w:vanish): the nearest setting wins: the run's own, its character
        style's, its paragraph style's, the document's defaults (``w:val="0"`` shows text a style hides)."""
        rpr = run.find(w("rPr"))
        if rpr is not None:
            direct = rpr.find(w("vanish"))
            if direct is not None:
                return _true(direct)
            style = rpr.find(w("rStyle"))
            if style is not None:
                by_style = self.styles.property(style.get(w("val")), f"{w('rPr')}/{w('vanish')}")
                if by_style is not None:
                    return _true(by_style)
        by_paragraph = self.styles.property(self._paragraph_style, f"{w('rPr')}/{w('vanish')}")
        if by_paragraph is not None:
            return _true(by_paragraph)
        return self.styles.hidden_by_default

    def _runs(self, parent, inline: InlineText, link: Format | None, fields: list | None = None) -> None:
        fields = fields if fields is not None else []  # open complex fields: [instruction, state, link opened]
        for child in parent:
            tag = child.tag
            if tag == w("r"):
                self._run(child, inline, fields, in_link=link is not None or any(f[2] for f in fields))
            elif tag == w("hyperlink"):
                opened = self._open_hyperlink(child, inline)
                self._runs(child, inline, Format(LINK), fields)
                if opened:
                    inline.close(LINK)
            elif tag in (w("ins"), w("moveTo")):
                self._tracked[0] += 1
                self._runs(child, inline, link, fields)
            elif tag in (w("del"), w("moveFrom")):
                self._tracked[1] += 1
            elif tag in (w("smartTag"), w("customXml"), w("fldSimple")):
                opened = False
                if tag == w("fldSimple"):
                    opened = self._open_field_link(child.get(w("instr")) or "", inline)
                self._runs(child, inline, link, fields)
                if opened:
                    inline.close(LINK)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._runs(content, inline, link, fields)
            elif tag in _NOT_CARRIED:
                self.find("source-not-carried", f"{_NOT_CARRIED[tag]} is not carried: add it to the editions by hand")
            elif tag == f"{{{MC}}}AlternateContent":
                self.find("source-not-carried", "a text box or drawing is not carried: add it to the editions by hand")

    def _run(self, r, inline: InlineText, fields: list, in_link: bool = False) -> None:
        rpr = r.find(w("rPr"))
        if self._hidden(r):
            if any(child.tag == w("t") and (child.text or "").strip() for child in r):
                self.find("source-not-carried", "hidden text is not carried", once="hidden")
            return
        formats = [f for f in self._run_formats(rpr) if not (in_link and f.kind == UNDERLINE)]  # links' own look
        raised = self._raised_or_lowered(rpr)
        if raised and any(child.tag == w("t") and (child.text or "").strip() for child in r):
            self.find(
                "source-not-carried",
                f"{raised} text is not carried: its characters stay on the line (CO2, m2, 1st); check them",
                once=f"{raised}-{self.paragraph}",
            )
        code = any(f.kind == CODE for f in formats)
        for format in formats:
            if format.kind != CODE:
                inline.open(format)
        collected: list[str] = []
        for child in r:
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    fields.append(["", "instruction", False])
                elif kind == "separate" and fields:
                    fields[-1][1] = "result"
                    fields[-1][2] = self._open_field_link(fields[-1][0], inline)
                elif kind == "end" and fields:
                    _, _, opened = fields.pop()
                    if opened:
                        inline.close(LINK)
                continue
            if fields and fields[-1][1] == "instruction":
                if tag == w("instrText"):
                    fields[-1][0] += child.text or ""
                continue
            if tag == w("t"):
                collected.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                collected.append(" ")
            elif tag == w("noBreakHyphen"):
                collected.append("-")
            elif tag in (w("br"), w("cr")):
                kind = child.get(w("type")) or "textWrapping"
                self._add(inline, "".join(collected), code)
                collected = []
                if kind == "textWrapping":
                    inline.add_break()
                else:
                    inline.add(" ")
            elif tag in _NOT_CARRIED:
                self.find("source-not-carried", f"{_NOT_CARRIED[tag]} is not carried: add it to the editions by hand")
            elif tag == w("commentReference"):
                self.find("source-not-carried", "comments are not carried", once="comments")
            elif tag == f"{{{MC}}}AlternateContent":
                self.find("source-not-carried", "a text box or drawing is not carried: add it to the editions by hand")
        self._add(inline, "".join(collected), code)
        for format in reversed(formats):
            if format.kind != CODE:
                inline.close(format.kind)

    def _add(self, inline: InlineText, text: str, code: bool) -> None:
        if not text:
            return
        cleaned, removed = clean_source(text)
        self.removals += [replace(r, line=self.paragraph) for r in removed]
        if code and cleaned.strip():
            inline.add_code(cleaned)
        else:
            inline.add(cleaned)

    def _run_formats(self, rpr) -> list[Format]:
        """Bold, italic, underline, strike-through and code set on a run directly or by its character style."""
        if rpr is None:
            return []
        style = rpr.find(w("rStyle"))
        style_id = style.get(w("val")) if style is not None else None
        names = self.styles.names(style_id)

        def on(tag: str) -> bool:
            direct = rpr.find(w(tag))
            if direct is not None:
                return _true(direct)
            return _true(self.styles.property(style_id, f"{w('rPr')}/{w(tag)}")) if style_id else False

        formats = []
        if on("b") or "strong" in names:
            formats.append(Format(BOLD))
        if on("i") or "emphasis" in names:
            formats.append(Format(ITALIC))
        underline = rpr.find(w("u"))
        if underline is not None and (underline.get(w("val")) or "single") != "none":
            formats.append(Format(UNDERLINE))
        if on("strike") or on("dstrike"):
            formats.append(Format(STRIKE))
        fonts = rpr.find(w("rFonts"))
        font = (fonts.get(w("ascii")) or fonts.get(w("hAnsi")) or "") if fonts is not None else ""
        if any(name in CODE_CHARACTER_STYLES for name in names) or MONOSPACE_FONTS.search(font):
            formats.append(Format(CODE))
        return formats

    def _raised_or_lowered(self, rpr) -> str:
        """``superscript`` or ``subscript`` where the run (or its character style) sets it, else ``""``."""
        if rpr is None:
            return ""
        align = rpr.find(w("vertAlign"))
        if align is None:
            style = rpr.find(w("rStyle"))
            if style is not None:
                align = self.styles.property(style.get(w("val")), f"{w('rPr')}/{w('vertAlign')}")
        value = align.get(w("val")) if align is not None else None
        return value if value in ("superscript", "subscript") else ""

    def _open_hyperlink(self, hyperlink, inline: InlineText) -> bool:
        rid = hyperlink.get(f"{{{R}}}id")
        if rid is None:
            if hyperlink.get(w("anchor")):
                self.find(
                    "source-not-carried", "a link to a place inside the document is not carried (its text is kept)"
                )
            return False
        relationship = self.relationships.get(rid)
        target = relationship.target_ref if relationship is not None and relationship.is_external else ""
        return self._open_link(
            target + (f"#{hyperlink.get(w('anchor'))}" if hyperlink.get(w("anchor")) else ""), inline
        )

    def _open_field_link(self, instruction: str, inline: InlineText) -> bool:
        found = _HYPERLINK_FIELD.match(instruction)
        if found is None:
            return False
        target = found.group(1) or found.group(2) or ""
        if not target or target.startswith("\\"):
            self.find("source-not-carried", "a link to a place inside the document is not carried (its text is kept)")
            return False
        return self._open_link(target, inline)

    def _open_link(self, target: str, inline: InlineText) -> bool:
        url = safe_url(target)
        if url is None:
            self.find(
                "unsafe-link",
                f"a link to {target[:80]!r} was removed (only web, mail, telephone and relative "
                "links are kept); its text stays",
            )
            return False
        inline.open(Format(LINK, url))
        return True


def _own(parent, tag: str):
    """The ``tag`` children of a table or row (its rows, its cells), also those wrapped in content controls
    (``w:sdt``) or custom XML, in order; never those of a table nested deeper."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _own(content, tag)
        elif child.tag == w("customXml"):
            yield from _own(child, tag)


def _paragraph_style(paragraph) -> str | None:
    """The id of the style a paragraph names (w:pPr/w:pStyle), or None."""
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val")) if style is not None else None


def _plain_text(p, hidden: Callable[[object], bool]) -> str:
    """A paragraph's text as written (a code line): tabs kept, breaks as line ends, deletions and hidden runs
    left out."""
    parts = []
    for element in p.iter(w("t"), w("tab"), w("br"), w("cr")):
        if any(ancestor.tag in (w("del"), w("moveFrom")) for ancestor in element.iterancestors()):
            continue
        run = element.getparent()
        if run is not None and run.tag == w("r") and hidden(run):
            continue
        parts.append({w("tab"): "\t", w("br"): "\n", w("cr"): "\n"}.get(element.tag, element.text or ""))
    return "".join(parts)


def docx_date(source) -> date | None:
    """The article's date: a custom property named ``date`` (File > Properties > Custom), else Word's "created"."""
    from lxml import etree

    from ..xmlsafe import docx_part_parser

    for part in source.part.package.iter_parts():
        if str(part.partname) == "/docProps/custom.xml":
            try:
                root = etree.fromstring(part.blob, docx_part_parser())
            except etree.XMLSyntaxError:
                break
            for prop in root:
                if (prop.get("name") or "").strip().lower() == "date" and len(prop):
                    value = (prop[0].text or "").strip()
                    try:
                        return date.fromisoformat(value[:10])
                    except ValueError:
                        break
    try:
        created = source.core_properties.created
    except (TypeError, ValueError):  # an empty <dcterms:created/> (LibreOffice and others write one): no date
        return None
    if not isinstance(created, datetime) or created == _PYTHON_DOCX_TEMPLATE_CREATED:
        return None  # a file a program made with python-docx, never dated: its template's date is not the article's
    return created.date()


# python-docx's template was created on this date; files built from it without properties of their own keep it
_PYTHON_DOCX_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=timezone.utc)
