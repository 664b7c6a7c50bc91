"""The indented JSON writer of reports and manifests: exactly what json.dumps(..., ensure_ascii=False, indent=2)
writes, for every value it is given, and json.dumps's own answer for what it does not write itself, but for the
characters no reader should see raw (bidi controls, C1 controls, line separators, lone surrogates): those are
written as JSON's escapes, as ensure_ascii=True writes them."""

import json
import math
import random
from pathlib import Path

import pytest

from toolkit.jsontext import dumps_indented

_HIDDEN = [chr(c) for c in range(0x7F, 0xA0)] + list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
_HIDDEN += list("\u2066\u2067\u2068\u2069\u2028\u2029") + [chr(c) for c in range(0xD800, 0xE000)]


def _reference(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    for character in _HIDDEN:
        if character in text:
            text = text.replace(character, json.dumps(character)[1:-1])
    return text


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        "",
        None,
        True,
        0,
        -12,
        10**30,
        {"a": {}, "b": [], "c": [[]], "d": {"e": {}}},
        {"title": 'Erdoğan "said" \\ </script>', "rtl": "الرئيس\u200fحسن روحاني", "ru": "Москва\n\tкремль"},
        {"controls": "\x00\x1f\x7f\u2028\u2029\ud800", "emoji": "🇹🇷"},
        [1, "two", None, False, {"three": [3.0]}],  # a float: left to json.dumps
        {"nan": math.nan, "inf": -math.inf},
        {2: "an int key", None: "a None key", False: "a bool key"},
        ("a", "tuple", ("inside",)),
    ],
)
def test_the_text_is_json_dumps_indented(value):
    assert dumps_indented(value) == _reference(value)


def _random_value(generator: random.Random, depth: int) -> object:
    choice = generator.randrange(9 if depth < 5 else 5)
    words = ["", "x", "Ankara", "Тегеран", "تهران", 'a"b', "c\\d", "\n", "\u200c", "🙂"]
    if choice == 0:
        return generator.choice(words) + generator.choice(words)
    if choice == 1:
        return generator.randint(-(10**6), 10**6)
    if choice == 2:
        return generator.choice([None, True, False])
    if choice == 3:
        return generator.choice(words)
    if choice == 4:
        return generator.random() * 100 if generator.random() < 0.05 else generator.randint(0, 9)
    if choice in (5, 6):
        return {
            generator.choice(words) + str(n): _random_value(generator, depth + 1) for n in range(generator.randrange(4))
        }
    return [_random_value(generator, depth + 1) for _ in range(generator.randrange(4))]


@pytest.mark.parametrize(
    "source",
    [
        "report\u202etxt.exe.txt",  # shows as reportexe.txt.txt
        "news/\u2067isolated\u2069.md",
        "\u200fRLM and \u200eLRM and \u061cALM",
        "a\u202aembedding\u202c and \u202boverride\u202d",
        "line\u2028separator\u2029paragraph",
        "C1\x85next line\x9bcsi\x7fdelete",
        "bytes\udcff\udc80not UTF-8",
    ],
)
def test_a_hidden_character_is_written_as_its_escape_and_read_back_as_itself(source):
    report = {"source": source, source: [source], "float": 1.5}  # a float: through json.dumps
    for value in (report, {"source": source}):
        text = dumps_indented(value)
        assert json.loads(text) == value
        assert not [character for character in _HIDDEN if character in text]
        text.encode("utf-8")  # a lone surrogate escaped: the file can be written
    assert "report\\u202etxt.exe.txt" in dumps_indented({"source": "report\u202etxt.exe.txt"})


def test_persian_joiners_marks_and_other_scripts_stay_as_they_are():
    value = {"fa": "خامنه\u200cای", "ar": "عبد\u0627لله", "zwj": "👩\u200d💻", "nbsp": "10\u00a0km", "ru": "Москва"}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_random_reports_come_out_as_json_dumps_writes_them():
    generator = random.Random(20261128)
    for _ in range(3000):
        value = _random_value(generator, 0)
        assert dumps_indented(value) == _reference(value)


def test_a_value_json_cannot_write_is_refused_as_json_dumps_refuses_it():
    looping: list = []
    looping.append(looping)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented({"report": looping})
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"when": object()})


def test_the_seed_report_and_manifest_are_written_as_before(tmp_path, monkeypatch):
    from toolkit.cli import main

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    seed = Path(__file__).resolve().parent.parent / "seeds" / "article.txt"
    with pytest.raises(SystemExit) as ended:
        main(["translate", str(seed), "--out", str(tmp_path / "out"), "-q"])
    assert ended.value.code == 0
    for name in ("report.json", "manifest.json"):
        written = (tmp_path / "out" / "article" / name).read_text(encoding="utf-8")
        assert written == _reference(json.loads(written)) + "\n"
