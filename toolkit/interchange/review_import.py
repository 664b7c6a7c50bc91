"""Reviewed translations into a memory: the review files read (review DOCX, XLIFF 1.2 or 2.x, TMX), the
segments taken stored at once, and what an editor should know of what was stored.

:func:`import_reviews` is what ``toolkit memory import`` does; the command prints its outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import dataclass

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..settings import Settings
    from ..translate.reviewed import ImportReport
    from .review_docx import ReviewerComment


@dataclass
class ReviewImport:
    """What an import did: the memory's report (the rows refused while reading the files first among those not
    taken), the reviewers' comments in review DOCX files, and notes on what was stored."""

    report: ImportReport
    comments: list[ReviewerComment]
    notes: list[str]


def import_reviews(
    files: Sequence[Path],
    memory_path: Path,
    glossary: Glossary,
    settings: Settings,
    *,
    reviewer: str | None,
    fallback_reviewer: str,
    accept_unchanged: bool = False,
    overwrite: bool = False,
    dry_run: bool = False,
    on_wait: Callable[[float], None] | None = None,
) -> ReviewImport:
    """Read every review file in ``files``, then store what they give in the TMX file ``memory_path`` (see
    :func:`toolkit.translate.reviewed.store_reviewed`; ``dry_run``, ``overwrite`` and ``on_wait`` are its). A file
    that cannot be read, or is no review file, raises :class:`~toolkit.errors.UserError` before anything is stored.
    ``reviewer``, where given, is who reviewed every file; else a review DOCX's last author or a TMX variant's
    changeid, and ``fallback_reviewer`` where a file names nobody. ``accept_unchanged`` takes review DOCX rows
    left as the machine wrote them. Notes name a newer memory beside ``memory_path`` that a run reads after it
    for a sentence just stored, and a sentence stored that its article no longer has."""
    from ..errors import UserError
    from ..languages import TARGET_LANGUAGES
    from ..translate.reviewed import store_reviewed
    from ..version import __version__
    from .kinds import REVIEW_KINDS, refuse_non_review_file
    from .review_docx import read_review_docx
    from .xliff import reviewed_segments

    records, refused, comments, notes = [], [], [], []
    # review files made from one article (review DOCX, XLIFF): (file, article, where it lay, its records)
    of_articles: list[tuple[Path, str, str | None, list]] = []
    for path in files:  # every file is read before anything is stored: one that cannot be read stops the import
        refuse_non_review_file(path)
        suffix = path.suffix.lower()
        if suffix == ".tmx":
            from .tmx import reviewed_from_tmx

            found, not_taken, unread = reviewed_from_tmx(path, memory_path, glossary, reviewer, fallback_reviewer)
            records += found
            refused += not_taken
            notes += unread
            continue
        if suffix == ".docx":
            review = read_review_docx(
                path, reviewer, fallback_reviewer=fallback_reviewer, accept_unchanged=accept_unchanged
            )
            records += review.records
            of_articles.append((path, review.fingerprint.article, review.fingerprint.source or None, review.records))
            refused += review.not_taken
            comments += review.comments
            made_with = review.fingerprint.memory
            if made_with and not any(Path(name).name == memory_path.name for name in made_with):
                notes.append(f"{path.name} was translated with {'; '.join(made_with)}; its rows go into {memory_path}")
            continue
        if suffix not in (".xlf", ".xliff"):
            raise UserError(
                f"unsupported review file {suffix or '(no extension)'!r}",
                path=path,
                fix=f"give {REVIEW_KINDS}",
            )
        from ..files import modified_time

        try:
            when = modified_time(path)
        except OSError:
            raise UserError("review file not found", path=path, fix="check the path") from None
        found, not_taken = reviewed_segments(path, reviewer or fallback_reviewer, when)
        records += found
        from .xliff import recorded_sources

        stems = list(dict.fromkeys(record.unit_id.rsplit(":", 1)[0] for record in found if ":" in record.unit_id))
        sources = recorded_sources(path) if stems else {}
        for stem in stems:
            mine = [record for record in found if record.unit_id.rsplit(":", 1)[0] == stem]
            of_articles.append((path, stem, sources.get(stem), mine))
        refused += not_taken
    quotes = {
        code: (*(settings.language(code).quote_marks or ()), *(settings.language(code).nested_quote_marks or ()))
        or None
        for code in TARGET_LANGUAGES
    }
    report = store_reviewed(
        records,
        memory_path,
        glossary,
        tool_version=__version__,
        quotes=quotes,
        dry_run=dry_run,
        overwrite=overwrite,
        on_wait=on_wait,
    )
    report.not_taken[:0] = refused
    notes += _hidden_by_neighbours(records, report, memory_path)
    notes += _articles_changed_since(of_articles, report, memory_path)
    return ReviewImport(report, comments, notes)


def _articles_changed_since(
    of_articles: list[tuple[Path, str, str | None, list]], report, memory_path: Path
) -> list[str]:
    """Where the article a review file was made from no longer has a sentence a correction was just stored for
    (the article was edited since the review file was made): the memory keeps translations by their English, so
    a run of the article uses the new sentence's translation, not this one. The article is looked for where the
    file says it lay, where the manifest of the output folder the file lies in says, and beside the memory;
    one found nowhere is said too, since then whether it changed cannot be told."""
    from ..errors import UserError
    from ..read import read_document
    from ..translate.memory import memory_key

    taken = {(item.place, item.language) for item in report.added + report.changed}
    notes: list[str] = []
    for review, name, recorded, records in of_articles:
        stored = [record for record in records if (record.place, record.language) in taken]
        if not stored:
            continue
        article, looked = _article_of(review, name, recorded, memory_path)
        if article is None:
            notes.append(
                f"{review.name}: the article it was made from ('{name}') is not found ({'; '.join(looked)}), so "
                "whether it changed after the file was made cannot be told: a corrected sentence it no longer has "
                "would be stored for the English the file showed and not used by its runs; put the article back "
                "(or import beside it) and import again to check, or translate it again and review its new file"
            )
            continue
        try:
            sentences = {segment.id: segment.text for segment in read_document(article).segments}
        except (UserError, OSError, ValueError):
            continue  # an article that cannot be read: the run says what is wrong with it
        keys = {memory_key(text) for text in sentences.values()}
        for record in stored:
            if memory_key(record.source) in keys:
                continue
            segment_id = record.unit_id.rsplit(":", 1)[1]
            now = sentences.get(segment_id)
            shown = f"its {segment_id} now reads '{now[:120]}'" if now else f"it has no sentence {segment_id} now"
            notes.append(
                f"{record.place} ({record.language}): {article} no longer has this sentence ({shown}): the article "
                "changed after the review file was made; the correction is stored for the English the file showed, "
                "and a run of the article, which goes by its English as it is now, does not use it; translate the "
                "article again and correct the sentence in its new review file"
            )
    return notes


def _article_of(review: Path, name: str, recorded: str | None, memory_path: Path) -> tuple[Path | None, list[str]]:
    """The article file a review file was made from, and where it was looked for: the path the file records
    (from the folder its run was started in; an older file's absolute path as it is), the source the manifest
    beside it names (as given to the run: from here, or from the output folder's
    parent), then beside the memory; a file counts only if its article name is the review file's."""
    from ..errors import UserError
    from ..publish.manifest import read_manifest
    from ..publish.paths import article_name
    from ..read import SUPPORTED_SUFFIXES

    candidates: list[tuple[Path, str]] = []
    if recorded:
        candidates.append((Path(recorded), "where the file says it lay"))
    try:
        manifest = read_manifest(review.parent)
    except (UserError, OSError):
        manifest = None
    if manifest is not None and manifest.source:
        source = Path(manifest.source)
        candidates.append((source, f"the output folder's manifest: {manifest.source}"))
        if not source.is_absolute():
            candidates.append((review.parent.parent.parent / source, "from the output folder's parent"))
    candidates += [(memory_path.parent / f"{name}{suffix}", "beside the memory") for suffix in SUPPORTED_SUFFIXES]
    looked: list[str] = []
    for path, why in candidates:
        try:
            if path.is_file() and article_name(path.stem) == name:
                return _from_here(path), looked
        except OSError:
            pass
        if why != "beside the memory":
            looked.append(f"{_from_here(path)} ({why})")
    looked.append(f"{memory_path.parent / name}.* (beside the memory)")
    return None, looked


def _from_here(path: Path) -> Path:
    """``path`` relative to the working folder when it lies inside it, as a desk gives paths; else as it is."""
    import os

    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive
        return path
    return path if relative.parts[:1] == ("..",) else relative


def _hidden_by_neighbours(records: list, report, memory_path: Path) -> list[str]:
    """Where a memory beside ``memory_path`` that a run of the articles there reads after it holds another
    translation of a sentence just stored: a run would keep using that one (the later file wins)."""
    from ..errors import UserError
    from ..translate.memory import load_memory

    taken = {(item.place, item.language): item.stored for item in report.added + report.changed}
    folder = memory_path.parent
    try:
        later = [path for path in sorted(folder.glob("*.tmx")) if path.name > memory_path.name and path.is_file()]
    except OSError:
        return []
    from ..errors import quoted

    notes: list[str] = []
    for path in later:
        try:
            neighbour = load_memory([path])
        except UserError:
            continue  # a run says what is wrong with it
        for record in records:
            stored = taken.get((record.place, record.language))
            hit = neighbour.lookup(record.source, record.language) if stored is not None else None
            if hit is not None and hit.template.code != stored:
                notes.append(
                    f"{record.place} ({record.language}): {path} also holds this sentence "
                    f"(unit {quoted(hit.unit_id)}) and "
                    f"a run of the articles in {folder} reads it after {memory_path.name}, so it would still use "
                    f"that translation; import the file into {path.name} too, or take the unit out of it"
                )
    return notes
