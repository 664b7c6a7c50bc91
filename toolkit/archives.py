"""Zip archives from outside (model packages, DOCX articles): refuse bombs before anything is unpacked.

The sizes a zip declares are checked before a byte is inflated: the number of
members, the unpacked total, and the expansion of each member and of the
whole archive. Real packages and documents barely compress beyond 10-20
times (model weights not at all); a zip bomb expands thousands of times.
Reading a member later stops at its declared size, so a lying header cannot
smuggle more. A name that two members share is refused too: tools disagree on
which of the two they read (Python's zipfile takes the last, others the first),
so what one program checked could differ from what another installs or shows.
"""

from __future__ import annotations

import zipfile

from .files import human_size
from .records import dataclass


@dataclass(frozen=True)
class ZipLimits:
    max_members: int
    max_unpacked: int  # bytes, all members together
    max_expansion: int = 100  # unpacked size / compressed size, per member and for the whole archive
    expansion_check_from: int = 1024**2  # smaller members may compress well (XML, vocabularies, JSON)


def size_problem(members: list[zipfile.ZipInfo], archive_size: int, limits: ZipLimits) -> str | None:
    """What makes these members unsafe to unpack (their sizes, or a name two of them share), or None."""
    if len(members) > limits.max_members:
        return f"{len(members)} members, more than {limits.max_members}"
    seen: set[str] = set()
    for member in members:
        if member.filename in seen:
            return f"two members are named {member.filename!r}"
        seen.add(member.filename)
    for member in members:
        expansion_limit = limits.max_expansion * max(member.compress_size, 1)
        if member.file_size > limits.expansion_check_from and member.file_size > expansion_limit:
            return (
                f"member {member.filename!r} expands from {human_size(member.compress_size)} to "
                f"{human_size(member.file_size)} (more than {limits.max_expansion} times)"
            )
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked:
        return f"unpacks to {human_size(unpacked)}, more than the {human_size(limits.max_unpacked)} limit"
    if unpacked > limits.expansion_check_from and unpacked > limits.max_expansion * archive_size:
        return (
            f"unpacks to {human_size(unpacked)} from {human_size(archive_size)} "
            f"(more than {limits.max_expansion} times)"
        )
    return None
