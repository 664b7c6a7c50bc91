"""The machine-translation cache: nothing is translated twice, whatever asks and however often."""

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.files import cache_folder
from toolkit.problems import Problem
from toolkit.testing.faulty_engine import FaultyEngine
from toolkit.translate.cache import CACHE_FILE, CachedEngine, TranslationCache, package_identity
from toolkit.translate.machine import MachineEngine, RawTranslation

SENTENCES = ["Hakan Fidan met Ali Mamlouk in Moscow.", "Erdogan called Putin.", "It rained in Ankara."]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(folder))
    return folder


class Truncating(FaultyEngine):
    """An engine whose outputs carry a finding, to show findings are cached with the text."""

    def translate_raw(self, sources, language):
        outputs = super().translate_raw(sources, language)
        return [RawTranslation(o.text.upper(), (Problem("error", "truncated", "cut short"),)) for o in outputs]


def test_the_cache_lives_where_the_environment_says(cache_dir, monkeypatch):
    assert cache_folder() == cache_dir
    monkeypatch.delenv("TOOLKIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache_folder() == cache_dir.__class__("/somewhere/toolkit")
    assert TranslationCache().path.name == CACHE_FILE


def test_a_second_request_is_answered_from_disk_with_the_engines_findings(cache_dir):
    first = CachedEngine(Truncating(), TranslationCache())
    outputs = first.translate_raw(SENTENCES + SENTENCES[:1], "ru")
    assert first.counts.as_dict() == {"calls": 1, "segments": 3, "cache_hits": 0, "by_language": {"ru": 3}}
    assert first.raw.calls == [SENTENCES]  # a repeated sentence goes to the engine once
    again = CachedEngine(Truncating(), TranslationCache())  # another run, another process would do the same
    assert again.translate_raw(SENTENCES + SENTENCES[:1], "ru") == outputs
    assert again.raw.calls == [] and again.counts.cache_hits == 3
    assert outputs[0].problems == (Problem("error", "truncated", "cut short"),)


def test_entries_are_per_language_and_per_model(cache_dir):
    engine = CachedEngine(FaultyEngine(), TranslationCache())
    engine.translate_raw(SENTENCES, "ru")
    engine.translate_raw(SENTENCES, "tr")
    other_model = CachedEngine(FaultyEngine(["arabic_indic_digits"]), TranslationCache())
    other_model.translate_raw(SENTENCES, "ru")
    assert engine.counts.segments == 6 and other_model.counts.segments == 3
    info = TranslationCache().info()
    assert info.entries == 9 and sorted((m.language, m.entries) for m in info.models) == [
        ("ru", 3),
        ("ru", 3),
        ("tr", 3),
    ]


def test_plain_and_placeholder_requests_are_cached_so_a_glossary_fix_translates_nothing(cache_dir, glossary):
    raw = FaultyEngine(["name_as_common_noun"], common_nouns={"Fidan": "sapling"})
    first = MachineEngine(CachedEngine(raw, TranslationCache()), glossary)
    results = first.translate(SENTENCES, "ru")
    assert len(raw.calls) == 2  # the plain request, then the retry with placeholders for the unplaced name
    second_raw = FaultyEngine(["name_as_common_noun"], common_nouns={"Fidan": "sapling"})
    cached = CachedEngine(second_raw, TranslationCache())
    assert MachineEngine(cached, glossary).translate(SENTENCES, "ru") == results
    asked = sum(len(batch) for batch in raw.calls)  # plain sentences, and those asked again with placeholders
    assert second_raw.calls == [] and cached.counts.calls == 0 and cached.counts.cache_hits == asked


def test_a_reinstalled_model_is_a_new_model_and_copy_models_are_known(copy_models, tmp_path, cache_dir):
    from toolkit.translate.machine import ArgosEngine
    from toolkit.translate.packages import install

    engine = CachedEngine(ArgosEngine(copy_models.models_dir), TranslationCache())
    identity = engine.model_identity("ru")
    assert identity.startswith("translate-en_ru 1.0 #") and engine.is_copy_model("ru")
    assert engine.model_identity("de") is None and engine.translate_raw(["Hello."], "de") is None
    assert engine.reference("ru") == "translate-en_ru 1.0"
    assert TranslationCache().model_reference(identity) == ("translate-en_ru 1.0", True)
    (package,) = install([copy_models.archives["ru"]], tmp_path / "again")
    assert package_identity(package.path) != identity  # same name and version, other files: never mixed up


def test_a_damaged_cache_is_set_aside_and_a_new_one_started(cache_dir):
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    said = []
    engine = CachedEngine(FaultyEngine(), TranslationCache(notice=said.append))
    assert engine.translate_raw(SENTENCES, "ru")[0].text == SENTENCES[0]
    assert "was damaged; it was moved to" in said[0]
    assert len(list(cache_dir.glob(f"{CACHE_FILE}.damaged-*"))) == 1
    assert TranslationCache().info().entries == 3


@pytest.mark.parametrize(
    "damage",
    [
        "text = X'00ff'",  # bytes where the translation should be
        "problems = 'null'",
        "problems = '{}'",
        'problems = \'[["error", "truncated"]]\'',  # a finding without its message
        "problems = '[[1, 2, 3]]'",
        "problems = 'not json'",
        "used = 'yesterday'",
        "text = 'A' || char(8238) || 'B'",  # a right-to-left override: no model writes one, every edition shows it
        "text = char(27) || '[2J'",  # a terminal's escape
    ],
)
def test_rows_of_another_shape_are_translated_again_never_a_failed_article(cache_dir, damage):
    # each of these failed the article as "a bug in toolkit" (TypeError) or closed the cache for the run
    CachedEngine(Truncating(), TranslationCache()).translate_raw(SENTENCES, "ru")
    with sqlite3.connect(cache_dir / CACHE_FILE) as connection:
        connection.execute(f"UPDATE translations SET {damage} WHERE text = ?", (SENTENCES[0].upper(),))
    said = []
    engine = CachedEngine(Truncating(), TranslationCache(notice=said.append))
    outputs = engine.translate_raw(SENTENCES, "ru")
    assert [output.text for output in outputs] == [sentence.upper() for sentence in SENTENCES]
    assert outputs[0].problems == (Problem("error", "truncated", "cut short"),)
    if damage.startswith("used"):  # the entry itself is sound: only when it was last used is unreadable
        assert engine.raw.calls == []
    else:
        assert engine.raw.calls == [SENTENCES[:1]]  # only the damaged row is asked for again
    assert said == []  # the cache goes on serving the other rows
    again = CachedEngine(Truncating(), TranslationCache())
    assert again.translate_raw(SENTENCES, "ru") == outputs and again.raw.calls == []  # the row was written anew


def test_a_cache_that_cannot_be_written_only_makes_a_run_slower(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocked / "cache"))
    said = []
    engine = CachedEngine(FaultyEngine(), TranslationCache(notice=said.append))
    assert [o.text for o in engine.translate_raw(SENTENCES, "ru")] == SENTENCES
    assert engine.translate_raw(SENTENCES, "ru") and engine.counts.segments == 6
    assert len(said) == 1 and "cannot be used" in said[0] and "goes without it" in said[0]


def test_three_processes_fill_one_cache_at_once_and_none_loses_a_write(cache_dir):
    script = textwrap.dedent("""
        import sys
        from toolkit.translate.cache import CachedEngine, TranslationCache
        from toolkit.testing.faulty_engine import FaultyEngine
        cache = TranslationCache(notice=lambda text: print(text, file=sys.stderr))
        engine = CachedEngine(FaultyEngine(), cache)
        for batch in range(40):
            engine.translate_raw([f"{sys.argv[1]} sentence {batch}.{n}" for n in range(25)], "ru")
        print(engine.counts.segments)
    """)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "TOOLKIT_CACHE_DIR": str(cache_dir)},
        )
        for name in "abc"
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0]
    assert [error for _, error in outputs] == ["", "", ""]  # no notice: contention is waited out, never "damage"
    assert [int(output) for output, _ in outputs] == [1000, 1000, 1000]
    assert TranslationCache().info().entries == 3000
    with sqlite3.connect(cache_dir / CACHE_FILE) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_entries_unused_for_long_are_pruned(cache_dir, monkeypatch):
    import toolkit.translate.cache as mtcache

    monkeypatch.setattr(mtcache, "_today", lambda: 20_000)
    CachedEngine(FaultyEngine(), TranslationCache()).translate_raw(SENTENCES[:2], "ru")
    monkeypatch.setattr(mtcache, "_today", lambda: 20_000 + 60)
    CachedEngine(FaultyEngine(), TranslationCache()).translate_raw(SENTENCES[:1], "ru")  # used again: kept
    monkeypatch.setattr(mtcache, "_today", lambda: 20_000 + 100)
    assert TranslationCache().prune(keep_days=90) == 1
    assert TranslationCache().info().entries == 1


def test_cache_info_and_clear_commands(cache_dir, copy_models):
    from toolkit.translate.machine import ArgosEngine

    engine = CachedEngine(ArgosEngine(copy_models.models_dir), TranslationCache())
    engine.reference("tr")
    engine.translate_raw(SENTENCES, "tr")
    result = CliRunner().invoke(main, ["cache", "info"])
    assert result.exit_code == 0, result.output
    assert f"cache folder: {cache_dir}" in result.output
    assert f"machine translations: {cache_dir / CACHE_FILE}" in result.output and "3 entries" in result.output
    assert "en->tr  translate-en_tr 1.0 (test copy model): 3 entries" in result.output
    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0 and "removed 3 machine translations" in result.output
    assert TranslationCache().info().entries == 0


# What changes a model's output is part of its key: its compute type (ARGOS_COMPUTE_TYPE: int8 and float32 write
# different sentences with a real model) and its beam size; its threads are not (the same output, sooner or later).


def test_the_compute_type_and_beam_size_are_in_the_models_key_and_threads_are_not(copy_models, monkeypatch, cache_dir):
    from toolkit.translate.machine import ArgosEngine

    monkeypatch.delenv("ARGOS_COMPUTE_TYPE", raising=False)
    default = CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru")
    assert default.startswith("translate-en_ru 1.0 #")
    package = default.split(" [")[0]
    threads = CachedEngine(ArgosEngine(copy_models.models_dir, threads=3)).model_identity("ru")
    processes = CachedEngine(ArgosEngine(copy_models.models_dir, processes=4)).model_identity("ru")
    assert threads == processes == default
    beam = CachedEngine(ArgosEngine(copy_models.models_dir, beam_size=1)).model_identity("ru")
    assert beam != default and beam.startswith(package) and "beam 1" in beam
    keys = {default, beam}
    for chosen in ("float32", "int8", "int16", "default"):
        monkeypatch.setenv("ARGOS_COMPUTE_TYPE", chosen)
        key = CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru")
        assert key.startswith(package) and f"compute {chosen}," in key
        keys.add(key)
    assert len(keys) == 6
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", " AUTO ")  # as Argos reads it: the default
    assert CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru") == default


def test_auto_is_keyed_by_the_cpu_it_resolves_on_so_a_shared_cache_never_mixes_two_machines(copy_models, monkeypatch):
    """ "auto" is int8 on one CPU and int16 or float32 on another: a cache folder or output folder shared
    between machines keys each one's translations by its instruction sets, read from /proc/cpuinfo without
    loading CTranslate2; the same CPU keeps its key."""
    from toolkit.translate import machine
    from toolkit.translate.machine import ArgosEngine

    monkeypatch.delenv("ARGOS_COMPUTE_TYPE", raising=False)
    here = machine.cpu_features()
    assert here == machine.cpu_features() and here.split()[0] and "\n" not in here
    keys = {}
    for cpu in ("x86_64 avx avx2 avx512bw avx512f avx512_vnni fma sse4_1", "x86_64 sse4_1", "aarch64 asimd neon"):
        monkeypatch.setattr(machine, "_CPU", [cpu])
        keys[cpu] = CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru")
        assert f"compute auto on {cpu}, beam 4" in keys[cpu]
    assert len(set(keys.values())) == 3
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "int8")  # a type chosen is the same type on every CPU
    assert "compute int8, beam 4" in CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru")
    assert "sse4_1" not in CachedEngine(ArgosEngine(copy_models.models_dir)).model_identity("ru")


def test_another_compute_type_asks_the_model_again_and_redoes_the_articles(copy_models, monkeypatch, workspace):
    from toolkit import run

    def translate():
        return run(
            [workspace / "seeds" / "article.txt"],
            languages=["ru"],
            memory_paths=[],
            models_dir=copy_models.models_dir,
            formats=["md"],
            glossary_paths=[workspace / "glossaries"],
            out_dir=workspace / "out",
        ).as_dict()

    monkeypatch.delenv("ARGOS_COMPUTE_TYPE", raising=False)
    first = translate()
    assert first["counts"]["held"] == 1 and first["engine"]["segments"] > 0  # the copy model's output is held back
    assert translate()["counts"]["skipped"] == 1
    monkeypatch.setenv("TOOLKIT_THREADS", "2")  # threads change nothing the model writes
    assert translate()["counts"]["skipped"] == 1
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "float32")
    again = translate()
    assert again["counts"]["skipped"] == 0
    assert again["engine"] == first["engine"]  # asked for every sentence again, as the first run was
    assert translate()["counts"]["skipped"] == 1
    monkeypatch.delenv("ARGOS_COMPUTE_TYPE")  # back to the default: redone, from the cache kept for it
    back = translate()
    assert back["counts"]["skipped"] == 0 and back["engine"]["segments"] == 0


class Overriding(FaultyEngine):
    """A model whose outputs carry a right-to-left override and an escape, which no edition may show."""

    def translate_raw(self, sources, language):
        outputs = super().translate_raw(sources, language)
        return [RawTranslation("\u202e" + o.text + "\x1b[2J", o.problems) for o in outputs]


def test_a_models_bidi_overrides_and_controls_reach_neither_the_output_nor_the_cache(cache_dir):
    engine = CachedEngine(Overriding(), TranslationCache())
    first = engine.translate_raw(SENTENCES, "ru")
    assert [output.text for output in first] == [sentence + "[2J" for sentence in SENTENCES]
    again = CachedEngine(Overriding(), TranslationCache())
    assert again.translate_raw(SENTENCES, "ru") == first and again.raw.calls == []  # read back, not asked again
