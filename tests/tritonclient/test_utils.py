"""inference_grpc.tritonclient's pieces on their own: BF16 serialization, shared memory lifetimes,
the extra's error, errors from gRPC, options and plugins, tensors and results."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import uuid
from pathlib import Path

import grpc
import ml_dtypes
import numpy as np
import pytest

from inference_grpc import InferOutput, InferResponse, RpcError
from inference_grpc.tritonclient import grpc as grpcclient
from inference_grpc.tritonclient import utils
from inference_grpc.tritonclient.grpc import auth
from inference_grpc.tritonclient.utils import shared_memory as shm


def test_bf16_serialization_truncates_float32_and_keeps_bfloat16() -> None:
    values = np.array([1.0, -2.5, 3.1415927, 1e-30, np.inf], dtype=np.float32)
    serialized = utils.serialize_bf16_tensor(values)
    assert serialized.dtype == np.object_ and serialized.shape == ()
    # Truncation: the upper two bytes of each little-endian float32.
    expected = b"".join(struct.pack("<f", float(v))[2:] for v in values)
    assert serialized.item() == expected
    back = utils.deserialize_bf16_tensor(serialized.item())
    assert back.dtype == np.float32
    assert back.tolist() == [struct.unpack("<f", b"\x00\x00" + expected[i : i + 2])[0] for i in range(0, 10, 2)]
    bf16 = np.array([[1.5, -3.0]], dtype=ml_dtypes.bfloat16)
    assert utils.serialize_bf16_tensor(bf16).item() == bf16.tobytes()
    assert utils.deserialize_bf16_tensor(bf16.tobytes()).tolist() == [1.5, -3.0]
    assert utils.serialize_bf16_tensor(np.zeros(0, np.float32)).shape == (0,)
    with pytest.raises(utils.InferenceServerException, match="invalid datatype"):
        utils.serialize_bf16_tensor(np.zeros(2, np.float64))
    with pytest.raises(utils.InferenceServerException, match="3 bytes"):
        utils.deserialize_bf16_tensor(b"abc")


def test_truncated_bytes_tensor_is_an_inference_server_exception() -> None:
    with pytest.raises(utils.InferenceServerException, match="runs past the end"):
        utils.deserialize_bytes_tensor(b"\x05\x00\x00\x00ab")
    assert utils.np_to_triton_dtype(np.dtype("<U3")) == "BYTES"  # tritonclient: None
    assert utils.np_to_triton_dtype(np.dtype(">f4")) == "FP32"  # tritonclient: None
    assert utils.np_to_triton_dtype("not a dtype") is None


def _key() -> str:
    return f"/igtest-{uuid.uuid4().hex[:12]}"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_regions_outlive_the_process_that_made_them_or_attached_to_them() -> None:
    key = _key()
    path = Path("/dev/shm") / key.lstrip("/")
    try:
        make = _python(
            "import numpy as np\nfrom inference_grpc.tritonclient.utils import shared_memory as shm\n"
            f"h = shm.create_shared_memory_region('r', {key!r}, 16)\n"
            "shm.set_shared_memory_region(h, [np.arange(4, dtype=np.int32)])\n"
        )
        assert make.returncode == 0 and make.stderr == "", make.stderr
        assert path.exists()  # nothing unlinked it at exit, and the resource tracker said nothing
        attach = _python(
            "import numpy as np\nfrom inference_grpc.tritonclient.utils import shared_memory as shm\n"
            f"h = shm.create_shared_memory_region('r', {key!r}, 16)\n"
            "print(shm.get_contents_as_numpy(h, np.int32, [4]).tolist())\n"
            "shm.destroy_shared_memory_region(h)\n"  # attached, not created: destroying does not unlink
        )
        assert attach.returncode == 0 and attach.stderr == "", attach.stderr
        assert attach.stdout.strip() == "[0, 1, 2, 3]"
        assert path.exists()
        # This process attaches too, then destroys: still not its region to unlink.
        handle = shm.create_shared_memory_region("r", key, 16)
        shm.destroy_shared_memory_region(handle)
        assert path.exists()
    finally:
        if path.exists():
            path.unlink()


def test_destroy_unlinks_what_this_process_created_and_names_a_live_view() -> None:
    key = _key()
    handle = shm.create_shared_memory_region("r", key, 8)
    assert key in shm.mapped_shared_memory_regions()
    view = shm.get_contents_as_numpy(handle, np.int32, [2])
    with pytest.raises(shm.SharedMemoryException, match="still use it"):
        shm.destroy_shared_memory_region(handle)
    del view
    shm.destroy_shared_memory_region(handle)
    assert key not in shm.mapped_shared_memory_regions()
    assert not (Path("/dev/shm") / key.lstrip("/")).exists()
    with pytest.raises(shm.SharedMemoryException, match="unable to create"):
        shm.create_shared_memory_region("r", _key(), 0)
    region = shm.create_shared_memory_region("r", key.lstrip("/"), 8)  # a key without "/" works too
    assert shm.get_contents_as_numpy(region, np.object_, [0]).shape == (0,)
    shm.destroy_shared_memory_region(region)


def test_importing_without_the_extra_names_it() -> None:
    for module, blocked in (("utils", "ml_dtypes"), ("grpc", "google.protobuf")):
        done = _python(
            f"import sys\nsys.modules[{blocked!r}] = None\n"
            f"try:\n    import inference_grpc.tritonclient.{module}\n"
            "except ModuleNotFoundError as exc:\n    print(exc)\n"
        )
        assert done.returncode == 0, done.stderr
        assert 'pip install "inference-grpc[tritonclient]"' in done.stdout, (module, done.stdout)


def test_grpc_errors_keep_tritonclients_status_strings() -> None:
    ours = RpcError("ModelInfer", grpc.StatusCode.UNAVAILABLE, "connection refused", debug_error_string="dbg")
    with pytest.raises(utils.InferenceServerException) as caught:
        grpcclient.raise_error_grpc(ours)
    assert (caught.value.status(), caught.value.message(), caught.value.debug_details()) == (
        "StatusCode.UNAVAILABLE",
        "connection refused",
        "dbg",
    )
    assert str(caught.value) == "[StatusCode.UNAVAILABLE] connection refused"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_options_plugins_and_constants() -> None:
    assert grpcclient.MAX_GRPC_MESSAGE_SIZE == 2**31 - 1
    options = grpcclient.KeepAliveOptions()
    assert (options.keepalive_time_ms, options.keepalive_timeout_ms) == (2**31 - 1, 20000)
    assert (options.keepalive_permit_without_calls, options.http2_max_pings_without_data) == (False, 2)
    assert dict(grpcclient.KeepAliveOptions(1000, 500, True, 0).channel_options()) == {
        "grpc.keepalive_time_ms": 1000,
        "grpc.keepalive_timeout_ms": 500,
        "grpc.keepalive_permit_without_calls": 1,
        "grpc.http2.max_pings_without_data": 0,
    }
    request = grpcclient.Request({"x-a": "1"})
    auth.BasicAuth("user", "pa:ss")(request)
    assert request.headers == {"x-a": "1", "authorization": "Basic dXNlcjpwYTpzcw=="}
    assert isinstance(auth.BasicAuth("a", "b"), grpcclient.InferenceServerClientPlugin)
    assert grpcclient.Request(None).headers == {}
    with pytest.raises(TypeError):
        grpcclient.InferenceServerClientPlugin()  # type: ignore[abstract]


def test_inputs_map_onto_the_native_tensor() -> None:
    infer_input = grpcclient.InferInput("IN", [2], "FP32")
    infer_input.set_data_from_numpy(np.array([1.5, 2.0], dtype=np.float32), binary_data=False)
    tensor = infer_input._get_tensor()
    assert list(tensor.contents.fp32_contents) == [1.5, 2.0] and infer_input._get_content() is None
    native = infer_input.to_native()
    assert (native.name, native.shape, native.datatype) == ("IN", [2], "FP32")
    assert native.as_numpy().tolist() == [1.5, 2.0]
    with pytest.raises(utils.InferenceServerException, match="non-empty str"):
        grpcclient.InferInput("", [1], "FP32")
    with pytest.raises(utils.InferenceServerException, match="sequence of integers"):
        grpcclient.InferInput("x", ["a"], "FP32")  # type: ignore[list-item]
    output = grpcclient.InferRequestedOutput("OUT", class_count=2)
    assert output.to_native().parameters == {"classification": 2}


def test_results_from_bytes_from_a_native_response_and_refusals() -> None:
    out = InferOutput("OUT", [2], "INT32")
    out.set_data_from_numpy(np.array([3, 4], dtype=np.int32))
    native = InferResponse("id-1", "m", [out])
    data = bytes(native.to_grpc())
    for result in (grpcclient.InferResult(data), grpcclient.InferResult.from_response(native)):
        array = result.as_numpy("OUT")
        assert array is not None and array.tolist() == [3, 4]
        assert result.get_response().id == "id-1"
        assert result.get_response(as_json=True)["outputs"] == [{"name": "OUT", "datatype": "INT32", "shape": ["2"]}]
        assert result.get_output("nope") is None and result.as_numpy("nope") is None
    given = grpcclient.service_pb2.ModelInferResponse.FromString(data)
    assert grpcclient.InferResult(given).get_response() is given  # the very message, as tritonclient
    with pytest.raises(utils.InferenceServerException, match="ModelInferResponse"):
        grpcclient.InferResult(42)
    with pytest.raises(Exception, match="ModelInferRequest"):
        grpcclient.InferResult(grpcclient.service_pb2.ModelInferRequest())
    assert os.path.basename(grpcclient.__file__) == "__init__.py"


def test_star_imports_give_tritonclients_names() -> None:
    namespace: dict[str, object] = {}
    exec("from inference_grpc.tritonclient.grpc import *", namespace)
    # tritonclient.grpc's __all__ (2.73).
    assert sorted(n for n in namespace if n != "__builtins__") == [
        "InferInput",
        "InferRequestedOutput",
        "InferResult",
        "InferenceServerClient",
        "InferenceServerClientPlugin",
        "InferenceServerException",
        "KeepAliveOptions",
        "Request",
    ]
    for name in ("np_to_triton_dtype", "MAX_GRPC_MESSAGE_SIZE", "service_pb2", "raise_error", "raise_error_grpc"):
        assert hasattr(grpcclient, name), name
    from inference_grpc.tritonclient.grpc import aio

    assert aio.InferInput is grpcclient.InferInput and aio.auth.BasicAuth is auth.BasicAuth
    assert aio.service_pb2 is grpcclient.service_pb2
    assert aio.InferenceServerClient is not grpcclient.InferenceServerClient  # each flavour's own
    namespace = {}
    exec("from inference_grpc.tritonclient.grpc.aio import *", namespace)
    assert namespace["InferenceServerClient"] is aio.InferenceServerClient
