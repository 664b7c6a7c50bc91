"""The ``toolkit`` command's entry point (``python -m toolkit`` too).

Loading the command's modules takes a moment (longer on a busy machine). A stop signal then (Ctrl-C, or
SIGTERM or SIGHUP from a service manager or a scheduler stopping the job as it starts) ends the command as
one arriving later does: one line, ``interrupted`` (``interrupted by SIGTERM``), and the shell's status for
the signal (130, 143, 129), not a traceback or a silent end. This module imports nothing of the toolkit
until its handlers are set.
"""

from __future__ import annotations

import signal
import sys

_STOPS = ("SIGINT", "SIGTERM", "SIGHUP")


class _StoppedStarting(KeyboardInterrupt):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise _StoppedStarting(signum)


def main() -> None:
    numbers = [getattr(signal, name) for name in _STOPS if hasattr(signal, name)]  # no SIGHUP on Windows
    previous = {number: signal.getsignal(number) for number in numbers}
    for number, handler in previous.items():
        if handler not in (signal.SIG_IGN, None):  # ignored (SIGHUP under nohup) stays ignored
            signal.signal(number, _stop)
    try:
        from .cli import main as command
    except KeyboardInterrupt as stopped:
        signum = stopped.signum if isinstance(stopped, _StoppedStarting) else signal.SIGINT
        name = signal.Signals(signum).name
        sys.stderr.write("interrupted\n" if name == "SIGINT" else f"interrupted by {name}\n")
        raise SystemExit(128 + signum) from None
    finally:  # the command sets its own (toolkit.cli), and gives Python's back before the interpreter shuts down
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)
    command()
