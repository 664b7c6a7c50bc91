"""The toolkit's regular expressions are compiled once per Python build: the programs ``re`` compiles them to are
kept in the cache folder, and a later process makes each pattern from its kept program. A kept program never
changes what a pattern matches; a missing, damaged or refused one only means compiling again."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import toolkit
from toolkit import patterns
from toolkit.patterns import LazyPattern, compile_kept, keep_compiled_patterns, kept_file


@pytest.fixture(autouse=True)
def _fresh_process_state():
    patterns.forget()
    yield
    patterns.forget()


def _compiling_fails(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled although a kept program was there")

    monkeypatch.setattr(re, "compile", refuse)


def test_a_pattern_compiled_once_is_made_from_its_kept_program_in_the_next_process(monkeypatch):
    text = r"(?P<city>Idlib|Erbil|Sochi)\s+(?P<day>\d{1,2})"
    first = compile_kept(text)
    keep_compiled_patterns()
    assert kept_file() is not None and kept_file().is_file()

    patterns.forget()  # as a new process: nothing read, nothing compiled
    _compiling_fails(monkeypatch)
    again = compile_kept(text)
    assert again is not first
    assert (again.pattern, again.flags, again.groups, again.groupindex) == (
        first.pattern,
        first.flags,
        first.groups,
        first.groupindex,
    )
    sentence = "Convoys reached Idlib 12 and Erbil 3 before Sochi 25."
    assert [m.groupdict() for m in again.finditer(sentence)] == [m.groupdict() for m in first.finditer(sentence)]


def test_flags_are_part_of_what_a_program_is_kept_under(monkeypatch):
    compile_kept(r"putin", re.IGNORECASE)
    keep_compiled_patterns()
    patterns.forget()
    assert compile_kept(r"putin", re.IGNORECASE).search("PUTIN met Erdoğan")
    plain = compile_kept(r"putin")  # not kept under these flags: compiled, and case matters
    assert plain.search("PUTIN met Erdoğan") is None


def test_a_lazy_pattern_uses_the_kept_program(monkeypatch):
    compile_kept(r"\b[A-Z]{2,5}\b")
    keep_compiled_patterns()
    patterns.forget()
    _compiling_fails(monkeypatch)
    assert LazyPattern(r"\b[A-Z]{2,5}\b").findall("NATO and the UN met in Doha") == ["NATO", "UN"]


def _damage_cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _damage_another_shape(path: Path) -> None:
    path.write_bytes(marshal.dumps({"format": patterns.FORMAT, "programs": [1, 2, 3]}))


def _damage_a_program_the_engine_refuses(path: Path) -> None:
    kept = marshal.loads(path.read_bytes())
    for key, (flags, _, groups, names, numbered) in kept["programs"].items():
        kept["programs"][key] = (flags, [9999, 1, 2, 3], groups, names, numbered)
    path.write_bytes(marshal.dumps(kept))


def _damage_a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize(
    "damage",
    [
        _damage_cut_short,
        _damage_another_shape,
        _damage_a_program_the_engine_refuses,
        _damage_a_folder,
        lambda path: path.write_bytes(b"\x00" * 4096),
    ],
)
def test_a_damaged_file_only_means_compiling_again(damage):
    texts = [r"\d+(?:[.,]\d+)?%", r"(?<![\w])Erdo(?:ğ|g)an(?:'(?:ın|a|ı))?", r"[«“](?P<quote>[^»”]+)[»”]"]
    for text in texts:
        compile_kept(text)
    keep_compiled_patterns()
    damage(kept_file())
    patterns.forget()
    sentence = "«Inflation hit 61.5%», Erdoğan'ın aide said; Erdogan a 3,2% rise."
    for text in texts:
        assert compile_kept(text).findall(sentence) == re.compile(text).findall(sentence)


def test_each_program_is_kept_under_the_text_it_was_compiled_from():
    first, second = r"Iraq|Iran", r"(Syria)(n)?"
    compile_kept(first)
    compile_kept(second)
    keep_compiled_patterns()
    kept = marshal.loads(kept_file().read_bytes())["programs"]
    assert set(kept) >= {(first, 0), (second, 0)}
    assert kept[(second, 0)][2] == 2  # its two groups, and the first's none
    assert kept[(first, 0)][2] == 0


def test_without_a_cache_folder_every_pattern_is_compiled_and_nothing_kept(monkeypatch, tmp_path):
    from toolkit.files import cache_folder_off

    with cache_folder_off():
        assert compile_kept(r"Qatar(?:'s)?").search("Qatar's emir")
        keep_compiled_patterns()
        assert kept_file() is None
    assert not any(tmp_path.rglob("*.marshal"))


def test_the_kept_file_stays_bounded_to_the_patterns_in_use(monkeypatch):
    monkeypatch.setattr(patterns, "MOST_KEPT", 5)
    for number in range(4):
        compile_kept(rf"old pattern {number}")
    keep_compiled_patterns()
    patterns.forget()  # a later process, of a toolkit with other patterns
    for number in range(4):
        compile_kept(rf"new pattern {number}")
    keep_compiled_patterns()
    kept = marshal.loads(kept_file().read_bytes())["programs"]
    assert sorted(text for text, _ in kept) == [f"new pattern {number}" for number in range(4)]


def _toolkit_patterns() -> list[LazyPattern | re.Pattern]:
    found: dict[tuple[str, int], LazyPattern | re.Pattern] = {}
    for module in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for value in [
            *vars(loaded).values(),
            *(v for c in vars(loaded).values() if isinstance(c, type) for v in vars(c).values()),
        ]:
            if isinstance(value, LazyPattern):
                found[(value.pattern, int(value._flags))] = value
    return list(found.values())


SAMPLES = [
    (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8"),
    "Президент России Владимир Путин встретился с Эрдоганом в Сочи 12 марта 2026 г. — «переговоры шли 3 ч.»",
    "Cumhurbaşkanı Erdoğan, Soçi'de Putin'le görüştü; enflasyon %61,5'e düştü (2.gün).",
    "قال الرئيس أردوغان في أنقرة إن ٣٫٥٪ من المساعدات وصلت إلى إدلب، https://example.org/a_(b) «نعم».",
    "رئیس‌جمهور پزشکیان در تهران گفت ۱۲ کاروان به ادلب رسید؛ «ما آماده‌ایم» — ۲۵ اسفند ۱۴۰۴.",
    "U.S. envoy J.D. Vance said $2,318.50 (about 2-4%) went to @UN_News #Gaza on 2026-03-12T09:14Z, won 3-1.",
]


def test_every_pattern_of_the_toolkit_matches_alike_from_its_kept_program():
    """Each of the toolkit's lazy patterns, compiled and made from its program, gives the same matches on
    sentences of every language the toolkit writes."""
    found = _toolkit_patterns()
    assert len(found) > 200
    engine = importlib.import_module("_sre")
    for lazy in found:
        program = patterns._program(lazy.pattern, int(lazy._flags))
        assert program is not None, lazy.pattern
        made = engine.compile(lazy.pattern, *program)
        compiled = re.compile(lazy.pattern, lazy._flags)
        assert (made.flags, made.groups, made.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
        for sample in SAMPLES:
            expected = [(m.span(), m.groups()) for m in compiled.finditer(sample)]
            assert [(m.span(), m.groups()) for m in made.finditer(sample)] == expected, lazy.pattern


def test_a_run_keeps_the_patterns_it_compiled_and_the_next_run_compiles_none(workspace, tmp_path):
    """End to end, in new processes as a user's runs are: the second run of the seed makes every pattern from the
    programs the first kept, and writes the same editions."""
    environment = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    probe = (
        "import sys\n"
        "from toolkit import patterns\n"
        "from toolkit.cli import main\n"
        "kept_before = set(patterns._kept_programs())\n"
        "try:\n"
        "    main(sys.argv[1:], prog_name='toolkit', standalone_mode=False)\n"
        "finally:\n"
        "    print(len(patterns._used), len(patterns._used - kept_before))\n"
    )
    outputs = []
    for run in ("first", "second"):
        result = subprocess.run(
            [sys.executable, "-c", probe, "translate", "seeds/article.txt", "--out", run, "-q", "--date", "2026-11-01"],
            cwd=workspace,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(result.stdout.split())
    used, compiled = map(int, outputs[0])
    assert used > 50 and compiled == used  # an empty cache folder: every pattern compiled, and kept
    used_again, compiled_again = map(int, outputs[1])  # fewer: the name checks' findings are kept too
    assert used_again > 20 and compiled_again == 0  # the next run: every one made from its kept program
    first = sorted(p.relative_to(workspace / "first") for p in (workspace / "first").rglob("article.*.md"))
    assert first and all(
        (workspace / "first" / name).read_bytes() == (workspace / "second" / name).read_bytes() for name in first
    )


def _re_internals():
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler
    return _compiler


@pytest.mark.parametrize(
    ("text", "flags", "sentence"),
    [
        (r"putin", 0, "PUTIN met Erdoğan"),
        (r"(?P<city>sochi|ankara)", 0, "Talks in SOCHI and Ankara"),
        (r"erdoğan(?:'ın)?", 0, "ERDOĞAN'IN aide"),
    ],
)
def test_a_program_is_kept_only_when_it_is_the_very_one_re_compiles(monkeypatch, text, flags, sentence):
    """A Python whose ``re`` writes a program otherwise than the steps :func:`patterns._program` takes (here: its
    code compiled as if case did not matter) keeps nothing: a kept program is never one that matches otherwise."""
    internals = _re_internals()
    real_code, real_compile = internals._code, re.compile

    def as_re_compiles(pattern, given=0):  # re.compile itself as ever, uncached
        monkeypatch.setattr(internals, "_code", real_code)
        try:
            return internals.compile(pattern, given)
        finally:
            monkeypatch.setattr(internals, "_code", otherwise)

    def otherwise(parsed, given):
        return real_code(parsed, given | re.IGNORECASE)

    monkeypatch.setattr(internals, "_code", otherwise)
    monkeypatch.setattr(re, "compile", as_re_compiles)
    assert patterns._program(text, flags) is None
    compile_kept(text, flags)
    keep_compiled_patterns()
    monkeypatch.setattr(internals, "_code", real_code)
    monkeypatch.setattr(re, "compile", real_compile)
    patterns.forget()
    assert compile_kept(text, flags).findall(sentence) == re.compile(text, flags).findall(sentence)


def test_a_lazy_patterns_other_attributes_are_read_from_the_pattern_made_once(monkeypatch):
    lazy = LazyPattern(r"(?P<day>\d{1,2}) (?P<month>March|April)", re.IGNORECASE)
    made = []
    real = patterns.compile_kept
    monkeypatch.setattr(patterns, "compile_kept", lambda *args: made.append(args) or real(*args))
    assert lazy.groups == 2
    assert lazy.groupindex == {"day": 1, "month": 2}
    assert lazy.flags & re.IGNORECASE
    assert lazy.search("on 12 MARCH")["month"] == "MARCH"
    assert len(made) == 1
