"""The real install -> load -> translate path, with copy-model Argos packages for the four pairs.

Copy models return the English text, so these tests check plumbing, names and
formatting through a real CTranslate2 model, never translation quality.
"""

import json
import socket

import pytest
from click.testing import CliRunner

from toolkit import run
from toolkit.cli import main

NEW_ARTICLE = """Fidan and Mamlouk meet again

Hakan Fidan met Gen. Ali Mamlouk in Moscow on Tuesday, a week after Erdogan's call with Putin. \
US President Joe Biden said Washington was watching. Biden later spoke to Assad's envoy in Damascus.
"""


def run_keeping_editions(inputs, **options):
    """A run, and the editions of each translated article (the run itself keeps none)."""
    editions = {}
    result = run(inputs, on_article=lambda outcome, found: editions.update({outcome.name: found}), **options)
    return result, editions


@pytest.fixture
def new_article(workspace):
    (workspace / "news").mkdir()
    path = workspace / "news" / "fidan.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    return path


def test_an_article_the_memory_lacks_is_translated_with_every_name_canonical(new_article, copy_models, glossary):
    from toolkit.grammar import grammar_for

    _, translated = run_keeping_editions([new_article], models_dir=copy_models.models_dir)
    editions = translated["fidan"]
    assert [e.language.code for e in editions] == ["ar", "fa", "tr", "ru"]
    for edition in editions:
        assert {s.origin for s in edition.segments} == {"argos"}
        errors = {p.code for p in edition.problems if p.severity == "error"}
        warnings = {p.code for p in edition.problems if p.severity == "warning"}
        # the copy model leaves the English words: QA rightly calls every segment untranslated; in
        # Russian, a name among English words has no case to read, which QA rightly asks to check
        assert errors == {"untranslated"}
        assert warnings <= ({"name-form-uncertain"} if edition.language.code == "ru" else set())
        for segment in edition.segments:
            assert sorted(n.entry_id for n in segment.names) == sorted(m.entry_id for m in segment.mentions)
            grammar = grammar_for(edition.language.code)
            for name in segment.names:
                rendering = glossary[name.entry_id].renderings[edition.language.code]
                canonical = [
                    grammar.inflect(rendering.forms(short), tokens, rendering.pronounced)
                    for short in (False, True)
                    for tokens in ([], *[[t] for t in grammar.TOKENS])
                ]
                assert name.text in canonical
    russian = {s.source.id: s.text for s in editions[3].segments}
    assert russian["2.1"].startswith("Хакан Фидан met Gen. Али Мамлюк in Москва")
    assert "Эрдогана call with Путин" in russian["2.1"]  # the possessive became a genitive


def test_the_report_lists_names_the_glossary_lacks(new_article, copy_models, workspace):
    run([new_article], models_dir=copy_models.models_dir, languages=["ru"])
    report = json.loads((workspace / "output" / "fidan" / "report.json").read_text(encoding="utf-8"))
    assert [(c["name"], c["short"], c["count"]) for c in report["candidates"]] == [
        ("Joe Biden", ["Biden"], 2),
        ("Damascus", [], 1),
    ]
    assert report["languages"]["ru"]["segments"][0]["reference"] == "translate-en_ru 1.0"
    markdown = (workspace / "output" / "fidan" / "report.md").read_text(encoding="utf-8")
    assert "## Names to add to the glossary" in markdown and "| Joe Biden | Biden | 2 | person |" in markdown


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Hakan Fidan met Ali Mamlouk in Damascus on Monday.", "1 name not in the glossary: Damascus"),
        ("Hakan Fidan met Kaja Kallas in Brussels on Monday.", "2 names not in the glossary: Brussels, Kaja Kallas"),
    ],
)
def test_the_run_counts_the_names_the_glossary_lacks_in_words(copy_models, workspace, sentence, said):
    (workspace / "talks.txt").write_text(f"Talks\n\n{sentence}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["translate", "talks.txt", "--to", "tr", "--models-dir", str(copy_models.models_dir)]
    )
    assert result.exit_code == 1, result.output  # the copy model's output is held back
    assert f"  {said} (toolkit glossary suggest talks.txt)" in result.output
    report = (workspace / "output" / "talks" / "report.md").read_text(encoding="utf-8")
    assert "# tr: a test copy model translated this run, and its output copies the English" in report
    assert "no machine output" not in report


def test_a_whole_translate_run_opens_no_network_connection(new_article, copy_models, monkeypatch, workspace):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    for name in ("getaddrinfo", "create_connection"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    result = CliRunner().invoke(
        main, ["translate", str(new_article), "seeds/article.txt", "--models-dir", str(copy_models.models_dir)]
    )
    assert result.exit_code == 1, result.output  # the copy model's output is held back, never published
    assert attempts == []
    assert "fidan: held back, not published - 4 editions for review" in result.output
    assert "article: 4 editions" in result.output
    assert "2 names not in the glossary: Joe Biden, Damascus" in result.output


def test_each_article_is_one_batch_per_language(new_article, workspace, glossary):
    from toolkit.testing.faulty_engine import FaultyEngine
    from toolkit.translate.machine import MachineEngine

    second = workspace / "news" / "second.txt"
    second.write_text("Putin in Ankara\n\nPutin visited Ankara. Erdogan met him.\n", encoding="utf-8")
    engine = FaultyEngine([])
    run([new_article, second], languages=["tr", "ru"], engines=[MachineEngine(engine, glossary)])
    plain = [batch for batch in engine.calls if not any("[[1]]" in sentence for sentence in batch)]
    # first, per language, the sentences naming names the glossary lacks (Joe Biden, Damascus: 2 of fidan's 4),
    # read once for the whole run; then the rest of each article, one batch per article and language
    assert [len(batch) for batch in plain] == [2, 2, 2, 2, 3, 3]
    assert sorted(sentence for batch in plain for sentence in batch) == sorted(
        2 * [segment for path in (new_article, second) for segment in _sentences(path)]
    )  # each once per language
    # and at most one batch more per article and language: the sentences asked again with placeholders
    assert len(engine.calls) - len(plain) <= 4


def _sentences(path):
    from toolkit.read import read_document

    return [segment.text for segment in read_document(path).segments]


def test_a_missing_model_names_the_pair_and_the_command(new_article, copy_models, workspace, tmp_path):
    from toolkit.translate.packages import install

    partial = tmp_path / "partial"
    install([copy_models.archives["ar"], copy_models.archives["ru"]], partial)
    result = CliRunner().invoke(
        main, ["translate", str(new_article), "seeds/article.txt", "--models-dir", str(partial)]
    )
    assert result.exit_code == 1
    assert (
        f"failed: {new_article}: no translation for 8 segments (fa: segments 1.1, 2.1, 2.2, 2.3; "
        "tr: segments 1.1, 2.1, 2.2, 2.3)"
    ) in result.output
    assert "no machine-translation model is installed for en->fa, en->tr" in result.output
    assert "`toolkit models install translate-en_fa.argosmodel`" in result.output
    assert not (workspace / "output" / "fidan").exists()
    assert (workspace / "output" / "article" / "manifest.json").is_file()  # the other article is written


def test_flagged_machine_segments_are_marked_in_the_editions(new_article, workspace, glossary):
    from toolkit.testing.faulty_engine import FaultyEngine
    from toolkit.translate.machine import MachineEngine

    engine = FaultyEngine(["name_as_common_noun", "drop_placeholder"], common_nouns={"Fidan": "sapling"})
    _, translated = run_keeping_editions([new_article], languages=["ru"], engines=[MachineEngine(engine, glossary)])
    segment = translated["fidan"][0].segments[1]
    assert segment.flagged and "name-unplaced" in [p.code for p in segment.problems]
    markdown = (workspace / "output" / "fidan" / "fidan.ru.md").read_text(encoding="utf-8")
    assert '<mark title="&#x27;Hakan Fidan&#x27; (fidan) could not be found' in markdown
