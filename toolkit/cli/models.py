"""``toolkit models``: install, list and remove offline translation models."""

from __future__ import annotations

from pathlib import Path

import click

from .common import Group, PathType, Refused, json_option, print_json, reports_user_errors


def _models_dir_option(command):
    """``--models-dir DIR``, given before the command (``toolkit models --models-dir DIR list``) or after it
    (``toolkit models list --models-dir DIR``), as a desk writes it: the same folder either way."""
    return click.option(
        "--models-dir",
        type=PathType(file_okay=False, path_type=Path),
        metavar="DIR",
        callback=_the_folder,
        expose_value=False,
        help="Folder of installed models. Default: $TOOLKIT_MODELS_DIR, else Argos Translate's own folder.",
    )(command)


def _the_folder(context: click.Context, parameter: click.Parameter, value: Path | None) -> None:
    """Keeps the folder as the context's ``obj``, which a command's context takes from its group's; given both
    before and after the command, the two must agree."""
    if value is None:
        return
    if context.obj is not None and Path(context.obj) != value:
        from ..errors import shown_path

        raise Refused(
            f"given twice, as {shown_path(context.obj)} and {shown_path(value)}",
            "give it once, before or after the command",
            parameter,
            context,
        )
    context.obj = value


@click.group(cls=Group)
@_models_dir_option
def models() -> None:
    """Install, list and remove offline translation models (Argos Translate packages).

    A model is an .argosmodel file for one language pair. Install it once,
    from a file (no network needed) or by download, and translation runs
    offline from then on.

    \b
    Examples:
      toolkit models list
      toolkit models install translate-en_ar-1_9.argosmodel
      toolkit models install /media/usb/models/
      toolkit models remove en-ar
      toolkit models download ar fa tr ru
      toolkit models list --models-dir /srv/models
    """


@models.command("list")
@_models_dir_option
@json_option(help="Print the list as JSON, for scripts.")
@click.pass_obj
@reports_user_errors
def list_command(models_dir: Path | None, as_json: bool) -> None:
    """List installed models: pair, version, size and folder.

    With --json, one JSON object: the models folder and, per model, its pair,
    codes, names, version, size in bytes, folder and whether it is a test copy
    model.

    \b
    Examples:
      toolkit models list
      toolkit models list --json
    """
    from ..errors import shown_path
    from ..files import human_size
    from ..translate.packages import list_packages
    from ..translate.packages import models_dir as resolve_models_dir

    folder = resolve_models_dir(models_dir)
    _clean_leftovers(folder)
    packages = list_packages(folder)
    if as_json:
        print_json({"folder": str(folder), "models": [package.as_dict() for package in packages]})
        return
    if not packages:
        click.echo(f"no models installed in {shown_path(folder)}")
        click.echo("install one with: toolkit models install FILE.argosmodel")
        return
    click.echo(f"models in {shown_path(folder)}:")
    for package in packages:
        note = "  (test copy model: copies, does not translate)" if package.copy_model else ""
        size = human_size(package.size)
        click.echo(f"  {package.pair:<9} {package.package_version:<8} {size:>9}  {shown_path(package.path)}{note}")


@models.command("install")
@_models_dir_option
@click.argument("paths", nargs=-1, required=True, type=PathType(path_type=Path))
@click.pass_obj
@reports_user_errors
def install_command(models_dir: Path | None, paths: tuple[Path, ...]) -> None:
    """Install models from .argosmodel files or folders of them (no network needed).

    Each file is checked before anything is installed; a model replaces the
    installed one for the same language pair.

    \b
    Examples:
      toolkit models install translate-en_ar-1_9.argosmodel
      toolkit models install /media/usb/models/
    """
    from ..translate.packages import install

    _clean_leftovers(models_dir)
    for package in install(paths, models_dir):
        _report("installed", package)


@models.command("remove")
@_models_dir_option
@click.argument("pair")
@click.pass_obj
@reports_user_errors
def remove_command(models_dir: Path | None, pair: str) -> None:
    """Remove the installed model for a language PAIR (en-ar or en_ar).

    \b
    Example:
      toolkit models remove en-ar
    """
    from ..translate.packages import remove

    _clean_leftovers(models_dir)
    for package in remove(pair, models_dir):
        _report("removed", package)


@models.command("download")
@_models_dir_option
@click.argument("languages", nargs=-1, required=True)
@click.pass_obj
@reports_user_errors
def download_command(models_dir: Path | None, languages: tuple[str, ...]) -> None:
    """Download and install models from the Argos package index (needs a network).

    LANGUAGES are target languages, translated from English, or pairs such
    as en-ar. The Argos package index (or $ARGOS_PACKAGE_INDEX, as in Argos
    Translate) is read over HTTPS; each archive is checked and installed like
    a file. Without a network, install from files instead.

    \b
    Examples:
      toolkit models download ar fa tr ru
      toolkit models download en-ar
    """
    from ..translate.packages import download

    _clean_leftovers(models_dir)
    from ..errors import shown_text

    # what it says names the index's links and names: text from the network, escaped as messages print it
    for package in download(languages, models_dir, progress=lambda message: click.echo(shown_text(message), err=True)):
        _report("installed", package)


@models.command("build-test-package")
@click.option("--from", "from_code", default="en", show_default=True, metavar="LANG", help="Source language code.")
@click.option("--to", "to_code", required=True, metavar="LANG", help="Target language code.")
@click.argument("out", type=PathType(dir_okay=False, path_type=Path))
@reports_user_errors
def build_test_package_command(from_code: str, to_code: str, out: Path) -> None:
    """Write a tiny test package whose model copies its input, to check an installation offline.

    The package is a real Argos package (CTranslate2 model, SentencePiece
    tokenizer, sentence splitter) of about 50 KB. Its "translation" is the
    English source unchanged: use it to test the machinery, never to publish.

    \b
    Example:
      toolkit models build-test-package --from en --to ar en_ar.argosmodel
      toolkit models install en_ar.argosmodel
    """
    from shlex import quote

    from ..errors import shown_path
    from ..files import human_size
    from ..testing.copy_model import build_copy_package

    build_copy_package(out, from_code, to_code)
    click.echo(f"wrote {shown_path(out)}: {from_code}->{to_code} copy model ({human_size(out.stat().st_size)})")
    click.echo(f"install it with: toolkit models install {shown_path(quote(str(out)))}")


def _report(action: str, package) -> None:
    from ..errors import shown_path
    from ..files import human_size

    where = "from" if action == "removed" else "in"
    click.echo(
        f"{action} {package.pair} {package.package_version} ({human_size(package.size)}) {where} "
        f"{shown_path(package.path)}"
    )


def _clean_leftovers(models_dir: Path | None) -> None:
    """Remove what interrupted installs left behind, and say so on stderr (stdout stays for results)."""
    from ..translate.packages import clean_leftovers

    removed = clean_leftovers(models_dir)
    if removed:
        from ..files import human_size

        size = human_size(sum(size for _, size in removed))
        click.echo(f"removed {len(removed)} leftover(s) of interrupted installs ({size})", err=True)
