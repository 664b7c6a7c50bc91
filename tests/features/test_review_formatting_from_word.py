"""A sentence the machine translated, corrected in Word with its formatting kept, is stored with that formatting:
the next run publishes the reviewer's words with their links, bold and italics, and holds nothing back.

There is no memory unit to take the formatting from; what the reviewer sees
formatted in the Translation cell is what is stored, each span as the tag of
the English cell's span of its kind (a link by its address).
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from desk_runs import published_from_memory
from docx.oxml.ns import qn
from review_files import row_of, type_over_runs

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

ARTICLE = """# New sanctions on Tehran

Read the [full list](https://example.gov/sanctions-list) published by **Washington** on *Friday*.

Officials met at the `hq-2` building.
"""
LIST = "Read the full list published by Washington on Friday."
# the reviewer types over the copy model's runs: "Read the ", the link's text, " published by ", the bold name,
# " on ", the italic day, "." (in Arabic and Persian cells a Latin phrase is one isolated run over its formatting,
# "Read the full list published by", and the glossary's Arabic name stands apart, with a plain space either side)
TYPED = {
    "ru": ["Прочитайте ", "полный список", ", опубликованный ", "Вашингтоном", " в ", "пятницу", "."],
    "tr": ["", "Tam listeyi", " cuma günü ", "Washington", " yayımladı; ", "okuyun", "."],
    "ar": ["اقرأ ", "القائمة الكاملة", " التي نشرتها", " ", "واشنطن", " ", "يوم ", "الجمعة", "."],
}
OTHER_ROWS = {  # the title and the last sentence, so that the next run needs no model
    "ru": {"1.1": ["Новые санкции против ", "Тегерана"], "3.1": ["Чиновники встретились в здании ", "hq-2", "."]},
    "tr": {"1.1": ["Tahran'a yeni yaptırımlar", ""], "3.1": ["Yetkililer ", "hq-2", " binasında görüştü."]},
    "ar": {"1.1": ["عقوبات جديدة على", " ", "طهران"], "3.1": ["التقى المسؤولون في مبنى", " ", "hq-2", "", "", "."]},
}
STORED = {
    "ru": "Прочитайте {#a1}полный список{/a1}, опубликованный {#b2}{washington:ins}{/b2} в {#i3}пятницу{/i3}.",
    # a reviewer may move formatting: the italics on the verb is the reviewer's choice, and it is kept
    "tr": "{#a1}Tam listeyi{/a1} cuma günü {#b2}{washington}{/b2} yayımladı; {#i3}okuyun{/i3}.",
    # Arabic-script editions show italics as bold: the second bold span is the English's italics
    "ar": "اقرأ {#a1}القائمة الكاملة{/a1} التي نشرتها {#b2}{washington}{/b2} يوم {#i3}الجمعة{/i3}.",
}
PUBLISHED = {
    "ru": "Прочитайте [полный список](https://example.gov/sanctions-list), опубликованный **Вашингтоном** в *пятницу*.",
    "tr": "[Tam listeyi](https://example.gov/sanctions-list) cuma günü **Washington** yayımladı; *okuyun*.",
    "ar": "اقرأ [القائمة الكاملة](https://example.gov/sanctions-list) التي نشرتها **واشنطن** يوم **الجمعة**.",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def reviewed(workspace, copy_models):
    """The article machine-translated (copy models), its list sentence corrected in Word in ru, tr and ar."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    languages = ",".join(TYPED)
    cli("translate", story, "--to", languages, "--models-dir", copy_models.models_dir, "--editions", "review")
    edited = []
    for code, texts in TYPED.items():
        exported = workspace / "output" / "story" / f"story.{code}.review.docx"
        rows = {"2.1": texts, **OTHER_ROWS[code]}
        edited.append(type_over_runs(exported, rows, workspace / f"story.{code}.edited.docx"))
    result = cli("memory", "import", *edited, "--memory", workspace / "news" / "story.tmx", "--reviewer", "O. Editor")
    return story, result


def test_the_formatting_the_reviewer_kept_in_word_is_stored_with_the_names_as_slots(workspace, reviewed):
    _, result = reviewed
    assert "9 added, 0 changed, 0 unchanged" in result.output, result.output
    memory = TmxDocument.open(workspace / "news" / "story.tmx")
    for code, stored in STORED.items():
        assert memory.target(memory.unit_for(LIST), code).code == stored


def test_the_next_run_publishes_the_reviewed_sentence_with_its_formatting(workspace, reviewed):
    story, _ = reviewed
    editions = published_from_memory(workspace, story, list(TYPED), workspace / "news" / "story.tmx").editions
    report = (workspace / "output" / "story" / "report.md").read_text(encoding="utf-8")
    assert "format-lost" not in report and "emphasis-lost" not in report, report
    for code, line in PUBLISHED.items():
        assert line in editions[code], editions[code]


def test_a_row_retyped_without_formatting_and_no_memory_unit_is_not_taken_naming_the_link_it_lost(
    workspace, copy_models
):
    """A cell whose runs were all replaced by plain text gives no formatting: the memory unit's, if any, is carried
    (tests/features/test_formatted_review_loop.py); with none, the link would be lost in every edition, so the row
    is not taken, naming the link and its address, and the sentence is not stored."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    cli("translate", story, "--to", "ru", "--models-dir", copy_models.models_dir, "--editions", "review")
    document = docx.Document(str(workspace / "output" / "story" / "story.ru.review.docx"))
    cell = row_of(document, "2.1").cells[2]
    for paragraph in cell.paragraphs:
        for child in list(paragraph._p):
            if child.tag.endswith(("}r", "}hyperlink")):
                paragraph._p.remove(child)
    cell.paragraphs[0].add_run("Прочитайте полный список, опубликованный Вашингтоном в пятницу.")
    document.save(str(workspace / "plain.docx"))
    result = cli("memory", "import", workspace / "plain.docx", "--memory", workspace / "news" / "story.tmx")
    assert result.exit_code == 1, result.output
    assert (
        "not taken: plain.docx row 2 (ID 2.1) (ru): the translation does not have the link on 'full list' "
        "(https://example.gov/sanctions-list) of the English" in result.output
    )
    assert not (workspace / "news" / "story.tmx").exists()  # nothing else in the file could be taken


def test_formatting_the_cell_lost_comes_from_the_memory_unit(workspace, reviewed):
    """Typing over a whole link in Word can drop the link itself. The row keeps the bold and italics it shows,
    and the link the stored unit has is carried onto the words it covered."""
    story, _ = reviewed
    cli(
        "translate", story, "--to", "ru", "--models-dir", workspace / "no-models",
        "--memory", workspace / "news" / "story.tmx", "--editions", "review",
    )  # fmt: skip
    document = docx.Document(str(workspace / "output" / "story" / "story.ru.review.docx"))
    cell = row_of(document, "2.1").cells[2]
    link = cell._tc.find(".//" + qn("w:hyperlink"))
    for run in list(link):
        link.addprevious(run)  # the link's runs stay, as plain text of the paragraph
    link.getparent().remove(link)
    document.save(str(workspace / "unlinked.docx"))
    type_over_runs(workspace / "unlinked.docx", {"2.1": ["Прочтите ", *TYPED["ru"][1:]]}, workspace / "unlinked.docx")
    result = cli("memory", "import", workspace / "unlinked.docx", "--memory", workspace / "news" / "story.tmx")
    assert "0 added, 1 changed" in result.output, result.output
    memory = TmxDocument.open(workspace / "news" / "story.tmx")
    assert memory.target(memory.unit_for(LIST), "ru").code == STORED["ru"].replace("Прочитайте", "Прочтите")


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_script_cells_show_italics_as_bold_and_their_spans_are_read_back_as_the_englishs(workspace, code):
    """One bold span in the cell may be the English's italics, or its bold and italics over the same words."""
    from tmx_files import write_tmx

    from toolkit.interchange.review_docx import read_review_docx
    from toolkit.slots import Template

    (workspace / "news").mkdir()
    story = workspace / "news" / "envoys.md"
    story.write_text("**Hakan Fidan** hosted envoys from *Tehran* and ***Moscow***.\n", encoding="utf-8")
    stored = {
        "ar": "استضاف {#b1}{fidan}{/b1} مبعوثين من {#i2}{tehran}{/i2} {#b3}{#i4}{moscow:wa}{/i4}{/b3}.",
        "fa": "{#b1}{fidan}{/b1} میزبان فرستادگانی از {#i2}{tehran}{/i2} و {#b3}{#i4}{moscow}{/i4}{/b3} بود.",
    }[code]
    memory = workspace / "news" / "envoys.tmx"
    english = "Hakan Fidan hosted envoys from Tehran and Moscow."
    memory.write_bytes(write_tmx([("envoys:1.1", english, {code: Template.parse(stored)})], memory, "0-test"))
    result = cli("translate", story, "--to", code, "--models-dir", workspace / "no-models", "--editions", "review")
    assert result.exit_code == 0, result.output
    (record,) = read_review_docx(workspace / "output" / "envoys" / f"envoys.{code}.review.docx").records
    assert [tag.code for tag in record.formatting.tags] == [tag.code for tag in Template.parse(stored).tags]


TITLES = {  # the title corrected with one word made bold, where the English title has no formatting
    "ru": ("Новые санкции против Тегерана", "Новые"),
    "tr": ("Tahran'a yeni yaptırımlar", "yeni"),
    "ar": ("عقوبات جديدة على طهران", "جديدة"),
    "fa": ("تحریم‌های جدید علیه تهران", "جدید"),
}


@pytest.mark.parametrize("code", sorted(TITLES))
def test_bold_the_reviewer_added_where_the_english_has_none_is_said_not_dropped_silently(workspace, copy_models, code):
    """The editions take their formatting from the article's English: bold a reviewer gives a word whose English
    is plain has nothing to be stored as, so the words are stored without it and the import says so under
    check, naming the words, rather than losing the reviewer's formatting without a word."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    cli("translate", story, "--to", code, "--models-dir", copy_models.models_dir, "--editions", "review")
    document = docx.Document(str(workspace / "output" / "story" / f"story.{code}.review.docx"))
    cell = row_of(document, "1.1").cells[2]
    for paragraph in cell.paragraphs:
        for child in list(paragraph._p):
            if child.tag.endswith(("}r", "}hyperlink")):
                paragraph._p.remove(child)
    title, word = TITLES[code]
    before, after = title.split(word)
    paragraph = cell.paragraphs[0]
    paragraph.add_run(before)
    paragraph.add_run(word).bold = True
    paragraph.add_run(after)
    document.save(str(workspace / "bold.docx"))
    result = cli("memory", "import", workspace / "bold.docx", "--memory", workspace / "news" / "story.tmx")
    assert "1 added" in result.output, result.output
    checks = [line for line in result.output.splitlines() if line.startswith("check:")]
    assert len(checks) == 1, result.output
    assert (
        f"bold.docx row 1 (ID 1.1) ({code}): the translation has bold on '{word}', which the English does not "
        in (checks[0])
    )
    memory = TmxDocument.open(workspace / "news" / "story.tmx")
    assert "{#" not in memory.target(memory.unit_for("New sanctions on Tehran"), code).code
