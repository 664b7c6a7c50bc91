"""``toolkit cache``: where the machine-translation cache is, what it holds, and emptying it."""

from __future__ import annotations

import contextlib
import os

import click

from ..errors import UserError
from .common import Group, print_warning, reports_user_errors


@click.group(cls=Group)
def cache() -> None:
    """Show or clear the cache of machine translations (and of parsed glossary files and name checks).

    Raw machine translations are kept per (model and version, language,
    sentence; its compute type, "auto" with the CPU's instruction sets, and beam size) in
    one SQLite file, so a re-run, even after a glossary fix, translates
    nothing twice. The cache lives in $TOOLKIT_CACHE_DIR, else
    $XDG_CACHE_HOME/toolkit, else ~/.cache/toolkit; entries unused for 90
    days are removed at the end of a run.

    \b
    Examples:
      toolkit cache info
      toolkit cache clear
    """


@cache.command()
@reports_user_errors
def info() -> None:
    """Print the cache's location, size and entries per model."""
    from ..files import cache_folder, human_size
    from ..glossary import cache as glossary_cache
    from ..qa import kept as kept_findings
    from ..translate.cache import TranslationCache

    if cache_folder().is_dir() and not os.access(cache_folder(), os.R_OK | os.X_OK):
        raise _unreadable_cache(PermissionError(13, "Permission denied"))
    store = TranslationCache(notice=print_warning)
    try:
        details = store.info()
    except OSError as error:  # a file in the cache folder the user may not read (another user's)
        raise _unreadable_cache(error) from None
    finally:
        store.close()
    click.echo(f"cache folder: {cache_folder()}")
    click.echo(f"machine translations: {details.path} ({human_size(details.size)}, {details.entries} entries)")
    for model in details.models:
        note = " (test copy model)" if model.copy_model else ""
        click.echo(
            f"  en->{model.language:<3} {model.reference}{note}: {model.entries} entries, "
            f"{human_size(model.text_bytes)} of text"
        )
    files = glossary_cache.cached_files()
    click.echo(
        f"parsed glossary files: {glossary_cache.folder()} ({len(files)} files, "
        f"{human_size(glossary_cache.cached_bytes(files))})"
    )
    checked = kept_findings.cached_files()
    click.echo(
        f"name checks of articles' sentences: {cache_folder() / kept_findings.FOLDER} ({len(checked)} files, "
        f"{human_size(glossary_cache.cached_bytes(checked))})"
    )


@cache.command()
@reports_user_errors
def clear() -> None:
    """Remove every cached translation, parsed glossary file, name check, memory as read and kept DOCX template
    (safe while a run is going)."""
    from ..files import KEPT_TEMPLATE_FOLDER, KEPT_TEMPLATE_PATTERN, NoHomeFolder, cache_folder
    from ..glossary import cache as glossary_cache
    from ..qa import kept as kept_findings
    from ..translate import memory_cache
    from ..translate.cache import TranslationCache

    if cache_folder().is_dir() and not os.access(cache_folder(), os.R_OK | os.X_OK):
        raise _unreadable_cache(PermissionError(13, "Permission denied"))
    store = TranslationCache(notice=print_warning)
    try:
        removed = store.clear() if store.path.is_file() else 0
    except OSError as error:  # a file in the cache folder the user may not read (another user's)
        raise _unreadable_cache(error) from None
    finally:
        store.close()
    files = glossary_cache.cached_files()
    for path in files:
        with contextlib.suppress(OSError):  # unremovable: it stays, and no run trusts it (see read_cached)
            path.unlink(missing_ok=True)
    for path in kept_findings.cached_files():  # the name checks' findings: checked again when next needed
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for path in memory_cache.cached_files():  # memories as read: read again when next needed
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    with contextlib.suppress(OSError, NoHomeFolder):  # the kept DOCX template: built again when next needed
        for path in (cache_folder() / KEPT_TEMPLATE_FOLDER).glob(KEPT_TEMPLATE_PATTERN):
            path.unlink(missing_ok=True)
    click.echo(f"removed {removed} machine translations and {len(files)} parsed glossary files")


def _unreadable_cache(error: OSError) -> UserError:
    from ..files import cache_folder

    return UserError(
        f"cannot read the cache folder: {(error.strerror or str(error)).lower()}",
        path=cache_folder(),
        fix="let the user the command runs as read it (chmod or chown), or set TOOLKIT_CACHE_DIR to a folder it "
        "may read and write",
    )
