"""The stages over one annotated document: names matched once, engines given matched segments, each stage's mark."""

from collections import Counter

import pytest

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.glossary.match import Matcher, match_document
from toolkit.pipeline import MissingTranslations, translate_documents
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine, Translation


def story(*sentences: str, name: str = "story") -> Document:
    return Document(
        name, [Block(BlockKind.PARAGRAPH, tuple(Segment(f"1.{n}", text) for n, text in enumerate(sentences, 1)))]
    )


class Recording:
    """An engine that answers every sentence with a fixed template and keeps what it was given."""

    name = "recording"

    def __init__(self, template: str = "{putin:short} говорил."):
        self.template, self.given = Template.parse(template), []

    def translate(self, segments, language):
        self.given.append(list(segments))
        return [Translation(self.template, self.name, "test") for _ in segments]


class CountingMatcher(Matcher):
    def __init__(self, glossary):
        super().__init__(glossary)
        self.calls = Counter()

    def find(self, text):
        self.calls[text] += 1
        return super().find(text)


def test_the_match_stage_finds_each_sentences_names_once_for_every_later_stage(glossary, memory):
    document = story("Putin spoke in Tehran.", "Erdogan met Putin.", "Nothing else.")
    matcher = CountingMatcher(glossary)
    engine = Recording()
    editions = translate_documents(
        [document], ["ru", "tr"], glossary, [MemoryEngine(memory, glossary, matcher), engine], matcher=matcher
    )
    assert set(matcher.calls.values()) == {1}  # two languages, two engines, QA: one match per sentence
    assert [[m.entry_id for m in s.mentions] for s in document.segments] == [
        ["putin", "tehran"],
        ["erdogan", "putin"],
        [],
    ]
    assert all(segment is original for batch in engine.given for segment, original in zip(batch, document.segments))
    ru, tr = editions["story"]
    assert (ru.language.code, tr.language.code) == ("ru", "tr")
    assert [m.entry_id for m in ru.segments[1].mentions] == ["erdogan", "putin"]
    assert ru.segments[1].source is document.segments[1]


def test_a_matched_document_is_not_matched_again_by_its_matcher_but_is_by_another(glossary):
    document = story("Putin spoke.")
    matcher = CountingMatcher(glossary)
    match_document(document, matcher)
    match_document(document, matcher)
    assert matcher.calls == Counter({"Putin spoke.": 1})
    other = CountingMatcher(glossary)  # another matcher (another glossary perhaps) sees the text afresh
    match_document(document, other)
    assert other.calls == Counter({"Putin spoke.": 1})


def test_each_stage_leaves_its_mark_on_the_segment(glossary):
    document = story("Putin spoke.")
    translate_documents([document], ["ru"], glossary, [Recording('{putin:short} сказал "да" 2 раза.')])
    translated = document.segments[0].translations["ru"]
    assert translated.origin == "recording" and translated.code == '{putin:short} сказал "да" 2 раза.'  # translate
    assert [(name.entry_id, name.text) for name in translated.names] == [("putin", "Путин")]  # render
    assert translated.text == "Путин сказал «да» 2 раза."  # localise: Russian quotation marks
    assert {problem.code for problem in translated.problems} == {"numbers"}  # QA: the source has no 2


def test_segments_nothing_translates_are_named_with_their_document_and_language(glossary):
    class Nothing:
        name = "nothing"

        def translate(self, segments, language):
            return [None] * len(segments)

    with pytest.raises(MissingTranslations) as raised:
        translate_documents(
            [story("Putin spoke.", "Assad spoke.", name="a"), story("Talks.", name="b")], ["ar"], glossary, [Nothing()]
        )
    assert "no translation for 3 segments (a ar: segments 1.1, 1.2; b ar: segment 1.1)" in raised.value.message
    assert "toolkit models install translate-en_ar.argosmodel" in raised.value.fix
