"""The SQLite files the toolkit keeps (cache, provisional names): never the source of truth, never a crash."""

import sqlite3

from toolkit.translate.sqlite_store import SqliteStore


class Notes(SqliteStore):
    SCHEMA = "CREATE TABLE IF NOT EXISTS notes (text TEXT)"
    DESCRIPTION = "the notes"
    WITHOUT_IT = "this run keeps none"


def opened(path):
    said = []
    store = Notes(path, notice=said.append)
    return store, store._connect(), said


def test_a_new_file_is_created_with_its_schema_in_write_ahead_mode(tmp_path):
    store, connection, said = opened(tmp_path / "deep" / "notes.sqlite3")
    assert connection is not None and said == []
    connection.execute("INSERT INTO notes VALUES ('kept')")
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.close()
    assert opened(tmp_path / "deep" / "notes.sqlite3")[1].execute("SELECT text FROM notes").fetchall() == [("kept",)]


def test_a_damaged_file_is_moved_aside_and_a_fresh_one_started(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    _, connection, said = opened(path)
    assert connection is not None
    [damaged] = [p for p in tmp_path.iterdir() if p.name.startswith("notes.sqlite3.damaged-")]
    assert damaged.read_bytes().startswith(b"this is not a database")
    assert said == [f"the notes {path} was damaged; it was moved to {damaged.name} and a new one started"]


def test_a_place_it_cannot_be_kept_is_one_notice_and_no_store(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store, connection, said = opened(blocker / "notes.sqlite3")
    assert connection is None and store._connect() is None
    assert len(said) == 1 and said[0].startswith(f"the notes {blocker / 'notes.sqlite3'} cannot be used (")
    assert said[0].endswith("); this run keeps none")


def test_a_failure_later_closes_it_with_one_notice(tmp_path):
    store, _, said = opened(tmp_path / "notes.sqlite3")
    store._failed(sqlite3.OperationalError("disk I/O error"))
    store._failed(sqlite3.OperationalError("disk I/O error"))
    assert store._connect() is None
    assert said == [f"the notes {tmp_path / 'notes.sqlite3'} failed (disk I/O error); this run goes on without it"]
