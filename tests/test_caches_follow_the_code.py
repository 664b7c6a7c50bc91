"""Every cache the toolkit keeps in its cache folder is keyed by the toolkit's files and the Python version, not
by its version number (which stays the same from one build to the next): a build that parses a glossary anew,
matches its names anew or builds the DOCX template anew never reads what another build kept.

Each test keeps a result, then runs as another build would (the toolkit's files' digest or the Python version
changed) and checks that the kept result is not read: the work is done again and kept under another name.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from toolkit.batch import fingerprint
from toolkit.glossary import built
from toolkit.glossary import cache as parse_cache
from toolkit.glossary.load import load_glossary
from toolkit.publish import word

NAMES = """\
- id: erdogan
  type: person
  en: {name: Recep Tayyip Erdogan, short: Erdogan}
  tr: {name: Recep Tayyip Erdoğan, short: Erdoğan}
- id: nusra
  type: organisation
  en: {name: al-Nusra Front, variants: [Nusra Front]}
  tr: {name: Nusra Cephesi}
"""


def _another_build(monkeypatch) -> None:
    digest = fingerprint.code_digest()
    monkeypatch.setattr(fingerprint, "code_digest", lambda: "another build's files " + digest)


def _another_python(monkeypatch) -> None:
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")


CHANGES = {"the toolkit's files": _another_build, "the Python version": _another_python}


@pytest.fixture
def names_file(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "names.yaml"
    path.write_text(NAMES, encoding="utf-8")
    return path


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_parsed_glossary_kept_by_another_build_is_parsed_again(names_file, monkeypatch, change):
    load_glossary([names_file])
    (kept,) = parse_cache.cached_files()
    change(monkeypatch)
    monkeypatch.setattr(parse_cache, "_from_plain", lambda *_: pytest.fail("read another build's parse"))

    glossary = load_glossary([names_file])

    assert sorted(glossary.entries) == ["erdogan", "nusra"]
    assert len(parse_cache.cached_files()) == 2 and kept in parse_cache.cached_files()


def test_a_parsed_glossary_kept_under_another_yaml_library_is_parsed_again(names_file, monkeypatch):
    """What the YAML library reads a file as (its values, its error messages) is in the kept parse too: an
    upgrade or a reinstall of PyYAML parses each glossary again."""
    load_glossary([names_file])
    (kept,) = parse_cache.cached_files()
    library_key = fingerprint.library_key
    monkeypatch.setattr(
        fingerprint,
        "library_key",
        lambda name, *files: library_key(name, *files) + (" upgraded" if name == "yaml" else ""),
    )
    monkeypatch.setattr(parse_cache, "_from_plain", lambda *_: pytest.fail("read another PyYAML's parse"))

    assert sorted(load_glossary([names_file]).entries) == ["erdogan", "nusra"]
    assert len(parse_cache.cached_files()) == 2 and kept in parse_cache.cached_files()


def test_an_installed_library_is_named_by_its_files_without_importing_it():
    key = fingerprint.library_key("yaml", "__init__.py")
    assert "__init__.py" in key and " -" not in key
    assert fingerprint.library_key("no_such_library_here", "__init__.py") == "no no_such_library_here"


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_matcher_kept_by_another_build_is_built_again(names_file, monkeypatch, change):
    built.matcher_for(load_glossary([names_file]))
    kept = sorted(built.folder().glob("built-*.marshal"))
    assert len(kept) == 1
    change(monkeypatch)
    read = []
    load = built._load
    monkeypatch.setattr(built, "_load", lambda path: read.append(path) or load(path))

    matcher = built.matcher_for(load_glossary([names_file]))

    assert read and kept[0] not in read

    assert [m.entry_id for m in matcher.find("Erdogan met the Nusra Front envoy.")] == ["erdogan", "nusra"]
    assert len(sorted(built.folder().glob("built-*.marshal"))) == 2


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def fresh_template(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    for cached in (word._lean_template, word._lean_document, word._lean_parts):
        cached.cache_clear()
    yield
    for cached in (word._lean_template, word._lean_document, word._lean_parts):
        cached.cache_clear()


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_docx_template_kept_by_another_build_is_built_again(fresh_template, monkeypatch, change):
    first = word._lean_template()
    kept = word._template_cache_file()
    change(monkeypatch)
    word._lean_template.cache_clear()
    builds = []
    build = word._build_lean_template
    monkeypatch.setattr(word, "_build_lean_template", lambda: builds.append(1) or build())

    # the same python-docx builds the same template: the same parts (the zip's times are the moment it was built)
    assert _parts(word._lean_template()) == _parts(first)
    assert builds == [1]
    assert word._template_cache_file() != kept


def test_a_library_reinstalled_with_files_of_the_same_size_and_time_is_another_copy(tmp_path, monkeypatch):
    """A release that changes only its version number's digits (2.17.0 -> 2.18.0) keeps its first file's size,
    and an installer may set every file's time alike: the copy is still told apart, by the file written anew."""
    import os

    package = tmp_path / "site" / "somelib"
    package.mkdir(parents=True)
    first = package / "__init__.py"
    first.write_text('__version__ = "2.17.0"\n', encoding="utf-8")
    os.utime(first, ns=(10**18, 10**18))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    before = fingerprint.library_key("somelib", "__init__.py")
    fingerprint.library_key.cache_clear()
    first.unlink()
    first.write_text('__version__ = "2.18.0"\n', encoding="utf-8")  # the same size
    os.utime(first, ns=(10**18, 10**18))  # and time of modification
    assert fingerprint.library_key("somelib", "__init__.py") != before
    fingerprint.library_key.cache_clear()


def test_a_memory_kept_as_read_by_another_lxml_is_read_again(tmp_path, monkeypatch):
    """lxml reads a TMX file (its units, and why one cannot be read): another copy of it reads the file anew."""
    from toolkit.translate import memory_cache

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "memory.tmx"
    data = b"<tmx version='1.4'><header/><body/></tmx>"
    kept = memory_cache.cached_file(data, source)
    library_key = fingerprint.library_key
    monkeypatch.setattr(
        fingerprint,
        "library_key",
        lambda name, *files: library_key(name, *files) + (" upgraded" if name == "lxml" else ""),
    )
    again = memory_cache.cached_file(data, source)
    assert kept is not None and again is not None and again != kept
    assert again.name.split("-")[0] == kept.name.split("-")[0]  # the same memory, another reading of it
