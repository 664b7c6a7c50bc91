"""A desk's unattended batch: 200 articles and 3 bad inputs through the copy models, killed halfway, run again,
then run again after a glossary fix.

The runs are real processes (``python -m toolkit translate ... --json``), the
first one killed with SIGKILL once half the articles are written. Engine
calls are counted by the run itself: the JSON summary's ``engine`` holds how
many batches and sentences reached the engine and how many the translation
cache answered. Markdown only and two languages keep it to seconds; DOCX
would add about 30 ms per edition and prove nothing more here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ARTICLES = 200
LANGUAGES = "ru,tr"


def article(number: int) -> str:
    return (
        f"Erdogan and Putin meet in Sochi, round {number}\n\n"
        f"Turkish President Erdogan met Vladimir Putin in Sochi on day {number} of the talks. "
        f"They discussed Idlib for {number + 2} hours.\n\n"
        f"Erdogan said meeting number {number} went well. Putin agreed.\n"
    )


def manifests(out: Path) -> dict[str, int]:
    return {path.parent.name: path.stat().st_mtime_ns for path in out.glob("[!.]*/manifest.json")}


def test_a_killed_batch_resumes_and_a_glossary_fix_retranslates_nothing(workspace, copy_models, tmp_path):
    corpus = workspace / "corpus"
    for number in range(ARTICLES):
        folder = corpus / f"desk-{number % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"story-{number:03d}.txt").write_text(article(number), encoding="utf-8")
    (corpus / "bad-cp1252.txt").write_bytes("Caf\xe9 talks\n\nThe minister\u2019s visit.\n".encode("cp1252"))
    (corpus / "bad-empty.txt").write_text("\n \n", encoding="utf-8")
    (corpus / "bad-broken.docx").write_bytes(b"PK\x03\x04 cut short")
    out = workspace / "output"
    command = [
        sys.executable,
        "-m",
        "toolkit",
        "translate",
        "corpus",
        "--to",
        LANGUAGES,
        "--format",
        "md",
        "--models-dir",
        str(copy_models.models_dir),
        "--index",
        "--json",
    ]
    environment = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}

    # 1. killed halfway
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=workspace, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while len(manifests(out)) < ARTICLES // 2:
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() - started < 120
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    finished = manifests(out)
    assert ARTICLES // 2 <= len(finished) < ARTICLES

    # 2. run again: the bad inputs named, the finished articles skipped untouched, the rest written
    again = subprocess.run(command, cwd=workspace, env=environment, capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr
    summary = json.loads(again.stdout)
    by_name = {Path(entry["source"]).name: entry for entry in summary["articles"]}
    failed = {name: entry["reason"] for name, entry in by_name.items() if entry["status"] == "failed"}
    assert sorted(failed) == ["bad-broken.docx", "bad-cp1252.txt", "bad-empty.txt"]
    assert "corpus/bad-cp1252.txt:1: not valid UTF-8 (byte 0xe9" in failed["bad-cp1252.txt"]
    assert failed["bad-empty.txt"] == "corpus/bad-empty.txt: the article is empty"
    assert "corpus/bad-broken.docx: not a DOCX file" in failed["bad-broken.docx"]
    skipped = {entry["name"] for entry in summary["articles"] if entry["status"] == "skipped"}
    assert skipped == set(finished)
    rest = [entry for entry in summary["articles"] if entry["status"] not in ("skipped", "failed")]
    assert len(rest) == ARTICLES - len(finished)
    assert {entry["status"] for entry in rest} == {"held"}  # copy-model output: written for review, never published
    assert all(entry["reason"].startswith("ru: translated by a test copy model") for entry in rest)
    assert {name: stamp for name, stamp in manifests(out).items() if name in finished} == finished
    assert (
        "removed 1 unfinished file or folder an interrupted run left in output" in summary["notices"]
        or len(manifests(out)) == ARTICLES
    )  # (a kill between two articles leaves nothing to remove)
    engine = summary["engine"]
    sentences = sum(entry["segments"] for entry in rest)
    # only what the unfinished articles need reaches the engine: Turkish once per sentence, Russian at most
    # twice (the copy leaves names in Latin letters, whose case is a guess, so it asks again with placeholders)
    assert engine["by_language"].get("tr", 0) <= sentences and engine["by_language"].get("ru", 0) <= 2 * sentences
    sentences_left = 3 * sentences
    assert engine["cache_hits"] + engine["segments"] <= 2 * sentences_left  # the finished ones are not even read
    assert len(manifests(out)) == ARTICLES
    assert not list(out.glob(".*.toolkit-*")) and not list(out.rglob("*.tmp"))
    assert list(out.rglob("*.publish.*")) == []

    # 3. a glossary rendering fixed: every edition re-rendered, the engine not asked for anything
    people = workspace / "glossaries" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Эрдоган", "Ердоган"), encoding="utf-8")
    fixed = subprocess.run(command, cwd=workspace, env=environment, capture_output=True, text=True, timeout=300)
    assert fixed.returncode == 1
    summary = json.loads(fixed.stdout)
    assert summary["engine"]["calls"] == 0 and summary["engine"]["segments"] == 0
    assert summary["counts"] == {"published": 0, "held": ARTICLES, "failed": 3, "skipped": 0}
    for number in range(ARTICLES):
        russian = (out / f"story-{number:03d}" / f"story-{number:03d}.ru.md").read_text(encoding="utf-8")
        assert russian.count("Ердоган") >= 3 and "Эрдоган" not in russian, number
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"{ARTICLES} articles · {ARTICLES} need review" in index
