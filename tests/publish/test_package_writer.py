"""The DOCX package writer: an edition's file holds what python-docx's own save writes, member for member, zipped
as zipfile zips them; the parts editions share are compressed once per process, never written differently."""

import io
import time
import zipfile
from datetime import date

import docx
import pytest

from toolkit.publish import package
from toolkit.publish.docx import side_by_side_docx
from toolkit.publish.monolingual import Front, monolingual_docx
from toolkit.publish.word import new_document
from toolkit.settings import Settings


def _zipfile_bytes(members: list[tuple[str, bytes]], date_time: tuple[int, ...]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(_info(name, date_time), data)
    return buffer.getvalue()


def _info(name: str, date_time: tuple[int, ...]) -> zipfile.ZipInfo:
    """The ZipInfo ``writestr(name, data)`` makes, at ``date_time`` instead of now."""
    info = zipfile.ZipInfo(name, date_time)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


@pytest.mark.parametrize(
    "members",
    [
        [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document>" + b"x" * 5000 + b"</w:document>")],
        [("empty.xml", b""), ("customXml/item1.xml", bytes(range(256)) * 40), ("docProps/app.xml", b"<a/>")],
        [
            ("word/media/\u00e9t\u00e9.xml", "\u00e9t\u00e9 \u0627\u0644\u0633\u0644\u0627\u0645".encode())
        ],  # a UTF-8 name
    ],
)
def test_the_archive_is_byte_for_byte_what_zipfile_writes(members):
    moment = (2026, 11, 28, 13, 45, 31)
    assert package.zip_members(members, moment) == _zipfile_bytes(members, moment)
    assert package.zip_members(members, moment) == _zipfile_bytes(members, moment)  # kept parts: the same bytes


def test_a_part_kept_from_an_earlier_edition_is_written_as_compressed_then(monkeypatch):
    shared = b"<a:theme>" + b"<a:font/>" * 500 + b"</a:theme>"
    moment = (2026, 1, 2, 3, 4, 5)
    first = package.zip_members([("word/theme/theme1.xml", shared)], moment)
    monkeypatch.setattr(package.zlib, "compressobj", lambda *args: pytest.fail("compressed again"))
    assert package.zip_members([("word/theme/theme1.xml", shared)], moment) == first


def test_a_large_part_is_not_kept():
    body = b"<w:body>" + b"<w:p/>" * 20_000 + b"</w:body>"
    package.zip_members([("word/document.xml", body)], (2026, 1, 2, 3, 4, 5))
    assert body not in package._COMPRESSED


def test_a_date_before_1980_is_refused_as_zipfile_refuses_it():
    with pytest.raises(ValueError, match="1980"):
        package.zip_members([("a.xml", b"<a/>")], (1979, 12, 31, 23, 59, 59))


def _same_as_python_docx(document) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    ours = package.package_bytes(document)
    assert _members(ours) == _members(buffer.getvalue())
    assert [info.filename for info in zipfile.ZipFile(io.BytesIO(ours)).infolist()] == [
        info.filename for info in zipfile.ZipFile(io.BytesIO(buffer.getvalue())).infolist()
    ]
    assert zipfile.ZipFile(io.BytesIO(ours)).testzip() is None


def test_a_new_document_is_written_as_python_docx_saves_it():
    _same_as_python_docx(new_document())
    _same_as_python_docx(docx.Document())  # python-docx's own template, with its thumbnail and every style


@pytest.mark.parametrize("language", ["ar", "fa", "tr", "ru"])
def test_each_edition_holds_the_parts_python_docx_would_save(language, seed_editions):
    """The editions are written without python-docx (toolkit.publish.wordpackage): opened by python-docx and saved
    again, each comes out member for member, byte for byte, as written (its content types, relationships, the
    serialisation of every part), the core properties' dates aside only if a second turned meanwhile."""
    edition = seed_editions[language]
    for data in (
        side_by_side_docx(edition, Settings()),
        monolingual_docx(edition, Front.of(edition, Settings(), date(2020, 1, 20)), Settings()),
    ):
        buffer = io.BytesIO()
        docx.Document(io.BytesIO(data)).save(buffer)
        assert _members(data) == _members(buffer.getvalue())
        assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None


def test_the_members_are_dated_when_written():
    before = time.localtime(time.time() - 2)[:6]
    data = package.package_bytes(new_document())
    after = time.localtime(time.time() + 2)[:6]
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        assert before <= info.date_time <= after


FORMATTED = """# Talks in Sochi & "Geneva" <2024>

**Vladimir Putin** met *Bashar al-Assad* on the [Sochi agreement](https://example.com/sochi?a=1&b=2).\\
Officials used the `ceasefire-v2` draft.[^1]

## What was agreed

- A ceasefire in **Idlib**.
- Joint patrols:
  1. Russian patrols.
  2. Turkish patrols.

> We will keep our word, said *Erdogan*.

| Side | Position |
| --- | --- |
| Russia | Supports **the deal** |
| Turkey | Wants [guarantees](https://example.org/g) |

```
print("not translated") & <done>
```

---

[^1]: Reuters, 12 March 2024.
"""


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_a_formatted_edition_holds_the_parts_python_docx_would_save(language, glossary, tmp_path):
    """Lists (Word numbering), tables in cells and on the page, links (the document's relationships), quotes,
    code and a rule: opened by python-docx and saved again, each edition comes out byte for byte as written."""
    from toolkit.pipeline import translate_document
    from toolkit.read import read_document
    from toolkit.testing.faulty_engine import FaultyEngine
    from toolkit.translate.machine import MachineEngine

    path = tmp_path / "talks.md"
    path.write_text(FORMATTED, encoding="utf-8")
    (edition,) = translate_document(
        read_document(path), [language], glossary, [MachineEngine(FaultyEngine(), glossary)]
    )
    for data in (
        side_by_side_docx(edition, Settings()),
        monolingual_docx(edition, Front.of(edition, Settings(), date(2020, 1, 20)), Settings()),
    ):
        members = dict(_members(data))
        body = members["word/document.xml"]
        for markup in (b"<w:hyperlink", b"<w:numPr>", b"<w:tbl>", b"<w:pBdr>", b"&amp;", b"&lt;"):
            assert markup in body
        assert b'TargetMode="External"' in members["word/_rels/document.xml.rels"]
        assert b"<w:num " in members["word/numbering.xml"]
        buffer = io.BytesIO()
        docx.Document(io.BytesIO(data)).save(buffer)
        assert _members(data) == _members(buffer.getvalue())
