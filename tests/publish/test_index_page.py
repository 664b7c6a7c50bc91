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


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u202d"])
def test_a_hand_edited_manifest_cannot_reorder_what_the_index_shows_of_its_titles_and_reasons(workspace, control):
    """A bidi override or embedding typed into a manifest's title, a language's title or a reason would show
    the rest of its line reversed ("Evil \u202eeltit" reads "Evil title"): the index shows the text without it."""
    import json

    (workspace / "newsroom.yaml").write_text("publish:\n  index: true\n", encoding="utf-8")
    assert run(["seeds/article.txt"], languages=["ru"], formats=["md"]).exit_code == 0
    manifest_file = workspace / "output" / "article" / "manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    manifest["title"] = f"Talks {control}<b>in</b> Ankara"
    manifest["languages"]["ru"]["title"] = f"Переговоры {control}в Анкаре"
    manifest["languages"]["ru"]["reasons"] = [f"checked by {control}the desk"]
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    assert run(["seeds/article.txt"], languages=["ru"], formats=["md"]).exit_code == 0  # up to date: index rebuilt
    page = (workspace / "output" / "index.html").read_text(encoding="utf-8")
    assert not re.search("[\u202a-\u202e]", page)
    assert "Talks &lt;b&gt;in&lt;/b&gt; Ankara" in page
    assert "Переговоры в Анкаре" in page
