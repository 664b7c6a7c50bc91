"""Text inside Markdown and HTML: shown as written, and marked where QA flagged it.

Every value that comes from an article, a glossary or a memory is escaped for
the context it lands in, so a title such as ``<script>`` or ``1. *x*`` shows
as text wherever the Markdown is rendered.
"""

from __future__ import annotations

from ..document import TranslatedSegment
from ..patterns import LazyPattern
from ..qa.checks import marked_for_review, review_reasons


def escape(text: str, quote: bool = True) -> str:
    """``html.escape``, the same replacements: the ``html`` module also builds its table of every named
    character reference (``html.entities``, about half a millisecond), which only unescaping needs."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


_MARKDOWN_SPECIAL = LazyPattern(r"([\\`*_\[\]<>#|~])")
# after up to three spaces, which Markdown reads as at the line's start (   - x is a list item)
_MARKDOWN_LINE_START = LazyPattern(r"^( {0,3})(?:(\d+)([.)])|([-+=]))")


def markdown_text(text: str) -> str:
    """Text that Markdown shows as it is: HTML and Markdown syntax escaped."""
    return markdown_line_start(markdown_special(text))


def markdown_special(text: str) -> str:
    """Text with Markdown's and HTML's special characters escaped (not what only counts at a line's start)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def markdown_line_start(text: str) -> str:
    """Escaped text that cannot open a list item or a heading underline where a line starts with it."""
    return _MARKDOWN_LINE_START.sub(
        lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}" if m.group(2) else f"{m.group(1)}\\{m.group(4)}", text
    )


def comment_text(text: str) -> str:
    """Text safe inside an HTML comment: it can neither close the comment nor open another. Only a hyphen beside
    another, or at either end, is written as a reference: a name's single hyphens (syria-talks, al-Nusra) read as
    they are in the Markdown a desk opens."""
    return _COMMENT_HYPHEN.sub("&#45;", escape(text))


_COMMENT_HYPHEN = LazyPattern(r"^-|-$|-(?=-)|(?<=-)-")


def provisional_markdown(name: str) -> str:
    """A name in its provisional rendering (not in the glossary yet), marked so an editor sees it."""
    return f'<mark class="provisional" title="provisional: not in the glossary yet">{escape(name, quote=False)}</mark>'


# a footnote's label where its note starts ([^1]: ..., in right-to-left text inside its isolate or marks)
_NOTE_LABEL = LazyPattern(r"[\u2066\u200e]?\[\^[^\]\s]{1,40}\][\u2069\u200e]?: ?")


def marked_markdown(segment: TranslatedSegment, text: str) -> str:
    """A segment's (escaped) text, marked when QA flagged it (⚠) or its names need a look (⚑). A footnote's
    label that starts the text ([^1]: Reuters...) stays first, outside the mark: after a mark, Markdown would read
    no note there, and the footnote's mark in the article would point at nothing."""
    label = _NOTE_LABEL.match(text)
    if label:
        return label.group() + marked_markdown(segment, text[label.end() :])
    if segment.flagged:
        reasons = "; ".join(p.message for p in segment.problems if p.severity == "error")
        return f'<mark title="{_attribute(reasons)}">⚠ {text}</mark>'
    if marked_for_review(segment):
        reasons = "; ".join(p.message for p in review_reasons(segment))
        return f'<mark class="review" title="check: {_attribute(reasons)}">⚑ {text}</mark>'
    return text


def _attribute(text: str) -> str:
    """Text for an HTML attribute that may stand in a GFM table cell, where a bare | would end the cell."""
    return escape(text).replace("|", "&#124;")
