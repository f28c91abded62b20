"""The `inference-grpc` command: health, metadata, inference and load against a server, plus an
embedded demo server (`serve`, `demo`).

    inference-grpc demo
    inference-grpc --url 127.0.0.1:8001 infer simple --input INPUT0='[[1,2,3]]' ...
"""

from __future__ import annotations

import os

# gRPC's C core logs its own errors (a port in use, a refused connection) straight to stderr,
# which would double our one-line messages. It reads this once, when grpc is first imported;
# GRPC_VERBOSITY=debug in the environment still wins.
os.environ.setdefault("GRPC_VERBOSITY", "NONE")

from ._main import main  # after the setting above, which must precede importing grpc

__all__ = ["main"]
