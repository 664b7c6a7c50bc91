"""``index.html``: every article and edition in an output folder, built from what is on disk.

Each article folder describes itself in its ``manifest.json`` (see
:mod:`toolkit.publish.manifest`): titles, each edition's verdict (ready to publish,
needs review and why, test copy model output) and the files written. The
page lists exactly what the folder holds, so runs that write different
articles into one folder never drop each other's, and a folder whose
manifest is damaged is left out and named, never a crash. Folders written by
an older toolkit (no manifest) are listed from their files and report.

Links are relative and the page has no script, so it works opened from the
file system and from any static web server; download links carry
``download`` (honoured by browsers over HTTP; from the file system a DOCX
downloads anyway and a Markdown file opens as text).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from ..counts import counted
from ..errors import name_text, shown_path, system_name
from ..files import read_json
from ..languages import TARGET_LANGUAGES, language
from ..records import dataclass
from ..settings import Settings
from .changes import shown_time
from .html import escaped, page
from .manifest import DamagedManifest, Manifest, read_manifest
from .paths import REPORT_JSON, REPORT_MARKDOWN, article_folders, describe

KINDS = {
    "side-by-side": ("Side-by-side", "for review"),
    "monolingual": ("Edition", "to publish"),
    "review": ("Review", "edit in Word, then import"),
}
WITHDRAWN = "withdrawn"  # an article whose source a run found gone (see toolkit.publish.manifest.Manifest.withdrawn)
OPTIONAL_KINDS = ("review",)  # a column only when some article has such editions
FORMAT_LABELS = {"docx": "DOCX", "md": "Markdown", "html": "HTML preview", "pdf": "PDF"}
STATUS_LABELS = {
    "published": "ready to publish",
    "published-with-errors": "published with QA errors (--allow-errors)",
    "needs-review": "needs review",
    "copy-model": "test copy model: not a translation",
    "unknown": "written by an older toolkit: run it again for its QA verdict",
    "withdrawn": "withdrawn: its source was deleted or renamed",
}
INDEX_CSS = """
section.article { margin: 2rem 0 3rem; }
.meta { color: #555; font-size: 0.9rem; }
td.links a { white-space: nowrap; }
td.pages div { display: inline-block; vertical-align: top; margin: 0 0.4rem 0.3rem 0; }
td.pages img { border: 1px solid #bbb; }
th small, td small { color: #555; font-weight: normal; }
.status { font-weight: bold; }
.status-published { color: #1a6b1a; }
.status-needs-review, .status-copy-model, .status-published-with-errors { color: #a01c00; }
section.failed { border-left: 4px solid #a01c00; padding-left: 1rem; }
section.failed h2 { color: #a01c00; }
section.failed li { overflow-wrap: anywhere; margin-bottom: 0.3rem; }
ul.reasons { margin: 0.2rem 0 0; padding-left: 1.1rem; font-size: 0.85rem; overflow-wrap: anywhere; }
"""
MAX_LEGACY_REPORT_BYTES = 64 * 1024 * 1024


@dataclass
class Link:
    href: str
    label: str
    kind: str
    format: str
    download: bool


@dataclass
class LanguageRow:
    code: str
    native_name: str
    english_name: str
    direction: str
    title: str
    status: str
    status_label: str
    reasons: list[str]
    links: dict[str, list[Link]] = field(default_factory=dict)  # kind -> links
    pages: dict[str, list[str]] = field(default_factory=dict)  # kind -> PNG hrefs, in page order
    numbers: dict[str, int] = field(default_factory=dict, repr=False)  # PNG href -> its page number
    held_back: bool = False
    changed: str = ""  # when the edition last changed (ISO 8601), from the manifest
    changed_label: str = ""  # the same, as people read it


@dataclass
class ArticleCard:
    name: str
    title: str
    source: str
    written: str
    status: str
    errors: int
    warnings: int
    report_href: str | None
    renamed_from: str | None
    rows: list[LanguageRow]


@dataclass(frozen=True)
class FailedArticle:
    """An article the latest run could not write: the page says so, with the one-line reason (which names the
    input file) and the fix."""

    source: str
    name: str
    reason: str
    fix: str | None = None


@dataclass
class IndexListing:
    articles: list[ArticleCard]
    skipped: list[str]  # one line per article folder left out, and why


def _href(*parts: str) -> str:
    return quote("/".join(parts))


def _classify(row: LanguageRow, article: str, relative: str) -> None:
    found = describe(article, relative)
    if found is None:
        return
    href = _href(article, relative)
    if found.format == "png" and found.page:
        row.pages.setdefault(found.kind, []).append(href)
        row.numbers[href] = found.page
    elif found.page is None and found.format in FORMAT_LABELS:
        row.links.setdefault(found.kind, []).append(
            Link(href, FORMAT_LABELS[found.format], found.kind, found.format, download=found.format in ("docx", "md"))
        )


def _sort(row: LanguageRow) -> None:
    order = list(FORMAT_LABELS)
    for links in row.links.values():
        links.sort(key=lambda link: order.index(link.format))
    for pages in row.pages.values():
        pages.sort(key=lambda href: row.numbers[href])


def _row(code: str, title: str, status: str, reasons: list[str]) -> LanguageRow:
    lang = language(code)
    return LanguageRow(
        code,
        lang.native_name.capitalize(),
        lang.english_name,
        "rtl" if lang.rtl else "ltr",
        title,
        status,
        STATUS_LABELS.get(status, status),
        reasons,
        held_back=status in ("needs-review", "copy-model"),
    )


def _card(folder: Path, manifest: Manifest) -> ArticleCard:
    rows = []
    for code, entry in manifest.languages.items():
        if manifest.withdrawn is not None:  # not current: no link leads to its editions as if they were
            gone = f"{shown_path(manifest.source)} is gone; delete {shown_path(manifest.article)}/"
            row = _row(code, entry.title, WITHDRAWN, [gone])
            rows.append(row)
            continue
        row = _row(code, entry.title, entry.status, list(entry.reasons))
        row.changed = entry.changed or entry.written
        row.changed_label = shown_time(row.changed) if row.changed else ""
        for relative in entry.files:
            if (folder / system_name(relative)).is_file():
                _classify(row, manifest.article, relative)
        _sort(row)
        rows.append(row)
    errors = sum(entry.errors for entry in manifest.languages.values())
    warnings = sum(entry.warnings for entry in manifest.languages.values())
    report = _href(manifest.article, REPORT_MARKDOWN) if (folder / REPORT_MARKDOWN).is_file() else None
    # the original name as messages show it: its bidi controls would reorder the rest of the line it stands in
    renamed_from = shown_path(manifest.renamed_from) if manifest.renamed_from is not None else None
    return ArticleCard(
        manifest.article,
        manifest.title or manifest.article,
        manifest.source,
        manifest.written,
        WITHDRAWN if manifest.withdrawn is not None else manifest.status,
        errors,
        warnings,
        report if manifest.withdrawn is None else None,
        renamed_from,
        rows,
    )


def _legacy_card(folder: Path) -> ArticleCard | None:
    """A folder an older toolkit wrote: its files, and titles and QA counts from its report.json."""
    article = name_text(folder.name)
    report: dict = {}
    report_path = folder / REPORT_JSON
    if report_path.is_file():
        if report_path.stat().st_size > MAX_LEGACY_REPORT_BYTES:
            raise DamagedManifest("report.json is too large to be a report", path=report_path)
        try:
            report = read_json(report_path)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
            raise DamagedManifest(
                f"damaged report.json ({error})",
                path=report_path,
                fix="run the article again to rewrite its folder, or delete the folder",
            ) from None
        if not isinstance(report, dict):
            raise DamagedManifest("damaged report.json (not a JSON object)", path=report_path)
    found_infos = report.get("languages")
    infos: dict = found_infos if isinstance(found_infos, dict) else {}
    rows: dict[str, LanguageRow] = {}
    for path in sorted([*folder.iterdir(), *((folder / "preview").iterdir() if (folder / "preview").is_dir() else [])]):
        if not path.is_file():
            continue
        relative = name_text(path.relative_to(folder).as_posix())
        found = describe(article, relative)
        if found is None:
            continue
        code = found.language
        if code not in rows:
            found_info = infos.get(code)
            info: dict = found_info if isinstance(found_info, dict) else {}
            rows[code] = _row(code, str(info.get("title") or ""), "unknown", [])
        _classify(rows[code], article, relative)
    if not rows:
        return None
    for row in rows.values():
        _sort(row)

    def count(key: str) -> int:
        values = [info.get(key) for info in infos.values() if isinstance(info, dict)]
        return sum(v for v in values if isinstance(v, int) and not isinstance(v, bool) and v >= 0)

    title = report.get("title") if isinstance(report.get("title"), str) else article
    report_href = _href(article, REPORT_MARKDOWN) if (folder / REPORT_MARKDOWN).is_file() else None
    return ArticleCard(
        article,
        title or article,
        str(report.get("source") or ""),
        str(report.get("generated") or ""),
        "unknown",
        count("errors"),
        count("warnings"),
        report_href,
        None,
        [rows[code] for code in TARGET_LANGUAGES if code in rows],
    )


def list_articles(out_dir: Path, known: Mapping[str, Manifest] | None = None) -> IndexListing:
    """Every article folder in ``out_dir`` that can be listed; the others, each with the reason.

    ``known`` are manifests the caller holds already (a run's own articles):
    those folders' manifests are not read again.
    """
    known = known or {}
    articles, skipped = [], []
    for name in article_folders(Path(out_dir)):
        folder = Path(out_dir) / name
        try:
            manifest = known[name] if name in known else read_manifest(folder)
            card = _card(folder, manifest) if manifest is not None else _legacy_card(folder)
        except DamagedManifest as error:
            skipped.append(f"{error}")
            continue
        except OSError as error:
            skipped.append(f"{folder}: cannot read it ({error.strerror or error}): left out of the index")
            continue
        if card is not None:
            articles.append(card)
    return IndexListing(articles, skipped)


def index_page(
    out_dir: Path,
    settings: Settings,
    generator: str = "toolkit",
    known: Mapping[str, Manifest] | None = None,
    failed: Sequence[FailedArticle] = (),
) -> tuple[str, list[str]]:
    """The index page of every article folder in ``out_dir``, and the folders it had to leave out (why).

    The other articles of the folder are read from their manifests on disk, so
    runs into one folder never drop each other's; ``known`` are this run's.
    ``failed`` are the articles this run could not write: they head the page,
    so a desk reading it after an unattended run sees them first (an earlier
    run's editions of such an article are still listed below, as they were).
    """
    listing = list_articles(Path(out_dir), known)
    # current articles first, each set in folder order: a withdrawn one is listed below them, without links
    listing.articles.sort(key=lambda card: card.status == WITHDRAWN)
    held = sum(card.status in ("needs-review", "copy-model") for card in listing.articles)
    withdrawn = sum(card.status == WITHDRAWN for card in listing.articles)
    present = {kind for card in listing.articles for row in card.rows for kind in (*row.links, *row.pages)}
    kinds = {kind: labels for kind, labels in KINDS.items() if kind not in OPTIONAL_KINDS or kind in present}
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    body = _index_body(listing.articles, kinds, held, withdrawn, now, generator, list(failed))
    return page(settings, lang="en", title="Editions", body=body, extra_css=INDEX_CSS), listing.skipped


def _index_body(
    articles: list[ArticleCard],
    kinds: dict[str, tuple[str, str]],
    held: int,
    withdrawn: int,
    updated: str,
    generator: str,
    failed: list[FailedArticle],
) -> str:
    """The index page's body: the latest run's failures, then each article's card with a row per language;
    every value is escaped (:func:`toolkit.publish.html.escaped`) where it is written."""
    e = escaped
    meta = f"{len(articles)} article{'' if len(articles) == 1 else 's'}"
    if held:
        meta += f" · {held} need{'s' if held == 1 else ''} review"
    if withdrawn:
        meta += f" · {withdrawn} withdrawn"
    if failed:
        meta += f" · {len(failed)} failed in the latest run"
    out = [
        "<header>\n<h1>Editions</h1>\n",
        f'<p class="meta">{meta} · updated {_time(updated)} by {e(generator)}. '
        "Side-by-side editions are for review; the Edition column links the editions to publish.</p>\n",
        "</header>\n<main>\n",
    ]
    if failed:
        out.append(
            '<section class="failed" id="failed">\n<h2>Failed in the latest run</h2>\n'
            '<p class="meta">Nothing was written for these articles in the latest run; editions an earlier run '
            "wrote are listed below as they were.</p>\n<ul>\n"
        )
        for failure in failed:
            fix = f"<br><small>Fix: {e(failure.fix)}</small>" if failure.fix else ""
            out.append(f'<li data-article="{e(failure.name)}">{e(failure.reason)}{fix}</li>\n')
        out.append("</ul>\n</section>\n")
    columns = "".join(f'<col style="width: {"10rem" if i == 0 else "9rem"}">' for i in range(len(kinds)))
    headers = "".join(f"<th>{e(label)}<br><small>{e(note)}</small></th>" for label, note in kinds.values())
    for article in articles:
        meta = e(article.name)
        if article.renamed_from:
            meta += f" (from a file named {e(article.renamed_from)})"
        if article.written:
            meta += f" · written {_time(article.written)}"
        if article.report_href:
            meta += (
                f" · QA: {e(counted(article.errors, 'error'))}, {e(counted(article.warnings, 'warning'))} "
                f'(<a href="{e(article.report_href)}">report</a>)'
            )
        out.append(
            f'<section class="article" id="{e(article.name)}" data-status="{e(article.status)}">\n'
            f'<h2 lang="en">{e(article.title)}</h2>\n'
            f'<p class="meta">{meta}</p>\n'
            "<table>\n"
            f'<colgroup><col style="width: 8rem"><col><col style="width: 16rem">{columns}'
            '<col style="width: 12rem"></colgroup>\n'
            f"<thead><tr><th>Language</th><th>Title</th><th>Status</th>{headers}<th>Pages</th></tr></thead>\n"
            "<tbody>\n"
        )
        for row in article.rows:
            out.append(_index_row(article, row, kinds))
        out.append("</tbody>\n</table>\n</section>\n")
    if not articles:
        out.append("<p>No editions yet: run <code>toolkit translate ARTICLE</code>.</p>\n")
    out.append("</main>\n")
    return "".join(out)


def _time(moment: str) -> str:
    """A time of the page as people read it (``2026-11-28 04:13 UTC``, as each edition's last change is shown),
    the ISO 8601 time kept for tools in the ``datetime`` attribute."""
    return f'<time datetime="{escaped(moment)}">{escaped(shown_time(moment))}</time>'


def _index_row(article: ArticleCard, row: LanguageRow, kinds: dict[str, tuple[str, str]]) -> str:
    """One language's row of an article's card on the index page."""
    e = escaped
    status = f'<span class="status status-{e(row.status)}">{e(row.status_label)}</span>'
    if row.changed:
        status += (
            f'<br><small class="changed">last changed <time datetime="{e(row.changed)}">'
            f"{e(row.changed_label)}</time></small>"
        )
    if row.reasons:
        status += '<ul class="reasons">' + "".join(f"<li>{e(reason)}</li>" for reason in row.reasons) + "</ul>"
    out = [
        f'<tr id="{e(article.name)}-{e(row.code)}" data-status="{e(row.status)}">\n'
        f'<td><span lang="{e(row.code)}">{e(row.native_name)}</span><br><small>{e(row.english_name)}</small></td>\n'
        f'<td dir="{e(row.direction)}" lang="{e(row.code)}">{e(row.title)}</td>\n'
        f"<td>{status}</td>\n"
    ]
    for kind in kinds:
        links = [
            f'<a href="{e(link.href)}"{" download" if link.download else ""} data-kind="{e(link.kind)}" '
            f'data-format="{e(link.format)}" data-language="{e(row.code)}">{e(link.label)}</a>'
            for link in row.links.get(kind, [])
        ]
        if not links:
            links = ["held back" if kind == "monolingual" and row.held_back else "—"]
        out.append(f'<td class="links">{" · ".join(links)}</td>\n')
    pages = ""
    for kind, (label, _note) in kinds.items():
        hrefs = row.pages.get(kind, [])
        if hrefs:
            more = "".join(f' <a href="{e(href)}">{number}</a>' for number, href in enumerate(hrefs[1:], start=2))
            pages += (
                f'<div><a href="{e(hrefs[0])}"><img src="{e(hrefs[0])}" width="84" loading="lazy" '
                f'alt="{e(label)}, {e(row.english_name)}, page 1"></a><br><small>{e(label)}:<br>pages 1{more}'
                "</small></div>"
            )
    out.append(f'<td class="pages">{pages if row.pages else "—"}</td>\n</tr>\n')
    return "".join(out)
