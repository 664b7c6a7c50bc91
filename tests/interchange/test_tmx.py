"""The memory as plain TMX for other tools (names written out in their forms), and what a memory holds."""

import json

from click.testing import CliRunner
from conftest import ROOT
from lxml import etree
from tmx_files import write_tmx

from toolkit.cli import main
from toolkit.slots import Template

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# --- TMX with names as text ------------------------------------------------------------------------------


def test_tmx_export_writes_names_out_in_their_forms_and_keeps_ids(workspace):
    result = cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", "shared.tmx")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    assert TMX_DTD.validate(tree), TMX_DTD.error_log
    assert tree.find(".//ph") is None
    units = tree.getroot().findall("body/tu")
    assert len(units) == 24 and units[0].get("tuid") == "article:1.1"
    segments = {(tu.get("tuid"), tuv.get(XML_LANG)): tuv.find("seg").text for tu in units for tuv in tu.findall("tuv")}
    assert "президентами Путиным и Эрдоганом в сентябре 2018 года" in segments[("article:6.2", "ru")]
    assert "Cumhurbaşkanı Erdoğan arasında Eylül 2018'de" in segments[("article:6.2", "tr")]
    assert "حدود ۱۳ موشک" in segments[("article:2.2", "fa")]  # the edition's digits
    assert segments[("article:1.1", "ar")].startswith("إيران وروسيا")  # the proclitic joined


def test_tmx_export_leaves_out_variants_it_cannot_render_and_says_so(workspace):
    path = workspace / "odd.tmx"
    path.write_bytes(
        write_tmx(
            [
                (
                    "u:1",
                    "Putin spoke.",
                    {"ru": Template.parse("{putin:short} выступил."), "tr": Template.parse("{nobody} konuştu.")},
                )
            ],
            path,
            "t",
        )
    )
    result = cli("memory", "export", "--format", "tmx", "--memory", path, "--out", "shared.tmx", "--to", "ru,tr")
    assert result.exit_code == 1
    assert "odd.tmx#u:1 (tr): slot {nobody} names no glossary entry" in result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    assert [tuv.get(XML_LANG) for tuv in tree.iter("tuv")] == ["en", "ru"]


def test_memory_info_counts_units_languages_and_slots(workspace):
    result = cli("memory", "info", "seeds/article.tmx", "--json")
    assert result.exit_code == 0
    (figures,) = json.loads(result.output)
    assert figures["units"] == 24 and figures["languages"] == {"ar": 24, "fa": 24, "tr": 24, "ru": 24}
    assert figures["name_slots"] == 368 and figures["last_change"] is None
    assert figures["not_reviewed"] == 0


def test_memory_info_counts_translations_a_cat_tool_marked_as_not_reviewed(workspace):
    path = workspace / "trados.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="en-US" creationtool="SDL Language Platform"/><body>'
        '<tu><prop type="x-ConfirmationLevel">Draft</prop><tuv xml:lang="en-US"><seg>Putin spoke.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Путин говорил.</seg></tuv><tuv xml:lang="tr-TR"><seg>Putin konuştu.</seg></tuv></tu>'
        '<tu><prop type="x-ConfirmationLevel">ApprovedSignOff</prop><tuv xml:lang="en-US"><seg>Talks ended.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Переговоры закончились.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    (figures,) = json.loads(cli("memory", "info", path, "--json").output)
    assert figures["languages"] == {"ru": 2, "tr": 1} and figures["not_reviewed"] == 2
    said = cli("memory", "info", path).output
    assert "2 translations marked as not reviewed (never used)" in said


def test_tmx_export_reads_language_tags_written_with_an_underscore_as_their_language(workspace):
    # some tools write locales as ru_RU and en_US; the memory reads them as ru and en, and so must the export
    path = workspace / "locales.tmx"
    written = write_tmx([("u:1", "Putin spoke.", {"ru": Template.parse("{putin:short} выступил.")})], path, "t")
    path.write_bytes(
        written.replace(b'xml:lang="ru"', b'xml:lang="ru_RU"').replace(b'srclang="en"', b'srclang="en_US"')
    )
    assert b'xml:lang="ru_RU"' in path.read_bytes() and b'srclang="en_US"' in path.read_bytes()
    result = cli("memory", "export", "--format", "tmx", "--memory", path, "--out", "shared.tmx", "--to", "ru")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    segments = {tuv.get(XML_LANG): tuv.find("seg").text for tuv in tree.iter("tuv")}
    assert segments["ru_RU"] == "Путин выступил."
