"""The coordinator's side of the worker-process benchmarks (`client` and `wire` suites).

Each client under test runs in its own long-lived worker process (worker.py) started from the
interpreter of the venv that has the client: the repository's own interpreter for ours and for the raw
gRPC floors, the cached peer venvs of tools/peers/peers.py for tritonclient and kserve. The
coordinator talks to them in JSON lines and only ever has one of them working at a time (the others
wait on their stdin), so they never compete for the CPU.

Processes are always stopped by PID when a suite ends, also on errors and KeyboardInterrupt; they also
exit on their own when their stdin reaches EOF, so not even a killed coordinator leaves them behind.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from benchmarks._harness import REPO, Table

HERE = Path(__file__).resolve().parent
WORKER_SCRIPT = HERE / "worker.py"
SERVER_SCRIPT = HERE / "server.py"
PEERS_SCRIPT = REPO / "tools" / "peers" / "peers.py"

NOT_INSTALLED = "not installed (run `make peers`)"
# A reply slower than this means a hung worker.
REPLY_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 10.0


def progress(text: str) -> None:
    """A progress line on stderr (the tables go to stdout)."""
    print(f"  [{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# -- which interpreter runs which client ---------------------------------------------------------


@dataclass(frozen=True)
class ClientSpec:
    key: str  # the worker's client name (worker.CLIENTS)
    label: str  # for tables
    peer: str | None = None  # peer venv of tools/peers/peers.py, or None: this interpreter


_peers: ModuleType | None = None


def peers_module() -> ModuleType:
    """tools/peers/peers.py, imported by path (it needs only the standard library)."""
    global _peers
    if _peers is None:
        spec = importlib.util.spec_from_file_location("_bench_interop_peers", PEERS_SCRIPT)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {PEERS_SCRIPT}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
        _peers = module
    return _peers


def interpreter(spec: ClientSpec) -> tuple[str | None, str]:
    """(python executable, "") for `spec`, or (None, why not)."""
    if spec.peer is None:
        return sys.executable, ""
    try:
        peers = peers_module()
        if not peers.is_installed(spec.peer):
            return None, NOT_INSTALLED
        python = peers.server_home(spec.peer) / "venv" / "bin" / "python"
    except (ImportError, OSError, ValueError) as exc:
        return None, f"peer lookup failed: {exc}"
    if not python.exists():
        return None, NOT_INSTALLED
    return str(python), ""


# -- fixtures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkloadSpec:
    name: str
    shape: tuple[int, ...]


def write_fixtures(folder: Path, workloads: Sequence[WorkloadSpec], seed: int = 20240601) -> None:
    """Input and output arrays, request and canned response bytes of every workload, plus a manifest.

    The output array differs from the input one, so a client returning its input fails the check.
    """
    from inference_grpc.protocol import (
        ModelInferRequest,
        ModelInferRequestInferInputTensor,
        ModelInferResponse,
        ModelInferResponseInferOutputTensor,
    )

    rng = np.random.default_rng(seed)
    manifest: dict[str, Any] = {"workloads": {}}
    for wl in workloads:
        x = rng.standard_normal(wl.shape, dtype=np.float32)
        y = rng.standard_normal(wl.shape, dtype=np.float32)
        request = ModelInferRequest(
            model_name="bench",
            inputs=[ModelInferRequestInferInputTensor(name="INPUT0", datatype="FP32", shape=list(wl.shape))],
            raw_input_contents=[x.tobytes()],
        )
        response = ModelInferResponse(
            model_name="bench",
            model_version="1",
            outputs=[ModelInferResponseInferOutputTensor(name="OUTPUT0", datatype="FP32", shape=list(wl.shape))],
            raw_output_contents=[y.tobytes()],
        )
        files = {key: f"{wl.name}_{key}" for key in ("x", "y", "request", "response")}
        np.save(folder / f"{files['x']}.npy", x)
        np.save(folder / f"{files['y']}.npy", y)
        (folder / files["request"]).write_bytes(bytes(request))
        (folder / files["response"]).write_bytes(bytes(response))
        manifest["workloads"][wl.name] = {
            "shape": list(wl.shape),
            "x": f"{files['x']}.npy",
            "y": f"{files['y']}.npy",
            "request": files["request"],
            "response": files["response"],
        }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))


# -- processes -----------------------------------------------------------------------------------


class WorkerError(RuntimeError):
    """A worker failed a request or died; the message carries its error and log tail."""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"):
        env.pop(key, None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "<no log>"
    return "\n".join(text.splitlines()[-lines:])


def _stop(proc: subprocess.Popen[bytes], timeout: float = STOP_TIMEOUT_S) -> None:
    """Wait for `proc` to exit; SIGTERM then SIGKILL it by PID if it does not."""
    for sig in (None, "terminate", "kill"):
        if sig == "terminate":
            proc.terminate()
        elif sig == "kill":
            proc.kill()
        try:
            proc.wait(timeout=timeout if sig is None else 5.0)
            return
        except subprocess.TimeoutExpired:
            continue


class _LineReader:
    """Reads newline-terminated replies from a pipe, with a timeout (no buffered-file surprises)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()

    def readline(self, timeout: float) -> bytes | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no reply within {timeout:.0f} s")
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return None  # EOF: the process is gone
            self.buffer += chunk
        line, _, rest = bytes(self.buffer).partition(b"\n")
        self.buffer = bytearray(rest)
        return line


class WorkerProcess:
    """One worker.py process driving one client."""

    def __init__(self, spec: ClientSpec, python: str, log_dir: Path, tag: str = "") -> None:
        self.spec = spec
        self.log_path = log_dir / f"worker-{spec.key}{tag}.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [python, "-I", str(WORKER_SCRIPT)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=child_env(),
                cwd=log_dir,
                start_new_session=True,  # a Ctrl-C in the terminal reaches the coordinator only
            )
        assert self.proc.stdout is not None
        self._reader = _LineReader(self.proc.stdout.fileno())
        self.versions: dict[str, str] = {}

    @property
    def pid(self) -> int:
        return self.proc.pid

    def request(self, message: Mapping[str, Any], timeout: float = REPLY_TIMEOUT_S) -> dict[str, Any]:
        stdin = self.proc.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(message).encode() + b"\n")
            stdin.flush()
            line = self._reader.readline(timeout)
        except (BrokenPipeError, TimeoutError) as exc:
            raise WorkerError(f"{self.spec.label} worker: {exc}; log tail:\n{_tail(self.log_path)}") from None
        if line is None:
            self.proc.poll()
            raise WorkerError(
                f"{self.spec.label} worker exited (status {self.proc.returncode}); log tail:\n{_tail(self.log_path)}"
            )
        reply: dict[str, Any] = json.loads(line)
        if not reply.get("ok"):
            raise WorkerError(f"{self.spec.label} worker: {reply.get('traceback') or reply.get('error')}")
        return reply

    def init(self, mode: str, data: Path, target: str | None) -> None:
        message = {"op": "init", "client": self.spec.key, "mode": mode, "data": str(data), "target": target}
        self.versions = self.request(message)["versions"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError, ValueError):
                assert self.proc.stdin is not None
                self.proc.stdin.write(b'{"op": "quit"}\n')
                self.proc.stdin.flush()
        with contextlib.suppress(OSError):
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        _stop(self.proc)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@dataclass
class Workers:
    """The workers that started, and why the others did not."""

    running: dict[str, WorkerProcess] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def versions(self, key: str) -> dict[str, str]:
        return self.running[key].versions if key in self.running else {}


@contextlib.contextmanager
def workers(
    specs: Sequence[ClientSpec], mode: str, data: Path, log_dir: Path, target: str | None = None, tag: str = ""
) -> Iterator[Workers]:
    """Start one worker per client (skipping clients whose venv is missing); stop them all on exit.

    `tag` tells the log files of a second set of workers from the first one's."""
    out = Workers(labels={spec.key: spec.label for spec in specs})
    try:
        for spec in specs:
            python, why = interpreter(spec)
            if python is None:
                out.missing[spec.key] = why
                progress(f"{spec.label}: {why}")
                continue
            worker = WorkerProcess(spec, python, log_dir, tag)
            out.running[spec.key] = worker
            try:
                worker.init(mode, data, target)
            except WorkerError as exc:
                # A peer venv without a usable client: report it in the tables, do not fail the suite.
                if spec.peer is None:
                    raise
                first = str(exc).strip().splitlines()[-1]
                out.missing[spec.key] = f"unavailable ({first})"
                progress(f"{spec.label}: {exc}")
                worker.stop()
                del out.running[spec.key]
                continue
            progress(f"{spec.label}{tag}: worker pid {worker.pid} ({python})")
        yield out
    finally:
        for worker in out.running.values():
            worker.stop()


class ServerProcess:
    """The canned-response server (server.py) in its own process."""

    def __init__(self, small_response: Path, large_response: Path, threshold: int, log_dir: Path) -> None:
        self.log_path = log_dir / "server.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", str(SERVER_SCRIPT), str(small_response), str(large_response), str(threshold)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=child_env(),
                cwd=log_dir,
                start_new_session=True,
            )
        assert self.proc.stdout is not None
        try:
            line = _LineReader(self.proc.stdout.fileno()).readline(60.0)
        except TimeoutError:
            line = None
        if line is None:
            self.stop()
            raise RuntimeError(f"the canned-response server did not start; log tail:\n{_tail(self.log_path)}")
        self.port = int(json.loads(line)["port"])

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM by PID: the server stops its grpc server and exits
        with contextlib.suppress(OSError):
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        _stop(self.proc)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@contextlib.contextmanager
def server(small_response: Path, large_response: Path, threshold: int, log_dir: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(small_response, large_response, threshold, log_dir)
    try:
        yield proc
    finally:
        proc.stop()


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder under the system temp dir (fixtures and worker logs), removed at the end."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        yield Path(folder)


# -- interleaved measurement ---------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One measured quantity: a kind of batch on one workload, the same for every client."""

    name: str
    workload: str
    kind: str = "seq"  # "seq" (calls one after the other) or "inflight"
    per_call: bool = False  # time every call (for p50 latency)
    concurrency: int = 1
    batch_seconds: float = 0.1  # wall time one timed batch aims for
    min_calls: int = 1
    max_calls: int = 1_000_000
    user_loop: bool = False  # seq only: GC on, each result held until the next call returns (worker.py)


@dataclass
class Samples:
    """The replies of one (job, client), one per round."""

    calls: int
    replies: list[dict[str, Any]] = field(default_factory=list)

    def values(self, key: str) -> list[float]:
        return [float(r[key]) for r in self.replies]


def measure(
    running: Mapping[str, WorkerProcess],
    jobs: Sequence[Job],
    rounds: int,
    warm_seconds: float,
    first_round: int = 0,
    calls: Mapping[tuple[str, str], int] | None = None,
) -> dict[tuple[str, str], Samples]:
    """Calibrate every (job, client), then run `rounds` interleaved rounds.

    Each round runs every job once for every client, one client at a time, the clients' order rotating
    from round to round, so drifts of the machine hit every client alike. `first_round` is the number
    of the first round (for the rotation, when the rounds are measured a few at a time); `calls` gives
    the batch sizes of (job, client) pairs measured before: those are checked and warmed up as always,
    but keep their batch size.
    """
    keys = list(running)
    samples: dict[tuple[str, str], Samples] = {}
    for job in jobs:
        for key in keys:
            reply = running[key].request(
                {
                    "op": "prepare",
                    "workload": job.workload,
                    "kind": job.kind,
                    "seconds": warm_seconds,
                    "concurrency": job.concurrency,
                    "user_loop": job.user_loop,
                }
            )
            if calls is not None and (job.name, key) in calls:
                samples[job.name, key] = Samples(calls=calls[job.name, key])
                continue
            estimate = max(float(reply["ns_per_call"]), 1.0)
            n = int(job.batch_seconds * 1e9 / estimate)
            samples[job.name, key] = Samples(calls=max(job.min_calls, min(job.max_calls, n)))
        progress(f"calibrated {job.name}: " + ", ".join(f"{k} {samples[job.name, k].calls} calls" for k in keys))
    for r in range(first_round, first_round + rounds):
        shift = r % len(keys) if keys else 0
        for job in jobs:
            for key in keys[shift:] + keys[:shift]:
                entry = samples[job.name, key]
                message: dict[str, Any] = {"op": job.kind, "workload": job.workload, "calls": entry.calls}
                if job.kind == "inflight":
                    message["concurrency"] = job.concurrency
                else:
                    message["per_call"] = job.per_call
                    message["user_loop"] = job.user_loop
                entry.replies.append(running[key].request(message))
        progress(f"round {r + 1} done")
    return samples


def versions_table(found: Workers, order: Sequence[str]) -> Table:
    """The "clients under test" table: label, interpreter and versions, or why missing."""
    header = ["Client", "Interpreter", "Client package", "grpcio", "protobuf", "numpy"]
    rows = []
    for key in order:
        label = found.labels[key]
        if key in found.missing:
            rows.append([label, found.missing[key], "", "", "", ""])
            continue
        v = found.versions(key)
        rows.append(
            [
                label,
                f"`{v.get('executable', '?')}` (Python {v.get('python', '?')})",
                " ".join(f"{d} {v[d]}" for d in ("inference-grpc", "tritonclient", "kserve") if d in v) or "-",
                v.get("grpcio", "?"),
                v.get("protobuf", "?"),
                v.get("numpy", "?"),
            ]
        )
    return Table(
        "Clients under test",
        header,
        rows,
        note="Each client runs in its own worker process, started from the interpreter of its venv.",
        file_only=True,
        right_from=len(header),
    )
