"""The canned-response server of the `wire` suite: answers ModelInfer with prebuilt bytes, parses nothing.

    <python> -I server.py SMALL_RESPONSE_FILE LARGE_RESPONSE_FILE THRESHOLD_BYTES

Serves `/inference.GRPCInferenceService/ModelInfer` (and ModelStreamInfer, each request answered
with the same bytes inside a ModelStreamInferResponse) on 127.0.0.1 (a free port) through a grpc.aio
generic handler without request deserializer or response serializer: a request of at most
THRESHOLD_BYTES gets the small canned response, a larger one the large response. Message sizes are
unlimited. Prints {"port": N} on stdout once serving, then runs until SIGTERM, SIGINT or the end of
its stdin (so it goes away with the process that started it). Standalone: needs only grpc.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import grpc
import grpc.aio

SERVICE = "inference.GRPCInferenceService"
UNLIMITED = [("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)]


async def serve(small: bytes, large: bytes, threshold: int) -> None:
    async def model_infer(request: bytes, context: Any) -> bytes:
        return large if len(request) > threshold else small

    def streamed(response: bytes) -> bytes:  # ModelStreamInferResponse{infer_response (field 2): response}
        size, length = bytearray(), len(response)
        while True:
            size.append((length & 0x7F) | (0x80 if length > 0x7F else 0))
            length >>= 7
            if not length:
                return b"\x12" + bytes(size) + response

    small_streamed, large_streamed = streamed(small), streamed(large)

    async def model_stream_infer(requests: Any, context: Any) -> Any:
        async for request in requests:
            yield large_streamed if len(request) > threshold else small_streamed

    # No request_deserializer / response_serializer: the handlers see and return plain bytes.
    methods: dict[str, grpc.RpcMethodHandler[bytes, bytes]] = {
        "ModelInfer": grpc.unary_unary_rpc_method_handler(model_infer),
        "ModelStreamInfer": grpc.stream_stream_rpc_method_handler(model_stream_infer),
    }
    handler = grpc.method_handlers_generic_handler(SERVICE, methods)
    server = grpc.aio.server(options=UNLIMITED)
    server.add_generic_rpc_handlers((handler,))
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
    small_file, large_file, threshold = argv
    asyncio.run(serve(Path(small_file).read_bytes(), Path(large_file).read_bytes(), int(threshold)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
