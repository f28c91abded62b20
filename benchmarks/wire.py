"""Wire suite: the clients on a real gRPC connection, against a raw grpc.aio call as the floor.

A canned-response server runs in its own process (benchmarks/_workers/server.py): a grpc.aio generic
handler for /inference.GRPCInferenceService/ModelInfer without request deserializer or response
serializer, answering prebuilt response bytes chosen by the request's size. The same workloads go
through a raw grpc.aio unary-unary call of prebuilt request bytes (the floor), our async and sync
clients, tritonclient.grpc.aio and kserve, each in its own long-lived worker process (third-party
clients in their peer venvs), one active at a time, in interleaved rounds. The 16 MiB echo runs in
new workers for every round, one per client, that do nothing else, in a user's loop (GC on, the
previous output held while the next call runs): what a 16 MiB call costs depends on the state of the
process's allocator, which a process keeps for its life (see measure_big).
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from pathlib import Path

from benchmarks._harness import Options, SuiteReport, Table, fmt_ratio, fmt_time, targets_table
from benchmarks._workers import pool

TITLE = "On the wire: latency, client CPU and throughput against a canned-response server, vs raw grpc.aio"
ORDER = 30

FLOOR = "raw-aio"
RAW_SYNC = "raw-sync"
FLOOR_TWIN = "raw-aio-twin"
OURS_ASYNC = "ours-async"
OURS_SYNC = "ours-sync"
TRITON = "triton"
KSERVE = "kserve"
CLIENTS = (
    pool.ClientSpec(FLOOR, "raw grpc.aio (floor)"),
    pool.ClientSpec(OURS_ASYNC, "ours (async)"),
    pool.ClientSpec(OURS_SYNC, "ours (sync)"),
    pool.ClientSpec(TRITON, "tritonclient.grpc.aio", peer="triton"),
    pool.ClientSpec(KSERVE, "kserve", peer="kserve"),
    pool.ClientSpec(RAW_SYNC, "(info) raw grpc sync channel"),
    pool.ClientSpec(FLOOR_TWIN, "(info) the floor again, in another process"),
)

TINY, BIG = "tiny", "16MiB"
WORKLOADS = (pool.WorkloadSpec(TINY, (1, 16)), pool.WorkloadSpec(BIG, (1, 4 * 1024 * 1024)))
# The server answers requests above this size with the 16 MiB response.
THRESHOLD = 1 << 20
CONCURRENCY = 64

TINY_SEQ, TINY_INFLIGHT, BIG_SEQ = "tiny-seq", "tiny-inflight", "big-seq"

# (job, reply field, label, lower is better, limit for ours (async) as a ratio to the floor); the
# results table shows every client's ratio to the raw grpc.aio floor for each.
METRICS: tuple[tuple[str, str, str, bool, float], ...] = (
    (TINY_SEQ, "p50_ns", "[1,16] p50 latency", True, 1.05),
    (TINY_SEQ, "cpu_ns", "[1,16] client CPU per call", True, 1.10),
    (TINY_INFLIGHT, "rps", f"[1,16] {CONCURRENCY} in flight, requests/s", False, 0.95),
    (BIG_SEQ, "p50_ns", "16 MiB echo p50 latency", True, 1.15),
    (BIG_SEQ, "cpu_ns", "16 MiB echo client CPU per call", True, 1.5),
)
# Further targets: (job, field, label, lower is better, limit, client, its floor).
SYNC_TARGETS: tuple[tuple[str, str, str, bool, float, str, str], ...] = (
    (BIG_SEQ, "p50_ns", "16 MiB echo p50 latency", True, 1.05, OURS_SYNC, RAW_SYNC),
    (BIG_SEQ, "cpu_ns", "16 MiB echo client CPU per call", True, 1.3, OURS_SYNC, RAW_SYNC),
)
# Ratios to the floor measured by the author (same metric order); not results of this suite.
REFERENCE_RATIOS = {
    TRITON: (1.27, 1.52, 0.65, 2.4, 5.4),
    KSERVE: (1.07, 1.20, 0.78, 2.5, 5.8),
}


def adjust_options(options: Options) -> Options:
    """More rounds than the other suites in a full run. The [1,16] targets sit 5% from the floor,
    and on a shared 2-core machine one batch's p50 moves by 10% or more from round to round:
    the floor's twin, with the same code as the floor, came out 0.96x to 1.04x in 9-round runs."""
    return options if options.quick else dataclasses.replace(options, rounds=15)


def _settings(options: Options) -> tuple[float, float, float, int]:
    """(seconds per tiny batch, seconds per 16 MiB batch, warm-up seconds, minimum 16 MiB calls per batch)."""
    if options.quick:
        return 0.08, 0.15, 0.1, 3
    # 16 MiB batches of at least 20 calls: with 8, one batch's p50 moved by 10% or more between
    # rounds, the size of the sync client's 5% margin.
    return 0.4, 1.6, 0.3, 20


def jobs_for(options: Options) -> list[pool.Job]:
    """The [1,16] workloads, run by one worker per client."""
    tiny_s = _settings(options)[0]
    return [
        pool.Job(TINY_SEQ, TINY, "seq", per_call=True, batch_seconds=tiny_s, min_calls=50),
        pool.Job(
            TINY_INFLIGHT, TINY, "inflight", concurrency=CONCURRENCY, batch_seconds=tiny_s, min_calls=4 * CONCURRENCY
        ),
    ]


def big_jobs_for(options: Options) -> list[pool.Job]:
    """The 16 MiB echo, run by workers that run nothing else, as a user's loop."""
    _, big_s, _, big_min = _settings(options)
    return [pool.Job(BIG_SEQ, BIG, "seq", per_call=True, batch_seconds=big_s, min_calls=big_min, user_loop=True)]


def run(options: Options) -> SuiteReport:
    warm_seconds = _settings(options)[2]
    with pool.scratch_dir("bench-wire-") as scratch:
        pool.write_fixtures(scratch, WORKLOADS)
        small, large = scratch / f"{TINY}_response", scratch / f"{BIG}_response"
        with pool.server(small, large, THRESHOLD, scratch) as srv:
            pool.progress(f"canned-response server pid {srv.pid} at {srv.target}")
            with pool.workers(CLIENTS, "wire", scratch, scratch, target=srv.target) as found:
                samples = pool.measure(found.running, jobs_for(options), options.rounds, warm_seconds)
            samples.update(measure_big(options, scratch, srv.target, warm_seconds))
    return report(options, found, samples)


def measure_big(
    options: Options, scratch: Path, target: str, warm_seconds: float
) -> dict[tuple[str, str], pool.Samples]:
    """The 16 MiB echo, one round at a time, each round in a new set of workers (one per client).

    What a 16 MiB call costs depends on the state of glibc's heap, which a process keeps for its
    whole life: in one process a call that faults a 16 MiB block in again (+8 ms, a quarter of the
    calls) stays as likely as it was at the start, in another one of the same client half of the
    calls do. Workers kept for every round would compare the same few heap states round after
    round; a new worker per round, for every client (floors included), draws the state anew, as
    each run of a user's script does. The batch sizes stay those of the first round's calibration.
    """
    jobs = big_jobs_for(options)
    samples: dict[tuple[str, str], pool.Samples] = {}
    for r in range(options.rounds):
        calls = {k: v.calls for k, v in samples.items()} if samples else None
        with pool.workers(CLIENTS, "wire", scratch, scratch, target=target, tag=f"-16MiB-r{r + 1}") as big:
            fresh = pool.measure(big.running, jobs, 1, warm_seconds, first_round=r, calls=calls)
        for key, entry in fresh.items():
            samples.setdefault(key, pool.Samples(calls=entry.calls)).replies.extend(entry.replies)
    return samples


def _fmt(field: str, value: float) -> str:
    return f"{value:,.0f}" if field == "rps" else fmt_time(value)


def report(options: Options, found: pool.Workers, samples: dict[tuple[str, str], pool.Samples]) -> SuiteReport:
    order = [spec.key for spec in CLIENTS]

    def median(job: str, field: str, key: str) -> float | None:
        entry = samples.get((job, key))
        return statistics.median(entry.values(field)) if entry else None

    def round_ratios(job: str, field: str, key: str, floor_key: str = FLOOR) -> list[float]:
        """Per round, the client's batch over the floor's batch of the same round: both ran seconds
        apart, so what drifts between rounds (the machine's load, the server's state) cancels."""
        entry, floor = samples.get((job, key)), samples.get((job, floor_key))
        if entry is None or floor is None:
            return []
        return [v / f for v, f in zip(entry.values(field), floor.values(field), strict=True) if f]

    def ratio(job: str, field: str, key: str, floor_key: str = FLOOR) -> float:
        ratios = round_ratios(job, field, key, floor_key)
        return statistics.median(ratios) if ratios else math.nan

    header = ["Client"]
    for _, _, label, _, _ in METRICS:
        header += [label, "÷ floor"]
    results = Table(
        "Results (median of the rounds; ÷ floor: median of the round-by-round ratios to the raw grpc.aio floor)",
        header,
        note=(
            f"Latency: lower is better; requests/s: higher is better. {CONCURRENCY} in flight: async clients run "
            f"{CONCURRENCY} concurrent coroutines, the sync clients a pool of {CONCURRENCY} threads. "
            "The (info) rows: a raw call on grpc's blocking channel, the floor of the sync client; and the "
            "floor's own call in a second worker process, whose ratio shows how far two identical clients "
            "differ in this run."
        ),
    )
    for key in order:
        label = found.labels[key]
        if key in found.missing:
            results.rows.append([label, found.missing[key], *([""] * (len(header) - 2))])
            continue
        cells = []
        for job, field, *_ in METRICS:
            value = median(job, field, key)
            cells += [_fmt(field, value) if value is not None else "n/a", fmt_ratio(ratio(job, field, key))]
        results.rows.append([label, *cells])

    reference = Table(
        "Reference: ratios to the floor measured by the issue's author (not results of this run)",
        ["Client", *(label for _, _, label, _, _ in METRICS)],
        [[found.labels[key], *(fmt_ratio(r) for r in REFERENCE_RATIOS[key])] for key in (TRITON, KSERVE)],
    )

    targets: list[tuple[str, str, str, bool]] = []
    checks = [(*metric, OURS_ASYNC, FLOOR, "ours (async)", "the floor's") for metric in METRICS]
    checks += [(*t, "ours (sync)", "the blocking floor's") for t in SYNC_TARGETS]
    for job, field, label, lower, limit, key, floor_key, who, whose in checks:
        if key not in found.running or floor_key not in found.running:
            continue
        r = ratio(job, field, key, floor_key)
        measured = fmt_ratio(r)
        ratios = round_ratios(job, field, key, floor_key)
        if len(ratios) >= 2:
            low, _, high = statistics.quantiles(ratios, n=4)
            measured += f" (middle half of the rounds: {fmt_ratio(low)} to {fmt_ratio(high)})"
        targets.append(
            (
                f"{who}: {label} {'≤' if lower else '≥'} {fmt_ratio(limit)} {whose}",
                measured,
                fmt_ratio(r / limit) + " of limit",
                r <= limit if lower else r >= limit,
            )
        )
    target_table = targets_table(targets, "Measured (ours ÷ its floor, median of the rounds)")

    details = Table(
        "Details",
        [
            "Measurement",
            "Client",
            "median",
            "min",
            "max",
            "calls per batch x rounds",
            "CPU per call (median)",
            "minor page faults per call (median)",
        ],
        note=(
            "Per-round values (one batch per client per round): p50 latency of the batch, requests/s of the batch. "
            "Minor page faults: the client process's, over the batch (a fresh 16 MiB block costs 4,096)."
        ),
        file_only=True,
        right_from=2,
    )
    shown = (
        (TINY_SEQ, "p50_ns", "[1,16] p50"),
        (TINY_INFLIGHT, "rps", "[1,16] 64 in flight"),
        (BIG_SEQ, "p50_ns", "16 MiB p50"),
    )
    for job, field, label in shown:
        for key in order:
            entry = samples.get((job, key))
            if entry is None:
                continue
            values = entry.values(field)
            details.rows.append(
                [
                    label,
                    found.labels[key],
                    _fmt(field, statistics.median(values)),
                    _fmt(field, min(values)),
                    _fmt(field, max(values)),
                    f"{entry.calls:,} x {len(values)}",
                    fmt_time(statistics.median(entry.values("cpu_ns"))),
                    f"{statistics.median(entry.values('minflt')):,.0f}" if "minflt" in entry.replies[0] else "n/a",
                ]
            )
    versions = pool.versions_table(found, order)
    tiny_s, big_s, warm_s, big_min = _settings(options)
    passed = sum(ok for *_, ok in targets)
    failed = len(targets) - passed
    for pair in ((OURS_ASYNC, FLOOR), (OURS_SYNC, RAW_SYNC)):
        if not set(pair) <= set(found.running):
            failed += 1  # no verdict possible is a failure
    return SuiteReport(
        title=TITLE,
        tables=[target_table, results, reference, details, versions],
        method=METHOD.format(
            rounds=options.rounds,
            tiny_ms=tiny_s * 1e3,
            big_ms=big_s * 1e3,
            big_min=big_min,
            warm_ms=warm_s * 1e3,
            concurrency=CONCURRENCY,
            threshold=THRESHOLD,
        ),
        passed=passed,
        failed=failed,
    )


METHOD = """\
**Server.** `benchmarks/_workers/server.py`, started in its own process from the repository's
interpreter: a `grpc.aio` server on 127.0.0.1 (a free port, unlimited message sizes) whose generic
handler for `/inference.GRPCInferenceService/ModelInfer` has no request deserializer and no response
serializer. It never parses a request: requests of up to {threshold:,} bytes get the prebuilt [1,16] FP32
ModelInferResponse, larger ones the prebuilt 16 MiB one. It is the same process for every client, and it
is stopped by PID (SIGTERM, then SIGKILL) when the suite ends, also on errors and Ctrl-C; it also exits
when its stdin (a pipe from the coordinator) closes.

**Clients.** *raw grpc.aio (floor)*: `channel.unary_unary(path)` with no (de)serializers, called with
prebuilt request bytes (encoded once, by our generated code) and awaited; nothing is built or decoded.
*ours (async / sync)*, *tritonclient.grpc.aio*, *kserve*: their public API, numpy in and numpy out, as in
the `client` suite: `InferInput` + `set_data_from_numpy`, `infer`, the output via `as_numpy`; the
client object is built once per worker, with its default settings (ours and kserve: a 60 s deadline and
a retry policy on UNAVAILABLE; tritonclient: no deadline, keepalive options). *(info) raw grpc sync
channel*: the floor's call on grpc's blocking channel, for the sync client. *(info) the floor again*:
the floor's client in a second worker process, measured like the others: its ratio to the floor is the
difference between two identical clients, the noise of the run. Every client checks its
first decoded output (and again after the warm-up) against the expected array. Each client runs in its
own long-lived worker process, from its own venv (tritonclient and kserve from the peer venvs of
`tools/peers/peers.py`), driven over stdin/stdout in JSON lines; only one worker works at a time, the
server being the only other busy process.

**Measurements.** Workloads: one FP32 input of shape [1,16] answered by one FP32 output of the same
shape, and a 16 MiB FP32 [1,4194304] echo (16 MiB request, 16 MiB canned response). *p50 latency*: the
median of `time.perf_counter_ns()` around each call of a batch of sequential calls. *Client CPU per
call*: `time.process_time()` of the client process (all its threads, grpc's included) over the batch,
divided by its calls. *{concurrency} in flight*: a batch of N calls made by {concurrency} concurrent
coroutines (async clients) or {concurrency} threads of a pool (sync clients), each taking the next call
until N are done; requests/s = N ÷ wall time. The GC is disabled during [1,16] batches (collected before
each). *16 MiB echo*: measured by new workers for every round, one per client (the floors' too),
started after the [1,16] ones have stopped, that run nothing but this workload (checked, warmed up,
then one batch, with the batch size of the first round's calibration), as a user's script does: the GC on, a new request
built from the array for every call, and each call's output (our clients: the array `as_numpy()` gives,
a view of the reply) held until the next call has returned, as `out = ...` in a loop holds it. The
minor page faults of the worker process over each batch are recorded too (see "Details").
After a warm-up of about {warm_ms:.0f} ms, every (client, measurement) is calibrated to about {tiny_ms:.0f} ms
per batch for [1,16] and {big_ms:.0f} ms (at least {big_min} calls) for 16 MiB. Every round runs one batch per
client and measurement, the clients' order rotating from round to round; tables give the median of
{rounds} rounds. A ratio to the floor is the median over the rounds of the client's batch divided by the
floor's batch of the same round: what drifts from round to round (load, the server's state) cancels in
each round's ratio, so it is a steadier estimate than the ratio of the two medians, which can differ
from it by a few percent.

**Caveats.** On the 16 MiB echo, what the allocator does weighs as much as the copies. gRPC copies a
request into a slice of its own (16 MiB) and builds the reply as a new bytes object (16 MiB), for every
client, the floor included; with glibc, whether those blocks reuse pages already mapped or are handed
back to the OS at the end of a call and faulted in again at the next (4,096 minor faults per 16 MiB
block, several milliseconds on a VM) depends on the process's history: which blocks are live at once,
in which order they are freed (gRPC frees its slice on another thread), what else the process
allocated before. A process in one state stays in it: measured in long-lived workers, one process
of the blocking floor faulted a 16 MiB block in again at a quarter of its calls and another one of
the same code at half of them, and such a call takes about 8 ms (latency and CPU) more, so the p50 of
a batch depends on which process ran it. This is why every round starts new workers: each round's
ratio compares freshly drawn states, and the median over the rounds does not rest on one draw per
client. The "Details" table shows the faults per call. The floor sends one prebuilt request over and
over; every client must build a new one per call (ours: the tensor copied into the request bytes,
which are reused from call to call when no one else holds them, so that ours allocates no more 16 MiB
blocks per call than the floor). The server and the client share the machine's cores (and
whatever else runs there: see the load average); each peer venv has its own grpcio, protobuf and numpy
versions (see "Clients under test"). The reference ratios were measured by the issue's author on another
machine.
"""
