"""DOCX editions through styles against the per-run setters they replaced; the seed run against the import floor.

Run:  python bench/bench_docx.py [--rounds 15] [--runs 9]

1. Building the seed article's 8 DOCX editions (4 side-by-side, 4 monolingual),
   from the translation memory, with the project's newsroom.yaml: the toolkit's
   builders (styles defined once, runs that name a character style, copied
   from prebuilt elements) against the builders they replaced, kept below as
   they were (python-docx property setters and the toolkit's own font, size
   and language setters, run by run). Both sides build the same editions in
   the same process, interleaved (the order alternates every round); medians,
   spread and the ratio are reported.
2. The whole seed run (``toolkit translate seeds/article.txt``, from the
   project folder so that its newsroom.yaml applies) against the import floor
   (``python -c "import docx, babel, click, yaml"``), each in a fresh process,
   interleaved; medians and the ratio. Beside them, a process that only
   imports every module the seed run has loaded when it ends (recorded from
   one run): what the run's imports cost before it does any work. The runs
   have a cache folder of their own, filled by a first run as a user's is
   (parsed glossaries, the lean DOCX template, the name checks' findings);
   a fourth kind of run starts without the name checks' findings, as the
   first run of an article, or one after a glossary or toolkit change, does;
   a fifth runs again into the same output folder, where the article is up
   to date (a desk's batch re-run with nothing changed); a sixth starts with
   an empty cache folder, as the first run after installing does.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DAY = date(2020, 1, 20)


# --- The builders before styles, as they were: python-docx setters run by run ---------------------------------


def _legacy():
    """The side-by-side and monolingual builders with direct formatting on every run, as they were."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    from toolkit.document import BlockKind, Piece
    from toolkit.languages import language

    sizes_table = {BlockKind.TITLE: (16, 17), BlockKind.HEADING: (13, 14), BlockKind.PARAGRAPH: (10.5, 12)}
    grey = RGBColor(0x55, 0x55, 0x55)
    complex_scale = {"Noto Naskh Arabic": 1.05, "Vazirmatn": 0.9}
    latin_run = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9.'’\-]*")
    rpr_after_szcs = (
        "w:highlight",
        "w:u",
        "w:effect",
        "w:bdr",
        "w:shd",
        "w:fitText",
        "w:vertAlign",
        "w:rtl",
        "w:cs",
        "w:em",
        "w:lang",
        "w:eastAsianLayout",
        "w:specVanish",
        "w:oMath",
    )
    rpr_after_lang = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
    ltr_span = re.compile(
        "\u2066[^\u2069\u0600-\u06ff]*\u2069|\u200e[^\u200e\u0600-\u06ff]*\u200e|" + latin_run.pattern
    )
    sectpr_after_bidi = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
    ppr_after_bidi = (
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    )

    @dataclass(frozen=True)
    class Faces:
        latin: str = "Noto Serif"
        fonts: tuple = ()
        body_size: float = 10.5

        @classmethod
        def from_settings(cls, settings):
            return cls(
                settings.latin_font, tuple((code, s.font) for code, s in settings.languages.items()), settings.body_size
            )

        def font(self, lang):
            return dict(self.fonts).get(lang.code, self.latin)

        def text_fonts(self, lang):
            if lang.script == "Arab":
                return self.latin, self.font(lang)
            return self.font(lang), self.font(lang)

        def sizes(self, kind):
            scale = self.body_size / sizes_table[BlockKind.PARAGRAPH][0]
            return tuple(round(size * scale * 2) / 2 for size in sizes_table[kind])

    def set_fonts(rpr, latin_font, complex_font):
        fonts = rpr.get_or_add_rFonts()
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:ascii"), latin_font)
        fonts.set(qn("w:hAnsi"), latin_font)
        fonts.set(qn("w:cs"), complex_font)

    def set_lang(rpr, latin_locale, bidi_locale):
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.insert_element_before(lang, *rpr_after_lang)
        lang.set(qn("w:val"), latin_locale)
        if bidi_locale:
            lang.set(qn("w:bidi"), bidi_locale)

    def set_complex_size(rpr, points):
        size = rpr.find(qn("w:szCs"))
        if size is None:
            size = OxmlElement("w:szCs")
            rpr.insert_element_before(size, *rpr_after_szcs)
        size.set(qn("w:val"), str(int(points * 2)))

    def make_bidi(paragraph):
        ppr = paragraph._p.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            ppr.insert_element_before(OxmlElement("w:bidi"), *ppr_after_bidi)
        jc = ppr.find(qn("w:jc"))
        if jc is not None:
            ppr.remove(jc)

    def runs_by_direction(text, rtl):
        if not rtl:
            return [(text, False)]
        runs = []
        position = 0
        for match in ltr_span.finditer(text):
            if match.start() > position:
                runs.append((text[position : match.start()], True))
            runs.append((match.group(), False))
            position = match.end()
        if position < len(text):
            runs.append((text[position:], True))
        return runs

    def add_text(paragraph, pieces, lang, kind, faces, highlight=False, *, italic=False, color=None, scale=1.0):
        latin_size, complex_size = (size * scale for size in faces.sizes(kind))
        bold = kind is not BlockKind.PARAGRAPH
        latin_font, complex_font = faces.text_fonts(lang)
        for piece in pieces:
            for text, rtl in runs_by_direction(piece.text, lang.rtl):
                run = paragraph.add_run(text)
                font = run.font
                font.size = Pt(latin_size)
                font.bold = bold or None
                if lang.rtl:
                    font.cs_bold = bold or None
                if italic and lang.script != "Arab":
                    font.italic = True
                if color is not None:
                    font.color.rgb = color
                rpr = run._r.get_or_add_rPr()
                set_fonts(rpr, latin_font, complex_font)
                if lang.script == "Arab":
                    set_complex_size(rpr, round(complex_size * complex_scale.get(complex_font, 1.0) * 2) / 2)
                else:
                    set_complex_size(rpr, latin_size)
                if rtl:
                    font.rtl = True
                if highlight:
                    font.highlight_color = 7
                set_lang(
                    rpr, "en-GB" if (lang.rtl and not rtl) else lang.word_locale, lang.word_locale if lang.rtl else None
                )

    def row_properties(row, keep_whole, header=False):
        trpr = row._tr.get_or_add_trPr()
        if keep_whole:
            trpr.append(OxmlElement("w:cantSplit"))
        if header:
            trpr.append(OxmlElement("w:tblHeader"))

    def page_setup(document, settings):
        section = document.sections[0]
        width, height = settings.page_size_cm
        section.page_width, section.page_height = Cm(width), Cm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(settings.margin_cm))

    def make_section_rtl(document):
        sectpr = document.sections[0]._sectPr
        if sectpr.find(qn("w:bidi")) is None:
            sectpr.insert_element_before(OxmlElement("w:bidi"), *sectpr_after_bidi)

    def default_style(document, target, faces):
        rpr = document.styles["Normal"].element.get_or_add_rPr()
        latin_font, complex_font = faces.text_fonts(target)
        set_fonts(rpr, faces.latin if target.rtl else latin_font, complex_font)
        set_lang(rpr, "en-GB", target.word_locale if target.rtl else "ar-SA")

    def set_core_properties(document, *, title, subject, language_tag, generator, keywords, comments):
        now = datetime.now(timezone.utc).replace(microsecond=0)
        properties = document.core_properties
        properties.title = title
        properties.subject = subject
        properties.language = language_tag
        properties.author = generator
        properties.last_modified_by = generator
        properties.keywords = keywords
        properties.comments = comments
        properties.created = now
        properties.modified = now
        properties.revision = 1

    def document_bytes(document):
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def side_by_side_docx(edition, settings, generator="toolkit"):
        import docx

        faces = Faces.from_settings(settings)
        target = edition.language
        english = language("en")
        document = docx.Document()
        page_setup(document, settings)
        default_style(document, target, faces)
        intro = document.add_paragraph()
        add_text(
            intro,
            [Piece(f"{edition.document.title} — English / {target.english_name}")],
            english,
            BlockKind.PARAGRAPH,
            faces,
            color=grey,
        )
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.autofit = False
        page_width, _ = settings.page_size_cm
        column_width = Cm((page_width - 2 * settings.margin_cm) / 2)
        header = table.rows[0]
        row_properties(header, keep_whole=True, header=True)
        for cell, (lang, label) in zip(header.cells, ((english, "English"), (target, target.native_name.capitalize()))):
            cell.width = column_width
            paragraph = cell.paragraphs[0]
            if lang.rtl:
                make_bidi(paragraph)
            add_text(paragraph, [Piece(label)], lang, BlockKind.HEADING, faces)
        for block in edition.blocks:
            row = table.add_row()
            row_properties(row, keep_whole=block.source.kind is not BlockKind.PARAGRAPH)
            left, right = row.cells
            left.width = right.width = column_width
            add_text(left.paragraphs[0], [Piece(block.source.text)], english, block.source.kind, faces)
            paragraph = right.paragraphs[0]
            if target.rtl:
                make_bidi(paragraph)
            for index, segment in enumerate(block.segments):
                pieces = ([Piece(" ")] if index else []) + segment.pieces
                add_text(paragraph, pieces, target, block.source.kind, faces, segment.flagged)
        set_core_properties(
            document,
            title=edition.title,
            subject=edition.document.title,
            language_tag=target.word_locale,
            generator=generator,
            keywords=f"side-by-side; en; {target.code}",
            comments=f"English / {target.english_name} side-by-side edition of {edition.document.name}",
        )
        return document_bytes(document)

    def restyle(document, name, faces, target):
        style = document.styles[name]
        set_fonts(style.element.get_or_add_rPr(), *faces.text_fonts(target))
        style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)

    def monolingual_docx(edition, front, settings, generator="toolkit"):
        import docx

        faces = Faces.from_settings(settings)
        target = edition.language
        document = docx.Document()
        page_setup(document, settings)
        default_style(document, target, faces)
        if target.rtl:
            make_section_rtl(document)
        for name in ("Title", "Heading 2"):
            restyle(document, name, faces, target)

        def paragraph(style=None, space_after=0.8):
            added = document.add_paragraph(style=style)
            added.paragraph_format.space_after = Pt(settings.body_size * space_after)
            if target.rtl:
                make_bidi(added)
            return added

        add_text(paragraph("Title"), front.title, target, BlockKind.TITLE, faces, front.flagged, scale=1.4)
        for line in [line for line in (front.byline, front.date_line, front.source_line) if line]:
            add_text(
                paragraph(space_after=0.2),
                [Piece(line)],
                target,
                BlockKind.PARAGRAPH,
                faces,
                italic=True,
                color=grey,
                scale=0.9,
            )
        for block in edition.blocks:
            kind = block.source.kind
            if kind is BlockKind.TITLE:
                continue
            added = paragraph("Heading 2" if kind is BlockKind.HEADING else None)
            for index, segment in enumerate(block.segments):
                pieces = ([Piece(" ")] if index else []) + segment.pieces
                add_text(added, pieces, target, kind, faces, segment.flagged)
        set_core_properties(
            document,
            title=edition.title,
            subject=edition.document.title,
            language_tag=target.word_locale,
            generator=generator,
            keywords=f"monolingual; {target.code}",
            comments=f"{target.english_name} edition of {edition.document.name}, translated from English",
        )
        return document_bytes(document)

    return side_by_side_docx, monolingual_docx


# --- Measuring -------------------------------------------------------------------------------------------------


def seed_editions():
    """The seed article's four editions from the memory, with the project's settings."""
    from toolkit.glossary.load import load_glossary
    from toolkit.pipeline import translate_document
    from toolkit.publish.monolingual import Front
    from toolkit.read import read_document
    from toolkit.settings import load_settings
    from toolkit.translate.engines import MemoryEngine
    from toolkit.translate.memory import load_memory

    settings = load_settings(ROOT / "newsroom.yaml")
    editions = translate_document(
        read_document(ROOT / "seeds" / "article.txt"),
        ["ar", "fa", "tr", "ru"],
        load_glossary([ROOT / "glossaries"]),
        [MemoryEngine(load_memory([ROOT / "seeds" / "article.tmx"]))],
        settings=settings,
    )
    return settings, [(edition, Front.of(edition, settings, DAY)) for edition in editions]


def build_all(side_by_side, monolingual, settings, editions) -> tuple[float, int]:
    start = time.perf_counter()
    size = 0
    for edition, front in editions:
        size += len(side_by_side(edition, settings)) + len(monolingual(edition, front, settings))
    return time.perf_counter() - start, size


def texts(side_by_side, monolingual, settings, editions) -> list[list[str]]:
    """The paragraph texts of every edition a pair of builders writes (table cells included)."""
    import docx

    found = []
    for edition, front in editions:
        for data in (side_by_side(edition, settings), monolingual(edition, front, settings)):
            document = docx.Document(io.BytesIO(data))
            cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
            found.append([paragraph.text for paragraph in document.paragraphs] + cells)
    return found


def summary(times: list[float]) -> str:
    quartiles = statistics.quantiles(times, n=4)
    return (
        f"median {statistics.median(times) * 1000:7.1f} ms (IQR {quartiles[0] * 1000:.1f}–"
        f"{quartiles[2] * 1000:.1f}, min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})"
    )


def bench_builders(rounds: int) -> None:
    from toolkit.publish.docx import side_by_side_docx
    from toolkit.publish.monolingual import monolingual_docx

    settings, editions = seed_editions()
    legacy = _legacy()
    sides = {"styles (now)": (side_by_side_docx, monolingual_docx), "per-run setters (before)": legacy}
    for builders in sides.values():  # warm up: imports, babel data, the template
        build_all(*builders, settings, editions)
    same = texts(*sides["styles (now)"], settings, editions) == texts(*legacy, settings, editions)
    times: dict[str, list[float]] = {name: [] for name in sides}
    sizes: dict[str, int] = {}
    for round_number in range(rounds):
        order = list(sides) if round_number % 2 == 0 else list(reversed(sides))
        for name in order:
            elapsed, sizes[name] = build_all(*sides[name], settings, editions)
            times[name].append(elapsed)
    print(f"8 DOCX editions of the seed article (4 side-by-side + 4 monolingual), {rounds} interleaved rounds")
    for name in sides:
        print(f"  {name:26} {summary(times[name])}   {sizes[name] / 1024:.0f} KiB in all")
    now, before = (statistics.median(times[name]) for name in sides)
    print(f"  ratio: {before / now:.1f}x faster; the same text in every edition: {'yes' if same else 'NO'}")


_RECORD_MODULES = """
import sys
from toolkit.cli import main
try:
    main(sys.argv[2:], prog_name="toolkit", standalone_mode=False)
finally:
    with open(sys.argv[1], "w") as listing:
        listing.write("\\n".join(name for name in sorted(sys.modules) if not name.startswith("__")))
"""


def _imports_of_the_seed_run(folder: str) -> list[str]:
    """``python -c`` importing every module a seed run has loaded when it ends (those that cannot be imported
    by name, such as Cython's runtime, come with the modules that load them)."""
    listing = f"{folder}/modules.txt"
    seed = ["translate", "seeds/article.txt", "--out", f"{folder}/record", "-q"]
    subprocess.run([sys.executable, "-c", _RECORD_MODULES, listing, *seed], cwd=ROOT, check=True)
    names = Path(listing).read_text().split()
    load = (
        "import importlib\n"
        "for name in NAMES:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError:\n"
        "        pass\n"
    )
    return [sys.executable, "-c", load.replace("NAMES", repr(names))]


def bench_seed_run(runs: int) -> None:
    floor = [sys.executable, "-c", "import docx, babel, click, yaml"]
    with tempfile.TemporaryDirectory() as folder:
        imports = _imports_of_the_seed_run(folder)

        def seed(run: int) -> list[str]:  # a fresh output folder each time: an unchanged article is skipped
            return [
                sys.executable,
                "-m",
                "toolkit",
                "translate",
                "seeds/article.txt",
                "--out",
                f"{folder}/run-{run}",
                "-q",
                "--date",
                DAY.isoformat(),
            ]

        commands = {
            "seed run (newsroom.yaml)": seed,
            "import floor": lambda run: floor,
            "the seed run's imports": lambda run: imports,
            "seed run, nothing kept": lambda run: seed(run + 1000),  # its own output folders too
            "seed run, up to date": lambda run: seed(-2),  # always the same output folder
            "seed run, empty cache": lambda run: seed(run + 2000),
        }
        # the runs' own cache folder, filled by the first run as a user's is: parsed glossaries, the lean DOCX
        # template, the name checks' findings; a run "nothing kept" starts without the findings of an earlier run
        # (the first run of an article, or after a glossary or toolkit change)
        environment = {**os.environ, "TOOLKIT_CACHE_DIR": f"{folder}/cache"}
        environments = {"seed run, empty cache": {**os.environ, "TOOLKIT_CACHE_DIR": f"{folder}/empty-cache"}}
        prepare = {
            "seed run, nothing kept": lambda: shutil.rmtree(f"{folder}/cache/checks", ignore_errors=True),
            "seed run, empty cache": lambda: shutil.rmtree(f"{folder}/empty-cache", ignore_errors=True),
        }
        # an installed package has its modules compiled (pip writes the bytecode); a checkout where
        # PYTHONDONTWRITEBYTECODE is set would otherwise compile every changed module on every run
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "toolkit")], check=True)
        for name, command in commands.items():
            warm_up = environments.get(name, environment)
            subprocess.run(command(-1), cwd=ROOT, check=True, capture_output=True, env=warm_up)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for round_number in range(runs):
            order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
            for name in order:
                prepare.get(name, lambda: None)()
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(
                    commands[name](round_number),
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                    env=environments.get(name, environment),
                )
                times[name].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(
        f"\nseed run against the import floor, {runs} interleaved runs each (fresh processes, "
        "a fresh output folder each run)"
    )
    for name in commands:
        print(f"  {name:26} wall {summary(times[name])}")
        print(f"  {'':26} CPU  {summary(cpu[name])}")
    seed_time, floor_time, imports_time, unkept_time, again_time, empty_time = (
        statistics.median(times[name]) for name in commands
    )
    seed_cpu, floor_cpu, imports_cpu, unkept_cpu, again_cpu, empty_cpu = (
        statistics.median(cpu[name]) for name in commands
    )
    print(
        f"  ratio: {seed_time / floor_time:.1f}x the import floor in wall time, {seed_cpu / floor_cpu:.1f}x in "
        "CPU time (the steadier figure on a shared machine)"
    )
    print(
        f"  the run's imports alone: {imports_time / floor_time:.1f}x the import floor in wall time, "
        f"{imports_cpu / floor_cpu:.1f}x in CPU time"
    )
    print(
        f"  the run with no name checks kept from an earlier run: {unkept_time / floor_time:.1f}x the import floor "
        f"in wall time, {unkept_cpu / floor_cpu:.1f}x in CPU time"
    )
    print(
        f"  the run again into its up-to-date output folder: {again_time / floor_time:.1f}x the import floor in "
        f"wall time, {again_cpu / floor_cpu:.1f}x in CPU time"
    )
    print(
        f"  the run with an empty cache folder: {empty_time / floor_time:.1f}x the import floor in wall time, "
        f"{empty_cpu / floor_cpu:.1f}x in CPU time"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds of the 8 DOCX builds")
    parser.add_argument("--runs", type=int, default=9, help="interleaved seed runs and import-floor runs")
    args = parser.parse_args()
    if args.rounds < 2 or args.runs < 2:
        parser.error("--rounds and --runs need at least 2 (medians and spread)")
    bench_builders(args.rounds)
    bench_seed_run(args.runs)


if __name__ == "__main__":
    main()
