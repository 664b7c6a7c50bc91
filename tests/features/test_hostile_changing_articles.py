"""Articles that change while a run reads them: an editor saving a story (the file truncated, then written), a
story deleted after the run listed it. What the run publishes is what it read, and what it records as read is
what it published: an article read half written is never skipped as up to date afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import toolkit.read
from toolkit import run
from toolkit.publish.manifest import read_manifest


def _news(workspace: Path, *names: str) -> Path:
    news = workspace / "news"
    news.mkdir(exist_ok=True)
    shutil.copy(workspace / "seeds" / "article.tmx", news / "article.tmx")
    for name in names:
        shutil.copy(workspace / "seeds" / "article.txt", news / name)
    return news


def _saving_while_read(monkeypatch, story: Path, saves: int) -> list[int]:
    """read_document as it goes while an editor saves ``story`` during its first ``saves`` reads (the survey of new names reads it before it is translated): the reader
    finds the file cut after its first paragraphs, and the save ends (the whole text back) before the read
    returns. Returns the number of reads of ``story`` so far (a one-element list)."""
    whole = story.read_bytes()
    half = b"\n\n".join(whole.split(b"\n\n")[:3]) + b"\n"
    reading = toolkit.read.read_document
    reads = [0]

    def read_document(path):
        if Path(path).name != story.name:
            return reading(path)
        reads[0] += 1
        if reads[0] > saves:
            return reading(path)
        story.write_bytes(half)
        try:
            return reading(path)
        finally:
            story.write_bytes(whole)

    monkeypatch.setattr(toolkit.read, "read_document", read_document)
    return reads


def _segments(workspace: Path, name: str) -> int:
    manifest = read_manifest(workspace / "output" / name)
    assert manifest is not None
    return len(manifest.languages["ru"].segments)


def test_an_article_saved_while_it_is_read_is_read_again_and_published_whole(workspace, monkeypatch):
    news = _news(workspace, "budget.txt", "weather.txt")
    clean = run([news / "weather.txt"], languages=["ru"], jobs=1)
    assert clean.exit_code == 0
    _saving_while_read(monkeypatch, news / "budget.txt", saves=2)
    result = run(["news"], languages=["ru"], jobs=1)
    assert result.exit_code == 0, result.notices
    # the whole story, as the file now holds it, not the first paragraphs the first read found
    assert _segments(workspace, "budget") == _segments(workspace, "weather")
    again = run(["news"], languages=["ru"], jobs=1)
    assert [article.status for article in again.articles] == ["skipped", "skipped"]


def test_an_article_that_changes_at_every_read_fails_alone_and_the_next_run_publishes_it_whole(workspace, monkeypatch):
    # every read finds the save in progress: the article fails, saying so, and nothing of it is published
    news = _news(workspace, "budget.txt", "weather.txt")
    _saving_while_read(monkeypatch, news / "budget.txt", saves=10**6)
    result = run(["news"], languages=["ru"], jobs=1)
    assert result.exit_code == 1
    failed = {article.name: article for article in result.articles if article.status == "failed"}
    assert list(failed) == ["budget"]
    assert "changed each time it was read" in failed["budget"].reason
    assert failed["budget"].fix == "run again once it is saved"
    assert not (workspace / "output" / "budget").exists()
    # once the save is over the next run publishes it whole
    monkeypatch.undo()
    monkeypatch.chdir(workspace)
    after = run(["news"], languages=["ru"], jobs=1)
    assert after.exit_code == 0
    assert _segments(workspace, "budget") == _segments(workspace, "weather")


def test_an_article_deleted_after_the_run_listed_it_fails_alone_naming_it(workspace, monkeypatch):
    news = _news(workspace, "budget.txt", "weather.txt")
    reading = toolkit.read.read_document

    def read_document(path):
        if Path(path).name == "budget.txt":
            (news / "budget.txt").unlink(missing_ok=True)
        return reading(path)

    monkeypatch.setattr(toolkit.read, "read_document", read_document)
    result = run(["news"], languages=["ru"], jobs=1)
    assert result.exit_code == 1
    assert [(article.name, article.status) for article in result.articles] == [
        ("budget", "failed"),
        ("weather", "published"),
    ]
    budget = result.articles[0]
    assert "news/budget.txt" in budget.reason and "Traceback" not in budget.reason
    assert not (workspace / "output" / "budget").exists()
