"""A python-docx document's package as bytes: the parts python-docx saves, in its order, zipped as zipfile does.

Every edition of a run is built from the same lean template, so 12 of its 15 parts (the theme, the font table,
the settings, numbering, the document's relationships...) come out the same in every edition; only the body,
the styles and the core properties change. python-docx's ``Document.save`` serialises and compresses every part
of every edition again, through zipfile. This writer asks python-docx for the same parts (each part's XML as
python-docx writes it, its relationships, and the content types of them all) and writes the archive itself:
the same members in the same order, each with the header and central directory record zipfile writes for
``ZipFile.writestr`` into a ZIP_DEFLATED archive (level 6, a member's time of writing, permissions 0600), but a
part whose bytes an earlier edition of the process already had is not compressed again. The side-by-side and
monolingual editions, written without python-docx (:mod:`toolkit.publish.wordpackage`), give their members to
:func:`zip_members` directly; the review editions go through :func:`package_bytes`.
"""

from __future__ import annotations

import struct
import time
import zlib

_VERSION = 20  # zipfile's DEFAULT_VERSION: what it writes as made by and needed to extract for a deflated member
_UNIX = 3  # the system zipfile names as the maker on POSIX systems
_PERMISSIONS = 0o600 << 16  # what ZipFile.writestr gives a member it names
_UTF8_NAME = 0x800
_DEFLATED = 8
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_CENTRAL_RECORD = struct.Struct("<4s4B4HL2L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_ZIP64_LIMIT = (1 << 31) - 1

# the deflated bytes of parts written before, by their bytes: the parts every edition shares (a few KB each)
_COMPRESSED: dict[bytes, tuple[int, bytes]] = {}
_MAX_KEPT_PARTS = 64
_LARGEST_KEPT_PART = 16 * 1024  # the theme (11 KB) and smaller: at most 1 MB kept


def package_bytes(document) -> bytes:
    """``document`` (python-docx's) as the bytes of its .docx file, as ``document.save`` writes them."""
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    members = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),
        (PACKAGE_URI.rels_uri.membername, package.rels.xml),
    ]
    for part in parts:
        members.append((part.partname.membername, part.blob))
        if len(part.rels):
            members.append((part.partname.rels_uri.membername, part.rels.xml))
    return zip_members(members, time.localtime(time.time())[:6])


def zip_members(members: list[tuple[str, bytes]], date_time: tuple[int, ...]) -> bytes:
    """A zip archive of ``members`` (name, bytes), each deflated and dated ``date_time``, byte for byte what
    ``zipfile.ZipFile(..., "w", ZIP_DEFLATED)`` writes for ``writestr(name, data)`` of each at that time."""
    year, month, day, hour, minute, second = date_time
    if year < 1980:
        raise ValueError("ZIP does not support timestamps before 1980")  # as zipfile says
    dos_date = (year - 1980) << 9 | month << 5 | day
    dos_time = hour << 11 | minute << 5 | second // 2
    chunks: list[bytes] = []
    records: list[bytes] = []
    offset = 0
    for name, data in members:
        crc, compressed = _deflated(data)
        if len(data) > _ZIP64_LIMIT or len(compressed) > _ZIP64_LIMIT or offset > _ZIP64_LIMIT:
            raise ValueError(f"the part {name} is too large for a document")
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        sizes = (crc, len(compressed), len(data), len(encoded))
        header = _LOCAL_HEADER.pack(b"PK\003\004", _VERSION, 0, flags, _DEFLATED, dos_time, dos_date, *sizes, 0)
        made_by = (_VERSION, _UNIX, _VERSION, 0, flags, _DEFLATED, dos_time, dos_date)
        attributes = (0, 0, 0, 0, _PERMISSIONS, offset)  # extra, comment, disk, internal, external, header offset
        records.append(_CENTRAL_RECORD.pack(b"PK\001\002", *made_by, *sizes, *attributes) + encoded)
        chunks += [header, encoded, compressed]
        offset += len(header) + len(encoded) + len(compressed)
    directory = b"".join(records)
    end = _END_RECORD.pack(b"PK\005\006", 0, 0, len(records), len(records), len(directory), offset, 0)
    return b"".join(chunks) + directory + end


def _deflated(data: bytes) -> tuple[int, bytes]:
    """The CRC-32 and raw deflate stream of ``data``, as zipfile compresses a member (level 6)."""
    kept = _COMPRESSED.get(data)
    if kept is not None:
        return kept
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    found = (zlib.crc32(data), compressor.compress(data) + compressor.flush())
    if len(data) <= _LARGEST_KEPT_PART:
        if len(_COMPRESSED) >= _MAX_KEPT_PARTS:
            _COMPRESSED.clear()
        _COMPRESSED[data] = found
    return found
