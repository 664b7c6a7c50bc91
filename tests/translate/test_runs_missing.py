"""What a reviewed or stored translation lost of what its English writes as it is (markers.runs_missing).

The import's check and the editions decide what such a run is, and when a
translation writes it, by the same code (:func:`toolkit.localise.verbatim_runs`
and :func:`toolkit.localise.as_the_source_writes`): what an edition would
publish as the English writes it is never reported lost, and what it would
not publish is never taken.
"""

from __future__ import annotations

import re

import pytest

from toolkit.localise import FOOTNOTE_MARK_PATTERN, verbatim_runs
from toolkit.translate.markers import run_kind, runs_missing
from toolkit.translate.reviewed import delocalise

SOURCE = "See www.iaea.org/reports, @IAEAorg and #Natanz at 33.5°N 51.7°E.[^2]"


def test_each_run_the_translation_lacks_is_named_in_the_sources_order_with_its_kind():
    missing = runs_missing(SOURCE, "См. доклад агентства.")
    assert missing == ["www.iaea.org/reports", "@IAEAorg", "#Natanz", "33.5°N 51.7°E", "[^2]"]
    assert [run_kind(run) for run in missing] == ["address", "handle", "hashtag", "coordinate", "footnote mark"]
    kept = "См. www.iaea.org/reports, @IAEAorg и #Natanz на 33.5°N 51.7°E.[^2]"
    assert runs_missing(SOURCE, kept) == []


def test_direction_marks_an_edition_puts_around_a_run_are_no_part_of_it():
    text = "راجع \u2066www.iaea.org/reports\u2069 و\u200e@IAEAorg\u200e و #Natanz عند 33.5°N 51.7°E.[^2]"
    assert runs_missing(SOURCE, text) == []


def test_a_footnotes_text_must_open_with_its_label():
    assert runs_missing("[^1]: As reported by the agency.", "[^1]: По сообщению агентства.") == []
    assert runs_missing("[^1]: As reported by the agency.", "По сообщению агентства [^1].") == ["[^1]:"]
    assert runs_missing("[^1]: As reported by the agency.", "По сообщению агентства.") == ["[^1]"]


@pytest.mark.parametrize(
    "language, written",
    [
        ("fa", "در ۳۳٫۵°N ۵۱٫۷°E."),  # Persian digits and the Arabic decimal separator, as a Persian keyboard types
        ("ar", "عند ٣٣٫٥°N ٥١٫٧°E."),
        ("fa", "در 33٫5°N 51٫7°E."),
    ],
)
def test_a_coordinate_written_in_the_locales_digits_is_the_sources_as_the_edition_publishes_it(language, written):
    source = "The site lies at 33.5°N 51.7°E."
    assert runs_missing(source, delocalise(written, language, None)) == []
    assert runs_missing(source, written) == []


def test_another_coordinate_is_still_missing():
    assert runs_missing("The site lies at 33.5°N 51.7°E.", "در ۳۳٫۶°N ۵۱٫۷°E.") == ["33.5°N 51.7°E"]


def test_a_footnote_mark_is_one_pattern_for_the_editions_and_the_checks():
    text = "He said so.[^note-1] Then [^2][^3] and [^ no]."
    assert [text[start:end] for start, end in verbatim_runs(text)] == ["[^note-1]", "[^2]", "[^3]"]
    assert re.findall(FOOTNOTE_MARK_PATTERN, text) == ["[^note-1]", "[^2]", "[^3]"]
