"""Reading a review DOCX back: rows by their ID, whatever the reviewer moved, deleted, retyped or tracked."""

import copy
from datetime import datetime, timezone

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from review_files import COPY_MODEL, retype, row_of

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.errors import UserError
from toolkit.interchange.review_docx import read_review_docx
from toolkit.pipeline import translate_document
from toolkit.publish.docx import side_by_side_docx
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine, Translation
from toolkit.translate.memory import load_memory

SENTENCES = ["Putin met Erdogan in Moscow.", "The talks lasted 3 hours.", "Fidan was there too."]
MACHINE_TEXTS = {
    "Putin met Erdogan in Moscow.": "{putin:short} встречался {erdogan:short} в {moscow}.",
    "The talks lasted 3 hours.": "Переговоры длились 3 часа.",
}


class Machine:
    """A stand-in engine: a fixed 'machine translation' per sentence, or the English (a copy model) for others."""

    name = "argos"

    def translate(self, segments, language):
        return [
            Translation(
                Template.parse(MACHINE_TEXTS.get(s.text, s.text)),
                "argos",
                "translate-en_ru 1.9" if s.text in MACHINE_TEXTS else COPY_MODEL,
            )
            for s in segments
        ]


@pytest.fixture(scope="module")
def edition(glossary):
    document = Document(
        "story",
        [
            Block(BlockKind.TITLE, (Segment("1.1", "Talks in Moscow"),)),
            Block(BlockKind.PARAGRAPH, tuple(Segment(f"2.{n}", text) for n, text in enumerate(SENTENCES, 1))),
        ],
    )
    (ru,) = translate_document(document, ["ru"], glossary, [MemoryEngine(load_memory([]), glossary), Machine()])
    return ru


def test_edited_rows_become_reviewed_segments_with_their_ids(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    retype(row_of(document, "1.1").cells[2], "Переговоры в Москве")
    found = read()
    assert (found.fingerprint.article, found.fingerprint.language) == ("story", "ru")
    taken = {record.unit_id: record for record in found.records}
    assert set(taken) == {"story:1.1", "story:2.1"}
    assert taken["story:2.1"].source == "Putin met Erdogan in Moscow."
    assert taken["story:2.1"].target == "Путин встретился с Эрдоганом в Москве."
    assert taken["story:2.1"].place == "story.ru.review.docx row 2 (ID 2.1)"
    assert all(record.language == "ru" and record.reviewer == "login" for record in found.records)


def test_untouched_machine_rows_need_a_confirmation_and_copies_of_the_english_are_never_taken(review):
    document, read = review
    found = read()
    assert found.records == []
    reasons = {n.place.split("ID ")[1].rstrip(")"): n.reason for n in found.not_taken}
    assert reasons["2.1"] == reasons["2.2"] == "not reviewed: the translation is as the machine wrote it"
    assert reasons["1.1"] == reasons["2.3"] == "the translation is still a test copy model's copy of the English"
    retype(row_of(document, "2.2").cells[4], "OK")
    assert [r.unit_id for r in read().records] == ["story:2.2"]
    assert {r.unit_id for r in read(accept_unchanged=True).records} == {"story:2.1", "story:2.2"}


def test_moved_and_deleted_rows_keep_their_translations(review):
    document, read = review
    table = document.tables[0]._tbl
    first, third = (row_of(document, i)._tr for i in ("2.1", "2.3"))
    table.remove(first)
    table.append(first)  # 2.1 now last
    table.remove(third)  # 2.3 deleted
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    retype(row_of(document, "2.2").cells[2], "Переговоры продолжались 3 часа.")
    found = read()
    pairs = {record.unit_id: (record.source, record.target) for record in found.records}
    assert pairs == {
        "story:2.1": ("Putin met Erdogan in Moscow.", "Путин встретился с Эрдоганом в Москве."),
        "story:2.2": ("The talks lasted 3 hours.", "Переговоры продолжались 3 часа."),
    }
    assert found.records[-1].place == "story.ru.review.docx row 3 (ID 2.1)"


def test_rows_with_a_missing_unknown_or_repeated_id_or_changed_english_are_not_taken(review):
    document, read = review
    table = document.tables[0]._tbl
    for segment_id in ("1.1", "2.1", "2.2", "2.3"):
        retype(row_of(document, segment_id).cells[2], "Исправленный перевод.")
    retype(row_of(document, "1.1").cells[0], "")
    retype(row_of(document, "2.3").cells[0], "9.9")
    retype(row_of(document, "2.2").cells[1], "The talks lasted three hours.")
    table.append(copy.deepcopy(row_of(document, "2.1")._tr))
    found = read()
    assert found.records == []
    reasons = [(n.place, n.reason) for n in found.not_taken]
    assert reasons[0] == (
        "story.ru.review.docx row 1",
        "the row has no ID, so the sentence it translates cannot be told",
    )
    assert reasons[1][0] == "story.ru.review.docx row 2 (ID 2.1)" and "ID 2.1 is on rows 2, 5" in reasons[1][1]
    assert reasons[2][0].endswith("(ID 2.2)") and "the English was changed" in reasons[2][1]
    assert reasons[3][0].endswith("(ID 9.9)") and "'9.9' is not a sentence of this review edition" in reasons[3][1]
    assert reasons[4][0] == "story.ru.review.docx row 5 (ID 2.1)"


def test_an_empty_translation_goes_on_to_the_store_which_reports_it(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "   ")
    (record,) = read().records
    assert record.unit_id == "story:2.1" and record.target == ""


def tracked_correction(document, segment_id="2.1", author="A. Editor"):
    """The reviewer's correction of a row typed with Track Changes on: a deletion and an insertion by ``author``."""
    paragraph = row_of(document, segment_id).cells[2].paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Путин </w:t></w:r>'))
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="{author}" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:delText>встречался</w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="{author}" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:t>встретился</w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> с Эрдоганом</w:t><w:br/><w:t>в Москве.</w:t></w:r>')
    )
    return paragraph


def accept_all(document):
    """Word's Accept All Changes: insertions become plain text, deletions go."""
    body = document.element.body
    for deleted in list(body.iter(qn("w:del"))):
        deleted.getparent().remove(deleted)
    for inserted in list(body.iter(qn("w:ins"))):
        parent, index = inserted.getparent(), inserted.getparent().index(inserted)
        for child in reversed(list(inserted)):
            parent.insert(index, child)
        parent.remove(inserted)


def test_tracked_changes_not_yet_accepted_are_named_with_row_and_author_then_taken_once_accepted(review):
    document, read = review
    tracked_correction(document, "2.1", "Layla Haddad")
    retype(row_of(document, "2.2").cells[2], "Переговоры шли три часа.")

    found = read()

    assert [r.unit_id for r in found.records] == ["story:2.2"]  # the rest of the file is read as before
    (refused,) = [n for n in found.not_taken if "tracked changes" in n.reason]
    assert refused.place == "story.ru.review.docx row 2 (ID 2.1)"
    assert "(deletion by Layla Haddad, insertion by Layla Haddad)" in refused.reason
    assert "accept or reject them" in refused.fix
    accept_all(document)
    row_of(document, "2.1").cells[2].add_paragraph("Это важно.")  # a reviewer's Enter: one sentence row
    taken = {r.unit_id: r.target for r in read().records}
    assert taken["story:2.1"] == "Путин встретился с Эрдоганом в Москве. Это важно."


def test_a_tracked_change_in_the_english_is_named_too(review):
    document, read = review
    retype(row_of(document, "2.2").cells[2], "Переговоры шли три часа.")
    english = row_of(document, "2.2").cells[1].paragraphs[0]
    english._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="7" w:author="Desk" w:date="2024-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve"> (updated)</w:t></w:r></w:ins>'
        )
    )
    (refused,) = [n for n in read().not_taken if "tracked changes" in n.reason]
    assert refused.place.endswith("(ID 2.2)") and "(insertion by Desk)" in refused.reason


def set_property(cell, tag, value=None):
    properties = cell._tc.get_or_add_tcPr()
    element = parse_xml(f"<w:{tag} {nsdecls('w')}" + (f' w:val="{value}"' if value else "") + "/>")
    properties.append(element)


def test_translation_cells_merged_across_rows_are_refused_naming_both_rows(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    retype(row_of(document, "2.3").cells[2], "Фидан тоже был там.")
    first, second = row_of(document, "2.1").cells[2], row_of(document, "2.2").cells[2]
    first.add_paragraph("Переговоры длились 3 часа.")  # Word moves the merged cell's text into the first
    set_property(first, "vMerge", "restart")
    for paragraph in second.paragraphs:
        for run in paragraph.runs:
            run.text = ""
    set_property(second, "vMerge")

    found = read()

    assert [r.unit_id for r in found.records] == ["story:2.3"]
    reasons = {n.place: n.reason for n in found.not_taken}
    assert "its Translation cell is merged with the row below" in reasons["story.ru.review.docx row 2 (ID 2.1)"]
    assert "its Translation cell is merged with the row above" in reasons["story.ru.review.docx row 3 (ID 2.2)"]
    merged = [n for n in found.not_taken if "(ID 2.1)" in n.place or "(ID 2.2)" in n.place]
    assert all("which translation belongs to which English cannot be told" in n.reason for n in merged)
    assert all("undo the merge or split" in n.fix for n in merged)


def test_a_row_split_in_two_is_refused_and_its_half_translation_never_stored(review):
    document, read = review
    table = document.tables[0]._tbl
    tr = row_of(document, "2.1")._tr
    retype(row_of(document, "2.1").cells[2], "Путин встретился")
    below = copy.deepcopy(tr)  # Word's Split Cells (1 column, 2 rows) on the translation: a row under it
    tr.addnext(below)
    cells = below.findall(qn("w:tc"))
    for index, cell in enumerate(cells):
        for paragraph in cell.findall(qn("w:p")):
            for run in paragraph.findall(qn("w:r")):
                paragraph.remove(run)
        if index != 2:
            cell.get_or_add_tcPr().append(parse_xml(f"<w:vMerge {nsdecls('w')}/>"))
    for index, cell in enumerate(tr.findall(qn("w:tc"))):
        if index != 2:
            cell.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>'))
    cells[2].find(qn("w:p")).append(parse_xml(f"<w:r {nsdecls('w')}><w:t>с Эрдоганом в Москве.</w:t></w:r>"))
    assert len(table.findall(qn("w:tr"))) == 6  # header, 1.1, 2.1 in two rows, 2.2, 2.3

    found = read()

    assert "story:2.1" not in [r.unit_id for r in found.records]
    reasons = {n.place: n.reason for n in found.not_taken}
    assert "its ID cell is merged with the row below" in reasons["story.ru.review.docx row 2 (ID 2.1)"]
    assert "its ID cell is merged with the row above" in reasons["story.ru.review.docx row 3"]


@pytest.mark.parametrize("how", ["split", "merged"])
def test_a_cell_split_or_merged_with_its_neighbour_is_refused(review, how):
    document, read = review
    row = row_of(document, "2.2")
    retype(row.cells[2], "Переговоры шли три часа.")
    retype(row_of(document, "2.3").cells[2], "Фидан тоже был там.")
    tcs = row._tr.findall(qn("w:tc"))
    if how == "split":  # Split Cells into two columns: this row has one cell more, every other row a wider one
        tcs[2].addnext(copy.deepcopy(tcs[2]))
        for other in document.tables[0].rows:
            if other._tr is not row._tr:
                set_property(other.cells[2], "gridSpan", "2")
    else:  # English and Translation merged into one cell
        set_property(row.cells[1], "gridSpan", "2")
        row._tr.remove(tcs[2])

    found = read()

    assert [r.unit_id for r in found.records] == ["story:2.3"]
    (refused,) = [n for n in found.not_taken if n.place.endswith("(ID 2.2)")]
    assert "the row's cells were merged or split" in refused.reason
    assert ("Translation cell" if how == "split" else "English cell") in refused.reason


@pytest.mark.parametrize("hidden", ["<w:vanish/>", '<w:vanish w:val="true"/>', '<w:vanish w:val="1"/>'])
def test_hidden_text_in_a_cell_is_left_out_as_word_does_not_show_it(review, hidden):
    # the reviewer never read it: a hidden run went into the memory and on into every edition to publish
    document, read = review
    retype(row_of(document, "2.2").cells[2], "Переговоры длились три часа.")
    paragraph = row_of(document, "2.2").cells[2].paragraphs[0]
    paragraph._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:rPr>{hidden}</w:rPr><w:t xml:space="preserve"> Скрытый текст.</w:t></w:r>')
    )
    shown = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish w:val="false"/></w:rPr><w:t> Видно.</w:t></w:r>')
    paragraph._p.append(shown)
    (record,) = read().records
    assert record.target == "Переговоры длились три часа. Видно."


def test_a_comment_is_returned_and_ok_is_a_confirmation_not_a_comment(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    retype(row_of(document, "2.1").cells[4], "Check the date with the desk")
    retype(row_of(document, "2.2").cells[4], " ok. ")
    found = read()
    assert [c.text for c in found.comments] == ["Check the date with the desk"]
    assert found.comments[0].place == "story.ru.review.docx row 2 (ID 2.1)"
    assert [r.unit_id for r in found.records] == ["story:2.1", "story:2.2"]


def test_word_comments_a_reviewer_anchored_in_a_row_are_returned_the_toolkits_qa_comments_are_not(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    translation = row_of(document, "2.1").cells[2].paragraphs[0].runs
    document.add_comment(translation, text="Is it Moscow or Sochi?", author="Layla Haddad", initials="LH")
    untranslated = row_of(document, "2.3").cells[1].paragraphs[0].runs  # the English cell of a row not taken
    document.add_comment(untranslated, text="Translate   this one", author="Omar Said", initials="OS")
    assert any(c.author == "toolkit QA" for c in document.comments)  # the edition's own QA findings

    found = read()

    assert [(c.place, c.text) for c in found.comments] == [
        ("story.ru.review.docx row 2 (ID 2.1)", "Layla Haddad (Word comment): Is it Moscow or Sochi?"),
        ("story.ru.review.docx row 4 (ID 2.3)", "Omar Said (Word comment): Translate this one"),
    ]


def test_the_reviewer_and_date_come_from_the_document_unless_given(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    edited = datetime(2031, 5, 6, 7, 8, tzinfo=timezone.utc)
    document.core_properties.last_modified_by = "Layla Haddad"
    document.core_properties.modified = edited
    (record,) = read().records
    assert (record.reviewer, record.date) == ("Layla Haddad", edited)
    (record,) = read(reviewer="A. Editor").records
    assert record.reviewer == "A. Editor"
    document.core_properties.last_modified_by = "toolkit 0-test"  # never edited in a word processor
    document.core_properties.modified = document.core_properties.created
    (record,) = read().records
    assert record.reviewer == "login" and record.date > edited.replace(year=2020)  # the file's time


def core_element(document, name):
    return document.core_properties._element.find(qn(name))


SAVED = datetime(2026, 11, 27, 7, 20, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("created", "modified", "author", "date"),
    [
        (None, "2026-11-27T07:20:30.123456789", "Layla Haddad", SAVED),  # LibreOffice: nanoseconds, no zone
        ("", "", "", None),  # empty elements, as an editor set not to keep personal data writes them
        ("0000-00-00T00:00:00Z", "2026-11-27T10:20:30+03:00", "Layla Haddad", SAVED),
        ("2026-11-27T07:20:30Z", "yesterday", None, None),
    ],
)
def test_core_properties_as_libreoffice_and_other_editors_write_them_still_import(
    review, created, modified, author, date
):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    document.core_properties.last_modified_by = "placeholder"
    document.core_properties.modified = datetime(2020, 1, 1, tzinfo=timezone.utc)
    for name, value in (("dcterms:created", created), ("dcterms:modified", modified), ("cp:lastModifiedBy", author)):
        element = core_element(document, name)
        if value is None:
            element.getparent().remove(element)
        else:
            element.text = value or None
    before = datetime.now(timezone.utc).replace(microsecond=0)

    (record,) = read().records

    assert record.unit_id == "story:2.1"
    assert record.reviewer == (author or "login")
    assert record.date == date if date is not None else record.date >= before  # else the file's own time


def test_a_table_split_in_two_is_still_read(review):
    document, read = review
    retype(row_of(document, "2.2").cells[2], "Переговоры продолжались 3 часа.")
    table = document.tables[0]._tbl
    second = copy.deepcopy(table)
    for tr in second.findall(qn("w:tr"))[1:]:
        second.remove(tr)  # the second part: header only, then the last rows move into it
    for segment_id in ("2.2", "2.3"):
        tr = row_of(document, segment_id)._tr
        table.remove(tr)
        second.append(tr)
    second.remove(second.findall(qn("w:tr"))[0])  # Word's split leaves the second part without a header
    table.addnext(parse_xml(f"<w:p {nsdecls('w')}/>"))
    table.getnext().addnext(second)
    assert len(document.tables) == 2
    (record,) = read().records
    assert record.unit_id == "story:2.2"


def test_a_docx_that_is_not_a_review_edition_is_refused(tmp_path, edition):
    path = tmp_path / "story.ru.docx"
    path.write_bytes(side_by_side_docx(edition, Settings()))
    with pytest.raises(UserError) as caught:
        read_review_docx(path)
    assert "this is the side-by-side edition, not the review edition" in str(caught.value)
    assert str(path) in str(caught.value) and "--editions review" in caught.value.fix
    other = tmp_path / "letter.docx"
    docx.Document().save(other)
    with pytest.raises(UserError) as caught:
        read_review_docx(other)
    assert "not a review edition of this toolkit: it has no review fingerprint" in str(caught.value)


def test_a_review_edition_without_its_table_is_refused(review, tmp_path):
    document, _ = review
    document.tables[0]._tbl.getparent().remove(document.tables[0]._tbl)
    path = tmp_path / "cut.docx"
    document.save(path)
    with pytest.raises(UserError, match="the review table is gone"):
        read_review_docx(path)


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"not a zip", "not a DOCX file"),
        (b"PK\x03\x04" + b"\x00" * 40, "not a DOCX file"),
    ],
)
def test_broken_files_are_refused_with_their_name(tmp_path, payload, message):
    path = tmp_path / "x.review.docx"
    path.write_bytes(payload)
    with pytest.raises(UserError, match=message):
        read_review_docx(path)


def test_a_hostile_word_comment_is_shown_bounded_on_one_line_without_controls(review):
    document, read = review
    retype(row_of(document, "2.1").cells[2], "Путин встретился с Эрдоганом в Москве.")
    runs = row_of(document, "2.1").cells[2].paragraphs[0].runs
    document.add_comment(runs, text="see \u202eelif.exe\u202c \x9b31m" + "x" * 50_000, author="A" * 5_000)
    row_of(document, "2.2").cells[4].paragraphs[0].text = "Check\u202e this\x85 " + "y" * 50_000

    found = read()

    word, column = sorted(found.comments, key=lambda comment: "Word comment" not in comment.text)
    assert len(word.text) <= 1_200 and word.text.endswith("…")
    assert word.text.startswith("A" * 99 + "… (Word comment): see elif.exe ")
    assert len(column.text) <= 1_000 and column.text.startswith("Check this y")
    for comment in (word, column):
        assert not any(ch in comment.text for ch in "\u202e\u202c\x9b\x85\n")


def test_a_forged_fingerprint_row_is_refused_whole(review, tmp_path):
    from toolkit.publish.review import ReviewRow

    for forged in ("2.1:0a1b2c3d4e:0a1b2c3d4e:m:" + "z" * 200, "2.1:0a1b2c3d4e:0a1b2c3d4e:m:yes"):
        with pytest.raises(ValueError, match="is not id:digest:digest:origin"):
            ReviewRow.decoded(forged)
    for fine in ("2.1:0a1b2c3d4e:0a1b2c3d4e:m:-", "2.1:0a1b2c3d4e:0a1b2c3d4e:m:0a1b2c3d4e", "2.1:aa:bb:t"):
        assert ReviewRow.decoded(fine).segment_id == "2.1"


def test_a_comment_on_a_row_that_is_not_taken_is_still_shown(review):
    document, read = review
    retype(row_of(document, "2.2").cells[4], "Not sure how to put this: ask the desk")  # the machine row left as is

    found = read()

    assert "story.ru.review.docx row 3 (ID 2.2)" in [r.place for r in found.not_taken]
    assert [(c.place, c.text) for c in found.comments] == [
        ("story.ru.review.docx row 3 (ID 2.2)", "Not sure how to put this: ask the desk")
    ]
