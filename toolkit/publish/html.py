"""HTML pages: the side-by-side edition as a web page, for looking at without Word.

The page is the side-by-side Markdown rendered by markdown-it-py (CommonMark
with raw HTML on; its default preset would escape the table), so the preview
shows exactly what the Markdown edition holds. Pages are self-contained (one
file, inline CSS, relative links only), so they work from the file system and
from any static web server.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..edition import Edition
from ..settings import Settings
from .preview import preview_folder


def font_css(settings: Settings) -> str:
    """CSS that sets the newsroom's font for English and for each language (by ``lang``)."""
    rules = [f'body {{ font-family: "{settings.latin_font}", "Noto Serif", Georgia, serif; }}']
    for code, chosen in settings.languages.items():
        rules.append(f'[lang="{code}"] {{ font-family: "{chosen.font}", "{settings.latin_font}", serif; }}')
    rules.append('[lang="en"] { font-family: inherit; }')
    return "\n".join(rules)


PAGE_CSS = """
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #111; line-height: 1.5; }
a { color: #0645ad; }
nav { font-size: 0.9rem; margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.4rem 0.6rem; vertical-align: top; text-align: start; }
td h2, td h3, td p { margin: 0; }
mark { background: #ffec80; }
"""


def html_page(title: str, body: str, settings: Settings, *, lang: str = "en", extra_css: str = "") -> str:
    return "\n".join([
        "<!doctype html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{PAGE_CSS}{font_css(settings)}\n{extra_css}</style>",
        "</head>",
        "<body>",
        body,
        "</body>",
        "</html>",
        "",
    ])


def side_by_side_html(edition: Edition, settings: Settings, generator: str = "toolkit",
                      index_href: str = "../../index.html") -> str:
    """The side-by-side edition as one web page."""
    from markdown_it import MarkdownIt

    from .markdown import side_by_side_markdown

    rendered = MarkdownIt("commonmark", {"html": True}).render(side_by_side_markdown(edition, generator=generator))
    target = edition.language
    navigation = (f'<nav><a href="{escape(index_href)}">All editions</a> · English / {escape(target.english_name)} '
                  f"side-by-side preview of {escape(edition.document.name)}</nav>")
    return html_page(f"{edition.document.title} — English / {target.english_name}", navigation + "\n" + rendered,
                     settings)


def side_by_side_pages(editions: list[Edition], folder: Path, settings: Settings,
                       generator: str = "toolkit") -> dict[Path, str]:
    """``<folder>/preview/<name>.<lang>.html`` for each edition, built in memory."""
    pages = {}
    for edition in editions:
        stem = f"{edition.document.name}.{edition.language.code}"
        pages[preview_folder(folder / f"{stem}.docx") / f"{stem}.html"] = side_by_side_html(edition, settings, generator)
    return pages
