"""The memory as the desk names it: review editions and messages spell the memory file as the run was given it
(relative to where the run stands), never as an absolute path, so a project moved or checked out elsewhere keeps
them; a restore chooses, checks and writes its copy under the memory's lock; an export that cannot read its
memory says so, not that it cannot write."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.interchange.review_docx import _custom_properties
from toolkit.publish.review import ReviewFingerprint
from toolkit.translate.memory import backups


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def review_memory(path: Path) -> tuple[tuple[str, ...], str]:
    """The memory files a review edition names (its fingerprint), and the import command it tells the editor."""
    from docx import Document

    document = Document(str(path))
    fingerprint = ReviewFingerprint.from_properties(_custom_properties(document))
    said = [p.text for p in document.paragraphs if "toolkit memory import" in p.text]
    return fingerprint.memory, said[0][said[0].index("toolkit memory import") :]


def test_a_review_edition_names_the_memory_beside_the_article_as_the_run_was_given_it(workspace, monkeypatch):
    result = cli("translate", "seeds/article.txt", "--to", "ru", "--editions", "review", "-q")
    assert result.exit_code == 0, result.output
    memory, command = review_memory(workspace / "output" / "article" / "article.ru.review.docx")
    assert memory == ("seeds/article.tmx",)
    assert command == "toolkit memory import article.ru.review.docx --memory seeds/article.tmx"
    # run from inside the folder: the names it was given there
    monkeypatch.chdir(workspace / "seeds")
    result = cli("translate", "article.txt", "--to", "tr", "--editions", "review", "--out", "../output", "-q")
    assert result.exit_code == 0, result.output
    memory, command = review_memory(workspace / "output" / "article" / "article.tr.review.docx")
    assert memory == ("article.tmx",)
    assert command.endswith("--memory article.tmx")


def test_a_project_moved_elsewhere_writes_the_same_memory_names_in_its_review_editions(
    workspace, tmp_path, monkeypatch
):
    assert cli("translate", "seeds/article.txt", "--to", "ru", "--editions", "review", "-q").exit_code == 0
    before = review_memory(workspace / "output" / "article" / "article.ru.review.docx")
    moved = tmp_path.parent / (tmp_path.name + "-moved") / "desk"
    shutil.copytree(workspace, moved)
    monkeypatch.chdir(moved)
    redone = cli("translate", "seeds/article.txt", "--to", "ru", "--editions", "review", "--force", "-q")
    assert redone.exit_code == 0, redone.output
    assert review_memory(moved / "output" / "article" / "article.ru.review.docx") == before
    assert str(workspace) not in (moved / "output" / "article" / "manifest.json").read_text(encoding="utf-8")


def test_a_memory_outside_the_working_folder_is_named_by_its_file_name_alone(workspace, tmp_path):
    elsewhere = tmp_path.parent / (tmp_path.name + "-shared") / "desk.tmx"
    elsewhere.parent.mkdir(parents=True)
    shutil.copy(workspace / "seeds" / "article.tmx", elsewhere)
    result = cli("translate", "seeds/article.txt", "--to", "ru", "--editions", "review", "--memory", elsewhere, "-q")
    assert result.exit_code == 0, result.output
    memory, command = review_memory(workspace / "output" / "article" / "article.ru.review.docx")
    assert memory == ("desk.tmx",)  # no path of the desk's disk in a file sent to a freelancer
    assert command.endswith("--memory desk.tmx")


def test_a_memory_that_cannot_be_written_is_named_as_it_was_given(workspace, monkeypatch):
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    replacing = os.replace

    def full(source, target, *args, **kwargs):
        if os.fspath(target).endswith("article.tmx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return replacing(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", full)
    result = cli("memory", "remove", "#1", "--memory", "seeds/article.tmx")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: seeds/article.tmx: cannot write file: No space left on device\n")
    assert str(workspace) not in result.stderr
    assert memory.read_bytes() == before


def test_an_export_whose_memory_cannot_be_read_says_so_and_not_that_it_cannot_write(workspace, monkeypatch):
    import toolkit.xmlsafe

    streaming = toolkit.xmlsafe.stream_xml

    def failing_disk(path, *args, **kwargs):
        for number, item in enumerate(streaming(path, *args, **kwargs)):
            if number == 3:
                raise OSError(errno.EIO, "Input/output error")
            yield item

    monkeypatch.setattr(toolkit.xmlsafe, "stream_xml", failing_disk)
    (workspace / "shared.tmx").write_text("the export of last week\n", encoding="utf-8")
    result = cli("memory", "export", "--format", "tmx", "--memory", "seeds/article.tmx", "--out", "shared.tmx")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: seeds/article.tmx: cannot read the memory: Input/output error",
        "  fix: check the disk or share it lies on (copy the file to a local disk to be sure), then run again",
    ]
    assert (workspace / "shared.tmx").read_text(encoding="utf-8") == "the export of last week\n"
    assert [p.name for p in workspace.iterdir() if p.name.startswith(".shared")] == []


@pytest.fixture
def two_copies(workspace):
    """seeds/article.tmx after two removals: two copies kept, the newest first."""
    for unit in ("#1", "#2"):
        assert cli("memory", "remove", unit, "--memory", "seeds/article.tmx").exit_code == 0
    memory = workspace / "seeds" / "article.tmx"
    assert len(backups(memory)) == 2
    return memory


def test_restore_checks_the_copy_as_it_is_under_the_memorys_lock(workspace, two_copies, monkeypatch):
    """Another command finishing just before the restore takes the lock (a sync writing the copy, a removal
    pruning it) must not have a copy checked before and another written after."""
    import toolkit.translate.reviewed

    memory = two_copies
    before = memory.read_bytes()
    newest = backups(memory)[0].path
    locking = toolkit.translate.reviewed.memory_lock

    def lock_after_a_change(*args, **kwargs):
        newest.write_bytes(b"<tmx><body><tu>cut short")  # damaged while the restore waited for the lock
        return locking(*args, **kwargs)

    monkeypatch.setattr(toolkit.translate.reviewed, "memory_lock", lock_after_a_change)
    result = cli("memory", "restore", "seeds/article.tmx")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: seeds/article.tmx: the copy {newest.name} cannot be put back: ")
    assert "choose another copy: 2 (" in result.stderr
    assert memory.read_bytes() == before


def test_restore_chooses_among_the_copies_kept_when_it_holds_the_lock(workspace, two_copies, monkeypatch):
    import toolkit.translate.reviewed

    memory = two_copies
    oldest = backups(memory)[1]
    locking = toolkit.translate.reviewed.memory_lock

    def lock_after_a_pruning(*args, **kwargs):
        oldest.path.unlink()  # pruned by another command's change while the restore waited
        return locking(*args, **kwargs)

    monkeypatch.setattr(toolkit.translate.reviewed, "memory_lock", lock_after_a_pruning)
    before = memory.read_bytes()
    result = cli("memory", "restore", "seeds/article.tmx", "--backup", "2")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: seeds/article.tmx: no copy 2 is kept\n")
    assert memory.read_bytes() == before
