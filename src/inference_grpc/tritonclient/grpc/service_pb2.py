"""tritonclient's `grpc.service_pb2`: protobuf classes in a descriptor pool of their own (generated into
inference_grpc_gen.triton_pb2.service_pb2 by `make generate` from protos/triton)."""

from inference_grpc_gen.triton_pb2.service_pb2 import *  # noqa: F403
from inference_grpc_gen.triton_pb2.service_pb2 import __all__ as __all__
