"""Newsroom-ready publishing: monolingual editions, locale typography, the index page, and the run that writes them."""

import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import ROOT
from docx.oxml.ns import qn
from wordxml import (
    direct_run_formatting,
    paragraph_properties,
    paragraph_style_id,
    run_properties,
    run_style_id,
    style_chain,
    style_name,
)

from toolkit import run
from toolkit.document import Piece
from toolkit.errors import UserError
from toolkit.languages import language
from toolkit.localise import LRI, LRM, PDI, Localiser, solar_hijri
from toolkit.publish.monolingual import Front, monolingual_docx, monolingual_markdown
from toolkit.publish.text import markdown_text
from toolkit.publish.word import Faces
from toolkit.settings import Settings

DAY = date(2020, 1, 20)
LANGUAGES = ("ar", "fa", "tr", "ru")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def fronts(seed_editions):
    return {code: Front.of(edition, Settings(), DAY) for code, edition in seed_editions.items()}


@pytest.fixture(scope="module")
def documents(seed_editions, fronts):
    return {
        code: docx.Document(io.BytesIO(monolingual_docx(edition, fronts[code])))
        for code, edition in seed_editions.items()
    }


def localise(code, text, **options):
    return "".join(p.text for p in Localiser(language(code), **options).localise([Piece(text)]))


# Locale typography


def test_dates_and_hyphenated_numbers_keep_their_order_inside_rtl_text():
    assert localise("ar", "في 2024-03-12") == f"في {LRI}2024-03-12{PDI}"
    assert localise("ar", "في 2024-03-12", digits="native") == f"في {LRI}٢٠٢٤-٠٣-١٢{PDI}"
    assert localise("fa", "در 2024-03-12") == f"در {LRI}۲۰۲۴-۰۳-۱۲{PDI}"
    assert localise("ar", "نحو 13 صاروخاً و1,000 جندي") == "نحو 13 صاروخاً و1,000 جندي"  # nothing to fix


def test_latin_runs_inside_rtl_text_are_isolated_whole():
    assert localise("fa", "دیدار با Hakan Fidan، رئیس") == f"دیدار با {LRI}Hakan Fidan{PDI}، رئیس"
    assert localise("ar", "رحلة Flight 752.") == f"رحلة {LRI}Flight 752{PDI}."
    assert localise("ar", "زار NATO", direction_marks="marks") == f"زار {LRM}NATO{LRM}"
    assert localise("ar", "زار NATO", direction_marks="none") == "زار NATO"
    assert localise("ru", "встреча с Hakan Fidan 2024-03-12") == "встреча с Hakan Fidan 2024-03-12"


def test_newsroom_quotation_marks_replace_cldr():
    assert localise("ar", 'قال "نعم"') == "قال \u201dنعم\u201c"
    assert localise("ar", 'قال "نعم"', quotes=("«", "»")) == "قال «نعم»"


def test_solar_hijri_dates():
    assert solar_hijri(date(2024, 3, 20)) == (1403, 1, 1)  # Nowruz
    assert solar_hijri(date(2025, 3, 20)) == (1403, 12, 30)  # 1403 is a leap year
    assert solar_hijri(date(2025, 3, 21)) == (1404, 1, 1)
    assert solar_hijri(date(2020, 1, 20)) == (1398, 10, 30)


@pytest.mark.parametrize(
    "code, calendar, length, digits, expected",
    [
        ("ar", "gregorian", "long", "cldr", "20 يناير 2020"),
        ("ar", "gregorian", "long", "native", "٢٠ يناير ٢٠٢٠"),
        ("ar", "gregorian", "full", "cldr", "الاثنين، 20 يناير 2020"),
        ("fa", "persian", "long", "cldr", "۳۰ دی ۱۳۹۸"),
        ("fa", "persian", "full", "cldr", "دوشنبه ۳۰ دی ۱۳۹۸"),
        ("fa", "gregorian", "long", "latn", "20 ژانویهٔ 2020"),
        ("tr", "gregorian", "long", "cldr", "20 Ocak 2020"),
        ("ru", "gregorian", "long", "cldr", "20 января 2020\u202fг."),  # CLDR's narrow no-break space
    ],
)
def test_date_lines_per_locale_calendar_and_digits(code, calendar, length, digits, expected):
    assert Localiser(language(code), digits).format_date(DAY, calendar, length) == expected


# Monolingual DOCX


def body_paragraphs(document):
    return [p for p in document.paragraphs if p.text.strip()]


def test_front_matter_title_date_and_source_line(documents, seed_editions, seed_document):
    for code, document in documents.items():
        title, date_line, source_line, *body = body_paragraphs(document)
        assert title.style.name == "Title" and title.text == seed_editions[code].title
        assert date_line.text == Front.of(seed_editions[code], Settings(), DAY).date_line
        assert seed_document.title in source_line.text
        assert len(body) == len(seed_document.blocks) - 1
        assert [p.style.name for p in body].count("Heading 2") == 2
        assert document.core_properties.language == language(code).word_locale
    fa_source = body_paragraphs(documents["fa"])[2].text
    assert fa_source == f"ترجمه از انگلیسی. عنوان اصلی: {LRI}{seed_document.title}{PDI}"


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_rtl_editions_are_rtl_documents_with_complex_script_runs(documents, code):
    document = documents[code]
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    font = Faces.from_settings(Settings()).font(language(code))
    for paragraph in body_paragraphs(document):
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None and paragraph._p.pPr.find(qn("w:jc")) is None
        assert "bidi" in paragraph_properties(document, paragraph) and "jc" not in paragraph_properties(
            document, paragraph
        )
        for text_run in paragraph.runs:
            assert direct_run_formatting(text_run) == []
            properties = run_properties(document, paragraph, text_run)
            assert properties["rFonts"]["cs"] == font and "cstheme" not in properties["rFonts"]
            if ARABIC_LETTER.search(text_run.text):
                assert "rtl" in properties and not re.search("[A-Za-z]", text_run.text)
    source_line = body_paragraphs(document)[2]
    english = [text_run for text_run in source_line.runs if "Frantic" in text_run.text]
    assert len(english) == 1 and english[0].text.startswith(LRI)
    assert "rtl" not in run_properties(document, source_line, english[0])


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_no_italics_on_arabic_script(documents, code):
    document = documents[code]
    italic_tags = (qn("w:i"), qn("w:iCs"))
    for paragraph in body_paragraphs(document):
        assert not [e for e in paragraph._p.iter() if e.tag in italic_tags]
        styles = style_chain(document, paragraph_style_id(paragraph))
        styles += [s for run in paragraph.runs for s in style_chain(document, run_style_id(run))]
        for element in styles:
            assert not [e for e in element.iter() if e.tag in italic_tags], style_name(
                document, element.get(qn("w:styleId"))
            )


def test_date_and_source_lines_are_italic_grey_styles_in_latin_and_cyrillic(documents):
    for code in ("tr", "ru"):
        document = documents[code]
        _, date_line, source_line, first, *_ = body_paragraphs(document)
        assert [paragraph.style.name for paragraph in (date_line, source_line)] == ["Date Line", "Source Line"]
        for paragraph in (date_line, source_line):
            for text_run in paragraph.runs:
                properties = run_properties(document, paragraph, text_run)
                assert "i" in properties and properties["color"]["val"] == "555555"
                assert properties["sz"]["val"] == "18"  # 0.9 x the 10.5 pt body
        assert not any("i" in run_properties(document, first, text_run) for text_run in first.runs)
    arabic = body_paragraphs(documents["ar"])[1]
    assert run_properties(documents["ar"], arabic, arabic.runs[0])["color"]["val"] == "555555"


@pytest.mark.parametrize(
    "code, locale, body_cs",
    [("ar", "ar-SA", "25"), ("fa", "fa-IR", "22"), ("tr", "tr-TR", "21"), ("ru", "ru-RU", "21")],
)
def test_the_body_is_normal_text_and_normal_carries_the_edition_type(documents, code, locale, body_cs):
    document = documents[code]
    title, _, _, *body = body_paragraphs(document)
    assert {paragraph.style.name for paragraph in body} == {"Normal", "Heading 2"}
    paragraph = next(p for p in body if p.style.name == "Normal")
    properties = run_properties(document, paragraph, paragraph.runs[0])
    assert (properties["sz"]["val"], properties["szCs"]["val"]) == ("21", body_cs)
    assert properties["lang"]["val" if code in ("tr", "ru") else "bidi"] == locale
    spacing = paragraph_properties(document, paragraph)["spacing"]
    assert spacing["after"] == "168" and spacing["line"] == "276"  # 0.8 x the body size; the template's leading
    title_properties = run_properties(document, title, title.runs[0])
    assert title_properties["sz"]["val"] == "44" and "b" in title_properties  # 1.4 x the 16 pt title
    assert title_properties["color"]["val"] == "111111"


def test_arabic_script_titles_are_not_letter_spaced(documents):
    """The template's Title tracks its letters; in a cursive script that stretches every join."""
    for code, tracked in (("ar", False), ("fa", False), ("tr", True), ("ru", True)):
        document = documents[code]
        title = body_paragraphs(document)[0]
        assert ("spacing" in run_properties(document, title, title.runs[0])) is tracked, code


def test_a_flagged_title_is_marked(seed_editions):
    edition = seed_editions["fa"]
    front = Front.of(edition, Settings(), DAY)
    document = docx.Document(io.BytesIO(monolingual_docx(edition, replace(front, flagged=True))))
    title = body_paragraphs(document)[0]
    assert {style_name(document, run_style_id(text_run)) for text_run in title.runs} == {"Persian Flagged"}
    assert run_properties(document, title, title.runs[0])["shd"]["fill"] == "FFFF00"
    assert not [run_style_id(r) for p in body_paragraphs(document)[1:] for r in p.runs if "Flagged" in run_style_id(r)]


def test_styles_use_the_newsroom_fonts_not_the_theme(documents):
    for name in ("Title", "Heading 2"):
        fonts = documents["ar"].styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic" and fonts.get(qn("w:cstheme")) is None


# Monolingual Markdown


def test_markdown_edition_is_one_directed_block(seed_editions, fronts, seed_document):
    text = monolingual_markdown(seed_editions["ar"], fronts["ar"])
    assert text.count('<div dir="rtl" lang="ar">') == 1 and text.rstrip().endswith("</div>")
    assert "# " + seed_editions["ar"].title in text
    assert text.count("\n## ") == 2 and "<table" not in text
    assert "\n20 يناير 2020\n" in text and "*" not in text  # no italics on Arabic script
    russian = monolingual_markdown(seed_editions["ru"], fronts["ru"])
    assert '<div dir="ltr" lang="ru">' in russian and "\n*20 января 2020\u202fг.*\n" in russian
    paragraphs = [chunk for chunk in russian.split("\n\n") if len(chunk) > 300]
    assert len(paragraphs) == len([b for b in seed_document.blocks if b.kind.value == "paragraph"])


def test_markdown_text_is_escaped():
    assert markdown_text("1. *not* a list <b> & [link]") == r"1\. \*not\* a list \<b\> &amp; \[link\]"
    assert markdown_text("- not a bullet") == r"\- not a bullet"
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(markdown_text("1. *x* <b> & _y_ # z"))
    assert rendered == "<p>1. *x* &lt;b&gt; &amp; _y_ # z</p>\n"


# The run: files, index page, stale previews


def test_one_run_writes_both_edition_kinds_and_the_index(workspace):
    titles = {}
    result = run(
        ["seeds/article.txt"],
        kinds=["side-by-side", "monolingual"],
        index=True,
        day=DAY,
        on_article=lambda outcome, editions: titles.update({e.language.code: e.title for e in editions}),
    )
    folder = workspace / "output" / "article"
    names = set(result.articles[0].written)
    for code in LANGUAGES:
        for ext in ("docx", "md"):
            assert f"article.{code}.{ext}" in names and f"article.{code}.publish.{ext}" in names
        assert f"preview/article.{code}.html" in names
    assert len(names) == 16 + 4 + 3 and result.index == Path("output/index.html")
    assert not list(folder.rglob(".*.tmp"))
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]+)"', index)
    assert len(hrefs) == 4 * 5 + 1
    for href in hrefs:
        assert (workspace / "output" / href).is_file(), href
    assert '<td dir="rtl" lang="fa">' + titles["fa"] + "</td>" in index
    assert index.count(">ready to publish</span>") == 4 and "needs review" not in index


def test_index_keeps_the_articles_of_earlier_runs_and_stays_current(workspace):
    run(["seeds/article.txt"], languages=["ar"], index=True)
    (workspace / "seeds" / "again.txt").write_text(
        (workspace / "seeds" / "article.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = run(["seeds/again.txt"], languages=["ru"], formats=["md"])  # an existing index is kept current
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert 'id="article-ar"' in index and 'id="again-ru"' in index and 'id="again-ar"' not in index
    assert "2 articles" in index and "preview/again.ru.html" in result.articles[0].written
    run(["seeds/again.txt"], languages=["ru"], formats=["md"], index=False, force=True)
    assert (workspace / "output" / "index.html").read_text(encoding="utf-8") == index
    assert not (workspace / "output" / "again" / "preview" / "again.ru.html").exists()  # written with the index


def test_the_project_settings_file_turns_on_monolingual_editions_and_the_index(workspace):
    root = ROOT
    (workspace / "newsroom.yaml").write_text((root / "newsroom.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    from toolkit.cli import main

    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "fa", "--date", "2020-01-20"])
    assert result.exit_code == 0, result.output
    assert "index: output/index.html" in result.output
    markdown = (workspace / "output" / "article" / "article.fa.publish.md").read_text(encoding="utf-8")
    assert "\n۳۰ دی ۱۳۹۸\n" in markdown


def test_a_language_a_run_writes_is_replaced_whole_and_the_others_are_kept(workspace):
    run(["seeds/article.txt"], languages=["tr", "ru"], index=True)
    folder = workspace / "output" / "article"
    (folder / "preview" / "article.tr-1.png").write_bytes(b"an old page")  # a preview of an older DOCX
    russian = (folder / "article.ru.docx").read_bytes()
    run(["seeds/article.txt"], languages=["tr"], formats=["md"])
    assert not (folder / "article.tr.docx").exists() and not (folder / "preview" / "article.tr-1.png").exists()
    assert (folder / "article.tr.md").is_file() and (folder / "preview" / "article.tr.html").is_file()
    assert (folder / "article.ru.docx").read_bytes() == russian  # a language the run did not ask for stays
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["languages"]["tr"]["files"] == ["article.tr.md", "preview/article.tr.html"]
    assert "article.ru.docx" in manifest["languages"]["ru"]["files"]
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert list(report["languages"]) == ["tr", "ru"]  # the report still covers the edition kept
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert 'id="article-ru"' in index and 'id="article-tr"' in index


def test_preview_needs_docx_and_its_tools(workspace, monkeypatch):
    with pytest.raises(UserError, match="previews are rendered from the DOCX editions"):
        run(["seeds/article.txt"], formats=["md"], preview=True)
    monkeypatch.setattr("toolkit.publish.preview.shutil.which", lambda name: None)
    with pytest.raises(UserError) as caught:
        run(["seeds/article.txt"], languages=["ar"], preview=True)
    assert "--preview needs" in caught.value.message and "libreoffice-writer-nogui" in caught.value.fix
    assert not (workspace / "output").exists()


def test_cli_options_for_editions_index_preview_and_date(workspace):
    from toolkit.cli import main

    result = CliRunner().invoke(
        main,
        [
            "translate",
            "seeds/article.txt",
            "--to",
            "ru",
            "--editions",
            "monolingual",
            "--format",
            "md",
            "--index",
            "--date",
            "2020-01-20",
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (workspace / "output" / "article").iterdir()) == [
        "article.ru.publish.md",
        "manifest.json",
        "report.json",
        "report.md",
    ]  # no side-by-side: no HTML preview
    assert "*20 января 2020\u202fг.*" in (workspace / "output" / "article" / "article.ru.publish.md").read_text("utf-8")
    for args, message in (
        (["--editions", "print"], "unknown edition kind 'print'"),
        (["--date", "20/01/2020"], "--date '20/01/2020' is not a date"),
        (["--format", "md", "--preview"], "previews are rendered from the DOCX editions"),
    ):
        result = CliRunner().invoke(main, ["translate", "seeds/article.txt", *args])
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_report_json_names_the_titles_the_index_shows(workspace):
    run(["seeds/article.txt"], languages=["ar"], index=True)
    report = json.loads((workspace / "output" / "article" / "report.json").read_text(encoding="utf-8"))
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert report["languages"]["ar"]["title"] in index and report["title"] in index
