"""A sports results page and a weather line, translated from a desk's reviewed memory and read in each edition to
publish: a team Turkish writes as English does (Trabzonspor) no longer holds the Turkish edition back as English
left untranslated, and a temperature or a fall typed with the minus sign (−3 °C, −3.2%) keeps it in every edition,
not the typewriter's hyphen."""

import pytest
from desk_runs import published_markdown

from toolkit.localise import LRI, NBSP, PDI

ARTICLE = """# League results

| Pos | Team | Points |
| --- | --- | --- |
| 1st | Galatasaray | 31 |
| 2nd | Trabzonspor | 22 |

The temperature at kick-off was −3 °C.

Ticket sales fell by −3.2% this season.
"""

REVIEWED = {
    "League results": {"ru": "Итоги тура", "fa": "نتایج هفته", "tr": "Lig sonuçları", "ar": "نتائج الدوري"},
    "Pos": {"ru": "Место", "fa": "رتبه", "tr": "Sıra", "ar": "المركز"},
    "Team": {"ru": "Команда", "fa": "تیم", "tr": "Takım", "ar": "الفريق"},
    "Points": {"ru": "Очки", "fa": "امتیاز", "tr": "Puan", "ar": "النقاط"},
    "1st": {"ru": "1-е", "fa": "اول", "tr": "1.", "ar": "الأول"},
    "2nd": {"ru": "2-е", "fa": "دوم", "tr": "2.", "ar": "الثاني"},
    "Galatasaray": {"ru": "Галатасарай", "fa": "گالاتاسرای", "tr": "Galatasaray", "ar": "غلطة سراي"},
    "Trabzonspor": {"ru": "Трабзонспор", "fa": "ترابزون‌اسپور", "tr": "Trabzonspor", "ar": "طرابزون سبور"},
    **{figure: dict.fromkeys(("ru", "fa", "tr", "ar"), figure) for figure in ("31", "22")},
    "The temperature at kick-off was −3 °C.": {
        "ru": "Температура в начале матча была −3 °C.",
        "fa": "دما در آغاز مسابقه −3 °C بود.",
        "tr": "Maç başladığında sıcaklık −3 °C idi.",
        "ar": "كانت الحرارة عند انطلاق المباراة −3 °C.",
    },
    "Ticket sales fell by −3.2% this season.": {
        "ru": "Продажи билетов в этом сезоне упали на −3.2%.",
        "fa": "فروش بلیت در این فصل −3.2% کاهش یافت.",
        "tr": "Bu sezon bilet satışları −3.2% düştü.",
        "ar": "تراجعت مبيعات التذاكر هذا الموسم بنسبة −3.2%.",
    },
}


@pytest.fixture
def published(workspace):
    """Every edition is published (the run exits 0): a name kept as written is a warning for the reviewer."""
    return published_markdown(workspace, "league", ARTICLE, REVIEWED)


def test_the_turkish_results_table_is_published_with_the_team_as_written(workspace, published):
    assert "| 2\\. | Trabzonspor | 22 |" in published["tr"]  # the rank's full stop escaped: no list in a cell
    report = (workspace / "output" / "league" / "report.md").read_text(encoding="utf-8")
    assert "a name kept as written?" in report


@pytest.mark.parametrize(
    ("code", "temperature", "fall"),
    [
        ("ru", f"−3{NBSP}°C", f"−3,2{NBSP}%"),
        ("tr", f"−3{NBSP}°C", "−%3,2"),
        ("ar", f"{LRI}−3{PDI}", f"{LRI}−3.2%{PDI}"),
        ("fa", f"{LRI}−۳{PDI}", f"{LRI}−۳٫۲٪{PDI}"),
    ],
)
def test_a_typed_minus_sign_is_a_minus_sign_in_every_edition(published, code, temperature, fall):
    assert temperature in published[code]
    assert fall in published[code]
