"""Publish: every file of one article, built in memory, as the QA gate allows.

Side-by-side editions (for review) and, where the gate lets an edition
through, editions to publish; the HTML pages of the index; the QA report.
Names come from :mod:`toolkit.publish.paths`; nothing here writes to disk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from ..document import Edition
from ..localise import Localiser
from ..qa.gate import Verdict
from ..settings import Settings
from ..version import GENERATOR
from .changes import EarlierRun
from .markdown import side_by_side_markdown
from .paths import MONOLINGUAL, REPORT_JSON, REPORT_MARKDOWN, REVIEW, SIDE_BY_SIDE, edition_file
from .report import report_data, report_json, report_markdown, with_earlier_sections


def article_files(
    editions: list[Edition],
    formats: Sequence[str],
    *,
    settings: Settings | None = None,
    kinds: Sequence[str] = (SIDE_BY_SIDE,),
    day: date | None = None,
    provisional: Sequence | None = None,
    stubs: Sequence | None = None,
    verdicts: Mapping[str, Verdict] | None = None,
    html_pages: bool = False,
    empty_glossary_files: tuple[str, ...] = (),
    earlier_sections: Mapping[str, dict] | None = None,
    memory_files: Sequence[str] = (),
    earlier_runs: Mapping[str, EarlierRun] | None = None,
) -> dict[str, bytes | str]:
    """Every file of one article's editions and report, built in memory, named relative to the article's folder.

    Side-by-side editions are ``<name>.<lang>.docx/.md`` (with ``html_pages``,
    also ``preview/<name>.<lang>.html``); editions to publish,
    ``<name>.<lang>.publish.docx/.md``, are dated ``day`` when it is given (``--date``), else with the
    article's own date (front matter, DOCX properties), else today, and built only for
    languages whose ``verdicts`` allow it (all, without verdicts). A held-back
    edition's review files say why at the top. Review editions,
    ``<name>.<lang>.review.docx``, are built for every language, with
    ``memory_files`` (the names of the memories used) in their fingerprint,
    marking the sentences changed since ``earlier_runs`` (per language, what
    the article's previous run wrote).
    ``earlier_sections`` are the
    report sections of languages this run keeps from the article's earlier
    files (the report then lists languages in the toolkit's order).
    ``provisional`` are the article's names no glossary entry covers, with the
    run's provisional renderings (``ProvisionalName``), and ``stubs`` their
    glossary entries to approve.
    """
    settings = settings or Settings()
    verdicts = verdicts or {}
    files: dict[str, bytes | str] = {}
    for edition in editions:
        article, code = edition.document.name, edition.language.code
        verdict = verdicts.get(edition.language.code)
        notice = verdict.notice if verdict else None
        if SIDE_BY_SIDE in kinds and "docx" in formats:
            from .docx import side_by_side_docx

            files[edition_file(article, code, SIDE_BY_SIDE, "docx")] = side_by_side_docx(
                edition, settings, generator=GENERATOR, notice=notice
            )
        if SIDE_BY_SIDE in kinds and "md" in formats:
            files[edition_file(article, code, SIDE_BY_SIDE, "md")] = side_by_side_markdown(
                edition,
                generator=GENERATOR,
                notice=notice,
                arabic_italics=settings.arabic_italics,
                digits=Localiser.for_language(edition.language, settings).digit_characters,
            )
        if SIDE_BY_SIDE in kinds and html_pages:
            from .html import side_by_side_pages

            files.update(side_by_side_pages([edition], settings, GENERATOR, {edition.language.code: notice}))
        if REVIEW in kinds and "docx" in formats:
            from .review import review_docx

            files[edition_file(article, code, REVIEW, "docx")] = review_docx(
                edition,
                settings,
                generator=GENERATOR,
                notice=notice,
                memory=memory_files,
                copy_model=verdict.copy_model if verdict else None,
                earlier=(earlier_runs or {}).get(code),
            )
        if MONOLINGUAL in kinds and (verdict is None or verdict.publish):
            from .monolingual import Front, monolingual_docx, monolingual_markdown

            front = Front.of(edition, settings, day or edition.document.date or date.today())
            if "docx" in formats:
                files[edition_file(article, code, MONOLINGUAL, "docx")] = monolingual_docx(
                    edition, front, settings, GENERATOR
                )
            if "md" in formats:
                files[edition_file(article, code, MONOLINGUAL, "md")] = monolingual_markdown(
                    edition, front, GENERATOR, settings
                )
    data = report_data(
        editions,
        generator=GENERATOR,
        verdicts=verdicts,
        empty_glossary_files=empty_glossary_files,
        provisional=provisional,
        stubs=stubs,
    )
    if earlier_sections is not None:  # languages carried over from the article's earlier files
        data = with_earlier_sections(data, earlier_sections)
    files[REPORT_JSON] = report_json(data)
    files[REPORT_MARKDOWN] = report_markdown(data)
    return files
