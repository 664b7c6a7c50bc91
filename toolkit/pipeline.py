"""The stages of an article: read -> segment -> match -> translate -> render -> localise -> QA -> publish.

Each stage is a small function over the annotated document
(:mod:`toolkit.document`), and :func:`translate_documents` runs them in
order for a batch of documents:

========== ============================================= ==============================================
stage      where                                         contract
========== ============================================= ==============================================
read       :func:`toolkit.read.read_document`            file -> Document (title, headings, paragraphs)
segment    :mod:`toolkit.read.segmenter`                 paragraphs -> sentence segments
match      :func:`toolkit.glossary.match.match_document` segment.mentions: the glossary names, found once
translate  :func:`translate`                             segment.translations[lang]: a template with slots
render     :func:`render_names`                          slots -> the glossary's renderings, in form, in house style
localise   :func:`localise`                              digits, quotes, punctuation, direction marks
QA         :func:`check`                                 problems of each translated segment
publish    :func:`toolkit.publish.article.article_files` editions and report, in memory, as the gate allows
========== ============================================= ==============================================

Nothing here writes but to the cache folder (parsed glossaries; the name
checks' findings, :mod:`toolkit.qa.kept`): :mod:`toolkit.batch` reads the articles of a run,
decides with the QA gate (:mod:`toolkit.qa.gate`) and writes each article's
files atomically. How editions look comes from the settings
(:mod:`toolkit.settings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .counts import counted
from .document import BlockKind, Document, Edition, Piece, Segment, Suggestion, TranslatedSegment
from .errors import UserError, shown_path
from .glossary.match import Matcher, match_document
from .glossary.model import Glossary
from .languages import language
from .localise import Localiser, Quotation
from .qa.checks import check_segment, check_untranslated
from .qa.kept import KeptFindings, glossary_digest
from .render import EditionNames, HouseStyle
from .render import render as render_template
from .settings import Settings
from .translate.engines import ADAPTED, EXACT, Engine, MemoryEngine, Translation, translate_in_order

if TYPE_CHECKING:
    from .translate.memory import TranslationMemory
    from .translate.provisional import ProvisionalNames


class MissingTranslations(UserError):
    """Some segments have neither a memory match nor an engine that can translate them."""


def translate_document(
    document: Document, languages: Sequence[str], glossary: Glossary, engines: Sequence[Engine], **options
) -> list[Edition]:
    """Translate one document into each language (see :func:`translate_documents` for the options)."""
    return translate_documents([document], languages, glossary, engines, **options)[document.name]


def translate_documents(
    documents: Sequence[Document],
    languages: Sequence[str],
    glossary: Glossary,
    engines: Sequence[Engine],
    *,
    matcher: Matcher | None = None,
    settings: Settings | None = None,
    house_style: bool = True,
    provisional: ProvisionalNames | None = None,
) -> dict[str, list[Edition]]:
    """Match, translate, render, localise and check a batch of documents; their editions, by document name.

    Each engine gets one batch per language for all the documents, asked in
    order (memory first) and only for what the ones before it lacked. If any
    segment is left untranslated, MissingTranslations names them all and
    nothing is returned. Typography and the house style of names (first
    mentions, annotations) follow ``settings`` (default: the defaults);
    ``house_style=False`` renders every slot as the memory stores it (review
    files, whose text goes back into the memory). ``provisional`` are the
    names no glossary entry covers
    (:class:`~toolkit.translate.provisional.ProvisionalNames`): each is written
    in one provisional rendering per language, chosen from these documents'
    translations unless it was chosen already (a batch chooses across all its
    articles before translating them).
    """
    matcher = matcher or Matcher(glossary)
    settings = settings or Settings()
    glossary_key = glossary_digest(glossary)  # once: with 100,000 entries, telling them unchanged takes ms
    for document in documents:
        match_document(document, matcher)
        if provisional is not None:
            provisional.suppress(document)
    translate(documents, languages, engines)
    editions: dict[str, list[Edition]] = {document.name: [] for document in documents}
    for code in languages:
        target = language(code)
        localiser = Localiser.for_language(target, settings)
        style = HouseStyle.of(settings, code)
        if provisional is not None and code not in provisional.chosen:
            provisional.observe_documents(documents, code)
            provisional.choose(code)
        for document in documents:
            kept = KeptFindings.open(glossary_key, code, document.name)
            names = EditionNames(
                glossary,
                code,
                style,
                enabled=house_style,
                provisional=provisional.entries if provisional is not None else None,
            )
            for block in document.blocks:
                quotation: Quotation = ()  # quotations open where the sentence starts: one may run over sentences
                for segment in block.segments:
                    translated = segment.translations[code]
                    if provisional is not None:
                        provisional.place(translated, document.name, code)
                    render_names(translated, names, heading=block.kind is not BlockKind.PARAGRAPH)
                    quotation = localise(translated, localiser, quotation)
                    check(translated, glossary, code, kept)
            kept.save()
            editions[document.name].append(Edition.of(document, target))
    return editions


def translate(documents: Sequence[Document], languages: Sequence[str], engines: Sequence[Engine]) -> None:
    """Translate: each matched segment gets, per language, the first engine's translation (memory first).

    Raises MissingTranslations, naming every segment of every document and
    language that no engine could translate.
    """
    segments = [(document, segment) for document in documents for segment in document.segments]
    memories = [engine.memory for engine in engines if isinstance(engine, MemoryEngine)]
    missing: dict[str, dict[str, list[str]]] = {}
    from_memory: set[tuple[int, str, str]] = set()  # (document, segment id, language) the memory translated
    unreadable: dict[str, None] = {}  # where each unit lies that holds a missing sentence but could not be read
    for code in languages:
        found = translate_in_order(engines, [segment for _, segment in segments], code)
        for (document, segment), translation in zip(segments, found):
            if translation is None:
                where = str(document.source_path or document.name)
                missing.setdefault(where, {}).setdefault(code, []).append(segment.id)
                for memory in memories:
                    skipped = memory.unreadable_for(segment.text, code)
                    if skipped is not None:
                        unreadable[_unit_place(skipped.error, skipped.unit_id)] = None
            else:
                segment.translations[code] = translated_segment(segment, translation, code)
                if translation.origin in (EXACT, ADAPTED):
                    from_memory.add((id(document), segment.id, code))
    for document in documents:
        _say_other_split(document, memories, languages, from_memory)
    if missing:
        raise _missing_message(missing, list(unreadable))


def _say_other_split(
    document: Document,
    memories: Sequence[TranslationMemory],
    languages: Sequence[str],
    from_memory: set[tuple[int, str, str]],
) -> None:
    """One finding for the article when its memories hold reviewed translations of its words under another
    sentence split that were not used (:func:`toolkit.translate.resplit.units_under_another_split`), naming the
    units of every memory."""
    from .problems import Location, Problem
    from .translate.resplit import units_under_another_split

    if not any(memory.units for memory in memories) or any(p.code == OTHER_SPLIT for p in document.findings):
        return
    translated = {(segment_id, code) for key, segment_id, code in from_memory if key == id(document)}
    paragraphs = [[(s.id, s.text) for s in block.segments] for block in document.blocks if block.segments]
    found = list(
        {
            (unit.path_name, unit.unit_id): unit
            for memory in memories
            if memory.units
            for unit in units_under_another_split(memory, paragraphs, languages, translated)
        }.values()
    )
    if not found:
        return
    shown = ", ".join(f"{unit.path_name}#{unit.unit_id} ({', '.join(unit.segments)})" for unit in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    count = f"{len(found)} reviewed translation{'s' if len(found) != 1 else ''}"
    message = (
        f"{count} no longer match{'es' if len(found) == 1 else ''} this article's sentences: the sentence splitter "
        f"now cuts the same words otherwise, so {'it was' if len(found) == 1 else 'they were'} not used "
        f"({shown}{more})"
    )
    fix = (
        "correct those sentences in this run's review edition (`toolkit memory find` shows the old units' "
        "translations to copy from) and import it; then `toolkit memory stale` lists the old units to take out"
    )
    place = Location(document.source_path or Path(document.name), _first_line(document, found[0].segments[0]))
    document.findings.append(Problem.at(place, OTHER_SPLIT, message, fix=fix))


OTHER_SPLIT = "memory-split-changed"


def _first_line(document: Document, segment_id: str) -> int:
    for block in document.blocks:
        if any(segment.id == segment_id for segment in block.segments):
            return max(1, block.line)
    return 1


def _unit_place(error: UserError, unit_id: str) -> str:
    """A memory unit as a message names it: its file and line, else its id."""
    if error.path is None:
        return f"unit {unit_id!r}"
    return shown_path(error.path) + (f":{error.line}" if error.line else f" (unit {unit_id!r})")


def translated_segment(segment: Segment, translation: Translation, code: str) -> TranslatedSegment:
    """The record the later stages fill in: where the translation came from, what the engine noticed."""
    return TranslatedSegment(
        source=segment,
        mentions=list(segment.mentions or ()),
        origin=translation.origin,
        reference=translation.reference,
        code=translation.template.code,
        pieces=[],
        names=[],
        problems=[replace(problem, language=code, segment_id=segment.id) for problem in translation.problems],
        template=translation.template,
        suggestions=translation.suggestions,
        score=translation.score,
    )


def render_names(segment: TranslatedSegment, names: EditionNames, heading: bool = False) -> TranslatedSegment:
    """Render: every name slot filled with the glossary's rendering in the form it asks for (a provisional
    name's slot with its provisional rendering), in the house style of the edition ``names`` renders
    (segments in reading order; ``heading`` for titles and subheadings)."""
    assert segment.template is not None  # set by the translate stage
    pieces, rendered, problems = names.render(
        segment.template,
        heading=heading,
        source=segment.source.text,
        mentions=segment.mentions,
        spans=segment.source.spans,
    )
    segment.pieces, segment.names = pieces, rendered
    if names.enabled:
        stored, _, _ = render_template(
            segment.template,
            names.glossary,
            names.language,
            names.provisional,
            spans=segment.source.spans,
            source=segment.source.text,
        )
        if "".join(piece.text for piece in stored) != "".join(piece.text for piece in pieces):
            segment.stored_pieces = stored
    segment.problems += [
        replace(problem, language=names.language, segment_id=segment.source.id) for problem in problems
    ]
    # suggestions are other translations of the sentence from the memory: as stored, without house style
    segment.suggestions = tuple(
        _render_suggestion(suggestion, names.glossary, names.language) for suggestion in segment.suggestions
    )
    return segment


def _render_suggestion(suggestion: Suggestion, glossary: Glossary, code: str) -> Suggestion:
    """A memory suggestion with its names rendered (left empty when one cannot be: it is not shown then)."""
    pieces, _, problems = render_template(suggestion.template, glossary, code)
    return replace(suggestion, text="" if problems else "".join(piece.text for piece in pieces))


def localise(segment: TranslatedSegment, localiser: Localiser, quotation: Quotation = ()) -> Quotation:
    """Localise: the edition's numbers, digits, quotation marks, punctuation and direction marks; suggestions too.

    ``quotation`` is the quotations open where the segment starts (a quotation that opened in an earlier
    sentence of its paragraph); returns those open where it ends."""
    source = segment.source.text
    segment.pieces, after = localiser.localise_in_paragraph(segment.pieces, source, quotation)
    if segment.stored_pieces is not None:
        segment.stored_pieces = localiser.localise_in_paragraph(segment.stored_pieces, source, quotation)[0]
    segment.suggestions = tuple(
        replace(
            suggestion,
            text="".join(piece.text for piece in localiser.localise([Piece(suggestion.text)], source)),
        )
        if suggestion.text
        else suggestion
        for suggestion in segment.suggestions
    )
    return after


def check(
    segment: TranslatedSegment, glossary: Glossary, code: str, kept: KeptFindings | None = None
) -> TranslatedSegment:
    """QA: every check on the finished segment (names, numbers, script, untranslated text...); the name
    checks' findings from ``kept`` where an earlier run of the article checked the same sentence."""
    script = language(code).script
    segment.problems += check_segment(segment, glossary, code, script, kept) + check_untranslated(segment, code, script)
    return segment


def _missing_message(missing: dict[str, dict[str, list[str]]], unreadable: Sequence[str] = ()) -> MissingTranslations:
    """One message naming every document, language and segment left, and how to install each model; and, when
    the memory holds some of them in units it could not read (``unreadable``: where each lies), those units
    first: fixing them is what an editor does, not installing a model."""
    languages = sorted({code for by_language in missing.values() for code in by_language})
    total = sum(len(ids) for by_language in missing.values() for ids in by_language.values())
    several = len(missing) > 1  # one article: its name is said where the error is reported
    detail = "; ".join(
        f"{name + ' ' if several else ''}{code}: {'segment' if len(ids) == 1 else 'segments'} {', '.join(ids[:8])}"
        f"{' ...' if len(ids) > 8 else ''}"
        for name, by_language in missing.items()
        for code, ids in sorted(by_language.items())
    )
    installs = "; ".join(f"en->{code}: `toolkit models install translate-en_{code}.argosmodel`" for code in languages)
    held = "the translation memory does not hold them"
    repair = ""
    if unreadable:
        shown = ", ".join(unreadable[:5]) + (f" and {len(unreadable) - 5} more" if len(unreadable) > 5 else "")
        held = f"the translation memory holds no readable translation of them (units it could not read: {shown})"
        repair = "correct the memory's unreadable units (each is named at the start of the run), or "
    return MissingTranslations(
        f"no translation for {counted(total, 'segment')} ({detail}): {held} and no "
        f"machine-translation model is installed for {', '.join('en->' + code for code in languages)}",
        fix=(
            f"{repair}install a model per pair from the .argosmodel file your IT provides ({installs}), or, where "
            f"a network exists, `toolkit models download {' '.join(languages)}`; the article was not written"
        ),
    )
