"""Each change the toolkit makes to a memory (an import, a `memory remove`, a restore) keeps the memory it replaces
beside it, dated: the last five, so an editor who imported twice, or five times, can go back to the state before
any of those changes with `toolkit memory restore`, which lists the copies kept and takes one back."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from review_files import correct

from toolkit.cli import main
from toolkit.translate.memory import BACKUPS_KEPT, TmxDocument, backups

ENGLISH = "Mediation efforts gain momentum as allies rally around Tehran"
CORRECTED = {
    "ru": "Посредничество набирает обороты: союзники сплачиваются вокруг Тегерана",
    "tr": "Arabuluculuk çabaları hız kazanıyor, müttefikler Tahran'ın etrafında kenetleniyor",
}


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def reviewed(workspace):
    """The seed article's review editions in Russian and Turkish, and a way to import each with its sub-heading
    corrected to a text of the test's (with --overwrite: each import corrects the one before it)."""
    seeds = workspace / "seeds"
    for code in CORRECTED:
        result = cli("translate", seeds / "article.txt", "--to", code, "--editions", "review", "--out", "out")
        assert result.exit_code == 0, result.output

    def imported(code: str, text: str):
        review = workspace / "out" / "article" / f"article.{code}.review.docx"
        edited = correct(review, {"3.1": text}, workspace / f"{code}-{abs(hash(text))}.docx")
        result = cli(
            "memory", "import", edited, "--memory", seeds / "article.tmx", "--reviewer", "A. Editor", "--overwrite"
        )
        assert result.exit_code == 0 and "1 changed" in result.output, result.output
        return result

    return imported


def _sub_heading(memory, code: str) -> str:
    document = TmxDocument.open(memory)
    return document.target(document.unit_for(ENGLISH, code), code).code


def test_two_imports_keep_both_states_before_them_and_restore_takes_either_back(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    original = memory.read_bytes()
    reviewed("ru", CORRECTED["ru"])
    after_first = memory.read_bytes()
    reviewed("ru", CORRECTED["ru"] + " (уточнено)")
    kept = backups(memory)
    assert [backup.path.read_bytes() for backup in kept] == [after_first, original]  # newest first
    assert all(backup.path.name.startswith("article.tmx.") and backup.path.name.endswith(".bak") for backup in kept)

    listed = cli("memory", "restore", memory, "--list")
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert lines[0] == f"2 copies kept of {memory} (the last {BACKUPS_KEPT} changes), newest first:"
    assert lines[1].startswith(f"  1  {kept[0].label}  as it was before the change of ")
    assert lines[2].startswith(f"  2  {kept[1].label}  as it was before the change of ")
    assert all(" units" in line for line in lines[1:3])

    restored = cli("memory", "restore", memory, "--backup", "2")  # the state before the first import
    assert restored.exit_code == 0, restored.output
    assert memory.read_bytes() == original
    assert f"restored {memory} from {kept[1].path.name}" in restored.output
    # the memory the restore replaced is kept too: the restore itself can be taken back
    assert backups(memory)[0].path.read_bytes() != original
    assert "(уточнено)" in _sub_heading(backups(memory)[0].path, "ru")
    again = cli("memory", "restore", memory)  # the newest copy: undo the last change
    assert again.exit_code == 0, again.output
    assert "(уточнено)" in _sub_heading(memory, "ru")


def test_only_the_last_five_copies_are_kept(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    states = [memory.read_bytes()]
    for number in range(BACKUPS_KEPT + 2):
        reviewed("tr" if number % 2 else "ru", f"{CORRECTED['tr' if number % 2 else 'ru']} {number}")
        states.append(memory.read_bytes())
    kept = backups(memory)
    assert len(kept) == BACKUPS_KEPT
    assert [backup.path.read_bytes() for backup in kept] == states[-2 : -2 - BACKUPS_KEPT : -1]
    copies = [name for name in os.listdir(memory.parent) if name.startswith("article.tmx.")]
    assert len(copies) == BACKUPS_KEPT  # the older ones are gone from the folder, not only from the list


def test_a_backup_is_chosen_by_its_date_too_and_a_wrong_choice_names_the_choices(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    original = memory.read_bytes()
    reviewed("ru", CORRECTED["ru"])
    (only,) = backups(memory)
    result = cli("memory", "restore", memory, "--backup", "4")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {memory}: no copy 4 is kept")
    assert f"1 ({only.label})" in result.output and "--list" in result.output
    result = cli("memory", "restore", memory, "--backup", only.label)
    assert result.exit_code == 0, result.output
    assert memory.read_bytes() == original


def test_restore_without_copies_and_of_a_damaged_copy(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    result = cli("memory", "restore", memory)
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {memory}: no copies of it are kept")
    listed = cli("memory", "restore", memory, "--list")
    assert listed.exit_code == 0 and listed.output.startswith(f"no copies kept of {memory}")
    reviewed("ru", CORRECTED["ru"])
    before = memory.read_bytes()
    (copy,) = backups(memory)
    copy.path.write_bytes(copy.path.read_bytes()[:200])  # cut short by something else
    assert "damaged" in cli("memory", "restore", memory, "--list").output
    result = cli("memory", "restore", memory)
    assert result.exit_code == 2 and "not a valid TMX file" in result.output and "Traceback" not in result.output
    assert result.output.startswith(f"error: {memory}: the copy {copy.path.name} cannot be put back: ")
    assert "fix: no other copy is kept; the memory was left as it is" in result.output
    assert memory.read_bytes() == before  # never replaced by a damaged copy


def test_a_damaged_copy_asked_for_names_the_other_copies_to_choose(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    original = memory.read_bytes()
    reviewed("ru", CORRECTED["ru"])
    reviewed("tr", CORRECTED["tr"])
    before = memory.read_bytes()
    newest, older = backups(memory)
    newest.path.write_bytes(newest.path.read_bytes()[:300])
    result = cli("memory", "restore", memory)
    assert result.exit_code == 2 and f"the copy {newest.path.name} cannot be put back" in result.output
    assert f"fix: choose another copy: 2 ({older.label}) (`toolkit memory restore {memory} --list`" in result.output
    assert memory.read_bytes() == before
    assert cli("memory", "restore", memory, "--backup", "2").exit_code == 0
    assert memory.read_bytes() == original


def test_a_memory_deleted_is_put_back_from_its_copy_with_nothing_said_kept(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    reviewed("ru", CORRECTED["ru"])
    (copy,) = backups(memory)
    kept = copy.path.read_bytes()
    memory.unlink()
    result = cli("memory", "restore", memory)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"restored {memory} from {copy.path.name} (")
    assert "there was no memory in its place to keep" in result.output and "kept as the newest" not in result.output
    assert memory.read_bytes() == kept
    assert backups(memory) == [copy]  # no copy of a memory that was not there


def test_a_memory_damaged_names_the_newest_readable_copy_and_the_restore_command(workspace, reviewed):
    memory = workspace / "seeds" / "article.tmx"
    reviewed("ru", CORRECTED["ru"])
    reviewed("tr", CORRECTED["tr"])
    newest, older = backups(memory)
    newest.path.write_bytes(newest.path.read_bytes()[:300])  # that copy is damaged too
    memory.write_bytes(memory.read_bytes()[:500])
    result = cli("memory", "info", memory)
    assert result.exit_code == 2 and "not a valid TMX file" in result.output
    assert f"kept the memory as it was before its last changes, {older.path.name} (" in result.output
    assert f"toolkit memory restore {memory} --backup 2" in result.output
    assert cli("memory", "restore", memory, "--backup", "2").exit_code == 0
    assert cli("memory", "info", memory).exit_code == 0


def test_a_run_names_no_kept_copy_as_a_file_not_read(workspace, reviewed):
    reviewed("ru", CORRECTED["ru"])
    reviewed("ru", CORRECTED["ru"] + "!")
    (workspace / "seeds" / "article.tmx.bak").write_bytes(b"")  # the one copy an older toolkit kept
    result = cli("translate", workspace / "seeds", "--to", "ru", "-q")
    assert result.exit_code == 0 and result.output == "", result.output
