"""A wrong request is printed as one line of error and one of fix, whatever the message quotes: a line end, a
bidi override or a terminal's escape sequence in a value from a file or the network (a unit's id, an index's
version or link, a name) is printed escaped, as shown_text prints it; other scripts as they are."""

from __future__ import annotations

import pytest

from toolkit.errors import UserError


@pytest.mark.parametrize(
    ("quoted", "shown"),
    [
        ("story\n  fix: rm -rf ~", "story\\n  fix: rm -rf ~"),
        ("evil\u202etxt.md", "evil\\u202etxt.md"),
        ("1.0\x1b[2J", "1.0\\x1b[2J"),
        ("next\u0085line\u2028", "next\\x85line\\u2028"),
    ],
    ids=["line end", "bidi override", "escape sequence", "C1 and line separator"],
)
def test_what_a_message_quotes_is_printed_escaped(quoted, shown):
    error = UserError(f"download of {quoted} failed", path="index.json", line=3, fix=f"retry {quoted}")
    assert str(error) == f"index.json:3: download of {shown} failed\n  fix: retry {shown}"
    assert error.message == f"download of {quoted} failed"  # kept as it is for tools (JSON escapes it itself)


def test_other_scripts_and_joiners_are_printed_as_they_are():
    error = UserError("no entry for خامنه\u200cای, Дамаск or Şam", fix="add «دمشق» to the glossary")
    assert str(error) == "no entry for خامنه\u200cای, Дамаск or Şam\n  fix: add «دمشق» to the glossary"
