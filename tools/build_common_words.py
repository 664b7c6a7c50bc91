"""Build the common-word lists the toolkit ships (toolkit/grammar/data/common_words/<lang>.txt.gz).

Placement never puts a name over a word that is more common in the language
than the name (toolkit.grammar.common_words). The frequencies come from wordfreq's
word lists (Robyn Speer et al., CC BY-SA 4.0); only the common words are kept,
rounded, so the package ships a few hundred KB instead of wordfreq's 58 MB.

Regenerate (needs wordfreq, which the toolkit itself does not depend on):

    pip install 'wordfreq>=3.1,<4'
    python tools/build_common_words.py            # writes the four files
    python tools/build_common_words.py --check    # compares lookups with wordfreq's

Format of each file (gzip-compressed UTF-8 text): comment lines start with
``#``; every other line is ``<zipf><TAB><word> <word> ...``: the words of one
frequency band (Zipf rounded to 0.1) that begin with the same letter, so a
lookup reads only the lines of its word's first letter. Words are as wordfreq
stores them (case-folded, Arabic-script marks removed); a word with a digit
is left out (a number is never a common word that looks like a name).
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "toolkit" / "grammar" / "data" / "common_words"
LANGUAGES = ("ar", "fa", "tr", "ru")
MINIMUM_ZIPF = 3.0  # about once per million words: rarer words are not "common"


def bands(language: str) -> dict[tuple[str, float], list[str]]:
    """The common words of a language by (first letter, Zipf frequency rounded to 0.1)."""
    from wordfreq import get_frequency_dict

    found: dict[tuple[str, float], list[str]] = defaultdict(list)
    for word, frequency in get_frequency_dict(language).items():
        zipf = math.log10(frequency) + 9
        if zipf >= MINIMUM_ZIPF and word.strip() and not any(ch.isdigit() or ch.isspace() for ch in word):
            found[(word[0], max(MINIMUM_ZIPF, round(zipf, 1)))].append(word)
    return found


def write(language: str) -> Path:
    from importlib.metadata import version

    lines = [
        f"# Common {language} words: Zipf frequency (rounded to 0.1) >= {MINIMUM_ZIPF}.",
        f"# From wordfreq {version('wordfreq')} (Robyn Speer et al.), data licensed CC BY-SA 4.0:",
        "# https://creativecommons.org/licenses/by-sa/4.0/ ; see README.md beside this file.",
        "# Regenerate with: python tools/build_common_words.py",
    ]
    for (_, zipf), words in sorted(bands(language).items(), key=lambda item: (item[0][0], -item[0][1])):
        lines.append(f"{zipf:.1f}\t{' '.join(sorted(words))}")
    path = DATA / f"{language}.txt.gz"
    DATA.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same lists give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def check(words_files: list[Path]) -> int:
    """Compare the shipped lists with wordfreq on the words of the given files (or the names sets)."""
    import re

    from wordfreq import zipf_frequency

    sys.path.insert(0, str(ROOT))
    from toolkit.grammar.common_words import zipf as shipped

    files = words_files or sorted((ROOT / "bench" / "names").glob("*/*.yaml"))
    differences = checked = 0
    for path in files:
        language = path.stem if path.stem in LANGUAGES else None
        if language is None:
            continue
        text = path.read_text("utf-8")
        for word in set(re.findall(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|[\u200c\u064b-\u065f\u0670])*", text)):
            expected = zipf_frequency(word, language)
            expected = round(expected, 1) if expected >= MINIMUM_ZIPF else 0.0
            got = shipped(word, language)
            checked += 1
            if abs(got - expected) > 0.11:
                differences += 1
                print(f"{language} {word!r}: wordfreq {expected}, shipped {got}")
    print(f"{checked} words checked, {differences} differ by more than the rounding")
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="compare lookups with wordfreq on the words of these files named <lang>.* "
        "(default: the names evaluation sets)",
    )
    args = parser.parse_args()
    if args.check is not None:
        return check(args.check)
    for language in LANGUAGES:
        path = write(language)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
