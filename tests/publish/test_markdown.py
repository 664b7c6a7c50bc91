import re

import pytest

from toolkit.publish.markdown import side_by_side_markdown


def test_translation_cells_carry_direction_and_language(seed_editions):
    text = side_by_side_markdown(seed_editions["ar"])
    assert "<table>" in text and "<table dir" not in text  # a dir on the table would mirror the columns
    rows = re.findall(r"<tr>.*</tr>", text)
    assert len(rows) == 1 + 9
    assert all('<td dir="rtl" lang="ar"' in row for row in rows[1:])
    assert rows[0].index('lang="en"') < rows[0].index('lang="ar"')  # English first, i.e. left


def test_translated_title_in_a_portable_rtl_block(seed_editions):
    text = side_by_side_markdown(seed_editions["fa"])
    assert '<div dir="rtl" lang="fa">\n\n# ' + seed_editions["fa"].title + "\n\n</div>" in text


def test_ltr_edition_and_headings(seed_editions):
    text = side_by_side_markdown(seed_editions["ru"])
    assert '<td dir="ltr" lang="ru" valign="top"><h2>' in text
    assert text.count("<h3>") == 4  # two subheadings, both columns


def test_text_is_html_escaped(seed_editions):
    from dataclasses import replace

    from toolkit.document import Block, BlockKind, Piece, Segment

    edition = seed_editions["tr"]
    block = edition.blocks[1]
    segment = replace(block.segments[0], pieces=[Piece("<b>A & B</b>")])
    source = Block(BlockKind.PARAGRAPH, (Segment("2.1", "x < y"),))
    text = side_by_side_markdown(replace(edition, blocks=[replace(block, source=source, segments=[segment])]))
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in text and "x &lt; y" in text


def test_values_in_the_leading_comment_cannot_close_it():
    from toolkit.publish.text import comment_text

    assert (
        comment_text("b --><img src=x onerror=alert(1)><!--")
        == "b &#45;&#45;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;!&#45;&#45;"
    )
    assert "--" not in comment_text("a--b") and ">" not in comment_text("->")
    for edge in ("-x", "x-", "a---b", "-", "--"):  # nothing the comment's own <!-- or --> could join
        written = comment_text(edge)
        assert "--" not in f"<!-- {written} -->"[5:-4] and not written.startswith("-") and not written.endswith("-")


@pytest.mark.parametrize("name", ["syria-talks", "al-Nusra-front", "2026-11-28-briefing", "ru-en"])
def test_an_article_name_with_single_hyphens_reads_as_it_is_in_the_leading_comment(name):
    from toolkit.publish.text import comment_text

    assert comment_text(name) == name


def _ordered_list_styles(settings) -> dict[str, str]:
    import re as _re

    from toolkit.publish.html import font_css

    return dict(_re.findall(r'\[lang="(\w+)"\] ol \{ list-style-type: ([\w-]+); \}', font_css(settings)))


def test_the_html_preview_counts_a_list_in_the_edition_s_digits(tmp_path):
    from toolkit.settings import Settings, load_settings

    assert _ordered_list_styles(Settings()) == {"fa": "persian"}
    path = tmp_path / "newsroom.yaml"
    path.write_text("languages:\n  ar:\n    digits: native\n  fa:\n    digits: latn\n", encoding="utf-8")
    assert _ordered_list_styles(load_settings(path)) == {"ar": "arabic-indic"}


def test_a_side_by_side_page_does_not_change_with_the_settings_of_a_language_it_does_not_show(seed_editions, tmp_path):
    """The up-to-date check leaves out the settings of languages a run does not write: an Arabic page stays the
    same when the Persian font or digits change, and carries the Arabic font and digits it shows."""
    from toolkit.publish.html import side_by_side_html
    from toolkit.settings import load_settings

    def page(text: str) -> str:
        path = tmp_path / "newsroom.yaml"
        path.write_text(text, encoding="utf-8")
        return side_by_side_html(seed_editions["ar"], load_settings(path))

    first = page('languages:\n  fa:\n    font: "Vazirmatn"\n')
    assert page('languages:\n  fa:\n    font: "Another Persian Font"\n    digits: latn\n') == first
    assert 'lang="fa"' not in first
    own = page('languages:\n  ar:\n    font: "Amiri"\n    digits: native\n')
    assert '[lang="ar"] { font-family: "Amiri"' in own and '[lang="ar"] ol { list-style-type: arabic-indic; }' in own


@pytest.mark.parametrize(
    "line",
    ["- x", "   - x", "  + y", " * z", "  1. first", "   2) second", "  ---", " ===", "   -- a dash", "- x -"],
)
def test_a_line_indented_up_to_three_spaces_never_opens_a_list_or_underlines_a_heading(line):
    # Markdown reads a list marker or a heading's underline after up to three spaces as at the line's start
    from markdown_it import MarkdownIt

    from toolkit.publish.text import markdown_text

    for before in ("", "A paragraph's first line\n"):
        rendered = MarkdownIt("commonmark").render(before + markdown_text(line))
        assert rendered.startswith("<p>") and rendered.count("<p>") == 1, rendered
        assert line.strip() in rendered


@pytest.mark.parametrize(
    "text",
    [
        'Lavrov said "no" & left <b>',
        "O'Brien's <script>alert('x')</script>",
        "&amp; already escaped &lt;",
        "«Путин» & «Эрдоган» — <i>",
        "\u202eعربي\u202c 'quoted' \"double\" >",
        "",
    ],
)
def test_escape_gives_what_the_standard_librarys_html_escape_gives(text):
    import html

    from toolkit.publish.text import escape

    assert escape(text) == html.escape(text)
    assert escape(text, quote=False) == html.escape(text, quote=False)
