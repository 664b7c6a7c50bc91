"""The newsroom project a command works in, found the way git and ruff find theirs.

A project is a folder holding ``newsroom.yaml`` (the settings) and/or
``glossaries/`` (the glossary files). It is, in order:

1. the folder given with ``--project DIR``;
2. the folder in ``$TOOLKIT_PROJECT``;
3. the nearest folder, walking up from the working directory, that holds
   either of the two.

Commands take the glossary, the settings and the default output folder from
it, so ``toolkit translate`` works the same from any subfolder of a project.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .errors import UserError
from .records import dataclass
from .settings import SETTINGS_FILE

PROJECT_VARIABLE = "TOOLKIT_PROJECT"
GLOSSARY_FOLDER = "glossaries"
OUTPUT_FOLDER = "output"


@dataclass(frozen=True)
class Project:
    """A newsroom project folder, and how it was found (for the start-of-run line)."""

    root: Path
    found_by: str  # "--project", "$TOOLKIT_PROJECT" or "the working directory"

    @property
    def settings_file(self) -> Path | None:
        """The project's newsroom.yaml; whatever stands under that name (a folder, a broken link) is returned
        too, so that reading it says what is wrong instead of the run taking the defaults silently."""
        path = self.root / SETTINGS_FILE
        return path if os.path.lexists(path) else None

    @property
    def glossary_folder(self) -> Path | None:
        path = self.root / GLOSSARY_FOLDER
        return path if path.is_dir() else None

    @property
    def output_folder(self) -> Path:
        return self.root / OUTPUT_FOLDER


def is_project(folder: Path) -> bool:
    return (folder / SETTINGS_FILE).is_file() or (folder / GLOSSARY_FOLDER).is_dir()


def find_project(
    explicit: Path | str | None = None, start: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> Project | None:
    """The project named by ``explicit`` or $TOOLKIT_PROJECT, else the nearest one above ``start``.

    A named project must exist and be one (a UserError otherwise); without a
    name, None means there is no project in or above ``start``.
    """
    environ = os.environ if environ is None else environ
    if explicit is not None:
        return _named(Path(explicit), "--project", "--project DIR")
    if environ.get(PROJECT_VARIABLE):
        return _named(Path(environ[PROJECT_VARIABLE]), f"${PROJECT_VARIABLE}", f"{PROJECT_VARIABLE}=DIR")
    folder = Path(start if start is not None else Path.cwd()).absolute()
    for candidate in (folder, *folder.parents):
        try:
            if is_project(candidate):
                return Project(_shortest(candidate), "the working directory")
        except OSError:  # an unreadable parent ends the walk, as it does for git
            return None
    return None


def _named(folder: Path, found_by: str, how: str) -> Project:
    folder = folder.expanduser()
    if not folder.is_dir():
        raise UserError(
            "project folder not found",
            path=folder,
            fix=f"give an existing folder with {how}, one that holds {SETTINGS_FILE} or {GLOSSARY_FOLDER}/",
        )
    if not is_project(folder):
        raise UserError(
            f"not a newsroom project: it holds neither {SETTINGS_FILE} nor {GLOSSARY_FOLDER}/",
            path=folder,
            fix=f"point {how} at the folder that holds them",
        )
    return Project(_shortest(folder), found_by)


def _shortest(folder: Path) -> Path:
    """The folder relative to the working directory when it is inside it (for messages), else absolute."""
    absolute = folder.absolute()
    try:
        relative = absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute
    return relative if str(relative) != "." else Path(".")


def no_project_error(start: Path | None = None) -> UserError:
    where = Path(start if start is not None else Path.cwd()).absolute()
    return UserError(
        f"no newsroom project here: neither {where} nor any folder above it holds {SETTINGS_FILE} or "
        f"{GLOSSARY_FOLDER}/, so there is no glossary to translate with",
        fix=f"run from your project folder, name it with --project DIR or {PROJECT_VARIABLE}=DIR, "
        "or give the glossary with --glossary PATH",
    )
