"""Paths a person types (--out, --glossary, a project folder) are shown escaped and, when the system cannot take
them, refused as a wrong request: a run never prints a line the path made up, nor a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.cli import main
from toolkit.errors import UserError, name_too_long


@pytest.mark.parametrize(
    ("out", "shown"),
    [
        ("editions\nfix: rm -rf ~", "editions\\nfix: rm -rf ~"),
        ("editions\r", "editions\\r"),
        ("news\u202egpj.exe", "news\\u202egpj.exe"),
    ],
    ids=["a line end", "a carriage return", "a right-to-left override"],
)
def test_an_output_folder_holding_a_line_end_or_an_override_is_printed_escaped(workspace, out, shown):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "--index", "--out", out])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"output: {shown}" in lines
    assert f"index: {shown}/index.html" in lines
    assert (
        f"article: 1 edition (tr) in {shown}/article/ - QA: 0 errors, 0 warnings (see {shown}/article/report.md)"
        in lines
    )
    assert not any(line.startswith(("fix: rm", "/index.html")) for line in lines)
    assert (workspace / out / "article" / "article.tr.md").is_file()  # written where asked, as asked


def test_a_glossary_path_holding_a_line_end_is_printed_escaped(workspace):
    (workspace / "glossaries").rename(workspace / "desk\nglossary")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "--glossary", "desk\nglossary"])
    assert result.exit_code == 0, result.output
    assert "glossary: desk\\nglossary (" in result.output
    assert "\nglossary (" not in result.output


LONG_NAME = "x" * 300  # one name longer than the 255 bytes a file system takes
LONG_PATH = "/".join(["folder"] * 1000)  # names each short, a path longer than the 4,096 bytes a system takes


@pytest.mark.parametrize("out", [LONG_NAME, LONG_PATH, "x" * 100_000], ids=["a long name", "a long path", "100,000"])
def test_an_output_folder_too_long_for_the_system_is_a_wrong_request_shown_by_its_ends(workspace, out):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "--out", out])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    error = result.output.splitlines()[-2:]
    assert error[0].startswith(f"error: {out[:100]}...{out[-100:]} ({len(out):,} characters): the name is too long")
    assert error[1] == "  fix: give --out a folder with a shorter path"
    assert sorted(p.name for p in workspace.iterdir()) == ["glossaries", "seeds"]  # nothing written


def test_the_library_refuses_an_output_folder_too_long_as_a_wrong_request(workspace):
    with pytest.raises(UserError, match="the name is too long for this system"):
        run(["seeds/article.txt"], out_dir=LONG_PATH, languages=["tr"])


@pytest.mark.parametrize("glossary", [LONG_NAME, LONG_PATH], ids=["a long name", "a long path"])
def test_a_glossary_path_too_long_for_the_system_is_a_wrong_request(workspace, glossary):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "tr", "--glossary", glossary])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.output.startswith("error: ")
    assert not (workspace / "output").exists()


def test_a_short_path_is_shown_whole(workspace):
    assert str(name_too_long("editions/" + "x" * 190)).startswith(f"editions/{'x' * 190}: the name is too long")


@pytest.mark.parametrize(
    "arguments",
    [
        ["translate", "seeds/article.txt", "--to", "tr", "--memory", LONG_NAME],
        ["translate", "seeds/article.txt", "--to", "tr", "--settings", LONG_NAME],
        ["translate", "seeds/article.txt", "--to", "tr", "--project", LONG_NAME],
        ["glossary", "suggest", LONG_NAME],
        ["memory", "import", "--memory", "desk.tmx", LONG_NAME],
    ],
    ids=["a memory", "a settings file", "a project", "an article to survey", "a file to import"],
)
def test_any_command_given_a_path_too_long_says_so_as_a_wrong_request(workspace, arguments):
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.splitlines()[-2:] == [
        f"error: {LONG_NAME[:100]}...{LONG_NAME[-100:]} (300 characters): the name is too long for this system "
        "(a file or folder name holds at most 255 bytes, a whole path 4,096)",
        "  fix: shorten the path or the names in it",
    ]
    assert not (workspace / "output").exists() and not (workspace / "desk.tmx").exists()


def test_an_article_path_too_long_among_others_fails_alone(workspace):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", LONG_NAME, "--to", "tr"])
    assert result.exit_code == 1, result.output
    assert "article: 1 edition (tr) in output/article/" in result.output
    assert f"failed: {LONG_NAME}: the name is too long for this system (a file or folder name" in result.output
    assert "summary: 2 articles: 1 published, 0 held back, 1 failed" in result.output
    assert (workspace / "output" / "article" / "article.tr.md").is_file()
