"""DOCX articles with formatting, built the way Word writes them, for the reader's and the features' tests."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn


def add_hyperlink(paragraph, url: str, text: str, bold: bool = False):
    """A w:hyperlink with an external relationship, its run in the Hyperlink style (as Word writes it)."""
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    if bold:
        rpr.append(OxmlElement("w:b"))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)
    return link


def list_paragraph(document, text: str, num_id: int, level: int = 0):
    """A list paragraph (List Paragraph style) numbered by ``num_id`` at ``level``."""
    paragraph = document.add_paragraph(style="List Paragraph")
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    paragraph.add_run(text)
    return paragraph


def add_numbering(document, formats: tuple[str, ...]) -> int:
    """A new list definition whose levels use ``formats`` ("bullet", "decimal"...); returns its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = 90 + len(numbering.findall(qn("w:abstractNum")))
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{"•" if fmt == "bullet" else f"%{level + 1}."}"/></w:lvl>'
        for level, fmt in enumerate(formats)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = 90 + len(numbering.findall(qn("w:num")))
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    return num_id


def formatted_article(
    path: Path, *, created: datetime | None = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc), extras: bool = True
) -> Path:
    """A briefing with headings, bold/italic/underlined names, links, nested lists, a quote, a table, code,
    and (with ``extras``) an image, a footnote, a comment and a tracked change, which are not carried."""
    import docx

    document = docx.Document()
    document.add_paragraph("Putin and Erdogan meet in Sochi", style="Title")
    intro = document.add_paragraph()
    intro.add_run("Vladimir Putin").bold = True
    intro.add_run(" met ")
    intro.add_run("Recep Tayyip Erdogan").italic = True
    intro.add_run(" on Tuesday. They signed the ")
    add_hyperlink(intro, "https://example.com/sochi-deal", "Sochi agreement")
    intro.add_run(". The talks were ")
    intro.add_run("long").underline = True
    intro.add_run(".")
    document.add_heading("Background", level=2)
    document.add_heading("The guarantors", level=3)
    bullets = add_numbering(document, ("bullet", "bullet"))
    numbers = add_numbering(document, ("decimal", "decimal"))
    list_paragraph(document, "Turkey backs the opposition.", bullets)
    list_paragraph(document, "Russia backs Bashar al-Assad.", bullets)
    list_paragraph(document, "Moscow sends advisers.", numbers, 1)
    list_paragraph(document, "Moscow sends aircraft.", numbers, 1)
    document.add_paragraph("A quote from Erdogan about Idlib.", style="Quote")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Role"
    table.cell(1, 0).paragraphs[0].add_run("Putin").bold = True
    table.cell(1, 1).text = "President of Russia"
    code = document.add_paragraph("toolkit translate story.docx", style=_code_style(document))
    del code
    closing = document.add_paragraph("Read the ")
    add_hyperlink(closing, "javascript:alert(1)", "full text")
    closing.add_run(" and the code ")
    closing.add_run("pip install toolkit").font.name = "Courier New"
    closing.add_run(".")
    if extras:
        _add_extras(document)
    if created is not None:
        document.core_properties.created = created
    document.save(path)
    return path


def _code_style(document) -> str:
    from docx.enum.style import WD_STYLE_TYPE

    if "HTML Preformatted" not in [s.name for s in document.styles]:
        style = document.styles.add_style("HTML Preformatted", WD_STYLE_TYPE.PARAGRAPH)
        style.font.name = "Courier New"
    return "HTML Preformatted"


def _add_extras(document) -> None:
    """An image, a footnote reference, a comment and a tracked insertion and deletion."""
    paragraph = document.add_paragraph("Damascus reacted.")
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:drawing/></w:r>"))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    tracked = document.add_paragraph("Ankara ")
    tracked._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="Ed" w:date="2024-03-12T00:00:00Z">'
            '<w:r><w:t xml:space="preserve">strongly </w:t></w:r></w:ins>'
        )
    )
    tracked._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="Ed" w:date="2024-03-12T00:00:00Z">'
            "<w:r><w:delText>mildly </w:delText></w:r></w:del>"
        )
    )
    tracked.add_run("protested.")
    document.add_comment(tracked.runs, text="Check this", author="Ed")
