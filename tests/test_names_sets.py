"""Every names evaluation set under bench/names/ is well formed.

A set (format: bench/names/holdout/README.md) is one folder
with ar.yaml, fa.yaml, tr.yaml and ru.yaml; each case is an English sentence,
what a model wrote for it (``output``, optional ``retry`` for the masked
sentence) and the sentence as it should be published (``expected``, names as
glossary slots). These checks keep a set honest against the project's
glossary and English matcher, so the evaluation measures placement and not
mistakes in the set itself:

- the schema: known keys, required keys, text values, ids unique in the set;
- ``expected`` parses, renders through the glossary with no problem, and has
  one slot per source mention of each entry, in the same full/short forms;
- placeholders in ``retry`` name existing mentions, whatever realistic damage
  they carry (spaces, punctuation, single brackets, other digit systems);
- a note that starts with ``kinds:`` tags each source mention once, from the
  vocabulary below (used for a set's composition counts).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from toolkit.glossary.match import Matcher
from toolkit.languages import TARGET_LANGUAGES
from toolkit.render import render
from toolkit.slots import SLOT, Template

SETS_DIR = Path(__file__).resolve().parent.parent / "bench" / "names"
REQUIRED_KEYS = ("id", "source", "output", "expected")
OPTIONAL_KEYS = ("retry", "note")
# A placeholder as a model may return [[n]]: brackets doubled, single or spaced
# apart, spaces or a stray punctuation mark inside, digits of any script.
PLACEHOLDER = re.compile(r"\[\s*\[?\s*[^\w\s\[\]]?\s*(\d+)\s*[^\w\s\[\]]?\s*\]?\s*\]")
MENTION_KINDS = frozenset(
    {
        "canonical",  # the model wrote the glossary's rendering in the right form
        "proclitic",  # an Arabic particle (و ف ب ل ك) glued to the name, to be kept
        "spelling",  # another transliteration, a misspelling, other letters or capitals
        "latin",  # left in Latin script in ar, fa or ru
        "common-word",  # translated as an ordinary word (Turkey as the bird, fidan)
        "translated",  # rendered by meaning as another term (a title, an organisation)
        "adjective",  # turned into an adjective (American forces, турецкая делегация)
        "debris",  # the model's own first name, particle or honorific beside the name
        "partial",  # some words of a multi-word name missing
        "short-full",  # the short form where the full one is due, or the other way round
        "case",  # a wrong grammatical form (Russian case, Persian ezafe, Turkish suffix)
        "no-apostrophe",  # a Turkish case suffix glued on without its apostrophe
        "dropped",  # the name is missing from the output
    }
)
KINDS = re.compile(r"kinds:\s*([a-z+\-, ]+?)\s*(?:[.;|]|$)")


def _set_files() -> list[Path]:
    return sorted(SETS_DIR.glob("*/*.yaml")) if SETS_DIR.is_dir() else []


# libyaml's safe loader when PyYAML has it (its wheels do): the same data as yaml.safe_load, about 15 times faster
# on the sets' 80 files, which every run of the suite reads while collecting the cases
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _load(path: Path) -> list:
    """A set file's cases, read once per session (the tests only read them)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_SAFE_LOADER)


def _cases() -> list:
    params = []
    for path in _set_files():
        cases = _load(path)
        if not isinstance(cases, list):
            continue  # reported by test_set_files_are_lists_of_cases
        for index, case in enumerate(cases):
            case_id = case.get("id") if isinstance(case, dict) else None
            label = f"{path.parent.name}/{case_id or f'{path.stem}[{index}]'}"
            params.append(pytest.param(path.stem, case, id=label))
    return params


@pytest.fixture(scope="module")
def matcher(glossary):
    return Matcher(glossary)


def test_every_set_has_one_file_per_language():
    folders = sorted(p for p in SETS_DIR.iterdir() if p.is_dir()) if SETS_DIR.is_dir() else []
    for folder in folders:
        names = sorted(p.name for p in folder.glob("*.yaml"))
        assert names == sorted(f"{code}.yaml" for code in TARGET_LANGUAGES), folder.name


@pytest.mark.parametrize("path", _set_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_set_files_are_lists_of_cases(path):
    cases = _load(path)
    assert isinstance(cases, list) and cases, f"{path.name}: a YAML list of cases"
    assert all(isinstance(case, dict) for case in cases)


def test_ids_are_unique_in_each_set():
    ids: dict[str, Counter] = {}
    for path in _set_files():
        cases = _load(path)
        ids.setdefault(path.parent.name, Counter()).update(case.get("id") for case in cases if isinstance(case, dict))
    for set_name, counts in ids.items():
        assert not [case_id for case_id, n in counts.items() if n > 1], set_name


@pytest.mark.parametrize("language, case", _cases())
def test_case(language, case, glossary, matcher):
    unknown = set(case) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS)
    assert not unknown, f"unknown keys {sorted(unknown)}"
    for key in REQUIRED_KEYS:
        assert isinstance(case.get(key), str), f"{key}: text"
    for key in ("id", "source", "expected"):
        assert case[key].strip(), f"{key}: must not be empty"  # an empty output is a model fault worth keeping
    for key in OPTIONAL_KEYS:
        assert key not in case or isinstance(case[key], str), f"{key}: text"
    assert not re.search(r"\s", case["id"]), "id: one word, like ru-07"

    mentions = matcher.find(case["source"])
    template = Template.parse(case["expected"])
    leftover = SLOT.sub("", case["expected"])
    assert "{" not in leftover and "}" not in leftover, f"a malformed slot in {case['expected']!r}"
    _, _, problems = render(template, glossary, language)
    assert not problems, [problem.message for problem in problems]

    wanted = Counter((m.entry_id, m.short) for m in mentions)
    for slot in template.slots:  # an adjective stands for a mention full or short: "US forces", القوات الأمريكية
        if slot.adjective:
            mention = next((key for key in sorted(wanted) if key[0] == slot.entry_id and wanted[key]), None)
            assert mention is not None, f"{slot.code} but the source has no more mentions of {slot.entry_id}"
            wanted[mention] -= 1
    wanted = +wanted
    slotted = Counter((slot.entry_id, slot.short) for slot in template.slots if not slot.adjective)
    assert slotted == wanted, f"slots {dict(slotted)} but the source mentions {dict(wanted)}"

    if "retry" in case:
        assert mentions, "a retry only exists for a sentence with names to mask"
        numbers = [int(n) for n in PLACEHOLDER.findall(case["retry"])]
        assert all(1 <= n <= len(mentions) for n in numbers), f"placeholders {numbers}, mentions {len(mentions)}"
        unread = PLACEHOLDER.sub("", case["retry"])
        assert not re.search(r"\[\s*\[", unread), f"a placeholder nobody can read in {case['retry']!r}"

    note = case.get("note", "")
    if note.startswith("kinds:"):
        listed = KINDS.match(note)
        assert listed, "kinds: tag, tag+tag, ... then '.' or ';' before free text"
        per_mention = [group.strip() for group in listed.group(1).split(",") if group.strip()]
        assert len(per_mention) == len(mentions), f"{len(per_mention)} kinds for {len(mentions)} mentions"
        tags = {tag for group in per_mention for tag in group.split("+")}
        assert tags <= MENTION_KINDS, f"unknown kinds {sorted(tags - MENTION_KINDS)}"
