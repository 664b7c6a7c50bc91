"""JSON the toolkit reads back (manifests, reports, package metadata, stored choices) may have been replaced by
another program or a damaged disk: too large, nested a hundred thousand levels deep. Each is one clear message,
or is ignored as no such file, never a RecursionError, a hang or a traceback. So are file times no date holds."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.files import MAX_JSON_BYTES, UnreadableJSON, load_json, modified_time, read_json

DEEP = "[" * 100_000  # 100 KB
DEEP_OBJECT = '{"a":' * 100_000


# a hang guard only (speed is measured in bench/): the refusal comes at the parser's recursion limit, in milliseconds
@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", [DEEP, DEEP_OBJECT, "[" * 1_000_000], ids=["array", "object", "1MB"])
def test_json_nested_beyond_reading_is_refused_as_not_json(text):
    with pytest.raises(UnreadableJSON, match="nested too deeply"):
        load_json(text)


def test_json_larger_than_the_bound_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as file:
        file.truncate(MAX_JSON_BYTES + 1)  # sparse: nothing is written, nothing should be read
    with pytest.raises(UnreadableJSON, match="larger than"):
        read_json(path)


def test_json_refusals_are_value_errors_as_text_that_is_not_json_is():
    assert issubclass(UnreadableJSON, ValueError)
    assert load_json('{"a": [1, 2, {"b": null}]}') == {"a": [1, 2, {"b": None}]}


def _translated(workspace):
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "-q"])
    assert result.exit_code == 0, result.output
    return workspace / "output" / "article"


@pytest.mark.parametrize("damage", [DEEP, DEEP_OBJECT, "[" * 1_000_000])
def test_a_deep_manifest_is_named_as_damaged_and_the_article_written_again(workspace, damage):
    folder = _translated(workspace)
    (folder / "manifest.json").write_text(damage, encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "--index"])
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "summary: 1 article: 1 published" in result.output
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["article"] == "article"


def test_a_deep_report_beside_an_article_does_not_stop_the_run_or_its_index(workspace):
    folder = _translated(workspace)
    (folder / "report.json").write_text(DEEP, encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru,tr", "--index"])
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (workspace / "output" / "index.html").is_file()


@pytest.fixture
def installed(copy_models, tmp_path, monkeypatch):
    models = tmp_path / "models"
    shutil.copytree(copy_models.models_dir, models)
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(models))
    return models


@pytest.mark.parametrize(
    "damage, said",
    [
        (DEEP, "nested too deeply to be read"),
        ('{"a": [' + "0," * (MAX_JSON_BYTES // 2) + "0]}", "larger than 16.0 MB"),
    ],
    ids=["deep", "large"],
)
def test_package_metadata_beyond_reading_is_one_message_naming_the_package(workspace, installed, damage, said):
    metadata = installed / "translate-en_ru" / "metadata.json"
    metadata.write_text(damage, encoding="utf-8")
    for command in (["models", "list"], ["translate", "seeds/article.txt", "--to", "ru"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        (error,) = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert error.startswith(f"error: {metadata}: unreadable package metadata: ") and said in error


# file times: a file system holds years no date can (tmpfs, XFS), and clocks are set wrong


def _aged(path, seconds: float) -> float:
    os.utime(path, (seconds, seconds))
    return os.stat(path).st_mtime


@pytest.mark.parametrize("seconds", [10**12, 2**40, 4_102_444_800], ids=["year-33658", "year-36812", "year-2100"])
def test_a_file_time_in_the_future_is_taken_as_now(tmp_path, seconds):
    path = tmp_path / "review.docx"
    path.write_bytes(b"")
    _aged(path, seconds)
    before = datetime.now(timezone.utc)
    assert before <= modified_time(path) <= datetime.now(timezone.utc)


@pytest.mark.parametrize("seconds", [-1, -2_208_988_800, 0], ids=["1969", "1900", "1970"])
def test_a_file_time_before_1970_is_kept(tmp_path, seconds):
    path = tmp_path / "review.xlf"
    path.write_bytes(b"")
    kept = _aged(path, seconds)
    assert modified_time(path) == datetime.fromtimestamp(kept, timezone.utc)


def test_a_review_file_dated_past_any_calendar_is_imported(workspace):
    """A review file whose time the file system keeps beyond year 9999 ended the import in a traceback."""
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru", "--editions", "review", "-q"])
    assert result.exit_code == 0, result.output
    review = workspace / "output" / "article" / "article.ru.review.docx"
    if _aged(review, 10**12) != 10**12 and os.path.isdir("/dev/shm"):  # ext4 stops at 2446; tmpfs does not
        shm = tempfile.mkdtemp(dir="/dev/shm")
        review = Path(shutil.copy(review, shm))
    try:
        if _aged(review, 10**12) != 10**12:
            pytest.skip("no file system here holds the time")
        result = CliRunner().invoke(main, ["memory", "import", str(review), "--memory", "seeds/article.tmx"])
    finally:
        if review.parent.parent == Path("/dev/shm"):
            shutil.rmtree(review.parent)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
