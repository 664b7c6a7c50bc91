"""How well names survive machine translation: an evaluation on sets of realistic model outputs.

Run:  python bench/eval_names.py bench/names/dev [more sets...] [--verbose] [--glossary glossaries]

A set (format: bench/names/README.md) gives, per language, English sentences
with what a mid-quality model wrote for the plain sentence (``output``) and
for the sentence with its names masked as placeholders (``retry``), and the
sentence as it should be published (``expected``, a template whose slots the
glossary renders). The real MachineEngine translates each sentence through a
scripted raw engine that answers with those outputs; the pipeline then
renders, localises and checks it exactly as in a translation run. Every
source mention is scored:

- correct: the published sentence shows the name exactly as expected, with
  the words beside it as expected (no debris, no ordinary word replaced; a
  neighbouring mention published wrong is that mention's failure, not this
  one's),
  read piece by piece or as a reader sees the words across pieces (a suffix
  chain glued to a name is the same words whichever piece holds the case);
- right name, wrong form: not correct, the entry is placed, nothing flags it;
- flagged: not correct, and the segment carries an error or a warning that
  the report shows and the editions mark;
- silently wrong: not correct and not flagged.

Also counted: ordinary words of ``expected`` lost where a name was put, and
repeated words beside a name that ``expected`` does not have.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.document import Block, BlockKind, Document, Piece, Segment, TranslatedSegment  # noqa: E402  # noqa: E402
from toolkit.glossary.load import load_glossary  # noqa: E402
from toolkit.glossary.match import Matcher  # noqa: E402
from toolkit.glossary.model import Glossary  # noqa: E402
from toolkit.languages import TARGET_LANGUAGES, language  # noqa: E402
from toolkit.localise import Localiser  # noqa: E402
from toolkit.pipeline import translate_documents  # noqa: E402
from toolkit.qa.checks import marked_for_review  # noqa: E402
from toolkit.render import render  # noqa: E402
from toolkit.settings import Settings  # noqa: E402
from toolkit.slots import Slot, Template  # noqa: E402
from toolkit.translate.machine import MachineEngine, RawTranslation  # noqa: E402
from toolkit.translate.placement import NamePlacer  # noqa: E402
from toolkit.yamlfile import load_yaml  # noqa: E402

CATEGORIES = ("correct", "wrong form", "flagged", "silently wrong")
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670])*")


@dataclass
class Case:
    id: str
    language: str
    source: str
    output: str
    retry: str | None
    expected: str
    note: str = ""


@dataclass
class Score:
    mentions: Counter = field(default_factory=Counter)
    overwritten: int = 0
    repeated: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.mentions.update(other.mentions)
        self.overwritten += other.overwritten
        self.repeated += other.repeated
        self.failures += other.failures

    @property
    def total(self) -> int:
        return sum(self.mentions.values())


def load_set(folder: Path) -> list[Case]:
    """Every case of a set, checked: unique ids, the fields the format requires."""
    cases: list[Case] = []
    seen: set[str] = set()
    for code in TARGET_LANGUAGES:
        path = folder / f"{code}.yaml"
        if not path.is_file():
            continue
        items = load_yaml(path)
        if not isinstance(items, list):
            raise SystemExit(f"{path}: a set file is a list of cases")
        for number, item in enumerate(items, 1):
            missing = [key for key in ("id", "source", "output", "expected") if not isinstance(item.get(key), str)]
            if missing:
                raise SystemExit(f"{path}: case {number} lacks {', '.join(missing)}")
            if item["id"] in seen:
                raise SystemExit(f"{path}: case id {item['id']!r} is used twice")
            seen.add(item["id"])
            cases.append(
                Case(
                    item["id"],
                    code,
                    item["source"],
                    item["output"],
                    item.get("retry"),
                    item["expected"],
                    item.get("note") or "",
                )
            )
    if not cases:
        raise SystemExit(f"{folder}: no ar.yaml, fa.yaml, tr.yaml or ru.yaml with cases")
    return cases


class ScriptedEngine:
    """A raw engine that answers each sentence with the set's output, and each masked one with its retry."""

    name = "scripted"

    def __init__(self, cases: Sequence[Case], matcher: Matcher):
        self.answers: dict[tuple[str, str], str] = {}
        for case in cases:
            masked = NamePlacer.mask(case.source, matcher.find(case.source))
            self.answers[(case.language, masked)] = case.retry if case.retry is not None else case.output
            self.answers[(case.language, case.source)] = case.output

    def reference(self, language: str) -> str:
        return "scripted model outputs"

    def translate_raw(self, sources: Sequence[str], language: str) -> list[RawTranslation]:
        return [RawTranslation(self.answers[(language, source)]) for source in sources]


def evaluate(cases: list[Case], glossary: Glossary) -> dict[str, Score]:
    """Translate every case through the real engine and score each mention, per language."""
    matcher = Matcher(glossary)
    engine = MachineEngine(ScriptedEngine(cases, matcher), glossary, matcher)
    scores: dict[str, Score] = {}
    for code in TARGET_LANGUAGES:
        chosen = [case for case in cases if case.language == code]
        if not chosen:
            continue
        document = Document("eval", [Block(BlockKind.PARAGRAPH, (Segment(case.id, case.source),)) for case in chosen])
        # each case is a sentence of its own: names as placed, without the house style of a whole edition
        (edition,) = translate_documents([document], [code], glossary, [engine], matcher=matcher, house_style=False)[
            "eval"
        ]
        localiser = Localiser.for_language(language(code), Settings())
        score = Score()
        for case, segment in zip(chosen, edition.segments):
            score.add(score_case(case, segment, glossary, localiser))
        scores[code] = score
    return scores


def score_case(case: Case, segment: TranslatedSegment, glossary: Glossary, localiser: Localiser) -> Score:
    expected_template = Template.parse(case.expected)
    expected_pieces, _, problems = render(expected_template, glossary, case.language)
    if problems:
        raise SystemExit(f"{case.id}: expected does not render: {problems[0].message}")
    expected_pieces = localiser.localise(expected_pieces)
    flagged = marked_for_review(segment)
    placed = Counter(slot.entry_id for slot in Template.parse(segment.code).slots)
    # words read piece by piece (a name's piece and the text after it apart), and read across pieces as a
    # reader sees them: "Erbil'dekilerin" is the same words whether the slot took the case suffix
    # ({erbil:loc}kilerin) or the text after it did ({erbil}'dekilerin); a mention is correct in either
    by_piece = _Reading(expected_pieces, expected_template, segment.pieces, joined=False)
    as_read = _Reading(expected_pieces, expected_template, segment.pieces, joined=True)

    score = Score()
    for slot_index, slot in enumerate(expected_template.slots):
        windows = [reading.correct(slot_index) for reading in (by_piece, as_read)]
        if all(window is None for window in windows):
            continue
        if any(windows):
            verdict = "correct"
        elif flagged:
            verdict = "flagged"
        elif placed[slot.entry_id]:
            verdict = "wrong form"
        else:
            verdict = "silently wrong"
        score.mentions[verdict] += 1
        if verdict != "correct":
            score.failures.append(
                f"{case.id} [{verdict}] {slot.code}\n    expected:  {_text(expected_pieces)}"
                f"\n    published: {segment.text}\n    problems:  "
                + "; ".join(f"{p.severity} {p.code}" for p in segment.problems)
            )

    lost = as_read.lost()
    if lost:
        score.overwritten += len(lost)
        score.failures.append(f"{case.id} [overwritten] {' '.join(lost)}\n    published: {segment.text}")
    expected_words, published_words = by_piece.expected, by_piece.published
    repeats = _repeats(published_words) - _repeats(expected_words)
    if repeats > 0:
        score.repeated += repeats
        score.failures.append(f"{case.id} [repeated] {segment.text}")
    return score


class _Reading:
    """The expected and the published sentence as words, aligned."""

    def __init__(self, expected: list[Piece], template: Template, published: list[Piece], joined: bool):
        # the sentence's edges count as words, so that a word left over after a name that ends the sentence
        # (or before one that opens it) breaks the name's window like any other neighbour
        edges = (_Word("", "\x02"), _Word("", "\x03"))
        self.expected = [edges[0], *_words_of(expected, template, joined), edges[1]]
        self.published = [edges[0], *_words_of(published, None, joined), edges[1]]
        self.opcodes = difflib.SequenceMatcher(
            None, [w.key for w in self.expected], [w.key for w in self.published], autojunk=False
        ).get_opcodes()
        self.mapped: dict[int, int] = {}
        for tag, a1, a2, b1, b2 in self.opcodes:
            if tag == "equal":
                self.mapped.update(zip(range(a1, a2), range(b1, b2)))

    def correct(self, slot_index: int) -> bool | None:
        """Whether the slot's words and a word either side of them are published as expected, in a row;
        None where the slot shows no word. A neighbour that is another mention's word, that mention itself
        published wrong (its own words not as expected), is that mention's failure and not this one's: the
        window stops at it ("Irak Kürdistanı'ndan Türkiye'ye" for "Irak Kürt Bölgesel Yönetiminden
        Türkiye'ye": Turkey is right). Words between the two, and a neighbour mention published right, still
        count."""
        positions = self._positions(slot_index)
        if not positions:
            return None
        low, high = max(0, positions[0] - 1), min(len(self.expected), positions[-1] + 2)
        if self._wrong_neighbour(low, slot_index):
            low += 1
        if self._wrong_neighbour(high - 1, slot_index):
            high -= 1
        return self._in_a_row(low, high)

    def _positions(self, slot_index: int) -> list[int]:
        return [i for i, w in enumerate(self.expected) if w.slot == slot_index]

    def _in_a_row(self, low: int, high: int) -> bool:
        mapped = self.mapped
        return all(i in mapped for i in range(low, high)) and all(
            mapped[i + 1] == mapped[i] + 1 for i in range(low, high - 1)
        )

    def _wrong_neighbour(self, index: int, slot_index: int) -> bool:
        """Whether the expected word at ``index`` is another mention's, and that mention's own words are not
        published as expected."""
        other = self.expected[index].slot
        if other is None or other == slot_index:
            return False
        positions = self._positions(other)
        return not self._in_a_row(positions[0], positions[-1] + 1)

    def lost(self) -> list[str]:
        """Ordinary words of the expected sentence missing beside a published name."""
        lost = []
        for tag, a1, a2, b1, b2 in self.opcodes:
            near = range(max(0, b1 - 1), min(len(self.published), b2 + 1))  # a deletion sits beside the name
            if tag in ("replace", "delete") and any(self.published[j].named for j in near):
                kept = {self.published[j].key for j in range(b1, b2)}
                # a word glued onto the name without its apostrophe (Türkiyesi for Türkiye'si) is still
                # there: the name's form is wrong, no ordinary word was lost
                glued = [self.published[j].key for j in range(b1, b2) if self.published[j].named]
                lost += [
                    w.text
                    for w in self.expected[a1:a2]
                    if w.slot is None and w.key not in kept and not any(key.endswith(w.key) for key in glued)
                ]
        return lost


@dataclass(frozen=True)
class _Word:
    text: str
    key: str
    slot: int | None = None  # expected: index of the slot this word renders
    named: bool = False  # published: inside a rendered name


def _words_of(pieces: list[Piece], template: Template | None, joined: bool) -> list[_Word]:
    """The words of the pieces, each with the slot of ``template`` it shows (expected) or whether a
    rendered name is in it (published). ``joined``: words are read across pieces, as a reader sees the
    text, and a word that overlaps a slot's piece belongs to that slot; else each piece's words apart."""
    slot_of_piece: list[int | None] = []
    if template:
        slot_numbers = iter(range(len(template.slots)))
        slot_of_piece = [next(slot_numbers) if isinstance(part, Slot) else None for part in template.parts]
    texts = ["".join(piece.text for piece in pieces)] if joined else [piece.text for piece in pieces]
    bounds, offset = [], 0
    for index, piece in enumerate(pieces):
        slot = slot_of_piece[index] if index < len(slot_of_piece) else None
        bounds.append((offset, offset + len(piece.text), slot, piece.entry_id is not None))
        offset += len(piece.text) if joined else 0
    words = []
    for index, text in enumerate(texts):
        for match in _WORD.finditer(text):
            if joined:
                overlapping = [b for b in bounds if b[0] < match.end() and match.start() < b[1]]
            else:
                overlapping = [bounds[index]]
            slot = next((b[2] for b in overlapping if b[2] is not None), None)
            named = any(b[3] for b in overlapping)
            words.append(_Word(match.group(), match.group().lower(), slot, named))
    return words


def _repeats(words: list[_Word]) -> int:
    return sum(a.key == b.key for a, b in itertools.pairwise(words))


def _text(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces)


def table(scores: dict[str, Score]) -> str:
    overall = Score()
    for score in scores.values():
        overall.add(score)
    rows = [*scores.items(), ("all", overall)]
    lines = [
        "| language | mentions | correct | right name, wrong form | flagged | silently wrong | "
        "ordinary words overwritten | repeated words |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for code, score in rows:
        total = score.total or 1
        lines.append(
            f"| {code} | {score.total} | {score.mentions['correct']} "
            f"({100 * score.mentions['correct'] / total:.1f}%) | {score.mentions['wrong form']} | "
            f"{score.mentions['flagged']} | {score.mentions['silently wrong']} | {score.overwritten} | "
            f"{score.repeated} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="set folders (bench/names/<set>)")
    parser.add_argument(
        "--glossary", type=Path, action="append", help="glossary files or folders (default: the project's glossaries)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="print every mention that is not correct")
    args = parser.parse_args(argv)
    glossary = load_glossary(args.glossary or [ROOT / "glossaries"])
    for folder in args.sets:
        scores = evaluate(load_set(folder), glossary)
        print(f"## {folder.name}\n\n{table(scores)}\n")
        if args.verbose:
            for score in scores.values():
                for failure in score.failures:
                    print(failure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
