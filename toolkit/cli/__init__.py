"""The ``toolkit`` command: a thin face over the library API.

User errors print one message (file:line:column, what, fix) and exit 2.
Nothing heavy is imported until a command runs, so ``--help`` is instant.
Each command group lives in its own module and registers itself here.
"""

from __future__ import annotations

import click

from ..version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
