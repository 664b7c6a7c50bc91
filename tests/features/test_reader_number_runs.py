"""Numbers joined by colons, points, slashes, dashes and spaces in the Arabic and Persian editions, in each format a
reader gets (the Markdown to paste, the web page, the DOCX): a time range (10:30-12:00, 9:00–17:30), a season
(2023-2024), a score (2-1), a telephone number (+90 312 555 12 34), a version (v2.3.1) and a range of percentages
(1.5-2.0%) are each one left-to-right run, isolated from their first character to their last. The time range was
isolated from inside its first time (10:⁦30-12⁩:00), which showed as 00:30-12:10; a version wrote its first number in
0-9 and the rest in Persian digits (v2.۳.۱)."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from desk_runs import edition_texts
from tmx_files import desk_tmx

from toolkit import run
from toolkit.localise import LRI, NBSP, PDI, WORD_JOINER

ARTICLE = """# Talks resume

The talks run from 10:30-12:00 on Monday and resume 9:00–17:30 on Tuesday.

The 2023-2024 season ended with a 2-1 win and a 3:1 ratio of goals.

Reporters can call +90 312 555 12 34 for accreditation.

Version v2.3.1 fixed the fault, and yields rose 1.5-2.0% after the news.

The session was moved to 10:30 to 12:00 GMT.
"""

REVIEWED = {
    "Talks resume": {"ar": "استئناف المحادثات", "fa": "از سرگیری گفتگوها"},
    "The talks run from 10:30-12:00 on Monday and resume 9:00–17:30 on Tuesday.": {
        "ar": "تجري المحادثات من 10:30-12:00 يوم الاثنين وتستأنف 9:00–17:30 يوم الثلاثاء.",
        "fa": "گفتگوها روز دوشنبه از 10:30-12:00 برگزار می‌شود و روز سه‌شنبه 9:00–17:30 از سر گرفته می‌شود.",
    },
    "The 2023-2024 season ended with a 2-1 win and a 3:1 ratio of goals.": {
        "ar": "انتهى موسم 2023-2024 بفوز 2-1 ونسبة أهداف 3:1.",
        "fa": "فصل 2023-2024 با پیروزی 2-1 و نسبت گل 3:1 به پایان رسید.",
    },
    "Reporters can call +90 312 555 12 34 for accreditation.": {
        "ar": "يمكن للصحفيين الاتصال بالرقم +90 312 555 12 34 للحصول على الاعتماد.",
        "fa": "خبرنگاران می‌توانند برای دریافت مجوز با شماره +90 312 555 12 34 تماس بگیرند.",
    },
    "Version v2.3.1 fixed the fault, and yields rose 1.5-2.0% after the news.": {
        "ar": "أصلح الإصدار v2.3.1 الخلل، وارتفعت العوائد 1.5-2.0% بعد الخبر.",
        "fa": "نسخه v2.3.1 این خطا را برطرف کرد و بازده‌ها پس از این خبر 1.5-2.0% افزایش یافت.",
    },
    "The session was moved to 10:30 to 12:00 GMT.": {
        "ar": "نُقلت الجلسة إلى 10:30 to 12:00 GMT.",
        "fa": "جلسه به 10:30 to 12:00 GMT منتقل شد.",
    },
}

# each run as the edition writes it: Arabic in 0-9, Persian in its own digits (a version keeps the code's 0-9)
RUNS = {
    "ar": ["10:30-12:00", "9:00–17:30", "2023–2024", "2-1", "+90 312 555 12 34", "v2.3.1", "1.5–2.0%"],
    "fa": ["۱۰:۳۰-۱۲:۰۰", "۹:۰۰–۱۷:۳۰", "۲۰۲۳-۲۰۲۴", "۲-۱", "+۹۰ ۳۱۲ ۵۵۵ ۱۲ ۳۴", "v2.3.1", "۱٫۵-۲٫۰٪"],
}


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("runs")
    (folder / "runs.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "runs.tmx").write_text(desk_tmx(REVIEWED, "runs"), encoding="utf-8")
    result = run(
        [folder / "runs.md"],
        languages=["ar", "fa"],
        out_dir=folder / "output",
        settings=ROOT / "newsroom.yaml",
        allow_errors=True,
    )
    assert result.exit_code in (0, 1), result.summary()  # the English "to" left in the text is an error QA reports
    out = folder / "output" / "runs"

    return edition_texts(out, "runs", ("ar", "fa"))


def _shown(edition: str, kind: str) -> str:
    """An edition's text as a reader sees it: without the DOCX's word joiners and the web page's tags."""
    return re.sub(r"<[^>]*>", "", edition) if kind == "html" else edition.replace(WORD_JOINER, "")


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_each_number_run_is_isolated_whole(editions, code, kind):
    # the DOCX keeps a range's en dash and Persian hyphen on one line with a word joiner, the web page with a span
    text = _shown(editions[code][kind], kind)
    for number in RUNS[code]:
        assert f"{LRI}{number}{PDI}" in text, number


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_no_isolate_starts_or_ends_inside_a_time(editions, code, kind):
    text = _shown(editions[code][kind], kind)
    assert not re.search(rf"\d[:.]{LRI}|{PDI}[:.]\d|\d[:.][{LRI}{PDI}]\d", text)
    # a ratio needs no isolate: a colon between two numbers keeps them in order
    assert ("3:1" if code == "ar" else "۳:۱") in text


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_a_range_in_english_words_is_one_run_with_its_first_number(editions, code, kind):
    text = editions[code][kind]
    expected = "10:30 to 12:00" if code == "ar" else "۱۰:۳۰ to ۱۲:۰۰"
    assert f"{LRI}{expected}{PDI}{NBSP}GMT" in text
