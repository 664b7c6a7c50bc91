"""Safe YAML loading that remembers where every value came from.

Editors write glossaries by hand, so every error must point at a line: syntax
errors, tabs and duplicate keys become a :class:`UserError` with file, line
and column. Mappings come back as :class:`LocatedDict`, which knows the line
and column of itself and of each key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import UserError


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


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _construct_mapping(loader: _LocatingLoader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    mapping = LocatedDict()
    mapping.line, mapping.column = _mark(node)
    mapping.key_positions, mapping.value_positions = {}, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        position = _mark(key_node)
        if key in mapping:
            first = mapping.key_positions[key][0]
            raise _DuplicateKey(f"duplicate key {key!r} (first on line {first})", *position)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_positions[key] = position
        mapping.value_positions[key] = _mark(value_node)
    return mapping


def _construct_sequence(loader: _LocatingLoader, node: yaml.SequenceNode) -> LocatedList:
    sequence = LocatedList(loader.construct_object(item, deep=True) for item in node.value)
    sequence.line, sequence.column = _mark(node)
    sequence.item_positions = [_mark(item) for item in node.value]
    return sequence


class _DuplicateKey(Exception):
    def __init__(self, message: str, line: int, column: int):
        super().__init__(message)
        self.line, self.column = line, column


_LocatingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LocatingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (a BOM is allowed), or explain why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError("file not found", path=path, fix="check the path") from None
    except IsADirectoryError:
        raise UserError("is a folder, not a file", path=path) from None
    except OSError as error:
        raise UserError(f"cannot read file: {error.strerror}", path=path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UserError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            path=path,
            line=line,
            fix="save the file as UTF-8 (in most editors: Save As -> Encoding: UTF-8)",
        ) from None


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Load one YAML file safely, turning every problem into a located UserError."""
    text = read_text(path) if text is None else text
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise UserError(
                "tab used for indentation",
                path=path,
                line=number,
                column=indent.index("\t") + 1,
                fix="indent with spaces only (YAML forbids tabs)",
            )
    try:
        return yaml.load(text, Loader=_LocatingLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as error:
        raise UserError(str(error), path=path, line=error.line, column=error.column,
                        fix="keep one of the two keys") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise UserError(
            f"YAML syntax error: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            fix="check indentation, colons and quotes on this line and the one before",
        ) from None
    except yaml.YAMLError as error:
        raise UserError(f"YAML error: {error}", path=path) from None


def dump_inline(value: Any) -> str:
    """One flow-style YAML value, as editors write short mappings: {name: X, short: Y}."""
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000, sort_keys=False).strip()
