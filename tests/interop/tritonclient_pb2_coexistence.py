"""Runs inside the Triton peer venv: real tritonclient.grpc, our inference_grpc.tritonclient.grpc,
and kserve's and MLServer's protoc modules (loaded from their peer venvs' files by path), in one process.

Each of tritonclient's, kserve's and MLServer's `_pb2` modules registers `inference.*` in protobuf's
default pool; ours use a pool of their own. Prints a JSON report: what imported, and for each
message family whether ours and tritonclient's write the same bytes and read each other's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from google.protobuf import json_format


def load_by_path(name: str, path: str) -> str:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # the clash this package exists to avoid
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "imported"


def main() -> None:
    order = sys.argv[1:]  # which modules to import, in order: ours, tritonclient, kserve=PATH, mlserver=PATH
    report: dict[str, Any] = {"imports": {}, "pairs": {}}
    for item in order:
        name, _, path = item.partition("=")
        if name == "ours":
            from inference_grpc.tritonclient.grpc import model_config_pb2, service_pb2  # noqa: F401

            report["imports"][name] = "imported"
        elif name == "tritonclient":
            try:
                import tritonclient.grpc  # noqa: F401
            except Exception as exc:
                report["imports"][name] = f"{type(exc).__name__}: {str(exc).splitlines()[-1]}"
            else:
                report["imports"][name] = "imported"
        else:
            report["imports"][name] = load_by_path(f"foreign_{name}_pb2", path)
    if report["imports"].get("ours") == report["imports"].get("tritonclient") == "imported":
        from triton_coexistence import SAMPLES  # it imports tritonclient.grpc: only once that is in
        from tritonclient.grpc import service_pb2 as theirs

        from inference_grpc.tritonclient.grpc import service_pb2 as ours

        for name, sample in SAMPLES.items():
            mine = json_format.ParseDict(sample, getattr(ours, name)())
            other = json_format.ParseDict(sample, getattr(theirs, name)())
            mine_bytes = mine.SerializeToString(deterministic=True)
            other_bytes = other.SerializeToString(deterministic=True)
            report["pairs"][name] = {
                "same bytes": mine_bytes == other_bytes,
                "ours reads theirs": getattr(ours, name).FromString(other_bytes) == mine,
                "theirs reads ours": getattr(theirs, name).FromString(mine_bytes) == other,
                "not empty": len(mine_bytes) > 0,
            }
    json.dump(report, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
