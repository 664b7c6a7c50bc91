"""A translation memory editors type into by hand: one bad unit never stops a desk's unattended run."""

import json

from click.testing import CliRunner

from toolkit import run
from toolkit.cli import main
from toolkit.testing.faulty_engine import FaultyEngine, memory_translator
from toolkit.translate.machine import MachineEngine

FIRST_ARABIC_NAME = '<ph x="1" type="x-name">{iran}</ph>'  # unit article:1.1, its Arabic, line 10 of the seed memory


def break_first_arabic_name(workspace):
    memory_file = workspace / "seeds" / "article.tmx"
    text = memory_file.read_text(encoding="utf-8")
    memory_file.write_text(text.replace(FIRST_ARABIC_NAME, '<ph x="1" type="x-name">{Iran}</ph>', 1), encoding="utf-8")
    return memory_file


def test_the_sentence_of_an_unreadable_unit_is_machine_translated_marked_and_the_run_goes_on(
    workspace, glossary, memory
):
    break_first_arabic_name(workspace)  # named as the run was given the article: seeds/, not an absolute path
    engine = FaultyEngine(translate=memory_translator(memory, glossary))  # a perfect model: the seed memory
    editions = {}
    result = run(
        ["seeds/article.txt"],
        engines=[MachineEngine(engine, glossary)],
        on_article=lambda outcome, found: editions.update({outcome.name: found}),
    )
    assert result.exit_code == 0
    assert engine.calls and all(len(batch) == 1 for batch in engine.calls)  # only that sentence, only in Arabic
    said = [line for line in result.notices if "unreadable memory unit" in line]
    assert said == [
        "warning: skipped unreadable memory unit (ar): seeds/article.tmx:10: translation unit 'article:1.1': "
        "bad name placeholder '{Iran}'; fix: write it as {entry-id} or {entry-id:form}"
    ]
    by_language = {edition.language.code: edition for edition in editions["article"]}
    first = by_language["ar"].segments[0]
    assert first.origin == "faulty"
    (warning,) = [p for p in first.problems if p.code == "memory-unit-unreadable"]
    assert warning.severity == "warning" and "seeds/article.tmx:10" in warning.message
    assert warning.fix == "write it as {entry-id} or {entry-id:form}"
    for code in ("fa", "tr", "ru"):  # the unit's other languages are read and used as before
        assert by_language[code].segments[0].origin == "memory"
    report = json.loads((workspace / "output" / "article" / "report.json").read_text(encoding="utf-8"))
    codes = [p["code"] for s in report["languages"]["ar"]["segments"] for p in s["problems"]]
    assert codes == ["memory-unit-unreadable"]


def test_without_a_model_the_article_fails_alone_and_says_which_unit_to_fix(workspace):
    break_first_arabic_name(workspace)
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ar,ru"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "article.tmx:10: translation unit 'article:1.1': bad name placeholder '{Iran}'" in result.output
    failure = next(line for line in result.output.splitlines() if line.startswith("failed:"))
    fix = result.output.splitlines()[result.output.splitlines().index(failure) + 1]
    # the memory holds the sentence: the failure names the unit to correct, before any model to install
    assert failure == (
        "failed: seeds/article.txt: no translation for 1 segment (ar: segment 1.1): the translation memory "
        "holds no readable translation of them (units it could not read: seeds/article.tmx:10) and no "
        "machine-translation model is installed for en->ar"
    )
    assert fix.startswith("  fix: correct the memory's unreadable units (each is named at the start of the run), or ")


def test_many_unreadable_units_are_named_by_the_first_ones_then_counted(workspace):
    from toolkit.batch.run import SKIPPED_UNITS_SHOWN

    memory_file = workspace / "seeds" / "article.tmx"
    text = memory_file.read_text(encoding="utf-8")
    memory_file.write_text(text.replace("{iran}", "{Iran}").replace("{syria}", "{Syria}"), encoding="utf-8")
    result = run(["seeds/article.txt"], languages=["ru"])
    named = [line for line in result.notices if line.startswith("warning: skipped unreadable memory unit")]
    assert len(named) == SKIPPED_UNITS_SHOWN
    (counted,) = [line for line in result.notices if line.startswith("warning: and ")]
    assert counted.endswith("more unreadable memory units skipped")


def test_the_same_bad_unit_in_two_memory_files_is_named_in_each(workspace):
    first = break_first_arabic_name(workspace)
    second = workspace / "seeds" / "copy.tmx"
    second.write_bytes(first.read_bytes())
    result = run(["seeds/article.txt"], languages=["ar"], memory_paths=[first, second])
    named = [line for line in result.notices if line.startswith("warning: skipped unreadable memory unit")]
    assert [line.split(": translation unit")[0].rsplit(" ", 1)[-1] for line in named] == [f"{first}:10", f"{second}:10"]


def _first_unit_edited(workspace, edit) -> None:
    memory_file = workspace / "seeds" / "article.tmx"
    text = memory_file.read_text(encoding="utf-8")
    end = text.index("</tu>")
    memory_file.write_text(edit(text[:end]) + text[end:], encoding="utf-8")


def _units_said(result) -> str:
    (said,) = [line for line in result.notices if line.startswith("memory: ")]
    return said


def test_the_log_counts_the_units_a_run_can_use(workspace):
    result = run(["seeds/article.txt"], languages=["ru"])
    assert _units_said(result) == "memory: 24 units from 1 file"


def test_a_unit_whose_every_translation_is_unreadable_is_not_counted(workspace):
    # every language of the first unit names {Iran}, an entry the glossary does not have
    _first_unit_edited(workspace, lambda unit: unit.replace("{iran", "{Iran"))
    result = run(["seeds/article.txt"], languages=["ru"])
    assert _units_said(result) == "memory: 23 units from 1 file"
    named = [line for line in result.notices if line.startswith("warning: skipped unreadable memory unit")]
    assert len(named) == 4  # each unreadable translation is still named


def test_a_unit_with_one_readable_translation_is_counted(workspace):
    _first_unit_edited(workspace, lambda unit: unit.replace("{iran}", "{Iran}"))  # ar, fa, tr; ru has {iran:prep}
    result = run(["seeds/article.txt"], languages=["ru"])
    assert _units_said(result) == "memory: 24 units from 1 file"


def test_a_unit_without_any_translation_is_not_counted(workspace):
    memory_file = workspace / "seeds" / "article.tmx"
    text = memory_file.read_text(encoding="utf-8")
    lone = '<tu tuid="lone"><tuv xml:lang="en"><seg>A sentence nobody translated.</seg></tuv></tu>\n'
    memory_file.write_text(text.replace("<body>", "<body>\n" + lone, 1), encoding="utf-8")
    result = run(["seeds/article.txt"], languages=["ru"])
    assert _units_said(result) == "memory: 24 units from 1 file"


def test_a_sentence_whose_latest_translations_are_all_unreadable_is_not_counted(workspace):
    # the later file is the editor's latest word on the sentence: unreadable, it is not replaced by an older one
    first = workspace / "seeds" / "article.tmx"
    later = workspace / "seeds" / "later.tmx"
    later.write_bytes(first.read_bytes())
    text = later.read_text(encoding="utf-8")
    end = text.index("</tu>")
    later.write_text(text[:end].replace("{iran", "{Iran") + text[end:], encoding="utf-8")
    result = run(["seeds/article.txt"], languages=["ru"], memory_paths=[first, later])
    assert _units_said(result) == "memory: 23 units from 2 files"


def test_a_memory_file_made_read_only_is_left_as_it_is_and_the_import_says_so(workspace, monkeypatch):
    """A desk protects its shared memory with chmod a-w (or it is another user's): an import does not replace it
    by a rename all the same (the folder allows that), it stops with one message naming it, and status 2."""
    import os

    memory = workspace / "seeds" / "article.tmx"
    corrected = workspace / "corrected.tmx"
    text = memory.read_text(encoding="utf-8")
    corrected.write_text(text.replace("<seg>", "<seg>ИСПРАВЛЕНО ", 2), encoding="utf-8")
    before = memory.read_bytes()
    access = os.access
    memory.chmod(0o444)  # a run as root would write it all the same: the system's check refuses, as for a user
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: not (mode & os.W_OK and str(path) == str(memory)) and access(path, mode)
    )
    result = CliRunner().invoke(main, ["memory", "import", str(corrected), "--memory", str(memory)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"{memory}: cannot write file: it is read-only, or another user's" in result.stderr
    assert "fix: let the user the command runs as write it (chmod u+w, or chown), then run again" in result.stderr
    assert memory.read_bytes() == before
