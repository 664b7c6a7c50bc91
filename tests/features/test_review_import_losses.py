"""A correction that loses what the English has is said at import, with its row, never stored silently as reviewed.

What the editions must carry as the English has it (a link with its
address, inline code, a footnote mark, an address, a handle) and a
correction does not have is not taken: stored, the sentence would be
published without it. Emphasis (bold, italics) the correction left out is
stored and listed under ``check``, as the next run marks the sentence for
review. Markdown a reviewer typed for formatting (``**word**``) would be
printed as it is, and is not taken either. A glossary name misspelt is
stored as the glossary spells it and listed; one dropped is not taken
(tests/features/test_review_loop.py).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from review_files import correct

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

ARTICLE = """# Inspectors return to Tehran

The agency said its inspectors were back in Tehran.[^1]

Its report is at www.iaea.org/reports and @IAEAorg posted it.

Read the [statement](https://example.org/statement) under `rule 7`.

Talks in Tehran were **very** tense.

[^1]: As reported by the agency.
"""
# each language's corrections, row ID -> (text as the reviewer typed it in a cell without formatting)
GOOD = {
    "ru": {"1.1": "Инспекторы возвращаются в Тегеран"},
    "tr": {"1.1": "Müfettişler Tahran'a dönüyor"},
    "ar": {"1.1": "المفتشون يعودون إلى طهران"},
    "fa": {"1.1": "بازرسان به تهران بازمی‌گردند"},
}
# what each loses: 2.1 its footnote mark, 3.1 the handle, 4.1 the link (the code's words kept), 6.1 the note's mark
LOSING = {
    "ru": {
        "2.1": "Агентство заявило, что его инспекторы вернулись в Тегеран.",
        "3.1": "Его доклад опубликован на www.iaea.org/reports.",
        "4.1": "Прочитайте заявление по rule 7.",
        "6.1": "[^1 По сообщению агентства.",
    },
    "tr": {
        "2.1": "Ajans, müfettişlerinin Tahran'a döndüğünü söyledi.",
        "3.1": "Raporu www.iaea.org/reports adresinde.",
        "4.1": "rule 7 kapsamında açıklamayı okuyun.",
        "6.1": "[^1 Ajansın bildirdiğine göre.",
    },
    "ar": {
        "2.1": "قالت الوكالة إن مفتشيها عادوا إلى طهران.",
        "3.1": "تقريرها على www.iaea.org/reports.",
        "4.1": "اقرأ البيان بموجب rule 7.",
        "6.1": "[^1 بحسب ما أفادت الوكالة.",
    },
    "fa": {
        "2.1": "آژانس گفت بازرسانش به تهران بازگشته‌اند.",
        "3.1": "گزارش آن در www.iaea.org/reports است.",
        "4.1": "بیانیه را بر اساس rule 7 بخوانید.",
        "6.1": "[^1 به گزارش آژانس.",
    },
}
LOST = {
    "2.1": "the footnote mark '[^1]'",
    "3.1": "the handle '@IAEAorg'",
    "4.1": "the link on 'statement' (https://example.org/statement)",
    "6.1": "the footnote mark '[^1]'",
}
# the emphasis left out: stored, listed for a check
PLAIN = {
    "ru": "Переговоры в Тегеране были очень напряжёнными.",
    "tr": "Tahran'daki görüşmeler çok gergindi.",
    "ar": "كانت المحادثات في طهران متوترة جداً.",
    "fa": "مذاکرات در تهران بسیار پرتنش بود.",
}
TYPED = {
    "ru": "Переговоры в Тегеране были **очень** напряжёнными.",
    "tr": "Tahran'daki görüşmeler **çok** gergindi.",
    "ar": "كانت المحادثات في طهران متوترة **جداً**.",
    "fa": "مذاکرات در تهران **بسیار** پرتنش بود.",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def review_edition(workspace, copy_models):
    """The article machine-translated (copy models) with its review editions; the path of one language's."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    cli("translate", story, "--to", "ru,tr,ar,fa", "--models-dir", copy_models.models_dir, "--editions", "review")
    return lambda code: workspace / "output" / "story" / f"story.{code}.review.docx"


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_correction_that_drops_a_link_a_footnote_mark_or_a_handle_is_not_taken_naming_its_row_and_what(
    workspace, review_edition, code
):
    edited = correct(review_edition(code), {**GOOD[code], **LOSING[code]}, out=workspace / f"edited.{code}.docx")
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", edited, "--memory", memory)
    assert result.exit_code == 1, result.output
    assert "1 added, 0 changed, 0 unchanged" in result.output  # the title; the rest left untouched or losing
    for segment_id, what in LOST.items():
        line = next(line for line in result.output.splitlines() if f"(ID {segment_id}) ({code}):" in line)
        assert line.startswith("not taken: ") and f"the translation does not have {what} of the English" in line
    assert "fix: keep it in the translation as the English has it" in result.output
    stored = TmxDocument.open(memory)
    assert [stored.unit_for(english) for english in ("Read the statement under rule 7.",)] == [None]


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_emphasis_left_out_is_stored_and_listed_for_a_check(workspace, review_edition, code):
    edited = correct(review_edition(code), {"5.1": PLAIN[code]}, out=workspace / f"plain.{code}.docx")
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", edited, "--memory", memory)
    assert "1 added" in result.output, result.output
    assert (
        f"check: plain.{code}.docx row 5 (ID 5.1) ({code}): the translation does not have bold on 'very' of the "
        "English: stored without it, and the next run marks the sentence for review"
    ) in result.output
    unit = TmxDocument.open(memory).unit_for("Talks in Tehran were very tense.")
    assert "{tehran" in TmxDocument.open(memory).target(unit, code).code


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_markdown_typed_for_bold_is_not_taken(workspace, review_edition, code):
    edited = correct(review_edition(code), {"5.1": TYPED[code]}, out=workspace / f"typed.{code}.docx")
    result = cli("memory", "import", edited, "--memory", workspace / "news" / "story.tmx")
    assert result.exit_code == 1
    assert (
        f"not taken: typed.{code}.docx row 5 (ID 5.1) ({code}): the translation has Markdown marks typed as text "
        "('**'): the editions would print them as they are"
    ) in result.output
    assert not (workspace / "news" / "story.tmx").exists()


def test_a_tmx_variant_that_drops_an_address_is_not_taken(workspace):
    english = "Its report is at www.iaea.org/reports and @IAEAorg posted it."
    corrected = workspace / "corrected.tmx"
    corrected.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1"'
        ' segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/><body>'
        f'<tu tuid="r1"><tuv xml:lang="en-US"><seg>{english}</seg></tuv>'
        '<tuv xml:lang="ru-RU" changedate="20261120T120000Z"><seg>@IAEAorg опубликовал доклад агентства.</seg></tuv>'
        '<tuv xml:lang="tr-TR" changedate="20261120T120000Z"><seg>Rapor www.iaea.org/reports adresinde; '
        "@IAEAorg paylaştı.</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    result = cli("memory", "import", corrected, "--memory", workspace / "desk.tmx")
    assert result.exit_code == 1
    assert (
        "not taken: corrected.tmx tu r1 (line 1) (ru): the translation does not have the address "
        "'www.iaea.org/reports' of the English" in result.output
    )
    assert "1 added" in result.output  # the Turkish keeps both


@pytest.mark.render
def test_files_saved_by_libreoffice_are_checked_alike(workspace, review_edition, tmp_path):
    """A row whose words were typed over its runs keeps its link and footnote mark and is taken; a row retyped
    plain is not, once LibreOffice has opened and saved the files (its own runs, hyperlinks and properties)."""
    from browser import require
    from rendered_pages import soffice_convert
    from review_files import type_over_runs

    require("soffice")
    (tmp_path / "edited").mkdir()
    kept = type_over_runs(
        review_edition("ru"),
        {"4.1": ["Прочитайте ", "заявление", " по ", "rule 7", "."], **{k: [v] for k, v in GOOD["ru"].items()}},
        tmp_path / "edited" / "kept.ru.review.docx",
    )
    lost = correct(review_edition("tr"), LOSING["tr"], out=tmp_path / "edited" / "lost.tr.review.docx")
    saved = soffice_convert([kept, lost], "docx:MS Word 2007 XML", tmp_path / "saved", tmp_path / "profile")
    result = cli("memory", "import", *saved, "--memory", workspace / "news" / "story.tmx")
    assert result.exit_code == 1, result.output
    assert "2 added, 0 changed" in result.output  # the Russian title and link sentence
    for segment_id, what in LOST.items():
        assert (
            f"not taken: lost.tr.review.docx row {int(segment_id[0])} (ID {segment_id}) (tr): the translation does "
            f"not have {what} of the English"
        ) in result.output
    assert not [line for line in result.output.splitlines() if "kept.ru.review.docx row 4 (ID 4.1)" in line]
    stored = TmxDocument.open(workspace / "news" / "story.tmx")
    link = stored.target(stored.unit_for("Read the statement under rule 7."), "ru")
    assert "{#a1}заявление{/a1}" in link.code, link.code


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_an_xliff_review_is_checked_for_lost_links_and_emphasis_as_the_review_docx_is(workspace, copy_models, code):
    from lxml import etree

    from toolkit.interchange.xliff import XLIFF_NS

    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    out = workspace / "review"
    cli(
        "memory",
        "export",
        story,
        "--format",
        "xliff",
        "--to",
        code,
        "--out",
        out,
        "--models-dir",
        copy_models.models_dir,
    )
    path = out / f"story.{code}.xlf"
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
        corrected = {**LOSING[code], "5.1": PLAIN[code]}.get(unit.get("id"))
        if corrected is not None:  # typed over in the CAT tool: the tags are gone with the words
            target = unit.find(f"{{{XLIFF_NS}}}target")
            for child in list(target):
                target.remove(child)
            target.text, target.attrib["state"] = corrected, "translated"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("memory", "import", path, "--memory", workspace / "news" / "story.tmx")
    assert result.exit_code == 1, result.output
    assert (
        f"not taken: story.{code}.xlf trans-unit 4.1 (line " in result.output
        and f"({code}): the translation does not have the link on 'statement' of the English" in result.output
    )
    assert (
        f"check: story.{code}.xlf trans-unit 5.1 (line " in result.output
        and f"({code}): the translation does not have bold on 'very' of the English: stored without it" in result.output
    )
    stored = TmxDocument.open(workspace / "news" / "story.tmx")
    assert stored.unit_for("Read the statement under rule 7.") is None
    assert stored.unit_for("Talks in Tehran were very tense.") is not None
