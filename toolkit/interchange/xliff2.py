"""XLIFF 2.0 and 2.1 back from a CAT tool: the segments a reviewer marked reviewed or final, for the memory.

The toolkit exports XLIFF 1.2 (:mod:`toolkit.interchange.xliff`), which
desktop tools read best; some tools save or export 2.x, and a desk may get
such a file back. Each ``<segment>`` of a ``<unit>`` is a sentence. XLIFF 2.0
gives a segment one of four states, and only two of them say a person
reviewed the translation:

- ``reviewed`` and ``final``: taken;
- ``translated``: not taken (translated, not yet reviewed: review it and mark
  it reviewed or final);
- ``initial``, or no state (the specification's default): not taken.

Formatting is kept as from XLIFF 1.2 (:func:`_inline`): a ``<pc>`` or an
``<sc>``/``<ec>`` pair that stands for bold, italics, underlining,
strike-through or a link, and a ``<ph>`` line break, by subType, type, the
Format Style module's ``fs:fs`` or the original code its dataRef points to,
are stored on the words they cover. ``<mrk>`` and a ``<pc>`` of other
formatting are read as their text, ``<cp hex="..."/>`` as its character. A
target with inline codes that stand for something else (a placeholder
``<ph/>``, an ``<sc/>``/``<ec/>`` of a tool's variable, an annotation marker
``<sm/>``/``<em/>``) is not taken, as the toolkit cannot tell what they stand
for. Another tool's file records nothing of
the memory the translation was made from, so every taken segment counts as a
correction (:func:`toolkit.translate.reviewed.store_reviewed` checks it
against the memory's newer translations as for any such file).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial
from pathlib import Path

from ..errors import UserError, clipped, quoted
from ..languages import SOURCE_LANGUAGE, TARGET_LANGUAGES, primary_language
from ..slots import CLOSE, OPEN, STANDALONE
from ..translate.reviewed import NotTaken, ReviewedSegment
from ..xmlsafe import local_name
from .inline_codes import (
    InlineCode,
    Mark,
    link_address,
    native_tag,
    source_formatting,
    target_formatting,
)

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
REVIEWED_STATES = frozenset({"reviewed", "final"})
_TEXT_CODES = frozenset({"pc", "mrk"})  # inline elements around text: their text is kept
_OTHER_CODES = frozenset({"sm", "em"})  # annotation markers: what they stand for cannot be told
# the characters of XML 1.0, which a memory (TMX) can hold; <cp> exists to stand for the others
_STORABLE = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _q(name: str) -> str:
    return f"{{{XLIFF2_NS}}}{name}"


# XLIFF 2's own formatting: a <pc>, <sc>/<ec> or <ph> of type "fmt" names it by subType, a link by type
_SUBTYPES = {"xlf:b": "b", "xlf:i": "i", "xlf:u": "u", "xlf:lb": "br"}
_FS = "{urn:oasis:names:tc:xliff:fs:2.0}"  # the Format Style module: fs:fs="strong", fs:subFs="href,https:..."
_FS_NAMES = {"strong": "b", "b": "b", "em": "i", "i": "i", "u": "u", "ins": "u", "s": "s", "strike": "s"}
_FS_NAMES |= {"del": "s", "a": "a", "br": "br"}


def _kind(element, data: dict[str, str]) -> tuple[str | None, str]:
    """What a <pc>, <sc>, <ec> or <ph> stands for, as the toolkit's tag name (None: nothing it stores), and a
    link's address: by its subType (xlf:b, xlf:i, xlf:u, xlf:lb) or type (link), by the Format Style its fs:fs
    names, else by the original code its dataRef (dataRefStart) points to (<b>, <em>, <a href="...">, <br/>)."""
    native = data.get(element.get("dataRefStart") or element.get("dataRef") or "", "")
    style = (element.get(f"{_FS}fs") or "").lower()
    name = _SUBTYPES.get((element.get("subType") or "").lower()) or _FS_NAMES.get(style)
    if name is None and (element.get("type") or "").lower() == "link":
        name = "a"
    if name is None and native:
        name = native_tag(native)
    href = ""
    if name == "a":
        given = link_address(native)
        if given is not None:
            href = given
        else:  # fs:subFs="href,https://example.org/s" (a comma inside a value is written \,)
            pairs = re.split(r"(?<!\\),", element.get(f"{_FS}subFs") or "")
            for key, value in zip(pairs[::2], pairs[1::2]):
                if key.strip().lower() == "href":
                    href = value.replace("\\,", ",").replace("\\\\", "\\")
    return name, href


def _inline(element, data: dict[str, str] | None = None) -> tuple[str, list[Mark]]:
    """The text of a source or target and each inline element in it that stands for formatting the toolkit
    stores (as :func:`toolkit.interchange.xliff._inline` gives them for XLIFF 1.2): a ``<pc>`` or an
    ``<sc>``/``<ec>`` pair of bold, italics, underlining, strike-through or a link, a ``<ph>`` line break
    (:func:`_kind`; ``data`` is the unit's original data by id). ``<mrk>`` and a ``<pc>`` of other formatting
    are read as their text, ``<cp>`` as its character; any other code is refused (:class:`InlineCode`)."""
    data = data or {}
    text: list[str] = []
    marks: list[Mark] = []
    opened: dict[str, tuple[str, str]] = {}  # an <sc>'s id -> its tag name and address
    length = 0

    def add(piece: str) -> None:
        nonlocal length
        text.append(piece)
        length += len(piece)

    def refuse(child) -> InlineCode:
        name = local_name(child)
        return InlineCode(
            f"the segment holds an inline code <{name}> (id {child.get('id') or child.get('startRef') or '?'}) "
            "the toolkit cannot store"
        )

    def walk(node) -> None:
        add(node.text or "")
        for child in node:
            if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
                add(child.tail or "")
                continue
            name, ident = local_name(child), child.get("id") or ""
            if name in _TEXT_CODES:
                kind, href = _kind(child, data) if name == "pc" else (None, "")
                if kind == "br":
                    kind = None
                if kind is not None:
                    marks.append(Mark(length, ident, kind, OPEN, href))
                walk(child)
                if kind is not None:
                    marks.append(Mark(length, ident, kind, CLOSE, href))
            elif name == "cp":
                value = child.get("hex") or ""
                try:
                    character = chr(int(value, 16))
                except (ValueError, OverflowError):
                    raise InlineCode(f"<cp hex={quoted(value)}> is not a character") from None
                if not _STORABLE.fullmatch(character):  # NUL, a control, a lone surrogate: no XML file can hold it
                    raise InlineCode(f"<cp hex={value!r}> stands for a character a memory cannot hold")
                add(character)
            elif name == "ph":
                kind, _ = _kind(child, data)
                if kind != "br":
                    raise refuse(child)
                marks.append(Mark(length, ident, "br", STANDALONE))
                add(" ")
            elif name == "sc":
                kind, href = _kind(child, data)
                if kind is None or kind == "br":
                    raise refuse(child)
                opened[ident] = (kind, href)
                marks.append(Mark(length, ident, kind, OPEN, href))
            elif name == "ec":
                key = child.get("startRef") or ident
                if key in opened:
                    kind, href = opened.pop(key)
                else:  # an isolated closing (its opening in another segment): its own kind, else nothing to close
                    kind, href = _kind(child, data)
                    if kind is None or kind == "br":
                        raise refuse(child)
                marks.append(Mark(length, key, kind, CLOSE, href))
            elif name in _OTHER_CODES:
                raise refuse(child)
            else:
                raise InlineCode(f"the segment holds <{name}>, which is not XLIFF 2.0 inline content")
            add(child.tail or "")

    walk(element)
    return "".join(text), marks


def _text(element, data: dict[str, str] | None = None) -> str:
    """The text of a source or target (:func:`_inline`)."""
    return _inline(element, data)[0]


def is_xliff2(root) -> bool:
    return root.tag == _q("xliff")


def reviewed_segments_2(
    path: Path, root, reviewer: str, date: datetime
) -> tuple[list[ReviewedSegment], list[NotTaken]]:
    """The reviewed and final segments of an XLIFF 2.x document, and those not taken (see the module docstring)."""
    version = root.get("version") or ""
    if not version.startswith("2."):
        raise UserError(
            f"this XLIFF document says version {quoted(version or '(none)')}, not 2.0 or 2.1",
            path=path,
            fix="export the file from your CAT tool as XLIFF 1.2 or 2.0",
        )
    if primary_language(root.get("srcLang")) != SOURCE_LANGUAGE:
        raise UserError(
            f"the file translates from {quoted(root.get('srcLang'))}, not English"
            if root.get("srcLang") is not None
            else "the file's <xliff> has no srcLang (the language it translates from)",
            path=path,
            line=root.sourceline,
            fix='the toolkit\'s memories hold English sources: the <xliff> element says so with srcLang="en"',
        )
    language = primary_language(root.get("trgLang"))
    if language not in TARGET_LANGUAGES:
        raise UserError(
            f"the file has trgLang {quoted(root.get('trgLang'))}"
            if root.get("trgLang") is not None
            else "the file's <xliff> has no trgLang (the language it translates into)",
            path=path,
            line=root.sourceline,
            fix=f"the toolkit translates into {', '.join(TARGET_LANGUAGES)}: the <xliff> element names one, "
            'as trgLang="ru"',
        )
    records: list[ReviewedSegment] = []
    refused: list[NotTaken] = []
    files = root.findall(_q("file"))
    if not files:
        raise UserError("the XLIFF file has no <file>", path=path, fix="give a complete XLIFF 2.0 file")
    for file in files:
        article = Path(file.get("original") or file.get("id") or path.stem).stem.split(".")[0]
        for unit in file.iter(_q("unit")):
            if unit.get("translate") == "no":
                continue
            segments = unit.findall(_q("segment"))
            data = {
                item.get("id") or "": "".join(item.itertext())
                for original in unit.findall(_q("originalData"))
                for item in original.findall(_q("data"))
            }
            for number, segment in enumerate(segments, 1):
                segment_id = unit.get("id") or "?"
                if len(segments) > 1:
                    segment_id += f".{segment.get('id') or number}"
                place = f"{path.name} unit {clipped(segment_id)} (line {segment.sourceline})"
                state = segment.get("state") or "initial"
                source, target = segment.find(_q("source")), segment.find(_q("target"))
                if source is None:
                    refused.append(NotTaken(place, language, "the segment has no <source>", "export the file again"))
                    continue
                read = partial(_inline, data=data)
                try:
                    english, spans, numbers = source_formatting(source, read)
                    text = _text(target, data) if target is not None else ""
                    source_tags = {(number, span.format.tag_name) for number, span in spans.items()}
                    formatting = (
                        target_formatting(target, numbers, source_tags, read) if spans and target is not None else None
                    )
                except InlineCode as problem:
                    refused.append(
                        NotTaken(place, language, str(problem), "remove the code in your CAT tool and import again")
                    )
                    continue
                if not text.strip():
                    refused.append(
                        NotTaken(
                            place,
                            language,
                            "the target is empty",
                            "translate the segment, or leave it: it is simply not stored",
                        )
                    )
                    continue
                if state not in REVIEWED_STATES:
                    refused.append(
                        NotTaken(
                            place,
                            language,
                            f"not reviewed: the segment's state is '{state}' (only 'reviewed' and 'final' are taken)",
                            "review the segment in your CAT tool and set its state to reviewed or final, then import "
                            "again",
                        )
                    )
                    continue
                records.append(
                    ReviewedSegment(
                        f"{article}:{segment_id}",
                        english if spans else " ".join(english.split()),
                        text,
                        language,
                        reviewer,
                        date,
                        place,
                        formatting,
                        english=(english, tuple(span for _, span in sorted(spans.items()))) if spans else None,
                        english_tags=tuple(sorted(spans)) if spans else None,
                    )
                )
    return records, refused
