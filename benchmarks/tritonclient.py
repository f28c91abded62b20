"""tritonclient suite: ours through the tritonclient drop-in (`inference_grpc.tritonclient.grpc.aio`)
against real tritonclient.grpc.aio, the same user code on the same workloads, in one run.

Both run tritonclient's API (InferInput, `infer`, `as_numpy`; `stream_infer` with request dicts) in
worker processes of their own (tritonclient from the Triton peer venv), against the wire suite's
canned-response server, which also answers ModelStreamInfer. Measured: [1,16] p50 latency, [1,16]
requests/s with 64 calls in flight, 16 MiB echo p50 latency (new workers per round, as a user's
loop, see wire.measure_big), and [1,16] p50 per request on a live stream (each call sends one
request on a stream kept open and awaits its response). No targets: the table gives ours ÷
tritonclient for each.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from benchmarks._harness import Options, SuiteReport, Table, fmt_ratio, fmt_time
from benchmarks._workers import pool

TITLE = "tritonclient drop-in: ours through inference_grpc.tritonclient vs tritonclient.grpc.aio"
ORDER = 40

THEIRS, OURS = "triton", "ours-tc"
THEIRS_STREAM, OURS_STREAM = "triton-stream", "ours-tc-stream"
UNARY = (
    pool.ClientSpec(THEIRS, "tritonclient.grpc.aio", peer="triton"),
    pool.ClientSpec(OURS, "ours (inference_grpc.tritonclient.grpc.aio)"),
)
STREAMING = (
    pool.ClientSpec(THEIRS_STREAM, "tritonclient.grpc.aio stream_infer", peer="triton"),
    pool.ClientSpec(OURS_STREAM, "ours stream_infer"),
)

TINY, BIG = "tiny", "16MiB"
WORKLOADS = (pool.WorkloadSpec(TINY, (1, 16)), pool.WorkloadSpec(BIG, (1, 4 * 1024 * 1024)))
THRESHOLD = 1 << 20
CONCURRENCY = 64
TINY_SEQ, TINY_INFLIGHT, BIG_SEQ, STREAM_SEQ = "tiny-seq", "tiny-inflight", "big-seq", "stream-seq"

# (job, reply field, label, which pair of clients)
ROWS = (
    (TINY_SEQ, "p50_ns", "[1,16] p50 latency", (THEIRS, OURS)),
    (TINY_INFLIGHT, "rps", f"[1,16] {CONCURRENCY} in flight, requests/s", (THEIRS, OURS)),
    (BIG_SEQ, "p50_ns", "16 MiB echo p50 latency", (THEIRS, OURS)),
    (STREAM_SEQ, "p50_ns", "[1,16] p50 per request on a stream", (THEIRS_STREAM, OURS_STREAM)),
)


def _settings(options: Options) -> tuple[float, float, float, int]:
    """(seconds per tiny batch, seconds per 16 MiB batch, warm-up seconds, minimum 16 MiB calls per batch)."""
    return (0.08, 0.15, 0.1, 3) if options.quick else (0.4, 1.6, 0.3, 20)


def run(options: Options) -> SuiteReport:
    tiny_s, big_s, warm, big_min = _settings(options)
    unary_jobs = [
        pool.Job(TINY_SEQ, TINY, "seq", per_call=True, batch_seconds=tiny_s, min_calls=50),
        pool.Job(
            TINY_INFLIGHT, TINY, "inflight", concurrency=CONCURRENCY, batch_seconds=tiny_s, min_calls=4 * CONCURRENCY
        ),
    ]
    stream_jobs = [pool.Job(STREAM_SEQ, TINY, "seq", per_call=True, batch_seconds=tiny_s, min_calls=50)]
    big_jobs = [pool.Job(BIG_SEQ, BIG, "seq", per_call=True, batch_seconds=big_s, min_calls=big_min, user_loop=True)]
    labels: dict[str, str] = {}
    missing: dict[str, str] = {}
    with pool.scratch_dir("bench-tritonclient-") as scratch:
        pool.write_fixtures(scratch, WORKLOADS)
        small, large = scratch / f"{TINY}_response", scratch / f"{BIG}_response"
        with pool.server(small, large, THRESHOLD, scratch) as srv:
            pool.progress(f"canned-response server pid {srv.pid} at {srv.target}")
            with pool.workers(UNARY, "wire", scratch, scratch, target=srv.target) as found:
                samples = pool.measure(found.running, unary_jobs, options.rounds, warm)
                labels.update(found.labels)
                missing.update(found.missing)
            with pool.workers(STREAMING, "wire", scratch, scratch, target=srv.target, tag="-stream") as streams:
                samples.update(pool.measure(streams.running, stream_jobs, options.rounds, warm))
                labels.update(streams.labels)
                missing.update(streams.missing)
            samples.update(_big(options, scratch, srv.target, big_jobs, warm))
    return _report(samples, labels, missing)


def _big(
    options: Options, scratch: Path, target: str, jobs: list[pool.Job], warm: float
) -> dict[tuple[str, str], pool.Samples]:
    """The 16 MiB echo in new workers every round (the allocator's state is drawn anew; see wire.measure_big)."""
    samples: dict[tuple[str, str], pool.Samples] = {}
    for r in range(options.rounds):
        calls = {k: v.calls for k, v in samples.items()} if samples else None
        with pool.workers(UNARY, "wire", scratch, scratch, target=target, tag=f"-16MiB-r{r + 1}") as big:
            fresh = pool.measure(big.running, jobs, 1, warm, first_round=r, calls=calls)
        for key, entry in fresh.items():
            samples.setdefault(key, pool.Samples(calls=entry.calls)).replies.extend(entry.replies)
    return samples


def _report(
    samples: dict[tuple[str, str], pool.Samples], labels: dict[str, str], missing: dict[str, str]
) -> SuiteReport:
    def median(job: str, field: str, key: str) -> float | None:
        entry = samples.get((job, key))
        return statistics.median(entry.values(field)) if entry and entry.replies else None

    def shown(field: str, value: float | None, key: str) -> str:
        if value is None:
            return missing.get(key, "n/a")
        return f"{value:,.0f}" if field == "rps" else fmt_time(value)

    table = Table(
        "Results (median of the rounds)",
        ["Measurement", "tritonclient.grpc.aio", "ours through inference_grpc.tritonclient", "ours ÷ tritonclient"],
        note=(
            "Latency: lower is better; requests/s: higher is better. The same tritonclient-API code runs "
            "in both workers; only the import differs."
        ),
    )
    for job, field, label, (theirs, ours) in ROWS:
        a, b = median(job, field, theirs), median(job, field, ours)
        ratio = fmt_ratio(b / a) if a and b else "n/a"
        table.rows.append([label, shown(field, a, theirs), shown(field, b, ours), ratio])
    method = (
        "Each client in its own long-lived worker process (tritonclient from the Triton peer venv), one "
        "active at a time, interleaved rounds, against the canned-response server of the wire suite. "
        f"Clients: {', '.join(labels.values())}."
    )
    return SuiteReport(TITLE, [table], method=method)
