"""Offline translation and bilingual publishing for newsrooms.

The library API (used by the CLI, the tests and any web front end)::

    from toolkit import run
    result = run(["seeds/article.txt"], languages=["ar", "ru"])

Importing the package is cheap: heavy libraries load only when used.
"""

from .errors import UserError
from .version import __version__


def run(*args, **kwargs):
    """Translate and publish articles, each on its own (see :func:`toolkit.batch.run.run`)."""
    from .batch.run import run as _run

    return _run(*args, **kwargs)


__all__ = ["UserError", "__version__", "run"]
