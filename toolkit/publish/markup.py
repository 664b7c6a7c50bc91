"""Inline formatting of pieces as Markdown or as HTML, escaped for the context it lands in.

Pieces carry their formats (:class:`toolkit.document.Piece`). Formats nest
in one fixed order (a link outermost, then bold, italics, underlining,
strike-through; inline code innermost), so the markup is always well formed:
a format that goes on across pieces stays open, one that ends is closed with
everything opened inside it, and those reopened. Spaces at the edge of a
formatted run go outside its markers, where CommonMark's flanking rules want
them. Arabic script has no italics: an italic span there is set bold, or
plain, as the newsroom settings choose (``typography.arabic_italics``).

Markdown: ``**bold**``, ``*italics*``, ``~~struck~~``, ``<u>underlined</u>``
(Markdown has no underlining), ``[text](address)`` with the address
percent-encoded where it could end the link, inline code in enough
backticks, a line break as a backslash at the end of the line. What is
written reads back as it was meant: a ``!`` right before a link is escaped
(``![`` would open an image), and a bold, italic or struck run whose
delimiters CommonMark would not take as opening and closing it (punctuation
inside against a letter outside, as in ``و«الأسد»`` with the name in bold,
or two runs touching) is written with its HTML tags instead.
HTML (the cells of side-by-side Markdown, where GitHub does not read
Markdown): ``<strong>``, ``<em>``, ``<s>``, ``<u>``, ``<a href>``, ``<code>``, ``<br>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import quote

from ..document import Piece
from ..formatting import BOLD, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from .text import escape, markdown_line_start, markdown_special, provisional_markdown

_ORDER = (LINK, BOLD, ITALIC, UNDERLINE, STRIKE)
_MARKDOWN = {BOLD: ("**", "**"), ITALIC: ("*", "*"), STRIKE: ("~~", "~~"), UNDERLINE: ("<u>", "</u>")}
_HTML = {
    BOLD: ("<strong>", "</strong>"),
    ITALIC: ("<em>", "</em>"),
    STRIKE: ("<s>", "</s>"),
    UNDERLINE: ("<u>", "</u>"),
}
_URL_SAFE = "/:?#@!$&'*+,;=%-._~"  # what a Markdown link's address keeps as it is; ( ) < > spaces are encoded


def shown_formats(formats: frozenset[Format], arabic_script: bool, arabic_italics: str = "bold") -> list[Format]:
    """The paired formats a piece is set in, outermost first; italics become bold (or nothing) in Arabic script."""
    kinds = {f.kind: f for f in formats}
    if arabic_script and ITALIC in kinds:
        del kinds[ITALIC]
        if arabic_italics == "bold":
            kinds.setdefault(BOLD, Format(BOLD))
    return [kinds[kind] for kind in _ORDER if kind in kinds]


def link_address(url: str) -> str | None:
    """A link's address as a document may hold it: None for one that could run code (never written)."""
    return safe_url(url)


def markdown_inline(
    pieces: Sequence[Piece], *, arabic_script: bool = False, arabic_italics: str = "bold", in_table_cell: bool = False
) -> str:
    """Pieces as Markdown inline text.

    ``in_table_cell``: the text stands in a GFM pipe table, where every ``|`` ends the cell unless escaped,
    even inside a code span; there a code span's ``|`` is written ``\\|`` (GFM reads it back as ``|``).
    """
    return _inline(
        pieces, markdown=True, arabic_script=arabic_script, arabic_italics=arabic_italics, in_table_cell=in_table_cell
    )


def title_markdown(pieces: list[Piece], arabic_script: bool = False, arabic_italics: str = "bold") -> str:
    """A title as the text of a Markdown heading, with its formatting (a link, bold...); one line."""
    return markdown_inline(pieces, arabic_script=arabic_script, arabic_italics=arabic_italics).replace("\\\n", " ")


def html_inline(
    pieces: Sequence[Piece],
    *,
    arabic_script: bool = False,
    arabic_italics: str = "bold",
    mark_provisional: bool = False,
    digits: str = "0123456789",
) -> str:
    """Pieces as HTML inline text (inside a table cell, a list item...).

    With ``mark_provisional``, a name not in the glossary yet is wrapped in ``<mark class="provisional">``.
    A footnote mark is raised, a number in the edition's ``digits`` (۱ in Persian), as in its DOCX.
    """
    return _inline(
        pieces,
        markdown=False,
        arabic_script=arabic_script,
        arabic_italics=arabic_italics,
        mark_provisional=mark_provisional,
        digits=digits,
    )


class _Delimiter:
    """Where a bold, italic or struck run opens or closes in Markdown: ``**``, ``*``, ``~~`` as CommonMark
    reads them, or the HTML tag where the delimiter would not be read as one (see :func:`_resolve`)."""

    def __init__(self, format: Format, opening: bool) -> None:
        self.format, self.opening = format, opening
        self.partner: _Delimiter | None = None
        self.as_html = False

    def __str__(self) -> str:
        if self.as_html:
            return _HTML[self.format.kind][0 if self.opening else 1]
        return _MARKDOWN[self.format.kind][0 if self.opening else 1]


def _inline(
    pieces: Sequence[Piece],
    *,
    markdown: bool,
    arabic_script: bool,
    arabic_italics: str,
    mark_provisional: bool = False,
    in_table_cell: bool = False,
    digits: str = "0123456789",
) -> str:
    out: list[str | _Delimiter] = []
    stack: list[tuple[Format, _Delimiter | None]] = []

    def close_to(depth: int) -> None:
        trailing = ""
        last = out[-1] if out else None
        if isinstance(last, str) and last.endswith(" ") and len(stack) > depth:
            stripped = last.rstrip(" ")
            trailing, out[-1] = last[len(stripped) :], stripped
        while len(stack) > depth:
            format, opened = stack.pop()
            if opened is None:
                out.append(_closing(format, markdown))
            else:
                closed = opened.partner = _Delimiter(format, opening=False)
                closed.partner = opened
                out.append(closed)
        out.append(trailing)

    for piece in pieces:
        if piece.text == "\n":
            out.append("\\\n" if markdown else "<br>")
            continue
        wanted = shown_formats(piece.formats, arabic_script, arabic_italics)
        common = 0
        while common < min(len(stack), len(wanted)) and stack[common][0] == wanted[common]:
            common += 1
        close_to(common)
        text = piece.text
        if len(wanted) > common:
            leading = text[: len(text) - len(text.lstrip(" "))]
            out.append(leading)
            text = text[len(leading) :]
            for format in wanted[common:]:
                if markdown and format.kind in _MARKDOWN and format.kind != UNDERLINE:
                    delimiter = _Delimiter(format, opening=True)
                    out.append(delimiter)
                    stack.append((format, delimiter))
                else:
                    opening = _opening(format, markdown)
                    if markdown and opening == "[":
                        _no_image_before_link(out)
                    out.append(opening)
                    stack.append((format, None))
        if piece.code:
            out.append(_code(text, markdown, in_table_cell))
        elif "[^" in text and not (mark_provisional and piece.provisional):
            first = not any(isinstance(o, str) and o for o in out)
            out.append(_with_footnote_marks(text, markdown, first, digits))
        elif markdown:
            out.append(markdown_special(text))
        else:
            out.append(
                provisional_markdown(text) if mark_provisional and piece.provisional else escape(text, quote=False)
            )
    close_to(0)
    if not markdown:
        return "".join(map(str, out))
    _resolve(out)
    return "\n".join(markdown_line_start(line) for line in "".join(map(str, out)).split("\n"))


def _with_footnote_marks(text: str, markdown: bool, first: bool, digits: str = "0123456789") -> str:
    """Escaped text whose footnote marks ([^1]) are Markdown footnotes (unescaped, without the direction marks
    around them, so that Markdown still reads them; a note's own [^1]: where its paragraph starts) or, in HTML,
    raised marks (``<sup>1</sup>``), a number in the edition's ``digits``."""
    from ..localise import FOOTNOTE_MARK

    written, position = [], 0
    for match in FOOTNOTE_MARK.finditer(text):
        before = text[position : match.start()]
        written.append(markdown_special(before) if markdown else escape(before, quote=False))
        starts_note = first and not text[: match.start()].strip()
        if markdown:
            written.append(f"[^{match['label']}]" + (match["colon"] or ""))
        else:
            label = match["label"]
            label = escape(
                label.translate(str.maketrans("0123456789", digits)) if label.isdigit() else label, quote=False
            )
            written.append(f"<sup>{label}</sup>" + ("" if starts_note else match["colon"] or ""))
        position = match.end()
    rest = text[position:]
    written.append(markdown_special(rest) if markdown else escape(rest, quote=False))
    return "".join(written)


def _no_image_before_link(out: list[str | _Delimiter]) -> None:
    """A ``!`` right before a link's ``[`` would make the link an image: it is escaped."""
    for index in range(len(out) - 1, -1, -1):
        part = out[index]
        if isinstance(part, _Delimiter):
            return
        if part:
            if part.endswith("!") and not part.endswith("`"):
                out[index] = part[:-1] + "\\!"
            return


def _resolve(out: list[str | _Delimiter]) -> None:
    """Write as HTML every bold, italic or struck run whose Markdown delimiters CommonMark would not read as
    opening and closing it: a run that starts with punctuation right after a letter (``و**«الأسد»**``), or
    ends with punctuation right before one, or whose delimiters touch another's (``**a***b*``)."""
    changed = True
    while changed:
        changed = False
        for index, part in enumerate(out):
            if isinstance(part, _Delimiter) and not part.as_html and not _flanks(out, index):
                part.as_html = True
                if part.partner is not None:
                    part.partner.as_html = True
                changed = True


def _flanks(out: list[str | _Delimiter], index: int) -> bool:
    delimiter = out[index]
    assert isinstance(delimiter, _Delimiter)
    mark = str(delimiter)[0]
    before, after = _neighbour(out, index, -1), _neighbour(out, index, 1)
    if mark in (before, after):  # one delimiter run with its neighbour's: CommonMark would count them together
        return False
    inside, outside = (after, before) if delimiter.opening else (before, after)
    if inside == "" or inside.isspace():
        return False
    return not _punctuation(inside) or outside == "" or outside.isspace() or unicodedata.category(outside)[0] == "P"


def _neighbour(out: list[str | _Delimiter], index: int, step: int) -> str:
    """The character written right before (step -1) or after (step 1) ``out[index]``; "" at an edge."""
    index += step
    while 0 <= index < len(out):
        text = str(out[index])
        if text:
            return text[-1] if step < 0 else text[0]
        index += step
    return ""


def _punctuation(char: str) -> bool:
    """Punctuation or a symbol, as CommonMark's flanking rules count them."""
    return unicodedata.category(char)[0] in "PS"


def _opening(format: Format, markdown: bool) -> str:
    if format.kind == LINK:
        if link_address(format.target) is None:
            return ""
        return "[" if markdown else f'<a href="{escape(format.target)}">'
    return (_MARKDOWN if markdown else _HTML)[format.kind][0]


def _closing(format: Format, markdown: bool) -> str:
    if format.kind == LINK:
        address = link_address(format.target)
        if address is None:
            return ""
        return f"]({quote(address, safe=_URL_SAFE)})" if markdown else "</a>"
    return (_MARKDOWN if markdown else _HTML)[format.kind][1]


def _code(text: str, markdown: bool, in_table_cell: bool = False) -> str:
    """Inline code as Markdown's code span or HTML's ``<code>``; the isolate (or marks) a right-to-left edition
    puts around it stand outside, so the code a reader copies is the source's, without invisible characters."""
    for opening, closing in (("\u2066", "\u2069"), ("\u200e", "\u200e")):
        if len(text) > 2 and text.startswith(opening) and text.endswith(closing):
            return opening + _code(text[1:-1], markdown, in_table_cell) + closing
    if not markdown:
        return f"<code>{escape(text, quote=False)}</code>"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ")) else ""
    if in_table_cell:  # GFM takes one backslash before every | in a cell, code spans included
        text = text.replace("|", "\\|")
    return f"{fence}{padding}{text}{padding}{fence}"
