"""Code that builds service_pb2 messages by hand and calls the raw service_pb2_grpc stub runs
unchanged on ours: the same calls through tritonclient's modules (in the Triton peer venv) and
through ours, against each real server, answer the same bytes (on Triton also ModelConfig, a
decoupled stream, and an add_sub with inputs and output in system shared memory made with
utils.shared_memory). And our servicer base class with add_GRPCInferenceServiceServicer_to_server
serves tritonclient's stub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import peers

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "tritonclient_raw_stub.py"


def _triton_python() -> str:
    return str(peers.server_home("triton") / "venv" / "bin" / "python")


def _json(argv: list[str]) -> Any:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_raw_stub_answers_are_the_same(peer: peers.Peer, record: dict[str, str]) -> None:
    if not peers.is_installed("triton"):
        peers.setup("triton")
    extra = ["triton"] if peer.name == "triton" else []
    theirs = _json([_triton_python(), str(SCRIPT), "theirs", peer.url, *extra])
    ours = _json([sys.executable, str(SCRIPT), "ours", peer.url, *extra])
    assert ours == theirs
    assert ours["OUTPUT1"] == [[float(i) - 2.0 for i in range(16)]]
    assert ours["ServerLive"] == "0801"
    assert ours["echo_bytes"]["values"] == ["6162", "c3a9", "00ff"] and ours["echo_bytes"]["dtype"] == "object"
    if extra:
        assert ours["config"] == ["add_sub", [16], 8]
        assert ours["stream values"] == [[0], [1], [2]]
        assert len(ours["stream"]) == 4  # three responses and the empty final one
        assert ours["identity_bf16"]["values"] == [1.5, -2.0, 256.0]
        assert ours["identity_bf16"]["dtype"] == "bfloat16"
        shared = ours["shared memory"]
        assert shared["OUTPUT0"] == [[i + 0.5 for i in range(16)]]
        assert shared["status"] == {"io": [True, 192]}
        assert shared["left"] is False
    record["tritonclient raw stub (service_pb2_grpc)"] = "same bytes as tritonclient"


SERVE_WITH_THEIRS = """
import sys, grpc
from tritonclient.grpc import service_pb2, service_pb2_grpc
stub = service_pb2_grpc.GRPCInferenceServiceStub(grpc.insecure_channel(sys.argv[1]))
print(stub.ServerLive(service_pb2.ServerLiveRequest(), timeout=10).live)
reply = stub.ModelInfer(service_pb2.ModelInferRequest(model_name="echo", id="7"), timeout=10)
print(reply.model_name, reply.id)
try:
    stub.ServerReady(service_pb2.ServerReadyRequest(), timeout=10)
except grpc.RpcError as exc:
    print(exc.code(), exc.details())
"""


def test_our_servicer_serves_tritonclients_stub() -> None:
    from inference_grpc.tritonclient.grpc import service_pb2, service_pb2_grpc

    class Servicer(service_pb2_grpc.GRPCInferenceServiceServicer):  # type: ignore[misc]
        def ServerLive(self, request: Any, context: Any) -> Any:  # noqa: N802 - protoc's method names
            return service_pb2.ServerLiveResponse(live=True)

        def ModelInfer(self, request: Any, context: Any) -> Any:  # noqa: N802
            return service_pb2.ModelInferResponse(model_name=request.model_name, id=request.id)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    service_pb2_grpc.add_GRPCInferenceServiceServicer_to_server(Servicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        if not peers.is_installed("triton"):
            peers.setup("triton")
        done = subprocess.run(
            [_triton_python(), "-c", SERVE_WITH_THEIRS, f"127.0.0.1:{port}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.splitlines() == [
            "True",
            "echo 7",
            "StatusCode.UNIMPLEMENTED Method ServerReady is not implemented",
        ]
    finally:
        server.stop(None)
