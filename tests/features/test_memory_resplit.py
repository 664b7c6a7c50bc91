"""A desk's memory stored under an older sentence split, through the CLI: joined where the words are the same,
said once per article where they cannot be, and listed by `toolkit memory stale`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main

ARTICLE = """# Chip makers gain

TSMC chief C.C. Wei said demand was strong. Orders rose again.

The agency said inspectors were back.[^1] Talks resume on Monday.

[^1]: As reported by the agency.
"""
# the units an older splitter made: "C.C." ended a sentence, and "[^1]" opened the next one
OLD_UNITS = [
    ("chips:2.1", "TSMC chief C.C.", "Глава TSMC Ч.Ч."),
    ("chips:2.2", "Wei said demand was strong.", "Вэй сказал, что спрос высок."),
    ("chips:2.3", "Orders rose again.", "Заказы снова выросли."),
    ("chips:3.1", "The agency said inspectors were back.", "Агентство заявило, что инспекторы вернулись."),
    ("chips:3.2", "[^1] Talks resume on Monday.", "[^1] Переговоры возобновятся в понедельник."),
    ("chips:9.1", "Markets closed early.", "Рынки закрылись рано."),
]


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def desk(workspace):
    (workspace / "news").mkdir()
    (workspace / "news" / "chips.md").write_text(ARTICLE, encoding="utf-8")
    units = "".join(
        f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="ru"><seg>{ru}</seg></tuv></tu>'
        for tuid, en, ru in OLD_UNITS
    )
    (workspace / "news" / "chips.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="toolkit" '
        'creationtoolversion="1" segtype="sentence" o-tmf="toolkit" adminlang="en" srclang="en" '
        f'datatype="plaintext"/><body>{units}</body></tmx>',
        encoding="utf-8",
    )
    return Path("news")  # as a desk gives it, from the newsroom's folder


def test_a_run_joins_what_it_can_and_says_once_what_it_cannot(workspace, copy_models):
    news = desk(workspace)
    result = cli("translate", news / "chips.md", "--to", "ru", "--models-dir", copy_models.models_dir)
    said = [line for line in result.output.splitlines() if "no longer match" in line]
    assert len(said) == 1, result.output
    assert said[0].startswith(
        "warning: news/chips.md: 2 reviewed translations no longer match this article's sentences"
    ), said
    assert (
        "chips.tmx#chips:3.1 (3.1)" in said[0]
        and "fix: correct those sentences in this run's review edition" in said[0]
    )
    report = json.loads((workspace / "output" / "chips" / "report.json").read_text(encoding="utf-8"))
    (finding,) = [item for item in report["source_findings"] if item["rule"] == "memory-split-changed"]
    assert (finding["severity"], finding["path"], finding["line"]) == ("warning", "news/chips.md", 5)
    segments = {segment["id"]: segment for segment in report["languages"]["ru"]["segments"]}
    assert segments["2.1"]["origin"] == "memory (adapted)"
    assert "Глава TSMC Ч.Ч. Вэй сказал, что спрос высок." in (workspace / "output" / "chips" / "chips.ru.md").read_text(
        encoding="utf-8"
    )


def test_memory_stale_lists_the_units_no_sentence_uses_and_where_their_words_are_now(workspace):
    news = desk(workspace)
    result = cli("memory", "stale", news, "--memory", news / "chips.tmx")
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if ": unit " in line]
    # chips:2.1 and chips:2.2 are joined into today's 2.1 by every run: in use, not stale
    assert [line.split(": unit ")[1].split(" ")[0] for line in listed] == [
        "'chips:3.1'",
        "'chips:3.2'",
        "'chips:9.1'",
    ]
    assert "unit 'chips:3.2' (ru): its words are in chips.md 3.1, 3.2, split otherwise now" in result.output
    assert "unit 'chips:9.1' (ru): no article looked at has this sentence" in result.output
    assert "3 units of news/chips.tmx no sentence of 1 article uses" in result.output
    assert "toolkit memory remove chips:3.1 chips:3.2 chips:9.1 --memory news/chips.tmx" in result.output
    data = json.loads(cli("memory", "stale", news / "chips.md", "--memory", news / "chips.tmx", "--json").stdout)
    assert [(item["unit"], item["other_split"]) for item in data] == [
        ("chips:3.1", "chips.md 3.1"),
        ("chips:3.2", "chips.md 3.1, 3.2"),
        ("chips:9.1", ""),
    ]


CUT_ARTICLE = """# Talks in Moscow

Gen. Mamlouk flew to Moscow. He met Hakan Fidan there.

Talks ended late. Both sides spoke of progress.
"""
# an older splitter did not cut after "Gen.", nor, here, after "late."


def slot(number, name):
    return f'<ph x="{number}" type="x-name">{{{name}}}</ph>'


CUT_UNITS = [
    (
        "talks:2.1",
        "Gen. Mamlouk flew to Moscow. He met Hakan Fidan there.",
        "ru",
        f"Генерал {slot(1, 'mamlouk:short')} вылетел в {slot(2, 'moscow:acc')}. Он встретился там с "
        f"{slot(3, 'fidan:ins')}.",
    ),
    (
        "talks:3.1",
        "Talks ended late. Both sides spoke of progress.",
        "tr",
        "Görüşmeler geç saatte sona erdi. İki taraf da ilerlemeden söz etti.",
    ),
    # its Arabic is one sentence: it cannot be cut, so no run uses it
    (
        "talks:3.2",
        "Talks ended late. Both sides spoke of progress.",
        "ar",
        "انتهت المحادثات في وقت متأخر وتحدث الجانبان عن تقدم.",
    ),
]


@pytest.mark.parametrize("held", [CUT_UNITS[:2], CUT_UNITS[:1] + CUT_UNITS[2:]])
def test_memory_stale_never_lists_a_unit_a_run_cuts_into_todays_sentences(workspace, held):
    """A unit an older splitter stored for two of today's sentences is cut by every run where its translation
    has the same two sentences, each with its names: it is in use, so no candidate to take out; one whose
    translation cannot be cut is, naming the sentences its words are in."""
    (workspace / "news").mkdir()
    (workspace / "news" / "talks.md").write_text(CUT_ARTICLE, encoding="utf-8")
    units = "".join(
        f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="{code}"><seg>{text}</seg></tuv></tu>'
        for tuid, en, code, text in held
    )
    (workspace / "news" / "talks.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="toolkit" '
        'creationtoolversion="1" segtype="sentence" o-tmf="toolkit" adminlang="en" srclang="en" '
        f'datatype="plaintext"/><body>{units}</body></tmx>',
        encoding="utf-8",
    )
    news = Path("news")
    result = cli("memory", "stale", news, "--memory", news / "talks.tmx")
    assert result.exit_code == 0, result.output
    assert "talks:2.1" not in result.output  # cut in two: the Russian names Mamlouk and Fidan where the English does
    if held[1][2] == "tr":
        assert "0 units of news/talks.tmx no sentence of 1 article uses" in result.output, result.output
    else:
        assert "unit 'talks:3.2' (ar): its words are in talks.md 3.1, 3.2, split otherwise now" in result.output
        assert "1 unit of news/talks.tmx no sentence of 1 article uses" in result.output


def test_memory_stale_of_an_article_that_is_not_there_is_a_wrong_request(workspace):
    news = desk(workspace)
    result = cli("memory", "stale", news / "gone.md", "--memory", news / "chips.tmx")
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_memory_stale_leaves_out_the_units_of_an_article_it_could_not_read_and_offers_no_removal(workspace):
    """An article given but unreadable (a broken DOCX beside the others): whether it still has its units'
    sentences cannot be told, so they are not listed as stale, nothing is offered to take out, and the run
    says it is incomplete (exit 1)."""
    news = desk(workspace)
    (news / "budget.docx").write_bytes(b"not a Word file")
    units = (
        '<tu tuid="budget:1.1"><tuv xml:lang="en"><seg>The budget passed.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Бюджет принят.</seg></tuv></tu></body>'
    )
    memory = news / "chips.tmx"
    memory.write_text(memory.read_text(encoding="utf-8").replace("</body>", units), encoding="utf-8")
    result = cli("memory", "stale", news, "--memory", memory)
    assert result.exit_code == 1, result.output
    assert "warning: not read, its units are not looked for: news/budget.docx" in result.output
    assert "'budget:1.1'" not in result.output  # its unit is not called stale
    assert "'chips:9.1'" in result.output  # the articles read are looked through as ever
    assert "3 units of news/chips.tmx no sentence of 1 article uses; 1 article could not be read" in result.output
    assert "toolkit memory remove" not in result.output
    data = json.loads(cli("memory", "stale", news, "--memory", memory, "--json").stdout)
    assert [item["unit"] for item in data] == ["chips:3.1", "chips:3.2", "chips:9.1"]  # 2.1, 2.2 joined: in use


@pytest.mark.parametrize("given", ["missing.yaml", "missing-folder"])
def test_memory_stale_with_a_glossary_that_is_not_there_is_a_wrong_request(workspace, given):
    """A --glossary the editor names decides which units a run cuts into today's sentences: one that does not
    exist (a typo, another folder) stops the listing with exit 2 naming it, never read as no glossary at all."""
    news = desk(workspace)
    result = cli("memory", "stale", news, "--memory", news / "chips.tmx", "--glossary", workspace / given)
    assert result.exit_code == 2, result.output
    assert given in result.output and "glossary not found" in result.output
    assert "no sentence" not in result.output  # nothing listed from a guess
