"""XLIFF 2.0 back from a CAT tool: only segments a person marked reviewed or final become reviewed memory."""

from datetime import datetime, timezone

import pytest

from toolkit.interchange.xliff import reviewed_segments
from toolkit.translate.memory import load_memory
from toolkit.translate.reviewed import store_reviewed

WHEN = datetime(2026, 11, 20, tzinfo=timezone.utc)
NS = "urn:oasis:names:tc:xliff:document:2.0"
ENGLISH = [
    "Talks in Tehran",
    "Fidan flew to Tehran and then to Ankara.",
    "Erdogan's envoy spoke with Mamlouk for 3 hours.",
    "The talks lasted 3 hours.",
]
TRANSLATIONS = {
    "ru": [
        "Переговоры в Тегеране",
        "Фидан вылетел в Тегеран, а затем в Анкару.",
        "Посланник Эрдогана проговорил с Мамлюком 3 часа.",
        "Переговоры длились 3 часа.",
    ],
    "tr": [
        "Tahran'da görüşmeler",
        "Fidan önce Tahran'a, ardından Ankara'ya uçtu.",
        "Erdoğan'ın elçisi Memluk ile 3 saat görüştü.",
        "Görüşmeler 3 saat sürdü.",
    ],
    "ar": [
        "محادثات في طهران",
        "توجه فيدان إلى طهران ثم إلى أنقرة.",
        "تحدث مبعوث أردوغان مع مملوك لمدة 3 ساعات.",
        "استمرت المحادثات 3 ساعات.",
    ],
    "fa": [
        "گفت\u200cوگوها در تهران",
        "فیدان به تهران و سپس به آنکارا پرواز کرد.",
        "فرستاده\u200cی اردوغان ۳ ساعت با مملوک گفت\u200cوگو کرد.",
        "مذاکرات ۳ ساعت طول کشید.",
    ],
}


def xliff2(tmp_path, code, segments, name="story.xlf"):
    """An XLIFF 2.0 document as a CAT tool saves it: (unit id, state or None, source xml, target xml or None)."""
    units = "".join(
        f'<unit id="{unit}"><segment{f" state={state!r}" if state else ""}><source>{source}</source>'
        + (f"<target>{target}</target>" if target is not None else "")
        + "</segment></unit>"
        for unit, state, source, target in segments
    )
    path = tmp_path / name
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="{NS}" version="2.0" srcLang="en-US" '
        f'trgLang="{code}"><file id="f1" original="news/story.txt">{units}</file></xliff>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_reviewed_and_final_segments_are_taken_translated_and_initial_are_not(tmp_path, code):
    states = ["initial", None, "translated", "reviewed"]
    path = xliff2(
        tmp_path, code, [(f"u{n}", s, e, t) for n, (s, e, t) in enumerate(zip(states, ENGLISH, TRANSLATIONS[code]), 1)]
    )
    with_final = xliff2(tmp_path, code, [("u9", "final", ENGLISH[0], TRANSLATIONS[code][0])], "final.xlf")
    records, refused = reviewed_segments(path, "Layla Haddad", WHEN)
    assert [(r.unit_id, r.source, r.target, r.language) for r in records] == [
        ("story:u4", ENGLISH[3], TRANSLATIONS[code][3], code)
    ]
    reasons = {n.place.split(" (line")[0]: n.reason for n in refused}
    assert reasons == {
        "story.xlf unit u1": "not reviewed: the segment's state is 'initial' (only 'reviewed' and 'final' are taken)",
        "story.xlf unit u2": "not reviewed: the segment's state is 'initial' (only 'reviewed' and 'final' are taken)",
        "story.xlf unit u3": "not reviewed: the segment's state is 'translated' (only 'reviewed' and 'final' are taken)",
    }
    assert all("set its state to reviewed or final" in n.fix for n in refused)
    assert [r.target for r in reviewed_segments(with_final, "ed", WHEN)[0]] == [TRANSLATIONS[code][0]]


def test_a_reviewed_segment_is_stored_with_its_names_as_slots(tmp_path, glossary):
    path = xliff2(tmp_path, "ru", [("u1", "reviewed", ENGLISH[2], TRANSLATIONS["ru"][2])])
    records, refused = reviewed_segments(path, "Layla Haddad", WHEN)
    assert refused == []
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="test")
    assert [taken.unit_id for taken in report.added] == ["story:u1"]
    stored = load_memory([tmp_path / "story.tmx"]).lookup(ENGLISH[2], "ru")
    assert stored.template.code == "Посланник {erdogan:short+gen} проговорил с {mamlouk:short+ins} 3 часа."


def test_inline_text_codes_are_read_as_text_and_other_codes_refuse_the_segment(tmp_path):
    path = xliff2(
        tmp_path,
        "ru",
        [
            (
                "u1",
                "final",
                'The talks <pc id="1">lasted</pc> 3 hours.',
                'Переговоры <pc id="1">длились</pc> 3<cp hex="00A0"/>часа.',
            ),
            ("u2", "final", ENGLISH[0], 'Переговоры <mrk id="m1" type="comment" value="check">в Тегеране</mrk>'),
            ("u3", "final", ENGLISH[1], 'Фидан вылетел в Тегеран<ph id="1"/>, а затем в Анкару.'),
            ("u4", "reviewed", ENGLISH[2], 'Посланник <sc id="1"/>Эрдогана<ec startRef="1"/> говорил 3 часа.'),
            ("u5", "final", ENGLISH[3], None),
        ],
    )
    records, refused = reviewed_segments(path, "ed", WHEN)
    assert [(r.unit_id, r.target) for r in records] == [
        ("story:u1", "Переговоры длились 3\u00a0часа."),
        ("story:u2", "Переговоры в Тегеране"),
    ]
    reasons = [n.reason for n in refused]
    assert reasons == [
        "the segment holds an inline code <ph> (id 1) the toolkit cannot store",
        "the segment holds an inline code <sc> (id 1) the toolkit cannot store",
        "the target is empty",
    ]


def test_a_unit_of_several_segments_gives_each_sentence_its_own_id(tmp_path):
    path = tmp_path / "story.xlf"
    path.write_text(
        f'<xliff xmlns="{NS}" version="2.1" srcLang="en" trgLang="tr"><file id="f" original="story.txt"><unit id="2">'
        f'<segment id="s1" state="final"><source>{ENGLISH[1]}</source><target>{TRANSLATIONS["tr"][1]}</target></segment>'
        "<ignorable><source> </source></ignorable>"
        f'<segment id="s2" state="reviewed"><source>{ENGLISH[3]}</source><target>{TRANSLATIONS["tr"][3]}</target></segment>'
        "</unit></file></xliff>",
        encoding="utf-8",
    )
    records, refused = reviewed_segments(path, "ed", WHEN)
    assert refused == [] and [(r.unit_id, r.source) for r in records] == [
        ("story:2.s1", ENGLISH[1]),
        ("story:2.s2", ENGLISH[3]),
    ]


@pytest.mark.parametrize(
    "value", ["0", "1B", "D800", "DFFF", "FFFE", "110000", "FFFFFFFFFFFFFFFFFFFFFFFF", "-41", "zz"]
)
def test_a_cp_that_stands_for_no_character_a_memory_can_hold_refuses_its_segment_alone(tmp_path, glossary, value):
    """<cp> is how XLIFF 2.0 writes a character XML cannot hold: NUL, a control, a lone surrogate, a number past
    Unicode. Such a segment is not taken, said so; the file's other segments are stored."""
    path = xliff2(
        tmp_path,
        "ru",
        [
            ("u1", "final", ENGLISH[3], f'Переговоры длились<cp hex="{value}"/> 3 часа.'),
            ("u2", "final", ENGLISH[1], f'Фидан вылетел в Тегеран, а затем в Анкару.<cp hex="{value}"/>'),
            ("u3", "reviewed", ENGLISH[2], TRANSLATIONS["ru"][2]),
        ],
    )
    records, refused = reviewed_segments(path, "ed", WHEN)
    assert [r.unit_id for r in records] == ["story:u3"]
    assert [n.place.split(" (line")[0] for n in refused] == ["story.xlf unit u1", "story.xlf unit u2"]
    assert all(f"<cp hex={value!r}>" in n.reason for n in refused)
    report = store_reviewed(records, tmp_path / "story.tmx", glossary, tool_version="test")
    assert [taken.unit_id for taken in report.added] == ["story:u3"]


@pytest.mark.parametrize("value, character", [("9", "\t"), ("2009", "\u2009"), ("1F600", "\U0001f600")])
def test_a_cp_of_a_character_a_memory_can_hold_is_read_as_it(tmp_path, value, character):
    path = xliff2(tmp_path, "ru", [("u1", "final", ENGLISH[3], f'Переговоры длились<cp hex="{value}"/>3 часа.')])
    records, refused = reviewed_segments(path, "ed", WHEN)
    assert refused == [] and [r.target for r in records] == [f"Переговоры длились{character}3 часа."]


@pytest.mark.parametrize(
    "attributes, said",
    [
        ('trgLang="ru"', "the file's <xliff> has no srcLang (the language it translates from)"),
        ('srcLang="en"', "the file's <xliff> has no trgLang (the language it translates into)"),
        ('srcLang="de" trgLang="ru"', "the file translates from 'de', not English"),
        ('srcLang="en" trgLang="fr-FR"', "the file has trgLang 'fr-FR'"),
    ],
)
def test_a_file_without_its_languages_is_a_wrong_request_that_names_the_attribute(tmp_path, attributes, said):
    from toolkit.errors import UserError

    path = tmp_path / "story.xlf"
    path.write_text(f'<xliff xmlns="{NS}" version="2.0" {attributes}><file id="f"/></xliff>', encoding="utf-8")
    with pytest.raises(UserError) as raised:
        reviewed_segments(path, "ed", WHEN)
    assert said in str(raised.value)
    assert "None" not in str(raised.value)
