"""Text that only looks like a name slot, a formatting tag or a placeholder stays text, wherever it comes from:
an article ("see [1]", "{draft}"), a memory unit an editor typed, a model's output. Only the toolkit's own
markup is read as markup: names and formatting as TMX inline codes, placeholders numbered past any the
sentence's text holds, and a brace of the text written ``{{`` in a template's code."""

from __future__ import annotations

import pytest
from test_placement import check, publish
from tmx_files import write_tmx

from toolkit.slots import Slot, Tag, Template
from toolkit.translate.markers import protect
from toolkit.translate.memory import read_tmx
from toolkit.translate.placement import NamePlacer, placeholder_numbers

# --- a template's code ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["a {erdogan} b", "{#b1}bold{/b1}", "{{already doubled}}", "x {", "{ erdogan }", "{putin:short+gen}", "{/a2}"],
)
def test_text_that_looks_like_a_code_comes_back_from_the_template_code_as_text(text):
    template = Template.joined(["Путин: ", text, Slot("putin", True), "."])
    assert Template.parse(template.code) == template
    assert [part for part in Template.parse(template.code).parts if not isinstance(part, str)] == [Slot("putin", True)]


def test_codes_without_braces_of_the_text_are_written_as_before():
    code = "{#b1}{putin:short}{/b1} встретился с {erdogan:short+ins}."
    assert Template.parse(code).code == code
    assert Template.parse("a {Not a slot} b").code == "a {Not a slot} b"  # no code there, nothing to escape


# --- the memory: a segment's text is text -----------------------------------------------------------------------


def test_a_memory_segment_whose_text_looks_like_a_slot_keeps_it_as_text(tmp_path):
    path = tmp_path / "m.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu tuid="u1">'
        '<tuv xml:lang="en"><seg>Putin\'s template {name} and note [[1]].</seg></tuv>'
        '<tuv xml:lang="ru"><seg><ph x="1" type="x-name">{putin}</ph> прислал шаблон {erdogan} и {#b1} '
        "и пометку [[1]].</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    hit = read_tmx(path).lookup("Putin's template {name} and note [[1]].", "ru")
    assert hit.template.slots == [Slot("putin")] and hit.template.tags == []
    assert hit.template.parts[1] == " прислал шаблон {erdogan} и {#b1} и пометку [[1]]."


def test_text_that_looks_like_a_slot_survives_a_round_trip_through_a_memory_file(tmp_path):
    template = Template.joined([Slot("putin"), " прислал шаблон {erdogan} с пометкой {#b1}."])
    path = tmp_path / "m.tmx"
    path.write_bytes(write_tmx([("u1", "Putin sent the template.", {"ru": template})], path, "test"))
    assert read_tmx(path).lookup("Putin sent the template.", "ru").template == template


# --- machine translation: placeholders never taken from the text, braces kept ------------------------------------


def _mentions(glossary, text):
    from toolkit.glossary.match import Matcher

    return Matcher(glossary).find(text)


@pytest.mark.parametrize(
    ("source", "numbers"),
    [
        ("Putin met Erdogan.", [1, 2]),  # as before: nothing in the text looks like a placeholder
        ("Putin cited [1] to Erdogan.", [2, 3]),
        ("Putin cited {2} to Erdogan.", [3, 4]),  # numbered past it, in one run
        ("Putin cited [1], [2] and ⟦3⟧ to Erdogan.", [4, 5]),
        ("Putin wrote [[1]] to Erdogan.", [2, 3]),
    ],
)
def test_placeholders_are_numbered_past_the_numbers_the_text_writes_like_one(glossary, source, numbers):
    mentions = _mentions(glossary, source)
    assert placeholder_numbers(source, len(mentions)) == numbers
    masked = NamePlacer.mask(source, mentions)
    assert [masked.count(f"[[{n}]]") for n in numbers] == [1] * len(numbers)
    assert protect(source, [], mentions) == masked  # a sentence with formatting is masked alike


def test_a_footnote_mark_in_the_sentence_stays_in_the_translation_and_names_are_placed(glossary):
    source = "Putin cited [1] in talks with Erdogan."
    segment = check(
        glossary,
        "ru",
        source,
        "Пу сослался на [1] в переговорах с Эр.",  # the plain output: the model mangled both names
        "{putin:short} сослался на [1] в переговорах с {erdogan:short+ins}.",
        retry="[[2]] сослался на [1] в переговорах с [[3]]ом.",
    )
    assert not [p for p in segment.problems if p.code.startswith("placeholder")]


def test_a_placeholder_like_mark_the_model_copies_twice_is_still_text_not_an_invented_placeholder(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        "Putin wrote [[1]] to Erdogan.",
        "Пу написал [[1]] Эр.",
        retry="[[2]] написал [[1]] [[3]]у, [[1]].",
    )
    text = "".join(piece.text for piece in segment.as_stored)
    assert text.count("[[1]]") == 2 and not [p for p in segment.problems if p.code == "placeholder-unknown"]


def test_braces_a_model_writes_stay_braces(glossary):
    check(
        glossary,
        "ru",
        "Putin wrote {draft} to Erdogan.",
        "Путин написал {черновик} Эрдогану.",
        "{putin:short} написал {{черновик} {erdogan:short+dat}.",
    )


def test_a_formatted_sentence_keeps_braces_and_marks_too(glossary):
    from toolkit.formatting import BOLD, Format, Span

    source = "Putin cited {1} to Erdogan."
    mentions = _mentions(glossary, source)
    assert protect(source, [Span(0, 5, Format(BOLD))], mentions) == "<b1>[[2]]</b1> cited {1} to [[3]]."
    assert Tag(1, "b", "open").code == "{#b1}"


def test_a_model_output_that_writes_a_slot_like_word_keeps_it_as_text(glossary):
    """Before, such braces became parentheses, so the template's code could not read them as a slot."""
    segment, _ = publish(glossary, "ru", "Putin wrote {erdogan} to Erdogan.", "Путин написал {erdogan} Эрдогану.")
    assert "".join(piece.text for piece in segment.as_stored).startswith("Путин написал {erdogan} ")
    assert [piece.entry_id for piece in segment.as_stored if piece.entry_id] == ["putin", "erdogan"]
