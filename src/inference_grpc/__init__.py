"""inference-grpc: a fast, typed gRPC client for the Open Inference Protocol."""

from .runtime import USE_CLIENT_DEFAULT, DecodeError, RpcError, UseClientDefault

__all__ = ["USE_CLIENT_DEFAULT", "DecodeError", "RpcError", "UseClientDefault"]
