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

from .errors import DISGUISING_CHARACTERS, UserError
from .patterns import LazyPattern

XML_NS = "http://www.w3.org/XML/1998/namespace"  # the namespace of xml:lang and xml:space
XML_LANG = f"{{{XML_NS}}}lang"


# What an XML file the toolkit writes for people and other tools (an XLIFF, TMX or TBX export) holds only as a
# character reference: the characters that disguise or break what a person reads (errors.DISGUISING_CHARACTERS:
# an article named "evil\u202etxt.md" shows in an editor as "evildm.txt"), as JSON and messages escape them.
# Lone surrogates are in the class too, but never in text encoded as UTF-8.
_HIDDEN = LazyPattern(f"[{DISGUISING_CHARACTERS}]")


def escaped_hidden(data: bytes) -> bytes:
    """UTF-8 XML ``data`` with the bidi controls, C1 controls and line separators in its text and attribute values
    written as character references (``&#x202E;``): every XML reader gets the same text back, and nobody reading
    the file sees it reordered. Outside text and attribute values the toolkit's XML holds only its own names."""
    text = data.decode("utf-8")
    if _HIDDEN.search(text) is None:
        return data
    return _HIDDEN.sub(_reference, text).encode("utf-8")


def _reference(match: re.Match) -> str:
    return f"&#x{ord(match.group()):04X};"


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
        raise _syntax_error(error, data[:_PROLOG_BYTES], path, what) from None
    _check_document_type(root, path, what)
    _check_entities(root, path, what)
    return root


def past_parser_limit(message: str) -> str | None:
    """What of a document went past one of libxml2's safety limits, from the parser's message (which names the
    limit as the option that would lift it, XML_PARSE_HUGE, no use to the person reading it); None for any other
    error."""
    if "XML_PARSE_HUGE" not in message and "Resource limit exceeded" not in message and " too big" not in message:
        return None
    if "depth" in message.lower():
        return "elements nested more than 256 deep"
    if "comment" in message.lower():
        return "a comment longer than 10 MB"
    return "a text or attribute longer than 10 MB"


def _syntax_error(error, prolog: bytes, path: Path | str, what: str) -> UserError:
    """The parser's ``error`` as one UserError naming the place and the fix."""
    if _INTERNAL_SUBSET.search(prolog):
        # the parser stopped inside the document's own entities (an expansion bomb, a loop): the same refusal
        # as a document that parses with them, not the parser's words
        return _own_document_type(what, path)
    line, column = error.position if error.position else (None, None)
    message = (error.msg or str(error)).split(", line ")[0].strip()
    beyond = past_parser_limit(message)
    if beyond is not None:
        return UserError(
            f"the {what} has {beyond}, more than is read safely",
            path=path,
            line=line,
            column=(column or 0) + 1 or None,
            fix="check that this is the right file (what a translation tool writes is far smaller), or export it again",
        )
    return UserError(
        f"not a valid {what}: {message}",
        path=path,
        line=line,
        column=(column or 0) + 1 or None,
        fix="repair the XML at this place, or export the file again",
    )


def _check_document_type(root, path: Path | str, what: str) -> None:
    declared = root.getroottree().docinfo.internalDTD
    if declared is not None and (declared.entities() or declared.elements()):
        raise _own_document_type(what, path)


def _check_entities(element, path: Path | str, what: str) -> None:
    from lxml import etree

    for entity in element.iter(etree.Entity):  # an undeclared entity reference left unexpanded
        raise UserError(
            f"the {what} uses an entity reference ({entity.text}) that is not part of XML",
            path=path,
            line=entity.sourceline,
            fix="write the character itself",
        )


def stream_xml(path: Path, max_bytes: int, what: str, tag: str, *, limit: int | None = None, noun: str = ""):
    """The ``tag`` elements of a bounded, regular XML file one at a time, as the parser reaches each one's end,
    with the same guards and errors as :func:`read_xml`; after each is used it is cleared and dropped with all
    that came before it, so that memory stays flat however many there are. Their ancestors (the root and the
    elements that opened before the first of them, such as a TMX ``<header>``) are kept: ``root`` is yielded
    first as ``("root", element)``, each one after as ``("element", element)``. More than ``limit`` of them
    is the UserError :func:`check_element_count` raises, naming the line of the first one past it."""
    import os

    from lxml import etree

    from .files import open_regular_file

    descriptor = open_regular_file(Path(path), max_bytes, what)
    with os.fdopen(descriptor, "rb") as handle:
        prolog = handle.read(_PROLOG_BYTES)
        handle.seek(0)
        events = etree.iterparse(
            handle,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        count = 0
        root = None
        try:
            for event, element in events:
                if root is None:
                    root = element
                    _check_document_type(root, path, what)
                    yield "root", root
                    continue
                if event != "end" or element.tag != tag:
                    continue
                count += 1
                if limit is not None and count > limit:
                    raise _too_many(path, what, limit, noun, element.sourceline)
                _check_entities(element, path, what)
                yield "element", element
                element.clear(keep_tail=False)
                parent = element.getparent()
                while parent is not None and (previous := element.getprevious()) is not None:
                    parent.remove(previous)
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error, prolog, path, what) from None
        if handle.tell() > max_bytes:  # it grew while it was read
            from .files import human_size

            raise UserError(
                f"the file is larger than the {human_size(max_bytes)} a {what} may be",
                path=path,
                fix=f"check that this is the right file; split a {what} that is really this long",
            )


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
    line of the first element past the limit. Only real elements count: what looks like one inside a comment, a
    CDATA section or a processing instruction is text, which the parser drops or keeps as text (a file of a few
    units with 200,000 ``<tu>`` in a comment is a small file). One pass, never a parse."""
    from itertools import islice
    from operator import itemgetter

    text = _text_for_scan(data)
    alternatives = "|".join(re.escape(name) for name in names)
    # a comment, CDATA section or processing instruction is matched whole (to the end of the text where it is never
    # closed: one pass however many there are) and passed over; only the element itself is a group
    # so is a document type, whose quoted names and internal subset may hold what opens one of those (its
    # comments and instructions taken whole): each piece is told by its first character, so nothing is tried twice
    literal = r"\"[^\"]*\"?|'[^']*'?"
    subset = rf"\[(?:{literal}|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)|[^\"'\]])*\]?"
    doctype = rf"<!DOCTYPE(?:{literal}|{subset}|[^\"'\[>])*>?"
    pattern = (
        rf"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<\?.*?(?:\?>|\Z)|{doctype}"
        rf"|(<(?:[\w.-]+:)?(?:{alternatives})[\s/>])"
    )
    if isinstance(text, bytes):
        found = re.compile(pattern.encode(), re.DOTALL).finditer(text)
        beyond = next(islice(filter(itemgetter(1), found), limit, None), None)
        line = text.count(b"\n", 0, beyond.start()) + 1 if beyond is not None else 0
    else:
        found_text = re.compile(pattern, re.DOTALL).finditer(text)
        beyond_text = next(islice(filter(itemgetter(1), found_text), limit, None), None)
        line = text.count("\n", 0, beyond_text.start()) + 1 if beyond_text is not None else 0
    if line:
        raise _too_many(path, what, limit, noun, line)


def _too_many(path: Path | str, what: str, limit: int, noun: str, line: int | None) -> UserError:
    return UserError(
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
