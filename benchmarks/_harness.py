"""Shared machinery of the benchmark suites: timing, memory probes, environment and Markdown output.

A suite is a module in benchmarks/ (see run.py) with a `run(options) -> SuiteReport` function. Suites
time their operations with `bench_interleaved`, which runs every operation once per round, round after
round, so that drifts of the machine (frequency, other processes) hit all implementations alike, and
reports the median of the rounds.
"""

from __future__ import annotations

import ctypes
import gc
import importlib.metadata
import importlib.util
import math
import os
import pickle
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TypeVar

__all__ = [
    "REPO",
    "Options",
    "SuiteReport",
    "Table",
    "Timing",
    "bench_interleaved",
    "environment",
    "fmt_ratio",
    "fmt_time",
    "in_forked_child",
    "load_protobuf_module",
    "prepare_rss_probe",
    "rss_peak_bytes",
    "traced_peak_bytes",
    "targets_table",
    "verdict",
]

REPO = Path(__file__).resolve().parent.parent

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
Op = Callable[[], object]


@dataclass(frozen=True)
class Options:
    """How hard a suite should measure."""

    quick: bool = False
    # Timed rounds per operation; the report gives the median of them.
    rounds: int = 9
    # Wall time one timed loop (one operation, one round) aims for.
    loop_seconds: float = 0.06
    # Total time one operation may take over all its rounds: slower operations (betterproto2's
    # reflective packed-float codec takes ~0.5 s per call) are timed in fewer rounds, never skipped.
    op_budget_seconds: float = 4.0

    @classmethod
    def for_mode(cls, quick: bool) -> Options:
        if quick:
            return cls(quick=True, rounds=3, loop_seconds=0.01, op_budget_seconds=0.8)
        return cls()


@dataclass
class Table:
    """One Markdown table of a report."""

    title: str
    header: Sequence[str]
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""
    # Tables only for the results file (details), not for the console.
    file_only: bool = False
    # Columns from this index on are right-aligned (numbers); the ones before it are left-aligned.
    right_from: int = 1

    def markdown(self, level: int = 3) -> str:
        lines = [f"{'#' * level} {self.title}", ""]
        if self.note:
            lines += [self.note, ""]
        lines.append("| " + " | ".join(self.header) + " |")
        rules = (" ---: " if i >= self.right_from else " --- " for i in range(len(self.header)))
        lines.append("|" + "|".join(rules) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n"


@dataclass
class SuiteReport:
    """What a suite hands back to run.py."""

    title: str
    tables: list[Table]
    # Markdown text for the results file: how the numbers were obtained.
    method: str = ""
    passed: int = 0
    failed: int = 0


# -- timing ------------------------------------------------------------------------------------


@dataclass
class Timing:
    """Per-operation times (ns) of one operation, one sample per round."""

    samples_ns: list[float] = field(default_factory=list)
    iterations: int = 1

    @property
    def median_ns(self) -> float:
        return statistics.median(self.samples_ns)

    @property
    def min_ns(self) -> float:
        return min(self.samples_ns)

    @property
    def max_ns(self) -> float:
        return max(self.samples_ns)


def _loop_ns(op: Op, iterations: int) -> float:
    """Mean time of one call of `op` over `iterations` back-to-back calls, with the GC held off."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter_ns()
        for _ in range(iterations):
            op()
        stop = time.perf_counter_ns()
    finally:
        gc.enable()
    return (stop - start) / iterations


def bench_interleaved(ops: Mapping[K, Op], options: Options) -> dict[K, Timing]:
    """Time every operation of `ops` in interleaved rounds; returns one Timing per key.

    Each operation is warmed up and calibrated first: its loop size is chosen so one timed loop takes
    about options.loop_seconds. Then every round times each operation once (the order rotates from
    round to round). An operation slower than its share of options.op_budget_seconds gets one call per
    loop and only as many rounds as fit in the budget (at least one).
    """
    keys = list(ops)
    timings: dict[K, Timing] = {}
    wanted_rounds: dict[K, int] = {}
    for key in keys:
        op = ops[key]
        op()  # warm-up: imports, caches, first-touch allocations
        single = _loop_ns(op, 1)
        if single * 3 < options.loop_seconds * 1e9:  # refine the estimate of fast operations
            probe = max(1, int(options.loop_seconds * 1e9 / 10 / max(single, 1.0)))
            single = _loop_ns(op, probe)
        iterations = max(1, int(options.loop_seconds * 1e9 / max(single, 1.0)))
        timings[key] = Timing(iterations=iterations)
        per_round = single * iterations / 1e9
        wanted_rounds[key] = max(1, min(options.rounds, int(options.op_budget_seconds / max(per_round, 1e-9))))
    for r in range(options.rounds):
        shift = r % len(keys) if keys else 0
        for key in keys[shift:] + keys[:shift]:
            timing = timings[key]
            if len(timing.samples_ns) < wanted_rounds[key]:
                timing.samples_ns.append(_loop_ns(ops[key], timing.iterations))
    return timings


# -- memory probes -----------------------------------------------------------------------------


def traced_peak_bytes(op: Op) -> int:
    """Peak memory traced by tracemalloc while `op` runs (its result included), above the start level.

    Python objects and numpy array data (numpy reports its allocations to tracemalloc) are traced;
    memory that C libraries take straight from malloc (protobuf's upb arenas) is not.
    """
    op()  # warm-up, so lazily built caches are not counted
    gc.collect()
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = op()
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return peak - base


def _status_bytes(name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(name)


_M_MMAP_THRESHOLD = -3


def prepare_rss_probe() -> None:
    """Make the resident-set high-water mark see every large allocation (call in a throwaway process).

    glibc keeps freed memory and hands it out again without new page faults, which would hide
    allocations from the RSS; a fixed mmap threshold makes every allocation >= 128 KiB a fresh
    mapping that is returned on free.
    """
    libc = ctypes.CDLL(None)
    if not libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024):
        raise OSError("mallopt(M_MMAP_THRESHOLD) failed")
    gc.collect()
    libc.malloc_trim(0)


def rss_peak_bytes(op: Op) -> int:
    """Growth of the resident set's high-water mark (VmHWM) while `op` runs, its result included.

    Linux only: writing 5 to /proc/self/clear_refs resets VmHWM to the current RSS. This sees every
    allocation, C libraries' included, once prepare_rss_probe() has run in the process.
    """
    op()
    gc.collect()
    ctypes.CDLL(None).malloc_trim(0)
    base = _status_bytes("VmRSS")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")
    result = op()
    peak = _status_bytes("VmHWM")
    del result
    return max(0, peak - base)


def in_forked_child(fn: Callable[[], T]) -> T:
    """Run `fn` in a forked copy of this process and return its (picklable) result.

    For probes that change process-wide state (malloc tuning) or must not disturb later measurements.
    """
    if not hasattr(os, "fork"):
        raise OSError("os.fork is not available")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        try:
            payload = pickle.dumps((True, fn()))
        except BaseException as exc:
            payload = pickle.dumps((False, f"{type(exc).__name__}: {exc}"))
        with os.fdopen(write_fd, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    if not data:
        raise OSError("the forked probe died without a result")
    ok, value = pickle.loads(data)
    if not ok:
        raise OSError(f"the forked probe failed: {value}")
    return value  # type: ignore[no-any-return]


# -- protobuf ----------------------------------------------------------------------------------


@cache
def load_protobuf_module(proto: str = "protos/inference.proto") -> ModuleType:
    """protoc --python_out for a .proto of the repo, built into a temporary directory and imported.

    Cached: protobuf's default descriptor pool accepts each .proto file once per process.
    """
    from grpc_tools import protoc

    path = REPO / proto
    well_known = Path(protoc.__file__).parent / "_proto"
    with tempfile.TemporaryDirectory(prefix="bench-protoc-") as out:
        argv = ["grpc_tools.protoc", f"-I{path.parent}", f"-I{well_known}", f"--python_out={out}", str(path)]
        if protoc.main(argv) != 0:
            raise RuntimeError(f"protoc failed on {path}")
        module_name = path.stem + "_pb2"
        spec = importlib.util.spec_from_file_location(module_name, Path(out) / f"{module_name}.py")
        if spec is None or spec.loader is None:
            raise RuntimeError(f"cannot import the protoc output for {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return module


# -- environment -------------------------------------------------------------------------------


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_total() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _protobuf_backend() -> str:
    try:
        from google.protobuf.internal import api_implementation

        return str(api_implementation.Type())
    except ImportError:
        return "unknown"


def environment() -> list[tuple[str, str]]:
    """Versions and machine facts to print with results."""
    return [
        ("Python", f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"),
        ("numpy", _version("numpy")),
        ("grpcio", _version("grpcio")),
        ("grpcio-tools", _version("grpcio-tools")),
        ("protobuf", f"{_version('protobuf')} ({_protobuf_backend()} backend)"),
        ("betterproto2", _version("betterproto2")),
        ("inference-grpc", _version("inference-grpc")),
        ("Machine", f"{_cpu_model()}, {os.cpu_count()} logical CPUs, {_memory_total()} RAM"),
        ("OS", platform.platform()),
    ]


# -- formatting --------------------------------------------------------------------------------


def fmt_time(ns: float) -> str:
    """A duration with a unit chosen for it and three significant digits."""
    unit, value = "ns", ns
    for name, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            unit, value = name, ns / scale
            break
    if value >= 100:
        return f"{value:.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def fmt_ratio(ratio: float) -> str:
    if not math.isfinite(ratio):
        return "n/a"
    if ratio >= 100:
        return f"{ratio:,.0f}x"
    if ratio >= 10:
        return f"{ratio:.1f}x"
    return f"{ratio:.2f}x"


def verdict(ok: bool) -> str:
    return "**PASS**" if ok else "**FAIL**"


def targets_table(targets: Sequence[tuple[str, str, str, bool]], measured: str = "Measured") -> Table:
    """The "Targets" table every suite opens with: (target, measured, ratio to the limit, passed) rows."""
    return Table(
        "Targets",
        ["Target", measured, "Ratio (measured ÷ limit)", "Verdict"],
        [[name, value, ratio, verdict(ok)] for name, value, ratio, ok in targets],
        right_from=2,
    )
