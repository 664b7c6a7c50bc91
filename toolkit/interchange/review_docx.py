"""Review editions back: the corrected translation column of a review DOCX, row by row, for the memory.

A review edition (:mod:`toolkit.publish.review`) comes back from Word or
LibreOffice with its rows edited, moved, perhaps deleted. Each row is read
by its **ID** cell, never by its position, and checked against the
fingerprint the edition carries in its custom properties:

- a document without the fingerprint is not a review edition of this
  toolkit: a :class:`~toolkit.errors.UserError`, and nothing is imported;
- a row without an ID, with an ID the edition never had, or with an ID
  another row has too, is not taken (which translation belongs to which
  sentence cannot be told); nor is a row whose English was changed (the
  memory keeps translations by their English);
- a row whose translation is as exported is taken when it came from the
  reviewed memory (it stays unchanged), or when the reviewer confirmed it
  (``OK`` in its Comment column, or ``accept_unchanged``); a test copy
  model's copy of the English never is;
- every other row becomes a :class:`~toolkit.translate.reviewed.ReviewedSegment`
  for :func:`~toolkit.translate.reviewed.store_reviewed`, which turns its
  names back into slots; the formatting the reviewer left in the cell goes
  with it, as the English cell's tags (:class:`_CellFormatting`).

A row whose cells were merged (with the next row's, the one above, or a
neighbour) or split no longer pairs an English with its translation and is
not taken, naming the cell; nor is a row whose ID, English or translation
cell holds tracked changes not yet accepted or rejected (named with their
authors): the reviewer decides, not the import. Text is read as Word shows
it, hidden text left out; paragraphs in a cell are joined with a space.
Other comments a reviewer wrote in the Comment column, and the Word
comments reviewers anchored in a row (not the toolkit's QA comments), are
returned for the import to show.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import UserError, clipped, quoted, shown_text
from ..files import modified_time, read_bytes
from ..formatting import BOLD, ITALIC, LINK, Span
from ..languages import TARGET_LANGUAGES, language
from ..publish.review import (
    ADAPTED_MEMORY,
    COMMENT_HEADER,
    CONFIRMATIONS,
    COPY_MODEL,
    CUSTOM_PROPERTIES_TYPE,
    ENGLISH_HEADER,
    ID_HEADER,
    MEMORY,
    QA_AUTHOR,
    STATUS_HEADER,
    TRANSLATION_HEADER,
    ReviewFingerprint,
    ReviewRow,
    text_key,
)
from ..read.inline import InlineText
from ..records import dataclass
from ..slots import Template
from ..translate.formatting import tagged
from ..translate.reviewed import NotTaken, ReviewedSegment

MAX_REVIEW_BYTES = 64 * 1024**2
MAX_ROWS = 100_000
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_T, _TAB, _BR, _CR, _P, _TBL, _TR, _TC = (f"{{{W}}}{name}" for name in ("t", "tab", "br", "cr", "p", "tbl", "tr", "tc"))
_NO_BREAK_HYPHEN, _SDT, _SDT_CONTENT = (f"{{{W}}}{name}" for name in ("noBreakHyphen", "sdt", "sdtContent"))
_R, _RPR, _VANISH, _DEL_TEXT = (f"{{{W}}}{name}" for name in ("r", "rPr", "vanish", "delText"))
# text Word does not show as the document's: deleted and moved-away revisions, the fallback of alternate content
_NOT_SHOWN = frozenset({f"{{{W}}}del", f"{{{W}}}moveFrom", f"{{{MC}}}Fallback", f"{{{W}}}delText"})
_ID, _ENGLISH, _TRANSLATION, _STATUS, _COMMENT = "id", "english", "translation", "status", "comment"
NOT_A_REVIEW_FIX = (
    "import the <article>.<lang>.review.docx a run with `--editions review` wrote (a copy saved in "
    "Word or LibreOffice is fine); a copy pasted into a new document loses the fingerprint"
)


@dataclass(frozen=True)
class ReviewerComment:
    """What a reviewer wrote in a row's Comment column (other than a confirmation)."""

    place: str
    language: str
    text: str

    def __str__(self) -> str:
        return f"{shown_text(self.place)} ({self.language}): {shown_text(self.text)}"


@dataclass
class ReviewImport:
    """What one review DOCX holds for the memory."""

    path: Path
    fingerprint: ReviewFingerprint
    reviewer: str
    date: datetime
    records: list[ReviewedSegment] = field(default_factory=list)
    not_taken: list[NotTaken] = field(default_factory=list)
    comments: list[ReviewerComment] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    number: int  # from 1, the first row under the header
    cells: dict[str, str]  # column role -> the cell's text
    complete: bool  # every column the header names has its cell
    elements: dict = field(default_factory=dict)  # column role -> the cell's w:tc, for its formatting
    # why the row's cells no longer pair an English with its translation (merged or split), else None
    layout: str | None = None


def _hidden(run) -> bool:
    """A run formatted as hidden text: Word does not show it, so the reviewer never read it."""
    from ..read.wordml import _true

    properties = run.find(_RPR)
    return properties is not None and _true(properties.find(_VANISH))


def _shown_text(element) -> str:
    """The text of a cell as Word shows it, tracked changes accepted, hidden text left out; paragraphs joined
    with a space."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_SHOWN or (tag == _R and _hidden(child)):
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag in (_TAB, _BR, _CR):
                parts.append(" ")
            elif tag == _NO_BREAK_HYPHEN:
                parts.append("\u2011")
            elif tag == _P:
                parts.append(" ")
                walk(child)
                parts.append(" ")
            else:
                walk(child)

    walk(element)
    # a soft hyphen shows only where Word breaks the line; no-break spaces read as spaces (str.split)
    return " ".join(unicodedata.normalize("NFC", "".join(parts)).replace("\u00ad", "").split())


def _deleted_text(element) -> str:
    """A cell's text as it was before its tracked deletions: to name a row whose cells were deleted whole."""
    return " ".join("".join(node.text or "" for node in element.iter(_T, _DEL_TEXT)).split())


def _cells(tr) -> list:
    """A row's cells, also those a content control (``w:sdt``) wraps."""
    cells = []
    for child in tr:
        if child.tag == _TC:
            cells.append(child)
        elif child.tag == _SDT:
            cells += [cell for content in child.iterchildren(_SDT_CONTENT) for cell in content.iterchildren(_TC)]
    return cells


_TCPR, _GRID_SPAN, _VMERGE, _TRPR, _GRID_BEFORE = (
    f"{{{W}}}{name}" for name in ("tcPr", "gridSpan", "vMerge", "trPr", "gridBefore")
)
_COLUMN_NAMES = {_ID: ID_HEADER, _ENGLISH: ENGLISH_HEADER, _TRANSLATION: TRANSLATION_HEADER}
# tracked changes to text, not yet accepted or rejected: inserted, deleted, moved to, moved from
_REVISIONS = {f"{{{W}}}{name}": name for name in ("ins", "del", "moveTo", "moveFrom")}


def _number(element, tag: str) -> int:
    """A ``w:val`` count of a property child (gridSpan, gridBefore), 1 when absent or not a number."""
    child = element.find(tag) if element is not None else None
    value = child.get(f"{{{W}}}val") if child is not None else None
    return (
        int(value)
        if value is not None and value.isdigit() and 0 < int(value) < 1000
        else (0 if tag == _GRID_BEFORE else 1)
    )


def _grid(tr, cells: list) -> list[tuple[int, int, str | None]]:
    """Each cell's (first grid column, columns spanned, vertical merge: "restart", "continue" or None)."""
    column = _number(tr.find(_TRPR), _GRID_BEFORE)
    found = []
    for cell in cells:
        properties = cell.find(_TCPR)
        span = _number(properties, _GRID_SPAN)
        merge = properties.find(_VMERGE) if properties is not None else None
        vertical = None if merge is None else ("restart" if merge.get(f"{{{W}}}val") == "restart" else "continue")
        found.append((column, span, vertical))
        column += span
    return found


def _layout(grid: list, header: list, columns: dict[str, int]) -> str | None:
    """Why a row's cells no longer line up with the header's (a cell merged with the next row's or the one
    above, split, or merged with its neighbour), or None."""
    for role in (_ID, _ENGLISH, _TRANSLATION):
        index = columns[role]
        name = _COLUMN_NAMES[role]
        if index >= len(grid):
            return None  # fewer cells than the header: said as such
        if grid[index][2] == "restart":
            return f"its {name} cell is merged with the row below"
        if grid[index][2] == "continue":
            return f"its {name} cell is merged with the row above"
        if index < len(header) and grid[index][:2] != header[index][:2]:
            return f"its {name} cell no longer lies under the header's {name} (a cell was split or merged)"
    if len(grid) > len(header):
        return "it has more cells than the header (a cell was split)"
    return None


def _revisions(cell) -> list[str]:
    """The tracked changes to text in a cell not yet accepted or rejected, as 'insertion by A. Editor'."""
    found = []
    for element in cell.iter(*_REVISIONS):
        kind = {"ins": "insertion", "del": "deletion", "moveTo": "move", "moveFrom": "move"}[_REVISIONS[element.tag]]
        author = _one_line(element.get(f"{{{W}}}author") or "", MAX_AUTHOR_CHARS) or "an unnamed author"
        found.append(f"{kind} by {author}")
    return list(dict.fromkeys(found))


def _columns(header: list[str]) -> dict[str, int] | None:
    """Column role -> index, from a header row; None when the row is not the review table's header."""
    if len(header) < 3 or header[0] != ID_HEADER or header[1] != ENGLISH_HEADER:
        return None
    roles = {_ID: 0, _ENGLISH: 1}
    for index, label in enumerate(header[2:], 2):
        if label.startswith(TRANSLATION_HEADER) and _TRANSLATION not in roles:
            roles[_TRANSLATION] = index
        elif label == STATUS_HEADER:
            roles[_STATUS] = index
        elif label == COMMENT_HEADER:
            roles[_COMMENT] = index
    return roles if _TRANSLATION in roles else None


def _rows(body, path: Path) -> list[_Row]:
    """The rows of the review table (also of its parts, when a reviewer split it), header rows left out."""
    rows: list[_Row] = []
    columns: dict[str, int] | None = None
    header_grid: list = []
    for table in body.iter(_TBL):
        if table.getparent() is not body and table.getparent().tag != _SDT_CONTENT:
            continue  # a table nested in a cell is a reviewer's own
        for tr in table.iterchildren(_TR):
            elements = _cells(tr)
            cells = [_shown_text(tc) for tc in elements]
            header = _columns(cells)
            if header is not None:
                columns, header_grid = header, _grid(tr, elements)
                continue
            if columns is None:
                continue  # a table before the review table's header: not ours
            if len(rows) >= MAX_ROWS:
                raise UserError(
                    f"the review table has more than {MAX_ROWS} rows",
                    path=path,
                    fix="check that this is a review edition of one article",
                )
            rows.append(
                _Row(
                    len(rows) + 1,
                    {role: cells[index] for role, index in columns.items() if index < len(cells)},
                    all(index < len(cells) for index in columns.values()),
                    {role: elements[index] for role, index in columns.items() if index < len(elements)},
                    _layout(_grid(tr, elements), header_grid, columns),
                )
            )
    if columns is None:
        raise UserError(
            "the review table is gone (no row has the headers ID, English, Translation)",
            path=path,
            fix="import the review edition as the toolkit wrote it, with its table and header row",
        )
    return rows


def _custom_properties(document) -> dict[str, str]:
    from lxml import etree

    from ..xmlsafe import docx_part_parser, local_name

    properties: dict[str, str] = {}
    for part in document.part.package.iter_parts():
        if part.content_type != CUSTOM_PROPERTIES_TYPE:
            continue
        root = etree.fromstring(part.blob, docx_part_parser())
        for element in root:
            if isinstance(element.tag, str) and local_name(element) == "property" and element.get("name"):
                properties[element.get("name")] = "".join(element.itertext())
    return properties


def _core(properties, name: str):
    """A core property as python-docx reads it, None where the saving program left it empty or unreadable
    (LibreOffice and other editors write ``<dcterms:created/>``, dates of their own form, or none)."""
    try:
        value = getattr(properties, name)
    except (TypeError, ValueError, AttributeError):
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value if isinstance(value, (str, datetime)) else None


def _reviewer_and_date(
    document, path: Path, reviewer: str | None, fallback: str, generator_prefix: str = "toolkit"
) -> tuple[str, datetime]:
    """Who reviewed and when: ``reviewer`` if given, else the document's last author unless it is the toolkit;
    the document's modification time when it is later than its creation, else the file's."""
    properties = document.core_properties
    last = " ".join((_core(properties, "last_modified_by") or "").split())
    who = reviewer or (last if last and not last.startswith(generator_prefix) else fallback)
    created, modified = _core(properties, "created"), _core(properties, "modified")
    # saved after the toolkit wrote it (a program that drops the created date included): the saving's date
    saved_later = modified is not None and (created is None or modified > created)
    return who, modified if saved_later and modified is not None else modified_time(path)


def read_review_docx(
    path: Path, reviewer: str | None = None, *, fallback_reviewer: str = "reviewer", accept_unchanged: bool = False
) -> ReviewImport:
    """The reviewed rows of a review edition, and those it cannot take (see the module docstring).

    ``reviewer`` overrides the document's last author (else
    ``fallback_reviewer``); ``accept_unchanged`` takes machine and adapted
    translations left as they were, as if each were confirmed.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from ..read.docx import RESAVE_FIX, _check_docx, check_document_body

    path = Path(path)
    data = read_bytes(path, MAX_REVIEW_BYTES, "review DOCX")
    _check_docx(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise UserError(f"not a readable DOCX file ({error})", path=path, fix=RESAVE_FIX) from None
    check_document_body(document, path)
    try:
        fingerprint = ReviewFingerprint.from_properties(_custom_properties(document))
    except (ValueError, etree.XMLSyntaxError) as error:
        from .kinds import EDITION_FIX, edition_kind_of_docx

        edition = edition_kind_of_docx(_core(document.core_properties, "keywords"))
        if edition is not None:
            raise UserError(f"this is {edition}, not the review edition", path=path, fix=EDITION_FIX) from None
        raise UserError(f"not a review edition of this toolkit: {error}", path=path, fix=NOT_A_REVIEW_FIX) from None
    code = fingerprint.language
    if code not in TARGET_LANGUAGES:
        raise UserError(
            f"the review edition's language {quoted(code)} is not one the toolkit translates into",
            path=path,
            fix=NOT_A_REVIEW_FIX,
        )
    who, when = _reviewer_and_date(document, path, reviewer, fallback_reviewer)
    formats = _CellFormatting(document, path, language(code).script == "Arab")
    found = ReviewImport(path, fingerprint, who, when)
    exported = {row.segment_id: row for row in fingerprint.rows}
    rows = _rows(document.element.body, path)
    word_comments = _word_comments(document)
    ids = Counter(row.cells.get(_ID, "") for row in rows)
    numbers: dict[str, list[int]] = {}
    for row in rows:
        numbers.setdefault(row.cells.get(_ID, ""), []).append(row.number)
    for row in rows:
        deleted = not any(row.cells.values()) and any(_revisions(cell) for cell in row.elements.values())
        if not any(row.cells.values()) and not deleted:
            continue  # an empty row a reviewer added
        segment_id = row.cells.get(_ID, "")
        shown_id = _deleted_text(row.elements[_ID]) if deleted and _ID in row.elements else segment_id
        place = f"{path.name} row {row.number}" + (f" (ID {clipped(shown_id)})" if shown_id else "")
        refusal = _refusal(
            row, segment_id, exported.get(segment_id), ids[segment_id], numbers.get(segment_id, []), accept_unchanged
        )
        # a reviewer's comments are shown whether the row is taken or not: a question is often why it is not
        comment = _one_line(row.cells.get(_COMMENT, ""), MAX_COMMENT_CHARS)
        if comment and not _confirms(comment):
            found.comments.append(ReviewerComment(place, code, comment))
        found.comments += [ReviewerComment(place, code, note) for note in _word_comments_on(row, word_comments)]
        if refusal is not None:
            found.not_taken.append(NotTaken(place, code, *refusal))
            continue
        row_exported = exported[segment_id]
        formatting, not_stored = formats.of(row.elements.get(_ENGLISH), row.elements.get(_TRANSLATION))
        found.records.append(
            ReviewedSegment(
                f"{fingerprint.article}:{segment_id}",
                row.cells[_ENGLISH],
                row.cells.get(_TRANSLATION, ""),
                code,
                who,
                when,
                place,
                formatting,
                based_on=row_exported.based_on,
                edited=text_key(row.cells.get(_TRANSLATION, "")) != row_exported.exported_key,
                english=formats.english(row.elements.get(_ENGLISH)),
                not_stored=not_stored,
            )
        )
    return found


class _CellFormatting:
    """The formatting a reviewer left on a translation cell, as the tags of the English cell's formatting.

    Both cells are read as the DOCX reader reads an article (bold, italics,
    underlining, strike-through, links, inline code, line breaks; tracked
    changes accepted), so the English cell's spans are numbered as the
    source's. Each of the translation's spans takes the number of the first
    English span of its kind not yet taken, in reading order: a link the one
    with its address. Arabic-script editions show italics as bold, so there a
    bold span takes the next bold or italic span, and both where the English
    has bold and italics over the same words. A span the English does not
    have is the reviewer's own and is not stored: it is described, for the
    import to say so.
    """

    def __init__(self, document, path: Path, italics_shown_bold: bool):
        from ..read.wordml import WordBody

        self._reader = WordBody(document, path)
        self._italics_shown_bold = italics_shown_bold

    def _inline(self, cell) -> tuple[str, tuple[Span, ...]]:
        inline = InlineText()
        for paragraph in cell.iter(_P):
            if len(inline):
                inline.add(" ")
            self._reader.read_inline(paragraph, inline)
        return inline.finish()

    def english(self, cell) -> tuple[str, tuple[Span, ...]] | None:
        """The English cell's text and formatting, numbered as the source's; None without formatting."""
        if cell is None:
            return None
        text, spans = self._inline(cell)
        return (text, spans) if spans else None

    def of(self, english_cell, translation_cell) -> tuple[Template | None, tuple[str, ...]]:
        """The translation cell's formatting as the English's tags (None without any), and the spans the English
        has none like, described ("the bold on 'встретились'")."""
        from ..translate.formatting import describe

        if english_cell is None or translation_cell is None:
            return None, ()
        text, spans = self._inline(translation_cell)
        if not spans:
            return None, ()
        _, english = self._inline(english_cell)
        free = list(enumerate(english, 1))
        numbered: list[tuple[int, Span]] = []
        not_stored: list[str] = []
        for span in spans:
            shown_bold = span.format.kind == BOLD and self._italics_shown_bold
            candidates = [
                (number, source)
                for number, source in free
                if source.format == span.format
                or (span.format.kind != LINK and source.format.kind == span.format.kind)
                or (shown_bold and source.format.kind == ITALIC)
            ]
            if not candidates:
                not_stored.append(describe(span, text))
                continue
            first = candidates[0][1]
            together = (
                [  # one bold span in the cell may show the English's bold and italics over the same words
                    (number, source)
                    for number, source in candidates
                    if shown_bold and (source.start, source.end) == (first.start, first.end)
                ]
                or candidates[:1]
            )
            for number, source in together:
                free.remove((number, source))
                numbered.append((number, Span(span.start, span.end, source.format)))
        return (tagged(text, numbered) if numbered else None), tuple(not_stored)


MAX_COMMENT_CHARS = 1_000
MAX_AUTHOR_CHARS = 100
# what a comment shown in a terminal must not carry: control characters (C0, C1: a terminal's escapes) and the
# bidi controls that reorder what is shown around them
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _one_line(text: str, limit: int) -> str:
    """A reviewer's text as one line of at most ``limit`` characters, without controls."""
    text = " ".join(_CONTROLS.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _word_comments(document) -> dict[str, str]:
    """The Word comments reviewers added (id -> "author: text"); the toolkit's own QA comments left out."""
    try:
        comments = list(document.comments)
    except (KeyError, ValueError, AttributeError):  # a comments part python-docx cannot read: no comments
        return {}
    found: dict[str, str] = {}
    for comment in comments[:MAX_ROWS]:
        if comment.author == QA_AUTHOR:
            continue
        text = _one_line(comment.text, MAX_COMMENT_CHARS)
        if text:
            author = _one_line(comment.author or "", MAX_AUTHOR_CHARS) or "a reviewer"
            found[str(comment.comment_id)] = f"{author} (Word comment): {text}"
    return found


def _word_comments_on(row: _Row, comments: dict[str, str]) -> list[str]:
    """The reviewers' Word comments anchored in a row's cells, in order."""
    if not comments:
        return []
    ids = [
        mark.get(f"{{{W}}}id")
        for cell in row.elements.values()
        for mark in cell.iter(f"{{{W}}}commentRangeStart", f"{{{W}}}commentReference")
    ]
    return [comments[i] for i in dict.fromkeys(ids) if i in comments]


def _confirms(comment: str) -> bool:
    return comment.strip(" .!").casefold() in CONFIRMATIONS


def _refusal(
    row: _Row, segment_id: str, exported: ReviewRow | None, count: int, rows: list[int], accept_unchanged: bool
) -> tuple[str, str] | None:
    """Why a row cannot be taken (reason, fix), or None."""
    if row.layout is not None:
        return (
            f"the row's cells were merged or split: {row.layout}, so which translation belongs to which English "
            "cannot be told",
            "undo the merge or split in Word or LibreOffice (or copy the row from the review edition as "
            "exported), one row per sentence with its ID, English and translation cells, and import again",
        )
    revisions = [
        change
        for role in (_ID, _ENGLISH, _TRANSLATION)
        if role in row.elements
        for change in _revisions(row.elements[role])
    ]
    if revisions:
        return (
            f"the row has tracked changes not yet accepted or rejected ({', '.join(dict.fromkeys(revisions))})",
            "accept or reject them (Word: Review > Accept; LibreOffice: Edit > Track Changes > Manage), save, and "
            "import again",
        )
    if not row.complete:
        return (
            "the row has fewer cells than the table's header (cells merged or deleted)",
            "undo the merge, or copy the row from the review edition as exported",
        )
    if not segment_id:
        return (
            "the row has no ID, so the sentence it translates cannot be told",
            "write the ID the row had (its English's number in the edition as exported), or delete the row",
        )
    if exported is None:
        return (
            f"ID {quoted(segment_id)} is not a sentence of this review edition",
            "restore the row's ID as exported; new sentences come from a new run of the article",
        )
    if count > 1:
        return (
            f"ID {segment_id} is on rows {', '.join(map(str, rows))}: which translation is its own cannot be told",
            "keep one row per ID, then import again",
        )
    if text_key(row.cells[_ENGLISH]) != exported.source_key:
        return (
            "the English was changed since the edition was made (the memory keeps each translation by its English)",
            "restore the English as exported; change the article itself to change its English",
        )
    if text_key(row.cells.get(_TRANSLATION, "")) != exported.exported_key or exported.origin == MEMORY:
        return None
    if exported.origin == COPY_MODEL:
        return ("the translation is still a test copy model's copy of the English", "translate the sentence")
    if accept_unchanged or _confirms(row.cells.get(_COMMENT, "")):
        return None
    how = "adapted from the memory" if exported.origin == ADAPTED_MEMORY else "the machine wrote it"
    return (
        f"not reviewed: the translation is as {how}",
        "correct it, or write OK in its Comment column to keep it as it is (--accept-unchanged takes every such row)",
    )
