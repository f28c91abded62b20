"""The inference-grpc code generator: .proto -> typed model -> Jinja templates -> Python."""

from .cli import Target, generate, main

__all__ = ["Target", "generate", "main"]
