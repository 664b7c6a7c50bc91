"""The library's run() called as a script writer would: one path or one language where it takes a list is that
one item, never each of its characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import run


@pytest.mark.parametrize("given", ["seeds/article.txt", Path("seeds/article.txt")], ids=["a string", "a Path"])
def test_one_article_given_as_a_path_translates_that_article_alone(workspace, given):
    (workspace / "notes.txt").write_text("Talks in Ankara.\n\nThe desk's notes, never to be translated.\n")
    # a string was read letter by letter: 's', 'e', ... (no such files) and '.', the working folder, whose every
    # article was translated (notes.txt among them)
    result = run(given, languages=["tr"])
    assert result.exit_code == 0
    assert [article.name for article in result.articles] == ["article"]
    assert sorted(p.name for p in (workspace / "output").iterdir() if not p.name.startswith(".")) == ["article"]


def test_one_article_given_by_keyword_is_that_article(workspace):
    result = run(inputs="seeds/article.txt", languages=["ru"])
    assert [(article.name, article.status) for article in result.articles] == [("article", "published")]


@pytest.mark.parametrize(
    ("languages", "written"),
    [("ar", ["ar"]), ("ar,tr", ["ar", "tr"]), ("fa, ru", ["fa", "ru"])],
    ids=["one", "two", "two spaced"],
)
def test_languages_given_as_a_string_are_read_as_the_command_reads_them(workspace, languages, written):
    # 'ar' was refused as "unknown or unsupported language 'a'"
    result = run(["seeds/article.txt"], languages=languages)
    assert result.exit_code == 0
    assert list(result.articles[0].languages) == written


def test_one_memory_and_one_glossary_folder_given_as_strings_are_used(workspace):
    # 'seeds/article.tmx' was refused as "translation memory not found" naming 's', the glossaries as 'g'
    result = run(
        ["seeds/article.txt"],
        languages=["ar"],
        memory_paths="seeds/article.tmx",
        glossary_paths="glossaries",
        formats="md",
    )
    assert result.exit_code == 0
    assert sorted(p.suffix for p in (workspace / "output" / "article").glob("article.ar*")) == [".md"]


def test_a_list_of_inputs_is_taken_as_it_is(workspace):
    result = run(["seeds/article.txt", "seeds"], languages=["tr"])  # the same article twice: once
    assert [article.name for article in result.articles] == ["article"]
