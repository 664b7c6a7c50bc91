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

A target with inline codes that stand for something other than text (a
placeholder ``<ph/>``, a code that opens or closes elsewhere ``<sc/>``/
``<ec/>``, an annotation marker ``<sm/>``/``<em/>``) is not taken, as the toolkit
cannot tell what they stand for; the text inside ``<pc>`` and ``<mrk>`` is
read as text (their formatting is not stored: the memory unit's is kept), and
``<cp hex="..."/>`` as its character. Another tool's file records nothing of
the memory the translation was made from, so every taken segment counts as a
correction (:func:`toolkit.translate.reviewed.store_reviewed` checks it
against the memory's newer translations as for any such file).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from ..errors import UserError
from ..languages import SOURCE_LANGUAGE, TARGET_LANGUAGES, primary_language
from ..translate.reviewed import NotTaken, ReviewedSegment
from ..xmlsafe import local_name

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
REVIEWED_STATES = frozenset({"reviewed", "final"})
_TEXT_CODES = frozenset({"pc", "mrk"})  # inline elements whose content is the text itself
_OTHER_CODES = frozenset({"ph", "sc", "ec", "sm", "em"})
# the characters of XML 1.0, which a memory (TMX) can hold; <cp> exists to stand for the others
_STORABLE = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _q(name: str) -> str:
    return f"{{{XLIFF2_NS}}}{name}"


class _InlineCode(ValueError):
    pass


def _text(element) -> str:
    """The text of a source or target: ``<pc>``/``<mrk>`` read as their text, ``<cp>`` as its character."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            parts.append(child.tail or "")
            continue
        name = local_name(child)
        if name in _TEXT_CODES:
            parts.append(_text(child))
        elif name == "cp":
            value = child.get("hex") or ""
            try:
                character = chr(int(value, 16))
            except (ValueError, OverflowError):
                raise _InlineCode(f"<cp hex={value!r}> is not a character") from None
            if not _STORABLE.fullmatch(character):  # NUL, a control, a lone surrogate: no XML file can hold it
                raise _InlineCode(f"<cp hex={value!r}> stands for a character a memory cannot hold")
            parts.append(character)
        elif name in _OTHER_CODES:
            raise _InlineCode(
                f"the segment holds an inline code <{name}> (id {child.get('id') or '?'}) the toolkit cannot store"
            )
        else:
            raise _InlineCode(f"the segment holds <{name}>, which is not XLIFF 2.0 inline content")
        parts.append(child.tail or "")
    return "".join(parts)


def is_xliff2(root) -> bool:
    return root.tag == _q("xliff")


def reviewed_segments_2(
    path: Path, root, reviewer: str, date: datetime
) -> tuple[list[ReviewedSegment], list[NotTaken]]:
    """The reviewed and final segments of an XLIFF 2.x document, and those not taken (see the module docstring)."""
    version = root.get("version") or ""
    if not version.startswith("2."):
        raise UserError(
            f"this XLIFF document says version {version or '(none)'!r}, not 2.0 or 2.1",
            path=path,
            fix="export the file from your CAT tool as XLIFF 1.2 or 2.0",
        )
    if primary_language(root.get("srcLang")) != SOURCE_LANGUAGE:
        raise UserError(
            f"the file translates from {root.get('srcLang')!r}, not English"
            if root.get("srcLang") is not None
            else "the file's <xliff> has no srcLang (the language it translates from)",
            path=path,
            line=root.sourceline,
            fix='the toolkit\'s memories hold English sources: the <xliff> element says so with srcLang="en"',
        )
    language = primary_language(root.get("trgLang"))
    if language not in TARGET_LANGUAGES:
        raise UserError(
            f"the file has trgLang {root.get('trgLang')!r}"
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
            for number, segment in enumerate(segments, 1):
                segment_id = unit.get("id") or "?"
                if len(segments) > 1:
                    segment_id += f".{segment.get('id') or number}"
                place = f"{path.name} unit {segment_id} (line {segment.sourceline})"
                state = segment.get("state") or "initial"
                source, target = segment.find(_q("source")), segment.find(_q("target"))
                if source is None:
                    refused.append(NotTaken(place, language, "the segment has no <source>", "export the file again"))
                    continue
                try:
                    english, text = _text(source), (_text(target) if target is not None else "")
                except _InlineCode as problem:
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
                        f"{article}:{segment_id}", " ".join(english.split()), text, language, reviewer, date, place
                    )
                )
    return records, refused
