"""A review DOCX as Word and LibreOffice save it: tracked changes of every kind, comments, and the markup
LibreOffice adds (smart tags, content controls, fields, bookmarks, soft hyphens, no-break spaces).

The import reads a cell as Word shows it with every change accepted, but takes no row whose text still
holds an insertion, deletion or move nobody accepted or rejected: a tracked change is a proposal, often
one of several reviewers', and the desk decides it, not the import. A formatting change alone leaves the
words as they are, so the row is taken with the formatting shown. Deleted text, moved-away text and a Word
comment's text never become a translation."""

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from review_files import retype, row_of

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.pipeline import translate_document
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine, Translation
from toolkit.translate.memory import load_memory

W = nsdecls("w")
DATE = 'w:date="2026-11-20T09:30:00Z"'

MACHINE = {
    "Putin met Erdogan in Moscow.": "{putin:short} встречался {erdogan:short} в {moscow}.",
    "The talks lasted 3 hours.": "Переговоры длились 3 часа.",
    "Fidan was there too.": "{fidan:short} тоже был там.",
}


class Machine:
    name = "argos"

    def translate(self, segments, language):
        return [Translation(Template.parse(MACHINE[s.text]), "argos", "translate-en_ru 1.9") for s in segments]


@pytest.fixture(scope="module")
def edition(glossary):
    paragraph = tuple(Segment(f"2.{n}", text) for n, text in enumerate(MACHINE, 1))
    document = Document("story", [Block(BlockKind.PARAGRAPH, paragraph)])
    (ru,) = translate_document(document, ["ru"], glossary, [MemoryEngine(load_memory([]), glossary), Machine()])
    return ru


def fill(document, segment_id: str, *xml: str) -> None:
    """The translation cell of a row rebuilt from run-level XML, as the saving program wrote it."""
    paragraph = row_of(document, segment_id).cells[2].paragraphs[0]
    for child in list(paragraph._p)[1 if paragraph._p.pPr is not None else 0 :]:
        paragraph._p.remove(child)
    for part in xml:
        paragraph._p.append(parse_xml(part))


def run(text: str, properties: str = "") -> str:
    return (
        f'<w:r {W}>{f"<w:rPr>{properties}</w:rPr>" if properties else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def taken(found) -> dict[str, str]:
    return {record.unit_id.split(":")[1]: record.target for record in found.records}


def refusal(found, segment_id: str) -> str:
    (reason,) = [n.reason for n in found.not_taken if n.place.endswith(f"(ID {segment_id})")]
    return reason


def test_text_moved_within_the_cell_with_track_changes_is_a_move_to_decide(review):
    document, read = review
    fill(
        document,
        "2.1",
        f'<w:moveFromRangeStart {W} w:id="11" w:author="Layla Haddad" {DATE} w:name="move1"/>',
        f'<w:moveFrom {W} w:id="12" w:author="Layla Haddad" {DATE}>{run("в Москве ")}</w:moveFrom>',
        f'<w:moveFromRangeEnd {W} w:id="11"/>',
        run("Путин встретился с Эрдоганом"),
        f'<w:moveToRangeStart {W} w:id="13" w:author="Layla Haddad" {DATE} w:name="move1"/>',
        f'<w:moveTo {W} w:id="14" w:author="Layla Haddad" {DATE}>{run(" в Москве")}</w:moveTo>',
        f'<w:moveToRangeEnd {W} w:id="13"/>',
        run("."),
    )
    found = read()
    assert "2.1" not in taken(found)
    assert "tracked changes not yet accepted or rejected (move by Layla Haddad)" in refusal(found, "2.1")


def accept(document) -> None:
    """Word's Accept All: insertions and moved-to text stay, deletions and moved-from text go, marks go."""
    from docx.oxml.ns import qn

    body = document.element.body
    for tag in ("w:del", "w:moveFrom"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)
    for tag in ("w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)
    for tag in ("w:ins", "w:moveTo"):
        for element in list(body.iter(qn(tag))):
            parent = element.getparent()
            if parent.tag == qn("w:rPr"):  # an inserted paragraph mark
                parent.remove(element)
                continue
            index = parent.index(element)
            for child in reversed(list(element)):
                parent.insert(index, child)
            parent.remove(element)
    for element in list(body.iter(qn("w:rPrChange"))):
        element.getparent().remove(element)


def test_once_every_kind_of_change_is_accepted_the_row_reads_as_word_shows_it(review):
    document, read = review
    fill(
        document,
        "2.1",
        run("Путин "),
        f'<w:del {W} w:id="1" w:author="Layla Haddad" {DATE}><w:r><w:delText>встречался</w:delText></w:r></w:del>',
        f'<w:ins {W} w:id="2" w:author="Layla Haddad" {DATE}>{run("встретился")}</w:ins>',
        f'<w:moveFrom {W} w:id="3" w:author="Omar Said" {DATE}>{run(" в Москве")}</w:moveFrom>',
        run(" с Эрдоганом"),
        f'<w:moveTo {W} w:id="4" w:author="Omar Said" {DATE}>{run(" в Москве")}</w:moveTo>',
        run("."),
    )
    found = read()
    assert "(deletion by Layla Haddad, insertion by Layla Haddad, move by Omar Said)" in refusal(found, "2.1")
    accept(document)
    assert taken(read())["2.1"] == "Путин встретился с Эрдоганом в Москве."


def test_a_formatting_change_alone_keeps_the_words_and_takes_the_row_with_the_new_formatting(review):
    # Word records bold taken off a word as w:rPrChange holding the old properties: the words are the same
    # whether it is accepted or rejected, so the row is taken, its formatting as shown
    document, read = review
    fill(
        document,
        "2.2",
        run("Переговоры "),
        f'<w:r {W}><w:rPr><w:i/><w:rPrChange w:id="5" w:author="Layla Haddad" {DATE}><w:rPr><w:b/></w:rPr>'
        '</w:rPrChange></w:rPr><w:t xml:space="preserve">продолжались</w:t></w:r>',
        run(" 3 часа."),
    )
    found = read()
    assert taken(found)["2.2"] == "Переговоры продолжались 3 часа."
    (record,) = [r for r in found.records if r.unit_id == "story:2.2"]
    assert record.formatting is None  # the English has no italics: the reviewer's own is not stored


def test_a_word_comment_in_the_translation_is_shown_never_stored_as_translation(review):
    document, read = review
    fill(
        document,
        "2.1",
        f'<w:commentRangeStart {W} w:id="40"/>',
        run("Путин встретился с Эрдоганом"),
        f'<w:commentRangeEnd {W} w:id="40"/>',
        f'<w:r {W}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="40"/></w:r>',
        run(" в Москве."),
    )
    paragraph = row_of(document, "2.2").cells[2].paragraphs[0]
    retype(row_of(document, "2.2").cells[2], "Переговоры продолжались 3 часа.")
    document.add_comment(paragraph.runs, text="Sochi, not Moscow?", author="Omar Said", initials="OS")
    found = read()
    assert taken(found) == {"2.1": "Путин встретился с Эрдоганом в Москве.", "2.2": "Переговоры продолжались 3 часа."}
    assert [c.text for c in found.comments] == ["Omar Said (Word comment): Sochi, not Moscow?"]


def test_a_paragraph_mark_inserted_or_deleted_with_track_changes_is_a_change_to_decide(review):
    # Enter pressed, or two paragraphs joined, with Track Changes on: only the paragraph mark is marked
    document, read = review
    cell = row_of(document, "2.2").cells[2]
    retype(cell, "Переговоры продолжались")
    cell.paragraphs[0]._p.insert(
        0, parse_xml(f'<w:pPr {W}><w:rPr><w:ins w:id="8" w:author="Omar Said" {DATE}/></w:rPr></w:pPr>')
    )
    cell.add_paragraph("3 часа.")
    found = read()
    assert "(insertion by Omar Said)" in refusal(found, "2.2")


def test_a_row_deleted_with_track_changes_is_not_taken_and_says_the_row_was_deleted(review):
    document, read = review
    retype(row_of(document, "2.3").cells[2], "Фидан тоже был там.")
    tr = row_of(document, "2.3")._tr
    tr.insert(0, parse_xml(f'<w:trPr {W}><w:del w:id="9" w:author="Desk" {DATE}/></w:trPr>'))
    for r in list(tr.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")):
        parent, index = r.getparent(), r.getparent().index(r)
        wrapper = parse_xml(f'<w:del {W} w:id="10" w:author="Desk" {DATE}/>')
        parent.insert(index, wrapper)
        wrapper.append(r)
        for t in r.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
            t.tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}delText"
    found = read()
    assert "2.3" not in taken(found)
    assert all("Фидан тоже" not in record.target for record in found.records)
    # not passed over as an empty row: the deletion is a proposal, and the row is named by its deleted ID
    assert "(deletion by Desk)" in refusal(found, "2.3")


def test_libreoffice_markup_reads_as_the_text_it_shows(review):
    document, read = review
    fill(
        document,
        "2.1",
        f'<w:bookmarkStart {W} w:id="0" w:name="_GoBack"/>',
        f'<w:smartTag {W} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        f"{run('Путин')}</w:smartTag>",
        f'<w:bookmarkEnd {W} w:id="0"/>',
        run(" встре\u00adтился с"),
        f"<w:r {W}><w:softHyphen/></w:r>",
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Name"/><w:tag w:val="n"/></w:sdtPr>'
        f"<w:sdtContent>{run(' Эрдоганом')}</w:sdtContent></w:sdt>",
        run(" в\u00a0Москве"),
        f'<w:fldSimple {W} w:instr=" DATE \\@ &quot;d MMMM&quot; "><w:r><w:t xml:space="preserve"> 20 ноября</w:t></w:r>'
        "</w:fldSimple>",
        f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        run(" (стр. 1)"),
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>',
        run("."),
    )
    found = read()
    # a soft hyphen shows only where a line breaks, a no-break space as a space: the editions' typography
    # places its own; a field reads as its result, never its code; a content control as its content
    assert taken(found)["2.1"] == "Путин встретился с Эрдоганом в Москве 20 ноября (стр. 1)."
