"""Tiny Argos packages whose model copies its input: for smoke tests, never for translating.

``build_copy_package(path, "en", "ar")`` writes a real .argosmodel (about
50 KB, 700 KB installed; built in about half a second from numpy,
SentencePiece and CTranslate2 alone) that installs and runs like a downloaded
one, so the whole chain can be checked offline. Its "translation" is the
source text itself: measured, 400 of 400 generated sentences of 5-40 words
(names, digits, punctuation, {slot:forms}, unseen letters) come back exactly.

How the model copies. The weights are set by hand, not trained:

- Width = a token block (``TOKEN_DIMS``) + a position block (cos and sin of
  the position at ``FREQUENCIES`` geometric frequencies, and their negatives).
  A source token's embedding is its code, a balanced +-1 vector in the token
  block; the learned position encoding of position p is p's code in the
  position block. Every vector has mean 0 and the same norm, so each layer
  normalisation only rescales it by a known constant.
- The encoder layer adds nothing (zero output projections; CTranslate2 refuses
  zero layers), so the encoder output is token code + position code.
- The decoder's token embeddings are zero and its self-attention and
  feed-forward add nothing: at step t it holds only position code t. Its
  cross-attention compares position codes, scaled so that source position t
  wins by ``ATTENTION_GAP`` logits, and copies that token's code into the
  token block.
- The output projection scores every vocabulary entry by the dot product of
  its code with the copied code (the right token wins by ``OUTPUT_GAP``).
  ``add_source_eos`` puts </s> after the last source token, so the step after
  it copies </s> and decoding stops.
- Characters the SentencePiece model has never seen come through as <unk>;
  ``replace_unknowns`` (which Argos sets) puts the source piece back.

A hand-built MiniSBD splitter (:mod:`toolkit.testing.sentence_splitter`) in
``minisbd/`` keeps argostranslate from downloading one.
"""

from __future__ import annotations

import io
import json
import random
import string
import sys
import tempfile
import zipfile
from pathlib import Path

from ..files import write_atomic
from .sentence_splitter import build_sentence_splitter

TOKEN_DIMS = 64
FREQUENCIES = 11  # periods 2, 4, ... 2048: distinct codes for every position below MAX_POSITIONS
MAX_POSITIONS = 1024  # longest source, in SentencePiece tokens (Argos caps output at 256)
VOCABULARY_SIZE = 400
ATTENTION_GAP = 40.0  # logits between the attended source position and any other
OUTPUT_GAP = 40.0  # logits between the copied token and any other
FEED_FORWARD_DIMS = 1  # the feed-forward layers output zero; their size is irrelevant
SEED = 20240501

# Characters the tokenizer knows; anything else (é, «, Cyrillic...) is copied through <unk>.
KNOWN_CHARACTERS = string.ascii_letters + string.digits + string.punctuation
NOTE = (
    "Copy model for smoke tests, built by `toolkit models build-test-package`: "
    "it copies its input, it does not translate."
)


def build_copy_package(
    path: Path | str, from_code: str = "en", to_code: str = "ar", *, package_version: str = "1.0"
) -> Path:
    """Write a copy-model Argos package for ``from_code`` -> ``to_code`` to ``path``."""
    from ..translate.packages import check_language_code

    check_language_code(from_code, "source language")
    check_language_code(to_code, "target language")
    path = Path(path)
    tokenizer = train_tokenizer()
    folder = f"translate-{from_code}_{to_code}-copy"
    metadata = {
        "package_version": package_version,
        "argos_version": "1.11",
        "type": "translate",
        "from_code": from_code,
        "from_name": _language_name(from_code),
        "to_code": to_code,
        "to_name": _language_name(to_code),
        "links": [],
        "description": NOTE,
        "toolkit_copy_model": True,
    }
    files = {
        "metadata.json": json.dumps(metadata, ensure_ascii=False, indent=2).encode("utf-8"),
        "README.md": f"# {from_code} -> {to_code} copy model\n\n{NOTE}\n".encode(),
        "sentencepiece.model": tokenizer,
        f"minisbd/{from_code}.onnx": build_sentence_splitter(from_code),
        **{f"model/{name}": data for name, data in build_translation_model(tokenizer).items()},
    }
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            member = zipfile.ZipInfo(f"{folder}/{name}", date_time=(2024, 1, 1, 0, 0, 0))
            member.external_attr = 0o644 << 16
            member.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(member, data)
    write_atomic(path, archive.getvalue())
    return path


def train_tokenizer() -> bytes:
    """A unigram SentencePiece model trained on generated text, with identity normalisation."""
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_text()),
        model_writer=model,
        model_type="unigram",
        vocab_size=VOCABULARY_SIZE,
        hard_vocab_limit=False,
        character_coverage=1.0,
        normalization_rule_name="identity",
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def build_translation_model(tokenizer: bytes) -> dict[str, bytes]:
    """The CTranslate2 copy model's files (model.bin, config.json, vocabulary) by name."""
    import numpy as np
    import sentencepiece

    transformer_spec = _import_transformer_spec()
    processor = sentencepiece.SentencePieceProcessor(model_proto=tokenizer)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    random_state = np.random.default_rng(SEED)

    balanced = np.repeat([1.0, -1.0], TOKEN_DIMS // 2)
    token_codes = np.stack([random_state.permutation(balanced) for _ in pieces])
    overlaps = token_codes @ token_codes.T - TOKEN_DIMS * np.eye(len(pieces))
    token_gap = TOKEN_DIMS - overlaps.max()
    if token_gap < TOKEN_DIMS / 8:
        raise RuntimeError(f"token codes too close for {len(pieces)} pieces; raise TOKEN_DIMS")

    angles = np.outer(np.arange(MAX_POSITIONS), np.pi / 2.0 ** np.arange(FREQUENCIES))
    position_codes = np.concatenate([np.cos(angles), np.sin(angles), -np.cos(angles), -np.sin(angles)], axis=1)
    position_dims = position_codes.shape[1]
    width = TOKEN_DIMS + position_dims
    tokens, positions = slice(0, TOKEN_DIMS), slice(TOKEN_DIMS, width)
    similarity = position_codes @ position_codes[0]
    position_gap = similarity[0] - similarity[1:].max()

    # Layer norm divides zero-mean vectors by their root mean square, a constant here.
    encoder_scale = np.sqrt((TOKEN_DIMS + position_dims / 2) / width)  # token code + position code
    query_scale = np.sqrt(position_dims / 2 / width)  # position code alone
    attention_strength = ATTENTION_GAP * query_scale * encoder_scale * np.sqrt(width) / position_gap
    output_strength = OUTPUT_GAP * encoder_scale / token_gap  # the decoder ends with token + position code too

    def matrix(rows, columns, blocks=()):
        weight = np.zeros((rows, columns), np.float32)
        for row_slice, column_slice, value in blocks:
            weight[row_slice, column_slice] = value
        return weight

    identity_tokens = np.eye(TOKEN_DIMS)
    identity_positions = np.eye(position_dims)
    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.scale_embeddings = decoder.scale_embeddings = False
    encoder.embeddings[0].weight = matrix(len(pieces), width, [(slice(None), tokens, token_codes)])
    decoder.embeddings.weight = matrix(len(pieces), width)
    position_encodings = matrix(MAX_POSITIONS, width, [(slice(None), positions, position_codes)])
    encoder.position_encodings.encodings = position_encodings
    decoder.position_encodings.encodings = position_encodings
    for layer in (encoder.layer[0], decoder.layer[0]):
        _set_linear(layer.self_attention.linear[0], matrix(3 * width, width))
        _set_linear(layer.self_attention.linear[1], matrix(width, width))
        _set_linear(layer.ffn.linear_0, matrix(FEED_FORWARD_DIMS, width))
        _set_linear(layer.ffn.linear_1, matrix(width, FEED_FORWARD_DIMS))
    cross_attention = decoder.layer[0].attention
    _set_linear(
        cross_attention.linear[0],
        matrix(
            width,
            width,
            [  # queries
                (positions, positions, attention_strength * identity_positions)
            ],
        ),
    )
    _set_linear(
        cross_attention.linear[1],
        matrix(
            2 * width,
            width,
            [  # keys, then values
                (positions, positions, identity_positions),
                (slice(width, width + TOKEN_DIMS), tokens, identity_tokens),
            ],
        ),
    )
    _set_linear(
        cross_attention.linear[2],
        matrix(
            width,
            width,
            [  # output: the source token's code, unscaled
                (tokens, tokens, encoder_scale * identity_tokens)
            ],
        ),
    )
    _set_linear(decoder.projection, matrix(len(pieces), width, [(slice(None), tokens, output_strength * token_codes)]))
    for norm in (
        encoder.layer_norm,
        decoder.layer_norm,
        cross_attention.layer_norm,
        encoder.layer[0].self_attention.layer_norm,
        encoder.layer[0].ffn.layer_norm,
        decoder.layer[0].self_attention.layer_norm,
        decoder.layer[0].ffn.layer_norm,
    ):
        norm.gamma, norm.beta = np.ones(width, np.float32), np.zeros(width, np.float32)

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="float16")  # halves the file; CPU computes in float32 or int8, both copy exactly
    with tempfile.TemporaryDirectory(prefix="toolkit-copy-model-") as folder:
        spec.save(folder)
        return {path.name: path.read_bytes() for path in sorted(Path(folder).iterdir())}


def _import_transformer_spec():
    """ctranslate2.specs, imported without torch when torch is not loaded yet.

    The specs module imports torch (1-3 s) only to accept torch tensors as
    weights; these are numpy arrays. Hiding torch for the import makes it fall
    back to numpy, as it does wherever torch is not installed.
    """
    if "torch" in sys.modules or "ctranslate2.specs" in sys.modules:
        from ctranslate2.specs import transformer_spec

        return transformer_spec
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        from ctranslate2.specs import transformer_spec
    finally:
        del sys.modules["torch"]
    return transformer_spec


def _set_linear(linear, weight) -> None:
    import numpy as np

    linear.weight = weight
    linear.bias = np.zeros(weight.shape[0], np.float32)


def _training_text(lines: int = 600) -> list[str]:
    """Generated newsy text, so that pieces are English-like chunks (about 2.5 characters a token)."""
    rng = random.Random(SEED)

    def word() -> str:
        roll = rng.random()
        if roll < 0.08:
            return rng.choice(
                [
                    str(rng.randint(0, 99999)),
                    f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
                    f"${rng.randint(1, 999)},{rng.randint(100, 999)}",
                    f"{rng.randint(0, 23)}:{rng.randint(10, 59)}",
                ]
            )
        if roll < 0.12:
            return rng.choice(string.punctuation)
        if roll < 0.15:
            return "{" + rng.choice(_COMMON_WORDS) + rng.choice(["", ":gen", ":short", ":short+ins", ":wa+bi"]) + "}"
        if roll < 0.55:
            text = rng.choice(_COMMON_WORDS)
        elif roll < 0.95:
            text = "".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4)))
        else:
            text = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 6)))
        if rng.random() < 0.2:
            text = text.capitalize()
        elif rng.random() < 0.02:
            text = text.upper()
        return text + (rng.choice(",.;:!?'s") if rng.random() < 0.1 else "")

    text = [" ".join(word() for _ in range(rng.randint(3, 25))) for _ in range(lines)]
    return [*text, KNOWN_CHARACTERS]  # every known character at least once


_COMMON_WORDS = """the of and to in a is that for on was with said as at by from his her has have it be are were
after will not but their its an who they which this been would had more than over about into also new two
government minister president talks officials security military forces state foreign week year people country
border police party election agency spokesman meeting statement attack capital region army leader""".split()
_SYLLABLES = """th er on an re he in ed nd ha at en es or nt ea ti to it st io le is ou ar as de rt ve al ic
ing ion ent ter ers ment tion pro con com ver der ist ies ous ate ine ity ly un dis pre per sta ran mar lo mi ka
sa ri na ba ko ta da ma ya""".split()


def _language_name(code: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code
