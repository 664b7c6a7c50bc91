"""Hostile inputs: does each reader stay linear in the size of what an attacker (or a broken generator) sends?

Run:  python bench/bench_hostile.py [--size 10000] [--rounds 3] [--only NAME]

For each hostile shape the tests guard against hanging (a page of bold nested thousands deep, a sentence that
never ends, thousands of tags, a long run of one character, a deep or long YAML file, a glossary of many
entries, units hidden in XML comments, character references by the thousand), the reader is timed at size n
and at 2n in the same run (the best of ``--rounds`` each, interleaved) and the ratio printed: about 2x is
linear, about 4x square. A ratio above 3x is flagged; the run exits 1 if any is.
Reading may end in the refusal a bound makes (a UserError): that refusal is what is timed then.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FLAG = 3.0


def article(suffix: str, make: Callable[[int], str]) -> Callable[[int, Path], Callable[[], object]]:
    """A reader of an article file of that suffix holding make(n)."""

    def prepare(n: int, folder: Path) -> Callable[[], object]:
        from toolkit.read import read_document

        path = folder / f"story-{n}.{suffix}"
        path.write_text(make(n), encoding="utf-8")
        return lambda: read_document(path)

    return prepare


def on_text(function: Callable[[str], object], make: Callable[[int], str]):
    def prepare(n: int, folder: Path) -> Callable[[], object]:
        text = make(n)
        return lambda: function(text)

    return prepare


def yaml_file(make: Callable[[int], str]):
    def prepare(n: int, folder: Path) -> Callable[[], object]:
        from toolkit.yamlfile import load_yaml

        path = folder / f"file-{n}.yaml"
        path.write_text(make(n), encoding="utf-8")
        return lambda: load_yaml(path)

    return prepare


def glossary_file(n: int, folder: Path) -> Callable[[], object]:
    from toolkit.glossary.load import check_glossary

    path = folder / f"glossary-{n}.yaml"
    path.write_text(
        "".join(
            f"- id: p{i}\n  type: person\n  en: {{name: Karim Number{i}}}\n  ar: {{name: كريم}}\n"
            f"  fa: {{name: کریم}}\n  tr: {{name: Karim Number{i}}}\n  ru: {{name: Карим, indeclinable: true}}\n"
            for i in range(n // 10)
        ),
        encoding="utf-8",
    )
    return lambda: check_glossary([path])


def reviewed_rows_of_new_names(n: int, folder: Path) -> Callable[[], object]:
    """A memory import of n/50 rows, each naming people the glossary lacks (each row refused for its own)."""
    from datetime import datetime, timezone

    from toolkit.glossary.load import load_glossary
    from toolkit.translate.reviewed import ReviewedSegment, store_reviewed

    glossary = load_glossary([Path(__file__).resolve().parent.parent / "glossaries"])
    letters = "bdfgklmnprstvz"

    def word(i: int) -> str:
        return "".join(letters[(i >> shift) % len(letters)] + "aeiou"[(i >> shift) % 5] for shift in (0, 4, 8, 12))

    records = [
        ReviewedSegment(
            f"story:{i}.1",
            f"Minister {word(i).capitalize()} {word(i + 7).capitalize()} met {word(i + 3).capitalize()} on Monday.",
            "Министр встретился в понедельник.",
            "ru",
            "A. Editor",
            datetime(2026, 11, 26, tzinfo=timezone.utc),
            f"row {i}",
        )
        for i in range(n // 50)
    ]
    memory = folder / f"memory-{n}.tmx"
    return lambda: store_reviewed(records, memory, glossary, tool_version="bench", dry_run=True)


def units_in_comment(n: int, folder: Path) -> Callable[[], object]:
    from toolkit.xmlsafe import check_element_count

    data = ("<tmx><body><!--" + "<tu>" * n + "--><![CDATA[" + "<tu>" * n + "]]></body></tmx>").encode()
    return lambda: check_element_count(data, "x.tmx", "TMX file", ("tu",), 100, "units")


def names_in_capitals(n: int, folder: Path) -> Callable[[], object]:
    """glossary suggest over five paragraphs, each one sentence of n/50 pairs of new acronyms ("the BKT met the
    DRV, ..."): every name in capitals asks whether its capitals are typography."""
    from toolkit.glossary.load import load_glossary
    from toolkit.glossary.suggest import find_candidates
    from toolkit.read.text import parse_plain_text

    letters = "BCDFGHJKLMNPQRSTVWXZ"
    names = iter(a + b + c for a in letters for b in letters for c in letters)
    paragraphs = [
        "Officials said " + ", ".join(f"the {next(names)} met the {next(names)}" for _ in range(n // 50)) + "."
        for _ in range(5)
    ]
    text = "Talks\n\nBAGHDAD (REUTERS) - " + "\n\n".join(paragraphs) + "\n"
    glossary = load_glossary([])
    return lambda: find_candidates([parse_plain_text(text, f"capitals-{n}")], glossary)


def localised(text: str, code: str = "ru") -> object:
    from toolkit.document import Piece
    from toolkit.languages import language
    from toolkit.localise import Localiser
    from toolkit.settings import Settings

    return Localiser.for_language(language(code), Settings()).localise([Piece(text)], text)


def localised_persian(text: str) -> object:
    """Persian: digits to Persian, and the left-to-right runs (ranges, codes) an RTL edition isolates."""
    return localised(text, "fa")


SHAPES: dict[str, Callable[[int, Path], Callable[[], object]]] = {
    "html: <b> nested n deep": article("html", lambda n: "<h1>T</h1><p>" + "<b>" * n + "Putin met Erdogan.</p>"),
    "html: n <span> in a paragraph": article("html", lambda n: "<h1>T</h1><p>" + "<span>x</span> " * (n // 2) + "</p>"),
    "html: &amp; x n": article("html", lambda n: "<h1>T</h1><p>Fine.</p><p>" + "&amp;" * n + "</p>"),
    "html: &#xE000; x n": article("html", lambda n: "<h1>T</h1><p>" + "a&#xE000;" * n + "</p>"),
    "html: &#xFFFD; on n lines": article("html", lambda n: "<h1>T</h1><p>" + "caf&#xFFFD;\n" * n + "</p>"),
    "md: *emphasis* nested n deep": article("md", lambda n: "# T\n\n" + "*" * n + "word" + "*" * n + "\n"),
    "md: word, x n (no spaces)": article("md", lambda n: "# T\n\nFine.\n\n" + "word," * (n // 5) + "\n"),
    "md: &#xFFFD; x n in one paragraph": article("md", lambda n: "# T\n\n" + "a&#xFFFD; *b*" * (n // 10) + "\n"),
    "md: &#xE000; x n": article("md", lambda n: "# T\n\n" + "&#xE000;" * (n // 4) + "\n"),
    "txt: a sentence without an end": article("txt", lambda n: "T\n\n" + "word " * (n // 5) + "\n"),
    "txt: & x n": article("txt", lambda n: "T\n\n" + "&" * n + "\n"),
    "txt: one letter x n": article("txt", lambda n: "T\n\n" + "a" * n + "\n"),
    "txt: words mixing Latin and Cyrillic x n": article(
        "txt", lambda n: "T\n\n" + "".join(f"Ir\u0430n{i} " for i in range(n // 8)) + "\n"
    ),
    "md: words mixing scripts, one a line, x n in one paragraph": article(
        "md", lambda n: "# T\n\n" + "".join(f"Ir\u0430n{i} met.\n" for i in range(n // 12)) + "\n"
    ),
    "html: words mixing scripts by reference x n in one paragraph": article(
        "html", lambda n: "<h1>T</h1><p>" + "".join(f"Ir&#1072;n{i} met.\n" for i in range(n // 16)) + "</p>"
    ),
    "md: --- and a field, never closed, n lines": article("md", lambda n: "---\ntitle: T\n" + "x: y\n" * (n // 5)),
    "html: unknown <meta charset>, n letters": article(
        "html", lambda n: '<meta charset="utf8mb4"><h1>T</h1><p>' + "word " * (n // 5) + "</p>"
    ),
    "txt: spaces x n in a sentence": article("txt", lambda n: "T\n\nHe left." + " " * n + "Putin stayed.\n"),
    "localise: ( x n": on_text(localised, lambda n: "(" * n),
    "localise: 10-15 x n": on_text(localised, lambda n: ("10-15 " * n)[:n]),
    "localise (fa): 10:30-12:00 x n": on_text(localised_persian, lambda n: ("10:30-12:00 " * n)[:n]),
    "localise (fa): 3 K 45/24 x n": on_text(localised_persian, lambda n: ("3 K 45/24 " * n)[:n]),
    "localise (fa): digits and / - : . x n": on_text(localised_persian, lambda n: ("1/2-3:4.5 " * n)[:n]),
    "yaml: [ nested n deep": yaml_file(lambda n: "a: " + "[" * n + "]" * n + "\n"),
    "yaml: n keys": yaml_file(lambda n: "".join(f"k{i}: v\n" for i in range(n // 10))),
    "glossary: n/10 entries (check)": glossary_file,
    "xml: <tu> x n in a comment and CDATA": units_in_comment,
    "memory import: n/50 rows of new names": reviewed_rows_of_new_names,
    "glossary suggest: sentences of n/50 pairs of names in capitals": names_in_capitals,
}


def best(run: Callable[[], object]) -> float:
    from toolkit.errors import UserError

    start = time.perf_counter()
    with suppress(UserError):
        run()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="n (the larger input is 2n)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", help="run the shapes whose name contains this")
    args = parser.parse_args()
    flagged = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TOOLKIT_CACHE_DIR"] = os.path.join(folder, "cache")
        print(f"| shape | n={args.size:,} | 2n | ratio |")
        print("|---|---:|---:|---:|")
        for name, prepare in SHAPES.items():
            if args.only and args.only not in name:
                continue
            small, large = prepare(args.size, Path(folder)), prepare(2 * args.size, Path(folder))
            best(small)  # warm: imports, caches of compiled patterns
            times = {small: [], large: []}
            for _ in range(args.rounds):
                for run in (small, large):
                    times[run].append(best(run))
            one, two = min(times[small]), min(times[large])
            ratio = two / one if one > 0 else float("inf")
            mark = " **square?**" if ratio > FLAG else ""
            if mark:
                flagged.append(name)
            print(f"| {name} | {one * 1000:.1f} ms | {two * 1000:.1f} ms | {ratio:.1f}x{mark} |", flush=True)
    if flagged:
        print(f"above {FLAG}x: {', '.join(flagged)}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
