"""One sentence in several rows of one import: a correction in one row is never lost to a row left as it was.

An article may repeat a sentence (a standfirst quoted again in the body), and
one import may bring two review files of the same article. A row the reviewer
left as the file showed it says nothing against a correction of the same
sentence in another row, whichever comes first; two different corrections of
one sentence are a conflict, the first taken.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from toolkit.slots import Template
from toolkit.translate.memory import load_memory
from toolkit.translate.reviewed import ReviewedSegment, memory_digest, store_reviewed

DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
SENTENCES = {
    "ru": ("Putin received Shamkhani.", "Путин принял Шамхани.", "Путин вчера принял Шамхани."),
    "tr": ("Fidan flew to Moscow.", "Fidan Moskova'ya uçtu.", "Fidan dün Moskova'ya uçtu."),
}

YESTERDAY = {"ru": "вчера", "tr": "dün"}  # the word the correction adds


def row(code, text, place, *, edited, based_on, reviewer="Layla"):
    english = SENTENCES[code][0]
    return ReviewedSegment("story:1.1", english, text, code, reviewer, DATE, place, based_on=based_on, edited=edited)


def reviewed_memory(tmp_path, glossary, code):
    """A memory holding the first translation of the sentence; returns it and the digest a review file records."""
    memory = tmp_path / "story.tmx"
    english, first, _ = SENTENCES[code]
    first_record = ReviewedSegment("story:1.1", english, first, code, "Omar", DATE, "first")
    store_reviewed([first_record], memory, glossary, tool_version="t")
    stored = load_memory([memory]).lookup(english, code).template
    return memory, memory_digest(Template.parse(stored.code))


@pytest.mark.parametrize("code", SENTENCES)
@pytest.mark.parametrize("unedited_first", [True, False])
def test_a_correction_wins_over_the_same_sentence_left_as_it_was(tmp_path, glossary, code, unedited_first):
    memory, based_on = reviewed_memory(tmp_path, glossary, code)
    english, first, corrected = SENTENCES[code]
    left = row(code, first, "row 2 (ID 1.1)", edited=False, based_on=based_on)
    fixed = row(code, corrected, "row 9 (ID 5.2)", edited=True, based_on=based_on)

    report = store_reviewed([left, fixed] if unedited_first else [fixed, left], memory, glossary, tool_version="t")

    assert [taken.place for taken in report.changed] == ["row 9 (ID 5.2)"]
    assert report.not_taken == [] and report.kept_newer == []
    assert YESTERDAY[code] in load_memory([memory]).lookup(english, code).template.code


def test_two_different_corrections_of_one_sentence_still_conflict(tmp_path, glossary):
    memory, based_on = reviewed_memory(tmp_path, glossary, "ru")
    english, _, corrected = SENTENCES["ru"]
    one = row("ru", corrected, "layla.docx row 2", edited=True, based_on=based_on)
    other = row("ru", "Путин сегодня принял Шамхани.", "omar.docx row 2", edited=True, based_on=based_on)

    report = store_reviewed([one, other], memory, glossary, tool_version="t", overwrite=True)

    assert [taken.place for taken in report.changed] == ["layla.docx row 2"]
    assert [refused.place for refused in report.not_taken] == ["omar.docx row 2"]
    assert "вчера" in load_memory([memory]).lookup(english, "ru").template.code
