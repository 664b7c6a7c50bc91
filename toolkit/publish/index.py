"""``index.html``: every article and edition in an output folder, with download links and previews.

The page lists what the folder will hold once the run is written: the files
already there from earlier runs (less the stale previews the run removes) and
the files of this run. Titles and QA counts come from each article's
``report.json``. Links are relative and the page has no script, so it works
opened from the file system and from any static web server; download links
carry ``download`` (honoured by browsers over HTTP; from the file system a
DOCX downloads anyway and a Markdown file opens as text).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from ..languages import TARGET_LANGUAGES, language
from ..settings import Settings
from .html import html_page
from .preview import PREVIEW_FOLDER

KINDS = {"side-by-side": ("Side-by-side", "for review"), "monolingual": ("Edition", "to publish")}
INDEX_CSS = """
section.article { margin: 2rem 0 3rem; }
.meta { color: #555; font-size: 0.9rem; }
td.links a { white-space: nowrap; }
td.pages div { display: inline-block; vertical-align: top; margin: 0 0.4rem 0.3rem 0; }
td.pages img { border: 1px solid #bbb; }
th small, td small { color: #555; font-weight: normal; }
"""


@dataclass
class EditionFiles:
    """The files of one article in one language, by kind and format (relative links)."""

    code: str
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, format) -> href
    pages: dict[str, list[str]] = field(default_factory=dict)  # kind -> PNG page hrefs, in order


def _href(relative: PurePosixPath) -> str:
    return quote(str(relative))


def _listing(out_dir: Path, paths: list[PurePosixPath]) -> dict[str, dict[str, EditionFiles]]:
    """article -> language -> files, from paths relative to the output folder."""
    articles: dict[str, dict[str, EditionFiles]] = {}
    for relative in sorted(paths, key=str):
        parts = relative.parts
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[1] != PREVIEW_FOLDER):
            continue
        article = parts[0]
        match = re.fullmatch(re.escape(article) + r"\.([a-z]{2,3})(\.publish)?(?:-(\d+))?\.(docx|md|pdf|png|html)",
                             parts[-1])
        if not match or match.group(1) not in TARGET_LANGUAGES:
            continue
        code, publish, page, extension = match.groups()
        kind = "monolingual" if publish else "side-by-side"
        entry = articles.setdefault(article, {}).setdefault(code, EditionFiles(code))
        if extension == "png" and page:
            entry.pages.setdefault(kind, []).append(_href(relative))
        elif not page:
            entry.links[(kind, extension)] = _href(relative)
    for languages in articles.values():
        for entry in languages.values():
            for kind, pages in entry.pages.items():
                pages.sort(key=lambda href: int(re.search(r"-(\d+)\.png$", href).group(1)))
    return articles


def _report(out_dir: Path, article: str, files: dict[Path, bytes | str]) -> dict:
    """An article's report.json, from this run or from disk; {} when it cannot be read."""
    path = out_dir / article / "report.json"
    try:
        text = files[path] if path in files else path.read_text(encoding="utf-8")
        data = json.loads(text)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _existing(out_dir: Path) -> list[Path]:
    if not out_dir.is_dir():
        return []
    found = []
    for folder in sorted(p for p in out_dir.iterdir() if p.is_dir()):
        found += [p for p in folder.iterdir() if p.is_file()]
        if (folder / PREVIEW_FOLDER).is_dir():
            found += [p for p in (folder / PREVIEW_FOLDER).iterdir() if p.is_file()]
    return found


def _links(entry: EditionFiles, kind: str) -> str:
    labels = {"docx": "DOCX", "md": "Markdown", "html": "HTML preview", "pdf": "PDF"}
    links = []
    for extension, label in labels.items():
        href = entry.links.get((kind, extension))
        if not href:
            continue
        download = " download" if extension in ("docx", "md") else ""
        links.append(f'<a href="{href}"{download} data-kind="{kind}" data-format="{extension}" '
                     f'data-language="{entry.code}">{label}</a>')
    return " · ".join(links) or "—"


def _pages(entry: EditionFiles, english_name: str) -> str:
    cells = []
    for kind, (label, _) in KINDS.items():
        pages = entry.pages.get(kind, [])
        if not pages:
            continue
        first = (f'<a href="{pages[0]}"><img src="{pages[0]}" width="84" loading="lazy" '
                 f'alt="{escape(label)}, {escape(english_name)}, page 1"></a>')
        others = " ".join(f'<a href="{href}">{number}</a>' for number, href in enumerate(pages[1:], 2))
        cells.append(f"<div>{first}<br><small>{escape(label)}:<br>pages 1{' ' + others if others else ''}</small></div>")
    return "".join(cells) or "—"


def index_page(out_dir: Path, files: dict[Path, bytes | str], removed: list[Path], settings: Settings,
               generator: str = "toolkit") -> str:
    """The index page of ``out_dir`` as it will be once ``files`` are written and ``removed`` deleted."""
    out_dir = Path(out_dir)
    present = set(_existing(out_dir)) - set(removed) | set(files)
    relative = [PurePosixPath(p.relative_to(out_dir).as_posix()) for p in present if _is_within(p, out_dir)]
    articles = _listing(out_dir, relative)
    sections = []
    for article, languages in articles.items():
        report = _report(out_dir, article, files)
        title = report.get("title") or article
        infos = report.get("languages") or {}
        errors = sum(int(info.get("errors", 0)) for info in infos.values() if isinstance(info, dict))
        warnings = sum(int(info.get("warnings", 0)) for info in infos.values() if isinstance(info, dict))
        meta = [escape(article)]
        if report.get("generated"):
            meta.append(f"generated {escape(str(report['generated']))}")
        if infos:
            meta.append(f'QA: {errors} errors, {warnings} warnings (<a href="{_href(PurePosixPath(article, "report.md"))}">'
                        "report</a>)")
        rows = []
        for code in sorted(languages, key=TARGET_LANGUAGES.index):
            entry, lang = languages[code], language(code)
            info = infos.get(code) if isinstance(infos.get(code), dict) else {}
            translated_title = str(info.get("title") or "")
            rows.append(
                f'<tr id="{escape(article)}-{code}"><td><span lang="{code}">{escape(lang.native_name.capitalize())}'
                f"</span><br><small>{escape(lang.english_name)}</small></td>"
                f'<td dir="{"rtl" if lang.rtl else "ltr"}" lang="{code}">{escape(translated_title)}</td>'
                + "".join(f'<td class="links">{_links(entry, kind)}</td>' for kind in KINDS)
                + f'<td class="pages">{_pages(entry, lang.english_name)}</td></tr>')
        headers = "".join(f"<th>{label}<br><small>{note}</small></th>" for label, note in KINDS.values())
        sections.append("\n".join([
            f'<section class="article" id="{escape(article)}">',
            f'<h2 lang="en">{escape(str(title))}</h2>',
            f'<p class="meta">{" · ".join(meta)}</p>',
            "<table>",
            '<colgroup><col style="width: 9rem"><col><col style="width: 11rem"><col style="width: 11rem">'
            '<col style="width: 14rem"></colgroup>',
            f"<thead><tr><th>Language</th><th>Title</th>{headers}<th>Pages</th></tr></thead>",
            "<tbody>", *rows, "</tbody>",
            "</table>",
            "</section>",
        ]))
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    body = "\n".join([
        "<header>",
        "<h1>Editions</h1>",
        f'<p class="meta">{len(articles)} article{"s" if len(articles) != 1 else ""} · updated {now} by '
        f"{escape(generator)}. Side-by-side editions are for review; editions are ready to publish.</p>",
        "</header>",
        "<main>",
        *sections,
        "" if sections else "<p>No editions yet: run <code>toolkit translate ARTICLE</code>.</p>",
        "</main>",
    ])
    return html_page("Editions", body, settings, extra_css=INDEX_CSS)


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False
