"""The index page as a desk reads it: its times in the form every other line of the page uses."""

import re

import pytest

from toolkit import run


@pytest.mark.parametrize("languages", [["ru"], ["ar", "tr"]])
def test_the_index_shows_when_it_was_updated_and_each_article_written_as_people_read_times(workspace, languages):
    (workspace / "newsroom.yaml").write_text("publish:\n  index: true\n", encoding="utf-8")
    result = run(["seeds/article.txt"], languages=languages, formats=["md"])
    assert result.exit_code == 0
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)
    # the ISO 8601 time a manifest records is for tools (the time element's datetime), never the text shown
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)
    updated = re.search(r'updated <time datetime="([^"]+)">(\d{4}-\d\d-\d\d \d\d:\d\d UTC)</time> by toolkit', page)
    written = re.search(r'· written <time datetime="([^"]+)">(\d{4}-\d\d-\d\d \d\d:\d\d UTC)</time>', page)
    assert updated and written, page
    for found in (updated, written):
        assert found.group(1)[:10] == found.group(2)[:10] and found.group(1)[11:16] == found.group(2)[11:16]
    assert "Side-by-side editions are for review; the Edition column links the editions to publish." in text
    assert text.count("last changed ") == len(languages)  # each edition's row, in the same form
