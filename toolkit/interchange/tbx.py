"""The glossary as TBX-Basic, the termbase format CAT tools import (memoQ, Trados MultiTerm, OmegaT).

One ``<termEntry id="...">`` per entry (TBX 2008, ``martif type="TBX-Basic"``),
a ``<langSet xml:lang>`` per language, a ``<tig>`` per written form:

- the canonical rendering: ``administrativeStatus`` ``preferredTerm-admn-sts``
  (``termType`` ``fullForm``); the short form and English spelling variants:
  ``admittedTerm-admn-sts`` (``shortForm``, ``variant``); forbidden spellings:
  ``deprecatedTerm-admn-sts``;
- ``partOfSpeech`` ``properNoun`` on every name;
- grammatical forms as a ``<note>`` on the term ("gen: Эрдогана; dat: ..."):
  Russian cases as the glossary stores them, Turkish suffixed forms and the
  Persian ezafe as the toolkit renders them; the entry's type and note as
  notes of the entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..xmlsafe import XML_LANG, escaped_hidden

if TYPE_CHECKING:
    from ..glossary.model import Entry, Glossary, Rendering

PREFERRED, ADMITTED, DEPRECATED = "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"


def forms_note(rendering: Rendering, short: bool) -> str:
    """The forms of a rendering other than the nominative, as a TBX note: "gen: Эрдогана; dat: Эрдогану"."""
    from ..grammar import grammar_for

    forms = rendering.forms(short)
    grammar = grammar_for(rendering.language)
    shown = grammar.declined_forms(forms, rendering.pronounced)
    if not shown:  # "indeclinable" says something only where every form is otherwise written out
        return "indeclinable" if rendering.indeclinable and grammar.REQUIRES_ALL_FORMS else ""
    return "; ".join(f"{form}: {text}" for form, text in shown)


def glossary_tbx(glossary: Glossary, languages: Sequence[str], *, tool_version: str) -> bytes:
    """The glossary's entries as a TBX-Basic document."""
    from lxml import etree

    root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = etree.SubElement(root, "martifHeader")
    description = etree.SubElement(header, "fileDesc")
    etree.SubElement(etree.SubElement(description, "titleStmt"), "title").text = "Newsroom glossary"
    etree.SubElement(
        etree.SubElement(description, "sourceDesc"), "p"
    ).text = f"Exported by toolkit {tool_version} from {', '.join(path.name for path in glossary.paths)}"
    etree.SubElement(etree.SubElement(header, "encodingDesc"), "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for entry in glossary:
        body.append(_term_entry(entry, languages))
    etree.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + escaped_hidden(etree.tostring(root, encoding="UTF-8")) + b"\n"


def _term_entry(entry: Entry, languages: Sequence[str]):
    from lxml import etree

    element = etree.Element("termEntry", id=entry.id)
    etree.SubElement(element, "note").text = f"type: {entry.type}"
    if entry.note:
        etree.SubElement(element, "descrip", type="definition").text = entry.note
    english = etree.SubElement(element, "langSet", {XML_LANG: "en"})
    _tig(english, entry.name, "fullForm", PREFERRED)
    if entry.short:
        _tig(english, entry.short, "shortForm", ADMITTED)
    for variant in entry.variants:
        _tig(english, variant, "variant", ADMITTED)
    for code in languages:
        rendering = entry.renderings.get(code)
        if rendering is None:
            continue
        block = etree.SubElement(element, "langSet", {XML_LANG: code})
        _tig(block, rendering.full["nom"], "fullForm", PREFERRED, forms_note(rendering, False))
        if rendering.short:
            _tig(block, rendering.short["nom"], "shortForm", ADMITTED, forms_note(rendering, True))
        for forbidden in rendering.forbidden:
            _tig(block, forbidden, "variant", DEPRECATED)
    return element


def _tig(parent, text: str, term_type: str, status: str, note: str = "") -> None:
    from lxml import etree

    tig = etree.SubElement(parent, "tig")
    etree.SubElement(tig, "term").text = text
    etree.SubElement(tig, "termNote", type="partOfSpeech").text = "properNoun"
    etree.SubElement(tig, "termNote", type="termType").text = term_type
    etree.SubElement(tig, "termNote", type="administrativeStatus").text = status
    if note:
        etree.SubElement(tig, "note").text = note
