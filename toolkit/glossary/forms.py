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
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import UserError, quoted
from ..grammar import grammar_for
from ..grammar.proposals import LANGUAGES, Doubt, Proposal, Target, check_name, language_of
from ..grammar.propose import forms_block, propose
from ..languages import english_name
from ..yamlfile import load_yaml
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
            f"no glossary entry with id {quoted(name)}",
            fix=(
                f"check the id with `toolkit glossary find {name.replace('-', ' ')!r}`"
                if len(name) <= 200
                else "check the id (no entry's id is this long)"
            )
            + ', or give the rendering itself: toolkit glossary forms "Джо Байден" --lang ru',
        )
    return None


def _no_rendering(
    entry_id: object, code: str | None, path: Path | str | None = None, line: int | None = None
) -> UserError:
    """The error for an entry without the rendering asked for (``code``), or without any (None)."""
    if code is None:
        return UserError(
            f"entry {entry_id!r} has no Russian or Turkish rendering",
            path=path,
            line=line,
            fix="add ru: or tr: with the name, then propose its forms",
        )
    return UserError(
        f"entry {entry_id!r} has no {english_name(code)} rendering",
        path=path,
        line=line,
        fix=f"add {code}: {{name: ...}} to the entry, or give the {english_name(code)} "
        f'rendering itself: toolkit glossary forms "..." --lang {code}',
    )


def targets_for_entry(entry: Entry, languages: list[str] | None) -> list[Target]:
    available = [code for code in LANGUAGES if code in entry.renderings]
    if languages is None:
        languages = available
        if not languages:
            raise _no_rendering(entry.id, None, entry.location.path, entry.location.line)
    targets = []
    for code in languages:
        if code not in entry.renderings:
            raise _no_rendering(entry.id, code, entry.location.path, entry.location.line)
        rendering = entry.renderings[code]
        for label, forms in (("name", rendering.full), ("short", rendering.short)):
            if forms:
                targets.append(Target(code, label, forms["nom"], dict(forms), _glossary_forms(rendering, forms)))
    return targets


def _glossary_forms(rendering: Rendering, forms) -> dict[str, str]:
    """What translations show of a rendering today: ``nom`` and every form the language's grammar gives."""
    return {"nom": forms["nom"], **dict(grammar_for(rendering.language).declined_forms(forms, rendering.pronounced))}


def unchecked_entry(paths: Sequence[Path], entry_id: str) -> Mapping[str, Any] | None:
    """The entry with this id as its file writes it, for an entry the glossary does not accept yet.

    The check's own fix for a Russian rendering without its cases is to run ``forms`` on the entry: the
    entry is then left out of the loaded glossary, so its renderings are read from the YAML as written.
    """
    from .load import glossary_files

    for source in glossary_files(Path(p) for p in paths):
        for path in source:
            try:
                data = load_yaml(path)
            except UserError:
                continue  # a file that does not parse has no entry to read (the check names the problem)
            for item in data if isinstance(data, list) else ():
                if isinstance(item, Mapping) and item.get("id") == entry_id:
                    return item
    return None


def targets_for_unchecked_entry(item: Mapping[str, Any], languages: list[str] | None) -> list[Target]:
    """The Russian and Turkish texts of an entry the glossary does not accept yet (see :func:`unchecked_entry`):
    each rendering's name and short form, written plain or as a mapping with ``nom``."""
    available = [code for code in LANGUAGES if isinstance(item.get(code), (str, Mapping))]
    wanted = languages if languages is not None else available
    if not wanted:
        raise _no_rendering(item.get("id"), None)
    targets = []
    for code in wanted:
        block = item.get(code)
        if code not in available:
            raise _no_rendering(item.get("id"), code)
        texts = {"name": block} if not isinstance(block, Mapping) else {k: block.get(k) for k in ("name", "short")}
        for label, value in texts.items():
            text = value.get("nom") if isinstance(value, Mapping) else value
            if isinstance(text, str) and text.strip():
                targets.append(Target(code, label, check_name(text.strip(), code), None, None))
    if not targets:
        raise UserError(
            f"entry {item.get('id')!r} has no name written in its Russian or Turkish rendering",
            fix="write the rendering's name (ru: {name: ...}), then propose its forms",
        )
    return targets


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
    targets: Sequence[Target],
    entry: Entry | None,
    entry_type: str,
    gender: str | None,
    pronounced: str | None,
    subject: str | None = None,
) -> str:
    """The YAML blocks (with comments) for every target, grouped by language (``subject``: what the heading
    names, when it is not the entry's id or the name itself)."""
    subject = subject or (entry.id if entry else repr(targets[0].text))
    english = entry.spellings if entry else ()
    body: list[str] = []
    doubtful = 0
    for language in LANGUAGES:
        chosen = [target for target in targets if target.language == language]
        if not chosen:
            continue
        hint = pronounced or (entry.renderings[language].pronounced if entry else None)
        proposals = [
            (target, _proposal(target, chosen, entry_type, gender, hint if target.hint_applies else None, english))
            for target in chosen
        ]
        doubtful += sum(len(proposal.doubtful_cases()) > 0 for _, proposal in proposals)
        block = forms_block(language, proposals, hint)
        body += [f"{language}:", *block]
    confidence = (
        f"low confidence for {doubtful} of {len(targets)}: see the '# check' lines" if doubtful else "high confidence"
    )
    return "\n".join([f"# proposed forms for {subject} ({confidence}): check every form before approving", *body])


def _proposal(
    target: Target,
    targets: Sequence[Target],
    entry_type: str,
    gender: str | None,
    pronounced: str | None,
    english: Sequence[str],
) -> Proposal:
    """The forms proposed for one target. A Russian person's short form (a surname alone: Каллас) is declined by
    the gender its full name tells (Кая Каллас: a woman's, so it does not decline), which the surname alone cannot
    tell; where the full name leaves the gender in doubt (Камала Харрис), so does the short form, with the other
    gender's forms to choose."""

    def proposed(chosen_gender: str | None) -> Proposal:
        return propose(
            target.language,
            target.text,
            entry_type=entry_type,
            gender=chosen_gender,
            pronounced=pronounced,
            english=english,
        )

    if gender or target.language != "ru" or entry_type != "person" or target.label == "name":
        return proposed(gender)
    from ..grammar.russian_forms import person_gender

    full = next((other for other in targets if other.label == "name"), None)
    found = person_gender(full.text) if full is not None else None
    if found is None:
        return proposed(None)
    by_the_name, doubt = found
    proposal = proposed(by_the_name)
    if doubt is None:
        return proposal
    other = proposed("female" if by_the_name == "male" else "male")
    differing = tuple(case for case in proposal.forms if other.forms.get(case) != proposal.forms[case])
    if not differing:
        return proposal
    alternative = {case: other.forms[case] for case in differing}
    return replace(proposal, doubts=(*proposal.doubts, Doubt(differing, doubt, alternative)))
