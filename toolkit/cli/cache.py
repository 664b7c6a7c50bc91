"""``toolkit cache``: where the machine-translation cache is, what it holds, and emptying it."""

from __future__ import annotations

import os

import click

from ..errors import UserError
from .common import Group, print_warning, reports_user_errors


@click.group(cls=Group)
def cache() -> None:
    """Show or clear the cache folder: machine translations, provisional names, parsed glossaries, name checks,
    memories as read.

    Raw machine translations are kept per (model and version, language,
    sentence; its compute type, "auto" with the CPU's instruction sets, and beam size) in
    one SQLite file, so a re-run, even after a glossary fix, translates
    nothing twice. The cache lives in $TOOLKIT_CACHE_DIR, else
    $XDG_CACHE_HOME/toolkit, else ~/.cache/toolkit; entries unused for 90
    days are removed at the end of a run. `cache info` lists what the folder
    holds, kind by kind, with the total; `cache clear` removes all of it.

    \b
    Examples:
      toolkit cache info
      toolkit cache clear
    """


@cache.command()
@reports_user_errors
def info() -> None:
    """Print the cache folder and what it holds, kind by kind: files and size of each, entries per model."""
    from ..cache_contents import database_files, file_kinds, sizes
    from ..errors import shown_path
    from ..files import cache_folder, human_size
    from ..translate.cache import TranslationCache
    from ..translate.provisional_store import STORE_FILE, ProvisionalStore

    folder = cache_folder()
    _check_readable(folder)
    store = TranslationCache(notice=print_warning)
    names = ProvisionalStore(notice=print_warning)
    try:
        details = store.info()
        chosen = names.count()
    except OSError as error:  # a file in the cache folder the user may not read (another user's)
        raise _unreadable_cache(error) from None
    finally:
        store.close()
        names.close()
    # counted once closed: an open database has a write-ahead log and shared memory that its last close removes
    databases = [database_files(store.path), database_files(folder / STORE_FILE)]
    kinds = file_kinds(folder)
    click.echo(f"cache folder: {shown_path(folder)}")
    click.echo(
        f"machine translations: {shown_path(details.path)} ({human_size(sizes(databases[0]))}, "
        f"{details.entries} entries)"
    )
    for model in details.models:
        note = " (test copy model)" if model.copy_model else ""
        click.echo(
            f"  en->{model.language:<3} {model.reference}{note}: {model.entries} entries, "
            f"{human_size(model.text_bytes)} of text"
        )
    click.echo(
        f"provisional names: {shown_path(folder / STORE_FILE)} ({human_size(sizes(databases[1]))}, "
        f"{_counted(chosen, 'rendering')}, a name's in one language each)"
    )
    for kind in kinds:
        if kind.files or kind.always:
            blocked = os.path.lexists(kind.where) and not os.path.isdir(kind.where)
            click.echo(
                f"{kind.label}: {shown_path(kind.where)} ({_counted(len(kind.files), 'file')}, {human_size(kind.size)})"
                + ("; not a folder (a file or a link stands there): nothing is kept, remove it" if blocked else "")
            )
    files = sum(len(found) for found in databases) + sum(len(kind.files) for kind in kinds)
    size = sum(sizes(found) for found in databases) + sum(kind.size for kind in kinds)
    click.echo(f"in all: {_counted(files, 'file')}, {human_size(size)}")


@cache.command()
@click.option(
    "--provisional-names",
    "with_provisional_names",
    is_flag=True,
    help="Forget the provisional renderings of names no glossary covers too (the next run may then spell them "
    "differently from the articles already published).",
)
@reports_user_errors
def clear(with_provisional_names: bool) -> None:
    """Remove what the cache folder holds: machine translations, parsed glossary files, name checks and surveys,
    memories as read, the DOCX template, damaged files moved aside, temporary files a stopped run left (safe while
    a run is going; anything else in the folder is left alone). The provisional renderings of names no glossary
    covers are kept, so that a name keeps the spelling already published, unless --provisional-names is given."""
    from ..cache_contents import file_kinds, remove
    from ..errors import shown_path
    from ..files import cache_folder, human_size
    from ..translate.cache import TranslationCache
    from ..translate.provisional_store import ProvisionalStore

    folder = cache_folder()
    _check_readable(folder)
    store = TranslationCache(notice=print_warning)
    names = ProvisionalStore(notice=print_warning)
    try:
        removed = store.clear() if store.path.is_file() else 0
        forgotten = names.clear() if with_provisional_names else 0
        kept_names = 0 if with_provisional_names else names.count()
        kinds = file_kinds(folder)
    except OSError as error:  # a file in the cache folder the user may not read (another user's)
        raise _unreadable_cache(error) from None
    finally:
        store.close()
        names.close()
    parts = [f"{removed} machine translations"]
    if with_provisional_names:
        parts.append(_counted(forgotten, "provisional rendering"))
    size = 0
    for kind in kinds:
        if kind.files or kind.always:
            gone, freed = remove(kind)
            parts.append(f"{gone} {kind.one if gone == 1 else kind.many}")
            size += freed
    click.echo(f"removed {', '.join(parts)} ({human_size(size)} of files)")
    if kept_names:
        click.echo(
            f"kept {_counted(kept_names, 'provisional rendering')} of names no glossary covers, so published "
            "spellings stay the same (`toolkit cache clear --provisional-names` forgets them too)"
        )
    failed = [found for kind in kinds for found in kind.failed]
    if failed:
        path, problem = failed[0]
        more = f" (and {_counted(len(failed) - 1, 'other')})" if len(failed) > 1 else ""
        print_warning(
            f"could not remove {shown_path(path)}{more}: {(problem.strerror or str(problem)).lower()}; it stays, "
            "and the next `toolkit cache clear` tries again"
        )


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _check_readable(folder) -> None:
    if folder.is_dir() and not os.access(folder, os.R_OK | os.X_OK):
        raise _unreadable_cache(PermissionError(13, "Permission denied"))


def _unreadable_cache(error: OSError) -> UserError:
    from ..files import cache_folder

    return UserError(
        f"cannot read the cache folder: {(error.strerror or str(error)).lower()}",
        path=cache_folder(),
        fix="let the user the command runs as read it (chmod or chown), or set TOOLKIT_CACHE_DIR to a folder it "
        "may read and write",
    )
