"""Per model version inference statistics, in the shape of Triton's ModelStatistics.

Durations are wall-clock nanoseconds measured by the servicer around each phase of a request:
`queue` from the request's arrival to the start of its input handling, `compute_input` decoding
and checking the inputs (shared-memory reads included), `compute_infer` running the model's
function (a generator's whole run for a decoupled model), `compute_output` encoding the outputs
(shared-memory writes included); `success`/`fail` the whole request. The embedded server runs one
request per execution, so `execution_count` counts requests and `inference_count` adds each
request's batch size (1 for a model without batching).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..triton_protocol import InferBatchStatistics, InferStatistics, ModelStatistics, StatisticDuration

__all__ = ["Phases", "Statistics", "VersionStats"]


@dataclass
class _Duration:
    count: int = 0
    ns: int = 0

    def add(self, ns: int) -> None:
        self.count += 1
        self.ns += ns

    def message(self) -> StatisticDuration:
        return StatisticDuration(count=self.count, ns=self.ns)


@dataclass
class Phases:
    """When one request arrived (monotonic ns) and how long each phase took (ns)."""

    arrived: int
    queue_ns: int = 0
    input_ns: int = 0
    infer_ns: int = 0  # summed over a generator's steps for a decoupled model
    output_ns: int = 0  # summed over a decoupled model's responses


@dataclass
class _Batch:
    compute_input: _Duration = field(default_factory=_Duration)
    compute_infer: _Duration = field(default_factory=_Duration)
    compute_output: _Duration = field(default_factory=_Duration)


@dataclass
class VersionStats:
    """The counters of one model version."""

    last_inference_ms: int = 0
    inference_count: int = 0
    execution_count: int = 0
    success: _Duration = field(default_factory=_Duration)
    fail: _Duration = field(default_factory=_Duration)
    queue: _Duration = field(default_factory=_Duration)
    compute_input: _Duration = field(default_factory=_Duration)
    compute_infer: _Duration = field(default_factory=_Duration)
    compute_output: _Duration = field(default_factory=_Duration)
    batches: dict[int, _Batch] = field(default_factory=dict)

    def message(self, name: str, version: str) -> ModelStatistics:
        return ModelStatistics(
            name=name,
            version=version,
            last_inference=self.last_inference_ms,
            inference_count=self.inference_count,
            execution_count=self.execution_count,
            inference_stats=InferStatistics(
                success=self.success.message(),
                fail=self.fail.message(),
                queue=self.queue.message(),
                compute_input=self.compute_input.message(),
                compute_infer=self.compute_infer.message(),
                compute_output=self.compute_output.message(),
                cache_hit=StatisticDuration(),
                cache_miss=StatisticDuration(),
            ),
            batch_stats=[
                InferBatchStatistics(
                    batch_size=size,
                    compute_input=b.compute_input.message(),
                    compute_infer=b.compute_infer.message(),
                    compute_output=b.compute_output.message(),
                )
                for size, b in sorted(self.batches.items())
            ],
        )


class Statistics:
    """The statistics of every model version a server ran (only touched on the server's loop)."""

    def __init__(self) -> None:
        self._stats: dict[tuple[str, str], VersionStats] = {}

    def of(self, name: str, version: str) -> VersionStats:
        key = (name, version)
        stats = self._stats.get(key)
        if stats is None:
            stats = self._stats[key] = VersionStats()
        return stats

    def record(self, name: str, version: str, phases: Phases, *, ok: bool, batch_size: int) -> None:
        """Count one finished request (`ok`: it succeeded) whose timestamps are `phases`."""
        stats = self.of(name, version)
        now = time.monotonic_ns()
        stats.last_inference_ms = time.time_ns() // 1_000_000
        if not ok:
            stats.fail.add(now - phases.arrived)
            return
        stats.success.add(now - phases.arrived)
        stats.inference_count += batch_size
        stats.execution_count += 1
        stats.queue.add(phases.queue_ns)
        stats.compute_input.add(phases.input_ns)
        stats.compute_infer.add(phases.infer_ns)
        stats.compute_output.add(phases.output_ns)
        batch = stats.batches.get(batch_size)
        if batch is None:
            batch = stats.batches[batch_size] = _Batch()
        batch.compute_input.add(phases.input_ns)
        batch.compute_infer.add(phases.infer_ns)
        batch.compute_output.add(phases.output_ns)
