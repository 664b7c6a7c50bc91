"""The library API: read -> segment -> match -> translate -> render -> localise -> QA -> publish.

``translate_document`` turns one Document into Editions (nothing is written);
``publish`` writes editions and the report; ``run`` does both for many files,
translating everything before writing anything, so a failure leaves the
output folder as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import __version__
from .document import Document
from .edition import Edition, TranslatedBlock, TranslatedSegment
from .engines import Engine, MemoryEngine, Translation
from .errors import UserError
from .glossary import Glossary, load_checked_glossary
from .languages import TARGET_LANGUAGES, language
from .localise import Localiser
from .matcher import Matcher
from .memory import load_memory
from .qa import check_segment
from .reader import read_document
from .render import render

FORMATS = ("docx", "md")
GENERATOR = f"toolkit {__version__}"


class MissingTranslations(UserError):
    """Some segments have neither a memory match nor an engine that can translate them."""


def _missing_message(missing: dict[str, list[str]], document: Document) -> MissingTranslations:
    languages = sorted(missing)
    detail = "; ".join(f"{code}: segments {', '.join(ids[:8])}{' ...' if len(ids) > 8 else ''}"
                       for code, ids in sorted(missing.items()))
    pairs = " ".join(f"translate-en_{code}" for code in languages)
    return MissingTranslations(
        f"no translation for {sum(map(len, missing.values()))} segments ({detail}): "
        f"the translation memory does not hold them and no machine-translation model is installed "
        f"for {', '.join('en->' + code for code in languages)}",
        path=document.source_path,
        fix=("install the Argos Translate model for each pair, e.g. on a machine with network access "
             f"`argospm install {pairs}`, or from a .argosmodel file with "
             "`python -c \"import argostranslate.package as p; p.install_from_path('FILE.argosmodel')\"`; "
             "nothing was written"),
    )


def translate_document(
    document: Document,
    languages: Sequence[str],
    glossary: Glossary,
    engines: Sequence[Engine],
    *,
    digits: str = "cldr",
    matcher: Matcher | None = None,
) -> list[Edition]:
    """Translate one document into each language; raise MissingTranslations if any segment is left."""
    matcher = matcher or Matcher(glossary)
    segments = document.segments
    mentions = {segment.id: matcher.find(segment.text) for segment in segments}
    translations: dict[str, list[Translation | None]] = {}
    missing: dict[str, list[str]] = {}
    for code in languages:
        found: list[Translation | None] = [None] * len(segments)
        for engine in engines:
            todo = [index for index, translation in enumerate(found) if translation is None]
            if not todo:
                break
            for index, result in zip(todo, engine.translate([segments[i].text for i in todo], code)):
                found[index] = result
        translations[code] = found
        lacking = [segments[index].id for index, translation in enumerate(found) if translation is None]
        if lacking:
            missing[code] = lacking
    if missing:
        raise _missing_message(missing, document)

    editions = []
    for code in languages:
        target = language(code)
        localiser = Localiser(target, digits)
        by_id = dict(zip((s.id for s in segments), translations[code]))
        blocks = []
        for block in document.blocks:
            translated = []
            for segment in block.segments:
                translation = by_id[segment.id]
                assert translation is not None
                pieces, names, problems = render(translation.template, glossary, code)
                result = TranslatedSegment(
                    source=segment,
                    mentions=mentions[segment.id],
                    origin=translation.origin,
                    reference=translation.reference,
                    code=translation.template.code,
                    pieces=localiser.localise(pieces),
                    names=names,
                )
                result.problems = [
                    replace(problem, language=code, segment_id=segment.id) for problem in problems
                ] + check_segment(result, glossary, code, target.script)
                translated.append(result)
            blocks.append(TranslatedBlock(block, translated))
        editions.append(Edition(document, target, blocks))
    return editions


def edition_files(editions: list[Edition], out_dir: Path, formats: Sequence[str]) -> dict[Path, bytes | str]:
    """Every file of one article's editions and report, built in memory."""
    from .publish.markdown import side_by_side_markdown
    from .publish.report import report_data, report_json, report_markdown

    files: dict[Path, bytes | str] = {}
    for edition in editions:
        stem = f"{edition.document.name}.{edition.language.code}"
        if "docx" in formats:
            from .publish.docx import side_by_side_docx

            files[out_dir / f"{stem}.docx"] = side_by_side_docx(edition, generator=GENERATOR)
        if "md" in formats:
            files[out_dir / f"{stem}.md"] = side_by_side_markdown(edition, generator=GENERATOR)
    data = report_data(editions, generator=GENERATOR)
    files[out_dir / "report.json"] = report_json(data)
    files[out_dir / "report.md"] = report_markdown(data)
    return files


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UserError(f"unknown output format {unknown[0] if unknown else text!r}",
                        fix=f"choose from {', '.join(FORMATS)} (e.g. --format docx,md)")
    return list(dict.fromkeys(formats))


def default_memory_paths(inputs: Iterable[Path]) -> list[Path]:
    """Translation memories travel with articles: every *.tmx beside an input file."""
    folders = dict.fromkeys(Path(p).resolve().parent for p in inputs)
    return [tmx for folder in folders for tmx in sorted(folder.glob("*.tmx"))]


@dataclass
class RunResult:
    editions: dict[str, list[Edition]] = field(default_factory=dict)  # article name -> editions
    written: list[Path] = field(default_factory=list)

    @property
    def problems(self):
        return [p for editions in self.editions.values() for e in editions for p in e.problems]


def run(
    inputs: Sequence[Path | str],
    *,
    languages: Sequence[str] = TARGET_LANGUAGES,
    glossary_paths: Sequence[Path | str] = ("glossaries",),
    memory_paths: Sequence[Path | str] | None = None,
    out_dir: Path | str = "output",
    formats: Sequence[str] = FORMATS,
    engines: Sequence[Engine] | None = None,
    digits: str = "cldr",
    progress: Callable[[str], None] = lambda step: None,
) -> RunResult:
    """Translate and publish articles; write nothing unless every article translates."""
    inputs = [Path(p) for p in inputs]
    if not inputs:
        raise UserError("no input file given", fix="e.g. toolkit translate seeds/article.txt")
    for code in languages:
        language(code)
    formats = parse_formats(",".join(formats))
    progress("loading glossary")
    glossary = load_checked_glossary(glossary_paths, languages)
    matcher = Matcher(glossary)
    memory = load_memory([Path(p) for p in (memory_paths if memory_paths is not None else default_memory_paths(inputs))])
    engine_chain: list[Engine] = [MemoryEngine(memory), *(engines or [])]

    result = RunResult()
    for path in inputs:
        progress(f"reading {path}")
        document = read_document(path)
        if document.name in result.editions:
            raise UserError(f"two inputs are named {document.name!r}; their editions would overwrite each other",
                            path=path, fix="rename one of the files")
        progress(f"translating {document.name}")
        result.editions[document.name] = translate_document(
            document, languages, glossary, engine_chain, digits=digits, matcher=matcher)

    files: dict[Path, bytes | str] = {}
    for name, editions in result.editions.items():
        progress(f"publishing {name}")
        files.update(edition_files(editions, Path(out_dir) / name, formats))
    from .files import write_atomic

    for path, data in files.items():
        write_atomic(path, data)
        result.written.append(path)
    return result
