"""Translation memories for tests, written the way the toolkit edits them (TmxDocument)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

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


def desk_tmx(units: dict[str, dict[str, str]], prefix: str) -> str:
    """A reviewed memory as a desk's CAT tool exports it: one unit per English sentence (ids ``prefix:0``,
    ``prefix:1``...), each with its translations; text is escaped, text with TMX inline tags (<bpt>) kept as markup."""

    def seg(text: str) -> str:
        return f"<seg>{text if '<bpt' in text else escape(text)}</seg>"

    body = "".join(
        f'<tu tuid="{prefix}:{number}"><tuv xml:lang="en">{seg(english)}</tuv>'
        + "".join(f'<tuv xml:lang="{code}">{seg(text)}</tuv>' for code, text in translations.items())
        + "</tu>"
        for number, (english, translations) in enumerate(units.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="desk" creationtoolversion="1"'
        f' segtype="sentence" o-tmf="desk" adminlang="en" srclang="en" datatype="plaintext"/><body>{body}</body></tmx>'
    )
