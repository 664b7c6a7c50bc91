"""Machine output and names: every fault real models make is repaired or flagged, never published silently."""

import pytest

from toolkit.testing.faulty_engine import FaultyEngine, transliterate
from toolkit.translate.machine import MachineEngine
from toolkit.translate.placement import NamePlacer

SENTENCE = "Gen. Ali Mamlouk met Erdogan's envoy in Moscow in 2018."
# what a model writes in Turkish for the sentence, and for it masked
TURKISH = {
    SENTENCE: "General Ali Memluk, 2018'de Moskova'da Erdoğan'ın elçisiyle görüştü.",
    "Gen. [[1]] met [[2]] envoy in [[3]] in 2018.": "General [[1]], 2018'de [[3]]'da [[2]]'ın elçisiyle görüştü.",
}


def turkish_model(text, language):
    return TURKISH.get(text, text) if language == "tr" else text


def translate(glossary, faults, language="tr", **options):
    options.setdefault("translate", turkish_model)
    engine = FaultyEngine(faults, common_nouns={"Mamlouk": "slave", "Memluk": "köle"}, **options)
    (translation,) = MachineEngine(engine, glossary).translate([SENTENCE], language)
    return translation, engine


def codes(translation):
    return [(p.severity, p.code) for p in translation.problems]


def test_names_the_model_copied_become_slots_keeping_the_possessive_as_genitive(glossary):
    translation, engine = translate(glossary, [], translate=lambda text, language: text)
    assert translation.template.code == "Gen. {mamlouk} met {erdogan:short+gen} envoy in {moscow} in 2018."
    assert codes(translation) == [] and len(engine.calls) == 1


def test_names_in_target_script_are_found_with_the_case_the_model_chose(glossary):
    placer = NamePlacer(glossary, "ru")
    mentions = placer.english.find(SENTENCE)
    placement = placer.locate("Генерал Али Мамлюк встретился с посланником Эрдогана в Москве в 2018 году.", mentions)
    assert placement.template.code == (
        "Генерал {mamlouk} встретился с посланником {erdogan:short+gen} в {moscow:prep} в 2018 году."
    )
    assert placement.complete


def test_a_name_spelled_the_models_way_is_matched_fuzzily_with_its_ending(glossary):
    placer = NamePlacer(glossary, "ru")
    mentions = placer.english.find("Putin met Mamlouk.")
    placement = placer.locate("Путин встретился с Мамлуком.", mentions)  # Мамлук, not the glossary's Мамлюк
    assert placement.template.code == "{putin:short} встретился с {mamlouk:short+ins}."


@pytest.mark.parametrize("language", ["ru", "ar", "fa"])
def test_latin_transliterated_into_the_target_script_is_repaired(glossary, language):
    from toolkit.render import render

    translation, _ = translate(glossary, ["transliterate_latin"], language)
    assert sorted(slot.entry_id for slot in translation.template.slots) == ["erdogan", "mamlouk", "moscow"]
    assert "error" not in [severity for severity, _ in codes(translation)]
    text = "".join(piece.text for piece in render(translation.template, glossary, language)[0])
    full_name = glossary["mamlouk"].renderings[language].full["nom"]
    assert text.count(full_name) == 1 and text.count(full_name.split()[0]) == 1  # "Ali" is not left twice


def test_a_multiword_name_spelled_the_models_way_is_one_slot(glossary):
    placer = NamePlacer(glossary, "ar")
    mentions = placer.english.find("Ali Mamlouk arrived.")
    placement = placer.locate("وصل علی مملوق.", mentions)  # Persian ی and a qaf: the model's own spelling
    assert placement.template.code == "وصل {mamlouk}."


def test_a_name_translated_as_a_common_noun_is_repaired_with_placeholders(glossary):
    translation, engine = translate(glossary, ["name_as_common_noun"])
    assert engine.calls[1] == ["Gen. [[1]] met [[2]] envoy in [[3]] in 2018."]
    assert translation.template.code == "General {mamlouk}, 2018'de {moscow:loc} {erdogan:short+gen} elçisiyle görüştü."
    assert codes(translation) == []


@pytest.mark.parametrize(
    "fault", ["space_placeholder", "punctuate_placeholder", "arabic_indic_digits", "persian_digits"]
)
def test_mangled_placeholders_are_repaired(glossary, fault):
    translation, _ = translate(glossary, ["name_as_common_noun", fault])
    assert sorted(slot.entry_id for slot in translation.template.slots) == ["erdogan", "mamlouk", "moscow"]
    assert codes(translation) == []


def test_reordered_placeholders_keep_each_name_with_its_number(glossary):
    translation, _ = translate(glossary, ["name_as_common_noun", "reorder_placeholders"])
    assert translation.template.code == "General {moscow}, 2018'de {mamlouk:loc} {erdogan:short+gen} elçisiyle görüştü."


def test_a_duplicated_placeholder_is_removed_with_a_warning(glossary):
    translation, _ = translate(glossary, ["name_as_common_noun", "duplicate_placeholder"])
    assert sorted(slot.entry_id for slot in translation.template.slots) == ["erdogan", "mamlouk", "moscow"]
    assert codes(translation) == [("warning", "placeholder-duplicated")]


def test_a_dropped_placeholder_flags_the_segment(glossary):
    translation, _ = translate(glossary, ["name_as_common_noun", "drop_placeholder"])
    assert ("error", "name-unplaced") in codes(translation)
    message = next(p.message for p in translation.problems if p.code == "name-unplaced")
    assert message.startswith("'Ali Mamlouk' (mamlouk) could not be found in the machine translation")


def test_endings_glued_to_placeholders_become_forms(glossary):
    mentions = NamePlacer(glossary, "ru").english.find("Putin met Erdogan in Tehran.")
    tr = NamePlacer(glossary, "tr").restore("[[1]], [[2]]'ın [[3]]'da", mentions)
    assert tr.template.code == "{putin:short}, {erdogan:short+gen} {tehran:loc}"
    ru = NamePlacer(glossary, "ru").restore("[[1]] встретился с [[2]]ом в [[3]]е", mentions)
    assert ru.template.code == "{putin:short} встретился с {erdogan:short+ins} в {tehran:prep}"
    ar = NamePlacer(glossary, "ar").restore("التقى [[1]] ب[[2]] و[[3]]", mentions)
    assert ar.template.code == "التقى {putin:short} {erdogan:short+bi} {tehran:wa}"


def test_numbers_in_brackets_that_are_not_placeholders_stay(glossary):
    mentions = NamePlacer(glossary, "ru").english.find("Putin spoke.")
    placement = NamePlacer(glossary, "ru").restore("[[1]] выступил [2018] (5).", mentions)
    assert placement.template.code == "{putin:short} выступил [2018] (5)."


def test_transliteration_spells_like_a_model():
    assert transliterate("Mamlouk", "ru") == "Мамлук"
    assert transliterate("Erdogan", "ar") == "اردوغان"


def test_the_whole_document_is_one_batch_per_language(glossary, seed_document):
    from toolkit.pipeline import translate_document

    engine = FaultyEngine([])
    machine = MachineEngine(engine, glossary)
    editions = translate_document(seed_document, ["ru"], glossary, [machine])
    # every sentence in one batch; the placeholder retries (names the copy left in Latin letters, whose
    # Russian case is a guess) in one more
    assert len(engine.calls[0]) == 24 and len(engine.calls) <= 2
    assert all("[[1]]" in sentence for batch in engine.calls[1:] for sentence in batch)
    assert {s.origin for s in editions[0].segments} == {"faulty"}


# The Argos engine: token batches sorted by length, threads from the cores, models checked without loading


def test_token_batches_put_sentences_of_like_length_together_within_the_budget():
    from toolkit.translate.machine import token_batches

    lengths = [10, 300, 12, 90, 11, 95, 2000, 9]
    batches = token_batches(lengths, max_tokens=256, max_sentences=3)
    assert batches == [[6], [1], [5, 3], [2, 4, 0], [7]]  # longest first; the over-long one alone
    assert sorted(index for batch in batches for index in batch) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 256
    assert token_batches([]) == []


def test_threads_go_to_batches_side_by_side_or_to_worker_processes(monkeypatch):
    from toolkit.translate.machine import ThreadPlan, thread_plan

    monkeypatch.delenv("TOOLKIT_THREADS", raising=False)
    assert thread_plan(processes=1, cores=2) == ThreadPlan(intra=1, inter=2)
    assert thread_plan(processes=2, cores=2) == ThreadPlan(intra=1, inter=1)
    assert thread_plan(processes=3, cores=2) == ThreadPlan(intra=1, inter=1)
    assert thread_plan(processes=2, cores=16) == ThreadPlan(intra=1, inter=4)
    monkeypatch.setenv("TOOLKIT_THREADS", "3")
    assert thread_plan(processes=2, cores=2) == ThreadPlan(intra=3, inter=1)


def test_models_run_with_the_compute_type_argos_would_choose(monkeypatch, tmp_path):
    import json

    from toolkit.translate.machine import compute_type

    monkeypatch.delenv("ARGOS_COMPUTE_TYPE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert compute_type() == "auto"  # Argos's own default: the fastest type the machine supports
    (tmp_path / "argos-translate").mkdir()
    (tmp_path / "argos-translate" / "settings.json").write_text(json.dumps({"ARGOS_COMPUTE_TYPE": "int8"}))
    assert compute_type() == "int8"
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "Float32 ")
    assert compute_type() == "float32"


def test_a_compute_type_ctranslate2_does_not_know_is_a_request_error_naming_the_setting(monkeypatch):
    from toolkit.errors import UserError
    from toolkit.translate.machine import ArgosEngine

    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "int4-fast")
    with pytest.raises(UserError) as raised:
        ArgosEngine()
    assert str(raised.value).startswith("ARGOS_COMPUTE_TYPE='int4-fast' is not a CTranslate2 compute type")
    assert "the default is auto" in raised.value.fix


def _plain_loop(engine, language, sentences):
    """The baseline: each sentence alone through CTranslate2 as Argos runs it (one thread, unknown words replaced),
    with the package's tokenizer; the engine's outputs must be these."""
    import ctranslate2
    import sentencepiece

    from toolkit.translate.machine import BEAM_SIZE, length_limit

    package = engine.package(language)
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    translator = ctranslate2.Translator(
        str(package / "model"), device="cpu", intra_threads=1, compute_type=engine.compute_type
    )
    plain = []
    for sentence in sentences:
        tokens = tokenizer.encode(sentence, out_type=str)
        [result] = translator.translate_batch(
            [tokens], beam_size=BEAM_SIZE, max_decoding_length=length_limit(len(tokens)), replace_unknowns=True
        )
        plain.append(tokenizer.decode(result.hypotheses[0]))
    return plain, tokenizer


def test_batched_translation_is_the_plain_one_sentence_loop(copy_models):
    import random

    from toolkit.translate.machine import ArgosEngine, ThreadPlan

    rng = random.Random(7)
    words = (
        "the minister said talks with officials in Ankara would continue next week after a meeting on "
        "security and 13 other matters, Erdogan's envoy told reporters"
    ).split()
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 45))).capitalize() + "." for _ in range(120)]
    engine = ArgosEngine(copy_models.models_dir)
    engine.threads = ThreadPlan(intra=1, inter=2)  # batches side by side, as on a 2-core machine
    plain, _ = _plain_loop(engine, "tr", sentences)

    batched = engine.translate_raw(sentences, "tr")
    assert [translation.text for translation in batched] == plain == sentences  # a copy model copies
    assert all(translation.problems == () for translation in batched)


def _spied(engine, language):
    """The engine's loaded model for ``language`` with its translator's calls recorded: (sentences, replace_unknowns)."""
    model = engine._load(engine.package(language))
    calls = []
    translate_batch = model.translator.translate_batch

    class Spy:
        def translate_batch(self, batch, **options):
            calls.append(([tokens[:] for tokens in batch], options["replace_unknowns"]))
            return translate_batch(batch, **options)

    model.translator = Spy()
    return calls


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_unknown_words_are_replaced_only_where_the_source_has_a_piece_the_model_lacks(copy_models, language):

    from toolkit.translate.machine import ArgosEngine

    sentences = [
        "Erdogan's envoy met officials in Ankara on Monday.",
        "Сергей Лавров met the envoy in Moscow.",  # Cyrillic: letters the copy model's tokenizer never saw
        "The minister said talks would continue next week.",
        "The caf\u00e9 in \u00abHauts-de-France\u00bb reopened \u2014 5 km east of Lille.",
        "",
    ]
    engine = ArgosEngine(copy_models.models_dir)
    plain, tokenizer = _plain_loop(engine, language, sentences)
    calls = _spied(engine, language)

    translated = [translation.text for translation in engine.translate_raw(sentences, language)]
    assert translated == plain == sentences  # the copy model copies even the letters it lacks
    searched = {tokenizer.decode(tokens): replace_unknowns for batch, replace_unknowns in calls for tokens in batch}
    assert searched == {sentence: sentence in (sentences[1], sentences[3]) for sentence in sentences}


def test_an_output_holding_an_unknown_word_is_searched_again_with_it_replaced(copy_models):
    from toolkit.translate.machine import ArgosEngine

    engine = ArgosEngine(copy_models.models_dir)
    model = engine._load(engine.package("tr"))
    model.unknown_token = "\u2581the"  # as if the model wrote its unknown word for "the" where the source has one
    calls = _spied(engine, "tr")
    sentences = ["Officials met in Ankara.", "Talks with the envoy went on.", "The talks went on."]

    translated = [translation.text for translation in engine.translate_raw(sentences, "tr")]
    assert translated == sentences
    first = [(len(batch), replace_unknowns) for batch, replace_unknowns in calls if not replace_unknowns]
    again = [tokens for batch, replace_unknowns in calls if replace_unknowns for tokens in batch]
    assert sum(size for size, _ in first) == 3  # every sentence searched once without replacing
    assert [model.tokenizer.decode(tokens) for tokens in again] == ["Talks with the envoy went on."]


def test_a_models_unknown_word_is_read_from_its_config(tmp_path):
    import json

    from toolkit.translate.machine import _unknown_token

    (tmp_path / "model").mkdir()
    assert _unknown_token(tmp_path) == "<unk>"  # no config.json: CTranslate2's default
    (tmp_path / "model" / "config.json").write_text(json.dumps({"unk_token": "<UNK>", "add_source_eos": True}))
    assert _unknown_token(tmp_path) == "<UNK>"
    (tmp_path / "model" / "config.json").write_text(json.dumps({"unk_token": None}))
    assert _unknown_token(tmp_path) == "<unk>"
    (tmp_path / "model" / "config.json").write_text("{not json")
    assert _unknown_token(tmp_path) == "<unk>"


def test_a_sentence_within_the_limit_is_one_piece_and_a_longer_one_is_cut_at_clause_ends():
    from itertools import pairwise

    from toolkit.translate.machine import sentence_pieces

    words = ["\u2581word"] * 9
    assert sentence_pieces(words, limit=10) == [(0, 9)]
    assert sentence_pieces([], limit=10) == [(0, 0)]
    # a comma in the second half of the window wins over the last word start
    clause = ["\u2581a", "\u2581b", "\u2581c", "\u2581d", "\u2581e", "\u2581f", "\u2581g,", "\u2581h", "\u2581i"]
    assert sentence_pieces(clause * 2, limit=10) == [(0, 7), (7, 16), (16, 18)]
    # no clause end: cut before the last word that starts in the window; never inside a word when one starts there
    glued = ["\u2581Ab", "c", "d", "\u2581Ef", "g", "h", "\u2581Ij", "k", "l", "m", "\u2581No"]
    assert sentence_pieces(glued, limit=8) == [(0, 6), (6, 11)]
    # one word longer than the window is cut at the limit
    assert sentence_pieces(["\u2581x"] + ["y"] * 24, limit=10) == [(0, 10), (10, 20), (20, 25)]
    for limit in (10, 37, 400):
        tokens = [("\u2581" if i % 3 == 0 else "") + ("w," if i % 11 == 0 else "w") for i in range(5000)]
        pieces = sentence_pieces(tokens, limit=limit)
        assert pieces[0][0] == 0 and pieces[-1][1] == len(tokens)
        assert all(end == following for (_, end), (following, _) in pairwise(pieces))  # nothing lost
        assert all(0 < end - start <= limit for start, end in pieces)


def test_a_sentence_thousands_of_tokens_long_is_translated_whole_in_pieces_with_a_warning(copy_models):
    from toolkit.translate.machine import MAX_SENTENCE_TOKENS, ArgosEngine

    clause = "the minister said that talks in Ankara would go on, and officials agreed"
    long_sentence = " ".join([clause] * 120) + "."  # about 2,000 tokens: one sentence without a full stop
    short = "Talks in Ankara went on."
    engine = ArgosEngine(copy_models.models_dir)
    long_output, short_output = engine.translate_raw([long_sentence, short], "ru")
    assert long_output.text == long_sentence  # a copy model copies: every piece came back, joined in order
    assert short_output == type(short_output)(short)  # a sentence within the limit is untouched, no warning
    [warning] = long_output.problems
    assert (warning.severity, warning.code) == ("warning", "sentence-cut")
    assert f"more than the {MAX_SENTENCE_TOKENS}" in warning.message and "pieces" in warning.message


def test_pieces_the_model_stopped_in_at_its_length_limit_are_one_error_naming_them(copy_models, monkeypatch):
    from toolkit.translate import machine

    monkeypatch.setattr(machine, "length_limit", lambda source_tokens: 6)  # every piece runs into it
    clause = "the minister said that talks in Ankara would go on, and officials agreed"
    long_sentence = " ".join([clause] * 40) + "."
    engine = machine.ArgosEngine(copy_models.models_dir)
    long_output, short_output = engine.translate_raw([long_sentence, "Talks in Ankara went on and on."], "ru")
    cut, stopped = long_output.problems
    assert (cut.code, stopped.severity, stopped.code) == ("sentence-cut", "error", "truncated")
    pieces = cut.message.split("translated in ")[1].split(" pieces")[0]
    assert stopped.message.endswith(
        f"piece {', '.join(map(str, range(1, int(pieces) + 1)))} of {pieces} may be missing"
    )
    [alone] = short_output.problems
    assert alone.message == "the model stopped at its length limit: the end of this sentence may be missing"


def test_an_installed_model_is_checked_without_loading_it(copy_models, tmp_path):
    import shutil

    from toolkit.errors import UserError
    from toolkit.translate.machine import ArgosEngine, check_package

    package = tmp_path / "translate-en_ru"
    shutil.copytree(next(copy_models.models_dir.glob("*en_ru*")), package)
    check_package(package)
    model = package / "model" / "model.bin"
    whole = model.read_bytes()
    for damaged, detail in [
        (whole[:-1], "model/model.bin is cut short"),
        (whole[:10], "model/model.bin is cut short"),
        (
            (7).to_bytes(4, "little") + whole[4:],
            "model/model.bin has binary version v7, which this CTranslate2 cannot read (v6 or below)",
        ),
        (b"", "model/model.bin is cut short (0 bytes)"),
    ]:
        model.write_bytes(damaged)
        with pytest.raises(UserError) as caught:
            check_package(package)
        assert caught.value.message.startswith("the en->ru model does not work: " + detail)
    model.write_bytes(whole)
    (package / "sentencepiece.model").write_bytes(b"not a tokenizer")
    with pytest.raises(UserError, match="the en->ru model does not work"):
        check_package(package)
    assert ArgosEngine(tmp_path / "no-models").check("ru") is None


def test_the_placers_of_one_glossary_and_language_read_its_entries_once_until_they_change(glossary):
    """The engine's, the QA checks' and the review import's placers share one pass over a large glossary; a
    glossary whose entries have changed since is read again."""
    from toolkit.glossary.model import Glossary

    own = Glossary(entries=dict(glossary.entries))
    first = NamePlacer(own, "ru")._every_entry_read()
    assert NamePlacer(own, "ru")._every_entry_read() is first
    assert NamePlacer(own, "tr")._every_entry_read() is not first
    assert any("putin" in ids for ids in first.name_words.values())
    del own.entries["putin"]
    again = NamePlacer(own, "ru")._every_entry_read()
    assert again is not first and not any("putin" in ids for ids in again.name_words.values())
    assert ("supreme-leader", ("верховный", "лидер")) in again.titles


# what a run of the seed article from its memory leaves unloaded (each a few hundred microseconds to a millisecond
# of every run's start): the code of names no glossary covers (their stubs, forms and spellings; the seed has none),
# the glossary's loaded forms (read by `toolkit glossary check`, not by a run's lint), pickle (for worker processes),
# shlex (for the fix of a glossary finding) and html (whose table of named references only unescaping needs)
_RARE_IN_A_SEED_RUN = (
    "toolkit.glossary.stubs",
    "toolkit.glossary.family_first",
    "toolkit.grammar.base_forms",
    "toolkit.grammar.transliterate",
    "toolkit.glossary.loaded",
    "importlib.resources",
    "pickle",
    "shlex",
    "html",
)


def test_a_run_from_the_memory_loads_no_model_code(tmp_path):
    """The seed article comes whole from its memory: the run checks the models it may need, but CTranslate2,
    SentencePiece, NumPy and the logging that quiets a model's load are imported only when a sentence goes to a
    model, and the markers that carry formatting through a model only when the memory lacks a sentence too (QA
    reads verbatim runs with their code)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\nfrom toolkit.cli import main\n"
        f"try: main(['translate', 'seeds/article.txt', '--out', {str(tmp_path / 'out')!r}, '-q'])\n"
        "except SystemExit as stop: print('EXIT', stop.code)\n"
        "print('LOADED', sorted(m for m in ('ctranslate2', 'sentencepiece', 'numpy', 'logging', 'argostranslate')"
        " if m in sys.modules))\n"
    )
    env = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
    assert "EXIT 0" in result.stdout, result.stdout + result.stderr
    assert "LOADED []" in result.stdout, result.stdout
    assert (tmp_path / "out" / "article").is_dir()


def test_a_run_again_from_the_memory_with_its_cache_kept_loads_only_what_the_seed_needs(tmp_path):
    """The seed article's second run, its cache folder kept from the first (parsed glossaries, name checks'
    findings) as a desk's is: the modules of rarer paths (_RARE_IN_A_SEED_RUN) are not loaded."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    for run in ("first", "second"):
        code = (
            "import sys\nfrom toolkit.cli import main\n"
            f"try: main(['translate', 'seeds/article.txt', '--out', {str(tmp_path / run)!r}, '-q'])\n"
            "except SystemExit as stop: print('EXIT', stop.code)\n"
            f"print('RARE', sorted(m for m in {_RARE_IN_A_SEED_RUN!r} if m in sys.modules))\n"
        )
        result = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
        assert "EXIT 0" in result.stdout, result.stdout + result.stderr
        assert (tmp_path / run / "article" / "article.ru.md").is_file()
    assert "RARE []" in result.stdout, result.stdout
