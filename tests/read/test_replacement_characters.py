"""A U+FFFD replacement character in an article means its bytes were decoded wrongly before the toolkit read them
(a letter lost in a copy or a conversion): a warning naming file, line and column, never an error, and the
character is kept (some copy really holds it)."""

import pytest

from toolkit.read import read_document

BAD = "\ufffd"


@pytest.mark.parametrize(
    ("suffix", "text", "where"),
    [
        ("txt", f"Talks resumed\n\nThe minister visited the caf{BAD} in Ankara.\n", ":3:29:"),
        ("md", f"# Talks resumed\n\nThe minister visited the caf{BAD} in Ankara.\n", ":3:29:"),
        (
            "html",
            f"<html><body><h1>Talks resumed</h1>\n<p>The minister visited\nthe caf{BAD} in Ankara.</p></body></html>\n",
            ":3:8:",
        ),
    ],
    ids=["text", "markdown", "html"],
)
def test_a_replacement_character_is_a_warning_naming_file_line_and_column(tmp_path, suffix, text, where):
    path = tmp_path / f"story.{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    (notice,) = document.notices
    assert notice.startswith(f"{path}{where} 1 replacement character (U+FFFD")
    assert "decoded wrongly" in notice and "compare with the original" in notice
    assert any(BAD in segment.text for segment in document.segments)  # kept, not removed
    noted = [segment for segment in document.segments if segment.notes]
    assert [segment.text for segment in noted] == [next(s.text for s in document.segments if BAD in s.text)]


def test_several_on_a_line_are_counted_once_per_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"Title\n\n{BAD}{BAD} said the envoy.\nNothing wrong here.\nA {BAD}quote{BAD}.\n", encoding="utf-8")
    notices = read_document(path).notices
    assert [n.split(" replacement")[0] for n in notices] == [f"{path}:3:1: 2", f"{path}:5:3: 2"]


def test_a_markdown_entity_decoding_to_it_is_not_said_twice(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(f"# Title\n\nThe caf{BAD} and *the bar{BAD}* closed.\n", encoding="utf-8")
    (notice,) = read_document(path).notices
    assert notice.startswith(f"{path}:3:8: 2 replacement characters")


def test_a_docx_paragraph_names_its_paragraph(tmp_path):
    from docx import Document as Docx

    path = tmp_path / "story.docx"
    made = Docx()
    made.add_heading("Talks resumed", level=1)
    made.add_paragraph(f"The minister visited the caf{BAD} in Ankara.")
    made.save(str(path))
    (notice,) = read_document(path).notices
    assert notice.startswith(f"{path}: paragraph 2: 1 replacement character (U+FFFD")


def test_an_article_without_one_has_no_notice(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Title\n\nThe café closed \u2014 for good.\n", encoding="utf-8")
    assert read_document(path).notices == []
