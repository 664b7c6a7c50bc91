"""Articles, glossaries and settings are UTF-8: a file saved in another encoding is named for what it is.

Word's "Unicode Text" and PowerShell's redirection write UTF-16 with a byte-order mark; some exporters and
`iconv -t UTF-16LE` write it without one. Read as UTF-8, such a file of English text decodes without an
error: every other byte is NUL, removed as a control character, and the letters outside ASCII turn into
control characters or invalid bytes. So the encoding is recognised from where the NUL bytes fall.
"""

from __future__ import annotations

import pytest

from toolkit.errors import UserError
from toolkit.files import decode_utf8
from toolkit.glossary.load import load_glossary
from toolkit.read import read_document
from toolkit.settings import load_settings

STORY = "Erdoğan visits Tehran\n\nPresident Erdoğan met officials in Tehran on Monday. “They discussed trade.”\n"
GLOSSARY = "- id: erdogan\n  type: person\n  en: {name: Recep Tayyip Erdogan, short: Erdogan}\n  ar: {name: أردوغان}\n"
SETTINGS = "layout:\n  page: A4\n"


@pytest.mark.parametrize(
    "encoding, named",
    [
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
        ("utf-32-le", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
    ],
)
def test_a_file_saved_as_utf16_or_utf32_without_a_byte_order_mark_is_named_so(tmp_path, encoding, named):
    for name, text, read in (
        ("story.txt", STORY, read_document),
        ("story.md", "# " + STORY, read_document),
        ("desk.yaml", GLOSSARY, lambda path: load_glossary([path])),
        ("newsroom.yaml", SETTINGS, load_settings),
    ):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        with pytest.raises(UserError) as caught:
            read(path)
        assert str(caught.value) == (
            f"{path}:1:1: saved as {named} without a byte-order mark, not UTF-8\n"
            "  fix: save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)"
        ), name


@pytest.mark.parametrize(
    "data",
    [
        b"Putin met Erdogan.\x00 A stray NUL in one place.\n",
        ("Title\n\n" + "Putin met Erdogan in Ankara on Monday.\n" * 200 + "\x00\x00\x00\x00").encode(),
        b"\x00",
        b"A\x00",
        "Путин встретился с Эрдоганом в Анкаре. Ердоган ответил.\n".encode(),
        "أردوغان يلتقي بوتين في أنقرة\n".encode(),
        b"",
        b"\x00" * 4096,  # a block of zeros, all a crash left of the file
        b"\x00" * 70_000 + b"Title\n\nPutin met Erdogan.\n",  # its first blocks zeroed, then its text
    ],
)
def test_utf8_text_with_a_few_nul_bytes_is_still_read_as_utf8(data):
    """A NUL here and there (a damaged copy) is reported as a control character later, not taken for UTF-16;
    nor are zeroed blocks, which hold no text of any encoding."""
    assert decode_utf8(data, "story.txt") == data.decode("utf-8")


def test_a_utf16_file_of_mostly_arabic_with_english_markup_is_recognised(tmp_path):
    path = tmp_path / "desk.yaml"
    path.write_bytes(("- id: x\n  type: place\n  en: {name: Ankara}\n  ar: {name: أنقرة}\n" * 3).encode("utf-16-le"))
    with pytest.raises(UserError, match=r"saved as UTF-16 \(little-endian\) without a byte-order mark"):
        load_glossary([path])
