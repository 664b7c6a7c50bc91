"""Shared fixtures: the project's own seed article, glossary and memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "article.txt"
SEED_MEMORY = ROOT / "seeds" / "article.tmx"
GLOSSARY_DIR = ROOT / "glossaries"


@pytest.fixture(scope="session")
def glossary():
    from toolkit.glossary import load_glossary

    return load_glossary([GLOSSARY_DIR])


@pytest.fixture(scope="session")
def memory():
    from toolkit.memory import load_memory

    return load_memory([SEED_MEMORY])


@pytest.fixture(scope="session")
def seed_document():
    from toolkit.reader import read_document

    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_editions(seed_document, glossary, memory):
    """The seed article in all four languages, as the library API returns them."""
    from toolkit.engines import MemoryEngine
    from toolkit.pipeline import translate_document

    return {e.language.code: e for e in translate_document(
        seed_document, ["ar", "fa", "tr", "ru"], glossary, [MemoryEngine(memory)])}


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A newsroom folder: the seed article with its memory, and a copy of the glossaries."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "article.txt")
    shutil.copy(SEED_MEMORY, tmp_path / "seeds" / "article.tmx")
    shutil.copytree(GLOSSARY_DIR, tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    return tmp_path
