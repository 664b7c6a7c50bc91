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
from dataclasses import dataclass
from typing import Sequence

from ..errors import UserError
from .model import Entry, Glossary, Rendering
from ..grammar import turkish
from ..grammar.proposals import LANGUAGES, Proposal, check_name, language_of
from ..grammar.propose import propose
from ..grammar.turkish_forms import rule_forms
from ..yamlfile import dump_inline

_ID_LIKE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_LANGUAGE_NAMES = {"ru": "Russian", "tr": "Turkish"}


@dataclass(frozen=True)
class Target:
    """One text to propose forms for: a rendering's name or short form, or a bare name."""

    language: str
    label: str  # name or short
    text: str
    written: dict[str, str] | None  # the forms the glossary holds for it (None for a bare name)
    glossary_forms: dict[str, str] | None  # what translations use today (tr: the renderer's output)


def parse_languages(text: str | None) -> list[str] | None:
    if text is None:
        return None
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    for code in codes:
        if code not in LANGUAGES:
            raise UserError(f"no form proposals for language {code!r}",
                            fix="use --lang ru, --lang tr or --lang ru,tr (other languages' forms are computed "
                                "by rule and need no proposal)")
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
        raise UserError(f"no glossary entry with id {name!r}",
                        fix=f"check the id with `toolkit glossary find {name.replace('-', ' ')!r}`, or give the "
                            "rendering itself: toolkit glossary forms \"Джо Байден\" --lang ru")
    return None


def targets_for_entry(entry: Entry, languages: list[str] | None) -> list[Target]:
    available = [code for code in LANGUAGES if code in entry.renderings]
    if languages is None:
        languages = available
        if not languages:
            raise UserError(f"entry {entry.id!r} has no Russian or Turkish rendering",
                            path=entry.location.path, line=entry.location.line,
                            fix="add ru: or tr: with the name, then propose its forms")
    targets = []
    for code in languages:
        if code not in entry.renderings:
            raise UserError(f"entry {entry.id!r} has no {_LANGUAGE_NAMES[code]} rendering",
                            path=entry.location.path, line=entry.location.line,
                            fix=f"add {code}: {{name: ...}} to the entry, or give the {_LANGUAGE_NAMES[code]} "
                                f"rendering itself: toolkit glossary forms \"...\" --lang {code}")
        rendering = entry.renderings[code]
        for label, forms in (("name", rendering.full), ("short", rendering.short)):
            if forms:
                targets.append(Target(code, label, forms["nom"], dict(forms), _glossary_forms(rendering, forms)))
    return targets


def _glossary_forms(rendering: Rendering, forms) -> dict[str, str]:
    if rendering.language == "tr":
        return {case: turkish.inflect(forms, [case] if case != "nom" else [], rendering.pronounced)
                for case in turkish.CASES}
    return dict(forms)


def targets_for_name(name: str, languages: list[str] | None) -> list[Target]:
    if languages is None:
        language = language_of(name)
        if language is None:
            check_name(name, "ru")  # empty, mixed scripts, not a name at all: says why
            raise UserError(f"{name!r} is neither in Cyrillic (a Russian rendering) nor in Latin letters "
                            "(a Turkish one)", fix="give the rendering in one script, or an entry id, with --lang")
        languages = [language]
    return [Target(code, "name", check_name(name, code), None, None) for code in languages]


def report(targets: Sequence[Target], entry: Entry | None, entry_type: str, gender: str | None,
           pronounced: str | None) -> str:
    """The YAML blocks (with comments) for every target, grouped by language."""
    subject = entry.id if entry else repr(targets[0].text)
    english = entry.spellings if entry else ()
    body: list[str] = []
    doubtful = 0
    for language in LANGUAGES:
        chosen = [target for target in targets if target.language == language]
        if not chosen:
            continue
        hint = pronounced or (entry.renderings[language].pronounced if entry and language == "tr" else None)
        proposals = [(target, propose(language, target.text, entry_type=entry_type, gender=gender,
                                      pronounced=hint if _hint_applies(target) else None, english=english))
                     for target in chosen]
        doubtful += sum(len(proposal.doubtful_cases()) > 0 for _, proposal in proposals)
        block = _russian_block(proposals) if language == "ru" else _turkish_block(proposals, hint)
        body += [f"{language}:", *block]
    confidence = (f"low confidence for {doubtful} of {len(targets)}: see the '# check' lines" if doubtful
                  else "high confidence")
    return "\n".join([f"# proposed forms for {subject} ({confidence}): check every form before approving", *body])


def _hint_applies(target: Target) -> bool:
    """``pronounced`` is said for the texts whose forms the renderer derives, not those written out."""
    return target.written is None or len(target.written) == 1


def _russian_block(proposals: list[tuple[Target, Proposal]]) -> list[str]:
    lines: list[str] = []
    for target, proposal in proposals:
        if proposal.indeclinable:
            lines.append(f"  {target.label}: {_scalar(proposal.text)}")
        else:
            lines.append(f"  {target.label}: {dump_inline(dict(proposal.forms))}")
        lines += _check_lines(proposal)
        lines += _russian_differences(target, proposal)
    if any(proposal.indeclinable for _, proposal in proposals):
        lines.append("  indeclinable: true")
    return lines


def _russian_differences(target: Target, proposal: Proposal) -> list[str]:
    written = target.written
    if written is None:
        return []
    if len(written) == 1 and proposal.indeclinable:
        return ["  # same as the glossary (indeclinable)"]
    if len(written) == 1:
        return ["  # differs from the glossary: the glossary keeps it unchanged (indeclinable)"]
    if proposal.indeclinable:
        return ["  # differs from the glossary: the glossary declines it (" +
                ", ".join(f"{case} {written[case]}" for case in written if case != "nom") + ")"]
    return _differences(written, proposal)


def _turkish_block(proposals: list[tuple[Target, Proposal]], hint: str | None) -> list[str]:
    pronounced = hint
    if pronounced is None:  # one reading the renderer can use, if a rendering needs it
        for target, proposal in proposals:
            wanted = dict(proposal.forms)
            if proposal.reading and rule_forms(target.text, None) != wanted \
                    and rule_forms(target.text, proposal.reading) == wanted:
                pronounced = proposal.reading
                break
    lines: list[str] = []
    relies_on_pronounced = False
    for target, proposal in proposals:
        derived = rule_forms(target.text, pronounced if _hint_applies(target) else None)
        if derived == dict(proposal.forms):
            lines.append(f"  {target.label}: {_scalar(target.text)}")
            lines.append("  # " + ", ".join(f"{case} {proposal.forms[case]}" for case in turkish.CASES[1:]))
            relies_on_pronounced |= pronounced is not None and derived != rule_forms(target.text, None)
        else:
            lines.append(f"  {target.label}: {dump_inline(dict(proposal.forms))}")
        lines += _check_lines(proposal)
        if target.glossary_forms is not None:
            lines += _differences(target.glossary_forms, proposal)
    if pronounced and (relies_on_pronounced or hint):
        lines.append(f"  pronounced: {_scalar(pronounced)}")
    return lines


def _check_lines(proposal: Proposal) -> list[str]:
    lines = []
    for doubt in proposal.doubts:
        cases = ", ".join(doubt.cases)
        line = f"  # check {cases}: {doubt.reason}"
        if doubt.alternative:
            line += "; otherwise " + ", ".join(f"{case} {form}" for case, form in doubt.alternative.items())
        lines.append(line)
    return lines


def _differences(glossary_forms: dict[str, str], proposal: Proposal) -> list[str]:
    differing = [f"{case} {glossary_forms[case]} (glossary) / {proposal.forms[case]} (proposed)"
                 for case in proposal.forms if case in glossary_forms and glossary_forms[case] != proposal.forms[case]]
    if not differing:
        return ["  # same as the glossary"]
    return ["  # differs from the glossary: " + "; ".join(differing)]


def _scalar(text: str) -> str:
    """A plain YAML scalar, quoted only when YAML needs it."""
    return dump_inline([text])[1:-1]
