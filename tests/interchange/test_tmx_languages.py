"""Language codes as other CAT tools write them in TMX: read as the toolkit's language, or said clearly.

Regions and cases (ar-SA, FA-IR, tr_TR, ru-RU), ISO 639-2/3 codes (ara, rus,
per, pes, tur, eng), and a header whose source is ``*all*`` (English is then
the source of each unit) are read as the language; translations into
languages the toolkit does not translate into and units without English are
named in one note each; a variant without any language is not taken. The
export writes TMX 1.4b: the source variant carries the header's srclang.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import ROOT
from lxml import etree

from toolkit.cli import main
from toolkit.languages import primary_language
from toolkit.translate.memory import TmxDocument, load_memory

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENGLISH = "Iran fired missiles at the base."
TRANSLATIONS = {
    "ar": "أطلقت إيران صواريخ على القاعدة.",
    "fa": "ایران به پایگاه موشک شلیک کرد.",
    "tr": "İran üsse füze fırlattı.",
    "ru": "Иран выпустил ракеты по базе.",
}
SLOTTED = {
    "ar": "أطلقت {iran} صواريخ على القاعدة.",
    "fa": "{iran} به پایگاه موشک شلیک کرد.",
    "tr": "{iran} üsse füze fırlattı.",
    "ru": "{iran} выпустил ракеты по базе.",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def tmx(srclang: str, source_tag: str, tags: dict[str, str], extra: str = "") -> str:
    """A CAT tool's TMX: one unit with usage counts, its tool's ids and an x- property, each variant tagged so."""
    variants = "".join(
        f'<tuv xml:lang="{tag}" changeid="anna" changedate="20261120T101010Z"><seg>{TRANSLATIONS[code]}</seg></tuv>'
        for code, tag in tags.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="CAT" creationtoolversion="9"'
        f' segtype="sentence" o-tmf="cat" adminlang="en-US" srclang="{srclang}" datatype="plaintext"/><body>'
        '<tu tuid="u1" usagecount="7" lastusagedate="20261101T101010Z" creationid="anna"><prop type="x-Client">desk'
        f'</prop><tuv xml:lang="{source_tag}"><seg>{ENGLISH}</seg></tuv>{variants}{extra}</tu></body></tmx>'
    )


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ar-SA", "ar"),
        ("FA-IR", "fa"),
        ("tr_TR", "tr"),
        ("ru-RU", "ru"),
        ("AR", "ar"),
        ("ara", "ar"),
        ("ara-SA", "ar"),
        ("per", "fa"),
        ("pes-IR", "fa"),
        ("fas", "fa"),
        ("tur", "tr"),
        ("RUS", "ru"),
        ("eng-US", "en"),
        ("sr-Latn-RS", "sr"),
    ],
)
def test_a_language_tag_is_read_as_its_language(tag, code):
    assert primary_language(tag) == code


@pytest.mark.parametrize(
    ("srclang", "source_tag", "tags"),
    [
        ("en-US", "EN-US", {"ar": "ar-SA", "fa": "FA-IR", "tr": "tr_TR", "ru": "ru-RU"}),
        ("*all*", "en-GB", {"ar": "ara", "fa": "per", "tr": "tur", "ru": "rus"}),
        ("eng", "eng", {"ar": "AR-ae", "fa": "fa_IR", "tr": "TR", "ru": "ru_ru"}),
    ],
)
def test_a_cat_tools_tmx_is_imported_in_every_language_it_holds(workspace, srclang, source_tag, tags):
    (workspace / "cat.tmx").write_text(tmx(srclang, source_tag, tags), encoding="utf-8")
    info = json.loads(cli("memory", "info", "cat.tmx", "--json").output)[0]
    assert info["languages"] == {"ar": 1, "fa": 1, "tr": 1, "ru": 1}  # English is no target
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output and "not read" not in result.output
    memory = load_memory([workspace / "desk.tmx"])
    for code, slotted in SLOTTED.items():
        assert memory.lookup(ENGLISH, code).template.code == slotted
    assert TMX_DTD.validate(etree.parse(str(workspace / "desk.tmx"))), TMX_DTD.error_log


def test_a_tmx_whose_source_is_all_is_a_runs_memory_too(workspace):
    (workspace / "cat.tmx").write_text(tmx("*all*", "en", {"ru": "ru-RU", "tr": "tr-TR"}), encoding="utf-8")
    memory = load_memory([workspace / "cat.tmx"])
    assert memory.lookup(ENGLISH, "ru") is not None and memory.lookup(ENGLISH, "tr") is not None


def test_translations_in_other_languages_and_units_without_english_are_named_not_dropped_silently(workspace):
    other = (
        '<tuv xml:lang="de-DE"><seg>Iran feuerte Raketen.</seg></tuv>'
        '<tuv xml:lang="fr"><seg>L\'Iran a tiré des missiles.</seg></tuv>'
    )
    text = tmx("en", "en", {"ru": "ru"}, extra=other).replace(
        "</body>",
        '<tu tuid="u2"><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv><tuv xml:lang="ru"><seg>Только.</seg></tuv>'
        "</tu></body>",
    )
    (workspace / "cat.tmx").write_text(text, encoding="utf-8")
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 0, result.output  # what the toolkit cannot use is said, and the rest is taken
    assert "1 added" in result.output
    assert (
        "note: cat.tmx: 2 translations in de-DE, fr not read: the toolkit translates into ar, fa, tr, ru"
        in result.output
    )
    assert "note: cat.tmx: 1 unit without an English variant not read (tu u2 (line 1))" in result.output


def test_a_variant_without_a_language_is_not_taken_with_its_line(workspace):
    text = tmx("en", "en", {"ru": "ru"}, extra="<tuv><seg>Без языка.</seg></tuv>")
    (workspace / "cat.tmx").write_text(text.replace("><tu ", ">\n<tu "), encoding="utf-8")
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 1
    assert "not taken: cat.tmx tu u1 (line 2) (?): the variant has no language (xml:lang)" in result.output
    assert 'fix: give the <tuv> its language, e.g. xml:lang="ru-RU"' in result.output


@pytest.mark.parametrize("srclang", ["en-US", "*all*", "EN"])
def test_the_export_of_a_cat_tools_memory_is_tmx_14b_with_the_source_variant_in_the_headers_language(
    workspace, srclang
):
    text = tmx(srclang, "EN-US", {"ar": "ar-SA", "fa": "FA-IR", "tr": "tr_TR", "ru": "ru-RU"})
    # a second Russian variant (ru and ru-RU side by side) and TMX 1.1's lang attribute
    text = text.replace("</tu>", '<tuv xml:lang="ru"><seg>Второй.</seg></tuv></tu>').replace(
        '<tuv xml:lang="tr_TR"', '<tuv lang="tr_TR"'
    )
    (workspace / "cat.tmx").write_text(text, encoding="utf-8")
    result = cli("memory", "export", "--format", "tmx", "--memory", "cat.tmx", "--out", "shared.tmx")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(workspace / "shared.tmx"))
    assert TMX_DTD.validate(tree), TMX_DTD.error_log
    srclang_written = tree.find("header").get("srclang")
    (unit,) = tree.getroot().iter("tu")
    languages = [tuv.get(XML_LANG) for tuv in unit.findall("tuv")]
    # one variant per language: of ru-RU and the later ru, the one a run uses
    assert languages == [srclang_written, "ar-SA", "FA-IR", "tr_TR", "ru"]
    assert unit.findall("tuv")[-1].find("seg").text == "Второй."
    assert load_memory([workspace / "cat.tmx"]).lookup(ENGLISH, "ru").template.code == "Второй."
    assert (unit.get("usagecount"), unit.get("lastusagedate"), unit.get("creationid")) == (
        "7",
        "20261101T101010Z",
        "anna",
    )
    assert unit.find("prop").text == "desk"
    assert TmxDocument.open(workspace / "shared.tmx").source_language == "en"


@pytest.mark.parametrize("segtype", ["paragraph", "phrase", "sentence"])
def test_a_unit_of_several_sentences_is_not_taken_as_no_run_would_use_it(workspace, segtype):
    paragraph = f"{ENGLISH} Then it stopped. Talks resumed on Monday."
    text = tmx("en", "en", {"ru": "ru-RU", "tr": "tr-TR"}).replace(
        "</body>",
        f'<tu tuid="p1" segtype="{segtype}"><tuv xml:lang="en"><seg>{paragraph}</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Иран выпустил ракеты. Потом перестал. Переговоры возобновились.</seg></tuv>'
        "</tu></body>",
    )
    (workspace / "cat.tmx").write_text(text.replace("<tu ", "\n<tu "), encoding="utf-8")
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 1
    assert "2 added" in result.output  # the sentence unit, in both languages
    shown = "" if segtype == "sentence" else f" (segtype {segtype!r})"
    assert (
        f"not taken: cat.tmx tu p1 (line 3) (ru): its English holds 3 sentences{shown}: a run looks the article up "
        "one sentence at a time, so this unit would never be used"
    ) in result.output
    assert "fix: segment the memory by sentence in your tool" in result.output
    assert TmxDocument.open(workspace / "desk.tmx").unit_for(paragraph) is None


def _cat_unit(tuid: str, english: str, russian: str) -> str:
    return (
        f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{english}</seg></tuv>'
        f'<tuv xml:lang="ru-RU" changeid="anna" changedate="20261120T101010Z"><seg>{russian}</seg></tuv></tu>'
    )


@pytest.mark.parametrize(
    ("title", "russian"),
    [
        ("Oil Prices Fall. Markets Rally", "Нефть дешевеет, рынки растут"),
        ("Iran Fires Missiles. Talks Stall. Oil Jumps", "Иран выпустил ракеты. Переговоры встали. Нефть дорожает"),
        ("Ceasefire Holds! Aid Trucks Enter", "Перемирие держится! Грузовики с помощью въезжают"),
    ],
)
def test_a_headline_of_several_sentences_is_taken_since_a_run_looks_its_title_up_whole(workspace, title, russian):
    # a title or heading is one segment, whatever its sentences: written without a final full stop
    (workspace / "story.md").write_text(f"# {title}\n\n{ENGLISH}\n", encoding="utf-8")
    text = tmx("en", "en", {"ru": "ru-RU"}).replace("</body>", _cat_unit("h1", title, russian) + "</body>")
    (workspace / "cat.tmx").write_text(text, encoding="utf-8")
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output
    from toolkit.read import read_document

    heading = read_document(workspace / "story.md").blocks[0].segments
    assert [segment.text for segment in heading] == [title]
    hit = load_memory([workspace / "desk.tmx"]).lookup(title, "ru")
    assert hit is not None and hit.template.code == russian.replace("Иран", "{iran}")


def test_a_unit_the_memory_holds_already_is_taken_again_whatever_its_sentences(workspace):
    # a heading stored from a review file, exported, corrected in a CAT tool and imported back
    heading = "Iran fires missiles. Talks stall."
    head = tmx("en", "en", {"ru": "ru-RU"})
    (workspace / "desk.tmx").write_text(
        head.replace("</body>", _cat_unit("story:1.1", heading, "Иран стреляет. Переговоры стоят.") + "</body>"),
        encoding="utf-8",
    )
    (workspace / "cat.tmx").write_text(
        head.replace(
            "</body>", _cat_unit("story:1.1", heading, "Иран пускает ракеты. Переговоры встали.") + "</body>"
        ).replace('changedate="20261120T101010Z"><seg>Иран п', 'changedate="20261121T101010Z"><seg>Иран п'),
        encoding="utf-8",
    )
    result = cli("memory", "import", "cat.tmx", "--memory", "desk.tmx")
    assert result.exit_code == 0, result.output
    assert "1 changed" in result.output
    hit = load_memory([workspace / "desk.tmx"]).lookup(heading, "ru")
    assert hit is not None and "Переговоры встали" in hit.template.code


def test_of_two_variants_of_a_language_find_and_export_show_the_one_a_run_uses(workspace):
    # a merged memory: an older ru, then ru-RU; a run takes the last, so the editor sees and shares that one
    text = tmx("en", "en", {"ru": "ru"}).replace(
        "</tu>", '<tuv xml:lang="ru-RU"><seg>Иран выпустил ракеты по военной базе.</seg></tuv></tu>'
    )
    (workspace / "cat.tmx").write_text(text, encoding="utf-8")
    used = load_memory([workspace / "cat.tmx"]).lookup(ENGLISH, "ru").template.code
    assert used == "Иран выпустил ракеты по военной базе."
    found = cli("memory", "find", "missiles", "--memory", "cat.tmx", "--json")
    assert found.exit_code == 0, found.output
    (item,) = json.loads(found.output[found.output.index("[") : found.output.rindex("]") + 1])
    assert item["language"] == "ru" and item["translation"] == "Иран выпустил ракеты по военной базе."
    exported = cli("memory", "export", "--format", "tmx", "--memory", "cat.tmx", "--out", "shared.tmx")
    assert exported.exit_code == 0, exported.output
    (unit,) = etree.parse(str(workspace / "shared.tmx")).getroot().iter("tu")
    russian = [tuv for tuv in unit.findall("tuv") if primary_language(tuv.get(XML_LANG)) == "ru"]
    assert [tuv.find("seg").text for tuv in russian] == ["Иран выпустил ракеты по военной базе."]
