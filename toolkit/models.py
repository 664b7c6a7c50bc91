"""Installed offline translation models (Argos Translate packages).

A newsroom installs models once, from .argosmodel files its IT hands out
(:func:`install`) or by download where a network exists (:func:`download`, the
only function here that touches the network), and then translates offline.

Packages live in :func:`models_dir`: Argos's own folder unless
``TOOLKIT_MODELS_DIR`` or an explicit argument names another. Everything but
:func:`download` reads package folders and metadata.json directly: importing
argostranslate is slow and creates folders under the home directory.

An archive is checked before anything is unpacked (one top-level folder,
no member escaping it, no links, sane sizes, metadata.json, a CTranslate2
model and a SentencePiece tokenizer), then unpacked into a hidden folder
beside the destination and renamed into place, so a failure never leaves a
half-installed package and a reinstall replaces the old one in one step.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import UserError

MODELS_DIR_VARIABLE = "TOOLKIT_MODELS_DIR"
PACKAGE_SUFFIX = ".argosmodel"
SOURCE_LANGUAGE = "en"

# Archive limits. Real packages unpack to 100-500 MB and barely compress
# (model weights); a zip bomb expands thousands of times.
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_EXPANSION = 100  # unpacked size / compressed size, per member and for the whole archive
EXPANSION_CHECK_FROM = 1024**2  # smaller members may compress well (vocabularies, JSON)
MAX_MEMBERS = 10_000

REQUIRED_METADATA = ("from_code", "to_code", "package_version")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")
VOCABULARY_FILES = ("shared_vocabulary", "source_vocabulary")
PAIR_SEPARATORS = re.compile(r"->|→|-|_")

# Hidden folders beside the packages, alive only while installing or removing.
# list_packages skips them; argostranslate does not (it fails on a folder
# without metadata.json), so they are renamed into place or deleted at once.
_STAGING_PREFIX = ".toolkit-installing-"
_RETIRED_PREFIX = ".toolkit-retired-"

BAD_ARCHIVE_FIX = ("this file is not a usable Argos package; ask for a fresh copy, "
                   "or download one with `toolkit models download LANG`")


@dataclass(frozen=True)
class InstalledPackage:
    """One installed Argos package, as its folder and metadata.json describe it."""

    from_code: str
    to_code: str
    package_version: str
    path: Path
    size: int  # bytes, all files in the folder
    type: str = "translate"
    from_name: str = ""
    to_name: str = ""
    copy_model: bool = False  # a test package from toolkit.testing: copies, does not translate

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


def models_dir(directory: Path | str | None = None) -> Path:
    """Where packages live: ``directory``, else $TOOLKIT_MODELS_DIR, else Argos's own folder."""
    if directory:
        return Path(directory).expanduser()
    if os.environ.get(MODELS_DIR_VARIABLE):
        return Path(os.environ[MODELS_DIR_VARIABLE]).expanduser()
    return argos_packages_dir()


def argos_packages_dir() -> Path:
    """The folder argostranslate itself uses, worked out as its settings module does."""
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"]).expanduser()
    home = Path.home()
    config_dir = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "argos-translate"
    try:
        settings = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        settings = {}
    if isinstance(settings, dict) and settings.get("ARGOS_PACKAGES_DIR"):
        return Path(settings["ARGOS_PACKAGES_DIR"]).expanduser()
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "argos-translate" / "packages"


def configure_argos(directory: Path | str | None = None) -> Path:
    """Point argostranslate at :func:`models_dir`; call before importing it.

    Argos reads ARGOS_PACKAGES_DIR once, at import. If it is already imported,
    its settings are updated in place and its language cache is cleared.
    """
    folder = models_dir(directory)
    os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
    settings = sys.modules.get("argostranslate.settings")
    if settings is not None:
        settings.package_data_dir = folder
        settings.package_dirs = [folder]
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
    return folder


def list_packages(directory: Path | str | None = None) -> list[InstalledPackage]:
    """Installed packages, sorted by pair and version (hidden staging folders skipped)."""
    folder = models_dir(directory)
    if not folder.is_dir():
        return []
    packages = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or not entry.is_dir() or not (entry / "metadata.json").is_file():
            continue
        packages.append(_read_installed(entry))
    return sorted(packages, key=lambda p: (p.from_code, p.to_code, _version_key(p.package_version), p.path.name))


def find_package(from_code: str, to_code: str, directory: Path | str | None = None) -> Path | None:
    """The folder of the installed translate package for a pair (the newest version), or None."""
    matches = [p for p in list_packages(directory)
               if p.type == "translate" and (p.from_code, p.to_code) == (from_code, to_code)]
    return matches[-1].path if matches else None


def parse_pair(text: str) -> tuple[str, str]:
    """``"en-ar"``, ``"en_ar"`` or ``"en->ar"`` -> ``("en", "ar")``."""
    parts = [part.strip().lower() for part in PAIR_SEPARATORS.split(text.strip(), maxsplit=1)]
    if len(parts) != 2 or not all(LANGUAGE_CODE.fullmatch(part) for part in parts):
        raise UserError(f"{text!r} is not a language pair", fix="write it as FROM-TO, e.g. en-ar")
    return parts[0], parts[1]


def check_language_code(code: str, what: str = "language") -> str:
    if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code):
        raise UserError(f"{what} {code!r} is not a language code",
                        fix="use an ISO 639 code such as en, ar, fa, tr or ru")
    return code


def install(paths: Path | str | Iterable[Path | str], directory: Path | str | None = None) -> list[InstalledPackage]:
    """Install .argosmodel files, or every .argosmodel file in a folder.

    Every archive is checked before any is installed; a package replaces any
    installed package for the same pair.
    """
    paths = [Path(paths)] if isinstance(paths, (str, os.PathLike)) else [Path(p) for p in paths]
    archives = [archive for path in paths for archive in _archives(path)]
    checked = [_check_archive(archive) for archive in archives]
    seen: dict[tuple[str, str], Path] = {}
    for package in checked:
        if package.pair in seen:
            raise UserError(f"two packages for {package.pair[0]}->{package.pair[1]}: "
                            f"{seen[package.pair]} and {package.archive}",
                            fix="install one package per language pair")
        seen[package.pair] = package.archive
    folder = models_dir(directory)
    return [_install_checked(package, folder) for package in checked]


def remove(pair: str, directory: Path | str | None = None) -> list[InstalledPackage]:
    """Remove the installed package(s) for a pair such as ``"en-ar"``."""
    from_code, to_code = parse_pair(pair)
    folder = models_dir(directory)
    installed = [p for p in list_packages(folder) if (p.from_code, p.to_code) == (from_code, to_code)]
    if not installed:
        raise UserError(f"no model for {from_code}->{to_code} is installed in {folder}",
                        fix="see the installed pairs with `toolkit models list`")
    for package in installed:
        try:
            retired = _retire(package.path)
        except OSError as error:
            raise UserError(f"cannot remove the package: {error.strerror}", path=package.path,
                            fix="check the models folder's permissions") from None
        shutil.rmtree(retired, ignore_errors=True)
    return installed


def download(languages: Iterable[str], directory: Path | str | None = None) -> list[InstalledPackage]:
    """Download and install packages from the Argos package index: the only network access.

    ``languages`` are target codes (``"ar"``, from English) or pairs (``"en-ar"``).
    Downloaded archives are checked and installed like any file.
    """
    wanted = [parse_pair(item) if PAIR_SEPARATORS.search(item) else (SOURCE_LANGUAGE, check_language_code(item))
              for item in languages]
    if not wanted:
        raise UserError("no language given", fix="name target languages, e.g. `toolkit models download ar fa`")
    folder = configure_argos(directory)
    folder.mkdir(parents=True, exist_ok=True)
    from argostranslate import package as argos_package
    from argostranslate import settings as argos_settings

    index_path = Path(argos_settings.local_package_index)
    before = index_path.stat().st_mtime_ns if index_path.exists() else None
    # Argos logs and swallows network errors here; keep its log line off the terminal.
    argos_log, quiet = logging.getLogger("argostranslate.utils"), logging.NullHandler()
    argos_log.addHandler(quiet)
    try:
        argos_package.update_package_index()
    finally:
        argos_log.removeHandler(quiet)
    if not index_path.exists() or index_path.stat().st_mtime_ns == before:
        raise UserError("cannot reach the Argos package index: no network",
                        fix="install from a file instead: `toolkit models install FILE.argosmodel` "
                            "(.argosmodel files can be copied from a machine with a network)")
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(f"the downloaded package index is unreadable: {error}", path=index_path,
                        fix="try again later, or install from a file") from None
    installed = []
    for from_code, to_code in wanted:
        entries = [entry for entry in index if isinstance(entry, dict) and entry.get("type", "translate") == "translate"
                   and (entry.get("from_code"), entry.get("to_code")) == (from_code, to_code)]
        if not entries:
            raise UserError(f"the Argos package index has no model for {from_code}->{to_code}",
                            fix="check the language code (e.g. ar, fa, tr, ru)")
        newest = max(entries, key=lambda entry: _version_key(str(entry.get("package_version", ""))))
        available = argos_package.AvailablePackage(newest)
        try:
            archive = Path(available.download())
        except Exception as error:  # argostranslate raises bare Exceptions for failed downloads
            raise UserError(f"download of {from_code}->{to_code} failed: {error}",
                            fix="check the network and try again, or install from a file") from None
        try:
            installed += install(archive, folder)
        finally:
            archive.unlink(missing_ok=True)
    return installed


# --- checking archives ------------------------------------------------------


@dataclass(frozen=True)
class _CheckedArchive:
    archive: Path
    top: str  # the one top-level folder
    metadata: dict
    members: list[zipfile.ZipInfo]

    @property
    def pair(self) -> tuple[str, str]:
        return self.metadata["from_code"], self.metadata["to_code"]


def _archives(path: Path) -> list[Path]:
    if path.is_dir():
        archives = sorted(p for p in path.iterdir() if p.name.endswith(PACKAGE_SUFFIX) and p.is_file())
        if not archives:
            raise UserError(f"no {PACKAGE_SUFFIX} files in this folder", path=path,
                            fix="name a package file, or a folder holding .argosmodel files")
        return archives
    if not path.exists():
        raise UserError("file not found", path=path, fix="check the path of the .argosmodel file")
    return [path]


def _check_archive(archive: Path) -> _CheckedArchive:
    def refuse(message: str, fix: str = BAD_ARCHIVE_FIX) -> UserError:
        return UserError(message, path=archive, fix=fix)

    try:
        package = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise refuse("not an Argos package (not a zip archive)") from None
    except OSError as error:
        raise refuse(f"cannot read the file: {error.strerror}", fix="check the file and its permissions") from None
    with package:
        members = package.infolist()
        if not members:
            raise refuse("the archive is empty")
        if len(members) > MAX_MEMBERS:
            raise refuse(f"unsafe archive: {len(members)} members, more than {MAX_MEMBERS}")
        tops: list[str] = []
        for member in members:
            parts = _member_parts(member.filename)
            if parts is None:
                raise refuse(f"unsafe archive: member {member.filename!r} points outside the package folder")
            kind = stat.S_IFMT(member.external_attr >> 16)
            if kind == stat.S_IFLNK:
                raise refuse(f"unsafe archive: member {member.filename!r} is a symbolic link")
            if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise refuse(f"unsafe archive: member {member.filename!r} is not a regular file")
            if member.flag_bits & 0x1:
                raise refuse(f"member {member.filename!r} is encrypted")
            top = parts[0] + ("/" if len(parts) > 1 or member.is_dir() else "")
            if top not in tops:
                tops.append(top)
            expansion_limit = MAX_EXPANSION * max(member.compress_size, 1)
            if member.file_size > EXPANSION_CHECK_FROM and member.file_size > expansion_limit:
                raise refuse(f"unsafe archive: member {member.filename!r} expands from "
                             f"{human_size(member.compress_size)} to {human_size(member.file_size)} "
                             f"(more than {MAX_EXPANSION} times)")
        unpacked = sum(member.file_size for member in members)
        if unpacked > MAX_UNPACKED_BYTES:
            raise refuse(f"unsafe archive: unpacks to {human_size(unpacked)}, "
                         f"more than the {human_size(MAX_UNPACKED_BYTES)} limit")
        if unpacked > EXPANSION_CHECK_FROM and unpacked > MAX_EXPANSION * archive.stat().st_size:
            raise refuse(f"unsafe archive: unpacks to {human_size(unpacked)} from "
                         f"{human_size(archive.stat().st_size)} (more than {MAX_EXPANSION} times)")
        if len(tops) != 1 or not tops[0].endswith("/"):
            raise refuse(f"an Argos package holds exactly one top-level folder; "
                         f"this archive has at its top level: {', '.join(tops)}")
        top = tops[0].rstrip("/")
        files = {"/".join(_member_parts(m.filename)[1:]): m for m in members if not m.is_dir()}

        if "metadata.json" not in files:
            raise refuse(f"no metadata.json in the package folder {top!r}")
        try:
            metadata = json.loads(package.read(files["metadata.json"]).decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise refuse(f"metadata.json is not valid JSON: {error}") from None
        except (zipfile.BadZipFile, OSError) as error:
            raise refuse(f"corrupt archive: {error}") from None
        if not isinstance(metadata, dict):
            raise refuse("metadata.json must hold a JSON object")
        package_type = metadata.get("type", "translate")  # Argos's default when the field is absent
        if package_type != "translate":
            raise refuse(f"metadata.json: package type is {package_type!r}, not 'translate'",
                         fix="install a translation package (type \"translate\")")
        for field in REQUIRED_METADATA:
            if not isinstance(metadata.get(field), str) or not metadata[field].strip():
                raise refuse(f"metadata.json: missing required field {field!r}")
        for field in ("from_code", "to_code"):
            if not LANGUAGE_CODE.fullmatch(metadata[field]):
                raise refuse(f"metadata.json: {field} {metadata[field]!r} is not a language code")

        if "model/model.bin" not in files:
            raise refuse("no CTranslate2 model: model/model.bin is missing")
        if not any(name.startswith(f"model/{stem}.") for stem in VOCABULARY_FILES for name in files):
            raise refuse("no CTranslate2 vocabulary in model/ (shared_vocabulary or source_vocabulary)")
        if "sentencepiece.model" not in files:
            raise refuse("no SentencePiece tokenizer: sentencepiece.model is missing")
        return _CheckedArchive(archive, top, metadata, members)


def _member_parts(name: str) -> list[str] | None:
    """The member's path components, or None if it could land outside the package folder."""
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        return None
    parts = [part for part in re.split(r"[/\\]", name) if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return parts


# --- installing -------------------------------------------------------------


def _install_checked(package: _CheckedArchive, folder: Path) -> InstalledPackage:
    from_code, to_code = package.pair
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=folder))
    except OSError as error:
        raise UserError(f"cannot write to the models folder: {error.strerror}", path=folder,
                        fix=f"choose another folder with --models-dir or ${MODELS_DIR_VARIABLE}, "
                            "or fix its permissions") from None
    try:
        _unpack(package, staging)
        os.chmod(staging, 0o755)
        destination = folder / f"translate-{from_code}_{to_code}"
        replaced = [p.path for p in list_packages(folder) if (p.from_code, p.to_code) == package.pair]
        if destination.exists() and destination not in replaced:
            replaced.append(destination)  # a leftover without metadata.json, in the way of the rename
        retired: list[tuple[Path, Path]] = []
        try:
            for old in replaced:
                retired.append((old, _retire(old)))
            os.rename(staging, destination)
        except OSError as error:
            for old, parked in reversed(retired):
                os.rename(parked, old)
            raise UserError(f"cannot install into the models folder: {error.strerror}", path=folder,
                            fix="check the folder's permissions and free space") from None
        for _, parked in retired:
            shutil.rmtree(parked, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _read_installed(destination)


def _unpack(package: _CheckedArchive, staging: Path) -> None:
    """Extract the package folder's members into ``staging``, as plain files with normal permissions."""
    try:
        with zipfile.ZipFile(package.archive) as archive:
            for member in package.members:
                relative = _member_parts(member.filename)[1:]
                if not relative:
                    continue
                target = staging.joinpath(*relative)
                if member.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as source, open(target, "wb") as sink:
                    shutil.copyfileobj(source, sink, 1024**2)  # reads stop at the checked size
                os.chmod(target, 0o644)
            for directory in (p for p in staging.rglob("*") if p.is_dir()):
                os.chmod(directory, 0o755)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError) as error:
        raise UserError(f"corrupt archive: {error}", path=package.archive, fix=BAD_ARCHIVE_FIX) from None
    except OSError as error:
        raise UserError(f"cannot unpack into the models folder: {error.strerror}", path=staging.parent,
                        fix="check free space and permissions") from None


def _retire(path: Path) -> Path:
    """Rename a package folder out of the way, to a hidden name beside it (atomic)."""
    parked = path.parent / f"{_RETIRED_PREFIX}{path.name}-{secrets.token_hex(4)}"
    os.rename(path, parked)
    return parked


def _read_installed(folder: Path) -> InstalledPackage:
    metadata_path = folder / "metadata.json"
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        raise UserError(f"unreadable package metadata: {error}", path=metadata_path,
                        fix="remove this package folder or install the package again") from None
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return InstalledPackage(
        from_code=str(metadata.get("from_code", "")),
        to_code=str(metadata.get("to_code", "")),
        package_version=str(metadata.get("package_version", "")),
        path=folder,
        size=size,
        type=str(metadata.get("type", "translate")),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
        copy_model=bool(metadata.get("toolkit_copy_model", False)),
    )


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in re.split(r"[._-]", version))


def human_size(size: int) -> str:
    """``2048`` -> ``"2.0 KB"``."""
    if size < 1024:
        return f"{size} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"
    raise AssertionError("unreachable")
