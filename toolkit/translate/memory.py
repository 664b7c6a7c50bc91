"""Translation memory in TMX 1.4: reviewed translations with names as slots.

Each translation unit holds the English sentence as plain text (the lookup
key) and one ``tuv`` per language whose names are TMX inline placeholders:
``<ph x="1" type="x-name">{erdogan:short+gen}</ph>``. Any TMX tool shows
them as protected codes; this toolkit reads their content as slots.

Formatting travels as TMX 1.4 inline codes holding the template's tags
(:mod:`toolkit.slots`): a paired format is ``<bpt i="1" x="2" type="bold">{#b2}</bpt>``
... ``<ept i="1">{/b2}</ept>`` (``type`` bold, italic, ulined, x-strike or
link; ``i`` pairs them inside the segment; ``x`` is the number of the source's
formatting span), inline code is ``<ph x="3" type="x-code">{#code3/}</ph>``
and a line break ``<ph x="4" type="lb">{#br4/}</ph>``. The English variant may
carry the same codes; the lookup key is its text without them. A link's
address and a code's text are never stored: they come from the article each
time (:mod:`toolkit.translate.formatting`).

Reading (:func:`load_memory`) gives a :class:`TranslationMemory` for lookups;
exact matches are a dictionary lookup; fuzzy ones go through the word index
:mod:`toolkit.translate.fuzzy` builds on first use. Changing a memory file goes through
:class:`TmxDocument`, which edits the parsed file in place, so every unit,
id, property and note it does not touch is written back as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..languages import SOURCE_LANGUAGE, primary_language
from ..memo import per_text
from ..patterns import LazyPattern
from ..records import dataclass
from ..slots import CLOSE, OPEN, STANDALONE, TAG, Slot, Tag, Template
from ..xmlsafe import XML_LANG, read_xml

NAME_PLACEHOLDER = "x-name"
MAX_MEMORY_BYTES = 256 * 1024**2  # a newsroom's memory of 100,000 units is about 60 MB
# a memory's whole tree is held while it is read (and changed in place on import): about 3 KB a unit, so at this
# many units reading peaks at about 350 MB (an export streams, one unit at a time, in flat memory); the byte bound
# alone would let a million short units (3 GB) in
MAX_MEMORY_UNITS = 100_000


def _memory_units() -> tuple[tuple[str, ...], int, str]:
    return ("tu",), MAX_MEMORY_UNITS, "translation units"


# the bidi embeddings and overrides (and their end): an override shows what follows in reverse, so a translation
# holding one reads otherwise than it is written, in every edition and report; no translation needs them (isolates,
# marks and joiners, which right-to-left and Persian text use, are kept)
_REORDERING = re.compile("[\u202a-\u202e]")
MAX_SEGMENT_CHARS = 10_000  # a unit holds a sentence (a long one is 500): longer is a file gone wrong
ORIGIN_PROP = "x-toolkit-origin"  # on a tuv the toolkit stored: the reviewed file and segment it came from


@per_text  # a run asks again for each language's lookup, the engine's check, the search for another split
def memory_key(text: str) -> str:
    """Sentences match exactly when they differ only in whitespace, or in the invisible characters and bidi
    controls an article's reader removes (a soft hyphen or a zero-width space another tool's export kept)."""
    from ..read.characters import INVISIBLE

    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    return " ".join(text.split())


def tmx_date(moment: datetime) -> str:
    """A TMX date: ISO 8601 basic format in UTC, ``20200120T143000Z`` (:func:`read_tmx_date` reads one back)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


_TMX_DATE = LazyPattern(r"(\d{4})-?(\d\d)-?(\d\d)(?:T(\d\d):?(\d\d)(?::?(\d\d))?)?(Z|[+-]\d\d(?::?\d\d)?)?", re.ASCII)


def read_tmx_date(text: str | None) -> datetime | None:
    """A TMX date as a moment in UTC, or None when it is no date.

    TMX writes ``YYYYMMDDThhmmssZ`` (UTC). Tools also write it without the
    ``Z`` (read as UTC, as TMX means), with an offset (``+0200``), in ISO
    8601's extended form (``2026-11-26T09:14:00+02:00``) or as a day only
    (its first moment)."""
    found = _TMX_DATE.fullmatch(text.strip()) if text and len(text) <= 40 else None
    if found is None:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    offset = timedelta()
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        if offset > timedelta(hours=14):
            return None
        offset = -offset if zone[0] == "-" else offset
    try:
        local = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        return (local - offset).replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError):  # year 0, the 13th month, Feb 30, the 25th hour; past year 9999 in UTC
        return None


@dataclass(frozen=True)
class MemoryHit:
    template: Template
    unit_id: str
    path: Path
    # how messages name the file: its name, or more of its path where another memory read with it has that name
    label: str = field(default="", compare=False)
    # the formatting the unit's English carries, as the words it covers (formatting.english_spans): what the
    # translation's tags stand for, where the article formats the sentence otherwise
    english: tuple[tuple[int, str, str, str], ...] = field(default=(), compare=False)

    @property
    def reference(self) -> str:
        """The unit as messages and reports name it: ``article.tmx#article:2.1`` (``news/desk.tmx#...`` where
        two memories of the run have the same file name)."""
        return f"{self.label or self.path.name}#{self.unit_id}"


def memory_labels(paths: Sequence[Path]) -> dict[Path, str]:
    """How messages name each of ``paths``: the file name, or where several have the same name, as many of
    its last folders as tell it from the others (``news/desk.tmx``, ``archive/desk.tmx``), else the path."""
    full = {path: path.absolute().parts for path in paths}
    labels: dict[Path, str] = {}
    for path in paths:
        others = [full[other] for other in paths if other.name == path.name and full[other] != full[path]]
        depth = 1
        while others and depth < len(full[path]) and any(other[-depth:] == full[path][-depth:] for other in others):
            depth += 1
        labels[path] = str(Path(*full[path][-depth:])) if others else path.name
    return labels


@dataclass(frozen=True)
class UnreadableUnit:
    """A unit's translation the memory could not read (a malformed placeholder, a pasted paragraph): skipped.

    ``error`` names the file, line, what and how to fix it; a sentence that
    would have used the unit goes to the next engine, marked for an editor.
    """

    unit_id: str
    language: str
    error: UserError


@dataclass(frozen=True)
class UnreviewedVariant:
    """A unit's translation another tool marked as not reviewed (see :mod:`toolkit.translate.review_state`)."""

    path: Path
    unit_id: str
    language: str
    line: int | None
    reason: str
    key: str = ""  # the English as lookups key it

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: translation unit {self.unit_id!r}: {self.reason}"


@dataclass
class TranslationMemory:
    units: dict[str, dict[str, MemoryHit]] = field(default_factory=dict)  # key -> language -> hit
    paths: list[Path] = field(default_factory=list)
    unreadable: dict[str, dict[str, UnreadableUnit]] = field(default_factory=dict)  # key -> language -> skipped
    skipped: list[UnreadableUnit] = field(default_factory=list)  # every unreadable translation, in file order
    # translations another tool marked as not reviewed (a draft, machine output): never used
    unreviewed: list[UnreviewedVariant] = field(default_factory=list)
    _unreviewed_index: tuple[int, dict] | None = field(default=None, repr=False, compare=False)

    def lookup(self, source: str, language: str) -> MemoryHit | None:
        return self.units.get(memory_key(source), {}).get(language)

    def unreviewed_for(self, source: str, language: str) -> UnreviewedVariant | None:
        """The last translation of ``source`` into ``language`` another tool marked as not reviewed, if any."""
        if not self.unreviewed:
            return None
        if self._unreviewed_index is None or self._unreviewed_index[0] != len(self.unreviewed):
            index: dict[tuple[str, str], UnreviewedVariant] = {}
            for variant in self.unreviewed:
                index[(variant.key, variant.language)] = variant
            self._unreviewed_index = (len(self.unreviewed), index)
        return self._unreviewed_index[1].get((memory_key(source), language))

    def unreadable_for(self, source: str, language: str) -> UnreadableUnit | None:
        """The skipped unit that holds ``source``'s translation into ``language``, if one does."""
        return self.unreadable.get(memory_key(source), {}).get(language) if self.unreadable else None

    def __len__(self) -> int:
        """The units with at least one usable translation (the run's log counts these)."""
        return len(self.units)


def _language_of(tuv) -> str:
    return primary_language(tuv.get(XML_LANG) or tuv.get("lang"))


# TMX 1.4 inline-code types of the formatting tags (bpt/ept for paired formats, ph for standalone ones)
TAG_TYPES = {"b": "bold", "i": "italic", "u": "ulined", "s": "x-strike", "a": "link", "code": "x-code", "br": "lb"}
_TAG_OF_TYPE = {kind: name for name, kind in TAG_TYPES.items()}
_INLINE_FIX = (
    'names are <ph type="x-name">{id:form}</ph>; formatting is <bpt>/<ept> (bold, italic, '
    "ulined, x-strike, link) and <ph> (x-code, lb) holding {#b1}, {/b1}, {#code2/}...; "
    "other markup is not supported"
)


def seg_text(seg) -> str:
    """A ``<seg>``'s text without its inline codes (the English of a unit, as lookups key it)."""
    return (seg.text or "") + "".join((child.tail or "") for child in seg)


def _inline_tag(child, path: Path | str, unit_id: str, pairs: dict[str, Tag]) -> Tag:
    """The formatting tag a <bpt>, <ept> or <ph> (x-code, lb) holds; a UserError if it is not one."""
    written = (child.text or "").strip()
    found = TAG.fullmatch(written)
    if found is None:
        raise UserError(
            f"translation unit {unit_id!r}: <{child.tag}> holds {written!r}, not a formatting tag",
            path=path,
            line=child.sourceline,
            fix=_INLINE_FIX,
        )
    tag = Template.parse(written).tags[0]
    expected = {"bpt": OPEN, "ept": CLOSE, "ph": STANDALONE}[child.tag]
    kind = child.get("type")
    if tag.role != expected and not (child.tag == "ph" and tag.name == "a"):
        raise UserError(
            f"translation unit {unit_id!r}: <{child.tag}> holds {written!r}",
            path=path,
            line=child.sourceline,
            fix=_INLINE_FIX,
        )
    if kind is not None and child.tag != "ept" and _TAG_OF_TYPE.get(kind, tag.name) != tag.name:
        raise UserError(
            f"translation unit {unit_id!r}: <{child.tag} type={kind!r}> holds {written!r}",
            path=path,
            line=child.sourceline,
            fix=_INLINE_FIX,
        )
    if child.tag == "bpt":
        pairs[child.get("i") or str(tag.number)] = tag
    elif child.tag == "ept":
        opened = pairs.pop(child.get("i") or str(tag.number), None)
        if opened is None or (opened.name, opened.number) != (tag.name, tag.number):
            raise UserError(
                f"translation unit {unit_id!r}: <ept> {written!r} closes no <bpt> before it",
                path=path,
                line=child.sourceline,
                fix=_INLINE_FIX,
            )
    return tag


def seg_to_template(seg, path: Path | str, unit_id: str) -> Template:
    """A ``<seg>`` as a template: text, each ``<ph type="x-name">`` as its slot, each formatting code as its tag."""
    length = len(seg_text(seg))
    if length > MAX_SEGMENT_CHARS:  # it would be printed whole, as one sentence, in every edition that uses it
        raise UserError(
            f"translation unit {unit_id!r}: a segment of {length:,} characters, more than the "
            f"{MAX_SEGMENT_CHARS:,} a sentence may have",
            path=path,
            line=seg.sourceline,
            fix="check the unit (a paragraph or a file pasted into one segment); a unit holds one sentence",
        )
    reordering = _REORDERING.search(seg_text(seg))
    if reordering is not None:
        from ..read.characters import character_name

        raise UserError(
            f"translation unit {unit_id!r}: the translation holds {character_name(reordering.group())}, a control "
            "that reorders the letters after it as they are shown",
            path=path,
            line=seg.sourceline,
            fix="delete it in the unit's translation (retype the words around it if you cannot see it): the "
            "editions set each language's direction themselves",
        )
    parts: list = [seg.text or ""]
    pairs: dict[str, Tag] = {}
    for child in seg:
        if child.tag == "ph" and child.get("type") == NAME_PLACEHOLDER:
            slot = Template.parse(child.text or "").slots
            if len(slot) != 1 or slot[0].code != (child.text or "").strip():
                raise UserError(
                    f"translation unit {unit_id!r}: bad name placeholder {child.text!r}",
                    path=path,
                    line=child.sourceline,
                    fix="write it as {entry-id} or {entry-id:form}",
                )
            parts.append(slot[0])
        elif child.tag in ("bpt", "ept", "ph"):
            parts.append(_inline_tag(child, path, unit_id, pairs))
        else:
            raise UserError(
                f"translation unit {unit_id!r}: unsupported inline element <{child.tag}>",
                path=path,
                line=child.sourceline,
                fix=_INLINE_FIX,
            )
        parts.append(child.tail or "")
    return Template.joined(parts)  # the segment's text is text: a "{id}" typed in it is no name


def fill_seg(seg, template: Template) -> None:
    """Write a template into an empty ``<seg>``: text, a numbered placeholder per slot, inline codes per tag."""
    from lxml import etree

    last = None
    number = 0
    pairs: dict[int, int] = {}  # span number -> the bpt/ept pair's i
    for part in template.parts:
        if isinstance(part, Slot):
            number += 1
            last = etree.SubElement(seg, "ph", x=str(number), type=NAME_PLACEHOLDER)
            last.text = part.code
        elif isinstance(part, Tag):
            if part.role == OPEN:
                pairs[part.number] = len(pairs) + 1
                last = etree.SubElement(
                    seg, "bpt", i=str(pairs[part.number]), x=str(part.number), type=TAG_TYPES[part.name]
                )
            elif part.role == CLOSE:
                last = etree.SubElement(seg, "ept", i=str(pairs.get(part.number, part.number)))
            else:
                last = etree.SubElement(seg, "ph", x=str(part.number), type=TAG_TYPES[part.name])
            last.text = part.code
        elif last is None:
            seg.text = (seg.text or "") + part
        else:
            last.tail = (last.tail or "") + part


BACKUP_SUFFIX = ".bak"  # the copies kept of a memory the toolkit changed: story.tmx.20261128T091500Z.bak
# How many copies are kept, newest first. Each is a whole memory (a newsroom's is tens of MB: 60 MB for 100,000
# units), and once the memory is replaced a copy is the only name of that version, so each costs its size: five
# cover a day of imports (an editor who imported twice, or who imported into the wrong memory and then fixed it)
# at five times the memory's size at most, rather than a folder that grows with every import.
BACKUPS_KEPT = 5
_STAMP = "%Y%m%dT%H%M%SZ"
_BACKUP_NAME = LazyPattern(r"(.+)\.(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.bak", re.ASCII)


@dataclass(frozen=True)
class Backup:
    """A copy the toolkit kept of a memory as it was before one of its changes."""

    path: Path
    label: str  # how it is chosen: the moment of the change, 20261128T091500Z (-2 for a second in that second)
    changed: datetime | None  # when the change replaced it; None for the one copy older toolkits kept (.tmx.bak)

    @property
    def described(self) -> str:
        """Which version it holds, as messages say it: ``as it was before the change of 2026-11-28 09:15:00 UTC``."""
        if self.changed is None:
            from ..files import modified_time

            saved = modified_time(self.path).strftime("%Y-%m-%d %H:%M UTC")
            return f"as it was before an earlier change (the one copy older versions kept; saved {saved})"
        return f"as it was before the change of {self.changed.strftime('%Y-%m-%d %H:%M:%S UTC')}"


def is_backup_name(name: str) -> bool:
    """Whether a file name is one of the copies the toolkit keeps of a memory (``story.tmx.<date>.bak``, or the
    ``story.tmx.bak`` older versions kept): never read as a memory or named as a file a run did not read."""
    lower = name.lower()
    if lower.endswith(".tmx" + BACKUP_SUFFIX):
        return True
    found = _BACKUP_NAME.fullmatch(name)
    return found is not None and found.group(1).lower().endswith(".tmx")


def backups(path: Path | str) -> list[Backup]:
    """The copies kept of the memory at ``path`` (beside the file a symbolic link points to), newest first; the
    one copy older versions of the toolkit kept (``story.tmx.bak``) last."""
    import os

    real = Path(path).resolve()
    found: list[tuple[tuple[str, int], Backup]] = []
    legacy: list[Backup] = []
    try:
        names = os.listdir(real.parent)
    except OSError:
        return []
    for name in names:
        if name == real.name + BACKUP_SUFFIX:
            if (real.parent / name).is_file():
                legacy.append(Backup(real.parent / name, "bak", None))
            continue
        match = _BACKUP_NAME.fullmatch(name)
        if match is None or match.group(1) != real.name or not (real.parent / name).is_file():
            continue
        moment = datetime.strptime(match.group(2), _STAMP).replace(tzinfo=timezone.utc)
        label = match.group(2) + (f"-{match.group(3)}" if match.group(3) else "")
        found.append(((match.group(2), int(match.group(3) or 1)), Backup(real.parent / name, label, moment)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [backup for _, backup in found] + legacy


def _new_backup_path(real: Path) -> Path:
    """A name for the copy of ``real`` kept now: the moment in UTC, numbered when a copy of that second exists.
    A clock set back since the newest copy was made (by hand, a virtual machine restored) names it after that
    copy's moment, numbered: the copy just made stays the newest, as restore and the pruning of old ones read."""
    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    dated = [backup.label.partition("-") for backup in backups(real) if backup.changed is not None]
    if dated and dated[0][0] > stamp:
        stamp = dated[0][0]
    # after the copies of that second (numbered from the highest kept: one pruned must not free a lower number,
    # which would sort the new copy as the oldest)
    number = max((int(numbered or 1) for moment, _, numbered in dated if moment == stamp), default=0) + 1
    candidate = real.with_name(f"{real.name}.{stamp}{f'-{number}' if number > 1 else ''}{BACKUP_SUFFIX}")
    while candidate.exists():
        number += 1
        candidate = real.with_name(f"{real.name}.{stamp}-{number}{BACKUP_SUFFIX}")
    return candidate


def write_memory(path: Path | str, data: bytes) -> None:
    """Replace the memory at ``path`` (a symbolic link's target) with ``data``, atomically, keeping the file it
    replaces as a dated copy beside it (:func:`backups`; the last :data:`BACKUPS_KEPT`): a file that was read
    whole and valid moments ago, so that a memory damaged later by something else (a sync cut short, a disk
    that filled up while a copy was written, an editor that saved half) still has a good copy to go back to, and
    an editor can take back one import or several (``toolkit memory restore``). A copy is a second name of the
    old file where the file system allows it (no copying), else a copy."""
    import os
    import shutil
    import tempfile

    from ..files import write_atomic

    real = Path(path).resolve()
    if real.is_file():
        temporary = ""
        try:
            backup = _new_backup_path(real)
            descriptor, temporary = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=real.parent)
            os.close(descriptor)
            os.unlink(temporary)
            try:
                os.link(real, temporary)
            except OSError:  # no hard links here (some shares): a copy
                shutil.copy2(real, temporary)
            os.replace(temporary, backup)
            for old in backups(real)[BACKUPS_KEPT:]:
                old.path.unlink(missing_ok=True)
        except OSError:  # the copy is a help, never a reason not to store the import
            if temporary:
                Path(temporary).unlink(missing_ok=True)
    try:
        write_atomic(real, data)
    except UserError as error:  # named as the user gave it, not as the link's target or an absolute path
        if error.path is not None and Path(error.path) == real and not Path(path).is_symlink():
            error.path = Path(path)
        raise


def count_units(path: Path) -> int:
    """The units of a memory file (a UserError when it is not readable XML)."""
    root = read_xml(path, MAX_MEMORY_BYTES, "TMX file", elements=_memory_units())
    return sum(1 for _ in _tmx_root(root, path).iter("tu"))


def read_memory_copy(path: Path) -> tuple[bytes, int]:
    """A memory file's bytes, bounded, and the units they hold, checked as :func:`count_units` checks a file:
    the bytes checked are the bytes returned, so what is written from them is what was checked."""
    from ..files import read_bytes
    from ..xmlsafe import check_element_count, parse_xml

    data = read_bytes(Path(path), MAX_MEMORY_BYTES, "TMX file")
    names, most, noun = _memory_units()
    check_element_count(data, path, "TMX file", names, most, noun)
    root = parse_xml(data, path, "TMX file")
    return data, sum(1 for _ in _tmx_root(root, path).iter("tu"))


def read_memory_xml(path: Path | str):
    """A memory's XML, bounded; a file that is no longer XML (cut short, half saved) is a UserError that names
    the newest readable copy :func:`write_memory` kept, if there is one, and how to go back to it."""
    try:
        return read_xml(Path(path), MAX_MEMORY_BYTES, "TMX file", elements=_memory_units())
    except UserError as error:
        raise _naming_the_backup(error, path) from None


def _naming_the_backup(error: UserError, path: Path | str) -> UserError:
    """``error`` (the memory at ``path`` cannot be read) naming the newest readable copy :func:`write_memory`
    kept, where there is one, and how to go back to it; else ``error`` itself."""
    for number, backup in enumerate(backups(path), 1):
        try:
            units = count_units(backup.path)
        except UserError:
            continue
        from shlex import quote

        return UserError(
            error.message + f"; the toolkit kept the memory as it was before its last changes, "
            f"{backup.path.name} ({units} unit{'s' if units != 1 else ''}, {backup.described})",
            path=error.path,
            line=error.line,
            column=error.column,
            fix=f"put that copy back (toolkit memory restore {quote(str(path))} --backup {number}; --list shows "
            "every copy kept), then import again the review files of the changes since, or repair the XML at "
            "this place",
        )
    return error


def stream_memory_units(path: Path | str) -> Iterator[tuple[str, Any]]:
    """The units of the memory at ``path`` one at a time, in file order, with the file's source language
    (``(source_language, unit)``), read as :func:`read_memory_xml` reads a memory (the same bounds, refusals and
    errors) but never held whole: each unit is dropped once the next is asked for, so that a pass over a memory
    of 100,000 units (an export) takes the memory of one."""
    from ..xmlsafe import stream_xml

    names, limit, noun = _memory_units()
    source_language = SOURCE_LANGUAGE
    try:
        for kind, element in stream_xml(Path(path), MAX_MEMORY_BYTES, "TMX file", names[0], limit=limit, noun=noun):
            if kind == "root":
                _tmx_root(element, path)
                continue
            if element.getparent() is None or element.getparent().tag != "body":
                continue  # as TmxDocument.units(): the units of the <body>
            source_language = _source_language(element.getparent().getparent())
            yield source_language, element
    except UserError as error:
        raise _naming_the_backup(error, path) from None
    except OSError as error:  # the disk failed while the memory was read (an I/O error, a share gone)
        raise UserError(
            f"cannot read the memory: {error.strerror or error}",
            path=path,
            fix="check the disk or share it lies on (copy the file to a local disk to be sure), then run again",
        ) from None


def _tmx_root(root, path: Path | str):
    if root.tag != "tmx":
        raise UserError(
            f"root element is <{root.tag}>, not <tmx>",
            path=path,
            fix="give a TMX file (a translation memory exported as TMX 1.4)",
        )
    return root


ANY_SOURCE = "*all*"  # TMX 1.4: any language of a unit may be its source; for the toolkit, English is


def _source_language(root) -> str:
    header = root.find("header")
    declared = (header.get("srclang") if header is not None else None) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE if declared.strip() == ANY_SOURCE else primary_language(declared)


def read_tmx(path: Path, memory: TranslationMemory | None = None, *, label: str = "") -> TranslationMemory:
    """Add the units of one TMX file to ``memory``; a later unit with the same English wins.

    A translation that cannot be read (a malformed placeholder an editor
    typed, a paragraph pasted into one segment) is skipped and kept in
    :attr:`TranslationMemory.unreadable`, so one bad unit never stops a run;
    a file that is not XML or not TMX, or whose every translation is
    unreadable, is a :class:`UserError`. A translation another tool marked
    as not reviewed (a draft, unconfirmed machine output:
    :func:`~toolkit.translate.review_state.unreviewed_reason`) is never
    used, and is listed in :attr:`TranslationMemory.unreviewed`; it hides
    no older unit of the same English.

    The file's units as read are kept in the cache folder by its path and content
    (:mod:`toolkit.translate.memory_cache`): an unchanged file is not parsed again.
    """
    from . import memory_cache

    memory = memory if memory is not None else TranslationMemory()
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise UserError(
            "translation memory not found",
            path=path,
            fix="check the path given with --memory (a .tmx file); `toolkit memory import` starts a new one",
        )
    from ..files import read_bytes

    try:
        data = read_bytes(path, MAX_MEMORY_BYTES, "TMX file")
    except UserError as error:
        raise _naming_the_backup(error, path) from None
    cached = memory_cache.cached_file(data, path)
    copy = memory_cache.kept_copy(cached) if cached is not None else None
    units = memory_cache.load(copy) if copy is not None else None
    if units is None:
        units = _tmx_units(data, path)
        if cached is not None and not any(kind == _UNREADABLE for _, _, found, _ in units for _, kind, *_ in found):
            memory_cache.store(cached, units)
    _add_units(memory, units, path, label)
    return memory


_UNREVIEWED, _TEMPLATE, _UNREADABLE = 0, 1, 2
# a unit as read: its English as lookups key it, its id, per translation in file order (language, kind, ...):
# (language, _UNREVIEWED, line, reason), (language, _TEMPLATE, template) or (language, _UNREADABLE, error), and the
# formatting its English carries (formatting.english_spans)
ReadUnit = tuple[str, str, list[tuple], tuple[tuple[int, str, str, str], ...]]


def _english_spans(seg, path: Path, unit_id: str) -> tuple[tuple[int, str, str, str], ...]:
    """The formatting a unit's English ``<seg>`` carries; none where it has no inline codes or codes of no use."""
    if not len(seg):
        return ()
    from .formatting import english_spans

    try:
        return english_spans(seg_to_template(seg, path, unit_id))
    except UserError:  # another tool's codes in the English: its translations' tags are taken as they are numbered
        return ()


def _tmx_units(data: bytes, path: Path) -> list[ReadUnit]:
    """The units of a TMX file's bytes, in file order: each with its English and every translation as read."""
    from ..xmlsafe import check_element_count, parse_xml
    from .review_state import unreviewed_reason

    try:
        names, most, noun = _memory_units()
        check_element_count(data, path, "TMX file", names, most, noun)
        parsed = parse_xml(data, path, "TMX file")
    except UserError as error:
        raise _naming_the_backup(error, path) from None
    root = _tmx_root(parsed, path)
    source_language = _source_language(root)
    header = root.find("header")
    units: list[ReadUnit] = []
    for number, unit in enumerate(root.iter("tu"), 1):
        unit_id = unit.get("tuid") or f"#{number}"
        variants = {}
        for tuv in unit.findall("tuv"):
            language = _language_of(tuv)
            seg = tuv.find("seg")
            if language and seg is not None:
                variants[language] = (tuv, seg)
        if source_language not in variants:
            continue
        key = memory_key(seg_text(variants[source_language][1]))
        if not key:
            continue
        found: list[tuple] = []
        for language, (tuv, seg) in variants.items():
            if language == source_language:
                continue
            reason = unreviewed_reason(tuv, unit, header)
            if reason is not None:
                found.append((language, _UNREVIEWED, tuv.sourceline, reason))
                continue
            try:
                found.append((language, _TEMPLATE, seg_to_template(seg, path, unit_id)))
            except UserError as error:
                found.append((language, _UNREADABLE, error))
        units.append((key, unit_id, found, _english_spans(variants[source_language][1], path, unit_id)))
    return units


def _add_units(memory: TranslationMemory, units: list[ReadUnit], path: Path, label: str) -> None:
    """Add a file's units as read (:func:`_tmx_units`) to ``memory``: a later unit with the same English wins."""
    read = 0
    first_error: UserError | None = None
    for key, unit_id, found, english in units:
        hits = memory.units.setdefault(key, {})
        for language, kind, *details in found:
            if kind == _UNREVIEWED:
                line, reason = details
                memory.unreviewed.append(UnreviewedVariant(path, unit_id, language, line, reason, key))
                continue
            if kind == _UNREADABLE:  # the editor's latest word on this sentence is unreadable: not an older one
                (error,) = details
                hits.pop(language, None)
                skipped = UnreadableUnit(unit_id, language, error)
                memory.unreadable.setdefault(key, {})[language] = skipped
                memory.skipped.append(skipped)
                first_error = first_error or error
                continue
            (template,) = details
            hits[language] = MemoryHit(template, unit_id, path, label, english)
            read += 1
            if memory.unreadable and key in memory.unreadable:
                memory.unreadable[key].pop(language, None)
        if (
            not hits
        ):  # no usable translation of this sentence (each unreadable or unreviewed, or none given): not a unit
            del memory.units[key]
    if first_error is not None and not read:  # not one translation readable: the file, not a unit, is wrong
        raise first_error
    memory.paths.append(path)


def load_memory(paths: Iterable[Path | str]) -> TranslationMemory:
    """The units of the TMX files ``paths``, read in order (a later file's translation of a sentence wins); each
    unit names its file as :func:`memory_labels` tells them apart."""
    given = [Path(path) for path in paths]
    labels = memory_labels(given)
    memory = TranslationMemory()
    for path in given:
        read_tmx(path, memory, label=labels[path])
    return memory


def _indent(element, level: int) -> None:
    """Pretty-print a TMX skeleton, never touching text inside <seg>."""
    if element.tag == "seg" or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def _append_indented(parent, child, level: int) -> None:
    """Append ``child`` (at nesting ``level``) keeping the file's indentation: before the parent's closing tag."""
    _indent(child, level)
    try:
        last = parent[-1]  # lxml finds the last child directly; len() would count them all, every time
    except IndexError:
        last = None
    if last is not None:
        before = last.getprevious()
        child.tail = last.tail
        last.tail = before.tail if before is not None else parent.text
    else:
        parent.text = "\n" + "  " * level
        child.tail = "\n" + "  " * (level - 1)
    parent.append(child)


def unit_variant(unit, language: str):
    """The unit's ``<tuv>`` in ``language``, or None: of two (``ru`` and ``ru-RU``), the one lookups take
    (:func:`read_tmx`), the last that has its ``<seg>``."""
    found = [tuv for tuv in unit.findall("tuv") if _language_of(tuv) == language]
    return next((tuv for tuv in reversed(found) if tuv.find("seg") is not None), found[-1] if found else None)


def unit_target(unit, language: str, path: Path | str) -> Template | None:
    """The unit's translation into ``language`` as a template, or None where it has none (a unit of ``path``)."""
    tuv = unit_variant(unit, language)
    seg = tuv.find("seg") if tuv is not None else None
    return seg_to_template(seg, path, unit.get("tuid") or "?") if seg is not None else None


class TmxDocument:
    """A TMX file opened for changes: units are edited in place, everything else is kept as it was.

    Units are found by their English (whitespace-insensitive, as lookups
    are); when a file holds the same English twice, the later unit is the one
    lookups use, so it is the one changed.
    """

    def __init__(self, root, path: Path | str):
        self.root, self.path = root, path
        self.source_language = _source_language(root)
        self.body = root.find("body")
        if self.body is None:
            raise UserError("the TMX file has no <body>", path=path, fix="give a complete TMX 1.4 file")
        self.by_source: dict[str, object] = {}  # also keeps every unit's Python proxy (and its id) alive
        self.all_by_source: dict[str, list] = {}  # every unit of an English, in file order
        self.unit_ids: set[str] = set()
        self._created: set[int] = set()  # units added since the file was read
        for unit in self.body.iter("tu"):
            if unit.get("tuid"):
                self.unit_ids.add(unit.get("tuid"))
            source = self.variant(unit, self.source_language)
            if source is not None and source.find("seg") is not None:
                key = memory_key(seg_text(source.find("seg")))
                self.by_source[key] = unit
                self.all_by_source.setdefault(key, []).append(unit)

    @classmethod
    def open(cls, path: Path) -> TmxDocument:
        """The TMX file at ``path``, ready for changes."""
        return cls(_tmx_root(read_memory_xml(path), path), path)

    @classmethod
    def new(cls, path: Path | str, tool_version: str) -> TmxDocument:
        """An empty TMX 1.4 memory whose source language is English."""
        from lxml import etree

        root = etree.Element("tmx", version="1.4")
        etree.SubElement(
            root,
            "header",
            {
                "creationtool": "toolkit",
                "creationtoolversion": tool_version,
                "segtype": "sentence",
                "o-tmf": "toolkit",
                "adminlang": "en",
                "srclang": SOURCE_LANGUAGE,
                "datatype": "plaintext",
            },
        )
        etree.SubElement(root, "body")
        _indent(root, 0)
        root[-1].text = None
        return cls(root, path)

    def variant(self, unit, language: str):
        """The unit's ``<tuv>`` in ``language``, or None (see :func:`unit_variant`)."""
        return unit_variant(unit, language)

    def unit_for(self, source: str, language: str | None = None):
        """The unit of ``source``: the last with that English, as lookups take it; given a ``language``, the last
        one that has a translation into it (lookups take each language's translation from the last unit that
        has one), else the last one."""
        key = memory_key(source)
        if language is not None:
            for unit in reversed(self.all_by_source.get(key, [])):
                tuv = self.variant(unit, language)
                if tuv is not None and tuv.find("seg") is not None:
                    return unit
        return self.by_source.get(key)

    def other_variants(self, source: str, language: str, unit) -> list:
        """The units other than ``unit`` that hold a translation of ``source`` into ``language`` (older copies
        of the sentence: a merged memory, a unit added twice), in file order."""
        return [
            other
            for other in self.all_by_source.get(memory_key(source), [])
            if other is not unit and (tuv := self.variant(other, language)) is not None and tuv.find("seg") is not None
        ]

    def remove_variant(self, unit, language: str, who: str | None = None, when: datetime | None = None) -> None:
        """Take the unit's translation into ``language`` out of the memory; the unit records the change."""
        tuv = self.variant(unit, language)
        if tuv is None:
            return
        previous = tuv.getprevious()
        if previous is not None:
            previous.tail = tuv.tail
        unit.remove(tuv)
        _stamp(unit, "change", who, when)

    def units(self) -> list:
        return list(self.body.iter("tu"))

    def languages_of(self, unit) -> list[str]:
        """The languages the unit translates into (a variant without a language is none)."""
        return [
            language
            for tuv in unit.findall("tuv")
            if (language := _language_of(tuv)) and language != self.source_language
        ]

    def target(self, unit, language: str) -> Template | None:
        return unit_target(unit, language, self.path)

    def free_unit_id(self, wanted: str) -> str:
        """``wanted`` if no unit of the file has it yet, else ``wanted-2``, ``wanted-3`` ..."""
        candidate, number = wanted, 1
        while candidate in self.unit_ids:
            number += 1
            candidate = f"{wanted}-{number}"
        return candidate

    def add_unit(
        self,
        unit_id: str,
        source: str,
        who: str | None = None,
        when: datetime | None = None,
        *,
        formatted: Template | None = None,
    ):
        """A new unit holding only the English; returns it (``unit_id`` made unique in the file).

        ``formatted`` is the English with its formatting as tags, stored as inline codes.
        """
        from lxml import etree

        unit_id = self.free_unit_id(unit_id)
        unit = etree.Element("tu", tuid=unit_id)
        _stamp(unit, "creation", who, when)
        tuv = etree.SubElement(unit, "tuv", {XML_LANG: self.source_language})
        if formatted is not None and formatted.tags:
            fill_seg(etree.SubElement(tuv, "seg"), formatted)
        else:
            etree.SubElement(tuv, "seg").text = source
        _append_indented(self.body, unit, 2)
        self.unit_ids.add(unit_id)
        self.by_source[memory_key(source)] = unit
        self.all_by_source.setdefault(memory_key(source), []).append(unit)
        self._created.add(id(unit))
        return unit

    def append_unit(self, unit) -> None:
        """Append a unit element as it is (from another file), laid out like the others."""
        _append_indented(self.body, unit, 2)
        if unit.get("tuid"):
            self.unit_ids.add(unit.get("tuid"))

    def set_target(
        self,
        unit,
        language: str,
        template: Template,
        who: str | None = None,
        when: datetime | None = None,
        origin: str | None = None,
    ) -> str:
        """Store ``template`` as the unit's ``language`` variant: "added", "changed" or "unchanged".

        A new variant records ``creationid``/``creationdate``, a changed one
        ``changeid``/``changedate`` (on the variant and on the unit);
        ``origin`` (the reviewed file and segment) goes in an ``x-toolkit-origin``
        property of the variant.
        """
        from lxml import etree

        tuv = self.variant(unit, language)
        if tuv is not None and tuv.find("seg") is not None:
            if self.target(unit, language) == template:
                return "unchanged"
            seg = tuv.find("seg")
            for child in list(seg):
                seg.remove(child)
            seg.text = None
            fill_seg(seg, template)
            _stamp(tuv, "change", who, when)
            _stamp(unit, "change", who, when)
            _set_origin(tuv, origin)
            return "changed"
        tuv = etree.Element("tuv", {XML_LANG: language})
        _stamp(tuv, "creation", who, when)
        _set_origin(tuv, origin)
        fill_seg(etree.SubElement(tuv, "seg"), template)
        _append_indented(unit, tuv, 3)
        if id(unit) not in self._created:
            _stamp(unit, "change", who, when)
        return "added"

    def mark_reviewed(self, unit, language: str) -> bool:
        """Mark the unit's translation into ``language`` as reviewed where the marks another tool left on the
        unit or the file (a Trados ``Draft`` on the ``<tu>``, machine translation) would still say it is not:
        a status property on the variant, which the variant's own marks let win. Whether it was needed."""
        from lxml import etree

        from .review_state import STATUS_PROPS, unreviewed_reason

        tuv = self.variant(unit, language)
        if tuv is None or unreviewed_reason(tuv, unit, self.root.find("header")) is None:
            return False
        for prop in tuv.findall("prop"):
            if (prop.get("type") or "").lower() in STATUS_PROPS:
                tuv.remove(prop)
        levels = [unit, self.root.find("header")]
        trados = any(
            (prop.get("type") or "").lower() == "x-confirmationlevel"
            for level in levels
            if level is not None
            for prop in level.findall("prop")
        )
        prop = etree.Element("prop", type="x-ConfirmationLevel" if trados else "x-status")
        prop.text = "ApprovedTranslation" if trados else "reviewed"
        tuv.insert(0, prop)
        if len(tuv) > 1:
            prop.tail = tuv.text
        return True

    def to_bytes(self) -> bytes:
        from lxml import etree

        return (
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + etree.tostring(self.root.getroottree(), xml_declaration=False, encoding="UTF-8")
            + b"\n"
        )


def _stamp(element, kind: str, who: str | None, when: datetime | None) -> None:
    """Set ``creationid``/``creationdate`` (kind "creation") or ``changeid``/``changedate``."""
    if who:
        element.set(f"{kind}id", who)
    if when is not None:
        element.set(f"{kind}date", tmx_date(when))


def stamp_of(element) -> tuple[str, str] | None:
    """(who, TMX date) of an element's last change, or of its creation; None when it has no date."""
    for kind in ("change", "creation"):
        when = element.get(f"{kind}date")
        if when:
            return element.get(f"{kind}id") or "", when
    return None


def _set_origin(tuv, origin: str | None) -> None:
    """Record where a stored translation came from, as the variant's first property (props precede <seg>)."""
    from lxml import etree

    if not origin:
        return
    prop = next((p for p in tuv.findall("prop") if p.get("type") == ORIGIN_PROP), None)
    if prop is None:
        prop = etree.Element("prop", type=ORIGIN_PROP)
        tuv.insert(0, prop)
        if len(tuv) > 1:  # an existing variant: keep its layout
            prop.tail = tuv.text
    prop.text = origin
