#!/usr/bin/env python3
"""Real Open Inference Protocol (KServe V2) gRPC servers for the interop tests.

Installs, starts on 127.0.0.1, waits ready and stops (by PID) three third-party servers:

* ``triton``   -- the tritonserver 2.51 binary shipped in the ``nvidia-pytriton==0.7.0`` wheel, run
  standalone on a file model repository (python backend);
* ``kserve``   -- ``kserve==0.21.0`` ``ModelServer`` with toy models;
* ``mlserver`` -- ``mlserver==1.7.1`` with toy custom runtimes.

Each server lives in its own venv in a user cache folder keyed by the pinned versions, so fresh
clones reuse it.  Model sources are under ``models/<server>/`` beside this file.

Usage as a module (tests)::

    with peers.started("triton") as peer:
        channel = grpc.aio.insecure_channel(peer.url)

Usage from a shell::

    python tools/peers/peers.py setup|start|stop|status [triton|kserve|mlserver|all]

Only the standard library is needed, plus ``grpcio`` for the readiness probe.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SERVERS: tuple[str, ...] = ("triton", "kserve", "mlserver")

MODELS_DIR = Path(__file__).resolve().parent / "models"
HOST = "127.0.0.1"
READY_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0
# Servers must accept a 16 MiB tensor plus protobuf framing; keep well above that.
MAX_MESSAGE_BYTES = 256 * 1024 * 1024

_SERVICE = "/inference.GRPCInferenceService"


@dataclass(frozen=True)
class _Spec:
    version: str  # keys the cache folder
    requirements: tuple[str, ...]  # what pip installs into the server's venv
    n_ports: int  # grpc, http[, metrics]


_SPECS: dict[str, _Spec] = {
    # nvidia-pytriton 0.7.0 ships tritonserver 2.51.  Its python backend stub embeds the venv's
    # interpreter and needs numpy<2, which pytriton pins; pin it here too so it never drifts.
    "triton": _Spec("2.51.0", ("nvidia-pytriton==0.7.0", "numpy<2"), 3),
    "kserve": _Spec("0.21.0", ("kserve==0.21.0",), 2),
    "mlserver": _Spec("1.7.1", ("mlserver==1.7.1",), 3),
}

# Identity-model datatypes, by the lower-case suffix used in model names.
_V2_DATATYPES: dict[str, str] = {
    "bool": "BOOL",
    "int8": "INT8",
    "int16": "INT16",
    "int32": "INT32",
    "int64": "INT64",
    "uint8": "UINT8",
    "uint16": "UINT16",
    "uint32": "UINT32",
    "uint64": "UINT64",
    "fp16": "FP16",
    "fp32": "FP32",
    "fp64": "FP64",
    "bf16": "BF16",
}
_ALL = tuple(_V2_DATATYPES)
_NO_BF16 = tuple(dt for dt in _ALL if dt != "bf16")
_DATATYPES: dict[str, tuple[str, ...]] = {
    "triton": _ALL,
    # Neither knows BF16: kserve's request parsing raises "invalid content type" and MLServer's
    # Datatype enum lacks it, so such a request never reaches a model.
    "kserve": _NO_BF16,
    "mlserver": _NO_BF16,
}
_TRITON_TYPES: dict[str, str] = {
    **{v2: "TYPE_" + v2 for v2 in _V2_DATATYPES.values()},
    "BYTES": "TYPE_STRING",
}


# ----------------------------------------------------------------------------------------------
# What each server offers


def _check(server: str) -> str:
    if server not in _SPECS:
        raise ValueError(f"unknown server {server!r}; expected one of {', '.join(SERVERS)}")
    return server


def datatypes(server: str) -> tuple[str, ...]:
    """Suffixes of the ``identity_<dt>`` models that ``server`` has (e.g. ``"fp32"``)."""
    return _DATATYPES[_check(server)]


def model_names(server: str) -> tuple[str, ...]:
    """Every test model that ``server`` serves once started."""
    names = ["add_sub", "add_sub_int32", *(f"identity_{dt}" for dt in datatypes(server))]
    names.append("echo_bytes")
    if server == "triton":
        names.append("repeat_decoupled")  # decoupled (streaming) models are Triton-only
        names.append("sequence_sum")  # so is the sequence batcher
    return tuple(names)


# ----------------------------------------------------------------------------------------------
# Installation


def cache_root() -> Path:
    """``$INFERENCE_GRPC_PEERS_CACHE`` or ``${XDG_CACHE_HOME:-~/.cache}/inference-grpc/peers``."""
    explicit = os.environ.get("INFERENCE_GRPC_PEERS_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "inference-grpc" / "peers"


def server_home(server: str) -> Path:
    """Cache folder of one server install: ``<cache>/<server>-<version>-py<X.Y>/``."""
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    return cache_root() / f"{_check(server)}-{_SPECS[server].version}-py{py}"


def _venv(server: str) -> Path:
    return server_home(server) / "venv"


def _marker(server: str) -> Path:
    # Written last, after every install step succeeded: without it the folder is a killed or
    # failed install and is redone from scratch.
    return server_home(server) / "installed.json"


def _install_info(server: str) -> dict[str, Any] | None:
    try:
        info: dict[str, Any] = json.loads(_marker(server).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("requirements") != list(_SPECS[server].requirements):
        return None  # the pins changed: reinstall
    if not (_venv(server) / "bin" / "python").exists():
        return None
    return info


def is_installed(server: str) -> bool:
    """True when ``server``'s venv is completely installed in the cache."""
    return _install_info(_check(server)) is not None


def _base_python() -> str:
    # Inside a venv sys.executable is the venv's python; new venvs must come from the base one.
    return getattr(sys, "_base_executable", None) or sys.executable


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Serialize installs of one server across processes (e.g. parallel test workers)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run_logged(argv: Sequence[str], log: Path, what: str) -> None:
    with open(log, "a") as out:
        out.write(f"$ {' '.join(argv)}\n")
        out.flush()
        code = subprocess.call(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if code != 0:
        raise RuntimeError(f"{what} failed (exit {code}); log tail:\n{_tail(log, 30)}")


_PROBE = """
import json, os, sys, sysconfig
info = {"python": sys.version.split()[0], "libdir": sysconfig.get_config_var("LIBDIR")}
try:
    import pytriton
    info["tritonserver_dir"] = os.path.join(os.path.dirname(pytriton.__file__), "tritonserver")
except ImportError:
    pass
print(json.dumps(info))
"""


def setup(server: str, *, progress: Callable[[str], None] = print) -> Path:
    """Install ``server`` into its cached venv unless already done; return the cache folder."""
    home = server_home(_check(server))
    with _file_lock(home.with_name(home.name + ".lock")):
        if is_installed(server):
            return home
        if home.exists():
            shutil.rmtree(home)  # leftovers of a killed or outdated install
        home.mkdir(parents=True)
        log = home / "setup.log"
        venv = _venv(server)
        python = str(venv / "bin" / "python")
        reqs = _SPECS[server].requirements
        started = time.monotonic()
        progress(f"[{server}] installing {' '.join(reqs)} into {home} (log: {log})")
        _run_logged([_base_python(), "-m", "venv", str(venv)], log, f"{server}: venv")
        _run_logged([python, "-m", "pip", "install", *reqs], log, f"{server}: pip install")
        probe = subprocess.run([python, "-c", _PROBE], check=True, capture_output=True, text=True)
        info: dict[str, Any] = json.loads(probe.stdout)
        if server == "triton":
            _install_triton_stub(Path(info["tritonserver_dir"]), sys.version_info[:2])
        info["requirements"] = list(reqs)
        info["install_seconds"] = round(time.monotonic() - started, 1)
        _marker(server).write_text(json.dumps(info, indent=2) + "\n")
        progress(f"[{server}] installed in {info['install_seconds']:.0f}s")
        return home


def _install_triton_stub(tritonserver_dir: Path, py: tuple[int, int]) -> None:
    # The wheel ships one python-backend stub per Python version; the backend runs the one in
    # backends/python/ (PyTriton copies it there per workspace, we do it once per install).
    stub = tritonserver_dir / "python_backend_stubs" / f"{py[0]}.{py[1]}" / "triton_python_backend_stub"
    if not stub.exists():
        raise RuntimeError(f"nvidia-pytriton ships no python-backend stub for Python {py[0]}.{py[1]}")
    shutil.copy2(stub, tritonserver_dir / "backends" / "python")


def setup_many(servers: Sequence[str], *, progress: Callable[[str], None] = print) -> None:
    """Install several servers concurrently (pip is mostly network- and I/O-bound)."""
    errors: dict[str, BaseException] = {}

    def one(server: str) -> None:
        try:
            setup(server, progress=progress)
        except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as exc:
            errors[server] = exc

    threads = [threading.Thread(target=one, args=(s,), name=f"setup-{s}") for s in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError("; ".join(f"{s}: {e}" for s, e in errors.items()))


# ----------------------------------------------------------------------------------------------
# Model repositories


def _render(src: Path, dst: Path, **values: str) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(string.Template(src.read_text()).substitute(values))


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def _write_triton_repo(repo: Path) -> None:
    src = MODELS_DIR / "triton"
    for name, v2 in (("add_sub", "FP32"), ("add_sub_int32", "INT32")):
        _render(
            src / "add_sub" / "config.pbtxt.in",
            repo / name / "config.pbtxt",
            name=name,
            data_type=_TRITON_TYPES[v2],
        )
        _copy(src / "add_sub" / "model.py", repo / name / "1" / "model.py")
    for dt in datatypes("triton"):
        name = f"identity_{dt}"
        _render(
            src / "identity" / "config.pbtxt.in",
            repo / name / "config.pbtxt",
            name=name,
            data_type=_TRITON_TYPES[_V2_DATATYPES[dt]],
        )
        _copy(src / "identity" / "model.py", repo / name / "1" / "model.py")
    for name in ("echo_bytes", "repeat_decoupled", "sequence_sum"):
        _copy(src / name / "config.pbtxt", repo / name / "config.pbtxt")
        _copy(src / name / "model.py", repo / name / "1" / "model.py")


def _write_mlserver_repo(repo: Path, ports: Sequence[int]) -> None:
    src = MODELS_DIR / "mlserver"
    _copy(src / "oip_models.py", repo / "oip_models.py")
    _render(
        src / "settings.json.in",
        repo / "settings.json",
        host=HOST,
        grpc_port=str(ports[0]),
        http_port=str(ports[1]),
        metrics_port=str(ports[2]),
        max_message_bytes=str(MAX_MESSAGE_BYTES),
    )
    for name, v2 in (("add_sub", "FP32"), ("add_sub_int32", "INT32")):
        _render(
            src / "add_sub.model-settings.json.in",
            repo / name / "model-settings.json",
            name=name,
            datatype=v2,
        )
    for dt in datatypes("mlserver"):
        name = f"identity_{dt}"
        _render(
            src / "identity.model-settings.json.in",
            repo / name / "model-settings.json",
            name=name,
            datatype=_V2_DATATYPES[dt],
        )
    _copy(src / "echo_bytes.model-settings.json", repo / "echo_bytes" / "model-settings.json")


# ----------------------------------------------------------------------------------------------
# Processes


@dataclass
class _Launch:
    argv: list[str]
    env: dict[str, str]
    cwd: Path


def _child_env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    # The caller's venv / source paths must not leak into the server's interpreter.
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"):
        env.pop(key, None)
    env["PYTHONUNBUFFERED"] = "1"  # log lines show up in the log file as they happen
    env.update(extra)
    return env


def _prepend(path: str, rest: str | None) -> str:
    return path if not rest else f"{path}{os.pathsep}{rest}"


def _launch_triton(info: dict[str, Any], workdir: Path, ports: Sequence[int]) -> _Launch:
    repo = workdir / "model_repository"
    _write_triton_repo(repo)
    ts = Path(info["tritonserver_dir"])
    grpc_port, http_port, metrics_port = ports
    argv = [
        str(ts / "bin" / "tritonserver"),
        f"--model-repository={repo}",
        f"--backend-directory={ts / 'backends'}",
        # explicit + load all: loads everything at start; exit-timeout: quick clean stop.
        "--model-control-mode=explicit",
        "--load-model=*",
        "--exit-timeout-secs=5",
        "--log-verbose=0",
        f"--grpc-address={HOST}",
        f"--grpc-port={grpc_port}",
        f"--http-address={HOST}",
        f"--http-port={http_port}",
        f"--metrics-address={HOST}",
        f"--metrics-port={metrics_port}",
    ]
    env = _child_env(
        {
            # The python backend stub runs `python` from PATH: it must be the venv's (numpy<2).
            "PATH": _prepend(str(_venv("triton") / "bin"), os.environ.get("PATH")),
            # Without this the stub may load the system libpython against another stdlib.
            "LD_LIBRARY_PATH": _prepend(info["libdir"], os.environ.get("LD_LIBRARY_PATH")),
        }
    )
    return _Launch(argv, env, workdir)


def _launch_kserve(info: dict[str, Any], workdir: Path, ports: Sequence[int]) -> _Launch:
    grpc_port, http_port = ports
    argv = [
        str(_venv("kserve") / "bin" / "python"),
        str(MODELS_DIR / "kserve" / "launcher.py"),
        # kserve parses these from sys.argv when it is imported.
        "--grpc_port",
        str(grpc_port),
        "--http_port",
        str(http_port),
        "--enable_latency_logging",
        "false",
        # kserve's default limit (8 MiB) is below the 16 MiB tensors the tests send.
        "--grpc_max_send_message_length",
        str(MAX_MESSAGE_BYTES),
        "--grpc_max_receive_message_length",
        str(MAX_MESSAGE_BYTES),
    ]
    env = _child_env(
        {
            "OIP_PEER_HOST": HOST,
            "OIP_PEER_DATATYPES": ",".join(_V2_DATATYPES[dt] for dt in datatypes("kserve")),
        }
    )
    return _Launch(argv, env, workdir)


def _launch_mlserver(info: dict[str, Any], workdir: Path, ports: Sequence[int]) -> _Launch:
    repo = workdir / "model_repository"
    _write_mlserver_repo(repo, ports)
    argv = [str(_venv("mlserver") / "bin" / "mlserver"), "start", str(repo)]
    # The custom runtimes (oip_models.py) are imported from the repository folder.
    return _Launch(argv, _child_env({"PYTHONPATH": str(repo)}), repo)


_LAUNCHERS: dict[str, Callable[[dict[str, Any], Path, Sequence[int]], _Launch]] = {
    "triton": _launch_triton,
    "kserve": _launch_kserve,
    "mlserver": _launch_mlserver,
}


def _free_ports(count: int) -> list[int]:
    """Ports the OS reports free on 127.0.0.1 (all sockets held open so they are distinct)."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind((HOST, 0))
            ports.append(sock.getsockname()[1])
        return ports


def _tail(path: Path, lines: int = 40) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 64 * 1024))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return "<no log>"
    return "\n".join(text.splitlines()[-lines:])


def _proc_stat(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name, or None if there is no such process."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # the command name may contain spaces


def _start_time(pid: int) -> int | None:
    """Kernel start time of ``pid``; recorded so a reused PID is never signalled."""
    stat = _proc_stat(pid)
    return int(stat[19]) if stat else None


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid``."""
    if not os.path.isdir("/proc"):  # not Linux: ask the kernel whether anyone is left
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            pass
        return [pgid]
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat and stat[0] != "Z" and int(stat[2]) == pgid:
                members.append(int(entry))
    return members


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _pid_alive(pid: int, proc: subprocess.Popen[bytes] | None) -> bool:
    if proc is not None:
        return proc.poll() is None  # also reaps it, so it does not linger as a zombie
    stat = _proc_stat(pid)
    if stat is not None:
        return stat[0] != "Z"
    if os.path.isdir("/proc"):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def terminate(
    pid: int,
    timeout: float = STOP_TIMEOUT_S,
    proc: subprocess.Popen[bytes] | None = None,
    start_time: int | None = None,
) -> None:
    """Stop a server started in its own session: SIGTERM, wait ``timeout`` s, then SIGKILL.

    The server leads its own process group, so helpers it spawned (Triton's python-backend
    stubs) are reached too.  ``proc`` is reaped when given; ``start_time`` guards PID reuse.
    """
    if start_time is not None and _start_time(pid) not in (None, start_time):
        return  # that PID now belongs to someone else: ours is long gone
    # The leader first, so it can shut its helpers down in order.
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    _wait_until(lambda: not _pid_alive(pid, proc), deadline)
    # Helpers that outlive the leader get SIGTERM too.
    _signal_group(pid, signal.SIGTERM)
    _wait_until(lambda: not group_members(pid), deadline)
    if _pid_alive(pid, proc) or group_members(pid):
        _signal_group(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _wait_until(lambda: not _pid_alive(pid, proc) and not group_members(pid), time.monotonic() + 5)
    if proc is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=1)


def _wait_until(done: Callable[[], bool], deadline: float) -> bool:
    while not done():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


# ----------------------------------------------------------------------------------------------
# Readiness over raw gRPC (no generated code: requests and responses are plain bytes)


def _model_ready_request(name: str, version: str = "") -> bytes:
    """Hand-encoded ModelReadyRequest{name = 1; version = 2}."""
    out = bytearray()
    for tag, value in ((0x0A, name), (0x12, version)):
        data = value.encode()
        if data:
            out.append(tag)
            out += _varint(len(data))
            out += data
    return bytes(out)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


# ServerReadyResponse / ModelReadyResponse with ready = true (field 1, varint 1).
_READY = b"\x08\x01"


def probe_ready(url: str, models: Sequence[str] = (), timeout: float = 1.0) -> bool:
    """One check: ServerReady and ModelReady for each of ``models`` all answer ready=true."""
    import grpc

    with grpc.insecure_channel(url, options=_channel_options()) as channel:
        return _ready(channel, list(models), timeout)


def _channel_options() -> list[tuple[str, int]]:
    return [
        ("grpc.enable_http_proxy", 0),  # loopback only, whatever *_proxy says
        # While the server is still starting, retry the connection often instead of backing off
        # towards grpc's default of minutes.
        ("grpc.initial_reconnect_backoff_ms", 100),
        ("grpc.min_reconnect_backoff_ms", 100),
        ("grpc.max_reconnect_backoff_ms", 500),
    ]


def _ready(channel: Any, pending: list[str], timeout: float) -> bool:
    """True once everything is ready; removes models found ready from ``pending``."""
    import grpc

    server_ready = channel.unary_unary(f"{_SERVICE}/ServerReady")
    model_ready = channel.unary_unary(f"{_SERVICE}/ModelReady")
    try:
        if server_ready(b"", timeout=timeout) != _READY:
            return False
        for name in list(pending):
            if model_ready(_model_ready_request(name), timeout=timeout) != _READY:
                return False
            pending.remove(name)
    except grpc.RpcError:
        return False
    return True


def wait_ready(
    url: str,
    models: Sequence[str],
    timeout: float = READY_TIMEOUT_S,
    alive: Callable[[], bool] = lambda: True,
) -> float:
    """Poll until the server at ``url`` and all ``models`` are ready; return seconds waited."""
    import grpc

    started = time.monotonic()
    pending = list(models)
    with grpc.insecure_channel(url, options=_channel_options()) as channel:
        while True:
            if _ready(channel, pending, timeout=1.0):
                return time.monotonic() - started
            if not alive():
                raise _ExitedEarlyError(f"server at {url} exited before it was ready")
            if time.monotonic() - started > timeout:
                missing = f" (models not ready: {', '.join(pending)})" if pending else ""
                raise PeerStartError(f"server at {url} not ready after {timeout:.0f}s{missing}")
            time.sleep(0.1)


class PeerStartError(RuntimeError):
    """A server did not become ready; the message ends with the tail of its log."""


class _ExitedEarlyError(PeerStartError):
    pass


# ----------------------------------------------------------------------------------------------
# Public start / stop API


@dataclass
class Peer:
    """A running server.  ``url`` is ``"127.0.0.1:<grpc port>"``."""

    name: str
    pid: int
    grpc_port: int
    ports: dict[str, int]
    log_path: Path
    workdir: Path
    ready_seconds: float = 0.0
    start_time: int | None = None
    _proc: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        return f"{HOST}:{self.grpc_port}"

    @property
    def models(self) -> tuple[str, ...]:
        return model_names(self.name)

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines)

    def alive(self) -> bool:
        if self._proc is not None:
            return self._proc.poll() is None
        stat = _proc_stat(self.pid)
        return stat is not None and stat[0] != "Z" and _start_time(self.pid) == self.start_time

    def stop(self, timeout: float = STOP_TIMEOUT_S, keep_files: bool = False) -> None:
        """Stop the server's whole process group; remove its temp folder unless ``keep_files``."""
        terminate(self.pid, timeout, self._proc, self.start_time)
        if not keep_files:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Peer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "pid": self.pid,
            "grpc_port": self.grpc_port,
            "ports": self.ports,
            "log_path": str(self.log_path),
            "workdir": str(self.workdir),
            "ready_seconds": self.ready_seconds,
            "start_time": self.start_time,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Peer:
        return cls(
            name=data["name"],
            pid=data["pid"],
            grpc_port=data["grpc_port"],
            ports=data["ports"],
            log_path=Path(data["log_path"]),
            workdir=Path(data["workdir"]),
            ready_seconds=data.get("ready_seconds", 0.0),
            start_time=data.get("start_time"),
        )


def start(server: str, *, timeout: float = READY_TIMEOUT_S, install: bool = True) -> Peer:
    """Start ``server`` on free 127.0.0.1 ports and block until it and its models are ready.

    Installs the server first if needed (unless ``install`` is false).  On timeout or early exit
    the process is stopped and :class:`PeerStartError` carries the tail of its log.
    """
    _check(server)
    if install:
        setup(server)
    info = _install_info(server)
    if info is None:
        raise PeerStartError(f"{server} is not installed; run: python {__file__} setup {server}")
    try:
        return _start_once(server, info, timeout)
    except _ExitedEarlyError:
        # Most likely another process took one of our free ports before the server bound it.
        return _start_once(server, info, timeout)


def _start_once(server: str, info: dict[str, Any], timeout: float) -> Peer:
    workdir = Path(tempfile.mkdtemp(prefix=f"inference-grpc-{server}-"))
    ports = _free_ports(_SPECS[server].n_ports)
    launch = _LAUNCHERS[server](info, workdir, ports)
    log_path = workdir / f"{server}.log"
    with open(log_path, "wb") as log:
        # Own session => own process group, so stop() reaches every helper process too.
        proc = subprocess.Popen(
            launch.argv,
            cwd=launch.cwd,
            env=launch.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    peer = Peer(
        name=server,
        pid=proc.pid,
        grpc_port=ports[0],
        ports=dict(zip(("grpc", "http", "metrics"), ports, strict=False)),  # kserve: no metrics
        log_path=log_path,
        workdir=workdir,
        start_time=_start_time(proc.pid),
        _proc=proc,
    )
    try:
        peer.ready_seconds = wait_ready(peer.url, model_names(server), timeout, peer.alive)
    except BaseException as exc:
        tail = peer.log_tail(40)  # before stopping: shutdown noise would bury the cause
        peer.stop()
        if isinstance(exc, PeerStartError):
            raise type(exc)(f"{server}: {exc}; log tail:\n{tail}") from None
        raise
    return peer


@contextlib.contextmanager
def started(server: str, *, timeout: float = READY_TIMEOUT_S) -> Iterator[Peer]:
    """``with started("mlserver") as peer: ...`` -- the server is stopped on exit."""
    peer = start(server, timeout=timeout)
    try:
        yield peer
    finally:
        peer.stop()


# ----------------------------------------------------------------------------------------------
# Command line: state of servers started from the shell lives in <cache>/run/<server>.json


def _state_file(server: str) -> Path:
    return cache_root() / "run" / f"{server}.json"


def _load_running(server: str) -> Peer | None:
    try:
        return Peer.from_json(json.loads(_state_file(server).read_text()))
    except (OSError, ValueError, KeyError):
        return None


def _cli_start(server: str) -> None:
    running = _load_running(server)
    if running is not None and running.alive():
        print(f"{server}: already running at {running.url} (pid {running.pid})")
        return
    peer = start(server)
    state = _state_file(server)
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(json.dumps(peer.to_json(), indent=2) + "\n")
    print(f"{server}: ready at {peer.url} (pid {peer.pid}) after {peer.ready_seconds:.1f}s; log {peer.log_path}")


def _cli_stop(server: str) -> None:
    peer = _load_running(server)
    if peer is None:
        print(f"{server}: not started from the command line")
        return
    peer.stop()
    _state_file(server).unlink(missing_ok=True)
    print(f"{server}: stopped (pid {peer.pid})")


def _cli_status(server: str) -> None:
    installed = "installed" if is_installed(server) else "not installed"
    peer = _load_running(server)
    if peer is None or not peer.alive():
        print(f"{server}: {installed} ({server_home(server)}); not running")
        return
    ready = "ready" if probe_ready(peer.url, model_names(server)) else "NOT ready"
    print(f"{server}: {installed}; running at {peer.url} (pid {peer.pid}), {ready}; log {peer.log_path}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("command", choices=("setup", "start", "stop", "status"))
    parser.add_argument("server", nargs="?", default="all", choices=(*SERVERS, "all"))
    args = parser.parse_args(argv)
    servers = list(SERVERS) if args.server == "all" else [args.server]
    try:
        if args.command == "setup":
            started_at = time.monotonic()
            setup_many(servers)
            print(f"setup done in {time.monotonic() - started_at:.0f}s")
        else:
            action = {"start": _cli_start, "stop": _cli_stop, "status": _cli_status}[args.command]
            for server in servers:
                action(server)
    except (RuntimeError, PeerStartError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
