"""The ``toolkit`` command: a thin face over the library API.

User errors print one message (file:line:column, what, fix) and exit 2.
Nothing heavy is imported until a command runs, so ``--help`` is instant.
Each command group lives in its own module and registers itself here.
"""

from __future__ import annotations

import click

from ..version import __version__

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command Ctrl-C stopped


class _Commands(click.Group):
    """The command group: Ctrl-C anywhere in a command ends it with status 130 and one line, not click's
    "Aborted!" and status 1, which a scheduler would read as "some article failed or was held back"; output
    that cannot be written (a reader gone, a full disk) never stops a command (:mod:`toolkit.cli.streams`)."""

    def main(self, *args, **kwargs):
        from .streams import final_status, guarded_streams, open_closed_descriptors

        open_closed_descriptors()
        with guarded_streams() as (out, err):
            try:
                return super().main(*args, **kwargs)
            except SystemExit as leaving:
                status = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)
                raise SystemExit(final_status(status, out, err)) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def main() -> None:
    """Offline translation and side-by-side bilingual publishing for newsrooms.

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate seeds/article.txt --to ar,fa --format docx
    """


from .cache import cache  # noqa: E402
from .glossary import glossary  # noqa: E402
from .memory import memory  # noqa: E402
from .models import models  # noqa: E402
from .translate import translate  # noqa: E402

main.add_command(translate)
main.add_command(glossary)
main.add_command(memory)
main.add_command(models)
main.add_command(cache)
