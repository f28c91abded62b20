"""`python -m inference_grpc.cli`: the same as the `inference-grpc` command."""

from __future__ import annotations

from ._main import main

if __name__ == "__main__":
    raise SystemExit(main())
