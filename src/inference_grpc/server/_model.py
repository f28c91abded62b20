"""What the embedded server serves: tensor declarations, models (Python callables) and their registry."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from .. import _datatypes as dt
from .._parameters import ParameterValue

__all__ = ["ANY_DATATYPE", "Model", "ModelFn", "ModelRegistry", "TensorSpec"]

ANY_DATATYPE = "ANY"
"""The datatype model metadata reports for a tensor that accepts every datatype."""

ModelFn = Callable[..., Any]
"""A model's callable: `fn(inputs)`, `fn(inputs, parameters)` or `fn(inputs, parameters, request)`.

`inputs` maps input names to (read-only) numpy arrays, `parameters` holds the request's
parameters as plain values, and `request` is the whole `inference_grpc.InferRequest` (tensor
parameters, requested outputs, id, version). It returns a mapping of output names to numpy
arrays or `inference_grpc.InferOutput` objects (to set an output's datatype or parameters),
directly or as an awaitable when `fn` is async.

A generator or async generator function makes a decoupled model: each mapping it yields is one
response, 0..n per request, answered over ModelStreamInfer only (as Triton's decoupled models are).
"""


def _shape_text(shape: Sequence[int] | None) -> str:
    return "any" if shape is None else "[" + ", ".join(str(d) for d in shape) + "]"


def _is_dim(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= -1


class TensorSpec:
    """One declared input or output of a model.

    Args:
        name: the tensor's name.
        datatype: a protocol datatype ("FP32", "BYTES", ...), or None to accept any
            (reported as "ANY" in model metadata).
        shape: the tensor's shape with -1 for a dimension of any size, or None for any shape
            of any rank (reported as [-1] in model metadata).
    """

    __slots__ = ("datatype", "name", "shape")

    def __init__(self, name: str, datatype: str | None = None, shape: Sequence[int] | None = None) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a tensor name must be a non-empty str, got {name!r}")
        if datatype is not None and dt.lookup(datatype) is None:
            expected = ", ".join(dt.DATATYPES)
            raise ValueError(f"tensor {name!r}: unknown datatype {datatype!r}; expected one of {expected}")
        if shape is not None and (isinstance(shape, (str, bytes)) or not all(_is_dim(d) for d in shape)):
            raise ValueError(f"tensor {name!r}: shape {shape!r} must hold integers >= -1")
        self.name = name
        self.datatype = datatype
        self.shape: tuple[int, ...] | None = None if shape is None else tuple(shape)

    def shape_matches(self, shape: Sequence[int]) -> bool:
        """Whether a concrete shape fits this declaration (-1 matches any size)."""
        if self.shape is None:
            return True
        return len(shape) == len(self.shape) and all(d == -1 or d == s for d, s in zip(self.shape, shape, strict=True))

    def describe(self) -> str:
        """The declaration as people read it, e.g. `INPUT0 INT32 [1, 16]`."""
        return f"{self.name} {self.datatype or ANY_DATATYPE} {_shape_text(self.shape)}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TensorSpec):
            return NotImplemented
        return (self.name, self.datatype, self.shape) == (other.name, other.datatype, other.shape)

    def __hash__(self) -> int:
        return hash((self.name, self.datatype, self.shape))

    def __repr__(self) -> str:
        return f"TensorSpec({self.name!r}, {self.datatype!r}, {None if self.shape is None else list(self.shape)!r})"


def _arity(fn: ModelFn, name: str) -> int:
    """How many positional arguments (1-3) to pass `fn`, from its signature."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):  # builtins without a signature: assume the documented form
        return 2
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return 3
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if not positional:
        raise TypeError(f"model {name!r}: its callable must take the inputs as its first argument")
    return min(len(positional), 3)


class Model:
    """A model served by the embedded server: a Python callable plus its declared tensors.

    Args:
        name: the model's name.
        fn: the callable (see `ModelFn`), sync or async.
        inputs: the inputs every request must send, exactly these names.
        outputs: the outputs `fn` returns; empty means "whatever `fn` returns", undeclared.
        versions: the versions the server reports; all run `fn`. An empty request version
            picks the highest one (numerically when they are numbers, else the last).
        platform: reported in model metadata.
        properties: extra model metadata (the protocol's `properties` map).
        threaded: run a sync `fn` in a worker thread instead of on the event loop; use it for
            slow or blocking callables so the server keeps answering meanwhile (for a sync
            generator, each step runs in the worker thread).
        max_batch_size: the largest batch the model takes, as Triton's model configuration
            states it: 0 (the default) means no batching; above 0, every declared shape starts
            with the batch dimension (-1), the configuration reports the dims after it, and a
            request whose first dimension exceeds it fails with INVALID_ARGUMENT.
        decoupled: whether `fn` answers with any number of responses per request; by default,
            whether `fn` is a generator or async generator function.
    """

    def __init__(
        self,
        name: str,
        fn: ModelFn,
        *,
        inputs: Sequence[TensorSpec],
        outputs: Sequence[TensorSpec] = (),
        versions: Sequence[str] = ("1",),
        platform: str = "python",
        properties: Mapping[str, ParameterValue] | None = None,
        threaded: bool = False,
        max_batch_size: int = 0,
        decoupled: bool | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a model name must be a non-empty str, got {name!r}")
        if not callable(fn):
            raise TypeError(f"model {name!r}: fn must be callable, got {type(fn).__name__}")
        for kind, specs in (("input", inputs), ("output", outputs)):
            names = [s.name for s in specs]
            if any(not isinstance(s, TensorSpec) for s in specs):
                raise TypeError(f"model {name!r}: {kind}s must be TensorSpec objects")
            if len(set(names)) != len(names):
                raise ValueError(f"model {name!r}: {kind} names must be unique, got {names}")
        if isinstance(versions, str) or not versions or any(not isinstance(v, str) or not v for v in versions):
            raise ValueError(f"model {name!r}: versions must be a non-empty sequence of non-empty str: {versions!r}")
        if isinstance(max_batch_size, bool) or not isinstance(max_batch_size, int) or max_batch_size < 0:
            raise ValueError(f"model {name!r}: max_batch_size must be an int >= 0, got {max_batch_size!r}")
        if max_batch_size:
            for spec in (*inputs, *outputs):
                if spec.shape is not None and (not spec.shape or spec.shape[0] != -1):
                    raise ValueError(
                        f"model {name!r}: with max_batch_size {max_batch_size}, tensor {spec.name!r} must"
                        f" declare the batch dimension first as -1, got {_shape_text(spec.shape)}"
                    )
        self.name = name
        self.fn = fn
        self.max_batch_size = max_batch_size
        self.decoupled = (
            inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn) if decoupled is None else bool(decoupled)
        )
        self.inputs: tuple[TensorSpec, ...] = tuple(inputs)
        self.outputs: tuple[TensorSpec, ...] = tuple(outputs)
        self.versions: tuple[str, ...] = tuple(versions)
        self.platform = platform
        self.properties: dict[str, ParameterValue] = dict(properties or {})
        self.threaded = threaded
        self.arity = _arity(fn, name)

    @property
    def default_version(self) -> str:
        """The version an empty request version means."""
        if all(v.isdigit() for v in self.versions):
            return max(self.versions, key=int)
        return self.versions[-1]

    def input(self, name: str) -> TensorSpec | None:
        return next((s for s in self.inputs if s.name == name), None)

    def output(self, name: str) -> TensorSpec | None:
        return next((s for s in self.outputs if s.name == name), None)

    def __repr__(self) -> str:
        return f"Model({self.name!r}, inputs={list(self.inputs)!r}, outputs={list(self.outputs)!r})"


class ModelRegistry:
    """The models a server holds, each loaded (ready) or unloaded.

    Safe to change from any thread while a server runs: RepositoryModelLoad/Unload act on
    the same registry, so a test can unload a model and watch clients get UNAVAILABLE.
    """

    def __init__(self, models: Iterable[Model] = ()) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, Model] = {}
        self._ready: dict[str, bool] = {}
        for model in models:
            self.add(model)

    def add(self, model: Model, *, ready: bool = True) -> None:
        """Register `model` (loaded unless `ready=False`); ValueError when its name is taken."""
        if not isinstance(model, Model):
            raise TypeError(f"expected a Model, got {type(model).__name__}")
        with self._lock:
            if model.name in self._models:
                raise ValueError(f"a model named {model.name!r} is already registered")
            self._models[model.name] = model
            self._ready[model.name] = ready

    def remove(self, name: str) -> Model:
        """Forget a model entirely (KeyError when unknown)."""
        with self._lock:
            self._ready.pop(name)
            return self._models.pop(name)

    def get(self, name: str) -> Model | None:
        return self._models.get(name)

    def is_ready(self, name: str) -> bool:
        return self._ready.get(name, False)

    def load(self, name: str) -> None:
        """Mark a model loaded (ready); KeyError when unknown."""
        self._set_ready(name, True)

    def unload(self, name: str) -> None:
        """Mark a model unloaded: it stays known, but inference answers UNAVAILABLE."""
        self._set_ready(name, False)

    def _set_ready(self, name: str, ready: bool) -> None:
        with self._lock:
            if name not in self._models:
                raise KeyError(name)
            self._ready[name] = ready

    def names(self) -> list[str]:
        return list(self._models)

    def __contains__(self, name: object) -> bool:
        return name in self._models

    def __iter__(self) -> Iterator[Model]:
        return iter(list(self._models.values()))

    def __len__(self) -> int:
        return len(self._models)

    def __repr__(self) -> str:
        return f"ModelRegistry({self.names()!r})"
