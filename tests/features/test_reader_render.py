"""A live blog's lists in the Persian and Arabic side-by-side editions, rendered by LibreOffice as a reader sees
them: every list number stands inside its table cell, on the translation's side of the text."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

import pytest
from browser import require
from test_publishing_render import words

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


def _memory() -> str:
    units = "".join(
        f'<tu tuid="live:{number}"><tuv xml:lang="en"><seg>{escape(english)}</seg></tuv>'
        + "".join(f'<tuv xml:lang="{code}"><seg>{escape(text)}</seg></tuv>' for code, text in translations.items())
        + "</tu>"
        for number, (english, translations) in enumerate(REVIEWED.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="desk" creationtoolversion="1"'
        ' segtype="sentence" o-tmf="desk" adminlang="en" srclang="en" datatype="plaintext"/>'
        f"<body>{units}</body></tmx>"
    )


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    require("soffice", "pdftoppm", "pdftotext")
    from toolkit import run
    from toolkit.settings import Settings

    folder = tmp_path_factory.mktemp("live")
    (folder / "live.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "live.tmx").write_text(_memory(), encoding="utf-8")
    out = folder / "output"
    result = run(
        [folder / "live.md"],
        out_dir=out,
        languages=["fa", "ar"],
        settings=Settings(),
        kinds=["side-by-side"],
        preview=True,
        day=date(2026, 3, 14),
    )
    assert result.exit_code == 0, result.summary()
    return {code: words(out / "live" / "preview" / f"live.{code}.pdf") for code in ("fa", "ar")}


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_a_right_to_left_list_s_numbers_stand_inside_the_cell_at_the_right_of_their_items(pages, code):
    found = pages[code]
    half = max(x_max for _, _, x_max, _ in found) / 2
    # the translation column: the right half of the page; its widest text line ends at the cell's inner edge
    column = [(text, x_min, x_max, y) for text, x_min, x_max, y in found if x_min > half]
    text_edge = max(x_max for text, _, x_max, _ in column if not text.rstrip(".").isdigit())
    numbers = [(text, x_min, x_max, y) for text, x_min, x_max, y in column if text.rstrip(".").isdigit()]
    assert sorted(text.rstrip(".") for text, *_ in numbers) == ["1", "2", "3"]
    for text, _, x_max, y in numbers:
        assert x_max <= text_edge + 0.5, f"{text} ends at {x_max}, past the cell's text edge {text_edge}"
        item_words = [x_min for word, x_min, _, word_y in column if abs(word_y - y) < 2 and word != text]
        assert item_words and x_max > max(item_words), "a right-to-left number stands right of its item's text"
