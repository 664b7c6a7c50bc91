"""Which offline translation models (Argos Translate packages) are installed, and where: read without the
rest of :mod:`toolkit.translate.packages` (installing, checking archives, downloading), so that a run checking
each language's model before any article imports only this.

Packages live in :func:`models_dir`: Argos's own folder unless ``TOOLKIT_MODELS_DIR`` or an explicit argument
names another.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict
from pathlib import Path

from ..errors import UserError
from ..files import NoHomeFolder, home_folder, read_json
from ..records import dataclass

MODELS_DIR_VARIABLE = "TOOLKIT_MODELS_DIR"


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

    def as_dict(self) -> dict:
        """Plain data for ``toolkit models list --json``."""
        return {"pair": self.pair, **asdict(self), "path": str(self.path)}


_MODELS_FOLDER_FIX = f"name the models folder with --models-dir DIR or ${MODELS_DIR_VARIABLE}"


def models_dir(directory: Path | str | None = None) -> Path:
    """Where packages live: ``directory``, else $TOOLKIT_MODELS_DIR, else Argos's own folder."""
    if directory:
        return Path(directory).expanduser()
    if os.environ.get(MODELS_DIR_VARIABLE):
        return Path(os.environ[MODELS_DIR_VARIABLE]).expanduser()
    return argos_packages_dir()


def argos_setting(key: str) -> str | None:
    """A setting as argostranslate reads it: the environment, then its settings.json."""
    if os.environ.get(key):
        return os.environ[key]
    config_home = os.environ.get("XDG_CONFIG_HOME")
    if not config_home:
        try:
            config_home = str(home_folder(_MODELS_FOLDER_FIX) / ".config")
        except NoHomeFolder:  # no settings file to read
            return None
    config_dir = Path(config_home) / "argos-translate"
    try:
        settings = read_json(config_dir / "settings.json")
    except (OSError, ValueError):
        return None
    value = settings.get(key) if isinstance(settings, dict) else None
    return value if isinstance(value, str) and value else None


def argos_packages_dir() -> Path:
    """The folder argostranslate itself uses, worked out as its settings module does."""
    configured = argos_setting("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured).expanduser()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home_folder(_MODELS_FOLDER_FIX) / ".local" / "share")
    return data_home / "argos-translate" / "packages"


def list_packages(directory: Path | str | None = None) -> list[InstalledPackage]:
    """Installed packages, sorted by pair and version.

    Hidden entries (the toolkit's transient folders) are skipped, and so is a
    package that another process removes while it is being read.
    """
    return _packages(directory, sized=True)


def _packages(directory: Path | str | None, *, sized: bool) -> list[InstalledPackage]:
    """:func:`list_packages`; without ``sized``, each package's size is left 0 (not walked: the engine looks its
    package up for every batch it translates)."""
    folder = models_dir(directory)
    try:
        entries = sorted(folder.iterdir())
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise UserError(
            "the models folder is a file",
            path=folder,
            fix=f"choose a folder with --models-dir or ${MODELS_DIR_VARIABLE}",
        ) from None
    except OSError as error:
        raise UserError(
            f"cannot read the models folder: {error.strerror}", path=folder, fix="check the folder's permissions"
        ) from None
    packages = []
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_dir() or not (entry / "metadata.json").is_file():
            continue
        package = _read_installed(entry, sized=sized)
        if package is not None:
            packages.append(package)
    return sorted(packages, key=lambda p: (p.from_code, p.to_code, _version_key(p.package_version), p.path.name))


def find_package(from_code: str, to_code: str, directory: Path | str | None = None) -> Path | None:
    """The folder of the installed translate package for a pair (the newest version), or None."""
    matches = [
        p
        for p in _packages(directory, sized=False)
        if p.type == "translate" and (p.from_code, p.to_code) == (from_code, to_code)
    ]
    return matches[-1].path if matches else None


def _size(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file())
        return path.lstat().st_size
    except OSError:
        return 0


def _read_installed(folder: Path, *, sized: bool = True) -> InstalledPackage | None:
    """The package in ``folder``, or None if another process removed it meanwhile (its size 0 unless ``sized``)."""
    metadata_path = folder / "metadata.json"
    try:
        metadata = read_json(metadata_path)
        if not isinstance(metadata, dict):
            raise ValueError("not a JSON object")
        for key in ("from_code", "to_code", "package_version", "type", "from_name", "to_name"):
            if not isinstance(metadata.get(key, ""), str):  # str(5) would make a package of language "5"
                raise ValueError(f"{key} is {json.dumps(metadata[key])[:40]}, not text")
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise UserError(
            f"unreadable package metadata: {error}",
            path=metadata_path,
            fix="remove this package folder or install the package again",
        ) from None
    return InstalledPackage(
        from_code=str(metadata.get("from_code", "")),
        to_code=str(metadata.get("to_code", "")),
        package_version=str(metadata.get("package_version", "")),
        path=folder,
        size=_size(folder) if sized else 0,
        type=str(metadata.get("type", "translate")),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
        copy_model=bool(metadata.get("toolkit_copy_model", False)),
    )


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in re.split(r"[._-]", version))
