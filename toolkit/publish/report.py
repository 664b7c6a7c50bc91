"""The QA report: per language, every name and the form it took, each segment's origin, every problem."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone

from ..edition import Edition


def report_data(editions: list[Edition], generator: str = "toolkit", candidates: list | None = None) -> dict:
    """Everything the QA report says, as plain data; ``candidates`` are names no glossary entry covers."""
    document = editions[0].document if editions else None
    languages = {}
    for edition in editions:
        segments = []
        for segment in edition.segments:
            segments.append({
                "id": segment.source.id,
                "origin": segment.origin,
                "reference": segment.reference,
                "source": segment.source.text,
                "stored": segment.code,
                "text": segment.text,
                "mentions": [
                    {"entry": m.entry_id, "surface": m.surface, "short": m.short, "possessive": m.possessive}
                    for m in segment.mentions
                ],
                "names": [{"entry": n.entry_id, "slot": n.slot, "text": n.text} for n in segment.names],
                "problems": [p.__dict__ for p in segment.problems],
            })
        problems = edition.problems
        languages[edition.language.code] = {
            "language": edition.language.english_name,
            "title": edition.title,
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
        "languages": languages,
        "candidates": [{"name": c.name, "short": c.shorter, "count": c.count, "type": c.guessed_type,
                        "contexts": c.contexts} for c in candidates or []],
    }


def report_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_markdown(data: dict) -> str:
    lines = [f"# QA report: {data['title']}", "",
             f"Source: `{data['source']}` · generated {data['generated']} by {data['generator']}", ""]
    lines += ["| language | segments | origins | names | errors | warnings |", "|---|---|---|---|---|---|"]
    for code, info in data["languages"].items():
        origins = ", ".join(f"{k} {v}" for k, v in info["origins"].items())
        lines.append(f"| {code} ({info['language']}) | {len(info['segments'])} | {origins} | "
                     f"{info['names_rendered']}/{info['mentions']} | {info['errors']} | {info['warnings']} |")
    lines += ["", "## Names to add to the glossary", ""]
    if data["candidates"]:
        lines += ["Capitalised names in the source that no glossary entry covers "
                  "(`toolkit glossary suggest` prints them as YAML stubs):", "",
                  "| name | also written | count | type (a guess) | context |", "|---|---|---|---|---|"]
        lines += [f"| {_cell(c['name'])} | {_cell(', '.join(c['short']))} | {c['count']} | {c['type']} | "
                  f"{_cell(c['contexts'][0] if c['contexts'] else '')} |" for c in data["candidates"]]
    else:
        lines.append("None: the glossary covers every name found.")
    for code, info in data["languages"].items():
        lines += ["", f"## {info['language']} ({code})", "", "### Problems", ""]
        problems = [p for s in info["segments"] for p in s["problems"]]
        if problems:
            lines += ["| segment | severity | check | message |", "|---|---|---|---|"]
            lines += [f"| {p['segment_id']} | {p['severity']} | {p['code']} | {_cell(p['message'])} |" for p in problems]
        else:
            lines.append("None.")
        lines += ["", "### Names", "", "| segment | entry | source | slot | rendered |", "|---|---|---|---|---|"]
        for segment in info["segments"]:
            surfaces = {}
            for mention in segment["mentions"]:
                surfaces.setdefault(mention["entry"], []).append(mention["surface"])
            for name in segment["names"]:
                source = surfaces.get(name["entry"], ["—"])
                lines.append(f"| {segment['id']} | {name['entry']} | {_cell(source.pop(0) if source else '—')} | "
                             f"`{name['slot']}` | <span dir=\"auto\">{_cell(name['text'])}</span> |")
        lines += ["", "### Segments", "", "| segment | origin | reference |", "|---|---|---|"]
        lines += [f"| {s['id']} | {s['origin']} | {_cell(s['reference'])} |" for s in info["segments"]]
    return "\n".join(lines) + "\n"
