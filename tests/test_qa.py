from toolkit.document import Segment
from toolkit.edition import Piece, RenderedName, TranslatedSegment
from toolkit.matcher import Mention
from toolkit.qa import check_segment


def segment(source, text, mentions=(), names=()):
    return TranslatedSegment(
        source=Segment("1.1", source), mentions=list(mentions), origin="memory", reference="test",
        code=text, pieces=[Piece(text)], names=list(names))


def codes(problems):
    return [(p.severity, p.code) for p in problems]


def test_a_name_missing_from_the_translation_is_an_error(glossary):
    problems = check_segment(
        segment("Putin met Erdogan.", "Путин встретился.",
                [Mention("putin", 0, 5, "Putin", True), Mention("erdogan", 10, 17, "Erdogan", True)],
                [RenderedName("putin", "{putin:short}", "Путин")]),
        glossary, "ru", "Cyrl")
    assert codes(problems) == [("error", "name-missing")]
    assert "'Erdogan' (erdogan) appears 1x in the source but 0x" in problems[0].message
    assert (problems[0].language, problems[0].segment_id) == ("ru", "1.1")


def test_numbers_are_compared_across_digit_systems(glossary):
    assert check_segment(segment("176 killed in 2020", "۱۷۶ کشته در ۲۰۲۰"), glossary, "fa", "Arab") == []
    problems = check_segment(segment("176 killed", "۱۷۵ کشته"), glossary, "fa", "Arab")
    assert codes(problems) == [("warning", "numbers")]
    assert "missing 176; added 175" in problems[0].message


def test_script_hygiene_in_arabic_script_editions(glossary):
    assert codes(check_segment(segment("Iran", "ايران"), glossary, "fa", "Arab")) == [("error", "arabic-letters")]
    assert codes(check_segment(segment("Iran", "ایران"), glossary, "ar", "Arab")) == [("error", "persian-letters")]
    assert codes(check_segment(segment("in Tehran", "في Tehran"), glossary, "ar", "Arab")) == [
        ("warning", "latin-in-rtl"), ("error", "name-variant")]  # and the name left in English spelling


def test_unpaired_brackets_and_empty_translations(glossary):
    assert codes(check_segment(segment("(a)", "(а"), glossary, "ru", "Cyrl")) == [("warning", "unpaired")]
    assert ("error", "empty") in codes(check_segment(segment("a", " "), glossary, "ru", "Cyrl"))


def test_seed_editions_are_clean(seed_editions):
    for code, edition in seed_editions.items():
        assert edition.problems == [], code
