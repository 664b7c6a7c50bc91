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


def test_units_in_a_comment_are_counted_too_but_never_more_than_there_are_tags(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    text = tmx(3).replace("<body>\n", "<body>\n<!-- <tuid> <tuv> <tu-like> <tux> -->\n")
    path.write_text(text, encoding="utf-8")
    assert len(load_memory([path])) == 3


def test_a_memory_in_utf16_is_counted_in_its_own_encoding(tmp_path, three_units):
    path = tmp_path / "desk.tmx"
    path.write_bytes(tmx(5).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == 17 and "more than 3 translation units" in caught.value.message


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
