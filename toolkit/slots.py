"""Target text with names as slots: ``"встреча с {mamlouk:short+ins}"``.

A reviewed translation stores every proper name as a slot that says *which*
entry and *which form*: ``short`` (the short rendering) or ``adj`` (the
adjective made from the name: "US forces" -> ``القوات {united-states:adj+f+al}``),
and grammatical tokens, joined by ``+``.
The glossary fills the slot at render time, so an editor's fix to a rendering
reaches every edition without redoing any translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# tokens that choose which of an entry's renderings a slot shows; the others are grammatical forms
_SELECTORS = ("short", "adj")
SLOT = re.compile(r"\{(?P<id>[a-z0-9][a-z0-9-]*)(?::(?P<form>[a-z]+(?:\+[a-z]+)*))?\}")


@dataclass(frozen=True)
class Slot:
    entry_id: str
    short: bool = False
    tokens: tuple[str, ...] = ()
    adjective: bool = False  # the adjective made from the name (American, الأمريكية), not the name itself

    @property
    def code(self) -> str:
        """The slot as written in a template: ``{id}``, ``{id:short+gen}`` or ``{id:adj+f+al}``."""
        form = (["short"] if self.short else []) + (["adj"] if self.adjective else []) + list(self.tokens)
        return "{" + self.entry_id + (":" + "+".join(form) if form else "") + "}"


Part = str | Slot


@dataclass(frozen=True)
class Template:
    """A target segment: text with name slots, in reading order."""

    parts: tuple[Part, ...]

    @classmethod
    def parse(cls, text: str) -> Template:
        parts: list[Part] = []
        position = 0
        for match in SLOT.finditer(text):
            if match.start() > position:
                parts.append(text[position : match.start()])
            tokens = tuple((match.group("form") or "").split("+")) if match.group("form") else ()
            parts.append(Slot(match.group("id"), "short" in tokens, tuple(t for t in tokens if t not in _SELECTORS),
                              adjective="adj" in tokens))
            position = match.end()
        if position < len(text):
            parts.append(text[position:])
        return cls(tuple(parts))

    @property
    def slots(self) -> list[Slot]:
        return [part for part in self.parts if isinstance(part, Slot)]

    @property
    def code(self) -> str:
        return "".join(part.code if isinstance(part, Slot) else part for part in self.parts)
