"""DOCX articles: formatting, lists, tables, headings and quotes read from the XML; the rest reported."""

import zipfile
from datetime import date

import pytest
from docx_articles import formatted_article

from toolkit.document import BlockKind, ListItem, Quote, TableCell
from toolkit.errors import UserError
from toolkit.formatting import BOLD, CODE, ITALIC, LINK, UNDERLINE, Format, Span
from toolkit.read import read_document


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    return read_document(formatted_article(tmp_path_factory.mktemp("docx") / "briefing.docx"))


def test_runs_and_hyperlinks_become_formatting_spans(article):
    first, second, third = article.blocks[1].segments
    assert first.spans == (Span(0, 14, Format(BOLD)), Span(19, 39, Format(ITALIC)))
    assert second.text == "They signed the Sochi agreement."
    assert second.spans == (Span(16, 31, Format(LINK, "https://example.com/sochi-deal")),)  # a link's own underline
    assert third.spans == (Span(15, 19, Format(UNDERLINE)),)


def test_title_heading_levels_quote_and_code_block(article):
    kinds = [(b.kind, b.level) for b in article.blocks]
    assert kinds[0] == (BlockKind.TITLE, 1) and kinds[2:4] == [(BlockKind.HEADING, 2), (BlockKind.HEADING, 3)]
    quote = next(b for b in article.blocks if b.containers and isinstance(b.containers[0], Quote))
    assert quote.text == "A quote from Erdogan about Idlib."
    code = next(b for b in article.blocks if b.kind is BlockKind.CODE)
    assert code.verbatim == "toolkit translate story.docx\n"


def test_list_numbering_gives_nested_ordered_and_unordered_items(article):
    items = [
        (b.text, list_items)
        for b in article.blocks
        if (list_items := tuple(c for c in b.containers if isinstance(c, ListItem)))
    ]
    outer_second = ListItem(1, False, 2, 1, "-")
    assert items == [
        ("Turkey backs the opposition.", (ListItem(1, False, 1, 1, "-"),)),
        ("Russia backs Bashar al-Assad.", (outer_second,)),
        ("Moscow sends advisers.", (outer_second, ListItem(2, True, 1, 1, "."))),
        ("Moscow sends aircraft.", (outer_second, ListItem(2, True, 2, 1, "."))),
    ]


def test_tables_are_read_cell_by_cell(article):
    cells = [(b.cell, b.text) for b in article.blocks if b.cell]
    assert cells == [
        (TableCell(1, 0, 0), "Name"),
        (TableCell(1, 0, 1), "Role"),
        (TableCell(1, 1, 0), "Putin"),
        (TableCell(1, 1, 1), "President of Russia"),
    ]
    assert [b for b in article.blocks if b.cell][2].segments[0].spans == (Span(0, 5, Format(BOLD)),)


def test_monospace_runs_are_inline_code_and_unsafe_links_are_removed(article):
    closing = next(b for b in article.blocks if b.text.startswith("Read the"))
    assert closing.segments[0].spans == (Span(32, 51, Format(CODE, "pip install toolkit")),)
    assert any(f.code == "unsafe-link" and "javascript:" in f.message for f in article.findings)


def test_what_is_not_carried_is_reported_by_paragraph(article):
    messages = [f.message for f in article.findings if f.code == "source-not-carried"]
    assert any("image" in m for m in messages) and any("footnote" in m for m in messages)
    assert any("comments" in m for m in messages)
    assert any(
        "tracked changes were read as if accepted (1 insertions kept, 1 deletions left out)" in m for m in messages
    )
    tracked = next(b for b in article.blocks if b.text.startswith("Ankara"))
    assert tracked.text == "Ankara strongly protested."


def test_a_format_word_split_over_several_runs_is_one_span(tmp_path):
    """Word splits runs wherever an edit or a spelling mark falls: a bold name in two runs is one bold name."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    for text in ("Ali ", "Sham", "khani"):
        run = paragraph.add_run(text)
        run.bold = run.italic = True
    paragraph.add_run(" met ")
    paragraph.add_run("Fidan").bold = True
    paragraph.add_run(" and ")
    paragraph.add_run("Putin").bold = True
    document.save(tmp_path / "split.docx")
    segment = read_document(tmp_path / "split.docx").blocks[0].segments[0]
    assert segment.text == "Ali Shamkhani met Fidan and Putin"
    assert segment.spans == (
        Span(0, 13, Format(BOLD)),
        Span(0, 13, Format(ITALIC)),
        Span(18, 23, Format(BOLD)),  # bold again after plain text: a span of its own
        Span(28, 33, Format(BOLD)),
    )


def test_superscript_and_subscript_are_reported_once_per_paragraph(tmp_path):
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Emissions of CO")
    paragraph.add_run("2").font.subscript = True
    paragraph.add_run(" and N")
    paragraph.add_run("2").font.subscript = True
    paragraph.add_run("O rose in the 21")
    paragraph.add_run("st").font.superscript = True
    paragraph.add_run(" century.")
    document.add_paragraph("Nothing raised here.")
    document.save(tmp_path / "raised.docx")
    article = read_document(tmp_path / "raised.docx")
    assert article.blocks[0].text == "Emissions of CO2 and N2O rose in the 21st century."
    assert [f.message for f in article.findings] == [
        "paragraph 1: subscript text is not carried: its characters stay on the line (CO2, m2, 1st); check them",
        "paragraph 1: superscript text is not carried: its characters stay on the line (CO2, m2, 1st); check them",
    ]
    assert {f.code for f in article.findings} == {"source-not-carried"}


def test_a_file_a_program_built_with_python_docx_is_undated_not_dated_2013(tmp_path):
    """python-docx's template was created on 23 December 2013: a CMS export built with it and never dated
    carries that date, which is not the article's (the edition takes --date, else today)."""
    import docx

    document = docx.Document()
    document.add_heading("Talks resume in Geneva", level=0)
    document.add_paragraph("Delegations met on Tuesday.")
    document.save(tmp_path / "export.docx")
    assert read_document(tmp_path / "export.docx").date is None

    document.core_properties.created = __import__("datetime").datetime(2024, 5, 2, 8, 30)
    document.save(tmp_path / "dated.docx")
    assert read_document(tmp_path / "dated.docx").date == date(2024, 5, 2)


def test_the_date_is_a_custom_date_property_else_the_created_date(tmp_path):
    path = formatted_article(tmp_path / "a.docx", extras=False)
    assert read_document(path).date == date(2024, 3, 12)
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.'
        'org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Date">'
        "<vt:lpwstr>2024-04-01</vt:lpwstr></property></Properties>"
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["docProps/custom.xml"] = custom.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.custom-properties+xml"/></Types>',
    )
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert read_document(path).date == date(2024, 4, 1)


def _nested_tables(path, texts: list[str]):
    """A DOCX whose first table holds a table in its cell, that one another...: ``texts[i]`` at depth ``i + 1``."""
    import docx

    document = docx.Document()
    document.add_paragraph("Tables inside tables.")
    table = document.add_table(1, 1)
    for depth, text in enumerate(texts):
        cell = table.cell(0, 0)
        cell.paragraphs[0].text = text
        if depth + 1 < len(texts):
            table = cell.add_table(1, 1)
    document.add_paragraph("After the table.")
    document.save(path)
    return path


@pytest.mark.parametrize("depth", [2, 3, 4, 6])
def test_a_table_inside_a_table_is_read_once_as_paragraphs_of_the_outer_cell(tmp_path, depth):
    texts = [f"Level {level}: Erdogan met Putin in Sochi." for level in range(1, depth + 1)]
    article = read_document(_nested_tables(tmp_path / "nested.docx", texts))
    assert [b.text for b in article.blocks] == ["Tables inside tables.", *texts, "After the table."]
    assert all(b.cell == TableCell(1, 0, 0) for b in article.blocks[1:-1])
    assert sum("a table inside a table cell" in f.message for f in article.findings) == depth - 1


def test_a_nested_table_with_several_rows_and_cells_reads_each_of_its_own_cells_once(tmp_path):
    import docx

    document = docx.Document()
    outer = document.add_table(1, 2)
    outer.cell(0, 1).paragraphs[0].text = "Moscow"
    inner = outer.cell(0, 0).add_table(2, 2)
    for (row, column), text in {
        (0, 0): "Name",
        (0, 1): "Role",
        (1, 0): "Bashar al-Assad",
        (1, 1): "President of Syria",
    }.items():
        inner.cell(row, column).paragraphs[0].text = text
    innermost = inner.cell(1, 1).add_table(1, 2)
    innermost.cell(0, 0).paragraphs[0].text = "since 2000"
    innermost.cell(0, 1).paragraphs[0].text = "in Damascus"
    document.save(tmp_path / "grid.docx")
    article = read_document(tmp_path / "grid.docx")
    texts = [(b.cell, b.text) for b in article.blocks if b.text]
    assert texts == [
        (TableCell(1, 0, 0), "Name"),
        (TableCell(1, 0, 0), "Role"),
        (TableCell(1, 0, 0), "Bashar al-Assad"),
        (TableCell(1, 0, 0), "President of Syria"),
        (TableCell(1, 0, 0), "since 2000"),
        (TableCell(1, 0, 0), "in Damascus"),
        (TableCell(1, 0, 1), "Moscow"),
    ]


def _wrap_in_content_control(element):
    """Put ``element`` (a row or a cell) inside a w:sdt, as Word does for a repeating-section content control."""
    from docx.oxml import OxmlElement

    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    element.addprevious(sdt)
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    content.append(element)


def test_rows_and_cells_inside_content_controls_are_read_in_outer_and_nested_tables(tmp_path):
    import docx

    document = docx.Document()
    outer = document.add_table(2, 2)
    texts = {(0, 0): "Ankara", (0, 1): "Tehran", (1, 0): "Kyiv", (1, 1): "Damascus"}
    for (row, column), text in texts.items():
        outer.cell(row, column).paragraphs[0].text = text
    inner = outer.cell(0, 0).add_table(1, 2)
    inner.cell(0, 0).paragraphs[0].text = "Recep Tayyip Erdogan"
    inner.cell(0, 1).paragraphs[0].text = "Masoud Pezeshkian"
    _wrap_in_content_control(outer.rows[1]._tr)
    _wrap_in_content_control(outer.cell(0, 1)._tc)
    _wrap_in_content_control(inner.cell(0, 1)._tc)
    document.save(tmp_path / "controls.docx")
    article = read_document(tmp_path / "controls.docx")
    texts_read = [(b.cell, b.text) for b in article.blocks if b.text]
    assert texts_read == [
        (TableCell(1, 0, 0), "Ankara"),
        (TableCell(1, 0, 0), "Recep Tayyip Erdogan"),
        (TableCell(1, 0, 0), "Masoud Pezeshkian"),
        (TableCell(1, 0, 1), "Tehran"),
        (TableCell(1, 1, 0), "Kyiv"),
        (TableCell(1, 1, 1), "Damascus"),
    ]


def test_tables_nested_deeper_than_the_limit_refuse_the_article_naming_the_paragraph(tmp_path):
    from toolkit.errors import UserError
    from toolkit.read.wordml import MAX_TABLE_NESTING

    texts = [f"Level {level}" for level in range(1, 21)]
    with pytest.raises(UserError) as raised:
        read_document(_nested_tables(tmp_path / "deep.docx", texts))
    error = raised.value
    assert f"more than {MAX_TABLE_NESTING} deep" in error.message
    assert f"paragraph {MAX_TABLE_NESTING + 2}" in error.message  # the first of the table too deep (after 1 + limit)
    assert error.path == tmp_path / "deep.docx" and error.fix
    read_document(_nested_tables(tmp_path / "limit.docx", texts[:MAX_TABLE_NESTING]))  # at the limit: read


@pytest.mark.parametrize(
    "styles, levels",
    [
        (["Title", "Heading 1", "Heading 2", "Heading 1"], [2, 3, 2]),  # Word's sections under a Title
        (["Heading 1", "Heading 1", "Heading 2"], [2, 3]),  # the first Heading 1 is the title; the next a section
        (["Title", "Heading 2", "Heading 3"], [2, 3]),  # already below the title: as written
    ],
)
def test_the_title_is_the_one_level_1_heading_and_sections_keep_their_order_below_it(tmp_path, styles, levels):
    import docx

    document = docx.Document()
    for number, style in enumerate(styles, 1):
        document.add_paragraph(f"Heading number {number}", style=style)
        document.add_paragraph("Text.")
    document.save(tmp_path / "sections.docx")
    blocks = read_document(tmp_path / "sections.docx").blocks
    assert blocks[0].kind is BlockKind.TITLE and [b.kind for b in blocks].count(BlockKind.TITLE) == 1
    assert [b.level for b in blocks if b.kind is BlockKind.HEADING] == levels


# --- hidden text: Word hides a run by its own w:vanish, its character style's or its paragraph style's ------------


def _hidden_styles(document):
    """A character style and a paragraph style that hide their text, as Word writes them (Format > Font > Hidden),
    and a character style based on the hiding one that shows its text again."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="EditorNote"><w:name w:val="Editor note"/>'
            '<w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="ShownNote"><w:name w:val="Shown note"/>'
            '<w:basedOn w:val="EditorNote"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="InternalMemo"><w:name w:val="Internal memo"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="Sub"><w:name w:val="Sub"/>'
            '<w:basedOn w:val="EditorNote"/></w:style>'
        )
    )


def _styled_run(paragraph, text, style_id=None, vanish=None):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    properties = (f'<w:rStyle w:val="{style_id}"/>' if style_id else "") + (
        f'<w:vanish w:val="{vanish}"/>' if vanish is not None else ""
    )
    paragraph._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')
    )


def test_text_a_character_style_hides_is_left_out_and_reported_like_direct_hidden_text(tmp_path):
    import docx

    document = docx.Document()
    _hidden_styles(document)
    paragraph = document.add_paragraph("Putin met Erdogan.")
    _styled_run(paragraph, " CHECK THIS QUOTE WITH LEGAL", "EditorNote")
    _styled_run(paragraph, " and ask the desk", "Sub")  # a style based on the hiding one hides too
    second = document.add_paragraph("They spoke.")
    _styled_run(second, " Off the record.", vanish="1")
    document.save(tmp_path / "notes.docx")
    article = read_document(tmp_path / "notes.docx")
    assert [b.text for b in article.blocks] == ["Putin met Erdogan.", "They spoke."]
    assert [f.message for f in article.findings] == ["paragraph 1: hidden text is not carried"]


def test_text_shown_again_over_a_hiding_style_is_read(tmp_path):
    import docx

    document = docx.Document()
    _hidden_styles(document)
    paragraph = document.add_paragraph("Putin met Erdogan")
    _styled_run(paragraph, " in Sochi.", "EditorNote", vanish="0")  # the run's own setting wins over its style
    _styled_run(paragraph, " Both smiled.", "ShownNote")  # the nearest style in the chain wins
    document.save(tmp_path / "shown.docx")
    article = read_document(tmp_path / "shown.docx")
    assert [b.text for b in article.blocks] == ["Putin met Erdogan in Sochi. Both smiled."]
    assert not article.findings


def test_a_paragraph_whose_style_hides_it_is_left_out_and_reported(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    _hidden_styles(document)
    document.add_paragraph("Putin met Erdogan.")
    document.add_paragraph("Internal: the source asked not to be named.", style="Internal memo")
    memo = document.add_paragraph("Visible part of a memo paragraph.", style="Internal memo")
    memo.runs[0]._r.get_or_add_rPr().append(parse_xml(f'<w:vanish {nsdecls("w")} w:val="false"/>'))  # shown again
    document.add_paragraph("They spoke.")
    document.save(tmp_path / "memo.docx")
    article = read_document(tmp_path / "memo.docx")
    assert [b.text for b in article.blocks] == [
        "Putin met Erdogan.",
        "Visible part of a memo paragraph.",
        "They spoke.",
    ]
    assert [f.message for f in article.findings] == ["paragraph 2: hidden text is not carried"]


def _with_body_element(tmp_path, name: str, element: str, text: str = "Talks in Ankara went on."):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(tmp_path / "plain.docx")
    with zipfile.ZipFile(tmp_path / "plain.docx") as source, zipfile.ZipFile(tmp_path / name, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", element.encode() + b"<w:sectPr", 1)
            target.writestr(item, data)
    return tmp_path / name


@pytest.mark.parametrize("relationship", ["rIdHtml", "rIdMissing"])
def test_a_document_embedded_whole_is_reported_not_dropped_in_silence(tmp_path, relationship):
    # a converter's w:altChunk (HTML, RTF or a DOCX pasted in whole, which Word merges when it saves) was skipped
    # with no word: its text was in none of the editions and the report said nothing of it
    path = _with_body_element(tmp_path, "converted.docx", f'<w:altChunk r:id="{relationship}"/>')
    article = read_document(path)
    assert [block.text for block in article.blocks] == ["Talks in Ankara went on."]
    messages = [f.message for f in article.findings if f.code == "source-not-carried"]
    assert messages == [
        "paragraph 1: a document embedded whole (Word's altChunk: HTML, RTF or another DOCX a program pasted in) is "
        "not read: its text is in none of the editions; open the file in Word and save it again, which makes it "
        "ordinary paragraphs"
    ]
    assert [f.severity for f in article.findings] == ["warning"]


def test_a_content_control_around_a_paragraph_is_read_with_no_finding(tmp_path):
    path = _with_body_element(
        tmp_path,
        "controls.docx",
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Erdogan spoke in Ankara.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    article = read_document(path)
    assert [block.text for block in article.blocks] == ["Talks in Ankara went on.", "Erdogan spoke in Ankara."]
    assert article.findings == []


def test_an_article_all_of_whose_content_is_not_read_says_what_it_holds(tmp_path):
    # the article failed as "the article is empty" with "check that you chose the right file", the findings that
    # said why (a converter's altChunk, a text box) dropped with it
    import docx
    from docx.oxml.ns import qn

    path = _with_body_element(tmp_path, "converted.docx", '<w:altChunk r:id="rIdHtml"/>')
    with zipfile.ZipFile(path) as package:
        text = package.read("word/document.xml").decode()
    start, end = text.index("<w:p>") if "<w:p>" in text else text.index("<w:p "), text.index("</w:p>") + 6
    emptied = tmp_path / "only-converted.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(emptied, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(
                item, (text[:start] + text[end:]).encode() if item.filename == "word/document.xml" else data
            )
    assert not docx.Document(str(emptied)).element.body.findall(qn("w:p"))
    with pytest.raises(UserError) as raised:
        read_document(emptied)
    assert raised.value.message.startswith(
        "the article is empty: what it holds is not read (paragraph 0: a document embedded whole (Word's altChunk"
    )
    assert raised.value.fix == "check that you chose the right file"


def test_an_empty_document_is_still_empty(tmp_path):
    import docx

    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(UserError) as raised:
        read_document(tmp_path / "blank.docx")
    assert raised.value.message == "the article is empty"


def _styled_list(tmp_path, paragraphs: list[tuple[str, str]]):
    """An article whose lists use Word's built-in list styles (List Number, List Bullet 2...), as a desk applies
    them from the Styles gallery: each style its own numbering, the second level's indented further."""
    import docx

    document = docx.Document()
    document.add_paragraph("Prices", style="Title")
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    path = tmp_path / "styled.docx"
    document.save(path)
    return [(b.text, tuple(c for c in b.containers if isinstance(c, ListItem))) for b in read_document(path).blocks[1:]]


def test_a_list_styled_list_bullet_2_stands_inside_the_numbered_item_above_it_and_the_numbers_go_on(tmp_path):
    items = _styled_list(
        tmp_path,
        [
            ("List Number", "Rents rose 95% in Istanbul."),
            ("List Number", "Food prices rose 2.1% in a month."),
            ("List Bullet 2", "Bread went up by 10-15% in some cities."),
            ("List Bullet 2", "Milk went up by 8%."),
            ("List Number", "The lira lost 8.5% against the dollar."),
        ],
    )
    second = ListItem(1, True, 2, 1, ".")
    assert items == [
        ("Rents rose 95% in Istanbul.", (ListItem(1, True, 1, 1, "."),)),
        ("Food prices rose 2.1% in a month.", (second,)),
        # Word shows the bullets indented under item 2 (720 twips against the numbers' 360): one list inside it
        ("Bread went up by 10-15% in some cities.", (second, ListItem(2, False, 1, 1, "-"))),
        ("Milk went up by 8%.", (second, ListItem(2, False, 2, 1, "-"))),
        # and the numbered list goes on: the same list, its third item (was a new list starting at 3)
        ("The lira lost 8.5% against the dollar.", (ListItem(1, True, 3, 1, "."),)),
    ]


def test_lists_of_other_numberings_at_the_same_indent_stay_side_by_side(tmp_path):
    items = _styled_list(
        tmp_path,
        [
            ("List Number", "Talks open."),
            ("List Bullet", "Observers arrive."),
            ("List Number 2", "Troops withdraw."),
        ],
    )
    # List Bullet is indented as List Number is (360 twips): a list of its own after it, not inside it;
    # List Number 2 (720) is inside the bullet above it
    assert [len(containers) for _, containers in items] == [1, 1, 2]
    assert items[1][1][0].list_number != items[0][1][0].list_number
    assert items[2][1][0] == items[1][1][0] and items[2][1][1].ordered
