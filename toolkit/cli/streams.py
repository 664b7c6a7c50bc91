"""Standard output and error that cannot stop a command.

A run started by a scheduler writes its summary to a log, a pipe or a file. If the reader goes away
(``toolkit translate news/ | head -1``) or the disk is full (``> /dev/full``), writing raises; left alone,
that ends the run in the middle of an article with a traceback, and its exit status no longer says how the
articles went. So while a command runs, ``sys.stdout`` and ``sys.stderr`` are :class:`GuardedStream`s:
the first write that fails is remembered, and what follows on that stream is dropped; the command goes on.

At the end (:func:`final_status`): a closed pipe is the reader's choice (it had what it wanted), so the
command keeps its own exit status, silently, as ``yes | head -1`` does. Any other failure (a full disk,
an I/O error) lost output someone meant to keep: a status of 0 becomes 1, and lost standard output is
named in one line on standard error (a status already saying something, 1, 2 or an interruption, is kept).

A scheduler's bare environment adds two more. A stream in an encoding without the letters of the text
(a plain ASCII or Latin-1 locale, PYTHONIOENCODING): what it cannot carry is written as Python's escapes
(``\\u06af``), as Python writes its own standard error, and nothing is lost. A stream closed before the
command began (``>&-``): Python then has no ``sys.stdout`` at all; writing to it fails as writing to a
closed descriptor does, and the descriptor is given the null device first
(:func:`open_closed_descriptors`), so that no file the command opens takes its number and receives what a
worker process or a library prints.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO


class GuardedStream(io.TextIOBase):
    """A text stream that forwards to ``stream`` until a write fails, then drops what it is given."""

    def __init__(self, stream: TextIO | None, name: str):
        """``stream`` None: the stream was closed before the command began (Python then has none)."""
        super().__init__()
        self.stream, self.name = stream, name
        self.error: OSError | None = None

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        if self.error is not None or self.stream is None:
            return False
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError, OSError):
            return False

    def fileno(self) -> int:
        if self.stream is None:
            raise io.UnsupportedOperation(f"{self.name} was closed when the command started")
        return self.stream.fileno()

    def write(self, text: str) -> int:
        from ..errors import name_text

        if self.error is None:
            shown = name_text(text)  # a name read in an ASCII locale, as the letters it spells
            try:
                if self.stream is None:
                    raise OSError(errno.EBADF, CLOSED_AT_START)
                try:
                    self.stream.write(shown)
                except UnicodeEncodeError:  # nothing was written: the stream encodes the whole text first
                    self.stream.write(escaped(shown, self.encoding))
            except OSError as error:
                self._failed(error)
        return len(text)

    def flush(self) -> None:
        if self.error is None and self.stream is not None:
            try:
                self.stream.flush()
            except OSError as error:
                self._failed(error)

    @property
    def broken_pipe(self) -> bool:
        return self.error is not None and self.error.errno in (errno.EPIPE, errno.ECONNRESET)

    def _failed(self, error: OSError) -> None:
        """Remember ``error``, and point the stream's descriptor at the null device: what is still buffered
        is then flushed there when the process ends, rather than failing again (Python would print
        "Exception ignored ... BrokenPipeError" on its way out)."""
        self.error = error
        if self.stream is None:  # closed when the command started: its descriptor is the null device already
            return
        with contextlib.suppress(AttributeError, ValueError, OSError, io.UnsupportedOperation):
            descriptor = self.stream.fileno()
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, descriptor)
            finally:
                os.close(null)

    def describe(self) -> str:
        assert self.error is not None
        return self.error.strerror or str(self.error)

    @property
    def closed_at_start(self) -> bool:
        return self.stream is None


CLOSED_AT_START = "it was closed when the command started"


def escaped(text: str, encoding: str) -> str:
    """``text`` with what ``encoding`` cannot carry written as Python's escapes (``\\u06af``)."""
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:  # an encoding Python does not know: the stream would have failed before this
        return text.encode("ascii", "backslashreplace").decode("ascii")


def can_carry(text: str, stream: object) -> bool:
    """Whether ``stream``'s encoding can write ``text`` as it is."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def open_closed_descriptors() -> None:
    """Give standard input, output and error that were closed when the command started (``<&-``, ``>&-``)
    the null device: a file the command opens next would otherwise take the lowest free number, 0, 1 or 2,
    and receive whatever a worker process started from here, or a library, writes to that stream."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            with contextlib.suppress(OSError):
                null = os.open(os.devnull, os.O_RDWR)
                if null != descriptor:
                    os.dup2(null, descriptor)
                    os.close(null)


@contextlib.contextmanager
def guarded_streams() -> Iterator[tuple[GuardedStream, GuardedStream]]:
    """``sys.stdout`` and ``sys.stderr`` guarded for the time of a command (then put back)."""
    out, err = sys.stdout, sys.stderr
    guarded = (GuardedStream(out, "standard output"), GuardedStream(err, "standard error"))
    sys.stdout, sys.stderr = guarded
    try:
        yield guarded
    finally:
        for stream in guarded:
            stream.flush()
        sys.stdout, sys.stderr = out, err


def final_status(status: int, out: GuardedStream, err: GuardedStream) -> int:
    """The command's exit status once its output streams are accounted for (see the module's docstring);
    says on the stream still working what was lost on the other."""
    lost = [stream for stream in (out, err) if stream.error is not None and not stream.broken_pipe]
    if out in lost and err.error is None:  # never the other way round: standard output may be JSON for a tool
        fix = (
            "send the output somewhere (a log file, or /dev/null to discard it) rather than closing it"
            if out.closed_at_start
            else "free space on the disk the output goes to, or send the output somewhere else"
        )
        err.write(
            f"error: could not write to {out.name} ({out.describe()}): part of this command's output is lost; "
            f"its work is done as the exit status says\n  fix: {fix}\n"
        )
        err.flush()
    if lost and status == 0:
        return 1
    return status
