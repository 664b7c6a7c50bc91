"""Comparing an edition's sentences with the previous run's: as a diff does, by content, never by position."""

from toolkit.publish.changes import compare, is_digest, shown_time

A, B, C, D, E = (f"{n:016x}" for n in range(1, 6))


def test_the_same_sentences_are_no_change():
    change = compare("ru", (A, B, C), "published", (A, B, C), "published")
    assert (change.segments, change.total, change.changed) == (0, 3, False)
    assert change.describe() == "ru"


def test_one_sentence_retranslated_is_one_change():
    change = compare("tr", (A, D, C), "published", (A, B, C), "published")
    assert (change.segments, change.changed) == (1, True)
    assert change.describe() == "tr (1 of 3 sentences)"


def test_a_paragraph_added_at_the_top_counts_only_its_own_sentences():
    change = compare("ar", (D, E, A, B, C), "published", (A, B, C), "published")
    assert change.segments == 2
    assert change.describe() == "ar (2 of 5 sentences)"


def test_sentences_removed_count_as_changed():
    change = compare("fa", (A,), "published", (A, B, C), "published")
    assert (change.segments, change.removed) == (2, 2)
    assert change.describe() == "fa (2 sentences removed)"


def test_an_article_cut_short_and_rewritten_never_counts_more_sentences_than_it_has():
    change = compare("ru", (D, E), "published", (A, B, C, A, B, C), "published")
    assert (change.segments, change.total, change.removed) == (6, 2, 4)
    assert change.describe() == "ru (2 of 2 sentences; 4 sentences removed)"


def test_sentences_replaced_and_one_more_removed():
    assert (
        compare("tr", (D, B), "published", (A, B, C), "published").describe()
        == "tr (1 of 2 sentences; 1 sentence removed)"
    )


def test_sentences_moved_about_are_no_change():
    assert not compare("ru", (C, A, B), "published", (A, B, C), "published").changed


def test_a_repeated_sentence_counts_each_time():
    assert compare("ru", (A, A, B), "published", (A, B), "published").segments == 1


def test_a_new_verdict_is_a_change_even_with_the_same_sentences():
    change = compare("ru", (A, B), "published", (A, B), "needs-review")
    assert change.changed
    assert change.describe() == "ru (now ready to publish)"


def test_an_edition_the_previous_run_did_not_write_is_new():
    change = compare("fa", (A, B), "published", None, None)
    assert change.first and change.changed
    assert change.describe() == "fa (new)"


def test_an_older_manifest_without_digests_says_the_sentences_were_not_compared():
    change = compare("tr", (A, B), "published", (), "published")
    assert change.changed and change.segments is None
    assert "not compared" in change.describe()


def test_digests_are_short_lowercase_hex():
    assert is_digest(A)
    assert not is_digest("ABCDEF0123456789")
    assert not is_digest("0123")
    assert not is_digest(12345)


def test_times_read_in_utc_and_garbage_is_shown_as_given():
    assert shown_time("2026-03-12T10:14:00+01:00") == "2026-03-12 09:14 UTC"
    assert shown_time("2026-03-12T09:14:00") == "2026-03-12 09:14"
    assert shown_time("yesterday") == "yesterday"
