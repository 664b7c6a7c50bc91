"""What every command shares: one-line user errors with exit 2, a delayed progress display."""

from __future__ import annotations

import functools
import sys
import time

import click

from ..errors import UserError

EXIT_USER_ERROR = 2


class Progress:
    """Progress on stderr, shown only once a run has taken longer than a moment."""

    def __init__(self, quiet: bool, delay: float = 0.5):
        self.quiet, self.delay, self.started = quiet, delay, time.monotonic()

    def __call__(self, step: str) -> None:
        if not self.quiet and time.monotonic() - self.started >= self.delay:
            click.echo(f"… {step}", err=True)


def fail(error: UserError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_USER_ERROR)


def reports_user_errors(command):
    """Turn a UserError raised by a command into one message and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except UserError as error:
            fail(error)

    return wrapper
