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


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"inputs": 123}, "inputs is 123 (int), not a path or a list of paths"),
        ({"inputs": [None]}, "inputs is [None] (list), not a path or a list of paths"),
        ({"inputs": [b"seeds/article.txt"]}, "inputs is [b'seeds/article.txt'] (list), not a path"),
        ({"languages": 5}, "languages is 5 (int), not names"),
        ({"formats": {"docx": True}}, "formats is {'docx': True} (dict), not names"),
        ({"kinds": [1]}, "kinds is [1] (list), not names"),
        ({"out_dir": 5}, "out_dir is 5 (int), not a path"),
        ({"out_dir": ""}, "out_dir is '' (str), not a path (str or pathlib.Path; '.' for the working folder)"),
        ({"out_dir": "editions\x00"}, "out_dir is 'editions\\x00' (str), not a path"),
        ({"memory_paths": [5]}, "memory_paths is [5] (list), not a path or a list of paths"),
        ({"settings": {"digits": "latn"}}, "settings is {'digits': 'latn'} (dict), not a settings file's path"),
        ({"digits": "roman"}, "digits is 'roman' (str), not one of cldr, native, latn"),
        ({"day": "2026-11-01"}, "day is '2026-11-01' (str), not a datetime.date"),
        ({"force": "no"}, "force is 'no' (str), not True or False"),
        ({"preview": "yes"}, "preview is 'yes' (str), not True, False or None"),
        ({"on_article": "print"}, "on_article is 'print' (str), not a function"),
        ({"notice": 5}, "notice is 5 (int), not a function"),
        ({"jobs": "2"}, "jobs is '2' (str), not a whole number of worker processes"),
        ({"wait": float("nan")}, "wait is nan (float), not a number of seconds from 0 to 604,800"),
        ({"wait": -5}, "wait is -5 (int), not a number of seconds from 0 to 604,800"),
        ({"article_timeout": "5"}, "article_timeout is '5' (str), not a number of seconds, 1 or more"),
    ],
    ids=lambda value: next(iter(value)) if isinstance(value, dict) else "",
)
def test_a_value_of_the_wrong_kind_is_a_wrong_request_naming_the_parameter(workspace, arguments, named):
    # each was a TypeError or AttributeError from deep inside the run ('int' object is not iterable, 'int' object
    # has no attribute 'strip'), or taken in silence: digits='roman' wrote the settings' digits, day='2026-11-01'
    # was ignored, wait=nan and wait=-5 did not wait, out_dir='' wrote into the working folder (--out '' is refused)
    from toolkit import UserError

    arguments = {"inputs": ["seeds/article.txt"], "languages": ["tr"], **arguments}
    with pytest.raises(UserError) as raised:
        run(**arguments)
    assert f"run(): {named}" in raised.value.message
    assert "help(toolkit.run)" in raised.value.fix
    assert not (workspace / "output").exists()  # refused before anything was written


def test_inputs_given_as_a_generator_or_a_tuple_are_the_articles_they_name(workspace):
    (workspace / "news").mkdir()
    (workspace / "news" / "talks.txt").write_text("Talks in Ankara went on.\n")
    result = run((workspace / "news").glob("*.txt"), languages=("tr",), memory_paths=(), formats=("md",))
    assert [article.name for article in result.articles] == ["talks"]
