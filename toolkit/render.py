"""Fill name slots from the glossary, in the grammatical form each slot asks for."""

from __future__ import annotations

from .document import Piece, RenderedName
from .glossary.model import Glossary
from .grammar import grammar_for
from .problems import Problem
from .slots import Slot, Template


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


def render(template: Template, glossary: Glossary, language: str, provisional: Glossary | None = None,
           ) -> tuple[list[Piece], list[RenderedName], list[Problem]]:
    """Every slot of ``template`` rendered: the pieces of text, the names as rendered, what went wrong.

    ``provisional`` holds the run's provisional entries (names no glossary
    entry covers yet): their slots render from it, as pieces marked provisional.
    """
    pieces: list[Piece] = []
    names: list[RenderedName] = []
    problems: list[Problem] = []
    for part in template.parts:
        if isinstance(part, str):
            pieces.append(Piece(part))
            continue
        pending = provisional is not None and part.entry_id not in glossary and part.entry_id in provisional
        piece, problem = render_slot(part, provisional if pending and provisional else glossary, language)
        if pending:
            piece = Piece(piece.text, piece.entry_id, provisional=True)
        pieces.append(piece)
        names.append(RenderedName(part.entry_id, part.code, piece.text, pending))
        if problem:
            problems.append(problem)
    return pieces, names, problems
