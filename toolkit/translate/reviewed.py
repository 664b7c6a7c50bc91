"""Reviewed translations flow back into the memory: one door for every review format.

A review comes back as an XLIFF file from a CAT tool (:mod:`toolkit.interchange.xliff`)
or, later, as an edited review DOCX. Each reader turns its file into
:class:`ReviewedSegment` records (segment id, English, the reviewed text,
language, reviewer, date) and hands them to :func:`store_reviewed`, which:

1. undoes the edition's typography (:func:`delocalise`): digits back to 0-9,
   the locale's quotation marks back to ``"``, direction marks removed, and
   the house style's annotations (:func:`without_annotations`), so the memory
   stays neutral and every edition localises it afresh;
2. turns every glossary name the English mentions back into a slot with the
   form the reviewer wrote (:class:`toolkit.translate.placement.NamePlacer`, the same
   code that places names in machine output): "встреча с Мамлюком" becomes
   ``встреча с {mamlouk:short+ins}``; a name it cannot find is reported and
   the segment is not stored, never stored wrongly; the formatting the
   review file shows on the reviewer's words is carried onto them
   (:func:`carry_formatting`), else the stored unit's;
3. adds or changes the unit in the TMX file, keeping every other unit and
   id, with the reviewer and date as ``creationid``/``changeid`` and
   ``creationdate``/``changedate`` (:class:`toolkit.translate.memory.TmxDocument`);
4. writes the file atomically, and only if something was added or changed.

The :class:`ImportReport` says what was added, changed and unchanged, and
which segments could not be taken and why, each by its place in the
reviewed file ("trans-unit 2.1", "row 7").
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError, quoted, shown_text
from ..formatting import CONTENT_KINDS, Span
from ..glossary.model import Glossary
from ..languages import TARGET_LANGUAGES, english_name, script
from ..localise import CLDR_NESTED_QUOTES, CLDR_QUOTES, western_digits
from ..localise import INVISIBLE as _INVISIBLE
from ..records import dataclass
from ..slots import CLOSE, OPEN, STANDALONE, Part, Slot, Tag, Template
from .memory import TmxDocument, memory_key

if TYPE_CHECKING:
    from ..document import TranslatedSegment

NO_MEMORY = "-"  # how a review file writes that a translation came from no memory unit of its own sentence
MAX_SOURCE_CHARS = 5_000  # a sentence; a longer "segment" is a file gone wrong
MAX_TARGET_CHARS = 10_000


@dataclass(frozen=True)
class ReviewedSegment:
    """One reviewed translation, as a review file gives it."""

    unit_id: str  # "article:2.1": the id a new memory unit gets
    source: str  # the English sentence
    target: str  # the reviewed translation as the reviewer wrote it (localised, names as text)
    language: str
    reviewer: str
    date: datetime
    place: str  # where it stands in the reviewed file, for the report: "review.ru.xlf trans-unit 2.1"
    # the reviewed translation with the formatting the reviewer left on it, as the source's tags (names as text),
    # when the review file shows formatting (the review DOCX does); None when it does not
    formatting: Template | None = None
    # the memory translation the review file was made from, as :func:`memory_digest` of it ("" when it showed
    # none: machine output, an adapted match); None when the review file does not say (made by an older version)
    based_on: str | None = None
    # whether the reviewer changed the translation the review file showed; a row confirmed as it stood is not
    edited: bool = True
    # the English as the review file shows it, with its formatting (text, spans numbered as the source's), when
    # the file shows formatting; what of it the translation lost is reported
    english: tuple[str, tuple[Span, ...]] | None = None
    # the tag number of each span of ``english`` where they are not 1, 2, ...: an XLIFF source shows only the
    # formatting a CAT tool can (inline code and a link shown as its address stay text there)
    english_tags: tuple[int, ...] | None = None
    # formatting the review file gives the translation's words that the English has none like (bold where the
    # English is plain), in a report's words ("the bold on 'встретились'"): not stored, said
    not_stored: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taken:
    place: str
    language: str
    unit_id: str  # the memory unit's id
    stored: str  # the template as stored, names as slots


NOT_REVIEWED = "not reviewed"  # how a not-taken reason starts when the file marks the segment as unreviewed


@dataclass(frozen=True)
class NotTaken:
    place: str
    language: str
    reason: str
    fix: str = ""

    def __str__(self) -> str:
        # the place names a unit by the id its file gives it, and a reason may quote the file: escaped, a
        # U+202E or a line end in an id cannot disguise the line or start a false one
        return f"{shown_text(self.place)} ({shown_text(self.language)}): {shown_text(self.reason)}" + (
            f"\n    fix: {shown_text(self.fix)}" if self.fix else ""
        )


@dataclass
class ImportReport:
    memory: Path
    added: list[Taken] = field(default_factory=list)
    changed: list[Taken] = field(default_factory=list)
    unchanged: list[Taken] = field(default_factory=list)
    not_taken: list[NotTaken] = field(default_factory=list)
    # segments left as the review file showed them while the memory's translation changed since (another
    # review was imported after this file was made): the memory's newer translation stays
    kept_newer: list[NotTaken] = field(default_factory=list)
    # names the reviewer spelt otherwise than the glossary: stored as the glossary's rendering, reported
    respelled: list[NotTaken] = field(default_factory=list)
    # with overwrite: the memory translations a correction replaced that the review file was not made from
    # (another review imported since), and older copies of the sentence in other units, taken out
    replaced: list[NotTaken] = field(default_factory=list)
    # emphasis (bold, italics, underlining, strike-through, line breaks) of the English that a stored translation
    # does not have: stored, reported
    formatting_lost: list[NotTaken] = field(default_factory=list)
    written: bool = False

    @property
    def unreviewed(self) -> list[NotTaken]:
        """The segments not taken because their file marks them as not reviewed (a draft, machine output)."""
        return [item for item in self.not_taken if item.reason.startswith(NOT_REVIEWED + ":")]

    @property
    def summary(self) -> str:
        kept = f", {len(self.kept_newer)} kept the memory's newer translation" if self.kept_newer else ""
        unreviewed = len(self.unreviewed)
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
            f"{len(self.not_taken)} could not be taken"
            + (f" ({unreviewed} of them not reviewed)" if unreviewed else "")
            + kept
            + (f", {len(self.replaced)} older translations replaced" if self.replaced else "")
        )

    def as_dict(self) -> dict:
        def taken(items: list[Taken]) -> list[dict]:
            return [{"place": t.place, "language": t.language, "unit": t.unit_id, "stored": t.stored} for t in items]

        def noted(items: list[NotTaken]) -> list[dict]:
            return [{"place": n.place, "language": n.language, "reason": n.reason, "fix": n.fix} for n in items]

        return {
            "memory": str(self.memory),
            "written": self.written,
            "added": taken(self.added),
            "changed": taken(self.changed),
            "unchanged": taken(self.unchanged),
            "not_taken": noted(self.not_taken),
            "not_reviewed": len(self.unreviewed),
            "kept_newer": noted(self.kept_newer),
            "respelled": noted(self.respelled),
            "replaced": noted(self.replaced),
            "formatting_lost": noted(self.formatting_lost),
        }


def delocalise(text: str, language: str, quotes: tuple[str, ...] | None = None) -> str:
    """An edition's text as the memory stores it: 0-9 digits, ``"`` and ``'`` quotes, no direction marks, single
    spaces. ``quotes`` are the newsroom's own marks: a pair, or two pairs (the second inside a quotation)."""
    text = western_digits(text.translate(_INVISIBLE))
    own = tuple(quotes or ())
    primary = {CLDR_QUOTES.get(language, CLDR_QUOTES["en"]), own[:2] if len(own) >= 2 else ("", "")}
    # a quotation inside a quotation ('...'), where its marks can be nothing else (not Turkish ’, an apostrophe)
    for mark in own[2:4]:  # the newsroom's own
        text = text.replace(mark, "'")
    nested = CLDR_NESTED_QUOTES.get(language)
    if nested and nested[0] == "\u2019":  # Arabic opens with ’, an apostrophe elsewhere: where its pair closes
        text = re.sub(f'{nested[0]}([^{nested[0]}{nested[1]}"\n]*){nested[1]}', r"'\1'", text)
    for mark in nested or ():  # CLDR's, where they can be nothing else
        if mark != "\u2019" and not any(mark in pair for pair in primary):
            text = text.replace(mark, "'")
    for opening, closing in primary:
        if opening and closing:
            text = text.replace(opening, '"').replace(closing, '"')
    return " ".join(text.split())


def _delocalised(template: Template, language: str, quotes: tuple[str, ...] | None) -> Template:
    """:func:`delocalise` on each text of a template, keeping a space at its edges (where a tag stands)."""
    parts: list[Part] = []
    for part in template.parts:
        if isinstance(part, str):
            core = delocalise(part, language, quotes)
            part = (" " if part[:1].isspace() else "") + core + (" " if core and part[-1:].isspace() else "")
        parts.append(part)
    return Template.joined(parts)


def store_reviewed(
    records: Iterable[ReviewedSegment],
    memory_path: Path | str,
    glossary: Glossary,
    *,
    tool_version: str,
    quotes: Mapping[str, tuple[str, ...] | None] | None = None,
    dry_run: bool = False,
    overwrite: bool = False,
    on_wait: Callable[[float], None] | None = None,
) -> ImportReport:
    """Store reviewed segments in the TMX file ``memory_path`` (created if missing); see the module docstring.

    ``quotes`` maps a language to the quotation marks its editions use when
    they are not CLDR's (from the newsroom settings). With ``dry_run``,
    nothing is written and the report says what would happen.

    A review file made before the memory's translation of a sentence changed
    (another reviewer's import since) never silently undoes that change: a
    segment left as the file showed it keeps the memory's newer translation
    (``kept_newer``), and one the reviewer corrected is not taken, naming who
    changed the memory and when, unless ``overwrite`` says the reviewer's
    correction is to replace it. Within the records, a segment left as its
    file showed it yields to a correction of the same sentence in another
    record, whichever comes first.

    Imports into one memory take turns (a lock on its folder, held from
    reading the memory to writing it), so two editors importing at the same
    moment never lose each other's units. When another import holds it,
    ``on_wait`` is called once with the longest wait in seconds (for the
    user to see why nothing happens); after that long, a UserError. The lock
    is no file: the system releases it when its process ends, however it
    ends. A dry run only reads and takes no turn.
    """
    memory_path = Path(memory_path)
    if not (memory_path.exists() or memory_path.is_symlink()) and not memory_path.parent.is_dir():
        raise UserError(
            "the folder of the translation memory does not exist",
            path=memory_path.parent,
            fix="create it, or give --memory a path in an existing folder",
        )
    with memory_lock(memory_path, wait=0 if dry_run else LOCK_WAIT_SECONDS, on_wait=on_wait):
        return _store_reviewed(records, memory_path, glossary, tool_version, quotes, dry_run, overwrite)


LOCK_WAIT_SECONDS = 120.0


@contextmanager
def memory_lock(memory_path: Path, wait: float, on_wait: Callable[[float], None] | None) -> Iterator[None]:
    """Hold an exclusive advisory lock (flock) on the folder the memory is written in (the target's, for a symbolic
    link), waiting up to ``wait`` seconds for another import to finish; the kernel releases it when the process
    ends. Without flock, or with ``wait`` 0 (a dry run only reads), nothing is held. Every write of a memory file
    that reads it first takes it: an import here, a removal (:func:`toolkit.translate.memory_units.remove_units`)."""
    try:
        import fcntl
    except ImportError:  # no flock on this system: nothing to take turns with
        yield
        return
    if wait <= 0:
        yield
        return
    import time

    folder = memory_path.resolve().parent  # where it is written: a link's target, whatever folder the link is in
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as error:
        raise UserError(
            f"cannot open the memory's folder: {error.strerror}",
            path=folder if memory_path.is_symlink() else (memory_path.parent or Path(".")),  # as the user gave it
            fix="check its permissions",
        ) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if on_wait is not None:
                    on_wait(wait)
                    on_wait = None  # said once
                if time.monotonic() >= deadline:
                    raise UserError(
                        f"another import has been writing into this memory's folder for {wait:.0f} seconds",
                        path=memory_path,
                        fix="wait for it to finish, then import again",
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(descriptor)  # closing it releases the lock


def _store_reviewed(
    records: Iterable[ReviewedSegment],
    memory_path: Path,
    glossary: Glossary,
    tool_version: str,
    quotes: Mapping[str, tuple[str, ...] | None] | None,
    dry_run: bool,
    overwrite: bool,
) -> ImportReport:
    from ..glossary.match import Matcher
    from .placement import NamePlacer

    report = ImportReport(memory_path)
    if memory_path.exists() or memory_path.is_symlink():
        document = TmxDocument.open(memory_path)
    else:
        document = TmxDocument.new(memory_path, tool_version)
    matcher = Matcher(glossary)
    records = list(records)
    unapproved = _names_not_in_glossary([record.source for record in records], glossary, matcher)
    placers: dict[str, NamePlacer] = {}
    seen: dict[tuple[str, str], tuple[str, str]] = {}  # (English, language) -> (place, stored) in this import
    # a sentence a reviewer corrected somewhere in this import: where it comes again left as its file showed it
    # (a repeated sentence, a second file of the article), that row says nothing against the correction
    # (formatting alone counts: a link put back on the words of a row whose words are as they were)
    changes = [
        record.edited or _formatting_changed(record, _stored_of(document, record), glossary) for record in records
    ]
    corrected = {(memory_key(record.source), record.language) for record, changed in zip(records, changes) if changed}
    for record, changed in zip(records, changes):
        if not changed and (memory_key(record.source), record.language) in corrected:
            continue
        refusal = _check_record(record)
        if refusal:
            report.not_taken.append(NotTaken(record.place, record.language, *refusal))
            continue
        if record.language not in placers:
            placers[record.language] = NamePlacer(glossary, record.language, matcher)
        text = without_annotations(
            delocalise(record.target, record.language, (quotes or {}).get(record.language)), glossary, record.language
        )
        unit = document.unit_for(record.source, record.language)
        stored = document.target(unit, record.language) if unit is not None else None
        respelled: list[tuple[str, str]] = []
        newer = _changed_since(document, unit, record, stored) if unit is not None and stored is not None else None
        # formatting the reviewer gave words the stored translation has plain (a link put back on the words it
        # belongs to, bold moved): a correction, though the words are the stored ones
        reformatted = stored is not None and _formatting_changed(record, stored, glossary)
        edited = record.edited or reformatted
        if stored is not None and not reformatted and _as_stored(text, stored, glossary, record.language):
            template = stored  # the reviewer left the stored translation as it was
        elif stored is not None and not edited and record.based_on == memory_digest(stored):
            # left as the file showed the memory's translation, which the memory still holds: what the file shows
            # of it differs only where the glossary's renderings changed since it was made, however far
            template = stored
        elif unapproved.get(record.source):
            report.not_taken.append(
                NotTaken(record.place, record.language, *_unapproved_refusal(unapproved[record.source]))
            )
            continue
        else:
            held = (
                frozenset(slot.entry_id for slot in stored.slots)
                if stored is not None and record.based_on == memory_digest(stored)
                else frozenset()
            )
            found, refusal = _slots(record, text, glossary, matcher, placers[record.language], held)
            if found is None:
                report.not_taken.append(NotTaken(record.place, record.language, *refusal))
                continue
            template = found if stored is None else keep_stored_forms(found, stored, glossary, record.language)
            respelled = _respelled(template, text, glossary, record.language)
            if record.formatting is not None and record.formatting.tags:
                # what the reviewer sees and keeps formatted is what is stored; a tag left with no word to
                # cover is not stored, and the next run aligns or reports it as for any translation
                reviewed = _delocalised(record.formatting, record.language, (quotes or {}).get(record.language))
                plain = template.without_tags()
                template, _ = carry_formatting(plain, reviewed)
                kept = {tag.number for tag in template.tags}
                if stored is not None and any(tag.number not in kept for tag in stored.tags):
                    # what the cell could not show or lost (a link Word dropped as its text was typed over, italics
                    # an edition sets plain) comes from the stored unit, as for a row retyped without formatting
                    from_stored, _ = carry_formatting(plain, stored)
                    template = _with_tags_of(template, from_stored, {t.number for t in from_stored.tags} - kept)
            elif stored is not None and stored.tags and not template.tags:
                template, unplaced = carry_formatting(template, stored)
                if unplaced:
                    report.not_taken.append(
                        NotTaken(record.place, record.language, *_unplaced_refusal(unplaced, stored))
                    )
                    continue
        if newer is not None and stored is not None and template != stored and not edited:
            report.kept_newer.append(
                NotTaken(
                    record.place,
                    record.language,
                    f"the memory's translation is newer ({newer}) and stays: "
                    f"'{_shown(stored, glossary, record.language)}'",
                )
            )
            continue
        if newer is not None and stored is not None and template != stored and not overwrite:
            report.not_taken.append(
                NotTaken(
                    record.place,
                    record.language,
                    f"the memory holds another translation of this sentence than the review file was made "
                    f"from ({newer}): '{_shown(stored, glossary, record.language)}'; storing this one would undo "
                    "that review",
                    "translate the article again and correct its new review file, or import this file with "
                    "--overwrite to replace the memory's translation with this one",
                )
            )
            continue
        if stored is None or template != stored:
            content, emphasis = lost_in_translation(record, template, matcher)
            typed = markdown_typed(record, template)
            if typed:
                report.not_taken.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"the translation has Markdown marks typed as text ({', '.join(repr(m) for m in typed)}): "
                        "the editions would print them as they are",
                        "take them out and give the words their formatting as the review file offers it (in Word: "
                        "bold, italics, Insert > Link; in a CAT tool: the formatting tags), then import again",
                    )
                )
                continue
            if content:
                report.not_taken.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"the translation does not have {_listed(content)} of the English; stored, the sentence "
                        f"would be published without {'it' if len(content) == 1 else 'them'}",
                        "keep it in the translation as the English has it (a link over the words it belongs to, with "
                        "the English's address; a footnote mark, address, handle or inline code written as it is), "
                        "then import again",
                    )
                )
                continue
            if emphasis:
                report.formatting_lost.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"the translation does not have {_listed(emphasis)} of the English: stored without "
                        f"{'it' if len(emphasis) == 1 else 'them'}, and the next run marks the sentence for review",
                        "if it was not left out on purpose, apply it to the words it belongs to and import again",
                    )
                )
        key = (memory_key(record.source), record.language)
        if key in seen and seen[key][1] != template.code:
            report.not_taken.append(
                NotTaken(
                    record.place,
                    record.language,
                    f"its English is that of {seen[key][0]}, which has another translation",
                    "keep one of the two translations in the reviewed file",
                )
            )
            continue
        seen[key] = (record.place, template.code)
        if record.not_stored:
            report.formatting_lost.append(
                NotTaken(
                    record.place,
                    record.language,
                    f"the translation has {_listed(list(record.not_stored))}, which the English does not have: "
                    f"stored without {'it' if len(record.not_stored) == 1 else 'them'}, as the editions take their "
                    "formatting from the article's English",
                    "if the article needs it, format its English and translate again; the memory places the "
                    "English's formatting on the translation's words",
                )
            )
        if respelled:
            where = {entry_id: _where(glossary, entry_id, record.language) for _, entry_id in respelled}
            places = ", ".join(dict.fromkeys(where.values()))
            names = ", ".join(f"{name!r} ({entry_id}, {where[entry_id]})" for name, entry_id in respelled)
            if (
                stored is not None
                and {entry for _, entry in respelled} <= {slot.entry_id for slot in stored.slots}
                and not _written_elsewhere(respelled, text)
            ):
                # names the memory's translation holds as slots: the review file showed them as the glossary
                # rendered them when it was made, and the glossary's rendering changed since
                report.respelled.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"the translation writes {'a name' if len(respelled) == 1 else 'names'} otherwise than the "
                        f"glossary now does, {names}, as the memory's translation held it: the glossary's rendering "
                        "changed after the review file was made (or the reviewer spelt it so); the memory keeps the "
                        "name as a slot, so runs publish the glossary's rendering",
                        "nothing to do if the glossary's rendering is the one meant; if the review file's spelling "
                        f"is, restore it in the glossary (the entry's {record.language} rendering at {places})",
                    )
                )
            else:
                report.respelled.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"the translation spells {'a name' if len(respelled) == 1 else 'names'} otherwise than the "
                        f"glossary's {names}: "
                        "stored as the glossary spells it",
                        "check the name in the sentence; if the reviewer's spelling is the right one, fix the "
                        f"glossary (the entry's {record.language} rendering at {places}; the memory keeps the name as "
                        "a slot, so the fix reaches this sentence too)",
                    )
                )
        if newer is not None and stored is not None and template != stored:  # --overwrite: say what it undoes
            report.replaced.append(
                NotTaken(
                    record.place,
                    record.language,
                    f"replaced the memory's translation in unit {quoted(unit.get('tuid') or '?')} ({newer}): "
                    f"'{_shown(stored, glossary, record.language)}'",
                )
            )
        if unit is None:
            unit = document.add_unit(record.unit_id, " ".join(record.source.split()), record.reviewer, record.date)
        outcome = document.set_target(unit, record.language, template, record.reviewer, record.date, record.place)
        if document.mark_reviewed(unit, record.language) and outcome == "unchanged":
            outcome = "changed"  # a draft of another tool's memory, now reviewed as it stands
        if overwrite:
            for other in document.other_variants(record.source, record.language, unit):
                older = _readable_target(document, other, record.language)
                document.remove_variant(other, record.language, record.reviewer, record.date)
                report.replaced.append(
                    NotTaken(
                        record.place,
                        record.language,
                        f"took out an older translation of the sentence in unit {quoted(other.get('tuid') or '?')}"
                        + (f": '{_shown(older, glossary, record.language)}'" if older is not None else ""),
                    )
                )
                if outcome == "unchanged":
                    outcome = "changed"
        taken = Taken(record.place, record.language, unit.get("tuid") or "", template.code)
        {"added": report.added, "changed": report.changed, "unchanged": report.unchanged}[outcome].append(taken)
    if (report.added or report.changed) and not dry_run:
        from .memory import write_memory

        # a symbolic link stays one (a newsroom's shared memory linked into a desk's folder): the file it points
        # to is replaced, as `glossary add` does with a glossary file; the replaced one is kept as the backup
        write_memory(memory_path, document.to_bytes())
        report.written = True
    return report


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0640": None})


def _readable_target(document: TmxDocument, unit, language: str) -> Template | None:
    """The unit's translation into ``language``, or None when it cannot be read (a hand-typed placeholder)."""
    try:
        return document.target(unit, language)
    except UserError:
        return None


def lost_in_translation(record: ReviewedSegment, template: Template, matcher) -> tuple[list[str], list[str]]:
    """What of the English a translation about to be stored lost, in a report's words: (content, emphasis).

    Content is a link or inline code of the English that the next run could
    not place in the translation (it would hold the article back), and a
    footnote mark, address, handle, hashtag or coordinate the English writes
    as it is and the translation does not have; emphasis is bold, italics,
    underlining, strike-through or a line break the next run could not place.
    The formatting is read only where the review file shows it
    (``record.english``); what is written as it is, from any review file."""
    from ..document import Segment
    from .formatting import describe, fitted_with_unplaced
    from .markers import run_kind, runs_missing

    content: list[str] = []
    emphasis: list[str] = []
    verbatim_code: set[str] = set()
    if record.english is not None and record.english[1]:
        text, spans = record.english
        segment = Segment("", text, mentions=tuple(matcher.find(text)), spans=spans)
        shown = template
        if record.english_tags is not None:  # the template's tags as the shown spans' numbers; others left out
            numbers = {number: index for index, number in enumerate(record.english_tags, 1)}
            shown = Template.joined(
                Tag(numbers[part.number], part.name, part.role) if isinstance(part, Tag) else part
                for part in template.parts
                if not isinstance(part, Tag) or part.number in numbers
            )
        for span in fitted_with_unplaced(shown, segment)[1]:
            (content if span.format.kind in CONTENT_KINDS else emphasis).append(describe(span, text))
            verbatim_code.add(text[span.start : span.end])
    written = "".join(part for part in template.parts if isinstance(part, str))
    for run in runs_missing(record.source, written):
        if run not in verbatim_code:
            content.append(f"the {run_kind(run)} '{run[:80]}'")
    return content, emphasis


def markdown_typed(record: ReviewedSegment, template: Template) -> list[str]:
    """The Markdown marks a reviewer typed in a translation for formatting (``**``, ``__``, a backtick, a link's
    ``](``) that its English does not have: an edition prints them as they are."""
    written = "".join(part for part in template.parts if isinstance(part, str))
    return sorted(set(_MARKDOWN_MARKS.findall(written)) - set(_MARKDOWN_MARKS.findall(record.source)))


# Markdown a reviewer typed for formatting: ** or __ around words, a backtick, a link's ](
_MARKDOWN_MARKS = re.compile(r"\*\*|__|`|\]\(")


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _respelled(template: Template, text: str, glossary: Glossary, language: str) -> list[tuple[str, str]]:
    """The glossary's renderings of the template's names that the reviewer's text does not write as they are:
    a misspelt name placement still recognised is stored as the glossary spells it, and said so."""
    from ..render import render

    def folded(words: str) -> str:
        words = unicodedata.normalize("NFC", words).translate(_APOSTROPHES)
        if language == "tr":  # Turkish capitals: İ is i's (TÜRKİYE'NİN is Türkiye'nin), I is ı's
            words = words.replace("\u0130", "i").replace("I", "\u0131")
        return " ".join(words.casefold().split())

    written = folded(text)
    _, names, problems = render(template.without_tags(), glossary, language)
    if problems:
        return []

    # each mention is looked for on its own, the longest first, and what it is found in is used up: a name written
    # right once and misspelt at its second mention (Tahran'ın ... Tehran Havalimanı) is misspelt too
    needed = Counter(folded(name.text) for name in names)
    missing: set[str] = set()
    for name in sorted(needed, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        found = len(pattern.findall(written))
        if found < needed[name]:
            missing.add(name)
        written = pattern.sub("\x00", written, count=needed[name])
    return list(dict.fromkeys((name.text, name.entry_id) for name in names if folded(name.text) in missing))


def _written_elsewhere(respelled: list[tuple[str, str]], text: str) -> bool:
    """Whether one of the names the reviewer spelt otherwise is written as the glossary spells it elsewhere in the
    same translation: then the glossary did not change since the review file was made, the reviewer misspelt it."""
    written = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return any(
        re.search(rf"(?<!\w){re.escape(' '.join(name.casefold().split()))}(?!\w)", written) for name, _ in respelled
    )


def memory_digest(template: Template | None) -> str:
    """A short digest of a memory translation (its words and slots, formatting aside; "" for none): what a
    review file records of the translation it was made from, to tell at import whether the memory changed since."""
    if template is None:
        return ""
    code = " ".join(template.without_tags().code.split())
    return hashlib.blake2b(code.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def memory_based_on(segment: TranslatedSegment) -> str:
    """What a review file records of the memory translation it shows for a segment, for the import to compare
    with the memory's then: the digest of a reviewed memory match, "" for any other origin (the memory had none)."""
    from .engines import EXACT

    return memory_digest(Template.parse(segment.code)) if segment.origin == EXACT else ""


def text_digest(text: str) -> str:
    """A short digest of a translation's text as a review file shows it (NFC, whitespace collapsed)."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def _changed_since(document: TmxDocument, unit, record: ReviewedSegment, stored: Template) -> str | None:
    """Who changed the memory's translation and when ("changed by A. Editor on 2026-11-26 09:14 UTC"), if not
    the one the review file was made from; None when it is, or when the file does not say."""
    if record.based_on is None or memory_digest(stored) == record.based_on:
        return None
    variant = document.variant(unit, record.language)
    who = variant.get("changeid") or variant.get("creationid")
    when = variant.get("changedate") or variant.get("creationdate") or ""
    moment = re.fullmatch(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)\d\dZ", when)
    shown = f"{moment[1]}-{moment[2]}-{moment[3]} {moment[4]}:{moment[5]} UTC" if moment else when
    verb = "changed" if variant.get("changeid") or variant.get("changedate") else "stored"
    return " ".join(part for part in (verb, "by " + who if who else "", "on " + shown if shown else "") if part)


def _shown(template: Template, glossary: Glossary, language: str) -> str:
    """A memory translation as a reviewer reads it: names rendered, formatting left out."""
    from ..render import render

    pieces, _, problems = render(template.without_tags(), glossary, language)
    return "".join(piece.text for piece in pieces) if not problems else template.code


def _names_not_in_glossary(sources: list[str], glossary: Glossary, matcher) -> dict[str, list[str]]:
    """English sentence -> the names it mentions that no glossary entry covers yet (a run writes them in a
    provisional spelling), found by the run's own detector over all the sentences of the import together."""
    from ..glossary.suggest import find_candidates
    from ..read.text import parse_plain_text

    # a segment longer than a sentence is refused before its names are asked for: never surveyed
    unique = list(dict.fromkeys(source for source in sources if source.strip() and len(source) <= MAX_SOURCE_CHARS))
    if not unique:
        return {}
    flats = [" ".join(source.split()) for source in unique]  # each one line: source i is line 2i + 1
    holding: dict[str, list[int]] = {}  # the sources spelt alike but for their spaces, by their one line
    for index, flat in enumerate(flats):
        holding.setdefault(flat, []).append(index)
    document = parse_plain_text("\n\n".join(flats), "reviewed")
    texts: dict[str, str] = {}
    origin: dict[str, list[int]] = {}  # segment id -> the sources it was read from
    for block in document.blocks:
        index = (block.line - 1) // 2 if block.line else -1
        for segment in block.segments:
            texts[segment.id] = segment.text
            if 0 <= index < len(flats) and segment.text in flats[index]:
                origin[segment.id] = holding[flats[index]]
    found: dict[str, list[str]] = {}
    for candidate in find_candidates([document], glossary, matcher):
        # by the sentence's own line: asking every source for every candidate's sentences was square in the
        # import's size (2,000 units of new names took 9.5 s, 100,000 would take hours)
        indexes: set[int] = set()
        for occurrence in candidate.occurrences:
            if occurrence.segment in origin:
                indexes.update(origin[occurrence.segment])
            elif occurrence.segment in texts:  # a sentence not found on its line: every source that holds it
                sentence = texts[occurrence.segment]
                indexes.update(index for index, flat in enumerate(flats) if sentence in flat)
        for index in sorted(indexes):
            names = found.setdefault(unique[index], [])
            if candidate.name not in names:
                names.append(candidate.name)
    return found


def _unapproved_refusal(names: list[str]) -> tuple[str, str]:
    shown = ", ".join(f"'{name}'" for name in names)
    return (
        f"{shown} {'is' if len(names) == 1 else 'are'} not in the glossary yet: stored as text, the "
        "translation would keep this spelling after the name is approved",
        "approve the name first (toolkit glossary add STUBS.yaml --to glossaries/people.yaml, with the "
        "entry from the run's report or `toolkit glossary suggest`), then import this file again",
    )


def without_annotations(text: str, glossary: Glossary, language: str) -> str:
    """The text without the glossary's annotations (legal notes the house style prints after a first
    mention, such as «(запрещена в РФ)»): they belong to an edition, never to the memory.

    A note is an edition's only right after a mention of an entry that
    carries it (in any of the entry's forms, with a case ending, suffix or
    proclitic, inside quotation marks or not); the same words anywhere else
    are the reviewer's own, and stay.
    """
    names: dict[str, list[str]] = {}  # note -> the forms of the names it follows
    for entry in glossary:
        rendering = entry.renderings.get(language)
        if rendering is None or not rendering.annotations:
            continue
        forms = [form for forms in rendering.form_sets() for form in forms.values()]
        for note in rendering.annotations.values():
            names.setdefault(note, []).extend(forms)
    for note in sorted(names, key=len, reverse=True):
        kept: list[str] = []
        position = 0
        for match in re.finditer(r"\s*" + re.escape(note), text):
            if _ends_with_name(text[: match.start()], names[note]):
                kept.append(text[position : match.start()])
                position = match.end()
        text = "".join(kept) + text[position:]
    return text


def _ends_with_name(before: str, forms: list[str]) -> bool:
    """Whether ``before`` ends with one of ``forms`` (its last words hold it, endings and proclitics allowed),
    closing quotation marks after it."""
    words = before.rstrip(" \u00a0»”“’\"'").split()
    for form in forms:
        count = len(form.split())
        if count and len(words) >= count and form.casefold() in " ".join(words[-count:]).casefold():
            return True
    return False


_TOKEN = re.compile(r"\s+|[^\W_]+|.", re.DOTALL)
_TAG_WORDS = {
    "b": "bold",
    "i": "italics",
    "u": "underlining",
    "s": "strike-through",
    "a": "link",
    "br": "line break",
    "code": "inline code",
}


def _tokens(template: Template) -> tuple[list[Part], list[tuple[int, Tag]]]:
    """A template as words, spaces, punctuation and slots, and each tag with the token index it stands before."""
    tokens: list[Part] = []
    tags: list[tuple[int, Tag]] = []
    for part in template.parts:
        if isinstance(part, Tag):
            tags.append((len(tokens), part))
        elif isinstance(part, Slot):
            tokens.append(part)
        else:
            tokens += _TOKEN.findall(part)
    return tokens, tags


def _with_tags_of(template: Template, other: Template, numbers: set[int]) -> Template:
    """``template`` with the tags of ``numbers`` from ``other``, the same text with other tags, where ``other``
    has them (at the same place among the tokens, closings before openings)."""
    tokens, own = _tokens(template)
    _, others = _tokens(other)
    placed: dict[int, list[Tag]] = {}
    for index, tag in own + [(index, tag) for index, tag in others if tag.number in numbers]:
        placed.setdefault(index, []).append(tag)
    parts: list[Part] = []
    for index in range(len(tokens) + 1):
        here: list[Tag] = placed.get(index, [])
        parts += [tag for tag in here if tag.role == CLOSE] + [tag for tag in here if tag.role != CLOSE]
        if index < len(tokens):
            parts.append(tokens[index])
    return Template.joined(parts)


def _space(token: Part) -> bool:
    return isinstance(token, str) and token.isspace()


def _compared(token: Part) -> object:
    """What two tokens are compared by: a slot by its entry (its form may change), text as written."""
    return ("slot", token.entry_id) if isinstance(token, Slot) else token


def carry_formatting(corrected: Template, stored: Template) -> tuple[Template, list[Tag]]:
    """``corrected`` (a reviewer's text, names as slots, no formatting left) with ``stored``'s formatting tags
    carried onto the same words, and the tags that have nothing left to cover.

    The two texts are aligned word by word (slots by their entry): a tag
    keeps its place among unchanged words; formatting over words the
    reviewer replaced covers the replacement; words inserted at its edge
    stay outside it. A pair whose words were all deleted cannot be placed.
    Inline code and links shown as their address are left out: their text
    is in the corrected translation verbatim, and a run puts them back
    where it finds it (:func:`toolkit.translate.formatting.fit`).
    """
    from difflib import SequenceMatcher

    old_tokens, old_tags = _tokens(stored)
    new_tokens, _ = _tokens(corrected)
    opcodes = SequenceMatcher(
        None, [_compared(t) for t in old_tokens], [_compared(t) for t in new_tokens], autojunk=False
    ).get_opcodes()

    def after(gap: int) -> int:
        """Where the gap before old token ``gap`` is in the corrected text, hugging the token after it."""
        for kind, i1, i2, j1, _ in opcodes:
            if i1 <= gap < i2:
                return j1 + (gap - i1) if kind == "equal" else j1
        return len(new_tokens)

    def before(gap: int) -> int:
        """The same, hugging the token before it."""
        for kind, i1, i2, j1, j2 in opcodes:
            if i1 <= gap - 1 < i2:
                return j1 + (gap - i1) if kind == "equal" else j2
        return 0

    verbatim_text = {tag.number for _, tag in old_tags if tag.role == STANDALONE and tag.name in ("code", "a")}
    placed: dict[int, list[Tag]] = {}
    opened: dict[int, int] = {}
    unplaced: list[Tag] = []
    dropped: set[int] = set()
    for gap, tag in old_tags:
        if tag.number in verbatim_text:
            continue
        where = before(gap) if tag.role == CLOSE else after(gap)
        if (
            tag.name == "br"
            and where < len(new_tokens)
            and _space(new_tokens[where])
            and not (gap < len(old_tokens) and _space(old_tokens[gap]))
        ):
            dropped.add(where)  # the review shows a break as a space; the break stands in its place
            where += 1
        elif (
            tag.name == "br"
            and where > 0
            and _space(new_tokens[where - 1])
            and not (gap > 0 and _space(old_tokens[gap - 1]))
        ):
            dropped.add(where - 1)
        if tag.role == OPEN:
            opened[tag.number] = where
        elif tag.role == CLOSE and opened.get(tag.number, -1) >= where:
            unplaced.append(tag)
            continue
        placed.setdefault(where, []).append(tag)
    lost = {tag.number for tag in unplaced}
    parts: list[Part] = []
    for index in range(len(new_tokens) + 1):
        parts += [tag for tag in placed.get(index, []) if tag.number not in lost]
        if index < len(new_tokens) and index not in dropped:
            token = new_tokens[index]
            if isinstance(token, str) and parts and isinstance(parts[-1], str):
                parts[-1] += token
            else:
                parts.append(token)
    return Template(tuple(parts)), unplaced


def _unplaced_refusal(unplaced: list[Tag], stored: Template) -> tuple[str, str]:
    """Why a corrected row is not taken when the stored formatting has nothing left to cover."""
    described = []
    for tag in unplaced:
        inside: list[str] = []
        within = False
        for part in stored.parts:
            if isinstance(part, Tag) and part.number == tag.number:
                within = part.role == OPEN
            elif within:
                inside.append(part if isinstance(part, str) else part.code)
        words = " ".join("".join(inside).split())
        described.append(f"the {_TAG_WORDS.get(tag.name, tag.name)} on '{words}'")
    return (
        f"{', '.join(described)} of the stored translation covers no word of the corrected one "
        "(its words were deleted)",
        "keep a word for the formatting to cover (the English has it formatted), or correct the memory "
        "unit in a TMX editor",
    )


def _rendered(template: Template, glossary: Glossary, language: str) -> str | None:
    """A stored template's text with names rendered, as :func:`delocalise` leaves an edition's text."""
    from ..render import render

    pieces, _, problems = render(template, glossary, language)
    return None if problems else _neutral(delocalise("".join(piece.text for piece in pieces), language))


def _stored_of(document: TmxDocument, record: ReviewedSegment) -> Template | None:
    unit = document.unit_for(record.source, record.language)
    return _readable_target(document, unit, record.language) if unit is not None else None


def _formatting_changed(record: ReviewedSegment, stored: Template | None, glossary: Glossary) -> bool:
    """Whether the formatting the review file shows on the translation (where it shows formatting) is other than
    the stored translation's: a span it has that the stored one lacks, or one over other words. Formatting the
    file lost (a link Word dropped as its text was typed over) is no change: the stored unit's is carried."""
    if record.formatting is None or not record.formatting.tags or stored is None:
        return False
    shown = _covered(record.formatting)
    kept = _covered(stored)
    for key, parts in shown.items():
        if key not in kept:
            return True
        words = " ".join(_neutral(delocalise("".join(p for p in parts if isinstance(p, str)), record.language)).split())
        stored_words = _rendered(
            Template.joined(p for p in kept[key] if not isinstance(p, Tag)), glossary, record.language
        )
        if stored_words is not None and words != " ".join(stored_words.split()):
            return True
    return False


def _covered(template: Template) -> dict[tuple[int, str], list]:
    """Each paired tag of a template (number, name) with the parts it covers; a line break with none."""
    covered: dict[tuple[int, str], list] = {}
    open_now: list[tuple[int, str]] = []
    for part in template.parts:
        if isinstance(part, Tag):
            key = (part.number, part.name)
            if part.role == OPEN:
                covered[key] = []
                open_now.append(key)
                continue
            if part.role == CLOSE:
                if key in open_now:
                    open_now.remove(key)
                continue
            if part.name == "br":
                covered[key] = []
                continue
        for key in open_now:
            covered[key].append(part)
    return covered


_VERBATIM = "\U000f0000"  # stands for inline code (or a link shown as its address) in a stored unit's text


def _as_stored(text: str, stored: Template, glossary: Glossary, language: str) -> bool:
    """Whether a reviewer's (delocalised) text is the stored unit's as an edition shows it, its inline code
    whatever it is: a unit keeps code as a tag whose text comes from the article, so it matches any text."""
    parts = [
        _VERBATIM if isinstance(part, Tag) and part.role == STANDALONE and part.name != "br" else part
        for part in stored.parts
    ]
    rendered = _rendered(Template.joined(parts), glossary, language)
    if rendered is None:
        return False
    pattern = "(?:.+?)".join(re.escape(chunk) for chunk in rendered.split(_VERBATIM))
    return re.fullmatch(pattern, _neutral(text)) is not None


_ARABIC_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?"})


def _neutral(text: str) -> str:
    """Text compared without the punctuation an Arabic-script edition localises (، ؛ ؟ and , ; ?)."""
    return text.translate(_ARABIC_PUNCTUATION)


def keep_stored_forms(new: Template, stored: Template, glossary: Glossary, language: str) -> Template:
    """``new`` with each slot's form taken from ``stored`` where both forms are written alike.

    A form read from text can be ambiguous (Russian Сирии is genitive,
    dative or prepositional; Тегеран nominative or accusative): where the
    reviewer's word is what the stored slot renders, the stored form, chosen
    by a person, is kept, so an untouched sentence stays unchanged.
    """
    from ..render import render_slot

    earlier: dict[str, list[Slot]] = {}
    for slot in stored.slots:
        earlier.setdefault(slot.entry_id, []).append(slot)
    seen: Counter = Counter()
    parts = []
    for part in new.parts:
        if isinstance(part, Slot):
            candidates = earlier.get(part.entry_id, [])
            index = seen[part.entry_id]
            seen[part.entry_id] += 1
            if index < len(candidates) and candidates[index] != part:
                old = candidates[index]
                (shown_new, problem_new), (shown_old, problem_old) = (
                    render_slot(part, glossary, language),
                    render_slot(old, glossary, language),
                )
                if not problem_new and not problem_old and shown_new.text == shown_old.text:
                    part = old
        parts.append(part)
    return Template(tuple(parts))


def _printable(text: str, limit: int = 200) -> bool:
    """Short text without control or format characters (TMX attributes cannot hold them)."""
    return 0 < len(text) <= limit and not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def _check_record(record: ReviewedSegment) -> tuple[str, str] | None:
    if not _printable(record.reviewer):
        return (
            f"the reviewer's name {quoted(record.reviewer)} is empty, too long or has control characters",
            "give the reviewer as plain text (--reviewer NAME)",
        )
    if not _printable(record.unit_id):
        return (
            f"the segment id {quoted(record.unit_id)} is empty, too long or has control characters",
            "export the file again",
        )
    if record.language not in TARGET_LANGUAGES:
        return (
            f"{quoted(record.language)} is not a language the toolkit translates into",
            f"use one of {', '.join(TARGET_LANGUAGES)}",
        )
    if not record.source.strip():
        return "the English is empty", "keep the English of every segment as it was exported"
    if not record.target.strip():
        return "the translation is empty", "write the translation, or leave the segment out"
    if len(record.source) > MAX_SOURCE_CHARS or len(record.target) > MAX_TARGET_CHARS:
        return ("the segment is far longer than a sentence", "check that the file is a review of one article")
    foreign = _foreign_script(record.target, record.language)
    if foreign:
        return (
            f"the translation is in {foreign} letters, not the {_LETTERS[script(record.language)]} letters "
            f"{english_name(record.language)} is written in",
            "check the file's language (a CAT tool's target language, or the review edition it came from) "
            "and import each language's file as it was exported",
        )
    return None


# The scripts a letter may belong to, by the first word of its Unicode name, and what a message calls them.
_SCRIPT_OF_NAME = {"LATIN": "Latn", "CYRILLIC": "Cyrl", "ARABIC": "Arab"}
_LETTERS = {"Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "other": "other"}


def _foreign_script(text: str, language: str) -> str | None:
    """The script most of the letters of ``text`` are in, when it is another than ``language``'s, else None.

    Latin letters never count against a language (acronyms, names left in
    Latin, addresses: QA judges those); a Russian text filed as Persian, or a
    Persian one as Turkish, is refused before it reaches the memory, where
    every later edition would print it.
    """
    own = script(language)
    counts: Counter[str] = Counter()
    for character in text:
        if character.isalpha():
            counts[_SCRIPT_OF_NAME.get(unicodedata.name(character, "").split(" ")[0], "other")] += 1
    if own != "Latn":
        counts.pop("Latn", None)
    foreign = {name: count for name, count in counts.items() if name != own}
    if not foreign or sum(foreign.values()) <= counts[own]:
        return None
    return _LETTERS[max(foreign, key=lambda name: foreign[name])]


def _where(glossary: Glossary, entry_id: str, language: str) -> str:
    """Where a person fixes an entry's rendering into ``language``: its file and line, as messages show them."""
    from ..errors import shown_path

    place = glossary[entry_id].where(language)
    return f"{shown_path(place.path)}:{place.line}"


def _slots(
    record: ReviewedSegment, text: str, glossary: Glossary, matcher, placer, held: frozenset[str] = frozenset()
) -> tuple[Template | None, tuple]:
    """The reviewed text with every name the English mentions as a slot, or None and why not. ``held``: the names
    the memory's translation the review file was made from holds as slots (the file showed them as the glossary
    rendered them then)."""
    from ..render import render

    mentions = matcher.find(record.source)
    placement = placer.locate(text, mentions, record.source)
    template = placement.template
    placed = Counter(slot.entry_id for slot in template.slots) if template is not None else Counter()
    for entry_id, count in Counter(m.entry_id for m in mentions).items():
        if placed[entry_id] >= count:
            continue
        mention = next(m for m in mentions if m.entry_id == entry_id)
        surface = mention.surface
        rendering = glossary[entry_id].renderings.get(record.language)
        if rendering is None:
            return None, (
                f"'{surface}' ({entry_id}) has no {record.language} rendering in the glossary",
                f"add {record.language}: to the entry at {glossary[entry_id].location}, then import again",
            )
        times = f" {count} times" if count > 1 else ""
        written = rendering.forms(mention.short)["nom"]  # as the English mentions it: the short rendering for "Erdogan"
        reason = (
            f"'{surface}' ({entry_id}) is in the English{times} but the translation does not have "
            f"'{rendering.full['nom']}' (in any form){times}"
        )
        if entry_id in held:  # the file showed the name as the glossary rendered it then: it may have changed
            return None, (
                reason + ": the review file showed the name of the memory's translation as the glossary rendered "
                "it when the file was made, and the glossary's rendering may have changed since",
                f"write the glossary's rendering now, '{written}', in the form the sentence needs, and "
                f"import again (the rows left as the file showed them are kept as they are); if the file's "
                f"spelling is the right one, restore it in the glossary (the entry's {record.language} rendering at "
                f"{_where(glossary, entry_id, record.language)})",
            )
        return None, (
            reason,
            f"write the glossary's rendering '{rendering.full['nom']}' (any case or suffix); if the reviewer's "
            f"spelling is right, fix the glossary (the entry's {record.language} rendering at "
            f"{_where(glossary, entry_id, record.language)}) and import again",
        )
    assert template is not None
    problems = [p for p in render(template, glossary, record.language)[2] if p.severity == "error"]
    if problems:
        return None, (problems[0].message, "fix the glossary entry, then import again")
    return template, ()
