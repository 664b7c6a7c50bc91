"""The review edition: a DOCX table an editor corrects in Word, and ``toolkit memory import`` reads back.

One row per sentence, as bilingual review tables in CAT tools have it
(memoQ's multi-column tables, Trados's review DOCX)::

    ID  | English | <Language> translation | Status                        | Comment
    2.1 | ...     | ...                    | machine: translate-en_ru 1.9  | (the reviewer's)
                                             | QA: 1 error (see the comments)
                                             | memory suggestion 87% ...

- The **ID** column carries the segment id (``2.1``: paragraph 2, sentence
  1), visibly: word processors keep plain table cells through every edit, so
  rows can be moved, deleted or retyped without a translation ever landing on
  another sentence.
- The **translation** is set as the other editions set it (right-to-left
  paragraphs with ``w:bidi`` and no ``w:jc``, complex-script styles, Latin
  words in runs of their own, the table never mirrored: see
  :mod:`toolkit.publish.word`), flagged segments shaded, and every QA problem
  of the segment is a Word comment anchored on it.
- **Status** says where the translation came from (reviewed memory, adapted
  memory with its score, the machine-translation model and its version, a
  test copy model) and lists the memory's suggestions with score, unit and
  text, for the reviewer to copy from.
- **Comment** is the reviewer's: ``OK`` there confirms a translation as it
  stands; anything else is shown by the import.

The document's custom properties carry a :class:`ReviewFingerprint`: that it
is a review edition of this toolkit, of which article, language and memory,
and per row a short digest of the English, of the translation as exported,
its origin and the memory translation it showed. The import (:mod:`toolkit.interchange.review_docx`) uses it
to refuse other documents, to tell a row whose English was changed, an
untouched machine translation from a reviewed one, and a memory translation
another review changed after the edition was made. Custom properties survive
saving in Word and LibreOffice; each value stays under Word's 255-character
limit.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from docx.shared import Cm

from ..document import BlockKind, Edition, Piece, TranslatedSegment
from ..files import recorded_path
from ..languages import SOURCE_LANGUAGE, language
from ..localise import INVISIBLE
from ..records import dataclass
from ..settings import Settings
from ..translate.engines import ADAPTED, EXACT
from ..translate.resplit import CUT, JOINED
from ..translate.reviewed import NO_MEMORY, memory_based_on
from .changes import EarlierRun, shown_time
from .word import (
    GREY,
    PROVISIONAL,
    WARNING,
    Faces,
    Look,
    RunStyles,
    StyleSheet,
    add_held_back_notice,
    document_bytes,
    new_document,
    page_setup,
    segment_mark,
    set_core_properties,
    set_row_properties,
)
from .wordformat import Hyperlinks, append_formatted

FORMAT = "1"
# custom document properties (docProps/custom.xml)
PROPERTY_FORMAT = "toolkit.review"
PROPERTY_ARTICLE = "toolkit.article"
PROPERTY_LANGUAGE = "toolkit.language"
PROPERTY_MEMORY = "toolkit.memory"
PROPERTY_GENERATOR = "toolkit.generator"
PROPERTY_SOURCE = "toolkit.source"  # where the article lay when the edition was made, from the run's folder
PROPERTY_ROWS = "toolkit.rows."  # + 1, 2, ...: the rows, as many properties as Word's value limit needs
MAX_PROPERTY_CHARS = 255  # Word's limit on a custom property's text
CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VARIANT_TYPES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_PROPERTY_SET = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the format id of user-defined properties

# column headers: the import finds the columns by them
ID_HEADER, ENGLISH_HEADER, STATUS_HEADER, COMMENT_HEADER = "ID", "English", "Status", "Comment"
TRANSLATION_HEADER = "Translation"  # + " (Russian)"
CONFIRMATIONS = frozenset({"ok", "✓", "✔"})  # a Comment cell saying only this confirms the row as it stands
QA_AUTHOR, QA_INITIALS = "toolkit QA", "QA"
_DIGEST = re.compile(r"[0-9a-f]{10}")  # a memory_digest, as the fingerprint records the translation a row showed
CHANGED_MARK = "▲"  # a row whose sentence is new or changed since the article's previous run

# a row's origin, as the fingerprint records it
MEMORY, ADAPTED_MEMORY, MACHINE, COPY_MODEL = "m", "a", "t", "c"
ORIGIN_CODES = (MEMORY, ADAPTED_MEMORY, MACHINE, COPY_MODEL)

# column widths on a landscape page, as shares of the text width: ID, English, translation, status, comment
_SHARES = (0.055, 0.30, 0.30, 0.20, 0.145)


def text_key(text: str) -> str:
    """A short digest of a cell's text: NFC, without display marks, whitespace collapsed."""
    normal = " ".join(unicodedata.normalize("NFC", text).translate(INVISIBLE).split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=5).hexdigest()


@dataclass(frozen=True)
class ReviewRow:
    """What the fingerprint records of one row."""

    segment_id: str
    source_key: str  # text_key of the English
    exported_key: str  # text_key of the translation as exported
    origin: str  # one of ORIGIN_CODES
    # memory_digest of the memory translation the row showed ("" for none); None in editions made before
    # fingerprints recorded it
    based_on: str | None = None

    def encoded(self) -> str:
        based_on = "" if self.based_on is None else f":{self.based_on or NO_MEMORY}"
        return f"{self.segment_id}:{self.source_key}:{self.exported_key}:{self.origin}{based_on}"

    @classmethod
    def decoded(cls, text: str) -> ReviewRow:
        parts = text.split(":")
        if (
            len(parts) not in (4, 5)
            or parts[3] not in ORIGIN_CODES
            or not all(parts[:3])
            or not all(part == NO_MEMORY or _DIGEST.fullmatch(part) for part in parts[4:])
        ):
            raise ValueError(f"row {text!r} is not id:digest:digest:origin[:digest]")
        based_on = None if len(parts) == 4 else ("" if parts[4] == NO_MEMORY else parts[4])
        segment_id, source_key, exported_key, origin = parts[:4]
        return cls(segment_id, source_key, exported_key, origin, based_on)


@dataclass(frozen=True)
class ReviewFingerprint:
    """Which toolkit review edition a DOCX is: article, language, memory, generator and rows."""

    article: str
    language: str
    memory: tuple[str, ...]  # the memory files the translations were looked up in (names)
    generator: str
    rows: tuple[ReviewRow, ...]
    source: str = ""  # where the article lay when the edition was made; "" when unknown (or made by an older version)

    def properties(self) -> list[tuple[str, str]]:
        """(name, value) custom properties, each value within Word's limit."""
        properties = [
            (PROPERTY_FORMAT, FORMAT),
            (PROPERTY_ARTICLE, self.article),
            (PROPERTY_LANGUAGE, self.language),
            (PROPERTY_GENERATOR, self.generator),
            (PROPERTY_MEMORY, _within_limit("; ".join(self.memory))),
        ]
        if self.source and len(self.source) <= MAX_PROPERTY_CHARS:  # a path cut short would name another file
            properties.append((PROPERTY_SOURCE, self.source))
        chunks: list[str] = []
        for row in self.rows:
            encoded = row.encoded()
            if chunks and len(chunks[-1]) + 1 + len(encoded) <= MAX_PROPERTY_CHARS:
                chunks[-1] += " " + encoded
            else:
                chunks.append(encoded)
        properties += [(f"{PROPERTY_ROWS}{number}", chunk) for number, chunk in enumerate(chunks, 1)]
        return properties

    @classmethod
    def from_properties(cls, properties: dict[str, str]) -> ReviewFingerprint:
        """The fingerprint in a document's custom properties; ValueError says what is missing or wrong."""
        if properties.get(PROPERTY_FORMAT) != FORMAT:
            found = properties.get(PROPERTY_FORMAT)
            raise ValueError(
                "it has no review fingerprint" if found is None else f"its review format is {found!r}, not {FORMAT!r}"
            )
        article = properties.get(PROPERTY_ARTICLE, "")
        code = properties.get(PROPERTY_LANGUAGE, "")
        if not article or not code:
            raise ValueError("its fingerprint names no article or language")
        rows = []
        number = 1
        while f"{PROPERTY_ROWS}{number}" in properties:
            rows += [ReviewRow.decoded(item) for item in properties[f"{PROPERTY_ROWS}{number}"].split()]
            number += 1
        if not rows:
            raise ValueError("its fingerprint lists no rows")
        memory = tuple(name.strip() for name in properties.get(PROPERTY_MEMORY, "").split(";") if name.strip())
        return cls(
            article,
            code,
            memory,
            properties.get(PROPERTY_GENERATOR, ""),
            tuple(rows),
            properties.get(PROPERTY_SOURCE, ""),
        )


def _within_limit(text: str) -> str:
    return text if len(text) <= MAX_PROPERTY_CHARS else text[: MAX_PROPERTY_CHARS - 1] + "…"


def origin_code(segment: TranslatedSegment, copy_model: str | None) -> str:
    if segment.origin == EXACT:
        return MEMORY
    if segment.origin == ADAPTED:
        return ADAPTED_MEMORY
    return COPY_MODEL if copy_model is not None and segment.reference == copy_model else MACHINE


def origin_label(segment: TranslatedSegment, copy_model: str | None) -> str:
    """Where a translation came from, as the Status column says it."""
    code = origin_code(segment, copy_model)
    if code == MEMORY:
        return f"memory (reviewed): {segment.reference}"
    if code == ADAPTED_MEMORY:
        score = f" {segment.score}%" if segment.score is not None else ""
        if any(problem.code == JOINED for problem in segment.problems):
            pieces = segment.reference.count(" + ") + 1 if segment.reference else 2
            return (
                f"memory (joined){score}: {segment.reference}; joined from {pieces} units stored under an older "
                "sentence split: check that they read as one sentence"
            )
        if any(problem.code == CUT for problem in segment.problems):
            return (
                f"memory (cut){score}: {segment.reference}; cut from one unit that holds it with the sentences next "
                "to it, stored under an older sentence split: check the cut"
            )
        return f"memory (adapted){score}: {segment.reference}; numbers or names were changed: check them"
    if code == COPY_MODEL:
        return f"test copy model: {segment.reference}; it copies the English: translate the sentence"
    return f"machine: {segment.reference or segment.origin}"


def translation_header(target_name: str) -> str:
    return f"{TRANSLATION_HEADER} ({target_name})"


def fingerprint_of(
    edition: Edition, memory: Sequence[str], generator: str, copy_model: str | None = None
) -> ReviewFingerprint:
    return ReviewFingerprint(
        edition.document.name,
        edition.language.code,
        tuple(memory),
        generator,
        tuple(
            ReviewRow(
                segment.source.id,
                text_key(segment.source.text),
                text_key("".join(piece.text for piece in segment.as_stored)),
                origin_code(segment, copy_model),
                memory_based_on(segment),
            )
            for segment in edition.segments
        ),
        recorded_path(edition.document.source_path) if edition.document.source_path is not None else "",
    )


def _custom_properties_xml(properties: list[tuple[str, str]]) -> bytes:
    from lxml import etree

    root = etree.Element(
        f"{{{CUSTOM_PROPERTIES_NS}}}Properties", nsmap={None: CUSTOM_PROPERTIES_NS, "vt": VARIANT_TYPES_NS}
    )
    for number, (name, value) in enumerate(properties, 2):  # property ids start at 2
        element = etree.SubElement(
            root, f"{{{CUSTOM_PROPERTIES_NS}}}property", fmtid=_PROPERTY_SET, pid=str(number), name=name
        )
        etree.SubElement(element, f"{{{VARIANT_TYPES_NS}}}lpwstr").text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _add_custom_properties(document, properties: list[tuple[str, str]]) -> None:
    """Add ``docProps/custom.xml`` (python-docx reads and writes only the core properties)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPERTIES_TYPE, _custom_properties_xml(properties), package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def review_docx(
    edition: Edition,
    settings: Settings | None = None,
    generator: str = "toolkit",
    notice: str | None = None,
    memory: Sequence[str] = (),
    copy_model: str | None = None,
    earlier: EarlierRun | None = None,
) -> bytes:
    """Build the review edition of one edition and return its bytes.

    ``notice`` (why the edition is not published) leads; ``memory`` names
    the memory files the run used (for the fingerprint and the instructions);
    ``copy_model`` is the reference of a test copy model, whose rows are
    labelled as such. With ``earlier`` (what the article's previous run
    wrote), a line under the instructions counts the sentences new or changed
    since, and each such row's Status says so first, so an editor back from
    an import or a glossary fix sees what the re-run changed.
    """
    from docx.enum.section import WD_ORIENT

    settings = settings or Settings()
    target = edition.language
    english = language(SOURCE_LANGUAGE)
    document = new_document()
    page_setup(document, settings)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    sheet = StyleSheet(document, Faces.from_settings(settings))
    sheet.document_language(target, english.word_locale)
    runs = {lang: sheet.run_styles(lang) for lang in (english, target)}
    heading_look, text_look = Look(BlockKind.HEADING, scale=0.8), Look()
    styles = {
        (lang, heading): sheet.paragraph_style(
            f"{lang.english_name} {'Heading' if heading else 'Text'}", lang, heading_look if heading else text_look
        )
        for lang in (english, target)
        for heading in (True, False)
    }
    label = sheet.paragraph_style("Review Label", english, Look(scale=0.85, color=GREY))
    alert = sheet.paragraph_style("Review Alert", english, Look(scale=0.85, color=WARNING))
    suggestion_style = sheet.paragraph_style(f"{target.english_name} Suggestion", target, Look(scale=0.9))
    edition_line = sheet.paragraph_style("Edition Line", english, Look(color=GREY))
    hyperlinks = Hyperlinks(document.part)
    file_name = f"{edition.document.name}.{target.code}.review.docx"

    if notice:
        add_held_back_notice(document, sheet, runs[english], english, notice)
    intro = document.add_paragraph()
    styles[english, True].apply(intro)
    runs[english].append(intro, [Piece(f"Review: {edition.document.title} — English / {target.english_name}")])
    memory_option = f"--memory {memory[0]}" if len(memory) == 1 else "--memory FILE.tmx"
    changed = {segment.source.id for segment in edition.segments if earlier is not None and earlier.changed(segment)}
    since = _changed_since_line(earlier) if earlier is not None else ""
    for line in (
        f"Correct the translations in the {target.english_name} column; leave the ID and English columns as "
        "they are (rows may be moved or deleted). Write each name as the glossary renders it, in the form the "
        "sentence needs. To keep a machine or adapted translation as it stands, write OK in its Comment column.",
        "QA findings are Word comments on the translation; yellow marks an error, turquoise a name to check. "
        "Status gives each translation's origin and the memory's close matches.",
        f"Then: toolkit memory import {file_name} {memory_option}",
    ):
        paragraph = document.add_paragraph()
        edition_line.apply(paragraph)
        runs[english].append(paragraph, [Piece(line)])
    if earlier is not None:
        paragraph = document.add_paragraph()
        (alert if changed else edition_line).apply(paragraph)
        total = len(edition.segments)
        count = f"{len(changed)} of {total} sentence{'s' if total != 1 else ''}" if changed else "No sentence"
        runs[english].append(
            paragraph, [Piece(f"{count} {since}" + (f": {CHANGED_MARK} in Status." if changed else "."))]
        )

    text_width = settings.page_size_cm[1] - 2 * settings.margin_cm  # landscape: the page's height is its width
    widths = [Cm(text_width * share) for share in _SHARES]
    table = document.add_table(rows=1, cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    header = table.rows[0]
    set_row_properties(header, keep_whole=True, header=True)
    headers = (ID_HEADER, ENGLISH_HEADER, translation_header(target.english_name), STATUS_HEADER, COMMENT_HEADER)
    for cell, width, text in zip(header.cells, widths, headers):
        cell.width = width
        paragraph = cell.paragraphs[0]
        styles[english, True].apply(paragraph)
        runs[english].append(paragraph, [Piece(text)])

    for block in edition.blocks:
        heading = block.source.kind is not BlockKind.PARAGRAPH
        for segment in block.segments:
            row = table.add_row()
            if heading:
                set_row_properties(row, keep_whole=True)
            cells = row.cells
            for cell, width in zip(cells, widths):
                cell.width = width
            identifier = cells[0].paragraphs[0]
            label.apply(identifier)
            runs[english].append(identifier, [Piece(segment.source.id)])
            source = cells[1].paragraphs[0]
            styles[english, heading].apply(source)
            append_formatted(runs[english], source, segment.source.pieces, hyperlinks=hyperlinks, footnote_marks=False)
            translation = cells[2].paragraphs[0]
            styles[target, heading].apply(translation)
            _translation(document, translation, runs[target], segment, hyperlinks, settings.arabic_italics)
            _status(
                cells[3],
                segment,
                copy_model,
                label,
                alert,
                suggestion_style,
                runs[english],
                runs[target],
                f"{CHANGED_MARK} {since}" if segment.source.id in changed else None,
            )
            comment = cells[4].paragraphs[0]
            styles[english, False].apply(comment)

    fingerprint = fingerprint_of(edition, memory, generator, copy_model)
    _add_custom_properties(document, fingerprint.properties())
    set_core_properties(
        document,
        title=f"Review: {edition.title}",
        subject=edition.document.title,
        language_tag=target.word_locale,
        generator=generator,
        keywords=f"review; en; {target.code}",
        comments=f"English / {target.english_name} review edition of {edition.document.name}: correct the "
        "translations, then import it with `toolkit memory import`",
    )
    return document_bytes(document)


_COMMENT_REFERENCE_STYLE = (  # Word's own definition of the style python-docx gives a comment's reference mark
    '<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="character" '
    'w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/>'
    "</w:rPr></w:style>"
)


def _comment_reference_style(document) -> None:
    """Define the CommentReference character style if the template lacks it (python-docx's does)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    styles = document.styles.element
    if styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='CommentReference']") is None:
        styles.append(parse_xml(_COMMENT_REFERENCE_STYLE))


def _translation(
    document,
    paragraph,
    styles: RunStyles,
    segment: TranslatedSegment,
    hyperlinks: Hyperlinks,
    arabic_italics: str,
) -> None:
    """The translation's formatted runs, and each QA problem of the segment as a Word comment anchored on them."""
    from docx.oxml.ns import qn
    from docx.text.run import Run

    p = paragraph._p
    first = len(p)
    # as the memory has it (no house style), with its formatting and links; a provisional name is marked as
    # such, whatever the sentence's mark
    append_formatted(
        styles,
        paragraph,
        segment.as_stored,
        segment_mark(segment),
        hyperlinks=hyperlinks,
        arabic_italics=arabic_italics,
        provisional_mark=PROVISIONAL,
        footnote_marks=False,  # read back into the memory: a mark stays the text [^1] it is there
    )
    # the runs written, also those inside a hyperlink: a comment spans from the first to the last
    anchored = [Run(r, paragraph) for element in list(p)[first:] for r in element.iter(qn("w:r"))]
    if not segment.problems:
        return
    _comment_reference_style(document)
    if not anchored:  # an empty translation still gets its comments
        anchored = [paragraph.add_run("")]
    for problem in segment.problems:
        text = f"QA {problem.severity} ({problem.code}): {problem.message}"
        if problem.fix:
            text += f" Fix: {problem.fix}"
        document.add_comment(anchored, text=text, author=QA_AUTHOR, initials=QA_INITIALS)
    _comment_ranges_outside_links(p)


def _comment_ranges_outside_links(p) -> None:
    """Move comment range marks (and the comment's reference run) a link received out of it, to either side.

    Comments are anchored on runs, and a translation may begin or end inside a link: the range then opens
    before the link and closes after it, and the reference mark is not part of the link's text.
    """
    from docx.oxml.ns import qn

    for hyperlink in p.findall(qn("w:hyperlink")):
        for start in hyperlink.findall(qn("w:commentRangeStart")):
            hyperlink.addprevious(start)
        after = hyperlink
        for child in list(hyperlink):
            is_reference = child.tag == qn("w:r") and child.find(qn("w:commentReference")) is not None
            if child.tag == qn("w:commentRangeEnd") or is_reference:
                after.addnext(child)
                after = child


def _changed_since_line(earlier: EarlierRun) -> str:
    """ "changed since the last run (2026-11-26 09:14 UTC)"; the time left out when the manifest's is no time."""
    from datetime import datetime

    try:
        datetime.fromisoformat(earlier.written)
    except ValueError:
        return "changed since the last run"
    return f"changed since the last run ({shown_time(earlier.written)})"


def _status(
    cell,
    segment: TranslatedSegment,
    copy_model: str | None,
    label,
    alert,
    suggestion_style,
    english: RunStyles,
    target: RunStyles,
    changed: str | None = None,
) -> None:
    """The origin, what changed since the last run (when it did), the QA count and the memory's suggestions, one
    paragraph each (suggestions in the target language)."""
    paragraph = cell.paragraphs[0]
    label.apply(paragraph)
    english.append(paragraph, [Piece(origin_label(segment, copy_model))])
    if changed:
        paragraph = cell.add_paragraph()
        alert.apply(paragraph)
        english.append(paragraph, [Piece(changed)])
    errors = sum(problem.severity == "error" for problem in segment.problems)
    warnings = len(segment.problems) - errors
    if segment.problems:
        paragraph = cell.add_paragraph()
        (alert if errors else label).apply(paragraph)
        counts = [
            f"{count} {word}{'s' if count != 1 else ''}"
            for count, word in ((errors, "error"), (warnings, "warning"))
            if count
        ]
        english.append(paragraph, [Piece(f"QA: {', '.join(counts)} (see the comments)")])
    for suggestion in segment.suggestions:
        if not suggestion.text:
            continue
        paragraph = cell.add_paragraph()
        label.apply(paragraph)
        english.append(paragraph, [Piece(f"memory suggestion {suggestion.score}%: {suggestion.reference}")])
        paragraph = cell.add_paragraph()
        suggestion_style.apply(paragraph)
        target.append(paragraph, [Piece(suggestion.text)])
