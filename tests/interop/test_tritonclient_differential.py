"""inference_grpc.tritonclient against real tritonclient 2.73: the same user-level scenarios
(tests/interop/tritonclient_scenarios.py) run through each, each in its own process (tritonclient
in the Triton peer venv, ours in this venv), compared value by value. They differ only where
tritonclient is broken, as README's "Migrating from tritonclient" lists; each such place is
asserted below with both answers.

Also: our protobuf modules in one process with tritonclient's, kserve's and MLServer's.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import peers
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCENARIOS = HERE / "tritonclient_scenarios.py"

pytestmark = pytest.mark.interop

# Our dependencies the Triton peer venv lacks, lent from this venv through PYTHONPATH.
LENT = (("betterproto2", "betterproto2"), ("dateutil", "python_dateutil"))


def _triton_python() -> str:
    if not peers.is_installed("triton"):
        peers.setup("triton")
    return str(peers.server_home("triton") / "venv" / "bin" / "python")


def _lent_path(folder: Path) -> str:
    for name, distribution in LENT:
        source = Path(importlib.import_module(name).__file__ or "").parent
        (folder / name).symlink_to(source)
        (info,) = source.parent.glob(f"{distribution}-*.dist-info")
        (folder / info.name).symlink_to(info)
    return os.pathsep.join([str(REPO / "src"), str(REPO / "generated"), str(folder)])


def _json(argv: list[str], env: dict[str, str] | None = None) -> Any:
    done = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def both() -> tuple[dict[str, Any], dict[str, Any]]:
    theirs = _json([_triton_python(), str(SCENARIOS), "theirs"])
    ours = _json([sys.executable, str(SCENARIOS), "ours"])
    return theirs, ours


def _differences(theirs: Any, ours: Any, path: str = "") -> dict[str, tuple[Any, Any]]:
    if isinstance(theirs, dict) and isinstance(ours, dict) and set(theirs) == set(ours):
        out: dict[str, tuple[Any, Any]] = {}
        for key in theirs:
            out.update(_differences(theirs[key], ours[key], f"{path}/{key}"))
        return out
    if isinstance(theirs, list) and isinstance(ours, list) and len(theirs) == len(ours):
        out = {}
        for i, (a, b) in enumerate(zip(theirs, ours, strict=True)):
            out.update(_differences(a, b, f"{path}[{i}]"))
        return out
    return {} if theirs == ours else {path: (theirs, ours)}


# Where tritonclient is broken and we do what its users meant (README, "Migrating from tritonclient").
DOCUMENTED = {
    # A shape of another rank: tritonclient fails with an IndexError from its own loop.
    "/infer_input_from_numpy/wrong shape",
    # set_shared_memory(region, size) after one with an offset keeps the old offset in tritonclient.
    "/infer_input_shared_memory/shm at 0/tensor/bytes",
    # get_output(name, as_json=True) answers None in tritonclient (it builds the JSON and drops it).
    "/result_raw_outputs/get_output as_json",
    # Typed BYTES contents: tritonclient gives an `S` array (losing trailing NULs); ours object arrays.
    "/result_typed_outputs/TEXT/dtype",
    # Typed contents of other datatypes: tritonclient cannot reshape its empty array; ours decodes them.
    "/result_typed_outputs/TYPED",
    # The hint after the message (the first sentence is the same).
    "/infer_input_from_numpy/BF16 from float32/str",
}


def test_every_scenario_ran(both: tuple[dict[str, Any], dict[str, Any]]) -> None:
    theirs, ours = both
    assert sorted(theirs) == sorted(ours)
    assert len(theirs) == 14
    for report in both:
        for name, value in report.items():
            assert not (isinstance(value, dict) and set(value) == {"error", "str"}), (name, value)


def test_ours_answers_as_tritonclient_does(both: tuple[dict[str, Any], dict[str, Any]]) -> None:
    differences = _differences(*both)

    def documented(path: str) -> bool:
        return any(path == d or path.startswith(d + "/") for d in DOCUMENTED)

    assert {k: v for k, v in differences.items() if not documented(k)} == {}
    assert {d for d in DOCUMENTED if not any(k == d or k.startswith(d + "/") for k in differences)} == set()


def test_where_tritonclient_is_broken_ours_does_what_was_meant(both: tuple[dict[str, Any], dict[str, Any]]) -> None:
    theirs, ours = both
    assert theirs["infer_input_from_numpy"]["wrong shape"]["error"] == "IndexError"
    assert ours["infer_input_from_numpy"]["wrong shape"] == {
        "error": "InferenceServerException",
        "str": "got unexpected numpy array shape [4,], expected [2, 2]",
    }
    # The region "other" at offset 0: tritonclient still sends shared_memory_offset=32.
    ours_shm = bytes.fromhex(ours["infer_input_shared_memory"]["shm at 0"]["tensor"]["bytes"])
    theirs_shm = bytes.fromhex(theirs["infer_input_shared_memory"]["shm at 0"]["tensor"]["bytes"])
    assert b"shared_memory_offset" in theirs_shm and b"shared_memory_offset" not in ours_shm
    assert theirs["result_raw_outputs"]["get_output as_json"] is None
    assert ours["result_raw_outputs"]["get_output as_json"] == {"name": "FP32", "datatype": "FP32", "shape": ["1", "3"]}
    assert (theirs["result_typed_outputs"]["TEXT"]["dtype"], ours["result_typed_outputs"]["TEXT"]["dtype"]) == (
        "|S2",
        "object",
    )
    assert theirs["result_typed_outputs"]["TYPED"]["error"] == "ValueError"
    assert ours["result_typed_outputs"]["TYPED"] == {"dtype": "int32", "shape": [2], "values": [5, -6]}
    first = "got unexpected datatype FP32 from numpy array, expected BF16."
    for report in both:
        assert report["infer_input_from_numpy"]["BF16 from float32"]["str"].startswith(first)


def test_the_same_reply_bytes_and_tensor_messages(both: tuple[dict[str, Any], dict[str, Any]]) -> None:
    theirs, ours = both
    # Our service_pb2 builds byte-identical replies, and our tensors the same protobuf messages.
    assert theirs["result_raw_outputs"]["reply bytes"] == ours["result_raw_outputs"]["reply bytes"]
    fp32 = ours["infer_input_from_numpy"]["FP32 2x3"]
    assert fp32["tensor"]["message"] == "inference.ModelInferRequest.InferInputTensor"
    assert fp32 == theirs["infer_input_from_numpy"]["FP32 2x3"]
    assert ours["result_raw_outputs"]["as_numpy"]["BF16"]["dtype"] == "bfloat16"
    assert ours["result_raw_outputs"]["as_numpy"]["FP32"]["writeable"] is False


def _foreign_pb2() -> dict[str, str]:
    found = {}
    for server, relative in (
        ("kserve", "kserve/protocol/grpc/grpc_predict_v2_pb2.py"),
        ("mlserver", "mlserver/grpc/dataplane_pb2.py"),
    ):
        if not peers.is_installed(server):
            peers.setup(server)
        (path,) = (peers.server_home(server) / "venv" / "lib").glob(f"python3*/site-packages/{relative}")
        found[server] = str(path)
    return found


@pytest.mark.parametrize(
    "order",
    [["ours", "tritonclient", "kserve", "mlserver"], ["kserve", "ours", "tritonclient"], ["mlserver", "ours"]],
    ids=lambda o: "-then-".join(o),
)
def test_our_pb2_beside_tritonclient_kserve_and_mlserver(order: list[str], tmp_path: Path) -> None:
    foreign = _foreign_pb2()
    argv = [f"{name}={foreign[name]}" if name in foreign else name for name in order]
    env = {"PYTHONPATH": _lent_path(tmp_path)}
    report = _json([_triton_python(), str(HERE / "tritonclient_pb2_coexistence.py"), *argv], env)
    imports = report["imports"]
    assert imports["ours"] == "imported"
    # The first foreign module imports; a second one clashes with it in the default pool, whoever it is.
    foreign_order = [name for name in order if name != "ours"]
    assert imports[foreign_order[0]] == "imported"
    for later in foreign_order[1:]:
        assert "duplicate symbol 'inference." in imports[later], imports[later]
    if imports.get("tritonclient") == "imported":
        assert len(report["pairs"]) == 16
        for name, checks in report["pairs"].items():
            assert checks == {
                "same bytes": True,
                "ours reads theirs": True,
                "theirs reads ours": True,
                "not empty": True,
            }, name


AT_EXIT = """
import sys
from {root}.utils import shared_memory as shm
handle = shm.create_shared_memory_region("r", sys.argv[1], 16)
"""


def test_regions_are_not_unlinked_behind_the_users_back_at_exit() -> None:
    # tritonclient's regions go through Python's resource tracker, which unlinks them when the
    # process exits (with a "leaked shared_memory" warning), even a region it only attached to.
    outcome = {}
    for who, python, root in (
        ("theirs", _triton_python(), "tritonclient"),
        ("ours", sys.executable, "inference_grpc.tritonclient"),
    ):
        key = f"/igexit-{who}-{os.getpid()}"
        path = Path("/dev/shm") / key.lstrip("/")
        try:
            made = subprocess.run(
                [python, "-c", AT_EXIT.format(root=root), key], capture_output=True, text=True, timeout=60
            )
            assert made.returncode == 0, made.stderr
            outcome[who] = (path.exists(), "leaked shared_memory" in made.stderr)
        finally:
            if path.exists():
                path.unlink()
    assert outcome == {"theirs": (False, True), "ours": (True, False)}
