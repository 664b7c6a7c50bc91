"""Parsing XML that other people and other programs wrote: memories, XLIFF files, termbases.

Every such file is treated as hostile. The parser (lxml, configured here once):

- never fetches anything: no network, no external DTD, no external entity;
- never expands entities, and refuses a document type with an internal subset
  outright (that is where "billion laughs" entity bombs and external entity
  declarations live); a plain ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` line, as
  many CAT tools write, is accepted and ignored;
- keeps libxml2's limits on depth and text size (``huge_tree`` stays off);
- drops comments and processing instructions;
- reads a bounded, regular file (:func:`toolkit.files.read_bytes`).

Errors are one :class:`~toolkit.errors.UserError` with file, line and column.
The XML parts of a DOCX that the toolkit reads itself are parsed with
:func:`docx_part_parser`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import UserError

XML_NS = "http://www.w3.org/XML/1998/namespace"  # the namespace of xml:lang and xml:space
XML_LANG = f"{{{XML_NS}}}lang"


def _parser():
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def docx_part_parser():
    """The parser for an XML part of a DOCX the toolkit reads itself (python-docx parses the rest): no entity
    expansion, no network, no DTD, libxml2's limits kept."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


# a document type declaring its own entities or elements (<!DOCTYPE tmx [ ... ]>), in the prolog, before the root
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_PROLOG_BYTES = 64 * 1024


def _own_document_type(what: str, path: Path | str) -> UserError:
    return UserError(
        f"the {what} declares its own document type (<!DOCTYPE ... [ ... ]>), which may hide "
        "entity expansions; it was not read",
        path=path,
        line=1,
        fix="remove the bracketed part of the <!DOCTYPE> line (or the whole line)",
    )


def parse_xml(data: bytes, path: Path | str, what: str):
    """The root element of ``data``, an XML document named ``path`` (a ``what`` such as "XLIFF file")."""
    from lxml import etree

    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        if _INTERNAL_SUBSET.search(data[:_PROLOG_BYTES]):
            # the parser stopped inside the document's own entities (an expansion bomb, a loop): the same refusal
            # as a document that parses with them, not the parser's words
            raise _own_document_type(what, path) from None
        line, column = error.position if error.position else (None, None)
        message = (error.msg or str(error)).split(", line ")[0].strip()
        if "XML_PARSE_HUGE" in message or "Resource limit exceeded" in message:  # libxml2's safety limits
            beyond = (
                "elements nested more than 256 deep"
                if "depth" in message.lower()
                else "a text or attribute longer than 10 MB"
            )
            raise UserError(
                f"the {what} has {beyond}, more than is read safely",
                path=path,
                line=line,
                column=(column or 0) + 1 or None,
                fix="check that this is the right file (what a translation tool writes is far smaller), "
                "or export it again",
            ) from None
        raise UserError(
            f"not a valid {what}: {message}",
            path=path,
            line=line,
            column=(column or 0) + 1 or None,
            fix="repair the XML at this place, or export the file again",
        ) from None
    declared = root.getroottree().docinfo.internalDTD
    if declared is not None and (declared.entities() or declared.elements()):
        raise _own_document_type(what, path)
    for element in root.iter(etree.Entity):  # an undeclared entity reference left unexpanded
        raise UserError(
            f"the {what} uses an entity reference ({element.text}) that is not part of XML",
            path=path,
            line=element.sourceline,
            fix="write the character itself",
        )
    return root


def _text_for_scan(data: bytes) -> bytes | str:
    """``data`` as the element scan reads it: the bytes themselves, or the text of a UTF-16 file."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "<" in text[:64]:
                return text
    return data


def check_element_count(data: bytes, path: Path | str, what: str, names: tuple[str, ...], limit: int, noun: str):
    """Refuse ``data`` before it is parsed if it holds more than ``limit`` elements named ``names`` (any namespace
    prefix): a tree of that many units would take more memory than the machine may have. The refusal names the
    line of the first element past the limit."""
    from itertools import islice

    text = _text_for_scan(data)
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = rf"<(?:[\w.-]+:)?(?:{alternatives})[\s/>]"
    if isinstance(text, bytes):
        beyond = next(islice(re.finditer(pattern.encode(), text), limit, None), None)
        line = text.count(b"\n", 0, beyond.start()) + 1 if beyond else 0
    else:
        found = next(islice(re.finditer(pattern, text), limit, None), None)
        line = text.count("\n", 0, found.start()) + 1 if found else 0
    if not line:
        return
    raise UserError(
        f"the {what} holds more than {limit:,} {noun}, more than is read in one piece "
        "(the first unit past that bound starts on this line)",
        path=path,
        line=line,
        fix=f"split it into files of at most {limit:,} {noun} each (they are all read, in order)",
    )


def read_xml(
    path: Path,
    max_bytes: int,
    what: str,
    *,
    elements: tuple[tuple[str, ...], int, str] | None = None,
):
    """Read and parse a bounded, regular XML file (see :func:`parse_xml`); ``elements`` (element names, most,
    noun) also bounds how many such elements it may hold (see :func:`check_element_count`)."""
    from .files import read_bytes

    data = read_bytes(Path(path), max_bytes, what)
    if elements is not None:
        names, most, noun = elements
        check_element_count(data, path, what, names, most, noun)
    return parse_xml(data, path, what)


def local_name(element) -> str:
    """An element's tag without its namespace: ``{urn:...}trans-unit`` -> ``trans-unit``."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
