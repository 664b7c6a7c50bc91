"""The whole run through the library API, as the CLI and a web page use it."""

import io
import json
import socket

import docx
import pytest

from toolkit import run
from toolkit.errors import UserError

LANGUAGES = ("ar", "fa", "tr", "ru")


def edition_texts(folder):
    """Every edition's visible text: the Markdown file and the DOCX's translation column."""
    texts = {}
    for code in LANGUAGES:
        document = docx.Document(str(folder / f"article.{code}.docx"))
        column = "\n".join(row.cells[1].text for row in document.tables[0].rows)
        texts[code] = ((folder / f"article.{code}.md").read_text(encoding="utf-8"), column)
    return texts


def test_seed_run_writes_eight_editions_the_report_and_the_manifest(workspace):
    result = run(["seeds/article.txt"])
    folder = workspace / "output" / "article"
    expected = {f"article.{code}.{ext}" for code in LANGUAGES for ext in ("docx", "md")} | {
        "report.md",
        "report.json",
        "manifest.json",
    }
    assert {p.name for p in folder.iterdir()} == expected
    (article,) = result.articles
    assert (article.status, article.name, sorted(article.written)) == ("published", "article", sorted(expected))
    assert result.exit_code == 0
    assert sorted(p.name for p in (workspace / "output").iterdir()) == [".toolkit-run.lock", "article"]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["article"] == "article" and manifest["source"] == "seeds/article.txt"
    assert {code: info["status"] for code, info in manifest["languages"].items()} == dict.fromkeys(
        LANGUAGES, "published"
    )
    assert manifest["languages"]["ru"]["files"] == ["article.ru.docx", "article.ru.md"]
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    for code in LANGUAGES:
        info = report["languages"][code]
        assert info["origins"] == {"memory": 24}
        assert info["mentions"] == info["names_rendered"] == 92
        assert info["errors"] == 0


def test_every_mention_is_rendered_canonically_in_every_edition(seed_editions, glossary):
    """Each name is the glossary's rendering in its slot's form; an entity's first mention in the body
    (house style) may instead carry the full name or the entry's first-mention form around it."""
    from toolkit.document import Piece
    from toolkit.grammar import grammar_for
    from toolkit.localise import Localiser
    from toolkit.slots import Template

    for code, edition in seed_editions.items():
        localiser = Localiser(edition.language)
        grammar = grammar_for(code)
        introduced: set[str] = set()
        for block in edition.blocks:
            for segment in block.segments:
                assert sorted(n.entry_id for n in segment.names) == sorted(m.entry_id for m in segment.mentions)
                for name in segment.names:
                    (slot,) = Template.parse(name.slot).slots
                    rendering = glossary[name.entry_id].renderings[code]
                    if slot.adjective:
                        canonical = grammar.inflect_adjective(rendering.adjective, slot.tokens)
                    else:
                        canonical = grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced)
                    first = (
                        block.source.kind.name == "PARAGRAPH" and name.entry_id not in introduced and not slot.adjective
                    )
                    if first:
                        introduced.add(name.entry_id)
                        full = grammar.inflect(rendering.full, slot.tokens, rendering.pronounced)
                        introduction = (
                            grammar.inflect(rendering.first, slot.tokens, rendering.pronounced)
                            if rendering.first
                            else ""
                        )
                        assert name.text == canonical or full in name.text or name.text in introduction, (
                            code,
                            segment.source.id,
                            name.text,
                        )
                    else:
                        assert name.text == canonical, (code, segment.source.id, name.text)
                    (shown,) = localiser.localise([Piece(name.text)])
                    assert shown.text in segment.text, (code, segment.source.id, name.slot)


def test_report_lists_each_mention_with_its_rendered_form(workspace):
    run(["seeds/article.txt"], languages=["ru"])
    report = (workspace / "output" / "article" / "report.md").read_text(encoding="utf-8")
    assert '| 6.2 | erdogan | Erdogan | `{erdogan:short+ins}` | <span dir="auto">Эрдоганом</span> |' in report
    assert "| 1.1 | memory | article.tmx\\#article:1.1 |" in report  # '#' escaped: it is text, not Markdown


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


def test_an_untranslatable_article_fails_alone_and_writes_nothing_of_its_own(workspace):
    (workspace / "seeds" / "new.txt").write_text("A new story\n\nPutin visited Ankara. It rained.\n", encoding="utf-8")
    result = run(["seeds/article.txt", "seeds/new.txt"], languages=["ar", "ru"])
    assert [(a.name, a.status) for a in result.articles] == [("article", "published"), ("new", "failed")]
    failed = result.articles[1]
    assert failed.reason == (
        "seeds/new.txt: no translation for 6 segments (ar: segments 1.1, 2.1, 2.2; "
        "ru: segments 1.1, 2.1, 2.2): the translation memory does not hold them and no "
        "machine-translation model is installed for en->ar, en->ru"
    )
    assert "`toolkit models install translate-en_ar.argosmodel`" in failed.fix
    assert "`toolkit models download ar ru`" in failed.fix
    assert result.exit_code == 1
    assert not (workspace / "output" / "new").exists()
    assert (workspace / "output" / "article" / "article.ru.md").is_file()


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
        "article.fa.md",
        "manifest.json",
        "report.json",
        "report.md",
    ]


def test_markdown_input_uses_the_same_memory(workspace):
    source = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8").split("\n\n")
    markdown = (
        "# "
        + source[0]
        + "\n\n"
        + "\n\n".join(("## " + chunk) if len(chunk.split()) < 12 else chunk for chunk in source[1:])
    )
    (workspace / "seeds" / "copy.md").write_text(markdown, encoding="utf-8")
    run(["seeds/copy.md"], languages=["ar"], formats=["md"])
    report = json.loads((workspace / "output" / "copy" / "report.json").read_text(encoding="utf-8"))
    assert report["languages"]["ar"]["origins"] == {"memory": 24}


def test_docx_output_is_a_valid_document(workspace):
    run(["seeds/article.txt"], languages=["ar"], formats=["docx"])
    data = (workspace / "output" / "article" / "article.ar.docx").read_bytes()
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.language == "ar-SA"
