"""The toolkit's code digest (what an article's fingerprint and every kept result count as "this toolkit") is read
from the cache folder while the package's files are listed as they were when it was computed; any change to a
file, even one that keeps its size and time of modification, computes it again from the files' contents. A kept
digest that is damaged, of another shape, too large or written by someone else is never used."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import toolkit
from toolkit.batch import fingerprint
from toolkit.cache_contents import file_kinds
from toolkit.files import cache_folder


@pytest.fixture
def package(tmp_path, monkeypatch) -> Path:
    """A copy of the toolkit's package as an install writes it, settled (a digest may be kept at once)."""
    root = tmp_path / "site-packages" / "toolkit"
    shutil.copytree(Path(toolkit.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 0)
    return root


def kept_file() -> Path:
    return cache_folder() / fingerprint.CODE_FOLDER / "digest.json"


def digest_of(root: Path, monkeypatch) -> str:
    """The digest a new process would find for ``root``."""
    monkeypatch.setattr(fingerprint, "PACKAGE_ROOT", root)
    monkeypatch.setattr(fingerprint, "_CODE_DIGESTS", {})
    return fingerprint.code_digest()


def not_from_contents(monkeypatch) -> None:
    def refuse(root: Path) -> str:
        raise AssertionError("the package's files were read again")

    monkeypatch.setattr(fingerprint, "package_digest", refuse)


def test_a_second_run_reads_the_digest_kept_by_the_first(package, monkeypatch):
    first = digest_of(package, monkeypatch)
    assert first == fingerprint.package_digest(package)
    kept = json.loads(kept_file().read_text())
    assert kept["digest"] == first and kept["format"] == 1
    not_from_contents(monkeypatch)
    assert digest_of(package, monkeypatch) == first


def test_an_edit_that_keeps_the_size_and_time_of_a_file_computes_the_digest_again(package, monkeypatch):
    first = digest_of(package, monkeypatch)
    module = package / "render.py"
    before = module.stat()
    text = module.read_bytes()
    module.write_bytes(text.replace(b"def ", b"def_", 1) if b"def " in text else text[::-1])  # same size
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))  # the time of modification set back
    assert module.stat().st_size == before.st_size and module.stat().st_mtime_ns == before.st_mtime_ns
    second = digest_of(package, monkeypatch)
    assert second != first and second == fingerprint.package_digest(package)


@pytest.mark.parametrize("change", ["added", "removed", "renamed"])
def test_a_file_added_removed_or_renamed_computes_the_digest_again(package, monkeypatch, change):
    first = digest_of(package, monkeypatch)
    words = package / "grammar" / "data" / "extra.txt"
    if change == "added":
        words.parent.mkdir(parents=True, exist_ok=True)
        words.write_text("a word list the code reads\n", encoding="utf-8")
    elif change == "removed":
        (package / "version.py").unlink()
    else:
        (package / "version.py").rename(package / "version_.py")
    second = digest_of(package, monkeypatch)
    assert second != first and second == fingerprint.package_digest(package)


def test_the_same_files_installed_again_keep_the_digest(package, monkeypatch):
    """A reinstall writes every file anew (other times, other inodes): the digest is computed again from the
    contents, which are the same, so no article is redone."""
    first = digest_of(package, monkeypatch)
    copy = package.parent / "again"
    shutil.copytree(package, copy)
    shutil.rmtree(package)
    copy.rename(package)
    assert digest_of(package, monkeypatch) == first


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff not json",
        b'{"format": 1, "listing": ',  # cut short
        b"[1, 2, 3]",
        b'{"format": 2, "listing": "LISTING", "digest": "0123456789abcdef0123456789abcdef"}',
        b'{"format": 1, "listing": "another", "digest": "0123456789abcdef0123456789abcdef"}',
        b'{"format": 1, "listing": "LISTING", "digest": "../../../etc/passwd"}',
        b'{"format": 1, "listing": "LISTING", "digest": "0123456789ABCDEF0123456789ABCDEF"}',
        b'{"format": 1, "listing": "LISTING", "digest": 12345}',
        b'{"format": 1, "listing": "LISTING", "digest": "0123456789abcdef0123456789abcdef", "pad": "'
        + b"x" * 5000
        + b'"}',
        b"[" * 100_000,
    ],
    ids=[
        "empty",
        "binary",
        "cut-short",
        "a-list",
        "another-format",
        "another-listing",
        "a-path",
        "capitals",
        "a-number",
        "too-large",
        "nested",
    ],
)
def test_a_damaged_or_foreign_kept_digest_is_not_used(package, monkeypatch, content):
    first = digest_of(package, monkeypatch)
    listing = json.loads(kept_file().read_text())["listing"]
    kept_file().write_bytes(content.replace(b"LISTING", listing.encode()))
    assert digest_of(package, monkeypatch) == first == fingerprint.package_digest(package)
    assert json.loads(kept_file().read_text())["digest"] == first  # written again, whole


def test_a_kept_digest_that_is_no_regular_file_is_not_used(package, monkeypatch):
    first = digest_of(package, monkeypatch)
    kept_file().unlink()
    kept_file().mkdir()  # a folder where the file goes: nothing kept, no error
    assert digest_of(package, monkeypatch) == first
    kept_file().rmdir()
    os.mkfifo(kept_file())  # never waited on
    assert digest_of(package, monkeypatch) == first


def test_without_a_usable_cache_folder_the_digest_is_computed(package, monkeypatch, tmp_path):
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder\n")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(in_the_way))
    assert digest_of(package, monkeypatch) == fingerprint.package_digest(package)
    monkeypatch.delenv("TOOLKIT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home folder to be found
    assert digest_of(package, monkeypatch) == fingerprint.package_digest(package)


def test_files_changed_just_now_are_not_kept(package, monkeypatch):
    """A file changed within the last moments may change again within the file system's tick of time and keep
    its listing: its digest waits until the package has settled."""
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 3600 * 10**9)
    assert digest_of(package, monkeypatch) == fingerprint.package_digest(package)
    assert not kept_file().exists()


def test_cache_info_counts_the_kept_digest_and_clear_removes_it(package, monkeypatch):
    digest_of(package, monkeypatch)
    (kind,) = [kind for kind in file_kinds(cache_folder()) if kind.where.name == fingerprint.CODE_FOLDER]
    assert kind.files == [kept_file()] and kind.size == kept_file().stat().st_size
    from click.testing import CliRunner

    from toolkit.cli import main

    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert "1 code digest" in result.output and not kept_file().exists()


def test_a_folder_linked_into_the_package_counts_with_its_files(package, monkeypatch, tmp_path):
    """Python imports the modules of a folder the package links to (a checkout that links its word lists or a
    module folder from elsewhere): they are the toolkit's code too, and an edit in them changes the digest,
    whether kept or computed."""
    shared = tmp_path / "shared-grammar"
    shutil.move(package / "grammar", shared)
    (package / "grammar").symlink_to(shared, target_is_directory=True)
    first = digest_of(package, monkeypatch)
    assert first == fingerprint.package_digest(package)
    module = shared / "russian.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# fixed\n", encoding="utf-8")
    second = digest_of(package, monkeypatch)
    assert second != first and second == fingerprint.package_digest(package)


def test_a_folder_linking_back_into_the_package_is_read_once(package, monkeypatch):
    (package / "grammar" / "loop").symlink_to(package, target_is_directory=True)
    names = [name for name, _ in fingerprint._package_files(package)]
    assert len(names) == len(set(names))
    assert not any(name.startswith("grammar/loop/") for name in names)


def test_where_the_time_of_change_is_not_kept_the_digest_is_always_computed(package, monkeypatch):
    """Windows reports a file's creation as its st_ctime: a file rewritten in place with its size and time of
    modification kept (a copy that preserves times) would keep its listing, so no digest is kept there."""
    monkeypatch.setattr(fingerprint, "CHANGE_TIMES", False)
    first = digest_of(package, monkeypatch)
    assert not kept_file().exists()
    module = package / "render.py"
    before = module.stat()
    text = module.read_bytes()
    module.write_bytes(text.replace(b"def ", b"def_", 1))
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert digest_of(package, monkeypatch) != first


def test_the_libraries_are_named_by_their_installed_versions_and_python_by_its(monkeypatch, tmp_path):
    """Found without importing them: a library by its distribution's metadata folder beside it (the same
    version installed again is the same library); one without such a folder (run from a checkout) by its files."""
    import sys

    import babel

    key = fingerprint.libraries_key()
    assert sys.version in key and f"babel {babel.__version__}" in key and "python_docx " in key
    site = tmp_path / "site"
    (site / "somelib").mkdir(parents=True)
    (site / "somelib" / "__init__.py").write_text("", encoding="utf-8")
    (site / "somelib-1.4.2.dist-info").mkdir()
    (site / "types_somelib-9.0.dist-info").mkdir()  # another distribution's: not this one's version
    monkeypatch.syspath_prepend(str(site))
    assert fingerprint._installed_version("somelib", "somelib") == "somelib 1.4.2"
    (site / "somelib-1.4.2.dist-info").rename(site / "somelib-1.5.0.dist-info")
    assert fingerprint._installed_version("somelib", "somelib") == "somelib 1.5.0"
    (site / "somelib-1.5.0.dist-info").rmdir()
    assert fingerprint._installed_version("somelib", "somelib") == fingerprint.library_key("somelib", "__init__.py")
