"""A run reads and matches each article once: the check for an engine, the survey of names the glossary does
not cover and the translation share the document; a worker process reads the articles it is handed itself,
and is never handed the parent's copy."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from toolkit import pipeline, read, run
from toolkit.batch.workers import WorkerPool
from toolkit.glossary import match, suggest


def articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"story-{number:02d}.txt").write_text(
            f"Erdogan and Putin meet in Sochi, round {number}\n\n"
            f"Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on day {number} of the talks, a week "
            f"after officials in Ankara said the ceasefire in Idlib would hold.\n\nReaction in Moscow\n\n"
            f"Putin said meeting number {number} went well. Fidan agreed.\n",
            encoding="utf-8",
        )


def editions(out: Path) -> dict[str, str]:
    """The Markdown editions of an output folder, by their place in it (the QA reports say when they were made)."""
    return {
        str(path.relative_to(out)): path.read_text(encoding="utf-8")
        for path in sorted(out.rglob("*.md"))
        if path.name != "report.md"
    }


def counting(monkeypatch) -> tuple[Counter, Counter]:
    """Reads of each article file and glossary matches of each article (matched afresh), by file name."""
    reads: Counter = Counter()
    matches: Counter = Counter()
    read_document, match_document = read.read_document, match.match_document

    def counted_read(path, *args, **kwargs):
        reads[Path(path).name] += 1
        return read_document(path, *args, **kwargs)

    def counted_match(document, matcher):
        if document.matched_by is not matcher:
            matches[document.source_path.name if document.source_path else document.name] += 1
        return match_document(document, matcher)

    monkeypatch.setattr(read, "read_document", counted_read)
    for module in (match, pipeline, suggest):
        monkeypatch.setattr(module, "match_document", counted_match)
    return reads, matches


def uncovered_names(news: Path) -> None:
    """Names no glossary entry covers in two of the articles, so the run surveys them before translating."""
    for path in sorted(news.glob("*.txt"))[::2]:
        path.write_text(
            path.read_text(encoding="utf-8") + "\nEstonian Foreign Minister Margus Tsahkna and Latvian envoy "
            "Baiba Braze joined them later.\n",
            encoding="utf-8",
        )


def test_a_run_in_one_process_reads_and_matches_each_article_once(workspace, copy_models, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 3)
    uncovered_names(workspace / "news")
    reads, matches = counting(monkeypatch)
    result = run(
        ["news", "seeds/article.txt"], languages=["ru", "tr"], models_dir=copy_models.models_dir, out_dir="once", jobs=1
    )
    assert [a.status for a in result.articles] == ["held"] * 3 + ["published"]  # copy models never publish
    assert reads == {"story-00.txt": 1, "story-01.txt": 1, "story-02.txt": 1, "article.txt": 1}
    assert matches == reads


def test_the_translation_starts_from_the_article_as_matched_whatever_the_survey_set_aside(
    workspace, copy_models, glossary, tmp_path, monkeypatch
):
    """The survey sets aside the glossary names inside a name no entry covers ("Moscow" in a university's name);
    the article it shares with the translation still holds every glossary name as matched, as a fresh read
    does (what the translation leaves out again, and what the record of memory used is taken from)."""
    from toolkit.batch.articles import Batch

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    articles(workspace / "news", 2)
    for path in sorted((workspace / "news").glob("*.txt")):
        path.write_text(
            path.read_text(encoding="utf-8") + "\nStudents of the Moscow State Institute of International Relations "
            "and of Ankara Yildirim Beyazit University joined them.\n",
            encoding="utf-8",
        )
    seen: dict[str, list] = {}
    set_aside: list = []
    write = Batch.write

    def recording(batch, step, document):
        matched = [segment.mentions for segment in document.segments]
        seen[document.name] = [(segment.text, segment.mentions) for segment in document.segments]
        batch.provisional.suppress(document)  # what the survey did to the article it shares
        set_aside.extend(
            segment.text for segment, mentions in zip(document.segments, matched) if segment.mentions != mentions
        )
        for segment, mentions in zip(document.segments, matched):
            segment.mentions = mentions
        return write(batch, step, document)

    monkeypatch.setattr(Batch, "write", recording)
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, out_dir="out", jobs=1)
    assert [a.status for a in result.articles] == ["held"] * 2
    assert len(set_aside) == 2 and all(
        "Moscow State Institute" in text for text in set_aside
    )  # the survey had something to set aside
    matcher = match.Matcher(glossary)
    for path in sorted((workspace / "news").glob("*.txt")):
        fresh = match.match_document(read.read_document(path), matcher)
        assert seen[path.stem] == [(segment.text, segment.mentions) for segment in fresh.segments]


def test_an_article_read_before_the_engine_check_is_not_read_again_in_the_run(workspace, copy_models, monkeypatch):
    """One article, a model needed, workers asked for: the run checks whether the memory covers it and surveys
    its names from one read here; the worker that translates it reads it on its own, once."""
    articles(workspace / "news", 1)
    uncovered_names(workspace / "news")
    reads, matches = counting(monkeypatch)
    handed: list[object] = []
    submit = WorkerPool._submit
    monkeypatch.setattr(WorkerPool, "_submit", lambda pool, step: (handed.append(step.document), submit(pool, step))[1])
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, jobs=2, cache=False)
    assert [a.status for a in result.articles] == ["held"]
    assert handed == [None]  # the worker reads the article; the parent's document is not sent to it
    assert reads == {"story-00.txt": 1}  # here: the engine check and the survey shared one read
    assert matches == reads


def test_a_parallel_run_reads_each_article_once_here_and_hands_the_workers_none(workspace, copy_models, monkeypatch):
    articles(workspace / "news", 4)
    uncovered_names(workspace / "news")
    reads, _ = counting(monkeypatch)
    handed: list[object] = []
    submit = WorkerPool._submit
    monkeypatch.setattr(WorkerPool, "_submit", lambda pool, step: (handed.append(step.document), submit(pool, step))[1])
    result = run(["news"], languages=["ru"], models_dir=copy_models.models_dir, jobs=2, cache=False)
    assert [a.status for a in result.articles] == ["held"] * 4
    assert handed == [None] * 4
    assert reads == {
        f"story-{number:02d}.txt": 1 for number in range(4)
    }  # the survey's read; each worker reads its own
