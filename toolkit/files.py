"""Atomic file writes: a reader never sees a half-written edition."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise UserError(f"cannot write here: {error.strerror}", path=path.parent,
                        fix="choose another --out folder or fix its permissions") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"cannot write file: {error.strerror}", path=path) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
