"""An editor's look into a translation memory: find units, take a wrong one out, see what an import stored.

:func:`find_units` lists the translations of TMX files that hold a text (in
the English, or in a translation as an edition shows it, names rendered), a
unit id, or that an import of a given review file stored (the
``x-toolkit-origin`` property each stored variant carries), each with its
file and line, who changed it and when. :func:`remove_units` takes units, or
one language's translations of them, out of a memory, atomically and in turn
with imports (the same lock), saying where another unit still holds the
sentence, since a run then uses that one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError, quoted, shown_path, shown_text
from ..records import dataclass
from .memory import ORIGIN_PROP, TmxDocument, memory_key, read_tmx_date, seg_text, stamp_of

if TYPE_CHECKING:
    from ..document import Segment
    from ..glossary.model import Glossary
    from .memory import TranslationMemory


@dataclass(frozen=True)
class FoundTranslation:
    """One translation of a memory unit, as an editor reads it."""

    path: Path
    line: int  # of its <tuv>
    unit_id: str
    language: str
    english: str
    translation: str  # names rendered as an edition shows them (formatting left out); the stored code if it cannot be
    code: str  # as stored: names as slots
    who: str
    when: str  # "2026-11-27 08:00 UTC", or "" when undated
    origin: str  # the review file and row it was imported from, or ""

    def where(self) -> str:
        return f"{shown_path(self.path)}:{self.line}"

    def __str__(self) -> str:
        # what the memory file holds (its texts, who changed it, the file it came from) printed with its control
        # characters and bidi controls escaped: a U+202E in a stored English or a line end in a reviewer's name
        # cannot disguise the lines or start a false one
        said = [f"changed by {self.who}" if self.who else "", self.when, f"from {self.origin}" if self.origin else ""]
        about = shown_text(", ".join(item for item in said if item))
        return (
            f"{self.where()}: unit {self.unit_id!r} ({self.language})"
            + (f": {about}" if about else "")
            + f"\n    en: {shown_text(self.english)}\n    {self.language}: {shown_text(self.translation)}"
        )

    def as_dict(self) -> dict:
        return {
            "file": str(self.path),
            "line": self.line,
            "unit": self.unit_id,
            "language": self.language,
            "english": self.english,
            "translation": self.translation,
            "stored": self.code,
            "who": self.who,
            "when": self.when,
            "origin": self.origin,
        }


def _shown_date(text: str) -> str:
    moment = read_tmx_date(text)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else text[:40]


def unit_label(unit, number: int) -> str:
    """A unit's id as the toolkit names it: its tuid, else its position (``#12``)."""
    return unit.get("tuid") or f"#{number}"


def _translations(document: TmxDocument, unit, number: int, glossary: Glossary | None, languages):
    from ..render import render

    english_tuv = document.variant(unit, document.source_language)
    if english_tuv is None or english_tuv.find("seg") is None:
        return
    english = " ".join(seg_text(english_tuv.find("seg")).split())
    for language in dict.fromkeys(document.languages_of(unit)):  # of ru and ru-RU, the one lookups take
        if languages and language not in languages:
            continue
        tuv = document.variant(unit, language)
        if tuv is None or tuv.find("seg") is None:
            continue
        try:
            template = document.target(unit, language)
        except UserError as error:
            code, shown = seg_text(tuv.find("seg")), f"(unreadable: {error.message})"
        else:
            assert template is not None
            code = template.code
            shown = code
            if glossary is not None:
                pieces, _, problems = render(template.without_tags(), glossary, language)
                if not any(problem.severity == "error" for problem in problems):
                    shown = "".join(piece.text for piece in pieces)
        # the variant's own change, else the unit's where the unit holds this translation alone
        stamp = stamp_of(tuv) or (stamp_of(unit) if len(document.languages_of(unit)) == 1 else None)
        origin = next((prop.text or "" for prop in tuv.findall("prop") if prop.get("type") == ORIGIN_PROP), "")
        yield FoundTranslation(
            Path(document.path),
            tuv.sourceline or 0,
            unit_label(unit, number),
            language,
            english,
            " ".join(shown.split()),
            code,
            stamp[0] if stamp else "",
            _shown_date(stamp[1]) if stamp else "",
            origin,
        )


def find_units(
    paths: Sequence[Path],
    text: str | None = None,
    *,
    origin: str | None = None,
    languages: Iterable[str] = (),
    glossary: Glossary | None = None,
) -> list[FoundTranslation]:
    """The translations in the TMX files ``paths`` that match, in file order.

    ``text`` matches a unit id exactly, or appears (case and spacing aside)
    in the English, in the translation as shown (names rendered with
    ``glossary``) or in its stored code (``{putin:gen}``); ``origin`` is a
    review file's name (or path): the translations an import of it stored.
    Given both, a translation must match both; ``languages`` narrows to those.
    """
    wanted = " ".join((text or "").split()).casefold()
    origin_name = Path(origin).name if origin else None
    chosen = set(languages)
    found: list[FoundTranslation] = []
    for path in paths:
        document = TmxDocument.open(Path(path))
        for number, unit in enumerate(document.units(), 1):
            for item in _translations(document, unit, number, glossary, chosen):
                if origin_name is not None and not (
                    item.origin == origin_name or item.origin.startswith(origin_name + " ")
                ):
                    continue
                if wanted and not (
                    item.unit_id.casefold() == wanted
                    or wanted in item.english.casefold()
                    or wanted in item.translation.casefold()
                    or wanted in item.code.casefold()
                ):
                    continue
                found.append(item)
    return found


@dataclass(frozen=True)
class Removed:
    unit_id: str
    language: str  # "" when the whole unit went
    line: int
    english: str
    translation: str  # the stored code of what went ("" for a whole unit)
    still_held_by: str = ""  # another unit of the file holding the sentence's translation, which a run now uses


def remove_units(
    path: Path,
    unit_ids: Sequence[str],
    *,
    languages: Sequence[str] = (),
    who: str | None = None,
    dry_run: bool = False,
) -> tuple[list[Removed], bool]:
    """Take the units ``unit_ids`` (tuids, or ``#N`` positions) out of the memory at ``path``, or, given
    ``languages``, only their translations into those (a unit left with none goes too). Written atomically,
    in turn with imports; an id the file does not have is a :class:`UserError` and nothing is written.
    Returns what went, and whether the file was written."""
    from .reviewed import LOCK_WAIT_SECONDS, memory_lock

    path = Path(path)
    with memory_lock(path, wait=0 if dry_run else LOCK_WAIT_SECONDS, on_wait=None):
        document = TmxDocument.open(path)
        units = document.units()
        by_id: dict[str, list[tuple[int, Any]]] = {}
        for number, unit in enumerate(units, 1):
            by_id.setdefault(unit_label(unit, number), []).append((number, unit))
            by_id.setdefault(f"#{number}", []).append((number, unit))
        missing = [unit_id for unit_id in unit_ids if unit_id not in by_id]
        if missing:
            raise UserError(
                f"the memory has no unit {', '.join(quoted(unit_id) for unit_id in missing[:5])}"
                + (f" (and {len(missing) - 5:,} more)" if len(missing) > 5 else ""),
                path=path,
                fix=f"`toolkit memory find TEXT --memory {path}` lists the units that hold a text, with their ids",
            )
        now = datetime.now(timezone.utc).replace(microsecond=0)
        removed: list[Removed] = []
        gone: set[int] = set()
        for unit_id in dict.fromkeys(unit_ids):
            for _, unit in by_id[unit_id]:
                if id(unit) in gone:
                    continue
                english_tuv = document.variant(unit, document.source_language)
                english = seg_text(english_tuv.find("seg")) if english_tuv is not None and len(english_tuv) else ""
                english = " ".join(english.split())
                targets = document.languages_of(unit)
                taking = [code for code in targets if code in languages] if languages else targets
                if languages and not taking:
                    continue
                if not targets:  # a unit of the English alone
                    removed.append(Removed(unit_id, "", unit.sourceline or 0, english, ""))
                for code in taking:
                    tuv = document.variant(unit, code)
                    removed.append(Removed(unit_id, code, tuv.sourceline or 0, english, _stored(document, unit, code)))
                    if languages and len(taking) < len(targets):
                        document.remove_variant(unit, code, who, now)
                if not languages or len(taking) == len(targets):
                    _take_out(unit)
                    gone.add(id(unit))
        if not removed:
            raise UserError(
                f"the units {', '.join(repr(unit_id) for unit_id in unit_ids)} hold no translation into "
                f"{', '.join(languages)}",
                path=path,
                fix="give the languages they hold, or leave out --to to take out the whole units",
            )
        removed = [_with_holder(item, document, gone, units) for item in removed]
        if not dry_run:
            from .memory import write_memory

            write_memory(path, document.to_bytes())
    return removed, not dry_run


def _stored(document: TmxDocument, unit, language: str) -> str:
    """A translation as stored (names as slots), or its text where it cannot be read."""
    try:
        template = document.target(unit, language)
    except UserError:
        seg = document.variant(unit, language).find("seg")
        return seg_text(seg) if seg is not None else ""
    return template.code if template is not None else ""


def _take_out(unit) -> None:
    parent = unit.getparent()
    previous = unit.getprevious()
    if previous is not None:
        previous.tail = unit.tail
    elif parent is not None:
        parent.text = unit.tail
    if parent is not None:
        parent.remove(unit)


def _with_holder(item: Removed, document: TmxDocument, gone: set[int], units: list) -> Removed:
    """The item, naming another unit of the file that still holds the sentence's translation (a run uses it)."""
    from dataclasses import replace

    key = memory_key(item.english)
    for number, unit in reversed(list(enumerate(units, 1))):
        if id(unit) in gone or unit.getparent() is None:
            continue
        source = document.variant(unit, document.source_language)
        if source is None or source.find("seg") is None or memory_key(seg_text(source.find("seg"))) != key:
            continue
        languages = [item.language] if item.language else []
        if any(document.variant(unit, code) is not None for code in languages) or (
            not languages and document.languages_of(unit)
        ):
            return replace(item, still_held_by=unit_label(unit, number))
    return item


@dataclass(frozen=True)
class StaleUnit:
    """A memory unit whose English is no sentence of the articles looked at."""

    path: Path
    line: int  # of its <tu>
    unit_id: str
    english: str
    languages: tuple[str, ...]
    # where its English is part of an article under another sentence split: "story.md 3.1, 3.2"; else ""
    other_split: str = ""

    def __str__(self) -> str:
        why = (
            f"its words are in {self.other_split}, split otherwise now"
            if self.other_split
            else "no article looked at has this sentence"
        )
        held = ", ".join(self.languages)
        return (
            f"{shown_path(self.path)}:{self.line}: unit {self.unit_id!r} ({held}): {shown_text(why)}"
            f"\n    en: {shown_text(self.english)}"
        )

    def as_dict(self) -> dict:
        return {
            "file": str(self.path),
            "line": self.line,
            "unit": self.unit_id,
            "english": self.english,
            "languages": list(self.languages),
            "other_split": self.other_split,
        }


def _used_under_another_split(
    memory: TranslationMemory, blocks: Sequence[Sequence[Segment]], languages: Sequence[str], glossary
) -> set[str]:
    """The English (as the memory keys it) of the units of ``memory`` a run of these paragraphs uses joined into
    one sentence or cut into several, in any of ``languages``."""
    from ..glossary.match import Matcher
    from .engines import matched
    from .resplit import joined_units, units_to_cut

    if not memory.units:
        return set()
    matcher = Matcher(glossary) if glossary is not None else None
    key_of = {id(hit): key for key, hits in memory.units.items() for hit in hits.values()}
    used: set[str] = set()
    for block in blocks:
        segments = matched(block, matcher)
        for language in languages:
            if len(segments) > 1:
                used.update(key_of[id(hit)] for hit, _, _ in units_to_cut(memory, segments, language).values())
            for segment in segments:
                if memory_key(segment.text) not in memory.units:
                    used.update(key_of[id(hit)] for hit in joined_units(memory, segment.text, language) or ())
    return used


def stale_units(
    paths: Sequence[Path], articles: Sequence[Path], glossary: Glossary | None = None
) -> tuple[list[StaleUnit], list[str]]:
    """The units of the TMX files ``paths`` whose English is no sentence of ``articles`` (as the sentence
    splitter cuts them now), in file order, each naming where its words are under another split when they
    are (:func:`toolkit.translate.resplit.units_under_another_split`); and the articles that could not be
    read, each as a message: they are left out, and so are the units their runs stored (``story:3.1`` of
    ``story.md``), since whether the article still has their sentences cannot be told.

    A unit a run still uses under the new split is no stale unit: one whose translation is joined with the
    next unit's into one of today's sentences (:func:`toolkit.translate.resplit.joined_units`), or one cut
    into today's sentences (:func:`toolkit.translate.resplit.units_to_cut`, whose check that each piece holds
    its sentence's names reads them with ``glossary``), in any of its languages."""
    from ..publish.paths import article_name
    from ..read import read_document
    from .memory import load_memory
    from .resplit import units_under_another_split

    keys: set[str] = set()
    paragraphs: list[tuple[str, list[tuple[str, str]]]] = []
    blocks: list[list[Segment]] = []
    unread: list[str] = []
    unread_names: set[str] = set()
    for article in articles:
        try:
            read = read_document(article)
        except (UserError, OSError, ValueError) as error:
            unread.append(f"{article}: {getattr(error, 'message', error)}")
            unread_names.add(article_name(Path(article).stem))
            continue
        keys.update(memory_key(segment.text) for segment in read.segments)
        paragraphs += [
            (article.name, [(s.id, s.text) for s in block.segments]) for block in read.blocks if block.segments
        ]
        blocks += [list(block.segments) for block in read.blocks if block.segments]
    split: dict[str, str] = {}
    for path in paths:
        memory = load_memory([path])
        held = sorted({code for hits in memory.units.values() for code in hits})
        keys.update(_used_under_another_split(memory, blocks, held, glossary))
        for name in dict.fromkeys(name for name, _ in paragraphs):
            mine = [paragraph for article, paragraph in paragraphs if article == name]
            for unit in units_under_another_split(memory, mine, held, set()):
                split.setdefault(unit.key, f"{name} {', '.join(unit.segments)}")
    stale: list[StaleUnit] = []
    for path in paths:
        document = TmxDocument.open(Path(path))
        for number, unit in enumerate(document.units(), 1):
            english_tuv = document.variant(unit, document.source_language)
            if english_tuv is None or english_tuv.find("seg") is None:
                continue
            english = memory_key(seg_text(english_tuv.find("seg")))
            if english in keys or unit_label(unit, number).rsplit(":", 1)[0] in unread_names:
                continue
            languages = tuple(
                code for code in dict.fromkeys(document.languages_of(unit)) if code != document.source_language
            )
            stale.append(
                StaleUnit(
                    Path(path),
                    unit.sourceline or 0,
                    unit_label(unit, number),
                    english,
                    languages,
                    split.get(english, ""),
                )
            )
    return stale, unread
