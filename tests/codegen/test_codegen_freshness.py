"""generated/ is what the generator makes of the checked-in protos, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inference_grpc.codegen import Target, generate

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "inference_grpc_gen" / "oip"


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


def test_regenerating_reproduces_generated_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "oip"
    lines = generate(Target(("protos/inference.proto",), ("protos",), str(out)), check=False, base=REPO)
    assert lines, "nothing was written"
    expected = _tree(GENERATED)
    produced = _tree(out)
    assert sorted(produced) == sorted(expected)
    for name, data in expected.items():
        assert produced[name] == data, f"{name} differs from a fresh generation"
    assert "py.typed" in produced and "inference/_messages.py" in produced and "inference/_services.py" in produced


def test_generated_package_is_the_installed_one() -> None:
    import inference_grpc_gen.oip.inference as installed

    assert Path(installed.__file__).resolve() == GENERATED / "inference" / "__init__.py"
