"""The output folder: one folder per article, each replaced whole and atomically, one writer at a time.

An article's files are written into a hidden staging folder beside its
folder (``.<name>.toolkit-staging-<pid>-<hex>``), then swapped into place in
one step (``renameat2(RENAME_EXCHANGE)`` on Linux; elsewhere two renames,
which a later run repairs if a crash falls between them). A reader sees the
article's old files or its new ones, never a mix; an article that fails
while being built leaves its old folder untouched. Files of languages a run
does not produce are carried over from the old folder (hard links).

A run holds ``.toolkit-run.lock`` (an advisory ``flock``, which the system
releases when a process dies, so a killed run leaves no stale lock); a
second run into the same folder is told "another run is writing here (pid
N)". Whatever a killed run left behind (staging folders, ``.tmp`` files) is
removed by the next run, under the lock.
"""

from __future__ import annotations

import errno
import functools
import os
import shutil
import signal
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import UserError, name_too_long, shown_path
from ..files import broken_link_on_the_way
from ..patterns import LazyPattern
from ..publish.paths import LOCK_FILE

_STAGING = "staging"
_RETIRED = "old"
_LEFTOVER = LazyPattern(r"\.(?P<name>.+)\.toolkit-(?P<kind>staging|old)-\d+-[0-9a-f]+")
_TEMPORARY = LazyPattern(r"\..+\.tmp")  # toolkit.files.write_atomic's temporary files
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class FolderBusy(UserError):
    """Another run holds the output folder's lock."""


def _not_a_lock_file(lock: Path) -> UserError:
    return UserError(
        "the run's lock file is not a plain file (a link, a folder or a pipe); nothing was written through it",
        path=lock,
        fix="remove it (a run creates the lock file again), or write to another --out folder",
    )


class UnsafePath(UserError):
    """A file name that would land outside its article folder."""


def folder_gone(out: Path) -> UserError:
    """Why an article is not written: the run's output folder left its path while the run went on."""
    return UserError(
        f"not written: the output folder {shown_path(out)} was moved, removed or replaced while the run went on",
        fix="keep the output folder in place while a run writes there (a sync or cleanup job?), then run again",
    )


class OutputFolder:
    """The ``--out`` folder of a run."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self._locked_folder: tuple[int, int] | None = None  # (device, inode) of the folder while it is locked

    @property
    def identity(self) -> tuple[int, int] | None:
        """(device, inode) of the folder while this run holds its lock: what :meth:`gone` compares with."""
        return self._locked_folder

    def expect(self, identity: tuple[int, int] | None) -> None:
        """Check :meth:`gone` against the folder the run's process locked (a worker writes under its lock)."""
        self._locked_folder = identity

    def gone(self) -> bool:
        """Whether the folder this run locked is no longer at its path (moved, removed, or a file or another
        folder put in its place while the run goes on): every article would fail writing there, one by one."""
        if self._locked_folder is None:
            return False
        try:
            now = os.stat(self.root)
        except OSError:
            return True
        return not stat.S_ISDIR(now.st_mode) or (now.st_dev, now.st_ino) != self._locked_folder

    # -- one writer at a time

    @contextmanager
    def locked(self, wait: float = 0.0) -> Iterator[None]:
        """Hold the folder's run lock; wait up to ``wait`` seconds for another run to finish."""
        import fcntl

        lock = self.root / LOCK_FILE
        # never through a link or into a pipe: a link planted in a shared folder would have the run truncate
        # and write whatever file it points to, outside the output folder
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(lock, flags, 0o666)  # the umask decides: a group's shared folder lets its runs lock
        except OSError as error:
            link = broken_link_on_the_way(self.root)
            if link is not None:  # mkdir says "File exists", or "Too many levels of symbolic links"
                raise UserError(
                    f"the output folder cannot be made: {link}",
                    path=self.root,
                    fix="point the link at a folder or remove it, or give --out another folder",
                ) from None
            if error.errno == errno.ENAMETOOLONG:
                raise name_too_long(self.root, fix="give --out a folder with a shorter path") from None
            if error.errno == errno.ELOOP or os.path.islink(lock) or os.path.isdir(lock):
                raise _not_a_lock_file(lock) from None
            blocking = next((p for p in (self.root, *self.root.parents) if p.exists() and not p.is_dir()), None)
            if blocking is not None:  # --out report.docx, or a file where a folder of the path should be
                raise UserError(
                    "the output folder cannot be made: a file stands in its place"
                    + ("" if blocking == self.root else f" ({shown_path(blocking)})"),
                    path=self.root,
                    fix="give --out a folder (it is made if missing), not a file; or move the file away",
                ) from None
            raise UserError(
                f"cannot write here: {error.strerror}",
                path=self.root,
                fix="choose another --out folder or fix its permissions",
            ) from None
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.close(descriptor)
            raise _not_a_lock_file(lock)
        try:
            deadline = time.monotonic() + max(0.0, wait)
            while True:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "unknown"
                        raise FolderBusy(
                            f"another run is writing here (pid {holder})",
                            path=self.root,
                            fix="wait for it to finish (or pass --wait SECONDS), or write to another --out folder",
                        ) from None
                    time.sleep(0.2)
            try:  # who holds the lock, for the message another run gives; the lock holds without it
                os.ftruncate(descriptor, 0)
                os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
            except OSError:  # a full disk: each article says so when it cannot be written
                pass
            folder = os.stat(self.root)
            self._locked_folder = (folder.st_dev, folder.st_ino)
            yield
        finally:
            self._locked_folder = None
            os.close(descriptor)  # releases the lock

    def remove_leftovers(self) -> list[Path]:
        """Remove what killed runs left: staging folders and temporary files. Call under the lock.

        A retired article folder whose replacement never arrived (a crash
        between the two renames where no atomic exchange exists) is put back.
        """
        removed: list[Path] = []
        if not self.root.is_dir():
            return removed
        for entry in sorted(self.root.iterdir()):
            leftover = _LEFTOVER.fullmatch(entry.name)
            if leftover and entry.is_dir() and not entry.is_symlink():
                target = self.root / leftover.group("name")
                if leftover.group("kind") == _RETIRED and not os.path.lexists(target):
                    os.rename(entry, target)
                    removed += _remove_temporaries(target)
                    continue
                shutil.rmtree(entry, ignore_errors=True)
                if not os.path.lexists(entry):  # another user's files stay: never reported as removed
                    removed.append(entry)
            elif _TEMPORARY.fullmatch(entry.name) and entry.is_file():
                entry.unlink(missing_ok=True)
                removed.append(entry)
            elif entry.is_dir() and not entry.is_symlink() and not entry.name.startswith("."):
                removed += _remove_temporaries(entry)
        return removed

    # -- article folders

    def article_folder(self, name: str) -> Path:
        """The folder of article ``name``, which must be a single, plain folder name inside the root."""
        if not name or name in (".", "..") or name.startswith(".") or "/" in name or "\\" in name or "\0" in name:
            raise UnsafePath(f"{name!r} cannot name a folder inside the output folder", path=self.root)
        folder = self.root / name
        if folder.parent.resolve() != self.root.resolve():
            raise UnsafePath(f"{name!r} would be written outside the output folder", path=self.root)
        return folder

    def write_article(
        self, name: str, files: Mapping[str, bytes | str], carry_over: Callable[[str], bool] = lambda relative: False
    ) -> None:
        """Replace article ``name``'s folder with ``files`` (relative POSIX paths) in one step.

        Files of the old folder for which ``carry_over(relative path)`` is true,
        and that ``files`` does not replace, are kept. On any error the old
        folder is left as it was and the error is raised.
        """
        folder = self.article_folder(name)
        checked = {_checked_relative(relative): data for relative, data in files.items()}
        staging = self.root / f".{name}.toolkit-{_STAGING}-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        if self.gone():  # never into a folder made at its path since: the run's lock is not on it
            raise folder_gone(self.root)
        fixed = _unremovable(folder)
        if fixed is not None:  # swapped out, it could not be removed: a hidden copy would stay behind, for good
            raise PermissionError(errno.EACCES, "its files cannot be replaced by the run's user", str(fixed))
        try:
            staging.mkdir(parents=True)
            folders = {staging}
            for relative, data in checked.items():
                target = staging.joinpath(*relative.parts)
                if target.parent not in folders:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    folders.add(target.parent)
                write_file(target, data.encode("utf-8") if isinstance(data, str) else data)
            if folder.is_dir() and not folder.is_symlink():
                for relative in _files_of(folder):
                    if relative not in checked and carry_over(relative.as_posix()):
                        target = staging.joinpath(*relative.parts)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        _link_or_copy(folder.joinpath(*relative.parts), target)
            for path in folders:
                _fsync_folder(path)
            if self.gone():
                raise folder_gone(self.root)
            with stop_signals_held():
                self._swap_in(staging, folder)
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(error, OSError) and not error.filename:  # a write to a full disk names no file
                raise OSError(error.errno, error.strerror, str(folder)) from error
            raise
        _fsync_folder(self.root)

    def _swap_in(self, staging: Path, folder: Path) -> None:
        if not os.path.lexists(folder):
            os.rename(staging, folder)
            return
        if folder.is_symlink() or not folder.is_dir():  # never follow a link placed where an article goes
            folder.unlink()
            os.rename(staging, folder)
            return
        if _exchange(staging, folder):  # staging now holds the old folder
            shutil.rmtree(staging, ignore_errors=True)
            return
        retired = folder.with_name(f".{folder.name}.toolkit-{_RETIRED}-{os.getpid()}-{uuid.uuid4().hex[:12]}")
        os.rename(folder, retired)
        try:
            os.rename(staging, folder)
        except BaseException:
            os.rename(retired, folder)
            raise
        shutil.rmtree(retired, ignore_errors=True)


_STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back through a step that must not be cut in two, and deliver them after.

    Where the system cannot exchange two folders at once an article's swap is two renames; the run's handlers
    for these signals raise, and one between the renames would leave the article with no folder, its earlier
    one hidden and removed by the next run as a leftover. A worker process being started is forked before the
    pool counts it as its own: stopped in between, the run would not stop that worker. Only the main thread
    sets handlers; a handler set outside Python (``getsignal`` None) is left alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous: dict[int, Any] = {}
    try:
        for name in _STOP_SIGNALS:
            number = getattr(signal, name, None)  # no SIGHUP on Windows
            if number is not None and signal.getsignal(number) is not None:
                previous[number] = signal.signal(number, lambda signum, frame: arrived.append(signum))
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(arrived):
            signal.raise_signal(number)  # to the handler the run had: the stop comes now, the article whole


def _unremovable(folder: Path) -> Path | None:
    """The first folder of an article's earlier folder whose files the run's user cannot remove (another user's,
    or made read-only), or None. Its files would then outlive the swap, hidden beside the new folder."""
    if folder.is_symlink() or not folder.is_dir():
        return None
    for current, _, _ in os.walk(folder):  # links to folders are not followed: they go as the links they are
        if not os.access(current, os.W_OK | os.X_OK):
            return Path(current)
    return None


def write_file(path: Path, data: bytes) -> None:
    """Write a new file and flush it to disk (a separate function, so tests can make a disk fill up)."""
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _checked_relative(relative: str) -> PurePosixPath:
    path = PurePosixPath(relative)
    if (
        path.is_absolute()
        or not path.parts
        or any(part in ("", ".", "..") or part.startswith(".") or "\\" in part or "\0" in part for part in path.parts)
    ):
        raise UnsafePath(f"{relative!r} is not a plain file name inside an article folder")
    return path


def _files_of(folder: Path) -> list[PurePosixPath]:
    found = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders[:] = [name for name in folders if not name.startswith(".")]
        base = PurePosixPath(Path(root).relative_to(folder).as_posix())
        found += [
            base / name if str(base) != "." else PurePosixPath(name) for name in files if not name.startswith(".")
        ]
    return found


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _remove_temporaries(folder: Path) -> list[Path]:
    removed = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            if _TEMPORARY.fullmatch(name):
                path = Path(root) / name
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot sync a folder; the files themselves are synced
    finally:
        os.close(descriptor)


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """The C library's renameat2, looked up once; None where the system has none. ``ctypes`` is imported here,
    when a run first replaces an article's folder that is already there, not by every run."""
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes  # imported by _renameat2 already

    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))
