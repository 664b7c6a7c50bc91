"""XLIFF 2.0 back from a CAT tool keeps the article's formatting as XLIFF 1.2 does: what a reviewer keeps inside
a <pc> (or an <sc>/<ec> pair, or a line break's <ph>) that stands for bold, italics, a link or a line break is
stored on the words it covers, the names as slots, so the next run publishes the reviewer's words with their
formatting. Tools write formatting their own ways: by subType (xlf:b, xlf:i, xlf:lb) and type (link), by the
original code a dataRef points to (<b>, <a href="...">), or by the Format Style module (fs:fs="strong")."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from desk_runs import published_from_memory

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

ARTICLE = """# Sanctions on Tehran

Read the [full list](https://example.gov/list) published by **Washington** on *Friday*.\\
Officials met on Saturday.
"""
LIST = "Read the full list published by Washington on Friday."
# each language's reviewed translation of LIST, its formatting as [link ...], [b ...], [i ...] and a final [br]
REVIEWED = {
    "ru": "Прочитайте [link полный список], опубликованный [b Вашингтоном] в [i пятницу].[br]",
    "tr": "[b Washington] tarafından [i cuma] günü yayımlanan [link tam listeyi] okuyun.[br]",
    "ar": "اقرأ [link القائمة الكاملة] التي نشرتها [b واشنطن] يوم [i الجمعة].[br]",
    "fa": "[link فهرست کامل] را که [b واشنگتن] روز [i جمعه] منتشر کرد بخوانید.[br]",
}
OTHER = {
    "1.1": {"ru": "Санкции против Тегерана", "tr": "Tahran'a yaptırımlar", "ar": "عقوبات على طهران"}
    | {"fa": "تحریم‌ها علیه تهران"},
    "2.2": {"ru": "Чиновники встретились в субботу.", "tr": "Yetkililer cumartesi günü görüştü."}
    | {"ar": "التقى المسؤولون يوم السبت.", "fa": "مقام‌ها روز شنبه دیدار کردند."},
}
STORED = {
    "ru": "Прочитайте {#a1}полный список{/a1}, опубликованный {#b2}{washington:ins}{/b2} в {#i3}пятницу{/i3}.{#br4/}",
    "tr": "{#b2}{washington}{/b2} tarafından {#i3}cuma{/i3} günü yayımlanan {#a1}tam listeyi{/a1} okuyun.{#br4/}",
    "ar": "اقرأ {#a1}القائمة الكاملة{/a1} التي نشرتها {#b2}{washington}{/b2} يوم {#i3}الجمعة{/i3}.{#br4/}",
    "fa": "{#a1}فهرست کامل{/a1} را که {#b2}{washington}{/b2} روز {#i3}جمعه{/i3} منتشر کرد بخوانید.{#br4/}",
}
PUBLISHED = {
    "ru": "Прочитайте [полный список](https://example.gov/list), опубликованный **Вашингтоном** в *пятницу*.",
    "tr": "**Washington** tarafından *cuma* günü yayımlanan [tam listeyi](https://example.gov/list) okuyun.",
    # Arabic script is never set in italics: the italic span is bold in Arabic and Persian editions
    "ar": "اقرأ [القائمة الكاملة](https://example.gov/list) التي نشرتها **واشنطن** يوم **الجمعة**.",
    "fa": "[فهرست کامل](https://example.gov/list) را که **واشنگتن** روز **جمعه** منتشر کرد بخوانید.",
}
# how CAT tools write each kind: (opening, closing) of a paired code with id N, and a line break
STYLES = {
    "subType": {
        "link": ('<pc id="{n}" type="link">', "</pc>"),
        "b": ('<pc id="{n}" type="fmt" subType="xlf:b">', "</pc>"),
        "i": ('<pc id="{n}" type="fmt" subType="xlf:i">', "</pc>"),
        "br": '<ph id="{n}" type="fmt" subType="xlf:lb"/>',
    },
    "originalData": {
        "link": ('<pc id="{n}" dataRefStart="d1" dataRefEnd="d2">', "</pc>"),
        "b": ('<pc id="{n}" dataRefStart="d3" dataRefEnd="d4">', "</pc>"),
        "i": ('<sc id="{n}" dataRef="d5"/>', '<ec startRef="{n}" dataRef="d6"/>'),
        "br": '<ph id="{n}" dataRef="d7"/>',
    },
    "fs": {
        "link": ('<pc id="{n}" fs:fs="a" fs:subFs="href,https://example.gov/list">', "</pc>"),
        "b": ('<pc id="{n}" fs:fs="strong">', "</pc>"),
        "i": ('<pc id="{n}" fs:fs="em">', "</pc>"),
        "br": '<ph id="{n}" fs:fs="br"/>',
    },
}
ORIGINAL_DATA = (
    '<originalData><data id="d1">&lt;a href="https://example.gov/list"&gt;</data><data id="d2">&lt;/a&gt;</data>'
    '<data id="d3">&lt;strong&gt;</data><data id="d4">&lt;/strong&gt;</data><data id="d5">&lt;em&gt;</data>'
    '<data id="d6">&lt;/em&gt;</data><data id="d7">&lt;br/&gt;</data></originalData>'
)
NUMBERS = {"link": 1, "b": 2, "i": 3, "br": 4}  # the tool's ids: the source's order


def marked(text: str, style: dict) -> str:
    """``text`` with its [kind words] and [br] written as the tool writes them."""
    text = text.replace("[br]", style["br"].format(n=NUMBERS["br"]))

    def paired(found):
        opening, closing = style[found.group(1)]
        return opening.format(n=NUMBERS[found.group(1)]) + found.group(2) + closing.format(n=NUMBERS[found.group(1)])

    return re.sub(r"\[(link|b|i) ([^\]]+)\]", paired, text)


def xliff2(code: str, style: str) -> str:
    tool = STYLES[style]
    source = marked("Read the [link full list] published by [b Washington] on [i Friday].[br]", tool)
    units = [
        ("1.1", "", "Sanctions on Tehran", OTHER["1.1"][code]),
        ("2.1", ORIGINAL_DATA if style == "originalData" else "", source, marked(REVIEWED[code], tool)),
        ("2.2", "", "Officials met on Saturday.", OTHER["2.2"][code]),
    ]
    body = "".join(
        f'<unit id="{unit}">{data}<segment state="reviewed"><source>{english}</source><target>{target}</target>'
        "</segment></unit>"
        for unit, data, english, target in units
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        f'xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" version="2.0" srcLang="en-US" trgLang="{code}">'
        f'<file id="f1" original="news/story.md">{body}</file></xliff>'
    )


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_the_formatting_a_reviewer_keeps_in_xliff2_is_stored_and_published(workspace, code, style):
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    review = workspace / f"story.{code}.xlf"
    review.write_text(xliff2(code, style), encoding="utf-8")
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", review, "--memory", memory, "--reviewer", "A. Editor")
    assert "3 added, 0 changed, 0 unchanged, 0 could not be taken" in result.output, result.output
    assert "check:" not in result.output  # nothing of the English's formatting was lost
    stored = TmxDocument.open(memory)
    assert stored.target(stored.unit_for(LIST), code).code == STORED[code]
    edition = published_from_memory(workspace, story, [code], memory).editions[code]
    assert PUBLISHED[code] + "\\\n" in edition, edition


def unmarked(text: str, kind: str) -> str:
    """``text`` without the formatting ``kind`` (its words kept), as a reviewer who dropped it writes it."""
    return re.sub(rf"\[{kind} ([^\]]+)\]", r"\1", text)


@pytest.mark.parametrize("code", ["ru", "tr", "ar", "fa"])
def test_a_link_the_reviewer_dropped_in_xliff2_is_not_taken_and_italics_left_out_are_a_check(workspace, code):
    """What a target lost of the English's formatting is judged as for XLIFF 1.2 and the review DOCX: a link
    the next run could not place refuses the segment, italics left out are stored and said."""
    (workspace / "news").mkdir()
    (workspace / "news" / "story.md").write_text(ARTICLE, encoding="utf-8")
    review = workspace / f"story.{code}.xlf"
    kept = REVIEWED[code]
    try:
        REVIEWED[code] = unmarked(kept, "link")
        review.write_text(xliff2(code, "subType"), encoding="utf-8")
        REVIEWED[code] = unmarked(kept, "i")
        (workspace / "italics.xlf").write_text(xliff2(code, "fs"), encoding="utf-8")
    finally:
        REVIEWED[code] = kept
    result = cli("memory", "import", review, "--memory", workspace / "news" / "story.tmx", "--dry-run")
    assert "2 added, 0 changed, 0 unchanged, 1 could not be taken" in result.output, result.output
    assert "the translation does not have the link on 'full list' of the English" in result.output
    result = cli(
        "memory", "import", workspace / "italics.xlf", "--memory", workspace / "news" / "story.tmx", "--dry-run"
    )
    assert "3 added, 0 changed, 0 unchanged, 0 could not be taken" in result.output, result.output
    assert "the translation does not have italics on 'Friday' of the English: stored without it" in result.output
