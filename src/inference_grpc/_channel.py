"""Everything about the channel in one place: target parsing, options (retries, message sizes,
keepalive, authority) and TLS credentials from file paths or PEM bytes."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import grpc

__all__ = ["ChannelConfig", "build_credentials", "build_options", "parse_url", "retry_service_config"]

# gRPC name-resolver targets are passed to gRPC unchanged.
_RESOLVER_PREFIXES = ("dns:", "ipv4:", "ipv6:", "unix:", "unix-abstract:", "vsock:")
_SCHEMES = {"http": False, "grpc": False, "https": True, "grpcs": True}
_HOST = re.compile(r"^[A-Za-z0-9_.\-]+$")

ChannelArgs = Sequence[tuple[str, Any]]
# gRPC's retry policy caps maxAttempts at 5 (and logs an error for more).
MAX_ATTEMPTS = 5


def parse_url(url: str, *, secure: bool) -> tuple[str, bool]:
    """(gRPC target, secure) for a user url; ValueError naming the url when it is malformed.

    Accepts `host:port`, bare `host` (port 443 when secure, else 80), `http://`, `https://`,
    `grpc://`, `grpcs://` (https/grpcs imply TLS), IPv6 `[::1]:8001`, and gRPC resolver targets
    (`dns:///host:port`, `ipv4:a:p,b:p`, `unix:/path`...), which pass through unchanged.
    """
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    text = url.strip()
    if not text:
        raise ValueError("url is empty; expected host:port")
    if text.startswith(_RESOLVER_PREFIXES):
        return text, secure
    if "://" in text:
        scheme, _, rest = text.partition("://")
        if scheme.lower() not in _SCHEMES:
            raise ValueError(f"url {url!r} has unsupported scheme {scheme!r}; use http, https, grpc or grpcs")
        secure = secure or _SCHEMES[scheme.lower()]
        rest = rest.rstrip("/")
        if "/" in rest or "?" in rest or "#" in rest:
            raise ValueError(f"url {url!r} has a path, query or fragment; gRPC needs only host:port")
        text = rest
    default_port = 443 if secure else 80
    if text.startswith("["):
        host, sep, tail = text[1:].partition("]")
        if not sep:
            raise ValueError(f"url {url!r} has an unclosed '[' in its IPv6 address")
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(f"url {url!r}: {host!r} is not an IPv6 address") from None
        port = _port(tail[1:], url) if tail.startswith(":") else default_port
        if tail and not tail.startswith(":"):
            raise ValueError(f"url {url!r} has unexpected text {tail!r} after the IPv6 address")
        return f"[{host}]:{port}", secure
    if text.count(":") > 1:
        raise ValueError(f"url {url!r} looks like a bare IPv6 address; write it as [addr]:port")
    host, sep, port_text = text.partition(":")
    if not host or not _HOST.match(host):
        raise ValueError(f"url {url!r} has an invalid host {host!r}")
    port = _port(port_text, url) if sep else default_port
    return f"{host}:{port}", secure


def _port(text: str, url: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"url {url!r} has an invalid port {text!r}; expected 1-65535")
    return int(text)


# What json.dumps makes of the policy, written out: every client needs it, and json's import costs
# ~2 ms of a cold start (tests/client/test_channel.py checks it against json.dumps).
_RETRY_POLICY = (
    '{"methodConfig": [{"name": [{}], "retryPolicy": {"maxAttempts": %d, "initialBackoff": "0.1s", '
    '"maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]}'
)


def retry_service_config(attempts: int) -> str:
    """KServe's retry policy: `attempts` tries in all, backoff 0.1 s to 1 s x2, on UNAVAILABLE."""
    return _RETRY_POLICY % int(attempts)


class ChannelConfig:
    """Keyword-only channel settings beyond KServe's arguments.

    A plain class, not a dataclass: a dataclass compiles its methods at import (a cold start cost).
    """

    __slots__ = (
        "authority",
        "keepalive_time",
        "keepalive_timeout",
        "max_receive_message_length",
        "max_send_message_length",
        "retries",
        "server_name",
    )

    def __init__(
        self,
        retries: int = 3,
        max_send_message_length: int | None = None,
        max_receive_message_length: int | None = None,
        keepalive_time: float | None = None,
        keepalive_timeout: float | None = None,
        server_name: str | None = None,
        authority: str | None = None,
    ) -> None:
        self.retries = retries
        self.max_send_message_length = max_send_message_length
        self.max_receive_message_length = max_receive_message_length
        self.keepalive_time = keepalive_time
        self.keepalive_timeout = keepalive_timeout
        self.server_name = server_name
        self.authority = authority


def build_options(channel_args: ChannelArgs | None, config: ChannelConfig) -> list[tuple[str, Any]]:
    """Channel options: the caller's args (copied, never mutated) win over our defaults."""
    retries = config.retries
    if isinstance(retries, bool) or not isinstance(retries, int) or not 0 <= retries <= MAX_ATTEMPTS:
        from .runtime.errors import InvalidInput  # here: importing the runtime first slows a cold start

        raise InvalidInput(
            f"retries must be an int from 0 to {MAX_ATTEMPTS} (total attempts; 0 or 1 means no retry; "
            f"gRPC allows no more), got {retries!r}"
        )
    options = [tuple(item) for item in (channel_args or ())]
    for item in options:
        if len(item) != 2 or not isinstance(item[0], str):
            raise ValueError(f"channel_args entries must be (name, value) pairs, got {item!r}")
    given = {name for name, _ in options}

    def default(name: str, value: Any) -> None:
        if value is not None and name not in given:
            options.append((name, value))

    # Unlimited message sizes unless the caller sets them (tensors are large).
    default("grpc.max_send_message_length", _size(config.max_send_message_length, "max_send_message_length"))
    default("grpc.max_receive_message_length", _size(config.max_receive_message_length, "max_receive_message_length"))
    default("grpc.keepalive_time_ms", _milliseconds(config.keepalive_time, "keepalive_time"))
    default("grpc.keepalive_timeout_ms", _milliseconds(config.keepalive_timeout, "keepalive_timeout"))
    default("grpc.ssl_target_name_override", _name(config.server_name, "server_name"))
    default("grpc.default_authority", _name(config.authority, "authority"))
    retries_disabled = any(name == "grpc.enable_retries" and not value for name, value in options)
    if retries >= 2 and not retries_disabled and "grpc.service_config" not in given:
        default("grpc.enable_retries", 1)
        options.append(("grpc.service_config", retry_service_config(retries)))
    return [(str(k), v) for k, v in options]


def _size(value: int | None, what: str) -> int:
    if value is None:
        return -1
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{what} must be a positive int (bytes) or None for no limit, got {value!r}")
    return value


def _milliseconds(value: float | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{what} must be a positive number of seconds or None, got {value!r}")
    return max(1, round(value * 1000))


def _name(value: str | None, what: str) -> str | None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ValueError(f"{what} must be a non-empty str or None, got {value!r}")
    return value


def _pem(value: str | bytes | os.PathLike[str] | None, what: str) -> bytes | None:
    """PEM bytes from PEM data or a file path (KServe passes paths)."""
    if value is None:
        return None
    # PEM data may carry text before its first block (openssl's "Bag Attributes"); paths never do.
    if isinstance(value, bytes):
        return value if b"-----BEGIN" in value else _read(Path(os.fsdecode(value)), what)
    if isinstance(value, str) and "-----BEGIN" in value:
        return value.encode("ascii")
    return _read(Path(value), what)


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {what} from {str(path)!r}: {exc.strerror or exc}") from None


def build_credentials(
    secure: bool,
    root_certificates: str | bytes | os.PathLike[str] | None,
    private_key: str | bytes | os.PathLike[str] | None,
    certificate_chain: str | bytes | os.PathLike[str] | None,
    creds: grpc.ChannelCredentials | None,
) -> grpc.ChannelCredentials | None:
    """TLS credentials, or None for a plaintext channel. `creds` wins over the file arguments."""
    if creds is not None:
        return creds
    if not secure:
        return None
    key = _pem(private_key, "private_key")
    chain = _pem(certificate_chain, "certificate_chain")
    if (key is None) != (chain is None):
        raise ValueError("mutual TLS needs both private_key and certificate_chain")
    return grpc.ssl_channel_credentials(
        root_certificates=_pem(root_certificates, "root_certificates"),
        private_key=key,
        certificate_chain=chain,
    )
