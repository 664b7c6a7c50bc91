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
backticks, a line break as a backslash at the end of the line.
HTML (the cells of side-by-side Markdown, where GitHub does not read
Markdown): ``<strong>``, ``<em>``, ``<s>``, ``<u>``, ``<a href>``, ``<code>``, ``<br>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from ..document import Piece
from ..formatting import BOLD, ITALIC, LINK, STRIKE, UNDERLINE, Format, safe_url
from .text import markdown_line_start, markdown_special, provisional_markdown

_ORDER = (LINK, BOLD, ITALIC, UNDERLINE, STRIKE)
_MARKDOWN = {BOLD: ("**", "**"), ITALIC: ("*", "*"), STRIKE: ("~~", "~~"), UNDERLINE: ("<u>", "</u>")}
_HTML = {BOLD: ("<strong>", "</strong>"), ITALIC: ("<em>", "</em>"), STRIKE: ("<s>", "</s>"),
         UNDERLINE: ("<u>", "</u>")}
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


def markdown_inline(pieces: Sequence[Piece], *, arabic_script: bool = False, arabic_italics: str = "bold") -> str:
    """Pieces as Markdown inline text."""
    return _inline(pieces, markdown=True, arabic_script=arabic_script, arabic_italics=arabic_italics)


def html_inline(pieces: Sequence[Piece], *, arabic_script: bool = False, arabic_italics: str = "bold",
                mark_provisional: bool = False) -> str:
    """Pieces as HTML inline text (inside a table cell, a list item...).

    With ``mark_provisional``, a name not in the glossary yet is wrapped in ``<mark class="provisional">``.
    """
    return _inline(pieces, markdown=False, arabic_script=arabic_script, arabic_italics=arabic_italics,
                   mark_provisional=mark_provisional)


def _inline(pieces: Sequence[Piece], *, markdown: bool, arabic_script: bool, arabic_italics: str,
            mark_provisional: bool = False) -> str:
    out: list[str] = []
    stack: list[Format] = []

    def close_to(depth: int) -> None:
        trailing = ""
        if out and out[-1].endswith(" ") and len(stack) > depth:
            stripped = out[-1].rstrip(" ")
            trailing, out[-1] = out[-1][len(stripped):], stripped
        while len(stack) > depth:
            out.append(_closing(stack.pop(), markdown))
        out.append(trailing)

    for piece in pieces:
        if piece.text == "\n":
            out.append("\\\n" if markdown else "<br>")
            continue
        wanted = shown_formats(piece.formats, arabic_script, arabic_italics)
        common = 0
        while common < min(len(stack), len(wanted)) and stack[common] == wanted[common]:
            common += 1
        close_to(common)
        text = piece.text
        if len(wanted) > common:
            leading = text[:len(text) - len(text.lstrip(" "))]
            out.append(leading)
            text = text[len(leading):]
            for format in wanted[common:]:
                out.append(_opening(format, markdown))
                stack.append(format)
        if piece.code:
            out.append(_code(text, markdown))
        elif markdown:
            out.append(markdown_special(text))
        else:
            out.append(provisional_markdown(text) if mark_provisional and piece.provisional
                       else escape(text, quote=False))
    close_to(0)
    if not markdown:
        return "".join(out)
    return "\n".join(markdown_line_start(line) for line in "".join(out).split("\n"))


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


def _code(text: str, markdown: bool) -> str:
    if not markdown:
        return f"<code>{escape(text, quote=False)}</code>"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ")) \
        else ""
    return f"{fence}{padding}{text}{padding}{fence}"
