"""Render: each name slot becomes the glossary's rendering in the form it asks for, or a visible marker and an error."""

import pytest

from toolkit.document import Piece, RenderedName
from toolkit.render import render, render_slot
from toolkit.slots import Slot, Template


@pytest.mark.parametrize(
    "language, slot, text",
    [
        ("ru", "{putin:short+ins}", "Путиным"),
        ("ru", "{putin}", "Владимир Путин"),
        ("ru", "{tehran:prep}", "Тегеране"),
        ("tr", "{tehran:loc}", "Tahran'da"),
        ("tr", "{putin:short+gen}", "Putin'in"),
        ("ar", "{tehran:wa+bi}", "وبطهران"),
        ("ar", "{putin:short}", "بوتين"),
        ("fa", "{tehran:ez}", "تهران"),  # after a consonant the ezafe is not written
    ],
)
def test_a_slot_renders_in_the_form_it_asks_for(glossary, language, slot, text):
    (parsed,) = Template.parse(slot).slots
    piece, problem = render_slot(parsed, glossary, language)
    assert problem is None
    assert piece == Piece(text, parsed.entry_id)


@pytest.mark.parametrize(
    "slot, code, says",
    [
        (Slot("nobody"), "unknown-entry", "names no glossary entry"),
        (Slot("tehran", tokens=("gen", "dat")), "bad-form", "a Russian name takes one case"),
        (Slot("tehran", tokens=("loc",)), "bad-form", "'loc' is not a ru form"),
        (Slot("tehran", short=True), "no-short-form", "tehran has no 'ru.short'"),
    ],
)
def test_a_slot_that_cannot_be_rendered_shows_a_marker_and_says_why(glossary, slot, code, says):
    piece, problem = render_slot(slot, glossary, "ru")
    assert piece.text == f"[?{slot.code}?]" and piece.entry_id == slot.entry_id  # visible in every edition
    assert problem is not None and (problem.severity, problem.code) == ("error", code)
    assert says in problem.message


def test_an_entry_without_the_language_has_no_rendering(glossary):
    from dataclasses import replace

    from toolkit.glossary.model import Glossary

    entry = glossary["tehran"]
    without_turkish = Glossary(
        {"tehran": replace(entry, renderings={k: v for k, v in entry.renderings.items() if k != "tr"})}
    )
    piece, problem = render_slot(Slot("tehran"), without_turkish, "tr")
    assert piece.text == "[?{tehran}?]" and problem is not None and problem.code == "no-rendering"


def test_a_template_renders_text_and_names_in_order(glossary):
    pieces, names, problems = render(Template.parse("встреча {putin:short+gen} в {tehran:prep}."), glossary, "ru")
    assert pieces == [
        Piece("встреча "),
        Piece("Путина", "putin"),
        Piece(" в "),
        Piece("Тегеране", "tehran"),
        Piece("."),
    ]
    assert names == [
        RenderedName("putin", "{putin:short+gen}", "Путина"),
        RenderedName("tehran", "{tehran:prep}", "Тегеране"),
    ]
    assert problems == []


def test_every_problem_of_a_template_is_reported_and_its_text_kept(glossary):
    pieces, names, problems = render(Template.parse("{nobody} и {putin:short}"), glossary, "ru")
    assert "".join(piece.text for piece in pieces) == "[?{nobody}?] и Путин"
    assert [name.entry_id for name in names] == ["nobody", "putin"]
    assert [problem.code for problem in problems] == ["unknown-entry"]
