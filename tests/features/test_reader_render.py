"""Persian and Arabic editions as a reader sees them: a live blog's list numbers rendered by LibreOffice stand
inside their table cell, on the translation's side of the text; signed numbers and ranges in the HTML preview,
measured where Chromium sets each character, read left to right inside right-to-left text."""

from __future__ import annotations

import pytest
from browser import DevTools, require, require_browser
from desk_runs import rendered_side_by_side
from tmx_files import desk_tmx

pytestmark = pytest.mark.render

ARTICLE = """# Earthquake: what we know

Aid agencies have sent the following supplies overnight to the three districts.

1. Tents and blankets for families.
2. Rescue teams with dogs.
3. Two field hospitals.
"""

REVIEWED = {
    "Earthquake: what we know": {"fa": "زلزله: آنچه می‌دانیم", "ar": "الزلزال: ما نعرفه"},
    "Aid agencies have sent the following supplies overnight to the three districts.": {
        "fa": "سازمان‌های امدادی شب گذشته این اقلام را به سه منطقه فرستادند.",
        "ar": "أرسلت وكالات الإغاثة ليلاً الإمدادات التالية إلى المناطق الثلاث.",
    },
    "Tents and blankets for families.": {"fa": "چادر و پتو برای خانواده‌ها.", "ar": "خيام وبطانيات للعائلات."},
    "Rescue teams with dogs.": {"fa": "تیم‌های امداد با سگ.", "ar": "فرق إنقاذ مع كلاب."},
    "Two field hospitals.": {"fa": "دو بیمارستان صحرایی.", "ar": "مستشفيان ميدانيان."},
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    return rendered_side_by_side(tmp_path_factory.mktemp("live"), "live", ARTICLE, REVIEWED)


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_a_right_to_left_list_s_numbers_stand_inside_the_cell_at_the_right_of_their_items(pages, code):
    found = pages[code]
    half = max(x_max for _, _, x_max, _ in found) / 2
    # the translation column: the right half of the page; its widest text line ends at the cell's inner edge
    column = [(text, x_min, x_max, y) for text, x_min, x_max, y in found if x_min > half]
    text_edge = max(x_max for text, _, x_max, _ in column if not text.rstrip(".").isdigit())
    numbers = [(text, x_min, x_max, y) for text, x_min, x_max, y in column if text.rstrip(".").isdigit()]
    # in the edition's digits: Persian ones in the Persian edition, written as text (LibreOffice shows Word's
    # Persian list numbering as 1, 2, 3)
    assert sorted(text.rstrip(".") for text, *_ in numbers) == {"fa": ["۱", "۲", "۳"], "ar": ["1", "2", "3"]}[code]
    for text, _, x_max, y in numbers:
        assert x_max <= text_edge + 0.5, f"{text} ends at {x_max}, past the cell's text edge {text_edge}"
        item_words = [x_min for word, x_min, _, word_y in column if abs(word_y - y) < 2 and word != text]
        assert item_words and x_max > max(item_words), "a right-to-left number stands right of its item's text"


# --- signed numbers and ranges in right-to-left text, measured where a browser sets each character -----------

NUMBERS_ARTICLE = """# Growth slows

Growth was -0.8% after +3.2%, with winds of 60–80 km/h.
"""

CONTACT_ARTICLE = """# Wells run dry

Call +90 212 555 12 34: 5–7% of wells ran dry.
"""

NUMBERS_REVIEWED = {
    "Wells run dry": {"fa": "چاه‌ها خشک شدند", "ar": "جفاف الآبار"},
    "Call +90 212 555 12 34: 5–7% of wells ran dry.": {
        "fa": "با +90 212 555 12 34 تماس بگیرید: 5–7% چاه‌ها خشک شد.",
        "ar": "اتصل على +90 212 555 12 34: جفت 5–7% من الآبار.",
    },
    "Growth slows": {"fa": "رشد کند شد", "ar": "تباطؤ النمو"},
    "Growth was -0.8% after +3.2%, with winds of 60–80 km/h.": {
        "fa": "رشد پس از +3.2% به -0.8% رسید و باد با سرعت 60–80 km/h وزید.",
        "ar": "بلغ النمو -0.8% بعد +3.2%، مع رياح بسرعة 60–80 km/h.",
    },
}

# the characters of the number-like runs of the translation cell, in the order a reader sees them, left to right
VISUAL_ORDER = """(() => {
  const cell = [...document.querySelectorAll('td[dir="rtl"] p')].find(p => /[0-9۰-۹]/.test(p.textContent));
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      if (!/[0-9۰-۹.,٫٬%٪+\\-−–]/.test(node.data[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      found.push([node.data[i], box.left, box.top]);
    }
  }
  return found;
})()"""


@pytest.fixture
def browser(tmp_path):
    tools = DevTools(require_browser(), tmp_path / "profile")
    yield tools
    tools.close()


@pytest.fixture(scope="module")
def previews(tmp_path_factory):
    require_browser()
    from toolkit import run
    from toolkit.settings import Settings

    folder = tmp_path_factory.mktemp("numbers")
    (folder / "growth.md").write_text(NUMBERS_ARTICLE, encoding="utf-8")
    (folder / "contact.md").write_text(CONTACT_ARTICLE, encoding="utf-8")
    (folder / "growth.tmx").write_text(desk_tmx(NUMBERS_REVIEWED, "growth"), encoding="utf-8")
    out = folder / "output"
    articles = [folder / "growth.md", folder / "contact.md"]
    result = run(articles, out_dir=out, languages=["fa", "ar"], settings=Settings(), index=True)
    assert result.exit_code == 0, result.summary()
    return out


def _runs_as_seen(found: list) -> list[str]:
    """The number-like runs of one line as a reader sees them: characters by their left edge, split at gaps."""
    line = min(top for _, _, top in found)
    shown = sorted((left, character) for character, left, top in found if abs(top - line) < 4)
    runs, last = [""], None
    for left, character in shown:
        if last is not None and left - last > 12:
            runs.append("")
        runs[-1] += character
        last = left
    return runs


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ar", {"-0.8%", "+3.2%", "60–80"}), ("fa", {"−۰٫۸٪", "+۳٫۲٪", "۶۰–۸۰"})],
)
def test_signed_numbers_and_ranges_read_left_to_right_inside_right_to_left_text(browser, previews, code, expected):
    session = browser.open((previews / "growth" / "preview" / f"growth.{code}.html").as_uri())
    seen = set(_runs_as_seen(browser.evaluate(session, VISUAL_ORDER)))
    assert expected <= seen, seen


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ar", {"+90 212 555 12 34", "5–7%"}), ("fa", {"+۹۰ ۲۱۲ ۵۵۵ ۱۲ ۳۴", "۵–۷٪"})],
)
def test_a_telephone_number_s_groups_and_a_range_s_percent_sign_read_in_order_in_right_to_left_text(
    browser, previews, code, expected
):
    session = browser.open((previews / "contact" / "preview" / f"contact.{code}.html").as_uri())
    # the line's number-like characters from left to right, without the spaces between a number's groups
    seen = "".join(_runs_as_seen(browser.evaluate(session, VISUAL_ORDER)))
    assert all(run.replace(" ", "") in seen for run in expected), seen
