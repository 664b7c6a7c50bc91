"""Review marks other tools leave in a TMX: what is a reviewed translation and what is not."""

import pytest
from lxml import etree

from toolkit.translate.memory import read_tmx
from toolkit.translate.review_state import unreviewed_reason

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def unit(tu_attributes="", tu_props="", tuv_attributes="", tuv_props="", header=""):
    """A <tmx> with one unit: English and Russian, marks where given; returns (tuv, tu, header)."""
    root = etree.fromstring(
        f'<tmx version="1.4"><header srclang="en" {header}/><body><tu {tu_attributes}>{tu_props}'
        '<tuv xml:lang="en"><seg>Putin spoke.</seg></tuv>'
        f'<tuv xml:lang="ru" {tuv_attributes}>{tuv_props}<seg>Путин выступил.</seg></tuv></tu></body></tmx>'
    )
    tu = root.find("body/tu")
    return tu.findall("tuv")[1], tu, root.find("header")


def prop(kind, value):
    return f'<prop type="{kind}">{value}</prop>'


@pytest.mark.parametrize(
    "kind, value",
    [
        ("x-ConfirmationLevel", "Draft"),  # Trados Studio
        ("x-ConfirmationLevel", "Unspecified"),
        ("x-ConfirmationLevel", "RejectedTranslation"),
        ("x-ConfirmationLevel", "RejectedSignOff"),
        ("x-Status", "Pre-translated"),  # memoQ row statuses
        ("x-Status", "Edited"),
        ("x-status", "Not started"),
        ("x-status", "Machine translated"),
        ("x-state", "needs-review-translation"),  # XLIFF 1.2 target states carried over
        ("x-state", "new"),
        ("x-state", "initial"),  # XLIFF 2 segment state
        ("x-status", "Something only one tool knows"),  # unknown: never let through
    ],
)
def test_a_status_that_is_not_done_marks_the_variant_unreviewed_naming_the_property(kind, value):
    reason = unreviewed_reason(*unit(tu_props=prop(kind, value)))
    assert reason is not None and kind in reason and value in reason


@pytest.mark.parametrize(
    "kind, value",
    [
        ("x-ConfirmationLevel", "Translated"),
        ("x-ConfirmationLevel", "ApprovedTranslation"),
        ("x-ConfirmationLevel", "ApprovedSignOff"),
        ("x-Status", "Translator confirmed"),
        ("x-Status", "Reviewer 1 confirmed"),
        ("x-Status", "Proofread"),
        ("x-state", "final"),
        ("x-state", "signed-off"),
        ("x-state", "reviewed"),
    ],
)
def test_a_done_status_is_reviewed_even_where_the_origin_is_machine_translation(kind, value):
    marks = prop("x-Origin", "MachineTranslation") + prop(kind, value)
    assert unreviewed_reason(*unit(tu_props=marks)) is None


def test_the_variants_own_status_wins_over_its_units():
    draft_unit = prop("x-ConfirmationLevel", "Draft")
    assert unreviewed_reason(*unit(tu_props=draft_unit, tuv_props=prop("x-ConfirmationLevel", "Translated"))) is None
    assert "Draft" in unreviewed_reason(*unit(tuv_props=draft_unit, tu_props=prop("x-ConfirmationLevel", "Translated")))


@pytest.mark.parametrize(
    "marks",
    [
        {"tu_props": prop("x-Origin", "MachineTranslation")},
        {"tu_props": prop("x-Origin", "NeuralMachineTranslation")},
        {"tu_props": prop("x-Origin", "AdaptiveMachineTranslation")},
        {"tuv_props": prop("x-TranslationOrigin", "mt")},
        {"tu_props": prop("x-approved", "no")},
        {"tu_attributes": 'creationid="MT"'},
        {"tuv_attributes": 'changeid="DeepL" changedate="20261101T000000Z"'},
        {"tu_attributes": 'creationtool="Google Translate"'},
        {"header": 'creationtool="Microsoft Translator Hub"'},
        {"tu_attributes": 'creationid="MarianMT opus-mt-en-ru"'},
    ],
)
def test_machine_translation_nobody_confirmed_is_unreviewed(marks):
    assert unreviewed_reason(*unit(**marks)) is not None


@pytest.mark.parametrize(
    "marks",
    [
        {},  # no mark at all: as every TMX was read before tools marked them
        {"header": 'creationtool="SDL Language Platform"', "tu_props": prop("x-Origin", "TM")},
        {"tu_attributes": 'usagecount="0" lastusagedate="20260101T000000Z"'},  # use, not review
        {"tu_attributes": 'creationtool="Google Translate" changeid="a.editor" changedate="20261101T000000Z"'},
        {"header": 'creationtool="DeepL"', "tuv_attributes": 'changeid="Reviewer"'},
        {"tu_attributes": 'creationid="Mtsiri Dolidze"'},  # a person whose name starts with MT
        {"tuv_attributes": 'changeid="Marian Popescu"'},  # a person, not the MarianMT engine
        {"tu_props": prop("x-approved", "yes")},
    ],
)
def test_a_translation_a_person_wrote_or_changed_is_reviewed(marks):
    assert unreviewed_reason(*unit(**marks)) is None


def test_a_memory_used_for_translation_skips_unreviewed_variants_and_keeps_an_older_reviewed_unit(tmp_path):
    path = tmp_path / "trados.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="en-US" creationtool="SDL Language Platform"/><body>'
        '<tu tuid="old"><tuv xml:lang="en-US"><seg>Putin spoke.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Путин выступил.</seg></tuv></tu>'
        f'<tu tuid="draft">{prop("x-ConfirmationLevel", "Draft")}<tuv xml:lang="en-US"><seg>Putin spoke.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Путин говорил.</seg></tuv></tu>'
        f'<tu tuid="mt">{prop("x-Origin", "MachineTranslation")}<tuv xml:lang="en-US"><seg>Talks ended.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Переговоры закончились.</seg></tuv>'
        '<tuv xml:lang="tr-TR"><seg>Görüşmeler sona erdi.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    memory = read_tmx(path)
    assert memory.lookup("Putin spoke.", "ru").unit_id == "old"
    assert memory.lookup("Talks ended.", "ru") is None and memory.lookup("Talks ended.", "tr") is None
    assert len(memory) == 1
    assert [(v.unit_id, v.language) for v in memory.unreviewed] == [("draft", "ru"), ("mt", "ru"), ("mt", "tr")]
    assert "x-Origin is 'MachineTranslation'" in str(memory.unreviewed[1])
    assert str(memory.unreviewed[0]).startswith(f"{path}:1: translation unit 'draft'")
