"""A memory or XLIFF file of more units than is read in one piece is refused before it is parsed, naming the line
of the first unit past the bound: the whole tree of a file is held while it is read, and the byte bound alone let
a million short units (gigabytes of memory) in."""

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import UserError
from toolkit.interchange import xliff
from toolkit.interchange.xliff import reviewed_segments
from toolkit.translate import memory as memory_module
from toolkit.translate.memory import load_memory

WHEN = datetime(2026, 11, 20, tzinfo=timezone.utc)
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<tmx version="1.4">\n'
    '<header creationtool="cat" creationtoolversion="1" segtype="sentence" o-tmf="cat" adminlang="en" '
    'srclang="en" datatype="plaintext"/>\n'
    "<body>\n"
)


def tmx(units: int, *, languages=("ru",)) -> str:
    lines = [HEADER]
    for number in range(1, units + 1):
        lines.append(f'<tu tuid="story:{number}">\n')
        lines.append(f'  <tuv xml:lang="en"><seg>The talks lasted {number} hours.</seg></tuv>\n')
        for language in languages:
            lines.append(f'  <tuv xml:lang="{language}"><seg>Переговоры длились {number} часа.</seg></tuv>\n')
        lines.append("</tu>\n")
    lines.append("</body>\n</tmx>\n")
    return "".join(lines)


@pytest.fixture
def three_units(monkeypatch):
    monkeypatch.setattr(memory_module, "MAX_MEMORY_UNITS", 3)
    monkeypatch.setattr(xliff, "MAX_XLIFF_UNITS", 3)


def test_a_memory_of_one_unit_too_many_is_refused_naming_the_file_the_count_and_the_line(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    path.write_text(tmx(4), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    error = caught.value
    assert error.path == path
    assert error.line == 5 + 3 * 4  # the header's 4 lines and 3 units of 4 lines each come before it
    assert "more than 3 translation units" in error.message
    assert "split" in error.fix and "at most 3 translation units" in error.fix


def test_a_memory_at_the_bound_is_read_whole(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    path.write_text(tmx(3, languages=("ru", "tr", "fa", "ar")), encoding="utf-8")  # 15 <tuv> elements
    memory = load_memory([path])
    assert len(memory) == 3


def test_names_that_only_begin_like_a_unit_are_not_counted(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    text = tmx(3).replace("<body>\n", "<body>\n<!-- <tuid> <tuv> <tu-like> <tux> -->\n")
    path.write_text(text, encoding="utf-8")
    assert len(load_memory([path])) == 3


OLD_UNIT = '<tu tuid="old:{n}"><tuv xml:lang="en"><seg>Old {n}.</seg></tuv></tu>'


@pytest.mark.parametrize(
    "hide",
    [
        lambda units: f"<!-- the units of last year, taken out:\n{units}\n-->",
        lambda units: f"<?cat-tool kept-units {units} ?>",
        lambda units: "<!-- one --><!-- two -->\n" + f"<!--\n{units}\n-->",
    ],
    ids=["comment", "processing-instruction", "several-comments"],
)
def test_units_commented_out_are_not_counted(tmp_path, three_units, hide):
    units = "\n".join(OLD_UNIT.format(n=n) for n in range(1, 11))
    path = tmp_path / "desk.tmx"
    path.write_text(tmx(3).replace("<body>\n", "<body>\n" + hide(units) + "\n"), encoding="utf-8")
    memory = load_memory([path])
    assert len(memory) == 3
    assert memory.lookup("Old 1.", "ru") is None


def test_a_memory_with_200000_units_in_a_comment_is_a_small_memory(tmp_path):
    units = "<tu>" * 200_000
    path = tmp_path / "desk.tmx"
    path.write_text(tmx(2).replace("<body>\n", f"<body>\n<!--\n{units}\n-->\n"), encoding="utf-8")
    assert len(load_memory([path])) == 2


def test_a_real_unit_past_the_bound_is_still_found_after_a_comment_full_of_units(tmp_path, three_units):
    units = "\n".join(OLD_UNIT.format(n=n) for n in range(1, 11))
    text = tmx(4).replace("<body>\n", f"<body>\n<!--\n{units}\n-->\n")
    path = tmp_path / "desk.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == next(n for n, line in enumerate(text.splitlines(), 1) if 'tuid="story:4"' in line)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE tmx SYSTEM "tmx14<!--.dtd">',
        "<!DOCTYPE tmx SYSTEM 'tmx14<?.dtd'>",
        '<!DOCTYPE tmx PUBLIC "-//LISA//DTD TMX 1.4<![CDATA[//EN" "tmx14.dtd">',
        "<!DOCTYPE tmx [ <!-- the desk's own note, with a <![CDATA[ in it --> ]>",
    ],
)
def test_a_document_type_quoting_what_opens_a_comment_hides_no_unit_from_the_count(tmp_path, three_units, doctype):
    # a comment, CDATA section or processing instruction opened inside the document type's quoted names is text
    # there: the units after it are the parser's to read, so the bound counts them
    text = tmx(4).replace('<tmx version="1.4">', doctype + '\n<tmx version="1.4">')
    path = tmp_path / "desk.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert "holds more than 3 translation units" in caught.value.message
    assert caught.value.line == next(n for n, line in enumerate(text.splitlines(), 1) if 'tuid="story:4"' in line)


def test_a_comment_never_closed_hides_nothing_from_the_parser(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    units = "\n".join(OLD_UNIT.format(n=n) for n in range(1, 11))
    path.write_text(tmx(2).replace("</body>", f"<!-- {units} <!-- <!-- </body>"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert "not a valid TMX file" in caught.value.message  # the XML's fault, named as such, not a count


def test_a_translation_run_with_a_memory_too_large_says_which_file_and_how_to_split_it(workspace, three_units):
    (workspace / "seeds" / "article.tmx").unlink()
    (workspace / "seeds" / "desk.tmx").write_text(tmx(4), encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", "seeds/article.txt", "--to", "ru"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "desk.tmx:17: the TMX file holds more than 3 translation units" in result.output
    assert "split it into files of at most 3 translation units" in result.output


def test_an_import_into_a_memory_too_large_leaves_it_as_it_was(workspace, three_units):
    target = workspace / "seeds" / "desk.tmx"
    target.write_text(tmx(4), encoding="utf-8")
    review = workspace / "story.ru.xlf"
    review.write_text(xliff_12(1), encoding="utf-8")
    before = target.read_bytes()
    result = CliRunner().invoke(
        main, ["memory", "import", str(review), "--memory", str(target), "--reviewer", "A. Editor"]
    )
    assert result.exit_code == 2, result.output
    assert "desk.tmx:17" in result.output and "more than 3 translation units" in result.output
    assert target.read_bytes() == before


def xliff_12(units: int) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="story.txt" source-language="en" target-language="ru" datatype="plaintext">\n'
        "<body>\n"
    ]
    for number in range(1, units + 1):
        lines.append(
            f'<trans-unit id="story:{number}"><source>The talks lasted {number} hours.</source>'
            f'<target state="signed-off">Переговоры длились {number} часа.</target></trans-unit>\n'
        )
    lines.append("</body>\n</file>\n</xliff>\n")
    return "".join(lines)


def xliff_20(units: int) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">\n'
        '<file id="f1">\n'
    ]
    for number in range(1, units + 1):
        lines.append(
            f'<unit id="story:{number}"><segment state="final"><source>The talks lasted {number} hours.</source>'
            f"<target>Переговоры длились {number} часа.</target></segment></unit>\n"
        )
    lines.append("</file>\n</xliff>\n")
    return "".join(lines)


@pytest.mark.parametrize("write", [xliff_12, xliff_20], ids=["xliff-1.2", "xliff-2.0"])
def test_an_xliff_file_of_one_unit_too_many_is_refused_naming_its_line(tmp_path, three_units, write):
    path = tmp_path / "story.ru.xlf"
    path.write_text(write(4), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        reviewed_segments(path, "A. Editor", WHEN)
    fourth = next(n for n, line in enumerate(write(4).splitlines(), 1) if 'id="story:4"' in line)
    assert caught.value.path == path
    assert caught.value.line == fourth
    assert "more than 3 units" in caught.value.message and "split" in caught.value.fix


@pytest.mark.parametrize("write", [xliff_12, xliff_20], ids=["xliff-1.2", "xliff-2.0"])
def test_an_xliff_file_at_the_bound_is_read_whole(tmp_path, three_units, write):
    path = tmp_path / "story.ru.xlf"
    path.write_text(write(3), encoding="utf-8")
    segments, refused = reviewed_segments(path, "A. Editor", WHEN)
    assert len(segments) == 3 and not refused


def test_the_bounds_leave_room_for_a_newsrooms_memory():
    assert memory_module.MAX_MEMORY_UNITS >= 100_000 and xliff.MAX_XLIFF_UNITS >= 100_000


@pytest.mark.parametrize("write", [xliff_12, xliff_20], ids=["xliff-1.2", "xliff-2.0"])
def test_units_quoted_in_cdata_or_a_comment_of_an_xliff_file_are_not_counted(tmp_path, three_units, write):
    quoted = "".join(f'<trans-unit id="q{n}"><unit id="q{n}">' for n in range(10))
    text = write(3).replace(
        "<source>The talks lasted 1 hours.</source>",
        f"<source>The talks lasted 1 hours.<![CDATA[{quoted}]]></source>",
        1,
    )
    text = text.replace("</file>", f"<!-- {quoted} --></file>")
    path = tmp_path / "story.ru.xlf"
    path.write_text(text, encoding="utf-8")
    segments, refused = reviewed_segments(path, "A. Editor", WHEN)
    assert len(segments) == 3 and not refused


def test_a_memory_in_utf16_is_counted_in_its_own_encoding(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    path.write_bytes(tmx(5).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == 17 and "more than 3 translation units" in caught.value.message


def test_a_comment_longer_than_the_parser_reads_is_named_as_such(tmp_path):
    path = tmp_path / "desk.tmx"
    path.write_text(tmx(2).replace("<body>\n", "<body>\n<!--" + "<tu>" * 3_000_000 + "-->\n"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == 5  # where the comment starts
    assert "a comment longer than 10 MB" in caught.value.message and "units" not in caught.value.message
