"""Inline formatting written as Markdown and as HTML: well formed, escaped, and read back as it was meant."""

import re
from html import escape

import pytest
from markdown_it import MarkdownIt

from toolkit.document import Piece
from toolkit.formatting import BOLD, CODE, ITALIC, LINK, STRIKE, UNDERLINE, Format
from toolkit.publish.markup import html_inline, markdown_inline

BOLD_, ITALIC_, STRIKE_, UNDER_ = Format(BOLD), Format(ITALIC), Format(STRIKE), Format(UNDERLINE)


def link(url):
    return Format(LINK, url)


def piece(text, *formats, entry=None):
    return Piece(text, entry, frozenset(formats))


def rendered(markdown):
    return MarkdownIt("commonmark").enable("strikethrough").renderInline(markdown)


def test_formats_nest_in_one_order_and_stay_open_across_pieces():
    pieces = [
        piece("Read "),
        piece("the ", link("https://e.com/x")),
        piece("Putin", link("https://e.com/x"), BOLD_, entry="putin"),
        piece(" deal", link("https://e.com/x")),
        piece(" now."),
    ]
    assert markdown_inline(pieces) == "Read [the **Putin** deal](https://e.com/x) now."
    assert html_inline(pieces) == 'Read <a href="https://e.com/x">the <strong>Putin</strong> deal</a> now.'


def test_spaces_at_the_edge_of_a_span_go_outside_its_markers():
    text = markdown_inline([piece("a"), piece(" bold ", BOLD_), piece("b")])
    assert text == "a **bold** b"
    assert rendered(text) == "a <strong>bold</strong> b"


def test_overlapping_spans_close_and_reopen():
    text = markdown_inline([piece("one ", BOLD_), piece("two", BOLD_, ITALIC_), piece(" three", ITALIC_)])
    assert rendered(text) == "<strong>one <em>two</em></strong> <em>three</em>"


@pytest.mark.parametrize(
    "url, written",
    [
        ("https://e.com/a%20b)c", "https://e.com/a%20b%29c"),
        ("https://e.com/q?a=1&b=(2)", "https://e.com/q?a=1&b=%282%29"),
        ("https://e.com/<script>", "https://e.com/%3Cscript%3E"),
    ],
)
def test_link_addresses_are_encoded_where_they_could_end_the_link(url, written):
    text = markdown_inline([piece("here", link(url))])
    assert text == f"[here]({written})"
    assert rendered(text).startswith(f'<a href="{written.replace("&", "&amp;")}">here</a>')


@pytest.mark.parametrize("url", ["javascript:alert(1)", "java\nscript:alert(1)", "data:text/html,x", "vbscript:x"])
def test_an_address_that_could_run_code_is_never_written(url):
    assert markdown_inline([piece("click", link(url))]) == "click"
    assert html_inline([piece("click", link(url))]) == "click"


def test_link_text_and_plain_text_are_escaped():
    text = markdown_inline([piece("a [b] *c* <i>", link("https://e.com")), piece(" 1. | #x")])
    assert rendered(text) == '<a href="https://e.com">a [b] *c* &lt;i&gt;</a> 1. | #x'
    assert html_inline([piece('<b>"x"</b> & y', BOLD_)]) == '<strong>&lt;b&gt;"x"&lt;/b&gt; &amp; y</strong>'


@pytest.mark.parametrize("code, written", [("x = 1", "`x = 1`"), ("a`b", "``a`b``"), ("`tick`", "`` `tick` ``")])
def test_inline_code_is_fenced_with_more_backticks_than_it_holds(code, written):
    text = markdown_inline([piece(code, Format(CODE, code))])
    assert text == written
    assert rendered(text) == f"<code>{code}</code>"


@pytest.mark.parametrize(
    ("before", "code", "after", "open_", "close"),
    [
        ("استخدموا مسودة ", "ceasefire-v2", ".", "\u2066", "\u2069"),  # Arabic, isolates
        ("از پیش‌نویس ", "git log -p", " استفاده کنید.", "\u2066", "\u2069"),  # Persian, isolates
        ("قال: ", "make `all`", "", "\u200e", "\u200e"),  # marks (direction_marks: marks), a backtick inside
        ("الأمر ", "a | b", " فقط.", "\u2066", "\u2069"),
    ],
)
def test_the_isolate_around_inline_code_stands_outside_it_so_the_code_copies_as_written(
    before, code, after, open_, close
):
    # an RTL edition embeds inline code whole (localise); inside the span the invisible characters would be
    # part of the code a reader copies from the page (a command that no longer runs)
    pieces = [piece(before), piece(open_ + code + close, Format(CODE, code)), piece(after)]
    markdown = markdown_inline(pieces)
    assert open_ + "`" in markdown and "`" + close in markdown
    assert f"<code>{escape(code, quote=False)}</code>" in rendered(markdown)
    html = html_inline(pieces)
    assert f"{open_}<code>{escape(code, quote=False)}</code>{close}" in html


def test_a_break_is_a_hard_break_and_a_line_cannot_start_a_list():
    text = markdown_inline([piece("one"), piece("\n"), piece("- two")])
    assert text == "one\\\n\\- two"
    assert rendered(text) == "one<br />\n- two"
    assert html_inline([piece("one"), piece("\n"), piece("two")]) == "one<br>two"


def test_arabic_script_has_no_italics_bold_or_plain_as_chosen():
    pieces = [piece("بشار الأسد", ITALIC_)]
    assert markdown_inline(pieces, arabic_script=True) == "**بشار الأسد**"
    assert markdown_inline(pieces, arabic_script=True, arabic_italics="plain") == "بشار الأسد"
    assert html_inline([piece("x", ITALIC_, BOLD_)], arabic_script=True) == "<strong>x</strong>"
    assert markdown_inline([piece("x", ITALIC_)]) == "*x*"


def test_strike_through_and_underline():
    assert (
        rendered(markdown_inline([piece("gone", STRIKE_), piece(" "), piece("under", UNDER_)]))
        == "<s>gone</s> <u>under</u>"
    )


def test_a_provisional_name_is_marked_for_review_inside_its_formatting_and_escaped():
    pieces = [piece("Talks with "), Piece("<Lavrov>", "lavrov", frozenset({BOLD_}), provisional=True), piece(".")]
    html = html_inline(pieces, mark_provisional=True)
    assert html == (
        'Talks with <strong><mark class="provisional" title="provisional: not in the glossary yet">'
        "&lt;Lavrov&gt;</mark></strong>."
    )


def test_editions_to_publish_leave_a_provisional_name_unmarked():
    pieces = [piece("Talks with "), Piece("Lavrov", "lavrov", frozenset({BOLD_}), provisional=True), piece(".")]
    assert html_inline(pieces) == "Talks with <strong>Lavrov</strong>."
    assert markdown_inline(pieces) == "Talks with **Lavrov**."


@pytest.mark.parametrize("code", ["a|b", "x || y", "|", "`|`", "a\\|b", "grep -E 'ru|tr' | wc -l", "\\\\|"])
def test_inline_code_in_a_table_cell_escapes_every_pipe_and_reads_back_whole(code):
    cell = markdown_inline([piece("Run "), piece(code, Format(CODE, code)), piece(" | then stop.")], in_table_cell=True)
    html = (
        MarkdownIt("commonmark").enable("table").render(f"| Command | Verdict |\n| --- | --- |\n| {cell} | Good. |\n")
    )
    body = html.split("<tbody>")[1]
    assert re.findall(r"<td>(.*?)</td>", body) == [
        f"Run <code>{escape(code, quote=False)}</code> | then stop.",
        "Good.",
    ]


# --- what is written reads back as it was meant ---------------------------------------------------------------

# hostile strings per language: punctuation at the edges of formatting, Markdown's own characters, a "!" before
# a link, letters right against a run that starts or ends with punctuation (Arabic proclitics, Turkish suffixes)
HOSTILE = {
    "en": ["Stop the war!", "(see", "it)", "*not bold*", "[1]", "<b>", "a_b_c", "\\", "&copy;", "~~x~~", "1.", "!"],
    "ru": ["Остановите войну!", "«Газпром»", "компании", "—", "т.е.", "(ТАСС)", "ru|tr", "`код`"],
    "tr": ["Ankara'ya", '"Hürriyet"', "'e", "Dışişleri!", "İzmir", "(AA)", "50%", "#etiket"],
    "fa": ["می‌گوید", "«صلح»", "،", "؟", "!", "و", "(ایرنا)", "۱۴۰۳."],
    "ar": ["و", "«الأسد»", "ب", "الأسد", "؟", "،", "!", "(سانا)"],
}
FORMATS = [
    frozenset(),
    frozenset({BOLD_}),
    frozenset({ITALIC_}),
    frozenset({STRIKE_}),
    frozenset({UNDER_}),
    frozenset({link("https://e.org/a")}),
    frozenset({BOLD_, ITALIC_}),
    frozenset({link("https://e.org/b"), BOLD_}),
]


def read_back(markdown):
    """The inline HTML CommonMark (with GFM's strike-through) makes of ``markdown``, as html_inline writes it."""
    html = MarkdownIt("commonmark").enable("strikethrough").renderInline(markdown)
    return html.replace("<br />\n", "<br>").replace("&quot;", '"')


@pytest.mark.parametrize("language", HOSTILE)
def test_formatted_text_reads_back_as_its_text_and_formatting(language):
    words = HOSTILE[language] + HOSTILE["en"][:4]
    checked = 0
    for first, second, third in zip(words, words[1:] + words[:1], words[2:] + words[:2]):
        for outer, inner in zip(FORMATS, FORMATS[3:] + FORMATS[:3]):
            for middle in (second, f" {second} "):
                pieces = [piece(first, *outer), piece(middle, *inner), piece(third, *outer)]
                assert read_back(markdown_inline(pieces)) == html_inline(pieces), pieces
                checked += 1
    assert checked >= 100


@pytest.mark.parametrize(
    "before, after",
    [
        ("Stop the war!", " now."),
        ("Остановите войну!", " сейчас."),
        ("Savaşı durdurun!", " hemen."),
        ("جنگ را متوقف کنید!", " اکنون."),
        ("أوقفوا الحرب!", " الآن."),
    ],
)
def test_an_exclamation_mark_before_a_link_leaves_it_a_link(before, after):
    pieces = [piece(before), piece("Read the appeal", link("https://example.org/a")), piece(after)]
    text = markdown_inline(pieces)
    assert "<img" not in read_back(text)
    assert read_back(text) == html_inline(pieces)


@pytest.mark.parametrize(
    "pieces, html",
    [
        ([piece("و"), piece("«الأسد»", BOLD_), piece(" قال")], "و<strong>«الأسد»</strong> قال"),
        ([piece('"Hürriyet"', BOLD_), piece("'e göre")], '<strong>"Hürriyet"</strong>\'e göre'),
        ([piece("компании"), piece("«Газпром»", ITALIC_), piece("и")], "компании<em>«Газпром»</em>и"),
        ([piece("one", BOLD_), piece("two", ITALIC_)], "<strong>one</strong><em>two</em>"),
    ],
)
def test_a_run_markdown_delimiters_would_not_open_or_close_is_written_in_html(pieces, html):
    assert read_back(markdown_inline(pieces)) == html
