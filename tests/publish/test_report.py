"""The QA report: memory suggestions with their score, unit and rendered text; adapted matches with their score."""

import json

import pytest
from tmx_files import write_tmx

from toolkit.document import Block, BlockKind, Document, Segment
from toolkit.pipeline import translate_document
from toolkit.publish.report import report_data, report_json, report_markdown
from toolkit.slots import Template
from toolkit.translate.engines import MemoryEngine, Translation
from toolkit.translate.memory import load_memory

UNITS = [
    (
        "news:1",
        "Iran fired 13 missiles at the base.",
        {
            "ru": "{iran} выпустил 13 ракет по базе.",
            "fa": "{iran} 13 موشک به پایگاه شلیک کرد.",
            "tr": "{iran} üsse 13 füze ateşledi.",
            "ar": "أطلقت {iran} 13 صاروخاً على القاعدة.",
        },
    ),
    (
        "news:2",
        "Putin met Erdogan in Moscow on Monday morning.",
        {
            "ru": "{putin:short} встретился с {erdogan:short+ins} в {moscow:prep} в понедельник утром.",
            "fa": "{putin:short} صبح دوشنبه با {erdogan:short} در {moscow} دیدار کرد.",
            "tr": "{putin:short}, pazartesi sabahı {moscow:loc} {erdogan:short} ile görüştü.",
            "ar": "التقى {putin:short} {erdogan:short+bi} في {moscow} صباح الاثنين.",
        },
    ),
    (
        "news:3",
        "The ceasefire held for 3 days in the north of the country.",
        {
            "fa": "آتش‌بس 3 روز در شمال کشور برقرار ماند.",
        },
    ),
]
SENTENCES = [
    "Iran fired 21 missiles at the base.",  # the noun agrees with the number: a suggestion
    "Putin met Erdogan in Moscow on Tuesday evening.",  # two words off: 75%
    "Iran fired 15 missiles at the base.",  # adapted (ru: 13 and 15 take the same form)
    "Nothing in the memory is like this sentence.",
    "The truce held for 3 days in the south of the country.",
]  # two words of twelve off: 83%


class Machine:
    """A stand-in engine: every sentence gets the same text."""

    name = "machine"

    def translate(self, segments, language):
        return [Translation(Template.parse("(машина)"), "machine", "test-model 1.0") for _ in segments]


@pytest.fixture(scope="module")
def editions(tmp_path_factory, glossary):
    path = tmp_path_factory.mktemp("report") / "news.tmx"
    path.write_bytes(
        write_tmx(
            [(uid, en, {code: Template.parse(text) for code, text in targets.items()}) for uid, en, targets in UNITS],
            path,
            "test",
        )
    )
    memory = load_memory([path])
    document = Document(
        "story", [Block(BlockKind.PARAGRAPH, tuple(Segment(f"1.{n}", text) for n, text in enumerate(SENTENCES, 1)))]
    )
    return {
        e.language.code: e
        for e in translate_document(
            document, ["ru", "fa", "tr", "ar"], glossary, [MemoryEngine(memory, glossary), Machine()]
        )
    }


def test_suggestions_are_in_the_report_data_with_score_unit_and_the_text_an_edition_would_show(editions):
    data = report_data(list(editions.values()))
    segments = {s["id"]: s for s in data["languages"]["ru"]["segments"]}
    assert segments["1.1"]["origin"] == "machine"
    (suggestion,) = segments["1.1"]["suggestions"]
    assert suggestion == {
        "score": 98,
        "unit": "news:1",
        "reference": "news.tmx#news:1",
        "source": "Iran fired 13 missiles at the base.",
        "stored": "{iran} выпустил 13 ракет по базе.",
        "text": "Иран выпустил 13 ракет по базе.",
    }
    (suggestion,) = segments["1.2"]["suggestions"]
    assert (suggestion["score"], suggestion["unit"]) == (75, "news:2")
    assert suggestion["text"] == "Путин встретился с Эрдоганом в Москве в понедельник утром."
    assert segments["1.3"]["origin"] == "memory (adapted)" and segments["1.3"]["score"] == 98
    assert segments["1.4"]["suggestions"] == [] and segments["1.4"]["score"] is None
    assert json.loads(report_json(data))["languages"]["ru"]["segments"][0]["suggestions"][0]["score"] == 98


def test_suggestion_text_is_localised_like_the_edition(editions):
    persian = {s["id"]: s for s in report_data([editions["fa"]])["languages"]["fa"]["segments"]}
    (suggestion,) = persian["1.5"]["suggestions"]
    assert suggestion["score"] == 83
    assert suggestion["text"] == "آتش\u200cبس ۳ روز در شمال کشور برقرار ماند."  # Persian digits, ZWNJ kept
    turkish = {s["id"]: s for s in report_data([editions["tr"]])["languages"]["tr"]["segments"]}
    assert turkish["1.2"]["suggestions"][0]["text"] == "Putin, pazartesi sabahı Moskova'da Erdoğan ile görüştü."


def test_the_markdown_report_lists_suggestions_per_language_and_scores_adapted_matches(editions):
    text = report_markdown(report_data([editions["ru"], editions["ar"]]))
    russian = text[text.index("## Russian (ru)") : text.index("## Arabic (ar)")]
    assert "### Memory suggestions" in russian
    assert "| 1.1 | 98% | news.tmx\\#news:1 | Iran fired 13 missiles at the base. |" in russian
    assert "Иран выпустил 13 ракет по базе." in russian
    assert "| 1.3 | memory (adapted) 98% | news.tmx\\#news:1 |" in russian
    arabic = text[text.index("## Arabic (ar)") :]
    assert "### Memory suggestions" in arabic and "| 1.2 | 75% |" in arabic and "بأردوغان" in arabic


def test_a_report_without_suggestions_has_no_suggestion_section(seed_editions):
    text = report_markdown(report_data([seed_editions["ru"]]))
    assert "Memory suggestions" not in text
    assert all(s["suggestions"] == [] for s in report_data([seed_editions["ru"]])["languages"]["ru"]["segments"])


def test_a_language_without_glossary_names_says_so_instead_of_an_empty_table(glossary):
    document = Document("story", [Block(BlockKind.PARAGRAPH, (Segment("1.1", "Markets rose 2.4% on Monday."),))])
    (edition,) = translate_document(document, ["ru"], glossary, [Machine()])
    text = report_markdown(report_data([edition]))
    names = text.split("### Names", 1)[1].split("###", 1)[0]
    assert "None: no glossary name in this article." in names and "| segment | entry |" not in names


def test_a_language_with_glossary_names_lists_them_in_a_table(seed_editions):
    names = report_markdown(report_data([seed_editions["ru"]])).split("### Names", 1)[1].split("###", 1)[0]
    assert "| segment | entry | source | slot | rendered |" in names and "None: no glossary name" not in names
