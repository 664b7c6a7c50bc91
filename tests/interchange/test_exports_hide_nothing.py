"""The XML files the toolkit writes for people and other tools (XLIFF, TMX, TBX exports) hold the characters that
disguise or break what a person reads (bidi controls, C1 controls, line separators) only as character references,
as JSON and messages escape them: an XML reader gets the same text back, a person reading the file sees no
reordered name."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree

from toolkit.cli import main
from toolkit.errors import DISGUISING_CHARACTERS
from toolkit.xmlsafe import escaped_hidden

ARTICLE = "Talks in Ankara\n\nPutin met Erdogan on Monday.\n"
RAW = re.compile(f"[{DISGUISING_CHARACTERS}]")
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


def raw_characters(data: bytes) -> list[str]:
    return RAW.findall(data.decode("utf-8"))


@pytest.mark.parametrize(
    "stem",
    [
        "evil\u202etxt.md",  # RIGHT-TO-LEFT OVERRIDE: shows as "evildm.txt"
        "report\u2067x\u2069",  # an isolate and its end
        "next\x85line",  # a C1 control, NEXT LINE
        "line\u2028separator",
        "\u061cmark\u200f",  # ARABIC LETTER MARK, RIGHT-TO-LEFT MARK
    ],
)
def test_an_xliff_export_writes_an_article_name_s_hidden_characters_as_references(tmp_path, stem):
    news = tmp_path / "news"
    news.mkdir()
    (news / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "review"
    arguments = ["memory", "export", str(news / f"{stem}.txt"), "--format", "xliff", "--to", "ru", "--no-models"]
    result = CliRunner().invoke(main, [*arguments, "--out", str(out), "--glossary", str(ROOT / "glossaries")])
    assert result.exit_code == 0, result.output
    [written] = out.iterdir()
    data = written.read_bytes()
    assert raw_characters(data) == []  # the file name, the product name and every unit's resname held them raw
    referenced = RAW.sub(lambda match: f"&#x{ord(match.group()):04X};", stem)
    assert f'original="{referenced}.txt"'.encode() in data
    file = etree.fromstring(data).find(f"{XLIFF}file")
    assert file.get("original") == f"{stem}.txt"  # a reader gets the name back as it is
    assert file.get("product-name") == stem
    assert [unit.get("resname") for unit in file.iter(f"{XLIFF}trans-unit")] == [f"{stem}:1.1", f"{stem}:2.1"]


def test_an_xliff_export_read_back_gives_the_name_s_units_as_written(tmp_path):
    from toolkit.interchange.xliff import read_xliff

    news = tmp_path / "news"
    news.mkdir()
    (news / "evil\u202etxt.md.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "review"
    arguments = ["memory", "export", str(news / "evil\u202etxt.md.txt"), "--format", "xliff", "--to", "tr"]
    result = CliRunner().invoke(
        main, [*arguments, "--no-models", "--out", str(out), "--glossary", str(ROOT / "glossaries")]
    )
    assert result.exit_code == 0, result.output
    units, _ = read_xliff(next(out.iterdir()))
    assert [unit.source for unit in units] == ["Talks in Ankara", "Putin met Erdogan on Monday."]


MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en"
          datatype="plaintext"/>
  <body>
    <tu tuid="evil&#x202E;txt:1.1" creationid="ann&#x2067;a&#x85;">
      <tuv xml:lang="en"><seg>Talks in &#x202E;Ankara.</seg></tuv>
      <tuv xml:lang="ru"><seg>Переговоры &#x2066;в Анкаре&#x2069;.</seg></tuv>
    </tu>
    <tu tuid="plain:1.1">
      <tuv xml:lang="en"><seg>Talks in Tehran.</seg></tuv>
      <tuv xml:lang="fa"><seg>گفت‌وگو در تهران.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_a_tmx_export_writes_a_memory_s_hidden_characters_as_references(tmp_path):
    (tmp_path / "shared.tmx").write_text(MEMORY, encoding="utf-8")
    arguments = ["memory", "export", "--format", "tmx", "--memory", str(tmp_path / "shared.tmx")]
    result = CliRunner().invoke(main, [*arguments, "--out", str(tmp_path / "out.tmx")])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out.tmx").read_bytes()
    assert raw_characters(data) == []
    assert b'tuid="evil&#x202E;txt:1.1" creationid="ann&#x2067;a&#x0085;"' in data
    assert "<seg>Переговоры &#x2066;в Анкаре&#x2069;.</seg>".encode() in data
    assert "<seg>گفت‌وگو در تهران.</seg>".encode() in data  # a Persian joiner is a letter's shape, kept as it is
    units = etree.fromstring(data).findall("body/tu")
    assert [unit.get("tuid") for unit in units] == ["evil\u202etxt:1.1", "plain:1.1"]
    assert units[0].findtext("tuv[2]/seg") == "Переговоры \u2066в Анкаре\u2069."


@pytest.mark.parametrize(
    "text",
    [
        "<seg>خامنه\u200cای</seg>",  # a zero-width non-joiner: part of the word
        "<seg>Şam, Дамаск, دمشق, emoji 😀</seg>",
        '<tu tuid="a&amp;b"/>',
    ],
)
def test_xml_without_hidden_characters_is_written_byte_for_byte(text):
    data = text.encode("utf-8")
    assert escaped_hidden(data) is data


def test_every_hidden_character_becomes_a_reference_an_xml_reader_reads_back():
    hidden = "".join(
        chr(code) for code in range(0x7F, 0x2070) if RAW.match(chr(code))
    )  # C1 controls, the marks, the overrides, the isolates, the separators
    element = etree.Element("note", title=hidden)
    element.text = hidden
    data = escaped_hidden(etree.tostring(element, encoding="UTF-8"))
    assert raw_characters(data) == []
    back = etree.fromstring(data)
    assert back.text == hidden
    assert back.get("title") == hidden
