"""kserve's REST half (to_rest, from_rest, from_bytes, from_inference_request, DataFrames),
kserve-style parameter access and errors: the same scenarios through kserve's classes (in
kserve's venv, in its own process) and ours, compared value by value. Where we differ on purpose,
the difference is asserted exactly, and README's migration table names the test."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import peers
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATATYPES = ["BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64", "FP16", "FP32", "FP64"]
DATATYPES.append("BYTES")

pytestmark = pytest.mark.interop


@pytest.fixture(scope="module")
def observed() -> dict[str, Any]:
    if not peers.is_installed("kserve"):
        peers.setup("kserve")
    python = peers.server_home("kserve") / "venv" / "bin" / "python"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "generated")])}
    done = subprocess.run(
        [str(python), str(HERE / "kserve_rest_scenarios.py")], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _text(value: Any) -> Any:
    """Our BYTES elements ({"bytes": hex}) as the text kserve gives for REST-read tensors."""
    if isinstance(value, dict) and set(value) == {"bytes"}:
        return bytes.fromhex(value["bytes"]).decode()
    if isinstance(value, dict):
        return {k: _text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


def test_requests_to_rest_agree_for_every_datatype_binary_and_json(observed: dict[str, Any]) -> None:
    for datatype in DATATYPES:
        for form in ("binary", "json"):
            sides = observed[f"request to_rest: {datatype} {form}"]
            if (datatype, form) == ("FP16", "json"):
                continue  # test_fp16_set_as_json_goes_binary_in_to_rest
            assert "ok" in sides["ours"], (datatype, form)
            assert sides["ours"] == sides["kserve"], (datatype, form)
    assert (
        observed["request to_rest: binary and JSON inputs"]["ours"]
        == observed["request to_rest: binary and JSON inputs"]["kserve"]
    )
    assert observed["request to_rest without id: a uuid4"] == {"kserve": 4, "ours": 4}


def test_fp16_set_as_json_goes_binary_in_to_rest(observed: dict[str, Any]) -> None:
    sides = observed["request to_rest: FP16 json"]
    assert sides["kserve"] == {"error": "InvalidInput"}
    head, tail = sides["ours"]["ok"]
    assert head["inputs"][0]["parameters"]["binary_data_size"] == 12 and len(bytes.fromhex(tail)) == 12
    assert head == observed["request to_rest: FP16 binary"]["kserve"]["ok"][0] | {
        "outputs": [{"name": "OUT", "parameters": {"binary_data": False}}]
    }


def test_bodies_kserve_writes_read_the_same_through_ours(observed: dict[str, Any]) -> None:
    prefixes = ("request from_bytes of kserve's body", "response from_bytes of kserve's body")
    count = 0
    for name, sides in observed.items():
        if name.startswith(prefixes) or name.startswith("response from_rest of kserve's dict"):
            count += 1
            assert "ok" in sides["ours"], name
            if "BYTES" in name:
                continue  # test_bytes_read_from_rest_are_bytes_as_over_grpc
            assert sides["ours"] == sides["kserve"], name
    assert count == 25 + 25 + 12  # 13 datatypes binary and JSON, but kserve's to_rest refuses FP16 in JSON


def test_bytes_read_from_rest_are_bytes_as_over_grpc(observed: dict[str, Any]) -> None:
    names = [n for n in observed if "BYTES" in n and ("from_bytes" in n or "from_rest" in n)] + [
        "from_inference_request"
    ]
    assert len(names) == 6
    for name in names:
        sides = observed[name]
        assert sides["ours"] != sides["kserve"], name  # kserve: str from REST (bytes from gRPC); ours: bytes
        assert _text(sides["ours"]) == sides["kserve"], name


def test_responses_to_rest_agree_binary_json_and_requested(observed: dict[str, Any]) -> None:
    for datatype in DATATYPES:
        for form in ("binary", "json"):
            sides = observed[f"response to_rest: {datatype} {form}"]
            assert sides["ours"] == sides["kserve"], (datatype, form)
    assert "error" in observed["response to_rest: FP16 json"]["ours"]  # no half floats in JSON, as kserve
    for case in ("true", "false"):
        sides = observed[f"response to_rest: requested outputs, binary_data {case}"]
        assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"], case
    for what in ("request", "response"):  # a request's typed list goes as given, a response's flattened
        sides = observed[f"{what} to_rest: a nested typed list"]
        assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"], what


def test_requested_output_without_binary_data_follows_use_binary_outputs(observed: dict[str, Any]) -> None:
    sides = observed["difference: requested output without binary_data"]
    kserve_head, kserve_tail = sides["kserve"]["ok"]
    ours_head, ours_tail = sides["ours"]["ok"]
    assert kserve_tail == "" and "data" in kserve_head["outputs"][0]  # kserve: JSON, use_binary_outputs ignored
    assert ours_head["outputs"][0]["parameters"] == {"binary_data_size": 48} and len(ours_tail) == 96
    assert ours_head["outputs"][1] == kserve_head["outputs"][1]  # X asked binary_data false: JSON on both


def test_from_inference_request_and_dataframes_agree(observed: dict[str, Any]) -> None:
    assert observed["as_dataframe of a JSON request"]["ours"] == observed["as_dataframe of a JSON request"]["kserve"]
    for form in ("binary", "json"):
        sides = observed[f"a DataFrame result as a response: {form}"]
        assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"], form


def test_protobuf_shapes_are_taken(observed: dict[str, Any]) -> None:
    sides = observed["a tensor shaped by a protobuf repeated field"]
    assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"]
    assert sides["ours"]["ok"][0] == [2, 2]
    sides = observed["difference: to_rest of a tensor shaped by a protobuf repeated field"]
    assert sides["kserve"] == {"error": "TypeError"}  # orjson cannot write protobuf's container
    assert sides["ours"]["ok"][0]["inputs"][0]["shape"] == [2, 2]


def test_use_binary_outputs_of_requests_agrees(observed: dict[str, Any]) -> None:
    cases = {k: v for k, v in observed.items() if k.startswith("use_binary_outputs of")}
    assert len(cases) == 5
    for name, sides in cases.items():
        assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"], name
    assert observed["use_binary_outputs of a gRPC request, inputs raw"]["ours"] == {"ok": True}
    assert observed["use_binary_outputs of a REST request, binary_data_output True"]["ours"] == {"ok": True}


def test_parameters_read_the_kserve_way(observed: dict[str, Any]) -> None:
    for what in ("response", "output", "request"):
        sides = observed[f"{what} parameters read the kserve way"]
        assert "ok" in sides["ours"] and sides["ours"] == sides["kserve"], what


def test_errors_are_invalid_input_as_kserve_s(observed: dict[str, Any]) -> None:
    errors = {k: v for k, v in observed.items() if k.startswith("error:")}
    assert len(errors) == 5
    for name, sides in errors.items():
        assert sides == {"kserve": {"error": "InvalidInput"}, "ours": {"error": "InvalidInput"}}, name


def test_malformed_rest_bodies_are_invalid_input(observed: dict[str, Any]) -> None:
    sides = observed["difference: request from_bytes of a body without inputs"]
    assert sides == {"kserve": {"error": "KeyError"}, "ours": {"error": "InvalidInput"}}


def test_response_from_bytes_keeps_model_version(observed: dict[str, Any]) -> None:
    assert observed["difference: response from_bytes keeps model_version"] == {
        "kserve": {"ok": None},
        "ours": {"ok": "7"},
    }


def test_empty_binary_input_is_a_binary_part_of_zero_bytes(observed: dict[str, Any]) -> None:
    sides = observed["difference: request to_rest of an input with no elements, binary"]
    assert sides["kserve"]["ok"][0]["inputs"][0]["data"] is None  # beside binary_data_size 0
    assert "data" not in sides["ours"]["ok"][0]["inputs"][0]
    assert sides["ours"]["ok"][0]["inputs"][0]["parameters"] == {"binary_data_size": 0}


def test_as_dataframe_reads_raw_inputs(observed: dict[str, Any]) -> None:
    sides = observed["difference: as_dataframe of a gRPC request with raw inputs"]
    assert sides == {"kserve": {"ok": [["T0"], {"T0": []}]}, "ours": {"ok": [["T0"], {"T0": [-2, -1, 0, 1, 2, 3]}]}}
