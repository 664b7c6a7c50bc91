"""A name whose 's is its own is kept whole, never cut at the apostrophe: before 'of' and a capitalised word
("Garrard's of Mayfair": English writes the owner after 'of', never "X's of Y"), or before a capitalised plural the
copy repeats ("Jehovah's Witnesses"); a possessive that owns a noun, or a leader's party met once, stays apart."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "The jeweller Garrard's of Mayfair made the crown, and Garrard's of Mayfair said it was proud.",
            "Garrard's of Mayfair",
            "organisation",
        ),
        (
            "Shoppers queued outside Fortnum's of Piccadilly before the sale opened at nine.",
            "Fortnum's of Piccadilly",
            "organisation",
        ),
        (
            "Police detained members of Christ's Apostles in Kaduna. Christ's Apostles denied the charge.",
            "Christ's Apostles",
            "organisation",
        ),
    ],
)
def test_a_names_own_s_is_kept_whole(desk_glossary, text, name, kind):
    candidates = in_sentence(text, desk_glossary)
    assert candidates[name][1] == kind
    first = name.split("'")[0]
    assert first not in candidates


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Meloni's Brothers of Italy party won, said Meloni's aides.", "Meloni's Brothers"),
        ("Trump's Republicans won the vote, and Trump's Republicans celebrated.", "Trump's Republicans"),
        ("Demir's advisers met in Izmir. Demir said the talks went well.", "Demir's"),
    ],
)
def test_a_possessive_that_owns_stays_apart(desk_glossary, text, absent):
    assert absent not in in_sentence(text, desk_glossary)
