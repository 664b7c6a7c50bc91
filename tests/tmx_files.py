"""Translation memories for tests, written the way the toolkit edits them (TmxDocument)."""

from __future__ import annotations

from pathlib import Path

from toolkit.slots import Template
from toolkit.translate.memory import TmxDocument


def write_tmx(units: list[tuple[str, str, dict[str, Template]]], path: Path, tool_version: str) -> bytes:
    """Serialise ``(unit id, English, {language: template})`` units as TMX 1.4 bytes."""
    document = TmxDocument.new(path, tool_version)
    for unit_id, source, targets in units:
        unit = document.add_unit(unit_id, source)
        for language, template in targets.items():
            document.set_target(unit, language, template)
    return document.to_bytes()
