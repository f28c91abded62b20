"""`inference-grpc` end to end: what each command prints and exits with, errors included."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from server.certs import make_certs  # the server tests' certificate maker (tests/ is on sys.path)

from inference_grpc.server import SERVER_EXTENSIONS

from .conftest import cli


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command (and no traceback)."""
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("inference-grpc"), lines[0]
    return lines[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_demo() -> None:
    start = time.perf_counter()
    done = cli("demo")
    spent = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = done.stdout
    assert re.search(r"demo: an embedded server on 127\.0\.0\.1:\d+", out)
    for needle in [
        "live   yes",
        "extensions  model_repository",
        "simple        INPUT0 INT32 [1, 16], INPUT1 INT32 [1, 16] -> OUTPUT0 INT32 [1, 16], OUTPUT1 INT32 [1, 16]",
        "stream_words  TEXT BYTES [-1] -> WORD BYTES [1], INDEX INT32 [1]",
        "OUTPUT0  [[2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17]]",
        "OUTPUT1  [[-2 -1 0 1 2 3 4 5 6 7 8 9 10 11 12 13]]",
        "FP16 [2, 2]",
        "OUTPUT0  ['hello' 'Open Inference Protocol' 'ünïcödé ✓']",
        "setosa      99.5%",
        "unknown model      NOT_FOUND: unknown model 'resnet'",
        "missing input      INVALID_ARGUMENT: input 'INPUT1' of model 'simple' is missing",
        "stream-only model  UNIMPLEMENTED: ",
        "model 'stream_words' is decoupled (it answers with any number of responses): ModelInfer cannot serve it",
        "unloaded model     UNAVAILABLE",
    ]:
        assert needle in out, needle
    assert "DIFFERENT" not in out
    words = re.findall(r"ms  (\d+|-)  (\S+)\s+words-1", out)  # the streaming section, in arrival order
    assert words[:3] == [("0", "tokens"), ("1", "arrive"), ("2", "one")] and words[-1] == ("-", "(empty)")
    assert re.search(r"\(empty\)\s+words-1\s+final", out)
    assert spent < 15


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("inference-grpc")
    if not script.exists():
        pytest.skip("no inference-grpc console script beside this interpreter")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and done.stdout.startswith("inference-grpc ")


def test_live_and_ready(url: str) -> None:
    done = cli("--url", url, "live")
    assert (done.returncode, done.stdout) == (0, f"server {url} is live\n")
    done = cli("ready", "--url", url, "--json")  # global options also go after the command
    assert done.returncode == 0 and json.loads(done.stdout) == {"url": url, "ready": True}


def test_model_ready(url: str) -> None:
    done = cli("--url", url, "model-ready", "simple", "--version", "1")
    assert (done.returncode, done.stdout) == (0, "model 'simple' version 1 is ready\n")
    done = cli("--url", url, "model-ready", "no_such_model")
    assert (done.returncode, done.stdout) == (1, "model 'no_such_model' is not ready\n")


def test_metadata(url: str) -> None:
    done = cli("--url", url, "metadata")
    assert done.returncode == 0
    assert done.stdout.split()[:5] == ["name", "inference-grpc", "version", "0.1.0", "extensions"]
    assert done.stdout.split()[5:] == [e + "," for e in SERVER_EXTENSIONS[:-1]] + [SERVER_EXTENSIONS[-1]]
    done = cli("--url", url, "metadata", "classifier")
    assert done.returncode == 0
    assert "model     classifier" in done.stdout
    assert re.search(r"features\s+FP32\s+\[-1, 4\]", done.stdout)
    assert re.search(r"labels\s+BYTES\s+\[-1, -1\]", done.stdout)
    done = cli("--json", "--url", url, "metadata", "simple")
    assert json.loads(done.stdout)["inputs"] == [
        {"name": "INPUT0", "datatype": "INT32", "shape": [1, 16]},
        {"name": "INPUT1", "datatype": "INT32", "shape": [1, 16]},
    ]


def test_infer_prints_a_table(url: str) -> None:
    # A flat list fits the model's fixed [1, 16] shape; the datatype comes from its metadata.
    ones = json.dumps([1] * 16)
    done = cli(
        "--url", url, "infer", "simple", "--input", f"INPUT0={json.dumps([list(range(16))])}", "-i", f"INPUT1={ones}"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "model 'simple' version 1"
    assert lines[1].split() == ["OUTPUT", "DATATYPE", "SHAPE", "VALUES"]
    assert lines[2].split()[:4] == ["OUTPUT0", "INT32", "[1,", "16]"]
    assert "[[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16]]" in lines[2]
    assert "[[-1 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14]]" in lines[3]


def test_infer_json_and_npy_files(url: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = cli(
        "--url", url, "--json", "infer", "classifier",
        "--input", "features=[[5.1,3.5,1.4,0.2],[6.9,3.1,5.6,2.3]]", "--param", "top_k=2",
        "--id", "req-7", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert (reply["model_name"], reply["model_version"], reply["id"]) == ("classifier", "1", "req-7")
    outputs = {o["name"]: o for o in reply["outputs"]}
    assert outputs["labels"]["data"] == [["setosa", "versicolor"], ["virginica", "versicolor"]]
    assert outputs["scores"]["datatype"] == "FP32" and outputs["scores"]["shape"] == [2, 2]
    labels = np.load(out / "labels.npy")
    assert labels.tolist() == [[b"setosa", b"versicolor"], [b"virginica", b"versicolor"]]
    scores = np.load(out / "scores.npy")
    assert scores.dtype == np.float32
    np.testing.assert_allclose(scores, outputs["scores"]["data"])
    assert outputs["scores"]["file"] == str(out / "scores.npy")


def test_infer_with_npy_input_and_output_subset(url: str, tmp_path: Path) -> None:
    batch = np.arange(3 * 16, dtype=np.float32).reshape(3, 16)
    np.save(tmp_path / "a.npy", batch)
    np.save(tmp_path / "b.npy", np.ones_like(batch))
    done = cli(
        "--url", url, "--json", "infer", "simple_fp32",
        "--input", f"INPUT0={tmp_path / 'a.npy'}", "--input", f"INPUT1={tmp_path / 'b.npy'}",
        "--output", "OUTPUT1", "--typed",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (output,) = json.loads(done.stdout)["outputs"]
    assert output["name"] == "OUTPUT1" and output["shape"] == [3, 16]
    np.testing.assert_array_equal(np.array(output["data"], dtype=np.float32), batch - 1)


def test_infer_datatypes(url: str) -> None:
    def identity(*args: str) -> dict[str, object]:
        done = cli("--url", url, "--json", "infer", "identity", *args)
        assert done.returncode == 0, done.stderr
        output: dict[str, object] = json.loads(done.stdout)["outputs"][0]
        return output

    # The model accepts any datatype: from the values, or --datatype.
    assert identity("--input", "INPUT0=[1.5, 2]")["datatype"] == "FP64"
    assert identity("--input", "INPUT0=[[1, 2, 3]]")["datatype"] == "INT64"
    small = identity("--input", "INPUT0=[1, -2]", "--datatype", "INPUT0=INT8")
    assert (small["datatype"], small["data"]) == ("INT8", [1, -2])
    half = identity("--input", "INPUT0=[0.5, 1.25]", "-d", "INPUT0=BF16", "--typed")
    assert (half["datatype"], half["data"]) == ("BF16", [0.5, 1.25])
    words = identity("--input", 'INPUT0=["a", "ü"]')
    assert (words["datatype"], words["data"]) == ("BYTES", ["a", "ü"])
    flags = identity("--input", "INPUT0=[true, false]")
    assert (flags["datatype"], flags["data"]) == ("BOOL", [True, False])


def test_bench(url: str) -> None:
    done = cli("--url", url, "bench", "simple", "--count", "40", "--concurrency", "4")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    out = done.stdout
    assert "model       simple (INPUT0 INT32 [1, 16], INPUT1 INT32 [1, 16])" in out
    assert re.search(r"requests\s+40 in [\d.]+ s, 4 concurrent, 0 errors", out)
    assert re.search(r"throughput\s+[\d,.]+ requests/s", out)
    assert re.search(r"latency\s+p50 [\d.]+ ms\s+p90 [\d.]+ ms\s+p99 [\d.]+ ms", out)


def test_bench_json_with_batch_and_shapes(url: str) -> None:
    done = cli("--url", url, "--json", "bench", "classifier", "--count", "20", "--batch", "8", "-c", "2")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["inputs"] == {"features": {"datatype": "FP32", "shape": [8, 4]}}
    assert (report["requests"], report["errors"], report["batch"]) == (20, 0, 8)
    latency = report["latency_ms"]
    assert 0 < latency["min"] <= latency["p50"] <= latency["p90"] <= latency["p99"] <= latency["max"]
    done = cli(
        "--url", url, "--json", "bench", "identity", "--duration", "0.2", "--shape", "INPUT0=2,3", "-d", "INPUT0=UINT16"
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["inputs"] == {"INPUT0": {"datatype": "UINT16", "shape": [2, 3]}}
    assert report["requests"] > 0 and 0.2 <= report["seconds"] < 5


def test_bench_draws_a_progress_bar_on_a_terminal(url: str) -> None:
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "inference_grpc.cli", "--url", url, "bench", "simple", "--duration", "0.4"],
            stdout=subprocess.PIPE,
            stderr=terminal,
            stdin=subprocess.DEVNULL,
            timeout=60,
        )
        os.close(terminal)
        terminal = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal side is closed: all read
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if terminal >= 0:
            os.close(terminal)
        os.close(controller)
    assert done.returncode == 0
    text = drawn.decode()
    assert "\rbench simple [" in text and "requests" in text
    assert b"latency" in done.stdout


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_prints_its_url_and_stops_cleanly(stop: signal.Signals) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "inference_grpc.cli", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        found = re.match(r"inference-grpc [\d.]+ serving on (127\.0\.0\.1:\d+)$", first.strip())
        assert found, first
        url = found.group(1)
        done = cli("--url", url, "model-ready", "classifier")
        assert done.returncode == 0, done.stderr
        server.send_signal(stop)
        stdout, stderr = server.communicate(timeout=15)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert server.returncode == 0
    assert "Traceback" not in stderr and stderr == ""
    assert stdout.splitlines()[-1] == "stopped"


def test_serve_and_connect_with_mutual_tls(tmp_path: Path) -> None:
    certs = make_certs(tmp_path)
    server = subprocess.Popen(
        [
            sys.executable, "-m", "inference_grpc.cli", "serve", "--port", "0",
            "--tls-cert", str(certs.server_cert), "--tls-key", str(certs.server_key),
            "--tls-client-ca", str(certs.ca),
        ],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        first = server.stdout.readline().strip()
        assert first.endswith(" with TLS"), first
        url = first.split(" serving on ")[1].split()[0]
        tls = ["--url", url, "--ssl", "--root-certificates", str(certs.ca)]
        client_cert = ["--private-key", str(certs.client_key), "--certificate-chain", str(certs.client_cert)]
        done = cli(*tls, *client_cert, "--header", "x-trace=1", "live")
        assert (done.returncode, done.stdout) == (0, f"server {url} is live\n"), done.stderr
        done = cli(*tls, "--timeout", "5", "live")  # no client certificate: refused
        assert done.returncode == 1
        assert "cannot reach the server" in one_error_line(done)
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=15)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert server.returncode == 0


def test_serve_on_a_port_in_use(url: str) -> None:
    port = url.rsplit(":", 1)[1]
    done = cli("serve", "--port", port)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in one_error_line(done)


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        pytest.param(["live"], 1, "cannot reach the server at", id="unreachable"),
        pytest.param(["infer", "nope", "--input", "X=[1]"], 1, "NOT_FOUND: unknown model 'nope'", id="unknown-model"),
        pytest.param(["bench", "nope", "--count", "3"], 1, "NOT_FOUND", id="bench-unknown-model"),
        pytest.param(["infer", "simple", "--input", "INPUT0=[1,2"], 2, "neither a .npy file nor JSON", id="bad-json"),
        pytest.param(["infer", "simple", "--input", "INPUT0=nope.npy"], 2, "cannot read 'nope.npy'", id="no-file"),
        pytest.param(["infer", "simple", "--input", "INPUT0"], 2, "expects NAME=VALUE", id="no-equals"),
        pytest.param(["infer", "simple", "--input", "INPUT0=[1.5]"], 2, "INT32 needs whole numbers", id="not-int"),
        pytest.param(
            ["infer", "simple", "-i", "INPUT0=[1,2]", "-i", "INPUT1=[1,2]"],
            1,
            "INVALID_ARGUMENT: input 'INPUT0': shape [2] does not match the model's [1, 16]",
            id="server-validation",
        ),
        pytest.param([], 2, "required: COMMAND", id="no-command"),
        pytest.param(["frobnicate"], 2, "invalid choice: 'frobnicate'", id="unknown-command"),
        pytest.param(["--timeout", "0", "live"], 2, "--timeout", id="bad-timeout"),
        pytest.param(["--header", "nokey", "live"], 2, "--header", id="bad-header"),
        pytest.param(["serve", "--tls-cert", "x.pem"], 2, "--tls-cert and --tls-key go together", id="tls-half"),
        pytest.param(["--root-certificates", "nope.pem", "--ssl", "live"], 2, "cannot read", id="no-ca-file"),
    ],
)
def test_errors_are_one_line(url: str, args: list[str], code: int, needle: str) -> None:
    target = f"127.0.0.1:{free_port()}" if args == ["live"] else url
    done = cli("--url", target, *args)
    assert done.returncode == code, done.stderr
    assert needle in one_error_line(done)


def test_a_bad_url_is_a_usage_error() -> None:
    done = cli("--url", "http://host:8001/path", "live")
    assert done.returncode == 2
    assert "path" in one_error_line(done)


def test_serve_listens_where_url_says() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "inference_grpc.cli", "serve", "--url", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline().strip().endswith(f"serving on 127.0.0.1:{port}")
        assert cli("--url", f"127.0.0.1:{port}", "live").returncode == 0
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=15)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_serve_refuses_url_beside_host_and_port() -> None:
    done = cli("serve", "--url", "127.0.0.1:9", "--port", "10")
    assert done.returncode == 2 and "give --url, or --host and --port, not both" in done.stderr
    assert "Traceback" not in done.stderr
