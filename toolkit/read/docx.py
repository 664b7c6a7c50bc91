"""DOCX articles: checked, opened, and read with their structure and formatting (:mod:`.wordml`).

A DOCX is checked before python-docx unpacks it: the zip's size, members and
expansion (zip bombs), and every XML part parsed without entities, DTDs or
network access, so a cut or damaged document is one error naming the part.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from ..archives import ZipLimits, size_problem
from ..document import Document
from ..errors import UserError
from ..files import read_bytes
from ..xmlsafe import docx_part_parser, past_parser_limit
from . import MAX_DOCX_BYTES
from .segmenter import build_document

DOCX_LIMITS = ZipLimits(max_members=2_000, max_unpacked=256 * 1024**2)
RESAVE_FIX = "open it in Word or LibreOffice and save it again as .docx"
# Word saves an encrypted DOCX, as it saved every .doc, in an OLE compound file, not in a zip archive
_COMPOUND_FILE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_docx(path: Path, data: bytes) -> None:
    """Refuse a DOCX whose zip is unsafe or whose XML is cut or damaged, before python-docx unpacks it."""
    from lxml import etree

    if data.startswith(_COMPOUND_FILE_SIGNATURE):
        raise UserError(
            "a password-protected (encrypted) DOCX, or a Word 97-2003 .doc renamed .docx: its text cannot be read",
            path=path,
            fix="open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password) "
            "and save it as a Word Document (.docx)",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UserError(
            "not a DOCX file (not a zip archive; cut short, or another format renamed .docx)", path=path, fix=RESAVE_FIX
        ) from None
    with archive:
        members = archive.infolist()
        problem = size_problem(members, len(data), DOCX_LIMITS)
        if problem:
            raise UserError(
                f"unsafe DOCX file: {problem}", path=path, fix="ask the sender for the original document; " + RESAVE_FIX
            )
        for member in members:
            if _outside_package(member.filename):
                raise _unsafe(f"member {member.filename!r} is named outside the package, which Word never writes", path)
        parser = docx_part_parser()
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue
            try:
                part = archive.read(member)
                root = etree.fromstring(part, parser)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
                raise UserError(
                    f"damaged DOCX file: {member.filename} cannot be unpacked ({error})", path=path, fix=RESAVE_FIX
                ) from None
            except etree.XMLSyntaxError as error:
                if _INTERNAL_SUBSET.search(part[:65536]):  # stopped in its own entities: an expansion bomb, a loop
                    raise _own_document_type(member.filename, path) from None
                line, column = error.position if error.position else (error.lineno, 0)
                reason = re.sub(r", line \d+, column \d+$", "", str(error.msg or error))
                beyond = past_parser_limit(reason)
                if beyond is not None:  # not damaged: built past what Word writes (tables in tables, 300 deep)
                    raise _unsafe(
                        f"{member.filename} has {beyond} (line {line}, column {column}), more than Word writes", path
                    ) from None
                raise UserError(
                    f"damaged DOCX file: {member.filename} is cut or not well-formed XML "
                    f"(line {line}, column {column}: {reason})",
                    path=path,
                    fix=RESAVE_FIX,
                ) from None
            declared = root.getroottree().docinfo.internalDTD
            if declared is not None and (declared.entities() or declared.elements() or _INTERNAL_SUBSET.search(part)):
                raise _own_document_type(member.filename, path)
            if member.filename.endswith(".rels"):
                _check_relationships(root, member.filename, path)
            entity = next(root.iter(etree.Entity), None)  # left unexpanded: the run's text after it would be lost
            if entity is not None:
                raise _unsafe(
                    f"{member.filename} refers to an entity ({entity.text}) on line {entity.sourceline}, "
                    "which Word never writes",
                    path,
                )


# a document type declaring its own entities or elements (<!DOCTYPE w:document [ ... ]>)
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


# the kinds of part python-docx reads from inside the package: one given as a link outside it (TargetMode External)
# has no part to read; Word links only images, web pages, templates and the like so
_OWN_PARTS = frozenset(
    "officeDocument styles stylesWithEffects numbering settings webSettings fontTable theme footnotes endnotes "
    "comments header footer core-properties extended-properties custom-properties glossaryDocument".split()
)


def _check_relationships(root, part: str, path: Path) -> None:
    for relationship in root:
        kind = str(relationship.get("Type") or "").rpartition("/")[2]
        if relationship.get("TargetMode") == "External" and kind in _OWN_PARTS:
            raise _unsafe(
                f"{part} gives the document's {kind} part as a link outside the package "
                f"({relationship.get('Target')!r}), which Word never writes",
                path,
            )


def _outside_package(name: str) -> bool:
    """Whether a member's name leads out of the package (``../x``, ``/x``, ``C:x``, with either slash)."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _unsafe(problem: str, path: Path) -> UserError:
    return UserError(
        f"unsafe DOCX file: {problem}", path=path, fix="ask the sender for the original document; " + RESAVE_FIX
    )


def _own_document_type(part: str, path: Path) -> UserError:
    return _unsafe(
        f"{part} declares its own document type (<!DOCTYPE ... [ ... ]>), which Word never writes and which may "
        "hide entity expansions or read other files",
        path,
    )


def check_document_body(source, path: Path) -> None:
    """Refuse a package python-docx opened whose main part is not a ``<w:document>`` with a ``<w:body>``."""
    from docx.oxml.ns import qn

    root = source.part.element
    if root.tag != qn("w:document") or root.find(qn("w:body")) is None:
        name = str(source.part.partname).lstrip("/")
        raise UserError(
            f"damaged DOCX file: {name} is not a Word document (no <w:document> with a <w:body>)",
            path=path,
            fix=RESAVE_FIX,
        )


def parse_docx(path: Path, name: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    data = read_bytes(path, MAX_DOCX_BYTES, "DOCX article")
    _check_docx(path, data)
    try:
        source = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise UserError(f"not a readable DOCX file ({error})", path=path, fix=RESAVE_FIX) from None
    check_document_body(source, path)
    from .wordml import WordBody, docx_date

    body = WordBody(source, path)
    body.read()
    try:
        document = build_document(name, path, body.blocks, body.removals, unit="paragraph")
    except UserError as error:  # empty, or no text: what it holds may be what is not read, which then says why
        not_read = [finding.message for finding in body.findings if finding.code == "source-not-carried"]
        if not not_read:
            raise
        more = f"; and {len(not_read) - 1:,} more such findings" if len(not_read) > 1 else ""
        raise UserError(
            f"{error.message}: what it holds is not read ({not_read[0]}{more})", path=path, fix=error.fix
        ) from None
    document.findings = body.findings
    document.date = docx_date(source)
    return document
