"""XLIFF 1.2: an article's segments out for review in a CAT tool, and the reviewed file back in.

OmegaT, Trados Studio and memoQ all read and write XLIFF 1.2 (OASIS); 2.x
is far less supported by desktop tools.

**Out** (:func:`edition_xliff`): one file per article and language,
``<article>.<lang>.xlf``, made from the article translated through the
library exactly as ``toolkit translate`` would (memory, adapted memory,
then the installed models); a segment neither has is exported without a
target, for the reviewer to translate. Each paragraph is a ``<group>``; each
sentence a ``<trans-unit id="2.1" resname="article:2.1">`` with:

- ``<source>`` the English, ``<target>`` the translation as an edition shows
  it (names rendered, the locale's digits and quotation marks), with a state:
  ``final`` + ``exact-match`` for reviewed memory, ``needs-review-translation``
  + ``fuzzy-match`` for adapted memory, ``+ leveraged-mt`` for machine output
  (and for anything QA flagged);
- ``<alt-trans>`` proposals: the memory's fuzzy suggestions with their score
  as ``match-quality``; and, for a target that needs review, the exported
  text itself as ``alttranstype="previous-version"``, so the way back can tell
  an edited segment from one nobody touched;
- ``<note>``s: where the translation came from, every QA problem, and the
  glossary names in the segment with their canonical renderings;
- a ``<context-group name="x-toolkit-review">``: digests of the memory
  translation the unit shows (``-`` for none) and of the target as exported,
  so the import tells an unedited unit from an edited one and a file made
  before another review was imported (:func:`store_reviewed`).

Names are plain text in both directions: a reviewer must be free to inflect
them (Мамлюком, Erdoğan'ın), and CAT tools would show slots as locked tags.
Formatting is not: the source and the target carry each link, bold, italic,
underlined and struck span as ``<g id="N" ctype="...">`` and each line break
as ``<x id="N" ctype="lb"/>``, ``N`` the source's tag number, so a CAT tool
shows them and keeps them on the reviewer's words.

**Back** (:func:`reviewed_segments`): every ``<trans-unit>`` with a target
becomes a :class:`~toolkit.translate.reviewed.ReviewedSegment` for
:func:`~toolkit.translate.reviewed.store_reviewed`, which turns names back into slots.
A unit is *taken* when its state says it is done (``translated``, ``final``,
``signed-off``, or no state) and the trans-unit is not ``approved="no"``,
or when its text differs from the version exported (the reviewer edited
it). A unit still ``new``, ``needs-*`` or ``approved="no"`` with its
exported text untouched (or in another tool's file), an empty target, or inline codes the toolkit cannot
store are reported, with the trans-unit id, and not taken. The formatting
tags a target keeps (those of its source, by id and kind) go with it to the
memory; others are unwrapped and their text kept. Another CAT tool's inline
codes (``<bpt>``/``<ept>``, ``<bx/>``/``<ex/>``, ``<it>``, ``<x/>``,
``<ph>``) are read as the formatting their ctype or native code stands for
(:func:`_inline`); the source's formatting goes with each segment, so what a
target lost of it is decided as for a review DOCX row
(:func:`toolkit.translate.reviewed.lost_in_translation`).

:func:`structure_problems` checks a document against the rules of the XLIFF
1.2 specification for the elements and attributes used here (required
attributes, content models, enumerated values, unique ids). It is written
from the specification; it is not the OASIS XML Schema.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError, clipped, quoted
from ..files import recorded_path
from ..formatting import Span
from ..languages import SOURCE_LANGUAGE, TARGET_LANGUAGES, primary_language
from ..records import dataclass
from ..slots import CLOSE, OPEN, STANDALONE, Part, Tag, Template
from ..translate.engines import ADAPTED, EXACT, Translation
from ..translate.reviewed import NO_MEMORY, NotTaken, ReviewedSegment, memory_based_on, text_digest
from ..xmlsafe import XML_NS, escaped_hidden, local_name, read_xml
from .inline_codes import NATIVE_NAMES, InlineCode, Mark, link_address, native_tag, source_formatting, target_formatting

if TYPE_CHECKING:
    from ..document import Edition, Segment, TranslatedSegment
    from ..glossary.model import Glossary
    from ..localise import Localiser

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
MAX_XLIFF_BYTES = 64 * 1024**2
# the whole tree is held while a file is read, about 2.7 KB a unit: at this many reading peaks at about 280 MB
MAX_XLIFF_UNITS = 100_000


def _xliff_units() -> tuple[tuple[str, ...], int, str]:
    return ("trans-unit", "unit"), MAX_XLIFF_UNITS, "units"  # XLIFF 1.2's and 2.x's


UNTRANSLATED = "untranslated"
TOOL_ID = "toolkit"
# a trans-unit's <context-group name="x-toolkit-review">: the memory translation it was made from, the target
# as exported (digests), so the import can tell a review made before another was imported
REVIEW_CONTEXT, MEMORY_CONTEXT, EXPORTED_CONTEXT = "x-toolkit-review", "x-toolkit-memory", "x-toolkit-exported"
ORIGIN_CONTEXT, COPIED = "x-toolkit-origin", "copy-model"  # a target a test copy model wrote (the English copied)

TARGET_STATES = frozenset(
    {
        "final",
        "needs-adaptation",
        "needs-l10n",
        "needs-review-adaptation",
        "needs-review-l10n",
        "needs-review-translation",
        "needs-translation",
        "new",
        "signed-off",
        "translated",
    }
)
DONE_STATES = frozenset({"final", "signed-off", "translated"})
STATE_QUALIFIERS = frozenset(
    {
        "exact-match",
        "fuzzy-match",
        "id-match",
        "leveraged-glossary",
        "leveraged-inherited",
        "leveraged-mt",
        "leveraged-repository",
        "leveraged-tm",
        "mt-suggestion",
        "rejected-grammar",
        "rejected-inaccurate",
        "rejected-length",
        "rejected-spelling",
        "tm-suggestion",
    }
)
ALT_TRANS_TYPES = frozenset({"proposal", "previous-version", "rejected", "reference", "accepted"})
_INLINE_TEXT = frozenset({"g", "mrk"})  # formatting and markers around text: their text is kept
# the toolkit's formatting tags as XLIFF 1.2 inline elements: <g id="N" ctype="bold">...</g>, <x id="N" ctype="lb"/>
_CTYPES = {"b": "bold", "i": "italic", "u": "underlined", "s": "x-strike", "a": "link"}
_TAG_NAMES = {ctype: name for name, ctype in _CTYPES.items()}
LINE_BREAK = "lb"
_TAG_MARK = 0xF0000  # private-use characters stand for tags while a translation is rendered and localised
_INLINE_CODES = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "sub"})


class Untranslated:
    """The last engine of an export: a segment nothing translated goes out without a target."""

    name = UNTRANSLATED

    def translate(self, segments: Sequence[Segment], language: str) -> list[Translation | None]:
        return [Translation(Template(()), UNTRANSLATED, "") for _ in segments]


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """Text an XML document can hold: control characters and lone surrogates (from odd file names) dropped."""
    return _NOT_XML.sub("", text)


def _q(name: str) -> str:
    return f"{{{XLIFF_NS}}}{name}"


def _state(segment: TranslatedSegment) -> tuple[str, str]:
    if segment.origin == EXACT and not segment.flagged:
        return "final", "exact-match"
    if segment.origin == ADAPTED or segment.origin == EXACT:
        return "needs-review-translation", "fuzzy-match" if segment.origin == ADAPTED else "exact-match"
    return "needs-review-translation", "leveraged-mt"


_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def shown_text(text: str) -> str:
    """An edition's text without the direction marks that only Word and browsers need."""
    return text.translate(_DIRECTION_MARKS)


def edition_xliff(
    edition: Edition,
    glossary: Glossary,
    localiser: Localiser,
    *,
    tool_version: str,
    exported: datetime | None = None,
    copy_model: str | None = None,
) -> bytes:
    """One edition as an XLIFF 1.2 file for review (see the module docstring); the memory's suggestions for
    each segment come as ``alt-trans`` proposals. ``copy_model`` is the reference of a test copy model: its
    output is labelled so, and the import never takes it unedited."""
    from lxml import etree

    from ..document import Piece
    from ..render import render

    document = edition.document
    code = edition.language.code
    plain = replace(localiser, direction_marks="none")
    moment = (exported or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    root = etree.Element(_q("xliff"), version="1.2", nsmap={None: XLIFF_NS})
    file = etree.SubElement(
        root,
        _q("file"),
        {
            "original": _xml(document.source_path.name if document.source_path else document.name),
            "source-language": SOURCE_LANGUAGE,
            "target-language": code,
            "datatype": "plaintext",
            "tool-id": TOOL_ID,
            "date": moment.isoformat().replace("+00:00", "Z"),
            "product-name": _xml(document.name),
        },
    )
    header = etree.SubElement(file, _q("header"))
    etree.SubElement(header, _q("tool"), {"tool-id": TOOL_ID, "tool-name": "toolkit", "tool-version": tool_version})
    etree.SubElement(header, _q("note"), {"from": TOOL_ID}).text = (
        f"Review of '{_xml(document.title)}' in {edition.language.english_name}. Edit the targets; names are plain "
        "text: write each in the glossary's rendering, in whatever form the sentence needs. Confirm a segment "
        "you accept as it is (state 'translated'), or change it; untouched segments that still need review "
        "are not stored."
    )
    body = etree.SubElement(file, _q("body"))
    for number, block in enumerate(edition.blocks, 1):
        group = etree.SubElement(body, _q("group"), {"id": f"b{number}", "restype": f"x-{block.source.kind.value}"})
        for segment in block.segments:
            unit = etree.SubElement(
                group,
                _q("trans-unit"),
                {"id": segment.source.id, "resname": _xml(f"{document.name}:{segment.source.id}")},
            )
            _write_inline(etree.SubElement(unit, _q("source")), _source_items(segment.source))
            translated = segment.origin != UNTRANSLATED
            text = _xml(shown_text(segment.text))
            items = _target_items(segment, glossary, code, plain) if translated else None
            state = None
            if translated:
                state, qualifier = _state(segment)
                target = etree.SubElement(unit, _q("target"), {"state": state, "state-qualifier": qualifier})
                _write_inline(target, items or [text])
            # what the import needs to tell a stale review from a current one: the memory translation this
            # file shows, and the target as exported
            made_from = etree.SubElement(unit, _q("context-group"), {"name": REVIEW_CONTEXT, "purpose": "information"})
            etree.SubElement(made_from, _q("context"), {"context-type": MEMORY_CONTEXT}).text = (
                (memory_based_on(segment) or NO_MEMORY) if translated else NO_MEMORY
            )
            if translated:
                etree.SubElement(made_from, _q("context"), {"context-type": EXPORTED_CONTEXT}).text = text_digest(
                    _plain(target, "")
                )
            if document.source_path is not None and (lay := recorded_path(document.source_path)):
                # where the article lay, from the run's folder, for the import's changed-article note
                etree.SubElement(made_from, _q("context"), {"context-type": "sourcefile"}).text = _xml(lay)
            copied = translated and copy_model is not None and segment.reference == copy_model
            if copied:
                etree.SubElement(made_from, _q("context"), {"context-type": ORIGIN_CONTEXT}).text = COPIED
            for suggestion in segment.suggestions:
                pieces, _, problems = render(suggestion.template, glossary, code)
                if problems:
                    continue
                alternative = etree.SubElement(
                    unit, _q("alt-trans"), {"match-quality": str(suggestion.score), "origin": suggestion.reference}
                )
                etree.SubElement(alternative, _q("source")).text = suggestion.source
                etree.SubElement(alternative, _q("target")).text = shown_text(
                    "".join(piece.text for piece in plain.localise([Piece(p.text) for p in pieces]))
                )
            if state is not None and state.startswith("needs-"):
                previous = etree.SubElement(
                    unit, _q("alt-trans"), {"origin": TOOL_ID, "alttranstype": "previous-version"}
                )
                _write_inline(etree.SubElement(previous, _q("target")), items or [text])
            origin = (
                "no translation yet: translate it here"
                if not translated
                else f"test copy model: {segment.reference}; it copies the English: translate the sentence"
                if copied
                else (f"{segment.origin}: {segment.reference}" if segment.reference else segment.origin)
            )
            etree.SubElement(unit, _q("note"), {"from": TOOL_ID, "annotates": "target"}).text = f"Origin: {origin}"
            for problem in segment.problems if translated else ():
                etree.SubElement(
                    unit,
                    _q("note"),
                    {
                        "from": TOOL_ID,
                        "annotates": "target",
                        "priority": "1" if problem.severity == "error" else "3",
                    },
                ).text = f"QA {problem.severity} ({problem.code}): {problem.message}"
            names = _names_note(segment, glossary, code)
            if names:
                etree.SubElement(unit, _q("note"), {"from": TOOL_ID, "annotates": "general"}).text = names
    # indentation is for the structure: inside a <source> or <target> every space is text
    inline = [
        (node, node.text, node.tail if node is not text_element else None)
        for text_element in root.iter(_q("source"), _q("target"))
        for node in text_element.iter()
    ]
    etree.indent(root, space="  ")
    for node, text, tail in inline:
        node.text = text
        if node.getparent() is not None and node.getparent().tag not in (_q("trans-unit"), _q("alt-trans")):
            node.tail = tail
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + escaped_hidden(etree.tostring(root, encoding="UTF-8")) + b"\n"


def _source_items(source: Segment) -> list[Part]:
    """The English with its formatting as tags (inline code and links shown as their address stay text)."""
    from ..translate.formatting import tagged

    return list(tagged(source.text, list(enumerate(source.spans, 1))).parts)


def _target_items(segment: TranslatedSegment, glossary: Glossary, code: str, plain: Localiser) -> list[Part] | None:
    """The translation as exported, with the source's formatting tags where its template has them; None when it
    has none, or when the text rendered here is not the edition's (the target then goes out as plain text)."""
    from ..render import render

    template = segment.template
    if template is None or not any(tag.role != STANDALONE or tag.name == "br" for tag in template.tags):
        return None
    tags: list[Tag] = []
    parts: list[Part] = []
    for part in template.parts:
        if isinstance(part, Tag) and (part.role != STANDALONE or part.name == "br"):
            parts.append(chr(_TAG_MARK + len(tags)))
            tags.append(part)
        else:
            parts.append(part)
    pieces, _, problems = render(
        Template.joined(parts), glossary, code, spans=segment.source.spans, source=segment.source.text
    )
    text = _xml(shown_text("".join(piece.text for piece in plain.localise(pieces))))
    marks = {chr(_TAG_MARK + index) for index in range(len(tags))}

    def words(shown: str) -> str:
        return " ".join("".join(ch for ch in shown if ch not in marks).split())

    if problems or words(text) != words(_xml(shown_text(segment.text))):
        return None
    items: list[Part] = []
    for character in text:
        if character in marks:
            items.append(tags[ord(character) - _TAG_MARK])
        elif items and isinstance(items[-1], str):
            items[-1] += character
        else:
            items.append(character)
    return items


def _write_inline(element, items: Sequence[Part]) -> None:
    """Text and formatting tags as the content of a <source> or <target>: <g> around paired formats, <x/> for
    line breaks."""
    from lxml import etree

    current, last = element, None  # where text goes: the open element's text, or the tail of its last child
    stack: list = []
    for item in items:
        if isinstance(item, str):
            if last is None:
                current.text = (current.text or "") + item
            else:
                last.tail = (last.tail or "") + item
        elif not isinstance(item, Tag):
            continue
        elif item.role == OPEN:
            g = etree.SubElement(
                current, _q("g"), {"id": str(item.number), "ctype": _CTYPES.get(item.name, "x-" + item.name)}
            )
            stack.append((current, g))
            current, last = g, None
        elif item.role == CLOSE and stack:
            parent, g = stack.pop()
            current, last = parent, g
        elif item.role == STANDALONE:
            last = etree.SubElement(current, _q("x"), {"id": str(item.number), "ctype": LINE_BREAK})


def _names_note(segment: TranslatedSegment, glossary: Glossary, code: str) -> str:
    listed = []
    for mention in segment.mentions:
        entry = glossary.entries.get(mention.entry_id)
        rendering = entry.renderings.get(code) if entry else None
        if rendering is None:
            continue
        forms = rendering.forms(mention.short)
        listed.append(f"{mention.surface} = {forms['nom']}")
    return (
        "Glossary names (write them so, in the form the sentence needs): " + "; ".join(dict.fromkeys(listed))
        if listed
        else ""
    )


def review_files(
    inputs: Sequence[Path],
    languages: Sequence[str],
    glossary: Glossary,
    memory,
    out_dir: Path,
    *,
    engines: Sequence = (),
    settings=None,
    tool_version: str,
    exported: datetime | None = None,
    copy_models: dict[str, str] | None = None,
) -> dict[Path, bytes]:
    """Translate articles through the library (memory, adapted memory, ``engines``) and build their XLIFF files.

    ``copy_models`` maps a language to the reference of its test copy model, if one is installed. Returns
    ``{out_dir/<article>.<lang>.xlf: bytes}``; nothing is written.
    """
    from ..glossary.match import Matcher
    from ..localise import Localiser
    from ..pipeline import translate_documents
    from ..publish.paths import article_name
    from ..read import read_document
    from ..settings import Settings
    from ..translate.engines import MemoryEngine

    settings = settings or Settings()
    matcher = Matcher(glossary)
    documents = {}
    written_as: dict[str, str] = {}  # each article's file name, as `toolkit translate` names its output
    taken: dict[str, str] = {}  # those names casefolded (a disk that ignores case) -> the article's
    for path in inputs:
        document = read_document(Path(path))
        safe = article_name(document.name)
        if safe.casefold() in taken:
            raise UserError(
                f"two inputs are named {document.name!r}; their files would overwrite each other"
                if taken[safe.casefold()] == document.name
                else f"two inputs would both be written as {safe}.<lang>.xlf (names differing only in case or in "
                "characters unsafe in file names)",
                path=path,
                fix="rename one of the files",
            )
        taken[safe.casefold()] = document.name
        written_as[document.name] = safe
        documents[document.name] = document
    memory_engine = MemoryEngine(memory, glossary, matcher)
    editions = translate_documents(
        list(documents.values()),
        languages,
        glossary,
        [memory_engine, *engines, Untranslated()],
        matcher=matcher,
        settings=settings,
        house_style=False,
    )  # the text goes back into the memory: no house style
    files: dict[Path, bytes] = {}
    for name, article_editions in editions.items():
        for edition in article_editions:
            code = edition.language.code
            # a control character, a bidi override, a Windows device's name or 250 bytes of letters: never a file name
            files[Path(out_dir) / f"{written_as[name]}.{code}.xlf"] = edition_xliff(
                edition,
                glossary,
                Localiser.for_language(edition.language, settings),
                tool_version=tool_version,
                exported=exported,
                copy_model=(copy_models or {}).get(code),
            )
    return files


# --- the way back --------------------------------------------------------------------------------------


def _plain(element, where: str = "") -> str:
    """The text of a <source> or <target>: <g> and <mrk> unwrapped, the native codes of <bpt>, <ept>, <ph> and
    their kin left out, a line break a space; an inline code that stands for nothing the toolkit stores is
    refused (:func:`_inline`)."""
    return _inline(element)[0]


def _code_kind(element) -> tuple[str | None, str]:
    """What a <g>, <bpt>, <bx>, <it>, <x/> or <ph> stands for, as a tag name (None: nothing the toolkit
    stores), and a link's address: by its ctype (bold, italic, underlined, link, x-strike, lb), else by the
    native code it holds (<b>, <strong>, <em>, <a href="...">, <br/>)."""
    ctype = (element.get("ctype") or "").lower()
    bare = ctype.removeprefix("x-")
    if bare in (LINE_BREAK, "line-break", "br"):
        return "br", ""
    native = "".join(element.itertext())
    if ctype in _TAG_NAMES or bare in _TAG_NAMES:
        name: str | None = _TAG_NAMES.get(ctype) or _TAG_NAMES[bare]
    elif bare in NATIVE_NAMES:
        name = NATIVE_NAMES[bare]
    else:
        name = native_tag(native)
        if name == "br":  # a line break's native code counts in an <x/> or <ph>, never around text
            if local_name(element) in ("x", "ph"):
                return "br", ""
            name = None
    return name, (link_address(native) or "") if name == "a" else ""


def _inline(element) -> tuple[str, list[Mark]]:
    """The text of a <source> or <target> and each inline element in it that stands for formatting the toolkit
    stores: <g> by its ctype; another tool's <bpt>/<ept>, <bx/>/<ex/>, <it> pairs and <x/>, <ph> as the
    markup their ctype or native code says (bold, italics, underlining, strike-through, a link, a line break).
    An inline code that stands for none of these is refused (:class:`InlineCode`): its text could not be kept."""
    text: list[str] = []
    marks: list[Mark] = []
    opened: dict[str, tuple[str, str]] = {}  # a <bpt>'s or <bx>'s id -> its tag name and address
    length = 0

    def add(piece: str) -> None:
        nonlocal length
        text.append(piece)
        length += len(piece)

    def refuse(child, why: str = "") -> InlineCode:
        return InlineCode(
            f"the {local_name(element)} holds an inline code <{local_name(child)}>"
            + (f" ({why})" if why else "")
            + " that stands for no formatting the toolkit stores"
        )

    def walk(node) -> None:
        add(node.text or "")
        for child in node:
            name = local_name(child)
            ident = child.get("id") or child.get("rid") or ""
            if name in _INLINE_TEXT:
                kind, href = _code_kind(child) if name == "g" else (None, "")
                if kind is not None and kind != "br":
                    marks.append(Mark(length, ident, kind, OPEN, href))
                walk(child)
                if kind is not None and kind != "br":
                    marks.append(Mark(length, ident, kind, CLOSE, href))
            elif name in ("x", "ph"):
                kind, _ = _code_kind(child)
                if kind != "br":
                    raise refuse(child, (child.get("ctype") or "".join(child.itertext()))[:40])
                marks.append(Mark(length, ident, "br", STANDALONE))
                add(" ")
            elif name in ("bpt", "bx") or (name == "it" and child.get("pos") == "open"):
                kind, href = _code_kind(child)
                if kind is None or kind == "br":
                    raise refuse(child, (child.get("ctype") or "".join(child.itertext()))[:40])
                opened[child.get("rid") or ident] = (kind, href)
                marks.append(Mark(length, child.get("rid") or ident, kind, OPEN, href))
            elif name in ("ept", "ex") or (name == "it" and child.get("pos") == "close"):
                key = child.get("rid") or ident
                if key in opened:
                    kind, href = opened.pop(key)
                else:  # a closing whose opening is elsewhere (an <it>): its own kind, else nothing to close
                    kind, href = _code_kind(child)
                    if kind is None:
                        raise refuse(child)
                marks.append(Mark(length, key, kind, CLOSE, href))
            elif name in _INLINE_CODES:
                raise refuse(child)
            elif isinstance(child.tag, str):
                raise InlineCode(f"the {local_name(element)} holds an element <{name}> XLIFF does not allow there")
            add(child.tail or "")

    walk(element)
    return "".join(text), marks


@dataclass(frozen=True)
class XliffUnit:
    """One trans-unit as read back: where, what, and in which state."""

    place: str
    unit_id: str  # the memory unit id a new unit gets: "article:2.1"
    source: str
    target: str | None
    state: str | None
    previous: str | None  # the text the toolkit exported, when it asked for review
    language: str
    formatting: Template | None = None  # the target with the source's formatting tags it kept (names as text)
    based_on: str | None = None  # the memory translation the export showed (memory_digest, "" none; None unknown)
    exported: str | None = None  # text_digest of the target as exported, when the file says
    copied: bool = False  # the exported target was a test copy model's copy of the English
    approved: str | None = None  # the trans-unit's approved attribute ("yes", "no"), when it has one
    # the English with the formatting its inline elements stand for, spans in tag-number order, and the tag
    # number of each span: what of it a translation lost is checked as for a review DOCX row
    english: tuple[str, tuple[Span, ...]] | None = None
    english_tags: tuple[int, ...] | None = None
    source_file: str | None = None  # where the article lay when the file was exported, when the file says


def read_xliff(path: Path, root=None) -> tuple[list[XliffUnit], list[NotTaken]]:
    """The trans-units of an XLIFF 1.2 file (``root``: its document, when read already); units that cannot be
    read are reported, not raised."""
    root = read_xml(path, MAX_XLIFF_BYTES, "XLIFF file", elements=_xliff_units()) if root is None else root
    namespace = root.tag.partition("}")[0].lstrip("{") if root.tag.startswith("{") else ""
    if local_name(root) != "xliff":
        raise UserError(
            f"root element is <{local_name(root)}>, not <xliff>",
            path=path,
            fix="give an XLIFF 1.2 file exported by `toolkit memory export --format xliff` or a CAT tool",
        )
    if namespace != XLIFF_NS or root.get("version") != "1.2":
        found = root.get("version") or "no version"
        raise UserError(
            f"this is XLIFF {found} ({namespace or 'no namespace'}), not XLIFF 1.2",
            path=path,
            fix="export the file from your CAT tool as XLIFF 1.2",
        )
    units: list[XliffUnit] = []
    refused: list[NotTaken] = []
    files = root.findall(_q("file"))
    if not files:
        raise UserError("the XLIFF file has no <file>", path=path, fix="give a complete XLIFF 1.2 file")
    for file in files:
        source_language = primary_language(file.get("source-language"))
        language = primary_language(file.get("target-language"))
        where = f"{path.name}: <file original={quoted(file.get('original'))}>"
        if source_language != SOURCE_LANGUAGE:
            raise UserError(
                f"{where} translates from {quoted(file.get('source-language'))}, not English",
                path=path,
                line=file.sourceline,
                fix="the toolkit's memories hold English sources",
            )
        if language not in TARGET_LANGUAGES:
            raise UserError(
                f"{where} has target-language {quoted(file.get('target-language'))}",
                path=path,
                line=file.sourceline,
                fix=f"the toolkit translates into {', '.join(TARGET_LANGUAGES)}",
            )
        article = file.get("product-name") or Path(file.get("original") or path.stem).stem
        seen: set[str] = set()
        for unit in file.iter(_q("trans-unit")):
            unit_id = unit.get("id") or ""
            place = f"{path.name} trans-unit {clipped(unit_id) or '(no id)'} (line {unit.sourceline})"
            if not unit_id or unit_id in seen:
                refused.append(
                    NotTaken(
                        place,
                        language,
                        "the trans-unit has no id" if not unit_id else "another trans-unit of the file has the same id",
                        "export the file again; ids must be unique",
                    )
                )
                continue
            seen.add(unit_id)
            if unit.get("translate") == "no":
                continue
            try:
                sources = unit.findall(_q("source"))
                if len(sources) != 1:
                    raise InlineCode("the trans-unit must have exactly one <source>")
                source, source_spans, numbers = source_formatting(sources[0], _inline)
                source_tags = {(number, span.format.tag_name) for number, span in source_spans.items()}
                target_element = unit.find(_q("target"))
                target = _plain(target_element, place) if target_element is not None else None
                formatting = (
                    target_formatting(target_element, numbers, source_tags, _inline)
                    if target_element is not None
                    else None
                )
                previous = next(
                    (
                        _plain(alt.find(_q("target")), place)
                        for alt in unit.findall(_q("alt-trans"))
                        if alt.get("alttranstype") == "previous-version"
                        and alt.get("origin") == TOOL_ID
                        and alt.find(_q("target")) is not None
                    ),
                    None,
                )
            except InlineCode as problem:
                refused.append(
                    NotTaken(
                        place, language, str(problem), "remove the tags in your CAT tool; the toolkit stores plain text"
                    )
                )
                continue
            state = target_element.get("state") if target_element is not None else None
            made_from = _review_context(unit)
            based_on = made_from.get(MEMORY_CONTEXT)
            units.append(
                XliffUnit(
                    place,
                    unit.get("resname") or f"{article}:{unit_id}",
                    source,
                    target,
                    state,
                    previous,
                    language,
                    formatting,
                    None if based_on is None else ("" if based_on == NO_MEMORY else based_on),
                    made_from.get(EXPORTED_CONTEXT),
                    made_from.get(ORIGIN_CONTEXT) == COPIED,
                    unit.get("approved"),
                    (source, tuple(span for _, span in sorted(source_spans.items()))) if source_spans else None,
                    tuple(sorted(source_spans)) if source_spans else None,
                    _source_file(unit),
                )
            )
    return units, refused


def reviewed_segments(path: Path, reviewer: str, date: datetime) -> tuple[list[ReviewedSegment], list[NotTaken]]:
    """The reviewed segments of an XLIFF file, and the units not taken (see the module docstring); an XLIFF 2.x
    file is read by :func:`toolkit.interchange.xliff2.reviewed_segments_2`."""
    from .xliff2 import is_xliff2, reviewed_segments_2

    root = read_xml(path, MAX_XLIFF_BYTES, "XLIFF file", elements=_xliff_units())
    if is_xliff2(root):
        return reviewed_segments_2(path, root, reviewer, date)
    units, refused = read_xliff(path, root)
    records = []
    for unit in units:
        if unit.target is None or not unit.target.strip():
            refused.append(
                NotTaken(
                    unit.place,
                    unit.language,
                    "the target is empty",
                    "translate the segment, or leave it: it is simply not stored",
                )
            )
            continue
        untouched = unit.previous is not None and " ".join(unit.target.split()) == " ".join(unit.previous.split())
        pending = unit.state not in DONE_STATES and unit.state is not None
        if (pending or unit.approved == "no") and (untouched or unit.previous is None):
            refused.append(
                NotTaken(
                    unit.place,
                    unit.language,
                    (
                        f"not reviewed: the state is still {quoted(unit.state)}"
                        if pending
                        else "not reviewed: approved='no'"
                    )
                    + (" and the text is as exported" if untouched else ""),
                    "approve the segment in your CAT tool (approved='yes')"
                    if unit.approved == "no"
                    else "confirm the segment in your CAT tool (state 'translated', 'final' or 'signed-off')"
                    + (
                        ", or edit it"
                        if unit.previous is not None
                        else ": this file does not show what was exported, so an edit alone is no review"
                    ),
                )
            )
            continue
        # edited: the target differs from the one exported (the digest the file carries, else the previous version)
        edited = text_digest(unit.target) != unit.exported if unit.exported is not None else not untouched
        if unit.copied and not edited:  # whatever its state: a CAT tool confirms segments in bulk
            refused.append(
                NotTaken(
                    unit.place,
                    unit.language,
                    "the translation is still a test copy model's copy of the English",
                    "translate the segment",
                )
            )
            continue
        records.append(
            ReviewedSegment(
                unit.unit_id,
                unit.source,
                unit.target,
                unit.language,
                reviewer,
                date,
                unit.place,
                unit.formatting,
                based_on=unit.based_on,
                edited=edited,
                english=unit.english,
                english_tags=unit.english_tags,
            )
        )
    return records, refused


def recorded_sources(path: Path) -> dict[str, str]:
    """Where each article of a toolkit XLIFF file lay when it was exported, as the file records it, by the name
    its units' ids start with (a CAT tool merges several articles' exports into one file); an article whose
    units record none (another tool's file, one exported by an earlier version, an XLIFF 2.x file) is not in
    it. The file is read once, whatever the number of articles it holds."""
    from .xliff2 import is_xliff2

    root = read_xml(path, MAX_XLIFF_BYTES, "XLIFF file", elements=_xliff_units())
    if is_xliff2(root):
        return {}
    units, _ = read_xliff(path, root)
    found: dict[str, str] = {}
    for unit in units:
        if unit.source_file:
            found.setdefault(unit.unit_id.rsplit(":", 1)[0], unit.source_file)
    return found


def _source_file(unit) -> str | None:
    for group in unit.findall(_q("context-group")):
        if group.get("name") == REVIEW_CONTEXT:
            for context in group.findall(_q("context")):
                if context.get("context-type") == "sourcefile" and (context.text or "").strip():
                    return (context.text or "").strip()
    return None


def _review_context(unit) -> dict[str, str]:
    """The toolkit's context of a trans-unit (context-type -> text), as exported; empty when a CAT tool
    dropped it or the file is another tool's. A value that is no digest is ignored."""
    found: dict[str, str] = {}
    for group in unit.findall(_q("context-group")):
        if group.get("name") != REVIEW_CONTEXT:
            continue
        for context in group.findall(_q("context")):
            value = (context.text or "").strip()
            if value in (NO_MEMORY, COPIED) or re.fullmatch(r"[0-9a-f]{10}", value):
                found[context.get("context-type") or ""] = value
    return found


# --- structure, as the XLIFF 1.2 specification defines it ----------------------------------------------

# the attributes <group> and <trans-unit> share in XLIFF 1.2 (formatting and resource hints)
_RESOURCE_ATTRIBUTES = frozenset(
    {
        "datatype",
        "xml:space",
        "restype",
        "resname",
        "extradata",
        "extype",
        "help-id",
        "menu",
        "menu-option",
        "menu-name",
        "coord",
        "font",
        "css-style",
        "style",
        "exstyle",
        "translate",
        "reformat",
        "maxbytes",
        "minbytes",
        "size-unit",
        "maxheight",
        "minheight",
        "maxwidth",
        "minwidth",
        "charclass",
        "merged-trans",
    }
)

# element -> (required attributes, other allowed attributes, allowed child elements in the XLIFF namespace)
_RULES: dict[str, tuple[frozenset, frozenset, frozenset | None]] = {
    "xliff": (frozenset({"version"}), frozenset({"xml:lang"}), frozenset({"file"})),
    "file": (
        frozenset({"original", "source-language", "datatype"}),
        frozenset(
            {
                "tool-id",
                "date",
                "xml:space",
                "category",
                "target-language",
                "product-name",
                "product-version",
                "build-num",
            }
        ),
        frozenset({"header", "body"}),
    ),
    "header": (
        frozenset(),
        frozenset(),
        frozenset({"skl", "phase-group", "glossary", "reference", "count-group", "note", "tool"}),
    ),
    "tool": (frozenset({"tool-id", "tool-name"}), frozenset({"tool-version", "tool-company"}), None),
    "body": (frozenset(), frozenset(), frozenset({"group", "trans-unit", "bin-unit"})),
    "group": (
        frozenset(),
        _RESOURCE_ATTRIBUTES | {"id"},
        frozenset({"context-group", "count-group", "note", "group", "trans-unit", "bin-unit"}),
    ),
    "trans-unit": (
        frozenset({"id"}),
        _RESOURCE_ATTRIBUTES | {"approved", "phase-name"},
        frozenset({"source", "seg-source", "target", "context-group", "count-group", "note", "alt-trans"}),
    ),
    "source": (frozenset(), frozenset({"xml:lang"}), _INLINE_TEXT | _INLINE_CODES),
    "target": (
        frozenset(),
        frozenset(
            {
                "state",
                "state-qualifier",
                "phase-name",
                "xml:lang",
                "resname",
                "coord",
                "font",
                "css-style",
                "style",
                "exstyle",
                "equiv-trans",
            }
        ),
        _INLINE_TEXT | _INLINE_CODES,
    ),
    "note": (frozenset(), frozenset({"xml:lang", "from", "priority", "annotates"}), frozenset()),
    "context-group": (frozenset(), frozenset({"name", "crc", "purpose"}), frozenset({"context"})),
    "context": (frozenset({"context-type"}), frozenset({"match-mandatory", "crc"}), frozenset()),
    "g": (
        frozenset({"id"}),
        frozenset({"ctype", "xid", "equiv-text", "clone", "crc", "assoc", "css-style", "style", "exstyle", "font"}),
        _INLINE_TEXT | _INLINE_CODES,
    ),
    "x": (frozenset({"id"}), frozenset({"ctype", "xid", "equiv-text", "clone", "crc", "assoc"}), frozenset()),
    "alt-trans": (
        frozenset(),
        frozenset(
            {
                "match-quality",
                "tool-id",
                "crc",
                "xml:lang",
                "datatype",
                "xml:space",
                "restype",
                "extradata",
                "help-id",
                "menu",
                "menu-option",
                "menu-name",
                "coord",
                "font",
                "css-style",
                "style",
                "exstyle",
                "origin",
                "phase-name",
                "alttranstype",
            }
        ),
        frozenset({"source", "seg-source", "target", "context-group", "note"}),
    ),
}
_ENUMERATIONS = {
    ("target", "state"): TARGET_STATES,
    ("target", "state-qualifier"): STATE_QUALIFIERS,
    ("alt-trans", "alttranstype"): ALT_TRANS_TYPES,
    ("note", "annotates"): frozenset({"source", "target", "general"}),
    ("note", "priority"): frozenset(str(n) for n in range(1, 11)),
    ("trans-unit", "translate"): frozenset({"yes", "no"}),
    ("context-group", "purpose"): frozenset({"information", "location", "match"}),
    ("context", "context-type"): frozenset(
        {
            "database",
            "element",
            "elementtitle",
            "linenumber",
            "numparams",
            "paramnotes",
            "record",
            "recordtitle",
            "sourcefile",
        }
    ),
    ("context", "match-mandatory"): frozenset({"yes", "no"}),
    ("trans-unit", "approved"): frozenset({"yes", "no"}),
    ("group", "translate"): frozenset({"yes", "no"}),
}


def _attribute_name(name: str) -> str:
    return "xml:" + name.partition("}")[2] if name.startswith(f"{{{XML_NS}}}") else name


def structure_problems(root) -> list[str]:
    """Where a document breaks the XLIFF 1.2 rules for the elements above (empty when it keeps them)."""
    problems: list[str] = []
    if root.tag != _q("xliff") or root.get("version") != "1.2":
        return [f"the root is {root.tag}, not an XLIFF 1.2 <xliff version='1.2'>"]
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{XLIFF_NS}}}"):
            continue
        name = local_name(element)
        rules = _RULES.get(name)
        if rules is None:
            continue
        required, allowed, children = rules
        where = f"line {element.sourceline} <{name}>"
        attributes = {
            _attribute_name(key) for key in element.attrib if not key.startswith("{") or key.startswith(f"{{{XML_NS}}}")
        }
        for missing in sorted(required - attributes):
            problems.append(f"{where}: the required attribute {missing} is missing")
        for unknown in sorted(attributes - required - allowed):
            problems.append(f"{where}: {unknown} is not an attribute of <{name}>")
        for (owner, attribute), values in _ENUMERATIONS.items():
            value = element.get(attribute)
            if owner == name and value is not None and value not in values and not value.startswith("x-"):
                problems.append(f"{where}: {attribute}={quoted(value)} is not one of {', '.join(sorted(values))}")
        if children is not None:
            for child in element:
                if (
                    isinstance(child.tag, str)
                    and child.tag.startswith(f"{{{XLIFF_NS}}}")
                    and local_name(child) not in children
                ):
                    problems.append(f"{where}: <{local_name(child)}> is not allowed inside <{name}>")
        child_names = [local_name(c) for c in element if isinstance(c.tag, str) and c.tag.startswith(f"{{{XLIFF_NS}}}")]
        if name == "file" and (
            child_names.count("body") != 1
            or child_names[-1:] != ["body"]
            or child_names.count("header") > 1
            or (child_names[:1] != ["header"] and "header" in child_names)
        ):
            problems.append(f"{where}: a <file> holds an optional <header>, then one <body>")
        if name == "trans-unit":
            order = [c for c in child_names if c in ("source", "seg-source", "target")]
            if (
                child_names[:1] != ["source"]
                or order.count("source") != 1
                or order.count("target") > 1
                or order != [c for c in ("source", "seg-source", "target") if c in order]
            ):
                problems.append(
                    f"{where}: a <trans-unit> starts with one <source>, then at most one <seg-source> and one <target>"
                )
        if name == "alt-trans" and child_names.count("target") != 1:
            problems.append(f"{where}: an <alt-trans> holds exactly one <target>")
        if name == "group" and not {"group", "trans-unit", "bin-unit"} & set(child_names):
            problems.append(f"{where}: a <group> holds at least one unit")
        if name == "xliff" and not child_names:
            problems.append(f"{where}: an <xliff> holds at least one <file>")
    for file in root.iter(_q("file")):
        ids = [unit.get("id") for unit in file.iter(_q("trans-unit"))]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"line {file.sourceline} <file>: trans-unit ids repeat: {', '.join(duplicates)}")
    return problems
