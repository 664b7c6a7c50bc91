"""Where target segments come from: one small protocol for every source.

An engine takes a batch of source sentences and one target language and
returns, for each, a :class:`Translation` (a template with name slots) or
``None`` when it has nothing. The pipeline asks engines in order (memory
first) and only passes on what is still missing, so a slow machine-translation
engine sees only the sentences the memory lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from .memory import TranslationMemory
from .slots import Template


@dataclass(frozen=True)
class Translation:
    template: Template
    origin: str  # "memory" or an engine name
    reference: str  # where exactly: the TMX file and unit id, the model, ...
    problems: tuple = ()  # what the engine noticed (a truncated output, a name it could not place)


class Engine(Protocol):
    name: str

    def translate(self, sources: Sequence[str], language: str) -> list[Translation | None]:
        """Translate a batch of English sentences into ``language``."""


class MemoryEngine:
    """Reviewed translations from translation memory (TMX)."""

    name = "memory"

    def __init__(self, memory: TranslationMemory):
        self.memory = memory

    def translate(self, sources: Sequence[str], language: str) -> list[Translation | None]:
        results: list[Translation | None] = []
        for source in sources:
            hit = self.memory.lookup(source, language)
            results.append(
                Translation(hit.template, "memory", f"{hit.path.name}#{hit.unit_id}") if hit else None
            )
        return results
