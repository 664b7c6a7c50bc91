"""``toolkit translate``: the batch run over articles."""

from __future__ import annotations

import math
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import shown_path
from .common import (
    Command,
    PathType,
    ProgressBar,
    counted,
    glossary_option,
    json_option,
    languages_option,
    print_json,
    reports_user_errors,
    settings_option,
)

MAX_WAIT_SECONDS = 7 * 24 * 3600.0  # a week: longer is a typing mistake, not a wait


def _a_number_of_seconds(value: float) -> float:
    if not math.isfinite(value):  # nan passes every range check (it compares false with both ends)
        raise click.BadParameter(f"{value} is not a number of seconds")
    return value


@click.command(cls=Command)
# readable=False: an input the run may not read fails as an article of its own, and the others are translated
@click.argument("inputs", nargs=-1, required=True, type=PathType(readable=False, path_type=Path))
@languages_option("--to", help="Target languages, comma-separated.")
@click.option(
    "--project",
    type=PathType(path_type=Path),
    metavar="DIR",
    help="The newsroom project (the folder with newsroom.yaml and/or glossaries/). Default: "
    "$TOOLKIT_PROJECT, else the nearest such folder up from the working directory.",
)
@glossary_option(help="Glossary YAML file or folder (repeatable). Default: the project's glossaries/.")
@click.option(
    "--memory",
    "memories",
    multiple=True,
    type=PathType(path_type=Path),
    metavar="TMX",
    help="Translation memory (TMX, repeatable). Default: every *.tmx beside the input files.",
)
@click.option(
    "--out",
    "out_dir",
    type=PathType(path_type=Path),
    metavar="DIR",
    help="Output folder; each article gets OUT/<name>/. Default: the project's output/.",
)
@click.option(
    "--format",
    "formats",
    default="docx,md",
    show_default=True,
    metavar="FORMATS",
    help="Edition formats, comma-separated: docx, md.",
)
@click.option(
    "--digits",
    type=click.Choice(["cldr", "native", "latn"]),
    default=None,
    help="Digits in every edition, overriding the settings: the locale's CLDR default, its native "
    "digits, or Western 0-9. Default: per language from the settings (cldr).",
)
@settings_option(
    help="Newsroom settings (YAML); it must exist. Default: the project's newsroom.yaml, else the defaults."
)
@click.option(
    "--editions",
    "kinds",
    metavar="KINDS",
    help="Edition kinds, comma-separated: side-by-side (for review), monolingual (to publish), "
    "review (a DOCX table to correct in Word and import with `toolkit memory import`). "
    "Default: from the settings (side-by-side).",
)
@click.option(
    "--preview/--no-preview",
    default=None,
    help="Render each DOCX to PDF and PNG pages with LibreOffice (OUT/<name>/preview/). "
    "Default: from the settings (off).",
)
@click.option(
    "--index/--no-index",
    default=None,
    help="Write OUT/index.html listing every article and edition, with HTML previews. "
    "Default: from the settings (off); an OUT/index.html already there is kept current.",
)
@click.option(
    "--date",
    "day",
    metavar="YYYY-MM-DD",
    help="Date on the monolingual editions. Default: the article's own date, else today.",
)
@click.option(
    "--models-dir",
    type=PathType(path_type=Path),
    metavar="DIR",
    help="Folder of installed Argos models. Default: $TOOLKIT_MODELS_DIR, else Argos's own folder.",
)
@click.option(
    "--allow-errors",
    is_flag=True,
    help="Publish editions with QA errors anyway (marked as such). Test copy-model output is never published.",
)
@click.option("--force", is_flag=True, help="Redo articles that are up to date.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read and write nothing in the cache folder (machine translations, provisional names, parsed glossaries "
    "and the rest `toolkit cache info` lists): slower, the same editions.",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0, max=MAX_WAIT_SECONDS),
    callback=lambda context, parameter, value: _a_number_of_seconds(value),
    default=0,
    metavar="SECONDS",
    help="Wait this long for another run writing to the same output folder. Default: 0 (fail at once).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1, max=256),
    default=None,
    metavar="N",
    help="Worker processes translating articles side by side. Default: $TOOLKIT_JOBS, else the "
    "number of cores; 1 translates in the run's own process (unless --article-timeout is given).",
)
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=1),
    callback=lambda context, parameter, value: None if value is None else _a_number_of_seconds(value),
    default=None,
    metavar="SECONDS",
    help="Stop an article still translating in a worker process after this long; it fails, the run goes "
    "on. The survey of names the glossary lacks, before the first article, is bounded alike. "
    "Default: 1800 (30 minutes). A run with one article, or of one job (--jobs 1 with this option, or "
    "the default on a machine of one core), uses one worker when a model translates; --jobs 1 alone "
    "translates in the run's own process, without this bound.",
)
@json_option(help="Print the run's summary as JSON on stdout, for tools.")
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Print only what needs a person: failed and held-back articles, warnings, errors and notes.",
)
@reports_user_errors
def translate(
    inputs,
    languages,
    project,
    glossaries,
    memories,
    out_dir,
    formats,
    digits,
    settings_path,
    kinds,
    preview,
    index,
    day,
    models_dir,
    allow_errors,
    force,
    no_cache,
    wait,
    jobs,
    article_timeout,
    as_json,
    quiet,
):
    """Translate articles offline and publish bilingual and monolingual editions.

    INPUTS are article files (.txt, .md, .docx or .html) and folders of
    them (searched recursively). Each article gets, under OUT/<name>/, a
    side-by-side DOCX and Markdown edition per language
    (<name>.<lang>.docx/.md, for review), a QA report (report.md,
    report.json) and manifest.json; with --editions monolingual, also the
    edition to publish (<name>.<lang>.publish.docx/.md), but only for
    editions without QA errors; with --editions review, a review DOCX
    (<name>.<lang>.review.docx) to correct in Word and bring back with
    `toolkit memory import`. Segments come from the translation memory
    first, then from installed offline models (see `toolkit models`), whose
    output is cached; names come from the glossary.

    Each article is written on its own, all its files in one step; one that
    fails leaves its earlier files as they were and the run goes on. An
    article whose inputs have not changed since it was written is skipped.
    The glossary, settings (fonts, digits, quotation marks, what to write)
    and output folder come from the newsroom project, found like git finds
    a repository.

    \b
    Exit status: 0 every article published with no QA error; 1 some article
    failed (an input that does not exist or cannot be read among others
    fails alone), was held back for review, or was published with QA errors
    (--allow-errors); 2 the request is wrong (an option, no input that
    holds an article, a broken glossary or settings file, a busy output
    folder).

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate news/                        # every article in the folder
      toolkit translate seeds/article.txt --to ar,fa --format docx
      toolkit translate seeds/article.txt --editions side-by-side,monolingual --index --preview
      toolkit translate news/*.md --glossary glossaries --glossary desk.yaml --out editions
      toolkit translate news/ --json > run.json
    """
    from ..files import cache_folder_off

    with cache_folder_off(no_cache):  # nothing read or written there, from the languages' names on
        _translate(
            inputs,
            languages,
            project,
            glossaries,
            memories,
            out_dir,
            formats,
            digits,
            settings_path,
            kinds,
            preview,
            index,
            day,
            models_dir,
            allow_errors,
            force,
            no_cache,
            wait,
            jobs,
            article_timeout,
            as_json,
            quiet,
        )


def _translate(
    inputs,
    languages,
    project,
    glossaries,
    memories,
    out_dir,
    formats,
    digits,
    settings_path,
    kinds,
    preview,
    index,
    day,
    models_dir,
    allow_errors,
    force,
    no_cache,
    wait,
    jobs,
    article_timeout,
    as_json,
    quiet,
):
    from ..batch.outcome import RunInterrupted
    from ..batch.run import run
    from ..errors import UserError
    from ..languages import parse_language_list

    if day is not None:
        try:
            day = date.fromisoformat(day)
        except ValueError:
            raise UserError(
                f"--date {day!r} is not a date", fix="write it as YYYY-MM-DD, e.g. --date 2020-01-20"
            ) from None
    bar = ProgressBar(enabled=not quiet and not as_json)
    try:
        result = run(
            inputs,
            languages=parse_language_list(languages),
            project=project,
            glossary_paths=list(glossaries) or None,
            memory_paths=list(memories) or None,
            out_dir=out_dir,
            formats=formats.split(","),
            digits=digits,
            settings=settings_path,
            kinds=kinds.split(",") if kinds is not None else None,
            preview=preview,
            index=index,
            day=day,
            models_dir=models_dir,
            allow_errors=allow_errors,
            force=force,
            cache=not no_cache,
            wait=wait,
            jobs=jobs,
            article_timeout=article_timeout,
            progress=bar,
            notice=_QuietNotices(bar.notice) if quiet else bar.notice,
        )
    except UserError as error:
        if as_json:  # a tool reading stdout learns why there is no run to report
            print_json({"exit_code": 2, "error": str(error)})
        raise
    except RunInterrupted as interruption:  # what was finished is reported; the rest waits for the next run
        bar.close()
        if interruption.result is None:
            said = f"interrupted by {interruption.signal_name} before any article was written"
            if as_json:  # a tool reading stdout learns why there is no run to report, as for a wrong request
                print_json(
                    {
                        "exit_code": interruption.exit_code,
                        "interrupted": interruption.signal_name,
                        "error": said,
                        "articles": [],
                    }
                )
            click.echo(said, err=True)
            sys.exit(interruption.exit_code)
        result = interruption.result
    finally:
        bar.close()
    if as_json:
        print_json(result.as_dict())
    else:
        _print_summary(result, quiet)
    if result.interrupted is not None:
        done = len(result.articles)
        click.echo(
            f"interrupted by {result.interrupted} after {done} of {result.total} articles: the others keep their "
            "earlier files; run again to finish them (finished articles are skipped as up to date)",
            err=True,
        )
    sys.exit(result.exit_code)


class _QuietNotices:
    """The run's lines a quiet run prints (see :func:`toolkit.batch.run.needs_a_person`): warnings, errors and
    notes with the lines under them; not what the run does, nor the progress bar (which is off)."""

    def __init__(self, show):
        self.show = show
        self.showing = False

    def __call__(self, text: str) -> None:
        from ..batch.run import needs_a_person

        shown = needs_a_person(text)
        if shown is not None:
            self.showing = shown
        if self.showing:
            self.show(text)


def _held_back(article) -> str:
    """How a held-back article's line says what was held: the whole article, or some of its languages while
    the others' editions to publish were written (each language is judged on its own QA)."""
    published = [
        code for code, outcome in article.languages.items() if outcome.status in ("published", "published-with-errors")
    ]
    if not published:
        return "held back, not published"
    held = [code for code in article.languages if code not in published]
    return f"held back in part: {', '.join(held)} not published; {', '.join(published)} published"


def _print_summary(result, quiet: bool) -> None:
    for article in result.articles:
        codes = ", ".join(article.languages)
        where = Path(article.folder or article.name)  # every article but one whose name was taken has its folder
        folder, report = shown_path(where), shown_path(where / "report.md")  # --out may hold a line end
        qa = f"QA: {counted(article.errors, 'error')}, {counted(article.warnings, 'warning')}"
        editions = f"{len(article.languages)} edition{'s' if len(article.languages) != 1 else ''}"
        if article.status == "published" and not quiet:
            click.echo(f"{article.name}: {editions} ({codes}) in {folder}/ - {qa} (see {report})")
        elif article.status == "held":
            click.echo(
                f"{article.name}: {_held_back(article)} - {editions} for review "
                f"({codes}) in {folder}/ - {qa} (see {report})",
                err=quiet,
            )
            click.echo(f"  why: {article.reason}", err=quiet)
            if article.fix:
                click.echo(f"  fix: {article.fix}", err=quiet)
        elif article.held_back:  # up to date, and still held back: the exit status says so, and so does this
            click.echo(
                f"{article.name}: up to date, still {_held_back(article)} - {editions} for review "
                f"({codes}) in {folder}/ - {qa} (see {report})",
                err=quiet,
            )
            click.echo(f"  why: {article.reason}", err=quiet)
            if article.fix:
                click.echo(f"  fix: {article.fix}", err=quiet)
        elif article.status == "failed":
            click.echo(f"failed: {article.reason}", err=quiet)
            if article.fix:
                click.echo(f"  fix: {article.fix}", err=quiet)
        if article.changed_since is not None and article.status in ("published", "held") and not quiet:
            click.echo(f"  {_changes(article)}")
        if article.uncovered_names and article.status in ("published", "held") and not quiet:
            names = article.uncovered_names
            shown = ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")
            click.echo(
                f"  {counted(len(names), 'name')} not in the glossary: {shown} "
                f"(toolkit glossary suggest {shown_path(article.source)})"
            )
    if quiet:  # silent when all is well, so a scheduler mails only when something needs a person
        # (an index page not written was said as the run's error line, which quiet keeps)
        if result.exit_code != 0 and result.interrupted is None:
            click.echo(f"summary: {result.summary()}", err=True)
        return
    if result.index is not None:
        click.echo(f"index: {shown_path(result.index)}")
    rerun = [article for article in result.articles if article.changed_since is not None]
    if rerun:
        changed = [article for article in rerun if article.changed_editions]
        changed_count = sum(len(article.changed_editions) for article in changed)
        click.echo(
            f"changes: {changed_count} edition{'s' if changed_count != 1 else ''} of {len(changed)} article"
            f"{'s' if len(changed) != 1 else ''} changed since their last run"
            if changed
            else "changes: nothing changed since the last run"
        )
    click.echo(f"summary: {result.summary()}")


def _changes(article) -> str:
    """``changed since the last run (...): ru (3 of 24 sentences); unchanged: ar, fa``, or that nothing changed."""
    from ..publish.changes import shown_time

    since = f"since the last run ({shown_time(article.changed_since)})"
    changed = article.changed_editions
    if not changed:
        return f"nothing changed {since}"
    unchanged = [change.language for change in article.changes if not change.changed]
    return (
        f"changed {since}: "
        + ", ".join(change.describe() for change in changed)
        + (f"; unchanged: {', '.join(unchanged)}" if unchanged else "")
    )
