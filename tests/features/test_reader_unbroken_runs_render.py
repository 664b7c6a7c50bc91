"""Telephone numbers, seasons, dates, ISBNs and a time with its zone in the Arabic and Persian web previews as
Chromium lays them out in a narrow column (a 400 px window, a phone's): each stays on one line and reads left to
right. Before, GMT+3 showed as 3+GMT, +90 212 555 01 23 broke at its spaces in most lines of the listing, +7 (495) 123-45-67 showed as
123-45-67 (495) +7, and NBA 2023–24 as 24–NBA 2023."""

from __future__ import annotations

import json
from itertools import cycle, islice

import pytest
from browser import DevTools, require_browser
from desk_runs import rtl_listing
from tmx_files import desk_tmx

pytestmark = pytest.mark.render

ITEMS = ["+90 212 555 01 23", "+7 (495) 123-45-67", "NBA 2023–24", "UTC 14:00", "(212) 555-0100", "2024-03-01"]
ITEMS += ["ISBN 978-3-16-148410-0", "+44 (0)20 7946 0958", "GMT+3", "UTC+03:30"]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# what must stay whole on one line, as each edition writes it (a Latin word before a season may wrap, as in English)
WHOLE = ["+90 212 555 01 23", "+7 (495) 123-45-67", "2023–24", "UTC\u00a014:00", "(212) 555-0100", "2024-03-01"]
WHOLE += ["978-3-16-148410-0", "+44 (0)20 7946 0958", "GMT+3", "UTC+03:30"]

# each occurrence of each wanted text in the right-to-left cells: how many line boxes its characters sit on, and
# whether they run left to right on the screen (isolates, which draw nothing, left out)
LAYOUT = """(wanted => {
  const found = [];
  for (const cell of document.querySelectorAll('td[dir="rtl"]')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const nodes = []; let text = '';
    while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
    const at = i => { let k = nodes.length - 1; while (nodes[k][1] > i) k--; return [nodes[k][0], i - nodes[k][1]]; };
    const plain = text.replace(/[\\u2066-\\u2069]/g, '\\u0000');
    for (const word of wanted) {
      for (let i = plain.indexOf(word); i >= 0; i = plain.indexOf(word, i + 1)) {
        const boxes = [];
        for (let j = i; j < i + word.length; j++) {
          const [node, offset] = at(j);
          const range = document.createRange(); range.setStart(node, offset); range.setEnd(node, offset + 1);
          const box = range.getBoundingClientRect();
          if (box.width > 0) boxes.push([Math.round(box.left), Math.round(box.top)]);
        }
        const lines = new Set(boxes.map(b => b[1])).size;
        const ordered = boxes.every((b, n) => n === 0 || b[0] >= boxes[n - 1][0]);
        found.push([word, lines, ordered]);
      }
    }
  }
  return found;
})"""


@pytest.fixture(scope="module")
def previews(tmp_path_factory):
    require_browser()
    from conftest import ROOT

    from toolkit import run

    folder = tmp_path_factory.mktemp("unbroken")
    article, reviewed = rtl_listing("Contacts", {"ar": "أرقام", "fa": "شماره‌ها"}, islice(cycle(ITEMS), 64))
    (folder / "contacts.md").write_text(article, encoding="utf-8")
    (folder / "contacts.tmx").write_text(desk_tmx(reviewed, "contacts"), encoding="utf-8")
    result = run(
        [folder / "contacts.md"],
        out_dir=folder / "output",
        languages=["ar", "fa"],
        settings=ROOT / "newsroom.yaml",
        allow_errors=True,
    )
    assert result.exit_code in (0, 1), result.summary()
    return folder / "output" / "contacts" / "preview"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    tools = DevTools(require_browser(), tmp_path_factory.mktemp("profile"))
    yield tools
    tools.close()


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_each_run_is_on_one_line_reading_left_to_right_in_a_narrow_column(previews, browser, code):
    session = browser.open((previews / f"contacts.{code}.html").as_uri())
    browser.call(
        "Emulation.setDeviceMetricsOverride", session, width=400, height=900, deviceScaleFactor=1, mobile=False
    )
    wanted = [word.translate(PERSIAN) for word in WHOLE] if code == "fa" else WHOLE
    found = browser.evaluate(session, f"{LAYOUT}({json.dumps(wanted)})")
    assert {word for word, _, _ in found} == set(wanted), "every run is on the page"
    assert len(found) == 64
    assert [(word, lines, ordered) for word, lines, ordered in found if lines != 1 or not ordered] == []
