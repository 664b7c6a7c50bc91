"""Propose the grammatical forms of a new rendering (the language's own proposer, after the name checks),
and write them as the YAML block an editor pastes.

What a proposal is, and the checks every name passes first, are in
:mod:`.proposals`; the rules of each language in :mod:`.russian_forms` and
:mod:`.turkish_forms`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import UserError
from .proposals import Proposal, Target, check_name


def propose(
    language: str,
    text: str,
    *,
    entry_type: str = "person",
    gender: str | None = None,
    pronounced: str | None = None,
    english: Sequence[str] = (),
) -> Proposal:
    """Propose every case form of ``text``, a rendering in ``language`` (ru or tr).

    ``gender`` ("male"/"female", or None to guess) matters for Russian
    personal names; ``pronounced`` (the entry's hint) and ``english`` (the
    entry's English spellings, to tell a foreign name kept as spelt) for
    Turkish. Raises :class:`UserError` for a name that cannot be a rendering
    in that language.
    """
    text = check_name(text, language)
    if language == "ru":
        from .russian_forms import propose_russian

        return propose_russian(text, entry_type, gender)
    if language == "tr":
        from .turkish_forms import propose_turkish

        return propose_turkish(text, entry_type, pronounced, english)
    raise UserError(f"no form proposals for language {language!r}", fix="use --lang ru or --lang tr")


def forms_block(language: str, proposals: list[tuple[Target, Proposal]], pronounced: str | None) -> list[str]:
    """The language block ``toolkit glossary forms`` prints for ``proposals`` (YAML lines, with comments)."""
    if language == "ru":
        from .russian_forms import forms_block as russian_block

        return russian_block(proposals)
    from .turkish_forms import forms_block as turkish_block

    return turkish_block(proposals, pronounced)
