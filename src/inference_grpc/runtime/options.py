"""A call's options as callers give them: the USE_CLIENT_DEFAULT sentinel, timeouts and metadata.

Every check here raises InvalidInput, naming the header or value at fault, before anything is sent.
"""

from __future__ import annotations

import enum
import numbers
import re
from collections.abc import Mapping, Sequence

from .errors import InvalidInput

__all__ = [
    "USE_CLIENT_DEFAULT",
    "Metadata",
    "MetadataLike",
    "Timeout",
    "UseClientDefault",
    "check_timeout",
    "merge_metadata",
    "normalize_metadata",
]


class UseClientDefault(enum.Enum):
    """Type of USE_CLIENT_DEFAULT: a one-member enum, so type checkers can narrow it away."""

    USE_CLIENT_DEFAULT = "USE_CLIENT_DEFAULT"

    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT = UseClientDefault.USE_CLIENT_DEFAULT
"""Use the client's own setting (its `timeout`, for instance) for this call."""

Timeout = float | None | UseClientDefault
Metadata = tuple[tuple[str, str | bytes], ...]
MetadataLike = Mapping[str, str | bytes] | Sequence[tuple[str, str | bytes]]


def check_timeout(timeout: object) -> float | None:
    """A deadline in seconds as gRPC takes it: None (no deadline) or a positive float."""
    if timeout is None:
        return None
    if timeout.__class__ is float or timeout.__class__ is int:
        seconds = float(timeout)
    elif isinstance(timeout, numbers.Real) and not isinstance(timeout, bool):
        seconds = float(timeout)  # numpy scalars and other reals
    else:
        raise InvalidInput(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    if not seconds > 0:  # also refuses NaN
        raise InvalidInput(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    return seconds


_KEY = re.compile(r"^[0-9a-z_.\-]+$")


def normalize_metadata(headers: MetadataLike | None) -> Metadata:
    """Validated, lower-cased metadata pairs; `-bin` keys carry bytes, others printable ASCII text."""
    if not headers:
        return ()
    items = headers.items() if isinstance(headers, Mapping) else headers
    out: list[tuple[str, str | bytes]] = []
    for item in items:
        try:
            key, value = item
        except (TypeError, ValueError):
            raise InvalidInput(f"header {item!r} is not a (key, value) pair") from None
        if not isinstance(key, str):
            raise InvalidInput(f"header key {key!r} must be a str, not {type(key).__name__}")
        lower = key.lower()
        if not _KEY.match(lower) or lower.startswith("grpc-"):
            raise InvalidInput(
                f"header key {key!r} is invalid: use letters, digits, '-', '_' or '.', "
                "and not the reserved 'grpc-' prefix"
            )
        if lower.endswith("-bin"):
            if isinstance(value, str):
                try:
                    value = value.encode("utf-8")
                except UnicodeEncodeError:
                    raise InvalidInput(f"header {key!r} value {value!r} is not valid UTF-8 text") from None
            elif not isinstance(value, (bytes, bytearray, memoryview)):
                raise InvalidInput(f"header {key!r} ends in -bin and takes bytes, not {type(value).__name__}")
            value = bytes(value)
        else:
            if not isinstance(value, str):
                raise InvalidInput(
                    f"header {key!r} takes a str value, not {type(value).__name__} (binary values need a '-bin' key)"
                )
            if not value.isascii() or any(not (" " <= ch <= "~") for ch in value):
                raise InvalidInput(f"header {key!r} value must be printable ASCII, got {value!r}")
        out.append((lower, value))
    return tuple(out)


def merge_metadata(defaults: Metadata, headers: MetadataLike | None) -> Metadata:
    """Per-call headers over the defaults (a per-call key replaces a default one)."""
    if not headers:
        return defaults
    extra = normalize_metadata(headers)
    if not defaults:
        return extra
    keys = {k for k, _ in extra}
    return tuple(kv for kv in defaults if kv[0] not in keys) + extra
