"""A memory file damaged by something other than the toolkit (a sync cut short, a disk that filled up while a
copy was written, an editor that saved half of it): every command that reads it stops with one message naming
the file and the place, never a traceback and never a memory made anew over it; and the toolkit, which replaces
a memory only atomically, keeps the memory as it was before each of its last changes beside it, dated
(``story.tmx.20261128T091500Z.bak``, the last five), and that message names the newest readable one with the
way back."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from review_files import correct

from toolkit.cli import main
from toolkit.translate.memory import TmxDocument, backups

ENGLISH = "Mediation efforts gain momentum as allies rally around Tehran"
CORRECTED = {
    "ru": "Посредничество набирает обороты: союзники сплачиваются вокруг Тегерана",
    "tr": "Arabuluculuk çabaları hız kazanıyor, müttefikler Tahran'ın etrafında kenetleniyor",
    "ar": "جهود الوساطة تتسارع والحلفاء يلتفون حول طهران",
    "fa": "تلاش‌های میانجی‌گری شتاب می‌گیرد و متحدان گرد تهران جمع می‌شوند",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def imported(workspace, code: str, text: str, name: str):
    """The seed article's review edition in ``code``, its sub-heading corrected to ``text``, imported."""
    seeds = workspace / "seeds"
    out = workspace / f"out-{name}"
    assert cli("translate", seeds / "article.txt", "--to", code, "--editions", "review", "--out", out).exit_code == 0
    edited = correct(out / "article" / f"article.{code}.review.docx", {"3.1": text}, workspace / f"{name}.docx")
    return cli("memory", "import", edited, "--memory", seeds / "article.tmx", "--reviewer", "A. Editor")


@pytest.mark.parametrize("code", sorted(CORRECTED))
def test_each_change_keeps_the_memory_it_replaced_beside_it(workspace, code):
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    result = imported(workspace, code, CORRECTED[code], "first")
    assert "1 changed" in result.output, result.output
    assert [backup.path.read_bytes() for backup in backups(memory)] == [before]
    after_first = memory.read_bytes()
    result = imported(workspace, code, CORRECTED[code] + "!", "second")
    assert "1 changed" in result.output, result.output
    # the newest copy is the one before the latest change; the one before the first is kept too
    assert [backup.path.read_bytes() for backup in backups(memory)] == [after_first, before]
    result = cli("memory", "remove", "article:3.1", "--memory", memory, "--to", code)
    assert result.exit_code == 0, result.output
    assert TmxDocument.open(backups(memory)[0].path).unit_for(ENGLISH, code) is not None  # before the removal


def test_an_import_that_changes_nothing_writes_no_copy(workspace):
    cli("translate", workspace / "seeds" / "article.txt", "--to", "ru", "--editions", "review", "--out", "out")
    review = workspace / "out" / "article" / "article.ru.review.docx"
    result = cli("memory", "import", review, "--memory", workspace / "seeds" / "article.tmx")
    assert "0 added, 0 changed" in result.output, result.output
    assert backups(workspace / "seeds" / "article.tmx") == []


def cut(path, share: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])


@pytest.mark.parametrize("share", [0.2, 0.5, 0.77, 0.999])
def test_a_memory_cut_short_stops_every_command_with_one_message_naming_the_copy_kept(workspace, share):
    memory = workspace / "seeds" / "article.tmx"
    assert imported(workspace, "ru", CORRECTED["ru"], "first").exit_code == 0
    cut(memory, share)
    damaged = memory.read_bytes()
    (copy,) = backups(memory)
    kept = copy.path.read_bytes()
    article = workspace / "seeds" / "article.txt"
    for args in (
        ("translate", article, "--to", "ru", "--out", "again"),
        ("memory", "import", workspace / "first.docx", "--memory", memory),
        ("memory", "info", memory),
        ("memory", "find", "Tehran", "--memory", memory),
        ("memory", "remove", "article:3.1", "--memory", memory),
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
        errors = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert len(errors) == 1, result.output
        assert "article.tmx:" in errors[0] and "not a valid TMX file" in errors[0]
        assert f"the toolkit kept the memory as it was before its last changes, {copy.path.name}" in errors[0]
        assert "units, as it was before the change of " in errors[0]
        assert f"toolkit memory restore {memory} --backup 1" in result.output
        assert memory.read_bytes() == damaged  # never replaced by a memory made anew
        assert copy.path.read_bytes() == kept
    assert cli("memory", "restore", memory, "--backup", "1").exit_code == 0  # the way back the message gives
    assert cli("translate", article, "--to", "ru", "--out", "back").exit_code == 0


def test_a_memory_cut_short_without_a_kept_copy_says_what_is_wrong_and_where(workspace):
    memory = workspace / "seeds" / "article.tmx"
    cut(memory, 0.5)
    result = cli("memory", "info", memory)
    assert result.exit_code == 2
    assert "not a valid TMX file" in result.output and ".bak" not in result.output


def test_a_kept_copy_that_is_damaged_too_is_not_offered(workspace):
    memory = workspace / "seeds" / "article.tmx"
    assert imported(workspace, "ru", CORRECTED["ru"], "first").exit_code == 0
    cut(memory, 0.5)
    cut(backups(memory)[0].path, 0.5)
    result = cli("memory", "info", memory)
    assert result.exit_code == 2
    assert "not a valid TMX file" in result.output and "kept the memory" not in result.output


def test_a_linked_memory_keeps_its_copy_beside_the_file_it_points_to(workspace):
    shared = workspace / "shared"
    shared.mkdir()
    os.replace(workspace / "seeds" / "article.tmx", shared / "article.tmx")
    (workspace / "seeds" / "article.tmx").symlink_to(shared / "article.tmx")
    assert imported(workspace, "ru", CORRECTED["ru"], "first").exit_code == 0
    assert (workspace / "seeds" / "article.tmx").is_symlink()
    assert len(backups(shared / "article.tmx")) == 1 == len(backups(workspace / "seeds" / "article.tmx"))
    assert [name for name in os.listdir(workspace / "seeds") if name.startswith("article.tmx.")] == []


def test_a_write_that_fails_midway_leaves_the_memory_as_it_was(workspace, monkeypatch):
    """The toolkit's own write never cuts a memory short: the new file is written beside it and renamed into
    place only once whole, so a write that fails (a full disk) leaves the memory and nothing else."""
    memory = workspace / "seeds" / "article.tmx"
    before = memory.read_bytes()
    cli("translate", workspace / "seeds" / "article.txt", "--to", "ru", "--editions", "review", "--out", "out")
    edited = correct(workspace / "out" / "article" / "article.ru.review.docx", {"3.1": CORRECTED["ru"]})

    def full_disk(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("toolkit.files.os.fsync", full_disk)
    result = cli("memory", "import", edited, "--memory", memory)
    assert result.exit_code == 2, result.output
    assert "cannot write file: No space left on device" in result.output
    assert memory.read_bytes() == before
    assert sorted(path.name for path in (workspace / "seeds").iterdir() if path.name.startswith(".")) == []
