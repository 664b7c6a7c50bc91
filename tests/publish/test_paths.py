"""Output paths: named in one module, and every name it writes is read back as what it is."""

import pytest

from toolkit.publish import paths
from toolkit.publish.paths import EditionFile, describe, edition_file, html_page, language_of, preview_page, preview_pdf


@pytest.mark.parametrize("kind", [paths.SIDE_BY_SIDE, paths.MONOLINGUAL, paths.REVIEW])
@pytest.mark.parametrize("format", paths.FORMATS)
def test_every_edition_file_is_described_back(kind, format):
    name = edition_file("a.b story", "fa", kind, format)  # dots and spaces in an article's name
    assert describe("a.b story", name) == EditionFile("fa", kind, format)
    docx = edition_file("a.b story", "fa", kind, "docx")
    assert describe("a.b story", preview_pdf(docx)) == EditionFile("fa", kind, "pdf")
    assert describe("a.b story", preview_page(docx, 12)) == EditionFile("fa", kind, "png", 12)


def test_names_follow_the_documented_layout():
    assert edition_file("story", "ru", paths.SIDE_BY_SIDE, "docx") == "story.ru.docx"
    assert edition_file("story", "ru", paths.MONOLINGUAL, "md") == "story.ru.publish.md"
    assert edition_file("story", "ar", paths.REVIEW, "docx") == "story.ar.review.docx"
    assert preview_page("story.ar.review.docx", 3) == "preview/story.ar.review-3.png"
    assert html_page("story", "ar") == "preview/story.ar.html"
    assert preview_pdf("story.ar.publish.docx") == "preview/story.ar.publish.pdf"
    assert preview_page("story.ar.docx", 2) == "preview/story.ar-2.png"
    assert describe("story", html_page("story", "ar")) == EditionFile("ar", paths.SIDE_BY_SIDE, "html")


@pytest.mark.parametrize(
    "relative",
    [
        "report.md",
        "manifest.json",
        "other.ru.docx",
        "story.de.docx",
        "story.ru.docx.bak",
        "../story.ru.docx",
        "preview/preview/story.ru.pdf",
        "story.ru.publish.publish.md",
        "story.ru-x.png",
        "story.ru.review.publish.docx",
        "story.ru.publish.review.docx",
        "story.review.docx",
    ],
)
def test_files_that_are_not_the_articles_editions_are_nothing(relative):
    assert describe("story", relative) is None and language_of("story", relative) is None


def test_article_folders_leave_out_hidden_folders_files_and_links(tmp_path):
    for name in ("b", "a", ".a.toolkit-staging-1-ab", ".hidden"):
        (tmp_path / name).mkdir()
    (tmp_path / "index.html").write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert paths.article_folders(tmp_path) == ["a", "b"]
    assert paths.article_folders(tmp_path / "missing") == []


@pytest.mark.parametrize(
    "stem, why",
    [
        # a long headline as a file name: shortened with a hash, though every character of it is safe
        ("Putin and Erdogan meet in Ankara to discuss the ceasefire in northern Syria and the grain corridor", "long"),
        ("مذاکرات" * 20, "long"),  # 140 Arabic letters: 280 bytes
        # a Mac writes file names decomposed: Türkiye is T, u and a combining diaeresis; the output's is composed
        ("Tu\u0308rkiye talks", "composed"),
        ("  Putin   met  Erdogan ", "spaces"),
        ("..story", "spaces"),
        ("report\u202etxt.exe", "unsafe"),
        ("a/b: talks?", "unsafe"),
        ("CON", "device"),
        ("index.html", "index"),
    ],
)
def test_the_notice_of_a_renamed_article_says_why_it_was_renamed(stem, why):
    assert paths.article_name(stem) != stem
    reason = paths.why_renamed(stem)
    expected = {
        "long": "the file name is longer than an output's may be (80 characters, 200 bytes): shortened, with a hash "
        "of it that keeps it apart from others",
        "composed": "the file name's accented letters are written composed (Unicode NFC), as web pages and other "
        "systems expect",
        "spaces": "spaces and dots at the ends of the file name or repeated in it are left out",
        "unsafe": "the file name has characters that are unsafe in file names or web pages",
        "device": "Windows keeps the name for a device: no file or folder on a Windows share may take it",
        "index": "the output folder keeps the name for its index page",
    }[why]
    assert reason == expected


def test_a_name_both_unsafe_and_long_is_told_both():
    stem = "<b>" + "Putin and Erdogan meet in Ankara " * 3
    assert paths.why_renamed(stem) == (
        "the file name has characters that are unsafe in file names or web pages; the file name is longer than an "
        "output's may be (80 characters, 200 bytes): shortened, with a hash of it that keeps it apart from others"
    )
