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


# --- many rows: each is refused for its own names, found by the sentence's own line


PEOPLE = [
    ("Oleg Vasilchenko", "Олег Васильченко"),
    ("Mehmet Karakaya", "Мехмет Каракая"),
    ("Ilya Dobrovolsky", "Илья Добровольский"),
    ("Yusuf Demirtas", "Юсуф Демирташ"),
]


def test_in_an_import_of_many_rows_each_is_refused_naming_only_its_own_new_names(tmp_path, glossary):
    # the names of each row were found by asking every row of the import about every name (square: 2,000 rows
    # of new names took 9.5 s); a row that names one of them in a longer sentence is refused for it too
    records = [
        ReviewedSegment(
            f"story:{number}.1",
            f"Minister {english} arrived in Ankara on Monday.",
            f"Министр {russian} прибыл в Анкару в понедельник.",
            "ru",
            "A. Editor",
            DATE,
            f"story.ru.review.docx row {number}",
        )
        for number, (english, russian) in enumerate(PEOPLE * 50, start=1)
    ]
    records.append(reviewed("ru", KNOWN, KNOWN_REVIEWED["ru"]))
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="0-test")
    assert len(report.added) == 1  # the sentence whose names the glossary has
    assert len(report.not_taken) == len(PEOPLE) * 50
    for number, refused in enumerate(report.not_taken, start=1):
        english = PEOPLE[(number - 1) % len(PEOPLE)][0]
        assert refused.place == f"story.ru.review.docx row {number}"
        assert refused.reason.startswith(f"'{english}' is not in the glossary yet"), refused.reason


def test_rows_spelt_alike_but_for_their_spaces_are_refused_alike(tmp_path, glossary):
    english = "Russian Deputy Prime Minister  Alexei\nOverchuk arrived in Ankara on Monday."
    records = [reviewed("ru"), reviewed("ru", english), reviewed("ru", " " + ENGLISH + " ")]
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="0-test")
    assert len(report.not_taken) == 3 and not report.added
    assert all(item.reason.startswith("'Alexei Overchuk' is not in the glossary yet") for item in report.not_taken)


def test_a_segment_longer_than_a_sentence_is_refused_without_its_names_surveyed(tmp_path, glossary, monkeypatch):
    from toolkit.glossary import suggest

    surveyed: list[str] = []
    survey = suggest.find_candidates

    def spy(documents, *arguments, **options):
        surveyed.extend(segment.text for document in documents for segment in document.segments)
        return survey(documents, *arguments, **options)

    monkeypatch.setattr(suggest, "find_candidates", spy)
    pasted = "Minister Alexei Overchuk spoke " * 200  # a whole file pasted into one segment
    records = [reviewed("ru"), reviewed("ru", pasted, "Министр " * 500)]
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="0-test")
    assert [item.reason for item in report.not_taken] == [
        "'Alexei Overchuk' is not in the glossary yet: stored as text, the translation would keep this spelling "
        "after the name is approved",
        "the segment is far longer than a sentence",
    ]
    assert surveyed == [ENGLISH]
