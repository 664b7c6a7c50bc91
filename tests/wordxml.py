"""Reading a DOCX's formatting as Word resolves it: document defaults, then the paragraph's style, then the run's
character style (each with the styles it is based on), then direct formatting."""

from __future__ import annotations

from docx.oxml.ns import qn

THEME_FONTS = {"ascii": "asciiTheme", "hAnsi": "hAnsiTheme", "cs": "cstheme", "eastAsia": "eastAsiaTheme"}


def local(tag: str) -> str:
    return tag.split("}", 1)[1]


def attributes(element) -> dict[str, str]:
    return {local(name): value for name, value in element.attrib.items()}


def style(document, style_id: str):
    found = document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
    assert found is not None, f"no style {style_id!r} in the styles part"
    return found


def style_name(document, style_id: str) -> str:
    return style(document, style_id).find(qn("w:name")).get(qn("w:val"))


def style_chain(document, style_id: str | None) -> list:
    """The style and the styles it is based on, the most general first."""
    chain = []
    while style_id:
        element = style(document, style_id)
        chain.insert(0, element)
        based_on = element.find(qn("w:basedOn"))
        style_id = based_on.get(qn("w:val")) if based_on is not None else None
    return chain


def _merge(resolved: dict[str, dict[str, str]], properties) -> None:
    if properties is None:
        return
    for child in properties:
        name = local(child.tag)
        if name in ("rStyle", "pStyle", "rPr"):
            continue
        merged = resolved.setdefault(name, {})
        for attribute, value in attributes(child).items():
            if name == "rFonts" and attribute in THEME_FONTS:  # a font named at a higher level replaces the theme's
                merged.pop(THEME_FONTS[attribute], None)
            merged[attribute] = value


def run_style_id(run) -> str | None:
    rpr = run._r.rPr
    found = rpr.find(qn("w:rStyle")) if rpr is not None else None
    return found.get(qn("w:val")) if found is not None else None


def paragraph_style_id(paragraph) -> str:
    ppr = paragraph._p.pPr
    found = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return found.get(qn("w:val")) if found is not None else "Normal"


def run_properties(document, paragraph, run) -> dict[str, dict[str, str]]:
    """Every run property that applies to ``run``, with its attributes (e.g. {"rFonts": {"cs": ...}})."""
    resolved: dict[str, dict[str, str]] = {}
    _merge(resolved, document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"))
    for element in style_chain(document, paragraph_style_id(paragraph)):
        _merge(resolved, element.find(qn("w:rPr")))
    for element in style_chain(document, run_style_id(run)):
        _merge(resolved, element.find(qn("w:rPr")))
    _merge(resolved, run._r.rPr)
    return resolved


def paragraph_properties(document, paragraph) -> dict[str, dict[str, str]]:
    """Every paragraph property that applies to ``paragraph`` (not counting a table style)."""
    resolved: dict[str, dict[str, str]] = {}
    _merge(resolved, document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}"))
    for element in style_chain(document, paragraph_style_id(paragraph)):
        _merge(resolved, element.find(qn("w:pPr")))
    _merge(resolved, paragraph._p.pPr)
    return resolved


def direct_run_formatting(run) -> list[str]:
    """The names of a run's own properties, besides the style it names."""
    rpr = run._r.rPr
    return [local(child.tag) for child in rpr if local(child.tag) != "rStyle"] if rpr is not None else []
