"""Markdown articles (CommonMark, with GitHub's tables and strike-through), structure and formatting kept.

- The first ``#`` heading is the title; other headings keep their level.
- Paragraphs, block quotes, lists (ordered or not, nested), tables (each cell
  a block of its own) and horizontal rules become blocks with their
  containers (:mod:`toolkit.document`).
- Bold, italic, strike-through, links, inline code and line breaks become
  formatting spans over the plain text (:mod:`toolkit.formatting`); so do
  the inline HTML tags that mean the same (``<b>``, ``<em>``, ``<a href>``,
  ``<br>``, ``<code>``...).
- Code blocks and HTML blocks are kept verbatim and never translated; an HTML
  block of nothing but comments (an editor's note) is left out and reported,
  as an HTML page's comments are: no reader of the page sees it.
- What an edition cannot carry (images, other inline HTML, link titles) and
  links whose scheme can run code (``javascript:``) are left out and
  reported, with their line, in the QA report; never silently.
- Nothing is lost for being too deep or too wide: an article whose block
  quotes and list items nest more than ``MAX_NESTING`` deep is refused,
  naming the line (markdown-it would skip the rest of it); table cells
  beyond the header's, which GFM leaves out, are reported with their text.
- Front matter (a YAML block between ``---`` lines at the very top) may give
  the article's ``date`` and ``title``; it is parsed safely and bounded.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from dataclasses import field, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from ..document import BlockKind, Container, Document, ListItem, Quote, TableCell
from ..errors import UserError
from ..formatting import BOLD, CODE, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from ..problems import Location, Problem
from ..records import dataclass
from .characters import (
    REPLACEMENT,
    Removal,
    clean_source,
    merged_removals,
    referenced_removals,
    reported_character,
)
from .inline import InlineText, too_deep
from .segmenter import SourceBlock, build_document

# Python's HTML parser spends about 40 us a tag: a page nesting 100,000 tags took 11-15 s, a 15 MB page of flat
# ones two minutes and 1.4 GB. A news article's saved page, with the site around it, has a few thousand.
MAX_HTML_TAGS = 50_000
_START_TAG = re.compile(r"<[A-Za-z]")


MAX_NESTING = 16  # block quotes and list items inside each other; deeper refuses the article, naming the line
MAX_FRONT_MATTER_LINES = 200
MAX_FRONT_MATTER_CHARACTERS = 16 * 1024
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FRONT_MATTER_FIELD = re.compile(r"^[a-z][a-z0-9_-]*:(?:[ \t]|$)")  # `title: ...`, as front matter's fields are
# inline HTML tags that mean a format of ours
_HTML_FORMATS = {
    "b": BOLD,
    "strong": BOLD,
    "i": ITALIC,
    "em": ITALIC,
    "u": UNDERLINE,
    "ins": UNDERLINE,
    "s": STRIKE,
    "del": STRIKE,
    "strike": STRIKE,
    "a": LINK,
    "code": CODE,
}


@dataclass(frozen=True)
class FrontMatter:
    """What the front matter says about the article, and how many lines it took."""

    lines: int = 0
    date: date | None = None
    title: str | None = None
    title_line: int = 0


def read_front_matter(text: str, path: Path | None) -> FrontMatter:
    """The front matter at the top of ``text`` (``---`` ... ``---``), if there is one.

    Bounded: at most 200 lines and 16 KB, parsed by the toolkit's safe YAML
    loader (no anchors, aliases or tags that build objects). A first line
    ``---`` without a closing line within those bounds is a horizontal rule,
    as CommonMark reads it, unless the next line is a field (``title: ...``):
    then it is front matter left open, an error naming line 1.
    """
    lines = text.split("\n", MAX_FRONT_MATTER_LINES + 2)
    if not lines or lines[0].rstrip() != "---":
        return FrontMatter()
    end = next(
        (i for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES + 2)) if _FRONT_MATTER_END.match(lines[i])), None
    )
    if end is None:
        if len(lines) > 1 and _FRONT_MATTER_FIELD.match(lines[1]):  # `---` then `title: ...`: front matter, unclosed
            _refuse_unclosed_front_matter(lines, path or Path("article.md"))
        return FrontMatter()
    body = "\n".join(lines[1:end])
    where = path or Path("article.md")
    if len(body) > MAX_FRONT_MATTER_CHARACTERS:
        raise UserError(
            f"the front matter is longer than {MAX_FRONT_MATTER_CHARACTERS:,} characters",
            path=where,
            line=1,
            fix="keep only short fields (title, date) between the --- lines",
        )
    from ..yamlfile import load_yaml

    try:
        data = load_yaml(where, body) if body.strip() else {}
    except UserError as error:
        error.line = (error.line or 0) + 1 if error.line else 2
        error.message = "front matter: " + error.message
        raise
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UserError(
            "the front matter is not a mapping of fields",
            path=where,
            line=2,
            fix="write it as `field: value` lines, e.g. `date: 2024-03-12`",
        )
    found = FrontMatter(lines=end + 1)
    if "date" in data:
        found = FrontMatter(found.lines, _front_matter_date(data, where), found.title, found.title_line)
    title = data.get("title")
    line, _ = data.position_of("title") if "title" in data and hasattr(data, "position_of") else (1, 1)
    if isinstance(title, (int, float, date)) and not isinstance(title, bool):  # title: 1984, YAML's number
        title = title.isoformat() if isinstance(title, date) else str(title)
    if title is not None and not isinstance(title, str):  # a list, a mapping, true: never silently no title
        shown = (
            "a list"
            if isinstance(title, list)
            else "a mapping"
            if isinstance(title, dict)
            else "true or false to YAML"
            if isinstance(title, bool)
            else repr(title)
        )
        raise UserError(
            f"front matter: the title is {shown}, not text",
            path=where,
            line=line + 1,
            fix='write the title as text, in quotes if it has [ ] { } or is yes or no: title: "Yes to the deal"',
        )
    if isinstance(title, str) and title.strip():
        found = FrontMatter(found.lines, found.date, title, line + 1)
    return found


def _refuse_unclosed_front_matter(lines: list[str], where: Path) -> None:
    """The error for front matter opened by ``---`` on line 1, its next line a field, that no ``---`` line closes
    within the bounds: read as text, its fields would be translated and published as the article's first words."""
    rest = lines[MAX_FRONT_MATTER_LINES + 2] if len(lines) > MAX_FRONT_MATTER_LINES + 2 else ""
    closed_later = next(
        (i for i, line in enumerate(rest.split("\n"), MAX_FRONT_MATTER_LINES + 2) if _FRONT_MATTER_END.match(line)),
        None,
    )
    if closed_later is not None:
        raise UserError(
            f"the front matter opened by --- on line 1 is longer than {MAX_FRONT_MATTER_LINES} lines (it is closed "
            f"on line {closed_later + 1})",
            path=where,
            line=1,
            fix="keep only short fields (title, date) between the --- lines",
        )
    raise UserError(
        f"the front matter opened by --- on line 1 is never closed: no --- line ends it within "
        f"{MAX_FRONT_MATTER_LINES} lines, so its fields would be translated as the article's text",
        path=where,
        line=1,
        fix="add a line of --- after its last field (e.g. after `date: 2024-03-12`); for a horizontal rule at the "
        "top of the article, leave a blank line after it",
    )


def _front_matter_date(data: dict, where: Path) -> date:
    value = data["date"]
    line = data.position_of("date")[0] + 1 if hasattr(data, "position_of") else 2
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise UserError(
        f"front matter: date {value!r} is not a date",
        path=where,
        line=line,
        fix="write it as YYYY-MM-DD, e.g. `date: 2024-03-12`, or remove it (the editions are then "
        "dated --date, or today)",
    )


@dataclass
class _Reader:
    """The state of one Markdown article being read: containers open, counters, what was found."""

    path: Path | None
    offset: int  # lines before the CommonMark text (front matter)
    blocks: list[SourceBlock] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    findings: list[Problem] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    lists: list[dict] = field(default_factory=list)  # open lists: number, ordered, start, marker, tight, items
    counters: dict[str, int] = field(default_factory=lambda: {"quote": 0, "list": 0, "table": 0})
    cell: TableCell | None = None
    row: int = -1
    column: int = 0
    header: bool = False
    cell_filled: bool = False
    source: str = ""  # the CommonMark text as written (before characters were removed)
    line_starts: list[int] | None = None  # the offset of each of its lines, once asked
    resume: dict[int, tuple[int, int, int, int]] = field(
        default_factory=dict
    )  # the search for references, per paragraph
    backticks: dict[int, dict[int, list[int]]] = field(default_factory=dict)  # a paragraph's runs of backticks

    def line(self, token) -> int:
        return (token.map[0] + 1 if token.map else 1) + self.offset

    def find(self, code: str, message: str, line: int) -> None:
        self.findings.append(Problem.at(Location(self.path or Path("article.md"), line), code, message))

    def add(self, kind: BlockKind, text: str, line: int, spans=(), **extra) -> None:
        containers = tuple(self.containers) + ((self.cell,) if self.cell is not None else ())
        self.blocks.append(SourceBlock(kind, text, line, tuple(spans), containers=containers, **extra))


def only_comments(block: str) -> str | None:
    """For an HTML block of nothing but comments (``<!-- ... -->`` and spaces): "closed", or "unclosed" when the
    last runs to the end of the text; None for any other block."""
    rest = block.strip()
    if not rest:
        return None
    while rest:
        if not rest.startswith("<!--"):
            return None
        end = rest.find("-->", 2)  # <!--> and <!---> are whole (empty) comments, as a browser reads them
        if end < 0:
            return "unclosed"
        rest = rest[end + 3 :].lstrip()
    return "closed"


def check_tags(text: str, path: Path | None, what: str = "page") -> None:
    """Refuse, before parsing, a page (or a Markdown article: ``what``) of more than :data:`MAX_HTML_TAGS` tags,
    naming the line of the first past the limit."""
    if text.count("<") <= MAX_HTML_TAGS:
        return
    _refuse_beyond(_START_TAG.finditer(text), text, path, what, "HTML tags")


# what opens an inline element in Markdown, each counted as a tag: an HTML tag, a bracket (a link or image, inline,
# by reference or shortcut, or a footnote reference), and every second run of emphasis marks (*, _, ~~: a run opens
# an emphasis, the next closes it)
_MARKDOWN_MARK = re.compile(r"<[A-Za-z]|\[|(?P<emphasis>\*+|_+|~~+)")


def _markdown_marks(text: str):
    emphasis = 0
    for found in _MARKDOWN_MARK.finditer(text):
        if found.lastgroup == "emphasis":
            emphasis += 1
            if emphasis % 2:
                continue
        yield found


def check_markdown_markup(text: str, path: Path | None) -> None:
    """Refuse, before parsing, a Markdown article whose HTML tags, links, images and emphases together are more
    than :data:`MAX_HTML_TAGS` (markdown-it spends about as much on each as a page's parser on a tag), naming the
    line of the first past the limit."""
    cheap = text.count("<") + text.count("[") + (text.count("*") + text.count("_") + text.count("~")) // 2
    if cheap <= MAX_HTML_TAGS:
        return
    _refuse_beyond(_markdown_marks(text), text, path, "article", "HTML tags, links, images and emphases")


def _refuse_beyond(found_marks, text: str, path: Path | None, what: str, kinds: str) -> None:
    count, position, stopped = 0, -1, False
    for count, found in enumerate(found_marks, 1):
        if count == MAX_HTML_TAGS + 1:
            position = found.start()
        elif count == 20 * MAX_HTML_TAGS:  # enough to say how many; the rest is not counted
            stopped = True
            break
    if position < 0:
        return
    raise UserError(
        f"the {what} holds {'at least ' if stopped else ''}{count:,} {kinds}, more than the {MAX_HTML_TAGS:,} "
        "tags an article may hold (a news article's saved page has a few thousand); the first tag past the limit "
        "is on this line",
        path=path,
        line=text.count("\n", 0, position) + 1,
        fix="save the article's text alone (its .txt, .md or .docx), or the page's article element without the "
        "markup a generator nested or repeated around it",
    )


def parse_markdown(text: str, name: str = "article", path: Path | None = None) -> Document:
    from markdown_it import MarkdownIt

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_markdown_markup(text, path)  # each link, emphasis or inline tag costs markdown-it as much as a page's tag
    front = read_front_matter(text, path)
    if front.lines:
        text = "\n".join(text.split("\n")[front.lines :])
    source = text  # as written: a character reference is reported at its place in it
    text, removals = clean_source(text)
    reader = _Reader(path, front.lines)
    reader.source = source
    reader.removals = [replace(r, line=r.line + front.lines) for r in removals]
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parser.validateLink = lambda url: True  # type: ignore[method-assign]  # every link is read, then judged by safe_url and reported
    parser.normalizeLink = _judged_as_written(parser.normalizeLink)  # type: ignore[method-assign,assignment]
    # markdown-it skips everything after a block nested deeper than maxNesting, silently: it is set above what
    # MAX_NESTING allows (a list item takes two levels), so any block too deep is seen, and refused, below
    parser.options["maxNesting"] = 2 * MAX_NESTING + 2
    parser.block.ruler.at("table", _table_reporting_dropped_cells, {"alt": ["paragraph", "reference"]})
    parser.block.ruler.at("reference", _reference_but_no_footnote)
    env: dict = {}
    tokens = parser.parse(text, env)
    _refuse_too_deep(tokens, reader)
    for line, dropped, header, row in env.get("dropped cells", []):
        reader.find(
            "source-not-carried",
            f"a table row has {row} cells, its header {header}: the "
            f"cells beyond the header are not carried ({'; '.join(dropped)[:120]!r}): "
            "add columns to the header or join the cells",
            line + 1 + front.lines,
        )
    tight = _tight_lists(tokens)
    heading: tuple[BlockKind, int] | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            first = (
                level == 1
                and not any(b.kind is BlockKind.TITLE for b in reader.blocks)
                and not any(b.text for b in reader.blocks)
                and not reader.containers
                and reader.cell is None
            )
            heading = (BlockKind.TITLE, 1) if first else (BlockKind.HEADING, level)
        elif kind == "heading_close":
            heading = None
        elif kind == "inline":
            for part in [token] if heading is not None else _footnote_definitions(token):
                inline, line = _inline(part, reader), reader.line(part)
                plain, spans = inline.finish()
                left_out = too_deep(inline)
                if left_out:
                    reader.find("source-not-carried", left_out, line)
                if reader.cell is not None:
                    reader.cell_filled = True
                if heading is not None:
                    reader.add(heading[0], plain, line, spans, level=heading[1])
                else:
                    reader.add(BlockKind.PARAGRAPH, plain, line, spans)
        elif kind == "blockquote_open":
            reader.counters["quote"] += 1
            reader.containers.append(Quote(reader.counters["quote"]))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            reader.counters["list"] += 1
            ordered = kind == "ordered_list_open"
            start = int(token.attrs.get("start", 1)) if ordered else 1
            reader.lists.append(
                {
                    "number": reader.counters["list"],
                    "ordered": ordered,
                    "start": start,
                    "marker": token.markup,
                    "tight": tight.get(index, True),
                    "items": 0,
                }
            )
        elif kind == "list_item_open":
            current = reader.lists[-1]
            reader.containers.append(
                ListItem(
                    current["number"],
                    current["ordered"],
                    current["start"] + current["items"],
                    current["start"],
                    current["marker"],
                    current["tight"],
                )
            )
            current["items"] += 1
        elif kind in ("blockquote_close", "list_item_close"):
            reader.containers.pop()
        elif kind in ("bullet_list_close", "ordered_list_close"):
            reader.lists.pop()
        elif kind in ("fence", "code_block"):
            line = reader.line(token)
            reader.add(BlockKind.CODE, "", line, verbatim=token.content, info=token.info.strip())
            reader.find("source-verbatim", "a code block was kept verbatim: it is not translated", line)
        elif kind == "html_block":
            line = reader.line(token)
            comments = only_comments(token.content)
            if comments is None:
                reader.add(BlockKind.HTML, "", line, verbatim=token.content)
                reader.find("source-verbatim", "an HTML block was kept verbatim: it is not translated", line)
            elif comments == "unclosed" and token.map and "\n".join(text.split("\n")[token.map[1] :]).strip():
                # in a quote or a list item the block ends with it, and what follows is read (and carried); a page
                # made from the article writes the <!-- as it is, and a browser shows nothing after it
                reader.find(
                    "source-not-carried",
                    f"a comment (<!--) opened on line {line} is never closed before the end of the quote or list "
                    "item it is in: the editions carry what follows it, but a page made from the article in "
                    "Markdown shows nothing after it; close it with --> where it ends",
                    line,
                )
            elif comments == "unclosed":  # CommonMark: the block, and the comment, run to the article's end
                reader.find(
                    "source-not-carried",
                    f"a comment (<!--) opened on line {line} is never closed: no page made from the article "
                    "shows anything after it, nor do the editions; close it with --> where it ends if the text "
                    "after it is the article's",
                    line,
                )
            else:  # an editor's note no reader of the page sees: never shown in an edition (as HTML pages' are not)
                reader.find("source-not-carried", "an HTML comment is not carried: no reader of the page sees it", line)
        elif kind == "hr":
            reader.add(BlockKind.RULE, "", reader.line(token))
        else:
            _table_token(token, reader)
    if front.title and not any(block.kind is BlockKind.TITLE for block in reader.blocks):
        title, decoded = clean_source(unicodedata.normalize("NFC", " ".join(front.title.split())))  # not in the body
        reader.removals += [replace(r, line=front.title_line, column=1) for r in decoded]
        reader.blocks.insert(0, SourceBlock(BlockKind.TITLE, " ".join(title.split()), front.title_line, level=1))
    return _document(name, path, reader, front.date, [""] * front.lines + text.split("\n"))


def _document(name: str, path: Path | None, reader: _Reader, day: date | None, lines: list[str]) -> Document:
    """The Document of what ``reader`` read; ``lines``: the file's lines, where a note finds a word's line."""
    document = build_document(name, path, reader.blocks, merged_removals(reader.removals), lines=lines)
    document.findings = reader.findings
    document.date = day
    return document


def _refuse_too_deep(tokens, reader: _Reader) -> None:
    """Refuse an article with a block nested more than MAX_NESTING quotes and list items deep, naming its line."""
    depth = 0
    for token in tokens:
        if token.type in ("blockquote_open", "list_item_open"):
            depth += 1
            if depth > MAX_NESTING:
                raise UserError(
                    f"block quotes and lists are nested more than {MAX_NESTING} deep (a quote or list "
                    "inside another...)",
                    path=reader.path or Path("article.md"),
                    line=reader.line(token),
                    fix="flatten the quotes or lists from that line, or write the text as plain paragraphs",
                )
        elif token.type in ("blockquote_close", "list_item_close"):
            depth -= 1


def _table_reporting_dropped_cells(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it's GFM table rule; the text of cells beyond the header's, which GFM drops, is noted in the env.

    Each noted row is (its line from 0, the dropped cells' texts, the header's cell count, the row's).
    """
    from markdown_it.common.utils import mdTrim
    from markdown_it.rules_block.table import escapedSplit, table

    first = len(state.tokens)
    if not table(state, start_line, end_line, silent):
        return False
    if silent:
        return True
    in_body, row_line, cells = False, 0, 0
    for token in state.tokens[first:]:
        if token.type == "tbody_open":
            in_body = True
        elif in_body and token.type == "tr_open":
            row_line, cells = token.map[0], 0
        elif in_body and token.type == "td_open":
            cells += 1
        elif in_body and token.type == "tr_close":
            source = mdTrim(state.src[state.bMarks[row_line] + state.tShift[row_line] : state.eMarks[row_line]])
            columns = escapedSplit(source)
            if columns and columns[0] == "":
                columns.pop(0)
            if columns and columns[-1] == "":
                columns.pop()
            dropped = [mdTrim(column) for column in columns[cells:] if mdTrim(column)]
            if dropped:
                state.env.setdefault("dropped cells", []).append((row_line, dropped, cells, len(columns)))
    return True


def _table_token(token, reader: _Reader) -> None:
    kind = token.type
    if kind == "table_open":
        reader.counters["table"] += 1
        reader.row = -1
    elif kind == "thead_open":
        reader.header = True
    elif kind == "thead_close":
        reader.header = False
    elif kind == "tr_open":
        reader.row += 1
        reader.column = 0
    elif kind in ("th_open", "td_open"):
        style = token.attrs.get("style", "") or ""
        align = style.split(":", 1)[1].strip() if style.startswith("text-align:") else ""
        reader.cell = TableCell(reader.counters["table"], reader.row, reader.column, kind == "th_open", align)
        reader.cell_filled = False
    elif kind in ("th_close", "td_close"):
        if not reader.cell_filled and reader.cell is not None:
            reader.add(BlockKind.PARAGRAPH, "", reader.line(token) if token.map else 0)
        reader.cell = None
        reader.column += 1


def _tight_lists(tokens) -> dict[int, bool]:
    """Per list-opening token index: whether the list is tight (markdown-it hides its paragraphs)."""
    tight: dict[int, bool] = {}
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            stack.append(index)
            tight[index] = True
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif token.type == "paragraph_open" and stack and token.level == tokens[stack[-1]].level + 2:
            tight[stack[-1]] = tight[stack[-1]] and token.hidden
    return tight


def _reference_but_no_footnote(state, start_line: int, end_line: int, silent: bool) -> bool:
    """CommonMark's link reference definition, except a footnote's ([^1]: Reuters.), which CommonMark would read
    as one (a link target "Reuters.") and drop from the text: it stays the note's paragraph."""
    from markdown_it.rules_block.reference import reference

    start = state.bMarks[start_line] + state.tShift[start_line]
    if state.src.startswith("[^", start):
        return False
    return reference(state, start_line, end_line, silent)


_FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]\s]{1,40}\]:")


def _footnote_definitions(token) -> list:
    """A paragraph's inline token, split where a footnote's definition starts a line of it ([^2]: ... after
    [^1]: ...): each definition is a paragraph of its own, so that it stays one in every edition."""
    children = token.children or []
    starts = [
        index + 1
        for index, child in enumerate(children[:-1])
        if child.type == "softbreak"
        and children[index + 1].type == "text"
        and _FOOTNOTE_DEFINITION.match(children[index + 1].content)
    ]
    if not starts:
        return [token]
    parts = []
    for first, end in zip([0, *starts], [*starts, len(children)]):
        part = copy.copy(token)
        part.children = children[first:end]
        if part.children and part.children[-1].type == "softbreak":
            part.children = part.children[:-1]
        if token.map:
            lines_before = sum(child.type == "softbreak" for child in children[:first])
            part.map = [token.map[0] + lines_before, token.map[1]]
        parts.append(part)
    return parts


def _inline(token, reader: _Reader) -> InlineText:
    """The inline children of one block as formatted text; what cannot be carried is reported."""
    inline = InlineText()
    line = reader.line(token)
    code_html: list[str] | None = None  # text inside an HTML <code> element
    links: list[bool] = []  # per open link: whether it is carried (safe)
    for child in token.children or []:
        kind = child.type
        if code_html is not None and kind != "html_inline":
            code_html.append(child.content)
            continue
        if kind in ("text", "text_special"):
            inline.add(_cleaned(child.content, line, reader))
        elif kind == "softbreak":
            inline.add(" ")
        elif kind == "hardbreak":
            inline.add_break()
        elif kind == "code_inline":
            inline.add_code(_cleaned(child.content, line, reader))
        elif kind in ("strong_open", "em_open", "s_open"):
            inline.open(Format({"strong_open": BOLD, "em_open": ITALIC, "s_open": STRIKE}[kind]))
        elif kind in ("strong_close", "em_close", "s_close"):
            inline.close({"strong_close": BOLD, "em_close": ITALIC, "s_close": STRIKE}[kind])
        elif kind == "link_open":
            links.append(_open_link(str(child.attrs.get("href", "")), inline, reader, line))
            if child.attrs.get("title"):
                reader.find(
                    "source-not-carried",
                    f"the title of a link ({str(child.attrs['title'])[:60]!r}) is "
                    "not carried: editions keep the link without it",
                    line,
                )
        elif kind == "link_close":
            if links and links.pop():
                inline.close(LINK)
        elif kind == "image":
            alt = " ".join(child.content.split())[:60]
            reader.find(
                "source-not-carried",
                f"an image ({alt!r}, {str(child.attrs.get('src', ''))[:80]}) is not "
                "carried: add it to the editions by hand",
                line,
            )
        elif kind == "html_inline":
            code_html = _html_inline(child.content, inline, reader, line, code_html)
    return inline


def _cleaned(text: str, line: int, reader: _Reader) -> str:
    """Text with what references decoded to (&#x202E;, &#xE000;) removed, and noted as the whole source's
    characters were, at the reference's line and column; one to U+FFFD (&#65533;, or to no character: &#xD800;,
    &#0;) is kept and noted as a literal one is."""
    cleaned, removed = clean_source(text, replacements=False)  # the whole source's were found before
    if not removed and REPLACEMENT not in text:
        return cleaned
    wanted = "".join(character for index, character in enumerate(text) if reported_character(text, index))
    if reader.line_starts is None:
        reader.line_starts = [0] + [found.end() for found in re.finditer("\n", reader.source)]
    index = line - reader.offset - 1
    start = reader.line_starts[index] if 0 <= index < len(reader.line_starts) else len(reader.source)
    found, left = referenced_removals(wanted, reader.source, start, index + 1, reader.resume, reader.backticks)
    reader.removals += [replace(r, line=r.line + reader.offset) for r in found]
    left = left.replace(REPLACEMENT, "")  # written as such: reported with the whole source
    if left:  # removed characters no reference stands for: at the text's line
        reader.removals += [
            Removal(line, 1, r.characters, r.count, r.context) for r in clean_source(left, replacements=False)[1]
        ]
    return cleaned


def _judged_as_written(normalise: Callable[[str], str]) -> Callable[[str], str]:
    """markdown-it's ``normalizeLink`` given the address :func:`safe_url` leaves of a destination as written
    (its character references decoded): percent-encoded first, what safe_url looks for was hidden from it, and
    ``java&#x09;script:``, ``<java script:...>`` or a leading U+202E were kept as relative addresses
    (``java%09script:...``). A destination it refuses stays as written, for the link's refusal to name."""

    def normalised(url: str) -> str:
        address = safe_url(url)
        return url if address is None else normalise(address)

    return normalised


def _open_link(href: str, inline: InlineText, reader: _Reader, line: int) -> bool:
    url = safe_url(href)
    if url is None:
        reader.find(
            "unsafe-link",
            f"a link to {href[:80]!r} was removed (only web, mail, telephone and relative "
            "links are kept); its text stays",
            line,
        )
        return False
    inline.open(Format(LINK, url))
    return True


class _Tag(HTMLParser):
    """One inline HTML tag: its name, whether it closes, its attributes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.name, self.closing, self.comment = "", False, False
        self.attributes: dict[str, str | None] = {}
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.name, self.attributes = tag, dict(attrs)

    def handle_startendtag(self, tag, attrs):
        self.name, self.attributes = tag, dict(attrs)

    def handle_endtag(self, tag):
        self.name, self.closing = tag, True

    def handle_comment(self, data):
        self.comment = True


def _html_inline(html: str, inline: InlineText, reader: _Reader, line: int, code: list[str] | None) -> list[str] | None:
    """Apply one inline HTML tag; returns the text gathered inside ``<code>`` while one is open."""
    tag = _Tag(html)
    if code is not None:
        if tag.name == "code" and tag.closing:
            from html import unescape

            inline.add_code(_cleaned(unescape("".join(code)), line, reader))
            return None
        code.append(html)
        return code
    kind = _HTML_FORMATS.get(tag.name)
    if tag.name == "br" and not tag.closing:
        inline.add_break()
    elif kind == CODE and not tag.closing:
        return []
    elif kind == LINK:
        if tag.closing:
            inline.close(LINK)
        else:
            _open_link(tag.attributes.get("href") or "", inline, reader, line)
    elif kind is not None:
        if tag.closing:
            inline.close(kind)
        else:
            inline.open(Format(kind))
    elif tag.comment:
        reader.find("source-not-carried", "an HTML comment inside a paragraph is not carried", line)
    elif not tag.closing:
        reader.find(
            "source-not-carried", f"inline HTML <{tag.name or '?'}> is not carried: its text is kept, without it", line
        )
    return None
