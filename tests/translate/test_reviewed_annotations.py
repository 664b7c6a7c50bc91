"""The house style's legal notes come out of a reviewed text only where an edition put them: right after a mention
of the entry that carries the note. The same words anywhere else are the reviewer's own, and stay."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from toolkit.glossary.load import load_glossary
from toolkit.translate.memory import TmxDocument
from toolkit.translate.reviewed import ReviewedSegment, store_reviewed, without_annotations

GLOSSARY = """\
- id: nusra
  type: organisation
  en: {name: al-Nusra Front}
  ar: {name: جبهة النصرة, annotations: {designated-terrorist: (المصنفة منظمة إرهابية)}}
  fa: {name: جبهه النصره, annotations: {designated-terrorist: (گروه تروریستی)}}
  tr: {name: Nusra Cephesi, apostrophe: false, annotations: {designated-terrorist: (terör örgütü)}}
  ru:
    name: Джебхат ан-Нусра
    indeclinable: true
    annotations: {banned-in-russia: (запрещена в РФ)}

- id: al-qaeda
  type: organisation
  en: {name: al-Qaeda}
  ar: {name: القاعدة}
  fa: {name: القاعده}
  tr: {name: El Kaide}
  ru:
    name: {nom: Аль-Каида, gen: Аль-Каиды, dat: Аль-Каиде, acc: Аль-Каиду, ins: Аль-Каидой, prep: Аль-Каиде}
    annotations: {banned-in-russia: (запрещена в РФ)}

- id: putin
  type: person
  en: {name: Vladimir Putin, short: Putin}
  ar: {name: فلاديمير بوتين, short: بوتين}
  fa: {name: ولادیمیر پوتین, short: پوتین}
  tr: {name: Vladimir Putin, short: Putin}
  ru:
    name: {nom: Владимир Путин, gen: Владимира Путина, dat: Владимиру Путину, acc: Владимира Путина, ins: Владимиром Путиным, prep: Владимире Путине}
    short: {nom: Путин, gen: Путина, dat: Путину, acc: Путина, ins: Путиным, prep: Путине}
"""
DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotations")
    (folder / "names.yaml").write_text(GLOSSARY, encoding="utf-8")
    loaded = load_glossary([folder])
    assert not loaded.errors, loaded.errors
    return loaded


@pytest.mark.parametrize(
    "language, reviewed, stored",
    [
        # after a mention of the entry, in any of its forms, inside quotation marks or not: the edition's note
        ("ru", "Бойцы «Джебхат ан-Нусра» (запрещена в РФ) отступили.", "Бойцы «Джебхат ан-Нусра» отступили."),
        ("ru", 'Лидер "Джебхат ан-Нусра" (запрещена в РФ) погиб.', 'Лидер "Джебхат ан-Нусра" погиб.'),
        ("ru", "Ячейка Аль-Каиды (запрещена в РФ) раскрыта.", "Ячейка Аль-Каиды раскрыта."),
        ("ru", "Связи с Аль-Каидой (запрещена в РФ) отрицались.", "Связи с Аль-Каидой отрицались."),
        ("ar", "انسحب مقاتلو جبهة النصرة (المصنفة منظمة إرهابية) من المدينة.", "انسحب مقاتلو جبهة النصرة من المدينة."),
        ("ar", "قال متحدث باسم لجبهة النصرة (المصنفة منظمة إرهابية) إن...", "قال متحدث باسم لجبهة النصرة إن..."),
        ("tr", "Nusra Cephesinin (terör örgütü) militanları çekildi.", "Nusra Cephesinin militanları çekildi."),
        ("fa", "نیروهای جبهه النصره (گروه تروریستی) عقب نشستند.", "نیروهای جبهه النصره عقب نشستند."),
        # the same words where no mention of that entry stands before them: the reviewer's, kept
        (
            "ru",
            "Суд постановил, что организация (запрещена в РФ) с 2014 года.",
            "Суд постановил, что организация (запрещена в РФ) с 2014 года.",
        ),
        (
            "ru",
            "Путин (запрещена в РФ) — так написали в приговоре.",
            "Путин (запрещена в РФ) — так написали в приговоре.",
        ),
        (
            "ru",
            "(запрещена в РФ) — пометка, которую требует закон.",
            "(запрещена в РФ) — пометка, которую требует закон.",
        ),
        (
            "ar",
            "وصفت المحكمة الجماعة بأنها (المصنفة منظمة إرهابية) منذ 2014.",
            "وصفت المحكمة الجماعة بأنها (المصنفة منظمة إرهابية) منذ 2014.",
        ),
        ("tr", "Mahkeme grubu (terör örgütü) olarak niteledi.", "Mahkeme grubu (terör örgütü) olarak niteledi."),
        ("ar", "(запрещена в РФ)", "(запрещена в РФ)"),  # another language's note
    ],
)
def test_a_note_goes_only_where_it_follows_its_entry(names, language, reviewed, stored):
    assert without_annotations(reviewed, names, language) == stored


def test_a_reviewers_own_legal_wording_reaches_the_memory(tmp_path, names):
    english = "The court ruled that the organisation has been banned since 2014."
    reviewed = "Суд постановил, что организация (запрещена в РФ) с 2014 года."
    memory = tmp_path / "memory.tmx"
    report = store_reviewed(
        [ReviewedSegment("story:1.1", english, reviewed, "ru", "A. Editor", DATE, "row 1")],
        memory,
        names,
        tool_version="0-test",
    )
    assert len(report.added) == 1, report.not_taken
    document = TmxDocument.open(memory)
    assert document.target(document.unit_for(english), "ru").code == reviewed
