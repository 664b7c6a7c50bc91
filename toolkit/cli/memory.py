"""``toolkit memory``: reviewed translations in and out of the translation memory."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from .common import reports_user_errors

GLOSSARY_OPTION = click.option(
    "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path), metavar="PATH",
    help="Glossary YAML file or folder (repeatable). Default: ./glossaries")
SETTINGS_OPTION = click.option(
    "--settings", "settings_path", type=click.Path(path_type=Path), metavar="FILE",
    help="Newsroom settings (quotation marks, digits). Default: ./newsroom.yaml if there is one.")


@click.group()
def memory() -> None:
    """Bring reviewed translations into the memory, and share it with other tools.

    \b
    Examples:
      toolkit memory export seeds/article.txt --format xliff --to ru --memory seeds/article.tmx --out review/
      toolkit memory import review/article.ru.xlf --memory seeds/article.tmx --reviewer "A. Editor"
      toolkit memory export --format tmx --memory seeds/article.tmx --out shared.tmx
      toolkit memory info seeds/article.tmx
    """


def _reviewer(given: str | None) -> str:
    if given is not None:
        import unicodedata

        from ..errors import UserError

        name = given.strip()
        if not name or len(name) > 200 or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
            raise UserError(f"--reviewer {given!r} cannot be stored in a memory",
                            fix="give a name of plain text, e.g. --reviewer \"A. Editor\"")
        return name
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


@memory.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--memory", "memory_path", required=True, type=click.Path(path_type=Path), metavar="TMX",
              help="The TMX file to store the reviewed units in (created if missing).")
@click.option("--reviewer", metavar="NAME", help="Who reviewed (TMX changeid). Default: your login name.")
@click.option("--dry-run", is_flag=True, help="Report what would be stored; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@GLOSSARY_OPTION
@SETTINGS_OPTION
@reports_user_errors
def import_(files, memory_path, reviewer, dry_run, as_json, glossaries, settings_path):
    """Store reviewed translations (XLIFF 1.2) in a translation memory.

    Every glossary name the English mentions is turned back into a slot with
    the form the reviewer wrote; a segment whose names cannot all be found is
    reported (with its trans-unit id) and not stored. The memory keeps every
    other unit and id; new and changed units record the reviewer and the
    review file's date. The file is written once, atomically, and only if
    something changed.

    Exit status: 0 when every segment was taken, 1 when some could not be
    (listed), 2 when a file cannot be read (nothing is written).

    \b
    Examples:
      toolkit memory import review/article.ru.xlf --memory seeds/article.tmx
      toolkit memory import review/*.xlf --memory newsroom.tmx --reviewer "A. Editor" --dry-run
    """
    from ..errors import UserError
    from ..glossary.load import load_checked_glossary
    from ..interchange.xliff import reviewed_segments
    from ..languages import TARGET_LANGUAGES
    from ..settings import load_settings
    from ..translate.reviewed import store_reviewed
    from ..version import __version__

    settings = load_settings(settings_path)
    who = _reviewer(reviewer)
    records, refused = [], []
    for path in files:
        suffix = path.suffix.lower()
        if suffix == ".docx":
            raise UserError("review DOCX files cannot be imported yet", path=path,
                            fix="export the article for review as XLIFF (toolkit memory export --format xliff)")
        if suffix not in (".xlf", ".xliff"):
            raise UserError(f"unsupported review file {suffix or '(no extension)'!r}", path=path,
                            fix="give XLIFF 1.2 files (.xlf, .xliff)")
        try:
            when = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        except OSError:
            raise UserError("review file not found", path=path, fix="check the path") from None
        found, not_taken = reviewed_segments(path, who, when)
        records += found
        refused += not_taken
    glossary = load_checked_glossary(list(glossaries) or [Path("glossaries")])
    quotes = {code: settings.language(code).quote_marks for code in TARGET_LANGUAGES}
    report = store_reviewed(records, memory_path, glossary, tool_version=__version__, quotes=quotes,
                            dry_run=dry_run)
    report.not_taken[:0] = refused
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for item in report.not_taken:
            click.echo(f"not taken: {item}")
        verb = "would be written" if dry_run and (report.added or report.changed) else (
            "written" if report.written else "unchanged")
        click.echo(f"{memory_path}: {report.summary} ({verb})", err=True)
    sys.exit(1 if report.not_taken else 0)


@memory.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(["tmx", "xliff"]), required=True,
              help="tmx: the memory with names as text; xliff: articles' segments for review.")
@click.option("--memory", "memories", multiple=True, type=click.Path(path_type=Path), metavar="TMX",
              help="Translation memory (repeatable). For xliff, default: every *.tmx beside the articles.")
@click.option("--to", "languages", default="ar,fa,tr,ru", show_default=True, metavar="LANGS",
              help="Languages to export.")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="tmx: the file to write; xliff: the folder for <article>.<lang>.xlf.")
@click.option("--models-dir", type=click.Path(path_type=Path), metavar="DIR",
              help="xliff: installed Argos models for what the memory lacks. Default: as for translate.")
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

    \b
    Examples:
      toolkit memory export --format tmx --memory seeds/article.tmx --out shared.tmx
      toolkit memory export seeds/article.txt --format xliff --to ru,tr --out review/
    """
    from ..errors import UserError
    from ..files import write_atomic
    from ..glossary.load import load_checked_glossary
    from ..languages import parse_language_list
    from ..settings import load_settings
    from ..version import __version__

    codes = parse_language_list(languages)
    settings = load_settings(settings_path)
    glossary = load_checked_glossary(list(glossaries) or [Path("glossaries")], codes)
    if format_ == "tmx":
        from ..interchange.tmx import plain_tmx

        if articles:
            raise UserError("--format tmx exports the memory, not articles",
                            fix="leave out the articles, or use --format xliff")
        if not memories:
            raise UserError("no memory given", fix="pass --memory FILE.tmx (repeatable)")
        if out.is_dir():
            raise UserError("--out is a folder; the TMX export is one file", path=out, fix="e.g. --out shared.tmx")
        data, left_out, written = plain_tmx(list(memories), glossary, codes, settings=settings,
                                            tool_version=__version__)
        write_atomic(out, data)
        for item in left_out:
            click.echo(f"left out: {item}")
        click.echo(f"{out}: {written} units in {', '.join(codes)}, names as text"
                   + (f"; {len(left_out)} variants left out" if left_out else ""), err=True)
        sys.exit(1 if left_out else 0)

    from ..batch.inputs import default_memory_paths
    from ..interchange.xliff import review_files
    from ..translate.memory import load_memory

    if not articles:
        raise UserError("no article given",
                        fix="e.g. toolkit memory export seeds/article.txt --format xliff --out review/")
    if out.exists() and not out.is_dir():
        raise UserError("--out must be a folder for XLIFF files", path=out, fix="e.g. --out review/")
    memory_ = load_memory(list(memories) if memories else default_memory_paths(articles))
    engines = []
    if not no_models:
        from ..translate.machine import ArgosEngine, MachineEngine

        engines = [MachineEngine(ArgosEngine(models_dir), glossary)]
    files = review_files(list(articles), codes, glossary, memory_, out, engines=engines, settings=settings,
                         tool_version=__version__)
    for path, data in files.items():
        write_atomic(path, data)
        click.echo(str(path))
    click.echo(f"{len(files)} XLIFF files in {out}", err=True)


@memory.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@reports_user_errors
def info(files, as_json):
    """Units, languages, name slots and the last change of translation memories.

    \b
    Example:
      toolkit memory info seeds/article.tmx
    """
    from ..translate.memory import TmxDocument

    figures: list[dict] = []
    for path in files:
        document = TmxDocument.open(path)
        units = document.units()
        languages: dict[str, int] = {}  # units per target language
        slots = 0
        dates = []
        for unit in units:
            dates += [d for d in (unit.get("changedate"), unit.get("creationdate")) if d]
            for code in document.languages_of(unit):
                languages[code] = languages.get(code, 0) + 1
                template = document.target(unit, code)
                slots += len(template.slots) if template else 0
        figures.append({"file": str(path), "units": len(units), "languages": languages, "name_slots": slots,
                        "last_change": max(dates) if dates else None})
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for item in figures:
        per_language = ", ".join(f"{code} {count}" for code, count in sorted(item["languages"].items()))
        click.echo(f"{item['file']}: {item['units']} units ({per_language}); {item['name_slots']} name slots"
                   + (f"; last change {item['last_change']}" if item["last_change"] else ""))
