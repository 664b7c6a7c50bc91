"""The memory as TMX for other tools: names written out, as the editions write them.

Other CAT tools know nothing of slots: to them ``<ph type="x-name">{erdogan:gen}</ph>``
is an opaque tag, so a memory shared with them has every name rendered as
text, in its canonical rendering and the form its slot asks for (Эрдогана,
Erdoğan'ın, بأردوغان), and the locale's typography applied (digits,
quotation marks, Arabic-script punctuation, as in the editions; no direction
marks). Every unit keeps its id, dates, properties and notes. A variant whose
names cannot be rendered (an entry gone from the glossary) is left out and
reported.

The export is one way: read back, the names would be text, not slots. To
bring translations from another tool in, review them as XLIFF
(:mod:`.xliff`), which turns names back into slots.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..languages import primary_language
from ..translate.memory import TmxDocument
from ..xmlsafe import XML_LANG

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..settings import Settings


@dataclass(frozen=True)
class LeftOut:
    place: str  # "article.tmx#article:2.1"
    language: str
    reason: str

    def __str__(self) -> str:
        return f"{self.place} ({self.language}): {self.reason}"


def plain_tmx(
    memory_paths: Sequence[Path],
    glossary: Glossary,
    languages: Sequence[str],
    *,
    settings: Settings | None = None,
    tool_version: str,
) -> tuple[bytes, list[LeftOut], int]:
    """The units of ``memory_paths`` as one TMX 1.4 file with names as text: (bytes, left out, units written)."""
    from ..document import Piece
    from ..languages import language as language_info
    from ..localise import Localiser
    from ..render import render
    from ..settings import Settings

    settings = settings or Settings()
    localisers = {
        code: replace(Localiser.for_language(language_info(code), settings), direction_marks="none")
        for code in languages
    }
    output = TmxDocument.new("export.tmx", tool_version)
    left_out: list[LeftOut] = []
    written = 0
    for path in memory_paths:
        source = TmxDocument.open(Path(path))
        for unit in source.units():
            copied = copy.deepcopy(unit)
            copied.tail = None
            place = f"{Path(path).name}#{unit.get('tuid') or '?'}"
            for tuv in list(copied.findall("tuv")):
                code = primary_language(tuv.get(XML_LANG) or tuv.get("lang"))
                if code == source.source_language:
                    continue
                if code not in localisers:
                    copied.remove(tuv)
                    continue
                template = source.target(unit, code)
                pieces, _, problems = render(template, glossary, code) if template is not None else ([], [], [])
                errors = [problem for problem in problems if problem.severity == "error"]
                if template is None or errors:
                    left_out.append(LeftOut(place, code, errors[0].message if errors else "no <seg>"))
                    copied.remove(tuv)
                    continue
                seg = tuv.find("seg")
                for child in list(seg):
                    seg.remove(child)
                seg.text = "".join(p.text for p in localisers[code].localise([Piece(p.text) for p in pieces]))
            if len(copied.findall("tuv")) > 1:
                for element in copied.iter():
                    element.tail = None
                    if element.tag != "seg" and len(element):
                        element.text = None
                output.append_unit(copied)
                written += 1
    return output.to_bytes(), left_out, written
