"""A technology story whose brands the glossary lacks, translated from a reviewed memory: where the Arabic
translation glues a conjunction or a preposition to a brand it keeps in Latin letters (وGoogle, لـMeta), the
reader sees that one proclitic, not two (ووGoogle, للـMeta), a letter that joins the next one stretched with a
tatweel as the Arabic press writes it (لـMeta, بـIntel), and the report proposes the brand itself, not the brand
with the proclitic, as its Arabic rendering."""

import json
import re

import pytest
from desk_runs import published_markdown

from toolkit.localise import LRI, PDI

ARTICLE = """# Tech giants fined

Regulators fined Apple and Google on Monday.

The fine is a blow to Meta, which will appeal.

Shares of Nvidia and Samsung fell after the news, and Intel gained.
"""

REVIEWED = {
    "Tech giants fined": {
        "ru": "Техногиганты оштрафованы",
        "fa": "جریمه‌ی غول‌های فناوری",
        "tr": "Teknoloji devlerine ceza",
        "ar": "تغريم عمالقة التكنولوجيا",
    },
    "Regulators fined Apple and Google on Monday.": {
        "ru": "Регуляторы в понедельник оштрафовали Apple и Google.",
        "fa": "نهادهای نظارتی روز دوشنبه Apple و Google را جریمه کردند.",
        "tr": "Düzenleyiciler pazartesi günü Apple ve Google'a ceza verdi.",
        "ar": "فرضت الجهات التنظيمية غرامة على Apple وGoogle يوم الاثنين.",
    },
    "The fine is a blow to Meta, which will appeal.": {
        "ru": "Штраф стал ударом для Meta, которая подаст апелляцию.",
        "fa": "این جریمه ضربه‌ای به Meta است که درخواست تجدیدنظر خواهد داد.",
        "tr": "Ceza, itiraz edecek olan Meta için bir darbe.",
        "ar": "تمثل الغرامة ضربة لـMeta التي ستستأنف.",
    },
    "Shares of Nvidia and Samsung fell after the news, and Intel gained.": {
        "ru": "После этой новости акции Nvidia и Samsung упали, а Intel подорожали.",
        "fa": "سهام Nvidia و Samsung پس از این خبر افت کرد و Intel بالا رفت.",
        "tr": "Haberin ardından Nvidia ve Samsung hisseleri düştü, Intel ise yükseldi.",
        "ar": "تراجعت أسهم Nvidia وSamsung بعد الخبر، فيما ارتفعت أسهم بIntel.",
    },
}


@pytest.fixture
def published(workspace):
    return published_markdown(workspace, "brands", ARTICLE, REVIEWED)


def _text(markdown: str) -> str:
    """The edition's words, without the marks that flag a provisional name."""
    return re.sub(r"<mark [^>]*>|</mark>", "", markdown)


def test_a_proclitic_glued_to_a_latin_brand_is_written_once(published):
    arabic = _text(published["ar"])
    assert f"غرامة على {LRI}Apple{PDI} و{LRI}Google{PDI} يوم الاثنين." in arabic
    assert f"ضربة لـ{LRI}Meta{PDI} التي ستستأنف." in arabic
    assert f"أسهم {LRI}Nvidia{PDI} و{LRI}Samsung{PDI} بعد الخبر" in arabic
    assert f"ارتفعت أسهم بـ{LRI}Intel{PDI}." in arabic  # ب joins the next letter: stretched before a Latin one
    assert "وو" not in arabic and "للـ" not in arabic
    # the other editions write the brands as the translators did
    assert "оштрафовали Apple и Google." in published["ru"]
    assert "Apple ve Google'a ceza verdi." in published["tr"]


def test_the_report_proposes_the_brand_without_the_proclitic(published, workspace):
    report = json.loads((workspace / "output" / "brands" / "report.json").read_text(encoding="utf-8"))
    proposed = {c["name"]: c["provisional"]["ar"]["name"] for c in report["candidates"] if "ar" in c["provisional"]}
    for brand in ("Google", "Meta", "Samsung", "Intel"):
        assert proposed[brand] == brand
