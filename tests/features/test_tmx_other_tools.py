"""A TMX another CAT tool exported, imported into the memory: regional language codes, the tool's properties and
notes, its inline codes holding its own markup (<bpt type="bold">&lt;b&gt;</bpt>, a link's <a href>, a <ph> line
break), a unit repeated with another translation, the file in UTF-16. Formatting the codes stand for is stored on
the words they cover and published; a code that stands for nothing the toolkit stores (a tool's variable) refuses
its variant, named; of two translations of one sentence the most recent is taken and the older named, never
dropped silently."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from desk_runs import published_from_memory

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

ARTICLE = """# Sanctions on Tehran

Read the [full list](https://example.gov/list) published by **Washington** on Friday.\\
Officials met on Saturday.
"""
LIST = "Read the full list published by Washington on Friday."
LINK = (
    '<bpt i="{i}" x="1" type="link">&lt;a href="https://example.gov/list"&gt;</bpt>',
    '<ept i="{i}">&lt;/a&gt;</ept>',
)
BOLD = ('<bpt i="{i}" x="2">&lt;strong&gt;</bpt>', '<ept i="{i}">&lt;/strong&gt;</ept>')  # by its native code
BREAK = '<ph x="3">&lt;br/&gt;</ph>'
# each language's translation of LIST: [link ...], [b ...] and a line break [br], as the tool writes them
TRANSLATED = {
    "ru-RU": "Прочитайте [link полный список], опубликованный [b Вашингтоном] в пятницу.[br]",
    "tr-TR": "[b Washington] tarafından cuma günü yayımlanan [link tam listeyi] okuyun.[br]",
    "ar-SA": "اقرأ [link القائمة الكاملة] التي نشرتها [b واشنطن] يوم الجمعة.[br]",
    "fa-IR": "[link فهرست کامل] را که [b واشنگتن] روز جمعه منتشر کرد بخوانید.[br]",
}
OTHER = {
    "Sanctions on Tehran": {"ru-RU": "Санкции против Тегерана", "tr-TR": "Tahran'a yaptırımlar"}
    | {"ar-SA": "عقوبات على طهران", "fa-IR": "تحریم‌ها علیه تهران"},
    "Officials met on Saturday.": {
        "ru-RU": "Чиновники встретились в субботу.",
        "tr-TR": "Yetkililer cumartesi günü görüştü.",
    }
    | {"ar-SA": "التقى المسؤولون يوم السبت.", "fa-IR": "مقام‌ها روز شنبه دیدار کردند."},
}
STORED = {
    "ru": "Прочитайте {#a1}полный список{/a1}, опубликованный {#b2}{washington:ins}{/b2} в пятницу.{#br3/}",
    "tr": "{#b2}{washington}{/b2} tarafından cuma günü yayımlanan {#a1}tam listeyi{/a1} okuyun.{#br3/}",
    "ar": "اقرأ {#a1}القائمة الكاملة{/a1} التي نشرتها {#b2}{washington}{/b2} يوم الجمعة.{#br3/}",
    "fa": "{#a1}فهرست کامل{/a1} را که {#b2}{washington}{/b2} روز جمعه منتشر کرد بخوانید.{#br3/}",
}
PUBLISHED = {
    "ru": "Прочитайте [полный список](https://example.gov/list), опубликованный **Вашингтоном** в пятницу.\\\n",
    "tr": "**Washington** tarafından cuma günü yayımlanan [tam listeyi](https://example.gov/list) okuyun.\\\n",
    "ar": "اقرأ [القائمة الكاملة](https://example.gov/list) التي نشرتها **واشنطن** يوم الجمعة.\\\n",
    "fa": "[فهرست کامل](https://example.gov/list) را که **واشنگتن** روز جمعه منتشر کرد بخوانید.\\\n",
}


def coded(text: str) -> str:
    """``text`` with [link ...], [b ...] and [br] as the tool's inline codes, each pair numbered in order."""
    pairs = 0
    while "[link " in text or "[b " in text:
        kind = "link" if text.find("[link ") >= 0 and not 0 <= text.find("[b ") < text.find("[link ") else "b"
        pairs += 1
        opening, closing = LINK if kind == "link" else BOLD
        start = text.index(f"[{kind} ")
        end = text.index("]", start)
        words = text[start + len(kind) + 2 : end]
        text = text[:start] + opening.format(i=pairs) + words + closing.format(i=pairs) + text[end + 1 :]
    return text.replace("[br]", BREAK)


def dated(when: str) -> str:
    return f' changedate="{when}" changeid="ANNA"' if when else ""


def tool_tmx(tag: str) -> str:
    """A TMX as a CAT tool exports it: a regional source language, properties and a note, native codes."""
    english = coded("Read the [link full list] published by [b Washington] on Friday.[br]")
    units = [
        (english, coded(TRANSLATED[tag]), "20261120T100000Z"),
        *((english_, by_tag[tag], "20261120T100000Z") for english_, by_tag in OTHER.items()),
        # a repeated unit with another translation, dated earlier: the most recent is taken, this one named
        ("Officials met on Saturday.", "ANOTHER " + OTHER["Officials met on Saturday."][tag], "20261118T100000Z"),
        # a tool's variable: it stands for nothing the toolkit stores
        ("Sanctions on Tehran, again", OTHER["Sanctions on Tehran"][tag] + '<ph x="9" type="x-var">{1}</ph>', ""),
    ]
    body = "".join(
        f'<tu creationid="ANNA" creationdate="20261119T100000Z"><prop type="x-Client">Desk</prop>'
        f'<note>checked</note><tuv xml:lang="en-GB"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="{tag}"{dated(when)}>'
        f'<prop type="x-ConfirmationLevel">ApprovedTranslation</prop><seg>{target}</seg></tuv></tu>'
        for source, target, when in units
    )
    return (
        '<?xml version="1.0" encoding="{encoding}"?><tmx version="1.4"><header creationtool="SDL Language Platform" '
        'creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-GB" srclang="en-GB" '
        f'datatype="xml"><prop type="x-Recognizers">RecognizeAll</prop></header><body>{body}</body></tmx>'
    )


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
@pytest.mark.parametrize("tag", sorted(TRANSLATED))
def test_another_tools_tmx_is_stored_with_its_formatting_and_published(workspace, tag, encoding):
    code = tag[:2]
    (workspace / "news").mkdir()
    story = workspace / "news" / "story.md"
    story.write_text(ARTICLE, encoding="utf-8")
    exported = workspace / "desk.tmx"
    exported.write_text(tool_tmx(tag).replace("{encoding}", encoding), encoding=encoding.lower())
    memory = workspace / "news" / "story.tmx"
    result = cli("memory", "import", exported, "--memory", memory)
    assert result.exit_code == 1, result.output  # the tool's variable: not taken
    assert "3 added, 0 changed, 0 unchanged, 1 could not be taken" in result.output, result.output
    assert (
        "note: desk.tmx tu #4 (line 1) (" + code + "): not read, as tu #3 (line 1) has a newer translation of the "
        "same English (2026-11-20 10:00 UTC, this one 2026-11-18 10:00 UTC)"
    ) in result.output
    assert "<ph> holds '{1}' (type 'x-var'), which stands for no formatting the toolkit stores" in result.output
    stored = TmxDocument.open(memory)
    assert stored.target(stored.unit_for(LIST), code).code == STORED[code]
    edition = published_from_memory(workspace, story, [code], memory).editions[code]
    assert PUBLISHED[code] in edition, edition


@pytest.mark.parametrize("tag", ["ru-RU", "fa-IR"])
def test_a_link_another_tools_translation_lost_is_not_taken(workspace, tag):
    (workspace / "news").mkdir()
    (workspace / "news" / "story.md").write_text(ARTICLE, encoding="utf-8")
    exported = workspace / "desk.tmx"
    lost = TRANSLATED[tag].replace("[link ", "[plain ")
    text = tool_tmx(tag).replace(coded(TRANSLATED[tag]), coded(lost).replace("[plain ", "").replace("]", ""))
    exported.write_text(text.replace("{encoding}", "UTF-8"), encoding="utf-8")
    result = cli("memory", "import", exported, "--memory", workspace / "news" / "story.tmx", "--dry-run")
    assert "2 added, 0 changed, 0 unchanged, 2 could not be taken" in result.output, result.output
    assert "the translation does not have the link on 'full list' (https://example.gov/list)" in result.output
