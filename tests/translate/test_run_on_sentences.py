"""A "sentence" no writer writes (a list or table pasted as one paragraph without full stops, a word of 50,000
letters) is translated, checked or refused in bounded time: one such article never holds a desk's run."""

from __future__ import annotations

import pytest

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.glossary.match import Matcher, match_document
from toolkit.pipeline import translate_document
from toolkit.testing.faulty_engine import FaultyEngine
from toolkit.translate.machine import MAX_NAMES_PER_SENTENCE, MachineEngine


def edition_of(glossary, text: str, language: str = "ru"):
    document = match_document(
        Document("case", [Block(BlockKind.PARAGRAPH, (Segment("1.1", text),))]), Matcher(glossary)
    )
    engine = FaultyEngine()
    (edition,) = translate_document(document, [language], glossary, [MachineEngine(engine, glossary)])
    return edition, engine


@pytest.mark.timeout(60)  # the hang guard: placing 10,000 names, each reading the names before it, took hours
def test_a_sentence_with_more_names_than_a_sentence_has_is_refused_with_the_reason_not_translated(glossary):
    edition, engine = edition_of(glossary, " ".join(["Putin met Erdogan"] * 5_000))
    (segment,) = edition.segments
    (refused,) = [p for p in segment.problems if p.code == "too-many-names"]
    assert refused.severity == "error"
    assert refused.message == (
        f"the sentence names 10,000 glossary names, more than the {MAX_NAMES_PER_SENTENCE} a sentence may have: "
        "it was not translated"
    )
    assert "split it into sentences" in (refused.fix or "")
    assert engine.calls == []  # the model was not asked


@pytest.mark.parametrize("language", ["ru", "ar", "tr", "fa"])
def test_a_long_sentence_within_the_limit_is_translated_with_every_name_placed(glossary, language):
    edition, _ = edition_of(glossary, " and ".join(["Putin met Erdogan"] * (MAX_NAMES_PER_SENTENCE // 2)))
    (segment,) = edition.segments
    assert not [p for p in segment.problems if p.code in ("too-many-names", "name-unplaced")]
    assert len(segment.names) == MAX_NAMES_PER_SENTENCE


@pytest.mark.timeout(30)  # the hang guard: a word of 50,000 letters was read once per letter looking for an @
def test_a_word_of_fifty_thousand_letters_is_checked_in_one_reading(glossary):
    edition, _ = edition_of(glossary, "x" * 50_000)
    assert [p.code for p in edition.segments[0].problems if p.severity == "error"] == ["untranslated"]


# a hang guard only (speed is measured in bench/, never in a timed test): minutes before, a fraction of a second now
@pytest.mark.timeout(60)
@pytest.mark.parametrize("joint", [" ", "-", "'", "’"])
@pytest.mark.parametrize("language", ["ar", "fa", "ru", "tr"])
def test_a_word_of_fifty_thousand_letters_between_two_people_is_checked_in_one_reading(glossary, language, joint):
    # the text before a name was read from each of its letters: by the check for a first name swapped between two
    # people (Arabic, Persian) and by the Russian reading of the noun a name may complete (a word glued to the name
    # by a hyphen or an apostrophe): a long word took seconds, and minutes at 50,000 letters
    edition, _ = edition_of(glossary, "Putin met " + "x" * 50_000 + joint + "Erdogan today.", language)
    assert [name.entry_id for name in edition.segments[0].names] == ["putin", "erdogan"]


@pytest.mark.parametrize(
    "text",
    [
        "пишите a.b+news@example.co.uk, x@y@desk.org и @desk про F-16 и U.S.",
        "адрес—name@mail.ru; #тег, www.example.org/x и https://t.co/a",
        "old.name@@example.com и -dash-@x.org и 1ab и a1",
    ],
)
def test_addresses_handles_and_codes_are_exempt_as_before(text):
    """The address pattern now starts only where a run of its characters does: what it finds is the same."""
    import re

    from toolkit.qa.checks import _LATIN_EXEMPT

    before = re.compile(_LATIN_EXEMPT.pattern.replace("(?<![\\w.+-])", ""))
    assert before.pattern != _LATIN_EXEMPT.pattern
    assert _LATIN_EXEMPT.findall(text) == before.findall(text) != []
