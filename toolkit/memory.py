"""Translation memory in TMX 1.4: reviewed translations with names as slots.

Each translation unit holds the English sentence as plain text (the lookup
key) and one ``tuv`` per language whose names are TMX inline placeholders:
``<ph x="1" type="x-name">{erdogan:short+gen}</ph>``. Any TMX tool shows
them as protected codes; this toolkit reads their content as slots.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import UserError
from .slots import Slot, Template

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAME_PLACEHOLDER = "x-name"


def memory_key(text: str) -> str:
    """Sentences match when they differ only in whitespace."""
    return " ".join(text.split())


@dataclass(frozen=True)
class MemoryHit:
    template: Template
    unit_id: str
    path: Path


@dataclass
class TranslationMemory:
    units: dict[str, dict[str, MemoryHit]] = field(default_factory=dict)  # key -> language -> hit
    paths: list[Path] = field(default_factory=list)

    def lookup(self, source: str, language: str) -> MemoryHit | None:
        return self.units.get(memory_key(source), {}).get(language)

    def __len__(self) -> int:
        return len(self.units)


def _seg_to_template(seg: ET.Element, path: Path, unit_id: str) -> Template:
    text = [seg.text or ""]
    for child in seg:
        if child.tag != "ph" or child.get("type") != NAME_PLACEHOLDER:
            raise UserError(f"translation unit {unit_id!r}: unsupported inline element <{child.tag}>",
                            path=path, fix='names are <ph type="x-name">{id:form}</ph>; other markup is not supported')
        slot = Template.parse(child.text or "").slots
        if len(slot) != 1 or slot[0].code != (child.text or "").strip():
            raise UserError(f"translation unit {unit_id!r}: bad name placeholder {child.text!r}", path=path,
                            fix="write it as {entry-id} or {entry-id:form}")
        text.append(slot[0].code)
        text.append(child.tail or "")
    return Template.parse("".join(text))


MAX_MEMORY_BYTES = 256 * 1024**2  # a newsroom's memory of 100,000 units is about 60 MB


def read_tmx(path: Path, memory: TranslationMemory | None = None) -> TranslationMemory:
    from .files import read_bytes

    memory = memory if memory is not None else TranslationMemory()
    if not Path(path).exists() and not Path(path).is_symlink():
        raise UserError("translation memory not found", path=path)
    data = read_bytes(Path(path), MAX_MEMORY_BYTES, "translation memory")  # a regular file: a FIFO would hang
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise UserError(f"not a valid TMX file: {error.msg if hasattr(error, 'msg') else error}",
                        path=path, line=line, column=column + 1, fix="repair the XML at this place") from None
    if root.tag != "tmx":
        raise UserError(f"root element is <{root.tag}>, not <tmx>", path=path)
    source_language = (root.find("header").get("srclang") if root.find("header") is not None else "en") or "en"
    for number, unit in enumerate(root.iter("tu"), 1):
        unit_id = unit.get("tuid") or f"#{number}"
        variants = {}
        for tuv in unit.findall("tuv"):
            language = (tuv.get(XML_LANG) or tuv.get("lang") or "").split("-")[0].lower()
            seg = tuv.find("seg")
            if language and seg is not None:
                variants[language] = seg
        if source_language not in variants:
            continue
        key = memory_key("".join(variants[source_language].itertext()))
        hits = memory.units.setdefault(key, {})
        for language, seg in variants.items():
            if language != source_language:
                hits[language] = MemoryHit(_seg_to_template(seg, path, unit_id), unit_id, path)
    memory.paths.append(path)
    return memory


def load_memory(paths: Iterable[Path | str]) -> TranslationMemory:
    memory = TranslationMemory()
    for path in paths:
        read_tmx(Path(path), memory)
    return memory


def write_tmx(units: list[tuple[str, str, dict[str, Template]]], path: Path, tool_version: str) -> bytes:
    """Serialise ``(unit id, English, {language: template})`` units as TMX 1.4 bytes."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "toolkit", "creationtoolversion": tool_version, "segtype": "sentence",
        "o-tmf": "toolkit", "adminlang": "en", "srclang": "en", "datatype": "plaintext",
    })
    body = ET.SubElement(root, "body")
    for unit_id, source, targets in units:
        unit = ET.SubElement(body, "tu", tuid=unit_id)
        tuv = ET.SubElement(unit, "tuv", {XML_LANG: "en"})
        ET.SubElement(tuv, "seg").text = source
        for language, template in targets.items():
            tuv = ET.SubElement(unit, "tuv", {XML_LANG: language})
            seg = ET.SubElement(tuv, "seg")
            last: ET.Element | None = None
            number = 0
            for part in template.parts:
                if isinstance(part, Slot):
                    number += 1
                    last = ET.SubElement(seg, "ph", x=str(number), type=NAME_PLACEHOLDER)
                    last.text = part.code
                elif last is None:
                    seg.text = (seg.text or "") + part
                else:
                    last.tail = (last.tail or "") + part
    _indent_structure(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _indent_structure(element: ET.Element, level: int = 0) -> None:
    """Pretty-print the TMX skeleton, never touching text inside <seg>."""
    if element.tag == "seg" or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent_structure(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level
