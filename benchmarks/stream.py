"""Stream suite: 1,000 responses of [1,16] FP32 through one stream vs 1,000 unary infer calls.

A canned-response server in its own process (benchmarks/_workers/stream_server.py) answers ModelInfer
with a prebuilt ModelInferResponse and each request of a ModelStreamInfer stream with one
ModelStreamInferResponse holding it. Three clients, each in a worker process of its own
(benchmarks/_workers/stream_worker.py), run a user's loop of 1,000 requests per batch: ours through
`stream_infer`, ours through 1,000 sequential `infer` calls, and tritonclient.grpc.aio's
`stream_infer` (from the triton peer venv). Rounds interleave the clients (rotating their order),
only one worker runs at a time, and the tables give the median of the rounds per response.
Target: ours through a stream costs no more per response than ours through unary calls (wall time
and client CPU).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks._harness import Options, SuiteReport, Table, fmt_ratio, fmt_time, targets_table
from benchmarks._workers import pool

TITLE = "Streaming: 1,000 responses through one stream vs 1,000 unary calls"
ORDER = 45

RESPONSES = 1000
WORKERS = Path(__file__).resolve().parent / "_workers"
STREAM, UNARY, TRITON = "ours-stream", "ours-unary", "triton-stream"
CLIENTS = (
    pool.ClientSpec(STREAM, "ours, stream_infer"),
    pool.ClientSpec(UNARY, "ours, 1,000 infer() calls"),
    pool.ClientSpec(TRITON, "tritonclient.grpc.aio, stream_infer", peer="triton"),
)


def _canned_response() -> bytes:
    import numpy as np

    from inference_grpc.protocol import ModelInferResponse, ModelInferResponseInferOutputTensor

    out = np.arange(16, dtype="<f4")[::-1].copy()
    return bytes(
        ModelInferResponse(
            model_name="bench",
            id="0",
            outputs=[ModelInferResponseInferOutputTensor(name="OUTPUT0", datatype="FP32", shape=[1, 16])],
            raw_output_contents=[out.tobytes()],
        )
    )


class _Process:
    """A child process speaking JSON lines on stdout; stopped by closing its stdin."""

    def __init__(self, argv: list[str], log: Path) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log)

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.proc.args[2]} ended early; see {self.log.name}")
        result: dict[str, Any] = json.loads(line)
        return result

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=pool.STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def run(options: Options) -> SuiteReport:
    rounds = 3 if options.quick else options.rounds
    samples: dict[str, list[dict[str, float]]] = {spec.key: [] for spec in CLIENTS}
    versions: dict[str, str] = {}
    missing: dict[str, str] = {}
    with pool.scratch_dir("bench-stream-") as scratch:
        response_file = scratch / "response.bin"
        response_file.write_bytes(_canned_response())
        argv = [sys.executable, "-I", str(WORKERS / "stream_server.py"), str(response_file)]
        server = _Process(argv, scratch / "server.log")
        workers: dict[str, _Process] = {}
        try:
            target = f"127.0.0.1:{server.read()['port']}"
            for spec in CLIENTS:
                python, why = pool.interpreter(spec)
                if python is None:
                    missing[spec.key] = why
                    continue
                argv = [python, "-I", str(WORKERS / "stream_worker.py"), spec.key, target, str(RESPONSES)]
                workers[spec.key] = _Process(argv, scratch / f"{spec.key}.log")
                versions[spec.key] = workers[spec.key].read()["ready"]
            keys = list(workers)
            for i in range(rounds):
                for key in keys[i % len(keys) :] + keys[: i % len(keys)]:
                    workers[key].send("run")
                    samples[key].append(workers[key].read())
        finally:
            for worker in workers.values():
                worker.stop()
            server.stop()
    return _report(samples, versions, missing, rounds)


def _median(samples: list[dict[str, float]], field: str) -> float | None:
    return statistics.median(s[field] for s in samples) if samples else None


def _report(
    samples: dict[str, list[dict[str, float]]], versions: dict[str, str], missing: dict[str, str], rounds: int
) -> SuiteReport:
    unary_wall, unary_cpu = _median(samples[UNARY], "wall_ns"), _median(samples[UNARY], "cpu_ns")
    table = Table(
        f"Per response, {RESPONSES:,} responses of [1,16] FP32 per batch (median of {rounds} rounds)",
        ["Client", "wall time", "÷ ours unary", "client CPU", "÷ ours unary", "version"],
        note="Lower is better. Each batch is a user's loop: fresh InferInput and request per request, every output "
        "read with as_numpy.",
    )
    for spec in CLIENTS:
        if spec.key in missing:
            table.rows.append([spec.label, missing[spec.key], "", "", "", ""])
            continue
        wall, cpu = _median(samples[spec.key], "wall_ns"), _median(samples[spec.key], "cpu_ns")
        assert wall is not None and cpu is not None and unary_wall and unary_cpu
        ratios = (fmt_ratio(wall / unary_wall), fmt_ratio(cpu / unary_cpu))
        table.rows.append([spec.label, fmt_time(wall), ratios[0], fmt_time(cpu), ratios[1], versions[spec.key]])
    stream_wall, stream_cpu = _median(samples[STREAM], "wall_ns"), _median(samples[STREAM], "cpu_ns")
    assert stream_wall is not None and stream_cpu is not None and unary_wall and unary_cpu
    checks = [
        ("stream_infer wall time per response ≤ unary infer's", fmt_time(stream_wall),
         fmt_ratio(stream_wall / unary_wall), stream_wall <= unary_wall),
        ("stream_infer client CPU per response ≤ unary infer's", fmt_time(stream_cpu),
         fmt_ratio(stream_cpu / unary_cpu), stream_cpu <= unary_cpu),
    ]  # fmt: skip
    targets = targets_table(checks)
    passed = sum(1 for check in checks if check[3])
    return SuiteReport(TITLE, [targets, table], method=__doc__ or "", passed=passed, failed=len(checks) - passed)
