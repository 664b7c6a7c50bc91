"""Where the target locator (what the name checks and `glossary find --lang` read a translation with) tries a
name: at a word that may open one of the glossary's renderings, read bare or with its proclitics split off, or
at a word with an apostrophe in a language whose names take suffixes. The readings a word may open a name with
are read once per word: asked again, in another sentence or at another place, the locator finds the same."""

from __future__ import annotations

import pytest

from toolkit.glossary.locate import TargetLocator


def _found(glossary, language: str, text: str) -> list[tuple]:
    return [(m.entry_id, m.surface, m.short, m.tokens) for m in TargetLocator(glossary, language).find(text)]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (  # Arabic proclitics split off the first word (و, ب), the article part of the rendering
            "ar",
            "وبالعراق قال أردوغان إن العراق وروسيا اتفقتا.",
            [
                ("iraq", "وبالعراق", False, ("wa", "bi")),
                ("erdogan", "أردوغان", True, ()),
                ("iraq", "العراق", False, ()),
                ("russia", "وروسيا", False, ("wa",)),
            ],
        ),
        (  # the full name from its first word, where the short form's word stands last in it
            "ar",
            "قال الرئيس رجب طيب أردوغان في أنقرة",
            [("erdogan", "رجب طيب أردوغان", False, ()), ("ankara", "أنقرة", False, ())],
        ),
        (  # Persian: the preposition ب glued to a name in an older spelling, and the bare name
            "fa",
            "بتهران رفت و از تهران به مسکو آمد.",
            [("tehran", "بتهران", False, ("be",)), ("tehran", "تهران", False, ()), ("moscow", "مسکو", False, ())],
        ),
        (  # Russian cases of a short form
            "ru",
            "Путин и Эрдоган встретились в Сочи; Путину и Эрдогану.",
            [
                ("putin", "Путин", True, ()),
                ("erdogan", "Эрдоган", True, ()),
                ("sochi", "Сочи", False, ()),
                ("putin", "Путину", True, ("dat",)),
                ("erdogan", "Эрдогану", True, ("dat",)),
            ],
        ),
    ],
)
def test_names_are_found_from_every_word_that_may_open_one(glossary, language, text, expected):
    assert _found(glossary, language, text) == expected


def test_a_turkish_suffix_the_rules_do_not_produce_still_marks_the_name_its_case_unknown(glossary):
    found = _found(glossary, "tr", "Erdoğan'dır bunu söyleyen. Erdoğan'ın sözleri ve Erdoğan'a göre Türkiye'de.")
    assert found == [
        ("erdogan", "Erdoğan'dır", True, ()),  # -dır is no case: the name is there, its form unknown
        ("erdogan", "Erdoğan'ın", True, ("gen",)),
        ("erdogan", "Erdoğan'a", True, ("dat",)),
        ("turkey", "Türkiye'de", False, ("loc",)),
    ]


def test_a_full_name_is_taken_whole_and_its_last_word_alone_is_the_short_form(glossary):
    found = _found(glossary, "tr", "Recep Tayyip Erdoğan Ankara'da konuştu; Erdoğan sonra Soçi'ye gitti.")
    assert found == [
        ("erdogan", "Recep Tayyip Erdoğan", False, ()),
        ("ankara", "Ankara'da", False, ("loc",)),
        ("erdogan", "Erdoğan", True, ()),
        ("sochi", "Soçi'ye", False, ("dat",)),
    ]


def test_a_text_without_names_finds_none(glossary):
    assert _found(glossary, "ru", "Слово без имени, и снова без имени.") == []


def test_one_locator_finds_the_same_when_the_words_come_again(glossary):
    # the words' readings kept from the first text serve the second and third: the same names, wherever they stand
    locator = TargetLocator(glossary, "ar")
    first = [(m.entry_id, m.surface) for m in locator.find("التقى أردوغان في العراق وروسيا.")]
    again = [(m.entry_id, m.surface) for m in locator.find("التقى أردوغان في العراق وروسيا.")]
    moved = [(m.entry_id, m.surface) for m in locator.find("وروسيا والعراق رحبتا، وقال أردوغان.")]
    assert first == again == [("erdogan", "أردوغان"), ("iraq", "العراق"), ("russia", "وروسيا")]
    assert moved == [("russia", "وروسيا"), ("iraq", "والعراق"), ("erdogan", "أردوغان")]
