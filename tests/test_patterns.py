"""Patterns compiled on first use behave as the compiled pattern would, and cost nothing until used."""

from __future__ import annotations

import re

import pytest

from toolkit.patterns import LazyPattern

SAMPLES = [
    "Erdoğan met Putin in Sochi on 5 March; Rouhani spoke from Tehran.",
    "Россия и Турция договорились, «Иран» — нет.",
    "إيران وروسيا تستضيفان محادثات",
    "",
]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b[A-Z][a-zğ]+\b", 0),
        (r"(?:и|или)\s+(\w+)", re.IGNORECASE),
        (r"[\u0600-\u06ff]+", 0),
        (r"\s*[;,]\s*", 0),
    ],
)
def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds(pattern, flags):
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
    for text in SAMPLES:
        assert bool(lazy.search(text)) == bool(compiled.search(text))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.sub("_", text) == compiled.sub("_", text)
        assert lazy.split(text) == compiled.split(text)
        assert bool(lazy.match(text)) == bool(compiled.match(text))
        assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert lazy.groups == compiled.groups
    assert lazy.flags == compiled.flags


def test_its_text_is_there_without_compiling_so_other_patterns_are_built_from_it():
    word = LazyPattern(r"[^\W\d_]+")
    assert word.pattern == r"[^\W\d_]+"
    assert "search" not in vars(word)  # not compiled yet
    pair = re.compile(rf"{word.pattern}\s+{word.pattern}")
    assert pair.search("12 Tehran talks").group() == "Tehran talks"


def test_after_the_first_use_its_methods_are_the_compiled_patterns_own():
    lazy = LazyPattern(r"\d+")
    assert lazy.sub("#", "13 missiles, 176 onboard") == "# missiles, # onboard"
    assert vars(lazy)["search"].__self__ == re.compile(r"\d+")


def test_a_pattern_that_does_not_compile_fails_where_it_is_first_used():
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("text")


def _toolkit_lazy_patterns():
    """Every LazyPattern a toolkit module holds at its top level, as (module.name, pattern)."""
    import importlib
    import pkgutil

    import toolkit

    found = []
    for info in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if info.name.endswith(".__main__"):  # the command line itself: running it is no import
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern) and value.__class__.__module__ == "toolkit.patterns":
                found.append((f"{info.name}.{name}", value))
    return found


def test_every_lazy_pattern_of_the_toolkit_compiles():
    # a pattern compiled on first use fails only when a run first reaches its rule, maybe one article of a batch:
    # each is compiled here, with its flags, so a broken one fails the tests, not an unattended run
    patterns = _toolkit_lazy_patterns()
    assert len(patterns) >= 50  # the modules were walked: the toolkit holds about 60
    for name, lazy in patterns:
        try:
            re.compile(lazy.pattern, lazy._flags)
        except re.error as error:  # pragma: no cover - the failure's message names the pattern
            pytest.fail(f"{name} does not compile: {error}")
