"""The published DOCX editions' package, written with lxml alone: python-docx is not imported to write them.

python-docx builds the lean template once (:func:`toolkit.publish.word.lean_template_members`, kept in the
cache folder) and still writes the review editions and reads DOCX input; the side-by-side and monolingual
editions are written from the template's parts by this module, which does to them what python-docx did, XML
for XML: the same new paragraphs, tables, rows and cells (python-docx's ``CT_Tbl.new_tbl`` and
``Table.add_row`` markup), page size and margins in twips, the core properties, the document part's
relationships (a hyperlink's ``rIdN`` the first number free), and each part serialised as python-docx
serialises a part (``etree.tostring`` with the XML declaration, standalone). Importing python-docx costs a run
about 40 ms of CPU; lxml, which writes the parts, the run has already loaded to read its translation memory.

The parts no edition changes (the theme, the fonts, settings, the content types...) are written as the
template's bytes; the five an edition changes (the body, styles, numbering, the document's relationships and
the core properties) are parsed once per process and copied for each edition.
"""

from __future__ import annotations

import copy
import functools
from datetime import datetime
from typing import Any

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
}
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
NUMBERING_PART = "word/numbering.xml"
DOCUMENT_RELATIONSHIPS = "word/_rels/document.xml.rels"
CORE_PART = "docProps/core.xml"
EDITED_PARTS = (DOCUMENT_PART, STYLES_PART, NUMBERING_PART, DOCUMENT_RELATIONSHIPS, CORE_PART)
# the built-in styles the editions restyle or name: a kept template without one is built again
REQUIRED_STYLES = frozenset({"Normal", "Title", "Quote", "TableGrid", *(f"Heading{level}" for level in range(1, 7))})
_EMUS_PER_CM = 360000
_EMUS_PER_TWIP = 635
_EMUS_PER_INCH = 914400
_MAX_CORE_TEXT = 255  # python-docx refuses a longer core property


@functools.cache
def qn(tag: str) -> str:
    """``w:p`` as lxml names it: ``{namespace}p``."""
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def cm_twips(cm: float) -> int:
    """Centimetres as twips, rounded as python-docx rounds them (through whole EMUs)."""
    return emu_twips(int(cm * _EMUS_PER_CM))


def emu_twips(emu: int) -> int:
    return round(emu / _EMUS_PER_TWIP)


@functools.lru_cache(maxsize=1)
def _parser():
    from lxml import etree

    # python-docx's own parser settings (its oxml_parser): blank text between elements dropped, no entities
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)


def _parse(data: bytes):
    from lxml import etree

    return etree.fromstring(data, _parser())


def serialise(element) -> bytes:
    """A part's XML as python-docx writes it."""
    from lxml import etree

    return etree.tostring(element, encoding="UTF-8", standalone=True)


class Template:
    """The lean template's members (name, bytes) in their order, and its edited parts parsed once."""

    def __init__(self, members: list[tuple[str, bytes]]):
        names = [name for name, _ in members]
        missing = [name for name in EDITED_PARTS if name not in names]
        if missing:
            raise ValueError(f"the template lacks {', '.join(missing)}")
        self.members = members
        self.parsed = {name: _parse(data) for name, data in members if name in EDITED_PARTS}
        body = self.parsed[DOCUMENT_PART].find(qn("w:body"))
        if body is None or body.find(qn("w:sectPr")) is None:
            raise ValueError("the template's document has no body or no section")
        styles = self.parsed.pop(STYLES_PART)
        self.styles = styles
        # each style's place among the styles part's children, by id: an edition copies only those it changes
        self.style_index = {
            child.get(qn("w:styleId")): index for index, child in enumerate(styles) if child.tag == qn("w:style")
        }
        if REQUIRED_STYLES - self.style_index.keys():
            lacking = ", ".join(sorted(REQUIRED_STYLES - self.style_index.keys()))
            raise ValueError(f"the template lacks the styles {lacking}")
        split = _split_children(styles, dict(members)[STYLES_PART])
        if split is None:
            raise ValueError("the template's styles part is not as lxml writes it")
        self.styles_split: tuple[bytes, list[bytes], bytes] = split


def _split_children(root, data: bytes) -> tuple[bytes, list[bytes], bytes] | None:
    """``data`` (the part ``root`` was read from, as lxml writes it) cut into what comes before the root's first
    child, each child as it stands in ``data``, and what follows the last; None where the pieces do not make
    ``data`` again (a child that declares a namespace of its own, a comment between the children)."""
    pieces = [_in_context(child) for child in root]
    if not pieces or any(piece is None for piece in pieces):
        return None
    joined = b"".join(pieces)  # type: ignore[arg-type]
    start = data.find(joined)
    if start < 0:
        return None
    return data[:start], pieces, data[start + len(joined) :]  # type: ignore[return-value]


def _in_context(child) -> bytes | None:
    """``child`` as lxml writes it inside its parent: serialised alone, lxml declares on its start tag the
    namespaces the parent declared, and these declarations go again (the parent's own map, nothing else)."""
    from lxml import etree

    if not isinstance(child.tag, str):
        return None
    text = etree.tostring(child, with_tail=False)
    end = text.index(b">")
    head = text[:end]
    for prefix, uri in (child.getparent().nsmap if child.getparent() is not None else {}).items():
        head = head.replace(f' xmlns:{prefix}="{uri}"'.encode() if prefix else f' xmlns="{uri}"'.encode(), b"", 1)
    return head + text[end:]


class Table:
    """A new table of a document or a cell (python-docx's ``Table``, as far as the editions use it)."""

    def __init__(self, tbl, document: WordDocument):
        self._tbl = tbl
        self.document = document

    @property
    def rows(self) -> list[Row]:
        return [Row(tr, self) for tr in self._tbl.iterchildren(qn("w:tr"))]

    def add_row(self) -> Row:
        """A row at the end, a cell per grid column, each as wide as its column."""
        tr = self._tbl.makeelement(qn("w:tr"), {})
        self._tbl.append(tr)
        for column in self._tbl.find(qn("w:tblGrid")).iterchildren(qn("w:gridCol")):
            tc = tr.makeelement(qn("w:tc"), {})
            tc.append(tc.makeelement(qn("w:p"), {}))
            tr.append(tc)
            width = column.get(qn("w:w"))
            if width is not None:
                Cell(tc, self).set_width(int(width))
        return Row(tr, self)

    def set_style(self, name: str) -> None:
        """The table style named ``name`` (its id in ``w:tblStyle``, first in ``w:tblPr``)."""
        style_id = self.document.style_id(name)
        tblpr = self._tbl.find(qn("w:tblPr"))
        for old in tblpr.findall(qn("w:tblStyle")):
            tblpr.remove(old)
        if style_id is not None:
            tblpr.insert(0, tblpr.makeelement(qn("w:tblStyle"), {qn("w:val"): style_id}))

    def fixed_layout(self) -> None:
        """Column widths as given (python-docx's ``autofit = False``): ``w:tblLayout`` before ``w:tblLook``."""
        tblpr = self._tbl.find(qn("w:tblPr"))
        layout = tblpr.find(qn("w:tblLayout"))
        if layout is None:
            layout = tblpr.makeelement(qn("w:tblLayout"), {})
            _insert_before(tblpr, layout, _TBLPR_AFTER_LAYOUT)
        layout.set(qn("w:type"), "fixed")


_TBLPR_AFTER_LAYOUT = ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _insert_before(parent, element, successors: tuple[str, ...]) -> None:
    """Insert ``element`` before the first child of ``parent`` among ``successors``, else at the end."""
    tags = {qn(tag) for tag in successors}
    following = next((child for child in parent if child.tag in tags), None)
    if following is None:
        parent.append(element)
    else:
        following.addprevious(element)


class Row:
    def __init__(self, tr, table: Table):
        self._tr = tr
        self.table = table

    @property
    def cells(self) -> list[Cell]:
        return [Cell(tc, self.table) for tc in self._tr.iterchildren(qn("w:tc"))]


class Cell:
    """A table cell: its paragraphs, a paragraph or a table added at its end, its width."""

    def __init__(self, tc, table: Table):
        self._tc = tc
        self.table = table

    @property
    def paragraphs(self) -> list:
        return list(self._tc.iterchildren(qn("w:p")))

    def add_paragraph(self):
        p = self._tc.makeelement(qn("w:p"), {})
        self._tc.append(p)
        return p

    def width_twips(self) -> int | None:
        tcw = self._tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        if tcw is None or tcw.get(qn("w:type")) != "dxa":
            return None
        return int(tcw.get(qn("w:w")))

    def set_width(self, twips: int) -> None:
        tcpr = self._tc.find(qn("w:tcPr"))
        if tcpr is None:
            tcpr = self._tc.makeelement(qn("w:tcPr"), {})
            self._tc.insert(0, tcpr)
        tcw = tcpr.find(qn("w:tcW"))
        if tcw is None:
            tcw = tcpr.makeelement(qn("w:tcW"), {})
            _insert_before(tcpr, tcw, _TCPR_AFTER_WIDTH)
        tcw.set(qn("w:type"), "dxa")
        tcw.set(qn("w:w"), str(twips))

    def add_table(self, rows: int, columns: int) -> Table:
        """A table as wide as the cell (an inch where the cell has no width) at its end, and an empty paragraph
        after it: Word requires a cell to end with a paragraph."""
        width = self.width_twips()
        emu = width * _EMUS_PER_TWIP if width is not None else _EMUS_PER_INCH
        tbl = new_table(self._tc, rows, columns, emu)
        self._tc.append(tbl)
        self.add_paragraph()
        return Table(tbl, self.table.document)


_TCPR_AFTER_WIDTH = (
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)


def new_table(like, rows: int, columns: int, width_emu: int):
    """A new ``w:tbl`` of ``rows`` and ``columns``, ``width_emu`` shared evenly between the columns: python-docx's
    ``CT_Tbl.new_tbl`` markup."""
    column_twips = emu_twips(width_emu // columns) if columns > 0 else 0
    tbl = like.makeelement(qn("w:tbl"), {})
    tblpr = _sub(tbl, "w:tblPr")
    _sub(tblpr, "w:tblW", (("w:type", "auto"), ("w:w", "0")))
    look = (
        ("w:firstColumn", "1"),
        ("w:firstRow", "1"),
        ("w:lastColumn", "0"),
        ("w:lastRow", "0"),
        ("w:noHBand", "0"),
        ("w:noVBand", "1"),
        ("w:val", "04A0"),
    )
    _sub(tblpr, "w:tblLook", look)
    grid = _sub(tbl, "w:tblGrid")
    for _ in range(columns):
        _sub(grid, "w:gridCol", (("w:w", str(column_twips)),))
    for _ in range(rows):
        tr = _sub(tbl, "w:tr")
        for _ in range(columns):
            tc = _sub(tr, "w:tc")
            _sub(_sub(tc, "w:tcPr"), "w:tcW", (("w:type", "dxa"), ("w:w", str(column_twips))))
            _sub(tc, "w:p")
    return tbl


def _sub(parent, tag: str, attributes: tuple[tuple[str, str], ...] = ()):
    child = parent.makeelement(qn(tag), {})
    for name, value in attributes:
        child.set(qn(name), value)
    parent.append(child)
    return child


class WordDocument:
    """One edition's document: the template's edited parts copied, written into, and packed."""

    def __init__(self, template: Template):
        self._template = template
        self.parts = {name: copy.deepcopy(root) for name, root in template.parsed.items()}
        self.body = self.parts[DOCUMENT_PART].find(qn("w:body"))
        self.sect_pr = self.body.find(qn("w:sectPr"))
        # the styles part is not copied whole (2 ms an edition): the styles an edition changes are copied into
        # an empty w:styles of its own, beside those it adds, and the part is written from the template's bytes
        shared = template.styles
        self.styles_element = shared.makeelement(shared.tag, dict(shared.attrib), nsmap=shared.nsmap)
        self._edited: dict[int, Any] = {}
        self._added: list = []

    def template_styles(self) -> dict[str, Any]:
        """The template's styles by id, to read only: :meth:`edit_style` gives a style to change."""
        shared = self._template.styles
        return {style_id: shared[index] for style_id, index in self._template.style_index.items()}

    def edit_style(self, style_id: str):
        """This edition's own copy of the template's style ``style_id``, written in the template's place."""
        index = self._template.style_index[style_id]
        if index not in self._edited:
            edited = copy.deepcopy(self._template.styles[index])
            self.styles_element.append(edited)
            self._edited[index] = edited
        return self._edited[index]

    def add_style(self, style) -> None:
        """A new style, written after the template's."""
        self.styles_element.append(style)
        self._added.append(style)

    def _styles_bytes(self) -> bytes:
        head, pieces, tail = self._template.styles_split
        written = [_in_context(self._edited[i]) if i in self._edited else piece for i, piece in enumerate(pieces)]
        written += [_in_context(style) for style in self._added]
        return head + b"".join(written) + tail  # type: ignore[arg-type]  # a style is never a comment: never None

    @property
    def numbering_element(self):
        return self.parts[NUMBERING_PART]

    def style_by_name(self, name: str):
        """The template's ``w:style`` named ``name`` (its ``w:name``), to read only, or None."""
        for style in self._template.styles.iterchildren(qn("w:style")):
            found = style.find(qn("w:name"))
            if found is not None and found.get(qn("w:val")) == name:
                return style
        return None

    def style_id(self, name: str) -> str | None:
        """The id of the style named ``name``; None for its type's default style, as python-docx gives it."""
        style = self.style_by_name(name)
        if style is None:
            raise KeyError(f"no style with name {name!r}")
        return None if style.get(qn("w:default")) == "1" else style.get(qn("w:styleId"))

    def add_paragraph(self):
        """A new empty ``w:p`` at the end of the body (before its section properties)."""
        p = self.body.makeelement(qn("w:p"), {})
        self.sect_pr.addprevious(p)
        return p

    def add_table(self, rows: int, columns: int) -> Table:
        """A new table at the end of the body, as wide as the text between the margins, no table style named."""
        page_size = self.sect_pr.find(qn("w:pgSz"))
        margins = self.sect_pr.find(qn("w:pgMar"))
        width = _twips_emu(page_size, "w:w", _EMUS_PER_INCH * 17 // 2)
        width -= _twips_emu(margins, "w:left", _EMUS_PER_INCH) + _twips_emu(margins, "w:right", _EMUS_PER_INCH)
        tbl = new_table(self.body, rows, columns, width)
        self.sect_pr.addprevious(tbl)
        return Table(tbl, self)

    def page_setup(self, width_cm: float, height_cm: float, margin_cm: float) -> None:
        """Page size and the four margins (python-docx's section setters: twips, whole EMUs first)."""
        page_size = _child_in_order(self.sect_pr, "w:pgSz", ("w:pgMar", *_SECTPR_AFTER_MARGINS))
        page_size.set(qn("w:w"), str(cm_twips(width_cm)))
        page_size.set(qn("w:h"), str(cm_twips(height_cm)))
        margins = _child_in_order(self.sect_pr, "w:pgMar", _SECTPR_AFTER_MARGINS)
        for side in ("w:left", "w:right", "w:top", "w:bottom"):
            margins.set(qn(side), str(cm_twips(margin_cm)))

    def relate_to(self, target: str, reltype: str, is_external: bool = False) -> str:
        """The ``rId`` of the document part's relationship to ``target``, added (the first free number) if new."""
        relationships = self.parts[DOCUMENT_RELATIONSHIPS]
        mode = "External" if is_external else None
        taken = set()
        for relationship in relationships:
            if (
                relationship.get("Type") == reltype
                and relationship.get("Target") == target
                and relationship.get("TargetMode") == mode
            ):
                return relationship.get("Id")
            taken.add(relationship.get("Id"))
        rid = next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
        added = relationships.makeelement(qn("pr:Relationship"), {})
        for name, value in (("Id", rid), ("Type", reltype), ("Target", target), ("TargetMode", mode)):
            if value is not None:
                added.set(name, value)
        relationships.append(added)
        return rid

    def set_core_properties(self, values: list[tuple[str, str]], when: datetime, revision: int) -> None:
        """Core properties as python-docx's setters leave them: each text in its element (added at the end when
        the template lacks it), ``dcterms:created`` and ``modified`` in W3CDTF, the revision number."""
        core = self.parts[CORE_PART]
        for tag, value in values:
            if len(value) > _MAX_CORE_TEXT:
                raise ValueError(f"exceeded 255 char limit for property, got:\n\n'{value}'")
            _core_child(core, tag).text = value
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        for tag in ("dcterms:created", "dcterms:modified"):
            element = _core_child(core, tag)
            element.text = stamp
            element.set(qn("xsi:type"), "dcterms:W3CDTF")
        _core_child(core, "cp:revision").text = str(revision)

    def members(self) -> list[tuple[str, bytes]]:
        """The package's members (name, bytes) in the template's order."""
        written = {name: serialise(root) for name, root in self.parts.items()}
        written[STYLES_PART] = self._styles_bytes()
        return [(name, written.get(name, data)) for name, data in self._template.members]


_SECTPR_AFTER_MARGINS = (
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


def _twips_emu(element, attribute: str, default: int) -> int:
    value = element.get(qn(attribute)) if element is not None else None
    return int(value) * _EMUS_PER_TWIP if value else default


def _child_in_order(parent, tag: str, successors: tuple[str, ...]):
    found = parent.find(qn(tag))
    if found is None:
        found = parent.makeelement(qn(tag), {})
        _insert_before(parent, found, successors)
    return found


def _core_child(core, tag: str):
    found = core.find(qn(tag))
    if found is None:
        found = core.makeelement(qn(tag), {})
        core.append(found)
    return found
