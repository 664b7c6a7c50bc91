"""A name a reviewer misspelt is checked against the glossary: stored as the glossary spells it, never learnt, and
the import says which name was written otherwise, so the reviewer can check it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from toolkit.translate.reviewed import ReviewedSegment, store_reviewed

DATE = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def review(language: str, source: str, target: str) -> ReviewedSegment:
    return ReviewedSegment("story:1.1", source, target, language, "A. Editor", DATE, f"review.{language} row 1")


@pytest.mark.parametrize(
    "language, source, misspelt, stored, glossary_spelling",
    [
        (
            "ru",
            "Putin received Shamkhani.",
            "Путен принял Шамхани.",
            "{putin:short} принял {shamkhani:short}.",
            "Путин",
        ),
        (
            "tr",
            "Erdogan said the talks were useful.",
            "Erdogan görüşmelerin faydalı olduğunu söyledi.",
            "{erdogan:short} görüşmelerin faydalı olduğunu söyledi.",
            "Erdoğan",
        ),
        (
            "ar",
            "Erdogan met Fidan in Ankara.",
            "التقى اردوغان فيدان في أنقرة.",
            "التقى {erdogan:short} {fidan:short} في {ankara}.",
            "أردوغان",
        ),
    ],
)
def test_a_misspelt_name_is_stored_as_the_glossary_spells_it_and_reported(
    tmp_path, glossary, language, source, misspelt, stored, glossary_spelling
):
    report = store_reviewed([review(language, source, misspelt)], tmp_path / "m.tmx", glossary, tool_version="t")

    assert [taken.stored for taken in report.added] == [stored]
    assert report.not_taken == []
    [check] = report.respelled
    assert check.place == f"review.{language} row 1" and repr(glossary_spelling) in check.reason
    assert "fix the glossary" in check.fix
    assert report.as_dict()["respelled"][0]["reason"] == check.reason


@pytest.mark.parametrize(
    "language, source, target",
    [
        ("ru", "Putin received Shamkhani in Moscow.", "Путин принял Шамхани в Москве."),
        ("tr", "Shamkhani flew to Ankara.", "Şemhani Ankara’ya uçtu."),  # Word's typographic apostrophe
        ("ar", "Fidan met Ali Shamkhani.", "التقى فيدان بعلي شمخاني."),  # a proclitic on the name
        ("fa", "Shamkhani met Putin in Moscow.", "شمخانی در مسکو با پوتین دیدار کرد."),
        # a headline set in capitals: the names in capitals too, Turkish İ for i
        ("tr", "WHAT TURKEY SAID", "TÜRKİYE'NİN SÖYLEDİKLERİ"),
        ("tr", "IRAN VOTES AS TURKEY WATCHES", "İRAN SANDIK BAŞINDA, TÜRKİYE İZLİYOR"),
        ("ru", "IRAN VOTES AS TURKEY WATCHES", "ИРАН ГОЛОСУЕТ, ТУРЦИЯ НАБЛЮДАЕТ"),
    ],
)
def test_names_written_as_the_glossary_spells_them_raise_no_check(tmp_path, glossary, language, source, target):
    report = store_reviewed([review(language, source, target)], tmp_path / "m.tmx", glossary, tool_version="t")

    assert len(report.added) == 1 and report.respelled == []
