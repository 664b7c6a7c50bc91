"""Word machinery every DOCX edition shares: styles, right-to-left text, runs, page and properties.

The look of an edition is defined once, in the document's styles part, so an
editor can restyle a whole edition in Word:

- paragraph styles carry the look of a block: sizes (``w:sz`` and the
  complex-script ``w:szCs``), weight (``w:b``, and ``w:bCs`` for right-to-left
  languages), italics (never for Arabic script: a slanted Arabic is a fake),
  colour and spacing; a right-to-left language's paragraph styles carry
  ``w:bidi`` and no ``w:jc`` (alignment is logical in a bidi paragraph, so
  text starts at the right);
- character styles carry the language of the words: fonts (``w:rFonts``,
  with the complex-script font in ``@w:cs`` and no theme font), ``w:rtl`` for
  Arabic-script runs and ``w:lang`` (``@w:bidi`` for Arabic script). Latin
  words inside right-to-left text have a character style of their own,
  without ``w:rtl``;
- a :class:`Mark` (a segment that QA flagged) is a character style based on
  the run's own, adding a shading: Word's character styles hold shading, not
  highlight.

Runs then only name a character style (``w:rStyle``); they are built from a
prebuilt element, copied, not through python-docx's per-property setters.
Paragraphs still carry ``w:bidi`` themselves: direction belongs to the text,
and readers that ignore styles keep it. Every element is written in the
schema order Word insists on. The numbers (sizes per block kind, the apparent
size of each Arabic-script face) and the fonts come from the newsroom
settings through :class:`Faces`.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import time
from datetime import datetime, timezone
from typing import Any

from ..document import BlockKind, Piece, TranslatedSegment
from ..languages import ARABIC_SCRIPT_RANGES, Language
from ..localise import ARABIC_SCRIPT_DIGITS, keep_ranges_whole
from ..patterns import LazyPattern
from ..records import dataclass
from ..settings import Settings
from .wordpackage import Template, WordDocument, qn

# sizes in points per block kind at a 10.5 pt body size: Latin, complex script
SIZES = {BlockKind.TITLE: (16, 17), BlockKind.HEADING: (13, 14), BlockKind.PARAGRAPH: (10.5, 12)}
# Arabic-script faces differ in apparent size: Naskh reads small, Vazirmatn large
COMPLEX_SCALE = {"Noto Naskh Arabic": 1.05, "Vazirmatn": 0.9}
GREY = "555555"  # date, source and edition lines
WARNING = "A01C00"  # the notice that an edition is held back for review
INK = "111111"  # titles and headings, instead of the template's blue
LATIN_LOCALE = "en-GB"  # Latin words inside right-to-left text are English names
DEFAULT_STYLE = "Normal"  # the template's default paragraph style, which paragraphs name by naming none

_LATIN_WORD = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9.'’\-]*"
# an isolated or marked left-to-right span without Arabic-script letters (see toolkit.localise), or a Latin word
# (an isolated span may hold Arabic-Indic or Persian digits and their signs, ٪ ٫ ٬, but nothing else of the
# Arabic script's blocks)


def _ranges_without(ranges: str, kept: str) -> str:
    """A character class's ranges (``ranges``, pairs such as "\u0600-\u06ff") less the characters of
    ``kept`` (ranges too): one negated class then says "none of these", where an alternation of two classes
    made the span's search about ten times slower."""
    pairs = re.findall(r"(.)-(.)", ranges, re.S)
    left_out = {c for a, b in re.findall(r"(.)-(.)", kept, re.S) for c in range(ord(a), ord(b) + 1)}
    points = sorted({c for a, b in pairs for c in range(ord(a), ord(b) + 1)} - left_out)
    runs: list[list[int]] = []
    for point in points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return "".join(f"{chr(a)}-{chr(b)}" for a, b in runs)


_NOT_IN_LTR_SPAN = _ranges_without(ARABIC_SCRIPT_RANGES, ARABIC_SCRIPT_DIGITS + "\u066a-\u066c")
_LTR_SPAN = LazyPattern(
    f"\u2066[^\u2069{_NOT_IN_LTR_SPAN}]*\u2069|\u200e[^\u200e{_NOT_IN_LTR_SPAN}]*\u200e|" + _LATIN_WORD
)
# Arabic-Indic and Persian digits: complex-script characters, drawn in the language's font at its size
_ARABIC_SCRIPT_DIGIT = LazyPattern(f"[{ARABIC_SCRIPT_DIGITS}]")
# characters XML 1.0 cannot carry (a DOCX part is XML): C0 controls but tab and newlines, non-characters
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# schema order of the children Word checks (ECMA-376 CT_RPr, CT_PPr, CT_Style, CT_SectPr)
_RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)
_PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
_STYLE_ORDER = (
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
)
_SECTPR_ORDER = (
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)
_THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_W_T, _W_STYLE, _W_STYLE_ID, _W_PPR = qn("w:t"), qn("w:style"), qn("w:styleId"), qn("w:pPr")
_CONTROL = LazyPattern(r"(\t|\r\n|\r|\n)")  # python-docx's run text turns these into w:tab and w:br
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ISOLATES = LazyPattern("[\u2066-\u2069\u200e\u200f]")  # a run of its own needs no isolating
_NOT_IN_STYLE_ID = LazyPattern(r"[\W_]")

Properties = dict[str, dict[str, str]]  # child tag (without w:) -> its w: attributes


@dataclass(frozen=True)
class Faces:
    """The type of one document: the Latin font, each language's font and the body size."""

    latin: str = "Noto Serif"
    fonts: tuple[tuple[str, str], ...] = ()  # (language code, font)
    body_size: float = 10.5

    @classmethod
    def from_settings(cls, settings: Settings) -> Faces:
        return cls(
            settings.latin_font, tuple((code, s.font) for code, s in settings.languages.items()), settings.body_size
        )

    def font(self, lang: Language) -> str:
        """The font of ``lang``'s own script (for Arabic script: the complex-script font)."""
        return dict(self.fonts).get(lang.code, self.latin)

    def text_fonts(self, lang: Language) -> tuple[str, str]:
        """(w:ascii/w:hAnsi, w:cs) for text in ``lang``: Latin words in Arabic-script text use the Latin font."""
        if lang.script == "Arab":
            return self.latin, self.font(lang)
        return self.font(lang), self.font(lang)

    def sizes(self, kind: BlockKind) -> tuple[float, float]:
        """(Latin, complex-script) points of a block kind at this body size, to the half point."""
        scale = self.body_size / SIZES[BlockKind.PARAGRAPH][0]
        latin, complex_script = (round(size * scale * 2) / 2 for size in SIZES[kind])
        return latin, complex_script

    def half_points(self, lang: Language, kind: BlockKind, scale: float = 1.0) -> tuple[int, int]:
        """(w:sz, w:szCs) of ``lang``'s text in a block: Arabic script at its face's apparent size."""
        latin, complex_script = (size * scale for size in self.sizes(kind))
        if lang.script != "Arab":
            return _half_points(latin), _half_points(latin)
        apparent = round(complex_script * COMPLEX_SCALE.get(self.font(lang), 1.0) * 2) / 2
        return _half_points(latin), _half_points(apparent)


def _half_points(points: float) -> int:
    return int(points * 2 + 1e-6)  # Word's unit; a size between two half points takes the lower


@dataclass(frozen=True)
class Mark:
    """A shading that asks a person to look at a segment before it is published."""

    name: str  # the character styles' name ends with it, e.g. "Arabic Flagged"
    fill: str  # RRGGBB


FLAGGED = Mark("Flagged", "FFFF00")  # QA found an error: a wrong name is never published silently
NEEDS_REVIEW = Mark("Needs Review", "00FFFF")  # a name an editor should check (a QA warning)
PROVISIONAL = Mark("Provisional Name", "E5D4F7")  # a name not in the glossary yet: the run's provisional rendering


def segment_mark(segment: TranslatedSegment) -> Mark | None:
    """The mark a segment's runs carry in every DOCX edition, if any."""
    from ..qa.checks import marked_for_review

    if segment.flagged:
        return FLAGGED
    return NEEDS_REVIEW if marked_for_review(segment) else None


@dataclass(frozen=True)
class Look:
    """How a paragraph style sets its text; sizes are a block kind's, times ``scale``."""

    kind: BlockKind = BlockKind.PARAGRAPH
    scale: float = 1.0
    italic: bool = False  # ignored for Arabic script
    color: str | None = None  # RRGGBB
    space_after: float | None = None  # points

    @property
    def bold(self) -> bool:
        return self.kind is not BlockKind.PARAGRAPH


def split_by_direction(text: str, rtl: bool) -> list[tuple[str, bool]]:
    """Split right-to-left text so Latin words stand in runs of their own: (text, is right-to-left)."""
    if not rtl:
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _LTR_SPAN.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], True))
        runs.append((match.group(), False))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], True))
    return runs


def split_pieces_by_direction(texts: list[str], rtl: bool) -> list[list[tuple[str, bool]]]:
    """:func:`split_by_direction` for the texts of a sentence's pieces, read as one text: an isolated
    left-to-right run may open in one piece (a name) and close in a later one (iPad Pro 10.5), and each part
    of it is a left-to-right run of its piece."""
    if not rtl:
        return [[(text, False)] for text in texts]
    joined = "".join(texts)
    runs = split_by_direction(joined, rtl)
    pieces: list[list[tuple[str, bool]]] = []
    offset, index, start = 0, 0, 0  # the run read, and where it starts in the joined text
    for text in texts:
        end, parts = offset + len(text), []
        position = offset
        while position < end:
            run_text, run_rtl = runs[index]
            run_end = start + len(run_text)
            cut = min(run_end, end)
            parts.append((joined[position:cut], run_rtl))
            position = cut
            if cut == run_end:
                index, start = index + 1, run_end
        pieces.append(parts)
        offset = end
    return pieces


def _element(tag: str, attributes: dict[str, str] | None = None, *, like):
    """A new ``w:`` element of the document ``like`` (an element of it) belongs to: python-docx's element
    classes in a document python-docx opened (a review edition), plain lxml elements in the others."""
    element = like.makeelement(qn(f"w:{tag}"), {})
    for name, value in (attributes or {}).items():
        element.set(qn(f"w:{name}"), value)
    return element


def _properties(tag: str, properties: Properties, order: tuple[str, ...], *, like):
    """A w:rPr or w:pPr element with the given children, in schema order."""
    element = _element(tag, like=like)
    for child in sorted(properties, key=order.index):
        element.append(_element(child, properties[child], like=like))
    return element


def _put(parent, child: str, attributes: dict[str, str], order: tuple[str, ...], *, merge: bool = False):
    """Set one child of ``parent`` in schema order, replacing it (or, with ``merge``, adding attributes)."""
    existing = parent.find(qn(f"w:{child}"))
    if existing is not None and merge:
        for name, value in attributes.items():
            existing.set(qn(f"w:{name}"), value)
        return existing
    if existing is not None:
        parent.remove(existing)
    element = _element(child, attributes, like=parent)
    later = {qn(f"w:{tag}") for tag in order[order.index(child) + 1 :]}
    following = next((node for node in parent if node.tag in later), None)
    if following is None:
        parent.append(element)
    else:
        following.addprevious(element)
    return element


def paragraph_properties(p):
    """A paragraph's ``w:pPr``, added as its first child if missing."""
    found = p.find(_W_PPR)
    if found is None:
        found = _element("pPr", like=p)
        p.insert(0, found)
    return found


def _child(parent, tag: str, order: tuple[str, ...]):
    """The child ``tag`` of ``parent``, added in schema order if missing."""
    found = parent.find(qn(f"w:{tag}"))
    return found if found is not None else _put(parent, tag, {}, order)


def _fonts(latin: str, complex_script: str) -> dict[str, str]:
    return {"ascii": latin, "hAnsi": latin, "cs": complex_script}


def _style_id(name: str) -> str:
    """The id Word would give a style of this name: its letters and digits."""
    return _NOT_IN_STYLE_ID.sub("", name)


class RunStyles:
    """The character styles of one language's runs in a document, and the runs built from them.

    ``own`` is the style of the language's own script; ``latin`` the style of
    Latin words inside right-to-left text (None for left-to-right languages).
    A marked variant is added to the document the first time a run needs it.
    """

    def __init__(self, sheet: StyleSheet, lang: Language, own: str, latin: str | None):
        self._sheet = sheet
        self.language = lang
        self.own = own
        self.latin = latin
        self._prebuilt: dict[tuple[bool | str, Mark | None], Any] = {}  # lxml elements

    @property
    def body_size(self) -> float:
        """The body text's size in points."""
        return self._sheet.faces.body_size

    def _run(self, own_script: bool | str, mark: Mark | None):
        """A new ``<w:r><w:rPr><w:rStyle/></w:rPr></w:r>``, copied from one built once per style; ``own_script``
        is True (the language's own), False (Latin in right-to-left text) or "digits" (:meth:`_digits_style`)."""
        key = (own_script, mark)
        if key not in self._prebuilt:
            if own_script == "digits":
                style = self._digits_style()
            else:
                style = self.own if own_script or self.latin is None else self.latin
            if mark is not None:
                style = self._sheet.marked(style, mark)
            like = self._sheet.styles_root
            run = _element("r", like=like)
            run.append(_properties("rPr", {"rStyle": {"val": style}}, _RPR_ORDER, like=like))
            self._prebuilt[key] = run
        return self._prebuilt[key].__copy__()  # with its children, as copy.deepcopy copies it, without its bookkeeping

    def append(
        self, paragraph, pieces: list[Piece], mark: Mark | None = None, parts: list[tuple[str, bool]] | None = None
    ) -> None:
        """Append ``pieces`` to a paragraph (python-docx's or its ``w:p``) as runs of this language.

        In right-to-left text every Latin word (or isolated left-to-right
        span) becomes a run of its own in the Latin style, without w:rtl.
        ``parts`` are the one piece's parts and their directions, when the
        sentence was read whole (:func:`split_pieces_by_direction`).
        """
        p = getattr(paragraph, "_p", paragraph)
        rtl_language = self.language.rtl
        texts = [_NOT_XML.sub("", piece.text) for piece in pieces]
        for text in [parts] if parts is not None else split_pieces_by_direction(texts, rtl_language):
            for part, rtl in text:
                if not part:
                    continue
                kind: bool | str = rtl or not rtl_language
                if not kind and _ARABIC_SCRIPT_DIGIT.search(part):
                    kind = "digits"
                run = self._run(kind, mark)
                _append_text(run, part)
                p.append(run)

    def _digits_style(self) -> str:
        """The style of a left-to-right run holding Arabic-Indic or Persian digits (:meth:`StyleSheet.numbers`)."""
        return self._sheet.numbers(self.language)

    def append_ltr(self, parent, text: str, mark: Mark | None = None) -> None:
        """Append text that always reads left to right (inline code) as one run: Latin style in RTL text."""
        run = self._run(False, mark)
        _append_text(run, _NOT_XML.sub("", _ISOLATES.sub("", text)))
        getattr(parent, "_p", parent).append(run)


def _append_text(run, text: str) -> None:
    """Append the ``w:t`` children of ``text`` (``w:tab`` for tabs, ``w:br`` for line ends), keeping spaces."""
    text = keep_ranges_whole(text)
    chunks = _CONTROL.split(text) if _CONTROL.search(text) else (text,)
    for chunk in chunks:
        if chunk == "\t":
            run.append(_element("tab", like=run))
        elif chunk in ("\r\n", "\r", "\n"):
            run.append(_element("br", like=run))
        elif chunk:
            t = run.makeelement(_W_T)
            t.text = chunk
            if chunk[0].isspace() or chunk[-1].isspace():
                t.set(_XML_SPACE, "preserve")
            run.append(t)


class ParagraphStyle:
    """A paragraph style of a document, and the ``w:pPr`` its paragraphs start with (built once, copied)."""

    def __init__(self, style_id: str, rtl: bool, *, like):
        self.style_id = style_id
        self.rtl = rtl
        properties: Properties = {} if style_id == DEFAULT_STYLE else {"pStyle": {"val": style_id}}
        if rtl:
            properties["bidi"] = {}
        self._properties = _properties("pPr", properties, _PPR_ORDER, like=like)

    def apply(self, paragraph) -> None:
        """Put a paragraph (python-docx's or its ``w:p``) in this style, with w:bidi if right-to-left."""
        p = getattr(paragraph, "_p", paragraph)
        old = p.find(_W_PPR)
        if old is not None:
            p.remove(old)
        p.insert(0, self._properties.__copy__())  # with its children, as copy.deepcopy copies it


class StyleSheet:
    """The toolkit's paragraph and character styles, added to one document's styles part."""

    def __init__(self, document, faces: Faces):
        self.faces = faces
        self._document = document if isinstance(document, WordDocument) else None
        if self._document is not None:
            self._styles = self._document.styles_element
            self._by_id = self._document.template_styles()
        else:
            self._styles = document.styles.element
            self._by_id = {style.get(_W_STYLE_ID): style for style in self._styles.iterchildren(_W_STYLE)}
        self._run_styles: dict[str, RunStyles] = {}

    def _editable(self, style_id: str):
        """The style ``style_id`` to change (an edition's own copy of a template style)."""
        if self._document is not None and self._by_id[style_id].getparent() is not self._styles:
            self._by_id[style_id] = self._document.edit_style(style_id)
        return self._by_id[style_id]

    @property
    def styles_root(self):
        """The styles part's ``w:styles`` element."""
        return self._styles

    def _add(
        self, kind: str, name: str, *, based_on: str | None, rpr: Properties, ppr: Properties | None = None
    ) -> str:
        style_id = _style_id(name)
        if style_id in self._by_id:
            raise ValueError(f"the document already has a style {style_id!r}")
        like = self._styles
        style = _element("style", {"type": kind, "customStyle": "1", "styleId": style_id}, like=like)
        style.append(_element("name", {"val": name}, like=like))
        if based_on:
            style.append(_element("basedOn", {"val": based_on}, like=like))
        style.append(_element("qFormat", like=like))
        if ppr:
            style.append(_properties("pPr", ppr, _PPR_ORDER, like=like))
        style.append(_properties("rPr", rpr, _RPR_ORDER, like=like))
        if self._document is not None:
            self._document.add_style(style)
        else:
            self._styles.append(style)
        self._by_id[style_id] = style
        return style_id

    def run_styles(self, lang: Language) -> RunStyles:
        """The character styles of ``lang`` ("Arabic", and "Latin in Arabic" for right-to-left text)."""
        if lang.code in self._run_styles:
            return self._run_styles[lang.code]
        faces = self.faces
        name = lang.english_name
        if lang.rtl:
            fonts = _fonts(*faces.text_fonts(lang))
            own = self._add(
                "character",
                name,
                based_on=None,
                rpr={"rFonts": fonts, "rtl": {}, "lang": {"val": lang.word_locale, "bidi": lang.word_locale}},
            )
            latin = self._add(
                "character",
                f"Latin in {name}",
                based_on=None,
                rpr={"rFonts": fonts, "lang": {"val": LATIN_LOCALE, "bidi": lang.word_locale}},
            )
        else:
            font = faces.font(lang)
            own = self._add(
                "character", name, based_on=None, rpr={"rFonts": _fonts(font, font), "lang": {"val": lang.word_locale}}
            )
            latin = None
        styles = RunStyles(self, lang, own, latin)
        self._run_styles[lang.code] = styles
        return styles

    def numbers(self, lang: Language) -> str:
        """The character style of a left-to-right run holding Arabic-Indic or Persian digits in ``lang``'s
        right-to-left text (a date, a range, a code: ۲۰۲۴-۰۳-۰۵, ۱۰–۱۵٪), added on first use: no ``w:rtl``, since
        the run reads left to right and a right-to-left run would set its hyphen and parts in the paragraph's
        direction, but ``w:cs``, so that Word draws its digits as complex script, in the language's font at its
        size, and ``w:lang`` with the language as ``@w:bidi``."""
        name = f"Numbers in {lang.english_name}"
        style_id = _style_id(name)
        if style_id not in self._by_id:
            fonts = _fonts(*self.faces.text_fonts(lang))
            locale = lang.word_locale
            self._add(
                "character",
                name,
                based_on=None,
                rpr={"rFonts": fonts, "cs": {}, "lang": {"val": locale, "bidi": locale}},
            )
        return style_id

    def marked(self, style_id: str, mark: Mark) -> str:
        """The character style of ``style_id``'s runs with ``mark``, added on first use."""
        marked_id = _style_id(f"{style_id} {mark.name}")
        if marked_id not in self._by_id:
            name = self._by_id[style_id].find(qn("w:name")).get(qn("w:val"))
            self._add(
                "character",
                f"{name} {mark.name}",
                based_on=style_id,
                rpr={"shd": {"val": "clear", "color": "auto", "fill": mark.fill}},
            )
        return marked_id

    def _text_properties(self, lang: Language, look: Look) -> tuple[Properties, Properties]:
        """(w:pPr, w:rPr) children of a paragraph style of ``lang`` with ``look``."""
        latin_size, complex_size = self.faces.half_points(lang, look.kind, look.scale)
        rpr: Properties = {"sz": {"val": str(latin_size)}, "szCs": {"val": str(complex_size)}}
        if look.bold:
            rpr["b"] = {}
            if lang.rtl:
                rpr["bCs"] = {}
        if look.italic and lang.script != "Arab":  # a slanted Arabic script is a fake, not a style
            rpr["i"] = {}
        if look.color:
            rpr["color"] = {"val": look.color}
        ppr: Properties = {"bidi": {}} if lang.rtl else {}
        if look.space_after is not None:
            ppr["spacing"] = {"after": str(round(look.space_after * 20))}
        return ppr, rpr

    def paragraph_style(self, name: str, lang: Language, look: Look) -> ParagraphStyle:
        """Add a paragraph style for ``lang``'s text, based on Normal."""
        ppr, rpr = self._text_properties(lang, look)
        style_id = self._add("paragraph", name, based_on=DEFAULT_STYLE, ppr=ppr, rpr=rpr)
        return ParagraphStyle(style_id, lang.rtl, like=self._styles)

    def restyle(self, style_id: str, lang: Language, look: Look) -> ParagraphStyle:
        """Give a built-in paragraph style (Normal, Title, Heading 2) the newsroom's fonts, sizes and ``look``.

        The built-in keeps its meaning (a CMS paste keeps the title and
        subheadings) and what ``look`` does not set; theme fonts go, as a
        theme font would win over the newsroom's, and so does letter spacing
        for Arabic script (the template's Title tracks its letters, which
        stretches the joins of a cursive script).
        """
        style = self._editable(style_id)
        ppr_values, rpr_values = self._text_properties(lang, look)
        rpr = _child(style, "rPr", _STYLE_ORDER)
        fonts = _child(rpr, "rFonts", _RPR_ORDER)
        for attribute in _THEME_FONTS:
            fonts.attrib.pop(qn(f"w:{attribute}"), None)
        for name, value in _fonts(*self.faces.text_fonts(lang)).items():
            fonts.set(qn(f"w:{name}"), value)
        for child, attributes in rpr_values.items():
            _put(rpr, child, attributes, _RPR_ORDER)
        tracking = rpr.find(qn("w:spacing"))
        if tracking is not None and lang.script == "Arab":  # joined letters are never spaced apart
            rpr.remove(tracking)
        if ppr_values:
            ppr = _child(style, "pPr", _STYLE_ORDER)
            for child, attributes in ppr_values.items():  # spacing: keep the built-in's line and before
                _put(ppr, child, attributes, _PPR_ORDER, merge=child == "spacing")
        return ParagraphStyle(style_id, lang.rtl, like=self._styles)

    def code_style(self, name: str, lang: Language, font: str) -> ParagraphStyle:
        """A paragraph style for code: ``lang``'s sizes, the monospace ``font``, always left to right."""
        ppr, rpr = self._text_properties(lang, Look(scale=0.9))
        if lang.rtl:  # left to right even in a right-to-left document (whose Normal may be a bidi style)
            ppr["bidi"] = {"val": "0"}
        rpr["rFonts"] = _fonts(font, font)
        ppr["spacing"] = {"after": "0"}
        style_id = self._add("paragraph", name, based_on=DEFAULT_STYLE, ppr=ppr, rpr=rpr)
        return ParagraphStyle(style_id, False, like=self._styles)

    def document_language(self, lang: Language, latin_locale: str) -> None:
        """The Normal style's fonts and languages, for ``lang``: what text typed into the document starts with.

        ``latin_locale`` is the language of Latin-script text; the bidi
        language is ``lang``'s if it is written right to left.
        """
        rpr = _child(self._editable(DEFAULT_STYLE), "rPr", _STYLE_ORDER)
        _put(rpr, "rFonts", _fonts(*self.faces.text_fonts(lang)), _RPR_ORDER)  # whole: no theme font left
        bidi_locale = lang.word_locale if lang.rtl else "ar-SA"  # the template's, for left-to-right documents
        _put(rpr, "lang", {"val": latin_locale, "bidi": bidi_locale}, _RPR_ORDER)


def new_document():
    """A new python-docx document from python-docx's template, less what no edition uses.

    The template carries 100 table styles (an edition uses Table Grid), a
    second copy of all its styles for Word 2010 (``stylesWithEffects.xml``)
    and the thumbnail of an empty page, which file browsers would show as
    the edition's preview: 880 KB of XML that every edition parsed and
    compressed again. Word still offers its built-in table styles (it knows
    them without a definition in the file); every paragraph and character
    style stays.
    """
    return copy.deepcopy(_lean_document())


def new_edition() -> WordDocument:
    """A new document of a side-by-side or monolingual edition: the lean template of :func:`new_document`, its
    parts written by :mod:`toolkit.publish.wordpackage` (python-docx is not imported once the template is
    kept)."""
    return WordDocument(_lean_parts())


@functools.lru_cache(maxsize=1)
def _lean_parts() -> Template:
    """The lean template's parts, read once per process. A kept template that does not read (damaged on disk)
    is built and kept again, as :func:`_lean_document` does."""
    try:
        return Template(_members(_lean_template()))
    except Exception:  # zipfile, zlib and lxml each raise their own
        _lean_template.cache_clear()
        return Template(_members(_build_and_keep(_template_cache_file())))


def _members(data: bytes) -> list[tuple[str, bytes]]:
    """The members (name, bytes) of a zip archive, in its order."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


@functools.lru_cache(maxsize=1)
def _lean_document():
    """The lean template opened once per process; each edition starts from a deep copy of it (a third of
    the time of opening it again from its bytes), never from the document itself. A kept template that does not
    open (damaged on disk: a flipped bit in its compressed parts still reads as bytes) is built and kept again:
    otherwise every edition of every run would fail until the cache was cleared."""
    import docx

    try:
        return docx.Document(io.BytesIO(_lean_template()))
    except Exception:  # zipfile, zlib, lxml and python-docx each raise their own
        _lean_template.cache_clear()
        return docx.Document(io.BytesIO(_build_and_keep(_template_cache_file())))


_TEMPLATE_FORMAT = 1  # bump when what _build_lean_template leaves out changes
_MAX_TEMPLATE_BYTES = 4 * 1024**2


@functools.lru_cache(maxsize=1)
def _lean_template() -> bytes:
    """The lean template's bytes, from the toolkit's cache folder (``docx/``) when it holds them for this
    python-docx template, else built (about 15 ms: python-docx's template opened, pruned and saved again)
    and kept there. The cache key is a hash of python-docx's template file, its version, the toolkit's
    files, the Python version and :data:`_TEMPLATE_FORMAT`; a cache that cannot be read or written only makes
    the run build the template again, never a different one."""
    cached = _template_cache_file()
    if cached is not None:
        from ..glossary.cache import read_cached

        kept = read_cached(cached, _MAX_TEMPLATE_BYTES)
        if isinstance(kept, bytes) and _unpacks_small(kept):
            return kept
    return _build_and_keep(cached)


_MAX_TEMPLATE_PARTS = 64  # the lean template has about 15
_MAX_TEMPLATE_UNPACKED_BYTES = 8 * 1024**2  # it unpacks to about 100 KB


def _unpacks_small(data: bytes) -> bool:
    """Whether a kept template's parts are as few and small as a lean template's, by its zip directory: a file
    another program put there (a part that expands to gigabytes) would otherwise be unpacked by every edition.
    A zip member is never read past the size its directory gives, so the sum bounds what is read."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # not a zip at all: built again
        return False
    return len(members) <= _MAX_TEMPLATE_PARTS and sum(m.file_size for m in members) <= _MAX_TEMPLATE_UNPACKED_BYTES


def _build_and_keep(cached) -> bytes:
    """The lean template built anew, and kept at ``cached`` (see :func:`_template_cache_file`) where there is one."""
    built = _build_lean_template()
    if cached is not None:
        _keep_template(cached, built)
    return built


def _template_cache_file():
    """Where the lean template of python-docx's installed template is kept, or None (no cache folder, or
    no template file to key it by)."""
    import hashlib
    import importlib.util
    from pathlib import Path

    from ..batch.fingerprint import build_digest
    from ..files import KEPT_TEMPLATE_FOLDER, NoHomeFolder, cache_folder, kept_template_name

    # found without importing python-docx (40 ms): its package's __init__ (which names its version) and template
    spec = importlib.util.find_spec("docx")
    if spec is None or spec.origin is None:
        return None
    try:
        package = Path(spec.origin)
        template = (package.parent / "templates" / "default.docx").read_bytes()
        version = hashlib.blake2b(package.read_bytes(), digest_size=8).hexdigest()
        folder = cache_folder() / KEPT_TEMPLATE_FOLDER
    except (OSError, NoHomeFolder):
        return None
    key = f"{_TEMPLATE_FORMAT}|{build_digest()}|{version}|{_UNUSED_TEMPLATE_PARTS}|"
    return folder / kept_template_name(hashlib.blake2b(key.encode() + template, digest_size=16).hexdigest())


def _keep_template(path, data: bytes) -> None:
    """Write the lean template to the cache (removing those of other templates); no writable cache only
    makes the next run slower."""
    import contextlib
    import marshal

    from ..errors import UserError
    from ..files import KEPT_TEMPLATE_PATTERN, write_atomic

    try:
        write_atomic(path, marshal.dumps(data))
    except (UserError, ValueError, OSError):
        return
    with contextlib.suppress(OSError):
        for other in path.parent.glob(KEPT_TEMPLATE_PATTERN):
            if other.name != path.name:
                other.unlink(missing_ok=True)


def _build_lean_template() -> bytes:
    import docx

    document = docx.Document()
    styles = document.styles.element
    for style in list(styles.iterchildren(_W_STYLE)):
        kept_table_style = style.get(qn("w:default")) == "1" or style.get(_W_STYLE_ID) == "TableGrid"
        if style.get(qn("w:type")) == "table" and not kept_table_style:
            styles.remove(style)
    for owner in (document.part, document.part.package):  # a part no relationship names is not saved
        for key, relationship in list(owner.rels.items()):
            if relationship.reltype in _UNUSED_TEMPLATE_PARTS:
                del owner.rels[key]
    return document_bytes(document)


_UNUSED_TEMPLATE_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
)


def page_setup(document, settings: Settings) -> None:
    """Page size and margins from the newsroom settings."""
    if isinstance(document, WordDocument):
        document.page_setup(*settings.page_size_cm, settings.margin_cm)
        return
    from docx.shared import Cm

    section = document.sections[0]
    width, height = settings.page_size_cm
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(settings.margin_cm))


def make_section_rtl(document) -> None:
    """A right-to-left section: Word's page furniture (columns, numbering) runs from the right."""
    _child(
        document.sect_pr if isinstance(document, WordDocument) else document.sections[0]._sectPr, "bidi", _SECTPR_ORDER
    )


def add_held_back_notice(document, sheet: StyleSheet, runs: RunStyles, language: Language, notice: str) -> None:
    """The paragraph that leads an edition held back for review, saying why (style "Held Back Notice")."""
    paragraph = document.add_paragraph()
    sheet.paragraph_style("Held Back Notice", language, Look(BlockKind.HEADING, color=WARNING)).apply(paragraph)
    runs.append(paragraph, [Piece(f"⚠ {notice}")])


def set_row_properties(row, *, keep_whole: bool, header: bool = False) -> None:
    """A table row kept on one page (``w:cantSplit``) and/or repeated atop every page (``w:tblHeader``)."""
    tr = row._tr
    trpr = tr.find(qn("w:trPr"))
    if trpr is None:  # after w:tblPrEx, before the cells
        trpr = _element("trPr", like=tr)
        tr.insert(1 if len(tr) and tr[0].tag == qn("w:tblPrEx") else 0, trpr)
    if keep_whole:
        trpr.append(_element("cantSplit", like=tr))
    if header:
        trpr.append(_element("tblHeader", like=tr))


MAX_CORE_TEXT = 255  # characters a document property may hold (python-docx refuses more; Word shows 255)


def _core_text(text: str) -> str:
    """``text`` as a document property may hold it: without what XML cannot carry, and cut with an ellipsis
    after :data:`MAX_CORE_TEXT` characters (an article's title or file name may be longer; the edition's own
    title row keeps it whole)."""
    text = _NOT_XML.sub("", text)
    if len(text) <= MAX_CORE_TEXT:
        return text
    return text[: MAX_CORE_TEXT - 1].rstrip() + "…"


def set_core_properties(
    document, *, title: str, subject: str, language_tag: str, generator: str, keywords: str, comments: str
) -> None:
    """Title, language and dates of the file (the template's own date is from 2013)."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    title, subject, comments = _core_text(title), _core_text(subject), _core_text(comments)
    if isinstance(document, WordDocument):
        texts = [
            ("dc:title", title),
            ("dc:subject", subject),
            ("dc:language", language_tag),
            ("dc:creator", generator),
            ("cp:lastModifiedBy", generator),
            ("cp:keywords", keywords),
            ("dc:description", comments),
        ]
        document.set_core_properties(texts, now, revision=1)
        return
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.language = language_tag
    properties.author = generator
    properties.last_modified_by = generator
    properties.keywords = keywords
    properties.comments = comments
    properties.created = now
    properties.modified = now
    properties.revision = 1


def document_bytes(document) -> bytes:
    """The .docx file of ``document``: what python-docx saves, without compressing again the parts every
    edition shares (:mod:`toolkit.publish.package`)."""
    from .package import package_bytes, zip_members

    if isinstance(document, WordDocument):
        return zip_members(document.members(), time.localtime(time.time())[:6])
    return package_bytes(document)
