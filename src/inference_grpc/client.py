"""The clients: InferenceGRPCClient (asyncio) and its generated blocking twin SyncInferenceGRPCClient.

A drop-in for `kserve.InferenceGRPCClient`: same class name, arguments and async methods, plus
metadata, repository and a sync twin. The async client is written in `_async/client.py`; the
blocking one is generated from it into `_sync/client.py` (`make generate`).
"""

from __future__ import annotations

from ._async.client import InferenceGRPCClient
from ._sync.client import SyncInferenceGRPCClient

__all__ = ["InferenceGRPCClient", "SyncInferenceGRPCClient"]
