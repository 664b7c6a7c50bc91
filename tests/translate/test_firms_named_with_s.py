"""A firm named with 's (Moody's, McDonald's, Sotheby's) is one name: where a model copies it in Latin letters the
's is part of it, never cut off as a possessive, and Turkish suffixes follow it as the name is said (Moody's'in),
whether the name is new to the run or approved in the glossary."""

from __future__ import annotations

import pytest

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher
from toolkit.grammar.turkish_forms import read_aloud
from toolkit.pipeline import translate_documents
from toolkit.translate.machine import MachineEngine, RawTranslation
from toolkit.translate.provisional import ProvisionalNames

SOURCES = [
    "Moody's raised the rating on Friday, and Moody's said the outlook was positive.",
    "Investors welcomed Moody's decision.",
]
OUTPUTS = {
    "ar": ["رفعت موديز التصنيف يوم الجمعة، وقالت موديز إن النظرة إيجابية.", "رحب المستثمرون بقرار موديز."],
    "fa": [
        "مودیز روز جمعه رتبه را افزایش داد و مودیز گفت چشم‌انداز مثبت است.",
        "سرمایه‌گذاران از تصمیم مودیز استقبال کردند.",
    ],
    "ru": [
        "Moody's повысило рейтинг в пятницу, и Moody's заявило, что прогноз позитивный.",
        "Инвесторы приветствовали решение Moody's.",
    ],
    "tr": [
        "Moody's cuma günü notu yükseltti ve Moody's görünümün pozitif olduğunu söyledi.",
        "Yatırımcılar Moody's'in kararını memnuniyetle karşıladı.",
    ],
}


class Scripted:
    name = "scripted"

    def reference(self, language):
        return "scripted 1.0"

    def translate_raw(self, sources, language):
        answers = dict(zip(SOURCES, OUTPUTS[language]))
        assert all(source in answers for source in sources), sources  # found: no retry with placeholders
        return [RawTranslation(answers[source]) for source in sources]


def run(glossary, provisional):
    document = Document(
        "rating", [Block(BlockKind.PARAGRAPH, (Segment(f"{n}.1", text),)) for n, text in enumerate(SOURCES, 1)]
    )
    matcher = Matcher(glossary)
    names = ProvisionalNames.for_documents([document], glossary, matcher) if provisional else None
    editions = translate_documents(
        [document],
        list(OUTPUTS),
        glossary,
        [MachineEngine(Scripted(), glossary, matcher)],
        matcher=matcher,
        provisional=names,
    )
    return {edition.language.code: edition for edition in editions["rating"]}, names


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "places.yaml"
    path.write_text("- id: qatar\n  type: place\n  en: {name: Qatar}\n", encoding="utf-8")
    return load_glossary([path])


@pytest.mark.parametrize(
    "language, rendering",
    [("ar", "موديز"), ("fa", "مودیز"), ("ru", "Moody's"), ("tr", "Moody's")],  # never "Moody" in Latin
)
def test_a_new_firm_named_with_s_is_found_and_keeps_its_s(small, language, rendering):
    editions, names = run(small, provisional=True)
    assert names.name_of("moodys").choices[language].name == rendering
    edition = editions[language]
    assert [segment.text for segment in edition.segments] == OUTPUTS[language]
    pieces = [piece.text for s in edition.segments for piece in s.pieces if piece.provisional]
    assert len(pieces) == 3 and all(piece.startswith(rendering) for piece in pieces)


def test_an_approved_firm_named_with_s_takes_turkish_suffixes_as_it_is_said(tmp_path):
    """Approved as `glossary forms` proposes it: the name as said, `pronounced: mudis` (see the last test)."""
    path = tmp_path / "organisations.yaml"
    path.write_text(
        "- id: moodys\n  type: organisation\n  en: {name: Moody's}\n  tr: {name: Moody's, pronounced: mudis}\n"
        "  ru: {name: Мудис, indeclinable: true}\n  ar: {name: موديز}\n  fa: {name: مودیز}\n",
        encoding="utf-8",
    )
    editions, _ = run(load_glossary([path]), provisional=False)
    russian, turkish = editions["ru"], editions["tr"]
    assert russian.segments[1].text == "Инвесторы приветствовали решение Мудис."  # the copied Latin name, whole
    assert [segment.text for segment in turkish.segments] == OUTPUTS["tr"]
    assert [piece.text for s in turkish.segments for piece in s.pieces if piece.entry_id == "moodys"] == [
        "Moody's",
        "Moody's",
        "Moody's'in",
    ]


@pytest.mark.parametrize(
    "name, said, genitive",
    [("Moody's", "mudis", "in"), ("McDonald's", "mcdonalds", "ın"), ("Sotheby's", "sotebis", "in")],
)
def test_a_firms_s_is_said_after_its_name_the_english_way(name, said, genitive):
    from toolkit.grammar import turkish

    reading = read_aloud(name, [name])
    assert reading.said == said
    assert turkish.suffix(reading.said, "gen").endswith(genitive)
