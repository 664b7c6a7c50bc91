"""Installed offline translation models (Argos Translate packages).

A newsroom installs models once, from .argosmodel files its IT hands out
(:func:`install`) or by download where a network exists (:func:`download`, the
only function here that touches the network), and then translates offline.
None of it needs argostranslate: packages are read, checked, installed and
downloaded with the standard library, CTranslate2 and SentencePiece, in the
folder layout argostranslate uses, so both read the same installed packages.

Packages live in :func:`models_dir`: Argos's own folder unless
``TOOLKIT_MODELS_DIR`` or an explicit argument names another.

An archive is checked before anything is unpacked (one top-level folder,
no member escaping it, no links, sane sizes, metadata.json, a CTranslate2
model and a SentencePiece tokenizer, a file name that agrees with its
metadata), then unpacked into a staging folder *beside* the models folder,
loaded and made to translate one sentence in a separate process, and only
then renamed into place. So a failure never leaves a half-installed or
unloadable package, a reinstall replaces the old one in one step, and a
killed install leaves nothing argostranslate would take for a package; its
leftovers are removed by the next models command. Installs and removals of
one pair are serialised by a lock file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..archives import ZipLimits, size_problem
from ..errors import UserError, clipped
from ..files import human_size, load_json, read_json
from ..languages import SOURCE_LANGUAGE
from ..patterns import LazyPattern
from ..records import dataclass

# what is installed, and where, is read by .installed (a run imports only that); named here too, for callers of
# this module
from .installed import MODELS_DIR_VARIABLE as MODELS_DIR_VARIABLE
from .installed import InstalledPackage as InstalledPackage
from .installed import _read_installed, _size, _version_key
from .installed import argos_packages_dir as argos_packages_dir
from .installed import argos_setting as argos_setting
from .installed import find_package as find_package
from .installed import list_packages as list_packages
from .installed import models_dir as models_dir

PACKAGE_SUFFIX = ".argosmodel"

# Archive limits. Real packages unpack to 100-500 MB and barely compress
# (model weights); a zip bomb expands thousands of times.
MAX_UNPACKED_BYTES = 4 * 1024**3
ARCHIVE_LIMITS = ZipLimits(max_members=10_000, max_unpacked=MAX_UNPACKED_BYTES)

REQUIRED_METADATA = ("from_code", "to_code", "package_version")
LANGUAGE_CODE = LazyPattern(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")
PACKAGE_VERSION = LazyPattern(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,31}")  # 1.9, 1.0.2, 2.0rc1
VOCABULARY_FILES = ("shared_vocabulary", "source_vocabulary")
PAIR_SEPARATORS = LazyPattern(r"->|→|-|_")
# "translate-en_ar-1_9.argosmodel", "en_ar.argosmodel": the pair a file name states, if any
PAIR_IN_FILE_NAME = LazyPattern(r"(?<![a-z0-9])([a-z]{2,3})_([a-z]{2,3})(?![a-z0-9])")

# Loading a package and translating one sentence, in a separate process (a
# damaged model can crash the loader), before it is renamed into place.
LOAD_CHECK_SENTENCE = "The minister met officials in the capital on Monday."
LOAD_CHECK_TIMEOUT = 300  # seconds; a real model loads in one or two

# Names of the transient entries of the store (see _Store). Everything that
# starts with _TRANSIENT is removed by the next models command that finds no
# other one at work.
_TRANSIENT = ".toolkit-"
_STAGING_PREFIX = ".toolkit-installing-"
_RETIRED_PREFIX = ".toolkit-retired-"
_DOWNLOAD_PREFIX = ".toolkit-download-"
_STORE_LOCK = ".toolkit-store.lock"

# The Argos package index (argostranslate's default; ARGOS_PACKAGE_INDEX overrides it, as in Argos).
ARGOS_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
MAX_INDEX_BYTES = 16 * 1024**2
MAX_LINKS = 5  # an index entry's links tried: Argos's own give one or two mirrors
NETWORK_TIMEOUT = 60  # seconds without a byte before a download gives up
USER_AGENT = "newsroom-toolkit"

BAD_ARCHIVE_FIX = (
    "this file is not a usable Argos package; ask for a fresh copy, or download one with `toolkit models download LANG`"
)
OFFLINE_FIX = (
    "install from a file instead: `toolkit models install FILE.argosmodel` "
    "(.argosmodel files can be copied from a machine with a network)"
)


def configure_argos(directory: Path | str | None = None) -> Path:
    """Point argostranslate (the optional ``argos`` extra) at :func:`models_dir`; call before importing it.

    Argos reads ARGOS_PACKAGES_DIR once, at import. If it is already imported,
    its settings are updated in place and its language cache is cleared.
    """
    folder = models_dir(directory)
    os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
    settings = sys.modules.get("argostranslate.settings")
    if settings is not None:  # argostranslate's module-level settings, set as its own code sets them
        setattr(settings, "package_data_dir", folder)  # noqa: B010
        setattr(settings, "package_dirs", [folder])  # noqa: B010
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
    return folder


def read_pair(package: Path) -> tuple[str, str]:
    """An installed package's pair from its metadata.json, else from its folder name (translate-en_ar)."""
    try:
        metadata = read_json(package / "metadata.json")
        if isinstance(metadata, dict) and all(isinstance(metadata.get(k), str) for k in ("from_code", "to_code")):
            return metadata["from_code"], metadata["to_code"]
    except (OSError, ValueError):
        pass
    named = PAIR_IN_FILE_NAME.search(package.name.lower())
    return (named[1], named[2]) if named else ("?", "?")


def parse_pair(text: str) -> tuple[str, str]:
    """``"en-ar"``, ``"en_ar"`` or ``"en->ar"`` -> ``("en", "ar")``."""
    parts = [part.strip().lower() for part in PAIR_SEPARATORS.split(text.strip(), maxsplit=1)]
    if len(parts) != 2 or not all(LANGUAGE_CODE.fullmatch(part) for part in parts):
        raise UserError(f"{text!r} is not a language pair", fix="write it as FROM-TO, e.g. en-ar")
    return parts[0], parts[1]


def check_language_code(code: str, what: str = "language") -> str:
    if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code):
        raise UserError(
            f"{what} {code!r} is not a language code", fix="use an ISO 639 code such as en, ar, fa, tr or ru"
        )
    return code


def install(paths: Path | str | Iterable[Path | str], directory: Path | str | None = None) -> list[InstalledPackage]:
    """Install .argosmodel files, or every .argosmodel file in a folder.

    Every archive is checked before any is installed; a package replaces any
    installed package for the same pair.
    """
    given = [Path(paths)] if isinstance(paths, (str, os.PathLike)) else [Path(p) for p in paths]
    archives = [archive for path in given for archive in _archives(path)]
    checked = [_check_archive(archive) for archive in archives]
    seen: dict[tuple[str, str], Path] = {}
    for package in checked:
        if package.pair in seen:
            raise UserError(
                f"two packages for {package.pair[0]}->{package.pair[1]}: {seen[package.pair]} and {package.archive}",
                fix="install one package per language pair",
            )
        seen[package.pair] = package.archive
    store = _Store.open(models_dir(directory))
    with store.session():
        return [_install_checked(package, store) for package in checked]


def remove(pair: str, directory: Path | str | None = None) -> list[InstalledPackage]:
    """Remove the installed package(s) for a pair such as ``"en-ar"``."""
    from_code, to_code = parse_pair(pair)
    folder = models_dir(directory)

    def installed_now() -> list[InstalledPackage]:
        return [p for p in list_packages(folder) if (p.from_code, p.to_code) == (from_code, to_code)]

    if not installed_now():
        raise UserError(
            f"no model for {from_code}->{to_code} is installed in {folder}",
            fix="see the installed pairs with `toolkit models list`",
        )
    store = _Store.open(folder)
    with store.session(), store.pair_lock((from_code, to_code)):
        installed = installed_now()  # another process may have changed it meanwhile
        for package in installed:
            try:
                retired = store.retire(package.path)
            except OSError as error:
                raise UserError(
                    f"cannot remove the package: {error.strerror}",
                    path=package.path,
                    fix="check the models folder's permissions",
                ) from None
            shutil.rmtree(retired, ignore_errors=True)
    return installed


def clean_leftovers(directory: Path | str | None = None) -> list[tuple[Path, int]]:
    """Remove what killed installs and downloads left behind, unless another one is at work.

    Returns each removed path with its size in bytes. A folder that cannot be
    written is left alone: cleaning is never a reason to fail a command.
    """
    folder = models_dir(directory)
    if not folder.is_dir():
        return []
    try:
        store = _Store.open(folder, create=False)
        return store.clean()
    except (OSError, UserError):
        return []


# --- the store: staging, retired packages and locks beside the models folder --------


class _Store:
    """The models folder and its work area: where installs stage, park replaced packages and lock.

    The work area is a hidden folder beside the models folder, on the same
    file system (so a staged package is renamed into place atomically) but
    outside it: argostranslate takes every folder in the models folder for a
    package and fails on one without metadata.json. Where no such folder can
    be made (an unwritable parent, a models folder that is a mount point), the
    work area is the models folder itself, under hidden names.
    """

    def __init__(self, packages: Path, work: Path):
        self.packages, self.work = packages, work

    @classmethod
    def open(cls, packages: Path, create: bool = True) -> _Store:
        if create:
            try:
                packages.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UserError(
                    f"cannot create the models folder: {error.strerror}",
                    path=packages,
                    fix=f"choose another folder with --models-dir or ${MODELS_DIR_VARIABLE}, or fix its permissions",
                ) from None
        if not os.access(packages, os.W_OK | os.X_OK) and create:
            raise UserError(
                "cannot write to the models folder: permission denied",
                path=packages,
                fix=f"choose another folder with --models-dir or ${MODELS_DIR_VARIABLE}, or fix its permissions",
            )
        beside = packages.parent / f"{_TRANSIENT}{packages.name}"
        try:
            if create:
                beside.mkdir(exist_ok=True)
            if beside.stat().st_dev == packages.stat().st_dev and os.access(beside, os.W_OK | os.X_OK):
                return cls(packages, beside)
        except OSError:
            pass
        return cls(packages, packages)

    @contextlib.contextmanager
    def session(self) -> Iterator[None]:
        """Clean what earlier, killed commands left, then hold the store open (shared) while working."""
        self.clean()
        with _FileLock(self.work / _STORE_LOCK, shared=True):
            yield

    def pair_lock(self, pair: tuple[str, str]) -> _FileLock:
        """Held while one pair is installed or removed: parallel installs of a pair take turns."""
        return _FileLock(self.work / f"{_TRANSIENT}lock-{pair[0]}_{pair[1]}")

    def clean(self) -> list[tuple[Path, int]]:
        """Remove transient entries of killed commands, if no other command holds the store."""
        lock = _FileLock(self.work / _STORE_LOCK, blocking=False)
        removed = []
        try:
            if not lock.acquire():
                return []  # another command is at work: its staging is not a leftover
            for area in dict.fromkeys((self.work, self.packages)):
                for entry in area.iterdir():
                    if entry.name.startswith((_STAGING_PREFIX, _RETIRED_PREFIX, _DOWNLOAD_PREFIX)):
                        size = _size(entry)
                        if entry.is_dir() and not entry.is_symlink():
                            shutil.rmtree(entry, ignore_errors=True)
                        else:
                            entry.unlink(missing_ok=True)
                        removed.append((entry, size))
        except OSError:
            pass
        finally:
            lock.release()
        return removed

    def staging(self, pair: tuple[str, str]) -> Path:
        try:
            return Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{pair[0]}_{pair[1]}-", dir=self.work))
        except OSError as error:
            raise UserError(
                f"cannot write beside the models folder: {error.strerror}",
                path=self.work,
                fix=f"choose another folder with --models-dir or ${MODELS_DIR_VARIABLE}, or fix its permissions",
            ) from None

    def download_file(self, pair: tuple[str, str]) -> Path:
        """A new, empty file for a download, named after its pair (so the install checks the pair)."""
        descriptor, name = tempfile.mkstemp(
            prefix=f"{_DOWNLOAD_PREFIX}translate-{pair[0]}_{pair[1]}-", suffix=PACKAGE_SUFFIX, dir=self.work
        )
        os.close(descriptor)
        return Path(name)

    def retire(self, path: Path) -> Path:
        """Rename a package folder out of the models folder, to a hidden name in the work area (atomic)."""
        parked = self.work / f"{_RETIRED_PREFIX}{path.name}-{secrets.token_hex(4)}"
        os.rename(path, parked)
        return parked


class _FileLock:
    """An advisory lock on a file (flock): released by the kernel when its process dies."""

    def __init__(self, path: Path, shared: bool = False, blocking: bool = True):
        self.path, self.shared, self.blocking = path, shared, blocking
        self._handle: BinaryIO | None = None

    def acquire(self) -> bool:
        try:
            import fcntl
        except ImportError:  # no flock on this system: nothing to serialise with
            return True
        try:
            self._handle = open(self.path, "a+b")  # noqa: SIM115 - held open: closing it releases the lock
        except OSError as error:
            if not self.blocking:
                return False
            raise UserError(
                f"cannot create a lock file: {error.strerror}",
                path=self.path,
                fix="check the models folder's permissions",
            ) from None
        mode = (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | (0 if self.blocking else fcntl.LOCK_NB)
        try:
            fcntl.flock(self._handle, mode)
        except OSError:
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases the lock
            self._handle = None

    def __enter__(self) -> _FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


# --- downloading: the Argos package index and its archives, over HTTPS ---------------


def package_index_url() -> str:
    """The package index argostranslate would read: $ARGOS_PACKAGE_INDEX, its settings, or Argos's default."""
    base = argos_setting("ARGOS_PACKAGE_INDEX") or ARGOS_PACKAGE_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def download(
    languages: Iterable[str],
    directory: Path | str | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> list[InstalledPackage]:
    """Download and install packages from the Argos package index: the only network access.

    ``languages`` are target codes (``"ar"``, from English) or pairs (``"en-ar"``).
    The index (JSON) and each archive are fetched over HTTPS with the standard
    library; archives are checked and installed like any file.
    """
    wanted = [
        parse_pair(item) if PAIR_SEPARATORS.search(item) else (SOURCE_LANGUAGE, check_language_code(item))
        for item in languages
    ]
    if not wanted:
        raise UserError("no language given", fix="name target languages, e.g. `toolkit models download ar fa`")
    index_url = package_index_url()
    index = _read_index(index_url)
    chosen = [(pair, _newest_entry(index, pair, index_url)) for pair in wanted]
    folder = models_dir(directory)
    store = _Store.open(folder)
    installed = []
    with store.session():  # held open, so no other command takes the download for a leftover
        for (from_code, to_code), entry in chosen:
            archive = store.download_file((from_code, to_code))
            try:
                _download_archive(entry, (from_code, to_code), archive, progress)
                installed += install(archive, folder)
            finally:
                archive.unlink(missing_ok=True)
    return installed


def _open(url: str):
    """Open an HTTPS (or, for a local mirror, file:) URL; anything else is refused.

    Redirects are followed, but never from HTTPS to anything else.
    """
    import urllib.error
    import urllib.parse
    import urllib.request

    class NoDowngrade(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, request, fp, code, message, headers, new_url):
            if urllib.parse.urlsplit(new_url).scheme != "https":
                raise urllib.error.URLError(f"refused a redirect to {new_url} (not HTTPS)")
            return super().redirect_request(request, fp, code, message, headers, new_url)

    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("https", "file"):
        raise UserError(
            f"refusing to download over {scheme or 'an unknown scheme'}: {url}",
            fix="use an https:// address (set ARGOS_PACKAGE_INDEX to an HTTPS mirror)",
        )
    opener = urllib.request.build_opener(NoDowngrade())
    return opener.open(urllib.request.Request(url, headers={"User-Agent": USER_AGENT}), timeout=NETWORK_TIMEOUT)


def _read_index(url: str) -> list[dict]:
    import urllib.error

    try:
        with _open(url) as response:
            data = response.read(MAX_INDEX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise UserError(
            f"the Argos package index answered HTTP {error.code} ({error.reason}) for {url}",
            fix="try again later, or check ARGOS_PACKAGE_INDEX; " + OFFLINE_FIX,
        ) from None
    except (urllib.error.URLError, OSError):
        raise UserError("cannot reach the Argos package index: no network", fix=OFFLINE_FIX) from None
    if len(data) > MAX_INDEX_BYTES:
        raise UserError(
            f"the package index at {url} is larger than {human_size(MAX_INDEX_BYTES)}",
            fix="check ARGOS_PACKAGE_INDEX; " + OFFLINE_FIX,
        )
    try:
        index = load_json(data.decode("utf-8"), MAX_INDEX_BYTES)
    except (UnicodeDecodeError, ValueError) as error:
        raise UserError(
            f"the package index is not valid JSON: {error}", path=url, fix="try again later, or install from a file"
        ) from None
    if not isinstance(index, list):
        raise UserError(
            "the package index is not a list of packages",
            path=url,
            fix="check ARGOS_PACKAGE_INDEX, or install from a file",
        )
    return [entry for entry in index if isinstance(entry, dict)]


def _newest_entry(index: list[dict], pair: tuple[str, str], url: str) -> dict:
    entries = [
        entry
        for entry in index
        if entry.get("type", "translate") == "translate"
        and (entry.get("from_code"), entry.get("to_code")) == pair
        and isinstance(entry.get("links"), list)
        and entry["links"]
    ]
    if not entries:
        raise UserError(
            f"the Argos package index has no model for {pair[0]}->{pair[1]}",
            fix="check the language code (e.g. ar, fa, tr, ru)",
        )
    return max(entries, key=lambda entry: _version_key(str(entry.get("package_version", ""))))


def _download_archive(entry: dict, pair: tuple[str, str], target: Path, progress: Callable[[str], None]) -> None:
    """Fetch the first of the entry's links that works into ``target``, at most MAX_UNPACKED_BYTES."""
    import urllib.error

    # what the index says is named cut: a version or a link of 100,000 characters, or a thousand links, would be
    # printed whole in each line of progress and again in the failure
    name = f"{pair[0]}->{pair[1]} {clipped(str(entry.get('package_version', '')), 40)}".strip()
    failures = []
    for link in [link for link in entry["links"] if isinstance(link, str)][:MAX_LINKS]:
        shown = clipped(link, 200)
        progress(f"downloading {name} from {shown}")
        try:
            with _open(link) as response, open(target, "wb") as sink:
                declared = response.headers.get("Content-Length") if hasattr(response, "headers") else None
                if declared and declared.isdigit() and int(declared) > MAX_UNPACKED_BYTES:
                    raise UserError(
                        f"the archive for {name} is {human_size(int(declared))}, more than "
                        f"the {human_size(MAX_UNPACKED_BYTES)} limit",
                        path=link,
                        fix=BAD_ARCHIVE_FIX,
                    )
                received = 0
                while chunk := response.read(1024**2):
                    received += len(chunk)
                    if received > MAX_UNPACKED_BYTES:
                        raise UserError(
                            f"the archive for {name} is larger than the {human_size(MAX_UNPACKED_BYTES)} limit",
                            path=link,
                            fix=BAD_ARCHIVE_FIX,
                        )
                    sink.write(chunk)
            return
        except urllib.error.HTTPError as error:
            failures.append(f"{shown}: HTTP {error.code} ({clipped(str(error.reason), 200)})")
        except (urllib.error.URLError, OSError) as error:
            failures.append(f"{shown}: {clipped(str(getattr(error, 'reason', None) or error), 200)}")
    raise UserError(
        f"download of {name} failed: " + "; ".join(failures or ["the index gives no link"]),
        fix="check the network and try again, or " + OFFLINE_FIX,
    )


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
            raise UserError(
                f"no {PACKAGE_SUFFIX} files in this folder",
                path=path,
                fix="name a package file, or a folder holding .argosmodel files",
            )
        return archives
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UserError("file not found", path=path, fix="check the path of the .argosmodel file") from None
    except OSError as error:
        raise UserError(
            f"cannot read the file: {error.strerror}", path=path, fix="check the path of the .argosmodel file"
        ) from None
    if not stat.S_ISREG(mode):
        raise UserError("not a regular file (a device, pipe or socket)", path=path, fix="name an .argosmodel file")
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
        problem = size_problem(members, archive.stat().st_size, ARCHIVE_LIMITS)
        if problem:
            raise refuse(f"unsafe archive: {problem}")
        if len(tops) != 1 or not tops[0].endswith("/"):
            raise refuse(
                f"an Argos package holds exactly one top-level folder; "
                f"this archive has at its top level: {', '.join(tops)}"
            )
        top = tops[0].rstrip("/")
        files = {"/".join(_checked_parts(m.filename)[1:]): m for m in members if not m.is_dir()}

        if "metadata.json" not in files:
            raise refuse(f"no metadata.json in the package folder {top!r}")
        try:
            metadata = load_json(package.read(files["metadata.json"]).decode("utf-8"), unique_keys=True)
        except (ValueError, UnicodeDecodeError) as error:
            raise refuse(f"metadata.json is not valid JSON: {error}") from None
        except (zipfile.BadZipFile, OSError) as error:
            raise refuse(f"corrupt archive: {error}") from None
        if not isinstance(metadata, dict):
            raise refuse("metadata.json must hold a JSON object")
        package_type = metadata.get("type", "translate")  # Argos's default when the field is absent
        if package_type != "translate":
            raise refuse(
                f"metadata.json: package type is {package_type!r}, not 'translate'",
                fix='install a translation package (type "translate")',
            )
        for field in REQUIRED_METADATA:
            value = metadata.get(field)
            if value is not None and not isinstance(value, str):
                raise refuse(f"metadata.json: {field} is {json.dumps(value)[:40]}, not text")
            if value is None or not value.strip():
                raise refuse(f"metadata.json: missing required field {field!r}")
        for field in ("from_code", "to_code"):
            if not LANGUAGE_CODE.fullmatch(metadata[field]):
                raise refuse(f"metadata.json: {field} {metadata[field]!r} is not a language code")
        if re.split(r"[_-]", metadata["from_code"].lower())[0] == re.split(r"[_-]", metadata["to_code"].lower())[0]:
            raise refuse(
                f"metadata.json: from_code {metadata['from_code']!r} and to_code {metadata['to_code']!r} are one "
                "language; a translation model goes from one language to another"
            )
        if not PACKAGE_VERSION.fullmatch(metadata["package_version"]):  # it is printed in reports and pages
            raise refuse(f"metadata.json: package_version {metadata['package_version'][:40]!r} is not a version")
        named = PAIR_IN_FILE_NAME.search(archive.name.lower())
        stated = tuple(re.split(r"[_-]", metadata[field].lower())[0] for field in ("from_code", "to_code"))
        if named and named.groups() != stated:
            raise refuse(
                f"the file name says {named[1]}->{named[2]}, but its metadata.json says "
                f"{metadata['from_code']}->{metadata['to_code']}",
                fix=f"check that this is the model you meant; if it is, rename the file to "
                f"translate-{metadata['from_code']}_{metadata['to_code']}{PACKAGE_SUFFIX}",
            )

        if "model/model.bin" not in files:
            raise refuse("no CTranslate2 model: model/model.bin is missing")
        if not any(name.startswith(f"model/{stem}.") for stem in VOCABULARY_FILES for name in files):
            raise refuse("no CTranslate2 vocabulary in model/ (shared_vocabulary or source_vocabulary)")
        if "sentencepiece.model" not in files:
            raise refuse("no SentencePiece tokenizer: sentencepiece.model is missing")
        return _CheckedArchive(archive, top, metadata, members)


def _checked_parts(name: str) -> list[str]:
    """The path components of a member that the archive check has passed (_check_archive)."""
    parts = _member_parts(name)
    assert parts is not None  # a member pointing outside the package folder was refused
    return parts


def _member_parts(name: str) -> list[str] | None:
    """The member's path components, or None if it could land outside the package folder."""
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        return None
    parts = [part for part in re.split(r"[/\\]", name) if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return parts


# --- installing -------------------------------------------------------------


def _install_checked(package: _CheckedArchive, store: _Store) -> InstalledPackage:
    from_code, to_code = package.pair
    folder = store.packages
    with store.pair_lock(package.pair):
        staging = store.staging(package.pair)
        try:
            _unpack(package, staging)
            _check_loads(staging, package)
            os.chmod(staging, 0o755)
            destination = folder / f"translate-{from_code}_{to_code}"
            replaced = [p.path for p in list_packages(folder) if (p.from_code, p.to_code) == package.pair]
            if destination.exists() and destination not in replaced:
                replaced.append(destination)  # a leftover without metadata.json, in the way of the rename
            retired: list[tuple[Path, Path]] = []
            try:
                for old in replaced:
                    retired.append((old, store.retire(old)))
                os.rename(staging, destination)
            except OSError as error:
                for old, parked in reversed(retired):
                    os.rename(parked, old)
                raise UserError(
                    f"cannot install into the models folder: {error.strerror}",
                    path=folder,
                    fix="check the folder's permissions and free space",
                ) from None
            for _, parked in retired:
                shutil.rmtree(parked, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        installed = _read_installed(destination)
    if installed is None:  # removed by another process the moment it was installed
        raise UserError(
            "the package was removed while it was being installed", path=destination, fix="install it again"
        )
    return installed


def _unpack(package: _CheckedArchive, staging: Path) -> None:
    """Extract the package folder's members into ``staging``, as plain files with normal permissions."""
    try:
        with zipfile.ZipFile(package.archive) as archive:
            for member in package.members:
                relative = _checked_parts(member.filename)[1:]
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
        raise UserError(
            f"cannot unpack beside the models folder: {error.strerror}",
            path=staging.parent,
            fix="check free space and permissions",
        ) from None


_LOAD_CHECK_SCRIPT = """\
import json, sys
from toolkit.translate.packages import load_and_translate
try:
    result = {"translation": load_and_translate(sys.argv[1])}
except Exception as error:
    result = {"error": f"{error}".strip() or type(error).__name__}
print(json.dumps(result))
"""


def load_and_translate(package: Path | str, sentence: str = LOAD_CHECK_SENTENCE) -> str:
    """Load a package's model and tokenizer as the engine does and translate one sentence."""
    import ctranslate2
    import sentencepiece

    package = Path(package)
    metadata = read_json(package / "metadata.json")
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=1, intra_threads=1)
    prefix = metadata.get("target_prefix") or None
    [result] = translator.translate_batch(
        [tokenizer.encode(sentence, out_type=str)],
        beam_size=1,
        max_decoding_length=64,
        replace_unknowns=True,
        target_prefix=[[prefix]] if prefix else None,
    )
    return tokenizer.decode(result.hypotheses[0])


def _check_loads(staging: Path, package: _CheckedArchive) -> None:
    """Refuse a package whose model or tokenizer does not load and translate (checked in a child process)."""
    from_code, to_code = package.pair
    environment = dict(os.environ)
    here = str(Path(__file__).resolve().parent.parent)  # so the child imports this very toolkit
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [here, environment.get("PYTHONPATH")]))
    problem = None
    try:
        child = subprocess.run(
            [sys.executable, "-c", _LOAD_CHECK_SCRIPT, str(staging)],
            capture_output=True,
            text=True,
            timeout=LOAD_CHECK_TIMEOUT,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        problem = f"it did not load within {LOAD_CHECK_TIMEOUT} s"
    else:
        lines = child.stdout.strip().splitlines()
        try:
            result = load_json(lines[-1]) if child.returncode == 0 and lines else None
        except ValueError:
            result = None
        if result is None:
            problem = f"loading it crashed (exit status {child.returncode})" + (
                f": {child.stderr.strip().splitlines()[-1]}" if child.stderr.strip() else ""
            )
        elif "error" in result:
            problem = result["error"]
    if problem is None:
        return
    try:
        import ctranslate2

        version = f"CTranslate2 {ctranslate2.__version__}"
    except ImportError:  # pragma: no cover - a core dependency
        version = "CTranslate2"
    raise UserError(
        f"the {from_code}->{to_code} model does not load: {problem}",
        path=package.archive,
        fix=f"its model.bin or sentencepiece.model is damaged, or was made for a newer CTranslate2 "
        f"than this one ({version}); ask for a fresh copy of the package, or upgrade with "
        f"`pip install -U ctranslate2`; nothing was installed",
    )
