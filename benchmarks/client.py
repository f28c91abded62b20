"""Client suite: what one infer() costs each client on its own, with the transport taken out.

Each client's real `infer` path runs against a fake channel (benchmarks/_workers/worker.py): in every
worker process grpc.aio.insecure_channel (and grpc.insecure_channel, for our sync twin) is replaced by
a FakeChannel whose ModelInfer multicallable applies the client's own request serializer and response
deserializer to a canned reply. So every client-side step is timed (InferInput from numpy, validation,
encoding, decoding, output to numpy via as_numpy) and no network is. Clients: ours (async and sync),
tritonclient.grpc.aio and kserve's InferenceGRPCClient, each in its own worker process and venv.
"""

from __future__ import annotations

import statistics

from benchmarks._harness import Options, SuiteReport, Table, fmt_ratio, fmt_time, targets_table
from benchmarks._workers import pool

TITLE = "Client cost without transport: infer() on a fake channel, numpy in to numpy out"
ORDER = 20

OURS_ASYNC = "ours-async"
OURS_SYNC = "ours-sync"
TRITON = "triton"
KSERVE = "kserve"
CLIENTS = (
    pool.ClientSpec(OURS_ASYNC, "ours (async)"),
    pool.ClientSpec(OURS_SYNC, "ours (sync)"),
    pool.ClientSpec(TRITON, "tritonclient.grpc.aio", peer="triton"),
    pool.ClientSpec(KSERVE, "kserve", peer="kserve"),
)
OURS = (OURS_ASYNC, OURS_SYNC)

TINY, BIG = "tiny", "16MiB"
WORKLOADS = (pool.WorkloadSpec(TINY, (1, 16)), pool.WorkloadSpec(BIG, (1, 4 * 1024 * 1024)))
WORKLOAD_HEADERS = {TINY: "[1,16] FP32", BIG: "16 MiB FP32 [1,4194304]"}
LIMITS_NS = {TINY: 10_000.0, BIG: 3_000_000.0}
# Measured by the author (not by this suite), for orientation.
REFERENCE_NS = {TRITON: {TINY: 17_000.0, BIG: 49e6}, KSERVE: {TINY: 24_000.0, BIG: 32e6}}


def _batches(options: Options) -> tuple[float, float, int]:
    """(seconds per timed batch, warm-up seconds, minimum calls per batch of the 16 MiB workload)."""
    if options.quick:
        return 0.03, 0.05, 2
    return 0.2, 0.3, 5


def run(options: Options) -> SuiteReport:
    batch_seconds, warm_seconds, big_min = _batches(options)
    jobs = [
        pool.Job(TINY, TINY, batch_seconds=batch_seconds, min_calls=20),
        pool.Job(BIG, BIG, batch_seconds=batch_seconds, min_calls=big_min),
    ]
    with pool.scratch_dir("bench-client-") as scratch:
        pool.write_fixtures(scratch, WORKLOADS)
        with pool.workers(CLIENTS, "fake", scratch, scratch) as found:
            samples = pool.measure(found.running, jobs, options.rounds, warm_seconds)
    return report(options, found, samples)


def report(options: Options, found: pool.Workers, samples: dict[tuple[str, str], pool.Samples]) -> SuiteReport:
    order = [spec.key for spec in CLIENTS]

    def median(workload: str, key: str) -> float | None:
        entry = samples.get((workload, key))
        return statistics.median(entry.values("wall_ns")) if entry else None

    ours_ref = {wl.name: median(wl.name, OURS_ASYNC) for wl in WORKLOADS}
    timing = Table(
        "Time per infer() call, transport excluded (median of the rounds)",
        [
            "Client",
            *(part for wl in WORKLOADS for part in (WORKLOAD_HEADERS[wl.name], "÷ ours (async)")),
            "Reference by the issue's author ([1,16] / 16 MiB)",
        ],
        note=(
            "Lower is better. The reference column is what the issue's author measured on another machine; "
            "it is not a result of this run."
        ),
    )
    for key in order:
        label = found.labels[key]
        if key in found.missing:
            timing.rows.append([label, *([found.missing[key], ""] * len(WORKLOADS)), _reference(key)])
            continue
        cells = []
        for wl in WORKLOADS:
            value, ours = median(wl.name, key), ours_ref[wl.name]
            cells += [fmt_time(value) if value else "n/a", fmt_ratio(value / ours) if value and ours else "n/a"]
        timing.rows.append([label, *cells, _reference(key)])

    targets: list[tuple[str, str, str, bool]] = []
    for key in OURS:
        for wl in WORKLOADS:
            value = median(wl.name, key)
            limit = LIMITS_NS[wl.name]
            if value is None:
                continue
            targets.append(
                (
                    f"{found.labels[key]}: {WORKLOAD_HEADERS[wl.name]} ≤ {fmt_time(limit)}",
                    fmt_time(value),
                    fmt_ratio(value / limit) + " of limit",
                    value <= limit,
                )
            )
    target_table = targets_table(targets)

    details = Table(
        "Timing details",
        ["Workload", "Client", "median", "min", "max", "calls per batch x rounds", "CPU per call (median)"],
        note="One timed batch of back-to-back calls per client per round, the GC disabled during the batch.",
        file_only=True,
        right_from=2,
    )
    for wl in WORKLOADS:
        for key in order:
            entry = samples.get((wl.name, key))
            if entry is None:
                continue
            walls = entry.values("wall_ns")
            details.rows.append(
                [
                    WORKLOAD_HEADERS[wl.name],
                    found.labels[key],
                    fmt_time(statistics.median(walls)),
                    fmt_time(min(walls)),
                    fmt_time(max(walls)),
                    f"{entry.calls:,} x {len(walls)}",
                    fmt_time(statistics.median(entry.values("cpu_ns"))),
                ]
            )
    versions = pool.versions_table(found, order)
    passed = sum(ok for *_, ok in targets)
    return SuiteReport(
        title=TITLE,
        tables=[target_table, timing, details, versions],
        method=METHOD.format(rounds=options.rounds, batch_ms=_batches(options)[0] * 1e3),
        passed=passed,
        failed=len(targets) - passed,
    )


def _reference(key: str) -> str:
    ref = REFERENCE_NS.get(key)
    return f"{fmt_time(ref[TINY])} / {fmt_time(ref[BIG])}" if ref else ""


METHOD = """\
**What is timed.** One full `infer` round trip of each client's public API, numpy in and numpy out,
with the transport replaced: build the input (`InferInput(name, shape, "FP32")` and
`set_data_from_numpy(x)`), build the request where the API has one (`InferRequest(model, infer_inputs=[...])`
for ours and kserve; tritonclient takes the inputs list), `infer`, and the output as an ndarray
(`response.outputs[0].as_numpy()` for ours and kserve, `result.as_numpy("OUTPUT0")` for tritonclient).
The client object is built once per worker. Workloads: one FP32 input and output of shape [1,16], and of
shape [1,4194304] (16 MiB). The canned reply is a ModelInferResponse with one FP32 output of the same
shape in `raw_output_contents` (encoded by our generated code; every client decodes it with its own
decoder). The output array differs from the input one.

**The fake channel.** Every worker replaces `grpc.aio.insecure_channel` and `grpc.insecure_channel`
before building its client, which is how all four clients create their channel. The fake channel's
`unary_unary(path, request_serializer, response_deserializer, _registered_method)` returns a
multicallable with grpc's own call signature (`request, *, timeout, metadata, credentials,
wait_for_ready, compression`; tritonclient and kserve pass `request=` by keyword and `metadata`/`timeout`,
tritonclient also `compression`; ours passes `timeout`, `metadata`, `compression` and `wait_for_ready`).
It applies the client's request serializer (tritonclient and kserve pass protobuf's
`SerializeToString`; ours passes none because it encodes the request itself, so the fake checks it got
`bytes`) and returns, for the async clients, an awaitable that applies the response deserializer
(protobuf's `FromString`, or none for ours, which decodes itself) to the canned bytes when awaited, and
for the sync client the deserialized reply directly. The stubs' other methods raise if called. Before
timing, and again after the warm-up, each worker makes one checked call: the client must have created
its channel through the patched function, the bytes it serialized must contain the input tensor, and
the decoded output must equal the expected array (dtype, shape and values).

**Workers and timing.** Each client runs in its own long-lived worker process (`benchmarks/_workers/worker.py`)
started from the interpreter of the venv that has it: the repository's interpreter for ours, the peer
venvs of `tools/peers/peers.py` (`peers.server_home(<server>)/venv`) for tritonclient (triton venv)
and kserve (kserve venv); a worker never imports this repository's code. The coordinator drives the
workers over stdin/stdout in JSON lines and only one works at a time. After a warm-up, each (client,
workload) is calibrated to about {batch_ms:.0f} ms per timed batch. Every round then runs one timed
batch per client and workload, the clients' order rotating from round to round; the tables give the
median of {rounds} rounds. A batch is `time.perf_counter_ns()` around that many back-to-back calls with
the GC disabled (collected before each batch); for the async clients the calls run one after the other
inside one coroutine on the worker's event loop, timed inside the coroutine, the same way for every
async client.

**Caveats.** The fake call completes without yielding to the event loop, so the async numbers leave out
grpc.aio's own per-call machinery (that is what the `wire` suite measures). Each venv has its own numpy
and protobuf versions (see "Clients under test"). Wall-clock times on a shared machine; compare rows of
the same run.
"""
