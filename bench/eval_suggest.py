"""How well `toolkit glossary suggest` proposes the names a glossary lacks: an evaluation on articles
whose names an editor listed by hand.

Run:  python bench/eval_suggest.py bench/suggest [--verbose] [--glossary glossaries]

A set (format: bench/suggest/README.md) holds articles (``<name>.txt``) and, beside each, what an
editor wants suggested for it (``<name>.yaml``: id, type, English name, short form, other spellings).
Each article is read and suggested on its own, with the project's glossary, exactly as
``toolkit glossary suggest ARTICLE`` does; every stub is compared with the editor's list:

- found: a stub names the expected entry (its name is one of the entry's spellings, or the entry's
  name is one of the stub's) and guesses one of the expected types;
- wrongly typed: such a stub, with another type;
- missed: no stub names the entry (a stub that keeps a role word, "Midfielder Jordan Henderson",
  names no entry: it is a miss and noise);
- noise: a stub that names no entry of the list (a sentence's first word, a month, a title, a
  headline's capitals, a name cut or run together), or a second stub for an entry (a spelling or
  short form left unmerged: an editor deletes it too).

Of the names found, those whose stub spells the name or its short form otherwise than the editor
are counted apart ("other forms"); an entry marked ``optional`` is neither missed nor noise.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.glossary.load import load_glossary  # noqa: E402
from toolkit.glossary.match import fold  # noqa: E402
from toolkit.glossary.model import Glossary  # noqa: E402
from toolkit.glossary.stubs import Stub, build_stubs  # noqa: E402
from toolkit.glossary.suggest import find_candidates  # noqa: E402
from toolkit.read import read_document  # noqa: E402
from toolkit.yamlfile import load_yaml  # noqa: E402

COLUMNS = ("expected", "found", "wrongly typed", "missed", "noise", "other forms")


@dataclass
class Expected:
    id: str
    types: tuple[str, ...]
    name: str
    short: str | None
    variants: tuple[str, ...]
    optional: bool

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *([self.short] if self.short else []), *self.variants)


@dataclass
class Score:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for column in COLUMNS:
            self.counts[column] += other.counts[column]


def key(spelling: str) -> str:
    """A spelling compared without case, diacritics, hyphens, dots or a possessive."""
    text = re.sub(r"['\u2019]s$", "", fold(spelling))
    return " ".join(re.sub(r"[-\u2010\u2011.]", " ", text).split())


def load_expected(path: Path) -> list[Expected]:
    entries = []
    for item in load_yaml(path) or []:
        types = item["type"] if isinstance(item["type"], list) else [item["type"]]
        entries.append(
            Expected(
                id=item["id"],
                types=tuple(types),
                name=str(item["name"]),
                short=item.get("short"),
                variants=tuple(item.get("variants") or ()),
                optional=bool(item.get("optional")),
            )
        )
    return entries


def naming_stub(stubs: list[Stub], entry: Expected, by_name: dict[int, str]) -> int | None:
    """The stub that names the entry: one whose name is one of the entry's spellings, else one that has the
    entry's name among its spellings, unless that stub is another entry's by its name (a merge: "Abu Dhabi"
    made the short form of "Louvre Abu Dhabi" is a missed place)."""
    for spelling in entry.spellings:
        for i, stub in enumerate(stubs):
            if key(stub.name) == key(spelling):
                return i
    for i, stub in enumerate(stubs):
        if key(entry.name) in {key(s) for s in stub.spellings} and by_name.get(i, entry.id) == entry.id:
            return i
    return None


def score_article(article: Path, expected: list[Expected], glossary: Glossary) -> Score:
    document = read_document(article)
    stubs = build_stubs(find_candidates([document], glossary), glossary, languages=[])
    score = Score()
    by_name = {
        i: entry.id
        for i, stub in enumerate(stubs)
        for entry in expected
        if key(stub.name) in {key(s) for s in entry.spellings}
    }
    matched: set[int] = set()
    for entry in expected:
        found = naming_stub(stubs, entry, by_name)
        if found is not None:
            matched.add(found)
        if entry.optional:
            continue
        score.counts["expected"] += 1
        if found is None:
            score.counts["missed"] += 1
            merged = [s.name for s in stubs if key(entry.name) in {key(x) for x in s.spellings}]
            into = f", merged into {merged[0]}" if merged else ""
            score.notes.append(f"missed        {entry.name} ({'/'.join(entry.types)}){into}")
            continue
        stub = stubs[found]
        if stub.type in entry.types:
            score.counts["found"] += 1
        else:
            score.counts["wrongly typed"] += 1
            score.notes.append(f"wrongly typed {entry.name}: {stub.type}, not {'/'.join(entry.types)}")
        if key(stub.name) != key(entry.name) or (entry.short and key(stub.short or "") != key(entry.short)):
            score.counts["other forms"] += 1
            score.notes.append(f"other forms   {entry.name} / {entry.short}: {stub.name} / {stub.short}")
    for i, stub in enumerate(stubs):
        if i not in matched:
            score.counts["noise"] += 1
            score.notes.append(f"noise         {stub.name} ({stub.type})")
    return score


def articles_of(folder: Path) -> list[tuple[Path, Path]]:
    pairs = [(text, text.with_suffix(".yaml")) for text in sorted(folder.glob("*.txt"))]
    missing = [str(yaml) for _, yaml in pairs if not yaml.is_file()]
    if not pairs or missing:
        raise SystemExit(f"{folder}: every article <name>.txt needs its <name>.yaml ({', '.join(missing) or 'none'})")
    return pairs


def evaluate(folder: Path, glossary: Glossary) -> dict[str, Score]:
    return {text.stem: score_article(text, load_expected(yaml), glossary) for text, yaml in articles_of(folder)}


def table(scores: dict[str, Score]) -> str:
    total = Score()
    for score in scores.values():
        total.add(score)
    lines = ["| article | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, score in [*scores.items(), ("all", total)]:
        lines.append(f"| {name} | " + " | ".join(str(score.counts[c]) for c in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "bench" / "suggest")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossaries")
    parser.add_argument("--verbose", action="store_true", help="list every miss, wrong type, other form and noise")
    args = parser.parse_args(argv)
    glossary = load_glossary([args.glossary])
    scores = evaluate(args.folder, glossary)
    if args.verbose:
        for name, score in scores.items():
            for note in score.notes:
                print(f"{name}: {note}")
        print()
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
