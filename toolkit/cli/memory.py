"""``toolkit memory``: reviewed translations in and out of the translation memory."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import (
    Group,
    PathType,
    counted,
    glossary_option,
    json_option,
    languages_option,
    print_json,
    project_glossaries,
    reports_user_errors,
    settings_option,
)

GLOSSARY_OPTION = glossary_option(
    help="Glossary YAML file or folder (repeatable). Default: the project's glossaries/ (the nearest folder up "
    "from here that has one, or $TOOLKIT_PROJECT).",
)
SETTINGS_OPTION = settings_option(
    help="Newsroom settings (quotation marks, digits). Default: the project's newsroom.yaml if it has one.",
)


def _project_files(glossaries, settings_path) -> tuple[list[Path], Path | None]:
    """The glossaries and settings given, else the project's, found as `toolkit translate` finds it.

    So an editor importing a review from a folder inside the project gets the
    same glossary and quotation marks as the run that wrote the review file.
    """
    if settings_path is None:
        from ..project import find_project

        project = find_project()
        settings_path = project.settings_file if project is not None else None
    return project_glossaries(glossaries), settings_path


@click.group(cls=Group)
def memory() -> None:
    """Bring reviewed translations into the memory, and share it with other tools.

    \b
    Examples:
      toolkit translate news/story.txt --editions review      # then correct output/story/story.ru.review.docx
      toolkit memory import output/story/story.ru.review.docx --memory news/story.tmx
      toolkit memory export seeds/article.txt --format xliff --to ru --memory seeds/article.tmx --out review/
      toolkit memory import review/article.ru.xlf --memory seeds/article.tmx --reviewer "A. Editor"
      toolkit memory export --format tmx --memory seeds/article.tmx --out shared.tmx
      toolkit memory info seeds/article.tmx
      toolkit memory find "gain momentum" --memory seeds/article.tmx
      toolkit memory find --origin story.ru.review.docx --memory news/story.tmx
      toolkit memory remove article:3.1 --memory seeds/article.tmx --to ru
    """


def _reviewer(given: str | None) -> str:
    if given is not None:
        import unicodedata

        from ..errors import UserError, quoted

        name = given.strip()
        if not name or len(name) > 200 or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
            raise UserError(
                f"--reviewer {quoted(given)} cannot be stored in a memory",
                fix='give a name of plain text, e.g. --reviewer "A. Editor"',
            )
        return name
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


@memory.command(name="import")
@click.argument("files", nargs=-1, required=True, type=PathType(path_type=Path))
@click.option(
    "--memory",
    "memory_path",
    required=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="The TMX file to store the reviewed units in (created if missing).",
)
@click.option(
    "--reviewer",
    metavar="NAME",
    help="Who reviewed (TMX creationid/changeid). Default: a review DOCX's last author, else your login name.",
)
@click.option(
    "--accept-unchanged",
    is_flag=True,
    help="Review DOCX: also store machine and adapted translations left as they were (the reviewer "
    "read every row). Without it, such a row needs OK in its Comment column.",
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="Store a correction even where the memory's translation of the sentence is not the one the review "
    "file was made from (another review was imported since), and take out older copies of the sentence's "
    "translation other units of the memory hold; each is listed as replaced. Without it, such a correction "
    "is not taken.",
)
@click.option("--dry-run", is_flag=True, help="Report what would be stored; write nothing.")
@json_option(help="Print the report as JSON.")
@GLOSSARY_OPTION
@SETTINGS_OPTION
@reports_user_errors
def import_(files, memory_path, reviewer, accept_unchanged, overwrite, dry_run, as_json, glossaries, settings_path):
    """Store reviewed translations (review DOCX editions, XLIFF 1.2, TMX) in a translation memory.

    \b
    A review DOCX (<article>.<lang>.review.docx, from `toolkit translate
    --editions review`) is read row by row by its ID column: the corrected
    translation column, rows moved or deleted as the reviewer liked. A row
    left as the machine wrote it is stored only when confirmed (OK in its
    Comment column, or --accept-unchanged). An XLIFF file from a CAT tool is
    read by trans-unit and state. A TMX file (the memory exported with
    `toolkit memory export --format tmx` and corrected in another tool) is
    read by translation unit; its dates decide: a variant dated later than
    the memory's is taken, an earlier one keeps the memory's translation. A
    variant its tool marks as not reviewed (Trados x-ConfirmationLevel Draft,
    an x-Status not confirmed, machine translation nobody confirmed) is never
    taken, and counted as "not reviewed".

    Every glossary name the English mentions is turned back into a slot with
    the form the reviewer wrote; a segment whose names cannot all be found is
    reported (with its row or trans-unit) and not stored, as are rows without
    an ID, with an unknown or repeated ID, or with their English changed. The
    memory keeps every other unit and id; new and changed units record the
    reviewer and the review file's date. The file is written once,
    atomically, and only if something changed.

    A review file made before another review of the same sentence was
    imported never undoes it: a row left as the file showed it keeps the
    memory's newer translation ("kept"), and a row corrected is not taken,
    naming who changed the memory and when (--overwrite stores it anyway).

    Exit status: 0 when every segment was taken, 1 when some could not be
    (listed), 2 when a file cannot be read or is not a review file of this
    toolkit (nothing is written).

    \b
    Examples:
      toolkit memory import output/story/story.ru.review.docx --memory news/story.tmx
      toolkit memory import review/article.ru.xlf --memory seeds/article.tmx
      toolkit memory import review/*.xlf --memory newsroom.tmx --reviewer "A. Editor" --dry-run
      toolkit memory import corrected.tmx --memory news/story.tmx
    """
    from ..errors import shown_path, shown_text
    from ..glossary.load import load_checked_glossary
    from ..interchange.review_import import import_reviews
    from ..settings import load_settings

    glossaries, settings_path = _project_files(glossaries, settings_path)
    settings = load_settings(settings_path)
    given = _reviewer(reviewer) if reviewer is not None else None
    login = _reviewer(None)
    glossary = load_checked_glossary(glossaries)
    outcome = import_reviews(
        files,
        memory_path,
        glossary,
        settings,
        reviewer=given,
        fallback_reviewer=login,
        accept_unchanged=accept_unchanged,
        overwrite=overwrite,
        dry_run=dry_run,
        on_wait=lambda seconds: click.echo(
            f"waiting for another import into the folder of {shown_path(memory_path)} to finish "
            f"(up to {seconds:.0f} s)...",
            err=True,
        ),
    )
    report, comments, notes = outcome.report, outcome.comments, outcome.notes
    if as_json:
        data = report.as_dict()
        data["comments"] = [{"place": c.place, "language": c.language, "text": c.text} for c in comments]
        data["notes"] = notes
        print_json(data)
    else:
        for note in notes:
            click.echo(f"note: {shown_text(note)}", err=True)
        for item in report.not_taken:
            click.echo(f"not taken: {item}")
        for item in report.kept_newer:
            click.echo(f"kept: {item}")
        for item in report.replaced:
            click.echo(f"replaced: {item}")
        for item in report.respelled + report.formatting_lost:
            click.echo(f"check: {item}")
        for comment in comments:
            click.echo(f"reviewer's comment: {comment}")
        verb = (
            "would be written"
            if dry_run and (report.added or report.changed)
            else ("written" if report.written else "unchanged")
        )
        click.echo(f"{shown_path(memory_path)}: {report.summary} ({verb})", err=True)
        if report.written:
            from shlex import quote

            stored_from = dict.fromkeys(path.name for path in files)
            click.echo(
                "what it stored: "
                + "; ".join(
                    f"toolkit memory find --origin {shown_path(quote(name))} "
                    f"--memory {shown_path(quote(str(memory_path)))}"
                    for name in stored_from
                ),
                err=True,
            )
    sys.exit(1 if report.not_taken else 0)


@memory.command()
@click.argument("articles", nargs=-1, type=PathType(path_type=Path))
@click.option(
    "--format",
    "format_",
    type=click.Choice(["tmx", "xliff"]),
    required=True,
    help="tmx: the memory with names as text; xliff: articles' segments for review.",
)
@click.option(
    "--memory",
    "memories",
    multiple=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="Translation memory (repeatable). For xliff, default: every *.tmx beside the articles.",
)
@languages_option("--to", help="Languages to export.")
@click.option(
    "--out",
    "out",
    required=True,
    type=PathType(path_type=Path),
    help="tmx: the file to write; xliff: the folder for <article>.<lang>.xlf.",
)
@click.option(
    "--models-dir",
    type=PathType(path_type=Path),
    metavar="DIR",
    help="xliff: installed Argos models for what the memory lacks. Default: as for translate.",
)
@click.option("--no-models", is_flag=True, help="xliff: use the memory only; other segments go out untranslated.")
@GLOSSARY_OPTION
@SETTINGS_OPTION
@reports_user_errors
def export(articles, format_, memories, languages, out, models_dir, no_models, glossaries, settings_path):
    """Export the memory as TMX, or articles' segments as XLIFF 1.2 for review in a CAT tool.

    \b
    --format tmx: every unit of the --memory files, with each name written
      out in its canonical rendering and form (other tools know nothing of
      slots), the locale's digits and quotation marks; ids, dates and
      properties kept.
    --format xliff: each ARTICLE translated as `toolkit translate` would
      (memory, adapted memory, installed models), one file per language,
      OUT/<article>.<lang>.xlf, with states, the memory's suggestions as
      alt-trans, and notes on origin, QA problems and glossary names.
      Segments nothing translates go out without a target.

    Exit status: 0 when written; 1 when --format tmx left variants out (each
    is listed); 2 for a wrong request (a missing or broken memory, --out a
    folder for tmx).

    \b
    Examples:
      toolkit memory export --format tmx --memory seeds/article.tmx --out shared.tmx
      toolkit memory export seeds/article.txt --format xliff --to ru,tr --out review/
    """
    from ..errors import UserError, shown_path
    from ..files import write_atomic, writing_atomically
    from ..glossary.load import load_checked_glossary
    from ..languages import parse_language_list
    from ..settings import load_settings
    from ..version import __version__

    codes = parse_language_list(languages)
    glossaries, settings_path = _project_files(glossaries, settings_path)
    settings = load_settings(settings_path)
    glossary = load_checked_glossary(glossaries, codes)
    if format_ == "tmx":
        from ..interchange.tmx import plain_tmx

        if articles:
            raise UserError(
                "--format tmx exports the memory, not articles", fix="leave out the articles, or use --format xliff"
            )
        if not memories:
            raise UserError("no memory given", fix="pass --memory FILE.tmx (repeatable)")
        if out.is_dir():
            raise UserError("--out is a folder; the TMX export is one file", path=out, fix="e.g. --out shared.tmx")
        with writing_atomically(out) as handle:  # written as it is made: a large memory is never held whole
            left_out, written = plain_tmx(
                list(memories), glossary, codes, handle, settings=settings, tool_version=__version__
            )
        for item in left_out:
            click.echo(f"left out: {item}")
        click.echo(
            f"{shown_path(out)}: {written} units in {', '.join(codes)}, names as text"
            + (f"; {counted(len(left_out), 'variant')} left out" if left_out else ""),
            err=True,
        )
        sys.exit(1 if left_out else 0)

    from ..batch.inputs import default_memory_paths
    from ..interchange.xliff import review_files
    from ..translate.memory import load_memory

    if not articles:
        raise UserError(
            "no article given", fix="e.g. toolkit memory export seeds/article.txt --format xliff --out review/"
        )
    if out.exists() and not out.is_dir():
        raise UserError("--out must be a folder for XLIFF files", path=out, fix="e.g. --out review/")
    memory_ = load_memory(list(memories) if memories else default_memory_paths(articles))
    engines = []
    copy_models: dict[str, str] = {}
    if not no_models:
        from ..translate.cache import CachedEngine
        from ..translate.machine import ArgosEngine, MachineEngine

        argos = ArgosEngine(models_dir)
        engines = [MachineEngine(argos, glossary)]
        models = CachedEngine(argos, None)  # no cache: only asks which installed models are test copy models
        copy_models = {code: models.reference(code) for code in codes if models.is_copy_model(code)}
    files = review_files(
        list(articles),
        codes,
        glossary,
        memory_,
        out,
        engines=engines,
        settings=settings,
        tool_version=__version__,
        copy_models=copy_models,
    )
    for path, data in files.items():
        write_atomic(path, data)
        click.echo(shown_path(path))
    click.echo(f"{counted(len(files), 'XLIFF file')} in {shown_path(out)}", err=True)


@memory.command()
@click.argument("files", nargs=-1, required=True, type=PathType(path_type=Path))
@json_option(help="Print the figures as JSON.")
@reports_user_errors
def info(files, as_json):
    """Units, languages, name slots and the last change of translation memories.

    \b
    Example:
      toolkit memory info seeds/article.tmx
    """
    from ..errors import shown_path
    from ..translate.memory import TmxDocument
    from ..translate.review_state import unreviewed_reason

    figures: list[dict] = []
    for path in files:
        document = TmxDocument.open(path)
        header = document.root.find("header")
        units = document.units()
        languages: dict[str, int] = {}  # units per target language
        unreviewed = 0  # translations another tool marked as not reviewed: never used
        slots = 0
        dates = []
        for unit in units:
            dates += [d for d in (unit.get("changedate"), unit.get("creationdate")) if d]
            for code in document.languages_of(unit):
                languages[code] = languages.get(code, 0) + 1
                template = document.target(unit, code)
                slots += len(template.slots) if template else 0
                unreviewed += unreviewed_reason(document.variant(unit, code), unit, header) is not None
        figures.append(
            {
                "file": str(path),
                "units": len(units),
                "languages": languages,
                "name_slots": slots,
                "not_reviewed": unreviewed,
                "last_change": max(dates) if dates else None,
            }
        )
    if as_json:
        print_json(figures)
        return
    for item in figures:
        per_language = ", ".join(f"{code} {count}" for code, count in sorted(item["languages"].items()))
        click.echo(
            f"{shown_path(item['file'])}: {item['units']} units ({per_language}); {item['name_slots']} name slots"
            + (
                f"; {item['not_reviewed']} translations marked as not reviewed (never used)"
                if item["not_reviewed"]
                else ""
            )
            + (f"; last change {item['last_change']}" if item["last_change"] else "")
        )


@memory.command()
@click.argument("text", required=False)
@click.option(
    "--memory",
    "memories",
    multiple=True,
    required=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="Translation memory to look in (repeatable).",
)
@click.option(
    "--origin",
    metavar="FILE",
    help="Only the translations an import of this review file stored (its name, e.g. story.ru.review.docx).",
)
@languages_option("--to", help="Languages to show.")
@json_option(help="Print the translations found as JSON.")
@GLOSSARY_OPTION
@reports_user_errors
def find(text, memories, origin, languages, as_json, glossaries):
    """Find memory units: by a unit id, a text in the English or a translation, or the review file imported.

    Each translation found is shown with its file and line, unit id, who
    changed it, when and from which review file, its English and the
    translation as an edition shows it (names rendered). A text matches
    case and spacing aside, in the English, the translation or its stored
    slots ({putin:gen}).

    \b
    Examples:
      toolkit memory find "gain momentum" --memory news/story.tmx
      toolkit memory find Мамлюк --memory news/story.tmx --to ru
      toolkit memory find story:3.1 --memory news/story.tmx
      toolkit memory find --origin story.ru.review.docx --memory news/story.tmx   # what that import stored
    """
    from ..errors import UserError, shown_path
    from ..glossary.load import load_checked_glossary
    from ..translate.memory_units import find_units

    if not (text or "").strip() and not origin:
        raise UserError(
            "nothing to look for",
            fix='give a text or a unit id (toolkit memory find "gain momentum" --memory news/story.tmx), or '
            "--origin REVIEW_FILE for what an import of it stored",
        )
    from ..languages import parse_language_list

    codes = parse_language_list(languages)
    glossary = load_checked_glossary(project_glossaries(glossaries))
    found = find_units(list(memories), text, origin=origin, languages=codes, glossary=glossary)
    if as_json:
        print_json([item.as_dict() for item in found])
        return
    for item in found:
        click.echo(str(item))
    looked = ", ".join(shown_path(path) for path in memories)
    click.echo(f"{len(found)} translation{'s' if len(found) != 1 else ''} found in {looked}", err=True)


@memory.command()
@click.argument("articles", nargs=-1, required=True, type=PathType(path_type=Path))
@click.option(
    "--memory",
    "memories",
    multiple=True,
    required=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="Translation memory to look in (repeatable).",
)
@json_option(help="Print the units as JSON.")
@GLOSSARY_OPTION
@reports_user_errors
def stale(articles, memories, as_json, glossaries):
    """List memory units no sentence of the ARTICLES (files or folders) uses any more.

    A unit is stale when its English is none of the articles' sentences as
    the sentence splitter cuts them now: the article was edited, or the
    splitter changed (a footnote mark after a full stop now stays with its
    sentence, initials such as "C.C. Wei" with the name). A unit whose words
    are still in an article, cut otherwise, names the article and its
    sentences: correct them in a review edition and import it, then take the
    old unit out with `toolkit memory remove`. A unit a run still uses,
    joined with the next into one sentence or cut into several, is not
    listed. Give every article the memory serves: a unit of an article not
    given is listed too.

    Exit status: 0 when every article was read; 1 when some could not be
    (take no unit out before it is); 2 for a wrong request.

    \b
    Examples:
      toolkit memory stale news/ --memory news/story.tmx
      toolkit memory stale news/story.md --memory news/story.tmx --json
    """
    from shlex import quote

    from ..batch.inputs import collect_inputs
    from ..errors import shown_path, shown_text
    from ..translate.memory_units import stale_units

    files = collect_inputs(articles)
    paths = project_glossaries(glossaries)
    glossary = None
    # a run cuts a unit only where its pieces hold their sentences' names; without the project's glossary the
    # units are read without names, but a glossary the editor names that is not there is a wrong request, never
    # passed over (the listing would differ from the runs' without a word)
    if glossaries or all(path.exists() for path in paths):
        from ..glossary.load import load_checked_glossary

        glossary = load_checked_glossary(paths)
    found, unread = stale_units(list(memories), files, glossary)
    for message in unread:
        click.echo(f"warning: not read, its units are not looked for: {message}", err=True)
    if as_json:
        print_json([item.as_dict() for item in found])
        sys.exit(1 if unread else 0)
    for item in found:
        click.echo(str(item))
    ids = shown_text(" ".join(quote(item.unit_id) for item in found[:5]))
    if unread:  # a unit the unread article uses may be listed (one stored under another id): nothing to remove yet
        advice = (
            f"; {len(unread)} article{'s' if len(unread) != 1 else ''} could not be read: fix "
            f"{'them' if len(unread) != 1 else 'it'} and look again before taking any unit out"
        )
    elif found:
        where = shown_path(quote(str(memories[0]))) if len(memories) == 1 else "TMX"
        advice = (
            f"; once their sentences are reviewed again, take them out: toolkit memory remove {ids} --memory {where}"
        )
    else:
        advice = ""
    click.echo(
        f"{len(found)} unit{'s' if len(found) != 1 else ''} of {', '.join(map(shown_path, memories))} no sentence of "
        f"{len(files) - len(unread)} article{'s' if len(files) - len(unread) != 1 else ''} uses{advice}",
        err=True,
    )
    sys.exit(1 if unread else 0)


@memory.command()
@click.argument("unit_ids", nargs=-1, required=True, metavar="UNIT_ID...")
@click.option(
    "--memory",
    "memory_path",
    required=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="The translation memory to take the units out of.",
)
@click.option(
    "--to",
    "languages",
    default=None,
    metavar="LANGS",
    help="Only the units' translations into these languages (e.g. ru,tr); a unit left with none goes.",
)
@click.option("--dry-run", is_flag=True, help="Say what would be taken out; write nothing.")
@reports_user_errors
def remove(unit_ids, memory_path, languages, dry_run):
    """Take wrong units, or their translations into some languages, out of a translation memory.

    UNIT_ID is a unit's id as `toolkit memory find` shows it (its tuid, or
    #N, its position in the file). The memory is written once, atomically,
    in turn with imports. The next run translates those sentences again
    (memory, then the models), unless another unit of the memory still holds
    them: that one is named, since a run then uses it.

    \b
    Examples:
      toolkit memory find "gain momentum" --memory news/story.tmx      # its unit id
      toolkit memory remove story:3.1 --memory news/story.tmx --to ru
      toolkit memory remove story:3.1 story:4.2 --memory news/story.tmx --dry-run
    """
    from ..errors import UserError, shown_path, shown_text
    from ..languages import parse_language_list
    from ..translate.memory_units import remove_units

    if not memory_path.is_file():
        raise UserError("translation memory not found", path=memory_path, fix="give the TMX file to change")
    codes = parse_language_list(languages) if languages is not None else []
    removed, written = remove_units(memory_path, list(unit_ids), languages=codes, who=_reviewer(None), dry_run=dry_run)
    for item in removed:
        what = (
            f" ({item.language}): '{shown_text(item.translation[:120])}'" if item.language else " (the English alone)"
        )
        click.echo(f"removed: {shown_path(memory_path)}:{item.line}: unit {item.unit_id!r}{what}")
        if item.still_held_by:
            click.echo(
                f"note: unit {item.still_held_by!r} of {shown_path(memory_path)} also holds this sentence"
                + (f" in {item.language}" if item.language else "")
                + ", and a run uses it now; take it out too if it is wrong",
                err=True,
            )
    units = len({item.unit_id for item in removed})
    click.echo(
        f"{shown_path(memory_path)}: {len(removed)} translation{'s' if len(removed) != 1 else ''} of {units} "
        f"unit{'s' if units != 1 else ''} taken out ({'written' if written else 'would be written'})",
        err=True,
    )


@memory.command()
@click.argument("memory_path", metavar="TMX", type=PathType(path_type=Path))
@click.option("--list", "listing", is_flag=True, help="List the copies kept, newest first; restore nothing.")
@click.option(
    "--backup",
    "which",
    default="1",
    show_default=True,
    metavar="N|DATE",
    help="The copy to put back: its number in --list (1, the newest: the state before the last change) or its date.",
)
@reports_user_errors
def restore(memory_path, listing, which):
    """Put back a copy the toolkit kept of a translation memory before one of its changes.

    Each change the toolkit makes to a memory (an import, `memory remove`, a
    restore) keeps the memory it replaces beside it as TMX.DATE.bak, the last
    five. The copy is checked before it is put back, and the memory it
    replaces is kept in turn, so a restore can be taken back too.

    \b
    Examples:
      toolkit memory restore news/story.tmx --list
      toolkit memory restore news/story.tmx              # undo the last import
      toolkit memory restore news/story.tmx --backup 3   # the state before the last three changes
    """
    from ..errors import UserError, shown_path
    from ..translate.memory import BACKUPS_KEPT, backups, count_units, read_memory_copy, write_memory
    from ..translate.reviewed import LOCK_WAIT_SECONDS, memory_lock

    kept = backups(memory_path)
    shown = shown_path(memory_path)
    if listing:
        if not kept:
            click.echo(
                f"no copies kept of {shown}: the toolkit keeps one each time it changes the memory (an import, "
                "memory remove)"
            )
            return
        click.echo(
            f"{len(kept)} cop{'ies' if len(kept) != 1 else 'y'} kept of {shown} (the last {BACKUPS_KEPT} changes), "
            "newest first:"
        )
        for number, backup in enumerate(kept, 1):
            try:
                units = count_units(backup.path)
                holds = f"{units:,} unit{'s' if units != 1 else ''}"
            except UserError as error:
                holds = f"damaged: {error.message}"
            click.echo(f"  {number}  {backup.label}  {backup.described}: {backup.path.name}, {holds}")
        click.echo(f"put one back with: toolkit memory restore {shown} --backup N")
        return
    if not kept:
        raise UserError(
            "no copies of it are kept",
            path=memory_path,
            fix="the toolkit keeps one each time it changes the memory (an import, memory remove); "
            "there has been no change since it began to, or the copies were deleted",
        )
    # chosen, checked and put back under the memory's lock: an import or removal finishing meanwhile has kept a
    # new copy (so "1" is another one) or pruned the chosen one, and the copy written is the copy checked
    with memory_lock(memory_path, wait=LOCK_WAIT_SECONDS, on_wait=None):
        kept = backups(memory_path)
        chosen = next((backup for backup in kept if backup.label == which.strip()), None)
        if chosen is None and which.strip().isdigit() and 1 <= int(which) <= len(kept):
            chosen = kept[int(which) - 1]
        if chosen is None:
            choices = ", ".join(f"{number} ({backup.label})" for number, backup in enumerate(kept, 1))
            raise UserError(
                f"no copy {which.strip()[:40]} is kept",
                path=memory_path,
                fix=f"choose one of: {choices}; `toolkit memory restore {shown} --list` says what each holds"
                if kept
                else "no copy is kept any more (they were removed meanwhile); the memory was left as it is",
            )
        try:
            data, units = read_memory_copy(chosen.path)  # a damaged copy stops here, named; the memory stays as it is
        except UserError as error:
            others = [f"{number} ({backup.label})" for number, backup in enumerate(kept, 1) if backup is not chosen]
            raise UserError(
                f"the copy {chosen.path.name} cannot be put back: {error.message}",
                path=memory_path,
                fix=(
                    f"choose another copy: {', '.join(others)} (`toolkit memory restore {shown} --list` says what "
                    "each holds); the memory was left as it is"
                )
                if others
                else "no other copy is kept; the memory was left as it is",
            ) from error
        replaced = Path(memory_path).exists()
        write_memory(memory_path, data)
    click.echo(
        f"restored {shown} from {chosen.path.name} ({units:,} unit{'s' if units != 1 else ''}, {chosen.described}); "
        + (
            f"the memory it replaced is kept as the newest copy (toolkit memory restore {shown} takes it back)"
            if replaced
            else "there was no memory in its place to keep"
        )
    )
