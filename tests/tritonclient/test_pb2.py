"""inference_grpc.tritonclient.grpc's protobuf modules: real protobuf classes in a private pool,
on the oldest and newest protobuf majors we support (4.x and 7.x), beside someone else's
`inference.*` in protobuf's default pool."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHECK = HERE / "pb2_check.py"
# Throwaway venvs with one protobuf major each, built once into the user cache (pip needs the
# package index the first time; the test skips, saying why, when it cannot reach it).
VENVS = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "inference-grpc" / "protobuf"
MAJORS = {"4": "protobuf==4.25.*", "7": "protobuf==7.*"}


def _run(python: str, *, impl: str | None = None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generated")}
    if impl:
        env["PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION"] = impl
    done = subprocess.run([python, str(CHECK)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _venv(major: str) -> str:
    folder = VENVS / f"pb{major}-py{sys.version_info.major}.{sys.version_info.minor}"
    python = folder / "bin" / "python"
    marker = folder / ".installed"
    if not marker.exists():
        base = getattr(sys, "_base_executable", sys.executable)
        subprocess.run([base, "-m", "venv", "--clear", str(folder)], check=True, capture_output=True)
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", MAJORS[major], "grpcio"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot install {MAJORS[major]} into {folder}: {done.stderr.strip()[-300:]}")
        marker.touch()
    return str(python)


def _expected(report: dict[str, Any]) -> None:
    assert report["roundtrip"] is True
    assert report["config_roundtrip"] is True
    assert report["private_pool"] is True
    assert report["default_pool_untouched"] is True
    assert report["nested_class"] == "InferInputTensor"
    assert (report["enum_value"], report["enum_name"], report["nested_enum"]) == (14, "TYPE_FP32", "KIND_GPU")
    assert report["file_names"] == ["grpc_service.proto", "model_config.proto"]
    assert report["config_json"] == {
        "config": {
            "name": "c",
            "max_batch_size": 4,
            "input": [{"name": "IN", "data_type": "TYPE_FP32", "dims": ["-1"]}],
            "instance_group": [{"kind": "KIND_CPU", "count": 2}],
        }
    }


@pytest.mark.parametrize("impl", ["upb", "python"])
def test_installed_protobuf(impl: str) -> None:
    report = _run(sys.executable, impl=impl)
    _expected(report)


@pytest.mark.slow
@pytest.mark.parametrize("major", sorted(MAJORS))
def test_oldest_and_newest_protobuf_major(major: str) -> None:
    python = _venv(major)
    reports = [_run(python, impl=impl) for impl in ("upb", "python")]
    for report in reports:
        assert report["protobuf"].split(".")[0] == major
        _expected(report)
    # The same message, the same bytes, on either runtime and on the dev venv's protobuf.
    assert reports[0]["bytes"] == reports[1]["bytes"] == _run(sys.executable)["bytes"]


def test_the_modules_are_importable_and_named_as_tritonclient_names_them() -> None:
    from inference_grpc.tritonclient.grpc import model_config_pb2, service_pb2, service_pb2_grpc

    assert service_pb2.DESCRIPTOR.name == "grpc_service.proto"
    assert model_config_pb2.DESCRIPTOR.name == "model_config.proto"
    assert service_pb2.ModelInferRequest.DESCRIPTOR.full_name == "inference.ModelInferRequest"
    assert callable(service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server)
    import inference_grpc.tritonclient.grpc.service_pb2 as by_path

    assert by_path.ModelInferRequest is service_pb2.ModelInferRequest
