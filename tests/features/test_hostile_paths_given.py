"""Paths a person types (--out, --glossary, a project folder) are shown escaped and, when the system cannot take
them, refused as a wrong request: a run never prints a line the path made up, nor a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main


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
