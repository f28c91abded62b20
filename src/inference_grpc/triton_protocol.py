"""Triton's variant of the protocol: its generated messages and stubs, at a stable import path.

from inference_grpc.triton_protocol import ModelConfig, ModelStreamInferResponse, GRPCInferenceServiceStub

Triton serves a superset of the Open Inference Protocol (`inference_grpc.protocol`, the KServe
variant): streaming inference, model configuration, statistics, the repository index, shared
memory, trace and log settings, and its own layout of the repository load and unload requests.
Both variants use the proto package `inference`; they are separate Python packages with their own
classes, so both can be imported in one process (no protobuf descriptor pool is involved). A
message of one variant is not an instance of the other's class: convert through bytes, e.g.
`ModelInferRequest.parse(bytes(kserve_request))`.
"""

from inference_grpc_gen.triton.inference import *  # noqa: F403
from inference_grpc_gen.triton.inference import __all__ as __all__
