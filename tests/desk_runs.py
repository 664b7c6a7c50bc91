"""An article run over a desk's reviewed memory, for the tests that read its editions as a reader would: the
article and its memory written beside each other, one run, and what each language's edition says."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import cycle, islice
from pathlib import Path
from typing import NamedTuple

from conftest import ROOT
from tmx_files import desk_tmx

from toolkit import run


def published_markdown(workspace: Path, stem: str, article: str, reviewed: dict[str, dict[str, str]]) -> dict[str, str]:
    """The article's editions to publish (Markdown), per language, from a run with the project's newsroom.yaml
    (editions to publish, «» for Arabic) over the reviewed memory."""
    news = workspace / "news"
    news.mkdir()
    (news / f"{stem}.md").write_text(article, encoding="utf-8")
    (news / f"{stem}.tmx").write_text(desk_tmx(reviewed, stem), encoding="utf-8")
    result = run([news / f"{stem}.md"], formats=["md"], settings=ROOT / "newsroom.yaml")
    assert result.exit_code == 0, result.summary()
    folder = workspace / "output" / stem
    return {
        code: (folder / f"{stem}.{code}.publish.md").read_text(encoding="utf-8") for code in ("ru", "fa", "tr", "ar")
    }


ISOLATES = dict.fromkeys(map(ord, "\u2066\u2069"))  # directional isolates around left-to-right text


class MemoryRun(NamedTuple):
    output: str  # what the command printed
    editions: dict[str, str]  # each language's monolingual Markdown edition, directional isolates taken out


def published_from_memory(workspace: Path, story: Path, codes: list[str], memory: Path | None = None) -> MemoryRun:
    """``toolkit translate`` of the story from its memory alone (no models: any sentence the memory lacks holds the
    edition back), publishing the monolingual editions; each edition's Markdown is read with U+2066/U+2069 taken
    out, which isolate left-to-right text in the right-to-left languages and are no part of what a reader sees."""
    from click.testing import CliRunner

    from toolkit.cli import main

    options = ["--to", ",".join(codes), "--models-dir", workspace / "no-models", "--editions", "monolingual"]
    if memory is not None:
        options += ["--memory", memory]
    result = CliRunner().invoke(main, [str(a) for a in ["translate", story, *options]], catch_exceptions=False)
    assert result.exit_code == 0, result.output  # from the memory alone, nothing held back
    folder = workspace / "output" / story.stem
    return MemoryRun(
        result.output,
        {
            code: (folder / f"{story.stem}.{code}.publish.md").read_text(encoding="utf-8").translate(ISOLATES)
            for code in codes
        },
    )


# Arabic and Persian words to stand before the items of a listing paragraph, one to five at a time
RTL_WORDS = {
    "ar": ["قال", "المسؤول", "إن", "الحكومة", "ستنشر", "التقرير", "الكامل", "قريبا", "وأضاف", "أن", "الأرقام", "تغيرت"],
    "fa": ["گفت", "مسئول", "دولت", "گزارش", "کامل", "را", "منتشر", "خواهد", "کرد", "افزود", "ارقام", "تغییر"],
}


def edition_texts(out: Path, stem: str, codes: Iterable[str]) -> dict[str, dict[str, str]]:
    """Each language's edition to publish as a reader gets its text: the Markdown, the HTML preview and the DOCX
    body's text runs joined (``{code: {"md": ..., "html": ..., "docx": ...}}``), from an article's output folder."""
    import re
    import zipfile

    def document(code: str) -> str:
        with zipfile.ZipFile(out / f"{stem}.{code}.publish.docx") as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
        return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))

    return {
        code: {
            "md": (out / f"{stem}.{code}.publish.md").read_text(encoding="utf-8"),
            "html": (out / "preview" / f"{stem}.{code}.html").read_text(encoding="utf-8"),
            "docx": document(code),
        }
        for code in codes
    }


def rtl_listing(title: str, titles: dict[str, str], items: Iterable[str]) -> tuple[str, dict[str, dict[str, str]]]:
    """A Markdown article of one long paragraph listing ``items``, each after Arabic or Persian words of every
    length, so that lines end near many of them whatever the column's width; and its reviewed translations
    (``titles``: the title's)."""
    english: list[str] = []
    translations: dict[str, list[str]] = {code: [] for code in RTL_WORDS}
    for index, item in enumerate(items):
        count = 1 + index % 5
        english.append(f"{'item ' * count}{item}")
        for code, words in RTL_WORDS.items():
            translations[code].append(f"{' '.join(islice(cycle(words), index, index + count))} {item}")
    source = "The officials listed " + ", ".join(english) + "."
    reviewed = {title: titles, source: {c: "، ".join(t) + "." for c, t in translations.items()}}
    return f"# {title}\n\n{source}\n", reviewed


def rendered_side_by_side(
    folder: Path, stem: str, article: str, reviewed: dict[str, dict[str, str]]
) -> dict[str, list[tuple[str, float, float, float]]]:
    """The words of the Persian and Arabic side-by-side editions' first page as LibreOffice sets them (each with
    its box: ``rendered_pages.words``), from a run over the reviewed memory with the default settings."""
    return _rendered(folder, stem, article, reviewed, ["fa", "ar"], "side-by-side", "")


def rendered_monolingual(
    folder: Path, stem: str, article: str, reviewed: dict[str, dict[str, str]], languages: list[str]
) -> dict[str, list[tuple[str, float, float, float]]]:
    """The words of each language's monolingual edition's first page as LibreOffice sets them (each with its box:
    ``rendered_pages.words``), from a run over the reviewed memory with the default settings."""
    return _rendered(folder, stem, article, reviewed, languages, "monolingual", ".publish")


def _rendered(
    folder: Path,
    stem: str,
    article: str,
    reviewed: dict[str, dict[str, str]],
    languages: list[str],
    kind: str,
    suffix: str,
) -> dict[str, list[tuple[str, float, float, float]]]:
    """The first page's words of each language's ``kind`` edition (its preview ``<stem>.<code><suffix>.pdf``)."""
    from rendered_pages import words

    from toolkit.settings import Settings

    (folder / f"{stem}.md").write_text(article, encoding="utf-8")
    (folder / f"{stem}.tmx").write_text(desk_tmx(reviewed, stem), encoding="utf-8")
    out = folder / "output"
    result = run(
        [folder / f"{stem}.md"],
        out_dir=out,
        languages=languages,
        settings=Settings(),
        kinds=[kind],
        preview=True,
        day=date(2026, 3, 14),
    )
    assert result.exit_code == 0, result.summary()
    return {code: words(out / stem / "preview" / f"{stem}.{code}{suffix}.pdf") for code in languages}
