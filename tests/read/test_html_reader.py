"""HTML articles (a CMS export, a saved page) read as the same article written in Markdown reads."""

from datetime import date

import pytest

from toolkit.document import BlockKind, ListItem, Quote, TableCell
from toolkit.errors import UserError
from toolkit.formatting import BOLD, CODE, ITALIC, LINK, UNDERLINE
from toolkit.read import SUPPORTED_SUFFIXES, read_document
from toolkit.read.html import parse_html
from toolkit.read.inline import MAX_OPEN_FORMATS
from toolkit.read.markdown import parse_markdown

MARKDOWN = """# Fuel prices rise across the region

Petrol prices rose in **four of five** countries, the [agency](https://example.org/fuel?y=2026&m=4) said.
Query the `prices_by_country` table.

## What changed

- Turkey raised prices.
- Iran kept them:
  1. for cars;
  2. for lorries.

> "We had no choice," the *minister* said.

| Country | Change |
| --- | --- |
| Turkey | +3.2% |
| Egypt | |
"""

HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ignored when the page has an h1</title>
<style>p { color: red }</style><script>document.write("not the article")</script></head>
<body>
<article>
<h1>Fuel prices rise across the region</h1>
<p>Petrol prices rose in <strong>four of five</strong> countries, the
<a href="https://example.org/fuel?y=2026&amp;m=4">agency</a> said.
Query the <code>prices_by_country</code> table.</p>
<h2>What changed</h2>
<ul>
  <li>Turkey raised prices.</li>
  <li>Iran kept them:
    <ol><li>for cars;</li><li>for lorries.</li></ol>
  </li>
</ul>
<blockquote><p>"We had no choice," the <em>minister</em> said.</p></blockquote>
<table>
  <thead><tr><th>Country</th><th>Change</th></tr></thead>
  <tbody><tr><td>Turkey</td><td>+3.2%</td></tr><tr><td>Egypt</td><td></td></tr></tbody>
</table>
</article>
</body></html>
"""


def structure(document):
    return [(block.kind, [s.text for s in block.segments], block.level, block.containers) for block in document.blocks]


def spans(document):
    return [[(s.text[span.start : span.end], span.format) for span in s.spans] for s in document.segments]


def test_an_html_article_reads_as_the_same_article_in_markdown():
    from_html, from_markdown = parse_html(HTML, "fuel"), parse_markdown(MARKDOWN, "fuel")
    assert [s.text for s in from_html.segments] == [s.text for s in from_markdown.segments]
    assert [(kind, level) for kind, _, level, _ in structure(from_html)] == [
        (kind, level) for kind, _, level, _ in structure(from_markdown)
    ]
    assert spans(from_html) == spans(from_markdown)


def test_lists_quotes_and_table_cells_are_the_containers_of_their_blocks():
    document = parse_html(HTML, "fuel")
    containers = {" ".join(texts): found for _, texts, _, found in structure(document)}
    iran = containers["Iran kept them:"]
    assert len(iran) == 1 and isinstance(iran[0], ListItem) and not iran[0].ordered and iran[0].number == 2
    lorries = containers["for lorries."]
    assert [type(c) for c in lorries] == [ListItem, ListItem] and lorries[1].ordered and lorries[1].number == 2
    assert isinstance(containers['"We had no choice," the minister said.'][0], Quote)
    assert containers["Country"] == (TableCell(1, 0, 0, True, ""),)
    assert containers["+3.2%"] == (TableCell(1, 1, 1, False, ""),)
    empty = [found for _, texts, _, found in structure(document) if texts == []]
    assert (TableCell(1, 2, 1, False, ""),) in empty  # an empty cell is still a cell


def test_the_page_title_the_first_heading_and_the_date():
    page = """<html><head><title>Leyla Sarraf dies at 87</title>
    <meta name="date" content="2026-01-09T08:00:00Z"></head>
    <body><p>Leyla Sarraf, the record producer, died in Paris.</p></body></html>"""
    document = parse_html(page, "obituary")
    assert document.blocks[0].kind is BlockKind.TITLE
    assert document.blocks[0].segments[0].text == "Leyla Sarraf dies at 87"
    assert document.date == date(2026, 1, 9)
    timed = parse_html('<h1>Talks</h1><p>Held on <time datetime="2026-03-14">Saturday</time>.</p>', "talks")
    assert timed.date == date(2026, 3, 14)


def test_text_standing_in_a_div_and_lines_broken_by_br_are_paragraphs_as_a_reader_sees_them():
    document = parse_html("<h1>Live</h1><div>09:45 A quake struck.<br>10:30 Aid arrived.</div><div>Schools shut.</div>")
    assert [s.text for s in document.segments] == [
        "Live",
        "09:45 A quake struck.",
        "10:30 Aid arrived.",
        "Schools shut.",
    ]
    assert document.blocks[1].segments[0].spans[-1].format.kind == "break"


def test_an_unclosed_paragraph_ends_where_the_next_block_starts():
    document = parse_html("<h1>Title</h1><p>First paragraph.<p>Second <b>paragraph.<p>Third.")
    assert [[s.text for s in b.segments] for b in document.blocks] == [
        ["Title"],
        ["First paragraph."],
        ["Second paragraph."],
        ["Third."],
    ]


def test_what_cannot_be_carried_is_reported_with_its_line_never_lost_silently():
    page = """<h1>Heatwave</h1>
<p>Kuwait reached 51 °C <img src="chart.png" alt="Chart of the week">in July.</p>
<p>Read <a href="javascript:alert(1)">the study</a>; area 12 km<sup>2</sup>.</p>
<pre>print("kept verbatim")</pre>
"""
    document = parse_html(page, "heat")
    found = {(p.code, p.location.line) for p in document.findings}
    assert ("source-not-carried", 2) in found and ("unsafe-link", 3) in found and ("source-not-carried", 3) in found
    assert ("source-verbatim", 4) in found
    assert "Read the study; area 12 km2." in [s.text for s in document.segments]
    assert all(span.format.kind != LINK for s in document.segments for span in s.spans)
    code = next(b for b in document.blocks if b.kind is BlockKind.CODE)
    assert code.verbatim == 'print("kept verbatim")'


def test_entities_are_decoded_and_invisible_characters_are_removed_and_reported():
    document = parse_html("<h1>Caf&eacute; &amp; bar</h1><p>A&#x202E;B said &ldquo;no&rdquo;.</p>", "cafe")
    assert [s.text for s in document.segments] == ["Café & bar", "AB said “no”."]
    assert document.notices and document.notices[0].startswith("cafe:1:")


def test_formats_of_html_and_their_synonyms():
    document = parse_html("<h1>T</h1><p><b>A</b> <i>b</i> <cite>c</cite> <kbd>d</kbd> <span>e</span>.</p>")
    (formats,) = [
        [(segment.text[span.start : span.end], span.format.kind) for span in segment.spans]
        for segment in document.segments[1:]
    ]
    assert formats == [("A", BOLD), ("b", ITALIC), ("c", ITALIC), ("d", CODE)]


def test_lists_and_quotes_nested_too_deep_refuse_the_article_naming_the_line():
    deep = "<h1>T</h1>\n" + "<blockquote>\n" * 17 + "<p>deep</p>"
    with pytest.raises(UserError) as error:
        parse_html(deep, "deep")
    assert error.value.line == 18


def test_html_files_are_articles(tmp_path):
    assert ".html" in SUPPORTED_SUFFIXES and ".htm" in SUPPORTED_SUFFIXES
    path = tmp_path / "story.htm"
    path.write_text(HTML, encoding="utf-8")
    assert read_document(path).name == "story"


def test_a_saved_page_s_article_is_read_without_the_site_s_menus_header_and_footer():
    page = """<html><head><title>Site</title></head><body>
<header><div class="logo">Example News</div><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Talks resume</h1><p>Delegations met in Geneva.</p></article>
<aside><p>Most read: other stories</p></aside></main>
<footer><p>&copy; 2026 Example News</p></footer></body></html>"""
    document = parse_html(page, "talks")
    assert [s.text for s in document.segments] == ["Talks resume", "Delegations met in Geneva."]


def test_a_page_without_an_article_element_is_read_whole_but_for_its_menus():
    page = "<body><nav>Home | World</nav><h1>Talks resume</h1><p>Delegations met.</p><!-- <article> --></body>"
    assert [s.text for s in parse_html(page, "talks").segments] == ["Talks resume", "Delegations met."]


@pytest.mark.timeout(60)
def test_a_hostile_page_of_unclosed_elements_and_stray_end_tags_is_read_without_hanging():
    # each stray end tag is looked up, not searched for among the 40,000 elements left open
    page = "<h1>T</h1><p>Text." + "<div><span>" * 20_000 + "</b></i></em>" * 50_000 + "<p>End."
    document = parse_html(page, "hostile")
    assert [s.text for s in document.segments] == ["T", "Text.", "End."]


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        ('<meta charset="windows-1256">', "cp1256", "قال الوزير إن المحادثات ستستأنف."),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8_r", "Переговоры возобновятся."),
        ("<META CHARSET=windows-1251>", "cp1251", "Переговоры возобновятся в Женеве."),
        ('<meta charset="iso-8859-9">', "iso8859_9", "Bakan, görüşmelerin Cenevre'de süreceğini söyledi."),
        (
            '<meta charset="iso-8859-1">',
            "cp1252",
            "Talks resume – the minister’s “final” offer.",
        ),  # read as windows-1252
    ],
)
def test_a_page_is_read_in_the_encoding_its_meta_charset_declares(tmp_path, declaration, encoding, text):
    path = tmp_path / "talks.html"
    path.write_bytes(
        f"<html><head>{declaration}<title>T</title></head><body><p>{text}</p></body></html>".encode(encoding)
    )
    assert [s.text for s in read_document(path).segments] == ["T", text]


def test_a_page_without_a_declaration_or_declaring_utf8_is_utf8_and_a_wrong_declaration_names_the_line(tmp_path):
    for head in ("", '<meta charset="utf-8">'):
        path = tmp_path / "talks.html"
        path.write_bytes(f"<html><head>{head}</head><body><p>Переговоры.</p></body></html>".encode())
        assert [s.text for s in read_document(path).segments] == ["Переговоры."]
    path.write_bytes('<meta charset="utf-8">\n<p>\u0642\u0627\u0644</p>'.encode("cp1256"))
    with pytest.raises(UserError, match="not valid UTF-8") as raised:
        read_document(path)
    assert raised.value.line == 2
    path.write_bytes(b'<meta charset="windows-1253">\n<p>\xaa</p>')  # 0xAA is no character in windows-1253
    with pytest.raises(UserError, match="not valid windows-1253") as raised:
        read_document(path)
    assert raised.value.line == 2 and "meta charset" in str(raised.value.fix)


@pytest.mark.parametrize(
    "label",
    [
        "no-such-encoding",
        "utf8mb4",  # a database's name for UTF-8
        "x-user-defined",
        "utf-7",  # decoded, "+ADw-script+AD4-" would be markup no byte of the page shows; browsers refuse it too
        "unicode_escape",
        "raw_unicode_escape",
        "idna",
        "rot13",  # codecs of bytes to bytes or text to text, not encodings of a page
        "zlib",
        "base64",
        "hex",
        "punycode",
        "undefined",
        "utf-32",
    ],
)
def test_a_declared_encoding_no_browser_reads_a_page_in_is_read_as_utf8_with_a_warning_at_its_line(tmp_path, label):
    path = tmp_path / "talks.html"
    path.write_bytes(
        f'<html><head>\n<meta charset="{label}">\n</head><body><p>Переговоры +ADw-b+AD4- \\u202e.</p></body></html>'.encode()
    )
    document = read_document(path)
    assert [s.text for s in document.segments] == ["Переговоры +ADw-b+AD4- \\u202e."]
    (finding,) = [f for f in document.findings if f.code == "source-encoding"]
    assert finding.severity == "warning"
    assert finding.location is not None and (finding.location.path, finding.location.line) == (path, 2)
    assert f"declares the encoding {label!r}" in finding.message and "read as UTF-8" in finding.message
    assert finding.fix is not None and "<meta charset>" in finding.fix


def test_a_page_declaring_an_unknown_encoding_that_is_not_utf8_either_is_refused_naming_both_lines(tmp_path):
    path = tmp_path / "talks.html"
    path.write_bytes(b'<html><head>\n<meta charset="arabic-9">\n</head><body>\n<p>\xe3\xc7\xe1</p></body></html>')
    with pytest.raises(UserError) as raised:
        read_document(path)
    error = raised.value
    assert (error.path, error.line) == (path, 4)
    assert "declares the encoding 'arabic-9' (line 2), which no browser knows" in error.message
    assert error.message.endswith("and it is not valid UTF-8 either (byte 0xe3 at offset 56)")
    assert error.fix is not None and "<meta charset>" in error.fix


def test_stories_side_by_side_in_one_page_are_reported_only_the_first_is_read():
    page = """<body><article><h1>Talks resume</h1><p>Delegations met.</p></article>
<article><h1>Quake in the east</h1><p>Schools shut.</p></article>
<article><h1>Lira falls</h1><p>It lost 2%.</p></article></body>"""
    document = parse_html(page, "export")
    assert [s.text for s in document.segments] == ["Talks resume", "Delegations met."]
    [finding] = [f for f in document.findings if "side by side" in f.message]
    assert "3 articles" in finding.message and "from line 2, 3" in finding.message


def test_teasers_of_other_stories_inside_the_page_s_asides_are_not_reported_as_articles():
    page = """<body><main><article><h1>Talks resume</h1><p>Delegations met.</p>
<article class="update"><p>Update: talks ended.</p></article></article>
<aside><article><h2>Related</h2><p>Other story.</p></article></aside></main></body>"""
    document = parse_html(page, "talks")
    assert [s.text for s in document.segments] == ["Talks resume", "Delegations met.", "Update: talks ended."]
    assert not document.findings


def test_a_table_inside_a_table_cell_is_read_as_paragraphs_of_that_cell_and_reported_once():
    page = """<h1>Results</h1><table><tr><td><table><tr><td>Ankara</td><td>52%</td></tr>
<tr><td>Izmir</td><td>61%</td></tr></table></td><td>Turnout rose.</td></tr>
<tr><td>Total</td><td><table><tr><td>Nested again</td></tr></table></td></tr></table>"""
    document = parse_html(page, "results")
    cells = [(b.segments[0].text, b.containers[-1].row, b.containers[-1].column) for b in document.blocks[1:]]
    assert cells == [
        ("Ankara", 0, 0),
        ("52%", 0, 0),
        ("Izmir", 0, 0),
        ("61%", 0, 0),
        ("Turnout rose.", 0, 1),
        ("Total", 1, 0),
        ("Nested again", 1, 1),
    ]
    assert {b.containers[-1].table_number for b in document.blocks[1:]} == {1}
    assert len([f for f in document.findings if "table inside a table cell" in f.message]) == 1


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a breaking-news banner in the site's header is an <article> too: the story is the one in <main>
        (
            "<header><article><p>Breaking: markets shut.</p></article></header>"
            "<main><article><h1>Talks resume</h1><p>Delegations met.</p></article></main>",
            ["Talks resume", "Delegations met."],
        ),
        # a <main> without an <article> is the story, whatever <article> the header holds
        (
            "<header><article><p>Breaking: markets shut.</p></article></header>"
            "<main><h1>Talks resume</h1><p>Delegations met.</p></main>",
            ["Talks resume", "Delegations met."],
        ),
        # no <main>: the first <article>
        (
            "<nav>Home</nav><article><h1>Talks resume</h1><p>Delegations met.</p></article><footer>(c)</footer>",
            ["Talks resume", "Delegations met."],
        ),
    ],
)
def test_the_story_is_the_article_in_the_page_s_main_content_not_a_banner_around_it(page, expected):
    assert [s.text for s in parse_html(page, "talks").segments] == expected


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("opening", "closing", "kinds"),
    [
        ("<b>", "", [BOLD]),
        ("<strong><b>", "", [BOLD]),
        ("<b><i>", "</i></b>", [BOLD, ITALIC]),
        ("<em><i><u>", "", [ITALIC, UNDERLINE]),
    ],
)
def test_a_format_nested_in_itself_without_end_is_that_format_once(opening, closing, kinds):
    # a hostile page nests the same formats deep (15,000 here, 45,000 tags: more refuse the page): each tag of a
    # sentence is work for every later stage
    page = f"<h1>T</h1><p>{opening * 15_000}Erdogan met Putin.{closing * 15_000}</p><p>After.</p>"
    segment = parse_html(page, "nested").segments[1]
    assert segment.text == "Erdogan met Putin."
    assert sorted(span.format.kind for span in segment.spans) == sorted(kinds)
    assert all((span.start, span.end) == (0, len(segment.text)) for span in segment.spans)
    assert [s.text for s in parse_html(page, "nested").segments][2] == "After."


@pytest.mark.timeout(60)
def test_links_nested_without_end_keep_their_text_and_a_bounded_number_of_links():
    page = "<h1>T</h1><p>" + "".join(f'<a href="https://example.com/{n}">' for n in range(20_000))
    segment = parse_html(page + "Erdogan met Putin.</p>", "links").segments[1]
    assert segment.text == "Erdogan met Putin."
    assert {span.format.kind for span in segment.spans} == {LINK}
    assert len(segment.spans) <= MAX_OPEN_FORMATS
    assert segment.spans[0].format.target == "https://example.com/0"  # the outermost links are the ones kept


@pytest.mark.parametrize(
    "reader",
    ["html", "markdown"],
)
@pytest.mark.parametrize(
    ("opening", "middle", "closing"),
    [
        ("<em>", "</b>", ""),  # closings of a format none opened
        ("<b>", "<em>", "</b>"),  # closings of the outer format, each past the inner ones
        ("<em>", "</b>", "</em>"),
    ],
)
def test_closings_past_thousands_of_openings_are_read_in_linear_time(
    tmp_path, monkeypatch, reader, opening, middle, closing
):
    """A hostile page: 20,000 openings and 20,000 closings that find none, or only past every other opening. Each
    closing looked through every format still open: 20 seconds for a 200 kB article, growing as the square. A
    closing now looks through at most the openings kept, never more than MAX_KEPT_OPENINGS of them."""
    from toolkit.read import read_document
    from toolkit.read.inline import MAX_KEPT_OPENINGS, InlineText

    looked_through: list[int] = []  # how many openings each closing had to look through at most
    close = InlineText.close

    def counted_close(self: InlineText, kind: str) -> None:
        looked_through.append(len(self._open))
        close(self, kind)

    monkeypatch.setattr(InlineText, "close", counted_close)
    body = opening * 20_000 + middle * 20_000 + closing * 20_000 + "Erdogan met Putin."
    path = tmp_path / ("story.html" if reader == "html" else "story.md")
    path.write_text(f"<h1>T</h1><p>{body}</p>" if reader == "html" else f"# T\n\n{body}\n", encoding="utf-8")
    document = read_document(path)
    assert document.segments[1].text == "Erdogan met Putin."
    assert len(looked_through) >= 20_000  # every closing was read
    assert max(looked_through) <= MAX_KEPT_OPENINGS  # not the 20,000 openings before them


def test_a_format_inside_itself_and_beside_itself_stays_where_it_was():
    # <b>a <b>b</b> c</b>: bold over all; closing the inner tag does not end the outer one
    segment = parse_html("<h1>T</h1><p><b>Erdogan <b>met</b> Putin</b> in <b>Sochi</b>.</p>", "b").segments[1]
    assert segment.text == "Erdogan met Putin in Sochi."
    assert [(span.start, span.end) for span in segment.spans] == [(0, 17), (21, 26)]


@pytest.mark.parametrize("reader", ["html", "markdown"])
@pytest.mark.parametrize("depth", [MAX_OPEN_FORMATS + 1, 40, 5_000])
def test_formats_nested_deeper_than_the_limit_are_reported_with_their_line(tmp_path, reader, depth):
    # the formats past the limit keep their text but not their formatting: said, with the line, never silently
    from toolkit.read import read_document

    links = "".join(f'<a href="https://example.com/{n}">' for n in range(depth)) + "Erdogan met Putin." + "</a>" * depth
    path = tmp_path / ("story.html" if reader == "html" else "story.md")
    if reader == "html":
        path.write_text(f"<h1>T</h1>\n<p>Before.</p>\n<p>{links}</p>\n<p>After.</p>\n", encoding="utf-8")
    else:
        path.write_text(f"# T\n\nBefore.\n\n{links}\n\nAfter.\n", encoding="utf-8")
    document = read_document(path)
    [finding] = [f for f in document.findings if "nested" in f.message]
    assert finding.code == "source-not-carried"
    assert (finding.location.path, finding.location.line) == (path, 3 if reader == "html" else 5)
    assert f"{depth - MAX_OPEN_FORMATS:,} " in finding.message and str(MAX_OPEN_FORMATS) in finding.message
    assert [s.text for s in document.segments][1:] == ["Before.", "Erdogan met Putin.", "After."]


@pytest.mark.parametrize("reader", ["html", "markdown"])
def test_formats_nested_to_the_limit_or_repeated_are_not_reported(tmp_path, reader):
    from toolkit.read import read_document

    links = "".join(f'<a href="https://example.com/{n}">' for n in range(MAX_OPEN_FORMATS - 1))
    links += "<b>" * 500 + "Erdogan met."
    path = tmp_path / ("story.html" if reader == "html" else "story.md")
    path.write_text(f"<h1>T</h1>\n<p>{links}</p>\n" if reader == "html" else f"# T\n\n{links}\n", encoding="utf-8")
    document = read_document(path)
    assert not [f for f in document.findings if "nested" in f.message]
    assert len(document.segments[1].spans) == MAX_OPEN_FORMATS


@pytest.mark.timeout(30)
@pytest.mark.parametrize("reader", ["html", "markdown"])
@pytest.mark.parametrize(
    "body",
    [
        "<b>" * 100_000 + "Deep." + "</b>" * 100_000,  # nested without end
        "<div>" * 60_000 + "<p>Deep.</p>" + "</div>" * 60_000,
        "<b>x</b> " * 150_000,  # flat: a generator's markup around every word
    ],
)
def test_a_page_of_more_tags_than_an_article_holds_is_refused_at_once_naming_the_line(
    tmp_path, reader, body, monkeypatch
):
    """Python's HTML parser spends about 40 us a tag: 100,000 nested tags took 11-15 s to read, a 15 MB page
    of flat ones two minutes and 1.4 GB. A news article's saved page has a few thousand. The refusal comes
    before any parser reads the page."""
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    from toolkit.errors import UserError
    from toolkit.read import read_document
    from toolkit.read.markdown import MAX_HTML_TAGS

    path = tmp_path / f"story.{'html' if reader == 'html' else 'md'}"
    path.write_text(
        ("<h1>T</h1>\n<p>Before.</p>\n" if reader == "html" else "# T\nBefore.\n") + body + "\n", encoding="utf-8"
    )
    monkeypatch.setattr(HTMLParser, "feed", lambda self, data: pytest.fail("the page was parsed"))
    monkeypatch.setattr(MarkdownIt, "parse", lambda self, src, env=None: pytest.fail("the article was parsed"))
    with pytest.raises(UserError) as raised:
        read_document(path)
    error = raised.value
    assert error.path == path and error.line == 3
    assert f"more than the {MAX_HTML_TAGS:,} tags" in error.message
    assert "save the article's text" in error.fix


def test_a_long_page_below_the_tag_limit_is_read(tmp_path):
    from toolkit.read import read_document

    paragraphs = "".join(f"<p>The <b>minister</b> spoke on day {n}.</p>\n" for n in range(3_000))
    path = tmp_path / "story.html"
    path.write_text("<h1>T</h1>\n<script>var s = '<a><b><c>' + '<d>';</script>\n" + paragraphs, encoding="utf-8")
    assert len(read_document(path).segments) == 3_001


def kinds_over_words(html: str) -> list[tuple[str, str]]:
    (segment,) = parse_html(f"<h1>T</h1><p>{html}</p>").segments[1:]
    return sorted((segment.text[span.start : span.end], span.format.kind) for span in segment.spans)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # a browser's adoption agency: the inner emphasis goes on after the outer one closes
        ("<b>bold <i>both</b> italic</i> end.", [("bold both", BOLD), ("both italic", ITALIC)]),
        ("<strong>Putin <em>met</strong> Erdogan</em> in Sochi.", [("Putin met", BOLD), ("met Erdogan", ITALIC)]),
        (
            '<a href="https://example.com/s"><b>Sochi talks</a> resumed</b> today.',
            [("Sochi talks", LINK), ("Sochi talks resumed", BOLD)],
        ),
        ("<i>one <u>two</i> three</u>.", [("one two", ITALIC), ("two three", UNDERLINE)]),
    ],
)
def test_emphasis_left_open_inside_a_closing_one_goes_on_after_it_as_a_browser_shows_it(html, expected):
    assert kinds_over_words(html) == expected


def test_emphasis_left_open_at_the_end_of_a_paragraph_ends_there():
    document = parse_html("<h1>T</h1><p><b>Bold <i>both</p><p>Plain next.</p>")
    assert [[span.format.kind for span in segment.spans] for segment in document.segments[1:]] == [
        [BOLD, ITALIC],
        [],
    ]


@pytest.mark.parametrize(
    "page, line",
    [
        ("<h1>Talks</h1>\n<p>Putin met Erdogan.</p>\n<!-- editor: do not publish\n<p>Hidden paragraph.</p>\n", 3),
        ("<article><h1>Talks</h1>\n<p>Putin met Erdogan.</p>\n<p>They <!-- unfinished note\ntalked.</p>", 3),
        ("<html><body><h1>Talks</h1><p>Putin met Erdogan.</p><!--", 1),
    ],
)
def test_a_comment_never_closed_hides_the_rest_of_the_page_as_a_browser_does(page, line):
    # the parser gave it as text: "<!-- editor: do not publish" and what followed reached every edition
    document = parse_html(page, "talks")
    texts = [segment.text for segment in document.segments]
    assert texts[:2] == ["Talks", "Putin met Erdogan."]
    assert not [text for text in texts if "<!--" in text or "Hidden" in text or "note" in text]
    [finding] = [f for f in document.findings if "never closed" in f.message]
    assert (finding.code, finding.location.line) == ("source-not-carried", line)


def test_comments_closed_and_comment_marks_inside_scripts_are_read_as_before():
    page = (
        "<h1>Talks</h1>\n<!-- a closed note -->\n<p>Putin met Erdogan.</p>\n"
        '<script>document.write("<!--")</script>\n<p>They talked.</p>\n'
    )
    document = parse_html(page, "talks")
    assert [segment.text for segment in document.segments] == ["Talks", "Putin met Erdogan.", "They talked."]
    assert not [f for f in document.findings if "never closed" in f.message]


def test_a_link_with_no_break_spaces_around_its_address_links_the_address_and_one_hiding_a_script_is_refused():
    page = (
        "<h1>Heatwave</h1>\n"
        '<p>Read <a href="&nbsp;https://example.org/heat&#160;">the study</a>.</p>\n'
        '<p>Or <a href="&nbsp;javascript:alert(1)">this</a>.</p>\n'
    )
    document = parse_html(page, "heat")
    links = [span.format.target for s in document.segments for span in s.spans if span.format.kind == LINK]
    assert links == ["https://example.org/heat"]
    assert [(f.code, f.location.line) for f in document.findings if f.code == "unsafe-link"] == [("unsafe-link", 3)]
