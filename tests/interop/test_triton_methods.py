"""Triton's non-streaming methods against real Triton, KServe and MLServer processes.

Triton implements them all; KServe and MLServer answer UNIMPLEMENTED for what they lack, which
the client raises as an RpcError naming the method and the server. Every test leaves the server as
it found it (models loaded, settings restored, regions unregistered): the servers are shared by
the whole session.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import grpc
import numpy as np
import peers
import pytest

from inference_grpc import (
    InferenceGRPCClient,
    InferInput,
    InferRequest,
    InvalidInput,
    RequestedOutput,
    RpcError,
    SyncInferenceGRPCClient,
)
from inference_grpc.shared_memory import SharedMemoryRegion

T = TypeVar("T")
ADD_SUB_PY = Path(peers.MODELS_DIR) / "triton" / "add_sub" / "model.py"


async def _outcome(call: Callable[[], Awaitable[T]], peer: peers.Peer) -> tuple[T | None, str | None]:
    """(result, None), or (None, the status name) for an UNIMPLEMENTED answer, checked to name
    the method and the server on one line."""
    try:
        return await call(), None
    except RpcError as exc:
        if exc.code() != grpc.StatusCode.UNIMPLEMENTED:
            raise
        text = str(exc)
        assert peer.url in text and exc.method in text and "\n" not in text, text
        return None, exc.code().name


def _add_sub(n: int = 1) -> InferRequest:
    inputs = [InferInput("INPUT0", [n, 16], "FP32"), InferInput("INPUT1", [n, 16], "FP32")]
    inputs[0].set_data_from_numpy(np.arange(n * 16, dtype=np.float32).reshape(n, 16))
    inputs[1].set_data_from_numpy(np.full((n, 16), 2.0, np.float32))
    return InferRequest("add_sub", inputs)


def _add_sub_config(max_batch_size: int, datatype: str = "TYPE_FP32") -> dict[str, Any]:
    tensors = lambda *names: [{"name": n, "data_type": datatype, "dims": [16]} for n in names]  # noqa: E731
    return {
        "backend": "python",
        "max_batch_size": max_batch_size,
        "input": tensors("INPUT0", "INPUT1"),
        "output": tensors("OUTPUT0", "OUTPUT1"),
        "instance_group": [{"kind": "KIND_CPU", "count": 1}],
    }


async def test_model_config(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        config, status = await _outcome(lambda: client.model_config("add_sub"), peer)
    if peer.name == "triton":
        assert config is not None
        assert (config.name, config.backend, config.max_batch_size) == ("add_sub", "python", 8)
        assert [(t.name, list(t.dims)) for t in config.input] == [("INPUT0", [16]), ("INPUT1", [16])]
        assert config.output[0].data_type.name == "TYPE_FP32"
        record["model_config"] = f"yes (max_batch_size {config.max_batch_size}, {len(config.input)} inputs)"
    else:
        record["model_config"] = str(status)


async def test_model_statistics_after_n_calls(peer: peers.Peer, record: dict[str, str]) -> None:
    n = 5

    def counts(stats: Any) -> tuple[int, int]:
        (model,) = [s for s in stats.model_stats if s.name == "add_sub"]
        return model.inference_count, model.inference_stats.success.count

    async with InferenceGRPCClient(peer.url) as client:
        before, status = await _outcome(lambda: client.model_statistics("add_sub"), peer)
        if before is None:
            record["model_statistics after N calls"] = str(status)
            return
        for _ in range(n):
            await client.infer(_add_sub())
        # Triton records a request's statistics just after it answers: wait for the last one.
        for _ in range(50):
            after = await client.model_statistics("add_sub")
            (inferences, successes), (inferences0, successes0) = counts(after), counts(before)
            if (inferences - inferences0, successes - successes0) >= (n, n):
                break
            await asyncio.sleep(0.1)
        everything = await client.model_statistics()
    assert (inferences - inferences0, successes - successes0) == (n, n)
    model = next(s for s in after.model_stats if s.name == "add_sub")
    assert model.inference_stats.success.ns > 0 and model.last_inference > 0
    assert {s.name for s in everything.model_stats} >= {"add_sub", "identity_fp32"}
    record["model_statistics after N calls"] = f"yes (+{n} inferences, +{n} successes after {n} calls)"


async def test_repository_index(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        index, status = await _outcome(lambda: client.repository_index(), peer)
        ready = await client.repository_index(ready=True) if index is not None else None
    if index is None:
        record["repository_index"] = str(status)
        return
    assert ready is not None
    names = {m.name for m in index}
    assert {"add_sub", "add_sub_int32", "identity_fp32"} <= names
    assert {m.name for m in ready} <= names and "add_sub" in {m.name for m in ready}
    states = sorted({m.state for m in index})
    record["repository_index"] = f"yes ({len(index)} models; states {', '.join(states)})"


async def test_load_with_config_and_files(peer: peers.Peer, record: dict[str, str]) -> None:
    files = {"file:1/model.py": ADD_SUB_PY.read_bytes()}
    async with InferenceGRPCClient(peer.url) as client:
        try:
            # A model that is nowhere in the repository: its config and files come with the request.
            await client.load_model("add_sub_from_files", config=_add_sub_config(4), files=files)
        except InvalidInput as exc:
            assert peer.name == "kserve" and "KServe layout" in str(exc)
            record["load_model with config / files"] = "InvalidInput before sending (KServe's layout has neither)"
            return
        except RpcError as exc:
            record["load_model with config / files"] = f"{exc.code().name}: {exc.details()[:50]}"
            return
        try:
            request = _add_sub()
            request.model_name = "add_sub_from_files"
            out = (await client.infer(request)).get_output_by_name("OUTPUT0")
            assert out is not None
            np.testing.assert_array_equal(out.as_numpy(), np.arange(16, dtype=np.float32).reshape(1, 16) + 2)
            assert (await client.model_config("add_sub_from_files")).max_batch_size == 4
            # A config override of a repository model (kept by Triton over plain reloads), then an
            # unload and a load from the repository's files again.
            await client.load_model("add_sub_int32", config=json.dumps(_add_sub_config(2, "TYPE_INT32")))
            overridden = (await client.model_config("add_sub_int32")).max_batch_size
            await client.unload_model("add_sub_int32")
            await client.load_model("add_sub_int32")
            restored = (await client.model_config("add_sub_int32")).max_batch_size
        finally:
            await client.unload_model("add_sub_from_files")
            if not await client.is_model_ready("add_sub_int32"):
                await client.load_model("add_sub_int32")
        assert (overridden, restored) == (2, 8)
        assert not await client.is_model_ready("add_sub_from_files")
    record["load_model with config / files"] = "yes (model from files runs; config override, then repository reload)"


async def test_system_shared_memory_round_trip(peer: peers.Peer, record: dict[str, str]) -> None:
    a = np.arange(32, dtype=np.float32).reshape(2, 16)
    b = np.full((2, 16), 3.0, np.float32)
    async with InferenceGRPCClient(peer.url) as client:
        with SharedMemoryRegion.create(4 * a.nbytes) as region:
            _, status = await _outcome(
                lambda: client.register_system_shared_memory("io", region.key, region.byte_size), peer
            )
            if status is not None:
                for method in (client.system_shared_memory_status, client.unregister_system_shared_memory):
                    assert (await _outcome(method, peer))[1] == status
                record["system shared memory (register, infer in and out, status, unregister)"] = status
                return
            try:
                region.write(a, 0)
                region.write(b, a.nbytes)
                status_all = await client.system_shared_memory_status()
                status_one = await client.system_shared_memory_status("io")
                x0, x1 = InferInput("INPUT0", [2, 16], "FP32"), InferInput("INPUT1", [2, 16], "FP32")
                x0.set_shared_memory("io", a.nbytes)
                x1.set_shared_memory("io", b.nbytes, offset=a.nbytes)
                out0, out1 = RequestedOutput("OUTPUT0"), RequestedOutput("OUTPUT1")
                out0.set_shared_memory("io", a.nbytes, offset=2 * a.nbytes)
                response = await client.infer(InferRequest("add_sub", [x0, x1], request_outputs=[out0, out1]))
                in_region = region.as_numpy([2, 16], "FP32", offset=2 * a.nbytes)
                np.testing.assert_array_equal(in_region, a + b)
                first, second = response.get_output_by_name("OUTPUT0"), response.get_output_by_name("OUTPUT1")
                assert first is not None and second is not None
                np.testing.assert_array_equal(second.as_numpy(), a - b)  # the one sent in the message
                with pytest.raises(InvalidInput, match="shared memory"):
                    first.as_numpy()  # written into the region: no contents in the message
                # An input mixed with one sent inline: the inline one's raw contents still match it.
                x1.set_data_from_numpy(b)
                again = await client.infer(InferRequest("add_sub", [x0, x1], request_outputs=[out0]))
                assert [o.name for o in again.outputs] == ["OUTPUT0"]
                np.testing.assert_array_equal(region.as_numpy([2, 16], "FP32", offset=2 * a.nbytes), a + b)
            finally:
                await _unregister_when_released(client, "io")
            after = await client.system_shared_memory_status()
    assert status_all["io"].key == region.key and status_all["io"].byte_size == region.byte_size
    assert list(status_one) == ["io"] and "io" not in after
    record["system shared memory (register, infer in and out, status, unregister)"] = "yes"


async def test_cuda_shared_memory_without_gpu(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        regions, status = await _outcome(lambda: client.cuda_shared_memory_status(), peer)
        if status is not None:
            assert (await _outcome(lambda: client.register_cuda_shared_memory("gpu", bytes(64), 0, 64), peer))[1]
            assert (await _outcome(lambda: client.unregister_cuda_shared_memory(), peer))[1] == status
            record["CUDA shared memory (no GPU)"] = status
            return
        with pytest.raises(RpcError) as refused:
            await client.register_cuda_shared_memory("gpu", bytes(64), 0, 64)  # no GPU, no such handle
        await client.unregister_cuda_shared_memory()
    assert regions == {} and refused.value.code() != grpc.StatusCode.OK
    assert "CudaSharedMemoryRegister" in str(refused.value) and "'gpu'" not in str(refused.value)
    record["CUDA shared memory (no GPU)"] = f"status {{}}; register {refused.value.code().name}; unregister OK"


async def test_trace_and_log_settings(peer: peers.Peer, record: dict[str, str]) -> None:
    async with InferenceGRPCClient(peer.url) as client:
        trace, status = await _outcome(lambda: client.trace_settings(), peer)
        if trace is None:
            assert (await _outcome(lambda: client.log_settings(), peer))[1] == status
            assert (await _outcome(lambda: client.update_log_settings({"log_info": True}), peer))[1] == status
            record["trace and log settings (read, change, reset)"] = str(status)
            return
        assert {"trace_level", "trace_rate"} <= set(trace)
        log = await client.log_settings()
        try:
            changed = await client.update_trace_settings("add_sub", {"trace_rate": 7, "trace_count": ["5"]})
            model = await client.trace_settings("add_sub")
            server_wide = await client.trace_settings()
            reset = await client.update_trace_settings("add_sub", {"trace_rate": None, "trace_count": None})
            louder = await client.update_log_settings({"log_verbose_level": 1, "log_info": False})
        finally:
            restored = await client.update_log_settings({k: log[k] for k in ("log_verbose_level", "log_info")})
    assert changed["trace_rate"] == ["7"] and changed["trace_count"] == ["5"] and model == changed
    assert server_wide["trace_rate"] == trace["trace_rate"]  # only the model's settings changed
    assert reset["trace_rate"] == trace["trace_rate"] and reset["trace_count"] == trace["trace_count"]
    assert (louder["log_verbose_level"], louder["log_info"]) == (1, False)
    assert restored == log
    record["trace and log settings (read, change, reset)"] = "yes"


async def test_triton_methods_sync_twin(peer: peers.Peer, record: dict[str, str]) -> None:
    def run() -> str:
        with SyncInferenceGRPCClient(peer.url) as client:
            seen = []
            for name, call in (
                ("model_config", lambda: client.model_config("add_sub").name),
                ("model_statistics", lambda: len(client.model_statistics("add_sub").model_stats)),
                ("repository_index", lambda: len(client.repository_index())),
                ("log_settings", lambda: len(client.log_settings())),
                ("system_shared_memory_status", lambda: client.system_shared_memory_status()),
            ):
                try:
                    assert call() is not None
                    seen.append(name)
                except RpcError as exc:
                    assert exc.code() == grpc.StatusCode.UNIMPLEMENTED and peer.url in str(exc)
            with SharedMemoryRegion.create(64) as region:
                region.write(np.arange(16, dtype=np.float32))
                try:
                    client.register_system_shared_memory("sync_io", region.key, 64)
                except RpcError as exc:
                    assert exc.code() == grpc.StatusCode.UNIMPLEMENTED
                    return ", ".join(seen) or "UNIMPLEMENTED"
                try:
                    x = InferInput("INPUT0", [16], "FP32")
                    x.set_shared_memory("sync_io", 64)
                    out = client.infer(InferRequest("identity_fp32", [x])).get_output_by_name("OUTPUT0")
                    assert out is not None
                    np.testing.assert_array_equal(out.as_numpy(), np.arange(16, dtype=np.float32))
                    seen.append("shm infer")
                finally:
                    for _ in range(50):  # as _unregister_when_released, blocking
                        try:
                            client.unregister_system_shared_memory("sync_io")
                            break
                        except RpcError as error:
                            if "currently in use" not in error.details():
                                raise
                            time.sleep(0.1)
                    else:
                        client.unregister_system_shared_memory("sync_io")
            return ", ".join(seen)

    record["sync client: Triton methods that answered"] = await asyncio.to_thread(run)


async def _unregister_when_released(client: InferenceGRPCClient, name: str) -> None:
    """Triton 2.51 releases a region shortly after the response that used it (before that, it
    refuses to unregister it: INTERNAL "currently in use"); wait up to 5 s for the release."""
    for _ in range(50):
        try:
            await client.unregister_system_shared_memory(name)
            return
        except RpcError as error:
            if "currently in use" not in error.details():
                raise
            await asyncio.sleep(0.1)
    await client.unregister_system_shared_memory(name)


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_unload_and_load_in_the_servers_layout(peer: peers.Peer, flavour: str) -> None:
    """load/unload reach Triton and MLServer in their layout (the KServe peer's repository RPCs are
    broken on the server side, and its row in the table says so)."""
    if peer.name == "kserve":
        pytest.skip("KServe 0.21's RepositoryModelLoad/Unload fail on the server (see the compat table)")

    def sync_run() -> tuple[bool, bool]:
        with SyncInferenceGRPCClient(peer.url) as client:
            client.unload_model("add_sub_int32")
            gone = not client.is_model_ready("add_sub_int32")
            loaded = client.load_model("add_sub_int32")
            return gone, loaded.is_loaded and client.is_model_ready("add_sub_int32")

    async def async_run() -> tuple[bool, bool]:
        async with InferenceGRPCClient(peer.url) as client:
            await client.unload_model("add_sub_int32")
            gone = not await client.is_model_ready("add_sub_int32")
            loaded = await client.load_model("add_sub_int32")
            return gone, loaded.is_loaded and await client.is_model_ready("add_sub_int32")

    try:
        result = await (asyncio.to_thread(sync_run) if flavour == "sync" else async_run())
    finally:
        async with InferenceGRPCClient(peer.url) as client:
            if not await client.is_model_ready("add_sub_int32"):
                with contextlib.suppress(RpcError):
                    await client.load_model("add_sub_int32")
    assert result == (True, True)
