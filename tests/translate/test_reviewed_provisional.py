"""A reviewed sentence naming someone the glossary lacks yet (a provisional name) is not stored until the name is
approved: stored as plain text, its spelling could never follow the approved entry, and every later edition would
carry the old spelling beside the glossary's. Once the entry is added, the same row imports with the name as a
slot of the approved entry, and renders as the glossary writes it."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from conftest import GLOSSARY_DIR

from toolkit.glossary.load import load_glossary
from toolkit.render import render
from toolkit.translate.memory import TmxDocument
from toolkit.translate.reviewed import ReviewedSegment, store_reviewed

DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
ENGLISH = "Russian Deputy Prime Minister Alexei Overchuk arrived in Ankara on Monday."
KNOWN = "Hakan Fidan arrived in Ankara on Monday."
REVIEWED = {
    "ru": "Вице-премьер России Алексей Оверчук прибыл в Анкару в понедельник.",
    "tr": "Rusya Başbakan Yardımcısı Aleksey Overçuk pazartesi günü Ankara'ya geldi.",
    "ar": "وصل نائب رئيس الوزراء الروسي أليكسي أوفرتشوك إلى أنقرة يوم الاثنين.",
    "fa": "الکسی اورچوک، معاون نخست\u200cوزیر روسیه، روز دوشنبه وارد آنکارا شد.",
}
KNOWN_REVIEWED = {"ru": "Хакан Фидан прибыл в Анкару в понедельник."}
APPROVED = """\
- id: overchuk
  type: person
  en: {name: Alexei Overchuk, short: Overchuk}
  ar: {name: أليكسي أوفرتشوك, short: أوفرتشوك}
  fa: {name: الکسی اورچوک, short: اورچوک}
  tr: {name: Aleksey Overçuk, short: Overçuk}
  ru:
    name: {nom: Алексей Оверчук, gen: Алексея Оверчука, dat: Алексею Оверчуку, acc: Алексея Оверчука, ins: Алексеем Оверчуком, prep: Алексее Оверчуке}
    short: {nom: Оверчук, gen: Оверчука, dat: Оверчуку, acc: Оверчука, ins: Оверчуком, prep: Оверчуке}
"""


def reviewed(language: str, english: str = ENGLISH, text: str | None = None) -> ReviewedSegment:
    return ReviewedSegment(
        "story:2.1",
        english,
        text or REVIEWED[language],
        language,
        "A. Editor",
        DATE,
        f"story.{language}.review.docx row 2",
    )


@pytest.mark.parametrize("language", sorted(REVIEWED))
def test_a_row_with_a_name_not_yet_approved_is_refused_until_it_is(tmp_path, glossary, language):
    memory = tmp_path / "story.tmx"
    report = store_reviewed(
        [reviewed(language), reviewed("ru", KNOWN, KNOWN_REVIEWED["ru"])], memory, glossary, tool_version="0-test"
    )
    assert len(report.added) == 1  # the sentence whose names the glossary has
    [refused] = report.not_taken
    assert refused.place == f"story.{language}.review.docx row 2"
    assert "'Alexei Overchuk' is not in the glossary yet" in refused.reason
    assert "approve the name first (toolkit glossary add" in refused.fix
    assert TmxDocument.open(memory).unit_for(ENGLISH) is None

    folder = tmp_path / "glossaries"
    shutil.copytree(GLOSSARY_DIR, folder)
    (folder / "approved.yaml").write_text(APPROVED, encoding="utf-8")
    approved = load_glossary([folder])
    assert not approved.errors, approved.errors
    report = store_reviewed([reviewed(language)], memory, approved, tool_version="0-test")
    assert (len(report.added), report.not_taken) == (1, [])
    document = TmxDocument.open(memory)
    template = document.target(document.unit_for(ENGLISH), language)
    assert "overchuk" in [slot.entry_id for slot in template.slots]
    pieces, _, problems = render(template, approved, language)
    assert (
        not problems
        and "".join(piece.text for piece in pieces).count(
            approved["overchuk"].renderings[language].full["nom"].split()[-1][:5]
        )
        == 1
    )


def test_a_later_sentence_with_the_surname_alone_is_refused_too(tmp_path, glossary):
    surname = "Overchuk said trade with Turkey would grow this year."
    records = [
        reviewed("ru"),
        ReviewedSegment(
            "story:2.2",
            surname,
            "Оверчук заявил, что торговля с Турцией в этом году вырастет.",
            "ru",
            "A. Editor",
            DATE,
            "story.ru.review.docx row 3",
        ),
    ]
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="0-test")
    assert [item.place for item in report.not_taken] == ["story.ru.review.docx row 2", "story.ru.review.docx row 3"]
    assert all("not in the glossary yet" in item.reason for item in report.not_taken)
    assert not report.written
