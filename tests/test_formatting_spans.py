"""Inline formatting: spans over plain text, cut per sentence, and safe link addresses."""

import pytest

from toolkit.formatting import BOLD, BREAK, CODE, LINK, Format, Span, clip, format_runs, numbered, safe_url


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a?b=1&c=2#d",
        "http://x.org",
        "mailto:desk@example.com",
        "tel:+441234",
        "/news/2024/story",
        "story.html",
        "#section",
        "?page=2",
        "HTTPS://EXAMPLE.COM",
    ],
)
def test_web_mail_telephone_and_relative_links_are_kept(url):
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)",
        "java\u200bscript:x",
        "vbscript:msgbox",
        "data:text/html,x",
        "file:///etc/passwd",
        "\\\\server\\share",
        "",
        "https://x.org/" + "a" * 3000,
    ],
)
def test_links_that_can_run_code_or_reach_files_are_refused(url):
    assert safe_url(url) is None


def test_a_span_over_two_sentences_is_cut_at_the_boundary_without_spaces():
    text = "One bold start. Bold end here."
    bold = Span(4, 20, Format(BOLD))
    assert clip([bold], 0, 15, text) == (Span(4, 15, Format(BOLD)),)
    assert clip([bold], 16, 30, text) == (Span(0, 4, Format(BOLD)),)


def test_a_line_break_between_sentences_ends_the_first():
    text = "First line. Second line."
    br = Span(11, 11, Format(BREAK))
    assert clip([br], 0, 11, text) == (Span(11, 11, Format(BREAK)),)
    assert clip([br], 12, 24, text) == ()


def test_spans_are_numbered_outer_first_in_reading_order():
    link, bold, code = Span(4, 9, Format(LINK, "https://x")), Span(0, 12, Format(BOLD)), Span(4, 9, Format(CODE, "x"))
    assert numbered([code, link, bold]) == [bold, link, code]


def test_runs_carry_their_formats_and_a_break_replaces_its_space():
    text = "Read the deal now please"
    spans = [Span(5, 13, Format(BOLD)), Span(9, 13, Format(LINK, "https://x")), Span(13, 13, Format(BREAK))]
    assert format_runs(text, spans) == [
        ("Read ", frozenset()),
        ("the ", frozenset({Format(BOLD)})),
        ("deal", frozenset({Format(BOLD), Format(LINK, "https://x")})),
        ("\n", frozenset()),
        ("now please", frozenset()),
    ]


@pytest.mark.timeout(30)  # the hang guard: every cut was compared with every span (a DOCX of 10,000 runs)
def test_a_paragraph_of_thirty_thousand_formatted_runs_is_cut_in_one_sweep():
    words = [f"w{number}" for number in range(30_000)]
    text = " ".join(words)
    spans, at = [], 0
    for number, word in enumerate(words):
        if number % 2 == 0:
            spans.append(Span(at, at + len(word), Format(BOLD)))
        at += len(word) + 1
    spans.append(Span(0, len(text), Format(LINK, "https://example.com/")))  # one span over all of them
    runs = format_runs(text, spans)
    link = Format(LINK, "https://example.com/")
    assert runs[:3] == [
        ("w0", frozenset({Format(BOLD), link})),
        (" w1 ", frozenset({link})),
        ("w2", frozenset({Format(BOLD), link})),
    ]
    assert "".join(piece for piece, _ in runs) == text and len(runs) == 30_000


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://en.wikipedia.org/wiki/Idlib (city)", "https://en.wikipedia.org/wiki/Idlib%20(city)"),
        ("  https://example.com/report 2020.pdf \n", "https://example.com/report%202020.pdf"),
        ("annual report.html", "annual%20report.html"),
        ("https://example.com/x' onmouseover='alert(1)", "https://example.com/x'%20onmouseover='alert(1)"),
        ("https://example.com/a\tb", "https://example.com/ab"),
    ],
)
def test_a_space_inside_an_address_is_written_as_a_browser_goes_there(url, written):
    # removed, "a b" would be the page "ab": another page than the one the article links
    assert safe_url(url) == written


@pytest.mark.parametrize("url", ["java script:alert(1)", "  vb script:msgbox ", "da ta:text/html,x"])
def test_a_space_inside_a_scheme_that_can_run_code_is_still_refused(url):
    assert safe_url(url) is None


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("\u00a0https://example.com/report\u00a0", "https://example.com/report"),  # pasted from a web page
        ("https://example.com/a b\u00a0", "https://example.com/a%20b"),
        ("\u3000https://example.com/x\u2003", "https://example.com/x"),  # ideographic, em space
        ("\u2028https://example.com/news\u2029", "https://example.com/news"),  # line and paragraph separators
        ("\u202fmailto:desk@example.com\u205f", "mailto:desk@example.com"),
        ("\u00a0\u00a0annual.html ", "annual.html"),
    ],
)
def test_unicode_spaces_around_an_address_are_left_out_as_ascii_ones_are(url, written):
    # a no-break space at either end was kept: the page linked was "%C2%A0https://..." under the article's own
    assert safe_url(url) == written


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://example.com/a\u00a0b", "https://example.com/a%C2%A0b"),  # as a browser goes there
        ("https://example.com/a\u00a0b c", "https://example.com/a%C2%A0b%20c"),
        ("https://example.ru/\u041c\u0438\u0440\u202f2", "https://example.ru/\u041c\u0438\u0440%E2%80%AF2"),
    ],
)
def test_a_unicode_space_inside_an_address_is_its_utf8_bytes_percent_encoded(url, written):
    assert safe_url(url) == written


@pytest.mark.parametrize(
    "url",
    ["\u00a0javascript:alert(1)", "java\u00a0script:alert(1)", "\u3000vbscript:msgbox", "da\u2009ta:text/html,x"],
)
def test_a_unicode_space_in_or_before_a_scheme_that_can_run_code_does_not_hide_it(url):
    # "\u00a0javascript:..." had no scheme to read and passed as a relative address
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["\u00a0", "\u3000\u2003", " \u00a0\t"])
def test_an_address_of_unicode_spaces_is_no_address(url):
    assert safe_url(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "java\u2060script:alert(1)",  # WORD JOINER
        "java\u00adscript:alert(1)",  # SOFT HYPHEN
        "java\u180escript:alert(1)",  # MONGOLIAN VOWEL SEPARATOR
        "java\u2061script:alert(1)",  # FUNCTION APPLICATION, an invisible operator
        "vb\ufe0fscript:msgbox",  # a variation selector
        "java\ue000script:alert(1)",  # a private-use character (an icon font's)
        "\U000e0041javascript:alert(1)",  # a tag character
    ],
)
def test_a_character_drawn_as_nothing_does_not_hide_a_scheme_that_can_run_code(url):
    # these were kept as relative addresses that read as 'javascript:...' to whoever checks the edition
    assert safe_url(url) is None


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://example.org/re\u00adport", "https://example.org/report"),  # a soft hyphen from a word processor
        ("https://example.org/news\u2060/today", "https://example.org/news/today"),
        ("https://ru.wikipedia.org/wiki/Москва", "https://ru.wikipedia.org/wiki/Москва"),
        ("https://example.org/café/😀", "https://example.org/café/😀"),
    ],
)
def test_characters_drawn_as_nothing_are_no_part_of_an_address_and_letters_are(url, written):
    assert safe_url(url) == written
