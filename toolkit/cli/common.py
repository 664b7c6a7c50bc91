"""What every command shares: one-line user errors with exit 2, a progress bar for long runs, the options
several commands declare alike, and the project's glossaries."""

from __future__ import annotations

import errno
import functools
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import TextIO

import click

from ..counts import counted as counted  # the commands' counts in words (re-exported)
from ..errors import UserError, name_too_long

EXIT_USER_ERROR = 2
EVERY_TARGET_LANGUAGE = "ar,fa,tr,ru"  # the default of the options naming languages


class Refused(click.BadParameter):
    """A value the command line gives that cannot be used, with the fix the toolkit's one-line error says."""

    def __init__(self, message: str, fix: str, param=None, ctx=None):
        super().__init__(message, ctx=ctx, param=param)
        self.fix = fix


class _NamedWhenRefused:
    """Click's parser refuses some command lines (an option missing its value, an option given twice) without the
    context of the command it was parsing: it is given here, so the message names the command."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)  # type: ignore[misc]
        except click.UsageError as error:
            if error.ctx is None:
                error.ctx = click.Context(self, info_name=info_name, parent=parent)  # type: ignore[arg-type]
            raise


class Command(_NamedWhenRefused, click.Command):
    """Every toolkit command: see :class:`_NamedWhenRefused`."""


class Group(_NamedWhenRefused, click.Group):
    """Every toolkit command group, whose commands are :class:`Command`."""

    command_class = Command


def command_name(ctx: click.Context | None) -> str:
    """The command as the user types it (``toolkit models list``), however the program was started."""
    if ctx is None:
        return "toolkit"
    names = []
    while ctx is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(["toolkit", *reversed(names[:-1])])


def usage_error(error: click.UsageError) -> str:
    """A command line click refuses (an unknown option or command, a missing argument, a bad value) in the
    toolkit's form, the message and its fix, as every other wrong request prints, instead of click's
    "Usage: ... Try ... Error: ..." block."""
    ctx = error.ctx
    command = command_name(ctx)
    helps = f"`{command} --help`"
    if isinstance(error, click.NoSuchOption):
        said = f"{command}: no such option {error.option_name}"
        if error.possibilities:
            said += f" (did you mean {' or '.join(error.possibilities)}?)"
        fix = f"{helps} lists its options"
    elif isinstance(error, click.exceptions.NoSuchCommand):
        said = f"{command}: no such command {error.command_name!r}"
        if error.possibilities:
            said += f" (did you mean {' or '.join(error.possibilities)}?)"
        names = ctx.command.list_commands(ctx) if ctx is not None and isinstance(ctx.command, click.Group) else []
        fix = f"choose one of: {', '.join(names)} ({helps} says what each does)" if names else f"see {helps}"
    elif isinstance(error, click.MissingParameter):
        said = f"{command}: {_plain(error.format_message())}"
        pieces = ctx.command.collect_usage_pieces(ctx) if ctx is not None else []
        if isinstance(error.param, click.Option):  # a required option: no usage line names it
            fix = f"give {error.param.opts[0]} ({helps} says what it takes)"
        else:
            fix = f"write it as {' '.join([command, *pieces])} ({helps} says more)"
    else:
        said = f"{command}: {_plain(error.format_message())}"
        hint = error.param.get_error_hint(ctx) if isinstance(error, click.BadParameter) and error.param else None
        fix = getattr(error, "fix", None) or f"{helps} says what {hint or 'it'} takes"
    return f"{_one_line(said)}\n  fix: {_one_line(fix)}"


def _plain(message: str) -> str:
    """Click's sentence as a clause of the toolkit's line: no capital to start, no full stop to end."""
    message = message.strip().rstrip(".")
    return message[:1].lower() + message[1:] if message[1:2].islower() or message[1:2] == " " else message


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PathType(click.Path):
    """A file or folder named on the command line; an empty name is refused, where the path library would read it
    as the working folder: ``--out "$OUT"`` with OUT unset must not write the editions where the run stands."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            raise Refused(
                f"{value!r} is empty, not a file or folder (a shell variable left unset?)",
                "give the path, or '.' for the working folder",
                param,
                ctx,
            )
        if self.readable and isinstance(value, (str, os.PathLike)) and os.path.exists(value):
            folder = os.path.isdir(value)
            if not os.access(value, os.R_OK | os.X_OK if folder else os.R_OK):
                from ..errors import shown_path

                raise Refused(
                    f"{shown_path(os.fsdecode(value))}: cannot read this {'folder' if folder else 'file'} "
                    "(permission denied)",
                    "let the user the command runs as read it (chmod or chown), or give a copy it can read",
                    param,
                    ctx,
                )
        return super().convert(value, param, ctx)


def languages_option(name: str, help: str):
    """A ``--to`` or ``--lang`` option: comma-separated language codes, every target language by default."""
    return click.option(name, "languages", default=EVERY_TARGET_LANGUAGE, show_default=True, metavar="LANGS", help=help)


def glossary_option(help: str):
    """The ``--glossary PATH`` option (repeatable), as ``glossaries``."""
    return click.option(
        "--glossary", "glossaries", multiple=True, type=PathType(path_type=Path), metavar="PATH", help=help
    )


def settings_option(help: str):
    """The ``--settings FILE`` option, as ``settings_path``."""
    return click.option("--settings", "settings_path", type=PathType(path_type=Path), metavar="FILE", help=help)


def json_option(help: str):
    """The ``--json`` flag, as ``as_json``."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def project_glossaries(given) -> list[Path]:
    """The glossaries given, else the project's (found as `toolkit translate` finds it), else ./glossaries."""
    if given:
        return list(given)
    from ..project import find_project

    project = find_project()
    if project is not None and project.glossary_folder is not None:
        return [project.glossary_folder]
    return [Path("glossaries")]


def print_json(data) -> None:
    """``data`` as JSON on stdout, for tools: indented, non-ASCII text as itself, or as JSON's escapes
    (``\\u06af``) when standard output's encoding cannot carry it (a plain ASCII or Latin-1 locale). Bidi and
    other controls are escaped either way (a name holding U+202E shows reversed in a terminal)."""
    from ..errors import name_text
    from ..jsontext import escaped_hidden
    from .streams import can_carry

    # names read in an ASCII locale as text, then what would disguise them escaped
    text = escaped_hidden(name_text(json.dumps(data, ensure_ascii=False, indent=2)))
    if not can_carry(text, sys.stdout):  # the decoded names escaped too, never their undecoded bytes (\udcd8)
        text = json.dumps(json.loads(text), ensure_ascii=True, indent=2)
    click.echo(text)


def print_warning(text: str) -> None:
    """A warning on stderr (stdout stays for results)."""
    click.echo(f"warning: {text}", err=True)


class ProgressBar:
    """A one-line progress bar on stderr: shown once a run has taken a second, only on a terminal.

    It is called with the run's progress (articles done of all, segments, the
    outcome counts) and with notices, which it prints above the bar. Without
    a terminal (a scheduler, a pipe, a log file) it draws no bar, but writes a
    line of where the run stands once a minute while articles finish, so a log
    of a run killed outright (SIGKILL, a machine going down) still says how far
    it came; the summary comes at the end.
    """

    LOG_EVERY = 60.0  # seconds between two progress lines in a log

    def __init__(self, enabled: bool = True, stream: TextIO | None = None, delay: float = 1.0):
        self.stream = stream or sys.stderr
        terminal = _is_terminal(self.stream)
        self.enabled = enabled and terminal
        self.logging = enabled and not terminal
        self.delay, self.started = delay, time.monotonic()
        self._drawn_at = 0.0
        self._width = 0
        self._logged_at, self._logged_done = self.started, 0

    def __call__(self, state) -> None:
        now = time.monotonic()
        if self.logging:
            self._log(state, now)
            return
        if not self.enabled or now - self.started < self.delay:
            return
        if state.current is not None and now - self._drawn_at < 0.1:
            return  # at most ten redraws a second
        self._drawn_at = now
        columns = shutil.get_terminal_size((80, 24)).columns
        bar_width = max(10, min(30, columns // 4))
        filled = int(bar_width * state.done / state.total) if state.total else bar_width
        parts = [f"{state.done}/{state.total} articles", f"{state.segments:,} segments", *_outcomes(state)]
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}] " + " · ".join(parts)
        if state.current:
            line += f" · {state.current}"
        line = line[: columns - 1]
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def _log(self, state, now: float) -> None:
        if now - self._logged_at < self.LOG_EVERY or state.done <= self._logged_done:
            return
        self._logged_at, self._logged_done = now, state.done
        parts = [f"{state.done} of {state.total} articles done", f"{state.segments:,} segments", *_outcomes(state)]
        minutes = round((now - self.started) / 60)
        click.echo(f"progress: {', '.join(parts)} after {minutes} min", file=self.stream)

    def notice(self, text: str) -> None:
        self._clear()
        click.echo(text, file=self.stream)

    def close(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _outcomes(state) -> list[str]:
    """The run's outcomes so far that are not plain successes, as the bar and the log show them."""
    words = (("failed", "failed"), ("held", "held back"), ("skipped", "up to date"))
    return [f"{state.counts[key]} {word}" for key, word in words if state.counts.get(key)]


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


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
        except OSError as error:  # a path given that the system refuses as too long, wherever it is first used
            if error.errno != errno.ENAMETOOLONG or error.filename is None:
                raise
            fail(name_too_long(os.fsdecode(error.filename)))

    return wrapper
