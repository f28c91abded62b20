"""`demo`: an embedded server with the demo models, and the client walked through it, in a second or two."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from .. import __version__
from .._errors import RpcError
from .._inference import InferRequest, InferResponse
from .._tensor import InferInput
from ..client import SyncInferenceGRPCClient
from ..protocol import ModelMetadataResponse
from ._tensors import display, shape_text, table

__all__ = ["demo"]


def _tensor(name: str, datatype: str, array: npt.NDArray[Any], typed: bool = False) -> InferInput:
    tensor = InferInput(name, list(array.shape), datatype)
    tensor.set_data_from_numpy(array, binary_data=not typed)
    return tensor


def _signature(model: ModelMetadataResponse) -> str:
    def side(tensors: Any) -> str:
        return ", ".join(f"{t.name} {t.datatype} {shape_text(t.shape)}" for t in tensors)

    return f"{side(model.inputs)} -> {side(model.outputs)}"


def _table(rows: Sequence[Sequence[str]]) -> None:
    table(rows, "  ")


def _section(title: str) -> None:
    print()
    print(title)


def _outputs(response: InferResponse) -> dict[str, npt.NDArray[Any]]:
    return {o.name: o.as_numpy() for o in response.outputs}


def _stream_section(client: SyncInferenceGRPCClient) -> None:
    """Stream from the decoupled `stream_words` model with `stream_infer`."""
    _section("stream_words: a streaming (decoupled) model, one request, one response per word (stream_infer)")
    text = np.array([b"tokens arrive one by one as the model yields them"], dtype=object)
    request = InferRequest(
        "stream_words",
        [_tensor("TEXT", "BYTES", text)],
        request_id="words-1",
        parameters={"delay": 0.02, "triton_enable_empty_final_response": True},
    )
    rows = []
    sent = time.perf_counter()
    for response in client.stream_infer([request]):
        after = f"{(time.perf_counter() - sent) * 1000:5.0f} ms"
        out = _outputs(response)
        word = out["WORD"][0].decode() if "WORD" in out else "(empty)"
        index = str(int(out["INDEX"][0])) if "INDEX" in out else "-"
        rows.append((after, index, word, response.id or "", "final" if response.final else ""))
    _table(rows)
    print("  (every response carries the request id; the empty last one marks the end: response.final)")


def demo(args: argparse.Namespace) -> int:
    from ..server import demo_models, serve_in_thread

    began = time.perf_counter()
    registry = demo_models()
    with serve_in_thread(registry) as url, SyncInferenceGRPCClient(url, timeout=10, retries=1) as client:
        print(f"inference-grpc {__version__} demo: an embedded server on {url}, and the client talking to it")

        _section("health")
        _table(
            [
                ("live", "yes" if client.is_server_live() else "no"),
                ("ready", "yes" if client.is_server_ready() else "no"),
            ]
        )

        _section("server metadata")
        server = client.server_metadata()
        _table([("name", server.name), ("version", server.version), ("extensions", ", ".join(server.extensions))])

        _section("models (from their metadata)")
        _table([(name, _signature(client.model_metadata(name))) for name in registry.names()])

        _section("simple: OUTPUT0 = INPUT0 + INPUT1, OUTPUT1 = INPUT0 - INPUT1")
        a = np.arange(16, dtype=np.int32).reshape(1, 16)
        b = np.full((1, 16), 2, dtype=np.int32)
        out = _outputs(
            client.infer(InferRequest("simple", [_tensor("INPUT0", "INT32", a), _tensor("INPUT1", "INT32", b)]))
        )
        _table(
            [
                ("INPUT0", display(a)),
                ("INPUT1", display(b)),
                ("OUTPUT0", display(out["OUTPUT0"])),
                ("OUTPUT1", display(out["OUTPUT1"])),
            ]
        )

        _section("identity: any datatype and shape comes back unchanged, raw or typed")
        rows: list[tuple[str, ...]] = []
        samples: list[tuple[str, npt.NDArray[Any], bool]] = [
            ("FP16", np.array([[0.5, 1.5], [2.5, -3.25]], dtype=np.float16), False),
            ("BOOL", np.array([True, False, True]), True),
            ("INT64", np.array([[-(2**40), 0, 2**40]], dtype=np.int64), True),
            ("UINT8", np.arange(250, 256, dtype=np.uint8), False),
        ]
        for datatype, array, typed in samples:
            response = client.infer(InferRequest("identity", [_tensor("INPUT0", datatype, array, typed)]))
            back = response.outputs[0]
            same = back.datatype == datatype and np.array_equal(back.as_numpy(), array)
            form = "typed" if typed else "raw"
            rows.append(
                (f"{datatype} {shape_text(array.shape)}", form, display(array, 40), "same" if same else "DIFFERENT")
            )
        _table(rows)

        _section("echo_bytes: BYTES (strings) in, the same BYTES out")
        words = np.array([b"hello", b"Open Inference Protocol", "ünïcödé ✓".encode()], dtype=object)
        out = _outputs(client.infer(InferRequest("echo_bytes", [_tensor("INPUT0", "BYTES", words)])))
        _table([("INPUT0", display(words)), ("OUTPUT0", display(out["OUTPUT0"]))])

        _section("classifier: iris species from sepal and petal sizes in cm, top_k=2")
        flowers = np.array([[5.1, 3.5, 1.4, 0.2], [6.0, 2.8, 4.6, 1.4], [6.9, 3.1, 5.6, 2.3]], dtype=np.float32)
        response = client.infer(
            InferRequest(
                "classifier", [_tensor("features", "FP32", flowers)], parameters={"top_k": 2}, request_id="iris-1"
            )
        )
        out = _outputs(response)
        rows = []
        for features, labels, scores in zip(flowers, out["labels"], out["scores"], strict=True):
            picks = "   ".join(
                f"{label.decode():<10} {score:6.1%}" for label, score in zip(labels, scores, strict=True)
            )
            rows.append((display(features), picks))
        _table(rows)
        print(f"  (the reply echoes the request id: {response.id!r})")

        _stream_section(client)

        _section("errors are gRPC status codes with a clear message")
        rows = []
        attempts = [
            ("unknown model", InferRequest("resnet", [_tensor("INPUT0", "INT32", a)])),
            ("missing input", InferRequest("simple", [_tensor("INPUT0", "INT32", a)])),
            (
                "wrong datatype",
                InferRequest(
                    "simple", [_tensor("INPUT0", "FP32", a.astype(np.float32)), _tensor("INPUT1", "INT32", b)]
                ),
            ),
        ]
        text = np.array([b"one two"], dtype=object)
        attempts.append(("stream-only model", InferRequest("stream_words", [_tensor("TEXT", "BYTES", text)])))
        for what, request in attempts:
            try:
                client.infer(request)
                rows.append((what, "unexpectedly succeeded"))
            except RpcError as error:
                rows.append((what, f"{error.code().name}: {error.details()}"))
        client.unload_model("simple")
        try:
            client.infer(InferRequest("simple", [_tensor("INPUT0", "INT32", a), _tensor("INPUT1", "INT32", b)]))
        except RpcError as error:
            rows.append(("unloaded model", f"{error.code().name}: {error.details()}"))
        client.load_model("simple")
        _table(rows)

        _section("speed")
        wire = InferRequest("simple", [_tensor("INPUT0", "INT32", a), _tensor("INPUT1", "INT32", b)]).to_grpc()
        count = 200
        start = time.perf_counter()
        for _ in range(count):
            client.infer(wire)
        spent = time.perf_counter() - start
        print(f"  {count} simple inferences one after another: {spent:.2f} s, {spent / count * 1000:.2f} ms each")

    print()
    print(f"done in {time.perf_counter() - began:.1f} s. Next: 'inference-grpc serve', then in another shell")
    print("  inference-grpc infer simple --input INPUT0='[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]]' \\")
    print("                              --input INPUT1='[[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]]'")
    print("  inference-grpc infer classifier --input features='[5.1,3.5,1.4,0.2]' --param top_k=3")
    print("  inference-grpc bench simple_fp32 --concurrency 8 --batch 4 --duration 3")
    return 0
