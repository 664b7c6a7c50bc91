"""Telephone numbers, seasons, ISBNs, dates and times with their zone in each edition a reader gets (the Markdown to
paste, the web page, the DOCX): in Arabic and Persian each is one left-to-right run (+7 (495) 123-45-67 was three,
shown as 123-45-67 (495) +7; NBA 2023–24 showed as 24–NBA 2023), a zone before its time is one run with it after a
no-break space (UTC ۱۴:۰۰), and the web page keeps a run's numbers on one line by CSS, so what a reader copies from it
is the text as written (no word joiner after the hyphens of 978-3-16-148410-0 or 2024-03-01). Turkish and Russian are
left alone."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from desk_runs import edition_texts
from tmx_files import desk_tmx

from toolkit import run
from toolkit.localise import INVISIBLE, LRI, NBSP, PDI, WORD_JOINER

ARTICLE = """# Desk contacts

Reporters can call +90 212 555 01 23 or +7 (495) 123-45-67 for accreditation.

The NBA 2023–24 season opened after talks at UTC 14:00 on 2024-03-01.

The report, ISBN 978-3-16-148410-0, lists the office at (212) 555-0100.
"""

REVIEWED = {
    "Desk contacts": {"ar": "أرقام المكتب", "fa": "شماره‌های دفتر", "tr": "Masa iletişim", "ru": "Контакты редакции"},
    "Reporters can call +90 212 555 01 23 or +7 (495) 123-45-67 for accreditation.": {
        "ar": "يمكن للصحفيين الاتصال بالرقم +90 212 555 01 23 أو +7 (495) 123-45-67 للحصول على الاعتماد.",
        "fa": "خبرنگاران برای دریافت مجوز می‌توانند با +90 212 555 01 23 یا +7 (495) 123-45-67 تماس بگیرند.",
        "tr": "Gazeteciler akreditasyon için +90 212 555 01 23 veya +7 (495) 123-45-67 numarasını arayabilir.",
        "ru": "Для аккредитации журналисты могут звонить по номеру +90 212 555 01 23 или +7 (495) 123-45-67.",
    },
    "The NBA 2023–24 season opened after talks at UTC 14:00 on 2024-03-01.": {
        "ar": "افتُتح موسم NBA 2023–24 بعد محادثات الساعة UTC 14:00 يوم 2024-03-01.",
        "fa": "فصل NBA 2023–24 پس از گفتگوها در ساعت UTC 14:00 روز 2024-03-01 آغاز شد.",
        "tr": "NBA 2023–24 sezonu 2024-03-01 günü UTC 14:00'teki görüşmelerin ardından açıldı.",
        "ru": "Сезон NBA 2023–24 открылся после переговоров в UTC 14:00 2024-03-01.",
    },
    "The report, ISBN 978-3-16-148410-0, lists the office at (212) 555-0100.": {
        "ar": "يذكر التقرير، ISBN 978-3-16-148410-0، أن رقم المكتب (212) 555-0100.",
        "fa": "گزارش، ISBN 978-3-16-148410-0، شماره دفتر را (212) 555-0100 آورده است.",
        "tr": "ISBN 978-3-16-148410-0 numaralı rapor, ofisi (212) 555-0100 olarak veriyor.",
        "ru": "В докладе, ISBN 978-3-16-148410-0, указан телефон офиса (212) 555-0100.",
    },
}

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_RUNS = ["+90 212 555 01 23", "+7 (495) 123-45-67", "NBA 2023–24", "978-3-16-148410-0", "2024-03-01", "(212) 555-0100"]
RUNS = {"ar": _RUNS, "fa": [run.translate(PERSIAN) for run in _RUNS]}
ZONE = {"ar": f"UTC{NBSP}14:00", "fa": f"UTC{NBSP}۱۴:۰۰"}


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unbroken")
    (folder / "contacts.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "contacts.tmx").write_text(desk_tmx(REVIEWED, "contacts"), encoding="utf-8")
    result = run(
        [folder / "contacts.md"], out_dir=folder / "output", settings=ROOT / "newsroom.yaml", allow_errors=True
    )
    assert result.exit_code in (0, 1), result.summary()
    return edition_texts(folder / "output" / "contacts", "contacts", ("ar", "fa", "tr", "ru"))


def _text(edition: str, kind: str) -> str:
    """An edition's text as a reader reads it: the web page without its tags, the DOCX without its joiners."""
    if kind == "html":
        edition = re.sub(r"<[^>]*>", "", edition)
    return edition.replace(WORD_JOINER, "") if kind == "docx" else edition


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_each_run_is_one_left_to_right_isolate(editions, code, kind):
    text = _text(editions[code][kind], kind)
    isolated = re.findall(f"{LRI}([^{LRI}{PDI}]*){PDI}", text)
    for expected in RUNS[code]:
        assert any(expected in run for run in isolated), expected
    assert "+7" not in isolated and not any(run.startswith("(495)") for run in isolated)


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_a_zone_before_its_time_is_one_run_with_it_joined_by_a_no_break_space(editions, code, kind):
    text = _text(editions[code][kind], kind)
    assert f"{LRI}{ZONE[code]}{PDI}" in text


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_the_web_page_copies_its_runs_as_written(editions, code):
    page = editions[code]["html"]
    body = "".join(re.findall(rf'<td dir="rtl" lang="{code}"[^>]*>(.*?)</td>', page, re.DOTALL))
    # the runs are kept on one line by a nowrap span, not by a joiner a reader would copy into a search
    assert WORD_JOINER not in body
    assert ".nobr { white-space: nowrap; }" in page
    for expected in RUNS[code]:
        number = expected.removeprefix("NBA ")
        assert f'<span class="nobr">{number}</span>' in body, number
    # the Markdown, pasted into a CMS, holds neither
    assert "nobr" not in editions[code]["md"] and WORD_JOINER not in editions[code]["md"]


@pytest.mark.parametrize("code", ["tr", "ru"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_turkish_and_russian_editions_are_untouched(editions, code, kind):
    text = editions[code][kind]
    assert "nobr" not in text
    assert not set(text) & {LRI, PDI, "\u200e"}
    plain = text.translate(INVISIBLE)
    for written in ("+90 212 555 01 23", "+7 (495) 123-45-67", "UTC 14:00", "978-3-16-148410-0", "(212) 555-0100"):
        assert written in plain, written
    assert "NBA 2023–24" in plain
