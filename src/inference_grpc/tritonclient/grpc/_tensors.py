"""InferInput and InferRequestedOutput as tritonclient has them, each a thin adapter over the
native tensor (inference_grpc.InferInput / RequestedOutput): the native object holds the name,
shape, datatype, data and parameters, and requests are built from it by the native codec.

`_get_tensor()` and `_get_content()` give what tritonclient's do (the protobuf tensor message and
the raw contents), encoded from the native tensor by the same native conversion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ..._parameters import to_parameters
from ..._tensor import InferInput as NativeInput
from ..._tensor import RequestedOutput as NativeOutput
from ..._tensor import tensor_contents
from ...protocol import ModelInferRequestInferInputTensor, ModelInferRequestInferRequestedOutputTensor
from ...runtime import InvalidInput
from ..utils import np_to_triton_dtype, raise_error
from . import service_pb2

__all__ = ["InferInput", "InferRequestedOutput"]

_SHM = ("shared_memory_region", "shared_memory_byte_size", "shared_memory_offset")


def _shape(shape: Sequence[int]) -> list[int]:
    try:
        return [int(d) for d in shape]
    except (TypeError, ValueError):
        raise_error(f"shape must be a sequence of integers, got {shape!r}")


def _as_text(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    out = np.empty(array.shape, dtype=np.object_)
    out.reshape(-1)[:] = [x if isinstance(x, (bytes, str)) else str(x) for x in array.reshape(-1).tolist()]
    return out


class InferInput:
    """An input tensor of an inference request: name, shape, datatype, and data (from a numpy
    array, or a shared memory region)."""

    def __init__(self, name: str, shape: Sequence[int], datatype: str) -> None:
        try:
            self._native = NativeInput(name, _shape(shape), datatype)
        except InvalidInput as exc:
            raise_error(str(exc))

    def to_native(self) -> NativeInput:
        """The native inference_grpc.InferInput this one stands for (shared, not a copy)."""
        return self._native

    def name(self) -> str:
        return self._native.name

    def datatype(self) -> str:
        return self._native.datatype

    def shape(self) -> list[int]:
        return list(self._native.shape)

    def set_shape(self, shape: Sequence[int]) -> InferInput:
        """Change the shape (the data set before is kept); returns self."""
        self._native.shape = _shape(shape)
        return self

    def set_data_from_numpy(self, input_tensor: npt.NDArray[Any], binary_data: bool = True) -> InferInput:
        """Use the array as this input's data (shared memory settings are dropped); returns self.

        The array must have the input's datatype and shape. It travels as raw bytes (as
        tritonclient sends it), or as typed contents with `binary_data=False`. A C-contiguous
        little-endian array is sent without being copied here.
        """
        if not isinstance(input_tensor, np.ndarray):
            raise_error("input_tensor must be a numpy array")
        expected = self._native.datatype
        dtype = np_to_triton_dtype(input_tensor.dtype)
        if dtype != expected:
            message = f"got unexpected datatype {dtype} from numpy array, expected {expected}."
            if expected == "BF16":
                message += " BF16 inputs take ml_dtypes.bfloat16 arrays: np.array(data, dtype=ml_dtypes.bfloat16)."
            raise_error(message)
        if list(input_tensor.shape) != self._native.shape:
            raise_error(
                f"got unexpected numpy array shape [{str(input_tensor.shape)[1:-1]}], "
                f"expected [{', '.join(map(str, self._native.shape))}]"
            )
        for key in _SHM:
            self._native.parameters.pop(key, None)
        try:
            self._native.set_data_from_numpy(input_tensor, binary_data=binary_data)
        except InvalidInput as exc:
            if expected != "BYTES" or input_tensor.dtype != np.object_:
                raise_error(str(exc))
            # Objects that are neither bytes nor str: tritonclient sends the UTF-8 of their str().
            self._native.set_data_from_numpy(_as_text(input_tensor), binary_data=binary_data)
        return self

    def set_shared_memory(self, region_name: str, byte_size: int, offset: int = 0) -> InferInput:
        """Take the data from `byte_size` bytes of a registered shared memory region, from byte
        `offset` on (any data set before is dropped); returns self."""
        native = self._native
        parameters = {k: v for k, v in native.parameters.items() if k not in _SHM}
        parameters["shared_memory_region"] = region_name
        parameters["shared_memory_byte_size"] = byte_size
        if offset != 0:
            parameters["shared_memory_offset"] = offset
        self._native = NativeInput(native.name, native.shape, native.datatype, parameters=parameters)
        return self

    def _get_tensor(self) -> Any:
        """The service_pb2.ModelInferRequest.InferInputTensor this input becomes."""
        return service_pb2.ModelInferRequest.InferInputTensor.FromString(bytes(self._message()[0]))

    def _get_content(self) -> bytes | None:
        """The raw contents this input sends, or None (typed contents or shared memory)."""
        raw = self._message()[1]
        return None if raw is None else memoryview(raw).tobytes()

    def _message(self) -> tuple[ModelInferRequestInferInputTensor, Any]:
        native = self._native
        contents, raw = None, None
        if native.raw_data is not None or native.data is not None:
            try:
                contents, raw = tensor_contents(native)
            except InvalidInput as exc:
                raise_error(str(exc))
        parameters = to_parameters(native.parameters, f"input {native.name!r}") if native.parameters else {}
        return ModelInferRequestInferInputTensor(
            name=native.name,
            datatype=native.datatype,
            shape=list(native.shape),
            parameters=parameters,
            contents=contents,
        ), raw

    def __repr__(self) -> str:
        return f"InferInput(name={self.name()!r}, shape={self.shape()}, datatype={self.datatype()!r})"


class InferRequestedOutput:
    """An output to return: by name, optionally as its top `class_count` classifications, or
    into a registered shared memory region."""

    def __init__(self, name: str, class_count: int = 0) -> None:
        parameters = {"classification": class_count} if class_count != 0 else None
        try:
            self._native = NativeOutput(name, parameters)
        except InvalidInput as exc:
            raise_error(str(exc))

    def to_native(self) -> NativeOutput:
        """The native inference_grpc.RequestedOutput this one stands for (shared, not a copy)."""
        return self._native

    def name(self) -> str:
        return self._native.name

    def set_shared_memory(self, region_name: str, byte_size: int, offset: int = 0) -> None:
        """Have the server write this output into `byte_size` bytes of a registered shared memory
        region, from byte `offset` on. Not for classification outputs."""
        parameters = self._native.parameters
        if "classification" in parameters:
            raise_error("shared memory can't be set on classification output")
        parameters["shared_memory_region"] = region_name
        parameters["shared_memory_byte_size"] = byte_size
        if offset != 0:
            parameters["shared_memory_offset"] = offset

    def unset_shared_memory(self) -> None:
        """Return this output in the response again, not in shared memory."""
        for key in _SHM:
            self._native.parameters.pop(key, None)

    def _get_tensor(self) -> Any:
        """The service_pb2.ModelInferRequest.InferRequestedOutputTensor this output becomes."""
        native = self._native
        message = ModelInferRequestInferRequestedOutputTensor(
            name=native.name,
            parameters=to_parameters(native.parameters, f"requested output {native.name!r}"),
        )
        return service_pb2.ModelInferRequest.InferRequestedOutputTensor.FromString(bytes(message))

    def __repr__(self) -> str:
        return f"InferRequestedOutput(name={self.name()!r})"
