"""The review edition: one row per sentence with its ID, origin, QA comments and suggestions; RTL as the others."""

import io
import re

import docx
import pytest
from docx.oxml.ns import qn
from tmx_files import write_tmx
from wordxml import paragraph_properties, run_properties

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.interchange.review_docx import _custom_properties
from toolkit.pipeline import translate_document
from toolkit.publish.review import (
    MAX_PROPERTY_CHARS,
    ReviewFingerprint,
    ReviewRow,
    review_docx,
    text_key,
)
from toolkit.settings import Settings
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine, Translation
from toolkit.translate.memory import load_memory
from toolkit.translate.reviewed import memory_digest

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z]")
COPY_REFERENCE = "translate-en_xx 1.0"
UNITS = [
    (
        "news:1",
        "Putin met Erdogan in Moscow on Monday morning.",
        {
            "ru": "{putin:short} встретился с {erdogan:short+ins} в {moscow:prep} в понедельник утром.",
            "ar": "التقى {putin:short} {erdogan:short+bi} في {moscow} صباح الاثنين.",
            "fa": "{putin:short} صبح دوشنبه با {erdogan:short} در {moscow} دیدار کرد.",
            "tr": "{putin:short}, pazartesi sabahı {moscow:loc} {erdogan:short} ile görüştü.",
        },
    ),
    (
        "news:2",
        "Iran fired 13 missiles at the base.",
        {
            "ru": "{iran} выпустил 13 ракет по базе.",
            "ar": "أطلقت {iran} 13 صاروخاً على القاعدة.",
            "fa": "{iran} 13 موشک به پایگاه شلیک کرد.",
            "tr": "{iran} üsse 13 füze ateşledi.",
        },
    ),
]
STORY = [
    (BlockKind.TITLE, ["Putin met Erdogan in Moscow on Monday morning."]),  # exact
    (
        BlockKind.PARAGRAPH,
        [
            "Putin met Erdogan in Moscow on Tuesday evening.",  # machine, a 75% suggestion
            "Iran fired 15 missiles at the base.",
        ],
    ),  # adapted
    (BlockKind.HEADING, ["Talks continue"]),  # machine: the copy model
]


class CopyEngine:
    """A stand-in for a test copy model: the English, unchanged (QA flags it as untranslated)."""

    name = "argos"

    def translate(self, segments, language):
        return [Translation(Template.parse(segment.text), "argos", COPY_REFERENCE) for segment in segments]


@pytest.fixture(scope="module")
def story_editions(tmp_path_factory, glossary):
    path = tmp_path_factory.mktemp("review") / "news.tmx"
    path.write_bytes(
        write_tmx(
            [(uid, en, {code: Template.parse(text) for code, text in targets.items()}) for uid, en, targets in UNITS],
            path,
            "test",
        )
    )
    document = Document(
        "story",
        [
            Block(kind, tuple(Segment(f"{number}.{index}", text) for index, text in enumerate(texts, 1)))
            for number, (kind, texts) in enumerate(STORY, 1)
        ],
    )
    editions = translate_document(
        document, ["ar", "fa", "tr", "ru"], glossary, [MemoryEngine(load_memory([path]), glossary), CopyEngine()]
    )
    return {edition.language.code: edition for edition in editions}


def build(edition, **options):
    return docx.Document(io.BytesIO(review_docx(edition, Settings(), generator="toolkit 0-test", **options)))


@pytest.fixture(scope="module")
def story_documents(story_editions):
    return {
        code: build(edition, memory=("news/news.tmx",), copy_model=COPY_REFERENCE)
        for code, edition in story_editions.items()
    }


@pytest.fixture(scope="module")
def seed_documents(seed_editions):
    return {code: build(edition, memory=("seeds/article.tmx",)) for code, edition in seed_editions.items()}


def rows(document):
    return document.tables[0].rows[1:]


def cell_text(cell):
    return " ".join(paragraph.text for paragraph in cell.paragraphs)


@pytest.mark.parametrize("code", ["ar", "fa", "tr", "ru"])
def test_one_row_per_sentence_with_its_id_english_and_translation(seed_documents, seed_editions, code):
    document, edition = seed_documents[code], seed_editions[code]
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header == ["ID", "English", f"Translation ({edition.language.english_name})", "Status", "Comment"]
    assert len(rows(document)) == len(edition.segments)
    assert any(segment.stored_pieces is not None for segment in edition.segments)  # Soleimani's first mention
    for row, segment in zip(rows(document), edition.segments):
        assert row.cells[0].text == segment.source.id
        assert row.cells[1].text == segment.source.text
        # as the memory stores it: the house style of the editions to publish (first mentions) is not shown
        assert row.cells[2].text == "".join(piece.text for piece in segment.as_stored)
        assert row.cells[3].text.startswith(f"memory (reviewed): article.tmx#article:{segment.source.id}")
        assert row.cells[4].text == ""


def test_the_page_is_landscape_and_the_header_repeats(seed_documents):
    document = seed_documents["ar"]
    section = document.sections[0]
    assert section.page_width > section.page_height
    header = document.tables[0].rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_right_to_left_as_in_the_other_editions(seed_documents, story_documents, code):
    latin_runs = 0
    for document in (seed_documents[code], story_documents[code]):
        table = document.tables[0]._tbl
        assert table.tblPr.find(qn("w:bidiVisual")) is None  # never mirrored: English stays left
        assert document.sections[0]._sectPr.find(qn("w:bidi")) is None  # an English document with RTL cells
        latin_runs += _check_rtl_rows(document)
    assert latin_runs > 0  # the copy model's English words in the story's Arabic-script cells


def _check_rtl_rows(document) -> int:
    """Checks every translation cell of a right-to-left review edition; the number of Latin runs in them."""
    latin_runs = 0
    for row in rows(document):
        paragraph = row.cells[2].paragraphs[0]
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert "jc" not in paragraph_properties(document, paragraph)
        for run in paragraph.runs:
            properties = run_properties(document, paragraph, run)
            if ARABIC_LETTER.search(run.text):
                assert "rtl" in properties and properties["lang"]["bidi"] in ("ar-SA", "fa-IR")
                assert properties["rFonts"]["cs"] in ("Noto Naskh Arabic", "Vazirmatn")
                assert not LATIN_LETTER.search(run.text)
            elif LATIN_LETTER.search(run.text):
                latin_runs += 1
                assert "rtl" not in properties
        english = row.cells[1].paragraphs[0]
        assert english._p.pPr.find(qn("w:bidi")) is None
    return latin_runs


def test_persian_keeps_its_zwnj(seed_documents, seed_editions):
    document = seed_documents["fa"]
    shown = "".join(row.cells[2].text for row in rows(document))
    assert shown.count("\u200c") == sum(segment.text.count("\u200c") for segment in seed_editions["fa"].segments)
    assert shown.count("\u200c") > 0


def test_status_gives_the_origin_of_each_translation(story_documents, story_editions):
    status = [cell_text(row.cells[3]) for row in rows(story_documents["ru"])]
    assert status[0].startswith("memory (reviewed): news.tmx#news:1")
    assert status[1].startswith(f"test copy model: {COPY_REFERENCE}; it copies the English")
    assert status[2].startswith("memory (adapted) 98%: news.tmx#news:2; numbers or names were changed")
    assert status[3].startswith(f"test copy model: {COPY_REFERENCE}")
    machine = build(story_editions["ru"])  # the same model, not known to be a copy model: machine output
    assert cell_text(rows(machine)[1].cells[3]).startswith(f"machine: {COPY_REFERENCE}")


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ru", "Путин встретился с Эрдоганом в Москве в понедельник утром."),
        ("ar", "التقى بوتين بأردوغان في موسكو صباح الاثنين."),
        ("fa", "پوتین صبح دوشنبه با اردوغان در مسکو دیدار کرد."),
        ("tr", "Putin, pazartesi sabahı Moskova'da Erdoğan ile görüştü."),
    ],
)
def test_memory_suggestions_are_in_the_status_column_with_score_unit_and_text(story_documents, code, expected):
    cell = rows(story_documents[code])[1].cells[3]
    texts = [paragraph.text for paragraph in cell.paragraphs]
    assert "memory suggestion 75%: news.tmx#news:1" in texts
    suggestion = cell.paragraphs[texts.index("memory suggestion 75%: news.tmx#news:1") + 1]
    assert suggestion.text.replace("\u2066", "").replace("\u2069", "") == expected
    rtl = code in ("ar", "fa")
    assert (suggestion._p.pPr.find(qn("w:bidi")) is not None) == rtl


def test_each_qa_problem_is_a_word_comment_anchored_on_its_translation(story_documents, story_editions):
    for code, document in story_documents.items():
        edition = story_editions[code]
        comments = {comment.comment_id: comment for comment in document.comments}
        expected = sum(len(segment.problems) for segment in edition.segments)
        assert expected > 0 and len(comments) == expected
        for row, segment in zip(rows(document), edition.segments):
            translation = row.cells[2]._tc
            starts = translation.findall(f".//{qn('w:commentRangeStart')}")
            ends = translation.findall(f".//{qn('w:commentRangeEnd')}")
            assert len(starts) == len(ends) == len(segment.problems)
            for other in (row.cells[0]._tc, row.cells[1]._tc, row.cells[3]._tc, row.cells[4]._tc):
                assert other.find(f".//{qn('w:commentRangeStart')}") is None
            texts = sorted(comments[int(start.get(qn("w:id")))].text for start in starts)
            assert texts == sorted(
                f"QA {p.severity} ({p.code}): {p.message}" + (f" Fix: {p.fix}" if p.fix else "")
                for p in segment.problems
            )
            for start in starts:
                comment = comments[int(start.get(qn("w:id")))]
                assert comment.author == "toolkit QA" and comment.initials == "QA"


def test_flagged_translations_are_shaded_and_the_status_counts_problems(story_documents):
    row = rows(story_documents["ru"])[3]  # the copy model's English: untranslated, an error
    assert any(run.style.name.endswith("Flagged") for run in row.cells[2].paragraphs[0].runs)
    assert "QA: 1 error" in cell_text(row.cells[3])


def test_the_fingerprint_names_article_language_memory_and_every_row(story_documents, story_editions):
    document = story_documents["ar"]
    fingerprint = ReviewFingerprint.from_properties(_custom_properties(document))
    assert (fingerprint.article, fingerprint.language, fingerprint.memory) == ("story", "ar", ("news/news.tmx",))
    assert fingerprint.generator == "toolkit 0-test"
    segments = story_editions["ar"].segments
    # and what each row showed of the memory: the reviewed unit's translation, or none
    assert fingerprint.rows == tuple(
        ReviewRow(
            s.source.id,
            text_key(s.source.text),
            text_key(s.text),
            origin,
            memory_digest(Template.parse(s.code)) if origin == "m" else "",
        )
        for s, origin in zip(segments, ["m", "c", "a", "c"])
    )
    assert fingerprint.rows[0].based_on and fingerprint.rows[1].based_on == ""


def test_every_property_stays_within_words_limit_however_long_the_article(seed_documents, seed_editions):
    properties = _custom_properties(seed_documents["ru"])
    assert all(len(value) <= MAX_PROPERTY_CHARS for value in properties.values())
    assert len([name for name in properties if name.startswith("toolkit.rows.")]) > 1
    fingerprint = ReviewFingerprint.from_properties(properties)
    assert [row.segment_id for row in fingerprint.rows] == [s.source.id for s in seed_editions["ru"].segments]


def test_text_keys_ignore_display_marks_and_whitespace_but_not_words():
    assert text_key("\u2066Biden\u2069  گفت") == text_key("Biden گفت")
    assert text_key("خامنه\u200cای") != text_key("خامنهای")  # ZWNJ is spelling
    assert text_key("Путин") != text_key("Путина")


@pytest.mark.parametrize(
    "properties, message",
    [
        ({}, "no review fingerprint"),
        ({"toolkit.review": "9"}, "format is '9'"),
        ({"toolkit.review": "1", "toolkit.article": "a"}, "no article or language"),
        ({"toolkit.review": "1", "toolkit.article": "a", "toolkit.language": "ru"}, "lists no rows"),
        (
            {"toolkit.review": "1", "toolkit.article": "a", "toolkit.language": "ru", "toolkit.rows.1": "1.1:x:y:z"},
            "is not id:digest:digest:origin",
        ),
    ],
)
def test_a_damaged_fingerprint_says_what_is_wrong(properties, message):
    with pytest.raises(ValueError, match=message):
        ReviewFingerprint.from_properties(properties)


def test_a_held_back_edition_says_why_at_the_top_and_names_the_import(story_editions):
    document = build(story_editions["tr"], notice="Not for publishing: a test copy model", memory=("m.tmx",))
    lines = [paragraph.text for paragraph in document.paragraphs]
    assert lines[0] == "⚠ Not for publishing: a test copy model"
    assert "Then: toolkit memory import story.tr.review.docx --memory m.tmx" in lines
    assert document.core_properties.title.startswith("Review: ")


def test_an_earlier_run_time_that_is_no_time_is_left_out_of_the_changed_marks(story_editions):
    from toolkit.publish.changes import EarlierRun

    edition = story_editions["ru"]
    for written, shown in (("2026-11-26T09:14:00+00:00", " (2026-11-26 09:14 UTC)"), ("\x01junk" * 10_000, "")):
        document = build(edition, earlier=EarlierRun(written, frozenset()))
        text = "\n".join(paragraph.text for paragraph in document.paragraphs)
        total = len(edition.segments)
        assert f"{total} of {total} sentences changed since the last run{shown}: ▲ in Status." in text
        assert "junk" not in text
        assert f"▲ changed since the last run{shown}" in cell_text(rows(document)[1].cells[3])
