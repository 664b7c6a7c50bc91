"""``--json`` output in a locale whose standard output cannot carry Persian or Arabic letters."""

from __future__ import annotations

import io
import json

import pytest

from toolkit.cli.common import print_json

PERSIAN = "\u062e\u0628\u0631"  # خبر


def _printed(monkeypatch, data, encoding: str) -> str:
    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict")
    monkeypatch.setattr("sys.stdout", out)
    print_json(data)
    out.flush()
    return out.buffer.getvalue().decode(encoding)


def test_a_name_read_in_an_ascii_locale_is_printed_as_the_escapes_of_its_letters(monkeypatch):
    # a process reading names as ASCII holds the name's UTF-8 bytes as lone surrogates (\udcd8\udcae...)
    read = PERSIAN.encode("utf-8").decode("ascii", "surrogateescape")
    printed = _printed(monkeypatch, {"article": read, "source": f"seeds/{read}.txt"}, "ascii")
    assert "\\u062e\\u0628\\u0631" in printed and "\\udc" not in printed
    assert json.loads(printed) == {"article": PERSIAN, "source": f"seeds/{PERSIAN}.txt"}


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "utf-8"])
def test_text_is_printed_as_itself_or_as_escapes_the_stream_can_carry(monkeypatch, encoding):
    data = {"title": f"{PERSIAN} \u00e9t\u00e9", "count": 2}
    assert json.loads(_printed(monkeypatch, data, encoding)) == data


def test_bytes_that_are_not_utf_8_stay_as_they_were(monkeypatch):
    read = b"caf\xe9".decode("ascii", "surrogateescape")  # a Latin-1 name from a Windows share
    assert json.loads(_printed(monkeypatch, {"article": read}, "ascii")) == {"article": read}
