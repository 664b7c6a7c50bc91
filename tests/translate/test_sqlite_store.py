"""The SQLite files the toolkit keeps (cache, provisional names): never the source of truth, never a crash."""

import sqlite3

from toolkit.translate.sqlite_store import SqliteStore, is_contention, is_damage


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


def locked() -> sqlite3.OperationalError:
    return sqlite3.OperationalError("database is locked")


def test_another_run_holding_the_file_while_it_opens_is_waited_out_not_taken_for_damage(tmp_path, monkeypatch):
    monkeypatch.setattr("toolkit.translate.sqlite_store.RETRY_PAUSES_SECONDS", (0, 0, 0))
    path = tmp_path / "notes.sqlite3"
    first, connection, _ = opened(path)
    connection.execute("INSERT INTO notes VALUES ('written by the other run')")
    first.close()
    said: list[str] = []
    store = Notes(path, notice=said.append)
    real_open, refusals = store._open, [locked(), locked()]

    def open_while_busy():
        if refusals:
            raise refusals.pop()
        return real_open()

    monkeypatch.setattr(store, "_open", open_while_busy)
    connection = store._connect()
    assert connection is not None and said == []
    assert connection.execute("SELECT text FROM notes").fetchall() == [("written by the other run",)]
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_a_passing_lock_during_an_operation_is_retried(tmp_path, monkeypatch):
    monkeypatch.setattr("toolkit.translate.sqlite_store.RETRY_PAUSES_SECONDS", (0, 0, 0))
    store, _, said = opened(tmp_path / "notes.sqlite3")
    refusals = [locked(), sqlite3.OperationalError("database is locked (SQLITE_BUSY_SNAPSHOT)")]

    def write(connection):
        if refusals:
            raise refusals.pop()
        connection.execute("INSERT INTO notes VALUES ('kept')")
        return "written"

    assert store._run(write, "not written") == "written"
    assert said == [] and store._run(lambda c: c.execute("SELECT text FROM notes").fetchall(), []) == [("kept",)]


def test_a_file_that_stays_busy_costs_one_step_and_the_next_step_tries_again(tmp_path, monkeypatch):
    monkeypatch.setattr("toolkit.translate.sqlite_store.RETRY_PAUSES_SECONDS", (0, 0))
    store, _, said = opened(tmp_path / "notes.sqlite3")

    def always_busy(connection):
        raise locked()

    assert store._run(always_busy, "went without") == "went without"
    assert said == [
        f"the notes {tmp_path / 'notes.sqlite3'} stayed busy (database is locked); one step went without it"
    ]
    assert store._run(lambda c: c.execute("SELECT count(*) FROM notes").fetchone(), None) == (0,)


def test_a_failure_that_is_not_contention_closes_the_store_at_once(tmp_path):
    store, _, said = opened(tmp_path / "notes.sqlite3")
    attempts = []

    def full_disk(connection):
        attempts.append(1)
        raise sqlite3.OperationalError("database or disk is full")

    assert store._run(full_disk, "went without") == "went without"
    assert attempts == [1] and store._connect() is None
    assert said == [
        f"the notes {tmp_path / 'notes.sqlite3'} failed (database or disk is full); this run goes on without it"
    ]


def test_only_a_file_that_is_not_a_database_counts_as_damage():
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert not is_damage(locked()) and not is_damage(sqlite3.OperationalError("unable to open database file"))
    assert is_contention(locked()) and is_contention(sqlite3.OperationalError("database table is locked"))
    assert not is_contention(sqlite3.OperationalError("disk I/O error"))


def test_a_file_of_another_program_with_a_table_of_the_same_name_is_moved_aside(tmp_path):
    # CREATE TABLE IF NOT EXISTS kept the foreign table, and every run then went without the store
    path = tmp_path / "notes.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
    other.execute("INSERT INTO notes VALUES (1, 'theirs')")
    other.commit()
    other.close()
    store, connection, said = opened(path)
    assert connection is not None
    connection.execute("INSERT INTO notes VALUES ('ours')")
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("notes.sqlite3.damaged-")]
    assert sqlite3.connect(aside).execute("SELECT body FROM notes").fetchall() == [("theirs",)]
    assert said == [
        f"the notes {path} is not the toolkit's (its table notes lacks the column text); "
        f"it was moved to {aside.name} and a new one started"
    ]
    store.close()
    assert opened(path)[2] == []  # the next run finds its own file


def test_a_file_with_more_columns_than_this_version_writes_is_kept(tmp_path):
    path = tmp_path / "notes.sqlite3"
    newer = sqlite3.connect(path)
    newer.execute("CREATE TABLE notes (text TEXT, added TEXT DEFAULT 'later')")
    newer.execute("INSERT INTO notes (text) VALUES ('kept')")
    newer.commit()
    newer.close()
    _, connection, said = opened(path)
    assert said == [] and connection.execute("SELECT text FROM notes").fetchall() == [("kept",)]
