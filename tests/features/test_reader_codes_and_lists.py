"""A court story published from a reviewed memory, read in each format a reader gets: a court's file number, a
resolution's symbol and a measure are written alike in the Markdown to paste, the web page and the DOCX; a Persian
numbered list keeps CommonMark's markers (1.) in Markdown, which a Markdown renderer needs to see a list, while
the web page and the DOCX count it in Persian digits (۱.)."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from desk_runs import edition_texts
from markdown_it import MarkdownIt
from tmx_files import desk_tmx

from toolkit import run
from toolkit.localise import LRI, LRM, NBSP, PDI

ARTICLE = """# Court codes

The court registered the appeal as 3 K 45/24, and the Assembly adopted A/RES/77/1 at 00:40 GMT.

The convoy drove 15 km (00:40 GMT).

The plan has three steps.

1. Talks open.
2. Troops withdraw.
3. Prisoners are freed.
"""

REVIEWED = {
    "Court codes": {"ar": "أرقام القضايا", "fa": "شماره پرونده‌ها", "ru": "Номера дел", "tr": "Dava numaraları"},
    "The court registered the appeal as 3 K 45/24, and the Assembly adopted A/RES/77/1 at 00:40 GMT.": {
        "ar": "سجلت المحكمة الطعن تحت الرقم 3 K 45/24، واعتمدت الجمعية القرار A/RES/77/1 في 00:40 GMT.",
        "fa": "دادگاه اعتراض را با شماره 3 K 45/24 ثبت کرد و مجمع قطعنامه A/RES/77/1 را در 00:40 GMT تصویب کرد.",
        "ru": "Суд зарегистрировал жалобу под номером 3 K 45/24, а Ассамблея приняла A/RES/77/1 в 00:40 GMT.",
        "tr": "Mahkeme itirazı 3 K 45/24 numarasıyla kaydetti, Meclis A/RES/77/1'i 00:40 GMT'de kabul etti.",
    },
    "The convoy drove 15 km (00:40 GMT).": {
        "ar": "قطعت القافلة 15 km (00:40 GMT).",
        "fa": "کاروان 15 km راه رفت (00:40 GMT).",
        "ru": "Колонна проехала 15 km (00:40 GMT).",
        "tr": "Konvoy 15 km yol aldı (00:40 GMT).",
    },
    "The plan has three steps.": {
        "ar": "للخطة ثلاث خطوات.",
        "fa": "این طرح سه مرحله دارد.",
        "ru": "План состоит из трёх шагов.",
        "tr": "Planın üç adımı var.",
    },
    "Talks open.": {
        "ar": "تبدأ المحادثات.",
        "fa": "گفتگوها آغاز می‌شود.",
        "ru": "Начинаются переговоры.",
        "tr": "Görüşmeler başlar.",
    },
    "Troops withdraw.": {
        "ar": "تنسحب القوات.",
        "fa": "نیروها عقب‌نشینی می‌کنند.",
        "ru": "Войска отходят.",
        "tr": "Askerler çekilir.",
    },
    "Prisoners are freed.": {
        "ar": "يطلق سراح الأسرى.",
        "fa": "زندانیان آزاد می‌شوند.",
        "ru": "Пленных освобождают.",
        "tr": "Tutuklular serbest bırakılır.",
    },
}
CODES = ("ar", "fa", "ru", "tr")


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("court")
    (folder / "court.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "court.tmx").write_text(desk_tmx(REVIEWED, "court"), encoding="utf-8")
    result = run([folder / "court.md"], out_dir=folder / "output", settings=ROOT / "newsroom.yaml")
    assert result.exit_code == 0, result.summary()
    out = folder / "output" / "court"

    return edition_texts(out, "court", CODES)


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_a_file_number_and_a_symbol_are_one_left_to_right_run_in_western_digits(editions, code, kind):
    text = re.sub(r"<[^>]+>", "", editions[code][kind])  # a web page marks the letters as a provisional name
    assert f"{LRI}3 K 45/24{PDI}" in text
    assert f"{LRI}A/RES/77/1{PDI}" in text


@pytest.mark.parametrize("code", ["ar", "fa"])
@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_a_unit_stays_bare_after_its_number_and_a_bracketed_time_has_left_to_right_brackets(editions, code, kind):
    text = editions[code][kind]
    fifteen, time = ("15", "00:40") if code == "ar" else ("۱۵", "۰۰:۴۰")
    assert f"{fifteen}{NBSP}km" in text
    assert f"{LRM}({time}{NBSP}GMT)" in text
    assert text.count(f"{time}{NBSP}GMT") == 2 and f"{LRI}GMT" not in text


@pytest.mark.parametrize("code", ["ru", "tr"])
def test_left_to_right_editions_keep_the_codes_as_written(editions, code):
    for kind in ("md", "html", "docx"):
        assert "3 K 45/24" in editions[code][kind]
        assert LRI not in editions[code][kind] and LRM not in editions[code][kind]


def test_persian_markdown_keeps_ascii_list_markers_which_commonmark_reads_as_a_list(editions):
    markdown = editions["fa"]["md"]
    assert re.findall(r"^(\S+) ", markdown, flags=re.MULTILINE).count("1.") == 1
    assert "\n2. " in markdown and "\n3. " in markdown
    rendered = MarkdownIt("commonmark").render(markdown)
    assert rendered.count("<li>") == 3
    # Persian digits as markers are no list to a Markdown renderer: the three items run into one paragraph
    for ascii_marker, persian_marker in (("1.", "۱."), ("2.", "۲."), ("3.", "۳.")):
        markdown = markdown.replace(f"\n{ascii_marker} ", f"\n{persian_marker} ")
    assert "<ol>" not in MarkdownIt("commonmark").render(markdown)


def test_the_persian_web_page_and_docx_count_the_list_in_persian_digits(editions):
    assert '[lang="fa"] ol { list-style-type: persian; }' in editions["fa"]["html"]
    assert "<ol" in editions["fa"]["html"]
    assert re.search("۱\\.\t?گفتگوها", editions["fa"]["docx"])
    assert re.search("۳\\.\t?زندانیان", editions["fa"]["docx"])
