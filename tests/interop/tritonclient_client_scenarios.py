"""User-level scenarios of tritonclient's InferenceServerClient (grpc and grpc.aio) against one
running Triton, printed as JSON: `python tritonclient_client_scenarios.py theirs|ours URL`
(theirs: real tritonclient, in the Triton peer venv; ours: inference_grpc.tritonclient).

tests/interop/test_tritonclient_client.py runs both against the same server, each in its own
process, and compares the answers value by value. Values are made comparable by `plain()`:
arrays as dtype, shape and values; protobuf messages as their JSON mapping; InferResults as their
outputs and their whole response; exceptions as type, status and message.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import ml_dtypes
import numpy as np
from google.protobuf.json_format import MessageToDict

WHICH, URL = sys.argv[1], sys.argv[2]
ROOT = {"theirs": "tritonclient", "ours": "inference_grpc.tritonclient"}[WHICH]
grpcclient: Any = importlib.import_module(ROOT + ".grpc")
aioclient: Any = importlib.import_module(ROOT + ".grpc.aio")
shm: Any = importlib.import_module(ROOT + ".utils.shared_memory")
utils: Any = importlib.import_module(ROOT + ".utils")


def plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        flat = value.reshape(-1).tolist() if value.dtype != ml_dtypes.bfloat16 else value.astype(np.float32).tolist()
        return {"dtype": str(value.dtype), "shape": list(value.shape), "values": [plain(v) for v in flat]}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": bytes(value).hex()}
    if hasattr(value, "DESCRIPTOR") and hasattr(value, "SerializeToString"):
        return {"message": value.DESCRIPTOR.full_name, "json": MessageToDict(value, preserving_proto_field_name=True)}
    if isinstance(value, grpcclient.InferResult):
        response = value.get_response()
        outputs = {o.name: attempt(lambda o=o: value.as_numpy(o.name)) for o in response.outputs}
        return {"outputs": outputs, "response": plain(response), "json": value.get_response(as_json=True)}
    if isinstance(value, utils.InferenceServerException):
        return {"error": type(value).__name__, "status": value.status(), "message": value.message()}
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "str": str(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def attempt(fn: Callable[[], Any]) -> Any:
    try:
        return plain(fn())
    except Exception as exc:
        return plain(exc)


def fp32(name: str, array: Any) -> Any:
    return grpcclient.InferInput(name, list(array.shape), "FP32").set_data_from_numpy(array)


A = np.arange(16, dtype=np.float32).reshape(1, 16)
B = np.full((1, 16), 0.5, dtype=np.float32)


def add_sub_inputs() -> list[Any]:
    return [fp32("INPUT0", A), fp32("INPUT1", B)]


def decoupled_inputs(repeat: int) -> list[Any]:
    values = grpcclient.InferInput("INPUT0", [3], "FP32").set_data_from_numpy(np.array([1, 2, 3], dtype=np.float32))
    count = grpcclient.InferInput("REPEAT", [1], "INT32").set_data_from_numpy(np.array([repeat], dtype=np.int32))
    return [values, count]


SCENARIOS: dict[str, Callable[[Any], Any]] = {}


def scenario(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    SCENARIOS[fn.__name__] = fn
    return fn


# -- blocking client ---------------------------------------------------------------------------


@scenario
def health(client: Any) -> Any:
    return {
        "live": attempt(client.is_server_live),
        "ready": type(client.is_server_ready()).__name__,  # the server's state: its models' loads
        "model ready": attempt(lambda: client.is_model_ready("add_sub")),
        "model ready v1": attempt(lambda: client.is_model_ready("add_sub", "1")),
        "unknown model ready": attempt(lambda: client.is_model_ready("no_such_model")),
        "version not str": attempt(lambda: client.is_model_ready("add_sub", 1)),
        "with timeout": attempt(lambda: client.is_server_live(client_timeout=10.0)),
    }


@scenario
def metadata(client: Any) -> Any:
    return {
        "server": attempt(client.get_server_metadata),
        "server json": attempt(lambda: client.get_server_metadata(as_json=True)),
        "model": attempt(lambda: client.get_model_metadata("add_sub")),
        "model json": attempt(lambda: client.get_model_metadata("echo_bytes", "1", as_json=True)),
        "unknown model": attempt(lambda: client.get_model_metadata("no_such_model")),
        "unknown version": attempt(lambda: client.get_model_metadata("add_sub", "7")),
        "version not str": attempt(lambda: client.get_model_metadata("add_sub", 1)),
    }


@scenario
def model_config(client: Any) -> Any:
    return {
        "add_sub": attempt(lambda: client.get_model_config("add_sub")),
        "decoupled json": attempt(lambda: client.get_model_config("repeat_decoupled", as_json=True)),
        "unknown": attempt(lambda: client.get_model_config("no_such_model")),
    }


@scenario
def repository_index(client: Any) -> Any:
    def without_copies(index: Any) -> Any:  # models this script loads itself (left from the other run)
        return [m for m in index.get("models", []) if not m["name"].startswith("tc_")]

    return {
        "json": attempt(lambda: without_copies(client.get_model_repository_index(as_json=True))),
        "type": type(client.get_model_repository_index()).__name__,
    }


@scenario
def load_and_unload(client: Any) -> Any:
    config = client.get_model_config("echo_bytes", as_json=True)["config"]
    config["name"] = "tc_echo_copy"
    with open(MODELS + "/echo_bytes/model.py", "rb") as f:
        files = {"file:1/model.py": f.read()}
    out = {
        "reload": attempt(lambda: client.load_model("echo_bytes")),
        "ready after reload": attempt(lambda: client.is_model_ready("echo_bytes")),
        "load with files": attempt(lambda: client.load_model("tc_echo_copy", config=json.dumps(config), files=files)),
        "copy ready": attempt(lambda: client.is_model_ready("tc_echo_copy")),
        "files without config": attempt(lambda: client.load_model("tc_bad", files=files)),
        "unknown": attempt(lambda: client.load_model("no_such_model")),
    }
    text = grpcclient.InferInput("INPUT0", [2], "BYTES").set_data_from_numpy(np.array([b"a", b"bc"], dtype=np.object_))
    out["copy infer"] = attempt(lambda: client.infer("tc_echo_copy", [text]).as_numpy("OUTPUT0"))
    out["unload"] = attempt(lambda: client.unload_model("tc_echo_copy", unload_dependents=True))
    out["copy ready after unload"] = attempt(lambda: client.is_model_ready("tc_echo_copy"))
    out["unload unknown"] = attempt(lambda: client.unload_model("no_such_model"))
    return out


@scenario
def statistics(client: Any) -> Any:
    def success() -> int:
        stats = client.get_inference_statistics("add_sub", "1", as_json=True)
        return int(stats["model_stats"][0].get("inference_stats", {}).get("success", {}).get("count", 0))

    before = success()
    for _ in range(3):
        client.infer("add_sub", add_sub_inputs())
    deadline = time.monotonic() + 5
    while success() != before + 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    stats = client.get_inference_statistics("add_sub", as_json=True)["model_stats"][0]
    every = client.get_inference_statistics()
    return {
        "delta": success() - before,
        "keys": sorted(stats),
        "name": stats["name"],
        "type": type(every).__name__,
        "all models listed": {m.name for m in every.model_stats} >= {"add_sub", "echo_bytes"},
        "unknown": attempt(lambda: client.get_inference_statistics("no_such_model")),
        "version not str": attempt(lambda: client.get_inference_statistics("add_sub", 1)),
    }


@scenario
def trace_settings(client: Any) -> Any:
    return {
        "server": attempt(lambda: client.get_trace_settings(as_json=True)),
        "model": attempt(lambda: client.get_trace_settings(model_name="add_sub")),
        "update": attempt(lambda: client.update_trace_settings("add_sub", {"trace_rate": "500"}, as_json=True)),
        "update list": attempt(lambda: client.update_trace_settings("add_sub", {"trace_level": ["TIMESTAMPS"]})),
        "reset": attempt(
            lambda: client.update_trace_settings("add_sub", {"trace_rate": None, "trace_level": None}, as_json=True)
        ),
        "bad value": attempt(lambda: client.update_trace_settings(settings={"trace_rate": "fast"})),
        "unknown model": attempt(lambda: client.get_trace_settings(model_name="no_such_model")),
    }


@scenario
def log_settings(client: Any) -> Any:
    return {
        "get": attempt(lambda: client.get_log_settings(as_json=True)),
        "message": attempt(client.get_log_settings),
        "update": attempt(lambda: client.update_log_settings({"log_verbose_level": 1, "log_info": True}, as_json=True)),
        "back": attempt(lambda: client.update_log_settings({"log_verbose_level": DEBUG_LEVEL})),
        "unknown setting": attempt(lambda: client.update_log_settings({"log_colour": True})),
    }


def ours_only(status: Any) -> Any:
    """A status answer's regions made by this script (other tests may have regions on the server)."""
    return {k: v for k, v in status.get("regions", {}).items() if k.startswith("tc_")}


def unregister(client: Any, name: str) -> Any:
    # Triton may still hold the region for a moment after answering the inference that used it
    # (it answered INTERNAL once in a full test run): a careful user retries.
    for _ in range(40):
        try:
            return client.unregister_system_shared_memory(name)
        except utils.InferenceServerException as exc:
            if exc.status() != "StatusCode.INTERNAL":
                raise
            time.sleep(0.05)
    return client.unregister_system_shared_memory(name)


@scenario
def system_shared_memory(client: Any) -> Any:
    key = "/tc_client_io"
    handle = shm.create_shared_memory_region("tc_io", key, 192)
    try:
        shm.set_shared_memory_region(handle, [A, B])
        out: dict[str, Any] = {
            "register": attempt(lambda: client.register_system_shared_memory("tc_io", key, 192)),
            "again": attempt(lambda: client.register_system_shared_memory("tc_io", key, 192)),
            "status": attempt(lambda: client.get_system_shared_memory_status("tc_io")),
            "status json": attempt(lambda: ours_only(client.get_system_shared_memory_status(as_json=True))),
            "bad key": attempt(lambda: client.register_system_shared_memory("tc_bad", "/tc_no_such_key", 64)),
        }
        in0 = grpcclient.InferInput("INPUT0", [1, 16], "FP32")
        in0.set_shared_memory("tc_io", 64)
        in1 = grpcclient.InferInput("INPUT1", [1, 16], "FP32")
        in1.set_shared_memory("tc_io", 64, offset=64)
        out0 = grpcclient.InferRequestedOutput("OUTPUT0")
        out0.set_shared_memory("tc_io", 64, offset=128)
        result = client.infer("add_sub", [in0, in1], outputs=[out0])
        out["infer"] = plain(result)
        out["OUTPUT0"] = plain(shm.get_contents_as_numpy(handle, np.float32, [1, 16], offset=128))
        out["unregister"] = attempt(lambda: unregister(client, "tc_io"))
        out["status after"] = attempt(lambda: client.get_system_shared_memory_status("tc_io"))
        out["unregister all"] = attempt(lambda: unregister(client, ""))
        out["status all"] = attempt(lambda: ours_only(client.get_system_shared_memory_status(as_json=True)))
        return out
    finally:
        shm.destroy_shared_memory_region(handle)


@scenario
def cuda_shared_memory(client: Any) -> Any:
    fake = base64.b64encode(b"\x01" * 64)
    return {
        "status": attempt(lambda: client.get_cuda_shared_memory_status(as_json=True)),
        "register": attempt(lambda: client.register_cuda_shared_memory("tc_cuda", fake, 0, 64)),
        "unregister": attempt(lambda: client.unregister_cuda_shared_memory("tc_cuda")),
        "unregister all": attempt(client.unregister_cuda_shared_memory),
    }


@scenario
def infer(client: Any) -> Any:
    outputs = [grpcclient.InferRequestedOutput("OUTPUT1")]
    classes = [grpcclient.InferRequestedOutput("OUTPUT0", class_count=3)]
    params = {"a": 1, "b": "x", "c": True, "d": 1.5}
    text = grpcclient.InferInput("INPUT0", [3], "BYTES")
    text.set_data_from_numpy(np.array([b"ab", "h\u00e9".encode(), b"\x00\xff"], dtype=np.object_))
    bf16 = grpcclient.InferInput("INPUT0", [3], "BF16")
    bf16.set_data_from_numpy(np.array([1.5, -2.0, 256.0], dtype=ml_dtypes.bfloat16))
    bad = [fp32("INPUT0", np.zeros((1, 8), np.float32)), fp32("INPUT1", np.zeros((1, 8), np.float32))]
    return {
        "plain": attempt(lambda: client.infer("add_sub", add_sub_inputs())),
        "request id, version, outputs": attempt(
            lambda: client.infer("add_sub", add_sub_inputs(), model_version="1", outputs=outputs, request_id="r1")
        ),
        "class_count": attempt(lambda: client.infer("add_sub", add_sub_inputs(), outputs=classes)),
        "parameters": attempt(lambda: client.infer("add_sub", add_sub_inputs(), parameters=params)),
        "priority and timeout": attempt(
            lambda: client.infer("add_sub", add_sub_inputs(), priority=1, timeout=10_000_000)
        ),
        "sequence id on a plain model": attempt(
            lambda: client.infer("add_sub", add_sub_inputs(), sequence_id=7, sequence_start=True, sequence_end=True)
        ),
        "str sequence id": attempt(
            lambda: client.infer("add_sub", add_sub_inputs(), sequence_id="s7", sequence_start=True)
        ),
        "reserved parameter": attempt(lambda: client.infer("add_sub", add_sub_inputs(), parameters={"priority": 1})),
        "reserved prefix": attempt(lambda: client.infer("add_sub", add_sub_inputs(), parameters={"triton_x": 1})),
        "bad parameter type": attempt(lambda: client.infer("add_sub", add_sub_inputs(), parameters={"x": [1]})),
        "version not str": attempt(lambda: client.infer("add_sub", add_sub_inputs(), model_version=1)),
        "bytes": attempt(lambda: client.infer("echo_bytes", [text])),
        "bf16": attempt(lambda: client.infer("identity_bf16", [bf16])),
        "unknown model": attempt(lambda: client.infer("no_such_model", add_sub_inputs())),
        "bad shape": attempt(lambda: client.infer("add_sub", bad)),
        "missing input": attempt(lambda: client.infer("add_sub", add_sub_inputs()[:1])),
        "gzip": attempt(lambda: client.infer("add_sub", add_sub_inputs(), compression_algorithm="gzip")),
        "deflate": attempt(lambda: client.infer("add_sub", add_sub_inputs(), compression_algorithm="deflate")),
        "headers": attempt(lambda: client.infer("add_sub", add_sub_inputs(), headers={"x-trace": "1"})),
    }


@scenario
def channel_args(client: Any) -> Any:
    # Channel args given (here a keepalive setting): is a 6 MiB reply still received?
    big = np.arange(1_500_000, dtype=np.float32)
    tensor = grpcclient.InferInput("INPUT0", [big.size], "FP32").set_data_from_numpy(big)
    with grpcclient.InferenceServerClient(URL, channel_args=[("grpc.keepalive_time_ms", 7_200_000)]) as other:
        reply = attempt(lambda: other.infer("identity_fp32", [tensor]).as_numpy("OUTPUT0")[-3:])
    keepalive = grpcclient.KeepAliveOptions(keepalive_time_ms=7_200_000)
    with grpcclient.InferenceServerClient(URL, keepalive_options=keepalive) as other:
        default = attempt(lambda: other.infer("identity_fp32", [tensor]).as_numpy("OUTPUT0")[-3:])
    return {"with channel_args": reply, "with keepalive_options": default}


@scenario
def uppercase_header(client: Any) -> Any:
    return attempt(lambda: client.is_server_live(headers={"X-Request-Tag": "a"}))


class Recorder(grpcclient.InferenceServerClientPlugin):  # type: ignore[misc,name-defined]
    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    def __call__(self, request: Any) -> None:
        self.seen.append(dict(request.headers))
        request.headers["x-plugin"] = "yes"


@scenario
def plugins(client: Any) -> Any:
    recorder = Recorder()
    auth = importlib.import_module(ROOT + ".grpc.auth").BasicAuth("user", "secret")
    out: dict[str, Any] = {"none": client.plugin() is None}
    out["unregister none"] = attempt(client.unregister_plugin)
    client.register_plugin(recorder)
    out["registered"] = client.plugin() is recorder
    out["twice"] = attempt(lambda: client.register_plugin(auth))
    out["live"] = attempt(lambda: client.is_server_live(headers={"x-a": "1"}))
    out["infer"] = attempt(lambda: client.infer("add_sub", add_sub_inputs(), headers={"x-b": "2"}).as_numpy("OUTPUT0"))
    out["seen"] = recorder.seen
    client.unregister_plugin()
    client.register_plugin(auth)
    out["basic auth live"] = attempt(client.is_server_live)
    client.unregister_plugin()
    return out


def by_request(responses: list[Any]) -> dict[str, list[Any]]:
    """Responses grouped by request id, in order within each (requests on one stream run at once,
    so the order across requests is the server's); failures (which carry no id) under "errors"."""
    out: dict[str, list[Any]] = {}
    for response in responses:
        key = response["json"].get("id", "") if "json" in response else "errors"
        out.setdefault(key, []).append(response)
    return out


def collect() -> tuple[list[Any], Callable[..., None], threading.Event]:
    got: list[Any] = []
    done = threading.Event()

    def callback(result: Any, error: Any) -> None:
        got.append(plain(result) if error is None else plain(error))
        done.set()

    return got, callback, done


@scenario
def async_infer(client: Any) -> Any:
    got, callback, done = collect()
    client.async_infer(
        "add_sub", add_sub_inputs(), callback, request_id="a1", outputs=[grpcclient.InferRequestedOutput("OUTPUT0")]
    )
    done.wait(10)
    failed, callback2, done2 = collect()
    client.async_infer("no_such_model", add_sub_inputs(), callback2)
    done2.wait(10)
    several: list[Any] = []
    lock = threading.Lock()
    finished = threading.Semaphore(0)

    def each(result: Any, error: Any) -> None:
        with lock:
            several.append(result.get_response().id if error is None else str(error))
        finished.release()

    contexts = [client.async_infer("add_sub", add_sub_inputs(), each, request_id=f"n{i}") for i in range(8)]
    for _ in contexts:
        finished.acquire(timeout=10)
    return {
        "result": got,
        "error": failed,
        "eight": sorted(several),
        "context": [hasattr(c, "cancel") for c in contexts[:1]],
        "version not str": attempt(lambda: client.async_infer("add_sub", add_sub_inputs(), callback, model_version=2)),
    }


@scenario
def stream(client: Any) -> Any:
    out: dict[str, Any] = {"no stream": attempt(lambda: client.async_stream_infer("add_sub", add_sub_inputs()))}
    got, callback, _ = collect()
    client.start_stream(callback)
    out["second start"] = attempt(lambda: client.start_stream(callback))

    def send(expected: int, *args: Any, **kwargs: Any) -> None:
        # One request at a time: Triton 2.51 can abort (a failed assertion in its gRPC writer) when
        # two models write responses on one stream at once.
        client.async_stream_infer(*args, **kwargs)
        deadline = time.monotonic() + 10
        while len(got) < expected and time.monotonic() < deadline:
            time.sleep(0.005)

    send(3, "repeat_decoupled", decoupled_inputs(3), request_id="d3")
    send(6, "repeat_decoupled", decoupled_inputs(2), request_id="e2", enable_empty_final_response=True)
    send(7, "repeat_decoupled", decoupled_inputs(0), request_id="e0", enable_empty_final_response=True)
    send(8, "no_such_model", add_sub_inputs(), request_id="bad")
    send(9, "add_sub", add_sub_inputs(), request_id="plain", parameters={"k": "v"})
    send(10, "add_sub", add_sub_inputs(), request_id="seq", sequence_id=3, sequence_start=True)
    out["reserved"] = attempt(
        lambda: client.async_stream_infer(
            "add_sub", add_sub_inputs(), parameters={"triton_enable_empty_final_response": True}
        )
    )
    client.stop_stream()
    out["responses"] = by_request(got)
    got2, callback2, done2 = collect()
    client.start_stream(callback2, stream_timeout=30, headers={"x-s": "1"}, compression_algorithm="gzip")
    client.async_stream_infer("add_sub", add_sub_inputs(), request_id="g")
    done2.wait(10)
    client.stop_stream(cancel_requests=True)
    out["cancelled"] = got2
    client.stop_stream()
    out["stop again"] = "ok"
    return out


# -- asyncio client ----------------------------------------------------------------------------


async def aio_scenarios() -> Any:
    async def attempt_async(coroutine: Any) -> Any:
        try:
            return plain(await coroutine)
        except Exception as exc:
            return plain(exc)

    async with aioclient.InferenceServerClient(URL) as client:
        out: dict[str, Any] = {
            "live": await attempt_async(client.is_server_live()),
            "ready": await attempt_async(client.is_server_ready(headers={"x-a": "b"})),
            "model ready": await attempt_async(client.is_model_ready("add_sub")),
            "server metadata": await attempt_async(client.get_server_metadata(as_json=True)),
            "model metadata": await attempt_async(client.get_model_metadata("add_sub")),
            "config": await attempt_async(client.get_model_config("add_sub", as_json=True)),
            "index type": type(await client.get_model_repository_index()).__name__,
            "statistics keys": sorted(
                (await client.get_inference_statistics("add_sub", as_json=True))["model_stats"][0]
            ),
            "trace": await attempt_async(client.get_trace_settings(as_json=True)),
            "log": await attempt_async(client.get_log_settings()),
            "shm status": ours_only(await client.get_system_shared_memory_status(as_json=True)),
            "cuda status": await attempt_async(client.get_cuda_shared_memory_status()),
            "unregister": await attempt_async(client.unregister_system_shared_memory("tc_none")),
            "infer": await attempt_async(
                client.infer(
                    "add_sub", add_sub_inputs(), outputs=[grpcclient.InferRequestedOutput("OUTPUT0")], request_id="q"
                )
            ),
            "infer parameters": await attempt_async(client.infer("add_sub", add_sub_inputs(), parameters={"p": 2.5})),
            "unknown model": await attempt_async(client.infer("no_such_model", add_sub_inputs())),
            "bad shape": await attempt_async(
                client.infer("add_sub", [*add_sub_inputs()[:1], fp32("INPUT1", A[:, :8])])
            ),
            "reserved": await attempt_async(client.infer("add_sub", add_sub_inputs(), parameters={"timeout": 1})),
            "gzip": await attempt_async(client.infer("add_sub", add_sub_inputs(), compression_algorithm="gzip")),
            "load unknown": await attempt_async(client.load_model("no_such_model")),
            "update log": await attempt_async(
                client.update_log_settings({"log_verbose_level": DEBUG_LEVEL}, as_json=True)
            ),
            "update trace": await attempt_async(client.update_trace_settings(settings={"trace_rate": "1000"})),
        }
        recorder = Recorder()
        client.register_plugin(recorder)
        out["plugin live"] = await attempt_async(client.is_server_live(headers={"x-c": "3"}))
        out["plugin seen"] = recorder.seen
        client.unregister_plugin()

        responses: list[Any] = []

        async def until(count: int) -> None:  # one request at a time (see the blocking stream's)
            for _ in range(2000):
                if len(responses) >= count:
                    return
                await asyncio.sleep(0.005)

        async def requests() -> Any:
            yield {"model_name": "repeat_decoupled", "inputs": decoupled_inputs(3), "request_id": "a3"}
            await until(3)
            yield {"model_name": "no_such_model", "inputs": add_sub_inputs(), "request_id": "bad"}
            await until(4)
            yield {"model_name": "add_sub", "inputs": add_sub_inputs(), "request_id": "p", "parameters": {"k": 1}}
            await until(5)
            yield {"model_name": "add_sub", "inputs": add_sub_inputs(), "sequence_id": 4, "sequence_end": True}

        async for result, error in client.stream_infer(requests(), stream_timeout=30, headers={"x-d": "4"}):
            responses.append(plain(result) if error is None else plain(error))
        # Read to the end: Triton 2.51 also aborts when a stream is cancelled with responses to write.
        out["stream"] = by_request(responses)

        async def not_dicts() -> Any:
            yield ["model_name"]

        async def missing() -> Any:
            yield {"model_name": "add_sub"}

        for name, source in (("not a dict", not_dicts), ("missing inputs", missing)):
            try:
                out[name] = [plain(x) async for x in client.stream_infer(source())]
            except BaseException as exc:  # tritonclient's call ends in asyncio.CancelledError
                out[name] = plain(exc)
        return out


MODELS = sys.argv[3] if len(sys.argv) > 3 else ""
DEBUG_LEVEL = int(os.environ.get("TRITON_VERBOSE", "0"))


def main() -> None:
    report: dict[str, Any] = {}
    only = os.environ.get("SCENARIOS", "").split(",") if os.environ.get("SCENARIOS") else None
    with grpcclient.InferenceServerClient(URL) as client:
        for name, fn in SCENARIOS.items():
            if only is None or name in only:
                report[name] = attempt(lambda fn=fn: fn(client))
    if only is None or "aio" in only:
        report["aio"] = asyncio.run(aio_scenarios())
    print(json.dumps(report, sort_keys=True))


if __name__ == "__main__":
    main()
