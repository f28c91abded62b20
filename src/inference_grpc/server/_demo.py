"""Built-in demo models: Triton's classic `simple` pair, identity, BYTES echo, a tiny classifier and a
streaming (decoupled) model."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
import numpy.typing as npt

from .._errors import InvalidInput
from .._inference import InferRequest
from .._tensor import InferOutput
from ._model import Model, ModelRegistry, TensorSpec

__all__ = ["CLASSIFIER_FEATURES", "CLASSIFIER_LABELS", "MAX_WORD_DELAY", "demo_models"]

Arrays = dict[str, npt.NDArray[Any]]

CLASSIFIER_LABELS = ("setosa", "versicolor", "virginica")
CLASSIFIER_FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")

# The per-class feature means of Fisher's iris data (cm). Scoring a flower by its negative
# squared distance to each mean is a nearest-centroid classifier, which is linear:
# -|x - m|^2 / 2 = x.m - |m|^2 / 2 - |x|^2 / 2, and the last term cancels in the softmax.
_CENTROIDS = np.array(
    [
        [5.006, 3.428, 1.462, 0.246],
        [5.936, 2.770, 4.260, 1.326],
        [6.588, 2.974, 5.552, 2.026],
    ],
    dtype=np.float32,
)
_WEIGHTS = _CENTROIDS.T  # [4, 3]
_BIAS = -0.5 * (_CENTROIDS**2).sum(axis=1)  # [3]


def _simple(inputs: Arrays) -> Arrays:
    a, b = inputs["INPUT0"], inputs["INPUT1"]
    return {"OUTPUT0": a + b, "OUTPUT1": a - b}


def _identity(inputs: Arrays, parameters: dict[str, Any], request: InferRequest) -> dict[str, InferOutput]:
    # Built from the request's tensor so the reply keeps its datatype (BF16 even without
    # ml_dtypes) and echoes its tensor parameters.
    tensor = request.inputs[0]
    output = InferOutput("OUTPUT0", tensor.shape, tensor.datatype, parameters=tensor.parameters)
    output.set_data_from_numpy(inputs["INPUT0"])
    return {"OUTPUT0": output}


def _echo_bytes(inputs: Arrays) -> Arrays:
    return {"OUTPUT0": inputs["INPUT0"]}


def _classify(inputs: Arrays, parameters: dict[str, Any]) -> Arrays:
    top_k = parameters.get("top_k", 1)
    if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= len(CLASSIFIER_LABELS):
        raise InvalidInput(f"parameter 'top_k' must be an integer from 1 to {len(CLASSIFIER_LABELS)}, got {top_k!r}")
    logits = inputs["features"] @ _WEIGHTS + _BIAS
    logits -= logits.max(axis=1, keepdims=True)
    probabilities = np.exp(logits)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    order = np.argsort(-probabilities, axis=1, kind="stable")[:, :top_k]
    labels = np.array(CLASSIFIER_LABELS, dtype=object)[order]
    return {
        "labels": labels,
        "scores": np.take_along_axis(probabilities, order, axis=1).astype(np.float32),
    }


MAX_WORD_DELAY = 1.0
"""The longest pause (s) `stream_words` takes between two words."""


async def _stream_words(inputs: Arrays, parameters: dict[str, Any]) -> AsyncIterator[Arrays]:
    # Streams like a text generator does: one response per word, as soon as it is "generated".
    delay = parameters.get("delay", 0.0)
    delay = getattr(delay, "value", delay)  # a received parameter: an int or float subclass with `.value`
    if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not 0 <= delay <= MAX_WORD_DELAY:
        raise InvalidInput(f"parameter 'delay' must be a number of seconds from 0 to {MAX_WORD_DELAY:g}, got {delay!r}")
    text = b" ".join(bytes(item) if not isinstance(item, str) else item.encode() for item in inputs["TEXT"].flat)
    for index, word in enumerate(text.split()):
        if index and delay:
            await asyncio.sleep(delay)
        yield {"WORD": np.array([word], dtype=object), "INDEX": np.array([index], dtype=np.int32)}


def demo_models() -> ModelRegistry:
    """A fresh registry of the demo models, every one at version "1":

    - `simple`: INPUT0, INPUT1 INT32 [1, 16] -> OUTPUT0 = sum, OUTPUT1 = difference
      (Triton's classic example);
    - `simple_fp32`: the same over FP32 [-1, 16] (any batch size);
    - `identity`: INPUT0 of any datatype and shape -> OUTPUT0, the same tensor with the same
      tensor parameters;
    - `echo_bytes`: INPUT0 BYTES [-1] -> OUTPUT0, the same strings;
    - `classifier`: an iris classifier (nearest centroid, so linear) over `features` FP32 [-1, 4]
      (sepal length, sepal width, petal length, petal width in cm), returning for each row the
      `top_k` (request parameter, 1-3, default 1) `labels` (BYTES) and `scores` (FP32, softmax);
    - `stream_words`: a decoupled (streaming) model, an async generator: TEXT BYTES [-1] -> one
      response per word of the text, WORD BYTES [1] and INDEX INT32 [1], `delay` seconds apart
      (request parameter, 0-1, default 0); served over ModelStreamInfer only.
    """
    int32 = [TensorSpec(n, "INT32", [1, 16]) for n in ("INPUT0", "INPUT1")]
    fp32 = [TensorSpec(n, "FP32", [-1, 16]) for n in ("INPUT0", "INPUT1")]
    return ModelRegistry(
        [
            Model(
                "simple",
                _simple,
                inputs=int32,
                outputs=[TensorSpec(n, "INT32", [1, 16]) for n in ("OUTPUT0", "OUTPUT1")],
            ),
            Model(
                "simple_fp32",
                _simple,
                inputs=fp32,
                outputs=[TensorSpec(n, "FP32", [-1, 16]) for n in ("OUTPUT0", "OUTPUT1")],
            ),
            Model("identity", _identity, inputs=[TensorSpec("INPUT0")], outputs=[TensorSpec("OUTPUT0")]),
            Model(
                "echo_bytes",
                _echo_bytes,
                inputs=[TensorSpec("INPUT0", "BYTES", [-1])],
                outputs=[TensorSpec("OUTPUT0", "BYTES", [-1])],
            ),
            Model(
                "classifier",
                _classify,
                inputs=[TensorSpec("features", "FP32", [-1, 4])],
                outputs=[TensorSpec("labels", "BYTES", [-1, -1]), TensorSpec("scores", "FP32", [-1, -1])],
                platform="numpy",
                properties={"labels": ",".join(CLASSIFIER_LABELS), "features": ",".join(CLASSIFIER_FEATURES)},
            ),
            Model(
                "stream_words",
                _stream_words,
                inputs=[TensorSpec("TEXT", "BYTES", [-1])],
                outputs=[TensorSpec("WORD", "BYTES", [1]), TensorSpec("INDEX", "INT32", [1])],
            ),
        ]
    )
