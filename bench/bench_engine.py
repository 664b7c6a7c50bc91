"""The engine against a plain argostranslate.translate loop: same sentences, same model, one run.

Run:  python bench/bench_engine.py [--sentences 200] [--threads 1]

The baseline needs argostranslate, the optional extra: pip install -c constraints.txt '.[argos]'.

Both sides translate the same English sentences into Russian with the same
installed package (a copy model built by the toolkit, since no real model can
be downloaded here; a copy model exercises tokenising, decoding and batching,
not translation quality). The baseline is what a first version does: one
argostranslate.translate.translate() call per sentence. The toolkit's
ArgosEngine sends the whole document to CTranslate2 in batches. Import and
model-loading costs are reported apart from translation time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("the minister said talks with officials in the region would continue next week after a meeting "
         "on security and the future of the agreement reached by both sides").split()


def sentences(count: int, rng: random.Random) -> list[str]:
    names = ["Putin", "Erdogan", "Mamlouk", "Tehran", "Moscow", "Ankara"]
    return [" ".join(rng.sample(WORDS, rng.randint(5, 25))).capitalize() + f" in {rng.choice(names)}."
            for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = os.path.join(folder, variable.lower())
        os.environ["ARGOS_PACKAGES_DIR"] = os.environ["TOOLKIT_MODELS_DIR"] = os.path.join(folder, "models")
        os.environ["ARGOS_INTRA_THREADS"] = str(args.threads)
        from toolkit.testing.copy_model import build_copy_package
        from toolkit.translate.machine import ArgosEngine
        from toolkit.translate.packages import install

        install(build_copy_package(Path(folder) / "en_ru.argosmodel", "en", "ru"))
        text = sentences(args.sentences, random.Random(752))

        engine = ArgosEngine(threads=args.threads)
        start = time.perf_counter()
        engine.translate_raw(text[:1], "ru")
        engine_load = time.perf_counter() - start
        start = time.perf_counter()
        ours = engine.translate_raw(text, "ru")
        engine_time = time.perf_counter() - start

        try:
            import argostranslate  # noqa: F401 - the optional argos extra
        except ImportError:
            sys.exit("the baseline needs argostranslate: pip install -c constraints.txt '.[argos]'")
        start = time.perf_counter()
        import argostranslate.translate as argos

        argos.translate(text[0], "en", "ru")
        argos_load = time.perf_counter() - start
        start = time.perf_counter()
        theirs = [argos.translate(sentence, "en", "ru") for sentence in text]
        argos_time = time.perf_counter() - start

        same = sum(a.text == b for a, b in zip(ours, theirs))
        print(f"{args.sentences} sentences, en->ru copy model, {args.threads} thread(s)")
        print(f"import + load   ArgosEngine {engine_load:6.2f} s | argostranslate {argos_load:6.2f} s")
        print(f"translate       ArgosEngine {engine_time:6.2f} s | argostranslate loop {argos_time:6.2f} s | "
              f"ratio {argos_time / engine_time:5.1f}x")
        print(f"identical outputs: {same}/{len(text)}")


if __name__ == "__main__":
    main()
