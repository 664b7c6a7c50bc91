"""The library API: read -> segment -> match -> translate -> render -> localise -> QA -> publish.

``translate_document`` turns one Document into Editions (nothing is written);
``edition_files`` builds an article's editions and report in memory; ``run``
does both for many files, then adds previews and the index page, building
everything before writing anything, so a failure leaves the output folder as
it was. What a run writes, and how editions look, comes from the newsroom
settings (:mod:`toolkit.settings`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
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
from .qa import check_segment, check_untranslated
from .reader import read_document
from .render import render
from .settings import EDITION_KINDS, Settings, load_settings

FORMATS = ("docx", "md")
GENERATOR = f"toolkit {__version__}"


class MissingTranslations(UserError):
    """Some segments have neither a memory match nor an engine that can translate them."""


def _missing_message(missing: dict[str, dict[str, list[str]]]) -> MissingTranslations:
    """One message naming every document, language and segment left, and how to install each model."""
    languages = sorted({code for by_language in missing.values() for code in by_language})
    total = sum(len(ids) for by_language in missing.values() for ids in by_language.values())
    detail = "; ".join(
        f"{name} {code}: segments {', '.join(ids[:8])}{' ...' if len(ids) > 8 else ''}"
        for name, by_language in missing.items() for code, ids in sorted(by_language.items()))
    installs = "; ".join(f"en->{code}: `toolkit models install translate-en_{code}.argosmodel`" for code in languages)
    return MissingTranslations(
        f"no translation for {total} segments ({detail}): the translation memory does not hold them and no "
        f"machine-translation model is installed for {', '.join('en->' + code for code in languages)}",
        fix=(f"install a model per pair from the .argosmodel file your IT provides ({installs}), or, where a "
             f"network exists, `toolkit models download {' '.join(languages)}`; nothing was written"),
    )


def translate_document(document: Document, languages: Sequence[str], glossary: Glossary,
                       engines: Sequence[Engine], **options) -> list[Edition]:
    """Translate one document into each language (see :func:`translate_documents` for the options)."""
    return translate_documents([document], languages, glossary, engines, **options)[document.name]


def translate_documents(
    documents: Sequence[Document],
    languages: Sequence[str],
    glossary: Glossary,
    engines: Sequence[Engine],
    *,
    digits: str | None = None,
    matcher: Matcher | None = None,
    settings: Settings | None = None,
) -> dict[str, list[Edition]]:
    """Translate a batch of documents: each engine gets one batch per language for all of them.

    Typography follows ``settings`` (default: the defaults); ``digits`` overrides its digit policy.

    Engines are asked in order (memory first), each only for what the ones
    before it lacked. If any segment is left untranslated, MissingTranslations
    names them all and nothing is returned.
    """
    matcher = matcher or Matcher(glossary)
    segments = [(document, segment) for document in documents for segment in document.segments]
    mentions = {(document.name, segment.id): matcher.find(segment.text) for document, segment in segments}
    translations: dict[str, list[Translation | None]] = {}
    missing: dict[str, dict[str, list[str]]] = {}
    for code in languages:
        found: list[Translation | None] = [None] * len(segments)
        for engine in engines:
            todo = [index for index, translation in enumerate(found) if translation is None]
            if not todo:
                break
            for index, result in zip(todo, engine.translate([segments[i][1].text for i in todo], code)):
                found[index] = result
        translations[code] = found
        for (document, segment), translation in zip(segments, found):
            if translation is None:
                where = str(document.source_path or document.name)
                missing.setdefault(where, {}).setdefault(code, []).append(segment.id)
    if missing:
        raise _missing_message(missing)

    editions: dict[str, list[Edition]] = {document.name: [] for document in documents}
    for code in languages:
        target = language(code)
        localiser = Localiser.for_language(target, settings or Settings(), digits)
        by_key = {(document.name, segment.id): translation
                  for (document, segment), translation in zip(segments, translations[code])}
        for document in documents:
            blocks = []
            for block in document.blocks:
                translated = []
                for segment in block.segments:
                    translation = by_key[(document.name, segment.id)]
                    assert translation is not None
                    translated.append(_finish_segment(segment, translation, mentions[(document.name, segment.id)],
                                                      glossary, code, target, localiser))
                blocks.append(TranslatedBlock(block, translated))
            editions[document.name].append(Edition(document, target, blocks))
    return editions


def _finish_segment(segment, translation: Translation, mentions, glossary: Glossary, code: str, target,
                    localiser: Localiser) -> TranslatedSegment:
    """Render the names, localise, and check one translated segment."""
    pieces, names, problems = render(translation.template, glossary, code)
    result = TranslatedSegment(
        source=segment,
        mentions=mentions,
        origin=translation.origin,
        reference=translation.reference,
        code=translation.template.code,
        pieces=localiser.localise(pieces),
        names=names,
    )
    result.problems = [
        replace(problem, language=code, segment_id=segment.id) for problem in (*translation.problems, *problems)
    ] + check_segment(result, glossary, code, target.script) + check_untranslated(result, code, target.script)
    return result


def edition_files(
    editions: list[Edition],
    out_dir: Path,
    formats: Sequence[str],
    *,
    settings: Settings | None = None,
    kinds: Sequence[str] = ("side-by-side",),
    day: date | None = None,
    digits: str | None = None,
    candidates: list | None = None,
) -> dict[Path, bytes | str]:
    """Every file of one article's editions and report, built in memory.

    Side-by-side editions are ``<name>.<lang>.docx/.md``; monolingual ones,
    ready to publish, ``<name>.<lang>.publish.docx/.md``, dated ``day``.
    """
    from .publish.markdown import side_by_side_markdown
    from .publish.report import report_data, report_json, report_markdown

    settings = settings or Settings()
    files: dict[Path, bytes | str] = {}
    for edition in editions:
        stem = f"{edition.document.name}.{edition.language.code}"
        if "side-by-side" in kinds and "docx" in formats:
            from .publish.docx import side_by_side_docx

            files[out_dir / f"{stem}.docx"] = side_by_side_docx(edition, settings, generator=GENERATOR)
        if "side-by-side" in kinds and "md" in formats:
            files[out_dir / f"{stem}.md"] = side_by_side_markdown(edition, generator=GENERATOR)
        if "monolingual" in kinds:
            from .publish.monolingual import Front, monolingual_docx, monolingual_markdown

            front = Front.of(edition, settings, day or date.today(), digits)
            if "docx" in formats:
                files[out_dir / f"{stem}.publish.docx"] = monolingual_docx(edition, front, settings, GENERATOR)
            if "md" in formats:
                files[out_dir / f"{stem}.publish.md"] = monolingual_markdown(edition, front, GENERATOR)
    data = report_data(editions, generator=GENERATOR, candidates=candidates)
    files[out_dir / "report.json"] = report_json(data)
    files[out_dir / "report.md"] = report_markdown(data)
    return files


def parse_choices(text: str, allowed: Sequence[str], what: str, example: str) -> list[str]:
    """Parse a comma-separated option ("docx,md") against its allowed values, in order, without repeats."""
    chosen = [choice.strip().lower() for choice in text.split(",") if choice.strip()]
    unknown = [choice for choice in chosen if choice not in allowed]
    if unknown or not chosen:
        raise UserError(f"unknown {what} {unknown[0] if unknown else text!r}",
                        fix=f"choose from {', '.join(allowed)} (e.g. {example})")
    return list(dict.fromkeys(chosen))


def parse_edition_kinds(text: str) -> list[str]:
    return parse_choices(text, EDITION_KINDS, "edition kind", "--editions side-by-side,monolingual")


def parse_formats(text: str) -> list[str]:
    return parse_choices(text, FORMATS, "output format", "--format docx,md")


def default_memory_paths(inputs: Iterable[Path]) -> list[Path]:
    """Translation memories travel with articles: every *.tmx beside an input file."""
    folders = dict.fromkeys(Path(p).resolve().parent for p in inputs)
    return [tmx for folder in folders for tmx in sorted(folder.glob("*.tmx"))]


@dataclass
class RunResult:
    editions: dict[str, list[Edition]] = field(default_factory=dict)  # article name -> editions
    written: list[Path] = field(default_factory=list)
    candidates: dict[str, list] = field(default_factory=dict)  # article name -> uncovered names (suggest)

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
    models_dir: Path | str | None = None,
    digits: str | None = None,
    settings: Settings | Path | str | None = None,
    kinds: Sequence[str] | None = None,
    preview: bool | None = None,
    index: bool | None = None,
    day: date | None = None,
    progress: Callable[[str], None] = lambda step: None,
) -> RunResult:
    """Translate and publish articles; write nothing unless every article translates.

    ``settings`` is a Settings, a settings file, or None for ./newsroom.yaml (or
    the defaults); ``digits``, ``kinds`` (of edition), ``preview`` and ``index`` override it. An
    ``index.html`` already in ``out_dir`` is rewritten unless ``index`` is False.
    ``day`` dates the monolingual editions (default: today). ``engines`` come
    after the translation memory; by default, the installed Argos models (in
    ``models_dir``, else $TOOLKIT_MODELS_DIR, else Argos's folder).
    """
    inputs = [Path(p) for p in inputs]
    if not inputs:
        raise UserError("no input file given", fix="e.g. toolkit translate seeds/article.txt")
    if not isinstance(settings, Settings):
        settings = load_settings(settings)
    kinds = parse_edition_kinds(",".join(kinds if kinds is not None else settings.editions))
    preview = settings.preview if preview is None else preview
    if index is None:  # an index page already there is kept up to date unless index=False
        index = settings.index or (Path(out_dir) / "index.html").is_file()
    for code in languages:
        language(code)
    formats = parse_formats(",".join(formats))
    if preview and "docx" not in formats:
        raise UserError("previews are rendered from the DOCX editions, and --format leaves DOCX out",
                        fix="add docx to --format, or leave out --preview")
    progress("loading glossary")
    glossary = load_checked_glossary(glossary_paths, languages)
    matcher = Matcher(glossary)
    memory = load_memory([Path(p) for p in (memory_paths if memory_paths is not None else default_memory_paths(inputs))])
    if engines is None:
        from .machine import ArgosEngine, MachineEngine

        engines = [MachineEngine(ArgosEngine(models_dir), glossary, matcher)]
    engine_chain: list[Engine] = [MemoryEngine(memory), *engines]

    result = RunResult()
    documents: dict[str, Document] = {}
    for path in inputs:
        progress(f"reading {path}")
        document = read_document(path)
        if document.name in documents:
            raise UserError(f"two inputs are named {document.name!r}; their editions would overwrite each other",
                            path=path, fix="rename one of the files")
        documents[document.name] = document
    progress(f"translating {len(documents)} article(s)")
    result.editions = translate_documents(list(documents.values()), languages, glossary, engine_chain,
                                          digits=digits, matcher=matcher, settings=settings)
    from .suggest import suggest

    for name, document in documents.items():
        result.candidates[name] = suggest(document, glossary, matcher)

    files: dict[Path, bytes | str] = {}
    for name, article_editions in result.editions.items():
        progress(f"publishing {name}")
        folder = Path(out_dir) / name
        files.update(edition_files(article_editions, folder, formats, settings=settings, kinds=kinds, day=day,
                                   digits=digits, candidates=result.candidates.get(name)))
        if index and "side-by-side" in kinds:
            from .publish.html import side_by_side_pages

            files.update(side_by_side_pages(article_editions, folder, settings, GENERATOR))
    if preview:
        from .publish.preview import render_previews

        progress("rendering previews with LibreOffice")
        files.update(render_previews(files, settings.preview_dpi))
    from .publish.preview import stale_previews

    stale = stale_previews(files, html=index)
    if index:
        from .publish.index import index_page

        files[Path(out_dir) / "index.html"] = index_page(Path(out_dir), files, stale, settings, GENERATOR)
    from .files import write_atomic

    for path, data in files.items():
        write_atomic(path, data)
        result.written.append(path)
    for path in stale:  # previews of an earlier DOCX that this run replaced
        path.unlink(missing_ok=True)
    return result
