"""A benchmark worker: drives one inference client, timed batch by timed batch, for benchmarks/.

Started by benchmarks/_workers/pool.py as `<python> -I worker.py`, where <python> is the interpreter of
the venv that has the client under test (ours: the repository's .venv; tritonclient and kserve: their
peer venvs). It needs only the standard library, numpy and grpc, plus that one client, imported when
the first message names it; it never imports this repository's code (`-I` keeps the script's folder and
PYTHONPATH off sys.path), so a peer venv runs it as it is.

Protocol: one JSON object per line on stdin, one JSON reply per line on the original stdout (fd 1 is
pointed at stderr once started, so whatever a library prints cannot corrupt the replies). Every reply
has "ok"; a failure replies {"ok": false, "error": <traceback>} and the worker keeps serving.

    {"op": "init", "client": "ours-async", "mode": "fake" | "wire", "data": DIR, "target": "127.0.0.1:PORT"}
    {"op": "prepare", "workload": "tiny", "kind": "seq" | "inflight", "seconds": 0.2, "concurrency": 64,
     "user_loop": false}
        one checked call (the decoded output must equal the expected array), then warm-up;
        replies {"ns_per_call": estimate}
    {"op": "seq", "workload": "tiny", "calls": N, "per_call": true, "user_loop": false}
        N calls one after the other; replies {"wall_ns", "cpu_ns", "minflt"} per call and, with
        per_call, "p50_ns" (median latency of the batch). With "user_loop", the batch is what a user's
        loop does: the GC stays enabled, and each call's result (our clients: the output array, a view
        of the reply) is held until the next call has returned, as `out = ...` in a loop holds it;
        otherwise the GC is disabled (collected before) and each result is dropped at once.
    {"op": "inflight", "workload": "tiny", "calls": N, "concurrency": 64}
        N calls, `concurrency` at a time; replies {"wall_ns", "cpu_ns"} per call and "rps"
    {"op": "quit"}

In "fake" mode grpc.aio.insecure_channel and grpc.insecure_channel are replaced before the client is
built: the client gets a FakeChannel whose ModelInfer multicallable runs the client's own request
serializer and response deserializer on a canned reply, so every client-side step is timed and no
transport is. In "wire" mode the client talks to the canned-response server at "target".
"""

from __future__ import annotations

import asyncio
import gc
import importlib.metadata
import itertools
import json
import os
import resource
import statistics
import sys
import time
import traceback
from collections.abc import Awaitable, Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import grpc
import grpc.aio
import numpy as np

MODEL = "bench"
INPUT = "INPUT0"
OUTPUT = "OUTPUT0"
MODEL_INFER = "/inference.GRPCInferenceService/ModelInfer"
UNLIMITED = [("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)]

Infer = Callable[[], Any]


@dataclass
class Workload:
    name: str
    shape: list[int]
    x: np.ndarray  # the input tensor
    y: np.ndarray  # the output tensor in the canned reply
    request: bytes  # a ModelInferRequest carrying x (for the raw gRPC floor)
    response: bytes  # the canned ModelInferResponse carrying y


def load_workloads(folder: Path) -> dict[str, Workload]:
    manifest = json.loads((folder / "manifest.json").read_text())
    return {
        name: Workload(
            name,
            list(item["shape"]),
            np.load(folder / item["x"]),
            np.load(folder / item["y"]),
            (folder / item["request"]).read_bytes(),
            (folder / item["response"]).read_bytes(),
        )
        for name, item in manifest["workloads"].items()
    }


# -- the fake channel ----------------------------------------------------------------------------


class FakeState:
    """What every fake channel of the process shares: the canned reply and what was sent."""

    def __init__(self) -> None:
        self.reply = b""
        self.channels = 0
        self.calls = 0
        self.keep_request = False
        self.last_request: bytes | None = None
        self.channel_options: list[Any] = []


class _Completed:
    """What awaiting a grpc.aio unary-unary call gives, here without any I/O: the deserialized reply.

    The response deserializer runs when the call is awaited, as with grpc.aio.
    """

    __slots__ = ("_deserializer", "_reply")

    def __init__(self, reply: bytes, deserializer: Callable[[bytes], Any] | None) -> None:
        self._reply = reply
        self._deserializer = deserializer

    def __await__(self) -> Generator[Any, None, Any]:
        deserializer = self._deserializer
        return self._reply if deserializer is None else deserializer(self._reply)
        yield  # unreachable: makes __await__ a generator that finishes at once


class _FakeUnaryUnary:
    """The multicallable of a FakeChannel, with grpc's own call signature (so misuse fails loudly)."""

    def __init__(
        self,
        state: FakeState,
        path: str,
        serializer: Callable[[Any], bytes] | None,
        deserializer: Callable[[bytes], Any] | None,
        aio: bool,
    ) -> None:
        self._state = state
        self._path = path
        self._serializer = serializer
        self._deserializer = deserializer
        self._aio = aio

    def __call__(
        self,
        request: Any,
        *,
        timeout: float | None = None,
        metadata: Any = None,
        credentials: Any = None,
        wait_for_ready: bool | None = None,
        compression: Any = None,
    ) -> Any:
        if self._path != MODEL_INFER:
            raise NotImplementedError(f"the fake channel only answers {MODEL_INFER}, not {self._path}")
        if self._serializer is None:
            # Our client encodes requests itself and hands grpc bytes.
            if type(request) is not bytes:
                raise TypeError(f"no request serializer, so the request must be bytes, not {type(request).__name__}")
            data = request
        else:
            data = self._serializer(request)
        state = self._state
        state.calls += 1
        if state.keep_request:
            state.last_request = bytes(data)
        if self._aio:
            return _Completed(state.reply, self._deserializer)
        return state.reply if self._deserializer is None else self._deserializer(state.reply)


class _Unusable:
    def __init__(self, path: str) -> None:
        self._path = path

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(f"the fake channel does not serve {self._path}")


class FakeChannel:
    """Stands in for grpc.aio.Channel (aio=True) or grpc.Channel: ModelInfer answers the canned reply."""

    def __init__(self, state: FakeState, aio: bool) -> None:
        self._state = state
        self._aio = aio
        state.channels += 1

    def unary_unary(
        self,
        method: str,
        request_serializer: Callable[[Any], bytes] | None = None,
        response_deserializer: Callable[[bytes], Any] | None = None,
        _registered_method: bool | None = False,
    ) -> _FakeUnaryUnary:
        return _FakeUnaryUnary(self._state, method, request_serializer, response_deserializer, self._aio)

    # Generated stubs create every method's multicallable up front; only ModelInfer is ever called.
    def unary_stream(self, method: str, *args: Any, **kwargs: Any) -> _Unusable:
        return _Unusable(method)

    def stream_unary(self, method: str, *args: Any, **kwargs: Any) -> _Unusable:
        return _Unusable(method)

    def stream_stream(self, method: str, *args: Any, **kwargs: Any) -> _Unusable:
        return _Unusable(method)

    def close(self, grace: float | None = None) -> Any:
        if self._aio:
            return asyncio.sleep(0)
        return None


def install_fake_channels(state: FakeState) -> None:
    def aio_channel(target: str, options: Any = None, compression: Any = None, interceptors: Any = None) -> Any:
        state.channel_options.append(list(options or ()))
        return FakeChannel(state, aio=True)

    def sync_channel(target: str, options: Any = None, compression: Any = None) -> Any:
        state.channel_options.append(list(options or ()))
        return FakeChannel(state, aio=False)

    grpc.aio.insecure_channel = aio_channel
    grpc.insecure_channel = sync_channel


# -- the clients ---------------------------------------------------------------------------------


class Client:
    """One client under test: `infer(workload)` is numpy in, numpy out (a coroutine for async clients)."""

    is_async = True
    dist = ""  # the distribution whose version is reported

    def __init__(self, target: str) -> None:
        self.target = target

    def open(self) -> Any:
        raise NotImplementedError

    def infer(self, wl: Workload) -> Any:
        raise NotImplementedError

    def close(self) -> Any:
        return None

    def check(self, result: Any, wl: Workload) -> None:
        """Raise unless `result` is the canned output, decoded."""
        if not isinstance(result, np.ndarray):
            raise AssertionError(f"the client returned a {type(result).__name__}, not an ndarray")
        if result.dtype != np.float32 or list(result.shape) != wl.shape or not np.array_equal(result, wl.y):
            raise AssertionError(
                f"the client decoded {result.dtype} {list(result.shape)} that differs from the canned output"
            )


class KServeApiAsync(Client):
    """An async client with KServe's API (ours is a drop-in); subclasses set the three classes."""

    _cls: Any
    _input: Any
    _request: Any

    async def open(self) -> None:
        self.client = self._cls(self.target)

    async def infer(self, wl: Workload) -> Any:
        tensor = self._input(INPUT, wl.shape, "FP32")
        tensor.set_data_from_numpy(wl.x)
        response = await self.client.infer(self._request(MODEL, infer_inputs=[tensor]))
        return response.outputs[0].as_numpy()

    async def close(self) -> None:
        await self.client.close()


class OursAsync(KServeApiAsync):
    dist = "inference-grpc"

    def __init__(self, target: str) -> None:
        super().__init__(target)
        from inference_grpc import InferenceGRPCClient, InferInput, InferRequest

        self._cls, self._input, self._request = InferenceGRPCClient, InferInput, InferRequest


class OursSync(Client):
    is_async = False
    dist = "inference-grpc"

    def __init__(self, target: str) -> None:
        super().__init__(target)
        from inference_grpc import InferInput, InferRequest, SyncInferenceGRPCClient

        self._cls, self._input, self._request = SyncInferenceGRPCClient, InferInput, InferRequest

    def open(self) -> None:
        self.client = self._cls(self.target)

    def infer(self, wl: Workload) -> Any:
        tensor = self._input(INPUT, wl.shape, "FP32")
        tensor.set_data_from_numpy(wl.x)
        response = self.client.infer(self._request(MODEL, infer_inputs=[tensor]))
        return response.outputs[0].as_numpy()

    def close(self) -> None:
        self.client.close()


class TritonAio(Client):
    dist = "tritonclient"

    def __init__(self, target: str) -> None:
        super().__init__(target)
        import tritonclient.grpc.aio as triton_aio  # type: ignore[import-not-found]
        from tritonclient.grpc import InferInput

        self._cls, self._input = triton_aio.InferenceServerClient, InferInput

    async def open(self) -> None:
        self.client = self._cls(self.target)

    async def infer(self, wl: Workload) -> Any:
        tensor = self._input(INPUT, wl.shape, "FP32")
        tensor.set_data_from_numpy(wl.x)
        result = await self.client.infer(MODEL, [tensor])
        return result.as_numpy(OUTPUT)

    async def close(self) -> None:
        await self.client.close()


class OursTritonAio(TritonAio):
    """Ours through the tritonclient drop-in (inference_grpc.tritonclient.grpc.aio): tritonclient's API."""

    dist = "inference-grpc"

    def __init__(self, target: str) -> None:
        Client.__init__(self, target)
        import inference_grpc.tritonclient.grpc.aio as ours_aio
        from inference_grpc.tritonclient.grpc import InferInput

        self._cls, self._input = ours_aio.InferenceServerClient, InferInput


class _Streaming:
    """tritonclient.grpc.aio's `stream_infer` as a call: each call sends one request on a stream kept
    open for the worker's life and awaits its response (the per-request cost on a live stream)."""

    client: Any
    _input: Any

    async def open(self) -> None:
        await super().open()  # type: ignore[misc]
        self._queue: asyncio.Queue[Any] = asyncio.Queue()

        async def requests() -> Any:
            while (item := await self._queue.get()) is not None:
                yield item

        self._responses = self.client.stream_infer(requests())

    async def infer(self, wl: Workload) -> Any:
        tensor = self._input(INPUT, wl.shape, "FP32")
        tensor.set_data_from_numpy(wl.x)
        self._queue.put_nowait({"model_name": MODEL, "inputs": [tensor]})
        result, error = await self._responses.__anext__()
        if error is not None:
            raise error
        return result.as_numpy(OUTPUT)

    async def close(self) -> None:
        self._queue.put_nowait(None)
        async for _ in self._responses:
            pass
        await super().close()  # type: ignore[misc]


class TritonAioStream(_Streaming, TritonAio):
    pass


class OursTritonAioStream(_Streaming, OursTritonAio):
    pass


class KServe(KServeApiAsync):
    dist = "kserve"

    def __init__(self, target: str) -> None:
        super().__init__(target)
        from kserve import InferenceGRPCClient, InferInput, InferRequest  # type: ignore[import-not-found]

        self._cls, self._input, self._request = InferenceGRPCClient, InferInput, InferRequest


class RawAio(Client):
    """The floor: one grpc.aio unary-unary call of prebuilt request bytes, no (de)serializers."""

    dist = "grpcio"

    async def open(self) -> None:
        self.channel = grpc.aio.insecure_channel(self.target, options=UNLIMITED)
        self.call: Any = self.channel.unary_unary(MODEL_INFER)

    def infer(self, wl: Workload) -> Any:
        return self.call(wl.request)

    async def close(self) -> None:
        await self.channel.close()

    def check(self, result: Any, wl: Workload) -> None:
        if result != wl.response:
            raise AssertionError("the raw call did not return the canned response bytes")


class RawSync(Client):
    """The blocking floor: grpc.Channel.unary_unary with prebuilt request bytes."""

    is_async = False
    dist = "grpcio"

    def open(self) -> None:
        self.channel = grpc.insecure_channel(self.target, options=UNLIMITED)
        self.call: Any = self.channel.unary_unary(MODEL_INFER)

    def infer(self, wl: Workload) -> Any:
        return self.call(wl.request)

    def close(self) -> None:
        self.channel.close()

    check = RawAio.check


CLIENTS: dict[str, type[Client]] = {
    "ours-async": OursAsync,
    "ours-sync": OursSync,
    "triton": TritonAio,
    "ours-tc": OursTritonAio,
    "triton-stream": TritonAioStream,
    "ours-tc-stream": OursTritonAioStream,
    "kserve": KServe,
    "raw-aio": RawAio,
    "raw-aio-twin": RawAio,  # the floor in a second process: the noise between identical clients
    "raw-sync": RawSync,
}


# -- timing --------------------------------------------------------------------------------------


async def _seq_async(infer: Infer, calls: int, per_call: bool, hold: bool) -> tuple[int, list[int]]:
    clock = time.perf_counter_ns
    samples: list[int] = []
    held: Any = None
    start = clock()
    if hold:  # the previous result is released when the next one is assigned, as in a user's loop
        for _ in range(calls):
            began = clock()
            held = await infer()
            samples.append(clock() - began)
    elif per_call:
        for _ in range(calls):
            began = clock()
            await infer()
            samples.append(clock() - began)
    else:
        for _ in range(calls):
            await infer()
    wall = clock() - start
    del held
    return wall, samples


def _seq_sync(infer: Infer, calls: int, per_call: bool, hold: bool) -> tuple[int, list[int]]:
    clock = time.perf_counter_ns
    samples: list[int] = []
    held: Any = None
    start = clock()
    if hold:
        for _ in range(calls):
            began = clock()
            held = infer()
            samples.append(clock() - began)
    elif per_call:
        for _ in range(calls):
            began = clock()
            infer()
            samples.append(clock() - began)
    else:
        for _ in range(calls):
            infer()
    wall = clock() - start
    del held
    return wall, samples


def _minflt() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


async def _inflight_async(infer: Infer, calls: int, concurrency: int) -> int:
    counter = itertools.count()

    async def lane() -> None:
        while next(counter) < calls:
            await infer()

    start = time.perf_counter_ns()
    await asyncio.gather(*(lane() for _ in range(concurrency)))
    return time.perf_counter_ns() - start


def _inflight_threads(infer: Infer, calls: int, pool: ThreadPoolExecutor, concurrency: int) -> int:
    counter = itertools.count()  # next() on it is atomic under the GIL

    def lane() -> None:
        while next(counter) < calls:
            infer()

    start = time.perf_counter_ns()
    futures = [pool.submit(lane) for _ in range(concurrency)]
    for future in futures:
        future.result()
    return time.perf_counter_ns() - start


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        self.mode = config["mode"]
        self.client_name = config["client"]
        self.fake = FakeState()
        if self.mode == "fake":
            install_fake_channels(self.fake)
        elif self.mode != "wire":
            raise ValueError(f"unknown mode {self.mode!r}")
        self.workloads = load_workloads(Path(config["data"]))
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        self.client = CLIENTS[self.client_name](config.get("target") or "127.0.0.1:1")
        self._run(self.client.open())
        if self.mode == "fake" and not self.fake.channels:
            raise AssertionError("the client did not create its channel with the patched grpc function")
        self.threads: ThreadPoolExecutor | None = None

    def _run(self, maybe_coroutine: Any) -> Any:
        if isinstance(maybe_coroutine, Awaitable):
            return self.loop.run_until_complete(self._awaited(maybe_coroutine))
        return maybe_coroutine

    @staticmethod
    async def _awaited(awaitable: Awaitable[Any]) -> Any:
        return await awaitable

    def versions(self) -> dict[str, str]:
        out = {"python": sys.version.split()[0], "executable": sys.executable}
        for dist in ("numpy", "grpcio", "protobuf", self.client.dist):
            try:
                out[dist] = importlib.metadata.version(dist)
            except importlib.metadata.PackageNotFoundError:
                out[dist] = "not installed"
        ours = "inference_grpc" in sys.modules
        if ours and self.client_name not in ("ours-async", "ours-sync", "ours-tc", "ours-tc-stream"):
            raise AssertionError("a third-party client's worker imported inference_grpc")
        return out

    def _infer(self, wl: Workload) -> Infer:
        client = self.client
        return lambda: client.infer(wl)

    def _one(self, wl: Workload) -> Any:
        self.fake.reply = wl.response
        return self._run(self.client.infer(wl))

    def check(self, wl: Workload) -> None:
        self.fake.keep_request = self.mode == "fake"
        try:
            result = self._one(wl)
        finally:
            self.fake.keep_request = False
        self.client.check(result, wl)
        if self.mode == "fake":
            sent = self.fake.last_request
            if sent is None or wl.x.tobytes() not in sent:
                raise AssertionError("the request the client serialized does not carry the input tensor")
        self.fake.last_request = None

    def seq(self, wl: Workload, calls: int, per_call: bool, user_loop: bool = False) -> dict[str, Any]:
        self.fake.reply = wl.response
        infer = self._infer(wl)
        if not user_loop:
            gc.collect()
            gc.disable()
        try:
            faults = _minflt()
            cpu = time.process_time_ns()
            if self.client.is_async:
                wall, samples = self.loop.run_until_complete(_seq_async(infer, calls, per_call, user_loop))
            else:
                wall, samples = _seq_sync(infer, calls, per_call, user_loop)
            cpu = time.process_time_ns() - cpu
            faults = _minflt() - faults
        finally:
            gc.enable()
        reply: dict[str, Any] = {
            "wall_ns": wall / calls,
            "cpu_ns": cpu / calls,
            "minflt": faults / calls,
            "calls": calls,
        }
        if per_call:
            reply["p50_ns"] = statistics.median(samples)
        return reply

    def inflight(self, wl: Workload, calls: int, concurrency: int) -> dict[str, Any]:
        self.fake.reply = wl.response
        infer = self._infer(wl)
        gc.collect()
        gc.disable()
        try:
            cpu = time.process_time_ns()
            if self.client.is_async:
                wall = self.loop.run_until_complete(_inflight_async(infer, calls, concurrency))
            else:
                if self.threads is None:
                    self.threads = ThreadPoolExecutor(concurrency, thread_name_prefix="lane")
                wall = _inflight_threads(infer, calls, self.threads, concurrency)
            cpu = time.process_time_ns() - cpu
        finally:
            gc.enable()
        return {"wall_ns": wall / calls, "cpu_ns": cpu / calls, "rps": calls / (wall / 1e9), "calls": calls}

    def prepare(
        self, wl: Workload, kind: str, seconds: float, concurrency: int, user_loop: bool = False
    ) -> dict[str, Any]:
        """Check one call, then warm up for about `seconds` (as the batches will run); estimate the time per call."""
        self.check(wl)
        calls, spent, estimate = 1, 0.0, 0.0
        while True:
            if kind == "inflight":
                reply = self.inflight(wl, max(calls, concurrency), concurrency)
            else:
                reply = self.seq(wl, calls, per_call=False, user_loop=user_loop)
            done = reply["calls"]
            estimate = reply["wall_ns"]
            spent += estimate * done / 1e9
            if spent >= seconds:
                break
            calls = max(1, min(done * 2, int((seconds - spent) * 1e9 / max(estimate, 1.0)) + 1))
        self.check(wl)  # still right after the warm-up
        return {"ns_per_call": estimate, "fake_calls": self.fake.calls}

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        op = message["op"]
        wl = self.workloads[message["workload"]]
        if op == "prepare":
            return self.prepare(
                wl,
                message["kind"],
                float(message["seconds"]),
                int(message.get("concurrency", 1)),
                bool(message.get("user_loop", False)),
            )
        if op == "seq":
            return self.seq(
                wl, int(message["calls"]), bool(message.get("per_call", False)), bool(message.get("user_loop", False))
            )
        if op == "inflight":
            return self.inflight(wl, int(message["calls"]), int(message["concurrency"]))
        raise ValueError(f"unknown op {op!r}")

    def close(self) -> None:
        try:
            self._run(self.client.close())
        finally:
            if self.threads is not None:
                self.threads.shutdown(wait=True)
            self.loop.close()


def _reply(out: BinaryIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload).encode() + b"\n")
    out.flush()


def main() -> int:
    # Replies go to the original stdout only; anything else written to fd 1 lands on stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    worker: Worker | None = None
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        message: dict[str, Any] = {}
        try:
            message = json.loads(line)
            if message["op"] == "quit":
                break
            if message["op"] == "init":
                worker = Worker(message)
                _reply(out, {"ok": True, "versions": worker.versions()})
                continue
            if worker is None:
                raise RuntimeError("the first message must be init")
            _reply(out, {"ok": True, **worker.handle(message)})
        except Exception as exc:
            traceback.print_exc()
            _reply(out, {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()})
            if message.get("op") == "init":
                return 1
    if worker is not None:
        worker.close()
    _reply(out, {"ok": True, "bye": True})
    return 0


if __name__ == "__main__":
    sys.exit(main())
