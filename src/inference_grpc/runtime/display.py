"""Messages as log lines: formatted only when emitted, buffers summarised, cut to length."""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["Shown"]

# A log line shows at most this much of a message (a raw tensor can be megabytes).
LIMIT = 2000


class Shown:
    """A message for a log line: `str()` formats it, so a line that is not emitted costs nothing."""

    __slots__ = ("message",)

    def __init__(self, message: object) -> None:
        self.message = message

    def __str__(self) -> str:
        text = _brief(self.message)
        if len(text) > LIMIT:
            text = f"{text[:LIMIT]}... ({len(text) - LIMIT} more characters)"
        return text


def _brief(value: Any) -> str:
    """repr() that shows at most 64 bytes of a buffer and 16 items of a list (raw tensors are big)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        view = memoryview(value).cast("B") if memoryview(value).c_contiguous else memoryview(bytes(value))
        return repr(view[:64].tobytes()) + (f"...<{view.nbytes} bytes>" if view.nbytes > 64 else "")
    if isinstance(value, (list, tuple)):
        shown = ", ".join(_brief(v) for v in value[:16])
        return f"[{shown}{', ...' if len(value) > 16 else ''}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_brief(v)}" for k, v in list(value.items())[:16]) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        values = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        return f"{type(value).__name__}({', '.join(f'{k}={_brief(v)}' for k, v in values if _set(v))})"
    return repr(value)


def _set(value: Any) -> bool:
    """Worth showing: not None and not empty (0 and False are shown: a oneof may hold them)."""
    if value is None:
        return False
    try:
        return len(value) > 0
    except TypeError:
        return True
