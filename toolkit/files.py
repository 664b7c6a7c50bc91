"""Files a user names, read safely; files the toolkit writes, written atomically.

Reading: articles, glossaries and settings come from people and other
programs, so nothing here trusts a path: a FIFO would block a read forever,
``/dev/zero`` never ends, a symbolic link may loop, a file may be far larger
than any article. Each case is one :class:`UserError` naming the file, raised
before anything is read.

Writing: a reader never sees a half-written file (temporary file, then rename).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, cast

from .errors import UserError

MAX_TEXT_BYTES = 16 * 1024**2  # an article is tens of kilobytes; a long report a few megabytes


class NoHomeFolder(UserError):
    """This user's home folder cannot be told (no $HOME, and no home in the system's user list): what would be
    found there (the cache, the models) has to be named another way."""


def home_folder(instead: str) -> Path:
    """This user's home folder; NoHomeFolder when there is none to be found, its fix ``instead``."""
    home = os.path.expanduser("~")
    if not home or home.startswith("~"):  # expanduser leaves "~" as it is when it finds no home
        raise NoHomeFolder(
            "cannot tell this user's home folder (HOME is not set, and the system's user list gives none)",
            fix=f"set HOME, or {instead}",
        )
    return Path(home)


class CacheFolderOff(NoHomeFolder):
    """The run was asked to go without the cache folder (``toolkit translate --no-cache``): every store that keeps
    something there goes without it, as it does when there is no home folder to put it in."""


_cache_folder_off = False


@contextmanager
def cache_folder_off(off: bool = True) -> Iterator[None]:
    """While inside, when ``off``, :func:`cache_folder` raises CacheFolderOff: nothing is read from the cache folder
    or written there (a run's ``cache=False``); the state before is restored after."""
    global _cache_folder_off
    before = _cache_folder_off
    _cache_folder_off = off or before
    try:
        yield
    finally:
        _cache_folder_off = before


def set_cache_folder_off(off: bool) -> None:
    """:func:`cache_folder_off` for the rest of this process's life: a worker process of a run without the cache."""
    global _cache_folder_off
    _cache_folder_off = off


def cache_folder() -> Path:
    """The toolkit's cache folder: $TOOLKIT_CACHE_DIR, else $XDG_CACHE_HOME/toolkit, else ~/.cache/toolkit
    (NoHomeFolder when that is needed and there is no home folder; CacheFolderOff inside :func:`cache_folder_off`)."""
    if _cache_folder_off:
        raise CacheFolderOff(
            "this run goes without the cache folder (--no-cache)", fix="leave out --no-cache to use it"
        )
    configured = os.environ.get("TOOLKIT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "toolkit"
    return home_folder("TOOLKIT_CACHE_DIR to a folder the toolkit may write in") / ".cache" / "toolkit"


# The lean DOCX template (toolkit.publish.word) is kept in the cache folder's docx/, one file per python-docx
# template, named by a hash of what it was built from; `toolkit cache clear` removes every file of the pattern.
KEPT_TEMPLATE_FOLDER = "docx"
KEPT_TEMPLATE_PATTERN = "lean-*.marshal"


def kept_template_name(key: str) -> str:
    """The file name of the kept template whose cache key is ``key`` (a hash): one of KEPT_TEMPLATE_PATTERN."""
    return KEPT_TEMPLATE_PATTERN.replace("*", key)


def cache_folder_unusable() -> str | None:
    """Why the cache folder cannot be used (no home folder, not a folder, not writable), naming the variable that
    chose it and its path, or None when it can be used; it is created when missing."""
    from .errors import shown_path

    try:
        folder = cache_folder()
        chosen_by = next((v for v in ("TOOLKIT_CACHE_DIR", "XDG_CACHE_HOME") if os.environ.get(v)), None)
        where = f"{shown_path(folder)}, from ${chosen_by}" if chosen_by else shown_path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
            return f"{where}: permission denied"
    except NoHomeFolder as error:
        return str(error).split("\n")[0]
    except OSError as error:
        if error.errno in (errno.EEXIST, errno.ENOTDIR, errno.ELOOP):
            link = broken_link_on_the_way(folder)  # mkdir says "File exists" for a link leading nowhere
            if link is not None:
                return f"{where}: {link}"
            blocker = next((p for p in (folder, *folder.parents) if os.path.exists(p) and not p.is_dir()), folder)
            return f"{where}: {shown_path(blocker)} is {_kind_of_file(blocker)}, not a folder"
        return f"{where}: {(error.strerror or str(error)).lower()}"
    return None


def cache_subfolders_blocked() -> list[str]:
    """The cache folder's subfolders (glossary/, checks/, ...) that something else stands in place of (a file, a
    pipe, a link leading nowhere): what they keep is not kept, silently, by each store. Call when the folder is
    usable."""
    from .cache_contents import SUBFOLDERS

    folder = cache_folder()
    return [name for name in SUBFOLDERS if os.path.lexists(folder / name) and not os.path.isdir(folder / name)]


def _kind_of_file(path: Path) -> str:
    """What stands at ``path`` where a folder should be, as a message names it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a file"


MAX_JSON_BYTES = 16 * 1024**2  # the toolkit's own JSON files (manifests, reports, package metadata) are far smaller


class UnreadableJSON(ValueError):
    """A JSON file or text the toolkit reads back that it will not decode: larger than any it writes, or nested
    deeper than Python can decode (``[[[[...`` in a file another program left)."""


MAX_JSON_INTEGER_DIGITS = 30  # no count or size the toolkit reads is longer


def _json_integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_INTEGER_DIGITS:
        raise UnreadableJSON(f"a number of {len(digits.lstrip('-')):,} digits, more than any such file holds")
    return int(digits)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise UnreadableJSON(f"the key {key!r} is written twice (programs differ on which of the two they read)")
        mapping[key] = value
    return mapping


def load_json(text: str | bytes, max_bytes: int = MAX_JSON_BYTES, unique_keys: bool = False) -> Any:
    """``text`` decoded as JSON, bounded: UnreadableJSON (a ValueError, as for text that is not JSON) when it is
    longer than ``max_bytes``, nested too deeply or holds a number longer than any count (never a RecursionError,
    nor Python's advice on its integer limit); with ``unique_keys``, also when an object names a key twice."""
    if len(text) > max_bytes:
        raise UnreadableJSON(f"larger than {human_size(max_bytes)}, more than any such file holds")
    try:
        return json.loads(text, parse_int=_json_integer, object_pairs_hook=_unique_keys if unique_keys else None)
    except RecursionError:
        raise UnreadableJSON("nested too deeply to be read (more levels than any such file has)") from None


def read_json(path: Path | str, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """The JSON file ``path``, decoded as :func:`load_json` does; its size is checked before it is read. Raises
    OSError when it cannot be read, ValueError (UnreadableJSON, UnicodeDecodeError...) when it is no such file."""
    with open(path, "rb") as file:
        if os.fstat(file.fileno()).st_size > max_bytes:
            raise UnreadableJSON(f"larger than {human_size(max_bytes)}, more than any such file holds")
        data = file.read(max_bytes + 1)
    return load_json(data.decode("utf-8"), max_bytes)


def modified_time(path: Path | str) -> datetime:
    """When ``path`` was last modified, in UTC, and never later than now: a file's time set in the future (a
    clock set wrong, a file copied from another machine) or beyond what a date can hold (a file system allows
    years past 9999) is taken as now. Raises OSError when the file cannot be looked at."""
    seconds = os.stat(path).st_mtime
    now = datetime.now(timezone.utc)
    try:
        moment = datetime.fromtimestamp(seconds, timezone.utc)
    except (OverflowError, ValueError, OSError):
        return now
    return min(moment, now)


def recorded_path(path: Path | str) -> str:
    """Where a file lies, as a file the toolkit sends out records it (a review edition, an XLIFF export): its
    path from the working folder, with forward slashes, when it lies inside that folder; else "" (an absolute
    path, or one climbing out of the folder, would tell whoever receives the file a user name or the layout
    of the desk's disk)."""
    try:
        relative = Path(os.path.relpath(os.path.abspath(path)))
    except (ValueError, OSError):  # another drive; a working folder deleted under the run
        return ""
    if relative.is_absolute() or relative.parts[:1] in (("..",), ()) or relative == Path("."):
        return ""
    return relative.as_posix()


def recorded_name(path: Path | str) -> str:
    """A file as a file the toolkit sends out names it (a review edition's memory): :func:`recorded_path`, else,
    outside the working folder, its name alone, never the layout of the desk's disk."""
    return recorded_path(path) or Path(path).name


def human_size(size: int) -> str:
    """``2048`` -> ``"2.0 KB"``."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def _refusal(path: Path, error: OSError) -> UserError:
    if isinstance(error, FileNotFoundError):
        return UserError("file not found", path=path, fix="check the path")
    if error.errno == errno.ELOOP:
        return UserError(
            "a symbolic link that points to itself (a loop)",
            path=path,
            fix="point the link at a real file, or give the file itself",
        )
    if error.errno == errno.ENXIO:  # what opening a socket says
        return UserError(
            "not a regular file (a socket)", path=path, fix="save the content to a file and give that file"
        )
    if isinstance(error, PermissionError):
        return UserError("cannot read the file: permission denied", path=path, fix="check the file's permissions")
    return UserError(f"cannot read the file: {error.strerror or error}", path=path)


def open_regular_file(path: Path, max_bytes: int, what: str = "file") -> int:
    """A descriptor of ``path`` opened for reading, once it is known to be a regular file of sane size.

    Opening does not block (O_NONBLOCK: a FIFO without a writer would wait
    forever), and the checks are made on the opened file, not the path, so
    nothing can be swapped in between.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise _refusal(path, error) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise UserError("is a folder, not a file", path=path, fix="name a file")
        if not stat.S_ISREG(info.st_mode):
            raise UserError(
                "not a regular file (a pipe, device or socket)",
                path=path,
                fix="save the content to a file and give that file",
            )
        if info.st_size > max_bytes:
            raise UserError(
                f"the file is {human_size(info.st_size)}, more than the {human_size(max_bytes)} a {what} may be",
                path=path,
                fix=f"check that this is the right file; split a {what} that is really this long",
            )
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def read_bytes(path: Path, max_bytes: int = MAX_TEXT_BYTES, what: str = "file") -> bytes:
    """The content of a regular file of at most ``max_bytes`` (also if it grows while being read)."""
    path = Path(path)
    descriptor = open_regular_file(path, max_bytes, what)
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise _refusal(path, error) from None
    if len(data) > max_bytes:
        raise UserError(
            f"the file is larger than the {human_size(max_bytes)} a {what} may be",
            path=path,
            fix=f"check that this is the right file; split a {what} that is really this long",
        )
    return data


# UTF-32 first: its little-endian mark begins with UTF-16's.
_OTHER_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _unmarked_wide_encoding(data: bytes) -> str:
    """ "UTF-16 (little-endian)" and so on when ``data`` is UTF-16 or UTF-32 saved without a byte-order mark, else "".

    Read as UTF-8 such a file decodes without an error when its text is English (every other byte a NUL,
    which would be removed as a control character), so it is told by where its NUL bytes fall, in its
    first 64 KB: UTF-32 puts a NUL in the two high bytes of every character of the first plane; UTF-16
    puts one beside every ASCII character (its markup, spaces and line ends, even in Arabic or Russian
    text), always on the same side. UTF-8 text holds NUL only where it was damaged, on either side.
    """
    head = data[:65536]
    nuls = head.count(0)
    if nuls < 2 or nuls * 8 < len(head):  # fewer than one byte in eight: no wide encoding of text
        return ""
    whole = len(head) - len(head) % 4
    for name, high, low in (("UTF-32 (little-endian)", (2, 3), 0), ("UTF-32 (big-endian)", (0, 1), 3)):
        if (
            whole
            and all(head[index:whole:4].count(0) == whole // 4 for index in high)
            and head[low:whole:4].count(0) * 2 < whole // 4  # its characters' low bytes: text, not zeroed blocks
        ):
            return name
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 9 * even and odd * 8 >= len(head) // 2:
        return "UTF-16 (little-endian)"
    if even >= 9 * odd and even * 8 >= len(head) // 2:
        return "UTF-16 (big-endian)"
    return ""


def read_text(path: Path, max_bytes: int = MAX_TEXT_BYTES, what: str = "file") -> str:
    """Read a UTF-8 text file (a BOM is allowed), or explain why it cannot be read."""
    path = Path(path)
    return decode_utf8(read_bytes(path, max_bytes, what), path)


def decode_utf8(data: bytes, path: Path) -> str:
    """A file's bytes as UTF-8 text (a BOM is allowed), or a UserError locating the first byte that is not."""
    for mark, encoding in _OTHER_BYTE_ORDER_MARKS:
        if data.startswith(mark):  # Notepad's "Unicode" and Word's "Unicode Text" save files so
            raise UserError(
                f"saved as {encoding} (it starts with the {encoding} byte-order mark), not UTF-8",
                path=path,
                line=1,
                column=1,
                fix="save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)",
            )
    unmarked = _unmarked_wide_encoding(data)
    if unmarked:
        raise UserError(
            f"saved as {unmarked} without a byte-order mark, not UTF-8",
            path=path,
            line=1,
            column=1,
            fix="save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = len(data[: error.start].rpartition(b"\n")[2].decode("utf-8", "replace")) + 1
        raise UserError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            path=path,
            line=line,
            column=column,
            fix="save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)",
        ) from None


def current_umask() -> int:
    """The process's umask (a desk's 077 keeps embargoed editions private; a shared folder's 002 lets the
    group's runs write there), read without changing it where Linux shows it."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, and put it back at once
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with writing_atomically(path) as handle:
        handle.write(payload)


class _Writes:
    """The file :func:`writing_atomically` hands out, which remembers an error of its own writes: an error from
    anything else in the block (reading what is written) is not "cannot write"."""

    def __init__(self, handle: BinaryIO):
        self._handle = handle
        self.failed: OSError | None = None

    def write(self, data) -> int:
        try:
            return self._handle.write(data)
        except OSError as error:
            self.failed = error
            raise

    def __getattr__(self, name: str):
        return getattr(self._handle, name)


def broken_link_on_the_way(folder: Path) -> str | None:
    """What stops ``folder`` being made when a symbolic link on its way leads nowhere (its target missing, or
    links that point at each other): mkdir says only "File exists". None when there is no such link."""
    from .errors import shown_path

    for step in (folder, *folder.parents):
        if os.path.islink(step) and not os.path.exists(step):
            try:
                target = os.readlink(step)
            except OSError:
                target = "?"
            try:
                os.stat(step)
            except OSError as error:
                if error.errno == errno.ELOOP:
                    return f"{shown_path(step)} is a symbolic link in a loop (links that point at each other)"
            return f"{shown_path(step)} is a symbolic link to {shown_path(target)}, which does not exist"
    return None


class _NotWriting(Exception):
    def __init__(self, error: OSError):
        super().__init__(error)
        self.error = error


@contextmanager
def writing_atomically(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into, piece by piece: a temporary file beside ``path``,
    renamed into place when the block ends without an error (and removed when it ends with one), so that a
    large file need not be held whole to be written atomically."""
    try:
        mode: int | None = os.stat(path).st_mode  # through a link: /dev/stdout is one to a pipe or a terminal
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        # the rename would put a file in its place: --out /dev/null, run as root, replaced the system's /dev/null
        raise UserError(
            "cannot write file: it is a device, a pipe or a socket, not a file (the file written would replace it)",
            path=path,
            fix="give the name of a file to write (to discard the output, write it to a file and delete it)",
        )
    if os.path.isfile(path) and not os.path.islink(path) and not os.access(path, os.W_OK):
        # a rename would replace it all the same where the folder allows it: a read-only file is left as it is
        raise UserError(
            "cannot write file: it is read-only, or another user's",
            path=path,
            fix="let the user the command runs as write it (chmod u+w, or chown), then run again",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        link = broken_link_on_the_way(path.parent)
        raise UserError(
            f"cannot write here: {link or error.strerror}",
            path=path.parent,
            fix="point the link at a folder or remove it, or choose another --out folder"
            if link
            else "choose another --out folder or fix its permissions",
        ) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            writes = _Writes(handle)
            try:
                yield cast(BinaryIO, writes)
            except OSError as error:
                if error is not writes.failed:  # reading what is written (a memory on a failing disk): not this
                    raise _NotWriting(error) from error  # file's fault, left to the caller to say as such
                raise
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~current_umask())  # as any new file: mkstemp makes it private (0600)
        os.replace(temporary, path)
    except _NotWriting as reading:
        Path(temporary).unlink(missing_ok=True)
        raise reading.error from None
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        if path.is_dir():
            raise UserError(
                "cannot write file: it is a folder", path=path, fix=f"name a file in it, e.g. {path / 'NAME'}"
            ) from None
        raise UserError(
            f"cannot write file: {error.strerror}",
            path=path,
            fix="check the folder's free space and permissions, then run again",
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
