"""XLIFF review files carry the article's formatting both ways: the source and target show each link, bold,
italic and line break as XLIFF 1.2 inline elements (``<g id="N" ctype="bold">``, ``<x id="N" ctype="lb"/>``,
the ids the source's tag numbers), and what a reviewer keeps inside them is stored with the names as slots, so
the next run publishes the reviewer's words with their formatting and holds nothing back.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from desk_runs import published_from_memory
from lxml import etree

from toolkit.cli import main
from toolkit.interchange.xliff import XLIFF_NS, reviewed_segments, structure_problems
from toolkit.translate.memory import TmxDocument

NS = {"x": XLIFF_NS}
ARTICLE = """# Sanctions on Tehran

Read the [full list](https://example.gov/list) published by **Washington** on *Friday*.\\
Officials met at the `hq-2` building.
"""
LIST = "Read the full list published by Washington on Friday."
SOURCE_XML = (
    'Read the <g id="1" ctype="link">full list</g> published by <g id="2" ctype="bold">Washington</g> on '
    '<g id="3" ctype="italic">Friday</g>.<x id="4" ctype="lb"/>'
)
REVIEWED = {  # what a reviewer writes inside the tags the CAT tool shows
    "1.1": {"ru": "Санкции против Тегерана", "fa": "تحریم‌ها علیه تهران"},
    "2.1": {
        "ru": 'Прочитайте <g id="1" ctype="link">полный список</g>, опубликованный <g id="2" ctype="bold">'
        'Вашингтоном</g> в <g id="3" ctype="italic">пятницу</g>.<x id="4" ctype="lb"/>',
        "fa": '<g id="1" ctype="link">فهرست کامل</g> را که <g id="2" ctype="bold">واشنگتن</g> روز '
        '<g id="3" ctype="italic">جمعه</g> منتشر کرد بخوانید.<x id="4" ctype="lb"/>',
    },
    "2.2": {"ru": "Чиновники встретились в здании hq-2.", "fa": "مقام‌ها در ساختمان hq-2 دیدار کردند."},
}
STORED = {
    "ru": "Прочитайте {#a1}полный список{/a1}, опубликованный {#b2}{washington:ins}{/b2} в {#i3}пятницу{/i3}.{#br4/}",
    "fa": "{#a1}فهرست کامل{/a1} را که {#b2}{washington}{/b2} روز {#i3}جمعه{/i3} منتشر کرد بخوانید.{#br4/}",
}
PUBLISHED = {
    "ru": "Прочитайте [полный список](https://example.gov/list), опубликованный **Вашингтоном** в *пятницу*.\\\n"
    "Чиновники встретились в здании `hq-2`.",
    # Arabic script is never set in italics: the italic span is bold in Persian editions
    "fa": "[فهرست کامل](https://example.gov/list) را که **واشنگتن** روز **جمعه** منتشر کرد بخوانید.\\\n"
    "مقام‌ها در ساختمان `hq-2` دیدار کردند.",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def inner(element) -> str:
    """An element's content as XML, without its own tag and the namespace declarations."""
    text = etree.tostring(element, encoding="unicode", with_tail=False)
    return text[text.index(">") + 1 : text.rindex("<")].replace(f' xmlns="{XLIFF_NS}"', "")


def review(path, targets: dict[str, str]) -> None:
    """Write each unit's target as a CAT tool does, inline elements included, and confirm it."""
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
        if unit.get("id") in targets:
            target = unit.find("x:target", NS)
            written = etree.fromstring(f'<target xmlns="{XLIFF_NS}">{targets[unit.get("id")]}</target>')
            target.text = written.text
            for child in list(target):
                target.remove(child)
            target.extend(list(written))
            target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


@pytest.fixture
def exported(workspace, copy_models):
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    result = cli(
        "memory", "export", story, "--format", "xliff", "--to", "ru,fa",
        "--out", workspace / "review", "--models-dir", copy_models.models_dir,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return story, {code: workspace / "review" / f"story.{code}.xlf" for code in ("ru", "fa")}


def test_the_source_and_the_machine_target_show_the_formatting_as_xliff_inline_elements(exported):
    _, files = exported
    for code, path in files.items():
        root = etree.parse(str(path)).getroot()
        assert structure_problems(root) == []
        unit = next(u for u in root.iter(f"{{{XLIFF_NS}}}trans-unit") if u.get("id") == "2.1")
        assert inner(unit.find("x:source", NS)) == SOURCE_XML
        target = unit.find("x:target", NS)  # the copy model's English, with the glossary's name
        name = {"ru": "Вашингтон", "fa": "واشنگتن"}[code]
        assert inner(target) == SOURCE_XML.replace(">Washington<", f">{name}<")
        previous = unit.find("x:alt-trans[@alttranstype='previous-version']/x:target", NS)
        assert inner(previous) == inner(target)  # an untouched unit is still told apart from an edited one


def test_what_the_reviewer_keeps_inside_the_tags_is_stored_and_published(workspace, exported):
    story, files = exported
    for code, path in files.items():
        review(path, {unit: texts[code] for unit, texts in REVIEWED.items()})
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", *files.values(), "--memory", memory, "--reviewer", "A. Editor")
    assert "6 added, 0 changed, 0 unchanged, 0 could not be taken" in result.output, result.output
    stored = TmxDocument.open(memory)
    for code, code_stored in STORED.items():
        assert stored.target(stored.unit_for(LIST), code).code == code_stored
    editions = published_from_memory(workspace, story, ["ru", "fa"], memory).editions
    for code, text in PUBLISHED.items():
        assert text in editions[code], editions[code]


def test_inline_elements_that_are_not_the_source_s_are_unwrapped_and_their_text_kept(tmp_path):
    path = tmp_path / "in.xlf"
    path.write_text(
        f'<xliff xmlns="{XLIFF_NS}" version="1.2"><file original="s.md" source-language="en" '
        'target-language="ru" datatype="plaintext"><body>'
        '<trans-unit id="1"><source><g id="1" ctype="bold">Putin</g> said so.</source>'
        '<target state="translated"><g id="1" ctype="bold">Путин</g> <g id="7" ctype="italic">так</g> '
        '<g id="1" ctype="underlined">сказал</g>.</target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    records, refused = reviewed_segments(path, "ed", datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert refused == [] and records[0].target == "Путин так сказал."
    assert records[0].formatting.code == "{#b1}Путин{/b1} так сказал."


@pytest.mark.parametrize(
    "target, formatting",
    [
        # a tag pasted inside its own copy, or twice side by side: the first is taken, the second unwrapped
        ('<g id="1" ctype="bold">Путин <g id="1" ctype="bold">так</g></g> сказал.', "{#b1}Путин так{/b1} сказал."),
        ('<g id="1" ctype="bold">Путин</g> так <g id="1" ctype="bold">сказал</g>.', "{#b1}Путин{/b1} так сказал."),
    ],
)
def test_a_formatting_tag_a_reviewer_repeats_is_taken_once(tmp_path, target, formatting):
    path = tmp_path / "in.xlf"
    path.write_text(
        f'<xliff xmlns="{XLIFF_NS}" version="1.2"><file original="s.md" source-language="en" '
        'target-language="ru" datatype="plaintext"><body>'
        '<trans-unit id="1"><source><g id="1" ctype="bold">Putin</g> said so.</source>'
        f'<target state="translated">{target}</target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    records, refused = reviewed_segments(path, "ed", datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert refused == [] and records[0].target == "Путин так сказал."
    assert records[0].formatting.code == formatting


def test_a_repeated_tag_in_a_review_leaves_a_memory_the_next_run_reads(workspace, exported):
    _, files = exported
    review(
        files["ru"],
        {
            "2.1": '<g id="2" ctype="bold">Прочитайте <g id="2" ctype="bold"><g id="1" ctype="link">список</g></g></g> '
            "Вашингтона в пятницу."
        },
    )
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", files["ru"], "--memory", memory, "--reviewer", "A. Editor")
    assert "1 added" in result.output, result.output
    stored = TmxDocument.open(memory)  # the memory is read back: no pair closed twice
    assert stored.target(stored.unit_for("Read the full list published by Washington on Friday."), "ru").code == (
        "{#b2}Прочитайте {#a1}список{/a1}{/b2} {washington:gen} в пятницу."
    )


def test_a_formatted_name_that_opens_a_sentence_keeps_its_tags_and_the_edition_s_capital(workspace, copy_models):
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"  # the glossary writes Flight 752 in lowercase: рейс 752
    story.write_text("# Crash\n\n**Flight 752** was shot down near Tehran.\n", encoding="utf-8")
    result = cli(
        "memory", "export", story, "--format", "xliff", "--to", "ru",
        "--out", workspace / "review", "--models-dir", copy_models.models_dir,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    root = etree.parse(str(workspace / "review" / "story.ru.xlf")).getroot()
    unit = next(u for u in root.iter(f"{{{XLIFF_NS}}}trans-unit") if u.get("id") == "2.1")
    assert inner(unit.find("x:target", NS)).startswith('<g id="1" ctype="bold">Рейс 752</g> ')
