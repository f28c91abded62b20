"""The commands `serve`, `live`, `ready`, `model-ready`, `metadata` and `infer`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from pathlib import Path
from typing import Any

import grpc

from .. import __version__
from .._channel import parse_url
from .._errors import RpcError
from .._inference import InferRequest, InferResponse
from .._parameters import from_parameters, plain_parameters
from .._tensor import InferInput, RequestedOutput
from ..client import SyncInferenceGRPCClient
from ..protocol import ModelMetadataResponse
from ._app import DEFAULT_URL, UsageError, client_options
from ._tensors import (
    as_jsonable,
    display,
    fit_shape,
    input_specs,
    load_input,
    parameter_value,
    save_npy,
    shape_text,
    table,
    to_array,
)

__all__ = [
    "SERVE_HOST",
    "SERVE_PORT",
    "add_infer",
    "add_serve",
    "build_request",
    "infer",
    "live",
    "metadata",
    "model_ready",
    "option_pairs",
    "ready",
    "serve",
]

SERVE_HOST, SERVE_PORT = "127.0.0.1", 8001  # where `serve` listens by default: DEFAULT_URL


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2))


def _client(args: argparse.Namespace) -> SyncInferenceGRPCClient:
    return SyncInferenceGRPCClient(**client_options(args))


# -- serve -----------------------------------------------------------------------------------


def add_serve(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=SERVE_HOST,
        help="interface to listen on (default 127.0.0.1; 0.0.0.0: all; or --url host:port)",
    )
    parser.add_argument(
        "--port", type=int, default=SERVE_PORT, help="port to listen on (default 8001; 0: any free port)"
    )
    parser.add_argument("--tls-cert", metavar="PEM", help="serve TLS with this certificate chain")
    parser.add_argument("--tls-key", metavar="PEM", help="the private key of --tls-cert")
    parser.add_argument("--tls-client-ca", metavar="PEM", help="require client certificates signed by this CA")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: model tracebacks too)")


def _listen_address(args: argparse.Namespace) -> tuple[str, int]:
    """Where `serve` listens: --url host:port (the option every command takes), or --host and --port."""
    host, port = args.host, args.port
    url = getattr(args, "url", DEFAULT_URL)
    if url != DEFAULT_URL:
        if (host, port) != (SERVE_HOST, SERVE_PORT):
            raise UsageError("give --url, or --host and --port, not both")
        try:
            target, _ = parse_url(url, secure=False)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if target.startswith(("dns:", "ipv4:", "ipv6:", "unix:", "unix-abstract:", "vsock:")):
            raise UsageError(f"serve --url takes host:port, not the gRPC target {url!r}")
        name, _, number = target.rpartition(":")
        host, port = name.strip("[]"), int(number)
    if not 0 <= port < 65536:
        raise UsageError(f"--port must be 0-65535, got {port}")
    return host, port


def serve(args: argparse.Namespace) -> int:
    from ..server import TLSConfig, demo_models
    from ..server import serve as serve_models

    if (args.tls_cert is None) != (args.tls_key is None):
        raise UsageError("--tls-cert and --tls-key go together")
    if args.tls_client_ca is not None and args.tls_cert is None:
        raise UsageError("--tls-client-ca needs --tls-cert and --tls-key")
    host, port = _listen_address(args)
    tls = None if args.tls_cert is None else TLSConfig(args.tls_cert, args.tls_key, args.tls_client_ca)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("grpc").setLevel(logging.WARNING)
    registry = demo_models()

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            # Not on Windows, where Ctrl-C raises KeyboardInterrupt instead.
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        async with serve_models(registry, host=host, port=port, tls=tls, grace=2.0) as url:
            if args.json:
                print(json.dumps({"url": url, "models": registry.names(), "tls": tls is not None}), flush=True)
            else:
                scheme = " with TLS" if tls is not None else ""
                print(f"inference-grpc {__version__} serving on {url}{scheme}", flush=True)
                print(f"models: {', '.join(registry.names())}", flush=True)
                print("press Ctrl-C to stop", flush=True)
            await stop.wait()
        if not args.json:
            print("stopped", flush=True)

    with contextlib.suppress(KeyboardInterrupt):  # where signal handlers are not available
        asyncio.run(run())
    return 0


# -- health ----------------------------------------------------------------------------------


def _verdict(args: argparse.Namespace, what: str, key: str, ok: bool, extra: dict[str, Any] | None = None) -> int:
    if args.json:
        _print_json({**(extra or {"url": args.url}), key: ok})
    else:
        print(f"{what} is {'' if ok else 'not '}{key}")
    return 0 if ok else 1


def live(args: argparse.Namespace) -> int:
    with _client(args) as client:
        return _verdict(args, f"server {args.url}", "live", client.is_server_live())


def ready(args: argparse.Namespace) -> int:
    with _client(args) as client:
        return _verdict(args, f"server {args.url}", "ready", client.is_server_ready())


def model_ready(args: argparse.Namespace) -> int:
    with _client(args) as client:
        ok = client.is_model_ready(args.model, args.model_version)
    version = f" version {args.model_version}" if args.model_version else ""
    extra = {"model": args.model, "version": args.model_version}
    return _verdict(args, f"model {args.model!r}{version}", "ready", ok, extra)


# -- metadata --------------------------------------------------------------------------------


def _tensors_json(tensors: Any) -> list[dict[str, Any]]:
    return [{"name": t.name, "datatype": t.datatype, "shape": [int(d) for d in t.shape]} for t in tensors]


def metadata(args: argparse.Namespace) -> int:
    with _client(args) as client:
        if args.model is None:
            server = client.server_metadata()
            if args.json:
                _print_json({"name": server.name, "version": server.version, "extensions": list(server.extensions)})
            else:
                table(
                    [
                        ("name", server.name),
                        ("version", server.version),
                        ("extensions", ", ".join(server.extensions) or "-"),
                    ]
                )
            return 0
        model = client.model_metadata(args.model, args.model_version)
    if args.json:
        _print_json(
            {
                "name": model.name,
                "versions": list(model.versions),
                "platform": model.platform,
                "inputs": _tensors_json(model.inputs),
                "outputs": _tensors_json(model.outputs),
                "properties": plain_parameters(from_parameters(model.properties)),
            }
        )
        return 0
    print_model(model)
    return 0


def print_model(model: ModelMetadataResponse, indent: str = "") -> None:
    """A model's metadata as an aligned text table."""
    table(
        [("model", model.name), ("versions", ", ".join(model.versions) or "-"), ("platform", model.platform or "-")],
        indent,
    )
    for title, tensors in (("inputs", model.inputs), ("outputs", model.outputs)):
        print(f"{indent}{title}")
        if tensors:
            table([(t.name, t.datatype, shape_text(t.shape)) for t in tensors], indent + "  ")
    if model.properties:
        print(f"{indent}properties")
        table([(k, str(v)) for k, v in from_parameters(model.properties).items()], indent + "  ")


# -- infer -----------------------------------------------------------------------------------


def add_infer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", metavar="MODEL")
    parser.add_argument(
        "--input",
        "-i",
        dest="inputs",
        action="append",
        default=[],
        metavar="NAME=FILE.npy|JSON",
        help="an input tensor, from a .npy file or JSON such as INPUT0='[[1,2,3]]' (repeatable)",
    )
    parser.add_argument(
        "--datatype",
        "-d",
        action="append",
        default=[],
        metavar="NAME=DT",
        help="an input's datatype (default: the model's metadata, else the values' type)",
    )
    parser.add_argument(
        "--output", "-o", dest="outputs", action="append", default=[], metavar="NAME", help="return only these outputs"
    )
    parser.add_argument("--out", metavar="DIR", type=Path, help="also write each output to DIR/NAME.npy")
    parser.add_argument(
        "--param", "-p", action="append", default=[], metavar="K=V", help="a request parameter, e.g. top_k=2"
    )
    parser.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")
    parser.add_argument("--id", dest="request_id", default=None, help="the request id")
    parser.add_argument("--typed", action="store_true", help="send typed contents instead of raw bytes")


def option_pairs(items: list[str], option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"{option} expects NAME=VALUE, got {item!r}")
        if key in out:
            raise UsageError(f"{option} {key} is given twice")
        out[key] = value
    return out


def _metadata_or_none(client: SyncInferenceGRPCClient, model: str, version: str) -> ModelMetadataResponse | None:
    """The model's metadata, or None when the server will not say (the inference reports why)."""
    try:
        return client.model_metadata(model, version)
    except RpcError as error:
        if error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
            raise
        return None


def build_request(
    args: argparse.Namespace, metadata: ModelMetadataResponse | None, typed: bool = False
) -> InferRequest:
    """The InferRequest that `--input`, `--datatype`, `--output`, `--param` and `--id` describe."""
    if not args.inputs:
        raise UsageError("give at least one --input NAME=FILE.npy|JSON")
    values = option_pairs(args.inputs, "--input")
    datatypes = option_pairs(args.datatype, "--datatype")
    unknown = sorted(set(datatypes) - set(values))
    if unknown:
        raise UsageError(f"--datatype {unknown[0]} names no --input")
    specs = input_specs(metadata)
    inputs = []
    for name, text in values.items():
        declared_type, declared_shape = specs.get(name, (None, None))
        array, datatype = to_array(name, load_input(name, text), datatypes.get(name, declared_type))
        array = fit_shape(array, declared_shape)
        tensor = InferInput(name, list(array.shape), datatype)
        tensor.set_data_from_numpy(array, binary_data=not typed)
        inputs.append(tensor)
    params = {k: parameter_value(v) for k, v in option_pairs(args.param, "--param").items()}
    return InferRequest(
        args.model,
        inputs,
        request_id=args.request_id,
        parameters=params,
        request_outputs=[RequestedOutput(name) for name in args.outputs],
        model_version=args.model_version or None,
    )


def infer(args: argparse.Namespace) -> int:
    with _client(args) as client:
        request = build_request(args, _metadata_or_none(client, args.model, args.model_version), args.typed)
        response = client.infer(request)
    print_response(response, args.json, args.out)
    return 0


def print_response(response: InferResponse, as_json: bool, out: Path | None = None, indent: str = "") -> None:
    """A response's outputs as a table (or JSON), saving each to OUT/NAME.npy when asked."""
    arrays = [(o, o.as_numpy()) for o in response.outputs]
    files = {o.name: save_npy(out, o.name, a) for o, a in arrays} if out is not None else {}
    if as_json:
        _print_json(
            {
                "model_name": response.model_name,
                "model_version": response.model_version or "",
                "id": response.id or "",
                "parameters": plain_parameters(response.parameters),
                "outputs": [
                    {
                        "name": o.name,
                        "datatype": o.datatype,
                        "shape": list(o.shape),
                        "data": as_jsonable(a),
                        **({"file": str(files[o.name])} if o.name in files else {}),
                    }
                    for o, a in arrays
                ],
            }
        )
        return
    version = f" version {response.model_version}" if response.model_version else ""
    request_id = f", id {response.id!r}" if response.id else ""
    print(f"{indent}model {response.model_name!r}{version}{request_id}")
    rows = [(o.name, o.datatype, shape_text(o.shape), display(a)) for o, a in arrays]
    table([("OUTPUT", "DATATYPE", "SHAPE", "VALUES"), *rows], indent + "  ")
    for name, path in files.items():
        print(f"{indent}wrote {name} to {path}")
    sys.stdout.flush()
