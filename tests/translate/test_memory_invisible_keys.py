"""A memory's English is matched to an article's sentences as the reader reads them: the invisible characters and
bidi controls the reader removes from an article (a soft hyphen Word kept in a CAT tool's export, a zero-width
space, U+202E) do not keep a unit from matching the sentence it translates; they made every such unit dead."""

from __future__ import annotations

import pytest

from toolkit.read import read_document
from toolkit.translate.memory import load_memory

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="x" creationtoolversion="1" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>{english}</seg></tuv><tuv xml:lang="ar"><seg>التقى أردوغان ببوتين.</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize(
    "english",
    [
        "Erdo\u00adgan met Putin in Ankara.",  # a soft hyphen
        "Erdogan met\u200b Putin in Ankara.",  # a zero-width space
        "Erdogan met \u202ePutin\u202c in Ankara.",  # a right-to-left override
        "\ufeffErdogan met Putin in Ankara.",  # a byte-order mark pasted at the start
        "Erdogan met Putin in\u2060 Ankara.",  # a word joiner
    ],
    ids=["soft-hyphen", "zero-width-space", "rtl-override", "bom", "word-joiner"],
)
def test_a_unit_whose_english_holds_invisible_characters_matches_the_article_sentence(tmp_path, english):
    memory_path = tmp_path / "desk.tmx"
    memory_path.write_text(TMX.format(english=english), encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text(f"Talks\n\n{english}\n", encoding="utf-8")
    (_, sentence) = read_document(article).segments
    assert sentence.text == "Erdogan met Putin in Ankara."  # what the reader reads
    hit = load_memory([memory_path]).lookup(sentence.text, "ar")
    assert hit is not None and hit.template.parts == ("التقى أردوغان ببوتين.",)


def test_visible_differences_still_keep_units_apart(tmp_path):
    memory_path = tmp_path / "desk.tmx"
    memory_path.write_text(TMX.format(english="Erdogan met Putin in Ankara."), encoding="utf-8")
    memory = load_memory([memory_path])
    assert memory.lookup("Erdogan met Putin in Ankara!", "ar") is None
    assert memory.lookup("Erdogan-met Putin in Ankara.", "ar") is None
    assert memory.lookup("Erdogan  met Putin in\tAnkara.", "ar") is not None  # whitespace, as ever
