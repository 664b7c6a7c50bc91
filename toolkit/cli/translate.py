"""``toolkit translate``: the batch run over articles."""

from __future__ import annotations

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
@click.option("--digits", type=click.Choice(["cldr", "native", "latn"]), default="cldr", show_default=True,
              help="Digits in editions: the locale's CLDR default, its native digits, or Western 0-9.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@reports_user_errors
def translate(inputs, languages, glossaries, memories, out_dir, formats, digits, quiet):
    """Translate articles offline and publish side-by-side editions.

    Each INPUT (.txt, .md or .docx) gets, under OUT/<name>/, a side-by-side
    DOCX and Markdown edition per language (<name>.<lang>.docx/.md) and a QA
    report (report.md, report.json). Segments come from the translation
    memory first, then from installed offline models; names come from the
    glossary. If any segment cannot be translated, nothing is written.

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate seeds/article.txt --to ar,fa --format docx
      toolkit translate news/*.md --glossary glossaries --glossary desk.yaml --out editions
    """
    from ..languages import parse_language_list
    from ..pipeline import parse_formats, run

    result = run(
        inputs,
        languages=parse_language_list(languages),
        glossary_paths=list(glossaries) or [Path("glossaries")],
        memory_paths=list(memories) or None,
        out_dir=out_dir,
        formats=parse_formats(formats),
        digits=digits,
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
