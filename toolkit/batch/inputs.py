"""A run's articles: the files and folders given, and the safe name each article's output takes.

Folders are searched recursively for supported files (hidden files and
folders, the output folder itself, and any folder an earlier run wrote are
skipped: an output folder, which holds the run lock, or an article's folder,
which holds the toolkit's manifest, so that editions of an earlier run into
the articles' folder are never read back as articles; so are the HTML pages
the toolkit writes, such as the index of a run into the articles' own
folder, and the ``page_files/`` folder a browser saves beside ``page.html``;
symbolic links to
folders are not followed, so a link loop cannot hang a run). Each article
is named after its file's stem, made safe for a folder name, a file name and
a web page: path separators, control and invisible formatting characters,
HTML and shell metacharacters become ``_``, leading dots and spaces go (no
``..`` or hidden names), and long names are shortened with a hash that keeps
them distinct.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ..errors import UserError
from ..read import SUPPORTED_SUFFIXES, is_toolkit_page

MAX_NAME_LENGTH = 80  # characters; leaves room for ".xx.publish-123.png" within any file system's limit
_UNSAFE = set("/\\<>:\"|?*&'`$;{}[]%#")
_FALLBACK_NAME = "article"


def article_name(stem: str) -> str:
    """The folder and file name an article's output takes (the file's stem, made safe)."""
    text = unicodedata.normalize("NFC", stem)
    characters = []
    for character in text:
        category = unicodedata.category(character)
        if character in _UNSAFE or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            characters.append("_")
        elif category == "Zs":
            characters.append(" ")
        else:
            characters.append(character)
    name = " ".join("".join(characters).split())  # one space between words, none at the ends
    name = name.lstrip(". -").rstrip(". ")
    if len(name) > MAX_NAME_LENGTH:
        digest = hashlib.blake2b(stem.encode("utf-8", "surrogatepass"), digest_size=3).hexdigest()
        name = name[: MAX_NAME_LENGTH - 7].rstrip(". ") + "-" + digest
    return name or _FALLBACK_NAME


def collect_inputs(paths: Iterable[Path | str], exclude: Iterable[Path | str] = ()) -> list[Path]:
    """Every article file among ``paths``, folders searched recursively, in a stable order, each once.

    A path that does not exist, or a folder without a single supported file,
    is a UserError (the request is wrong). A file given by name is kept
    whatever its type, so an unsupported one fails as an article of its own.
    """
    excluded = {_resolved(Path(p)) for p in exclude}
    found: dict[Path, Path] = {}
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise UserError("no such file or folder", path=path, fix="check the path")
        if path.is_dir():
            files = list(_walk(path, excluded))
            if not files:
                raise UserError(
                    f"no articles ({', '.join(SUPPORTED_SUFFIXES)}) in this folder",
                    path=path,
                    fix="give the folder that holds the articles, or the files themselves",
                )
        else:
            files = [path]
        for file in files:
            found.setdefault(_resolved(file), file)
    return list(found.values())


def _walk(folder: Path, excluded: set[Path]) -> Iterable[Path]:
    for root, folders, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".")
            and _resolved(root_path / name) not in excluded
            and not _written_by_a_run(root_path / name)
            and not _saved_page_resources(root_path, name)
        )
        for name in sorted(files):
            if (
                not name.startswith(".")
                and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
                and not is_toolkit_page(root_path / name)
            ):
                yield root_path / name


def _saved_page_resources(root: Path, name: str) -> bool:
    """Whether folder ``name`` holds what a browser saved with a page (page.html and its page_files/: frames,
    adverts and scripts, never articles)."""
    stem = name.removesuffix("_files")
    return stem != name and any((root / (stem + suffix)).is_file() for suffix in (".html", ".htm"))


def _written_by_a_run(folder: Path) -> bool:
    """Whether ``folder`` is an output folder (it holds the run lock) or an article's folder of one."""
    from ..publish.manifest import DamagedManifest, read_manifest
    from ..publish.paths import LOCK_FILE

    if (folder / LOCK_FILE).is_file():
        return True
    try:
        return read_manifest(folder) is not None
    except DamagedManifest:  # a manifest.json that is not the toolkit's: the folder is the user's
        return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic-link loop
        return path.absolute()


def default_memory_paths(inputs: Iterable[Path]) -> list[Path]:
    """Translation memories travel with articles: every *.tmx beside an input file."""
    folders = dict.fromkeys(Path(os.path.realpath(p)).parent for p in inputs)  # realpath: no error on a link loop
    return [tmx for folder in folders for tmx in sorted(folder.glob("*.tmx"))]
