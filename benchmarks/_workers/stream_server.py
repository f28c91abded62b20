"""The canned-response server of the `stream` suite: ModelInfer and ModelStreamInfer, parsing nothing.

    <python> -I stream_server.py RESPONSE_FILE

Serves on 127.0.0.1 (a free port) through grpc.aio generic handlers without (de)serializers:
ModelInfer answers every request with the canned ModelInferResponse bytes of RESPONSE_FILE, and
ModelStreamInfer answers every request of a stream with one ModelStreamInferResponse holding them
(Triton's reply to a non-decoupled model). Prints {"port": N} once serving, then runs until
SIGTERM, SIGINT or the end of its stdin. Standalone: needs only grpc.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import grpc.aio

SERVICE = "inference.GRPCInferenceService"


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


async def serve(response: bytes) -> None:
    streamed = b"\x12" + _varint(len(response)) + response  # ModelStreamInferResponse.infer_response = 2

    async def model_infer(request: bytes, context: Any) -> bytes:
        return response

    async def model_stream_infer(requests: AsyncIterator[bytes], context: Any) -> AsyncIterator[bytes]:
        async for _ in requests:
            yield streamed

    methods: dict[str, grpc.RpcMethodHandler[bytes, bytes]] = {
        "ModelInfer": grpc.unary_unary_rpc_method_handler(model_infer),
        "ModelStreamInfer": grpc.stream_stream_rpc_method_handler(model_stream_infer),
    }
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, methods),))
    port = server.add_insecure_port("127.0.0.1:0")
    if not port:
        raise RuntimeError("could not bind 127.0.0.1")
    await server.start()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    def watch_stdin() -> None:
        sys.stdin.buffer.read()  # returns at EOF: the parent closed the pipe or died
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    print(json.dumps({"port": port}), flush=True)
    await stop.wait()
    await server.stop(grace=None)


def main(argv: list[str]) -> int:
    asyncio.run(serve(Path(argv[0]).read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
