"""The gRPC client's constants and keepalive options, with tritonclient's defaults."""

from __future__ import annotations

from typing import Any

__all__ = ["INT32_MAX", "MAX_GRPC_MESSAGE_SIZE", "KeepAliveOptions"]

INT32_MAX = 2**31 - 1
# Triton's own limit on gRPC message sizes (in both directions): the largest int32.
MAX_GRPC_MESSAGE_SIZE = INT32_MAX


class KeepAliveOptions:
    """gRPC keepalive settings of a client channel (gRPC's keepalive.md explains each).

    keepalive_time_ms: period of keepalive pings (default INT32_MAX: practically never);
    keepalive_timeout_ms: how long to wait for a ping's acknowledgement (20 s);
    keepalive_permit_without_calls: ping with no call in flight (False);
    http2_max_pings_without_data: pings allowed without data frames, 0 for no limit (2).
    """

    def __init__(
        self,
        keepalive_time_ms: int = INT32_MAX,
        keepalive_timeout_ms: int = 20000,
        keepalive_permit_without_calls: bool = False,
        http2_max_pings_without_data: int = 2,
    ) -> None:
        self.keepalive_time_ms = keepalive_time_ms
        self.keepalive_timeout_ms = keepalive_timeout_ms
        self.keepalive_permit_without_calls = keepalive_permit_without_calls
        self.http2_max_pings_without_data = http2_max_pings_without_data

    def channel_options(self) -> list[tuple[str, Any]]:
        """These settings as gRPC channel arguments."""
        return [
            ("grpc.keepalive_time_ms", self.keepalive_time_ms),
            ("grpc.keepalive_timeout_ms", self.keepalive_timeout_ms),
            ("grpc.keepalive_permit_without_calls", int(self.keepalive_permit_without_calls)),
            ("grpc.http2.max_pings_without_data", self.http2_max_pings_without_data),
        ]

    def __repr__(self) -> str:
        return (
            f"KeepAliveOptions(keepalive_time_ms={self.keepalive_time_ms}, "
            f"keepalive_timeout_ms={self.keepalive_timeout_ms}, "
            f"keepalive_permit_without_calls={self.keepalive_permit_without_calls}, "
            f"http2_max_pings_without_data={self.http2_max_pings_without_data})"
        )
