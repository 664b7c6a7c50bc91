"""The editors' loop through the review DOCX: translate, correct in Word, import, translate again from the memory.

The issue's bar: an article the memory lacks is translated by the copy
models; its review editions are corrected with python-docx, names written in
the forms the sentences need; the import stores them with names as slots;
with the models removed the article translates from the memory alone, the
editions hold the reviewed sentences, and a glossary fix changes the names
in them.
"""

import json
import re

import docx
import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree
from review_files import ENGLISH, LANGUAGES, REVIEWED, SLOTS, STORY, correct, row_of, rows

from toolkit import run
from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.translate.memory import TmxDocument, load_memory

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
NEW_RENDERINGS = {"Мамлюк": "Мамлук", "Memluk": "Memlük", "مملوك": "مملوق", "مملوک": "مملوق"}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def shown(text: str) -> str:
    """An edition's text without the direction isolates Word and browsers need."""
    return re.sub("[\u2066-\u2069\u200e]", "", text)


@pytest.fixture
def story(workspace):
    (workspace / "news").mkdir()
    path = workspace / "news" / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def models(workspace, copy_models):
    """The copy models, installed in a folder of this test's own, so they can be removed."""
    folder = workspace / "models"
    for code in LANGUAGES:
        result = cli("models", "--models-dir", folder, "install", copy_models.archives[code])
        assert result.exit_code == 0, result.output
    return folder


def review_edition(workspace, code):
    return workspace / "output" / "story" / f"story.{code}.review.docx"


def test_round_trip_through_the_review_docx_for_an_article_the_memory_lacks(story, workspace, models, no_network):
    result = cli(
        "translate",
        story,
        "--to",
        ",".join(LANGUAGES),
        "--editions",
        "review,side-by-side",
        "--models-dir",
        models,
        "--memory",
        workspace / "seeds" / "article.tmx",
    )
    assert result.exit_code == 1, result.output  # the copy models' output is held back
    for code in LANGUAGES:
        document = docx.Document(str(review_edition(workspace, code)))
        assert [row.cells[0].text for row in rows(document)] == list(REVIEWED[code])
        assert all(row.cells[3].text.startswith("test copy model: translate-en_") for row in rows(document))
        correct(review_edition(workspace, code), REVIEWED[code], reviewer="Layla Haddad")

    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", *(review_edition(workspace, code) for code in LANGUAGES), "--memory", memory)
    assert result.exit_code == 0, result.output
    assert "20 added, 0 changed, 0 unchanged, 0 could not be taken (written)" in result.output
    assert TMX_DTD.validate(etree.parse(str(memory))), TMX_DTD.error_log
    stored = load_memory([memory])
    for code, slots in SLOTS.items():
        for segment_id, code_text in slots.items():
            hit = stored.lookup(ENGLISH[segment_id], code)
            assert (hit.unit_id, hit.template.code) == (f"story:{segment_id}", code_text), code
    unit = TmxDocument.open(memory).units()[0]
    assert unit.get("creationid") == "Layla Haddad"

    # the models removed: the article translates from the memory alone
    for code in LANGUAGES:
        assert cli("models", "--models-dir", models, "remove", f"en-{code}").exit_code == 0
    result = cli(
        "translate",
        story,
        "--to",
        ",".join(LANGUAGES),
        "--editions",
        "review,side-by-side,monolingual",
        "--models-dir",
        models,
        "--memory",
        memory,
    )
    assert result.exit_code == 0, result.output
    for code in LANGUAGES:  # the summary says what the review changed
        assert f"{code} (5 of 5 sentences; now ready to publish)" in result.output
    folder = workspace / "output" / "story"
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    for code in LANGUAGES:
        assert report["languages"][code]["origins"] == {"memory": 5}
        assert report["languages"][code]["errors"] == 0, report["languages"][code]["segments"]
        side_by_side = shown((folder / f"story.{code}.md").read_text(encoding="utf-8"))
        for text in REVIEWED[code].values():
            assert text in side_by_side, (code, text)
        document = docx.Document(str(review_edition(workspace, code)))
        assert [shown(row.cells[2].text) for row in rows(document)] == list(REVIEWED[code].values())
        assert all(row.cells[3].text.startswith("memory (reviewed): story.tmx#story:") for row in rows(document))
        # the re-run's review edition shows the editor what changed: every sentence, now the reviewed one
        assert all("\n▲ changed since the last run (" in row.cells[3].text for row in rows(document))
        assert any(p.text.startswith("5 of 5 sentences changed since the last run") for p in document.paragraphs)
        assert (folder / f"story.{code}.publish.docx").is_file()

    # an editor fixes a rendering: the reviewed sentences change with it
    people = workspace / "glossaries" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    for old, new in NEW_RENDERINGS.items():
        text = text.replace(old, new)
    people.write_text(text, encoding="utf-8")
    result = cli("translate", story, "--to", ",".join(LANGUAGES), "--models-dir", models, "--memory", memory)
    assert result.exit_code == 0, result.output
    russian = (folder / "story.ru.md").read_text(encoding="utf-8")
    assert "Посланник Эрдогана проговорил с Мамлуком 3 часа." in russian and "Мамлюк" not in russian
    assert "Erdoğan'ın elçisi Memlük ile 3 saat görüştü." in (folder / "story.tr.md").read_text(encoding="utf-8")
    arabic = shown((folder / "story.ar.md").read_text(encoding="utf-8"))
    assert "التقى اللواء علي مملوق بهاكان فيدان في موسكو يوم الاثنين." in arabic and "مملوك" not in arabic
    persian = shown((folder / "story.fa.md").read_text(encoding="utf-8"))
    assert "فرستاده\u200cی اردوغان ۳ ساعت با مملوق گفت\u200cوگو کرد." in persian


# --- the edition kind, the index, and the import's refusals ----------------------------------------------------


def test_review_editions_are_docx_files_listed_in_the_manifest_and_the_index(workspace):
    result = run(["seeds/article.txt"], languages=["ar", "ru"], kinds=["side-by-side", "review"], index=True)
    written = result.articles[0].written
    assert "article.ar.review.docx" in written and "article.ru.review.docx" in written
    assert not any(name.endswith(".review.md") for name in written)
    manifest = json.loads((workspace / "output" / "article" / "manifest.json").read_text(encoding="utf-8"))
    assert "article.ar.review.docx" in manifest["languages"]["ar"]["files"]
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert "<th>Review<br><small>edit in Word, then import</small></th>" in index
    assert 'href="article/article.ar.review.docx" download data-kind="review"' in index
    run(["seeds/article.txt"], languages=["ar", "ru"], force=True)  # a later run without review editions
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert ">Review<br>" not in index  # the column goes with the last review edition


def test_review_editions_need_docx(workspace):
    with pytest.raises(UserError, match="the review edition is a DOCX file"):
        run(["seeds/article.txt"], formats=["md"], kinds=["review"])
    (workspace / "newsroom.yaml").write_text("publish:\n  editions: [side-by-side, review]\n", encoding="utf-8")
    notices = []
    result = run(["seeds/article.txt"], languages=["ru"], formats=["md"], notice=notices.append)
    assert result.exit_code == 0 and result.articles[0].written == [
        "article.ru.md",
        "manifest.json",
        "report.json",
        "report.md",
    ]
    assert any("no review editions in this run" in line for line in notices)


def test_an_untouched_review_edition_of_reviewed_memory_changes_nothing(workspace):
    run(["seeds/article.txt"], languages=["fa"], kinds=["review"])
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    result = cli("memory", "import", "output/article/article.fa.review.docx", "--memory", memory)
    assert result.exit_code == 0, result.output
    assert "0 added, 0 changed, 24 unchanged, 0 could not be taken (unchanged)" in result.output
    assert memory.read_bytes() == before


def test_a_docx_that_is_not_a_review_edition_stops_the_import_and_nothing_is_written(workspace):
    run(["seeds/article.txt"], languages=["ru"], kinds=["side-by-side", "review"])
    review = workspace / "output" / "article" / "article.ru.review.docx"
    correct(review, {"3.1": "Посредники активизируются, а союзники сплачиваются вокруг Тегерана"})
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    result = CliRunner().invoke(
        main, ["memory", "import", str(review), "output/article/article.ru.docx", "--memory", str(memory)]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "article.ru.docx: this is the side-by-side edition, not the review edition" in result.output
    assert memory.read_bytes() == before


def test_the_import_reports_rows_it_cannot_take_and_stores_the_rest(story, workspace, models):
    cli("translate", story, "--to", "ru", "--editions", "review", "--models-dir", models)
    review = review_edition(workspace, "ru")
    document = docx.Document(str(review))
    for segment_id, text in REVIEWED["ru"].items():
        row_of(document, segment_id).cells[2].paragraphs[0].runs[0].text = text
        for run_ in row_of(document, segment_id).cells[2].paragraphs[0].runs[1:]:
            run_.text = ""
    row_of(document, "2.1").cells[2].paragraphs[0].runs[0].text = "Генерал встретился с Фиданом в Москве."
    row_of(document, "3.1").cells[0].paragraphs[0].runs[0].text = ""
    row_of(document, "4.1").cells[4].paragraphs[0].add_run("Is Ankara right here?")
    document.save(str(review))
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", review, "--memory", memory, "--reviewer", "A. Editor", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [item["unit"] for item in report["added"]] == ["story:1.1", "story:2.2", "story:4.1"]
    assert [(item["place"], item["reason"][:40]) for item in report["not_taken"]] == [
        ("story.ru.review.docx row 4", "the row has no ID, so the sentence it tr"),
        ("story.ru.review.docx row 2 (ID 2.1)", "'Ali Mamlouk' (mamlouk) is in the Englis"),
    ]
    assert report["comments"] == [
        {"place": "story.ru.review.docx row 5 (ID 4.1)", "language": "ru", "text": "Is Ankara right here?"}
    ]
    assert TmxDocument.open(memory).units()[0].get("creationid") == "A. Editor"
