"""A run's articles: the files and folders given.

Folders are searched recursively for supported files (hidden files and
folders, the output folder itself, the glossary folders, a Python virtual
environment's folder, and any folder an earlier run wrote are
skipped: an output folder, which holds the run lock, or an article's folder,
which holds the toolkit's manifest, so that editions of an earlier run into
the articles' folder are never read back as articles; so are the HTML pages
the toolkit writes, such as the index of a run into the articles' own
folder, and the ``page_files/`` folder a browser saves beside ``page.html``;
symbolic links to
folders are not followed, so a link loop cannot hang a run). Each article
is named after its file's stem, made safe (:func:`toolkit.publish.paths.article_name`).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import TOO_LONG, UserError, shown_path
from ..read import SUPPORTED_SUFFIXES, is_toolkit_page


def _not_there(path: Path) -> UserError:
    """Why a path given is not there: it does not exist, or the system refuses it as too long."""
    try:
        os.lstat(path)
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return UserError(TOO_LONG, path=path, fix="check the path")  # named in full, as a failed article is
    return UserError("no such file or folder", path=path, fix="check the path")


def collect_inputs(
    paths: Iterable[Path | str],
    exclude: Iterable[Path | str] = (),
    notice: Callable[[str], None] | None = None,
    not_read: list[Path] | None = None,
    alone: bool = False,
) -> list[Path]:
    """Every article file among ``paths``, folders searched recursively, in a stable order, each once.

    A path that does not exist, or a folder without a single supported file,
    is a UserError (the request is wrong), which says what the folder holds
    instead (files of other kinds, or only hidden ones). With ``alone`` (a
    run, where every article succeeds or fails on its own), that holds only
    when no path given holds an article at all: else a path that does not
    exist, and a folder given that cannot be listed, are each a
    :class:`FailedInput` that fails as an article of its own (the articles it
    may stand for are not translated), and a folder without articles is said
    to ``notice`` as a warning (nothing in it went untranslated). A file given by name
    is kept whatever its type, so an unsupported one fails as an article of
    its own. ``notice`` hears, once each, the links in a folder that the walk
    does not follow (to a folder, or looping), which may hold articles a desk
    expects, and, once per folder, the files in it that are not articles (a
    Word 97 file, a PDF), which ``not_read`` receives too; memories (``.tmx``)
    and the toolkit's own pages are read or skipped without a word.
    """
    excluded = {identity for identity in map(_identity, exclude) if identity is not None}
    found: dict[Path | tuple[int, int], Path] = {}
    passed_by: list[tuple[Path, list[Path]]] = []  # each folder given, with the files in it that are no articles
    refused: list[UserError] = []  # each path given that holds no article, why
    empty: list[UserError] = []  # of them, the folders that hold none (said as warnings when others hold some)
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            error = _not_there(path)
            if not alone:
                raise error
            refused.append(error)
            files: list[Path] = [FailedInput.of(path, error)]
        elif path.is_dir():
            others: list[Path] = []
            hidden: list[str] = []
            try:
                files = list(_walk(path, excluded, notice, others, hidden))
            except UserError as unreadable:  # the folder given cannot be listed
                if not alone:
                    raise
                refused.append(unreadable)
                files = [UnreadableFolder.of(path, unreadable)]
            if not files:
                error = UserError(
                    f"no articles ({', '.join(SUPPORTED_SUFFIXES)}) in this folder{_held_instead(others, hidden)}",
                    path=path,
                    fix="give the folder that holds the articles, or the files themselves",
                )
                if not alone:
                    raise error
                refused.append(error)
                empty.append(error)
            if others:
                passed_by.append((path, others))
        else:
            files = [path]
        for file in files:
            # the same file however it is reached: a symbolic or hard link, ``a/../a``, a path given twice
            found.setdefault(_file_identity(file), file)
    if refused and all(isinstance(file, FailedInput) for file in found.values()):  # not one article to translate
        raise refused[0] if len(refused) == 1 else _nothing_to_translate(refused)
    for held_none in empty:
        if notice is not None:
            notice(f"warning: {shown_path(held_none.path or '')}: {held_none.message}; {held_none.fix}")
    for path, others in passed_by:
        others = [file for file in others if _file_identity(file) not in found]  # not one also given by name
        if others and notice is not None:
            notice(
                f"note: {path}: {len(others)} file{'s are' if len(others) != 1 else ' is'} not "
                f"{'articles' if len(others) != 1 else 'an article'} a run reads, so "
                f"{'they were' if len(others) != 1 else 'it was'} not translated ({_kinds(others)}): "
                f"{_listed(others)}; to translate one, save it as .docx, .txt, .md or .html"
            )
        if not_read is not None:
            not_read.extend(others)
    return list(found.values())


_LISTED = 10  # files named in a line; the rest counted


def _kinds(files: list[Path]) -> str:
    """The kinds of files, by extension: ``.doc, .pdf, no extension``."""
    suffixes = sorted({file.suffix.lower() for file in files if file.suffix})
    return ", ".join(suffixes + (["no extension"] if any(not file.suffix for file in files) else []))


def _listed(files: list[Path]) -> str:
    shown = ", ".join(str(file) for file in files[:_LISTED])
    return shown + (f" and {len(files) - _LISTED} more" if len(files) > _LISTED else "")


def _held_instead(others: list[Path], hidden: list[str]) -> str:
    """What a folder without articles holds instead, for the error that says so."""
    if others:
        return (
            f": it holds {len(others)} file{'s' if len(others) != 1 else ''} of other kinds, which a run does not "
            f"read ({_kinds(others)}: {_listed(others)})"
        )
    if hidden:
        names = sorted(dict.fromkeys(hidden))
        shown = ", ".join(names[:_LISTED]) + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")
        return f": it holds only hidden files and folders ({shown}), which a run skips"
    return ""


def _nothing_to_translate(refused: list[UserError]) -> UserError:
    """The error of a run none of whose paths holds an article: each path and why, on one line."""
    return UserError(
        f"none of the {len(refused)} paths given holds an article to translate: "
        + "; ".join(str(error).split("\n", 1)[0] for error in refused),
        fix="check the paths; give the files or the folders that hold the articles",
    )


class FailedInput(type(Path())):  # type: ignore[misc]
    """A path given to a run that gives it no article (it does not exist, or is a folder that cannot be listed):
    it fails as an article of its own, with ``error`` saying why, so that the articles it may stand for are not
    lost without a word while the others are translated."""

    error: UserError

    @classmethod
    def of(cls, path: Path, error: UserError):
        failed = cls(path)
        failed.error = error
        return failed


class UnreadableFolder(FailedInput):
    """A folder the walk could not list (permission denied, an I/O error): it fails as an article of its own,
    with ``error`` saying why, so that the articles it may hold are not lost without a word."""


def _unreadable(folder: Path, error: OSError) -> UnreadableFolder:
    what = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
    return UnreadableFolder.of(
        folder,
        UserError(
            f"cannot read this folder ({what}): the articles in it, if any, are not translated",
            path=folder,
            fix="check the folder's permissions, or move its articles to a folder the run can read",
        ),
    )


def _identity(path: Path | str) -> tuple[int, int] | None:
    """A folder's device and inode (the same folder however it is reached), or None when there is none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _walk(
    folder: Path,
    excluded: set[tuple[int, int]],
    notice: Callable[[str], None] | None = None,
    others: list[Path] | None = None,
    hidden: list[str] | None = None,
) -> Iterable[Path]:
    """The supported files under ``folder``, a folder's files (sorted) before its subfolders (sorted), and an
    :class:`UnreadableFolder` for each folder that cannot be listed. Without recursion, so a tree of any depth
    is walked (a tree deeper than Python's stack ended a run with a RecursionError); symbolic links to folders
    are not followed, so a link loop cannot hang a run. ``others`` receives the files passed by that are no
    articles (but memories and the toolkit's own pages), ``hidden`` the names of hidden files and folders."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except FileNotFoundError:  # removed while the run was walking: nothing to translate there
            continue
        except OSError as error:
            if current == folder:  # the folder given itself: the request is wrong
                raise _unreadable(current, error).error from None
            yield _unreadable(current, error)
            continue
        folders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                if hidden is not None:
                    hidden.append(name)
                continue
            path = current / name
            kind = _kind(entry)
            if kind == "folder":
                if (
                    _entry_identity(entry) not in excluded
                    and not _written_by_a_run(path)
                    and not _saved_page_resources(current, name)
                    and not _python_environment(path)
                ):
                    folders.append(path)
            elif kind != "link to folder" and _article_name(path):
                yield path  # a pipe, socket or link loop named *.txt too: it fails as an article, saying what it is
            elif kind == "other" and others is not None and _not_an_article(path):
                others.append(path)
            elif kind == "link to folder" and notice is not None:
                notice(
                    f"note: {path} is not read: it is a link to a folder, which a run does not follow; give the "
                    "folder itself to translate its articles"
                )
            elif kind == "loop" and notice is not None:
                notice(f"note: {path} is not read: a symbolic link that points to itself (a loop)")
        stack.extend(reversed(folders))


def _python_environment(folder: Path) -> bool:
    """Whether a folder is a Python virtual environment (it holds ``pyvenv.cfg``): a project's ``venv/`` holds
    thousands of packages' licences and read-me files, none of them an article."""
    try:
        return (folder / "pyvenv.cfg").is_file()
    except OSError:
        return False


def _entry_identity(entry: os.DirEntry) -> tuple[int, int] | None:
    try:
        return entry.stat(follow_symlinks=False).st_dev, entry.inode()
    except OSError:
        return None


def _kind(entry: os.DirEntry) -> str:
    """ "folder" (a real one), "link to folder" (neither walked into nor read), "loop" (a link that points to
    itself), else "other"."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if not entry.is_symlink():
            return "other"
        if entry.is_dir():
            return "link to folder"
        os.stat(entry.path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "loop"
    return "other"


def _article_name(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not is_toolkit_page(path)


def _not_an_article(path: Path) -> bool:
    """Whether a file the walk does not read is worth naming: not a memory (read beside the articles), nor the
    copies the toolkit keeps of one it changed (desk.tmx.20261128T091500Z.bak), nor a page the toolkit wrote."""
    from ..translate.memory import is_backup_name

    return path.suffix.lower() not in (".tmx", *SUPPORTED_SUFFIXES) and not is_backup_name(path.name)


def _saved_page_resources(root: Path, name: str) -> bool:
    """Whether folder ``name`` holds what a browser saved with a page (page.html and its page_files/: frames,
    adverts and scripts, never articles)."""
    stem = name.removesuffix("_files")
    return stem != name and any((root / (stem + suffix)).is_file() for suffix in (".html", ".htm"))


def _written_by_a_run(folder: Path) -> bool:
    """Whether ``folder`` is an output folder (it holds the run lock) or an article's folder of one."""
    from ..publish.manifest import DamagedManifest, read_manifest
    from ..publish.paths import LOCK_FILE

    try:
        if (folder / LOCK_FILE).is_file():
            return True
        return read_manifest(folder) is not None
    except DamagedManifest:  # a manifest.json that is not the toolkit's: the folder is the user's
        return False
    except OSError:  # a folder the run may not look into: the walk names it when it cannot read it
        return False


def _file_identity(path: Path) -> Path | tuple[int, int]:
    """A file's device and inode, which its hard links share; else (a link loop, a file gone, or a file system
    that numbers no inodes and reports 0 for every file, as some network and FUSE ones do) its resolved path."""
    if isinstance(path, FailedInput):
        return _resolved(path)
    identity = _identity(path)
    return identity if identity is not None and identity[1] != 0 else _resolved(path)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic-link loop
        return path.absolute()


def default_memory_paths(inputs: Iterable[Path]) -> list[Path]:
    """Translation memories travel with articles: every *.tmx beside an input file (beside the file a link
    points to), named from the folder as the input names it."""
    folders: dict[Path, Path] = {}  # each folder once (by its real path), spelled as the input was
    for given in inputs:
        if isinstance(given, FailedInput):
            continue
        real = Path(os.path.realpath(given)).parent  # realpath: no error on a link loop
        # as the user gave it (news/), so messages and the review editions name the memory as the desk does and
        # the same wherever the project lies; a link's target folder (where the article really lies) as it is
        spelled = Path(given).parent
        folders.setdefault(real, spelled if os.path.realpath(spelled) == str(real) else real)
    return [tmx for folder in folders.values() for tmx in sorted(folder.glob("*.tmx"))]
