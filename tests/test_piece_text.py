"""Piece.with_text: a piece with other text, every other field kept, as dataclasses.replace makes it."""

from __future__ import annotations

import dataclasses

import pytest

from toolkit.document import Piece
from toolkit.formatting import BOLD, ITALIC, LINK, Format
from toolkit.languages import language
from toolkit.localise import Localiser
from toolkit.settings import Settings

PIECES = [
    Piece("plain words, 1,500 of them"),
    Piece("Erdoğan", entry_id="erdogan"),
    Piece("Reuters", formats=frozenset({Format(BOLD), Format(ITALIC)})),
    Piece("هارتوم", entry_id="khartoum", provisional=True),
    Piece("the report", formats=frozenset({Format(LINK, "https://example.org/a?b=1")})),
    Piece("\n"),
]


@pytest.mark.parametrize("piece", PIECES, ids=lambda piece: piece.text[:12])
def test_with_text_is_replace(piece: Piece) -> None:
    made = piece.with_text("другой текст ۱۲")
    assert made == dataclasses.replace(piece, text="другой текст ۱۲")
    assert (made.entry_id, made.formats, made.provisional) == (piece.entry_id, piece.formats, piece.provisional)
    assert type(made) is Piece and made is not piece
    assert hash(made) == hash(dataclasses.replace(piece, text="другой текст ۱۲"))


def test_with_text_leaves_the_piece_as_it_was() -> None:
    piece = Piece("before", entry_id="e", formats=frozenset({Format(BOLD)}))
    piece.with_text("after")
    assert piece == Piece("before", entry_id="e", formats=frozenset({Format(BOLD)}))


def test_with_text_keeps_the_piece_frozen() -> None:
    made = Piece("a").with_text("b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "c"  # type: ignore[misc]


@pytest.mark.parametrize("code", ["ar", "fa", "tr", "ru"])
def test_localising_keeps_each_piece_s_name_and_formats(code: str) -> None:
    pieces = [
        Piece("On March 3, "),
        Piece("Erdoğan", entry_id="erdogan", formats=frozenset({Format(BOLD)})),
        Piece(' said 1,500 people came; "12.5%" more?', formats=frozenset({Format(ITALIC)})),
        Piece("Khartoum", entry_id="khartoum", provisional=True),
    ]
    localised = Localiser.for_language(language(code), Settings()).localise(pieces, "source")
    assert [(p.entry_id, p.formats, p.provisional) for p in localised] == [
        (p.entry_id, p.formats, p.provisional) for p in pieces
    ]
    assert all(type(p) is Piece for p in localised)
