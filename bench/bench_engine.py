"""The Argos engine against a plain one-sentence CTranslate2 loop, on article-length sentences, in one process.

Run:  python bench/bench_engine.py [--sentences 400] [--rounds 7]

Every side translates the same English sentences of 20-40 words (wire copy
with glossary names, bench/articles.py) into Russian with the same installed
package, a copy model built by the toolkit (no real model can be downloaded
here: a copy model exercises tokenising, beam search, batching and threads,
not translation quality, and its matrices are far smaller than a real
model's). Sides, interleaved round by round (the order alternates), medians
and spread reported:

- ``plain loop``: the baseline, what a first version does: one
  ``translate_batch([sentence])`` call per sentence, beam 4, each sentence's
  own length limit, one thread (more threads made it slower here);
- ``engine``: ArgosEngine as a run uses it on this machine (length-sorted
  token batches, the thread plan for one process: batches side by side);
- ``engine, 1 thread``: the same batches on one core (what each worker
  process of a parallel batch run does);
- ``before``: the engine as it was (batches of 32 sentences in input order,
  ``min(4, cores)`` threads per batch, one batch at a time);
- ``argostranslate``: ``argostranslate.translate.translate`` per sentence,
  when the optional extra is installed (``pip install -c constraints.txt
  '.[argos]'``), with ARGOS_INTRA_THREADS=1.

Outputs are compared with the plain loop's: they must be identical.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))


def summary(times: list[float]) -> str:
    quartiles = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
    return (
        f"median {statistics.median(times):6.3f} s (IQR {quartiles[0]:.3f}-{quartiles[2]:.3f}, "
        f"min {min(times):.3f}, max {max(times):.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = os.path.join(folder, variable.lower())
        os.environ["ARGOS_PACKAGES_DIR"] = os.environ["TOOLKIT_MODELS_DIR"] = os.path.join(folder, "models")
        os.environ["ARGOS_INTRA_THREADS"] = "1"
        os.environ.pop("TOOLKIT_THREADS", None)
        import ctranslate2
        import sentencepiece
        from articles import sentences

        from toolkit.testing.copy_model import build_copy_package
        from toolkit.translate.machine import (
            BEAM_SIZE,
            ArgosEngine,
            ThreadPlan,
            compute_type,
            length_limit,
            thread_plan,
        )
        from toolkit.translate.packages import install

        ctranslate2.set_log_level(40)
        install(build_copy_package(Path(folder) / "en_ru.argosmodel", "en", "ru"))
        text = sentences(args.sentences)
        engine = ArgosEngine()
        package = engine.package("ru")
        assert package is not None
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
        tokens = [tokenizer.encode(sentence, out_type=str) for sentence in text]
        lengths = sorted(len(t) for t in tokens)
        cores = os.cpu_count() or 1

        def plain_loop() -> Callable[[], list[str]]:
            translator = ctranslate2.Translator(
                str(package / "model"), device="cpu", intra_threads=1, compute_type=compute_type()
            )

            def translate() -> list[str]:
                return [
                    tokenizer.decode(
                        translator.translate_batch(
                            [t], beam_size=BEAM_SIZE, max_decoding_length=length_limit(len(t)), replace_unknowns=True
                        )[0].hypotheses[0]
                    )
                    for t in tokens
                ]

            return translate

        def toolkit_engine(plan: ThreadPlan) -> Callable[[], list[str]]:
            ours = ArgosEngine()
            ours.threads = plan

            def translate() -> list[str]:
                return [r.text for r in ours.translate_raw(text, "ru") or []]

            return translate

        def before() -> Callable[[], list[str]]:
            translator = ctranslate2.Translator(
                str(package / "model"),
                device="cpu",
                inter_threads=1,
                intra_threads=max(1, min(4, cores)),
                compute_type=compute_type(),
            )

            def translate() -> list[str]:
                limit = max(256, 3 * max(len(t) for t in tokens) + 16)
                return [
                    tokenizer.decode(r.hypotheses[0])
                    for r in translator.translate_batch(
                        tokens,
                        beam_size=BEAM_SIZE,
                        max_decoding_length=limit,
                        replace_unknowns=True,
                        max_batch_size=32,
                        batch_type="examples",
                    )
                ]

            return translate

        sides: dict[str, Callable[[], list[str]]] = {
            "plain loop (baseline)": plain_loop(),
            f"engine ({thread_plan().inter} batches x {thread_plan().intra} thread)": toolkit_engine(thread_plan()),
            "engine, 1 thread": toolkit_engine(ThreadPlan(intra=1, inter=1)),
            f"before (32 in order, {max(1, min(4, cores))} threads)": before(),
        }
        try:
            import argostranslate.translate as argos

            def argos_loop() -> list[str]:
                return [argos.translate(sentence, "en", "ru") for sentence in text]

            start = time.perf_counter()
            argos_loop()  # imports spaCy/stanza/torch and loads the model: not measured
            argos_load = time.perf_counter() - start
            sides["argostranslate loop"] = argos_loop
        except ImportError:
            argos_load = None

        reference = sides["plain loop (baseline)"]()
        same = {name: translate() == reference for name, translate in sides.items()}
        times: dict[str, list[float]] = {name: [] for name in sides}
        for round_number in range(args.rounds):
            order = list(sides) if round_number % 2 == 0 else list(reversed(sides))
            for name in order:
                start = time.perf_counter()
                sides[name]()
                times[name].append(time.perf_counter() - start)

        print(
            f"{len(text)} sentences of 20-40 words ({lengths[len(lengths) // 2]} tokens median, {lengths[-1]} "
            f"max), en->ru copy model, {cores} cores, {args.rounds} interleaved rounds"
        )
        baseline = statistics.median(times["plain loop (baseline)"])
        for name in sides:
            ratio = baseline / statistics.median(times[name])
            print(
                f"  {name:34} {summary(times[name])}  {ratio:4.2f}x the plain loop  "
                f"identical: {'yes' if same[name] else 'NO'}"
            )
        if argos_load is None:
            print("  argostranslate: not installed (pip install -c constraints.txt '.[argos]' to compare with it)")
        else:
            print(f"  (argostranslate's import and first load: {argos_load:.2f} s, not counted above)")


if __name__ == "__main__":
    main()
