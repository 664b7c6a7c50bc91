import pytest

from toolkit.document import BlockKind
from toolkit.errors import UserError
from toolkit.read import read_document


def test_plain_text_keeps_title_subheadings_and_paragraphs(seed_document):
    kinds = [block.kind for block in seed_document.blocks]
    assert kinds[0] is BlockKind.TITLE
    assert kinds.count(BlockKind.HEADING) == 2
    assert kinds.count(BlockKind.PARAGRAPH) == 6
    assert seed_document.title == "Iran and Russia Host Frantic Diplomatic Talks on Syria and Middle East"
    assert seed_document.name == "article"


def test_markdown_headings_and_inline_markup(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "# Putin in *Ankara*\n\nPutin met **Erdogan**. They talked.\n\n## Next steps\n\nMore talks.\n", encoding="utf-8"
    )
    document = read_document(path)
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.TITLE, "Putin in Ankara"),
        (BlockKind.PARAGRAPH, "Putin met Erdogan. They talked."),
        (BlockKind.HEADING, "Next steps"),
        (BlockKind.PARAGRAPH, "More talks."),
    ]
    assert [s.id for s in document.segments] == ["1.1", "2.1", "2.2", "3.1", "4.1"]


def test_docx_styles_mark_title_and_headings(tmp_path):
    import docx

    source = docx.Document()
    source.add_heading("Talks in Tehran", level=0)
    source.add_paragraph("Putin met Erdogan. They talked.")
    source.add_heading("Aftermath", level=1)
    source.add_paragraph("Nothing changed.")
    path = tmp_path / "story.docx"
    source.save(path)
    document = read_document(path)
    assert [b.kind for b in document.blocks] == [
        BlockKind.TITLE,
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]
    assert document.blocks[1].segments[1].text == "They talked."


def test_wrong_encoding_names_file_line_and_fix(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Title\n\nErdo\xf0an met Putin.\n".encode("latin-1"))
    with pytest.raises(UserError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3:5: not valid UTF-8 (byte 0xf0 at offset 11)")
    assert "save the file as UTF-8" in message


def test_unsupported_type_and_missing_file_are_user_errors(tmp_path):
    with pytest.raises(UserError, match=r"unsupported file type '\.pdf'"):
        read_document(tmp_path / "story.pdf")
    with pytest.raises(UserError, match="file not found"):
        read_document(tmp_path / "missing.txt")


def test_empty_article_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UserError, match="the article is empty"):
        read_document(path)


def test_broken_docx_is_a_user_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(
        UserError, match=r"not a DOCX file \(not a zip archive; cut short, or another format renamed .docx\)"
    ):
        read_document(path)


@pytest.mark.parametrize(
    "text",
    [
        "A Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n",  # Unix
        "A Title\r\n\r\nFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n",  # Windows
        "A Title\r\rFirst paragraph here.\r\rSecond paragraph here.\r",  # classic Mac, some exports
        "A Title\n   \nFirst paragraph here.\n\t \nSecond paragraph here.\n",  # blank lines holding spaces or tabs
        "A Title\u2029First paragraph here.\u2029Second paragraph here.",  # Unicode paragraph separators
        "A Title\r\n\nFirst paragraph here.\r\u00a0\rSecond paragraph here.",  # all mixed in one file
    ],
)
def test_plain_text_paragraphs_are_found_whatever_the_line_ends(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8", newline="")
    document = read_document(path)
    assert [(block.kind, [segment.text for segment in block.segments]) for block in document.blocks] == [
        (BlockKind.TITLE, ["A Title"]),
        (BlockKind.PARAGRAPH, ["First paragraph here."]),
        (BlockKind.PARAGRAPH, ["Second paragraph here."]),
    ]


def test_plain_text_blocks_start_on_the_line_an_editor_shows(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A Title\r\r  \rFirst line of a paragraph\u2028and its second line.\r\rLast one.", newline="")
    document = read_document(path)
    assert [block.line for block in document.blocks] == [1, 4, 7]
    assert document.blocks[1].segments[0].text == "First line of a paragraph and its second line."


def test_a_paragraph_separator_ends_its_line_so_later_blocks_keep_the_lines_an_editor_shows(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A Title\n\nFirst paragraph.\u2029Second paragraph.\n\nThird paragraph.\n", encoding="utf-8")
    document = read_document(path)
    assert [(block.line, block.segments[0].text) for block in document.blocks] == [
        (1, "A Title"),
        (3, "First paragraph."),
        (4, "Second paragraph."),
        (6, "Third paragraph."),
    ]
