"""A DOCX is a zip of XML parts that Word writes without a document type: a part that declares entities (an
external one reading a local file, a "billion laughs" expansion) or refers to one, or a member named outside the
package (``../../x.xml``, ``/x.xml``), is made by hand, never by Word. Such a file is refused as unsafe, naming
the part and what it holds, before any of it is read: an entity reference was left unexpanded, and the text
after it in the same run was silently lost."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from toolkit.errors import UserError
from toolkit.read import read_document

FIX = "ask the sender for the original document; open it in Word or LibreOffice and save it again as .docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _docx(tmp_path, prolog: str, body: str, extra: tuple[tuple[str, str], ...] = ()):
    """A Word document saved by python-docx, its document.xml replaced by one with ``prolog`` and ``body``."""
    saved = io.BytesIO()
    docx.Document().save(saved)
    path = tmp_path / "story.docx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = (
                    f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
                    f'<w:document xmlns:w="{W}"><w:body>{_paragraph("Talks resumed")}{body}</w:body></w:document>'
                ).encode()
            target.writestr(member, data)
        for name, data in extra:
            target.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("prolog", "body"),
    [
        ('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', _paragraph("Secret &x; here.")),
        ('<!DOCTYPE w:document [<!ENTITY x "Erdogan">]>\n', _paragraph("President &x; met officials.")),
        (
            '<!DOCTYPE w:document [<!ENTITY l0 "lol">'
            + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
            + "]>\n",
            _paragraph("&l9;"),
        ),
        ("<!DOCTYPE w:document [<!ELEMENT w:document ANY>]>\n", _paragraph("President Erdogan met officials.")),
    ],
    ids=["external-entity", "internal-entity", "billion-laughs", "element-declaration"],
)
def test_a_part_declaring_its_own_document_type_is_refused_as_unsafe(tmp_path, prolog, body):
    path = _docx(tmp_path, prolog, body)
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: unsafe DOCX file: word/document.xml declares its own document type (<!DOCTYPE ... [ ... ]>), "
        "which Word never writes and which may hide entity expansions or read other files\n"
        f"  fix: {FIX}"
    )


def test_an_entity_reference_without_a_declaration_is_refused_not_dropped_with_the_text_after_it(tmp_path):
    path = _docx(tmp_path, '<!DOCTYPE w:document SYSTEM "http://example.com/word.dtd">\n', _paragraph("Ankara &x; ok."))
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: unsafe DOCX file: word/document.xml refers to an entity (&x;) on line 3, which Word never writes\n"
        f"  fix: {FIX}"
    )


@pytest.mark.parametrize("name", ["../../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "..\\..\\evil.xml"])
def test_a_member_named_outside_the_package_is_refused_as_unsafe(tmp_path, name):
    path = _docx(tmp_path, "", _paragraph("President Erdogan met officials."), extra=((name, "<x/>"),))
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: unsafe DOCX file: member {name!r} is named outside the package, which Word never writes\n  fix: {FIX}"
    )


def test_a_plain_document_is_still_read(tmp_path):
    path = _docx(tmp_path, "", _paragraph("President Erdogan met officials &amp; envoys."))
    assert [segment.text for segment in read_document(path).segments] == [
        "Talks resumed",
        "President Erdogan met officials & envoys.",
    ]


def _relinked(tmp_path, reltype_target: bytes, replacement: bytes):
    saved = io.BytesIO()
    document = docx.Document()
    document.add_heading("Talks resumed", 1)
    document.add_paragraph("President Erdogan met officials.")
    document.save(saved)
    path = tmp_path / "story.docx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name.endswith(".rels"):
                data = data.replace(reltype_target, replacement)
            target.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        (b'Target="styles.xml"', "styles"),
        (b'Target="settings.xml"', "settings"),
        (b'Target="word/document.xml"', "officeDocument"),
    ],
)
def test_a_part_of_the_document_given_as_an_external_link_is_refused_not_a_crash(tmp_path, target, kind):
    """Word links images and web pages outside the package, never the document's own parts (its styles, its
    settings, the document itself): python-docx failed on one with an unexpected error."""
    path = _relinked(tmp_path, target, b'Target="file:///etc/passwd" TargetMode="External"')
    with pytest.raises(UserError) as caught:
        read_document(path)
    rels = "_rels/.rels" if kind == "officeDocument" else "word/_rels/document.xml.rels"
    assert str(caught.value) == (
        f"{path}: unsafe DOCX file: {rels} gives the document's {kind} part as a link outside the package "
        "('file:///etc/passwd'), which Word never writes\n"
        f"  fix: {FIX}"
    )


def test_links_to_web_pages_and_linked_images_outside_the_package_are_still_read(tmp_path):
    document = docx.Document()
    document.add_heading("Talks resumed", 1)
    paragraph = document.add_paragraph("President Erdogan met officials.")
    paragraph.part.relate_to(
        "https://example.com/story", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    paragraph.part.relate_to(
        "file:///srv/photos/ankara.jpg", docx.opc.constants.RELATIONSHIP_TYPE.IMAGE, is_external=True
    )
    path = tmp_path / "story.docx"
    document.save(path)
    assert [segment.text for segment in read_document(path).segments] == [
        "Talks resumed",
        "President Erdogan met officials.",
    ]


@pytest.mark.parametrize(
    "document_xml",
    [
        b'<?xml version="1.0" encoding="UTF-8"?><html><body><p>President Erdogan met officials.</p></body></html>',
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"/>'.encode(),
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:background/></w:document>'.encode(),
    ],
    ids=["another-root", "no-body", "background-only"],
)
def test_a_main_part_that_is_not_a_word_document_body_is_damaged_not_a_crash(tmp_path, document_xml):
    """A package whose document part holds no <w:document><w:body> (another format's XML zipped as a DOCX, a
    document cut to its root) ended in an unexpected error."""
    saved = io.BytesIO()
    docx.Document().save(saved)
    path = tmp_path / "story.docx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, document_xml if name == "word/document.xml" else source.read(name))
    with pytest.raises(UserError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: damaged DOCX file: word/document.xml is not a Word document (no <w:document> with a <w:body>)\n"
        "  fix: open it in Word or LibreOffice and save it again as .docx"
    )
