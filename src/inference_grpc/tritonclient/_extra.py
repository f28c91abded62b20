"""The `[tritonclient]` extra: importing a module that needs it without it names the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["EXTRA", "require"]

EXTRA = 'pip install "inference-grpc[tritonclient]"'


def require(module: str, distribution: str) -> ModuleType:
    """Import `module`, or raise ModuleNotFoundError saying which extra brings it."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"inference_grpc.tritonclient needs {distribution}, which is not installed: {EXTRA}", name=exc.name
        ) from None
