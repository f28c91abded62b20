"""Tensors on the command line: `NAME=FILE.npy|JSON` inputs in, tables, JSON and .npy files out."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .. import _datatypes as dt
from .._parameters import ParameterValue
from ..protocol import ModelMetadataResponse
from ._app import UsageError

__all__ = [
    "Spec",
    "as_jsonable",
    "display",
    "fit_shape",
    "input_specs",
    "load_input",
    "parameter_value",
    "save_npy",
    "shape_text",
    "table",
    "to_array",
]

Spec = tuple[str | None, tuple[int, ...] | None]  # (datatype, shape) an input declares; None: not known


def table(rows: Sequence[Sequence[str]], indent: str = "") -> None:
    """Print rows as left-aligned columns."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def shape_text(shape: Sequence[int] | npt.NDArray[Any]) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def input_specs(metadata: ModelMetadataResponse | None) -> dict[str, Spec]:
    """Each input's declared datatype and shape, as far as the metadata tells them."""
    if metadata is None:
        return {}
    return {
        t.name: (t.datatype if dt.lookup(t.datatype) else None, tuple(int(d) for d in t.shape) or None)
        for t in metadata.inputs
    }


def parameter_value(text: str) -> ParameterValue:
    """A `--param` value: JSON true/false, an integer or a number when it reads as one, else the text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, (bool, int, float, str)) else text


def load_input(name: str, text: str) -> Any:
    """The value of `--input NAME=TEXT`: an array from a .npy file, or JSON values."""
    if text.endswith(".npy") or (not text.lstrip().startswith(("[", "{", '"')) and Path(text).is_file()):
        try:
            return np.load(text, allow_pickle=False)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise UsageError(f"--input {name}: cannot read {text!r}: {reason}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"--input {name}: {text!r} is neither a .npy file nor JSON ({exc})") from None


def to_array(name: str, values: Any, datatype: str | None) -> tuple[npt.NDArray[Any], str]:
    """`values` as an array fit for `datatype` (inferred from the values when None), and that datatype."""
    try:
        array = values if isinstance(values, np.ndarray) else np.array(values)
    except ValueError as exc:  # ragged lists
        raise UsageError(f"--input {name}: not a rectangular array ({exc})") from None
    if datatype is None:
        try:
            datatype = dt.datatype_of(array)
        except ValueError:
            raise UsageError(f"--input {name}: cannot send {array.dtype} values; give --datatype") from None
    info = dt.lookup(datatype)
    if info is None:
        raise UsageError(f"--input {name}: unknown datatype {datatype!r}; expected one of {', '.join(dt.DATATYPES)}")
    kind = array.dtype.kind
    if datatype == "BYTES":
        if kind == "U":
            return np.vectorize(lambda s: s.encode("utf-8"), otypes=[object])(array), datatype
        if kind in "OS":
            return array, datatype
        raise UsageError(f"--input {name}: BYTES needs strings, got {array.dtype} values")
    if datatype == "BOOL":
        if kind == "b":
            return array, datatype
        raise UsageError(f"--input {name}: BOOL needs true/false values, got {array.dtype} values")
    if kind not in "biuf" and not (datatype == "BF16" and array.dtype == dt.bf16_dtype()):
        raise UsageError(f"--input {name}: {datatype} needs numbers, got {array.dtype} values")
    if datatype == "BF16":
        return array.astype(np.float32) if array.dtype != dt.bf16_dtype() else array, datatype
    target = info.dtype
    if target.kind in "iu":
        if kind == "f" and not np.all(np.mod(array, 1) == 0):
            raise UsageError(f"--input {name}: {datatype} needs whole numbers")
        bounds = np.iinfo(target)
        if array.size and (array.min() < bounds.min or array.max() > bounds.max):
            raise UsageError(f"--input {name}: values out of range for {datatype} ({bounds.min} to {bounds.max})")
    return array.astype(target), datatype


def fit_shape(array: npt.NDArray[Any], declared: tuple[int, ...] | None) -> npt.NDArray[Any]:
    """`array` reshaped to the model's declared shape when that is the evident intent.

    A flat list for a fixed shape ([1, 16]) is reshaped, and one row for a batched shape
    ([-1, 4]) gains its batch dimension; anything else is sent as given, for the server to judge.
    """
    if declared is None or _matches(array.shape, declared):
        return array
    if len(declared) == array.ndim + 1 and _matches((1, *array.shape), declared):
        return array.reshape((1, *array.shape))
    if -1 not in declared and math.prod(declared) == array.size:
        return array.reshape(declared)
    return array


def _matches(shape: Sequence[int], declared: Sequence[int]) -> bool:
    return len(shape) == len(declared) and all(d in (-1, s) for s, d in zip(shape, declared, strict=True))


def _text(item: Any) -> Any:
    return item.decode("utf-8", "replace") if isinstance(item, bytes) else item


def _readable(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """BYTES as text and bfloat16 as float32, which numpy prints and JSON encodes."""
    if array.dtype.kind in "OS":
        out = np.empty(array.shape, dtype=object)
        out.reshape(-1)[:] = [_text(x) for x in array.reshape(-1)]
        return out
    if array.dtype.kind == "V":  # ml_dtypes' bfloat16
        return array.astype(np.float32)
    return array


def display(array: npt.NDArray[Any], width: int = 80) -> str:
    """One line of an array's values, elided in the middle when long."""
    text = np.array2string(
        _readable(array),
        threshold=24,
        edgeitems=3,
        max_line_width=1 << 20,
        separator=" ",
        formatter={"float_kind": "{:.4g}".format},
    )
    # One line, without the padding numpy adds to align columns.
    text = " ".join(text.split()).replace("[ ", "[").replace(" ]", "]")
    return text if len(text) <= width else text[: width - 5] + " ...]"


def as_jsonable(array: npt.NDArray[Any]) -> Any:
    """Nested lists of plain values (BYTES as str) for json.dumps."""
    values = _readable(array).tolist()
    return values


def save_npy(directory: Path, name: str, array: npt.NDArray[Any]) -> Path:
    """Write `array` to DIRECTORY/NAME.npy; BYTES become a fixed-width bytes array (no pickle needed)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / (re.sub(r"[^A-Za-z0-9_.-]", "_", name) + ".npy")
    if array.dtype.kind == "O":
        array = np.array([bytes(x) for x in array.reshape(-1)], dtype=np.bytes_).reshape(array.shape)
    elif array.dtype.kind == "V":
        array = array.astype(np.float32)
    np.save(path, array, allow_pickle=False)
    return path
