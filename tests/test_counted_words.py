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


@pytest.mark.parametrize(
    ("errors", "warnings", "said"),
    [
        (0, 0, "QA: 0 errors, 0 warnings"),
        (1, 1, "QA: 1 error, 1 warning"),
        (2, 1, "QA: 2 errors, 1 warning"),
        (1, 11, "QA: 1 error, 11 warnings"),
        (21, 0, "QA: 21 errors, 0 warnings"),
    ],
)
def test_the_index_page_counts_each_article_s_findings_in_agreeing_words(errors, warnings, said):
    from toolkit.publish.index import ArticleCard, _index_body

    card = ArticleCard(
        name="briefing",
        title="A briefing",
        source="briefing.txt",
        written="2026-11-28T04:13:00+00:00",
        status="published",
        errors=errors,
        warnings=warnings,
        report_href="briefing/report.md",
        renamed_from=None,
        rows=[],
    )
    body = _index_body([card], {}, 0, 0, "2026-11-28T04:13:00+00:00", "toolkit", [])
    assert f" · {said} (<a " in body


@pytest.mark.parametrize(
    ("count", "said"), [(1, "1 segment"), (2, "2 segments"), (11, "11 segments"), (21, "21 segments")]
)
def test_a_run_without_a_model_counts_the_segments_it_could_not_translate(count, said):
    from toolkit.pipeline import _missing_message

    ids = [f"s{number}" for number in range(1, count + 1)]
    error = str(_missing_message({"briefing": {"ar": ids}}))
    assert f"no translation for {said} (ar: segment{'s' if count > 1 else ''} s1" in error
