"""``toolkit glossary forms``: proposed forms as YAML an editor can paste, with doubts and differences.

For each language (ru, tr) the output is a language block as the glossary
writes it (glossaries/README.md). Low-confidence forms are followed by
``# check`` comments naming the forms, why, and the other candidate; forms
that differ from the glossary's are listed under ``# differs from the
glossary``. A Turkish block keeps a rendering plain when the translation
renderer (with the block's ``pronounced``) derives exactly the proposed
forms, and writes the forms out otherwise, so pasting it is always safe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import UserError
from ..grammar import grammar_for
from ..grammar.proposals import LANGUAGES, Target, check_name, language_of
from ..grammar.propose import forms_block, propose
from ..languages import english_name
from .model import Entry, Glossary, Rendering

_ID_LIKE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def parse_languages(text: str | None) -> list[str] | None:
    if text is None:
        return None
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    for code in codes:
        if code not in LANGUAGES:
            raise UserError(
                f"no form proposals for language {code!r}",
                fix="use --lang ru, --lang tr or --lang ru,tr (other languages' forms are computed "
                "by rule and need no proposal)",
            )
    if not codes:
        raise UserError("no language given", fix="use --lang ru, --lang tr or --lang ru,tr")
    return list(dict.fromkeys(codes))


def find_entry(glossary: Glossary | None, name: str, resolve) -> Entry | None:
    """The entry ``name`` means (an id, an English spelling or a rendering), or None for a new name.

    A name that looks like an id but is none is an error: a mistyped id must not be read as a name.
    """
    if glossary is not None:
        if name in glossary:
            return glossary[name]
        entry = resolve(glossary, name)
        if entry is not None:
            return entry
    if _ID_LIKE.fullmatch(name):
        raise UserError(
            f"no glossary entry with id {name!r}",
            fix=f"check the id with `toolkit glossary find {name.replace('-', ' ')!r}`, or give the "
            'rendering itself: toolkit glossary forms "Джо Байден" --lang ru',
        )
    return None


def targets_for_entry(entry: Entry, languages: list[str] | None) -> list[Target]:
    available = [code for code in LANGUAGES if code in entry.renderings]
    if languages is None:
        languages = available
        if not languages:
            raise UserError(
                f"entry {entry.id!r} has no Russian or Turkish rendering",
                path=entry.location.path,
                line=entry.location.line,
                fix="add ru: or tr: with the name, then propose its forms",
            )
    targets = []
    for code in languages:
        if code not in entry.renderings:
            raise UserError(
                f"entry {entry.id!r} has no {english_name(code)} rendering",
                path=entry.location.path,
                line=entry.location.line,
                fix=f"add {code}: {{name: ...}} to the entry, or give the {english_name(code)} "
                f'rendering itself: toolkit glossary forms "..." --lang {code}',
            )
        rendering = entry.renderings[code]
        for label, forms in (("name", rendering.full), ("short", rendering.short)):
            if forms:
                targets.append(Target(code, label, forms["nom"], dict(forms), _glossary_forms(rendering, forms)))
    return targets


def _glossary_forms(rendering: Rendering, forms) -> dict[str, str]:
    """What translations show of a rendering today: ``nom`` and every form the language's grammar gives."""
    return {"nom": forms["nom"], **dict(grammar_for(rendering.language).declined_forms(forms, rendering.pronounced))}


def targets_for_name(name: str, languages: list[str] | None) -> list[Target]:
    if languages is None:
        language = language_of(name)
        if language is None:
            check_name(name, "ru")  # empty, mixed scripts, not a name at all: says why
            raise UserError(
                f"{name!r} is neither in Cyrillic (a Russian rendering) nor in Latin letters (a Turkish one)",
                fix="give the rendering in one script, or an entry id, with --lang",
            )
        languages = [language]
    return [Target(code, "name", check_name(name, code), None, None) for code in languages]


def report(
    targets: Sequence[Target], entry: Entry | None, entry_type: str, gender: str | None, pronounced: str | None
) -> str:
    """The YAML blocks (with comments) for every target, grouped by language."""
    subject = entry.id if entry else repr(targets[0].text)
    english = entry.spellings if entry else ()
    body: list[str] = []
    doubtful = 0
    for language in LANGUAGES:
        chosen = [target for target in targets if target.language == language]
        if not chosen:
            continue
        hint = pronounced or (entry.renderings[language].pronounced if entry else None)
        proposals = [
            (
                target,
                propose(
                    language,
                    target.text,
                    entry_type=entry_type,
                    gender=gender,
                    pronounced=hint if target.hint_applies else None,
                    english=english,
                ),
            )
            for target in chosen
        ]
        doubtful += sum(len(proposal.doubtful_cases()) > 0 for _, proposal in proposals)
        block = forms_block(language, proposals, hint)
        body += [f"{language}:", *block]
    confidence = (
        f"low confidence for {doubtful} of {len(targets)}: see the '# check' lines" if doubtful else "high confidence"
    )
    return "\n".join([f"# proposed forms for {subject} ({confidence}): check every form before approving", *body])
