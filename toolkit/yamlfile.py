"""Safe YAML loading that remembers where every value came from, and refuses what explodes.

Editors write glossaries and settings by hand, so every error must point at a
line: syntax errors, tabs and duplicate keys become a :class:`UserError` with
file, line and column, at the line where the mistake starts (an unclosed
quote or bracket at its opening, not at the end of the file). Mappings come
back as :class:`LocatedDict`, which knows the line and column of itself and
of each key.

Nothing in these files is trusted. Values are built straight from the parse
events, one at a time (no document of nodes is composed first), and the same
pass refuses anchors and aliases
(a few hundred bytes of nested aliases expand to gigabytes: "billion
laughs"), nesting deeper than :data:`MAX_DEPTH` and more than
:data:`MAX_NODES` values; files are bounded in size; integers longer than
:data:`MAX_INTEGER_DIGITS` digits, keys that are lists or mappings, merge
keys, impossible dates, tags that ask for other kinds of values
(``!!python/object``, ``!custom``) and a second document in one file are
located errors, never tracebacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from .errors import UserError
from .files import read_text as _read_limited

MAX_YAML_BYTES = 32 * 1024**2  # a 100,000-entry glossary is about 16 MB
MAX_DEPTH = 32  # glossaries nest 5 levels, settings 3
MAX_NODES = 5_000_000  # values; the 100,000-entry glossary has 2.5 million
MAX_INTEGER_DIGITS = 30

_MERGE_TAG = "tag:yaml.org,2002:merge"
# the tags of what these files hold: text, numbers, true/false, nothing, dates, lists and mappings ("!": text)
_PLAIN_TAGS = frozenset(
    ["!"] + [f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")]
)


class LocatedDict(dict):
    """A dict from YAML that knows where it, each key and each value stand (1-based)."""

    line: int = 0
    column: int = 0
    key_positions: dict
    value_positions: dict

    def position_of(self, key: str) -> tuple[int, int]:
        return self.key_positions.get(key, (self.line, self.column))

    def value_position(self, key: str) -> tuple[int, int]:
        return self.value_positions.get(key, self.position_of(key))


class LocatedList(list):
    """A list from YAML that knows where each item stands (1-based)."""

    line: int = 0
    column: int = 0
    item_positions: list


class _LocatingLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    pass


# Booleans as YAML 1.2 reads them: true and false. YAML 1.1 also read yes, no, on and off, so Norway's
# code NO, a Turkish or Russian rendering written "no", or a variant "On" became false or true: a value
# editors typed as text is read as text. Keys that are true or false take yes/no/on/off too (:func:`boolean`).
_BOOLEAN_TAG = "tag:yaml.org,2002:bool"
_LocatingLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOLEAN_TAG]
    for first, resolvers in _LocatingLoader.yaml_implicit_resolvers.items()
}
_LocatingLoader.add_implicit_resolver(_BOOLEAN_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_BOOLEAN_WORDS = {"yes": True, "on": True, "no": False, "off": False}


def boolean(value: Any) -> bool | None:
    """``value`` as true or false: YAML's booleans, and yes/no/on/off (any case) that YAML 1.2 reads as text;
    None for anything else."""
    if isinstance(value, bool):
        return value
    return _BOOLEAN_WORDS.get(value.lower()) if isinstance(value, str) else None


def _mark(node: yaml.Node | yaml.Event) -> tuple[int, int]:
    """The 1-based line and column where a node or parse event starts (the parser always marks them)."""
    mark = node.start_mark
    assert mark is not None
    return mark.line + 1, mark.column + 1


def _construct_integer(loader: _LocatingLoader, node: yaml.ScalarNode) -> int:
    digits = sum(character.isalnum() for character in node.value)
    if digits > MAX_INTEGER_DIGITS:
        raise _Refused(
            f"a number with {digits} digits (more than {MAX_INTEGER_DIGITS})",
            *_mark(node),
            fix="quote it if it is text, e.g. '12345...'",
        )
    return loader.construct_yaml_int(node)


def _construct_timestamp(loader: _LocatingLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError) as error:
        raise _Refused(
            f"{node.value!r} looks like a date but is not one ({error})",
            *_mark(node),
            fix="write a real date as YYYY-MM-DD, or quote the value if it is text",
        ) from None


class _Refused(Exception):
    """Something this loader does not accept, at a line and column (1-based)."""

    def __init__(self, message: str, line: int, column: int, fix: str):
        super().__init__(message)
        self.line, self.column, self.fix = line, column, fix


_LocatingLoader.add_constructor("tag:yaml.org,2002:int", _construct_integer)
_LocatingLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_text(path: Path, max_bytes: int = MAX_YAML_BYTES, what: str = "YAML file") -> str:
    """Read a UTF-8 text file (a BOM is allowed) of bounded size, or explain why it cannot be read."""
    return _read_limited(Path(path), max_bytes, what)


def load_yaml(path: Path, text: str | None = None, max_bytes: int = MAX_YAML_BYTES) -> Any:
    """Load one YAML file safely, turning every problem into a located UserError."""
    text = _checked_text(path, text, max_bytes)
    with _located_errors(path, text):
        return _Builder(text).document()


def load_yaml_list(path: Path, text: str | None = None, max_bytes: int = MAX_YAML_BYTES) -> Iterator[tuple[str, Any]]:
    """One YAML file read as :func:`load_yaml` reads it (the same checks, the same errors, raised as they are
    met), but a file that is a list is given one item at a time, each built as it is reached and never held
    with the others: ``("item", ((line, column), value))`` for each; a file that is not a list gives
    ``("value", data)`` (None for an empty file). A list of 100,000 glossary entries is never a tree of
    100,000 entries' values and positions at once (about 950 MB)."""
    text = _checked_text(path, text, max_bytes)
    with _located_errors(path, text):
        yield from _Builder(text).stream()


def _checked_text(path: Path, text: str | None, max_bytes: int) -> str:
    text = read_text(path, max_bytes) if text is None else text
    if len(text) > max_bytes:
        raise UserError(
            f"the text is longer than the {max_bytes:,} characters a YAML file may hold",
            path=path,
            fix="split it into several files",
        )
    for number, written in enumerate(text.splitlines(), 1):
        indent = written[: len(written) - len(written.lstrip(" \t"))]
        if "\t" in indent:
            raise UserError(
                "tab used for indentation",
                path=path,
                line=number,
                column=indent.index("\t") + 1,
                fix="indent with spaces only (YAML forbids tabs)",
            )
    return text


@contextmanager
def _located_errors(path: Path, text: str) -> Iterator[None]:
    """Every problem reading ``text`` as one located UserError."""
    try:
        yield
    except _Refused as error:
        raise UserError(str(error), path=path, line=error.line, column=error.column, fix=error.fix) from None
    except yaml.reader.ReaderError as error:
        raise _unacceptable_character(error, text, path) from None
    except yaml.MarkedYAMLError as error:
        line, column, problem, fix = _where_it_starts(error, text)
        raise UserError(f"YAML syntax error: {problem}", path=path, line=line, column=column, fix=fix) from None
    except yaml.YAMLError as error:
        raise UserError(f"YAML error: {error}", path=path) from None
    except RecursionError:  # a last guard; MAX_DEPTH refuses deep nesting before this
        raise UserError(
            f"values nested too deeply (more than {MAX_DEPTH} levels)", path=path, fix="flatten the structure"
        ) from None


def _unacceptable_character(error: yaml.reader.ReaderError, text: str, path: Path) -> UserError:
    """A character YAML does not allow anywhere in a file (NUL and other controls, U+FFFE...), located."""
    position = max(0, min(error.position, len(text)))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    character = error.character if isinstance(error.character, int) else ord(text[position : position + 1] or "\0")
    return UserError(
        f"a control character (U+{character:04X}) that YAML files may not hold",
        path=path,
        line=line,
        column=column,
        fix="delete it (most editors show it as a box or not at all; it often comes from pasting out of another "
        "program or a file saved in another encoding)",
    )


class _Builder:
    """Values straight from the parse events, checked as they come: no document of nodes is built.

    Anchors and aliases, tags that ask for other kinds of values, nesting
    deeper than :data:`MAX_DEPTH`, more than :data:`MAX_NODES` values and a
    second document are refused at the event that holds them; nesting is
    bounded before it recurses. Composing the whole document first kept a
    node and two marks per value alive at once: 2.3 GB for a 100,000-entry
    glossary, where each value is now made and its event dropped.
    """

    def __init__(self, text: str):
        self.loader = _LocatingLoader(text)
        self.depth = self.nodes = 0

    def document(self) -> Any:
        data: Any = None
        for kind, value in self.stream():
            if kind == "list":
                data = LocatedList()
                data.line, data.column = value
                data.item_positions = []
            elif kind == "item":
                data.item_positions.append(value[0])
                data.append(value[1])
            else:
                data = value
        return data

    def stream(self) -> Iterator[tuple[str, Any]]:
        """The document as :func:`load_yaml_list` gives it, after ``("list", (line, column))`` where it is a
        list; a second document is refused where it starts, after the first one's values."""
        loader = self.loader
        try:
            loader.get_event()  # the stream's start
            documents = 0
            while not loader.check_event(yaml.StreamEndEvent):
                event = loader.get_event()
                documents += 1
                if documents > 1:
                    raise _Refused(
                        "a second YAML document ('---' after the first one's values): a file holds one",
                        *_mark(event),
                        fix="delete the '---' line, or move what follows it into a file of its own",
                    )
                start = loader.peek_event()
                if isinstance(start, yaml.SequenceStartEvent) and self._tag(start).endswith(":seq"):
                    loader.get_event()
                    self.nodes += 1
                    yield "list", _mark(start)
                    self.depth += 1
                    while not loader.check_event(yaml.SequenceEndEvent):
                        position = _mark(loader.peek_event())
                        yield "item", (position, self.value())
                    loader.get_event()
                    self.depth -= 1
                else:
                    yield "value", self.value()
                loader.get_event()  # the document's end
            if not documents:
                yield "value", None
        finally:
            loader.dispose()

    def value(self) -> Any:
        event = self.loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                f"an alias (*{event.anchor}) repeats a value anchored elsewhere; anchors and aliases are not supported",
                *_mark(event),
                fix="write the value out in full here",
            )
        tag = self._tag(event)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Refused(
                f"more than {MAX_NODES:,} values in one file", *_mark(event), fix="split the file into several files"
            )
        if isinstance(event, yaml.ScalarEvent):
            if tag.endswith((":seq", ":map")):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"expected a {tag[-3:]}, found text",
                    event.start_mark,  # type: ignore[arg-type]
                )
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)  # type: ignore[arg-type]
            try:
                return self.loader.yaml_constructors[tag](self.loader, node)
            except (ValueError, KeyError, IndexError, AttributeError, OverflowError):
                # only a written tag can fail here ('!!int abc', '!!bool maybe', a bare '!!float'): a value
                # YAML resolves by itself always reads as the kind it resolves to
                written = tag.replace("tag:yaml.org,2002:", "!!")
                shown = event.value if len(event.value) <= 60 else event.value[:57] + "..."
                raise _Refused(
                    f"{shown!r} cannot be read as the {written} that its tag asks for",
                    *_mark(event),
                    fix=f"delete '{written}' (YAML reads numbers, true and false by themselves), or write a value "
                    "of that kind",
                ) from None
        expected = ":seq" if isinstance(event, yaml.SequenceStartEvent) else ":map"
        if not tag.endswith(expected):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected text, found a {expected[1:]}", event.start_mark
            )
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(
                f"values nested more than {MAX_DEPTH} levels deep",
                *_mark(event),
                fix="check the brackets and indentation here",
            )
        built = self._sequence(event) if expected == ":seq" else self._mapping(event)
        self.depth -= 1
        return built

    def _tag(self, event: yaml.Event) -> str:
        """The event's tag (what YAML resolves a plain value to when none is written), refused unless plain."""
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _PLAIN_TAGS:
            written = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(
                f"a YAML tag ({written}) asks for a kind of value these files do not hold",
                *_mark(event),
                fix=f"delete '{written}': write plain text, lists and mappings (quote a text that begins with !)",
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(
                f"an anchor (&{anchor}); anchors and aliases are not supported",
                *_mark(event),
                fix=f"remove '&{anchor}' and write repeated values out in full",
            )
        if tag is None or tag == "!":
            if isinstance(event, yaml.ScalarEvent):
                return self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            kind = yaml.SequenceNode if isinstance(event, yaml.SequenceStartEvent) else yaml.MappingNode
            return self.loader.resolve(kind, None, event.implicit)  # type: ignore[attr-defined]
        return tag

    def _sequence(self, start: yaml.Event) -> LocatedList:
        loader = self.loader
        sequence = LocatedList()
        sequence.line, sequence.column = _mark(start)
        sequence.item_positions = positions = []
        while not loader.check_event(yaml.SequenceEndEvent):
            positions.append(_mark(loader.peek_event()))
            sequence.append(self.value())
        loader.get_event()
        return sequence

    def _mapping(self, start: yaml.Event) -> LocatedDict:
        loader = self.loader
        mapping = LocatedDict()
        mapping.line, mapping.column = _mark(start)
        mapping.key_positions, mapping.value_positions = {}, {}
        while not loader.check_event(yaml.MappingEndEvent):
            key_event = loader.peek_event()
            position = _mark(key_event)
            if isinstance(key_event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                kind = "list" if isinstance(key_event, yaml.SequenceStartEvent) else "mapping"
                raise _Refused(
                    f"a key must be plain text, not a {kind} (a complex key, '? ')",
                    *position,
                    fix="write the key as text followed by a colon, e.g. name: value",
                )
            if isinstance(key_event, yaml.ScalarEvent) and self._tag(key_event) == _MERGE_TAG:
                raise _Refused(
                    "merge keys (<<) are not supported", *position, fix="write the keys out in full in each mapping"
                )
            key = self.value()
            if key in mapping:
                first = mapping.key_positions[key][0]
                raise _Refused(
                    f"duplicate key {key!r} (first on line {first})", *position, fix="keep one of the two keys"
                )
            value_position = _mark(loader.peek_event())
            mapping[key] = self.value()
            mapping.key_positions[key] = position
            mapping.value_positions[key] = value_position
        loader.get_event()
        return mapping


_SYNTAX_FIX = "check indentation, colons and quotes on this line and the one before"
_QUOTE_FIX = (
    "close the quote on this line; inside a value quoted with ' write a ' twice (it''s), "
    "or quote the value with the other kind of quote"
)


def _where_it_starts(error: yaml.MarkedYAMLError, text: str) -> tuple[int | None, int | None, str, str]:
    """Line, column, description and fix of a syntax error, at the place where the mistake starts.

    YAML notices an unclosed quote or bracket only where the file stops making
    sense, often far below (or at its end); the mistake is where it was opened.
    """
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or "invalid YAML"
    context, opened_at = error.context or "", error.context_mark
    at_end = "end of stream" in problem or "<stream end>" in problem
    if opened_at is not None and (mark is None or opened_at.line < mark.line or at_end):
        assert mark is not None  # problem_mark or, failing it, context_mark (opened_at)
        if context.startswith("while scanning a quoted scalar"):
            where = "before the end of the file" if at_end else f"(YAML stopped at line {mark.line + 1}: {problem})"
            return (
                opened_at.line + 1,
                opened_at.column + 1,
                f"the quote opened here is never closed {where}",
                _QUOTE_FIX,
            )
        if context.startswith("while parsing a flow"):
            closing = "]" if "sequence" in context else "}"
            where = "before the end of the file" if at_end else f"(YAML stopped at line {mark.line + 1}: {problem})"
            return (
                opened_at.line + 1,
                opened_at.column + 1,
                f"the bracket opened here is never closed {where}",
                f"close it with {closing} on this line",
            )
    if context.startswith("while scanning a simple key") and opened_at is not None:
        mark = opened_at  # the line whose key lacks its colon
    if mark is not None and _quote_closed_early(text, mark):
        return (
            mark.line + 1,
            mark.column + 1,
            (f"text follows a quoted value (YAML found: {problem}): a quote inside the value closed it early"),
            _QUOTE_FIX,
        )
    runaway = _runaway_quote(text, mark)
    if runaway is not None:
        line, column, end_line = runaway
        return (
            line,
            column,
            (
                f"the quote opened here is not closed on its line: it runs on to line {end_line}, "
                f"where YAML found: {problem}"
            ),
            _QUOTE_FIX,
        )
    return (mark.line + 1 if mark else None), (mark.column + 1 if mark else None), problem, _SYNTAX_FIX


def _quote_closed_early(text: str, mark: yaml.Mark | None) -> bool:
    """Whether the error sits right after a quoted value on its line, as in 'Erdogan's visit'."""
    if mark is None or mark.index >= len(text) or not text[mark.index].isalnum():
        return False
    before = text[: mark.index].rstrip(" ")
    line_start = text.rfind("\n", 0, mark.index) + 1
    return before.endswith(("'", '"')) and before.count(before[-1], line_start) >= 2


def _runaway_quote(text: str, mark: yaml.Mark | None) -> tuple[int, int, int] | None:
    """The last quoted value before ``mark`` that spans lines: in a hand-edited file, an unclosed quote."""
    if mark is None:
        return None
    found = None
    try:
        for token in yaml.scan(text, Loader=_LocatingLoader):
            if token.start_mark.index >= mark.index:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
            ):
                found = (token.start_mark.line + 1, token.start_mark.column + 1, token.end_mark.line + 1)
    except yaml.YAMLError:
        pass  # the scan stops at the same error: what was found before it stands
    return found


def dump_inline(value: Any) -> str:
    """One flow-style YAML value, as editors write short mappings: {name: X, short: Y}."""
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000, sort_keys=False).strip()
