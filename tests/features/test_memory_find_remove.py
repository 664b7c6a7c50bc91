"""`toolkit memory find` and `toolkit memory remove`: an editor finds a unit, takes a wrong one out, and lists what
an import stored.

Each translation found names its file and line, unit, who changed it, when
and from which review file, with the English and the translation as an
edition shows it (names rendered). A unit taken out is gone from the next run
(the sentence is translated again), unless another unit still holds it,
which is named.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree
from review_files import correct

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument, load_memory

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
MEMORY = "seeds/article.tmx"
HEADLINE = "Mediation efforts gain momentum as allies rally around Tehran"
# a word of each language's translation of the headline, as the editions show it
HEADLINE_WORDS = {"ru": "Тегерана", "tr": "Tahran", "ar": "طهران", "fa": "تهران"}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_find_a_unit_by_a_word_of_its_translation_as_the_editions_show_it(workspace, code):
    result = cli("memory", "find", HEADLINE_WORDS[code], "--memory", MEMORY, "--to", code, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert "article:3.1" in [item["unit"] for item in found]
    headline = next(item for item in found if item["unit"] == "article:3.1")
    assert headline["english"] == HEADLINE and headline["language"] == code
    assert HEADLINE_WORDS[code] in headline["translation"] and "{tehran" in headline["stored"]
    assert headline["file"] == MEMORY and headline["line"] > 0


def test_find_by_english_or_unit_id_names_file_line_and_unit(workspace):
    by_text = cli("memory", "find", "GAIN   momentum", "--memory", MEMORY, "--to", "ru")
    by_id = cli("memory", "find", "article:3.1", "--memory", MEMORY, "--to", "ru")
    assert by_text.exit_code == by_id.exit_code == 0
    line = (
        TmxDocument.open(workspace / MEMORY)
        .variant(TmxDocument.open(workspace / MEMORY).unit_for(HEADLINE), "ru")
        .sourceline
    )
    for result in (by_text, by_id):
        assert f"{MEMORY}:{line}: unit 'article:3.1' (ru)" in result.output
        assert f"    en: {HEADLINE}" in result.output
        assert "1 translation found in seeds/article.tmx" in result.output


def test_find_with_nothing_to_look_for_is_a_wrong_request(workspace):
    result = cli("memory", "find", "--memory", MEMORY)
    assert result.exit_code == 2
    assert "error: nothing to look for" in result.output and "--origin REVIEW_FILE" in result.output


def test_find_origin_lists_what_an_import_of_a_review_file_stored(workspace):
    assert cli("translate", "seeds/article.txt", "--editions", "review", "--to", "ru", "--out", "out").exit_code == 0
    corrected = {"3.1": "Посреднические усилия набирают обороты вокруг Тегерана"}
    edited = correct(
        workspace / "out" / "article" / "article.ru.review.docx",
        corrected,
        out=workspace / "omar.ru.review.docx",
        reviewer="Omar Khalil",
    )
    imported = cli("memory", "import", edited, "--memory", MEMORY).output
    assert "0 added, 1 changed" in imported
    assert f"what it stored: toolkit memory find --origin omar.ru.review.docx --memory {MEMORY}" in imported
    result = cli("memory", "find", "--origin", "omar.ru.review.docx", "--memory", MEMORY)
    assert result.exit_code == 0, result.output
    assert "unit 'article:3.1' (ru): changed by Omar Khalil, " in result.output
    assert "from omar.ru.review.docx row 7 (ID 3.1)" in result.output
    assert f"    ru: {corrected['3.1']}" in result.output
    assert "1 translation found" in result.output  # the rows left as they were are not listed


def test_remove_one_languages_translation_the_next_run_no_longer_uses_it(workspace):
    result = cli("memory", "remove", "article:3.1", "--memory", MEMORY, "--to", "ru")
    assert result.exit_code == 0, result.output
    assert (
        "removed: seeds/article.tmx:" in result.output and "unit 'article:3.1' (ru): 'Посредничество" in result.output
    )
    assert "1 translation of 1 unit taken out (written)" in result.output
    memory = load_memory([workspace / MEMORY])
    assert memory.lookup(HEADLINE, "ru") is None
    assert all(memory.lookup(HEADLINE, code) is not None for code in ("tr", "ar", "fa"))
    assert TMX_DTD.validate(etree.parse(str(workspace / MEMORY))), TMX_DTD.error_log


def test_remove_whole_units_and_a_dry_run_that_writes_nothing(workspace):
    before = (workspace / MEMORY).read_bytes()
    dry = cli("memory", "remove", "article:3.1", "#1", "--memory", MEMORY, "--dry-run")
    assert dry.exit_code == 0 and "8 translations of 2 units taken out (would be written)" in dry.output
    assert (workspace / MEMORY).read_bytes() == before
    result = cli("memory", "remove", "article:3.1", "#1", "--memory", MEMORY)
    assert "8 translations of 2 units taken out (written)" in result.output
    document = TmxDocument.open(workspace / MEMORY)
    assert len(document.units()) == 22 and document.unit_for(HEADLINE) is None
    assert TMX_DTD.validate(etree.parse(str(workspace / MEMORY))), TMX_DTD.error_log


def test_removing_a_unit_another_unit_repeats_names_the_one_a_run_now_uses(workspace):
    memory = workspace / MEMORY
    text = memory.read_text(encoding="utf-8")
    start = text.index('<tu tuid="article:3.1"')
    end = text.index("</tu>", start) + len("</tu>")
    copy = text[start:end].replace('tuid="article:3.1"', 'tuid="merged:7"')
    memory.write_text(text[:start] + copy + "\n    " + text[start:], encoding="utf-8")
    result = cli("memory", "remove", "article:3.1", "--memory", MEMORY, "--to", "tr")
    assert result.exit_code == 0, result.output
    assert (
        "note: unit 'merged:7' of seeds/article.tmx also holds this sentence in tr, and a run uses it now"
        in result.output
    )
    assert load_memory([memory]).lookup(HEADLINE, "tr").unit_id == "merged:7"


def test_removing_a_unit_the_memory_does_not_have_is_a_wrong_request_and_writes_nothing(workspace):
    before = (workspace / MEMORY).read_bytes()
    result = cli("memory", "remove", "article:3.1", "story:9.9", "--memory", MEMORY)
    assert result.exit_code == 2
    assert "error: seeds/article.tmx: the memory has no unit 'story:9.9'" in result.output
    assert "fix: `toolkit memory find TEXT --memory seeds/article.tmx` lists the units" in result.output
    assert (workspace / MEMORY).read_bytes() == before
    missing = cli("memory", "remove", "article:3.1", "--memory", "seeds/none.tmx")
    assert missing.exit_code == 2 and "translation memory not found" in missing.output
