"""`toolkit glossary find` given an article (.txt, .md, .docx, .html) reads it as a run reads it: names that
markup splits or hides (**Erdogan**, <p>Putin, a bold run in Word) are found in the article's text, each named
by its paragraph.sentence in the article as read and the characters in that sentence, with the line (or the
DOCX's paragraph) it starts at; the readers' own bounds and errors apply (a damaged DOCX is one message, status
2). Any other file is read as UTF-8 text, as before."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx_articles import add_hyperlink

from toolkit.cli import main
from toolkit.read import MAX_SEGMENTS


def find(*arguments):
    return CliRunner().invoke(main, ["glossary", "find", *arguments])


def found(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def both_ways(name: str, *options: str) -> list[str]:
    """What `find NAME` prints, checked to be what `find --file NAME` prints."""
    named, given = find(name, *options), find("--file", name, *options)
    assert named.stdout == given.stdout and named.stderr == given.stderr
    return found(named)


def word_article(path, language="en"):
    document = docx.Document()
    if language == "en":
        document.add_heading("Talks in Ankara", 0)
        paragraph = document.add_paragraph("Recep Tayyip ")
        paragraph.add_run("Erdoğan").bold = True  # one name in two runs, the second bold
        paragraph.add_run(" met Vladimir ")
        paragraph.add_run("Putin").italic = True
        paragraph.add_run(". They spoke in ")
        add_hyperlink(paragraph, "https://example.org/tehran", "Tehran")
        paragraph.add_run(".")
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Source"
        table.cell(0, 1).text = "Kremlin, Moscow"
        document.add_paragraph("Khamenei did not comment.")
    else:
        document.add_paragraph("Путин встретился с ")
        document.paragraphs[-1].add_run("Эрдоганом").bold = True
        document.add_paragraph("Переговоры прошли в Тегеране.")
    document.save(path)


def test_a_docx_article_finds_names_its_runs_split_by_paragraph_and_sentence(workspace):
    word_article(workspace / "story.docx")
    assert both_ways("story.docx") == [
        "1.1:9-15\tAnkara\tankara\tparagraph 1",
        "2.1:0-20\tRecep Tayyip Erdoğan\terdogan\tparagraph 2",
        "2.1:25-39\tVladimir Putin\tputin\tparagraph 2",
        "2.2:14-20\tTehran\ttehran\tparagraph 2",
        "4.1:9-15\tMoscow\tmoscow\tparagraph 4",
        "5.1:0-8\tKhamenei\tkhamenei, short\tparagraph 5",
    ]
    legend = find("story.docx").stderr
    assert legend.startswith("story.docx read as an article (6 sentences): each name as paragraph.sentence:start-end")
    assert "its paragraph in the DOCX, as Word counts them" in legend


def test_a_russian_docx_is_read_as_an_article_in_its_language(workspace):
    word_article(workspace / "статья.docx", language="ru")
    assert both_ways("статья.docx", "--lang", "ru") == [
        "1.1:0-5\tПутин\t{putin:short}\tparagraph 1",
        "1.1:19-28\tЭрдоганом\t{erdogan:short+ins}\tparagraph 1",
        "2.1:20-28\tТегеране\t{tehran:prep}\tparagraph 2",
    ]


MARKDOWN = """\
---
date: 2026-11-28
---
# Talks in *Ankara*

**Erdogan** met *Vladimir* Putin in [Tehran](https://example.org/tehran "the capital").
Khamenei's office said so.

- Iran and *Iraq*
- <span>Syria</span>

| Who | Where |
|-----|-------|
| Mamlouk | Damascus, ~~Moscow~~ |

```
Putin in a code block is no article text
```
"""


def test_markdown_markup_never_hides_a_name(workspace):
    (workspace / "story.md").write_text(MARKDOWN, encoding="utf-8")
    lines = both_ways("story.md")
    assert lines == [
        "1.1:9-15\tAnkara\tankara\tline 4",
        "2.1:0-7\tErdogan\terdogan, short\tline 6",
        "2.1:12-26\tVladimir Putin\tputin\tline 6",
        "2.1:30-36\tTehran\ttehran\tline 6",
        "2.2:0-8\tKhamenei\tkhamenei, short, possessive\tline 6",  # (the line its paragraph starts on)
        "3.1:0-4\tIran\tiran\tline 9",
        "3.1:9-13\tIraq\tiraq\tline 9",
        "4.1:0-5\tSyria\tsyria\tline 10",
        "7.1:0-7\tMamlouk\tmamlouk, short\tline 14",
        "8.1:10-16\tMoscow\tmoscow\tline 14",
    ]
    assert not any(line.startswith("9.") for line in lines)  # the code block (paragraph 9) is no article text
    assert "the line of the file its paragraph starts on" in find("story.md").stderr


HTML = """\
<!doctype html>
<html><head><title>Wire</title><meta charset="utf-8"></head>
<body>
<nav><a href="/">Moscow desk</a></nav>
<main><article>
<h1>Talks in Tehr<b>an</b></h1>
<p>Putin met
<strong>Erdo&#287;an</strong> on Friday.
<p>Iraq &amp; Syria were not there.
</article></main>
<script>var name = "Qatar";</script>
</body></html>
"""


def test_an_html_page_is_read_as_its_article_tags_and_entities_left_out(workspace):
    (workspace / "wire.html").write_text(HTML, encoding="utf-8")
    assert both_ways("wire.html") == [
        "1.1:9-15\tTehran\ttehran\tline 6",
        "2.1:0-5\tPutin\tputin, short\tline 7",
        "2.1:10-17\tErdoğan\terdogan, short\tline 7",
        "3.1:0-4\tIraq\tiraq\tline 9",
        "3.1:7-12\tSyria\tsyria\tline 9",
    ]  # not the menu's Moscow, nor the script's Qatar: no part of the article


def test_a_text_article_is_read_as_a_run_reads_it(workspace):
    # an invisible character inside a name and a name typed with a combining accent (a Mac's ğ)
    (workspace / "story.txt").write_text(
        "Talks in Ankara\n\nPutin met Erdo\u200bgan. Then Erdog\u0306an left.\n", encoding="utf-8"
    )
    assert both_ways("story.txt") == [
        "1.1:9-15\tAnkara\tankara\tline 1",
        "2.1:0-5\tPutin\tputin, short\tline 3",
        "2.1:10-17\tErdogan\terdogan, short\tline 3",
        "2.2:5-12\tErdoğan\terdogan, short\tline 3",
    ]


def test_an_article_without_a_glossary_name_says_so_and_how_it_was_read(workspace):
    (workspace / "quiet.md").write_text("# A quiet day\n\nNothing *happened* anywhere.\n", encoding="utf-8")
    result = find("quiet.md")
    assert found(result) == []
    assert result.stderr.startswith("quiet.md read as an article (2 sentences): ")
    assert result.stderr.endswith("no glossary entry is mentioned in quiet.md (42 entries looked up)\n")


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda data: b"Putin met Erdogan.\n", "not a DOCX file (not a zip archive; cut short, or another format"),
        (lambda data: data[: len(data) // 2], "not a DOCX file (not a zip archive; cut short, or another format"),
        (lambda data: zipped({"hello.txt": b"Putin"}), "DOCX file"),
        (
            lambda data: zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><w:body>"}),
            "damaged DOCX file: word/document.xml is cut or not well-formed XML",
        ),
    ],
    ids=["text-renamed", "cut-short", "another-zip", "broken-xml"],
)
def test_a_damaged_docx_is_one_message_and_a_wrong_request(workspace, damage, message):
    word_article(workspace / "story.docx")
    path = workspace / "story.docx"
    path.write_bytes(damage(path.read_bytes()))
    for arguments in (["story.docx"], ["--file", "story.docx"]):
        result = find(*arguments)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        error, fix = result.stderr.splitlines()
        assert error.startswith("error: story.docx: ") and message in error
        assert fix.startswith("  fix: ")
        assert "UTF-8" not in result.stderr and "Traceback" not in result.stderr


def test_an_article_beyond_the_readers_bounds_is_refused_as_a_run_refuses_it(workspace):
    (workspace / "dump.txt").write_text("Putin spoke.\n\n" * (MAX_SEGMENTS + 1), encoding="utf-8")
    result = find("dump.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"error: dump.txt: the article has {MAX_SEGMENTS + 1:,} sentences, more than the ")


def test_other_files_are_still_read_as_text_with_offsets_in_the_whole_text(workspace):
    (workspace / "desk.yaml").write_text("- note: Putin and Erdogan\n", encoding="utf-8")
    result = find("desk.yaml")
    assert found(result) == ["8-13\tPutin\tputin, short", "18-25\tErdogan\terdogan, short"]
    assert result.stderr == ""


@pytest.mark.parametrize("name, text", [("story.markdown", MARKDOWN), ("wire.htm", HTML)])
def test_the_other_spellings_of_an_article_suffix_are_read_as_articles_too(workspace, name, text):
    (workspace / name).write_text(text, encoding="utf-8")
    usual = workspace / ("story.md" if name.endswith(".markdown") else "wire.html")
    usual.write_text(text, encoding="utf-8")
    assert both_ways(name) == both_ways(usual.name) != []
    assert find(name).stderr.startswith(f"{name} read as an article (")
