"""Whatever an article holds, its DOCX editions are written and open: a title or file name longer than a
document property may be, characters XML cannot carry in its text or its links' addresses."""

import io
from dataclasses import replace
from datetime import date

import docx
import pytest
from test_docx import with_pieces

from toolkit.document import Piece
from toolkit.formatting import LINK, Format
from toolkit.publish.docx import side_by_side_docx
from toolkit.publish.monolingual import Front, monolingual_docx
from toolkit.settings import Settings

LONG_TITLE = {
    "tr": "Beş ülkenin bakanları, su paylaşımı, sınır kapıları, ticaret tarifeleri, balıkçılık hakları, enerji boru "
    "hatları, demiryolu bağlantıları ve selefleri tarafından yirmi yıldan uzun süre önce kurulan ortak komisyonun "
    "geleceği konusundaki uzun süredir ertelenen anlaşmayı görüşmek üzere salı günü başkentte bir araya geldi",
    "ru": "Министры пяти стран встретились во вторник в столице, чтобы обсудить давно отложенное соглашение о "
    "разделе воды, пограничных переходах, торговых тарифах, правах на рыбную ловлю, энергетических трубопроводах, "
    "железнодорожном сообщении и будущем совместной комиссии",
    "ar": "اجتمع وزراء الدول الخمس في العاصمة يوم الثلاثاء لمناقشة الاتفاق المؤجل منذ فترة طويلة بشأن تقاسم المياه "
    "والمعابر الحدودية والتعريفات التجارية وحقوق الصيد وخطوط أنابيب الطاقة وروابط السكك الحديدية ومستقبل اللجنة "
    "المشتركة التي أنشأها أسلافهم قبل أكثر من عشرين عاماً",
    "fa": "وزیران پنج کشور روز سه‌شنبه در پایتخت دیدار کردند تا درباره توافق دیرهنگام بر سر تقسیم آب، گذرگاه‌های "
    "مرزی، تعرفه‌های تجاری، حقوق ماهیگیری، خطوط لوله انرژی، پیوندهای راه‌آهن و آینده کمیسیون مشترکی که بیش از "
    "بیست سال پیش به دست پیشینیانشان تشکیل شد گفتگو کنند",
}
WRITERS = {
    "side-by-side": side_by_side_docx,
    "monolingual": lambda edition: monolingual_docx(edition, Front.of(edition, Settings(), date(2026, 11, 28))),
}


def _opened(data: bytes):
    return docx.Document(io.BytesIO(data))


def _with_title(edition, text: str):
    block = edition.blocks[0]
    segment = replace(block.segments[0], pieces=[Piece(text)])
    return replace(edition, blocks=[replace(block, segments=[segment]), *edition.blocks[1:]])


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
@pytest.mark.parametrize("code", LONG_TITLE)
def test_a_title_longer_than_a_document_property_is_cut_in_the_properties_and_whole_in_the_edition(
    seed_editions, code, write
):
    title = LONG_TITLE[code] + " \x01\ufffe"
    assert len(title) > 255
    document = _opened(write(_with_title(seed_editions[code], title)))

    shown = document.core_properties.title
    assert len(shown) <= 255 and shown.endswith("…")
    assert LONG_TITLE[code].startswith(shown[:-1].rstrip())
    texts = [paragraph.text for paragraph in document.paragraphs] + [
        paragraph.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]
    assert any(LONG_TITLE[code] in text for text in texts)  # the edition's own title row keeps it all


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
def test_an_article_named_by_a_long_file_name_is_written(seed_editions, write):
    edition = seed_editions["ru"]
    name = "министры-пяти-стран-встретились-во-вторник-" * 5 + ".md"
    document = _opened(write(replace(edition, document=replace(edition.document, name=name))))

    assert len(document.core_properties.comments) <= 255
    assert "Russian" in document.core_properties.comments
    assert document.core_properties.comments.endswith("…")


ADDRESSES = [
    "http://example.com/report\ufffe?id=1",
    "https://example.com/\uffffnews",
    "http://example.com/a\ud800b",
    'https://example.com/?q=1&r=<2>"]]>',
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_link_whose_address_holds_characters_xml_cannot_carry_is_written_without_them(seed_editions, address):
    edition = with_pieces(seed_editions["tr"], [Piece("Açıklama", formats=frozenset({Format(LINK, address)}))])
    data = side_by_side_docx(edition)
    document = _opened(data)

    targets = [r.target_ref for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert len(targets) == 1
    written = targets[0]
    assert written == address.replace("\ufffe", "").replace("\uffff", "").replace("\ud800", "")
