"""Formatting through machine translation: markers the model reads, read back whatever the model did to them."""

import pytest

from toolkit.glossary.match import Matcher
from toolkit.read.markdown import parse_markdown
from toolkit.slots import Template
from toolkit.testing.faulty_engine import MARKER_FAULTS, FaultyEngine
from toolkit.translate.machine import MachineEngine
from toolkit.translate.markers import insert_tags, protect, read_markers

ARTICLE = (
    "**Vladimir Putin** met *Erdogan* to discuss the [Sochi agreement](https://example.com/s?a=1). "
    "Officials used the `ceasefire-v2` draft and **the deal** held.  \nIt was *late*."
)


def segments(markdown: str, glossary):
    document = parse_markdown(f"# T\n\n{markdown}\n")
    found = list(document.blocks[1].segments)
    for segment in found:
        segment.mentions = tuple(Matcher(glossary).find(segment.text))
    return found


def translate(markdown, glossary, faults=(), language="ru", translate=None):
    engine = MachineEngine(FaultyEngine(faults, translate=translate), glossary)
    return engine.translate(segments(markdown, glossary), language)


def test_the_model_reads_markers_and_never_the_inline_code(glossary):
    first, second = segments(ARTICLE, glossary)[:2]
    assert protect(first.text, first.spans) == (
        "<b1>Vladimir Putin</b1> met <i2>Erdogan</i2> to discuss the <a3>Sochi agreement</a3>."
    )
    assert protect(second.text, second.spans) == "Officials used the <code1/> draft and <b2>the deal</b2> held.<br3/>"
    masked = protect(first.text, first.spans, first.mentions)
    assert masked == "<b1>[[1]]</b1> met <i2>[[2]]</i2> to discuss the <a3>[[3]] agreement</a3>."


def test_a_sentence_without_formatting_goes_to_the_model_as_before(glossary):
    engine = FaultyEngine()
    MachineEngine(engine, glossary).translate(segments("Putin met Erdogan in Sochi.", glossary), "ru")
    assert engine.calls[0] == ["Putin met Erdogan in Sochi."]


def test_names_inside_formatting_stay_slots_inside_the_tags(glossary):
    first, second, third = translate(ARTICLE, glossary)
    assert first.template.code.startswith("{#b1}{putin}{/b1} met {#i2}{erdogan")
    assert "{#a3}{sochi} agreement{/a3}." in first.template.code
    assert second.template.code == "Officials used the {#code1/} draft and {#b2}the deal{/b2} held.{#br3/}"
    assert third.template.code == "It was {#i1}late{/i1}."
    assert not [p for t in (first, second, third) for p in t.problems if p.code.startswith("format")]


@pytest.mark.parametrize(
    "fault", ["space_marker", "punctuate_marker", "backslash_marker", "arabic_indic_digits", "persian_digits"]
)
def test_markers_the_model_spelled_differently_are_read_as_they_were_sent(glossary, fault):
    first, second, _ = translate(ARTICLE, glossary, [fault])
    assert first.template.code.startswith("{#b1}{putin}{/b1} met {#i2}{erdogan")
    assert "{#code1/}" in second.template.code and "{#b2}the deal{/b2}" in second.template.code
    assert not [p for p in first.problems + second.problems if p.code.startswith("format")]


@pytest.mark.parametrize(
    "fault, message",
    [
        ("duplicate_marker", "repeated"),
        ("reorder_markers", "end before its start"),
        ("unclosed_marker", "starts but not where it ends"),
        ("unopened_marker", "ends but not where it starts"),
        ("drop_marker", "ends but not where it starts"),
    ],
)
def test_damaged_pairs_are_repaired_and_the_segment_marked_for_review(glossary, fault, message):
    result = translate("The talks ended and **the deal** held in the end.", glossary, [fault])[0]
    assert "{#b1}the deal{/b1}" in result.template.code
    repaired = [p for p in result.problems if p.code == "format-repaired"]
    assert len(repaired) == 1 and message in repaired[0].message and "'the deal'" in repaired[0].message


def test_a_dropped_pair_is_aligned_to_its_name_or_reported(glossary):
    placed = translate("Then **Vladimir Putin** spoke.", glossary, ["drop_pair"])[0]
    assert "{#b1}{putin:gen}{/b1}" in placed.template.code
    lost = translate("The talks ended and **the deal** held.", glossary, ["drop_pair"])[0]
    assert lost.template.tags == []
    assert [(p.severity, p.code) for p in lost.problems] == [("warning", "emphasis-lost")]


def test_a_dropped_code_or_link_is_an_error(glossary):
    code = translate("Officials used the `ceasefire-v2` draft.", glossary, ["drop_marker"])[0]
    assert [(p.severity, p.code) for p in code.problems if p.code.startswith("format")] == [("error", "format-lost")]
    link = translate("Read the [full text](https://example.com/t) today.", glossary, ["drop_pair"])[0]
    assert [(p.severity, p.code) for p in link.problems if p.code.startswith("format")] == [("error", "format-lost")]


def test_an_invented_marker_is_removed_and_reported(glossary):
    result = translate("It was **late**.", glossary, ["invented_marker"])[0]
    assert "{#b1}late{/b1}" in result.template.code and "9" not in result.template.code
    assert [p.code for p in result.problems if p.code.startswith("format")] == ["format-repaired"]


@pytest.mark.parametrize("fault", MARKER_FAULTS)
@pytest.mark.parametrize("language", ["ar", "fa", "tr", "ru"])
def test_every_marker_fault_is_repaired_or_flagged(glossary, fault, language):
    """Whatever the model did, each span of the source ends as its tags in the template, or a problem says so."""
    for result, segment in zip(translate(ARTICLE, glossary, [fault], language), segments(ARTICLE, glossary)):
        numbers = {tag.number for tag in result.template.tags}
        missing = [n for n in range(1, len(segment.spans) + 1) if n not in numbers]
        reported = [p for p in result.problems if p.code in ("format-lost", "emphasis-lost")]
        assert len(reported) == len(missing)
        kept = Template.parse(result.template.code)
        assert all(tag.number <= len(segment.spans) for tag in kept.tags)
        assert sorted(t.number for t in kept.tags if t.role == "open") == sorted(
            t.number for t in kept.tags if t.role == "close"
        )


def test_a_translation_that_moves_the_formatting_keeps_it_where_the_model_put_it(glossary):
    def to_russian(text, language):
        return text.replace("<b1>the deal</b1> held", "<b1>сделка</b1> устояла")

    result = translate("The talks ended and **the deal** held.", glossary, translate=to_russian)[0]
    assert "{#b1}сделка{/b1} устояла" in result.template.code


def test_insert_tags_splits_text_and_keeps_tags_around_slots():
    read = read_markers("<b1>Путин</b1> и <i2>Эрдоган</i2> встретились", (), "")
    assert read.text == "Путин и Эрдоган встретились"
    template = Template.parse("{putin} и {erdogan} встретились")
    assert insert_tags(template, read.text, []).code == template.code


def test_a_name_inside_inline_code_is_no_name_and_the_code_comes_back_verbatim(glossary):
    from toolkit.glossary.match import outside_code

    segment = segments("Run `Putin --city Sochi` before Putin speaks.", glossary)[0]
    assert len(Matcher(glossary).find(segment.text)) == 3  # the matcher alone also finds the two in the code
    segment.mentions = outside_code(Matcher(glossary).find(segment.text), segment.spans)
    assert [m.entry_id for m in segment.mentions] == ["putin"] and segment.mentions[0].start > 10
    result = MachineEngine(FaultyEngine(), glossary).translate([segment], "ru")[0]
    assert result.template.code.startswith("Run {#code1/} before {putin")
    assert not [p for p in result.problems if p.severity == "error"]


@pytest.mark.parametrize(
    "language, output, expected",
    [
        (  # a proclitic joins the names with a bare space, also found inside the first name
            "ar",
            "التقى المسؤولون <a1>بفلاديمير بوتين</a1> <b2><i3>وأردوغان</i3></b2> في سوتشي.",
            "التقى المسؤولون {#a1}{putin:bi}{/a1} {#b2}{#i3}{erdogan:short+wa}{/i3}{/b2} في {sochi}.",
        ),
        (
            "fa",
            "مقام‌ها با <a1>ولادیمیر پوتین</a1> <b2><i3>اردوغان</i3></b2> را در سوچی دیدند.",
            "مقام‌ها با {#a1}{putin}{/a1} {#b2}{#i3}{erdogan:short}{/i3}{/b2} را در {sochi} دیدند.",
        ),
        (
            "tr",
            "Yetkililer Soçi'de <a1>Vladimir Putin</a1> <b2><i3>Erdoğan</i3></b2> ile görüştü.",
            "Yetkililer {sochi:loc} {#a1}{putin}{/a1} {#b2}{#i3}{erdogan:short}{/i3}{/b2} ile görüştü.",
        ),
    ],
)
def test_formatting_on_two_names_side_by_side_stays_on_each(glossary, language, output, expected):
    """Between two names only a space: it must not be taken for the space inside the first name, which would
    stretch the first name's link over the second and leave the second's bold around nothing."""
    source = "Officials met [Vladimir Putin](https://kremlin.example.ru/putin) and ***Erdogan*** in Sochi."
    result = translate(source, glossary, language=language, translate=lambda text, _: output)[0]
    assert result.template.code == expected
    assert not [p for p in result.problems if p.code in ("format-lost", "emphasis-lost")]


def test_a_pair_of_tags_around_nothing_is_formatting_lost_and_aligned_to_its_name(glossary):
    from toolkit.translate.formatting import fit

    source = segments("Officials met **Erdogan** in Sochi.", glossary)[0]
    template, problems = fit(
        Template.parse("Чиновники встретились с {erdogan:short+ins}{#b1}{/b1} в {sochi:prep}."), source
    )
    assert template.code == "Чиновники встретились с {#b1}{erdogan:short+ins}{/b1} в {sochi:prep}." and problems == []
    template, problems = fit(Template.parse("{#b1} {/b1}Чиновники встретились в {sochi:prep}."), source)
    assert "{#b1}" not in template.code and [p.code for p in problems] == ["emphasis-lost"]


def test_bold_over_nothing_but_an_inline_code_wraps_it(glossary):
    (result,) = translate("Run **`make all`** then **stop** now.", glossary)[:1]
    assert result.template.code == "Run {#b1}{#code2/}{/b1} then {#b3}stop{/b3} now."
    assert not [p for p in result.problems if p.code.startswith("format") or p.code.endswith("-lost")]
