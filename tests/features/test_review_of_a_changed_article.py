"""A review file made before its article was edited: what the import stores, and what it says.

The memory keeps translations by their English. A correction of a sentence
the article no longer has (edited since the review file was made) is stored
for the English the file showed, and a run of the article goes by its English
as it is now, so it does not use it: the import says so, naming the row, the
article beside the memory and what the sentence now reads, so a correction
is never lost without a word. Sentences the article still has are stored and
used as always.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from lxml import etree
from review_files import correct

from toolkit.cli import main
from toolkit.interchange.xliff import XLIFF_NS
from toolkit.translate.memory import load_memory

HEADLINE = "Mediation efforts gain momentum as allies rally around Tehran"
EDITED_HEADLINE = "Mediation efforts gain pace as allies rally around Tehran"
CORRECTED = {  # the headline (3.1) and a sentence the article keeps (4.2)
    "ru": {
        "3.1": "Посреднические усилия набирают обороты вокруг Тегерана",
        "4.2": "Высказывались разные предположения о посредничестве и деэскалации между США и Ираном.",
    },
    "tr": {
        "3.1": "Arabuluculuk çabaları Tahran etrafında hız kazanıyor",
        "4.2": "ABD ile İran arasında olası bir arabuluculuk konusunda farklı tahminler yapıldı.",
    },
    "ar": {
        "3.1": "جهود الوساطة تتسارع حول طهران",
        "4.2": "تباينت التكهنات حول وساطة محتملة بين الولايات المتحدة وإيران.",
    },
    "fa": {
        "3.1": "تلاش‌های میانجی‌گری پیرامون تهران شتاب می‌گیرد",
        "4.2": "گمانه‌زنی‌ها درباره‌ی میانجی‌گری احتمالی میان ایالات متحده و ایران متفاوت بود.",
    },
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def review_docx(workspace, code: str):
    result = cli("translate", "seeds/article.txt", "--editions", "review", "--to", code, "--out", "out")
    assert result.exit_code == 0, result.output
    return workspace / "out" / "article" / f"article.{code}.review.docx"


def edit_the_headline(workspace) -> None:
    article = workspace / "seeds" / "article.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(HEADLINE, EDITED_HEADLINE), encoding="utf-8")


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_correction_of_a_sentence_the_article_no_longer_has_is_named_with_what_it_now_reads(workspace, code):
    edited = correct(review_docx(workspace, code), CORRECTED[code], out=workspace / f"old.{code}.docx")
    edit_the_headline(workspace)
    result = cli("memory", "import", edited, "--memory", "seeds/article.tmx")
    assert result.exit_code == 0, result.output
    assert "0 added, 2 changed" in result.output
    assert (
        f"note: old.{code}.docx row 7 (ID 3.1) ({code}): seeds/article.txt no longer has this sentence (its 3.1 now "
        f"reads '{EDITED_HEADLINE}'): the article changed after the review file was made"
    ) in result.output
    assert "translate the article again and correct the sentence in its new review file" in result.output
    assert "(ID 4.2)" not in "".join(line for line in result.output.splitlines() if line.startswith("note:"))
    memory = load_memory([workspace / "seeds" / "article.tmx"])
    assert memory.lookup(EDITED_HEADLINE, code) is None  # the run goes by the English as it is now


def test_an_article_left_as_it_was_gets_no_such_note(workspace):
    edited = correct(review_docx(workspace, "ru"), CORRECTED["ru"], out=workspace / "same.docx")
    result = cli("memory", "import", edited, "--memory", "seeds/article.tmx")
    assert result.exit_code == 0 and "0 added, 2 changed" in result.output, result.output
    assert "no longer has this sentence" not in result.output


def test_an_xliff_file_of_an_article_edited_since_is_named_too(workspace):
    result = cli("memory", "export", "seeds/article.txt", "--format", "xliff", "--to", "tr", "--out", "review")
    assert result.exit_code == 0, result.output
    path = workspace / "review" / "article.tr.xlf"
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
        if unit.get("id") == "3.1":
            target = unit.find(f"{{{XLIFF_NS}}}target")
            target.text = CORRECTED["tr"]["3.1"]
            target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    edit_the_headline(workspace)
    result = cli("memory", "import", path, "--memory", "seeds/article.tmx", "--json")
    assert result.exit_code == 0, result.output
    assert any(
        note.startswith("article.tr.xlf trans-unit 3.1") and "seeds/article.txt no longer has this sentence" in note
        for note in json.loads(result.output)["notes"]
    ), result.output


# --- the article is found where the review file came from, not only beside the memory ---------------------


def desk_memory_elsewhere(workspace):
    """The desk keeps its memory in a folder of its own, not beside the articles."""
    (workspace / "memories").mkdir()
    (workspace / "seeds" / "article.tmx").rename(workspace / "memories" / "desk.tmx")
    return "memories/desk.tmx"


def review_docx_with(workspace, code: str, memory: str):
    result = cli(
        "translate", "seeds/article.txt", "--memory", memory, "--editions", "review", "--to", code, "--out", "out"
    )
    assert result.exit_code == 0, result.output
    return workspace / "out" / "article" / f"article.{code}.review.docx"


@pytest.mark.parametrize("code", ["ru", "ar"])
def test_the_article_is_found_where_the_review_file_says_it_lay_whatever_the_memorys_folder(workspace, code):
    memory = desk_memory_elsewhere(workspace)
    edited = correct(review_docx_with(workspace, code, memory), CORRECTED[code], out=workspace / f"old.{code}.docx")
    edit_the_headline(workspace)
    result = cli("memory", "import", edited, "--memory", memory)
    assert result.exit_code == 0, result.output
    assert (
        f"note: old.{code}.docx row 7 (ID 3.1) ({code}): seeds/article.txt no longer has this sentence (its 3.1 now "
        f"reads '{EDITED_HEADLINE}')"
    ) in result.output


def without_recorded_source(path):
    """The review DOCX as an earlier version wrote it: no record of where the article lay."""
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as archive:
        for item in archive.infolist():
            data[item.filename] = archive.read(item.filename)
    root = etree.fromstring(data["docProps/custom.xml"])
    for element in list(root):
        if element.get("name") == "toolkit.source":
            root.remove(element)
    data["docProps/custom.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in data.items():
            archive.writestr(name, content)
    return path


def test_a_review_file_that_records_no_path_is_placed_by_the_manifest_of_its_output_folder(workspace):
    memory = desk_memory_elsewhere(workspace)
    review = review_docx_with(workspace, "tr", memory)
    correct(review, CORRECTED["tr"], out=review)  # saved where the run wrote it, beside its manifest
    without_recorded_source(review)
    edit_the_headline(workspace)
    result = cli("memory", "import", review, "--memory", memory)
    assert result.exit_code == 0, result.output
    assert "row 7 (ID 3.1) (tr): seeds/article.txt no longer has this sentence" in result.output


def test_an_article_found_nowhere_is_said_with_the_places_looked_at(workspace):
    memory = desk_memory_elsewhere(workspace)
    edited = correct(review_docx_with(workspace, "fa", memory), CORRECTED["fa"], out=workspace / "old.fa.docx")
    (workspace / "seeds" / "article.txt").rename(workspace / "seeds" / "renamed.txt")
    result = cli("memory", "import", edited, "--memory", memory)
    assert result.exit_code == 0, result.output
    (note,) = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert note.startswith(
        "note: old.fa.docx: the article it was made from ('article') is not found (seeds/article.txt (where the file "
        "says it lay); memories/article.* (beside the memory)), so whether it changed after the file was made "
        "cannot be told"
    ), note


def test_an_xliff_file_names_where_its_article_lay_and_the_import_finds_it_there(workspace):
    memory = desk_memory_elsewhere(workspace)
    result = cli(
        "memory",
        "export",
        "seeds/article.txt",
        "--memory",
        memory,
        "--format",
        "xliff",
        "--to",
        "ru",
        "--out",
        "review",
    )
    assert result.exit_code == 0, result.output
    path = workspace / "review" / "article.ru.xlf"
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
        if unit.get("id") == "3.1":
            target = unit.find(f"{{{XLIFF_NS}}}target")
            target.text = CORRECTED["ru"]["3.1"]
            target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    edit_the_headline(workspace)
    result = cli("memory", "import", path, "--memory", memory, "--json")
    assert result.exit_code == 0, result.output
    assert any(
        note.startswith("article.ru.xlf trans-unit 3.1") and "seeds/article.txt no longer has this sentence" in note
        for note in json.loads(result.output)["notes"]
    ), result.output


# --- the path recorded travels with the file: it names no folder outside the desk's own ----------------------


def docx_parts(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(item) for item in archive.namelist())


def recorded_property(path) -> str | None:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    return next(("".join(element.itertext()) for element in root if element.get("name") == "toolkit.source"), None)


@pytest.mark.parametrize("code", ["tr", "fa"])
def test_a_review_docx_of_an_article_given_by_its_full_path_records_it_from_the_runs_folder(workspace, code):
    memory = desk_memory_elsewhere(workspace)
    result = cli(
        "translate", workspace / "seeds" / "article.txt", "--memory", memory, "--editions", "review", "--to", code,
        "--out", workspace / "out",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    review = workspace / "out" / "article" / f"article.{code}.review.docx"
    assert recorded_property(review) == "seeds/article.txt"
    assert str(workspace).encode() not in docx_parts(review)  # no user name, no folder layout sent out
    edited = correct(review, CORRECTED[code], out=workspace / f"back.{code}.docx")  # returned by the reviewer
    edit_the_headline(workspace)
    result = cli("memory", "import", edited, "--memory", memory)
    assert result.exit_code == 0, result.output
    assert f"row 7 (ID 3.1) ({code}): seeds/article.txt no longer has this sentence" in result.output


def test_an_article_outside_the_runs_folder_is_not_recorded_and_is_found_by_the_manifest(workspace, monkeypatch):
    memory = desk_memory_elsewhere(workspace)
    (workspace / "desk").mkdir()
    monkeypatch.chdir(workspace / "desk")  # the run is started in a folder the article is not in
    result = cli(
        "translate", "../seeds/article.txt", "--memory", f"../{memory}", "--editions", "review", "--to", "ru",
        "--out", "out",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    review = workspace / "desk" / "out" / "article" / "article.ru.review.docx"
    assert recorded_property(review) is None  # neither "../seeds/..." nor the full path
    assert b"../seeds" not in docx_parts(review) and str(workspace).encode() not in docx_parts(review)
    correct(review, CORRECTED["ru"], out=review)  # saved back where the run wrote it
    edit_the_headline(workspace)
    result = cli("memory", "import", review, "--memory", f"../{memory}")
    assert result.exit_code == 0, result.output
    assert "row 7 (ID 3.1) (ru): ../seeds/article.txt no longer has this sentence" in result.output


def test_an_xliff_export_of_an_article_given_by_its_full_path_records_it_from_the_runs_folder(workspace):
    result = cli(
        "memory", "export", workspace / "seeds" / "article.txt", "--format", "xliff", "--to", "ar", "--out",
        workspace / "review",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    path = workspace / "review" / "article.ar.xlf"
    assert str(workspace) not in path.read_text(encoding="utf-8")
    contexts = {
        context.text
        for context in etree.parse(str(path)).iter(f"{{{XLIFF_NS}}}context")
        if context.get("context-type") == "sourcefile"
    }
    assert contexts == {"seeds/article.txt"}


def test_an_xliff_file_holding_two_articles_finds_each_where_the_file_says_it_lay(workspace):
    """A CAT tool merged two exports into one file: each article is found by its own recorded path, not the
    first one's (which named the other article, so the edited one was said to be found nowhere)."""
    memory = desk_memory_elsewhere(workspace)
    (workspace / "desk").mkdir()
    second = workspace / "desk" / "second.txt"
    second.write_text((workspace / "seeds" / "article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli(
        "memory", "export", "seeds/article.txt", "desk/second.txt", "--memory", memory, "--format", "xliff",
        "--to", "tr", "--out", "review",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    merged = etree.parse(str(workspace / "review" / "article.tr.xlf"))
    other = etree.parse(str(workspace / "review" / "second.tr.xlf")).getroot().find(f"{{{XLIFF_NS}}}file")
    merged.getroot().append(other)
    for unit in other.iter(f"{{{XLIFF_NS}}}trans-unit"):  # the second article's headline corrected
        if unit.get("id") == "3.1":
            target = unit.find(f"{{{XLIFF_NS}}}target")
            target.text = CORRECTED["tr"]["3.1"]
            target.set("state", "translated")
    path = workspace / "review" / "merged.tr.xlf"
    merged.write(str(path), xml_declaration=True, encoding="UTF-8")
    second.write_text(second.read_text(encoding="utf-8").replace(HEADLINE, EDITED_HEADLINE), encoding="utf-8")
    result = cli("memory", "import", path, "--memory", memory, "--json")
    assert result.exit_code == 0, result.output
    notes = json.loads(result.output)["notes"]
    assert any("desk/second.txt no longer has this sentence" in note for note in notes), notes
    assert not any("is not found" in note for note in notes), notes
