"""A file that is no review file given to `toolkit memory import`: refused before it is read, with directions.

Correcting an edition (the Markdown or DOCX a reader gets, an HTML page) and
importing it is a common mistake: editions carry no sentence ids and are
never read back. The import names what the file is and points to the files
that import (the review DOCX, XLIFF, TMX), whatever the file is named.
"""

import codecs

import pytest
from click.testing import CliRunner

from toolkit.cli import main


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    """Every edition of the seed article in Russian and Arabic, as a run writes them."""
    import shutil

    from conftest import GLOSSARY_DIR, SEED, SEED_MEMORY

    folder = tmp_path_factory.mktemp("editions")
    (folder / "seeds").mkdir()
    shutil.copy(SEED, folder / "seeds" / "article.txt")
    shutil.copy(SEED_MEMORY, folder / "seeds" / "article.tmx")
    shutil.copytree(GLOSSARY_DIR, folder / "glossaries")
    result = CliRunner().invoke(
        main,
        [
            "translate",
            str(folder / "seeds" / "article.txt"),
            "--to",
            "ru,ar",
            "--editions",
            "side-by-side,monolingual,review",
            "--glossary",
            str(folder / "glossaries"),
            "--out",
            str(folder / "out"),
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    return folder / "out" / "article"


def refused(path, workspace):
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    result = cli("memory", "import", path, "--memory", memory)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert memory.read_bytes() == before
    return result.output


EDITION_FIX = "editions are written from the memory and are not read back"


@pytest.mark.parametrize("name", ["article.ru.md", "article.ar.md", "article.ru.publish.md", "article.ar.publish.md"])
def test_a_markdown_edition_is_refused_with_the_files_that_import(editions, workspace, name):
    said = refused(editions / name, workspace)
    assert f"{name}: a Markdown file is not a review file (an edition?)" in said
    assert EDITION_FIX in said and ".review.docx" in said and "--format xliff" in said


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("article.ru.docx", "the side-by-side edition"),
        ("article.ar.docx", "the side-by-side edition"),
        ("article.ru.publish.docx", "the monolingual edition"),
        ("article.ar.publish.docx", "the monolingual edition"),
    ],
)
def test_a_docx_edition_is_named_as_the_edition_it_is(editions, workspace, name, kind):
    said = refused(editions / name, workspace)
    assert f"this is {kind}, not the review edition" in said and EDITION_FIX in said


@pytest.mark.parametrize("suffix", [".xlf", ".xliff", ".tmx"])
def test_a_markdown_edition_renamed_as_a_review_file_is_still_told_apart(editions, workspace, suffix):
    disguised = workspace / f"article.ru{suffix}"
    disguised.write_bytes((editions / "article.ru.md").read_bytes())
    said = refused(disguised, workspace)
    assert f"this is a Markdown edition of the toolkit named {suffix}, not a review file" in said


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("page.html", "<!DOCTYPE html><html><body><p>Путин</p></body></html>", "an HTML page is not a review file"),
        ("page.tmx", "\ufeff<!-- saved -->\n<html lang='ru'><body>x</body></html>", "this is an HTML page named .tmx"),
        ("story.xlf", "# Заголовок\n\nПутин встретился с Эрдоганом.\n", "this is not XML"),
        ("notes.txt", "Путин", "a text file is not a review file"),
    ],
)
def test_pages_and_text_files_are_refused_by_what_they_are(workspace, name, content, said):
    path = workspace / name
    path.write_text(content, encoding="utf-8")
    assert said in refused(path, workspace)


def test_a_folder_is_refused_with_the_review_files_to_give(editions, workspace):
    said = refused(editions, workspace)
    assert "this is a folder, not a review file" in said and "*.review.docx" in said


def test_the_review_edition_beside_them_still_imports(editions, workspace):
    result = cli(
        "memory", "import", editions / "article.ru.review.docx", "--memory", workspace / "seeds" / "article.tmx"
    )
    assert result.exit_code == 0, result.output


def test_a_tmx_in_utf16_as_cat_tools_write_it_still_imports(workspace):
    shared = workspace / "shared.tmx"
    assert cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", shared).exit_code == 0
    text = shared.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    utf16 = workspace / "utf16.tmx"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))

    result = cli("memory", "import", utf16, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 could not be taken" in result.output


def test_a_tmx_opening_with_many_comments_imports_at_once(workspace):
    # a comment ends at its first "-->": a file that opens with comments (a CAT tool's banner, one line each)
    # is read in one pass, however many there are, not tried in every way of joining them
    shared = workspace / "shared.tmx"
    assert cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", shared).exit_code == 0
    text = shared.read_text(encoding="utf-8")
    body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
    banner = workspace / "banner.tmx"
    banner.write_text("<!---->\n" * 40 + "<!-- exported -->" + body, encoding="utf-8")

    result = cli("memory", "import", banner, "--memory", "seeds/article.tmx")

    assert result.exit_code == 0, result.output
    assert "0 could not be taken" in result.output


def test_an_html_page_after_many_comments_is_still_told_apart(workspace):
    page = workspace / "page.xlf"
    page.write_text("<!-- a -->\n" * 40 + "<!-- saved --->\n<html><body>x</body></html>", encoding="utf-8")
    assert "this is an HTML page named .xlf" in refused(page, workspace)
