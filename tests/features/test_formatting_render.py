"""Formatting as a reader sees it: Arabic and Persian editions with a bold name and a Latin link inside a sentence,
rendered by LibreOffice (``render`` tests: ``pytest -m "not render"`` leaves them out)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from browser import require
from rendered_pages import find, soffice_convert, words

from toolkit.pipeline import translate_document
from toolkit.publish.monolingual import Front, monolingual_docx
from toolkit.read.markdown import parse_markdown
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine
from toolkit.translate.memory import TmxDocument, load_memory

pytestmark = pytest.mark.render

SOURCE = "**Vladimir Putin** discussed the [Astana format](https://example.com/astana) with Erdogan on Tuesday."
TRANSLATIONS = {
    "ar": "ناقش {#b1}{putin}{/b1} {#a2}صيغة Astana{/a2} مع {erdogan} يوم الثلاثاء.",
    "fa": "{#b1}{putin}{/b1} درباره {#a2}قالب Astana{/a2} با {erdogan} روز سه‌شنبه گفتگو کرد.",
}
BEFORE_LINK = {"ar": "صيغة", "fa": "قالب"}
AFTER_LINK = {"ar": "مع", "fa": "با"}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, glossary):
    require("soffice", "pdftotext", "pdffonts")
    folder = tmp_path_factory.mktemp("formatting-render")
    document = parse_markdown(f"# Talks\n\n{SOURCE}\n", "talks")
    memory_file = folder / "reviewed.tmx"
    tmx = TmxDocument.new(memory_file, "test")
    title = tmx.add_unit("talks:1.1", "Talks")
    unit = tmx.add_unit("talks:2.1", document.blocks[1].segments[0].text)
    for code, translation in TRANSLATIONS.items():
        tmx.set_target(title, code, Template.parse({"ar": "محادثات", "fa": "گفتگوها"}[code]))
        tmx.set_target(unit, code, Template.parse(translation))
    memory_file.write_bytes(tmx.to_bytes())
    documents = {}
    for edition in translate_document(
        document, list(TRANSLATIONS), glossary, [MemoryEngine(load_memory([memory_file]))]
    ):
        code = edition.language.code
        documents[code] = folder / f"talks.{code}.docx"
        documents[code].write_bytes(monolingual_docx(edition, Front.of(edition, Settings(), date(2024, 3, 12))))
    converted = soffice_convert(list(documents.values()), "pdf", folder, folder / "profile")
    return dict(zip(documents, converted))


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_latin_link_inside_a_right_to_left_sentence_stays_in_place_and_clickable(pdfs, code):
    found = words(pdfs[code])
    before, link, after = find(found, BEFORE_LINK[code]), find(found, "Astana"), find(found, AFTER_LINK[code])
    assert before[2] == pytest.approx(link[2], abs=2) == pytest.approx(after[2], abs=2)  # one line
    assert before[0] > link[1] and link[0] > after[1]  # read from the right: the word before, the link, the word after
    assert b"/URI(https://example.com/astana)" in pdfs[code].read_bytes().replace(b" (", b"(")


@pytest.mark.parametrize("code, font", [("ar", "NotoNaskhArabic-Bold"), ("fa", "Vazirmatn")])
def test_the_bold_name_is_set_in_a_bold_face(pdfs, code, font):
    listing = subprocess.run(["pdffonts", str(pdfs[code])], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]]
    assert any(name.startswith(font) for name in names), names
    assert any("Bold" in name or "bold" in name.lower() for name in names), names
