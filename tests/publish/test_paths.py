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
