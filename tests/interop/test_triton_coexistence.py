"""Real tritonclient.grpc beside our Triton variant in one process (in the Triton peer venv)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import peers
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

pytestmark = pytest.mark.interop

# Our runtime dependencies the peer venv lacks (betterproto2, for the enum base class, and its
# dateutil), lent from this venv through PYTHONPATH rather than installed into the shared cache.
LENT = (("betterproto2", "betterproto2"), ("dateutil", "python_dateutil"))  # (module, distribution)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not peers.is_installed("triton"):
        peers.setup("triton")
    python = peers.server_home("triton") / "venv" / "bin" / "python"
    lent = tmp_path_factory.mktemp("lent")
    for name, distribution in LENT:
        folder = Path(importlib.import_module(name).__file__ or "").parent
        (lent / name).symlink_to(folder)
        (info,) = folder.parent.glob(f"{distribution}-*.dist-info")  # betterproto2 reads its version
        (lent / info.name).symlink_to(info)
    path = [str(REPO / "src"), str(REPO / "generated"), str(lent)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    done = subprocess.run(
        [str(python), str(HERE / "triton_coexistence.py")], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_tritonclient_and_ours_import_in_one_process(report: dict[str, Any]) -> None:
    # tritonclient's modules own `inference.*` in protobuf's default pool, and ours still import.
    assert report["default_pool_file"] == {
        "inference.ModelInferRequest": "grpc_service.proto",
        "inference.ModelConfig": "model_config.proto",
    }
    assert (report["tritonclient_client"], report["ours_client"]) == ("InferenceServerClient", "InferenceGRPCClient")
    assert report["kserve_variant_is_separate"] is True


def test_every_tritonclient_message_has_ours_with_the_same_fields(report: dict[str, Any]) -> None:
    # tritonclient 2.73's protos are newer than Triton 2.51's, which ours follow: they add per-model
    # metrics (ModelConfig.model_metrics = 26 and its messages) and ModelEnsembling's
    # max_inflight_requests = 2. Nothing else differs.
    assert report["missing_in_ours"] == [
        "inference.ModelMetrics",
        "inference.ModelMetrics.MetricControl",
        "inference.ModelMetrics.MetricControl.MetricIdentifier",
        "inference.ModelMetrics.MetricControl.HistogramOptions",
    ]
    assert report["field_differences"] == {"inference.ModelConfig": [26], "inference.ModelEnsembling": [2]}


def test_each_side_decodes_the_others_bytes(report: dict[str, Any]) -> None:
    assert len(report["pairs"]) == 16
    for name, checks in report["pairs"].items():
        assert checks == {"protobuf reads ours": True, "we read protobuf's": True, "not empty": True}, name
