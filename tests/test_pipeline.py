"""The whole run through the library API, as the CLI and a web page use it."""

import io
import json
import socket

import docx
import pytest

from toolkit import run
from toolkit.errors import UserError
from toolkit.pipeline import MissingTranslations

LANGUAGES = ("ar", "fa", "tr", "ru")


def edition_texts(folder):
    """Every edition's visible text: the Markdown file and the DOCX's translation column."""
    texts = {}
    for code in LANGUAGES:
        document = docx.Document(str(folder / f"article.{code}.docx"))
        column = "\n".join(row.cells[1].text for row in document.tables[0].rows)
        texts[code] = ((folder / f"article.{code}.md").read_text(encoding="utf-8"), column)
    return texts


def test_seed_run_writes_eight_editions_and_the_report(workspace):
    result = run(["seeds/article.txt"])
    folder = workspace / "output" / "article"
    expected = {f"article.{code}.{ext}" for code in LANGUAGES for ext in ("docx", "md")} | {"report.md", "report.json"}
    assert {p.name for p in folder.iterdir()} == expected
    assert sorted(p.name for p in result.written) == sorted(expected)
    assert not list(folder.glob(".*.tmp"))
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    for code in LANGUAGES:
        info = report["languages"][code]
        assert info["origins"] == {"memory": 24}
        assert info["mentions"] == info["names_rendered"] == 92
        assert info["errors"] == 0


def test_every_mention_is_rendered_canonically_in_every_edition(seed_editions, glossary):
    from toolkit.edition import Piece
    from toolkit.grammar import grammar_for
    from toolkit.localise import Localiser
    from toolkit.slots import Template

    for code, edition in seed_editions.items():
        localiser = Localiser(edition.language)
        for segment in edition.segments:
            assert sorted(n.entry_id for n in segment.names) == sorted(m.entry_id for m in segment.mentions)
            for name in segment.names:
                (slot,) = Template.parse(name.slot).slots
                rendering = glossary[name.entry_id].renderings[code]
                canonical = grammar_for(code).inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced)
                assert name.text == canonical
                (shown,) = localiser.localise([Piece(canonical)])
                assert shown.text in segment.text, (code, segment.source.id, name.slot)


def test_report_lists_each_mention_with_its_rendered_form(workspace):
    run(["seeds/article.txt"], languages=["ru"])
    report = (workspace / "output" / "article" / "report.md").read_text(encoding="utf-8")
    assert "| 6.2 | erdogan | Erdogan | `{erdogan:short+ins}` | <span dir=\"auto\">Эрдоганом</span> |" in report
    assert "| 1.1 | memory | article.tmx#article:1.1 |" in report


def test_editing_one_rendering_changes_that_name_everywhere_and_nothing_else(workspace):
    run(["seeds/article.txt"])
    before = edition_texts(workspace / "output" / "article")
    glossary = workspace / "glossaries" / "people.yaml"
    text = glossary.read_text(encoding="utf-8")
    assert text.count("Мамлюк") == 12
    glossary.write_text(text.replace("Мамлюк", "Мамлук"), encoding="utf-8")

    run(["seeds/article.txt"])
    after = edition_texts(workspace / "output" / "article")
    for code in ("ar", "fa", "tr"):
        assert after[code] == before[code]
    markdown, column = after["ru"]
    assert markdown.count("Мамлук") == before["ru"][0].count("Мамлюк") >= 4
    assert "Мамлюк" not in markdown + column
    assert (markdown.replace("Мамлук", "Мамлюк"), column.replace("Мамлук", "Мамлюк")) == before["ru"]


def test_untranslatable_segment_writes_nothing(workspace):
    (workspace / "seeds" / "new.txt").write_text("A new story\n\nPutin visited Ankara. It rained.\n", encoding="utf-8")
    with pytest.raises(MissingTranslations) as caught:
        run(["seeds/article.txt", "seeds/new.txt"], languages=["ar", "ru"])
    message = str(caught.value)
    assert ("no translation for 6 segments (seeds/new.txt ar: segments 1.1, 2.1, 2.2; "
            "seeds/new.txt ru: segments 1.1, 2.1, 2.2)") in message
    assert "no machine-translation model is installed for en->ar, en->ru" in message
    assert "`toolkit models install translate-en_ar.argosmodel`" in message
    assert "`toolkit models download ar ru`" in message
    assert not (workspace / "output").exists()


def test_a_failed_run_leaves_earlier_editions_untouched(workspace):
    run(["seeds/article.txt"], languages=["tr"])
    edition = workspace / "output" / "article" / "article.tr.md"
    original = edition.read_bytes()
    (workspace / "glossaries" / "broken.yaml").write_text("- id: x\n  type: [\n", encoding="utf-8")
    with pytest.raises(UserError, match="YAML syntax error"):
        run(["seeds/article.txt"], languages=["tr"])
    assert edition.read_bytes() == original


def test_the_run_never_opens_a_network_connection(workspace, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    run(["seeds/article.txt"])
    assert (workspace / "output" / "article" / "report.json").exists()


def test_only_requested_languages_and_formats(workspace):
    run(["seeds/article.txt"], languages=["fa"], formats=["md"], out_dir="editions")
    assert sorted(p.name for p in (workspace / "editions" / "article").iterdir()) == [
        "article.fa.md", "report.json", "report.md"]


def test_markdown_input_uses_the_same_memory(workspace):
    source = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8").split("\n\n")
    markdown = "# " + source[0] + "\n\n" + "\n\n".join(
        ("## " + chunk) if len(chunk.split()) < 12 else chunk for chunk in source[1:])
    (workspace / "seeds" / "copy.md").write_text(markdown, encoding="utf-8")
    result = run(["seeds/copy.md"], languages=["ar"], formats=["md"])
    edition = result.editions["copy"][0]
    assert [s.origin for s in edition.segments] == ["memory"] * 24


def test_docx_output_is_a_valid_document(workspace):
    run(["seeds/article.txt"], languages=["ar"], formats=["docx"])
    data = (workspace / "output" / "article" / "article.ar.docx").read_bytes()
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.language == "ar-SA"
