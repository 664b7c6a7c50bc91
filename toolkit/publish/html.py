"""HTML pages: the side-by-side edition as a web page, and the page frame the index shares.

Pages are written by plain Python, every value from an article, a glossary, a file name or the settings
escaped where it is written (:func:`escaped`: ``& < > ' "``, as markupsafe escapes them, for element text
and quoted attributes). Nothing is written into a comment but text the Markdown edition already made safe
for one. The one context that escaping does not cover, CSS, only receives font names, which the settings
already restrict and :func:`css_string` escapes again. Each page forbids script through its
Content-Security-Policy: nothing on it needs any.

The side-by-side page is the side-by-side Markdown as CommonMark renders it (raw HTML on; its default
preset would escape the table), so the preview shows exactly what the Markdown edition holds; most of it is
raw HTML blocks and plain headings, written as markdown-it writes them (:func:`raw_html_rendering`),
anything else is rendered by markdown-it-py. Pages are self-contained (one file, inline CSS, relative links
only), so they work from the file system and from any static web server.
"""

from __future__ import annotations

import re
from dataclasses import replace

from toolkit.patterns import LazyPattern

from ..document import Edition
from ..settings import Settings
from .paths import INDEX_FROM_PREVIEW, html_page

# Nothing on these pages runs script, so nothing injected into them can either.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self' data: file:; style-src 'unsafe-inline'; "
    "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
)

PAGE_CSS = """
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #111; line-height: 1.5; }
a { color: #0645ad; }
nav { font-size: 0.9rem; margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.4rem 0.6rem; vertical-align: top; text-align: start; }
td h2, td h3, td p { margin: 0; }
mark { background: #ffec80; color: inherit; }
mark.provisional { background: #e5d4f7; }
.notice { border-left: 4px solid #a01c00; background: #fff4f0; padding: 0.5rem 0.8rem; color: #a01c00; }
"""
_CSS_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,")


def css_string(value: str) -> str:
    """A CSS string literal (double-quoted) holding ``value``; everything but plain characters is a hex escape."""
    return '"' + "".join(ch if ch in _CSS_PLAIN else f"\\{ord(ch):x} " for ch in value) + '"'


def font_css(settings: Settings) -> str:
    """CSS that sets the newsroom's font for English and for each language (by ``lang``)."""
    latin = css_string(settings.latin_font)
    rules = [f'body {{ font-family: {latin}, "Noto Serif", Georgia, serif; }}']
    for code, chosen in settings.languages.items():
        rules.append(f'[lang="{code}"] {{ font-family: {css_string(chosen.font)}, {latin}, serif; }}')
    rules.append('[lang="en"] { font-family: inherit; }')
    return "\n".join(rules + _list_number_css(settings))


# CSS list-style types counting in an edition's digits (a browser counts an <ol> in 0-9 otherwise)
_LIST_STYLES = {"arabext": "persian", "arab": "arabic-indic"}


def _list_number_css(settings: Settings) -> list[str]:
    """The ordered lists of each language whose edition's digits are not 0-9 count in those digits."""
    from ..languages import TARGET_LANGUAGES, language
    from ..localise import Localiser

    rules = []
    for code in settings.languages:
        if code in TARGET_LANGUAGES:
            style = _LIST_STYLES.get(Localiser.for_language(language(code), settings).numbering_system)
            if style:
                rules.append(f'[lang="{code}"] ol {{ list-style-type: {style}; }}')
    return rules


def escaped(value: object) -> str:
    """``value`` as text escaped for HTML element text and quoted attributes (``& < > ' "``, as Jinja2's
    autoescaping and markupsafe write them); a :class:`markupsafe.Markup` value is already HTML."""
    from markupsafe import escape

    return str(escape(value))


def page(settings: Settings, *, lang: str, title: str, body: str, extra_css: str = "") -> str:
    """A whole page in the toolkit's shared frame (fonts, CSS, CSP) around ``body``, which is HTML already
    built from escaped values; ``lang`` and ``title`` are escaped here."""
    css = PAGE_CSS + font_css(settings) + "\n" + extra_css  # built here, from escaped values only
    return (
        "<!doctype html>\n"
        f'<html lang="{escaped(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escaped(CONTENT_SECURITY_POLICY)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escaped(title)}</title>\n"
        f"<style>{css}</style>\n"
        "</head>\n"
        "<body>\n"
        f"{body}"
        "</body>\n"
        "</html>\n"
    )


# Where a line opens an HTML block that ends at a blank line (CommonMark's kind 6, the tags the side-by-side
# Markdown starts its blocks with), or a one-line comment; and the characters that give a heading's text a
# meaning beyond itself (escapes, code, emphasis, links, images, entities, raw HTML, closing #s) or that
# CommonMark rewrites (line ends, NUL).
_HTML_BLOCK_START = LazyPattern(r"</?(?:div|p|table)(?=[ \t>]|/>|$)", re.IGNORECASE)
_MARKDOWN_SPECIAL = LazyPattern(r"[\\`*_\[\]!<>&#~\x00-\x1f\x7f]")


def raw_html_rendering(markdown: str) -> str | None:
    """The HTML CommonMark (markdown-it, raw HTML on) renders ``markdown`` as, when it is only raw HTML blocks
    and headings of plain text, each block after a blank line, as the side-by-side Markdown is for most
    articles; None for anything else (emphasis or a link in a title, a stray line), which the caller renders
    with markdown-it. An HTML block is passed through as it stands, a plain heading's text is escaped as
    markdown-it escapes text (``& < > "``): the page is the same, without loading a Markdown parser."""
    if "\r" in markdown or "\x00" in markdown:
        return None
    html = []
    for block in markdown.removesuffix("\n").split("\n\n"):
        lines = block.split("\n")
        if any(not line.strip(" \t") for line in lines):
            return None
        first = lines[0]
        if first.startswith("# "):
            text = first[2:]
            if len(lines) != 1 or not text or text[0].isspace() or text[-1].isspace() or _MARKDOWN_SPECIAL.search(text):
                return None
            html.append("<h1>" + text.replace('"', "&quot;") + "</h1>\n")
        elif (first.startswith("<!--") and len(lines) == 1 and first.endswith("-->")) or _HTML_BLOCK_START.match(first):
            html.append(block + "\n")
        else:
            return None
    return "".join(html)


def side_by_side_html(
    edition: Edition,
    settings: Settings,
    generator: str = "toolkit",
    index_href: str = INDEX_FROM_PREVIEW,
    notice: str | None = None,
) -> str:
    """The side-by-side edition as one web page; ``notice`` says why it is not published."""
    from ..localise import NO_BREAK_CSS, Localiser, keep_runs_whole
    from .markdown import side_by_side_markdown

    # the Markdown escapes every value it holds (see toolkit.publish.markdown), so its HTML is safe to embed
    digits = Localiser.for_language(edition.language, settings).digit_characters
    markdown = side_by_side_markdown(
        edition, generator=generator, notice=notice, arabic_italics=settings.arabic_italics, digits=digits
    )
    rendered = raw_html_rendering(markdown)
    if rendered is None:
        from markdown_it import MarkdownIt

        rendered = MarkdownIt("commonmark", {"html": True}).render(markdown)
    target = edition.language
    nav = (
        f'<nav><a href="{escaped(index_href)}">All editions</a> · English / {escaped(target.english_name)} '
        f"side-by-side preview of {escaped(edition.document.name)}</nav>\n"
    )
    # the fonts and list numbers of the page's own language only: an article's page does not change with the
    # settings of a language it does not show, which the up-to-date check leaves out (toolkit.batch.run)
    shown = replace(
        settings, languages={code: chosen for code, chosen in settings.languages.items() if code == target.code}
    )
    body, spans = keep_runs_whole(rendered)
    return page(
        shown,
        lang="en",
        title=f"{edition.document.title} — English / {target.english_name}",
        body=nav + body + "\n",
        extra_css=NO_BREAK_CSS if spans else "",
    )


def side_by_side_pages(
    editions: list[Edition],
    settings: Settings,
    generator: str = "toolkit",
    notices: dict[str, str | None] | None = None,
) -> dict[str, str]:
    """``preview/<name>.<lang>.html`` for each edition (relative to the article folder), built in memory."""
    pages = {}
    for edition in editions:
        notice = (notices or {}).get(edition.language.code)
        pages[html_page(edition.document.name, edition.language.code)] = side_by_side_html(
            edition, settings, generator, notice=notice
        )
    return pages
