"""Markdown articles: structure and inline formatting kept, verbatim blocks kept, the rest reported."""

from datetime import date
from pathlib import Path

import pytest

from toolkit.document import BlockKind, ListItem, Quote, TableCell
from toolkit.errors import UserError
from toolkit.formatting import BOLD, BREAK, CODE, ITALIC, LINK, STRIKE, Format, Span
from toolkit.read.markdown import parse_markdown


def read(text: str):
    return parse_markdown(text, "story")


def test_bold_italic_links_code_and_breaks_are_spans_over_plain_text():
    document = read(
        "# T\n\n**Vladimir Putin** met *Erdogan* in [Sochi](https://example.com/s?a=1&b=2).  \n"
        "Run `pip install x` ~~now~~.\n"
    )
    first, second = document.blocks[1].segments
    assert first.text == "Vladimir Putin met Erdogan in Sochi."
    assert first.spans == (
        Span(0, 14, Format(BOLD)),
        Span(19, 26, Format(ITALIC)),
        Span(30, 35, Format(LINK, "https://example.com/s?a=1&b=2")),
        Span(36, 36, Format(BREAK)),
    )
    assert second.text == "Run pip install x now."
    assert second.spans == (Span(4, 17, Format(CODE, "pip install x")), Span(18, 21, Format(STRIKE)))


def test_nested_lists_quotes_and_headings_keep_their_structure():
    document = read(
        "# Title\n\n## Background\n\n### Detail\n\n- one\n- two\n  1. three\n  2. four\n\n"
        "> quoted\n>\n> - listed in a quote\n\n3) third\n4) fourth\n"
    )
    kinds = [(b.kind, b.level, b.text) for b in document.blocks]
    assert kinds[:3] == [
        (BlockKind.TITLE, 1, "Title"),
        (BlockKind.HEADING, 2, "Background"),
        (BlockKind.HEADING, 3, "Detail"),
    ]
    one, two, three, four, quoted, listed, third, fourth = document.blocks[3:]
    assert one.containers == (ListItem(1, False, 1, 1, "-", True),)
    assert two.containers == (ListItem(1, False, 2, 1, "-", True),)
    assert three.containers == (ListItem(1, False, 2, 1, "-", True), ListItem(2, True, 1, 1, ".", True))
    assert four.containers[-1].number == 2
    assert quoted.containers == (Quote(1),)
    assert listed.containers == (Quote(1), ListItem(3, False, 1, 1, "-", True))
    assert (third.containers, fourth.containers) == (
        (ListItem(4, True, 3, 3, ")", True),),
        (ListItem(4, True, 4, 3, ")", True),),
    )


def test_a_table_is_read_cell_by_cell_empty_cells_and_alignment_included():
    document = read("# T\n\n| Name | Role |\n|:--|--:|\n| **Putin** | |\n")
    cells = [(b.cell, b.text) for b in document.blocks[1:]]
    assert cells == [
        (TableCell(1, 0, 0, True, "left"), "Name"),
        (TableCell(1, 0, 1, True, "right"), "Role"),
        (TableCell(1, 1, 0, False, "left"), "Putin"),
        (TableCell(1, 1, 1, False, "right"), ""),
    ]
    assert document.blocks[3].segments[0].spans == (Span(0, 5, Format(BOLD)),)
    assert [s.id for b in document.blocks for s in b.segments] == ["1.1", "2.1", "3.1", "4.1"]


def test_code_and_html_blocks_are_kept_verbatim_and_reported_with_their_line():
    document = read(
        "# T\n\nText.\n\n```python\nprint('Putin')\n```\n\n<div class=\"embed\">\n<b>x</b>\n</div>\n\n---\n"
    )
    code, html, rule = document.blocks[2:]
    assert (code.kind, code.verbatim, code.info, code.segments) == (BlockKind.CODE, "print('Putin')\n", "python", ())
    assert (html.kind, html.verbatim) == (BlockKind.HTML, '<div class="embed">\n<b>x</b>\n</div>\n')
    assert rule.kind is BlockKind.RULE
    assert [(f.code, f.location.line) for f in document.findings] == [("source-verbatim", 5), ("source-verbatim", 9)]


def test_images_unknown_inline_html_link_titles_and_unsafe_links_are_reported_not_lost():
    document = read(
        '# T\n\nSee ![map](map.png) <span>here</span> [a](https://x.org "tip") and '
        '[b](javascript:alert(1)) and <a href="vbscript:x">c</a>.\n'
    )
    segment = document.blocks[1].segments[0]
    assert segment.text == "See here a and b and c."
    assert segment.spans == (Span(9, 10, Format(LINK, "https://x.org")),)
    found = [(f.code, f.location.line) for f in document.findings]
    assert found == [
        ("source-not-carried", 3),
        ("source-not-carried", 3),
        ("source-not-carried", 3),
        ("unsafe-link", 3),
        ("unsafe-link", 3),
    ]
    assert all(f.severity == "warning" for f in document.findings)


def test_inline_html_that_means_a_format_is_read_as_that_format():
    document = read(
        "# T\n\nA <strong>bold</strong> <em>word</em>,<br>a <code>a &lt; b</code> and "
        '<a href="https://x.org">link</a>.\n'
    )
    segment = document.blocks[1].segments[0]
    assert segment.text == "A bold word, a a < b and link."
    assert [s.format.kind for s in segment.spans] == [BOLD, ITALIC, BREAK, CODE, LINK]
    assert segment.spans[3].format.target == "a < b"


def test_front_matter_gives_the_date_and_the_title_the_body_lacks():
    document = read("---\ntitle: Putin and Erdogan\ndate: 2024-03-12\nlayout: post\n---\nText of the story.\n")
    assert document.date == date(2024, 3, 12)
    assert document.title == "Putin and Erdogan"
    assert [b.kind for b in document.blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH]
    assert document.blocks[1].line == 6


def test_a_body_title_wins_over_the_front_matter_title():
    document = read("---\ntitle: From front matter\ndate: '2024-03-12T10:00:00Z'\n---\n# From the body\n\nText.\n")
    assert (document.title, document.date) == ("From the body", date(2024, 3, 12))


def test_a_bad_front_matter_date_is_an_error_at_its_line():
    with pytest.raises(UserError) as raised:
        read("---\ntitle: x\ndate: next tuesday\n---\nText.\n")
    assert raised.value.line == 3 and "not a date" in raised.value.message


@pytest.mark.parametrize(
    "title, text",
    [("1984", "1984"), ("2024-03-12", "2024-03-12"), ("'1984'", "1984"), ("No", "No"), ("Yes", "Yes"), ("On", "On")],
)
def test_a_front_matter_title_yaml_reads_as_a_number_or_a_date_is_still_the_title(title, text):
    # it was silently dropped: the article had no title at all
    document = read(f"---\ntitle: {title}\n---\nText.\n")
    assert (document.blocks[0].kind, document.blocks[0].text) == (BlockKind.TITLE, text)


@pytest.mark.parametrize(
    "title, shown",
    [
        ("[Talks, in, Ankara]", "a list"),
        ("{talks: Ankara}", "a mapping"),
        ("true", "true or false to YAML"),
    ],
)
def test_a_front_matter_title_that_is_not_text_is_an_error_at_its_line(title, shown):
    with pytest.raises(UserError) as raised:
        read(f"---\ndate: 2024-03-12\ntitle: {title}\n---\n# Talks\n\nText.\n")
    assert (raised.value.line, raised.value.message) == (3, f"front matter: the title is {shown}, not text")
    assert raised.value.fix.startswith("write the title as text, in quotes")


@pytest.mark.parametrize("front", ["---\nbase: &a [1]\nref: *a\n---\n", "---\ndate: [unclosed\n---\n"])
def test_front_matter_is_parsed_by_the_safe_loader(front):
    with pytest.raises(UserError) as raised:
        read(front + "Text.\n")
    assert raised.value.line is not None and raised.value.line >= 2


def test_a_first_rule_without_a_closing_line_is_a_rule_not_front_matter():
    document = read("---\n\nText after a rule.\n")
    assert [b.kind for b in document.blocks] == [BlockKind.RULE, BlockKind.PARAGRAPH]
    assert document.date is None


def test_plain_markdown_reads_as_before():
    document = read("# Title\n\nFirst sentence. Second sentence.\n\n## Sub\n\nMore.\n")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.TITLE, "Title"),
        (BlockKind.PARAGRAPH, "First sentence. Second sentence."),
        (BlockKind.HEADING, "Sub"),
        (BlockKind.PARAGRAPH, "More."),
    ]
    assert all(not s.spans for s in document.segments) and not document.findings


def _nested_list(depth: int, indent: str = "    ", marker: str = "-") -> str:
    return "".join(f"{indent * level}{marker} Item {level + 1} names Recep Tayyip Erdogan.\n" for level in range(depth))


@pytest.mark.parametrize("indent, marker", [("    ", "-"), ("  ", "*"), ("   ", "1.")])
def test_a_list_nested_ten_levels_deep_keeps_every_item_and_what_follows(indent, marker):
    document = read(f"# Sanctions\n\n{_nested_list(10, indent, marker)}\nLast paragraph.\n")
    depths = [(b.text, sum(isinstance(c, ListItem) for c in b.containers)) for b in document.blocks]
    assert [(text, depth) for text, depth in depths if depth] == [
        (f"Item {n} names Recep Tayyip Erdogan.", n) for n in range(1, 11)
    ]
    assert document.blocks[-1].text == "Last paragraph." and not document.blocks[-1].containers


def test_quotes_and_lists_nested_up_to_the_limit_are_read_whole():
    from toolkit.read.markdown import MAX_NESTING

    quoted = read("> " * MAX_NESTING + "Vladimir Putin spoke in Moscow.\n\nAfter the quote.\n")
    assert [b.text for b in quoted.blocks] == ["Vladimir Putin spoke in Moscow.", "After the quote."]
    assert len(quoted.blocks[0].containers) == MAX_NESTING
    half = MAX_NESTING // 2  # a list item in a quote in a list item...
    mixed = "".join(f"{'  ' * level}- > Level {level + 1}\n" for level in range(half))
    mixed_document = read(mixed + "\nThe end.\n")
    assert [b.text for b in mixed_document.blocks if b.text.startswith("Level")] == [
        f"Level {n}" for n in range(1, half + 1)
    ]
    assert mixed_document.blocks[-1].text == "The end."


@pytest.mark.parametrize(
    "article, line",
    [
        ("> " * 30 + "Masoud Pezeshkian spoke in Tehran.\n", 1),
        ("# Title\n\nFirst paragraph.\n\n" + "> " * 40 + "Deep.\n\nLast paragraph.\n", 5),
        ("Intro.\n\n" + _nested_list(40), 3 + 16),
    ],
)
def test_text_nested_deeper_than_the_limit_refuses_the_article_naming_the_line(article, line):
    from toolkit.read.markdown import MAX_NESTING

    with pytest.raises(UserError) as raised:
        parse_markdown(article, "story", path=Path("story.md"))
    error = raised.value
    assert f"more than {MAX_NESTING} deep" in error.message
    assert (error.path, error.line) == (Path("story.md"), line) and error.fix


def test_the_line_named_counts_the_front_matter():
    with pytest.raises(UserError) as raised:
        parse_markdown("---\ndate: 2024-03-12\n---\n\n" + "> " * 25 + "Deep.\n", "story")
    assert raised.value.line == 5


@pytest.mark.parametrize(
    "article, line, dropped",
    [
        ("| Name | Role |\n|---|---|\n| Fidan came. | Fine. | Extra cell text here. |\n", 3, ["Extra cell text here."]),
        (
            "# T\n\nName | Role\n--- | ---\nPutin | President | of Russia | since 2000\nAssad | President\n",
            5,
            ["of Russia", "since 2000"],
        ),
        ("> | City | Country |\n> |:--|--:|\n> | Ankara | Turkey |\n> | Tehran | Iran | capital |\n", 4, ["capital"]),
        ("| Code | Meaning |\n|---|---|\n| `a \\| b` | either | or `c` |\n", 3, ["or `c`"]),
    ],
)
def test_table_cells_beyond_the_header_are_reported_with_their_line_and_text(article, line, dropped):
    document = read(article)
    [finding] = [f for f in document.findings if f.code == "source-not-carried"]
    assert finding.location.line == line
    assert all(text in finding.message for text in dropped)
    assert "header" in finding.message


def test_table_rows_with_the_header_s_cells_or_fewer_or_an_empty_extra_cell_are_not_reported():
    document = read("| Name | Role |\n|---|---|\n| Putin |\n| Erdogan | President | |\n| `a \\| b` | pipe |\n")
    assert not document.findings
    assert [b.text for b in document.blocks if b.cell and b.cell.row == 3] == ["a | b", "pipe"]


@pytest.mark.timeout(30)  # the hang guard: each closing format was compared with every span before it
def test_a_paragraph_of_twenty_thousand_links_reads_in_linear_time():
    links = " ".join(f"[item {number}](https://example.com/{number})" for number in range(20_000))
    document = read(f"# T\n\n{links} and **bold** **again**.\n")
    spans = [span for segment in document.blocks[1].segments for span in segment.spans]
    assert [span.format.target for span in spans if span.format.kind == LINK] == [
        f"https://example.com/{number}" for number in range(20_000)
    ]
    assert sum(span.format.kind == BOLD for span in spans) == 2  # separated by a space: two spans


def test_a_format_closed_and_opened_again_at_once_stays_one_span():
    from toolkit.read.inline import InlineText

    inline = InlineText()
    for word in ("Ali ", "Shamkhani"):  # Word splits a bold name into two runs
        inline.open(Format(BOLD))
        inline.add(word)
        inline.close(BOLD)
    inline.add(" and ")
    inline.open(Format(BOLD))
    inline.add("Lavrov")
    inline.close(BOLD)
    assert inline.finish() == ("Ali Shamkhani and Lavrov", (Span(0, 13, Format(BOLD)), Span(18, 24, Format(BOLD))))


@pytest.mark.parametrize(
    "item",
    [
        "[word{n}](https://example.com/{n})",  # inline links
        "![photo {n}](p{n}.jpg)",  # images
        "*word{n}*",  # emphasis
        "__word{n}__",  # strong emphasis
        "~~word{n}~~",  # strikethrough
        "[word{n}][ref]",  # links by reference
    ],
    ids=["links", "images", "emphasis", "strong", "strikethrough", "references"],
)
def test_a_paragraph_of_more_inline_markup_than_the_tag_limit_is_refused_before_parsing_naming_its_line(tmp_path, item):
    from toolkit.errors import UserError
    from toolkit.read import read_document
    from toolkit.read.markdown import MAX_HTML_TAGS

    path = tmp_path / "story.md"
    paragraph = " ".join(item.format(n=n) for n in range(MAX_HTML_TAGS + 1))
    path.write_text(f"# T\n\nBefore.\n\n{paragraph}\n\n[ref]: https://example.com/\n", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        read_document(path)
    error = raised.value
    assert error.path == path and error.line == 5
    assert "HTML tags, links, images and emphases, more than the 50,000 tags" in error.message
    assert "save the article's text" in error.fix


def test_links_emphases_and_tags_are_counted_together(tmp_path):
    from toolkit.errors import UserError
    from toolkit.read import read_document
    from toolkit.read.markdown import MAX_HTML_TAGS

    third = MAX_HTML_TAGS // 3
    lines = ["# T", ""]
    lines += [f"See [item {n}](https://example.com/{n})." for n in range(third)]
    lines += [""] + [f"A *bold {n}* claim." for n in range(third)]
    lines += [""] + [f"A <b>tag {n}</b> here." for n in range(MAX_HTML_TAGS - 2 * third)]
    lines += ["", "The *last* one."]
    path = tmp_path / "story.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        read_document(path)
    assert raised.value.line == len(lines)


def test_an_article_of_many_links_and_emphases_below_the_limit_is_read(tmp_path):
    from toolkit.read import read_document

    paragraphs = "".join(
        f"The [minister](https://example.com/{n}) *spoke* on_day {n} of __snake_case__ talks.\n\n" for n in range(2_000)
    )
    path = tmp_path / "story.md"
    path.write_text("# T\n\n" + paragraphs, encoding="utf-8")
    document = read_document(path)
    assert len(document.segments) == 2_001


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Talks in Ankara\ndate: 2024-03-12\n\n# Talks in Ankara\n\nThe minister spoke.\n",
        "---\ndate: 2024-03-12\nTalks resumed on Monday.\n",
        "---\nslug: talks\n",
        "---\r\nauthor: Desk\r\n\r\nText.\r\n",
    ],
)
def test_front_matter_left_open_is_an_error_at_its_first_line_not_text_to_translate(text):
    with pytest.raises(UserError) as raised:
        parse_markdown(text, "story", Path("news/story.md"))
    error = raised.value
    assert (error.path, error.line) == (Path("news/story.md"), 1)
    assert "front matter opened by --- on line 1 is never closed" in error.message
    assert error.fix is not None and "add a line of ---" in error.fix


def test_front_matter_closed_only_past_its_bound_names_the_bound_and_the_closing_line():
    fields = "".join(f"tag{n}: x\n" for n in range(250))
    with pytest.raises(UserError) as raised:
        parse_markdown("---\n" + fields + "---\n\nText.\n", "story", Path("story.md"))
    assert raised.value.line == 1
    assert raised.value.message == (
        "the front matter opened by --- on line 1 is longer than 200 lines (it is closed on line 252)"
    )


@pytest.mark.parametrize(
    "text",
    ["---\n\nText after a rule.\n", "---\nText right after a rule.\n", "---\nNote: the talks resumed.\n"],
)
def test_a_first_rule_whose_next_line_is_no_field_stays_a_rule(text):
    document = read(text)
    assert document.blocks[0].kind in (BlockKind.RULE, BlockKind.HEADING, BlockKind.TITLE)
    assert document.date is None


@pytest.mark.parametrize(
    "block",
    [
        "<!-- editor: the source is the ministry's driver, do not name him -->",
        "<!--\nTODO: check the figures with the desk\n-->",
        "<!-- one --> <!-- two -->",
        "<!---->",
        "<!-->",
    ],
)
def test_an_html_block_of_nothing_but_comments_is_left_out_and_reported(block):
    # kept verbatim, it was shown as code in every edition, the one to publish too: an editor's note published
    document = read(f"# Talks\n\nPutin met Erdogan.\n\n{block}\n\nThey talked.\n")
    assert [segment.text for segment in document.segments] == ["Talks", "Putin met Erdogan.", "They talked."]
    assert not [b for b in document.blocks if b.kind is BlockKind.HTML]
    assert [(f.code, f.location.line, f.message) for f in document.findings] == [
        ("source-not-carried", 5, "an HTML comment is not carried: no reader of the page sees it")
    ]


def test_a_comment_never_closed_hides_the_rest_of_the_article_as_a_page_made_from_it_does():
    document = read("# Talks\n\nPutin met Erdogan.\n\n<!-- draft below, not for publishing\n\nHidden paragraph.\n")
    assert [segment.text for segment in document.segments] == ["Talks", "Putin met Erdogan."]
    [finding] = document.findings
    assert (finding.code, finding.location.line) == ("source-not-carried", 5)
    assert finding.message.startswith("a comment (<!--) opened on line 5 is never closed: ")


@pytest.mark.parametrize(
    "article, line",
    [
        ("# Talks\n\n> <!-- editor: check the quote\n> with the desk\n\nPutin met Erdogan in Ankara.\n", 3),
        ("# Talks\n\n- <!-- TODO: the date\n- Putin met Erdogan.\n\nThey talked in Ankara.\n", 3),
    ],
)
def test_a_comment_never_closed_in_a_quote_or_list_item_ends_with_it_and_the_report_says_so(article, line):
    # the comment's block ends with its quote or list item, so the editions carry the text after it: the report
    # said they showed nothing after it, which sent a reviewer looking for paragraphs the editions hold
    document = read(article)
    assert document.segments[-1].text.endswith("in Ankara.")
    [finding] = document.findings
    assert (finding.code, finding.location.line) == ("source-not-carried", line)
    assert "nor do the editions" not in finding.message
    assert finding.message.startswith(
        f"a comment (<!--) opened on line {line} is never closed before the end of the quote or list item it is in: "
        "the editions carry what follows it, but a page made from the article in Markdown shows nothing after it"
    )


@pytest.mark.parametrize(
    "block",
    ["<!-- a note --> and text after it", '<div class="embed"><!-- a note --></div>', "<!-- a --> <b>x</b>"],
)
def test_an_html_block_that_holds_more_than_comments_is_still_kept_verbatim(block):
    document = read(f"# Talks\n\n{block}\n")
    [html] = [b for b in document.blocks if b.kind is BlockKind.HTML]
    assert html.verbatim == block + "\n"
    assert [(f.code, f.location.line) for f in document.findings] == [("source-verbatim", 3)]


@pytest.mark.parametrize(
    "destination, refused",
    [
        ("java&#x09;script:alert(1)", "java\tscript:alert(1)"),  # was kept as the relative 'java%09script:...'
        ("<java script:alert(1)>", "java script:alert(1)"),  # was kept as 'java%20script:...'
        ("&#x3000;vbscript:msgbox", "\u3000vbscript:msgbox"),
        ("\\\\fileserver/share", "\\fileserver/share"),  # a Windows share; was kept as '%5Cfileserver/share'
    ],
)
def test_a_markdown_link_is_judged_as_written_not_as_percent_encoded(destination, refused):
    document = read(f"# T\n\nRead [the study]({destination}) today.\n")
    segment = document.blocks[1].segments[0]
    assert segment.text == "Read the study today."
    assert segment.spans == ()
    assert [(f.code, f.location.line) for f in document.findings] == [("unsafe-link", 3)]
    assert repr(refused) in document.findings[0].message


@pytest.mark.parametrize(
    "destination, target",
    [
        ("&#x202E;https://example.org/report", "https://example.org/report"),  # no longer '%E2%80%AEhttps://...'
        ("<https://example.org/a&#xA0;b>", "https://example.org/a%C2%A0b"),
        ("<https://example.org/annual report.pdf>", "https://example.org/annual%20report.pdf"),
        ("https://ru.wikipedia.org/wiki/Москва", "https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0"),
        ("https://example.org/search?q=a&amp;b=%20c", "https://example.org/search?q=a&b=%20c"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
    ],
)
def test_a_markdown_link_keeps_its_address_as_a_browser_goes_there(destination, target):
    document = read(f"# T\n\nRead [the study]({destination}) today.\n")
    (span,) = document.blocks[1].segments[0].spans
    assert span.format == Format(LINK, target)
    assert document.findings == []


def test_a_reference_definition_with_a_hidden_scheme_is_refused_where_it_is_used():
    document = read("# T\n\nRead [the study][s] today.\n\n[s]: java&#x09;script:alert(1) 'a \"quoted\" title'\n")
    assert document.blocks[1].segments[0].spans == ()
    assert sorted(f.code for f in document.findings) == ["source-not-carried", "unsafe-link"]  # the title too
