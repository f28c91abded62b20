"""The Open Inference Protocol's generated messages and stubs, at a stable import path.

from inference_grpc.protocol import ModelInferRequest, GRPCInferenceServiceStub
"""

from inference_grpc_gen.oip.inference import *  # noqa: F403
from inference_grpc_gen.oip.inference import __all__ as __all__
