"""The store of provisional renderings kept from run to run, beside the translation cache."""

from __future__ import annotations

import sqlite3

from toolkit.translate.provisional import Choice, store_key
from toolkit.translate.provisional_store import MAX_TEXT, ProvisionalStore


def test_a_choice_is_read_back_by_any_english_spelling_key(tmp_path):
    store = ProvisionalStore(tmp_path / "names.sqlite3")
    choice = Choice("Алексей Оверчук", "Оверчук", (("Оверчук", 3), ("Оверчюк", 1)))
    store.save({(store_key("Alexei Overchuk"), "ru"): choice, (store_key("Alexey Overchuk"), "ru"): choice})
    store.close()
    again = ProvisionalStore(tmp_path / "names.sqlite3")
    found = again.load([store_key("ALEXEY  Overchuk"), store_key("Sergei Lavrov")], ["ru", "tr"])
    assert found == {
        ("alexey overchuk", "ru"): Choice("Алексей Оверчук", "Оверчук", (("Оверчук", 3), ("Оверчюк", 1)), earlier=True)
    }
    assert again.load([store_key("Alexei Overchuk")], ["tr"]) == {}  # another language: nothing known


def test_a_kept_choice_keeps_its_first_counts_when_chosen_again(tmp_path):
    store = ProvisionalStore(tmp_path / "names.sqlite3")
    key = (store_key("Damascus"), "fa")
    store.save({key: Choice("دمشق", None, (("دمشق", 2),))})
    store.save({key: Choice("دمشق", None, (("دمشق", 7),), earlier=True)})
    assert store.load([key[0]], ["fa"])[key].met == (("دمشق", 2),)
    store.save({key: Choice("دمشك", None, (("دمشك", 1),))})  # a different choice replaces it
    assert store.load([key[0]], ["fa"])[key].name == "دمشك"


def test_a_damaged_store_is_set_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "names.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    said = []
    store = ProvisionalStore(path, notice=said.append)
    store.save({(store_key("Qamishli"), "tr"): Choice("Kamışlı")})
    assert store.load([store_key("Qamishli")], ["tr"])[(store_key("Qamishli"), "tr")].name == "Kamışlı"
    assert any("damaged" in text for text in said)
    assert [p.name.startswith("names.sqlite3.damaged-") for p in tmp_path.iterdir()].count(True) == 1


def test_rows_another_program_wrote_wrong_are_ignored(tmp_path):
    path = tmp_path / "names.sqlite3"
    store = ProvisionalStore(path)
    store.save({("good", "ru"): Choice("Хорошо")})
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO choices VALUES (?, ?, ?, ?, ?, 0, 0)",
            [
                ("huge", "ru", "Я" * (MAX_TEXT + 1), None, "[]"),
                ("number", "ru", b"\xff\xfe", None, "[]"),  # a blob, not text
                ("empty", "ru", None, None, "[]"),
                ("bad-met", "ru", "Имя", None, "{not json"),
                ("override", "ru", "Мос\u202eква", None, "[]"),  # shown reversed from the override on
                ("short-override", "ru", None, "Мос\u202dква", "[]"),
                ("escape", "ru", "Имя\x1b[2J", None, "[]"),  # a terminal's escape
            ],
        )
    found = store.load(["good", "huge", "number", "empty", "bad-met", "override", "short-override", "escape"], ["ru"])
    assert sorted(key for key, _ in found) == ["bad-met", "good"]
    assert found[("bad-met", "ru")].met == ()


def test_a_store_that_cannot_be_opened_only_costs_the_reuse(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the store's folder should be")
    said = []
    store = ProvisionalStore(blocker / "names.sqlite3", notice=said.append)
    store.save({("x", "ru"): Choice("Икс")})
    assert store.load(["x"], ["ru"]) == {}
    assert len(said) == 1 and "cannot be used" in said[0]
