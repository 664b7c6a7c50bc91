"""What must come out exactly as the source writes it (web and mail addresses, handles, hashtags, coordinates,
Markdown footnote marks) is hidden from the model as a standalone marker, so whatever the model does, each comes
back as written; one the model dropped is an error that holds the segment, never a silent loss."""

import pytest

from toolkit.glossary.match import Matcher
from toolkit.localise import INVISIBLE, LRI, PDI
from toolkit.pipeline import translate_document
from toolkit.read.markdown import parse_markdown
from toolkit.testing.faulty_engine import FaultyEngine, respell_verbatim
from toolkit.translate.machine import MachineEngine
from toolkit.translate.markers import hidden_runs, protect

# one sentence per kind of run, each with a glossary name the placement must still find
SENTENCES = {
    "footnote": "Erdogan said the talks failed[^1] and Putin agreed.[^note-2]",
    "web": "Putin posted the text at https://kremlin.ru/events/president/news/73585 and on www.gov.tr/ankara?id=4.",
    "mail": "Erdogan's office answered questions sent to press.office@tccb.gov.tr on Monday.",
    "handles": "Putin's spokesman quoted @KremlinRussia_E and the hashtag #SochiTalks2024, as Erdogan did.",
    "coordinates": "The convoy stopped near Idlib at 35.9°N 36.6°E, and later at 36°12′N 37°9′E, Erdogan said.",
}
RUNS = {
    "footnote": ["[^1]", "[^note-2]"],
    "web": ["https://kremlin.ru/events/president/news/73585", "www.gov.tr/ankara?id=4"],
    "mail": ["press.office@tccb.gov.tr"],
    "handles": ["@KremlinRussia_E", "#SochiTalks2024"],
    "coordinates": ["35.9°N 36.6°E", "36°12′N 37°9′E"],
}
LANGUAGES = ["ar", "fa", "tr", "ru"]


def _document(text: str):
    notes = "".join(f"\n\n{mark}: A note." for mark in RUNS["footnote"]) if "[^" in text else ""
    return parse_markdown(f"# Title\n\n{text}{notes}\n", "hidden")


def _segments(text: str, glossary):
    found = list(_document(text).blocks[1].segments)
    for segment in found:
        segment.mentions = tuple(Matcher(glossary).find(segment.text))
    return found


def _published(text: str, glossary, engine, languages=LANGUAGES):
    """Each edition's first paragraph as a reader gets it, and its segments."""
    editions = translate_document(_document(text), languages, glossary, [MachineEngine(engine, glossary)])
    return {
        edition.language.code: ("".join(piece.text for piece in edition.blocks[1].pieces), edition.segments[1])
        for edition in editions
    }


@pytest.mark.parametrize("kind", sorted(SENTENCES))
def test_the_model_never_sees_what_must_come_out_as_written(glossary, kind):
    (segment,) = _segments(SENTENCES[kind], glossary)[:1]
    hidden = hidden_runs(segment.text, segment.spans)
    assert [segment.text[run.start : run.end] for run in hidden] == RUNS[kind]
    sent = protect(segment.text, segment.spans + hidden)
    assert not any(run in sent for run in RUNS[kind])
    assert [f"<code{number}/>" in sent for number in range(1, len(hidden) + 1)] == [True] * len(hidden)


def test_the_respelling_fault_damages_each_kind_when_the_model_sees_it():
    for kind, runs in SENTENCES.items():
        for language in LANGUAGES:
            damaged = respell_verbatim(runs, language)
            assert not any(run in damaged for run in RUNS[kind]), (kind, language, damaged)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(SENTENCES))
def test_whatever_the_model_does_to_them_they_come_out_as_the_source_writes_them(glossary, kind, language):
    engine = FaultyEngine(["respell_verbatim"])
    written, segment = _published(SENTENCES[kind], glossary, engine, [language])[language]
    for run in RUNS[kind]:
        assert (f"{LRI}{run}{PDI}" if language in ("ar", "fa") else run) in written, written
    assert not [p for p in segment.problems if p.code in ("verbatim-lost", "format-repaired", "name-unplaced")]


@pytest.mark.parametrize(
    "fault", ["space_marker", "punctuate_marker", "backslash_marker", "arabic_indic_digits", "persian_digits"]
)
def test_markers_the_model_respelled_still_bring_the_runs_back(glossary, fault):
    text = SENTENCES["web"] + " " + SENTENCES["handles"]
    for language, (written, segment) in _published(text, glossary, FaultyEngine([fault])).items():
        for run in RUNS["web"] + RUNS["handles"]:
            assert run in written, (language, written)
        assert not [p for p in segment.problems if p.code == "verbatim-lost"]


@pytest.mark.parametrize("kind", sorted(SENTENCES))
def test_a_run_the_model_dropped_is_an_error_that_names_it(glossary, kind):
    for language, (written, segment) in _published(SENTENCES[kind], glossary, FaultyEngine(["drop_marker"])).items():
        first, *others = RUNS[kind]
        assert first not in written and all(run in written for run in others), (language, written)
        lost = [p for p in segment.problems if p.code == "verbatim-lost"]
        assert [(p.severity, first in p.message) for p in lost] == [("error", True)]
        assert segment.flagged


def test_a_run_the_model_repeated_comes_back_once_and_marks_the_segment(glossary):
    written, segment = _published(SENTENCES["mail"], glossary, FaultyEngine(["duplicate_marker"]), ["ru"])["ru"]
    assert written.count("press.office@tccb.gov.tr") == 1
    repaired = [p for p in segment.problems if p.code == "format-repaired"]
    assert len(repaired) == 1 and "address 'press.office@tccb.gov.tr'" in repaired[0].message


def test_a_run_inside_formatting_is_hidden_inside_its_markers_and_keeps_the_formatting(glossary):
    text = "Putin wrote to **press@kremlin.ru** and [see the page](https://kremlin.ru) or `curl https://x.org` now."
    (segment,) = _segments(text, glossary)[:1]
    hidden = hidden_runs(segment.text, segment.spans)
    assert [segment.text[run.start : run.end] for run in hidden] == ["press@kremlin.ru"]  # never inside the code
    assert "<b1><code4/></b1>" in protect(segment.text, segment.spans + hidden)
    engine = FaultyEngine(["respell_verbatim"])
    (translation,) = MachineEngine(engine, glossary).translate([segment], "ru")[:1]
    assert "{#b1}press@kremlin.ru{/b1}" in translation.template.code
    assert "{#code3/}" in translation.template.code and "{#a2}see the page{/a2}" in translation.template.code


def test_a_run_half_inside_formatting_is_left_to_the_model(glossary):
    (segment,) = _segments("Putin wrote to press@**kremlin.ru** today.", glossary)[:1]
    assert hidden_runs(segment.text, segment.spans) == ()


def test_names_are_still_placed_when_the_model_is_asked_again_with_placeholders(glossary):
    """A model that cannot place a name the first time is asked again with names masked: the runs stay hidden."""
    text = "Erdogan cited @RTErdogan and https://tccb.gov.tr/en in a note[^1]."

    def translate(source, language):  # the plain sentence loses its name; the masked one keeps it
        if "[[" not in source:
            return (
                source.replace("Erdogan cited", "Он процитировал")
                .replace(" and ", " и ")
                .replace("in a note", "в записке")
            )
        return source.replace("cited", "процитировал").replace(" and ", " и ").replace("in a note", "в записке")

    engine = FaultyEngine(["respell_verbatim"], translate=translate)
    written, segment = _published(text, glossary, engine, ["ru"])["ru"]
    assert any("[[1]]" in sentence for batch in engine.calls for sentence in batch)
    assert all("@RTErdogan" not in sentence for batch in engine.calls for sentence in batch)
    assert "Эрдоган процитировал @RTErdogan и https://tccb.gov.tr/en в записке[^1]." in written, written
    assert not [p for p in segment.problems if p.severity == "error"]


def test_a_sentence_with_nothing_to_hide_goes_to_the_model_as_before(glossary):
    engine = FaultyEngine()
    MachineEngine(engine, glossary).translate(_segments("Putin met Erdogan at 5.30 in Sochi.", glossary), "ru")
    assert engine.calls[0] == ["Putin met Erdogan at 5.30 in Sochi."]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("See [www.bbc.co.uk/news](https://www.bbc.co.uk/news) today.", "{#a1}www.bbc.co.uk/news{/a1}"),
        ("Write to *press@kremlin.ru* today.", "{#i1}press@kremlin.ru{/i1}"),
        ("Follow **@KremlinRussia_E** and **#Sochi** today.", "{#b1}@KremlinRussia_E{/b1} and {#b2}#Sochi{/b2}"),
    ],
)
def test_formatting_over_nothing_but_a_hidden_run_wraps_it(glossary, markdown, expected):
    for language in LANGUAGES:
        (translation,) = MachineEngine(FaultyEngine(["respell_verbatim"]), glossary).translate(
            _segments(markdown, glossary)[:1], language
        )
        assert expected in translation.template.code, (language, translation.template.code)
        assert not [p for p in translation.problems if p.code.endswith("-lost") or p.code == "format-repaired"]


@pytest.mark.parametrize(
    ("language", "output", "name"),
    [
        ("ar", "قالت سوريا إن السوريين نشروا <code1/> على الإنترنت.", "سوريا"),
        ("fa", "سوریه گفت سوری‌ها <code1/> را منتشر کردند.", "سوریه"),
        ("ru", "Сирия заявила, что сирийцы распространили <code1/>.", "Сирия"),
    ],
)
def test_a_hashtag_in_arabic_letters_is_hidden_and_no_name_is_placed_inside_it(glossary, language, output, name):
    text = "Syria said Syrians shared #سوريا_تنتصر online."
    engine = FaultyEngine(translate=lambda source, _: output if "<code1/>" in source else source)
    written, segment = _published(text, glossary, engine, [language])[language]
    assert "#سوريا_تنتصر" not in engine.calls[0][1]
    assert "#سوريا_تنتصر" in written and written.replace("#سوريا_تنتصر", "").count(name) == 1, written
    assert [p.code for p in segment.problems if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Read [the report[^1]](https://x.org/r) now.", "{#a1}the report[^1]{/a1}"),
        ("Read [[^2] the note](https://x.org/n) now.", "{#a1}[^2] the note{/a1}"),
        ("Read **the site www.x.org** now.", "{#b1}the site www.x.org{/b1}"),
        ("Read *@KremlinRussia_E posts* now.", "{#i1}@KremlinRussia_E posts{/i1}"),
        ("Run [the tool `make`](https://x.org/m) now.", "{#a1}the tool {#code2/}{/a1}"),
        ("Read [the report](https://x.org/r)[^1] now.", "{#a1}the report{/a1}[^1]"),
    ],
)
def test_a_run_at_the_edge_of_formatting_stays_on_its_side_of_the_edge(glossary, markdown, expected):
    for language in LANGUAGES:
        (translation,) = MachineEngine(FaultyEngine(["respell_verbatim"]), glossary).translate(
            _segments(markdown, glossary)[:1], language
        )
        assert expected in translation.template.code, (language, translation.template.code)
        assert not [p for p in translation.problems if p.code.endswith("-lost") or p.code == "format-repaired"]


def test_a_run_holding_a_glossary_name_is_left_to_the_name_placement(glossary):
    from toolkit.document import Mention

    (segment,) = _segments("See the note[^Putin] today.", glossary)[:1]
    start = segment.text.index("Putin")
    assert [segment.text[r.start : r.end] for r in hidden_runs(segment.text, segment.spans)] == ["[^Putin]"]
    named = (Mention("putin", start, start + 5, "Putin", True),)
    assert hidden_runs(segment.text, segment.spans, named) == ()


@pytest.mark.parametrize(
    ("markdown", "block", "expected"),
    [
        ("Erdogan said Putin agreed.[^2]", 1, "agreed.[^2]"),
        ("Erdogan said Putin agreed[^2].", 1, "agreed[^2]."),
        ("Erdogan said Putin agreed[^2]\u201d.", 1, "agreed[^2]"),
        ("Putin agreed.\n\n[^2]: Erdogan said so.", 2, "[^2]: "),
    ],
)
def test_a_dropped_footnote_mark_that_ends_a_sentence_or_labels_a_note_goes_back_where_the_source_has_it(
    glossary, markdown, block, expected
):
    document = parse_markdown(f"# Title\n\n{markdown}\n", "marks")
    engines = [MachineEngine(FaultyEngine(["drop_marker"]), glossary)]
    for edition in translate_document(document, LANGUAGES, glossary, engines):
        written = "".join(piece.text for piece in edition.blocks[block].pieces).translate(INVISIBLE)
        assert expected in written and written.count("[^2]") == 1, (edition.language.code, written)
        if expected.startswith("[^"):
            assert written.startswith("[^2]")
        (segment,) = [s for s in edition.segments if "[^2]" in s.source.text]
        assert [(p.severity, p.code) for p in segment.problems if p.code in ("verbatim-lost", "format-repaired")] == [
            ("warning", "format-repaired")
        ]
        assert segment.flagged


@pytest.mark.parametrize(
    ("markdown", "fault", "expected"),
    [
        ("Erdogan said Putin agreed.[^1][^2]", "drop_standalone", "agreed.[^1][^2]"),
        ("Erdogan said Putin agreed[^1][^2].", "drop_standalone", "agreed[^1][^2]."),
        ("Erdogan said Putin agreed.[^1][^2][^3]", "drop_standalone", "agreed.[^1][^2][^3]"),
        # the model kept the second and dropped the first: it goes back before the second
        ("Erdogan said Putin agreed.[^1][^2]", "drop_marker", "agreed.[^1][^2]"),
    ],
)
def test_footnote_marks_side_by_side_that_end_a_sentence_all_go_back_in_order(glossary, markdown, fault, expected):
    notes = "".join(f"\n\n[^{n}]: A note." for n in range(1, markdown.count("[^") + 1))
    document = parse_markdown(f"# Title\n\n{markdown}{notes}\n", "marks")
    engines = [MachineEngine(FaultyEngine([fault]), glossary)]
    for edition in translate_document(document, LANGUAGES, glossary, engines):
        written = "".join(piece.text for piece in edition.blocks[1].pieces).translate(INVISIBLE)
        assert written.endswith(expected) and written.count("[^1]") == 1, (edition.language.code, written)
        (segment,) = edition.blocks[1].segments
        found = [(p.severity, p.code) for p in segment.problems if p.code in ("verbatim-lost", "format-repaired")]
        assert found and set(found) == {("warning", "format-repaired")}, (edition.language.code, found)


def test_a_dropped_footnote_mark_before_words_is_still_an_error(glossary):
    document = parse_markdown("# Title\n\nErdogan said[^1][^2] that Putin agreed.\n\n[^1]: A.\n\n[^2]: B.\n", "m")
    engines = [MachineEngine(FaultyEngine(["drop_standalone"]), glossary)]
    for edition in translate_document(document, LANGUAGES, glossary, engines):
        (segment,) = edition.blocks[1].segments
        assert [p.code for p in segment.problems if p.code == "verbatim-lost"] == ["verbatim-lost"] * 2


@pytest.mark.parametrize(
    ("markdown", "block", "expected"),
    [
        ("@OCHA_Syria #Idlib", 1, "@OCHA_Syria #Idlib"),  # nothing but runs: the source's space between them
        ("https://example.com/report", 1, "https://example.com/report"),
        ("See www.x.org[^1] and @OCHA.\n\n[^1]: www.y.org", 2, "[^1]: www.y.org"),
        ("See www.x.org[^1] and @OCHA.\n\n[^1]: www.y.org", 1, "www.x.org[^1]"),  # the mark after an address
    ],
)
def test_runs_side_by_side_keep_the_source_s_spacing(glossary, markdown, block, expected):
    document = parse_markdown(f"# Title\n\n{markdown}\n", "runs")
    engines = [MachineEngine(FaultyEngine(["respell_verbatim"]), glossary)]
    for edition in translate_document(document, LANGUAGES, glossary, engines):
        written = "".join(piece.text for piece in edition.blocks[block].pieces).translate(INVISIBLE)
        assert expected in written, (edition.language.code, written)
        assert not [p for s in edition.segments for p in s.problems if p.code in ("verbatim-lost", "format-repaired")]


def test_a_run_beside_a_name_keeps_the_source_s_space_on_either_side(glossary):
    text = "Erdogan cited https://tccb.gov.tr Putin and #Idlib Erdogan again."

    def translate(source, language):  # a model that glues markers to the words and names beside them
        glued = source.replace(" <code1/> ", "<code1/>").replace(" <code2/> ", "<code2/>")
        return glued.replace("cited", "процитировал").replace("and", "и").replace("again", "снова")

    written, _ = _published(text, glossary, FaultyEngine(translate=translate), ["ru"])["ru"]
    assert "процитировал https://tccb.gov.tr Путин и #Idlib Эрдоган снова." in written, written


def test_a_list_of_thousands_of_runs_pasted_as_one_sentence_comes_back_whole(glossary):
    from toolkit.translate.markers import MAX_MARKERS

    text = " ".join(f"#tag{i} www.site{i}.org and" for i in range(700)) + " Putin agreed."
    engine = FaultyEngine()
    written, segment = _published(text, glossary, engine, ["ar"])["ar"]
    assert all(f"#tag{i}{PDI} {LRI}www.site{i}.org" in written for i in range(700))
    assert engine.calls[0][1].count("<code") == MAX_MARKERS  # marker numbers stay readable (three digits)
    assert not [p for p in segment.problems if p.code in ("verbatim-lost", "format-repaired")]


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("text", "after"),
    [("x" + "]" * 20_000, "."), ("said." + "[^1]" * 5_000, "."), ("a", "[^2]" * 5_000 + "."), ("a", ")" * 20_000)],
)
def test_a_dropped_mark_is_put_back_in_linear_time(text, after):
    from toolkit.translate.markers import _footnote_mark_placed

    placed = "".join(_footnote_mark_placed([text], "[^9]", "said", after) or [])
    assert placed.count("[^9]") == 1 and placed.replace("[^9]", "") == text  # put back once, nothing else changed
