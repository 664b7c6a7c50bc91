"""HTML articles (a CMS export, a saved page): the article's structure and formatting, as Markdown's reader keeps it.

- The first ``<h1>`` before any text is the title (else the page's
  ``<title>``); other headings keep their level. The date is a ``<meta>``
  date (``name="date"``, ``dcterms.date`` or ``article:published_time``), or
  the first ``<time datetime>``.
- Paragraphs, block quotes, lists (ordered or not, nested, an ``<ol start>``
  kept), tables (each cell a block of its own; ``<th>`` a header cell) and
  ``<hr>`` become blocks with their containers; text standing in a ``<div>``,
  ``<section>`` or ``<article>`` without a ``<p>`` is a paragraph too.
- ``<b>``/``<strong>``, ``<i>``/``<em>``, ``<u>``/``<ins>``,
  ``<s>``/``<del>``/``<strike>``, ``<a href>``, ``<code>`` (also ``<kbd>``,
  ``<samp>``, ``<tt>``) and ``<br>`` become formatting spans over the plain
  text; the text of other inline elements (``<span>``, ``<abbr>``...) is kept.
- ``<pre>`` is kept verbatim and never translated. What an edition cannot
  carry (images, video, frames, form fields) is left out and reported
  with its line, as is the raised or lowered setting of ``<sup>`` and
  ``<sub>`` (their text stays), except a footnote mark: a ``<sup>`` around
  a link into the page (``<sup><a href="#fn1">1</a></sup>``, also ``[1]``)
  is read as Markdown's ``[^1]``, and the ``<li id="fn1">`` it points at as
  the note, ``[^1]: ...``, a paragraph of its own without its link back;
  ``<head>``, ``<script>``, ``<style>``,
  ``<template>``, ``<noscript>`` and comments are no part of the article.
  A link whose scheme can run code loses its address, keeps its text and is
  reported.
- Like every article, the page is not trusted: it is parsed by the standard
  library's forgiving HTML parser (no network, no entities beyond HTML's), an
  unclosed element is closed by its parent's end, and quotes and lists
  nesting deeper than Markdown's limit refuse the article, naming the line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from ..document import BlockKind, Document, ListItem, Quote, TableCell
from ..errors import UserError
from ..files import decode_utf8
from ..formatting import BOLD, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from ..problems import Location, Problem
from .characters import Removal, clean_source, located_removals
from .inline import InlineText, too_deep
from .markdown import MAX_NESTING, _document, _Reader, check_tags
from .segmenter import SourceBlock

_FORMATS = {
    "b": BOLD,
    "strong": BOLD,
    "i": ITALIC,
    "em": ITALIC,
    "cite": ITALIC,
    "u": UNDERLINE,
    "ins": UNDERLINE,
    "s": STRIKE,
    "del": STRIKE,
    "strike": STRIKE,
}
_CODE = {"code", "kbd", "samp", "tt"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# elements whose text ends one block and starts another
_PARAGRAPHS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption"}
_PARAGRAPHS |= {"address", "details", "summary", "dl", "dt", "dd", "caption", "center", "body", "html", "form"}
_SKIPPED = {"head", "script", "style", "template", "noscript", "svg", "math", "select", "textarea", "button", "nav"}
_NOT_CARRIED = {"img": "an image", "picture": "a picture", "video": "a video", "audio": "a sound", "iframe": "a frame"}
_NOT_CARRIED |= {"object": "an embedded object", "embed": "an embedded object", "canvas": "a drawing"}
_NOT_CARRIED["input"] = "a form field"
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "track", "area", "base", "col", "embed", "param"}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ARTICLE_TAG = re.compile(r"<article[\s/>]", re.IGNORECASE)
_MAIN_TAG = re.compile(r"<main[\s/>]", re.IGNORECASE)
_DATE_META = {"date", "dcterms.date", "dc.date", "article:published_time", "pubdate", "publish-date"}


# <meta charset="windows-1256"> or <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">, looked for in
# the first 1024 bytes as browsers do
_DECLARED_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]{1,40})", re.IGNORECASE)
# labels the WHATWG encoding standard reads as another encoding: Latin-1 and ASCII pages are windows-1252, and a
# page that declares UTF-16 in its bytes cannot be UTF-16 (its markup would not be readable as ASCII)
_CHARSET_AS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
_CHARSET_AS |= {"utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "utf8": "utf-8"}


# the encodings a browser reads a page in (the WHATWG encoding standard's), by Python's name for each: any other
# label is no encoding of a page, whatever Python can do with it (utf-7 would make markup of "+ADw-", rot13 and
# zlib are no text encodings at all)
_BROWSER_ENCODINGS = frozenset(
    "utf-8 cp866 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-9 iso8859-10 "
    "iso8859-11 iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman mac-cyrillic cp874 cp1250 "
    "cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 gbk gb2312 gb18030 big5 euc_jp iso2022_jp shift_jis "
    "euc_kr".split()
)


def decode_html(data: bytes, path: Path, findings: list[Problem] | None = None) -> str:
    """An HTML file's text, in the encoding its ``<meta charset>`` declares (a CMS export in windows-1256 or
    koi8-r), else UTF-8; a byte the declared encoding cannot read is a UserError naming its line. A label no
    browser reads a page in (a typo, ``utf8mb4``, ``utf-7``) is read as UTF-8 when the page is UTF-8, with a
    warning appended to ``findings`` at the declaration's line, and is a UserError naming both when it is not."""
    import codecs

    declared = _DECLARED_CHARSET.search(data[:1024])
    label = declared[1].decode("ascii").lower() if declared else "utf-8"
    try:
        encoding = codecs.lookup(_CHARSET_AS.get(label, label)).name
    except LookupError:
        encoding = ""
    if encoding not in _BROWSER_ENCODINGS:
        assert declared is not None  # no declaration is UTF-8
        return _decode_undeclared(data, path, label, data[: declared.start()].count(b"\n") + 1, findings)
    if encoding == "utf-8" or data.startswith(codecs.BOM_UTF8):
        return decode_utf8(data, path)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UserError(
            f"not valid {label} (byte 0x{data[error.start]:02x} at offset {error.start}), the encoding its "
            "<meta charset> declares",
            path=path,
            line=data[: error.start].count(b"\n") + 1,
            fix="correct the page's <meta charset> to the encoding it is saved in, or save it as UTF-8",
        ) from None


_CHARSET_FIX = (
    "correct the page's <meta charset> to the encoding it is saved in (utf-8, windows-1256, koi8-r, iso-8859-9...), "
    'or save the page as UTF-8 and declare <meta charset="utf-8">'
)


def _decode_undeclared(data: bytes, path: Path, label: str, line: int, findings: list[Problem] | None) -> str:
    """A page whose ``<meta charset>`` (on ``line``) names no encoding a browser knows, read as UTF-8 (what such
    a label most often stands for) with a warning, or refused when it is not UTF-8 either."""
    try:
        text = decode_utf8(data, path)
    except UserError as error:
        detail = error.message.removeprefix("not valid UTF-8 ")
        raise UserError(
            f"the page declares the encoding {label!r} (line {line}), which no browser knows, and it is not valid "
            + (f"UTF-8 either {detail}" if detail != error.message else f"UTF-8 either: {detail}"),
            path=path,
            line=error.line,
            column=error.column,
            fix=_CHARSET_FIX,
        ) from None
    if findings is not None:
        findings.append(
            Problem.at(
                Location(path, line),
                "source-encoding",
                f"the page declares the encoding {label!r}, which no browser knows: it was read as UTF-8, which it "
                "is; check that no letter is wrong",
                fix=_CHARSET_FIX,
            )
        )
    return text


def toolkit_page(text: str) -> bool:
    """Whether an HTML text is one of the pages the toolkit writes (an edition's preview, a run's index), which
    are never articles: its head carries the Content-Security-Policy each of them does."""
    from html import unescape

    from ..publish.html import CONTENT_SECURITY_POLICY

    head = text[:4096]
    return "Content-Security-Policy" in head and CONTENT_SECURITY_POLICY in unescape(head)


def parse_html(text: str, name: str = "article", path: Path | None = None) -> Document:
    """Read an HTML article into a Document (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_tags(text, path)
    # a saved page: the article is the first <article> in its <main>, else its <main>, else its first <article>
    # (a breaking-news banner in the site's header may be an <article> too); the site's header, menus and footer
    # around it are not, nor are teasers of other stories in it; other <article>s beside it (a CMS export of
    # several stories) are reported
    article, main = bool(_ARTICLE_TAG.search(text)), bool(_MAIN_TAG.search(text))
    scopes = [("article", True)] * (article and main) + [("main", False)] * main + [("article", False)] * article
    for scope, in_main in scopes:
        parser = _parsed(text, path, scope, in_main)
        if parser.scope is None:  # found
            break
    else:  # none, or "<article" stood only in a comment or a script: the page is the article
        parser = _parsed(text, path, None)
    reader = parser.reader
    if parser.sibling_articles:
        lines = parser.sibling_articles
        reader.find(
            "source-not-carried",
            f"the page holds {len(lines) + 1} articles side by side; only the first was read, not the "
            f"{'one' if len(lines) == 1 else 'ones'} from line {', '.join(map(str, lines[:5]))}"
            f"{'...' if len(lines) > 5 else ''}: save each story as a page of its own",
            lines[0],
        )
    if parser.page_title and not any(block.kind is BlockKind.TITLE for block in reader.blocks):
        title, removed = clean_source(unicodedata.normalize("NFC", " ".join(parser.page_title.split())))
        if title:
            reader.removals += [replace(r, line=parser.page_title_line, column=1) for r in removed]
            reader.blocks.insert(0, SourceBlock(BlockKind.TITLE, title, parser.page_title_line, level=1))
    return _document(name, path, reader, parser.day, text.split("\n"))


def _parsed(text: str, path: Path | None, scope: str | None, in_main: bool = False) -> _ArticleParser:
    parser = _ArticleParser(path)
    parser.scope, parser.skipping, parser.scope_in_main = scope, 1 if scope else 0, in_main
    parser.source = text
    parser.feed(text)
    if parser.rawdata.startswith("<!--") and parser.cdata_elem is None:
        # a comment never closed: a browser reads the rest of the page as the comment, where this parser gave it
        # as text (an editor's note left open reached every edition)
        line = parser.getpos()[0]
        parser.rawdata = ""
        parser.reader.find(
            "source-not-carried",
            f"a comment (<!--) opened on line {line} is never closed: a browser shows nothing of the page after it, "
            "nor do the editions; close it with --> where it ends if the text after it is the article's",
            line,
        )
    parser.close()
    if parser.mark_text is not None:  # a footnote mark's link the page never closed
        parser._footnote_mark()
    parser.end_block()
    return parser


class _ArticleParser(HTMLParser):
    """HTML events into the blocks Markdown's reader builds: containers, inline text, findings."""

    def __init__(self, path: Path | None):
        super().__init__(convert_charrefs=True)
        self.reader = _Reader(path, 0)
        self.source = ""  # the page's text, as fed
        self.line_starts: list[int] | None = None  # the offset of each of its lines, once asked
        self.open: list[str] = []  # elements open, innermost last
        self.open_count: Counter[str] = Counter()  # how many of each are open: an unmatched end tag is found at once
        self.inline: InlineText | None = None
        self.line = 1  # where the block being read started
        self.heading = 0  # the level of the heading being read
        self.skipping = 0  # depth inside <head>, <script>... whose text is not the article's
        self.code: list[str] | None = None  # inline code being read
        self.pre: list[str] | None = None  # a <pre> block being read
        self.links: list[bool] = []  # per open <a>: whether its link is carried
        self.cell_blocks = 0  # blocks the current table cell has
        self.tables: list[tuple[int, int, int]] = []  # open tables: number, row, column
        self.inner_tables = 0  # tables open inside a table cell, whose cells are read as paragraphs of that cell
        self.inner_table_reported = False
        self.page_title: str = ""
        self.page_title_line = 1
        self.title_text: list[str] | None = None
        self.day: date | None = None
        self.scope: str | None = None  # the element the article is in ("article", "main"), if the page has one
        self.scope_in_main = False  # whether the element must stand inside the page's <main>
        self.scope_depth: int | None = None  # how many elements were open around it, while it is open
        self.article_depth: int | None = None  # how many were open around the article read, once it ended
        self.sibling_articles: list[int] = []  # the lines of <article>s beside it (other stories), not read
        # footnotes: a <sup> around a link into the page (<sup><a href="#fn1">1</a></sup>) is a footnote mark,
        # read as Markdown's [^1]; the <li id="fn1"> it points at is the note, read as [^1]: ...
        self.sups: list[list] = []  # per open <sup>: its line, and whether it held a footnote mark
        self.mark_text: list[str] | None = None  # the label of the footnote mark being read
        self.mark_target = ""
        self.notes: dict[str, str] = {}  # the id a mark points at -> its label
        self.note_items: list[bool] = []  # per open <li>: whether it is a note
        self.note_label: str | None = None  # a note's label, written before its first text
        self.back_link = False  # inside a note's link back to its mark (↩), which is left out

    # --- where text goes --------------------------------------------------------------------------------

    def _text(self) -> InlineText:
        if self.inline is None:
            self.inline = InlineText()
            self.line = self.getpos()[0]
        return self.inline

    def end_block(self) -> None:
        """The block being read ends: its text (if any) becomes a paragraph or a heading."""
        inline, self.inline = self.inline, None
        if inline is None:
            return
        plain, spans = inline.finish()
        left_out = too_deep(inline)
        if left_out:
            self.reader.find("source-not-carried", left_out, self.line)
        if not plain:
            return
        if self.heading:
            first = self.heading == 1 and not self.reader.blocks and not self.reader.containers and not self.tables
            kind = BlockKind.TITLE if first else BlockKind.HEADING
            self.reader.add(kind, plain, self.line, spans, level=self.heading)
        else:
            self.reader.add(BlockKind.PARAGRAPH, plain, self.line, spans)
        if self.reader.cell is not None:
            self.cell_blocks += 1

    def _cleaned(self, text: str) -> str:
        cleaned, removed = clean_source(text)
        if not removed:
            return cleaned
        line, column = self.getpos()
        # each character at its own place, a reference (&#xE000;, &#65533;) at the reference's, where the text is
        # the page's from here; else the text's place, and each line's first removal at its column in the text
        located = located_removals(text, self.source, self._offset(line, column), line, column + 1)
        if located is not None:
            self.reader.removals += located
            return cleaned
        self.reader.removals += [
            replace(r, line=line + r.line - 1, column=column + r.column if r.line == 1 else r.column)
            if r.kept
            else Removal(line, column + 1, r.characters, r.count, r.context)
            for r in removed
        ]
        return cleaned

    def _offset(self, line: int, column: int) -> int:
        """The offset in the page's text of a parser position (line 1-based, column 0-based)."""
        if self.line_starts is None:
            self.line_starts = [0] + [found.end() for found in re.finditer("\n", self.source)]
        return self.line_starts[line - 1] + column if line - 1 < len(self.line_starts) else len(self.source)

    # --- events -----------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "meta":
            self._meta(attributes)
        if tag not in _VOID:
            self.open.append(tag)
            self.open_count[tag] += 1
        if tag == "title" and self.skipping:
            self.title_text, self.page_title_line = [], self.getpos()[0]
        if tag == "article" and self.article_depth == len(self.open) - 1 and self.skipping == 1:
            self.sibling_articles.append(self.getpos()[0])
        if (
            tag == self.scope
            and self.skipping == 1
            and self.scope_depth is None
            and (self.open_count["main"] or not self.scope_in_main)
        ):
            self.skipping, self.scope_depth = 0, len(self.open) - 1
            self.scope = None  # the first one only
            return
        if self.skipping or tag in _SKIPPED:
            self.skipping += tag in _SKIPPED
            return
        if self.pre is not None:
            return
        if tag == "time" and self.day is None:
            self.day = _iso_date(attributes.get("datetime") or "")
        if tag in _PARAGRAPHS or tag in _HEADINGS or tag in ("li", "blockquote", "ul", "ol", "table", "tr"):
            self.end_block()
        if tag in ("table", "tr", "td", "th") and (self.inner_tables or (tag == "table" and self.reader.cell)):
            self._inner_table(tag)
            return
        if tag in _HEADINGS:
            self.heading = _HEADINGS[tag]
        elif tag == "blockquote":
            self._nest()
            self.reader.counters["quote"] += 1
            self.reader.containers.append(Quote(self.reader.counters["quote"]))
        elif tag in ("ul", "ol"):
            self._list(tag, attributes)
        elif tag == "li":
            label = self.notes.get(attributes.get("id") or "")
            self.note_items.append(label is not None)
            if label is None:
                self._item(attributes)
            else:
                self.note_label = label
        elif tag == "table":
            self.reader.counters["table"] += 1
            self.tables.append((self.reader.counters["table"], -1, 0))
        elif tag == "tr" and self.tables:
            number, row, _ = self.tables[-1]
            self.tables[-1] = (number, row + 1, 0)
        elif tag in ("td", "th") and self.tables:
            self.end_block()
            number, row, column = self.tables[-1]
            align = (attributes.get("align") or "").lower()
            self.reader.cell = TableCell(number, max(row, 0), column, tag == "th", align)
            self.cell_blocks = 0
        elif tag == "pre":
            self.end_block()
            self.pre, self.line = [], self.getpos()[0]
        elif tag == "hr":
            self.end_block()
            self.reader.add(BlockKind.RULE, "", self.getpos()[0])
        elif tag == "br":
            self._text().add_break()
        elif tag in _FORMATS:
            self._text().open(Format(_FORMATS[tag]))
        elif tag in _CODE and self.code is None:
            self.code = []
        elif tag == "a" and (attributes.get("href") or "").startswith("#") and (self.sups or any(self.note_items)):
            self.links.append(False)
            if self.sups and self.mark_text is None:
                self.mark_text, self.mark_target = [], (attributes.get("href") or "")[1:]
                self.sups[-1][1] = True
            else:
                self.back_link = True
        elif tag == "a":
            self._link(attributes.get("href"))
        elif tag in _NOT_CARRIED:
            what = attributes.get("alt") or attributes.get("src") or attributes.get("title") or ""
            self.reader.find(
                "source-not-carried",
                f"{_NOT_CARRIED[tag]} (<{tag}>{' ' + repr(what[:60]) if what else ''}) is not carried: "
                "add it to the editions by hand",
                self.getpos()[0],
            )
        elif tag == "sup":
            self.sups.append([self.getpos()[0], False])  # reported at its end, unless it was a footnote mark
        elif tag == "sub":
            self._not_raised_or_lowered("sub", self.getpos()[0])

    def _not_raised_or_lowered(self, tag: str, line: int) -> None:
        self.reader.find(
            "source-not-carried",
            f"the {'raised' if tag == 'sup' else 'lowered'} setting of <{tag}> is not carried: its text is kept "
            "on the line (m<sup>2</sup> reads m2)",
            line,
        )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count[tag]:
            return  # an end tag without its start: HTML ignores it
        inside: list[str] = []  # emphasis left open inside a closing emphasis or link
        while self.open:  # elements left open inside it close with it
            name = self.open.pop()
            self.open_count[name] -= 1
            self._close(name)
            if self.scope_depth is not None and len(self.open) == self.scope_depth:  # the article ends
                self.end_block()
                self.skipping, self.article_depth, self.scope_depth = 1, self.scope_depth, -1
            if name == tag:
                break
            inside.append(name)
        if (tag in _FORMATS or tag == "a") and self.scope_depth != -1:
            # misnested (<b>bold <i>both</b> italic</i>): a browser goes on with the inner emphasis after the
            # outer one closes, so " italic" is italic on the page and in the editions; each name once (nested in
            # itself a format is that format once), so thousands left open are not opened again at every closing
            for name in dict.fromkeys(name for name in reversed(inside) if name in _FORMATS):
                self.handle_starttag(name, [])

    def _close(self, tag: str) -> None:
        if tag == "title" and self.title_text is not None:
            self.page_title, self.title_text = "".join(self.title_text), None
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag == "pre" and self.pre is not None:
            verbatim, self.pre = "".join(self.pre).strip("\n"), None
            self.reader.add(BlockKind.CODE, "", self.line, verbatim=verbatim)
            self.reader.find("source-verbatim", "a code block was kept verbatim: it is not translated", self.line)
        elif self.pre is not None:
            return
        elif tag in _CODE and self.code is not None:
            code, self.code = "".join(self.code), None
            self._text().add_code(self._cleaned(code))
        elif tag in _FORMATS and self.inline is not None:
            self.inline.close(_FORMATS[tag])
        elif tag == "a" and self.links:
            if self.links.pop() and self.inline is not None:
                self.inline.close(LINK)
            elif self.mark_text is not None:
                self._footnote_mark()
            self.back_link = False
        elif tag == "sup" and self.sups:
            line, held_a_mark = self.sups.pop()
            if not held_a_mark:
                self._not_raised_or_lowered("sup", line)
        elif tag in _HEADINGS:
            self.end_block()
            self.heading = 0
        elif tag in _PARAGRAPHS:
            self.end_block()
        elif tag == "blockquote":
            self.end_block()
            self._pop_container(Quote)
        elif tag == "li":
            self.end_block()
            if not (self.note_items and self.note_items.pop()):
                self._pop_container(ListItem)
            self.note_label = None
        elif tag in ("ul", "ol"):
            self.end_block()
            if self.reader.lists:
                self.reader.lists.pop()
        elif tag in ("table", "tr", "td", "th") and self.inner_tables:
            self.end_block()
            self.inner_tables -= tag == "table"
        elif tag in ("td", "th") and self.reader.cell is not None:
            self.end_block()
            if not self.cell_blocks:  # an empty cell is a cell still
                self.reader.add(BlockKind.PARAGRAPH, "", self.getpos()[0])
            self.reader.cell = None
            number, row, column = self.tables[-1]
            self.tables[-1] = (number, row, column + 1)
        elif tag == "table" and self.tables:
            self.end_block()
            self.tables.pop()

    def handle_data(self, data: str) -> None:
        if self.title_text is not None:
            self.title_text.append(data)
        if self.skipping:
            return
        if self.pre is not None:
            self.pre.append(data)
        elif self.code is not None:
            self.code.append(data)
        elif self.mark_text is not None:
            self.mark_text.append(data)
            if sum(map(len, self.mark_text)) > 60:  # no label: the link's text is the sentence's
                text, self.mark_text = "".join(self.mark_text), None
                self._text().add(self._cleaned(text))
        elif self.back_link:
            return
        elif data.strip() or self.inline is not None:
            if self.note_label is not None and data.strip():
                self._text().add(f"[^{self.note_label}]: ")
                self.note_label = None
                data = data.lstrip()
            self._text().add(self._cleaned(data))

    def _footnote_mark(self) -> None:
        """A footnote mark's link ends: its label ("1", "[2]") as a Markdown footnote mark, [^1], and its target
        is a note; a link whose text is no label keeps its text."""
        text, self.mark_text = "".join(self.mark_text or ()).strip(), None
        label = text.strip("[]()")
        if label and len(label) <= 40 and not any(c.isspace() or c in "[]^" for c in label):
            self._text().add(f"[^{label}]")
            self.notes.setdefault(self.mark_target, label)
        elif text:
            self._text().add(self._cleaned(text))

    # --- structure --------------------------------------------------------------------------------------

    def _nest(self) -> None:
        if len([c for c in self.reader.containers if isinstance(c, (Quote, ListItem))]) >= MAX_NESTING:
            raise UserError(
                f"block quotes and lists are nested more than {MAX_NESTING} deep (a quote or list inside another...)",
                path=self.reader.path or Path("article.html"),
                line=self.getpos()[0],
                fix="flatten the quotes or lists from that line, or write the text as plain paragraphs",
            )

    def _list(self, tag: str, attributes: dict[str, str | None]) -> None:
        self.reader.counters["list"] += 1
        try:
            start = int(attributes.get("start") or 1) if tag == "ol" else 1
        except ValueError:
            start = 1
        self.reader.lists.append(
            {
                "number": self.reader.counters["list"],
                "ordered": tag == "ol",
                "start": max(0, min(start, 10**9)),
                "marker": "." if tag == "ol" else "-",
                "tight": True,
                "items": 0,
            }
        )

    def _item(self, attributes: dict[str, str | None]) -> None:
        if not self.reader.lists:  # an <li> outside a list: a list of its own
            self._list("ul", {})
        self._nest()
        current = self.reader.lists[-1]
        number = current["start"] + current["items"]
        if current["ordered"] and (attributes.get("value") or "").isdigit():
            number = int(attributes["value"] or number)
        self.reader.containers.append(
            ListItem(current["number"], current["ordered"], number, current["start"], current["marker"], True)
        )
        current["items"] += 1

    def _inner_table(self, tag: str) -> None:
        """A table inside a table cell (a layout page's): an edition's cell holds no table, so each of its cells
        is a paragraph of the cell around it, as Word's reader does, and that is reported once."""
        self.end_block()
        if tag != "table":
            return
        if not self.inner_table_reported:
            self.inner_table_reported = True
            self.reader.find(
                "source-not-carried",
                "a table inside a table cell: its cells are read as paragraphs of the cell",
                self.getpos()[0],
            )
        self.inner_tables += 1

    def _pop_container(self, kind: type) -> None:
        for index in range(len(self.reader.containers) - 1, -1, -1):
            if isinstance(self.reader.containers[index], kind):
                del self.reader.containers[index:]
                return

    def _link(self, href: str | None) -> None:
        url = safe_url(href or "")
        if url is None:
            self.reader.find(
                "unsafe-link",
                f"a link to {(href or '')[:80]!r} was removed (only web, mail, telephone and relative "
                "links are kept); its text stays",
                self.getpos()[0],
            )
            self.links.append(False)
            return
        self._text().open(Format(LINK, url))
        self.links.append(True)

    def _meta(self, attributes: dict[str, str | None]) -> None:
        key = (attributes.get("name") or attributes.get("property") or "").lower()
        if key in _DATE_META and self.day is None:
            self.day = _iso_date(attributes.get("content") or "")


def _iso_date(text: str) -> date | None:
    """The date an ISO 8601 date or timestamp starts with (2026-01-09T10:00Z), or None."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
