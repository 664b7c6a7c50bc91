"""Batch runs a desk can leave unattended: each article a unit that succeeds or fails alone, says why, and is
written whole or not at all; a QA gate; up-to-date articles skipped; one writer per output folder."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.batch.outcome import RunInterrupted
from toolkit.batch.output import LOCK_FILE, OutputFolder
from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.testing.faulty_engine import FaultyEngine, transliterate
from toolkit.translate.machine import MachineEngine

STORY = """Fidan and Mamlouk meet again

Hakan Fidan met Gen. Ali Mamlouk in Moscow on Tuesday, a week after the talks. The two men spoke for an hour.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def transliterating(glossary):
    """A machine engine whose output is in the target's script (Latin spelled out), so QA lets it through."""
    return [MachineEngine(FaultyEngine(translate=transliterate), glossary)]


def invoke(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def publish_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.publish.*"))


# Inputs: folders, mixed with files; every article on its own


def test_folders_are_searched_recursively_and_mixed_with_files(workspace, glossary):
    write(workspace / "news" / "a.txt", STORY)
    write(workspace / "news" / "world" / "b.md", "# Putin in Ankara\n\nPutin visited Ankara.\n")
    write(workspace / "news" / ".draft.txt", STORY)  # hidden: skipped
    write(workspace / "news" / ".git" / "c.txt", STORY)
    write(workspace / "news" / "photo.jpg", "not an article")
    write(workspace / "news" / "out" / "old" / "old.ar.md", "# an edition, not an article")
    result = run(["news", "seeds/article.txt"], languages=["ru"], engines=transliterating(glossary), out_dir="news/out")
    assert [(a.source, a.status) for a in result.articles] == [
        ("news/a.txt", "published"),
        ("news/world/b.md", "published"),
        ("seeds/article.txt", "published"),
    ]
    assert result.exit_code == 0
    assert (workspace / "news" / "out" / "b" / "b.ru.md").is_file()


def test_files_among_the_articles_that_a_run_cannot_read_are_named_not_skipped_silently(workspace, glossary):
    """A reporter drops a Word 97 file, a PDF, an RTF and a file without an extension into the desk's folder: the
    run translates the articles and names, once, every file it did not read and what to do, in the log and in
    --json (``not_read``); a folder may hold pictures and notes too, so they fail no run. Memories beside the
    articles are read, and hidden files skipped, without a word."""
    news = workspace / "news"
    write(news / "a.txt", STORY)
    write(news / "world" / "b.md", "# Putin in Ankara\n\nPutin visited Ankara.\n")
    (news / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a Word 97 file")
    (news / "world" / "wire.pdf").write_bytes(b"%PDF-1.4 a PDF")
    write(news / "memo.rtf", "{\\rtf1 Putin said.}")
    write(news / "notes", "Putin said.")
    write(news / ".draft.doc", "hidden")
    shutil.copy(workspace / "seeds" / "article.tmx", news / "a.tmx")
    said: list[str] = []
    result = run(["news"], languages=["ru"], engines=transliterating(glossary), notice=said.append)
    assert [(a.source, a.status) for a in result.articles] == [
        ("news/a.txt", "published"),
        ("news/world/b.md", "published"),
    ]
    assert result.exit_code == 0
    assert result.not_read == ["news/memo.rtf", "news/notes", "news/old.doc", "news/world/wire.pdf"]
    assert [line for line in said if "not articles" in line] == [
        "note: news: 4 files are not articles a run reads, so they were not translated (.doc, .pdf, .rtf, no "
        "extension): news/memo.rtf, news/notes, news/old.doc, news/world/wire.pdf; to translate one, save it as "
        ".docx, .txt, .md or .html"
    ]
    summary = json.loads(invoke("translate", "news", "--to", "ru", "--json", "--force").stdout)
    assert summary["not_read"] == result.not_read
    for name in ("memo.rtf", "notes", "world/wire.pdf"):
        (news / name).unlink()
    said.clear()
    run(["news"], languages=["ru"], engines=transliterating(glossary), notice=said.append, force=True)
    assert [line for line in said if "not translated" in line] == [
        "note: news: 1 file is not an article a run reads, so it was not translated (.doc): news/old.doc; to "
        "translate one, save it as .docx, .txt, .md or .html"
    ]


def test_a_folder_without_articles_says_what_it_holds_instead(workspace):
    """A run given a folder with no article in it is a wrong request (exit 2): one that holds only files of other
    kinds, or only hidden ones, says so, so the desk sees at once why nothing was translated."""
    write(workspace / "scans" / "story.pdf", "%PDF-1.4")
    write(workspace / "scans" / "2026" / "story.doc", "a Word 97 file")
    write(workspace / "drafts" / ".story.txt", STORY)
    write(workspace / "drafts" / ".git" / "story.txt", STORY)
    (workspace / "nothing").mkdir()
    expected = {
        "scans": "scans: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder: it holds 2 files "
        "of other kinds, which a run does not read (.doc, .pdf: scans/story.pdf, scans/2026/story.doc)",
        "drafts": "drafts: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder: it holds only "
        "hidden files and folders (.git, .story.txt), which a run skips",
        "nothing": "nothing: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder",
    }
    for folder, message in expected.items():
        result = invoke("translate", folder, "--to", "ru")
        assert result.exit_code == 2
        assert result.stderr.splitlines()[0] == f"error: {message}"
    assert not (workspace / "output").exists()


def test_editions_an_earlier_run_wrote_among_the_articles_are_never_read_back_as_articles(workspace, glossary):
    write(workspace / "news" / "a.txt", STORY)
    write(workspace / "news" / "world" / "b.md", "# Putin in Ankara\n\nPutin visited Ankara.\n")
    # a first run writes into the articles' own folder (a clumsy --out news)
    first = run(["news"], languages=["ru"], engines=transliterating(glossary), out_dir="news")
    assert [a.source for a in first.articles] == ["news/a.txt", "news/world/b.md"]
    assert (workspace / "news" / "a" / "a.ru.md").is_file() and (workspace / "news" / LOCK_FILE).is_file()
    # an earlier output folder elsewhere among the articles, with its lock, is skipped whole
    shutil.copytree(workspace / "news" / "a", workspace / "news" / "world" / "old-run" / "a")
    (workspace / "news" / "world" / "old-run" / LOCK_FILE).write_text("1\n")
    # a folder of the user's that happens to hold a manifest.json of another tool is searched as usual
    write(workspace / "news" / "desk" / "manifest.json", '{"name": "our desk"}')
    write(workspace / "news" / "desk" / "c.txt", STORY)
    second = run(["news"], languages=["ru"], engines=transliterating(glossary), out_dir="editions")
    assert [a.source for a in second.articles] == ["news/a.txt", "news/desk/c.txt", "news/world/b.md"]
    assert sorted(p.name for p in (workspace / "editions").iterdir() if not p.name.startswith(".")) == ["a", "b", "c"]


def test_an_input_that_does_not_exist_or_an_empty_folder_alone_is_a_wrong_request(workspace):
    with pytest.raises(UserError, match=r"news/nothing\.txt: no such file or folder"):
        run(["news/nothing.txt"])
    (workspace / "empty").mkdir()
    with pytest.raises(UserError, match=r"no articles \(.txt, .md, .markdown, .docx, .html, .htm\) in this folder"):
        run(["empty"])
    assert not (workspace / "output").exists()


def test_articles_named_one_by_one_fail_alone_when_one_is_missing_and_the_others_are_published(workspace, glossary):
    """Files named on the command line are articles like those a folder holds: one that is not there (a typo, a
    story moved away) fails alone, named, with status 1, and the others are translated."""
    write(workspace / "news" / "a.txt", STORY)
    write(workspace / "news" / "c.md", "# Putin in Ankara\n\nPutin visited Ankara.\n")
    result = run(
        ["news/a.txt", "news/b.txt", "news/c.md", "desk/"], languages=["ru"], engines=transliterating(glossary)
    )
    assert [(a.source, a.status) for a in result.articles] == [
        ("news/a.txt", "published"),
        ("news/b.txt", "failed"),
        ("news/c.md", "published"),
        ("desk", "failed"),
    ]
    failed = {a.source: (a.reason, a.fix) for a in result.articles if a.status == "failed"}
    assert failed == {
        "news/b.txt": ("news/b.txt: no such file or folder", "check the path"),
        "desk": ("desk: no such file or folder", "check the path"),
    }
    assert result.exit_code == 1
    assert sorted(p.name for p in (workspace / "output").iterdir() if not p.name.startswith(".")) == ["a", "c"]


def test_the_command_line_fails_a_missing_or_unreadable_article_alone_with_status_1(workspace, monkeypatch):
    seed = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8")  # the memory beside it holds it whole
    write(workspace / "seeds" / "locked.txt", seed)
    write(workspace / "seeds" / "again.txt", seed)
    opening = os.open

    def refusing(path, *args, **kwargs):  # as the system answers a user who may not read the file (tests run as root)
        if os.path.basename(os.fspath(path)) == "locked.txt":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return opening(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    inputs = ("seeds/article.txt", "seeds/locked.txt", "seeds/gone.txt", "seeds/again.txt")
    result = invoke("translate", *inputs, "--to", "tr", "--jobs", 1)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("failed:")] == [
        "failed: seeds/locked.txt: cannot read the file: permission denied",
        "failed: seeds/gone.txt: no such file or folder",
    ]
    assert "summary: 4 articles: 2 published, 0 held back, 2 failed, 0 skipped (up to date)" in lines
    assert sorted(p.name for p in (workspace / "output").iterdir() if not p.name.startswith(".")) == [
        "again",
        "article",
    ]
    summary = json.loads(invoke("translate", "seeds/gone.txt", "seeds/article.txt", "--to", "tr", "--json").stdout)
    assert summary["exit_code"] == 1 and summary["counts"] == {"published": 0, "held": 0, "failed": 1, "skipped": 1}
    assert summary["articles"][0]["reason"] == "seeds/gone.txt: no such file or folder"


def test_a_run_none_of_whose_inputs_holds_an_article_is_a_wrong_request_naming_each(workspace):
    (workspace / "empty").mkdir()
    result = invoke("translate", "news/gone.txt", "empty", "desk/", "--to", "ru")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: none of the 3 paths given holds an article to translate: news/gone.txt: no such file or folder; "
        "empty: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder; desk: no such file or folder\n"
        "  fix: check the paths; give the files or the folders that hold the articles\n"
    )
    assert not (workspace / "output").exists()


def test_a_folder_without_articles_beside_others_is_a_warning_not_a_failure(workspace, glossary):
    """Nothing in an empty folder went untranslated (a desk's folder with no story today): the run says so on
    stderr, where a quiet run keeps it, and publishes the rest with status 0."""
    write(workspace / "news" / "a.txt", STORY)
    write(workspace / "sport" / "scores.pdf", "%PDF-1.4")
    said: list[str] = []
    result = run(["news", "sport"], languages=["ru"], engines=transliterating(glossary), notice=said.append)
    assert [(a.source, a.status) for a in result.articles] == [("news/a.txt", "published")]
    assert result.exit_code == 0
    assert (
        "warning: sport: no articles (.txt, .md, .markdown, .docx, .html, .htm) in this folder: it holds 1 file of "
        "other kinds, which a run does not read (.pdf: sport/scores.pdf); give the folder that holds the articles, "
        "or the files themselves"
    ) in said


def test_bad_inputs_fail_alone_each_with_its_reason(workspace, glossary):
    news = workspace / "news"
    write(news / "good.txt", STORY)
    (news / "cp1252.txt").write_bytes("Caf\xe9 talks in Ankara\n\nThe minister\u2019s visit.\n".encode("cp1252"))
    write(news / "empty.txt", "\n\n")
    (news / "broken.docx").write_bytes(b"PK\x03\x04 not really a document")
    write(news / "notes.pdf", "%PDF-1.4")
    os.mkfifo(news / "pipe.txt")
    result = run([news, news / "notes.pdf"], languages=["ar"], engines=transliterating(glossary))
    statuses = {Path(a.source).name: (a.status, a.reason) for a in result.articles}
    assert statuses["good.txt"][0] == "published"
    assert "not valid UTF-8 (byte 0xe9" in statuses["cp1252.txt"][1] and "news/cp1252.txt" in statuses["cp1252.txt"][1]
    assert "the article is empty" in statuses["empty.txt"][1]
    assert "not a DOCX file" in statuses["broken.docx"][1]
    assert "unsupported file type '.pdf'" in statuses["notes.pdf"][1]
    assert statuses["pipe.txt"] == ("failed", f"{news / 'pipe.txt'}: not a regular file (a pipe, device or socket)")
    assert sorted(p.name for p in (workspace / "output").iterdir() if not p.name.startswith(".")) == ["good"]
    assert result.exit_code == 1
    assert result.not_read == []  # notes.pdf, given by name too, fails as an article: not named twice


@pytest.mark.parametrize(
    ("error", "reason", "fix"),
    [
        (
            MemoryError(),
            "news/huge.txt: the machine ran out of memory while translating it",
            "run again with fewer --jobs (each worker holds its own models) or on a machine with more memory; if it "
            "fails alone again, split the article; its earlier files are untouched",
        ),
        (
            RecursionError("maximum recursion depth exceeded"),
            "news/huge.txt: the article is nested too deeply to be translated (RecursionError: maximum recursion "
            "depth exceeded)",
            "simplify the article's structure (lists, quotations or tables nested inside each other), then run "
            "again; if it is an ordinary article, please report it as a bug; its earlier files are untouched",
        ),
    ],
    ids=["out-of-memory", "too-deep"],
)
def test_an_article_that_exhausts_memory_or_the_stack_fails_alone_saying_so_not_as_a_bug(
    workspace, glossary, monkeypatch, error, reason, fix
):
    """One oversized article runs the machine out of memory (or its nesting out of stack) while the others are
    fine: it fails alone, named, with what happened and what to do (not "a bug in toolkit"), the others are
    written, and the run exits 1."""
    import toolkit.pipeline as pipeline

    real = pipeline.translate_documents

    def translate_documents(documents, *args, **kwargs):
        if any(document.name == "huge" for document in documents):
            raise error
        return real(documents, *args, **kwargs)

    monkeypatch.setattr(pipeline, "translate_documents", translate_documents)
    for name in ("a", "huge", "z"):
        write(workspace / "news" / f"{name}.txt", STORY)
    result = run(["news"], languages=["ru"], engines=transliterating(glossary))
    outcomes = {article.name: article for article in result.articles}
    assert [(name, outcome.status) for name, outcome in outcomes.items()] == [
        ("a", "published"),
        ("huge", "failed"),
        ("z", "published"),
    ]
    assert (outcomes["huge"].reason, outcomes["huge"].fix) == (reason, fix)
    assert result.exit_code == 1
    assert not (workspace / "output" / "huge").exists()


class _BreaksOnPersian:
    """An engine whose Persian model stopped working after the run checked it (replaced, damaged on disk)."""

    name = "breaks-on-fa"

    def __init__(self, package: Path):
        self.package = package

    def translate(self, segments, language):
        if language == "fa" and segments:
            raise UserError(
                "the en->fa model does not work: model/model.bin is damaged", path=self.package, fix="install it again"
            )
        return [None] * len(segments)


def test_an_article_failing_on_something_else_than_its_file_names_the_article_first(workspace, tmp_path):
    write(workspace / "news" / "new.txt", "A new story\n\nPutin visited Ankara. It rained.\n")
    package = tmp_path / "models" / "translate-en_fa"
    result = run(["seeds/article.txt", "news/new.txt"], languages=["fa"], engines=[_BreaksOnPersian(package)])
    assert [(a.name, a.status) for a in result.articles] == [("article", "published"), ("new", "failed")]
    assert (
        result.articles[1].reason
        == f"news/new.txt: {package}: the en->fa model does not work: model/model.bin is damaged"
    )
    assert result.articles[1].fix == "install it again"


def test_the_index_page_names_the_articles_that_failed_with_their_reasons(workspace, glossary):
    news = workspace / "news"
    write(news / "good.txt", STORY)
    write(news / "empty.txt", "\n\n")
    (news / "cp1252.txt").write_bytes("Caf\xe9 talks\n".encode("cp1252"))
    result = run([news], languages=["ar"], engines=transliterating(glossary), index=True)
    assert result.exit_code == 1
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    failed = page[page.index('<section class="failed"') : page.index("</section>")]
    assert "2 failed in the latest run" in page
    assert f"{news / 'empty.txt'}: the article is empty" in failed
    assert "not valid UTF-8 (byte 0xe9" in failed and "good.txt" not in failed

    write(news / "empty.txt", STORY.replace("Moscow", "Ankara"))  # fixed; the other one is removed
    (news / "cp1252.txt").unlink()
    assert run([news], languages=["ar"], engines=transliterating(glossary), index=True).exit_code == 0
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert 'class="failed"' not in page and "failed in the latest run" not in page


def test_two_inputs_with_one_name_fail_the_second_named(workspace):
    first = write(workspace / "desk-a" / "article.txt", (workspace / "seeds" / "article.txt").read_text())
    second = write(workspace / "desk-b" / "Article.txt", (workspace / "seeds" / "article.txt").read_text())
    result = run([first, second], languages=["tr"], memory_paths=["seeds/article.tmx"])
    assert [a.status for a in result.articles] == ["published", "failed"]
    assert result.articles[1].reason == (
        f"{second}: its output folder Article/ is already taken by {first} in this run"
    )
    assert "rename one of the two files" in result.articles[1].fix


def test_unsafe_file_names_are_made_safe_reported_and_stay_inside_the_output_folder(workspace):
    seed = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8")
    stems = ["..", ".", "b --><img src=x onerror=alert(1)><!--", "tab\there\u202eevil", "a/b"[0:1] + "\\b"]
    inputs = [write(workspace / "in" / f"{stem}.txt", seed) for stem in stems]
    before = sorted(p.name for p in workspace.iterdir())
    said = []
    result = run(inputs, languages=["tr"], memory_paths=["seeds/article.tmx"], out_dir="deep/out", notice=said.append)
    names = [a.name for a in result.articles]
    assert names[0] == "article" and names[2] == "b --__img src=x onerror=alert(1)__!--"
    assert names[3] == "tab_here_evil" and names[4] == "a_b"
    assert [a.status for a in result.articles] == ["published", "failed", "published", "published", "published"]
    assert "already taken" in result.articles[1].reason  # "." and ".." both fall back to "article"
    assert sorted(p.name for p in workspace.iterdir()) == sorted([*before, "deep"])  # nothing written beside it
    assert sorted(p.name for p in (workspace / "deep").iterdir()) == ["out"]
    assert any("its output is named 'b --__img src=x onerror=alert(1)__!--'" in line for line in said)
    manifest = json.loads((workspace / "deep" / "out" / names[2] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["renamed_from"] == stems[2]


# Up to date, resumed, re-rendered


def test_the_copy_kept_of_a_memory_beside_the_articles_is_not_named_as_an_article_not_read(workspace, glossary):
    """A desk keeps its memory beside its articles; an import into it keeps the memory as it was as a dated desk.tmx.<date>.bak,
    the toolkit's own file: the next run names no file it did not read, and still names a PDF dropped there."""
    from toolkit.translate.memory import backups, write_memory

    news = workspace / "news"
    write(news / "a.txt", STORY)
    memory = news / "desk.tmx"
    shutil.copy(workspace / "seeds" / "article.tmx", memory)
    write_memory(memory, memory.read_bytes())  # as `toolkit memory import` stores a correction
    assert len(backups(memory)) == 1
    said: list[str] = []
    result = run(["news"], languages=["ru"], engines=transliterating(glossary), notice=said.append)
    assert result.articles[0].status == "published"
    assert result.not_read == [] and not [line for line in said if "not translated" in line]
    (news / "wire.pdf").write_bytes(b"%PDF-1.4 a PDF")
    result = run(["news"], languages=["ru"], engines=transliterating(glossary), force=True)
    assert result.not_read == ["news/wire.pdf"]


def test_an_unchanged_article_is_skipped_until_something_it_depends_on_changes(workspace):
    manifest = workspace / "output" / "article" / "manifest.json"
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "published"
    written = manifest.stat().st_mtime_ns
    result = run(["seeds/article.txt"], languages=["ru"])
    assert result.articles[0].status == "skipped" and result.exit_code == 0
    assert manifest.stat().st_mtime_ns == written
    assert run(["seeds/article.txt"], languages=["ru"], force=True).articles[0].status == "published"
    assert run(["seeds/article.txt"], languages=["ru", "tr"]).articles[0].status == "published"  # other options
    assert run(["seeds/article.txt"], languages=["ru", "tr"]).articles[0].status == "skipped"
    changes = [
        lambda: (workspace / "glossaries" / "people.yaml").write_text(
            (workspace / "glossaries" / "people.yaml").read_text(encoding="utf-8").replace("Мамлюк", "Мамлук"),
            encoding="utf-8",
        ),
        lambda: write(workspace / "newsroom.yaml", "layout:\n  body_size: 11\n"),
        lambda: (workspace / "seeds" / "article.txt").write_text(
            (workspace / "seeds" / "article.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8"
        ),
        lambda: (workspace / "output" / "article" / "article.tr.md").unlink(),  # an edition deleted by hand
    ]
    for change in changes:
        change()
        assert run(["seeds/article.txt"], languages=["ru", "tr"]).articles[0].status == "published"


def test_settings_that_reach_no_edition_of_the_run_redo_nothing_and_house_style_redoes_every_article(workspace):
    """A desk's settings file changes for other reasons: the loaded forms `glossary check` reads, the resolution
    of previews this run does not make, a language this run does not write. None changes an edition, so a
    morning's run skips its articles; house style, or the settings of a language it writes, redo them."""
    settings = workspace / "newsroom.yaml"
    (workspace / "loaded.yaml").write_text("- form: the regime\n", encoding="utf-8")
    write(settings, "style:\n  first_mention_full_name: [person]\n")
    inputs = ["seeds/article.txt"]
    assert run(inputs, languages=["ru", "tr"]).articles[0].status == "published"
    unchanged = [
        "style:\n  first_mention_full_name: [person]\n  loaded_forms: loaded.yaml\n",
        "style:\n  first_mention_full_name: [person]\npublish:\n  preview_dpi: 150\n",
        'style:\n  first_mention_full_name: [person]\nlanguages:\n  fa:\n    byline: "ترجمه: میز خبر"\n',
        "# the desk's settings\nstyle:\n  first_mention_full_name:\n    - person\n",
    ]
    for text in unchanged:
        write(settings, text)
        result = run(inputs, languages=["ru", "tr"])
        assert result.articles[0].status == "skipped", text
    changed = [
        "style:\n  first_mention_full_name: []\n",
        'style:\n  first_mention_full_name: []\nlanguages:\n  ru:\n    byline: "Перевод: редакция"\n',
        'style:\n  first_mention_full_name: []\nlanguages:\n  ru:\n    byline: "Перевод: редакция"\n'
        '  tr:\n    quotes: "«»"\n',
    ]
    for text in changed:
        write(settings, text)
        result = run(inputs, languages=["ru", "tr"])
        assert result.articles[0].status == "published", text
        assert run(inputs, languages=["ru", "tr"]).articles[0].status == "skipped", text


def test_another_python_or_library_version_redoes_the_articles(workspace, monkeypatch):
    """An edition's words come from libraries too: babel's CLDR data writes its date line (2.19.0 drops the
    Persian month's ezafe), python-docx and lxml its DOCX. Python or one of them upgraded, the next run writes
    every article again rather than skipping it as up to date with what the old ones wrote."""
    from toolkit.batch import fingerprint

    assert run(["seeds/article.txt"], languages=["fa"]).articles[0].status == "published"
    assert run(["seeds/article.txt"], languages=["fa"]).articles[0].status == "skipped"
    key = fingerprint.libraries_key()
    monkeypatch.setattr(fingerprint, "libraries_key", lambda: key.replace("babel 2", "babel 9"))
    assert run(["seeds/article.txt"], languages=["fa"]).articles[0].status == "published"
    assert run(["seeds/article.txt"], languages=["fa"]).articles[0].status == "skipped"
    monkeypatch.setattr(fingerprint, "libraries_key", lambda: key.replace("babel 2", "babel 9") + " another Python")
    assert run(["seeds/article.txt"], languages=["fa"]).articles[0].status == "published"


def test_a_toolkit_upgrade_under_the_same_version_redoes_the_articles_and_a_reinstall_does_not(
    workspace, tmp_path, monkeypatch
):
    """The desk installs a fix (how a name is written, say) that keeps the version number: the next run writes
    every article again with the new code, rather than skipping them as up to date with the old one. The same
    files reinstalled (new times, compiled caches beside them) change nothing, so nothing is redone."""
    import toolkit
    from toolkit.batch import fingerprint

    package = tmp_path / "site-packages" / "toolkit"

    def install(change: str = "") -> None:  # as pip does: the package's files written anew
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(Path(toolkit.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
        (package / "__pycache__").mkdir(exist_ok=True)
        (package / "__pycache__" / "render.cpython-312.pyc").write_bytes(os.urandom(64))
        if change:
            module = package / "translate" / "placement.py"
            module.write_text(module.read_text(encoding="utf-8") + change, encoding="utf-8")
        monkeypatch.setattr(fingerprint, "_CODE_DIGESTS", {})  # each run is a new process

    monkeypatch.setattr(fingerprint, "PACKAGE_ROOT", package)
    install()
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "published"
    install()
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "skipped"
    install("\n# a fix in how names are placed\n")
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "published"
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "skipped"
    (package / "grammar" / "data").mkdir(parents=True, exist_ok=True)
    (package / "grammar" / "data" / "extra.txt").write_text("a word list the code reads\n", encoding="utf-8")
    monkeypatch.setattr(fingerprint, "_CODE_DIGESTS", {})
    assert run(["seeds/article.txt"], languages=["ru"]).articles[0].status == "published"


def test_a_later_run_never_writes_over_another_article_of_the_same_name(workspace, glossary):
    """Two desks' schedules write into one output folder: desk-a/story.txt in the morning's run, desk-b/story.txt,
    another story, in the afternoon's. The second fails, named, and leaves the first one's published editions as
    they are, rather than replacing them (and being replaced back the next morning). The same file given another
    way is the same article, and a story moved from one desk's folder to the other takes its folder."""
    morning = write(workspace / "desk-a" / "story.txt", STORY)
    write(workspace / "desk-b" / "story.txt", "Putin in Ankara\n\nPutin visited Ankara on Monday.\n")
    manifest = workspace / "output" / "story" / "manifest.json"
    engines = transliterating(glossary)
    assert [a.status for a in run(["desk-a"], languages=["ru"], engines=engines).articles] == ["published"]
    written = manifest.read_bytes()

    afternoon = run(["desk-b"], languages=["ru"], engines=engines)
    (outcome,) = afternoon.articles
    assert (outcome.status, outcome.folder) == ("failed", None)
    assert outcome.reason == (
        "desk-b/story.txt: its output folder story/ holds the editions of another article, desk-a/story.txt, "
        "which is still there"
    )
    assert outcome.fix == (
        "rename one of the two files, or translate this one into another --out folder; to let it take the folder, "
        "move desk-a/story.txt away (or delete output/story/) and run again; the other article's editions are "
        "untouched"
    )
    assert afternoon.exit_code == 1 and manifest.read_bytes() == written

    assert [
        a.status for a in run([f"./{morning.relative_to(workspace)}"], languages=["ru"], engines=engines).articles
    ] == ["skipped"]
    morning.unlink()  # the story moved to the other desk's folder
    assert [a.status for a in run(["desk-b"], languages=["ru"], engines=engines).articles] == ["published"]
    assert json.loads(manifest.read_text(encoding="utf-8"))["source"] == "desk-b/story.txt"


def test_a_glossary_fix_rerenders_every_edition_with_no_engine_call(workspace, copy_models, monkeypatch, tmp_path):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    for number in range(3):
        write(
            workspace / "news" / f"story-{number}.txt",
            f"Erdogan and Mamlouk, part {number}\n\nErdogan met Ali Mamlouk in Moscow, report {number} says.\n",
        )
    first = run(["news"], languages=["ru", "tr"], models_dir=copy_models.models_dir, formats=["md"])
    # the three articles (a title and a sentence each) go to the engine in one batch per language (Russian
    # then asks again, with placeholders, where the copy left names in Latin letters and their case is a guess)
    assert first.engine["by_language"]["tr"] == 6 and first.engine["by_language"]["ru"] >= 6
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Мамлюк", "Мамлук"), encoding="utf-8")
    second = run(["news"], languages=["ru", "tr"], models_dir=copy_models.models_dir, formats=["md"])
    assert second.engine == {"calls": 0, "segments": 0, "cache_hits": second.engine["cache_hits"], "by_language": {}}
    assert [a.status for a in second.articles] == ["held"] * 3  # re-rendered (copy-model output is held back)
    for number in range(3):
        russian = (workspace / "output" / f"story-{number}" / f"story-{number}.ru.md").read_text(encoding="utf-8")
        assert "Мамлук" in russian and "Мамлюк" not in russian


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-the-run", "in-workers"])
def test_a_glossary_saved_while_a_run_works_is_never_taken_as_read(workspace, copy_models, jobs, monkeypatch):
    """An editor saves the glossary after the run read it: the run's articles all use what it read and checked
    (a worker starting later does not read the new file), and the next run redoes them with the new file
    rather than skipping them as up to date with it."""
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(copy_models.models_dir))
    write(workspace / "seeds" / "copy.txt", (workspace / "seeds" / "article.txt").read_text(encoding="utf-8"))
    inputs = ["seeds/article.txt", "seeds/copy.txt"]
    places = workspace / "glossaries" / "places.yaml"

    def editor_saves(text: str) -> None:
        if text.startswith("output:"):  # said once everything is read, before any article is translated
            places.write_text(
                places.read_text(encoding="utf-8").replace("tr: {name: Suriye}", "tr: {name: Suriye Arap Cumhuriyeti}"),
                encoding="utf-8",
            )

    first = run(inputs, languages=["tr"], formats=["md"], jobs=jobs, notice=editor_saves)
    assert [a.status for a in first.articles] == ["published", "published"]
    for name in ("article", "copy"):
        edition = (workspace / "output" / name / f"{name}.tr.md").read_text(encoding="utf-8")
        assert "Suriye" in edition and "Suriye Arap Cumhuriyeti" not in edition

    again = run(inputs, languages=["tr"], formats=["md"], jobs=jobs)
    assert [a.status for a in again.articles] == ["published", "published"]
    for name in ("article", "copy"):
        assert "Suriye Arap Cumhuriyeti" in (workspace / "output" / name / f"{name}.tr.md").read_text(encoding="utf-8")


# The QA gate


def test_an_emptied_glossary_file_holds_the_seed_back_and_says_why_everywhere(workspace):
    write(workspace / "newsroom.yaml", "publish:\n  editions: [side-by-side, monolingual]\n  index: true\n")
    assert invoke("translate", "seeds/article.txt").exit_code == 0
    folder = workspace / "output" / "article"
    assert len(publish_files(folder)) == 8
    (workspace / "glossaries" / "people.yaml").write_text("# emptied while tidying up\n", encoding="utf-8")

    check = invoke("glossary", "check")
    assert check.exit_code == 1
    assert (
        "glossaries/people.yaml:1:1: warning: the file holds no entries (it is empty or only comments)" in check.output
    )

    result = invoke("translate", "seeds/article.txt")
    assert result.exit_code == 1, result.output
    assert "warning: glossary file glossaries/people.yaml holds no entries" in result.stderr
    assert "article: held back, not published - 4 editions for review (ar, fa, tr, ru)" in result.stdout
    assert "ar, fa, tr, ru: 28 names whose glossary entry is missing (suleimani, " in result.stdout
    assert publish_files(workspace / "output") == []  # the earlier editions to publish are gone too
    report = (folder / "report.md").read_text(encoding="utf-8")
    assert "## Glossary entries missing" in report
    for entry in ("suleimani", "mamlouk", "erdogan", "putin", "fidan"):
        assert f"\n- {entry}\n" in report
    assert "These glossary files hold no entries: glossaries/people.yaml" in report
    markdown = (folder / "article.ru.md").read_text(encoding="utf-8")
    assert "⚠ Needs review, not published: 28 QA errors (28 names whose glossary entry is missing" in markdown
    import docx

    first_line = docx.Document(str(folder / "article.fa.docx")).paragraphs[0].text
    assert first_line.startswith("⚠ Needs review, not published: 28 QA errors")
    preview = (folder / "preview" / "article.ar.html").read_text(encoding="utf-8")
    assert "Needs review, not published" in preview
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert index.count('<span class="status status-needs-review">needs review</span>') == 4
    assert "1 needs review" in index and "held back" in index and "publish.docx" not in index
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert {info["status"] for info in manifest["languages"].values()} == {"needs-review"}


def test_allow_errors_publishes_anyway_and_marks_it(workspace):
    (workspace / "glossaries" / "people.yaml").write_text("", encoding="utf-8")
    result = run(
        ["seeds/article.txt"], languages=["tr"], kinds=["side-by-side", "monolingual"], index=True, allow_errors=True
    )
    folder = workspace / "output" / "article"
    assert publish_files(folder) == ["article.tr.publish.docx", "article.tr.publish.md"]
    assert result.articles[0].status == "published" and result.exit_code == 1  # QA errors are still reported
    assert result.articles[0].languages["tr"].status == "published-with-errors"
    assert "Published with 28 QA errors (--allow-errors)" in (folder / "article.tr.md").read_text(encoding="utf-8")
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert "published with QA errors (--allow-errors)" in index


def test_copy_model_output_is_labelled_and_never_published(workspace, copy_models, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    write(workspace / "news" / "story.txt", STORY)
    result = invoke(
        "translate",
        "news/story.txt",
        "seeds/article.txt",
        "--models-dir",
        copy_models.models_dir,
        "--editions",
        "side-by-side,monolingual",
        "--index",
        "--allow-errors",
        "--to",
        "ru,tr",
    )
    assert result.exit_code == 1
    assert "warning: the en->ru model is a test copy model" in result.stderr
    assert "story: held back" in result.stdout
    assert "why: ru: translated by a test copy model (translate-en_ru 1.0)" in result.stdout
    assert publish_files(workspace / "output" / "story") == []
    assert len(publish_files(workspace / "output" / "article")) == 4  # the memory's article is published
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert index.count("test copy model: not a translation") == 2
    report = json.loads((workspace / "output" / "story" / "report.json").read_text(encoding="utf-8"))
    assert report["languages"]["ru"]["copy_model"] == "translate-en_ru 1.0"
    assert "Not for publishing: translated by a test copy model (translate-en_ru 1.0)" in (
        workspace / "output" / "story" / "story.ru.md"
    ).read_text(encoding="utf-8")


def test_json_summary(workspace, glossary):
    write(workspace / "news" / "bad.txt", "\n")
    result = invoke("translate", "seeds/article.txt", "news/bad.txt", "--to", "ar", "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == 1
    assert summary["counts"] == {"published": 1, "held": 0, "failed": 1, "skipped": 0}
    good, bad = summary["articles"]
    assert good["status"] == "published" and good["qa"] == {"errors": 0, "warnings": 0}
    assert good["languages"]["ar"]["status"] == "published"
    assert "article.ar.docx" in good["written"] and good["segments"] == 24
    assert bad["status"] == "failed" and bad["reason"] == "news/bad.txt: the article is empty"


@pytest.mark.parametrize("missing", [("ar",), ("ar", "fa"), ("ru",)])
def test_an_article_held_back_in_some_languages_says_which_were_published(workspace, copy_models, missing):
    """Each language is judged on its own: where the memory holds an article's sentences in some languages and a
    test copy model writes the others, the summary line names the languages published (their editions to publish
    are written) and those held back, now and when the article is up to date, rather than "not published"."""
    import re

    title = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8").splitlines()[0]
    write(workspace / "news" / "talks.txt", title + "\n")
    memory = (workspace / "seeds" / "article.tmx").read_text(encoding="utf-8")
    for code in missing:  # the reviewed translations of the title lack these languages
        memory = re.sub(rf'\s*<tuv xml:lang="{code}">\s*<seg>[^\n]*</seg>\s*</tuv>', "", memory, count=1)
    write(workspace / "news" / "talks.tmx", memory)
    languages = ["ar", "fa", "tr", "ru"]
    published = [code for code in languages if code not in missing]
    line = f"held back in part: {', '.join(missing)} not published; {', '.join(published)} published - 4 editions"
    options = ["news/talks.txt", "--models-dir", str(copy_models.models_dir), "--editions", "side-by-side,monolingual"]

    first = invoke("translate", *options)
    assert first.exit_code == 1, first.output
    assert f"talks: {line} for review (ar, fa, tr, ru)" in first.stdout
    folder = workspace / "output" / "talks"
    assert publish_files(folder) == sorted(
        f"talks.{code}.publish.{kind}" for code in published for kind in ("docx", "md")
    )

    again = invoke("translate", *options)
    assert again.exit_code == 1
    assert f"talks: up to date, still {line} for review (ar, fa, tr, ru)" in again.stdout

    whole = invoke(
        "translate", "news/talks.txt", "--models-dir", str(copy_models.models_dir), "--to", ",".join(missing)
    )
    assert f"talks: held back, not published - {len(missing)} edition" in whole.stdout  # no language published


def test_articles_still_held_back_though_up_to_date_are_named_with_why_in_every_report(workspace):
    """A re-run where nothing changed exits 1 while editions are held back, and says so: per article, in the
    summary line a scheduler's mail shows, with -q, and in the JSON."""
    write(workspace / "news" / "held.txt", (workspace / "seeds" / "article.txt").read_text(encoding="utf-8"))
    shutil.copy(workspace / "seeds" / "article.tmx", workspace / "news" / "held.tmx")
    (workspace / "glossaries" / "organisations.yaml").write_text("# emptied\n", encoding="utf-8")
    first = invoke("translate", "news/held.txt", "seeds/article.txt", "--to", "ru,tr")
    assert first.exit_code == 1
    why = next(line for line in first.stdout.splitlines() if line.startswith("  why: "))
    assert "3 names whose glossary entry is missing (flight-752, " in why

    again = invoke("translate", "news/held.txt", "seeds/article.txt", "--to", "ru,tr")
    assert again.exit_code == 1
    assert "held: up to date, still held back, not published - 2 editions for review (ru, tr)" in again.stdout
    assert why in again.stdout
    assert "summary: 2 articles: 0 published, 0 held back, 0 failed, 2 skipped (up to date; 2 of them held back)" in (
        again.stdout
    )

    quiet = invoke("translate", "news/held.txt", "seeds/article.txt", "--to", "ru,tr", "-q")
    assert quiet.exit_code == 1 and quiet.stdout == ""
    assert "held: up to date, still held back" in quiet.stderr and why in quiet.stderr
    assert "summary: 2 articles:" in quiet.stderr

    summary = json.loads(invoke("translate", "news/held.txt", "seeds/article.txt", "--to", "ru,tr", "--json").stdout)
    assert summary["exit_code"] == 1 and summary["still_held_back"] == 2
    held = summary["articles"][0]
    assert held["status"] == "skipped" and held["up_to_date_status"] == "held"
    assert held["reason"] == why.removeprefix("  why: ")


def test_held_back_articles_say_what_to_do_as_failed_ones_do(workspace, copy_models, monkeypatch):
    """The desk reading the morning's log learns, for each held-back article, not only why but what to do: an
    edition with QA errors is corrected in the glossary or a review file, or published as it stands with
    --allow-errors; one a test copy model wrote needs a real model. The same in -q, --json and on a re-run
    that finds the article up to date and still held back."""
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(copy_models.models_dir))
    write(workspace / "news" / "held.txt", (workspace / "seeds" / "article.txt").read_text(encoding="utf-8"))
    shutil.copy(workspace / "seeds" / "article.tmx", workspace / "news" / "held.tmx")
    write(workspace / "news" / "wire.txt", "Putin in Ankara\n\nVladimir Putin arrived in Ankara on a rainy Monday.\n")
    (workspace / "glossaries" / "organisations.yaml").write_text("# emptied\n", encoding="utf-8")
    review_fix = (
        "  fix: ru, tr: correct what its report.md lists (a name: in the glossary files; a sentence: in a review "
        "edition (--editions review) or an XLIFF file, brought back with toolkit memory import), then run again; "
        "or publish it as it stands with --allow-errors"
    )
    copy_fix = (
        "  fix: ru, tr: install a real model in place of the test copy model (toolkit models install "
        "translate-en_ru.argosmodel, translate-en_tr.argosmodel), then run again; its output is never published"
    )
    for options in ([], ["-q"]):
        result = invoke("translate", "news/", "--to", "ru,tr", "--format", "md", *options)
        assert result.exit_code == 1
        lines = (result.stderr if options else result.stdout).splitlines()
        for name, fix in (("held", review_fix), ("wire", copy_fix)):
            at = next(n for n, line in enumerate(lines) if line.startswith(f"{name}: "))
            assert lines[at + 1].startswith("  why: ") and lines[at + 2] == fix, lines[at : at + 3]

    summary = json.loads(invoke("translate", "news/", "--to", "ru,tr", "--format", "md", "--json").stdout)
    fixes = {article["name"]: article["fix"] for article in summary["articles"]}
    assert fixes == {"held": review_fix.removeprefix("  fix: "), "wire": copy_fix.removeprefix("  fix: ")}


def test_every_key_of_the_run_json_is_documented_and_every_documented_key_is_there(workspace):
    """A script reads the run's --json: the README's tables name each key it holds, no more and no fewer, for the
    run and for each article."""
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("The run's outcome for a script") :]
    run_table, article_table = section.split("Per article:", 1)
    article_table = article_table[: article_table.index("\n\n", article_table.index("| key |"))]

    def documented(table: str) -> set[str]:
        rows = [line.split(" | ")[0] for line in table.splitlines() if line.startswith("| `")]
        return {key for row in rows for key in re.findall(r"`([a-z_]+)`", row)}

    summary = json.loads(invoke("translate", "seeds/article.txt", "--to", "ru", "--json").stdout)
    assert documented(run_table) == set(summary)
    assert documented(article_table) == set(summary["articles"][0])


def test_quiet_says_nothing_when_all_is_well(workspace):
    assert invoke("translate", "seeds/article.txt", "-q").output == ""
    assert invoke("translate", "seeds/article.txt", "-q").output == ""  # up to date: still nothing


# Writing: atomic per article, whatever fails


def three_articles(workspace):
    seed = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8")
    return [write(workspace / "seeds" / f"{name}.txt", seed) for name in ("one", "two", "three")]


def test_a_full_disk_half_way_leaves_earlier_articles_and_the_failing_articles_old_files_intact(workspace, monkeypatch):
    import toolkit.batch.output as output

    inputs = three_articles(workspace)
    run(inputs, languages=["ar", "ru"])
    out = workspace / "output"
    before = {p: p.read_bytes() for p in (out / "two").rglob("*") if p.is_file()}
    writes = {"count": 0}
    original = output.write_file

    def filling_up(path, data):
        if path.parts[-2].startswith(".two."):
            writes["count"] += 1
            if writes["count"] == 4:
                with open(path, "xb") as handle:
                    handle.write(data[: len(data) // 2])  # half a file, then the disk is full
                raise OSError(28, "No space left on device", str(path))
        original(path, data)

    monkeypatch.setattr(output, "write_file", filling_up)
    result = run(inputs, languages=["ar", "ru"], force=True)
    assert [a.status for a in result.articles] == ["published", "failed", "published"]
    assert "No space left on device" in result.articles[1].reason
    assert "earlier files are untouched" in result.articles[1].fix
    assert {p: p.read_bytes() for p in (out / "two").rglob("*") if p.is_file()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != LOCK_FILE] == []


def test_sigterm_while_an_article_is_written_leaves_its_old_files_and_reports_what_was_finished(workspace, monkeypatch):
    import toolkit.batch.output as output

    inputs = three_articles(workspace)
    run(inputs, languages=["ar", "ru"])
    out = workspace / "output"
    before = {p: p.read_bytes() for p in (out / "two").rglob("*") if p.is_file()}
    original = output.write_file
    writes = {"count": 0}

    def stopped_half_way(path, data):
        original(path, data)
        if path.parts[-2].startswith(".two."):
            writes["count"] += 1
            if writes["count"] == 3:
                os.kill(os.getpid(), signal.SIGTERM)  # a service manager stopping the run

    monkeypatch.setattr(output, "write_file", stopped_half_way)
    with pytest.raises(RunInterrupted) as stopped:
        run(inputs, languages=["ar", "ru"], digits="latn")  # a changed setting: every article to redo
    result = stopped.value.result
    assert stopped.value.exit_code == result.exit_code == 143
    assert [a.name for a in result.articles] == ["one"]
    assert result.summary() == (
        "3 articles: 1 published, 0 held back, 0 failed, 0 skipped (up to date); 2 not done (SIGTERM stopped the run)"
    )
    assert {p: p.read_bytes() for p in (out / "two").rglob("*") if p.is_file()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != LOCK_FILE] == []
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # the run's handler is gone with the run

    monkeypatch.setattr(output, "write_file", original)
    again = run(inputs, languages=["ar", "ru"], digits="latn")
    assert [a.status for a in again.articles] == ["skipped", "published", "published"]


def test_an_interrupted_run_says_so_with_the_shells_status_for_the_signal(workspace, monkeypatch):
    import toolkit.batch.articles as articles

    seed = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8")
    for name in ("one", "two"):
        write(workspace / "seeds" / f"{name}.txt", seed)

    def ctrl_c(self, step):
        raise KeyboardInterrupt

    monkeypatch.setattr(articles.Batch, "translate_article", ctrl_c)
    result = invoke("translate", "seeds/one.txt", "seeds/two.txt", "--to", "tr")
    assert result.exit_code == 130, result.output
    assert "Traceback" not in result.output and "Aborted" not in result.output
    assert "summary: 2 articles: 0 published, 0 held back, 0 failed, 0 skipped (up to date); 2 not done (SIGINT" in (
        result.stdout
    )
    assert "interrupted by SIGINT after 0 of 2 articles: the others keep their earlier files; run again" in (
        result.stderr
    )
    summary = json.loads(invoke("translate", "seeds/one.txt", "seeds/two.txt", "--to", "tr", "--json").stdout)
    assert summary["exit_code"] == 130 and summary["interrupted"] == "SIGINT" and summary["total"] == 2


def test_a_folder_that_cannot_be_replaced_is_left_as_it_was(workspace, monkeypatch):
    inputs = three_articles(workspace)
    run(inputs, languages=["tr"])
    out = workspace / "output"
    before = {p: p.read_bytes() for p in (out / "one").rglob("*") if p.is_file()}

    def read_only(self, staging, folder):
        if folder.name == "one":
            raise PermissionError(13, "Permission denied", str(folder))
        return swap(self, staging, folder)

    swap = OutputFolder._swap_in
    monkeypatch.setattr(OutputFolder, "_swap_in", read_only)
    result = run(inputs, languages=["tr"], force=True)
    assert [a.status for a in result.articles] == ["failed", "published", "published"]
    assert result.articles[0].reason == f"{inputs[0]}: cannot write output/one: Permission denied"
    assert {p: p.read_bytes() for p in (out / "one").rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir()) == [".toolkit-run.lock", "one", "three", "two"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; the test above simulates it")
def test_a_read_only_output_subfolder_fails_its_article_only(workspace):
    inputs = three_articles(workspace)
    run(inputs, languages=["tr"])
    out = workspace / "output"
    os.chmod(out / "two", 0o555)
    try:
        result = run(inputs, languages=["tr"], force=True)
    finally:
        os.chmod(out / "two", 0o755)
    assert [a.status for a in result.articles] == ["published", "failed", "published"]


def test_whatever_a_killed_run_left_is_cleaned_up_by_the_next(workspace):
    run(["seeds/article.txt"], languages=["tr"])
    out = workspace / "output"
    write(out / ".article.toolkit-staging-999-abcdef" / "article.tr.md", "half")
    write(out / ".index.html.x1y2.tmp", "half an index")
    write(out / "article" / ".article.tr.md.a1b2.tmp", "half an edition")
    shutil.copytree(out / "article", out / ".gone.toolkit-old-999-abcdef")  # killed between two renames
    said = []
    run(["seeds/article.txt"], languages=["tr"], notice=said.append)
    assert sorted(p.name for p in out.iterdir()) == [".toolkit-run.lock", "article", "gone"]
    assert not list(out.rglob("*.tmp"))
    assert "removed 4 unfinished files or folders an interrupted run left in output" in said


def test_a_link_where_an_article_folder_goes_is_replaced_never_followed(workspace, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "keep.txt", "precious")
    (workspace / "output").mkdir()
    (workspace / "output" / "article").symlink_to(elsewhere, target_is_directory=True)
    run(["seeds/article.txt"], languages=["tr"])
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]
    assert not (workspace / "output" / "article").is_symlink()
    assert (workspace / "output" / "article" / "article.tr.md").is_file()


# One writer at a time


def test_another_run_writing_here_is_named_by_its_pid(workspace):
    with OutputFolder(workspace / "output").locked():
        result = invoke("translate", "seeds/article.txt")
    assert result.exit_code == 2
    assert f"error: output: another run is writing here (pid {os.getpid()})" in result.output
    assert "--wait SECONDS" in result.output


def test_a_disk_too_full_to_note_the_runs_pid_still_runs_it_and_says_why_each_article_failed(workspace, monkeypatch):
    import toolkit.batch.output as output

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "pwrite", full)
    monkeypatch.setattr(output, "write_file", lambda path, data: full())
    result = invoke("translate", "seeds/article.txt", "--to", "tr")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "failed: seeds/article.txt: cannot write output/article: No space left on device" in result.stdout
    assert "fix: free disk space where the output folder is, then run again" in result.stdout


def test_a_run_can_wait_for_the_other_to_finish(workspace):
    folder = OutputFolder(workspace / "output")
    released = threading.Event()

    def hold():
        with folder.locked():
            released.wait(5)
            time.sleep(0.3)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    released.set()
    result = run(["seeds/article.txt"], languages=["tr"], wait=10)
    holder.join()
    assert result.articles[0].status == "published"


def test_a_dead_runs_lock_file_is_taken_over(workspace):
    (workspace / "output").mkdir()
    (workspace / "output" / LOCK_FILE).write_text("4194000\n")  # a pid that no process holds the lock for
    assert run(["seeds/article.txt"], languages=["tr"]).articles[0].status == "published"
    assert (workspace / "output" / LOCK_FILE).read_text() == f"{os.getpid()}\n"


def test_two_runs_into_one_folder_lose_no_article(workspace):
    seed = (workspace / "seeds" / "article.txt").read_text(encoding="utf-8")
    groups = [[write(workspace / "seeds" / f"{group}-{n}.txt", seed) for n in range(3)] for group in "ab"]
    command = [
        sys.executable,
        "-m",
        "toolkit",
        "translate",
        "--to",
        "tr",
        "--format",
        "md",
        "--index",
        "--wait",
        "60",
        "--memory",
        "seeds/article.tmx",
        "-q",
    ]
    processes = [subprocess.Popen(command + [str(p) for p in group], cwd=workspace) for group in groups]
    assert [process.wait(timeout=120) for process in processes] == [0, 0]
    index = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    for group in "ab":
        for n in range(3):
            assert f'id="{group}-{n}-tr"' in index
    assert "6 articles" in index


def test_a_damaged_neighbour_is_left_out_of_the_index_and_named_never_a_crash(workspace):
    out = workspace / "output"
    write(out / "broken" / "manifest.json", '{"format": 1, "article": "broken", "languages": [')
    write(out / "broken" / "broken.ar.md", "an edition")
    write(
        out / "liar" / "manifest.json",
        json.dumps(
            {
                "format": 1,
                "article": "liar",
                "languages": {
                    "ar": {"status": "published", "errors": 0, "warnings": 0, "files": ["../../../etc/passwd"]}
                },
            }
        ),
    )
    write(out / "legacy" / "report.json", "{ damaged")
    write(out / "legacy" / "legacy.ru.md", "an edition of an older toolkit")
    write(out / "older" / "older.ru.md", "an edition of an older toolkit, with no report")
    result = invoke("translate", "seeds/article.txt", "--to", "ar", "--index")
    assert result.exit_code == 0, result.output
    assert (
        "warning: output/broken/manifest.json: damaged manifest (not JSON: Expecting value at line 1)" in result.stderr
    )
    assert (
        "warning: output/liar/manifest.json: damaged manifest (ar: '../../../etc/passwd' is not one of the "
        "article's ar edition files)" in result.stderr
    )
    assert "warning: output/legacy/report.json: damaged report.json" in result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="article-ar"' in index and 'id="older-ru"' in index
    assert "broken" not in index and "liar" not in index and 'id="legacy' not in index


def test_json_says_why_a_wrong_request_did_not_run(workspace):
    result = invoke("translate", "seeds/nothing.txt", "--json")
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {
        "exit_code": 2,
        "error": "seeds/nothing.txt: no such file or folder\n  fix: check the path",
    }
    assert result.stderr.startswith("error: seeds/nothing.txt: no such file or folder")


def test_a_bug_in_one_article_fails_only_that_article_unless_debugging(workspace, monkeypatch):
    import toolkit.qa.gate

    inputs = three_articles(workspace)
    real = toolkit.qa.gate.decide

    def buggy(editions, *args, **kwargs):
        if editions[0].document.name == "two":
            raise RuntimeError("boom")
        return real(editions, *args, **kwargs)

    monkeypatch.setattr(toolkit.qa.gate, "decide", buggy)
    result = run(inputs, languages=["tr"])
    assert [a.status for a in result.articles] == ["published", "failed", "published"]
    assert result.articles[1].reason == f"{inputs[1]}: unexpected error (RuntimeError: boom)"
    assert "TOOLKIT_DEBUG=1" in result.articles[1].fix
    monkeypatch.setenv("TOOLKIT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        run(inputs, languages=["tr"], force=True)
    assert not [p for p in (workspace / "output").iterdir() if ".toolkit-staging" in p.name]


def test_a_stop_signal_while_an_article_folder_is_swapped_in_leaves_the_article_a_whole_folder(tmp_path, monkeypatch):
    """Where the system cannot exchange two folders at once, the swap is two renames: a Ctrl-C or SIGTERM
    between them must wait until the article has its folder again, and still stop the run after."""
    import signal

    import toolkit.batch.output as output

    folder = OutputFolder(tmp_path / "out")
    folder.write_article("story", {"story.tr.md": "earlier"})
    monkeypatch.setattr(output, "_exchange", lambda first, second: False)
    rename = os.rename

    def signalled_between_the_renames(source, target):
        rename(source, target)
        if output._RETIRED in Path(target).name.split("-"):  # the earlier folder put aside
            signal.raise_signal(signal.SIGINT)  # Python's handler raises KeyboardInterrupt as soon as it runs

    monkeypatch.setattr(output.os, "rename", signalled_between_the_renames)
    with pytest.raises(KeyboardInterrupt):
        folder.write_article("story", {"story.tr.md": "new"})

    assert (tmp_path / "out" / "story" / "story.tr.md").read_text(encoding="utf-8") == "new"
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".story")] == []


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_the_run_clears_an_earlier_run_leftovers_is_named_and_exits_with_its_status(
    workspace, monkeypatch, stop
):
    """Every moment the run holds the output folder, a signal is reported as itself, not as Ctrl-C."""
    clear = OutputFolder.remove_leftovers

    def signalled(self):
        found = clear(self)
        os.kill(os.getpid(), stop)  # a service manager stopping the run just as it starts
        return found

    monkeypatch.setattr(OutputFolder, "remove_leftovers", signalled)
    with pytest.raises(RunInterrupted) as stopped:
        run(["seeds/article.txt"], languages=["tr"])
    assert stopped.value.signal_name == signal.Signals(stop).name
    assert stopped.value.exit_code == 128 + stop


def test_a_project_moved_to_another_folder_redoes_nothing_and_a_renamed_memory_file_redoes_its_articles(
    workspace, tmp_path, monkeypatch
):
    """A desk copies its project to a new disk, or checks it out in another place: its glossaries and memory
    are the same files under another folder, so the next run there skips every article and the manifests keep
    their fingerprints. A memory file renamed inside the project is another file (review editions name it), so
    the articles it serves are redone."""
    inputs = ["seeds/article.txt"]
    assert run(inputs, languages=["ru", "tr"]).articles[0].status == "published"
    before = json.loads((workspace / "output" / "article" / "manifest.json").read_text(encoding="utf-8"))
    moved = tmp_path.parent / (tmp_path.name + "-moved") / "desk"
    shutil.copytree(workspace, moved)
    monkeypatch.chdir(moved)
    result = run(inputs, languages=["ru", "tr"])
    assert [article.status for article in result.articles] == ["skipped"]
    after = json.loads((moved / "output" / "article" / "manifest.json").read_text(encoding="utf-8"))
    assert after["fingerprint"] == before["fingerprint"] and after["memory"] == before["memory"]
    (moved / "seeds" / "article.tmx").rename(moved / "seeds" / "desk.tmx")
    assert run(inputs, languages=["ru", "tr"]).articles[0].status == "published"
    assert run(inputs, languages=["ru", "tr"]).articles[0].status == "skipped"


def test_a_glossary_file_renamed_inside_the_project_redoes_the_articles_and_moving_the_project_does_not(
    workspace, tmp_path, monkeypatch
):
    inputs = ["seeds/article.txt"]
    assert run(inputs, languages=["ru"]).articles[0].status == "published"
    moved = tmp_path.parent / (tmp_path.name + "-elsewhere")
    shutil.copytree(workspace, moved)
    monkeypatch.chdir(moved)
    assert run(inputs, languages=["ru"]).articles[0].status == "skipped"
    (moved / "glossaries" / "people.yaml").rename(moved / "glossaries" / "persons.yaml")
    assert run(inputs, languages=["ru"]).articles[0].status == "published"
    assert run(inputs, languages=["ru"]).articles[0].status == "skipped"
