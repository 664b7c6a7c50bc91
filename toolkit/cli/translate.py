"""``toolkit translate``: the batch run over articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from .common import Progress, reports_user_errors


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "languages", default="ar,fa,tr,ru", show_default=True, metavar="LANGS",
              help="Target languages, comma-separated.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path), metavar="PATH",
              help="Glossary YAML file or folder (repeatable). Default: ./glossaries")
@click.option("--memory", "memories", multiple=True, type=click.Path(path_type=Path), metavar="TMX",
              help="Translation memory (TMX, repeatable). Default: every *.tmx beside the input files.")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Output folder; each article gets OUT/<name>/.")
@click.option("--format", "formats", default="docx,md", show_default=True, metavar="FORMATS",
              help="Edition formats, comma-separated: docx, md.")
@click.option("--digits", type=click.Choice(["cldr", "native", "latn"]), default=None,
              help="Digits in every edition, overriding the settings: the locale's CLDR default, its native "
                   "digits, or Western 0-9. Default: per language from the settings (cldr).")
@click.option("--settings", "settings_path", type=click.Path(path_type=Path), metavar="FILE",
              help="Newsroom settings (YAML). Default: ./newsroom.yaml if there is one, else the defaults.")
@click.option("--editions", "kinds", metavar="KINDS",
              help="Edition kinds, comma-separated: side-by-side (for review), monolingual (to publish). "
                   "Default: from the settings (side-by-side).")
@click.option("--preview/--no-preview", default=None,
              help="Render each DOCX to PDF and PNG pages with LibreOffice (OUT/<name>/preview/). "
                   "Default: from the settings (off).")
@click.option("--index/--no-index", default=None,
              help="Write OUT/index.html listing every article and edition, with HTML previews. "
                   "Default: from the settings (off); an OUT/index.html already there is kept current.")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Date on the monolingual editions. Default: today.")
@click.option("--models-dir", type=click.Path(path_type=Path), metavar="DIR",
              help="Folder of installed Argos models. Default: $TOOLKIT_MODELS_DIR, else Argos's own folder.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@reports_user_errors
def translate(inputs, languages, glossaries, memories, out_dir, formats, digits, settings_path, kinds, preview,
              index, day, models_dir, quiet):
    """Translate articles offline and publish bilingual and monolingual editions.

    Each INPUT (.txt, .md or .docx) gets, under OUT/<name>/, a side-by-side
    DOCX and Markdown edition per language (<name>.<lang>.docx/.md) and a QA
    report (report.md, report.json); with --editions monolingual, also the
    edition to publish (<name>.<lang>.publish.docx/.md). Segments come from
    the translation memory first, then from installed offline models (see
    `toolkit models`); names come from the glossary, and a name that cannot
    be placed in machine output is flagged in the report and marked in the
    editions. If any segment cannot be translated, nothing is written. Fonts, digits, quotation marks and page layout come from the
    newsroom settings file (see README, "Settings reference").

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate seeds/article.txt --to ar,fa --format docx
      toolkit translate seeds/article.txt --editions side-by-side,monolingual --index --preview
      toolkit translate news/*.md --glossary glossaries --glossary desk.yaml --out editions
    """
    from ..errors import UserError
    from ..languages import parse_language_list
    from ..pipeline import parse_edition_kinds, parse_formats, run

    if day is not None:
        try:
            day = date.fromisoformat(day)
        except ValueError:
            raise UserError(f"--date {day!r} is not a date", fix="write it as YYYY-MM-DD, e.g. --date 2020-01-20") \
                from None
    result = run(
        inputs,
        languages=parse_language_list(languages),
        glossary_paths=list(glossaries) or [Path("glossaries")],
        memory_paths=list(memories) or None,
        out_dir=out_dir,
        formats=parse_formats(formats),
        digits=digits,
        settings=settings_path,
        kinds=parse_edition_kinds(kinds) if kinds is not None else None,
        preview=preview,
        index=index,
        day=day,
        models_dir=models_dir,
        progress=Progress(quiet),
    )
    if quiet:
        return
    for name, editions in result.editions.items():
        folder = Path(out_dir) / name
        errors = sum(p.severity == "error" for e in editions for p in e.problems)
        warnings = sum(p.severity == "warning" for e in editions for p in e.problems)
        languages_done = ", ".join(e.language.code for e in editions)
        click.echo(f"{name}: {len(editions)} editions ({languages_done}) in {folder}/ "
                   f"- QA: {errors} errors, {warnings} warnings (see {folder / 'report.md'})")
        uncovered = result.candidates.get(name) or []
        if uncovered:
            shown = ", ".join(c.name for c in uncovered[:5]) + (" ..." if len(uncovered) > 5 else "")
            click.echo(f"  {len(uncovered)} names not in the glossary: {shown} "
                       f"(toolkit glossary suggest {editions[0].document.source_path})")
    index_page = Path(out_dir) / "index.html"
    if index_page in result.written:
        click.echo(f"index: {index_page}")
