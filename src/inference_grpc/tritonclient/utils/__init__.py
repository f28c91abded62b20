"""tritonclient's `utils`: datatype maps, BYTES and BF16 tensor (de)serialization, and
InferenceServerException. A star import gives the names tritonclient's gives (numpy as `np`,
`struct` and `ml_dtypes` included, as its module-level imports are)."""

from __future__ import annotations

import struct

import numpy as np

from .._extra import require

ml_dtypes = require("ml_dtypes", "ml_dtypes")

from ._exception import InferenceServerException, raise_error  # noqa: E402
from ._tensors import (  # noqa: E402
    deserialize_bf16_tensor,
    deserialize_bytes_tensor,
    np_to_triton_dtype,
    serialize_bf16_tensor,
    serialize_byte_tensor,
    serialized_byte_size,
    triton_to_np_dtype,
)

__all__ = [
    "TRITON_RESERVED_REQUEST_PARAMS",
    "TRITON_RESERVED_REQUEST_PARAMS_PREFIX",
    "InferenceServerException",
    "deserialize_bf16_tensor",
    "deserialize_bytes_tensor",
    "ml_dtypes",
    "np",
    "np_to_triton_dtype",
    "raise_error",
    "serialize_bf16_tensor",
    "serialize_byte_tensor",
    "serialized_byte_size",
    "struct",
    "triton_to_np_dtype",
]

# Request parameters Triton keeps for itself: infer() sets them from its own arguments and
# refuses them (and any name starting with the prefix) in `parameters=`.
TRITON_RESERVED_REQUEST_PARAMS = [
    "sequence_id",
    "sequence_start",
    "sequence_end",
    "priority",
    "timeout",
    "headers",
    "binary_data_output",
]
TRITON_RESERVED_REQUEST_PARAMS_PREFIX = "triton_"
