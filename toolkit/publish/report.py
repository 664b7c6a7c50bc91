"""The QA report: the verdict on each edition, every name and the form it took, each segment's origin, every problem.

Every value that comes from an article, a glossary or a memory is escaped for
Markdown and HTML in ``report.md`` (a title such as ``<script>`` shows as
text wherever the report is rendered).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone

from ..document import Edition
from ..errors import shown_path
from ..jsontext import dumps_indented
from ..languages import TARGET_LANGUAGES
from ..qa.gate import Verdict
from .text import markdown_text

STATUS_LABELS = {
    "published": "ready to publish",
    "published-with-errors": "published with QA errors (--allow-errors)",
    "needs-review": "needs review: not published",
    "copy-model": "test copy model output: never published",
}


def _stubs_data(stubs: Sequence) -> list[dict]:
    from ..glossary.stubs import stubs_data  # loaded only by an article with names no glossary covers

    return stubs_data(stubs)


def _stubs_yaml(stubs: Sequence) -> str:
    from ..glossary.stubs import stubs_yaml  # as _stubs_data

    return stubs_yaml(stubs)


def report_data(
    editions: list[Edition],
    generator: str = "toolkit",
    verdicts: Mapping[str, Verdict] | None = None,
    empty_glossary_files: tuple[str, ...] = (),
    provisional: Sequence | None = None,
    stubs: Sequence | None = None,
) -> dict:
    """Everything the QA report says, as plain data; ``provisional`` are the names no glossary entry covers,
    with the run's provisional renderings (``ProvisionalName``), and ``stubs`` their entries to approve
    (:mod:`toolkit.glossary.stubs`)."""
    document = editions[0].document if editions else None
    languages = {}
    for edition in editions:
        segments = []
        for segment in edition.segments:
            segments.append(
                {
                    "id": segment.source.id,
                    "origin": segment.origin,
                    "reference": segment.reference,
                    "score": segment.score,
                    "source": segment.source.text,
                    "stored": segment.code,
                    "text": segment.text,
                    "mentions": [
                        {"entry": m.entry_id, "surface": m.surface, "short": m.short, "possessive": m.possessive}
                        for m in segment.mentions
                    ],
                    "names": [
                        {
                            "entry": n.entry_id,
                            "slot": n.slot,
                            "text": n.text,
                            **({"provisional": True} if n.provisional else {}),
                        }
                        for n in segment.names
                    ],
                    "problems": [p.as_dict() for p in segment.problems],
                    "suggestions": [
                        {
                            "score": s.score,
                            "unit": s.unit_id,
                            "reference": s.reference,
                            "source": s.source,
                            "stored": s.template.code,
                            "text": s.text,
                        }
                        for s in segment.suggestions
                    ],
                }
            )
        problems = edition.problems
        verdict = (verdicts or {}).get(edition.language.code)
        languages[edition.language.code] = {
            "language": edition.language.english_name,
            "title": edition.title,
            "status": verdict.status if verdict else None,
            "reasons": list(verdict.reasons) if verdict else [],
            "copy_model": verdict.copy_model if verdict else None,
            "missing_entries": list(verdict.missing_entries) if verdict else [],
            "origins": dict(Counter(s.origin for s in edition.segments)),
            "mentions": sum(len(s.mentions) for s in edition.segments),
            "names_rendered": sum(len(s.names) for s in edition.segments),
            "errors": sum(p.severity == "error" for p in problems),
            "warnings": sum(p.severity == "warning" for p in problems),
            "segments": segments,
        }
    return {
        "generator": generator,
        "generated": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "article": document.name if document else None,
        "source": str(document.source_path) if document and document.source_path else None,
        "title": document.title if document else None,
        # what the reader kept verbatim (code and HTML blocks) or could not carry (images, footnotes...)
        "source_findings": [p.as_dict() for p in document.findings] if document else [],
        "languages": languages,
        "empty_glossary_files": list(empty_glossary_files),
        "candidates": _candidates(provisional, document.name if document else None),
        "stubs": _stubs_data(stubs) if stubs else [],
        "stubs_yaml": _stubs_yaml(stubs) if stubs else "",
    }


def _candidates(provisional: Sequence | None, article: str | None) -> list[dict]:
    """The names no glossary entry covers: counts and contexts in this article (and in the run), and per
    language the provisional rendering the run writes them in."""
    if provisional is not None:
        found = []
        for name in provisional:
            candidate = name.candidate
            here = [o for o in candidate.occurrences if o.article == article] if article else candidate.occurrences
            contexts = [c.text for c in candidate.contexts_found if c.article == article] or candidate.contexts
            found.append(
                {
                    "name": candidate.name,
                    "short": candidate.shorter,
                    "count": len(here),
                    "count_in_run": candidate.count,
                    "articles_in_run": len(candidate.articles),
                    "type": candidate.guessed_type,
                    "contexts": contexts,
                    "id": name.id,
                    "provisional": {
                        code: {
                            "name": choice.name,
                            "short": choice.short,
                            "earlier": choice.earlier,
                            "met": [list(m) for m in choice.met],
                        }
                        for code, choice in name.choices.items()
                    },
                }
            )
        return found
    return []  # no names surveyed


def with_earlier_sections(data: dict, earlier: Mapping[str, dict]) -> dict:
    """The report with the sections of languages this run did not produce, as an earlier report had them."""
    merged = {**earlier, **data["languages"]}
    return {**data, "languages": {code: merged[code] for code in TARGET_LANGUAGES if code in merged}}


def report_json(data: dict) -> str:
    return dumps_indented(data) + "\n"


def _cell(text) -> str:
    """Any value as Markdown text inside a table cell: Markdown and HTML syntax shown as written."""
    return markdown_text(" ".join(str(text).split()))


def _longest_backticks(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _where(problem: dict) -> str:
    return f"line {problem['line']}" if problem.get("line") else str(problem.get("segment_id") or "")


def report_markdown(data: dict) -> str:
    title = _cell(data.get("title") or data.get("article") or "")
    lines = [
        f"# QA report: {title}",
        "",
        f"Source: {_cell(shown_path(data.get('source') or ''))} · generated {_cell(data['generated'])} by "
        f"{_cell(data['generator'])}",
        "",
    ]
    lines += ["| language | status | segments | origins | names | errors | warnings |", "|---|---|---|---|---|---|---|"]
    for code, info in data["languages"].items():
        origins = ", ".join(f"{k} {v}" for k, v in info["origins"].items())
        status = STATUS_LABELS.get(info.get("status") or "", "")
        lines.append(
            f"| {code} ({_cell(info['language'])}) | {_cell(status)} | {len(info['segments'])} | "
            f"{_cell(origins)} | {info['names_rendered']}/{info['mentions']} | {info['errors']} | "
            f"{info['warnings']} |"
        )
    held = {code: info for code, info in data["languages"].items() if info.get("reasons")}
    if held:
        lines += ["", "## Why editions are held back", ""]
        for code, info in held.items():
            label = STATUS_LABELS.get(info.get("status") or "", "")
            lines.append(f"- **{code}** ({_cell(label)}): {_cell('; '.join(info['reasons']))}")
    missing = list(
        dict.fromkeys(entry for info in data["languages"].values() for entry in info.get("missing_entries", []))
    )
    if missing:
        lines += [
            "",
            "## Glossary entries missing",
            "",
            "The translations name these glossary entries, but no glossary file defines them "
            "(every slot that uses one shows as `[?...?]`):",
            "",
        ]
        lines += [f"- {_cell(entry)}" for entry in missing]
        if data.get("empty_glossary_files"):
            lines += [
                "",
                "These glossary files hold no entries: "
                + ", ".join(_cell(path) for path in data["empty_glossary_files"])
                + ". Restore their entries, or fix the translations that use them.",
            ]
    findings = data.get("source_findings") or []
    if findings:
        lines += [
            "",
            "## The source article",
            "",
            "Kept verbatim (untranslated) or not carried into the editions, and reviewed translations of its words "
            "the memory holds under another sentence split:",
            "",
            "| where | severity | check | message |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {_cell(_where(p))} | {p['severity']} | {_cell(p.get('code') or p.get('rule'))} | "
            f"{_cell(p['message'])} |"
            for p in findings
        ]
    lines += ["", "## Names to add to the glossary", ""]
    if data["candidates"]:
        lines += [
            "Capitalised names in the source that no glossary entry covers "
            "(`toolkit glossary suggest` prints them as YAML stubs). Each is written in one provisional "
            "rendering per language, the same in every article of the run, and marked as provisional in "
            "the review editions:",
            "",
            "| name | also written | count | type (a guess) | provisional renderings | context |",
            "|---|---|---|---|---|---|",
        ]
        for c in data["candidates"]:
            renderings = (
                "; ".join(
                    f"{code} {r['name'] or r['short']}" + (" (earlier run)" if r["earlier"] else "")
                    for code, r in c.get("provisional", {}).items()
                )
                or "—"
            )
            lines.append(
                f"| {_cell(c['name'])} | {_cell(', '.join(c['short']))} | {c['count']} | "
                f'{_cell(c["type"])} | <span dir="auto">{_cell(renderings)}</span> | '
                f"{_cell(c['contexts'][0] if c['contexts'] else '')} |"
            )
        if data.get("stubs_yaml"):
            fence = "`" * max(3, _longest_backticks(data["stubs_yaml"]) + 1)
            lines += [
                "",
                "### Entries to approve",
                "",
                "Copy these into a file, check them (delete each `# check` line once checked), then "
                "`toolkit glossary add FILE --to glossaries/people.yaml` (or the file of their type); the next "
                "run renders them as glossary names:",
                "",
                fence + "yaml",
                data["stubs_yaml"].rstrip("\n"),
                fence,
            ]
    else:
        lines.append("None: the glossary covers every name found.")
    for code, info in data["languages"].items():
        lines += ["", f"## {_cell(info['language'])} ({code})", "", "### Problems", ""]
        problems = [p for s in info["segments"] for p in s["problems"]]
        if problems:
            lines += ["| segment | severity | check | message |", "|---|---|---|---|"]
            lines += [
                f"| {_cell(p['segment_id'])} | {p['severity']} | {_cell(p['code'])} | {_cell(p['message'])} |"
                for p in problems
            ]
        else:
            lines.append("None.")
        lines += ["", "### Names", ""]
        if any(segment["names"] for segment in info["segments"]):
            lines += ["| segment | entry | source | slot | rendered |", "|---|---|---|---|---|"]
        else:
            lines.append("None: no glossary name in this article.")
        for segment in info["segments"]:
            surfaces: dict[str, list[str]] = {}
            for mention in segment["mentions"]:
                surfaces.setdefault(mention["entry"], []).append(mention["surface"])
            for name in segment["names"]:
                source = surfaces.get(name["entry"], ["—"])
                shown = _cell(source.pop(0) if source else "—")
                lines.append(
                    f"| {segment['id']} | {_cell(name['entry'])} | {shown} | "
                    f'`{name["slot"]}` | <span dir="auto">{_cell(name["text"])}</span> |'
                )
        suggested = [(s["id"], suggestion) for s in info["segments"] for suggestion in s.get("suggestions", [])]
        if suggested:
            lines += [
                "",
                "### Memory suggestions",
                "",
                "Memory units close to a sentence the memory has no exact or adapted match for, to compare "
                "with its translation (score: how much of the sentence they share):",
                "",
                "| segment | score | unit | unit's English | its translation |",
                "|---|---|---|---|---|",
            ]
            lines += [
                f"| {segment_id} | {s['score']}% | {_cell(s['reference'])} | {_cell(s['source'])} | "
                f'<span dir="auto">{_cell(s["text"] or "(a name in it cannot be rendered)")}</span> |'
                for segment_id, s in suggested
            ]
        lines += ["", "### Segments", "", "| segment | origin | reference |", "|---|---|---|"]
        lines += [f"| {s['id']} | {_cell(_origin(s))} | {_cell(s['reference'])} |" for s in info["segments"]]
    return "\n".join(lines) + "\n"


def _origin(segment: dict) -> str:
    """The origin, with the score of an adapted memory match."""
    score = segment.get("score")
    return f"{segment['origin']} {score}%" if score is not None and score < 100 else segment["origin"]
