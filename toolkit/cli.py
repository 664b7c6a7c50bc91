"""The ``toolkit`` command: a thin face over :mod:`toolkit.pipeline`.

User errors print one message (file:line:column, what, fix) and exit 2.
Nothing heavy is imported until a command runs, so ``--help`` is instant.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import UserError

EXIT_USER_ERROR = 2


class _Progress:
    """Progress on stderr, shown only once a run has taken longer than a moment."""

    def __init__(self, quiet: bool, delay: float = 0.5):
        self.quiet, self.delay, self.started = quiet, delay, time.monotonic()

    def __call__(self, step: str) -> None:
        if not self.quiet and time.monotonic() - self.started >= self.delay:
            click.echo(f"… {step}", err=True)


def _fail(error: UserError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_USER_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def main() -> None:
    """Offline translation and side-by-side bilingual publishing for newsrooms.

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate seeds/article.txt --to ar,fa --format docx
    """


@main.command()
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
    from .languages import parse_language_list
    from .pipeline import parse_formats, run

    progress = _Progress(quiet)
    try:
        result = run(
            inputs,
            languages=parse_language_list(languages),
            glossary_paths=list(glossaries) or [Path("glossaries")],
            memory_paths=list(memories) or None,
            out_dir=out_dir,
            formats=parse_formats(formats),
            digits=digits,
            progress=progress,
        )
    except UserError as error:
        _fail(error)
        return
    if quiet:
        return
    for name, editions in result.editions.items():
        folder = Path(out_dir) / name
        errors = sum(p.severity == "error" for e in editions for p in e.problems)
        warnings = sum(p.severity == "warning" for e in editions for p in e.problems)
        languages_done = ", ".join(e.language.code for e in editions)
        click.echo(f"{name}: {len(editions)} editions ({languages_done}) in {folder}/ "
                   f"- QA: {errors} errors, {warnings} warnings (see {folder / 'report.md'})")
