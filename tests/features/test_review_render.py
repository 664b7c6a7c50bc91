"""Review editions in LibreOffice: one corrected and saved by LibreOffice imports correctly; their pages read right.

Marked ``render`` (they start LibreOffice): ``pytest -m "not render"``
leaves them out. Without LibreOffice or poppler they skip, except in CI.
"""

from __future__ import annotations

import re
import subprocess
import zipfile

import docx
import pytest
from browser import require
from click.testing import CliRunner
from conftest import ROOT
from rendered_pages import find, soffice_convert, words
from review_files import ENGLISH, LANGUAGES, REVIEWED, SLOTS, STORY, correct, row_of, rows

from toolkit import run
from toolkit.cli import main
from toolkit.translate.memory import load_memory

pytestmark = pytest.mark.render

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def header_row(found, language_name: str) -> dict[str, tuple[float, float]]:
    """(xMin, xMax) of each word of the table's header row, found by its '(Language)' word."""
    _, _, top = find(found, f"({language_name})")
    return {text: (x_min, x_max) for text, x_min, x_max, y_min in found if abs(y_min - top) < 2}


def test_a_review_docx_corrected_and_saved_by_libreoffice_imports_correctly(workspace, copy_models, tmp_path):
    require("soffice")
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "translate",
            str(story),
            "--to",
            ",".join(LANGUAGES),
            "--editions",
            "review",
            "--models-dir",
            str(copy_models.models_dir),
        ],
    )
    assert result.exit_code == 1, result.output  # copy models: held back
    edited = []
    (tmp_path / "edited").mkdir()
    for code in LANGUAGES:
        path = correct(
            workspace / "output" / "story" / f"story.{code}.review.docx",
            REVIEWED[code],
            out=tmp_path / "edited" / f"story.{code}.review.docx",
        )
        document = docx.Document(str(path))  # the reviewer also moves the title's row to the end
        title = row_of(document, "1.1")._tr
        table = title.getparent()
        table.remove(title)
        table.append(title)
        document.save(str(path))
        edited.append(path)
    saved = soffice_convert(edited, "docx:MS Word 2007 XML", tmp_path / "saved", tmp_path / "profile")
    for before, after in zip(edited, saved):
        assert before.read_bytes() != after.read_bytes()  # LibreOffice wrote its own file
        with zipfile.ZipFile(after) as package:
            assert "docProps/custom.xml" in package.namelist()
        assert [row.cells[0].text for row in rows(docx.Document(str(after)))][-1] == "1.1"

    memory = workspace / "news" / "story.tmx"
    result = CliRunner().invoke(
        main, ["memory", "import", *map(str, saved), "--memory", str(memory), "--reviewer", "A. Editor"]
    )
    assert result.exit_code == 0, result.output
    assert "20 added, 0 changed, 0 unchanged, 0 could not be taken (written)" in result.output
    stored = load_memory([memory])
    for code, slots in SLOTS.items():
        for segment_id, template in slots.items():
            hit = stored.lookup(ENGLISH[segment_id], code)
            assert (hit.unit_id, hit.template.code) == (f"story:{segment_id}", template), code
    run([story], languages=list(LANGUAGES), engines=[], memory_paths=[memory], formats=["md"])
    for code in LANGUAGES:
        edition = (workspace / "output" / "story" / f"story.{code}.md").read_text(encoding="utf-8")
        edition = re.sub("[\u2066-\u2069]", "", edition)
        for text in REVIEWED[code].values():
            assert text in edition, (code, text)


@pytest.fixture(scope="module")
def previews(tmp_path_factory):
    """The seed article's review editions rendered to PDF and PNG pages, from one run."""
    require("soffice", "pdftoppm", "pdftotext", "pdffonts", "pdfinfo")
    from toolkit.settings import Settings

    out = tmp_path_factory.mktemp("review-pages") / "output"
    run(
        [ROOT / "seeds" / "article.txt"],
        out_dir=out,
        settings=Settings(),
        kinds=["review"],
        preview=True,
        glossary_paths=[ROOT / "glossaries"],
        memory_paths=[ROOT / "seeds" / "article.tmx"],
    )
    return out / "article" / "preview"


@pytest.mark.parametrize("code", LANGUAGES)
def test_review_pages_are_landscape_with_every_column(previews, code):
    pdf = previews / f"article.{code}.review.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height
    found = words(pdf)
    name = {"ar": "Arabic", "fa": "Persian", "tr": "Turkish", "ru": "Russian"}[code]
    header = header_row(found, name)
    columns = [header[label][0] for label in ("ID", "English", "Translation", "Status", "Comment")]
    assert columns == sorted(columns)  # left to right, for every language: the table is never mirrored
    assert sorted(previews.glob(f"article.{code}.review-*.png"))


@pytest.mark.parametrize(
    "code, name, first, second, font",
    [("ar", "Arabic", "إيران", "وروسيا", "NotoNaskhArabic"), ("fa", "Persian", "ایران", "روسیه", "Vazirmatn")],
)
def test_the_translation_column_reads_right_to_left_in_its_font(previews, code, name, first, second, font):
    pdf = previews / f"article.{code}.review.pdf"
    found = words(pdf)
    header = header_row(found, name)
    english_right = header["Translation"][0]
    status_left = header["Status"][0]
    arabic = [w for w in found if ARABIC_LETTER.search(w[0])]
    translation = [w for w in arabic if english_right < w[1] < status_left]
    assert len(translation) > 50
    first_box, second_box = find(found, first), find(found, second)
    assert abs(first_box[2] - second_box[2]) < 2 and first_box[0] > second_box[1]  # the first word is rightmost
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(line.split()[0].split("+")[-1].startswith(font) for line in listing.splitlines()[2:])
