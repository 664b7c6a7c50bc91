"""A ship's name is a term, and holds titles and bodies' words as any others: a vessel's noun before it or a
ship's prefix opening it tell it ("the tanker Eagle S", "the frigate Admiral Grigorovich", "RRS Sir David
Attenborough")."""

import pytest
from suggest_probes import found, in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police say the tanker Eagle S cut the power cable by dragging its anchor.", "Eagle S"),
        ("The Russian navy's frigate Admiral Grigorovich left Tartus for Tobruk.", "Admiral Grigorovich"),
        ("The research ship RRS Sir David Attenborough left Harwich on Saturday.", "RRS Sir David Attenborough"),
        ("Rescuers reached the ferry Sewol two hours after it capsized.", "Sewol"),
        ("HMS Prince of Wales sailed from Portsmouth on Monday.", "HMS Prince of Wales"),
        ("The icebreaker Polarstern reached the pack ice in March.", "Polarstern"),
    ],
)
def test_a_ships_name_is_a_term_and_whole(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "term"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The frigate Admiral Grigorovich left Tartus.", "Grigorovich"),
        ("The research ship RRS Sir David Attenborough left Harwich.", "David Attenborough"),
        ("The research ship RRS Sir David Attenborough left Harwich.", "RRS"),
    ],
)
def test_no_piece_of_a_ships_name_is_proposed_alone(desk_glossary, text, absent):
    assert absent not in found("Title\n\n" + text, desk_glossary)


def test_an_admiral_outside_a_ships_name_is_still_a_title(desk_glossary):
    candidates = in_sentence("Admiral Nikolai Yevmenov, the navy's commander, inspected the fleet.", desk_glossary)
    assert candidates["Nikolai Yevmenov"][1] == "person"


def test_a_carrier_before_a_name_is_an_airline_not_a_ship(desk_glossary):
    candidates = in_sentence("The carrier Pegasus said it would add 20 routes.", desk_glossary)
    assert candidates["Pegasus"][1] == "organisation"


def test_a_vessels_noun_is_looked_for_just_before_each_name_not_from_the_sentences_start(desk_glossary, monkeypatch):
    """A sentence of 9,000 characters holds thousands of runs of capitals: reading it from its start for each
    took seconds a sentence."""
    from toolkit.glossary import suggest

    searched: list[tuple[int, int]] = []
    pattern = suggest._VESSEL_BEFORE

    class Recording:
        def search(self, text, pos=0, endpos=None):
            searched.append((pos, len(text) if endpos is None else endpos))
            return pattern.search(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(suggest, "_VESSEL_BEFORE", Recording())
    hostile = "Officials said " + "Ab x " * 1_800 + "and the icebreaker Polarstern left."
    candidates = in_sentence(hostile, desk_glossary)
    assert len(searched) > 1_000
    assert max(end - start for start, end in searched) <= suggest._VESSEL_REACH
    assert candidates["Polarstern"][1] == "term"
