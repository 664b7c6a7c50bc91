"""A memory translation without what its English writes as it is (a footnote mark, an address, a handle) is flagged
by the run, never published silently: the note would lose its mark, the reader the address.

Machine output has these written back as it is translated (or reported); a
memory unit (stored before imports checked it, edited by hand, or another
tool's TMX) is checked the same way: a ``verbatim-lost`` error naming the unit.
"""

from __future__ import annotations

import json

import pytest

from toolkit import run
from toolkit.settings import Settings

ARTICLE = """# Inspectors return

The agency said its inspectors were back.[^1]

Its report is at www.iaea.org/reports and @IAEAorg posted it.

[^1]: As reported by the agency.
"""
SENTENCES = {
    "title": "Inspectors return",
    "back": "The agency said its inspectors were back.[^1]",
    "report": "Its report is at www.iaea.org/reports and @IAEAorg posted it.",
    "note": "[^1]: As reported by the agency.",
}
# per language: every sentence as a reviewed memory holds it, the report sentence and the note without their runs
MEMORY = {
    "ru": {
        "title": "Инспекторы возвращаются",
        "back": "Агентство заявило, что его инспекторы вернулись.[^1]",
        "report": "Его доклад опубликован, и агентство сообщило об этом.",
        "note": "По сообщению агентства.",
    },
    "tr": {
        "title": "Müfettişler dönüyor",
        "back": "Ajans, müfettişlerinin döndüğünü söyledi.[^1]",
        "report": "Raporu www.iaea.org/reports adresinde yayımlandı ve ajans paylaştı.",
        "note": "[^1] Ajansın bildirdiğine göre.",
    },
    "ar": {
        "title": "المفتشون يعودون",
        "back": "قالت الوكالة إن مفتشيها عادوا.[^1]",
        "report": "تقريرها على www.iaea.org/reports ونشرته الوكالة.",
        "note": "بحسب ما أفادت الوكالة.",
    },
    "fa": {
        "title": "بازرسان بازمی‌گردند",
        "back": "آژانس گفت بازرسانش بازگشته‌اند.[^1]",
        "report": "گزارش آن منتشر شد و @IAEAorg آن را فرستاد.",
        "note": "[^1]: به گزارش آژانس.",
    },
}
LOST = {  # segment -> what the memory translation lost, per language
    "ru": {"3.1": ["address 'www.iaea.org/reports'", "handle '@IAEAorg'"], "4.1": ["footnote mark '[^1]'"]},
    "tr": {"3.1": ["handle '@IAEAorg'"], "4.1": ["footnote mark '[^1]:'"]},  # no note without its colon
    "ar": {"3.1": ["handle '@IAEAorg'"], "4.1": ["footnote mark '[^1]'"]},
    "fa": {"3.1": ["address 'www.iaea.org/reports'"]},
}


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_memory_translation_without_a_footnote_mark_address_or_handle_is_flagged(workspace, code):
    tmp_path = workspace
    from tmx_files import desk_tmx

    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")
    units = {SENTENCES[key]: {code: text} for key, text in MEMORY[code].items()}
    (tmp_path / "story.tmx").write_text(desk_tmx(units, "story"), encoding="utf-8")
    result = run(
        [tmp_path / "story.md"], out_dir=tmp_path / "out", languages=[code], settings=Settings(), formats=["md"]
    )
    assert result.exit_code == 1, result.summary()  # held back, not published
    report = json.loads((tmp_path / "out" / "story" / "report.json").read_text(encoding="utf-8"))
    segments = {segment["id"]: segment for segment in report["languages"][code]["segments"]}
    flagged = {
        segment_id: sorted(
            problem["message"].split(" of the source")[0].removeprefix("the ")
            for problem in segment.get("problems", [])
            if problem["code"] == "verbatim-lost"
        )
        for segment_id, segment in segments.items()
    }
    assert {segment_id: found for segment_id, found in flagged.items() if found} == LOST[code]
    assert all(segments[segment_id]["origin"] == "memory" for segment_id in LOST[code])
    message = next(p["message"] for p in segments["3.1"]["problems"] if p["code"] == "verbatim-lost")
    assert "is not in the memory unit story.tmx#story:2" in message and "`toolkit memory import`" in message
