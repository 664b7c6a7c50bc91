"""Fill name slots from the glossary, in the grammatical form each slot asks for; formatting tags become formats.

Each tag names a formatting span of the source segment (:mod:`toolkit.slots`):
the pieces between an opening and its closing tag carry that span's format
(bold, a link with the source's address...); a code tag becomes a piece of
the source's code text, never translated; a break tag a ``"\n"`` piece, with
the spaces around it left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .document import Piece, RenderedName
from .formatting import BREAK, Format, Span
from .glossary.model import Glossary
from .grammar import grammar_for
from .problems import Problem
from .slots import CLOSE, OPEN, Slot, Tag, Template


def _unrenderable(slot: Slot) -> Piece:
    # visible in every output, so a wrong name is never published silently
    return Piece(f"[?{slot.code}?]", slot.entry_id)


def render_slot(slot: Slot, glossary: Glossary, language: str) -> tuple[Piece, Problem | None]:
    """Render one slot, or return a visible marker and the reason it failed."""
    if slot.entry_id not in glossary:
        return _unrenderable(slot), Problem("error", "unknown-entry",
                                            f"slot {slot.code} names no glossary entry")
    entry = glossary[slot.entry_id]
    rendering = entry.renderings.get(language)
    if rendering is None:
        return _unrenderable(slot), Problem(
            "error", "no-rendering",
            f"{entry.id} has no '{language}' rendering (add it at {entry.location})")
    grammar = grammar_for(language)
    unknown = [token for token in slot.tokens if token not in grammar.TOKENS]
    if unknown:
        allowed = ", ".join(sorted(grammar.TOKENS)) or "none"
        return _unrenderable(slot), Problem(
            "error", "bad-form", f"slot {slot.code}: form {unknown[0]!r} is not a {language} form (allowed: {allowed})")
    reason = grammar.check_tokens(slot.tokens)
    if reason:
        return _unrenderable(slot), Problem("error", "bad-form", f"slot {slot.code}: {reason}")
    if slot.short and rendering.short is None:
        return _unrenderable(slot), Problem(
            "error", "no-short-form",
            f"slot {slot.code} asks for a short form, but {entry.id} has no '{language}.short'")
    text = grammar.inflect(rendering.forms(slot.short), slot.tokens, rendering.pronounced)
    return Piece(text, entry.id), None


def render(template: Template, glossary: Glossary, language: str, provisional: Glossary | None = None, *,
           spans: Sequence[Span] = (), source: str = "",
           ) -> tuple[list[Piece], list[RenderedName], list[Problem]]:
    """Every slot of ``template`` rendered: the pieces of text, the names as rendered, what went wrong.

    ``provisional`` holds the run's provisional entries (names no glossary
    entry covers yet): their slots render from it, as pieces marked provisional.
    ``spans`` and ``source`` are the source segment's formatting and text, which
    its tags name; without them, tags are left out.
    """
    pieces: list[Piece] = []
    names: list[RenderedName] = []
    problems: list[Problem] = []
    active: dict[int, Format] = {}
    for part in template.parts:
        formats = frozenset(active.values())
        if isinstance(part, str):
            pieces.append(Piece(part, None, formats))
        elif isinstance(part, Tag):
            span = spans[part.number - 1] if 0 < part.number <= len(spans) else None
            if span is None:
                continue
            if part.role == OPEN:
                active[part.number] = span.format
            elif part.role == CLOSE:
                active.pop(part.number, None)
            elif span.format.kind == BREAK:
                pieces.append(Piece("\n", None, formats))
            else:  # inline code, or a link shown as its address: the source's own text
                pieces.append(Piece(source[span.start:span.end], None, formats | {span.format}))
        else:
            pending = provisional is not None and part.entry_id not in glossary and part.entry_id in provisional
            piece, problem = render_slot(part, provisional if pending and provisional else glossary, language)
            piece = Piece(piece.text, piece.entry_id, formats, provisional=pending)
            pieces.append(piece)
            names.append(RenderedName(part.entry_id, part.code, piece.text, pending))
            if problem:
                problems.append(problem)
    return _around_breaks(pieces) if spans else pieces, names, problems


def _around_breaks(pieces: list[Piece]) -> list[Piece]:
    """Without the spaces either side of a line break (it stands for them), and without empty pieces."""
    result: list[Piece] = []
    for index, piece in enumerate(pieces):
        text = piece.text
        if piece.entry_id is None and not piece.code:
            if index + 1 < len(pieces) and pieces[index + 1].text == "\n":
                text = text.rstrip(" ")
            if result and result[-1].text == "\n":
                text = text.lstrip(" ")
        if text or piece.entry_id:
            result.append(piece if text == piece.text else replace(piece, text=text))
    return result
