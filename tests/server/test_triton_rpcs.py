"""ModelConfig, ModelStatistics, RepositoryIndex, load/unload in both layouts, CUDA shared memory,
trace and log settings: the embedded server through Triton's (and KServe's) generated stubs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc import InferInput, InferRequest
from inference_grpc import protocol as kp
from inference_grpc import triton_protocol as tp
from inference_grpc.server import ModelRegistry, serve_in_thread

from .triton_models import triton_registry


@pytest.fixture(scope="module")
def registry() -> ModelRegistry:
    return triton_registry()


@pytest.fixture(scope="module")
def url(registry: ModelRegistry) -> Iterator[str]:
    with serve_in_thread(registry) as address:
        yield address


@pytest.fixture
def channel(url: str) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(url) as ch:
        yield ch


@pytest.fixture
def stub(channel: grpc.Channel) -> tp.GRPCInferenceServiceSyncStub:
    return tp.GRPCInferenceServiceSyncStub(channel)


def status_of(call: Any) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    return caught.value.code(), caught.value.details() or ""


def probe_request(version: str = "", **parameters: Any) -> tp.ModelInferRequest:
    x = InferInput("X", [2], "FP32")
    x.set_data_from_numpy(np.array([1.0, 2.0], np.float32))
    message = InferRequest("probe", [x], model_version=version or None, parameters=parameters or None).to_grpc()
    return tp.ModelInferRequest.parse(bytes(message))


# -- ModelConfig --------------------------------------------------------------------------------


def test_model_config_from_declarations(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    config = stub.model_config(tp.ModelConfigRequest(name="simple")).config
    assert config is not None
    assert (config.name, config.platform, config.backend, config.max_batch_size) == ("simple", "python", "python", 0)
    assert [(i.name, i.data_type, list(i.dims)) for i in config.input] == [
        ("INPUT0", tp.DataType.TYPE_INT32, [1, 16]),
        ("INPUT1", tp.DataType.TYPE_INT32, [1, 16]),
    ]
    assert [o.name for o in config.output] == ["OUTPUT0", "OUTPUT1"]
    assert config.model_transaction_policy is not None and not config.model_transaction_policy.decoupled
    assert config.version_policy is not None and config.version_policy.specific is not None
    assert list(config.version_policy.specific.versions) == [1]


def test_model_config_batching_bytes_any_and_decoupled(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    batched = stub.model_config(tp.ModelConfigRequest(name="batched")).config
    assert batched is not None and batched.max_batch_size == 4
    assert [list(i.dims) for i in batched.input] == [[3]]  # the batch dimension is not in dims
    classifier = stub.model_config(tp.ModelConfigRequest(name="classifier")).config
    assert classifier is not None
    assert [(o.name, o.data_type) for o in classifier.output] == [
        ("labels", tp.DataType.TYPE_STRING),
        ("scores", tp.DataType.TYPE_FP32),
    ]
    assert classifier.parameters["labels"].string_value == "setosa,versicolor,virginica"
    identity = stub.model_config(tp.ModelConfigRequest(name="identity")).config
    assert identity is not None and identity.input[0].data_type == tp.DataType.TYPE_INVALID  # any datatype
    assert list(identity.input[0].dims) == [-1]
    count = stub.model_config(tp.ModelConfigRequest(name="count", version="1")).config
    assert count is not None and count.model_transaction_policy is not None
    assert count.model_transaction_policy.decoupled


def test_model_config_unknown_is_not_found(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    code, details = status_of(lambda: stub.model_config(tp.ModelConfigRequest(name="nope")))
    assert code == grpc.StatusCode.NOT_FOUND and "unknown model 'nope'" in details
    code, _ = status_of(lambda: stub.model_config(tp.ModelConfigRequest(name="simple", version="9")))
    assert code == grpc.StatusCode.NOT_FOUND


# -- ModelStatistics ------------------------------------------------------------------------------


def _stats(stub: tp.GRPCInferenceServiceSyncStub, name: str, version: str = "") -> list[tp.ModelStatistics]:
    return list(stub.model_statistics(tp.ModelStatisticsRequest(name=name, version=version)).model_stats)


def test_statistics_count_calls_and_durations(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    before = {s.version: s for s in _stats(stub, "probe")}
    assert set(before) == {"1", "2"}
    start_ms = time.time_ns() // 1_000_000
    for _ in range(5):
        stub.model_infer(probe_request("2"))
    code, _ = status_of(lambda: stub.model_infer(probe_request("2", fail=True)))
    assert code == grpc.StatusCode.INTERNAL
    list(stub.model_stream_infer(iter([probe_request("2")])))  # a stream request counts too
    after = {s.version: s for s in _stats(stub, "probe")}
    old, new = before["2"], after["2"]
    assert new.inference_count - old.inference_count == 6
    assert new.execution_count - old.execution_count == 6
    assert new.last_inference >= start_ms
    inf, prev = new.inference_stats, old.inference_stats
    assert inf is not None and prev is not None
    for phase in ("success", "queue", "compute_input", "compute_infer", "compute_output"):
        assert getattr(inf, phase).count - getattr(prev, phase).count == 6, phase
    assert inf.fail.count - prev.fail.count == 1
    assert inf.compute_infer.ns - prev.compute_infer.ns >= 6 * 2_000_000  # the model sleeps 2 ms a call
    assert inf.success.ns - prev.success.ns >= inf.compute_infer.ns - prev.compute_infer.ns
    assert [b.batch_size for b in new.batch_stats] == [1]
    assert after["1"].inference_count == before["1"].inference_count  # the other version is untouched


def test_statistics_batch_sizes_and_filters(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    x = InferInput("X", [3, 3], "FP32")
    x.set_data_from_numpy(np.ones((3, 3), np.float32))
    before = _stats(stub, "batched")[0].inference_count
    stub.model_infer(tp.ModelInferRequest.parse(bytes(InferRequest("batched", [x]).to_grpc())))
    (stats,) = _stats(stub, "batched")
    assert stats.inference_count - before == 3 and [b.batch_size for b in stats.batch_stats] == [3]
    names = {(s.name, s.version) for s in _stats(stub, "")}
    assert ("probe", "1") in names and ("probe", "2") in names and ("simple", "1") in names
    assert [s.version for s in _stats(stub, "probe", "1")] == ["1"]


def test_statistics_unknown_model_or_version_is_invalid_argument(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    code, details = status_of(lambda: _stats(stub, "nope"))
    assert (code, details) == (grpc.StatusCode.INVALID_ARGUMENT, "requested model 'nope' is not available")
    code, details = status_of(lambda: _stats(stub, "probe", "7"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "version '7'" in details


def test_batch_larger_than_max_batch_size_is_invalid_argument(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    x = InferInput("X", [5, 3], "FP32")
    x.set_data_from_numpy(np.ones((5, 3), np.float32))
    message = tp.ModelInferRequest.parse(bytes(InferRequest("batched", [x]).to_grpc()))
    code, details = status_of(lambda: stub.model_infer(message))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "exceeds its max_batch_size 4" in details


# -- RepositoryIndex and load/unload ----------------------------------------------------------------


def test_repository_index_states_and_ready_filter(
    stub: tp.GRPCInferenceServiceSyncStub, registry: ModelRegistry
) -> None:
    registry.unload("count_threaded")
    try:
        index = {
            (m.name, m.version): (m.state, m.reason) for m in stub.repository_index(tp.RepositoryIndexRequest()).models
        }
        assert index[("simple", "1")] == ("READY", "")
        assert index[("probe", "1")] == index[("probe", "2")] == ("READY", "")
        assert index[("count_threaded", "1")] == ("UNAVAILABLE", "unloaded")
        ready = {m.name for m in stub.repository_index(tp.RepositoryIndexRequest(ready=True)).models}
        assert "simple" in ready and "count_threaded" not in ready
    finally:
        registry.load("count_threaded")
    code, _ = status_of(lambda: stub.repository_index(tp.RepositoryIndexRequest(repository_name="other")))
    assert code == grpc.StatusCode.UNIMPLEMENTED


def test_load_unload_in_triton_layout(stub: tp.GRPCInferenceServiceSyncStub, registry: ModelRegistry) -> None:
    # Triton's layout: model_name is field 2, repository_name field 1 (empty).
    reply = stub.repository_model_unload(tp.RepositoryModelUnloadRequest(model_name="count_async"))
    assert bytes(reply) == b"" and not registry.is_ready("count_async")
    stub.repository_model_load(tp.RepositoryModelLoadRequest(model_name="count_async"))
    assert registry.is_ready("count_async")
    code, _ = status_of(lambda: stub.repository_model_load(tp.RepositoryModelLoadRequest(model_name="nope")))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _ = status_of(
        lambda: stub.repository_model_load(tp.RepositoryModelLoadRequest(repository_name="r", model_name="count"))
    )
    assert code == grpc.StatusCode.UNIMPLEMENTED
    config = tp.RepositoryModelLoadRequest(
        model_name="count", parameters={"config": tp.ModelRepositoryParameter(string_param="{}")}
    )
    code, details = status_of(lambda: stub.repository_model_load(config))
    assert code == grpc.StatusCode.UNIMPLEMENTED and "'config'" in details


def test_load_unload_in_kserve_layout(channel: grpc.Channel, registry: ModelRegistry) -> None:
    kserve = kp.GRPCInferenceServiceSyncStub(channel)  # model_name in field 1
    reply = kserve.repository_model_unload(kp.RepositoryModelUnloadRequest(model_name="count_async"))
    assert (reply.model_name, reply.is_unloaded, registry.is_ready("count_async")) == ("count_async", True, False)
    reply2 = kserve.repository_model_load(kp.RepositoryModelLoadRequest(model_name="count_async"))
    assert (reply2.model_name, reply2.is_loaded, registry.is_ready("count_async")) == ("count_async", True, True)


# -- CUDA shared memory, trace and log settings -------------------------------------------------------


def test_cuda_shared_memory_is_unimplemented(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    calls = [
        lambda: stub.cuda_shared_memory_register(
            tp.CudaSharedMemoryRegisterRequest(name="c", raw_handle=b"\0" * 64, device_id=0, byte_size=64)
        ),
        lambda: stub.cuda_shared_memory_status(tp.CudaSharedMemoryStatusRequest()),
        lambda: stub.cuda_shared_memory_unregister(tp.CudaSharedMemoryUnregisterRequest(name="c")),
    ]
    for call in calls:
        code, details = status_of(call)
        assert code == grpc.StatusCode.UNIMPLEMENTED and "no GPU support" in details


def _log(stub: tp.GRPCInferenceServiceSyncStub, **changes: Any) -> dict[str, Any]:
    settings = {}
    for key, value in changes.items():
        if isinstance(value, bool):
            settings[key] = tp.LogSettingsRequestSettingValue(bool_param=value)
        elif isinstance(value, int):
            settings[key] = tp.LogSettingsRequestSettingValue(uint32_param=value)
        else:
            settings[key] = tp.LogSettingsRequestSettingValue(string_param=value)
    reply = stub.log_settings(tp.LogSettingsRequest(settings=settings))
    return {
        k: next(x for x in (v.bool_param, v.uint32_param, v.string_param) if x is not None)
        for k, v in reply.settings.items()
    }


def test_log_settings_are_stored_and_checked(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    assert _log(stub)["log_verbose_level"] == 0 and _log(stub)["log_info"] is True
    after = _log(stub, log_verbose_level=2, log_info=False)
    assert (after["log_verbose_level"], after["log_info"], after["log_format"]) == (2, False, "default")
    assert _log(stub)["log_verbose_level"] == 2  # kept
    code, details = status_of(lambda: _log(stub, log_colour="red"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "unknown log setting 'log_colour'" in details
    code, details = status_of(lambda: _log(stub, log_info=3))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "takes a bool" in details
    _log(stub, log_verbose_level=0, log_info=True)


def _trace(stub: tp.GRPCInferenceServiceSyncStub, model: str = "", **changes: list[str]) -> dict[str, list[str]]:
    settings = {k: tp.TraceSettingRequestSettingValue(value=v) for k, v in changes.items()}
    reply = stub.trace_setting(tp.TraceSettingRequest(settings=settings, model_name=model))
    return {k: list(v.value) for k, v in reply.settings.items()}


def test_trace_settings_per_model_inherit_the_server_s(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    assert _trace(stub)["trace_level"] == ["OFF"]
    assert _trace(stub, "probe", trace_level=["TIMESTAMPS"], trace_rate=["5"])["trace_rate"] == ["5"]
    assert _trace(stub)["trace_level"] == ["OFF"]  # the server's are unchanged
    _trace(stub, trace_count=["10"])
    probe = _trace(stub, "probe")
    assert (probe["trace_level"], probe["trace_rate"], probe["trace_count"]) == (["TIMESTAMPS"], ["5"], ["10"])
    assert _trace(stub, "probe", trace_rate=[])["trace_rate"] == ["1000"]  # cleared: the server's again
    _trace(stub, trace_count=[])
    code, _ = status_of(lambda: _trace(stub, "nope"))
    assert code == grpc.StatusCode.NOT_FOUND
    code, details = status_of(lambda: _trace(stub, trace_colour=["x"]))
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "unknown trace setting" in details


def test_statistics_of_a_decoupled_model_count_requests_not_responses(stub: tp.GRPCInferenceServiceSyncStub) -> None:
    (before,) = _stats(stub, "count")
    x = InferInput("X", [2], "FP32")
    x.set_data_from_numpy(np.array([1.0, 2.0], np.float32))
    messages = [
        tp.ModelInferRequest.parse(bytes(InferRequest("count", [x], parameters={"n": n}).to_grpc())) for n in (4, 2)
    ]
    assert len(list(stub.model_stream_infer(iter(messages)))) == 6
    (after,) = _stats(stub, "count")
    assert (after.inference_count - before.inference_count, after.execution_count - before.execution_count) == (2, 2)
    assert after.inference_stats is not None and before.inference_stats is not None
    assert after.inference_stats.success.count - before.inference_stats.success.count == 2
