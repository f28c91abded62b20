"""`bench`: a closed-loop load generator reporting throughput and latency percentiles."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

import numpy as np
import numpy.typing as npt

from .. import _datatypes as dt
from .._errors import RpcError
from .._inference import InferRequest
from .._tensor import InferInput
from ..client import InferenceGRPCClient
from ..protocol import ModelInferRequest, ModelMetadataResponse
from ._app import UsageError, client_options
from ._commands import build_request, option_pairs
from ._tensors import parameter_value, shape_text

__all__ = ["add_bench", "bench"]

_DEFAULT_DURATION = 5.0


def add_bench(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", metavar="MODEL")
    parser.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")
    parser.add_argument("--concurrency", "-c", type=int, default=4, help="requests in flight at once (default 4)")
    amount = parser.add_mutually_exclusive_group()
    amount.add_argument("--count", "-n", type=int, help="send this many requests")
    amount.add_argument(
        "--duration", type=float, help=f"send requests for this many seconds (default {_DEFAULT_DURATION:g})"
    )
    parser.add_argument(
        "--batch",
        "-b",
        type=int,
        default=1,
        help="inferences per request: the size of each -1 dimension of the inputs (default 1)",
    )
    parser.add_argument(
        "--shape", action="append", default=[], metavar="NAME=1,16", help="an input's shape (default: from metadata)"
    )
    parser.add_argument(
        "--datatype",
        "-d",
        action="append",
        default=[],
        metavar="NAME=DT",
        help="an input's datatype (default: metadata)",
    )
    parser.add_argument(
        "--input", "-i", dest="inputs", action="append", default=[], metavar="NAME=FILE.npy|JSON",
        help="send these values instead of random data (then give every input this way)",
    )  # fmt: skip
    parser.add_argument("--param", "-p", action="append", default=[], metavar="K=V", help="a request parameter")
    parser.add_argument("--typed", action="store_true", help="send typed contents instead of raw bytes")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random inputs")


def _random(shape: tuple[int, ...], datatype: str, rng: np.random.Generator) -> npt.NDArray[Any]:
    size = math.prod(shape)
    if datatype == "BYTES":
        return np.array([f"item-{i}".encode() for i in rng.integers(0, 1000, size)], dtype=object).reshape(shape)
    if datatype == "BOOL":
        return rng.integers(0, 2, size).astype(bool).reshape(shape)
    info = dt.lookup(datatype)
    assert info is not None
    if datatype in ("FP16", "BF16", "FP32", "FP64"):
        return rng.standard_normal(size).astype(np.float32 if datatype == "BF16" else info.dtype).reshape(shape)
    return rng.integers(0, 100, size).astype(info.dtype).reshape(shape)


def _shape(text: str, name: str) -> tuple[int, ...]:
    try:
        dims = tuple(int(d) for d in text.replace("x", ",").split(",") if d.strip())
    except ValueError:
        raise UsageError(f"--shape {name}: expected comma-separated sizes such as 1,16, got {text!r}") from None
    if any(d < 0 for d in dims):
        raise UsageError(f"--shape {name}: sizes must be >= 0, got {text!r}")
    return dims


def _random_request(args: argparse.Namespace, metadata: ModelMetadataResponse) -> InferRequest:
    """Random inputs shaped by the model's metadata (each -1 replaced by --batch) or --shape."""
    shapes = {k: _shape(v, k) for k, v in option_pairs(args.shape, "--shape").items()}
    datatypes = option_pairs(args.datatype, "--datatype")
    names = [t.name for t in metadata.inputs]
    for option, given in (("--shape", shapes), ("--datatype", datatypes)):
        unknown = sorted(set(given) - set(names))
        if unknown:
            raise UsageError(f"{option} {unknown[0]}: model {metadata.name!r} has no such input ({', '.join(names)})")
    rng = np.random.default_rng(args.seed)
    inputs = []
    for tensor in metadata.inputs:
        datatype = datatypes.get(tensor.name) or (tensor.datatype if dt.lookup(tensor.datatype) else "FP32")
        if dt.lookup(datatype) is None:
            raise UsageError(f"--datatype {tensor.name}: unknown datatype {datatype!r}")
        shape = shapes.get(tensor.name) or tuple(args.batch if d == -1 else int(d) for d in tensor.shape)
        item = InferInput(tensor.name, list(shape), datatype)
        item.set_data_from_numpy(_random(shape, datatype, rng), binary_data=not args.typed)
        inputs.append(item)
    return InferRequest(
        args.model,
        inputs,
        parameters={k: parameter_value(v) for k, v in option_pairs(args.param, "--param").items()},
        model_version=args.model_version or None,
    )


@dataclass
class _Run:
    """What the workers share: the plan, the counters and the measurements."""

    count: int | None
    deadline: float
    started: float = field(default_factory=time.perf_counter)
    issued: int = 0
    done: int = 0
    errors: int = 0
    first_error: RpcError | None = None
    latencies: list[float] = field(default_factory=list)

    def take(self) -> bool:
        """Claim the next request, if the run is not over."""
        if self.count is not None:
            if self.issued >= self.count:
                return False
        elif time.perf_counter() >= self.deadline:
            return False
        self.issued += 1
        return True

    def progress(self) -> float:
        if self.count is not None:
            return self.done / self.count if self.count else 1.0
        span = self.deadline - self.started
        return min(1.0, (time.perf_counter() - self.started) / span) if span > 0 else 1.0


async def _worker(client: InferenceGRPCClient, request: ModelInferRequest, run: _Run) -> None:
    while run.take():
        start = time.perf_counter()
        try:
            await client.infer(request)
        except RpcError as error:
            run.errors += 1
            run.first_error = run.first_error or error
        else:
            run.latencies.append(time.perf_counter() - start)
        run.done += 1


async def _progress_bar(run: _Run, model: str, stream: TextIO) -> None:
    width = 30
    try:
        while True:
            fraction = run.progress()
            filled = int(fraction * width)
            rate = run.done / max(time.perf_counter() - run.started, 1e-9)
            bar = "#" * filled + "-" * (width - filled)
            stream.write(f"\rbench {model} [{bar}] {fraction:4.0%} {run.done} requests, {rate:,.0f}/s ")
            stream.flush()
            await asyncio.sleep(0.1)
    finally:
        stream.write("\r\033[K")
        stream.flush()


async def _bench(args: argparse.Namespace) -> dict[str, Any]:
    async with InferenceGRPCClient(**client_options(args)) as client:
        metadata = await client.model_metadata(args.model, args.model_version)
        request = (
            build_request(args, metadata, args.typed) if args.inputs else _random_request(args, metadata)
        ).to_grpc()
        await client.infer(request)  # a bad request fails here, once, before the clock starts
        duration = (
            args.duration if args.duration is not None else (None if args.count is not None else _DEFAULT_DURATION)
        )
        run = _Run(args.count, time.perf_counter() + (duration or 0.0))
        bar = asyncio.create_task(_progress_bar(run, args.model, sys.stderr)) if sys.stderr.isatty() else None
        try:
            await asyncio.gather(*(_worker(client, request, run) for _ in range(args.concurrency)))
        finally:
            if bar is not None:
                bar.cancel()
                await asyncio.gather(bar, return_exceptions=True)
        elapsed = time.perf_counter() - run.started
    latencies = np.array(run.latencies) * 1000.0
    p50, p90, p99 = np.percentile(latencies, [50, 90, 99]) if latencies.size else (math.nan,) * 3
    return {
        "model": args.model,
        "inputs": {t.name: {"datatype": t.datatype, "shape": [int(d) for d in t.shape]} for t in request.inputs},
        "concurrency": args.concurrency,
        "requests": run.done,
        "errors": run.errors,
        "first_error": str(run.first_error) if run.first_error else None,
        "seconds": elapsed,
        "throughput": run.done / elapsed if elapsed > 0 else 0.0,
        "batch": args.batch,
        "inferences_per_second": run.done * args.batch / elapsed if elapsed > 0 else 0.0,
        "latency_ms": {
            "p50": float(p50),
            "p90": float(p90),
            "p99": float(p99),
            "mean": float(latencies.mean()) if latencies.size else math.nan,
            "min": float(latencies.min()) if latencies.size else math.nan,
            "max": float(latencies.max()) if latencies.size else math.nan,
        },
    }


def bench(args: argparse.Namespace) -> int:
    if args.concurrency < 1:
        raise UsageError(f"--concurrency must be at least 1, got {args.concurrency}")
    if args.count is not None and args.count < 1:
        raise UsageError(f"--count must be at least 1, got {args.count}")
    if args.duration is not None and args.duration <= 0:
        raise UsageError(f"--duration must be positive, got {args.duration}")
    if args.batch < 1:
        raise UsageError(f"--batch must be at least 1, got {args.batch}")
    report = asyncio.run(_bench(args))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        lat = report["latency_ms"]
        inputs = ", ".join(f"{n} {i['datatype']} {shape_text(i['shape'])}" for n, i in report["inputs"].items())
        print(f"model       {report['model']} ({inputs})")
        print(
            f"requests    {report['requests']} in {report['seconds']:.2f} s, "
            f"{report['concurrency']} concurrent, {report['errors']} errors"
        )
        print(
            f"throughput  {report['throughput']:,.1f} requests/s ({report['inferences_per_second']:,.1f} inferences/s)"
        )
        print(
            f"latency     p50 {lat['p50']:.2f} ms   p90 {lat['p90']:.2f} ms   p99 {lat['p99']:.2f} ms   "
            f"(mean {lat['mean']:.2f}, min {lat['min']:.2f}, max {lat['max']:.2f})"
        )
    if report["errors"]:
        print(
            f"inference-grpc: error: {report['errors']} requests failed; first: {report['first_error']}",
            file=sys.stderr,
        )
        return 1
    return 0
