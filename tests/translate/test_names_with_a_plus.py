"""Names that glue a symbol after their last word (OPEC+, LGBTQ+): the slot writes the symbol, so the output's own
symbol after the name is taken into it, never written twice (ОПЕК++); the Persian press says the plus as a word
(اوپک پلاس). The same holds for a new name the run renders provisionally, whose rendering keeps its plus."""

from __future__ import annotations

import pytest

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.glossary.load import load_glossary
from toolkit.glossary.match import Matcher
from toolkit.grammar.transliterate import transliterate
from toolkit.pipeline import translate_documents
from toolkit.translate.machine import MachineEngine, RawTranslation
from toolkit.translate.provisional import ProvisionalNames

SOURCE = "OPEC+ agreed on Sunday to pause increases, and officials said OPEC+ would meet again."
OUTPUTS = {
    "ar": "اتفقت أوبك+ يوم الأحد على وقف الزيادات، وقال مسؤولون إن أوبك+ ستجتمع مجددا.",
    "ru": "ОПЕК+ в воскресенье договорилась о паузе, и чиновники заявили, что ОПЕК+ снова соберется.",
    "tr": "OPEC+ pazar günü artışlara ara vermeyi kabul etti ve yetkililer OPEC+'nın yeniden toplanacağını söyledi.",
    "fa": "اوپک پلاس روز یکشنبه توافق کرد و مقامات گفتند اوپک پلاس دوباره دیدار خواهد کرد.",
}
RENDERINGS = {"ar": "أوبك+", "ru": "ОПЕК+", "tr": "OPEC+", "fa": "اوپک پلاس"}


class Scripted:
    """A model that answers the sentence with the output written for it."""

    name = "scripted"

    def reference(self, language):
        return "scripted 1.0"

    def translate_raw(self, sources, language):
        assert sources == [SOURCE], sources  # no retry with placeholders: the name was found
        return [RawTranslation(OUTPUTS[language])]


def run(glossary, provisional: bool):
    document = Document("opec", [Block(BlockKind.PARAGRAPH, (Segment("1.1", SOURCE),))])
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
    return {edition.language.code: edition.segments[0] for edition in editions["opec"]}, names


@pytest.fixture(scope="module")
def with_entry(tmp_path_factory):
    path = tmp_path_factory.mktemp("plus") / "organisations.yaml"
    path.write_text(
        "- id: opec-plus\n  type: organisation\n  en: {name: OPEC+}\n"
        "  ar: {name: أوبك+}\n  fa: {name: اوپک پلاس}\n  tr: {name: OPEC+}\n"
        "  ru: {name: ОПЕК+, indeclinable: true}\n",
        encoding="utf-8",
    )
    return load_glossary([path])


@pytest.mark.parametrize("language", list(OUTPUTS))
def test_a_glossary_name_with_a_plus_is_written_with_one_plus(with_entry, language):
    segments, _ = run(with_entry, provisional=False)
    segment = segments[language]
    assert segment.text == OUTPUTS[language]  # not أوبك++, ОПЕК++, OPEC++'nın
    assert [piece.text for piece in segment.pieces if piece.entry_id == "opec-plus"] == [RENDERINGS[language]] * 2


@pytest.fixture(scope="module")
def without_entry(tmp_path_factory):
    path = tmp_path_factory.mktemp("none") / "places.yaml"
    path.write_text("- id: qatar\n  type: place\n  en: {name: Qatar}\n", encoding="utf-8")
    return load_glossary([path])


@pytest.mark.parametrize("language", list(OUTPUTS))
def test_a_new_name_with_a_plus_is_rendered_provisionally_with_its_plus(without_entry, language):
    segments, names = run(without_entry, provisional=True)
    assert names.name_of("opec-plus").choices[language].name == RENDERINGS[language]
    segment = segments[language]
    assert segment.text == OUTPUTS[language]
    assert [piece.text for piece in segment.pieces if piece.provisional] == [RENDERINGS[language]] * 2


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Moody's", {"ar": "موديز", "fa": "مودیز", "tr": "Moody's", "ru": "Мудис"}),
        ("McDonald's", {"ar": "مكدونالدز", "tr": "McDonald's", "ru": "Мкдоналдс"}),
        ("Sergei Lavrov", {"ru": "Сергей Лавров", "tr": "Sergey Lavrov"}),  # no 's: as before
    ],
)
def test_a_firms_s_is_guessed_as_a_plain_s_and_kept_in_turkish(name, expected):
    assert {language: transliterate(name, language) for language in expected} == expected
