"""`stream`, `config`, `stats` and `index`: the CLI as a subprocess against the embedded demo server."""

from __future__ import annotations

import json
import re

from .conftest import cli


def test_stream_prints_each_response_with_the_final_marker(url: str) -> None:
    done = cli("--url", url, "stream", "stream_words", "-i", 'TEXT=["hello streaming world"]', "--empty-final")
    assert (done.returncode, done.stderr) == (0, "")
    words = re.findall(r"WORD\s+BYTES\s+\[1\]\s+\['(\w+)'\]", done.stdout)
    assert words == ["hello", "streaming", "world"]
    assert "response 4 (final)\n  (empty: the end of the request's responses)" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("4 responses, 0 errors, in ")


def test_stream_json_lines_and_repeat_on_a_plain_model(url: str) -> None:
    ones = json.dumps([[1] * 16])
    done = cli(
        "--json",
        "--url",
        url,
        "stream",
        "simple",
        "-i",
        f"INPUT0={ones}",
        "-i",
        f"INPUT1={ones}",
        "--repeat",
        "3",
        "--id",
        "r",
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(x["id"], x["parameters"]) for x in lines] == [("r", {"triton_final_response": True})] * 3
    assert lines[0]["outputs"][0]["data"] == [[2] * 16]


def test_stream_errors_are_reported_and_exit_1(url: str) -> None:
    done = cli("--url", url, "stream", "stream_words", "-i", 'TEXT=["x"]', "-p", "delay=5", "--id", "slow")
    assert done.returncode == 1
    assert done.stdout.startswith("error (request 'slow'): model 'stream_words': parameter 'delay' must be")
    assert "0 responses, 1 errors" in done.stdout
    done = cli("--url", url, "stream", "no_such_model", "-i", "X=[1]")
    assert done.returncode == 1 and "error: unknown model 'no_such_model'" in done.stdout


def test_config_text_and_json(url: str) -> None:
    done = cli("--url", url, "config", "stream_words")
    assert done.returncode == 0, done.stderr
    assert re.search(r"decoupled\s+yes", done.stdout) and re.search(r"TEXT\s+TYPE_STRING\s+\[-1\]", done.stdout)
    done = cli("--json", "--url", url, "config", "classifier")
    config = json.loads(done.stdout)
    assert (config["name"], config["backend"]) == ("classifier", "python")
    assert [i["dataType"] for i in config["input"]] == ["TYPE_FP32"]
    done = cli("--url", url, "config", "nope")
    assert done.returncode == 1 and "ModelConfig for model 'nope' failed: NOT_FOUND" in done.stderr


def test_stats_count_inferences(url: str) -> None:
    before = json.loads(cli("--json", "--url", url, "stats", "echo_bytes").stdout)[0]
    for _ in range(2):
        assert cli("--url", url, "infer", "echo_bytes", "-i", 'INPUT0=["a"]').returncode == 0
    (after,) = json.loads(cli("--json", "--url", url, "stats", "echo_bytes").stdout)
    assert int(after["inferenceCount"]) - int(before.get("inferenceCount", 0)) == 2
    table = cli("--url", url, "stats").stdout
    assert table.startswith("MODEL ") and re.search(r"^echo_bytes\s+1\s+\d+", table, re.M)
    done = cli("--url", url, "stats", "nope")
    assert done.returncode == 1 and "INVALID_ARGUMENT: requested model 'nope' is not available" in done.stderr


def test_index(url: str) -> None:
    done = cli("--url", url, "index")
    assert done.returncode == 0
    assert re.search(r"^stream_words\s+1\s+READY\s+-$", done.stdout, re.M)
    entries = json.loads(cli("--json", "--url", url, "index", "--ready").stdout)
    assert {"name": "simple", "version": "1", "state": "READY", "reason": ""} in entries
