"""generated/ is what the generator makes of the checked-in protos, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from inference_grpc.codegen import Target, generate
from inference_grpc.codegen.cli import project_targets

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "inference_grpc_gen" / "oip"
# Every protocol variant pyproject generates (the KServe one in oip/, Triton's in triton/).
PROTOCOL_TARGETS = [t for t in project_targets(REPO / "pyproject.toml") if isinstance(t, Target) and not t.pb2]
# The protobuf `_pb2` modules of Triton's protos (inference_grpc.tritonclient.grpc's service_pb2 and co).
PB2_TARGETS = [t for t in project_targets(REPO / "pyproject.toml") if isinstance(t, Target) and t.pb2]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_project_check_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--project", "--check"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, (
        f"generated/ is stale; run `python -m codegen --project`:\n{result.stdout}{result.stderr}"
    )
    assert result.stdout == ""


def test_both_protocol_variants_are_targets() -> None:
    assert sorted(t.out for t in PROTOCOL_TARGETS) == [
        "generated/inference_grpc_gen/oip",
        "generated/inference_grpc_gen/triton",
    ]


@pytest.mark.parametrize("target", PROTOCOL_TARGETS, ids=lambda t: Path(t.out).name)
def test_regenerating_reproduces_generated_byte_for_byte(tmp_path: Path, target: Target) -> None:
    out = tmp_path / "out"
    fresh = Target(target.protos, target.include, str(out), zero_copy=target.zero_copy)
    lines = generate(fresh, check=False, base=REPO)
    assert lines, "nothing was written"
    expected = _tree(REPO / target.out)
    produced = _tree(out)
    assert sorted(produced) == sorted(expected)
    for name, data in expected.items():
        assert produced[name] == data, f"{name} differs from a fresh generation"
    assert "py.typed" in produced and "inference/_messages.py" in produced and "inference/_services.py" in produced


def test_pb2_modules_regenerate_byte_for_byte(tmp_path: Path) -> None:
    (target,) = PB2_TARGETS
    assert target.out == "generated/inference_grpc_gen/triton_pb2"
    out = tmp_path / "out"
    generate(Target(target.protos, target.include, str(out), pb2=target.pb2), check=False, base=REPO)
    expected = _tree(REPO / target.out)
    assert _tree(out) == expected
    assert sorted(expected) == [
        ".inference-grpc-codegen.json",  # the manifest of what was written
        "__init__.py",
        "_pool.py",
        "model_config_pb2.py",
        "py.typed",
        "service_pb2.py",
        "service_pb2_grpc.py",
    ]


def test_generated_packages_are_the_installed_ones() -> None:
    import inference_grpc_gen.oip.inference as installed
    import inference_grpc_gen.triton.inference as installed_triton

    assert Path(installed.__file__).resolve() == GENERATED / "inference" / "__init__.py"
    triton = REPO / "generated" / "inference_grpc_gen" / "triton" / "inference" / "__init__.py"
    assert Path(installed_triton.__file__).resolve() == triton
