"""The commands of Triton's RPCs: `stream`, `config`, `stats` and `index`.

`config`, `stats` and `index` are the client's `model_config`, `model_statistics` and
`repository_index`; `stream` is its `stream_infer`, each failed request printed in its place.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import grpc

from .._errors import RpcError
from .._inference import InferResponse
from .._stream import StreamInferError
from ..client import SyncInferenceGRPCClient
from ..protocol import ModelMetadataResponse
from ._app import client_options
from ._commands import add_infer, build_request, print_response
from ._tensors import as_jsonable, table

__all__ = ["add_config", "add_index", "add_stats", "add_stream", "config", "index", "stats", "stream"]

_EMPTY_FINAL = "triton_enable_empty_final_response"
_FINAL = "triton_final_response"


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


def _responses(stream: Iterator[InferResponse]) -> Iterator[InferResponse | StreamInferError]:
    """The stream's responses, and its failed requests in their place (the stream goes on)."""
    while True:
        try:
            yield next(stream)
        except StopIteration:
            return
        except StreamInferError as error:
            yield error


def stream(args: argparse.Namespace) -> int:
    """Send the request (--repeat times) on one ModelStreamInfer stream and print every response as
    it arrives; JSON: one object per line. Exit 1 when any request failed."""
    if args.repeat < 1:
        raise ValueError(f"--repeat must be at least 1, got {args.repeat}")
    request = build_request(args, _metadata(args), args.typed)
    if args.empty_final:
        request.parameters[_EMPTY_FINAL] = True
    failed = 0
    began = time.perf_counter()
    count = 0
    with SyncInferenceGRPCClient(**client_options(args)) as client:
        for response in _responses(client.stream_infer([request] * args.repeat)):
            if isinstance(response, StreamInferError):
                failed += 1
                if args.json:
                    print(json.dumps({"id": response.request_id, "error": response.details()}), flush=True)
                else:
                    which = f" (request {response.request_id!r})" if response.request_id else ""
                    print(f"error{which}: {response.details()}", flush=True)
                continue
            count += 1
            if args.json:
                print(json.dumps(_response_json(response)), flush=True)
                continue
            print(f"response {count}{' (final)' if response.final else ''}")
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
