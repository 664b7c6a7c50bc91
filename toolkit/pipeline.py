"""The stages of one article: read -> segment -> match -> translate -> render -> localise -> QA -> files.

``translate_document`` turns one Document into Editions (nothing is written);
:func:`toolkit.publish.article.article_files` builds an article's editions and
report in memory, as the QA gate (:mod:`toolkit.qa.gate`) allows. :mod:`toolkit.batch.run` runs them for
every article of a run and writes each article atomically. How editions look
comes from the newsroom settings (:mod:`toolkit.settings`).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from .document import Document
from .edition import Edition, TranslatedBlock, TranslatedSegment
from .translate.engines import Engine, Translation
from .errors import UserError
from .glossary.model import Glossary
from .languages import language
from .localise import Localiser
from .glossary.match import Matcher
from .qa.checks import check_segment, check_untranslated
from .render import render
from .publish.paths import FORMATS
from .settings import EDITION_KINDS, Settings


class MissingTranslations(UserError):
    """Some segments have neither a memory match nor an engine that can translate them."""


def _missing_message(missing: dict[str, dict[str, list[str]]]) -> MissingTranslations:
    """One message naming every document, language and segment left, and how to install each model."""
    languages = sorted({code for by_language in missing.values() for code in by_language})
    total = sum(len(ids) for by_language in missing.values() for ids in by_language.values())
    several = len(missing) > 1  # one article: its name is said where the error is reported
    detail = "; ".join(
        f"{name + ' ' if several else ''}{code}: segments {', '.join(ids[:8])}{' ...' if len(ids) > 8 else ''}"
        for name, by_language in missing.items() for code, ids in sorted(by_language.items()))
    installs = "; ".join(f"en->{code}: `toolkit models install translate-en_{code}.argosmodel`" for code in languages)
    return MissingTranslations(
        f"no translation for {total} segments ({detail}): the translation memory does not hold them and no "
        f"machine-translation model is installed for {', '.join('en->' + code for code in languages)}",
        fix=(f"install a model per pair from the .argosmodel file your IT provides ({installs}), or, where a "
             f"network exists, `toolkit models download {' '.join(languages)}`; the article was not written"),
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
    folders = dict.fromkeys(Path(os.path.realpath(p)).parent for p in inputs)  # realpath: no error on a link loop
    return [tmx for folder in folders for tmx in sorted(folder.glob("*.tmx"))]
