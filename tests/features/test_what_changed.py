"""After a re-run the summary says which editions changed and how many sentences in each, or that nothing did;
``--json`` carries the same, and the index page shows when each edition last changed.

The seed article translates from its reviewed memory alone, so the runs are
real and quick; a glossary fix of one Russian rendering changes exactly the
Russian sentences naming that person and nothing in Turkish.
"""

import json
import re

import docx
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.read import read_document

RUN = ("translate", "seeds/article.txt", "--to", "ru,tr", "--format", "md", "--memory", "seeds/article.tmx", "--index")
OLD_DATE = "2026-01-02T03:04:05+00:00"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def summary(*extra):
    result = cli(*RUN, "--json", *extra)
    assert result.exit_code == 0, result.output
    [article] = json.loads(result.stdout)["articles"]
    return article


def mamlouk_sentences(markdown: str) -> int:
    return sum(len(re.findall(r"[^.!?]*Мамлук[^.!?]*[.!?]", line)) for line in markdown.splitlines())


def test_a_rerun_says_what_changed_in_each_edition(workspace):
    first = summary()
    assert first["changed_since"] is None
    assert [(c["language"], c["first"], c["changed"]) for c in first["changes"]] == [
        ("ru", True, True),
        ("tr", True, True),
    ]
    sentences = first["changes"][0]["total"]
    assert sentences > 20

    # forced, nothing different: said so, per article and for the run
    again = cli(*RUN, "--force")
    assert again.exit_code == 0, again.output
    assert re.search(r"^  nothing changed since the last run \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)$", again.output, re.M)
    assert "changes: nothing changed since the last run" in again.output

    # an editor fixes the Russian rendering of one name: only the sentences naming him change
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Мамлюк", "Мамлук"), encoding="utf-8")
    manifest_path = workspace / "output" / "article" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["languages"].values():
        entry["changed"] = OLD_DATE  # as if the editions had last changed long ago
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    fixed = cli(*RUN)
    assert fixed.exit_code == 0, fixed.output
    russian = (workspace / "output" / "article" / "article.ru.md").read_text(encoding="utf-8")
    named = mamlouk_sentences(russian)
    assert named >= 4  # the article names him in four paragraphs
    assert "changed since the last run" in fixed.output
    assert f": ru ({named} of {sentences} sentences); unchanged: tr" in fixed.output
    assert "changes: 1 edition of 1 article changed since their last run" in fixed.output

    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["languages"]["tr"]["changed"] == OLD_DATE
    assert manifest["languages"]["ru"]["changed"] == manifest["written"] != OLD_DATE
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    turkish_row = index[index.index('id="article-tr"') :]
    turkish_row = turkish_row[: turkish_row.index("</tr>")]
    assert '<time datetime="2026-01-02T03:04:05+00:00">2026-01-02 03:04 UTC</time>' in turkish_row
    russian_row = index[index.index('id="article-ru"') :]
    russian_row = russian_row[: russian_row.index("</tr>")]
    assert f'<time datetime="{manifest["written"]}">' in russian_row

    # up to date, not forced: skipped, and the summary says nothing changed
    article = summary()
    assert article["status"] == "skipped"
    assert article["changed_since"] == manifest["written"]
    assert "changes: nothing changed since the last run" in cli(*RUN).output


def test_json_carries_each_editions_change(workspace):
    summary()
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Мамлюк", "Мамлук"), encoding="utf-8")
    article = summary()
    changes = {change["language"]: change for change in article["changes"]}
    assert changes["ru"]["changed"] and changes["ru"]["segments"] > 0 and not changes["ru"]["first"]
    assert changes["tr"] == {
        "language": "tr",
        "segments": 0,
        "total": changes["tr"]["total"],
        "status": "published",
        "status_before": "published",
        "first": False,
        "removed": 0,
        "changed": False,
    }


REVIEW_RUN = (
    "translate",
    "seeds/article.txt",
    "--to",
    "ru,tr",
    "--editions",
    "review",
    "--memory",
    "seeds/article.tmx",
)


def review_rows(workspace, code):
    """Each row's Status by its ID, and the paragraphs above the table."""
    document = docx.Document(str(workspace / "output" / "article" / f"article.{code}.review.docx"))
    rows = {row.cells[0].text: row.cells[3].text for row in document.tables[0].rows[1:]}
    return rows, [p.text for p in document.paragraphs]


def test_the_review_edition_of_a_rerun_marks_the_sentences_that_changed(workspace):
    assert cli(*REVIEW_RUN).exit_code == 0
    rows, lines = review_rows(workspace, "ru")
    assert not any("▲" in status for status in rows.values())  # a first run has nothing to compare with
    assert not any("since the last run" in line for line in lines)

    assert cli(*REVIEW_RUN, "--force").exit_code == 0
    rows, lines = review_rows(workspace, "ru")
    assert not any("▲" in status for status in rows.values())
    assert any(re.fullmatch(r"No sentence changed since the last run \(.* UTC\)\.", line) for line in lines)

    # an editor fixes the Russian rendering of one name: the rows naming him are marked, in Russian only
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Мамлюк", "Мамлук"), encoding="utf-8")
    assert cli(*REVIEW_RUN).exit_code == 0
    rows, lines = review_rows(workspace, "ru")
    english = {segment.id: segment.text for segment in read_document(workspace / "seeds" / "article.txt").segments}
    marked = {segment_id for segment_id, status in rows.items() if "\n▲ changed since the last run (" in status}
    assert marked == {segment_id for segment_id in rows if "Mamlouk" in english[segment_id]}
    assert any(line.startswith(f"{len(marked)} of {len(rows)} sentences changed since the last run") for line in lines)
    turkish, _ = review_rows(workspace, "tr")
    assert not any("▲" in status for status in turkish.values())
