"""Shared fixtures: the project's own seed article, glossary and memory."""

from __future__ import annotations

# No test touches the real home: Argos (and onnxruntime) read these once, at
# import, and create folders under them. The models folder starts empty.
import atexit
import os
import shutil
import tempfile

_SANDBOX = tempfile.mkdtemp(prefix="toolkit-tests-")
atexit.register(shutil.rmtree, _SANDBOX, True)
for _variable, _folder in {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "ARGOS_PACKAGES_DIR": "argos-packages",
    "TOOLKIT_MODELS_DIR": "models",
}.items():
    os.environ[_variable] = os.path.join(_SANDBOX, _folder)
os.environ["ARGOS_INTRA_THREADS"] = "1"  # tiny models: more threads only add overhead
# Runs translate in the test's own process, where monkeypatches apply; tests of the worker processes
# (tests/features/test_batch_workers.py) ask for them with jobs=2.
os.environ["TOOLKIT_JOBS"] = "1"

import socket  # noqa: E402
from pathlib import Path  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "article.txt"
SEED_MEMORY = ROOT / "seeds" / "article.tmx"
GLOSSARY_DIR = ROOT / "glossaries"


@pytest.fixture(scope="session")
def glossary():
    from toolkit.glossary.load import load_glossary

    return load_glossary([GLOSSARY_DIR])


@pytest.fixture(scope="session")
def desk_glossary(tmp_path_factory):
    """A glossary of a few places and no people, firms, bodies or clubs, so those of the suggest tests' desk
    articles are new."""
    from toolkit.glossary.load import load_glossary

    path = tmp_path_factory.mktemp("desk") / "desk.yaml"
    path.write_text(
        "- id: qatar\n  type: place\n  en: {name: Qatar}\n- id: moscow\n  type: place\n  en: {name: Moscow}\n",
        encoding="utf-8",
    )
    return load_glossary([path])


@pytest.fixture(scope="session")
def memory():
    from toolkit.translate.memory import load_memory

    return load_memory([SEED_MEMORY])


@pytest.fixture(scope="session")
def seed_document():
    from toolkit.read import read_document

    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_editions(seed_document, glossary, memory):
    """The seed article in all four languages, as the library API returns them."""
    from toolkit.pipeline import translate_document
    from toolkit.translate.engines import MemoryEngine

    return {
        e.language.code: e
        for e in translate_document(seed_document, ["ar", "fa", "tr", "ru"], glossary, [MemoryEngine(memory)])
    }


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A newsroom folder: the seed article with its memory, and a copy of the glossaries."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "article.txt")
    shutil.copy(SEED_MEMORY, tmp_path / "seeds" / "article.tmx")
    shutil.copytree(GLOSSARY_DIR, tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _own_cache_folder(patch: pytest.MonkeyPatch, folder: Path) -> None:
    patch.setenv("XDG_CACHE_HOME", str(folder))
    patch.setenv("TOOLKIT_CACHE_DIR", str(folder / "toolkit"))


@pytest.fixture(scope="module", autouse=True)
def _module_cache_folder(tmp_path_factory):
    """Each test module's fixtures start with an empty cache folder (translations, provisional names, parsed
    glossaries): no module depends on what another left there."""
    with pytest.MonkeyPatch.context() as patch:
        _own_cache_folder(patch, tmp_path_factory.mktemp("module-cache"))
        yield


@pytest.fixture(autouse=True)
def _test_cache_folder(tmp_path_factory, monkeypatch):
    """Each test starts with an empty cache folder of its own (outside its tmp_path, which some tests list),
    so no test passes or fails because of what an earlier test cached."""
    _own_cache_folder(monkeypatch, tmp_path_factory.mktemp("cache"))


def _block_network(patch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise OSError("a test tried to use the network")

    patch.setattr(socket.socket, "connect", refuse)
    patch.setattr(socket.socket, "connect_ex", refuse)
    patch.setattr(socket, "getaddrinfo", refuse)
    patch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection raises OSError."""
    _block_network(monkeypatch)


@pytest.fixture(scope="session")
def copy_models(tmp_path_factory):
    """Copy-model packages en->ar, fa, tr, ru, built once and installed in a models folder of their own.

    ``archives`` maps each target language to its .argosmodel file;
    ``models_dir`` is the folder they are installed in (not $TOOLKIT_MODELS_DIR,
    which stays empty). The models copy their input: test plumbing, not quality.
    """
    from toolkit.testing.copy_model import build_copy_package
    from toolkit.translate.packages import install

    root = tmp_path_factory.mktemp("copy-models")
    with pytest.MonkeyPatch.context() as patch:
        _block_network(patch)
        archives = {
            code: build_copy_package(root / "archives" / f"translate-en_{code}.argosmodel", "en", code)
            for code in ("ar", "fa", "tr", "ru")
        }
        install(root / "archives", root / "installed")
    return SimpleNamespace(archives=archives, models_dir=root / "installed")


@pytest.fixture
def review(tmp_path, edition):
    """The review DOCX of the test module's ``edition`` (a translated article the module builds) as a python-docx
    Document, as a reviewer's word processor opens it, and ``read(**options)``, which saves it as
    story.ru.review.docx and reads it back as the import does (the reviewer unknown to the file: "login")."""
    import io

    import docx
    from review_files import COPY_MODEL

    from toolkit.interchange.review_docx import read_review_docx
    from toolkit.publish.review import review_docx
    from toolkit.settings import Settings

    built = review_docx(
        edition, Settings(), generator="toolkit 0-test", memory=("news/story.tmx",), copy_model=COPY_MODEL
    )
    document = docx.Document(io.BytesIO(built))

    def read(**options):
        path = tmp_path / "story.ru.review.docx"
        document.save(path)
        return read_review_docx(path, fallback_reviewer="login", **options)

    return document, read


FEATURES = Path(__file__).resolve().parent / "features"


def pytest_collection_modifyitems(config, items):
    """Tests in tests/features/ are end-to-end (marked ``feature``; the fast loop is ``-m "not feature"``);
    tests marked ``argos`` need the optional argostranslate (``pip install '.[argos]'``)."""
    import importlib.util

    for item in items:
        if FEATURES in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.feature)
    if importlib.util.find_spec("argostranslate") is not None:
        return
    skip = pytest.mark.skip(reason="argostranslate is not installed (the optional argos extra)")
    for item in items:
        if "argos" in item.keywords:
            item.add_marker(skip)
