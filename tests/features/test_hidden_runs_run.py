"""A story with footnotes, addresses, handles, hashtags and a coordinate, through a model that respells whatever of
them it is shown: every edition, Markdown and Word, carries them as the source writes them (each footnote mark still
finds its note, and in Arabic and Persian each is one left-to-right run); a model that drops one holds its edition
back, naming what it dropped."""

import re
import zipfile

import pytest
from conftest import ROOT

from toolkit import run
from toolkit.localise import LRI, PDI
from toolkit.testing.faulty_engine import FaultyEngine
from toolkit.translate.machine import MachineEngine

ARTICLE = """# Erdogan writes to Putin

Erdogan wrote to Putin about the camp at 36.2°N 36.6°E, the ministry said[^1].

Read it at https://www.tccb.gov.tr/en/news/542/ or ask press@tccb.gov.tr, and follow @RTErdogan and #SochiTalks.

[^1]: As reported at www.aa.com.tr/en on Monday.
"""
RUNS = [
    "36.2°N 36.6°E",
    "[^1]",
    "https://www.tccb.gov.tr/en/news/542/",
    "press@tccb.gov.tr",
    "@RTErdogan",
    "#SochiTalks",
    "www.aa.com.tr/en",
]
LANGUAGES = ["ar", "fa", "tr", "ru"]


def _engines(glossary, faults):
    return [MachineEngine(FaultyEngine(faults), glossary)]


@pytest.fixture
def article(workspace):
    news = workspace / "news"
    news.mkdir()
    path = news / "letter.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _docx_text(path):
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
        notes = docx.read("word/footnotes.xml").decode("utf-8") if "word/footnotes.xml" in docx.namelist() else ""
    words = lambda part: "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", part))  # noqa: E731
    return words(xml), words(notes), xml


def test_every_edition_carries_them_as_the_source_writes_them(article, workspace, glossary):
    result = run(
        [article],
        languages=LANGUAGES,
        formats=["md", "docx"],
        engines=_engines(glossary, ["respell_verbatim"]),
        settings=ROOT / "newsroom.yaml",
        allow_errors=True,
    )
    assert result.exit_code in (0, 1), result.summary()
    folder = workspace / "output" / "letter"
    for code in LANGUAGES:
        markdown = (folder / f"letter.{code}.publish.md").read_text(encoding="utf-8").replace("\\", "")
        for run_text in RUNS:
            wanted = f"{LRI}{run_text}{PDI}" if code in ("ar", "fa") and run_text != "[^1]" else run_text
            assert wanted in markdown, (code, run_text)
        assert "verbatim-lost" not in (folder / "report.md").read_text(encoding="utf-8")
        body, notes, xml = _docx_text(folder / f"letter.{code}.publish.docx")
        for run_text in ("36.2°N 36.6°E", "https://www.tccb.gov.tr/en/news/542/", "@RTErdogan", "#SochiTalks"):
            assert run_text in body, (code, run_text)
        assert "www.aa.com.tr/en" in notes + body and 'w:vertAlign w:val="superscript"' in xml  # the mark, raised


def test_a_dropped_footnote_mark_or_address_holds_the_edition_back_and_is_named(article, workspace, glossary):
    result = run(
        [article],
        languages=["ru"],
        formats=["md"],
        engines=_engines(glossary, ["drop_marker"]),
        settings=ROOT / "newsroom.yaml",
    )
    assert result.exit_code == 1
    report = (workspace / "output" / "letter" / "report.md").read_text(encoding="utf-8")
    assert "verbatim-lost" in report
    assert "'36.2°N 36.6°E' was dropped by the model" in report
    assert "'https://www.tccb.gov.tr/en/news/542/' was dropped by the model" in report


def test_through_a_real_model_package_the_runs_come_back_as_written(article, workspace, copy_models):
    """The copy-model packages run through CTranslate2 and SentencePiece as real models do: the markers the
    model is given survive tokenising and decoding, and the runs come back from the source."""
    editions = {}
    run(
        [article],
        languages=LANGUAGES,
        formats=["md"],
        models_dir=copy_models.models_dir,
        settings=ROOT / "newsroom.yaml",
        allow_errors=True,
        on_article=lambda outcome, found: editions.update({outcome.name: found}),
    )
    for edition in editions["letter"]:
        written = "".join(piece.text for block in edition.blocks for piece in block.pieces)
        for run_text in RUNS:
            assert run_text in written, (edition.language.code, run_text)
        codes = {p.code for p in edition.problems}
        assert not codes & {"verbatim-lost", "format-repaired", "format-lost"}, codes
