"""Tensors <-> pandas DataFrames, for code written against kserve's `as_dataframe()` and its model
server's DataFrame results. pandas is an optional extra (`pip install "inference-grpc[pandas]"`),
imported on first use only.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, TypeVar

import numpy as np

from ._datatypes import datatype_of
from ._tensor import InferInput, InferOutput
from .runtime import InvalidInput

__all__ = ["as_dataframe", "tensors_of"]

T = TypeVar("T", InferInput, InferOutput)


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ImportError(
            "DataFrame helpers need pandas, which is not installed: pip install 'inference-grpc[pandas]'"
        ) from None


def _column(tensor: InferInput | InferOutput) -> Any:
    """A tensor's values in row-major order, BYTES elements as text when they are UTF-8."""
    values = tensor.as_numpy().reshape(-1)
    if tensor.datatype != "BYTES":
        return values
    out = []
    for item in values.tolist():
        if isinstance(item, (bytes, bytearray, memoryview)):
            try:
                item = bytes(item).decode("utf-8")
            except UnicodeDecodeError:
                item = bytes(item)
        out.append(item)
    return out


def as_dataframe(tensors: Sequence[InferInput | InferOutput]) -> Any:
    """One column per tensor, named after it, of its values in row-major order (raw or typed);
    columns of different lengths are padded with NaN, as pandas aligns them."""
    pd = _pandas()
    return pd.DataFrame({t.name: pd.Series(_column(t)) for t in tensors})


def tensors_of(cls: type[T], dataframe: Any, binary_data: bool) -> list[T]:
    """A tensor of shape [rows] per column: text and objects as BYTES, numbers as their dtype."""
    pd = _pandas()
    if not isinstance(dataframe, pd.DataFrame):
        raise InvalidInput(f"expected a pandas DataFrame, got {type(dataframe).__name__}")
    out = []
    for name in dataframe.columns:
        column = dataframe[name]
        array = column.to_numpy()
        if array.dtype.kind not in "biufOSU" or (array.dtype.kind == "f" and array.dtype.itemsize not in (2, 4, 8)):
            if array.dtype.kind != "M":  # datetimes go as text, as kserve sends them
                raise InvalidInput(f"column {name!r}: dtype {column.dtype} has no Open Inference Protocol datatype")
            array = np.array([str(x) for x in column.tolist()], dtype=object)
        if array.dtype.kind in "OSU":
            array = np.array(column.tolist(), dtype=object)
        tensor = cls(str(name), [len(array)], datatype_of(array))
        tensor.set_data_from_numpy(array, binary_data=binary_data)
        out.append(tensor)
    return out
