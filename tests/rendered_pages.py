"""Test helpers for pages as LibreOffice sets them: documents converted by a headless LibreOffice, and the words
poppler's pdftotext finds on a PDF page, each with its box.

The render tests that use them call ``browser.require`` first, so that a missing tool skips (or fails in CI)."""

from __future__ import annotations

import re
import subprocess
from html import unescape
from pathlib import Path

from browser import require

SOFFICE_SECONDS = 180
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')


def soffice_convert(documents: list[Path], to: str, out: Path, profile: Path) -> list[Path]:
    """Open and save documents in LibreOffice (headless, a profile of its own, a time limit)."""
    (soffice,) = require("soffice").values()
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            *map(str, documents),
        ],
        check=True,
        capture_output=True,
        timeout=SOFFICE_SECONDS,
    )
    converted = [out / f"{document.stem}.{to.split(':')[0]}" for document in documents]
    assert all(path.is_file() for path in converted), converted
    return converted


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float]]:
    """(text, xMin, xMax, yMin) of every word pdftotext finds on a page."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return bbox_words(xml)


def bbox_words(xml: str) -> list[tuple[str, float, float, float]]:
    """(text, xMin, xMax, yMin) of every word in pdftotext's ``-bbox`` output, its text as the page shows it:
    pdftotext escapes ``&``, ``<``, ``>``, ``"`` and ``'`` as XML entities (``AT&amp;T``), read back here."""
    return [
        (unescape(m.group(4)), float(m.group(1)), float(m.group(3)), float(m.group(2))) for m in _WORD.finditer(xml)
    ]


def find(found: list[tuple[str, float, float, float]], word: str) -> tuple[float, float, float]:
    """A word's box (xMin, xMax, yMin); pdftotext gives Arabic words in visual (left-to-right) character order."""
    for text, x_min, x_max, y_min in found:
        if text in (word, word[::-1]):
            return x_min, x_max, y_min
    raise AssertionError(f"{word!r} not on the page: {[w[0] for w in found][:60]}")
