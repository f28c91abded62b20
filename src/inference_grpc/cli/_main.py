"""The `inference-grpc` command line: argument parsing, dispatch and error reporting.

Errors are one line on stderr and an exit code, never a traceback: 1 when the server (or the
network) fails, 2 when the command line is wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import grpc

from .. import __version__
from .._errors import InvalidInput, RpcError
from . import _bench, _commands, _demo, _triton
from ._app import DEFAULT_URL, EXIT_FAILURE, EXIT_USAGE, PROG, Parser, UsageError, add_globals

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="A command-line client (and demo server) for the Open Inference Protocol over gRPC.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_globals(parser, defaults=True)
    common = Parser(add_help=False)
    add_globals(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    _commands.add_serve(command("serve", _commands.serve, "run the embedded server with the demo models"))
    command("demo", _demo.demo, "start an embedded server and walk the client through it")
    command("live", _commands.live, "is the server live? (exit 0 if so, 1 if not)")
    command("ready", _commands.ready, "is the server ready? (exit 0 if so, 1 if not)")
    sub = command("model-ready", _commands.model_ready, "is a model ready? (exit 0 if so, 1 if not)")
    sub.add_argument("model", metavar="MODEL")
    sub.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")
    sub = command("metadata", _commands.metadata, "show the server's metadata, or a model's")
    sub.add_argument("model", metavar="MODEL", nargs="?")
    sub.add_argument("--version", dest="model_version", default="", metavar="V", help="a version of the model")
    _commands.add_infer(command("infer", _commands.infer, "run one inference and print its outputs"))
    _triton.add_stream(command("stream", _triton.stream, "stream requests to a model over ModelStreamInfer (Triton)"))
    _triton.add_config(command("config", _triton.config, "show a model's configuration (Triton's ModelConfig)"))
    _triton.add_stats(command("stats", _triton.stats, "show inference statistics, of one model or all"))
    _triton.add_index(command("index", _triton.index, "list the models of the repository and their state"))
    _bench.add_bench(command("bench", _bench.bench, "generate load and report throughput and latency"))
    return parser


def _describe(error: RpcError, args: argparse.Namespace) -> str:
    details = " ".join(error.details().split())
    url = getattr(args, "url", DEFAULT_URL)
    # A model that is not loaded is UNAVAILABLE too, but its server answered: only the rest is "unreachable".
    if error.code() == grpc.StatusCode.UNAVAILABLE and (not error.model or "connect" in details.lower()):
        return f"cannot reach the server at {url}: {details}"
    if error.code() == grpc.StatusCode.DEADLINE_EXCEEDED:
        return f"{error.method} got no answer from {url} within {args.timeout:g} s (see --timeout)"
    about = f" for model {error.model!r}" if error.model else ""
    return f"{error.method}{about} failed: {error.code().name}: {details}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except RpcError as error:
        return _fail(_describe(error, args), EXIT_FAILURE)
    except (UsageError, InvalidInput) as error:
        return _fail(str(error), EXIT_USAGE)
    except ValueError as error:  # the client refusing its arguments: a url, a header, a PEM file
        return _fail(str(error), EXIT_USAGE)
    except BrokenPipeError:  # `inference-grpc ... | head` closed our stdout: nothing left to say
        return EXIT_FAILURE
    except OSError as error:
        return _fail(str(error), EXIT_FAILURE)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as error:  # a bug: still one line, naming the exception
        return _fail(f"unexpected {type(error).__name__}: {error}", EXIT_FAILURE)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code
