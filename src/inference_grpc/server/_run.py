"""Running requests on models: one response (ModelInfer, or a plain model on a stream) or a
decoupled model's 0..n responses, with statistics and shared-memory tensors.

A decoupled model's function is a generator or async generator (or returns an iterator): each
mapping it yields becomes one response carrying `triton_final_response=False`; when it ends, a
request that set `triton_enable_empty_final_response` gets one more, empty response with
`triton_final_response=True` (Triton's convention; without it the client sees no end marker, as
with Triton). A plain model's stream response carries `triton_final_response=True`. Closing the
replies (the client cancelled) closes the model's generator.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import grpc
import numpy.typing as npt

from .._errors import InvalidInput
from .._inference import InferRequest, InferResponse
from ..protocol import ModelInferRequest, ModelInferResponse
from ._model import Model, ModelRegistry
from ._shm import SharedMemoryRegions
from ._stats import Phases, Statistics
from ._status import StatusError
from ._tensors import (
    SharedMemorySlot,
    check_contents,
    input_arrays,
    model_outputs,
    place_shared_inputs,
    requested_outputs,
    shared_memory_slot,
    write_shared_outputs,
)

__all__ = ["FINAL_RESPONSE", "Runner"]

logger = logging.getLogger("inference_grpc.server")

FINAL_RESPONSE = "triton_final_response"
_EMPTY_FINAL = "triton_enable_empty_final_response"
_DONE = object()
_now = time.monotonic_ns


@dataclass
class _Job:
    """A request checked and decoded, ready to run."""

    model: Model
    version: str
    request: InferRequest
    arrays: dict[str, npt.NDArray[Any]]
    typed: bool
    wanted: list[str] | None
    shared_outputs: dict[str, SharedMemorySlot]
    batch: int
    phases: Phases


class Runner:
    """Runs requests on the models of a registry, counting them in `statistics`."""

    def __init__(self, registry: ModelRegistry, statistics: Statistics, regions: SharedMemoryRegions) -> None:
        self.registry = registry
        self.statistics = statistics
        self.regions = regions

    # -- lookups -------------------------------------------------------------------------------

    def unknown(self, name: str) -> str:
        known = self.registry.names()
        hint = f" (this server has {', '.join(known)})" if 0 < len(known) <= 12 else ""
        return f"unknown model {name!r}{hint}"

    def model(self, name: str, version: str) -> tuple[Model, str]:
        """The model and version a request names (NOT_FOUND when unknown)."""
        model = self.registry.get(name)
        if model is None:
            raise StatusError(grpc.StatusCode.NOT_FOUND, self.unknown(name))
        if version and version not in model.versions:
            raise StatusError(
                grpc.StatusCode.NOT_FOUND,
                f"model {name!r} has no version {version!r} (it has {', '.join(model.versions)})",
            )
        return model, version or model.default_version

    # -- ModelInfer ----------------------------------------------------------------------------

    async def infer(self, message: ModelInferRequest) -> ModelInferResponse:
        """The one response to a request (raises StatusError)."""
        arrived = _now()
        model, version = self.model(message.model_name, message.model_version)
        if model.decoupled:
            raise StatusError(
                grpc.StatusCode.UNIMPLEMENTED,
                f"model {model.name!r} is decoupled (it answers with any number of responses):"
                " ModelInfer cannot serve it; use ModelStreamInfer",
            )
        phases = Phases(arrived)
        ok, batch = False, 1
        try:
            job = self._prepare(model, version, message, phases)
            batch = job.batch
            result = await self._call(job)
            response = self._respond(job, result, None)
            ok = True
            return response
        finally:
            self.statistics.record(model.name, version, phases, ok=ok, batch_size=batch)

    # -- ModelStreamInfer ----------------------------------------------------------------------

    async def stream(self, message: ModelInferRequest) -> AsyncIterator[ModelInferResponse]:
        """The responses to one stream request (raises StatusError; closing it stops the model)."""
        arrived = _now()
        model, version = self.model(message.model_name, message.model_version)
        phases = Phases(arrived)
        ok, batch = False, 1
        try:
            job = self._prepare(model, version, message, phases)
            batch = job.batch
            if not model.decoupled:
                response = self._respond(job, await self._call(job), True)
                ok = True
                yield response
                return
            result = await self._call(job)
            async with contextlib.aclosing(self._steps(job, result)) as steps:
                async for item in steps:
                    yield self._respond(job, item, False)
            flag = job.request.parameters.get(_EMPTY_FINAL)  # a received bool: an int that has `.value`
            if getattr(flag, "value", flag) is True:
                final = InferResponse(
                    job.request.id or "", model.name, [], model_version=version, parameters={FINAL_RESPONSE: True}
                )
                yield final.to_grpc()
            ok = True
        finally:
            self.statistics.record(model.name, version, phases, ok=ok, batch_size=batch)

    # -- the phases of a request ----------------------------------------------------------------

    def _prepare(self, model: Model, version: str, message: ModelInferRequest, phases: Phases) -> _Job:
        started = _now()
        phases.queue_ns = started - phases.arrived
        if not self.registry.is_ready(model.name):
            raise StatusError(
                grpc.StatusCode.UNAVAILABLE,
                f"model {model.name!r} is not ready: it is unloaded (load it with RepositoryModelLoad)",
            )
        slots = [shared_memory_slot(t.parameters, "input", t.name) for t in message.inputs]
        typed = check_contents(message, [s is not None for s in slots])
        if any(s is not None for s in slots):
            place_shared_inputs(message, slots, self.regions)
        try:
            request = InferRequest.from_grpc(message)
            arrays = input_arrays(model, request)
        except InvalidInput as exc:
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, str(exc)) from None
        batch = _batch_size(model, arrays)
        wanted, shared_outputs = requested_outputs(model, request, message)
        phases.input_ns = _now() - started
        return _Job(model, version, request, arrays, typed, wanted, shared_outputs, batch, phases)

    async def _call(self, job: _Job) -> Any:
        """Run the model's function: its result, or the generator a decoupled model returns."""
        model = job.model
        args: tuple[Any, ...] = (job.arrays, dict(job.request.parameters), job.request)[: model.arity]
        started = _now()
        try:
            if model.threaded and not model.decoupled and not inspect.iscoroutinefunction(model.fn):
                result = await asyncio.to_thread(model.fn, *args)
            else:
                result = model.fn(*args)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            raise _model_error(model, exc) from None
        finally:
            job.phases.infer_ns += _now() - started
        return result

    async def _steps(self, job: _Job, result: Any) -> AsyncGenerator[Any, None]:
        """The items a decoupled model's result yields, each step timed as inference."""
        model, phases = job.model, job.phases
        if isinstance(result, Mapping):  # a decoupled model may answer with one response
            yield result
            return
        if hasattr(result, "__anext__"):
            try:
                while True:
                    started = _now()
                    try:
                        item = await result.__anext__()
                    except StopAsyncIteration:
                        return
                    except Exception as exc:
                        raise _model_error(model, exc) from None
                    finally:
                        phases.infer_ns += _now() - started
                    yield item
            finally:
                aclose = getattr(result, "aclose", None)
                if aclose is not None:
                    await aclose()
        elif isinstance(result, Iterator):
            stepper = _SyncSteps(result, model.threaded)
            try:
                while True:
                    started = _now()
                    try:
                        item = await stepper.next()
                    except Exception as exc:
                        raise _model_error(model, exc) from None
                    finally:
                        phases.infer_ns += _now() - started
                    if item is _DONE:
                        return
                    yield item
            finally:
                stepper.close()
        else:
            raise StatusError(
                grpc.StatusCode.INTERNAL,
                f"model {model.name!r} returned {type(result).__name__}, not a mapping or an iterator of mappings",
            )

    def _respond(self, job: _Job, result: Any, final: bool | None) -> ModelInferResponse:
        """One response of `result` (`final`: its triton_final_response parameter, None for none)."""
        started = _now()
        model = job.model
        if not isinstance(result, Mapping):
            raise StatusError(
                grpc.StatusCode.INTERNAL,
                f"model {model.name!r} returned {type(result).__name__}, not a mapping of output names to arrays",
            )
        outputs = model_outputs(model, result, job.wanted, job.typed, raw=list(job.shared_outputs))
        parameters = {} if final is None else {FINAL_RESPONSE: final}
        try:
            response = InferResponse(
                job.request.id or "", model.name, outputs, model_version=job.version, parameters=parameters
            ).to_grpc()
        except InvalidInput as exc:  # an output the model returned cannot be encoded
            raise StatusError(grpc.StatusCode.INTERNAL, f"model {model.name!r} returned a bad output: {exc}") from None
        if job.shared_outputs:
            write_shared_outputs(response, job.shared_outputs, self.regions)
        job.phases.output_ns += _now() - started
        return response


class _SyncSteps:
    """Steps a sync generator, on the loop or (threaded models) in a worker thread; a step still
    running in its thread when the stream is cancelled closes the generator once it returns."""

    def __init__(self, iterator: Iterator[Any], threaded: bool) -> None:
        self.iterator = iterator
        self.threaded = threaded
        self.running: asyncio.Future[Any] | None = None

    async def next(self) -> Any:
        if not self.threaded:
            return next(self.iterator, _DONE)
        loop = asyncio.get_running_loop()
        self.running = loop.run_in_executor(None, next, self.iterator, _DONE)
        item = await asyncio.shield(self.running)
        self.running = None
        return item

    def close(self) -> None:
        close = getattr(self.iterator, "close", None)
        if close is None:
            return
        if self.running is not None and not self.running.done():
            self.running.add_done_callback(lambda _: close())
        else:
            close()


def _model_error(model: Model, exc: Exception) -> StatusError:
    if isinstance(exc, StatusError):
        return exc
    if isinstance(exc, InvalidInput):  # the model's own validation: the caller's fault
        return StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"model {model.name!r}: {exc}")
    message = f"model {model.name!r} failed: {type(exc).__name__}: {exc}"
    # One line by default; the traceback only for whoever turned debug logging on.
    logger.warning("%s", message, exc_info=logger.isEnabledFor(logging.DEBUG))
    return StatusError(grpc.StatusCode.INTERNAL, message)


def _batch_size(model: Model, arrays: Mapping[str, npt.NDArray[Any]]) -> int:
    """The request's batch size: its inputs' first dimension for a batching model, else 1."""
    if not model.max_batch_size:
        return 1
    sizes = {name: (a.shape[0] if a.ndim else None) for name, a in arrays.items()}
    if any(size is None for size in sizes.values()):
        raise StatusError(
            grpc.StatusCode.INVALID_ARGUMENT,
            f"model {model.name!r} batches: every input needs a batch dimension first",
        )
    distinct = set(sizes.values())
    if len(distinct) > 1:
        raise StatusError(
            grpc.StatusCode.INVALID_ARGUMENT,
            f"model {model.name!r}: the inputs' batch dimensions differ ({sizes})",
        )
    size = distinct.pop() if distinct else 1
    assert size is not None
    if size > model.max_batch_size:
        raise StatusError(
            grpc.StatusCode.INVALID_ARGUMENT,
            f"model {model.name!r}: batch size {size} exceeds its max_batch_size {model.max_batch_size}",
        )
    return size
