"""The lean DOCX template is built once and kept in the cache folder: a later run reads it instead of opening,
pruning and saving python-docx's template again, and gets the same template."""

import copy
import io
import marshal
import zipfile

import pytest

from toolkit.files import KEPT_TEMPLATE_PATTERN
from toolkit.publish import word


@pytest.fixture(autouse=True)
def _fresh_template():
    for cached in (word._lean_template, word._lean_document, word._lean_parts):
        cached.cache_clear()
    yield
    for cached in (word._lean_template, word._lean_document, word._lean_parts):
        cached.cache_clear()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _kept_files():
    return sorted(word._template_cache_file().parent.glob(KEPT_TEMPLATE_PATTERN))


def test_the_first_run_keeps_the_template_and_the_next_reads_it_without_building(monkeypatch):
    built = word._lean_template()
    assert [path.name for path in _kept_files()] == [word._template_cache_file().name]
    word._lean_template.cache_clear()
    monkeypatch.setattr(word, "_build_lean_template", lambda: pytest.fail("built again despite the cache"))
    assert word._lean_template() == built


def test_the_kept_template_has_the_parts_of_a_fresh_build():
    kept = word._lean_template()
    fresh = word._build_lean_template()
    assert _parts(kept).keys() == _parts(fresh).keys()
    assert _parts(kept)["word/styles.xml"] == _parts(fresh)["word/styles.xml"]
    assert _parts(kept)["word/document.xml"] == _parts(fresh)["word/document.xml"]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path, good: path.write_bytes(good[: len(good) // 2]), id="cut-short"),
        pytest.param(lambda path, good: path.write_bytes(b"not a template"), id="garbage"),
        pytest.param(lambda path, good: path.write_bytes(marshal.dumps(["a", "list"])), id="another-value"),
        pytest.param(lambda path, good: (path.unlink(), path.mkdir()), id="a-folder"),
    ],
)
def test_a_damaged_kept_template_is_built_again_and_the_document_opens(damage):
    good = word._lean_template()
    path = word._template_cache_file()
    damage(path, path.read_bytes())
    word._lean_template.cache_clear()
    again = word._lean_template()
    assert _parts(again)["word/styles.xml"] == _parts(good)["word/styles.xml"]
    assert word.new_document().styles["Normal"] is not None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2] + bytes(len(data) - len(data) // 2), id="zeroed-half"),
        pytest.param(lambda data: data[:300] + bytes([data[300] ^ 0xFF]) + data[301:], id="a-flipped-byte"),
        pytest.param(lambda data: b"PK" + bytes(200), id="not-a-zip"),
    ],
)
def test_a_kept_template_that_reads_as_bytes_but_does_not_open_is_built_again(damage):
    good = word._lean_template()
    path = word._template_cache_file()
    path.write_bytes(marshal.dumps(damage(good)))
    word._lean_template.cache_clear()
    document = word.new_document()
    assert document.styles["Normal"] is not None
    # kept whole again, the next run reads it: the same parts (a rebuild's zip dates are the second it was built)
    assert _parts(marshal.loads(path.read_bytes())) == _parts(good)
    word._lean_template.cache_clear()
    word._lean_document.cache_clear()
    assert word.new_document().styles["Normal"] is not None


def test_another_template_format_is_kept_under_another_key_and_the_old_file_goes(monkeypatch):
    word._lean_template()
    old = word._template_cache_file()
    monkeypatch.setattr(word, "_TEMPLATE_FORMAT", word._TEMPLATE_FORMAT + 1)
    word._lean_template.cache_clear()
    word._lean_template()
    assert word._template_cache_file() != old
    assert _kept_files() == [word._template_cache_file()]


def test_a_cache_folder_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    data = word._lean_template()
    assert "word/styles.xml" in _parts(data)
    assert blocker.read_text() == "a file where the cache folder should be"


def test_each_new_document_is_a_copy_that_leaves_the_next_one_untouched():
    first = word.new_document()
    first.add_paragraph("only in the first edition")
    first.core_properties.title = "first"
    second = word.new_document()
    assert [p.text for p in second.paragraphs] == [p.text for p in word._lean_document().paragraphs]
    assert "only in the first edition" not in [p.text for p in second.paragraphs]
    assert second.core_properties.title != "first"
    assert second.part.package is not first.part.package


def test_cache_clear_removes_the_kept_template_and_the_next_edition_keeps_it_again(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from toolkit.cli import main

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    built = word._lean_template()
    assert _kept_files() == [word._template_cache_file()]
    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert _kept_files() == []
    word._lean_template.cache_clear()
    assert _parts(word._lean_template()) == _parts(built)  # built again: the zip's timestamps may differ
    assert _kept_files() == [word._template_cache_file()]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:300] + bytes([data[300] ^ 0xFF]) + data[301:], id="a-flipped-byte"),
        pytest.param(lambda data: b"PK" + bytes(200), id="not-a-zip"),
        pytest.param(lambda data: _with_a_bomb(data), id="a-part-expanding-to-64-MB"),
        pytest.param(lambda data: _zip([("word/document.xml", b"<w:document/>")]), id="parts-missing"),
        pytest.param(lambda data: _zip([(name, b"<not xml") for name in _parts(data)]), id="parts-not-xml"),
        pytest.param(
            lambda data: _zip(
                [(n, d.replace(b'w:styleId="TableGrid"', b'w:styleId="Other"')) for n, d in _parts(data).items()]
            ),
            id="a-style-missing",
        ),
    ],
)
def test_an_edition_from_a_kept_template_that_does_not_read_is_written_from_a_template_built_again(damage):
    good = word._lean_template()
    path = word._template_cache_file()
    path.write_bytes(marshal.dumps(damage(good)))
    word._lean_template.cache_clear()
    document = word.new_edition()
    assert document.style_by_name("Normal") is not None
    assert _parts(marshal.loads(path.read_bytes())) == _parts(good)  # kept whole again


def _with_a_bomb(data: bytes) -> bytes:
    """The template with one more part, 64 MB of zeros in 64 KB: read whole, every process would hold it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in _parts(data).items():
            archive.writestr(name, part)
        with archive.open("word/media/image1.png", "w") as member:
            for _ in range(64):
                member.write(bytes(1024**2))
    return buffer.getvalue()


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_each_new_edition_is_a_copy_that_leaves_the_next_one_untouched():
    first = word.new_edition()
    first.edit_style("Normal").set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}default", "0")
    first.add_paragraph()
    first.add_table(2, 3)
    first.relate_to(
        "https://example.com/", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", True
    )
    second = dict(word.new_edition().members())
    template = dict(_parts(word._lean_template()))
    assert second == template  # every part as the template has it, unchanged by the first edition
    assert dict(first.members())["word/document.xml"] != template["word/document.xml"]


def test_a_run_with_the_template_kept_writes_its_editions_without_importing_python_docx(tmp_path):
    """python-docx builds the lean template on a cache folder's first run; once it is kept, a run that writes
    side-by-side and monolingual editions (the seed article, from its memory) does not import it (about 40 ms)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    for run in ("first", "second"):
        code = (
            "import sys\nfrom toolkit.cli import main\n"
            f"try: main(['translate', 'seeds/article.txt', '--out', {str(tmp_path / run)!r}, '-q'])\n"
            "except SystemExit as stop: print('EXIT', stop.code)\n"
            "print('DOCX', sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.'))[:3])\n"
        )
        result = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
        assert "EXIT 0" in result.stdout, result.stdout + result.stderr
        assert sorted(path.name for path in (tmp_path / run / "article").glob("*.docx")) == [
            f"article.{code}.{kind}docx" for code in ("ar", "fa", "ru", "tr") for kind in ("", "publish.")
        ]
    assert "DOCX []" in result.stdout, result.stdout


def test_an_edition_s_styles_part_is_what_lxml_writes_for_the_template_s_styles_with_its_changes():
    """An edition copies only the styles it changes and writes the others as the template's bytes: the part is
    the same bytes as the template's whole styles tree, copied, changed the same way and serialised."""
    from lxml import etree

    from toolkit.document import BlockKind
    from toolkit.languages import language
    from toolkit.publish.wordpackage import STYLES_PART, qn, serialise

    document = word.new_edition()
    sheet = word.StyleSheet(document, word.Faces())
    arabic = language("ar")
    sheet.document_language(arabic, "en-GB")
    sheet.restyle("Heading3", arabic, word.Look(BlockKind.HEADING, color="111111"))
    sheet.paragraph_style("Arabic Text & <more>", arabic, word.Look())
    sheet.marked(sheet.run_styles(arabic).own, word.FLAGGED)

    whole = etree.fromstring(dict(_parts(word._lean_template()))[STYLES_PART])
    by_id = {style.get(qn("w:styleId")): style for style in whole.iterchildren(qn("w:style"))}
    for style_id in ("Normal", "Heading3"):
        by_id[style_id].getparent().replace(by_id[style_id], copy.deepcopy(document.edit_style(style_id)))
    for style in document.styles_element:
        if style.get(qn("w:styleId")) not in by_id:
            whole.append(copy.deepcopy(style))
    written = dict(document.members())[STYLES_PART]
    assert written == serialise(whole)
    assert b'w:val="Arabic Text &amp; &lt;more&gt;"' in written
