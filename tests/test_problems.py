"""The catalogue of problem codes: every code the toolkit reports is listed once, with its severity and meaning."""

import ast
from pathlib import Path

from toolkit.problems import CODES, ERROR, WARNING, Location, Problem

PACKAGE = Path(__file__).resolve().parent.parent / "toolkit"


def codes_reported() -> dict[str, str]:
    """Every code written as a constant where a problem is made: code -> the first file that reports it."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = {"Problem": 1, "report": 1, "at": 1, "_finding": 4}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, str(path.relative_to(PACKAGE.parent)))
    return found


def test_every_code_the_toolkit_reports_is_in_the_catalogue():
    reported = codes_reported()
    assert len(reported) > 30  # the scan finds the checks (lint, QA, placement, rendering...)
    missing = {code: where for code, where in reported.items() if code not in CODES}
    assert not missing, f"add these codes to toolkit.problems.CODES: {missing}"


def test_every_catalogued_code_has_a_severity_and_a_meaning():
    for name, code in CODES.items():
        assert code.name == name and code.severity in (ERROR, WARNING) and code.meaning.strip()


def test_a_file_problem_takes_its_codes_default_severity_and_reads_as_file_line_column():
    problem = Problem.at(
        Location(Path("people.yaml"), 4, 14),
        "missing-short",
        "has no 'ru.short'",
        entry_id="putin",
        fix="add short: ... under ru",
    )
    assert problem.severity == "warning"
    assert str(problem) == "people.yaml:4:14: warning: putin: has no 'ru.short'\n  fix: add short: ... under ru"
    assert problem.as_dict()["rule"] == "missing-short"
    error = problem.as_user_error()
    assert (str(error.path), error.line, error.column) == ("people.yaml", 4, 14)


def test_an_edition_problem_is_located_by_language_and_segment():
    problem = Problem("error", "name-missing", "'Putin' (putin) appears 1x in the source but 0x", "ru", "2.1")
    assert problem.as_dict() == {
        "severity": "error",
        "code": "name-missing",
        "language": "ru",
        "segment_id": "2.1",
        "message": "'Putin' (putin) appears 1x in the source but 0x",
    }
    assert str(problem).startswith("ru 2.1: error: ")


def test_the_gate_counts_one_problem_in_the_singular_and_several_in_the_plural():
    assert CODES["name-missing"].counted(1) == "1 name the translation lost"
    assert CODES["name-missing"].counted(3) == "3 names the translation lost"
    assert CODES["untranslated"].counted(1) == "1 segment left untranslated"
    assert CODES["name-repeated"].counted(2) == "2 name-repeated"  # no words of its own: the code


def test_every_code_the_gate_counts_in_words_has_its_singular_too():
    plural_only = [code.name for code in CODES.values() if code.counted_as and not code.counted_as_one]
    assert not plural_only, f"give these codes a counted_as_one: {plural_only}"
