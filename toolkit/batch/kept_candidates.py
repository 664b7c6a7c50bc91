"""The survey's uncovered names of a run's articles, kept in the cache folder for the next run of the same articles.

The detector of uncovered names (:func:`toolkit.glossary.suggest.find_candidates`) reads the articles' sentences
as read and matched (their text, structure and the glossary names found in them), the glossary, and the
toolkit's own code and data (its word lists, CLDR's names through babel). A re-run of unchanged articles (a fresh
output folder, another language asked for, a setting fixed) finds the same names, so what it found is kept as
one small JSON file in the cache folder's ``checks/``, beside the name checks' findings
(:mod:`toolkit.qa.kept`, which ``toolkit cache info`` and ``clear`` count and remove), named by a hash of

- every article as the detector reads it: its name, its blocks, each sentence's text, notes, spans and mentions;
- the glossary (:func:`toolkit.qa.kept.glossary_digest`: its files as read, or its entries);
- the toolkit's code and data, the Python version and which babel is installed.

Any change of these makes another file. The file is a cache and nothing more: one missing, cut short, too
large, of another shape or with a value out of place is not used (the names are found again), and no run fails
or changes for it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

from ..document import Document
from ..glossary.model import Glossary
from ..glossary.suggest import Candidate, Context, InsideMention, Occurrence

FORMAT = 1  # bump when Candidate, Occurrence, Context or InsideMention change shape
MAX_FILE_BYTES = 16 * 1024**2


def find_candidates_kept(documents: Sequence[Document], glossary: Glossary, matcher) -> list:
    """:func:`~toolkit.glossary.suggest.find_candidates` of ``documents``, from the cache folder when an earlier
    run found them for the same articles, glossary and toolkit; else found now and kept."""
    from ..glossary.match import match_document
    from ..glossary.suggest import find_candidates

    for document in documents:  # the mentions are part of what the detector reads (a no-op once matched)
        match_document(document, matcher)
    path = _file(documents, glossary)
    if path is not None:
        kept = _read(path)
        if kept is not None:
            return kept
    candidates = find_candidates(documents, glossary, matcher)
    if path is not None:
        from ..qa.kept import _prune_once, _write

        data = json.dumps({"format": FORMAT, "candidates": [_to_plain(c) for c in candidates]}, ensure_ascii=False)
        with contextlib.suppress(OSError, ValueError):  # no writable cache: found again next time, never wrongly
            _write(path, data.encode("utf-8", "surrogatepass"))
            _prune_once(path.parent)
    return candidates


def documents_key(documents: Sequence[Document]) -> str:
    """A hash of everything the detector reads of ``documents``: every field of each, but the matcher that
    matched it (whose glossary the file's name counts) and translations (none before the survey)."""
    from ..qa.kept import _plain

    parts = []
    for document in documents:
        fields: list[object] = []
        for field in dataclasses.fields(document):
            if field.name == "matched_by":
                continue
            if field.name == "blocks":
                fields.append(tuple(_block_plain(block, _plain) for block in document.blocks))
            else:
                fields.append(_plain(getattr(document, field.name)))
        parts.append(tuple(fields))
    return hashlib.blake2b(repr(tuple(parts)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _block_plain(block, plain) -> tuple:
    fields = []
    for field in dataclasses.fields(block):
        if field.name == "segments":
            fields.append(
                tuple(
                    tuple(
                        plain(getattr(segment, f.name)) for f in dataclasses.fields(segment) if f.name != "translations"
                    )
                    for segment in block.segments
                )
            )
        else:
            fields.append(plain(getattr(block, field.name)))
    return tuple(fields)


def _file(documents: Sequence[Document], glossary: Glossary) -> Path | None:
    from ..files import NoHomeFolder, cache_folder
    from ..qa.kept import FOLDER, code_digest, glossary_digest

    glossary_key = glossary_digest(glossary)
    if glossary_key is None:
        return None
    try:
        folder = cache_folder() / FOLDER
    except NoHomeFolder:
        return None
    from ..cldr import babel_key

    key = hashlib.blake2b(
        "\0".join(
            ("candidates", str(FORMAT), code_digest(), babel_key(), glossary_key, documents_key(documents))
        ).encode("utf-8", "surrogatepass"),
        digest_size=16,
    ).hexdigest()
    return folder / f"{key}.json"


def _to_plain(candidate: Candidate) -> list:
    return [
        candidate.name,
        candidate.short,
        list(candidate.variants),
        candidate.type,
        list(candidate.type_reasons),
        candidate.type_sure,
        [
            [
                o.article,
                o.segment,
                o.start,
                o.end,
                o.surface,
                o.possessive,
                [list(_inside(m)) for m in o.glossary_inside],
            ]
            for o in candidate.occurrences
        ],
        [[c.article, c.segment, c.text] for c in candidate.contexts_found],
        list(candidate.ambiguous_short),
    ]


def _inside(mention: InsideMention) -> tuple:
    return (mention.entry_id, mention.start, mention.end, mention.surface)


class _Shape(ValueError):
    """A kept file of another shape than this toolkit writes."""


# what no article's name or sentence holds once read (the readers remove them), and a report must not show:
# control characters and the bidi embeddings and overrides that reorder what follows them
_UNREAD = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e]")


def _text(value: object) -> str:
    if type(value) is not str or _UNREAD.search(value):
        raise _Shape
    return value


def _texts(value: object) -> list[str]:
    if type(value) is not list:
        raise _Shape
    return [_text(item) for item in value]


def _number(value: object) -> int:
    if type(value) is not int:
        raise _Shape
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise _Shape
    return value


def _items(value: object, length: int) -> list:
    if type(value) is not list:
        raise _Shape
    if not all(type(item) is list and len(item) == length for item in value):
        raise _Shape
    return value


def _from_plain(plain: object) -> Candidate:
    if type(plain) is not list or len(plain) != 9:
        raise _Shape
    name, short, variants, kind, reasons, sure, occurrences, contexts, ambiguous = plain
    return Candidate(
        name=_text(name),
        short=None if short is None else _text(short),
        variants=_texts(variants),
        type=_text(kind),
        type_reasons=_texts(reasons),
        type_sure=_flag(sure),
        occurrences=[
            Occurrence(
                _text(article),
                _text(segment),
                _number(start),
                _number(end),
                _text(surface),
                _flag(possessive),
                tuple(
                    InsideMention(_text(entry), _number(s), _number(e), _text(written))
                    for entry, s, e, written in _items(inside, 4)
                ),
            )
            for article, segment, start, end, surface, possessive, inside in _items(occurrences, 7)
        ],
        contexts_found=[
            Context(_text(article), _text(segment), _text(text)) for article, segment, text in _items(contexts, 3)
        ],
        ambiguous_short=_texts(ambiguous),
    )


def _read(path: Path) -> list | None:
    """The candidates kept in ``path``, or None when there are none to trust (missing, not a regular file, too
    large, not of this shape)."""
    from ..errors import UserError
    from ..files import read_bytes

    try:
        if not path.exists():
            return None
        data = json.loads(read_bytes(path, MAX_FILE_BYTES, "cache file"))
    except (UserError, OSError, ValueError, RecursionError):
        return None
    if type(data) is not dict or data.get("format") != FORMAT or type(data.get("candidates")) is not list:
        return None
    try:
        return [_from_plain(plain) for plain in data["candidates"]]
    except (_Shape, ValueError, TypeError):
        return None
