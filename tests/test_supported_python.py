"""The package runs on every Python that pyproject.toml allows (3.10 and later), though the suite usually runs
on a newer one: regular expressions must not use what only 3.11 reads (possessive quantifiers ``*+``, ``++``,
``?+``, ``{m,n}+`` and atomic groups ``(?>...)``), or importing the toolkit fails on 3.10."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"
# a quantifier followed by "+", or an atomic group; "\+" and "C++"-like text outside patterns are not quantifiers
_ONLY_311 = re.compile(r"(?<!\\)(?:[*?}]|(?<![\\+])\+)\+|\(\?>")
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}


def _pattern_texts(tree: ast.AST):
    """Every literal text that reaches a pattern of the ``re`` module directly, f-strings' literal parts too."""
    for node in ast.walk(tree):
        function = node.func if isinstance(node, ast.Call) else None
        if (
            isinstance(function, ast.Attribute)
            and function.attr in _RE_FUNCTIONS
            and isinstance(function.value, ast.Name)
            and function.value.id == "re"
            and node.args
        ):
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield part.lineno, part.value


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_pattern_uses_what_only_python_3_11_reads(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = [(line, text) for line, text in _pattern_texts(tree) if _ONLY_311.search(text)]
    assert not found, f"{module.name}: possessive quantifier or atomic group (Python 3.11+) at lines {found}"


def test_the_check_finds_possessive_quantifiers_and_atomic_groups():
    for pattern in (r"#[a-z]*+x", r"\u200c++(?=a)", r"a?+", r"a{2,3}+", r"(?>ab)"):
        assert _ONLY_311.search(pattern), pattern
    for pattern in (r"C\+\+", r"a+b+", r"[+]+", r"\d+\+", r"a*b"):
        assert not _ONLY_311.search(pattern), pattern
