"""The editors' loop keeps formatting: a formatted article reviewed in Word or a CAT tool, imported, and run again
from the memory alone is published with its bold, italics and links, not held back.

The review files give the reviewer's text without its formatting; the memory
unit's formatting is carried onto the corrected words on import.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from lxml import etree
from review_files import correct
from tmx_files import write_tmx

from toolkit.cli import main
from toolkit.interchange.xliff import XLIFF_NS
from toolkit.slots import Template
from toolkit.translate.memory import TmxDocument

ARTICLE = """# Talks in Sochi

**Vladimir Putin** met *Bashar al-Assad* to discuss the [Sochi agreement](https://example.com/sochi).

Turkey wants [guarantees](https://example.org/g) and **joint patrols**.
"""
MEETING = "Vladimir Putin met Bashar al-Assad to discuss the Sochi agreement."
DEMANDS = "Turkey wants guarantees and joint patrols."
STORED = {
    "ru": {
        "1.1": "Переговоры в {sochi}",
        "2.1": "{#b1}{putin}{/b1} встретился с {#i2}{assad:ins}{/i2}, чтобы обсудить {#a3}соглашение по {sochi}{/a3}.",
        "3.1": "{turkey} хочет {#a1}гарантий{/a1} и {#b2}совместных патрулей{/b2}.",
    },
    "tr": {
        "1.1": "{sochi} görüşmeleri",
        "2.1": "{#b1}{putin}{/b1}, {#a3}{sochi} anlaşmasını{/a3} görüşmek için {#i2}{assad}{/i2} ile bir araya geldi.",
        "3.1": "{turkey} {#a1}güvenceler{/a1} ve {#b2}ortak devriyeler{/b2} istiyor.",
    },
}
# one word changed in each formatted span's sentence; the names and the bold kept as the reviewer sees them
CORRECTED = {
    "ru": {
        "2.1": "Владимир Путин встретился с Башаром Асадом, чтобы обсудить договорённость по Сочи.",
        "3.1": "Турция требует гарантий и совместных патрулей.",
    },
    "tr": {
        "2.1": "Vladimir Putin, Soçi mutabakatını görüşmek için Beşar Esad ile bir araya geldi.",
        "3.1": "Türkiye güvenceler ve ortak devriyeler talep ediyor.",
    },
}
PUBLISHED = {  # the side-by-side Markdown edition's translation cells
    "ru": [
        "<strong>Владимир Путин</strong> встретился с <em>Башаром Асадом</em>, чтобы обсудить "
        '<a href="https://example.com/sochi">договорённость по Сочи</a>.',
        'Турция требует <a href="https://example.org/g">гарантий</a> и <strong>совместных патрулей</strong>.',
    ],
    "tr": [
        '<strong>Vladimir Putin</strong>, <a href="https://example.com/sochi">Soçi mutabakatını</a> görüşmek '
        "için <em>Beşar Esad</em> ile bir araya geldi.",
        'Türkiye <a href="https://example.org/g">güvenceler</a> ve <strong>ortak devriyeler</strong> talep ediyor.',
    ],
}
LANGUAGES = ("ru", "tr")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def story(workspace):
    (workspace / "news").mkdir()
    path = workspace / "news" / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    memory = workspace / "news" / "story.tmx"
    english = {"1.1": "Talks in Sochi", "2.1": MEETING, "3.1": DEMANDS}
    memory.write_bytes(
        write_tmx(
            [
                (f"story:{number}", text, {code: Template.parse(STORED[code][number]) for code in LANGUAGES})
                for number, text in english.items()
            ],
            memory,
            "0-test",
        )
    )
    return path


def published_from_memory_alone(workspace, story) -> dict[str, str]:
    result = cli(
        "translate",
        story,
        "--to",
        ",".join(LANGUAGES),
        "--models-dir",
        workspace / "no-models",
        "--memory",
        workspace / "news" / "story.tmx",
    )
    assert result.exit_code == 0, result.output  # nothing held back
    assert "0 held back" in result.output
    return {
        code: (workspace / "output" / "story" / f"story.{code}.md").read_text(encoding="utf-8") for code in LANGUAGES
    }


def assert_formatting_kept(workspace, story) -> None:
    document = TmxDocument.open(workspace / "news" / "story.tmx")
    for code in LANGUAGES:
        for english in (MEETING, DEMANDS):
            stored = document.target(document.unit_for(english), code)
            assert stored.code != STORED[code]["2.1" if english == MEETING else "3.1"]  # the correction is in
            assert len(stored.tags) == (6 if english == MEETING else 4), stored.code
    editions = published_from_memory_alone(workspace, story)
    for code in LANGUAGES:
        for line in PUBLISHED[code]:
            assert line in editions[code], editions[code]


def test_a_word_corrected_in_the_review_docx_keeps_the_bold_italics_and_links(story, workspace, no_network):
    result = cli(
        "translate",
        story,
        "--to",
        ",".join(LANGUAGES),
        "--editions",
        "review",
        "--models-dir",
        workspace / "no-models",
        "--memory",
        workspace / "news" / "story.tmx",
    )
    assert result.exit_code == 0, result.output
    for code in LANGUAGES:
        path = workspace / "output" / "story" / f"story.{code}.review.docx"
        assert docx.Document(str(path))  # a review edition python-docx opens, as Word does
        correct(path, CORRECTED[code], reviewer="Layla Haddad")
        result = cli("memory", "import", path, "--memory", workspace / "news" / "story.tmx")
        assert result.exit_code == 0, result.output
        assert "0 added, 2 changed" in result.output and "0 could not be taken" in result.output
    assert_formatting_kept(workspace, story)


def test_a_word_corrected_in_xliff_keeps_the_bold_italics_and_links(story, workspace, no_network):
    memory = workspace / "news" / "story.tmx"
    result = cli(
        "memory",
        "export",
        story,
        "--format",
        "xliff",
        "--to",
        ",".join(LANGUAGES),
        "--out",
        "review",
        "--memory",
        memory,
        "--no-models",
    )
    assert result.exit_code == 0, result.output
    for code in LANGUAGES:
        path = workspace / "review" / f"story.{code}.xlf"
        tree = etree.parse(str(path))
        for unit in tree.iter(f"{{{XLIFF_NS}}}trans-unit"):
            if unit.get("id") in CORRECTED[code]:
                target = unit.find(f"{{{XLIFF_NS}}}target")
                for child in list(target):
                    target.remove(child)
                target.text = CORRECTED[code][unit.get("id")]
                target.set("state", "translated")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        result = cli("memory", "import", path, "--memory", memory, "--reviewer", "editor")
        assert result.exit_code == 0, result.output
        assert "0 added, 2 changed" in result.output and "0 could not be taken" in result.output
    assert_formatting_kept(workspace, story)
