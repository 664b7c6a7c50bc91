"""A hand-built MiniSBD sentence splitter: a new sentence after . ! or ? and a space.

Argos splits text into sentences with MiniSBD when a package has no Stanza
model, and MiniSBD downloads its ONNX model on first use unless the package
ships ``minisbd/*.onnx``. This module writes such a file (about 1 KB) so a
test package never reaches for the network.

The ONNX protobuf is encoded here directly (a dozen fields of the public
onnx.proto schema), so building it needs neither the ``onnx`` package nor a
committed binary. MiniSBD feeds the model character ids (``units``, from the
vocabulary stored in the model's metadata) and per-character ``features``,
and takes the arg-max of the returned scores: class 2 ends a sentence, class
0 continues it.
"""

from __future__ import annotations

import json

import numpy as np

# Character ids in the splitter's vocabulary; every other character is <UNK>.
PAD, SPACE, UNKNOWN = 0, 1, 2
SENTENCE_ENDS = {".": 3, "!": 4, "?": 5}
VOCABULARY = {"<PAD>": PAD, " ": SPACE, "<UNK>": UNKNOWN, **SENTENCE_ENDS}

_OPSET = 13
_IR_VERSION = 8
_FLOAT, _INT64 = 1, 7  # onnx.TensorProto.DataType
_ATTRIBUTE_INT = 2  # onnx.AttributeProto.AttributeType


def build_sentence_splitter(language: str = "en") -> bytes:
    """The ONNX model file MiniSBD loads from a package's ``minisbd/`` folder."""
    nodes = [
        # next[t] = units[t + 1], with padding after the last character
        _node("Pad", ["units", "pad_one_after", "pad_id"], ["padded"]),
        _node("Slice", ["padded", "one", "to_the_end", "one"], ["next"]),
        _node("GreaterOrEqual", ["units", "first_sentence_end"], ["is_sentence_end"]),
        _node("LessOrEqual", ["next", "space_id"], ["space_or_end_follows"]),
        _node("And", ["is_sentence_end", "space_or_end_follows"], ["splits"]),
        _node("Cast", ["splits"], ["splits_as_float"], to=_FLOAT),
        _node("Unsqueeze", ["splits_as_float", "last_axis"], ["split_column"]),
        # scores = [0.5, 0, split]: class 2 (sentence end) wins where split is 1
        _node("MatMul", ["split_column", "split_to_class_2"], ["split_scores"]),
        _node("Add", ["split_scores", "continue_score"], ["scores"]),
    ]
    constants: dict[str, np.ndarray] = {
        "pad_one_after": np.array([0, 0, 0, 1], np.int64),
        "pad_id": np.array(PAD, np.int64),
        "one": np.array([1], np.int64),
        "to_the_end": np.array([np.iinfo(np.int64).max], np.int64),
        "first_sentence_end": np.array(min(SENTENCE_ENDS.values()), np.int64),
        "space_id": np.array(SPACE, np.int64),
        "last_axis": np.array([-1], np.int64),
        "split_to_class_2": np.array([[0, 0, 1]], np.float32),
        "continue_score": np.array([0.5, 0, 0], np.float32),
    }
    graph = _message(
        *[_field(1, node) for node in nodes],
        _field(2, "split_after_sentence_end_and_space"),
        *[_field(5, _tensor(name, value)) for name, value in constants.items()],
        _field(11, _value_info("units", _INT64, ["batch", "length"])),
        _field(11, _value_info("features", _FLOAT, ["batch", "length", "features"])),
        _field(12, _value_info("scores", _FLOAT, ["batch", "length", 3])),
    )
    vocabulary = {
        "lang": language,
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": VOCABULARY,
        "_id2unit": sorted(VOCABULARY, key=lambda unit: VOCABULARY[unit]),
    }
    metadata = {
        "lang_code": language,
        "config": json.dumps({"feat_funcs": [], "max_seqlen": 1000, "batch_size": 32}),
        "vocab": json.dumps(vocabulary),
        "lexicon": "null",
    }
    return _message(
        _field(1, _IR_VERSION),
        _field(2, "toolkit"),
        _field(7, graph),
        _field(8, _message(_field(1, ""), _field(2, _OPSET))),
        *[_field(14, _message(_field(1, key), _field(2, value))) for key, value in metadata.items()],
    )


# A minimal protobuf writer: varints and length-delimited fields are all ONNX needs here.


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _field(number: int, value: int | str | bytes) -> bytes:
    if isinstance(value, int):
        return _varint(number << 3) + _varint(value)
    payload = value.encode("utf-8") if isinstance(value, str) else value
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _message(*fields: bytes) -> bytes:
    return b"".join(fields)


def _tensor(name: str, value: np.ndarray) -> bytes:  # onnx.TensorProto
    data_type = {np.dtype(np.float32): _FLOAT, np.dtype(np.int64): _INT64}[value.dtype]
    return _message(
        *[_field(1, size) for size in value.shape],
        _field(2, data_type),
        _field(8, name),
        _field(9, value.astype(value.dtype.newbyteorder("<")).tobytes()),
    )


def _value_info(name: str, element_type: int, dims: list[int | str]) -> bytes:  # onnx.ValueInfoProto
    shape = _message(*[_field(1, _field(2 if isinstance(d, str) else 1, d)) for d in dims])
    tensor_type = _message(_field(1, element_type), _field(2, shape))
    return _message(_field(1, name), _field(2, _field(1, tensor_type)))


def _node(op_type: str, inputs: list[str], outputs: list[str], **int_attributes: int) -> bytes:  # onnx.NodeProto
    attributes = [
        _message(_field(1, key), _field(20, _ATTRIBUTE_INT), _field(3, value)) for key, value in int_attributes.items()
    ]
    return _message(
        *[_field(1, name) for name in inputs],
        *[_field(2, name) for name in outputs],
        _field(4, op_type),
        *[_field(5, attribute) for attribute in attributes],
    )
