"""serve() and serve_in_thread(): urls, shutdown, ports, TLS; the Model and ModelRegistry API."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import textwrap
from typing import Any

import grpc
import grpc.aio
import numpy as np
import pytest

from inference_grpc import InferenceGRPCClient, InferInput, InferRequest, RpcError, SyncInferenceGRPCClient
from inference_grpc.server import (
    InferenceServicer,
    Model,
    ModelRegistry,
    TensorSpec,
    TLSConfig,
    demo_models,
    serve,
    serve_in_thread,
)

from .certs import Certs


async def _sleepy(inputs: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    await asyncio.sleep(float(parameters.get("delay", 0.3)))
    return {"Y": inputs["X"]}


def sleepy_model() -> Model:
    return Model("sleepy", _sleepy, inputs=[TensorSpec("X", "INT32", [-1])], outputs=[TensorSpec("Y", "INT32", [-1])])


def x_request(model: str, **parameters: Any) -> InferRequest:
    x = InferInput("X", [2], "INT32")
    x.set_data_from_numpy(np.array([1, 2], dtype=np.int32))
    return InferRequest(model, [x], parameters=parameters)


async def test_serve_yields_a_loopback_url_and_stops() -> None:
    async with serve([sleepy_model()], port=0) as url:
        assert re.fullmatch(r"127\.0\.0\.1:\d+", url)
        async with InferenceGRPCClient(url, retries=1) as client:
            assert await client.is_server_live()
            assert await client.is_model_ready("sleepy")
            assert not await client.is_model_ready("simple")  # only the models given
            response = await client.infer(x_request("sleepy", delay=0.0))
            assert response.outputs[0].as_numpy().tolist() == [1, 2]
    async with InferenceGRPCClient(url, retries=1, timeout=5) as client:
        with pytest.raises(RpcError) as caught:
            await client.is_server_live()
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


async def test_serve_without_models_serves_the_demo_models() -> None:
    async with serve() as url, InferenceGRPCClient(url, retries=1) as client:
        for name in ("simple", "simple_fp32", "identity", "echo_bytes", "classifier"):
            assert await client.is_model_ready(name)


async def test_graceful_shutdown_finishes_calls_in_flight() -> None:
    client: InferenceGRPCClient | None = None
    try:
        async with serve([sleepy_model()], grace=5.0) as url:
            client = InferenceGRPCClient(url, retries=1, timeout=10)
            assert await client.is_server_ready()
            in_flight = asyncio.create_task(client.infer(x_request("sleepy", delay=0.3)))
            await asyncio.sleep(0.1)  # the call has reached the model
            assert not in_flight.done()
        # Leaving the block let the call finish instead of cutting it off (which would raise
        # UNAVAILABLE or CANCELLED here); the reply may need a turn of this loop to arrive.
        response = await asyncio.wait_for(in_flight, timeout=2)
        assert response.outputs[0].as_numpy().tolist() == [1, 2]
    finally:
        if client is not None:
            await client.close()


async def test_a_port_in_use_is_an_os_error() -> None:
    async with serve([sleepy_model()]) as url:
        port = int(url.rsplit(":", 1)[1])
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{port}"):
            async with serve([sleepy_model()], port=port):
                pass  # pragma: no cover


def test_serve_in_thread_with_a_blocking_client() -> None:
    registry = demo_models()
    with serve_in_thread(registry) as url, SyncInferenceGRPCClient(url, retries=1) as client:
        assert re.fullmatch(r"127\.0\.0\.1:\d+", url)
        assert client.is_server_live()
        registry.unload("simple")  # the registry can be changed from this thread while serving
        assert not client.is_model_ready("simple")
    with SyncInferenceGRPCClient(url, retries=1, timeout=5) as client, pytest.raises(RpcError):
        client.is_server_live()


def test_serve_in_thread_reports_startup_errors() -> None:
    with serve_in_thread([sleepy_model()]) as url:
        port = int(url.rsplit(":", 1)[1])
        with pytest.raises(OSError, match="cannot listen"), serve_in_thread([sleepy_model()], port=port):
            pass  # pragma: no cover


async def test_servicer_on_your_own_server() -> None:
    server = grpc.aio.server()
    InferenceServicer(ModelRegistry([sleepy_model()])).add_to_server(server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with InferenceGRPCClient(f"127.0.0.1:{port}", retries=1) as client:
            assert (await client.server_metadata()).name == "inference-grpc"
            response = await client.infer(x_request("sleepy", delay=0.0))
            assert response.outputs[0].as_numpy().tolist() == [1, 2]
    finally:
        await server.stop(None)


# -- TLS ---------------------------------------------------------------------------------------


def test_tls(certs: Certs) -> None:
    tls = TLSConfig(certs.server_cert, certs.server_key)
    with serve_in_thread([sleepy_model()], tls=tls) as url:
        with SyncInferenceGRPCClient(url, use_ssl=True, root_certificates=certs.ca, retries=1) as client:
            assert client.is_server_live()
            assert client.infer(x_request("sleepy", delay=0.0)).outputs[0].as_numpy().tolist() == [1, 2]
        with SyncInferenceGRPCClient(url, retries=1, timeout=5) as plaintext, pytest.raises(RpcError) as caught:
            plaintext.is_server_live()
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        untrusted = SyncInferenceGRPCClient(url, use_ssl=True, root_certificates=certs.other_ca, retries=1, timeout=5)
        with untrusted, pytest.raises(RpcError) as caught:
            untrusted.is_server_live()
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


def test_mutual_tls(certs: Certs) -> None:
    # PEM data works as well as paths.
    tls = TLSConfig(certs.server_cert.read_bytes(), certs.server_key.read_text(), client_ca=certs.ca)
    with serve_in_thread([sleepy_model()], tls=tls) as url:
        with SyncInferenceGRPCClient(
            url,
            use_ssl=True,
            root_certificates=certs.ca,
            private_key=certs.client_key,
            certificate_chain=certs.client_cert,
            retries=1,
        ) as client:
            assert client.is_server_ready()
        anonymous = SyncInferenceGRPCClient(url, use_ssl=True, root_certificates=certs.ca, retries=1, timeout=5)
        with anonymous, pytest.raises(RpcError) as caught:
            anonymous.is_server_live()
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


def test_tls_files_must_exist(tmp_path: Any) -> None:
    with pytest.raises(ValueError, match="cannot read the certificate chain"):
        TLSConfig(tmp_path / "missing.pem", b"-----BEGIN PRIVATE KEY-----\n").credentials()


# -- no traceback ------------------------------------------------------------------------------


def test_a_failing_model_prints_one_line_and_no_traceback() -> None:
    script = textwrap.dedent(
        """
        import numpy as np
        from inference_grpc import InferInput, InferRequest, RpcError, SyncInferenceGRPCClient
        from inference_grpc.server import Model, TensorSpec, serve_in_thread

        def broken(inputs):
            raise ZeroDivisionError("the model divided by zero")

        model = Model("broken", broken, inputs=[TensorSpec("X", "INT32", [-1])])
        with serve_in_thread([model]) as url, SyncInferenceGRPCClient(url, retries=1) as client:
            x = InferInput("X", [1], "INT32")
            x.set_data_from_numpy(np.array([1], dtype=np.int32))
            for _ in range(2):
                try:
                    client.infer(InferRequest("broken", [x]))
                except RpcError as error:
                    print(error.code().name, error.details())
            print("live", client.is_server_live())
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "INTERNAL model 'broken' failed: ZeroDivisionError: the model divided by zero",
        "INTERNAL model 'broken' failed: ZeroDivisionError: the model divided by zero",
        "live True",
    ]
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == ["model 'broken' failed: ZeroDivisionError: the model divided by zero"] * 2


# -- the model API -----------------------------------------------------------------------------


def test_tensor_spec() -> None:
    spec = TensorSpec("x", "FP32", [-1, 4])
    assert spec.shape_matches([7, 4]) and not spec.shape_matches([7, 5]) and not spec.shape_matches([4])
    assert TensorSpec("any").shape_matches([1, 2, 3])
    assert spec.describe() == "x FP32 [-1, 4]"
    assert spec == TensorSpec("x", "FP32", (-1, 4))
    with pytest.raises(ValueError, match="unknown datatype 'FLOAT'"):
        TensorSpec("x", "FLOAT")
    with pytest.raises(ValueError, match="integers >= -1"):
        TensorSpec("x", "FP32", [-2])
    with pytest.raises(ValueError, match="non-empty"):
        TensorSpec("")


def test_model_checks_its_declaration() -> None:
    def fn(inputs: Any) -> Any:
        return inputs

    with pytest.raises(ValueError, match="input names must be unique"):
        Model("m", fn, inputs=[TensorSpec("a"), TensorSpec("a")])
    with pytest.raises(ValueError, match="versions"):
        Model("m", fn, inputs=[], versions=())
    with pytest.raises(TypeError, match="must be callable"):
        Model("m", "not callable", inputs=[])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="inputs as its first argument"):
        Model("m", lambda: None, inputs=[])
    assert Model("m", fn, inputs=[]).arity == 1
    assert Model("m", lambda inputs, parameters: inputs, inputs=[]).arity == 2
    assert Model("m", lambda inputs, parameters, request, extra=None: inputs, inputs=[]).arity == 3
    assert Model("m", fn, inputs=[], versions=("1", "9", "10")).default_version == "10"
    assert Model("m", fn, inputs=[], versions=("beta", "alpha")).default_version == "alpha"


def test_registry() -> None:
    registry = ModelRegistry([sleepy_model()])
    assert "sleepy" in registry and len(registry) == 1 and registry.names() == ["sleepy"]
    with pytest.raises(ValueError, match="already registered"):
        registry.add(sleepy_model())
    registry.unload("sleepy")
    assert not registry.is_ready("sleepy")
    registry.load("sleepy")
    assert registry.is_ready("sleepy")
    with pytest.raises(KeyError):
        registry.load("ghost")
    registry.add(Model("later", lambda inputs: inputs, inputs=[]), ready=False)
    assert not registry.is_ready("later")
    assert registry.remove("later").name == "later" and "later" not in registry
    assert [m.name for m in registry] == ["sleepy"]
