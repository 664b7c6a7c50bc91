"""A glossary rendering an editor changes after review files went out: the names those files show are the old
rendering, and the import stores them as the glossary's slots (so runs publish the new rendering), saying the
glossary changed since, never advising to put the old spelling back as if the reviewer had chosen it; and the
article's editions are published again with the new name, never skipped as up to date."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from desk_runs import published_from_memory
from lxml import etree
from review_files import correct, row_of
from tmx_files import write_tmx

from toolkit.cli import main
from toolkit.interchange.xliff import XLIFF_NS
from toolkit.slots import Template
from toolkit.translate.memory import TmxDocument

ARTICLE = "Erdogan Visits Tehran\n\nErdogan met Putin in Tehran on Monday.\n"
MEMORY = {
    "Erdogan Visits Tehran": {
        "ru": "{erdogan:short} посещает {tehran:acc}",
        "tr": "{erdogan:short} {tehran:acc} ziyaret ediyor",
        "ar": "{erdogan:short} يزور {tehran}",
        "fa": "{erdogan:short} از {tehran} دیدار می‌کند",
    },
    "Erdogan met Putin in Tehran on Monday.": {
        "ru": "{erdogan:short} встретился с {putin:short+ins} в {tehran:prep} в понедельник.",
        "tr": "{erdogan:short}, pazartesi günü {tehran:loc} {putin:short} ile görüştü.",
        "ar": "التقى {erdogan:short} {putin:short} في {tehran} يوم الاثنين.",
        "fa": "{erdogan:short} روز دوشنبه در {tehran} با {putin:short} دیدار کرد.",
    },
}
# the short rendering of Erdogan as the glossary has it, as the editor changes it, and whether the import still
# recognises the old rendering as the name (a misspelling of the new one) or cannot tell it is the name at all
RENAMED = [
    ("tr", "Erdoğan", "Erdoghan", True),
    ("ar", "أردوغان", "إردوغان", True),
    ("ru", "Эрдоган", "Эрдохан", False),
    ("fa", "اردوغان", "اردوگان", False),
]


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def confirm_all(path, edit=None) -> None:
    """Confirm every target as a CAT tool does (state translated), the last one edited by ``edit``."""
    tree = etree.parse(str(path))
    targets = list(tree.iter(f"{{{XLIFF_NS}}}target"))
    for target in targets:
        target.set("state", "translated")
    if edit is not None:
        targets[-1].text = edit(targets[-1].text)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _story_with_its_memory(workspace, code: str):
    """news/story.txt with its reviewed translations in ``code`` beside it (news/story.tmx), as the glossary
    rendered them before the change."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    memory = workspace / "news" / "story.tmx"
    units = [
        (f"story:{n}", english, {code: Template.parse(by[code])}) for n, (english, by) in enumerate(MEMORY.items())
    ]
    memory.write_bytes(write_tmx(units, memory, "test"))
    return story


@pytest.mark.parametrize("code, old, new, recognised", RENAMED)
def test_an_xliff_made_before_a_rendering_changed_never_stores_the_old_name(workspace, code, old, new, recognised):
    story = _story_with_its_memory(workspace, code)
    memory = story.with_suffix(".tmx")
    published_from_memory(workspace, story, [code])
    result = cli("memory", "export", story, "--format", "xliff", "--to", code, "--no-models", "--out", "review")
    assert result.exit_code == 0, result.output
    review = workspace / "review" / f"story.{code}.xlf"
    confirm_all(review, edit=lambda text: text.rstrip(".") + "!" if text.endswith(".") else text)
    people = workspace / "glossaries" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    block = text.index("- id: erdogan")
    end = text.find("\n- id:", block + 1) % (len(text) + 1)  # the file's last entry ends with it
    people.write_text(text[:block] + text[block:end].replace(old, new) + text[end:], encoding="utf-8")

    output, editions = published_from_memory(workspace, story, [code])  # the glossary changed: published again
    assert "skipped (up to date)" in output and "1 published" in output  # never skipped
    assert new in editions[code] and old not in editions[code]

    stored_before = memory.read_bytes()
    result = cli("memory", "import", review, "--memory", memory, "--reviewer", "A. Editor")
    if not recognised:
        # the row left as the file showed it is the memory's translation, kept whatever the rename; the corrected
        # one is not taken, naming the glossary's rendering now and why the file shows another
        assert result.exit_code == 1, result.output
        assert "0 added, 0 changed, 1 unchanged, 1 could not be taken" in result.output, result.output
        not_taken = [line for line in result.output.splitlines() if line.startswith("not taken:")]
        assert len(not_taken) == 1 and "trans-unit 2.1" in not_taken[0], result.output
        assert "is in the English but the translation does not have" in not_taken[0]
        assert "the glossary's rendering may have changed since" in not_taken[0]
        assert f"write the glossary's rendering now, '{new}" in result.output
        assert "if the reviewer's spelling is right" not in result.output
        assert memory.read_bytes() == stored_before
        return
    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed, 1 unchanged, 0 could not be taken" in result.output, result.output
    checks = [line for line in result.output.splitlines() if line.startswith("check:")]
    assert len(checks) == 1 and "trans-unit 2.1" in checks[0], result.output  # the row left as it was: no check
    assert all("otherwise than the glossary now does" in line and f"'{new}" in line for line in checks), checks
    assert "if the reviewer's spelling is the right one" not in result.output
    edition = published_from_memory(workspace, story, [code]).editions[code]
    assert new in edition and old not in edition and "!" in edition


def rename(workspace, old: str, new: str) -> None:
    people = workspace / "glossaries" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    block = text.index("- id: erdogan")
    end = text.find("\n- id:", block + 1) % (len(text) + 1)
    people.write_text(text[:block] + text[block:end].replace(old, new) + text[end:], encoding="utf-8")


@pytest.mark.parametrize("code, old, new, recognised", RENAMED)
def test_a_review_edition_made_before_a_rendering_changed_keeps_its_rows_left_as_they_were(
    workspace, code, old, new, recognised
):
    """The same through the review edition in Word: the title row left as the file showed it is the memory's
    translation and is kept unchanged, however far the new rendering is from the old; the corrected row is
    stored with the name as its slot where the old rendering still reads as the name, else not taken, saying
    the glossary changed since the file was made and offering its rendering now."""
    story = _story_with_its_memory(workspace, code)
    memory = story.with_suffix(".tmx")
    options = ("--to", code, "--models-dir", workspace / "no-models")
    assert cli("translate", story, *options, "--editions", "review").exit_code == 0
    review = workspace / "output" / "story" / f"story.{code}.review.docx"
    document = docx.Document(str(review))
    shown = row_of(document, "2.1").cells[2].text
    assert old in shown
    correct(review, {"2.1": shown.rstrip(".") + "!"}, workspace / "corrected.docx")
    rename(workspace, old, new)

    stored_before = memory.read_bytes()
    result = cli("memory", "import", workspace / "corrected.docx", "--memory", memory, "--reviewer", "A. Editor")
    if not recognised:
        assert result.exit_code == 1, result.output
        assert "0 added, 0 changed, 1 unchanged, 1 could not be taken" in result.output, result.output
        assert "corrected.docx row 2 (ID 2.1)" in result.output
        assert "the glossary's rendering may have changed since" in result.output
        assert f"write the glossary's rendering now, '{new}'" in result.output
        assert memory.read_bytes() == stored_before
        return
    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed, 1 unchanged, 0 could not be taken" in result.output, result.output
    stored = TmxDocument.open(memory)
    assert stored.target(stored.unit_for(list(MEMORY)[1]), code).code.endswith("!")
    assert "{erdogan:short}" in stored.target(stored.unit_for(list(MEMORY)[1]), code).code


NEW_ENTRY = """
- id: lavrov
  type: person
  en: {name: Sergei Lavrov, short: Lavrov}
  ru:
    name: {nom: Сергей Лавров, gen: Сергея Лаврова, dat: Сергею Лаврову, acc: Сергея Лаврова, ins: Сергеем Лавровым, prep: Сергее Лаврове}
    short: {nom: Лавров, gen: Лаврова, dat: Лаврову, acc: Лаврова, ins: Лавровым, prep: Лаврове}
  tr: {name: Sergey Lavrov, short: Lavrov}
  ar: {name: سيرغي لافروف, short: لافروف}
  fa: {name: سرگئی لاوروف, short: لاوروف}
"""
LAVROV = {
    "ru": "Лавров прибыл в {tehran:acc} в понедельник.",
    "tr": "Lavrov pazartesi günü {tehran:dat} geldi.",
    "ar": "وصل لافروف إلى {tehran} يوم الاثنين.",
    "fa": "لاوروف روز دوشنبه به {tehran} رسید.",
}


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_name_the_memory_kept_as_text_is_flagged_once_the_glossary_has_an_entry_for_it(workspace, code):
    """A unit stored while the glossary had no entry for a name holds it as the reviewer (or the model) wrote
    it. Once an entry covers the name, the sentence is flagged and the edition held back, whether or not the
    entry's rendering is the text the memory kept, so no spelling is published that the glossary does not give."""
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.txt"
    story.write_text("Lavrov arrived in Tehran on Monday.\n", encoding="utf-8")
    memory = workspace / "news" / "story.tmx"
    memory.write_bytes(
        write_tmx(
            [("story:1.1", "Lavrov arrived in Tehran on Monday.", {code: Template.parse(LAVROV[code])})], memory, "t"
        )
    )
    options = ("--to", code, "--models-dir", workspace / "no-models", "--editions", "monolingual")
    assert cli("translate", story, *options).exit_code == 0  # no entry: the text is the memory's, published
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + NEW_ENTRY, encoding="utf-8")
    result = cli("translate", story, *options)
    assert result.exit_code == 1 and "held back" in result.output, result.output
    assert not (workspace / "output" / "story" / f"story.{code}.publish.md").exists()
    report = (workspace / "output" / "story" / "report.json").read_text(encoding="utf-8")
    assert "holds the name as text, not as a glossary slot (stored before the glossary had this name" in report
