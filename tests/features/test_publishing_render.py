"""The seed editions rendered as a reader sees them: LibreOffice pages, and the index page in Chromium.

The seed run (both edition kinds, previews, index) happens once for this
module. Layout is checked in the rendered PDF: pdftotext -bbox gives each
word's box, pdffonts the fonts used. Chromium is driven over the DevTools
protocol through a pipe (--remote-debugging-pipe), so no port and no extra
package are needed. Without LibreOffice, poppler or Chromium these tests skip,
except in CI (CI=true), where a missing tool is a failure. They are marked
``render``: ``pytest -m "not render"`` runs everything else.
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from browser import DevTools, require, require_browser
from conftest import ROOT
from rendered_pages import find, words

pytestmark = pytest.mark.render  # `pytest -m "not render"` leaves these out of a fast inner loop

SEED = ROOT / "seeds" / "article.txt"
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The seed article's 16 editions with previews and the index, from one run."""
    require("soffice", "pdftoppm", "pdftotext", "pdffonts", "pdfinfo")
    from toolkit import run
    from toolkit.settings import Settings

    out = tmp_path_factory.mktemp("rendered") / "output"
    started = time.monotonic()
    run(
        [SEED],
        out_dir=out,
        settings=Settings(),
        kinds=["side-by-side", "monolingual"],
        preview=True,
        index=True,
        day=date(2020, 1, 20),
    )
    return SimpleNamespace(out=out, seconds=time.monotonic() - started)


def page_width(pdf: Path) -> float:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x", info)
    return float(match.group(1)) if match else 595.3


def test_previews_cover_every_docx_in_one_quick_run(rendered):
    out = rendered.out / "article"
    docx_files = sorted(out.glob("*.docx"))
    assert len(docx_files) == 8
    for docx_file in docx_files:
        stem = docx_file.name[: -len(".docx")]
        pages = sorted((out / "preview").glob(f"{stem}-*.png"))
        assert pages, stem
        assert (out / "preview" / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
        for page in pages:
            data = page.read_bytes()
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
            assert abs(height / width - 29.7 / 21) < 0.01, (page.name, width, height)  # A4
    assert rendered.seconds < 60


@pytest.mark.parametrize("code, first, second", [("ar", "إيران", "وروسيا"), ("fa", "ایران", "روسیه")])
def test_translation_column_is_right_of_english_and_reads_right_to_left(rendered, code, first, second):
    pdf = rendered.out / "article" / "preview" / f"article.{code}.pdf"
    found = words(pdf)
    middle = page_width(pdf) / 2
    arabic = [w for w in found if ARABIC_LETTER.search(w[0])]
    english = [w for w in found if w[0] in ("exceptionally", "retaliation", "lobbed", "Repercussions")]
    assert len(arabic) > 100 and len(english) == 4
    assert min(x_min for _, x_min, _, _ in arabic) > middle - 5
    assert max(x_max for _, _, x_max, _ in english) < middle
    first_box, second_box = find(found, first), find(found, second)
    assert abs(first_box[2] - second_box[2]) < 2  # one line of the translated title
    assert first_box[0] > second_box[1]  # the first word stands right of the second


@pytest.mark.parametrize("code, first, second", [("ar", "إيران", "وروسيا"), ("fa", "ایران", "روسیه")])
def test_monolingual_edition_starts_at_the_right_margin(rendered, code, first, second):
    pdf = rendered.out / "article" / "preview" / f"article.{code}.publish.pdf"
    found = words(pdf)
    first_box, second_box = find(found, first), find(found, second)
    assert first_box[0] > second_box[1]
    assert first_box[1] > page_width(pdf) - 2.5 * 72 / 2.54  # within half a centimetre of the 2 cm margin
    english_title = find(found, "Frantic")  # the source line embeds the English title, in order
    assert find(found, "Diplomatic")[0] > english_title[1]


@pytest.mark.parametrize(
    "code, font", [("ar", "NotoNaskhArabic"), ("fa", "Vazirmatn"), ("tr", "NotoSerif"), ("ru", "NotoSerif")]
)
def test_named_script_fonts_are_embedded(rendered, code, font):
    for stem in (f"article.{code}", f"article.{code}.publish"):
        listing = subprocess.run(
            ["pdffonts", str(rendered.out / "article" / "preview" / f"{stem}.pdf")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]]
        assert any(name.startswith(font) for name in names), (stem, names)
        assert any(name.startswith("NotoSerif") for name in names), (stem, names)


@pytest.fixture
def browser(tmp_path):
    chromium = require_browser()
    tools = DevTools(chromium, tmp_path / "profile")
    yield tools
    tools.close()


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a browser closing a connection early is normal
        pass


@pytest.fixture
def static_server(rendered):
    """The output folder served by a plain static web server on the loopback interface."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(rendered.out))
    handler.log_message = lambda *args: None  # type: ignore[assignment]
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


INDEX_FACTS = """(async () => {
  await document.images[0].decode();  // thumbnails load lazily, after the load event
  return {
    rows: [...document.querySelectorAll('tbody tr')].map(tr => tr.id),
    downloads: document.querySelectorAll('a[download]').length,
    previews: document.querySelectorAll('a[data-format=html]').length,
    images: document.images.length,
    firstImageWidth: document.images[0].naturalWidth,
    rtlTitle: getComputedStyle(document.querySelector('#article-fa td[dir=rtl]')).direction,
  };
})()"""


def test_index_opens_from_the_file_system_and_a_download_link_works(rendered, browser, tmp_path):
    index = rendered.out / "index.html"
    session = browser.open(index.as_uri())
    facts = browser.evaluate(session, INDEX_FACTS)
    assert facts["rows"] == ["article-ar", "article-fa", "article-tr", "article-ru"]
    assert facts["downloads"] == 16 and facts["previews"] == 4
    assert facts["images"] == 8 and facts["firstImageWidth"] > 500 and facts["rtlTitle"] == "rtl"
    saved = browser.download(session, "#article-fa a[data-kind=monolingual][data-format=docx]", tmp_path / "dl")
    assert saved.name == "article.fa.publish.docx"
    assert saved.read_bytes() == (rendered.out / "article" / "article.fa.publish.docx").read_bytes()
    screenshot = browser.screenshot(session)
    assert screenshot.startswith(b"\x89PNG") and len(screenshot) > 20_000
    (rendered.out / "index-screenshot.png").write_bytes(screenshot)  # kept for a person to look at


def test_index_and_previews_work_from_a_static_web_server(rendered, browser, static_server, tmp_path):
    session = browser.open(f"{static_server}/index.html")
    hrefs = browser.evaluate(session, "[...document.querySelectorAll('a[href], img[src]')].map(e => e.href || e.src)")
    assert len(hrefs) > 40
    for href in hrefs:
        with urllib.request.urlopen(href, timeout=10) as response:  # the loopback server only
            assert response.status == 200, href
    saved = browser.download(session, "#article-ar a[data-kind=side-by-side][data-format=md]", tmp_path / "dl")
    assert saved.read_bytes() == (rendered.out / "article" / "article.ar.md").read_bytes()

    preview = browser.open(f"{static_server}/article/preview/article.ar.html")
    cells = browser.evaluate(
        preview,
        "[...document.querySelectorAll('tbody tr')].map(tr => "
        "[tr.cells[0].getBoundingClientRect().left, tr.cells[1].getBoundingClientRect().left,"
        " getComputedStyle(tr.cells[1]).direction])",
    )
    assert len(cells) == 9
    assert all(english < arabic and direction == "rtl" for english, arabic, direction in cells)
