"""TLS and mutual TLS with certificates made at test time (openssl CLI), against real servers."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import pytest

from .conftest import Backend, Env, Pki, call, start_async_server, start_sync_server

StartTls = Callable[..., Awaitable[Env]]


@pytest.fixture(params=["async", "sync"])
async def start_tls(request: pytest.FixtureRequest, backend: Backend, pki: Pki) -> AsyncIterator[StartTls]:
    """Start a TLS server of the parametrized kind; `mutual=True` requires client certificates."""
    running: list[tuple[Any, Env]] = []

    async def start(mutual: bool = False) -> Env:
        credentials = grpc.ssl_server_credentials(
            [(pki.server_key.read_bytes(), pki.server_cert.read_bytes())],
            root_certificates=pki.ca.read_bytes() if mutual else None,
            require_client_auth=mutual,
        )
        if request.param == "async":
            server, port = await start_async_server(backend, credentials)
        else:
            server, port = start_sync_server(backend, credentials)
        env = Env(request.param, backend, port)
        running.append((server, env))
        return env

    yield start
    for server, env in running:
        await env.close()
        stopped = server.stop(None)
        if inspect.isawaitable(stopped):
            await stopped


async def refused(env: Env, **kwargs: Any) -> grpc.RpcError:
    client = env.client(retries=0, timeout=10, **kwargs)
    with pytest.raises(grpc.RpcError) as info:
        await call(client.is_server_live())
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    return info.value


@pytest.mark.parametrize("form", ["str-path", "path", "pem-bytes"])
async def test_tls_with_root_certificates(start_tls: StartTls, pki: Pki, form: str) -> None:
    env = await start_tls()
    root: Any = {"str-path": str(pki.ca), "path": pki.ca, "pem-bytes": pki.ca.read_bytes()}[form]
    client = env.client(use_ssl=True, root_certificates=root)
    assert await call(client.is_server_live())
    assert (await call(client.server_metadata())).name == "echo"


@pytest.mark.parametrize("url", ["https://127.0.0.1:{port}", "grpcs://localhost:{port}", "https://localhost:{port}/"])
async def test_secure_schemes_imply_tls(start_tls: StartTls, pki: Pki, url: str) -> None:
    env = await start_tls()
    client = env.client(url.format(port=env.port), root_certificates=pki.ca)
    assert await call(client.is_server_live())


async def test_wrong_ca_is_rejected(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls()
    await refused(env, use_ssl=True, root_certificates=pki.other_ca)
    assert env.backend.count() == 0


async def test_plaintext_client_cannot_talk_to_tls_server(start_tls: StartTls) -> None:
    env = await start_tls()
    await refused(env)
    assert env.backend.count() == 0


async def test_creds_win_over_certificate_arguments(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls()
    good = grpc.ssl_channel_credentials(root_certificates=pki.ca.read_bytes())
    bad = grpc.ssl_channel_credentials(root_certificates=pki.other_ca.read_bytes())
    # creds imply TLS even without use_ssl, and the (wrong) root_certificates are ignored
    assert await call(env.client(creds=good, root_certificates=pki.other_ca).is_server_live())
    await refused(env, creds=bad, use_ssl=True, root_certificates=pki.ca)


async def test_server_name_override(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls()
    client = env.client(use_ssl=True, root_certificates=pki.ca, server_name="ingress.test")
    assert await call(client.is_server_live())
    await refused(env, use_ssl=True, root_certificates=pki.ca, server_name="wrong.test")


async def test_authority_override_is_checked_against_the_certificate(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls()
    assert await call(env.client(use_ssl=True, root_certificates=pki.ca, authority="ingress.test").is_server_live())
    await refused(env, use_ssl=True, root_certificates=pki.ca, authority="wrong.test")


async def test_mutual_tls(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls(mutual=True)
    by_path = env.client(
        use_ssl=True, root_certificates=pki.ca, private_key=pki.client_key, certificate_chain=pki.client_cert
    )
    assert await call(by_path.is_server_live())
    by_bytes = env.client(
        use_ssl=True,
        root_certificates=pki.ca.read_bytes(),
        private_key=pki.client_key.read_bytes(),
        certificate_chain=pki.client_cert.read_bytes(),
    )
    assert await call(by_bytes.is_model_ready("echo"))
    by_str_paths = env.client(
        f"https://127.0.0.1:{env.port}",
        root_certificates=str(pki.ca),
        private_key=str(pki.client_key),
        certificate_chain=str(pki.client_cert),
    )
    assert await call(by_str_paths.is_server_ready())
    assert env.backend.count() == 3


async def test_mutual_tls_without_a_client_certificate_is_rejected(start_tls: StartTls, pki: Pki) -> None:
    env = await start_tls(mutual=True)
    await refused(env, use_ssl=True, root_certificates=pki.ca)
    assert env.backend.count() == 0
