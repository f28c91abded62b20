"""The commands of Triton's RPCs: `stream`, `config`, `stats` and `index`.

`config`, `stats` and `index` are the client's `model_config`, `model_statistics` and
`repository_index`. `stream` calls Triton's generated blocking stub (`inference_grpc.triton_protocol`)
through the runtime's SyncCaller, on a channel built from the same options as the client's, so its
errors are the same `RpcError` (status kept, method and model named) every other command reports.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import grpc

from .._channel import ChannelConfig, build_credentials, build_options, parse_url
from .._client_support import model_of
from .._errors import RpcError
from .._inference import InferResponse
from ..client import SyncInferenceGRPCClient
from ..protocol import ModelInferResponse as KServeInferResponse
from ..protocol import ModelMetadataResponse
from ..runtime import SyncCaller
from ._app import client_options
from ._commands import add_infer, build_request, print_response
from ._tensors import as_jsonable, table

__all__ = ["add_config", "add_index", "add_stats", "add_stream", "config", "index", "stats", "stream"]

_EMPTY_FINAL = "triton_enable_empty_final_response"
_FINAL = "triton_final_response"


@contextlib.contextmanager
def _stub(args: argparse.Namespace) -> Iterator[Any]:
    """Triton's blocking stub on a channel made from the global options (TLS, headers, timeout)."""
    from ..triton_protocol import GRPCInferenceServiceSyncStub

    options = client_options(args)
    target, secure = parse_url(options["url"], secure=options["use_ssl"])
    credentials = build_credentials(
        secure, options["root_certificates"], options["private_key"], options["certificate_chain"], None
    )
    channel_options = build_options(None, ChannelConfig(options["retries"]))
    if credentials is None:
        channel = grpc.insecure_channel(target, options=channel_options)
    else:
        channel = grpc.secure_channel(target, credentials, options=channel_options)
    caller = SyncCaller(
        channel, timeout=options["timeout"], metadata=options["headers"], packed_as_numpy=True, subject=model_of
    )
    try:
        yield GRPCInferenceServiceSyncStub(caller)
    finally:
        channel.close()


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2))


# -- stream ------------------------------------------------------------------------------------


def add_stream(parser: argparse.ArgumentParser) -> None:
    add_infer(parser)
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="send the request N times on the stream")
    parser.add_argument(
        "--empty-final",
        action="store_true",
        help="ask a decoupled model for an empty final response (triton_enable_empty_final_response)",
    )


def _metadata(args: argparse.Namespace) -> ModelMetadataResponse | None:
    with SyncInferenceGRPCClient(**client_options(args)) as client:
        try:
            return client.model_metadata(args.model, args.model_version)
        except RpcError as error:
            if error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise
            return None  # the stream reports why


def _response_json(response: InferResponse) -> dict[str, Any]:
    return {
        "id": response.id or "",
        "model_name": response.model_name,
        "model_version": response.model_version or "",
        "parameters": response.parameters,
        "outputs": [
            {"name": o.name, "datatype": o.datatype, "shape": list(o.shape), "data": as_jsonable(o.as_numpy())}
            for o in response.outputs
        ],
    }


def stream(args: argparse.Namespace) -> int:
    """Send the request (--repeat times) on one ModelStreamInfer stream and print every response as
    it arrives; JSON: one object per line. Exit 1 when any request failed."""
    from ..triton_protocol import ModelInferRequest

    if args.repeat < 1:
        raise ValueError(f"--repeat must be at least 1, got {args.repeat}")
    request = build_request(args, _metadata(args), args.typed)
    if args.empty_final:
        request.parameters[_EMPTY_FINAL] = True
    message = ModelInferRequest.parse(bytes(request.to_grpc()))
    failed = 0
    began = time.perf_counter()
    count = 0
    with _stub(args) as stub:
        for reply in stub.model_stream_infer(iter([message] * args.repeat)):
            if reply.error_message:
                failed += 1
                request_id = reply.infer_response.id if reply.infer_response is not None else ""
                if args.json:
                    print(json.dumps({"id": request_id, "error": reply.error_message}), flush=True)
                else:
                    which = f" (request {request_id!r})" if request_id else ""
                    print(f"error{which}: {reply.error_message}", flush=True)
                continue
            if reply.infer_response is None:
                raise ValueError("the server sent a stream reply with neither a response nor an error")
            count += 1
            response = InferResponse.from_grpc(KServeInferResponse.parse(bytes(reply.infer_response)))
            if args.json:
                print(json.dumps(_response_json(response)), flush=True)
                continue
            final = response.parameters.get(_FINAL)
            flag = "" if final is None else (" (final)" if final else "")
            print(f"response {count}{flag}")
            if response.outputs:
                print_response(response, False, args.out, "  ")
            else:
                print("  (empty: the end of the request's responses)")
    if not args.json:
        spent = time.perf_counter() - began
        print(f"{count} responses, {failed} errors, in {spent:.2f} s")
    sys.stdout.flush()
    return 1 if failed else 0


# -- config ------------------------------------------------------------------------------------


def add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", metavar="MODEL")
    parser.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")


def config(args: argparse.Namespace) -> int:
    with SyncInferenceGRPCClient(**client_options(args)) as client:
        found = client.model_config(args.model, args.model_version)
    if args.json:
        _print_json(found.to_dict())
        return 0
    policy = found.model_transaction_policy
    table(
        [
            ("model", found.name),
            ("platform", found.platform or "-"),
            ("backend", found.backend or "-"),
            ("max_batch_size", str(found.max_batch_size)),
            ("decoupled", "yes" if policy is not None and policy.decoupled else "no"),
        ]
    )
    for title, tensors in (("inputs", found.input), ("outputs", found.output)):
        print(title)
        if tensors:
            rows = [(t.name, t.data_type.name or str(int(t.data_type)), _dims(t.dims)) for t in tensors]
            table(rows, "  ")
    return 0


def _dims(dims: Any) -> str:
    return "[" + ", ".join(str(int(d)) for d in dims) + "]"


# -- stats -------------------------------------------------------------------------------------


def add_stats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", metavar="MODEL", nargs="?", default="", help="one model (default: every model)")
    parser.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")


def _mean_us(duration: Any) -> str:
    if duration is None or not duration.count:
        return "-"
    return f"{duration.ns / duration.count / 1000:.1f}"


def stats(args: argparse.Namespace) -> int:
    with SyncInferenceGRPCClient(**client_options(args)) as client:
        reply = client.model_statistics(args.model, args.model_version)
    if args.json:
        _print_json([s.to_dict() for s in reply.model_stats])
        return 0
    rows: list[tuple[str, ...]] = [
        ("MODEL", "VERSION", "INFERENCES", "EXECUTIONS", "OK", "FAILED", "QUEUE us", "INFER us", "LAST")
    ]
    for s in reply.model_stats:
        inf = s.inference_stats
        last = time.strftime("%H:%M:%S", time.localtime(s.last_inference / 1000)) if s.last_inference else "-"
        rows.append(
            (
                s.name,
                s.version,
                str(s.inference_count),
                str(s.execution_count),
                str(inf.success.count if inf and inf.success else 0),
                str(inf.fail.count if inf and inf.fail else 0),
                _mean_us(inf.queue if inf else None),
                _mean_us(inf.compute_infer if inf else None),
                last,
            )
        )
    table(rows)
    return 0


# -- index -------------------------------------------------------------------------------------


def add_index(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ready", action="store_true", help="only the models that are ready")


def index(args: argparse.Namespace) -> int:
    with SyncInferenceGRPCClient(**client_options(args)) as client:
        models = client.repository_index(args.ready)
    if args.json:
        _print_json([{"name": m.name, "version": m.version, "state": m.state, "reason": m.reason} for m in models])
        return 0
    table([("MODEL", "VERSION", "STATE", "REASON"), *((m.name, m.version, m.state, m.reason or "-") for m in models)])
    return 0
