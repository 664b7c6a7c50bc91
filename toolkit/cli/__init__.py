"""The ``toolkit`` command: a thin face over the library API.

User errors print one message (file:line:column, what, fix) and exit 2.
Nothing heavy is imported until a command runs, so ``--help`` is instant.
Each command group lives in its own module and registers itself here.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from ..version import __version__

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command Ctrl-C stopped


class _Commands(click.Group):
    """The command group: Ctrl-C anywhere in a command ends it with status 130 and one line, not click's
    "Aborted!" and status 1, which a scheduler would read as "some article failed or was held back"; output
    that cannot be written (a reader gone, a full disk) never stops a command (:mod:`toolkit.cli.streams`)."""

    def main(self, *args, **kwargs):
        from .streams import final_status, guarded_streams, open_closed_descriptors

        given = kwargs.get("args", args[0] if args else None)
        self.given = [str(argument) for argument in (sys.argv[1:] if given is None else given)]

        open_closed_descriptors()
        with guarded_streams() as (out, err), _stopped_as_ctrl_c_is():
            try:
                return super().main(*args, **kwargs)
            except SystemExit as leaving:
                status = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)
                raise SystemExit(final_status(status, out, err)) from None

    # the command groups, each in its module, imported when asked for (all of them for --help): a run of
    # ``toolkit translate`` builds no other group's options and help
    _GROUPS = ("cache", "glossary", "memory", "models", "translate")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._GROUPS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._GROUPS and cmd_name not in self.commands:
            from importlib import import_module

            self.add_command(getattr(import_module(f".{cmd_name}", __package__), cmd_name))
        return self.commands.get(cmd_name)

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.exceptions.NoArgsIsHelpError:  # ``toolkit`` alone: click's help, as ever
            raise
        except click.UsageError as error:  # ``toolkit --bogus``: the toolkit's one message, not click's block
            _refuse(error, self.given)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:  # ``toolkit memory`` alone: click's help, as ever
            raise
        except click.UsageError as error:  # a command's line click refused (options, arguments, a command's name)
            _refuse(error, self.given)
        except KeyboardInterrupt as interruption:
            stop = getattr(interruption, "signal_name", "SIGINT")  # SIGTERM or SIGHUP as a RunInterrupted
            click.echo("interrupted" if stop == "SIGINT" else f"interrupted by {stop}", err=True)
            ctx.exit(EXIT_INTERRUPTED if stop == "SIGINT" else 128 + int(signal.Signals[stop]))


def _refuse(error: click.UsageError, given: list[str]) -> NoReturn:
    """A command line click refused, said as every wrong request is (``error: ...`` and ``fix: ...``), status 2;
    a run asked for ``--json`` also answers the tool reading its standard output, as for any wrong request."""
    from .common import EXIT_USER_ERROR, command_name, print_json, usage_error

    said = usage_error(error)
    options = given[: given.index("--")] if "--" in given else given
    if command_name(error.ctx).startswith("toolkit translate") and "--json" in options:
        print_json({"exit_code": EXIT_USER_ERROR, "error": said})
    click.echo(f"error: {said}", err=True)
    raise SystemExit(EXIT_USER_ERROR)


@contextmanager
def _stopped_as_ctrl_c_is() -> Iterator[None]:
    """SIGTERM and SIGHUP (a service manager, a scheduler, a closed terminal) end any command as Ctrl-C does,
    from its start: it unwinds, says it was stopped, and exits with the shell's status for the signal (143,
    129), where Python's default ends it at once and says nothing. A run sets its own handlers (see
    :mod:`toolkit.batch.run`) and gives these back when it ends; they are Python's again before the
    interpreter shuts down, where a handler that raises would print a traceback. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        from ..batch.outcome import RunInterrupted

        raise RunInterrupted(signal.Signals(signum).name)

    numbers = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]  # no SIGHUP on Windows
    previous = {number: signal.getsignal(number) for number in numbers}
    for number, handler in previous.items():
        if handler not in (signal.SIG_IGN, None):  # ignored (SIGHUP under nohup) stays ignored
            signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def main() -> None:
    """Offline translation and side-by-side bilingual publishing for newsrooms.

    \b
    Examples:
      toolkit translate seeds/article.txt
      toolkit translate seeds/article.txt --to ar,fa --format docx
    """
