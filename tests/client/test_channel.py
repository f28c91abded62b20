"""Channel construction: url forms, options (retries, sizes, keepalive, authority), credentials."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import grpc
import pytest

from inference_grpc import InferenceGRPCClient, InvalidInput, SyncInferenceGRPCClient
from inference_grpc._channel import ChannelConfig, build_credentials, build_options, parse_url, retry_service_config

from .conftest import HAS_IPV6, IPV6_PORTS, Env, Pki, call

# -- url forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "secure", "target", "tls"),
    [
        ("localhost:8001", False, "localhost:8001", False),
        ("localhost", False, "localhost:80", False),
        ("localhost", True, "localhost:443", True),
        ("10.0.0.1:9000", False, "10.0.0.1:9000", False),
        ("  model.svc.cluster.local:8081 ", False, "model.svc.cluster.local:8081", False),
        ("http://host:8080", False, "host:8080", False),
        ("http://host", False, "host:80", False),
        ("HTTP://Host:8080/", False, "Host:8080", False),
        ("https://host:8443", False, "host:8443", True),
        ("https://host", False, "host:443", True),
        ("https://localhost:443", False, "localhost:443", True),  # the documented KServe form
        ("grpc://host:8001", False, "host:8001", False),
        ("grpcs://host", False, "host:443", True),
        ("grpc://host", True, "host:443", True),  # use_ssl or creds still mean TLS
        ("[::1]:8001", False, "[::1]:8001", False),
        ("[::1]", False, "[::1]:80", False),
        ("[::1]", True, "[::1]:443", True),
        ("https://[2001:db8::1]:9443", False, "[2001:db8::1]:9443", True),
        ("dns:///host:8001", False, "dns:///host:8001", False),
        ("dns://8.8.8.8/host:8001", False, "dns://8.8.8.8/host:8001", False),
        ("ipv4:10.0.0.1:8001,10.0.0.2:8001", False, "ipv4:10.0.0.1:8001,10.0.0.2:8001", False),
        ("ipv6:[::1]:8001", False, "ipv6:[::1]:8001", False),
        ("unix:/tmp/model.sock", False, "unix:/tmp/model.sock", False),
        ("unix:///tmp/model.sock", True, "unix:///tmp/model.sock", True),
        ("unix-abstract:model", False, "unix-abstract:model", False),
    ],
)
def test_parse_url(url: str, secure: bool, target: str, tls: bool) -> None:
    assert parse_url(url, secure=secure) == (target, tls)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "url is empty"),
        ("   ", "url is empty"),
        ("ftp://host:21", "unsupported scheme 'ftp'"),
        ("http://host:8080/v2/models", "has a path, query or fragment"),
        ("http://host:8080?x=1", "has a path, query or fragment"),
        ("host:port", "invalid port 'port'"),
        ("host:", "invalid port ''"),
        ("host:0", "invalid port '0'"),
        ("host:70000", "invalid port '70000'"),
        ("host:-1", "invalid port '-1'"),
        ("::1", "bare IPv6 address"),
        ("::1:8001", "bare IPv6 address"),
        ("[::1", "unclosed '\\['"),
        ("[not-ip]:80", "'not-ip' is not an IPv6 address"),
        ("[::1]8001", "unexpected text"),
        ("ho st:80", "invalid host 'ho st'"),
        ("user@host:80", "invalid host 'user@host'"),
        (":8001", "invalid host ''"),
        ("http://", "invalid host ''"),
    ],
)
def test_malformed_urls_raise_value_error_naming_the_url(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_url(url, secure=False)
    if url.strip():
        assert repr(url) in str(info.value)
    # the clients refuse them the same way
    with pytest.raises(ValueError, match=message):
        SyncInferenceGRPCClient(url)


def test_url_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="url must be a str"):
        parse_url(8001, secure=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "form",
    ["{host}:{port}", "http://{host}:{port}", "grpc://{host}:{port}/", "dns:///{host}:{port}", "ipv4:{host}:{port}"],
)
async def test_real_connections_with_url_forms(env: Env, form: str) -> None:
    client = env.client(form.format(host="127.0.0.1", port=env.port))
    assert await call(client.is_server_live())


@pytest.mark.skipif(not HAS_IPV6, reason="no IPv6 loopback here")
@pytest.mark.parametrize("form", ["[::1]:{port}", "http://[::1]:{port}", "ipv6:[::1]:{port}"])
async def test_real_connections_over_ipv6(env: Env, form: str) -> None:
    if env.port not in IPV6_PORTS:
        pytest.skip(f"port {env.port} was taken on [::1]")
    client = env.client(form.format(port=env.port), timeout=5)
    assert await call(client.is_server_live())


# -- channel options ----------------------------------------------------------------------------

KSERVE_POLICY = {
    "methodConfig": [
        {
            "name": [{}],
            "retryPolicy": {
                "maxAttempts": 3,
                "initialBackoff": "0.1s",
                "maxBackoff": "1s",
                "backoffMultiplier": 2,
                "retryableStatusCodes": ["UNAVAILABLE"],
            },
        }
    ]
}


def options_of(client: Any) -> dict[str, Any]:
    options = dict(client._options)
    assert len(options) == len(client._options), "an option is set twice"
    return options


def test_default_options_are_kserves_retry_policy_and_unlimited_sizes() -> None:
    options = dict(build_options(None, ChannelConfig()))
    assert json.loads(options.pop("grpc.service_config")) == KSERVE_POLICY
    assert options == {
        "grpc.enable_retries": 1,
        "grpc.max_send_message_length": -1,
        "grpc.max_receive_message_length": -1,
    }


@pytest.mark.parametrize("retries", [2, 3, 4, 5])
def test_retries_set_max_attempts(retries: int) -> None:
    options = dict(build_options(None, ChannelConfig(retries=retries)))
    policy = json.loads(options["grpc.service_config"])["methodConfig"][0]["retryPolicy"]
    assert policy == {**KSERVE_POLICY["methodConfig"][0]["retryPolicy"], "maxAttempts": retries}


@pytest.mark.parametrize("retries", [2, 3, 10, 12345])
def test_the_written_out_policy_is_what_json_makes_of_it(retries: int) -> None:
    policy = {"methodConfig": [{**KSERVE_POLICY["methodConfig"][0]}]}
    policy["methodConfig"][0]["retryPolicy"] = {**policy["methodConfig"][0]["retryPolicy"], "maxAttempts": retries}
    assert retry_service_config(retries) == json.dumps(policy)


@pytest.mark.parametrize("retries", [0, 1])
def test_zero_or_one_retry_means_no_policy(retries: int) -> None:
    options = dict(build_options(None, ChannelConfig(retries=retries)))
    assert "grpc.service_config" not in options and "grpc.enable_retries" not in options


@pytest.mark.parametrize("retries", [-1, None, 2.5, "3", True, 6, 7])
def test_bad_retries_are_refused(retries: Any, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidInput, match="retries must be an int from 0 to 5"):
        SyncInferenceGRPCClient("localhost:8001", retries=retries)
    assert capfd.readouterr() == ("", "")  # gRPC never saw it, so printed nothing



def test_caller_service_config_replaces_ours_and_enable_retries_zero_disables() -> None:
    mine = json.dumps({"methodConfig": [{"name": [{}], "timeout": "1s"}]})
    options = dict(build_options([("grpc.service_config", mine)], ChannelConfig(retries=4)))
    assert options["grpc.service_config"] == mine
    options = dict(build_options([("grpc.enable_retries", 0)], ChannelConfig(retries=4)))
    assert options["grpc.enable_retries"] == 0 and "grpc.service_config" not in options


@pytest.mark.parametrize("kind", [list, tuple])
def test_channel_args_are_never_mutated_and_sizes_stay_unlimited(kind: type) -> None:
    given = kind([("grpc.primary_user_agent", "me"), ("grpc.enable_retries", 1)])
    snapshot = list(given)
    client = SyncInferenceGRPCClient("localhost:8001", channel_args=given)
    client.close()
    assert list(given) == snapshot and type(given) is kind
    options = options_of(client)
    assert options["grpc.max_send_message_length"] == -1 and options["grpc.max_receive_message_length"] == -1
    assert options["grpc.primary_user_agent"] == "me" and "grpc.service_config" in options


def test_caller_sizes_win() -> None:
    client = SyncInferenceGRPCClient("localhost:8001", channel_args=[("grpc.max_receive_message_length", 1 << 20)])
    client.close()
    assert options_of(client)["grpc.max_receive_message_length"] == 1 << 20
    assert options_of(client)["grpc.max_send_message_length"] == -1


@pytest.mark.parametrize("bad", [[("only-a-name",)], [(1, 2)], [("a", 1, 2)]])
def test_bad_channel_args(bad: Any) -> None:
    with pytest.raises(ValueError, match="channel_args entries must be \\(name, value\\) pairs"):
        SyncInferenceGRPCClient("localhost:8001", channel_args=bad)


def test_keyword_extras_become_channel_options() -> None:
    client = SyncInferenceGRPCClient(
        "localhost:8001",
        keepalive_time=30,
        keepalive_timeout=5.5,
        server_name="model.example.com",
        authority="model.example.com:443",
        max_send_message_length=1 << 20,
        max_receive_message_length=2 << 20,
        compression=grpc.Compression.Gzip,
    )
    client.close()
    options = options_of(client)
    assert options["grpc.keepalive_time_ms"] == 30_000
    assert options["grpc.keepalive_timeout_ms"] == 5_500
    assert options["grpc.ssl_target_name_override"] == "model.example.com"
    assert options["grpc.default_authority"] == "model.example.com:443"
    assert options["grpc.max_send_message_length"] == 1 << 20
    assert options["grpc.max_receive_message_length"] == 2 << 20


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"keepalive_time": -1}, "keepalive_time must be a positive number of seconds"),
        ({"keepalive_timeout": "5"}, "keepalive_timeout must be a positive number of seconds"),
        ({"max_send_message_length": 0}, "max_send_message_length must be a positive int"),
        ({"max_receive_message_length": 1.5}, "max_receive_message_length must be a positive int"),
        ({"server_name": ""}, "server_name must be a non-empty str"),
        ({"authority": 5}, "authority must be a non-empty str"),
    ],
)
def test_bad_keyword_extras(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SyncInferenceGRPCClient("localhost:8001", **kwargs)


async def test_compression_and_keepalive_work_end_to_end(env: Env) -> None:
    client = env.client(compression=grpc.Compression.Gzip, keepalive_time=60, keepalive_timeout=10)
    assert await call(client.is_server_live())


async def test_authority_is_sent(env: Env) -> None:
    client = env.client(authority="models.example.com")
    assert await call(client.is_server_live())  # plaintext: the authority is just a header


# -- credentials --------------------------------------------------------------------------------


def test_plaintext_unless_asked() -> None:
    assert build_credentials(False, None, None, None, None) is None


def test_creds_win_and_imply_tls() -> None:
    creds = grpc.ssl_channel_credentials()
    assert build_credentials(False, "/does/not/exist", None, None, creds) is creds
    client = SyncInferenceGRPCClient("localhost", creds=creds, root_certificates="/does/not/exist")
    client.close()
    assert client.target == "localhost:443" and client._credentials is creds


def test_certificate_files_missing_or_half_mutual(tmp_path: Path, pki: Pki) -> None:
    with pytest.raises(ValueError, match=r"cannot read root_certificates from '.*nope\.pem'"):
        build_credentials(True, tmp_path / "nope.pem", None, None, None)
    with pytest.raises(ValueError, match="mutual TLS needs both private_key and certificate_chain"):
        build_credentials(True, pki.ca, pki.client_key, None, None)


@pytest.mark.parametrize("form", ["path", "str-path", "bytes", "str-pem", "bytes-with-preamble"])
def test_pem_from_paths_or_data(pki: Pki, form: str) -> None:
    from inference_grpc._channel import _pem

    data = pki.ca.read_bytes()
    value: Any = {
        "path": pki.ca,
        "str-path": str(pki.ca),
        "bytes": data,
        "str-pem": data.decode(),
        "bytes-with-preamble": b"Bag Attributes\n    friendlyName: ca\n" + data,
    }[form]
    assert _pem(value, "root_certificates") == (value if form == "bytes-with-preamble" else data)


async def test_async_client_builds_the_same_channel() -> None:
    async_client = InferenceGRPCClient("https://host", retries=4, headers={"X-A": "b"})
    sync_client = SyncInferenceGRPCClient("https://host", retries=4, headers={"X-A": "b"})
    sync_client.close()
    await async_client.close()
    assert async_client.target == sync_client.target == "host:443"
    assert async_client._options == sync_client._options
    assert async_client._headers == sync_client._headers == (("x-a", "b"),)
