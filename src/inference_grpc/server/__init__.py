"""An embedded Open Inference Protocol server: Python callables served over real gRPC.

    import numpy as np
    from inference_grpc.server import Model, TensorSpec, serve

    double = Model(
        "double",
        lambda inputs: {"y": inputs["x"] * 2},
        inputs=[TensorSpec("x", "FP32", [-1])],
        outputs=[TensorSpec("y", "FP32", [-1])],
    )
    async with serve([double]) as url:  # "127.0.0.1:PORT"
        ...

`serve_in_thread()` does the same for blocking code, and `demo_models()` holds ready-made
models (`simple`, `simple_fp32`, `identity`, `echo_bytes`, `classifier`, and `stream_words`, a
streaming one), served when no models are given.

The server answers Triton's superset of the protocol: a model whose function is a generator or
async generator is decoupled (0..n responses per request over ModelStreamInfer); ModelConfig,
ModelStatistics, RepositoryIndex, system shared memory, and trace and log settings work too.
"""

from __future__ import annotations

from ._demo import demo_models
from ._model import ANY_DATATYPE, Model, ModelFn, ModelRegistry, TensorSpec
from ._serve import TLSConfig, serve, serve_in_thread
from ._servicer import SERVER_EXTENSIONS, SERVER_NAME, InferenceServicer

__all__ = [
    "ANY_DATATYPE",
    "SERVER_EXTENSIONS",
    "SERVER_NAME",
    "InferenceServicer",
    "Model",
    "ModelFn",
    "ModelRegistry",
    "TLSConfig",
    "TensorSpec",
    "demo_models",
    "serve",
    "serve_in_thread",
]
