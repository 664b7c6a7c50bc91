"""The review edition of a formatted article as an editor sees it: Arabic and Persian review tables with a bold
name and a Latin link in both the English and the translation cell, rendered by LibreOffice (``render`` tests:
``pytest -m "not render"`` leaves them out)."""

from __future__ import annotations

import subprocess

import pytest
from browser import require
from rendered_pages import soffice_convert

from toolkit.pipeline import translate_document
from toolkit.publish.review import review_docx
from toolkit.read.markdown import parse_markdown
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine
from toolkit.translate.memory import TmxDocument, load_memory

pytestmark = pytest.mark.render

SOURCE = (
    "**Vladimir Putin** discussed the [Astana format](https://example.com/astana) with Erdogan on Tuesday. "
    "Turkey wants *guarantees* on the [border](https://example.org/border)."
)
TRANSLATIONS = {
    "ar": (
        "ناقش {#b1}{putin}{/b1} {#a2}صيغة Astana{/a2} مع {erdogan} يوم الثلاثاء.",
        "تريد {turkey} {#i1}ضمانات{/i1} على {#a2}الحدود{/a2}.",
    ),
    "fa": (
        "{#b1}{putin}{/b1} درباره {#a2}قالب Astana{/a2} با {erdogan} روز سه‌شنبه گفتگو کرد.",
        "{turkey} خواهان {#i1}تضمین‌هایی{/i1} درباره‌ی {#a2}مرز{/a2} است.",
    ),
}
LINKED_WORD = {"ar": "الحدود", "fa": "مرز"}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, glossary):
    require("soffice", "pdftotext", "pdffonts")
    folder = tmp_path_factory.mktemp("review-render")
    document = parse_markdown(f"{SOURCE}\n", "talks")  # no heading: the only target-script bold is the name
    memory_file = folder / "reviewed.tmx"
    tmx = TmxDocument.new(memory_file, "test")
    units = [tmx.add_unit(f"talks:1.{n}", s.text) for n, s in enumerate(document.blocks[0].segments, 1)]
    for code, translations in TRANSLATIONS.items():
        for unit, translation in zip(units, translations):
            tmx.set_target(unit, code, Template.parse(translation))
    memory_file.write_bytes(tmx.to_bytes())
    documents = {}
    for edition in translate_document(
        document, list(TRANSLATIONS), glossary, [MemoryEngine(load_memory([memory_file]))]
    ):
        code = edition.language.code
        documents[code] = folder / f"talks.{code}.review.docx"
        documents[code].write_bytes(review_docx(edition, Settings(), memory=[memory_file.name]))
    converted = soffice_convert(list(documents.values()), "pdf", folder, folder / "profile")
    return dict(zip(documents, converted))


def page_text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_both_cells_links_are_clickable_on_the_page(pdfs, code):
    data = pdfs[code].read_bytes().replace(b" (", b"(")
    assert b"/URI(https://example.com/astana)" in data
    assert b"/URI(https://example.org/border)" in data
    text = page_text(pdfs[code])
    assert "Astana" in text and (LINKED_WORD[code] in text or LINKED_WORD[code][::-1] in text)
    assert "Vladimir Putin discussed the Astana format" in " ".join(text.split())


@pytest.mark.parametrize("code, bold_face", [("ar", "NotoNaskhArabic-Bold"), ("fa", "Vazirmatn-Bold")])
def test_the_bold_name_is_set_in_a_bold_face_and_the_english_italics_in_an_italic_one(pdfs, code, bold_face):
    listing = subprocess.run(["pdffonts", str(pdfs[code])], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]]
    assert bold_face in names, names  # the translation's bold name (the page has no heading in the target script)
    italic = [name for name in names if "italic" in name.lower()]
    assert italic and not any(name.startswith(bold_face.split("-")[0]) for name in italic), names  # English only
