"""A character written as a numeric or named reference (&#xFFFD;, &#65533;, &#xE000;, &#x202E;, &zwnj;) in an
HTML or Markdown article is reported as the same character written literally is: a replacement character (or a
reference to no character, a surrogate or zero, which the readers decode to one) is kept with a warning, a
private-use or invisible character is removed with a notice, each at the reference's own line and column. In a
TMX, XLIFF or DOCX file the XML parser has read the reference as the character before the toolkit sees it: the
same as a literal one by construction, and a surrogate reference is no XML at all."""

import pytest

from toolkit.read import read_document

BAD = "\ufffd"
ICON = "\ue000"


def notices(tmp_path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [notice.removeprefix(str(path)) for notice in read_document(path).notices]


def html(*paragraphs: str) -> str:
    return "<html><body><h1>Talks resumed</h1>\n" + "".join(f"<p>{p}</p>\n" for p in paragraphs) + "</body></html>\n"


def markdown(*paragraphs: str) -> str:
    return "# Talks resumed\n\n" + "".join(f"{p}\n\n" for p in paragraphs)


REPLACEMENT_REFERENCES = ["&#xFFFD;", "&#XfffD;", "&#65533;", "&#xD800;", "&#xDFFF;"]


@pytest.mark.parametrize("reference", REPLACEMENT_REFERENCES)
@pytest.mark.parametrize(("name", "write", "place"), [("story.html", html, "2:28"), ("story.md", markdown, "3:25")])
def test_a_reference_to_the_replacement_character_warns_at_its_place_as_the_character_does(
    tmp_path, reference, name, write, place
):
    written = notices(tmp_path, name, write(f"The minister visited caf{reference} in Ankara."))
    literal = notices(tmp_path, "literal-" + name, write(f"The minister visited caf{BAD} in Ankara."))
    assert written == [f":{place}: " + literal[0].split(": ", 1)[1]]
    assert "1 replacement character (U+FFFD" in written[0]


@pytest.mark.parametrize("reference", ["&#xE000;", "&#57344;", "&#xF8FF;", "&#xF0000;"])
@pytest.mark.parametrize(("name", "write", "place"), [("story.html", html, "2:12"), ("story.md", markdown, "3:9")])
def test_a_reference_to_a_private_use_character_is_removed_at_its_place(tmp_path, reference, name, write, place):
    path = tmp_path / name
    path.write_text(write(f"An icon {reference} marks the quote."), encoding="utf-8")
    document = read_document(path)
    (notice,) = document.notices
    assert notice.startswith(f"{path}:{place}: removed 1 private-use character from the source (U+")
    assert not any(reference in s.text or "\ue000" in s.text or "\uf8ff" in s.text for s in document.segments)
    assert any("An icon  marks the quote." in s.text or "An icon marks the quote." in s.text for s in document.segments)


@pytest.mark.parametrize(("name", "write", "place"), [("story.html", html, ":2:8:"), ("story.md", markdown, ":3:5:")])
def test_invisible_and_bidi_references_are_reported_as_the_characters_are(tmp_path, name, write, place):
    written = notices(tmp_path, name, write("Erdo&#x202E;gan and Pu&zwnj;tin met."))
    assert len(written) == 1
    assert written[0].startswith(place) and "removed 2 invisible characters and bidi controls" in written[0]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in written[0] and "U+200C ZERO WIDTH NON-JOINER" in written[0]


def test_html_references_after_others_on_the_line_keep_their_own_columns(tmp_path):
    text = "<html><body><h1>T</h1>\n<p>Tom &amp; Jerry &#8212; caf&#xFFFD; and &#xE000;<b>x&#xE000;</b></p>\n</body></html>\n"
    written = notices(tmp_path, "story.html", text)
    assert written[0].startswith(":2:31: 1 replacement character")
    assert written[1].startswith(":2:44: removed 2 private-use characters")  # the line's two, counted once


def test_a_literal_character_in_html_after_a_reference_is_at_its_own_column(tmp_path):
    written = notices(tmp_path, "story.html", f"<html><body><h1>T</h1>\n<p>&#8220;Hi&#8221; {ICON} said</p>\n")
    assert written == [":2:21: removed 1 private-use character from the source (U+E000 PRIVATE USE)"]


def test_markdown_references_in_later_lines_of_a_paragraph_are_on_their_lines(tmp_path):
    text = markdown("The talks *began* on Monday\nand caf&#65533; ended &#xE000; late\non Friday &#xE000;.")
    written = notices(tmp_path, "story.md", text)
    assert [notice.split(" ", 1)[0] for notice in written] == [":4:8:", ":4:23:", ":5:11:"]
    assert "replacement character" in written[0] and "private-use" in written[1]


def test_markdown_literal_and_referenced_characters_on_one_line_are_counted_together(tmp_path):
    written = notices(tmp_path, "story.md", markdown(f"The caf{BAD} and *the bar&#xFFFD;* closed."))
    assert written == [":3:8: 2 replacement characters" + written[0].split("2 replacement characters", 1)[1]]


def test_a_reference_in_markdown_code_is_code_and_not_reported(tmp_path):
    written = notices(tmp_path, "story.md", markdown("Type `&#xE000;` to get the icon.", "    &#xFFFD; in a block"))
    assert written == []


def test_a_docx_with_references_reports_them_as_the_characters(tmp_path):
    import zipfile

    from docx import Document as Docx

    path = tmp_path / "story.docx"
    made = Docx()
    made.add_heading("Talks resumed", level=1)
    made.add_paragraph("The minister visited caf@@BAD@@ in Ankara @@ICON@@.")
    made.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = (
        parts["word/document.xml"].replace(b"@@BAD@@", b"&#65533;").replace(b"@@ICON@@", b"&#xE000;")
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    written = read_document(path).notices
    assert any(": paragraph 2: 1 replacement character (U+FFFD" in notice for notice in written)
    assert any("removed 1 private-use character" in notice and "U+E000" in notice for notice in written)


# a hang guard only (speed is measured in bench/bench_hostile.py, never in a timed test): each piece of a paragraph
# searched the paragraph's references from where the last one was found to its end, read in linear time this is
# a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(("name", "write"), [("story.html", html), ("story.md", markdown)])
def test_a_paragraph_of_thousands_of_references_is_reported_once_per_line(tmp_path, name, write):
    text = "The caf&#xFFFD; closed *today*. " * 2_000 + "\n" + "Talks ended &#xE000;today. " * 2_000
    written = notices(tmp_path, name, write(text))
    assert len(written) == 2
    assert "2000 replacement characters" in written[0] and "removed 2000 private-use characters" in written[1]


@pytest.mark.parametrize(
    ("before", "decoded"),
    [
        ("Type `&#xE000;` for it,", "code span"),
        ("Type ``a `&#xE000;` b`` for it,", "code span of two backticks"),
        ("Write \\&#xE000; as text,", "escaped ampersand"),
        ("A \\`tick then `&#xE000;` code,", "escaped backtick, then code"),
        ("Without its semicolon &#xE000 is text,", "no semicolon"),
    ],
)
def test_a_markdown_reference_the_parser_kept_as_text_does_not_take_the_place_of_a_later_one(tmp_path, before, decoded):
    # the text before the reference holds the same reference written where CommonMark never decodes it: the
    # notice is at the one that was decoded
    line = f"{before} then the icon &#xE000; here."
    written = notices(tmp_path, "story.md", markdown(line))
    assert written == [
        f":3:{line.rindex('&#xE000;') + 1}: removed 1 private-use character from the source (U+E000 PRIVATE USE)"
    ], decoded


def test_an_unclosed_backtick_leaves_the_references_after_it_reported(tmp_path):
    line = "A lone ` backtick, then the icon &#xE000; here."
    written = notices(tmp_path, "story.md", markdown(line))
    assert written == [
        f":3:{line.index('&#xE000;') + 1}: removed 1 private-use character from the source (U+E000 PRIVATE USE)"
    ]


@pytest.mark.parametrize(
    "before",
    [
        "AT&T and &amp without its semicolon,",
        "Fish &chips; &copy 2024 &notin it,",
        "Tom &amp; Jerry &nbsp; &#8212 then,",
    ],
)
def test_html_text_with_ampersands_the_parser_reads_its_own_way_keeps_the_references_column(tmp_path, before):
    # HTML decodes a named reference without its ';' (&amp, &copy) and leaves an unknown one (&T, &chips;) as
    # written: the reference after them is still reported at its own column, not at the start of the text
    line = f"<p>{before} the icon &#xE000; here</p>"
    written = notices(tmp_path, "story.html", f"<html><body><h1>T</h1>\n{line}\n</body></html>\n")
    column = line.index("&#xE000;") + 1
    assert written == [f":2:{column}: removed 1 private-use character from the source (U+E000 PRIVATE USE)"]
