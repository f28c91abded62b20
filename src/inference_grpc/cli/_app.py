"""What every command shares: the global options, the client they describe, and the errors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

__all__ = [
    "DEFAULT_URL",
    "EXIT_FAILURE",
    "EXIT_USAGE",
    "PROG",
    "Parser",
    "UsageError",
    "add_globals",
    "client_options",
]

EXIT_FAILURE = 1
EXIT_USAGE = 2
PROG = "inference-grpc"
DEFAULT_URL = "127.0.0.1:8001"


class UsageError(Exception):
    """The command line asks for something impossible (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _pair(option: str) -> Callable[[str], tuple[str, str]]:
    def parse(text: str) -> tuple[str, str]:
        key, sep, value = text.partition("=")
        if not sep or not key:
            raise argparse.ArgumentTypeError(f"expected {option}, got {text!r}")
        return key, value

    parse.__name__ = option  # argparse names the type in its message
    return parse


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def add_globals(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The options every command takes, before or after the command's name.

    Subcommands declare them again with suppressed defaults, so `--url X live` and
    `live --url X` both work and neither position overrides the other with a default.
    """

    def d(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    group = parser.add_argument_group("connection options")
    group.add_argument("--url", default=d(DEFAULT_URL), help=f"server address, host:port (default {DEFAULT_URL})")
    group.add_argument("--ssl", action="store_true", default=d(False), help="connect with TLS")
    group.add_argument("--root-certificates", metavar="PEM", default=d(None), help="CA certificates to trust")
    group.add_argument("--private-key", metavar="PEM", default=d(None), help="client key, for mutual TLS")
    group.add_argument("--certificate-chain", metavar="PEM", default=d(None), help="client certificate, for mutual TLS")
    group.add_argument(
        "--header",
        metavar="K=V",
        action="append",
        type=_pair("K=V"),
        default=d([]),
        help="gRPC metadata sent with every call (repeatable)",
    )
    group.add_argument("--timeout", type=_positive, metavar="S", default=d(30.0), help="deadline per call (default 30)")
    group.add_argument("--json", action="store_true", default=d(False), help="print JSON instead of text")


def client_options(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for InferenceGRPCClient / SyncInferenceGRPCClient from the global options."""
    return {
        "url": args.url,
        "use_ssl": args.ssl,
        "root_certificates": args.root_certificates,
        "private_key": args.private_key,
        "certificate_chain": args.certificate_chain,
        "timeout": args.timeout,
        "headers": list(args.header) or None,
        "retries": 1,  # a command line should answer at once, not retry an unreachable server
    }
