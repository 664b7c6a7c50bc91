"""The memory as TMX for other tools: names written out, as the editions write them.

Other CAT tools know nothing of slots: to them ``<ph type="x-name">{erdogan:gen}</ph>``
is an opaque tag, so a memory shared with them has every name rendered as
text, in its canonical rendering and the form its slot asks for (Эрдогана,
Erdoğan'ın, بأردوغان), and the locale's typography applied (digits,
quotation marks, Arabic-script punctuation, as in the editions; no direction
marks). Every unit keeps its id, dates, properties and notes. A variant whose
names cannot be rendered (an entry gone from the glossary) is left out and
reported.

Back (:func:`reviewed_from_tmx`): a TMX another tool corrected (this export
edited in a TM editor, or any TMX 1.4 with English sources) comes in as
:class:`~toolkit.translate.reviewed.ReviewedSegment` records for
:func:`~toolkit.translate.reviewed.store_reviewed`, which turns its names
back into slots; another tool's inline codes holding its own markup are read as the formatting they stand
for (:func:`_other_tools_inline`). A TMX records no review file it was made from, so its dates decide: a
variant dated as late as the memory's own or later (or where the memory's
bears no date) is the newer translation and is taken; one dated as the
memory's, or both undated, is its copy, and a correction in it is dated at
the import; one dated earlier than the memory's (the memory was reviewed
since) keeps the memory's; one without a date where the memory's has one is
a conflict, taken only with ``overwrite``. Dates are compared as moments in
UTC (:func:`toolkit.translate.memory.read_tmx_date`); a variant whose date
is no date, or lies in the future, is not taken (taken, a future date would
make every later correction look older than the memory's), and a memory
date that is no date, or in the future, counts as none.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import clipped, quoted, shown_text
from ..files import modified_time
from ..languages import primary_language
from ..localise import FOOTNOTE_MARK_PATTERN
from ..records import dataclass
from ..translate.memory import TmxDocument, read_tmx_date, stamp_of
from ..xmlsafe import XML_LANG, escaped_hidden

# what a record says of a memory translation it cannot name: never the digest of any translation
UNKNOWN_BASE = "?"

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from ..settings import Settings
    from ..slots import Template
    from ..translate.reviewed import NotTaken, ReviewedSegment


@dataclass(frozen=True)
class LeftOut:
    place: str  # "article.tmx#article:2.1"
    language: str
    reason: str

    def __str__(self) -> str:
        return f"{shown_text(self.place)} ({self.language}): {shown_text(self.reason)}"


def plain_tmx(
    memory_paths: Sequence[Path],
    glossary: Glossary,
    languages: Sequence[str],
    out: BinaryIO,
    *,
    settings: Settings | None = None,
    tool_version: str,
) -> tuple[list[LeftOut], int]:
    """Write the units of ``memory_paths`` to ``out`` as one TMX 1.4 file with names as text: (left out, units
    written). Each unit is written as it is read (:func:`~toolkit.translate.memory.stream_memory_units`), so that
    an export takes the memory of one unit, not of the memory's tree and the file's."""
    from lxml import etree

    from ..document import Piece
    from ..languages import SOURCE_LANGUAGE
    from ..languages import language as language_info
    from ..localise import Localiser
    from ..render import render
    from ..settings import Settings
    from ..translate.memory import _indent, stream_memory_units, unit_target, unit_variant

    settings = settings or Settings()
    localisers = {
        code: replace(Localiser.for_language(language_info(code), settings), direction_marks="none")
        for code in languages
    }
    # the file as TmxDocument writes it: a skeleton whose (empty) <body/> the units fill, one indented line each
    before, _, after = TmxDocument.new("export.tmx", tool_version).to_bytes().partition(b"<body/>")
    out.write(before)
    left_out: list[LeftOut] = []
    written = 0
    for path in memory_paths:
        for source_language, unit in stream_memory_units(Path(path)):
            copied = copy.deepcopy(unit)
            copied.tail = None
            place = f"{Path(path).name}#{clipped(unit.get('tuid') or '?')}"
            for tuv, original in zip(list(copied.findall("tuv")), unit.findall("tuv"), strict=True):
                code = primary_language(tuv.get(XML_LANG) or tuv.get("lang"))
                if code and unit_variant(unit, code) is not original:
                    # another variant of its language (ru and ru-RU): the one lookups take is written
                    copied.remove(tuv)
                    continue
                if "lang" in tuv.attrib:  # TMX 1.1's attribute: 1.4 has xml:lang
                    tuv.set(XML_LANG, tuv.attrib.pop("lang"))
                if code == source_language:
                    # the source variant carries the header's srclang, as TMX 1.4 asks (en-US, *all* -> en)
                    tuv.set(XML_LANG, SOURCE_LANGUAGE)
                    continue
                if code not in localisers:
                    copied.remove(tuv)
                    continue
                template = unit_target(unit, code, path)
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
                _indent(copied, 2)
                out.write(b"<body>" if not written else b"")
                out.write(b"\n    " + escaped_hidden(etree.tostring(copied, encoding="UTF-8", with_tail=False)))
                written += 1
    out.write(b"\n  </body>" if written else b"<body/>")
    out.write(after)
    return left_out, written


def reviewed_from_tmx(
    path: Path,
    memory_path: Path,
    glossary: Glossary,
    reviewer: str | None,
    fallback_reviewer: str,
) -> tuple[list[ReviewedSegment], list[NotTaken], list[str]]:
    """The translations of a corrected TMX file as reviewed segments for the memory at ``memory_path``, the
    variants that cannot be read (see the module docstring), and notes on what the file holds that is not read:
    variants in languages the toolkit does not translate into, units without an English variant. ``reviewer``
    (given) wins over each variant's ``changeid``/``creationid``, which win over ``fallback_reviewer``."""
    from ..errors import UserError
    from ..languages import SOURCE_LANGUAGE, TARGET_LANGUAGES
    from ..read.segmenter import split_sentences
    from ..render import render
    from ..slots import Template
    from ..translate.memory import NAME_PLACEHOLDER, seg_text, seg_to_template
    from ..translate.review_state import UNREVIEWED_FIX, unreviewed_reason
    from ..translate.reviewed import NOT_REVIEWED, NotTaken, ReviewedSegment
    from .inline_codes import InlineCode

    if _same_file(path, memory_path):
        raise UserError(
            "the TMX file to import is the memory itself",
            path=path,
            fix="give the corrected copy (e.g. the file `toolkit memory export --format tmx` wrote)",
        )
    imported = TmxDocument.open(path)
    if imported.source_language != SOURCE_LANGUAGE:
        raise UserError(
            f"the TMX file's source language is {quoted(imported.source_language)}, not English",
            path=path,
            fix="the toolkit's memories hold English sources; export the memory from your tool with English as source",
        )
    memory = TmxDocument.open(memory_path) if memory_path.is_file() else None
    now = datetime.now(timezone.utc).replace(microsecond=0)
    try:
        modified = modified_time(path)
    except OSError:
        modified = datetime.now(timezone.utc)
    records: list[ReviewedSegment] = []
    moments: list[datetime | None] = []  # each record's date as the file gives it (None: undated)
    refused: list[NotTaken] = []
    other_languages: dict[str, int] = {}  # language tag as written -> variants
    without_english: list[str] = []  # the units' places
    header = imported.root.find("header")
    for number, unit in enumerate(imported.units(), 1):
        unit_id = unit.get("tuid") or f"{path.stem}:{number}"
        english = imported.variant(unit, imported.source_language)
        if english is None or english.find("seg") is None:
            without_english.append(f"{clipped(unit.get('tuid') or '#' + str(number))} (line {unit.sourceline})")
            continue
        source = seg_text(english.find("seg"))
        sentences = len(split_sentences(" ".join(source.split())))
        if sentences > 1 and (
            not _ENDS_A_SENTENCE.search(source.rstrip()) or (memory is not None and memory.unit_for(source) is not None)
        ):
            # a title or heading is one segment whatever its sentences ("Oil Falls. Markets Rally", written without
            # a final full stop), looked up whole; and so is what the memory holds already (from a review file)
            sentences = 1
        segtype = unit.get("segtype") or (header.get("segtype") if header is not None else None)
        for tuv in unit.findall("tuv"):
            tag = (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()
            code = primary_language(tag)
            place = f"{path.name} tu {clipped(unit.get('tuid') or '#' + str(number))} (line {tuv.sourceline})"
            if not tag:
                refused.append(
                    NotTaken(
                        place,
                        "?",
                        "the variant has no language (xml:lang)",
                        'give the <tuv> its language, e.g. xml:lang="ru-RU", or export it again from your tool',
                    )
                )
                continue
            if code == imported.source_language:
                continue
            if code not in TARGET_LANGUAGES:
                other_languages[tag] = other_languages.get(tag, 0) + 1
                continue
            if sentences > 1:
                refused.append(
                    NotTaken(
                        place,
                        code,
                        f"its English holds {sentences} sentences"
                        + (f" (segtype {segtype!r})" if segtype and segtype != "sentence" else "")
                        + ": a run looks the article up one sentence at a time, so this unit would never be used",
                        "segment the memory by sentence in your tool and export it again, or correct the sentences "
                        "in a review edition",
                    )
                )
                continue
            unreviewed = unreviewed_reason(tuv, unit, header)
            if unreviewed is not None:
                refused.append(NotTaken(place, code, f"{NOT_REVIEWED}: {unreviewed}", UNREVIEWED_FIX))
                continue
            seg = tuv.find("seg")
            formatting = shown = tags = None
            try:
                template = seg_to_template(seg, path, unit_id) if seg is not None else None
                if template is not None and not template.tags and _has_codes(english.find("seg")):
                    # a plain translation of an English with formatting: what the translation lost of it is
                    # checked as for a variant with codes of its own
                    with suppress(InlineCode):  # a code of the toolkit's own (a name's slot): read as before
                        _, formatting, shown, tags = _other_tools_seg(seg, english.find("seg"))
            except UserError as error:
                # another tool's inline codes hold its own markup (<bpt type="bold">&lt;b&gt;</bpt>): read as
                # the formatting they stand for where they stand for any the toolkit stores
                try:
                    text, formatting, shown, tags = _other_tools_seg(seg, english.find("seg"))
                except InlineCode as problem:
                    refused.append(
                        NotTaken(
                            place,
                            code,
                            f"translation unit {quoted(unit_id)}: {problem}",
                            "take the code out in your tool (or write the translation as plain text), then import "
                            "again",
                        )
                    )
                    continue
                if any(isinstance(child.tag, str) and child.get("type") == NAME_PLACEHOLDER for child in seg):
                    refused.append(NotTaken(place, code, error.message, "write the translation as plain text"))
                    continue
                template = Template((text,))
            if template is None:
                refused.append(NotTaken(place, code, "the variant has no <seg>", "give each <tuv> its <seg>"))
                continue
            pieces, _, problems = render(template.without_tags(), glossary, code)
            if any(problem.severity == "error" for problem in problems):
                refused.append(NotTaken(place, code, problems[0].message, "fix the glossary, then import again"))
                continue
            stamp = stamp_of(tuv) or stamp_of(unit)
            moment = read_tmx_date(stamp[1]) if stamp else None
            if stamp and moment is None:
                refused.append(
                    NotTaken(
                        place,
                        code,
                        f"its date {stamp[1][:40]!r} is not a date",
                        "write it as TMX does, YYYYMMDDThhmmssZ in UTC (e.g. 20261126T091400Z), or remove it",
                    )
                )
                continue
            if moment is not None and moment > now + CLOCK_SKEW:
                # taken, it would make every later correction look older than the memory's translation
                refused.append(
                    NotTaken(
                        place,
                        code,
                        f"its date {stamp[1] if stamp else ''} is in the future",
                        "correct the date (TMX dates are in UTC), or remove it",
                    )
                )
                continue
            based_on, edited, same_date = _base(memory, source, code, moment)
            moments.append(moment)
            # a variant dated as the memory's is its copy, edited by a tool that left the date: the correction
            # is dated now, so that the copy as it was, imported again, is older than the memory
            records.append(
                ReviewedSegment(
                    unit_id,
                    source,
                    "".join(piece.text for piece in pieces),
                    code,
                    reviewer or (stamp[0] if stamp and stamp[0] else fallback_reviewer),
                    now if same_date else moment or modified,
                    place,
                    formatting,
                    based_on=based_on,
                    edited=edited,
                    english=shown,
                    english_tags=tags,
                    not_stored=_not_the_englishs(seg, formatting),
                )
            )
    records, notes = _newest_of_repeated(records, moments, path.name)
    if other_languages:
        count = sum(other_languages.values())
        notes.append(
            f"{path.name}: {count} translation{'s' if count != 1 else ''} in "
            f"{', '.join(sorted(other_languages))} not read: the toolkit translates into "
            f"{', '.join(TARGET_LANGUAGES)} (a language code it does not know? write ar, fa, tr or ru, with any "
            "region: ar-SA, fa-IR, tr-TR, ru-RU)"
        )
    if without_english:
        listed = ", ".join(without_english[:5]) + (
            f" and {len(without_english) - 5} more" if len(without_english) > 5 else ""
        )
        notes.append(
            f"{path.name}: {len(without_english)} unit{'s' if len(without_english) != 1 else ''} without an English "
            f"variant not read (tu {listed}): the memory keeps translations by their English"
        )
    return records, refused, notes


def _newest_of_repeated(
    records: list[ReviewedSegment], moments: list[datetime | None], file_name: str
) -> tuple[list[ReviewedSegment], list[str]]:
    """Of the translations a file holds for one English sentence in one language (a tool's duplicates), the one
    dated latest, as a CAT tool's import keeps the most recent translation: the older ones are left out, each
    named in a note with the one taken. Where the latest date is shared or some are undated, which is the
    newer cannot be told: all are kept, and the import takes the first and names the others as not taken."""
    from ..translate.memory import memory_key

    groups: dict[tuple[str, str], list[int]] = {}
    for index, record in enumerate(records):
        groups.setdefault((memory_key(record.source), record.language), []).append(index)
    left_out: set[int] = set()
    notes: list[str] = []
    for indices in groups.values():
        if len({" ".join(records[i].target.split()) for i in indices}) < 2:
            continue  # the same translation repeated: nothing to choose
        dates = [moments[i] for i in indices]
        if any(date is None for date in dates):
            continue
        latest = max(date for date in dates if date is not None)
        newest = [i for i in indices if moments[i] == latest]
        if len(newest) > 1:
            continue
        kept = records[newest[0]]
        for i in indices:
            if i == newest[0] or " ".join(records[i].target.split()) == " ".join(kept.target.split()):
                continue
            left_out.add(i)
            taken = kept.place.removeprefix(f"{file_name} ")  # in the same file: named by its unit
            notes.append(
                f"{records[i].place} ({records[i].language}): not read, as {taken} has a "
                f"newer translation of the same English ({_shown_date(latest)}, this one {_shown_date(moments[i])}); "
                "the most recent is taken, as a CAT tool keeps it"
            )
    return [record for index, record in enumerate(records) if index not in left_out], notes


def _shown_date(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "undated"


# TMX 1.4's types of inline codes (and the toolkit's own), as the toolkit's tag names
_CODE_TYPES = {"bold": "b", "italic": "i", "ulined": "u", "dulined": "u", "x-strike": "s", "link": "a", "lb": "br"}
_CODE_TYPES |= {"x-lb": "br", "x-bold": "b", "x-italic": "i", "x-underline": "u", "x-link": "a"}


def _other_tools_inline(seg) -> tuple[str, list]:
    """The text of another CAT tool's ``<seg>`` and each inline code in it that stands for formatting the toolkit
    stores, as :func:`toolkit.interchange.xliff._inline` gives them: a ``<bpt>``/``<ept>`` pair (paired by
    ``i``, named across source and target by ``x``) or an ``<it>`` of bold, italics, underlining,
    strike-through or a link, and a ``<ph>`` line break, by its TMX ``type`` (bold, italic, ulined, link, lb)
    or the native code it holds (``<b>``, ``<strong>``, ``<em>``, ``<a href="...">``, ``<br/>``); ``<hi>``
    is read as its text. Any other code (a tool's variable ``<ph>{1}</ph>``, ``<ut>``, ``<sub>``) is refused:
    its text could not be kept."""
    from ..slots import CLOSE, OPEN, STANDALONE
    from .inline_codes import InlineCode, Mark, link_address, native_tag

    text: list[str] = []
    marks: list[Mark] = []
    opened: dict[str, tuple[str, str, str]] = {}  # a <bpt>'s i -> its ident, tag name and address
    length = 0

    def add(piece: str) -> None:
        nonlocal length
        text.append(piece)
        length += len(piece)

    def kind_of(child) -> tuple[str | None, str]:
        native = "".join(child.itertext())
        kind = _CODE_TYPES.get((child.get("type") or "").lower()) or native_tag(native)
        return kind, (link_address(native) or "") if kind == "a" else ""

    def refuse(child) -> InlineCode:
        written = "".join(child.itertext()).strip()[:40]
        return InlineCode(
            f"<{child.tag}> holds {written!r}"
            + (f" (type {quoted(child.get('type'))})" if child.get("type") else "")
            + ", which stands for no formatting the toolkit stores"
        )

    def walk(node) -> None:
        add(node.text or "")
        for child in node:
            if not isinstance(child.tag, str):
                add(child.tail or "")
                continue
            pairing = child.get("i") or ""
            ident = child.get("x") or pairing
            opens = child.tag == "bpt" or (child.tag == "it" and child.get("pos") == "begin")
            if child.tag == "hi":
                walk(child)
            elif opens:
                kind, href = kind_of(child)
                if kind is None or kind == "br":
                    raise refuse(child)
                opened[pairing or ident] = (ident, kind, href)
                marks.append(Mark(length, ident, kind, OPEN, href))
            elif child.tag == "ept" or (child.tag == "it" and child.get("pos") == "end"):
                if pairing in opened:
                    ident, kind, href = opened.pop(pairing)
                else:
                    kind, href = kind_of(child)
                    if kind is None or kind == "br":
                        raise refuse(child)
                marks.append(Mark(length, ident, kind, CLOSE, href))
            elif child.tag == "ph" and kind_of(child)[0] == "br":
                marks.append(Mark(length, ident, "br", STANDALONE))
            else:
                raise refuse(child)
            add(child.tail or "")

    walk(seg)
    return "".join(text), marks


def _other_tools_seg(seg, english_seg) -> tuple[str, Template | None, tuple | None, tuple | None]:
    """A variant's ``<seg>`` written by another CAT tool (inline codes holding its native markup, as read by
    :func:`_other_tools_inline`): its text, the formatting it kept of its English's (as the English's tags), the
    English with its formatting, and the tag number of each of its spans (None, None, None where the English
    shows none). Raises :class:`~toolkit.interchange.inline_codes.InlineCode` where a code stands for nothing the
    toolkit stores."""
    from .inline_codes import InlineCode, source_formatting, target_formatting

    text, _ = _other_tools_inline(seg)
    try:
        english, spans, numbers = source_formatting(english_seg, _other_tools_inline)
    except InlineCode:  # the English's own codes say nothing the toolkit stores: its formatting is not read
        return text, None, None, None
    if not spans:
        return text, None, None, None
    tags = {(number, span.format.tag_name) for number, span in spans.items()}
    return (
        text,
        target_formatting(seg, numbers, tags, _other_tools_inline),
        (english, tuple(span for _, span in sorted(spans.items()))),
        tuple(sorted(spans)),
    )


def _has_codes(seg) -> bool:
    return seg is not None and any(isinstance(child.tag, str) for child in seg)


def _not_the_englishs(seg, formatting: Template | None) -> tuple[str, ...]:
    """The formatting a variant's inline codes give its words that is not stored because the English has none
    like it (bold on a word whose English is plain, italics where the English has bold), in a report's words:
    the editions take their formatting from the article's English."""
    from ..formatting import TAG_NAMES, Format, Span
    from ..slots import CLOSE, OPEN, STANDALONE
    from ..translate.formatting import describe
    from .inline_codes import InlineCode

    if not _has_codes(seg):
        return ()
    try:
        text, marks = _other_tools_inline(seg)
    except InlineCode:
        return ()
    kinds = {name: kind for kind, name in TAG_NAMES.items()}
    kept: dict[str, int] = {}  # tag name -> how many of the variant's spans of it were stored
    for tag in formatting.tags if formatting is not None else ():
        if tag.role in (OPEN, STANDALONE):
            kept[tag.name] = kept.get(tag.name, 0) + 1
    found: list[str] = []
    opened: dict[str, tuple[int, str]] = {}
    for mark in marks:
        if mark.role == OPEN:
            opened[mark.ident] = (mark.at, mark.target)
            continue
        if mark.role == CLOSE and mark.ident not in opened:
            continue
        start, target = opened.pop(mark.ident) if mark.role == CLOSE else (mark.at, "")
        if kept.get(mark.name, 0) > 0:
            kept[mark.name] -= 1
            continue
        found.append(describe(Span(start, mark.at, Format(kinds.get(mark.name, mark.name), target)), text))
    return tuple(found)


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.resolve() == other.resolve() or os.path.samefile(path, other)
    except OSError:  # one of them does not exist (yet)
        return False


CLOCK_SKEW = timedelta(days=1)  # a date later than now by more than this is wrong, not a clock a little ahead


# the end of a paragraph's last sentence: its mark, closing quotes or brackets, footnote marks
_ENDS_A_SENTENCE = re.compile(rf"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?:{FOOTNOTE_MARK_PATTERN}){{0,10}}\Z")


def _base(memory: TmxDocument | None, source: str, code: str, when: datetime | None) -> tuple[str | None, bool, bool]:
    """What an imported variant dated ``when`` was made from, as store_reviewed reads it (based_on, edited), and
    whether it is dated as the memory's own translation (both undated included): its copy.

    The memory's translation when the variant is as new or newer, or the memory's bears no date (or one that is
    no date, or in the future); otherwise an unknown one, so that an older variant keeps the memory's translation
    and an undated one that differs from a dated memory translation is a conflict."""
    from ..translate.reviewed import memory_digest

    unit = memory.unit_for(source, code) if memory is not None else None
    variant = memory.variant(unit, code) if memory is not None and unit is not None else None
    if memory is None or variant is None or variant.find("seg") is None:
        return None, True, False
    stamp = stamp_of(variant)
    memory_when = read_tmx_date(stamp[1]) if stamp else None
    current = memory_digest(memory.target(unit, code))
    if memory_when is None or memory_when > datetime.now(timezone.utc) + CLOCK_SKEW:
        return current, True, when is None
    if when is not None and when >= memory_when:
        return current, True, when == memory_when
    return UNKNOWN_BASE, when is None, False
