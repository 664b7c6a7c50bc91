"""The copies kept of a memory are ordered by when the toolkit made them, and the one a change has just made is
the newest, whatever the clock said before: a clock set back (a laptop's time zone fixed by hand, a virtual machine
restored) must not make the newest copy sort as an old one, be taken for the oldest and deleted at once, or be
passed over by `toolkit memory restore` (which puts back copy 1, the newest)."""

from __future__ import annotations

from pathlib import Path

from toolkit.translate.memory import BACKUPS_KEPT, backups, write_memory


def _memory(text: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" '
        f'o-tmf="t" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>{text}</body>'
        "</tmx>"
    ).encode()


def _copy_dated(memory: Path, stamp: str, text: str) -> None:
    (memory.parent / f"{memory.name}.{stamp}.bak").write_bytes(_memory(text))


def test_a_change_after_the_clock_was_set_back_keeps_its_copy_as_the_newest(tmp_path):
    memory = tmp_path / "desk.tmx"
    memory.write_bytes(_memory("<!-- now -->"))
    for number in range(BACKUPS_KEPT):  # copies made while the clock was running a year ahead
        _copy_dated(memory, f"2099010{number + 1}T120000Z", f"<!-- ahead {number} -->")
    write_memory(memory, _memory("<!-- after -->"))
    kept = backups(memory)
    assert len(kept) == BACKUPS_KEPT
    assert kept[0].path.read_bytes() == _memory("<!-- now -->")  # the state just replaced: copy 1
    assert [backup.path.read_bytes() for backup in kept[1:]] == [
        _memory(f"<!-- ahead {number} -->") for number in (4, 3, 2, 1)
    ]  # the oldest of the others gave way


def test_two_changes_in_one_second_and_a_clock_behind_keep_the_order_they_were_made_in(tmp_path):
    memory = tmp_path / "story.tmx"
    memory.write_bytes(_memory("<!-- 0 -->"))
    _copy_dated(memory, "20991231T235959Z", "<!-- ahead -->")
    for number in range(1, 4):
        write_memory(memory, _memory(f"<!-- {number} -->"))
    kept = backups(memory)
    assert [backup.path.read_bytes() for backup in kept] == [
        _memory("<!-- 2 -->"),
        _memory("<!-- 1 -->"),
        _memory("<!-- 0 -->"),
        _memory("<!-- ahead -->"),
    ]
    assert len({backup.label for backup in kept}) == len(kept)


def test_many_changes_in_one_second_keep_their_order_once_the_first_copies_are_pruned(tmp_path):
    memory = tmp_path / "wire.tmx"
    memory.write_bytes(_memory("<!-- 0 -->"))
    _copy_dated(memory, "20991231T235959Z", "<!-- ahead -->")  # every change below is named in its second
    for number in range(1, 3 * BACKUPS_KEPT):
        write_memory(memory, _memory(f"<!-- {number} -->"))
    kept = backups(memory)
    assert [backup.path.read_bytes() for backup in kept] == [
        _memory(f"<!-- {number} -->") for number in range(3 * BACKUPS_KEPT - 2, 3 * BACKUPS_KEPT - 2 - BACKUPS_KEPT, -1)
    ]
