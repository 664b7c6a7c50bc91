"""Counts the commands print read as English: one thing, several things (1 XLIFF file, 2 XLIFF files)."""

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.cli.common import counted


@pytest.mark.parametrize(
    ("count", "one", "many", "said"),
    [
        (0, "error", None, "0 errors"),
        (1, "error", None, "1 error"),
        (2, "warning", None, "2 warnings"),
        (1, "entry", "entries", "1 entry"),
        (5, "entry", "entries", "5 entries"),
        (1, "XLIFF file", None, "1 XLIFF file"),
        (12, "name", None, "12 names"),
    ],
)
def test_a_count_agrees_with_its_noun(count, one, many, said):
    assert counted(count, one, many) == said


@pytest.mark.parametrize(
    ("languages", "said"), [("ru", "1 XLIFF file in review"), ("ru,tr", "2 XLIFF files in review")]
)
def test_the_xliff_export_counts_its_files(workspace, languages, said):
    result = CliRunner().invoke(
        main,
        [
            "memory",
            "export",
            "seeds/article.txt",
            "--format",
            "xliff",
            "--to",
            languages,
            "--out",
            "review",
            "--no-models",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n").endswith(said)
    assert len(list((workspace / "review").glob("*.xlf"))) == len(languages.split(","))
