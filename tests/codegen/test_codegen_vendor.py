"""The vendor flow, end to end: wheel -> fresh venv -> console script on a vendor's own proto.

A vendor installs the wheel with its `codegen` extra, generates a package of their own (another
proto package, importing well-known types) with `inference-grpc-codegen`, and uses it. Nothing
of this checkout may leak into that venv, so the wheel is built from a copy of the sources.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENDOR_PROTOS = REPO / "tests" / "protos" / "vendor"
SOURCES = ["pyproject.toml", "README.md", "src", "codegen", "templates", "generated", "protos"]
# Pin the vendor venv to what this venv runs, so the test checks our code, not a new release.
PINNED = ["grpcio", "grpcio-tools", "protobuf", "numpy", "betterproto2", "typing-extensions", "jinja2", "markupsafe"]


def _run(argv: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(argv)} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        elif path.exists():
            shutil.copy2(path, source / name)
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)], cwd=source)
    (built,) = dist.glob("*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    for name in (
        "inference_grpc/py.typed",
        "inference_grpc/runtime/wire.py",
        "inference_grpc/codegen/cli.py",
        "inference_grpc/codegen/templates/messages.py.j2",
        "inference_grpc/codegen/templates/_macros.j2",
        "inference_grpc_gen/oip/py.typed",
        "inference_grpc_gen/oip/__init__.py",
        "inference_grpc_gen/oip/inference/__init__.py",
        "inference_grpc_gen/oip/inference/_messages.py",
        "inference_grpc_gen/oip/inference/_services.py",
        "inference_grpc_gen/triton/py.typed",
        "inference_grpc_gen/triton/__init__.py",
        "inference_grpc_gen/triton/inference/__init__.py",
        "inference_grpc_gen/triton/inference/_messages.py",
        "inference_grpc_gen/triton/inference/_services.py",
        "inference_grpc/triton_protocol.py",
    ):
        assert name in names, f"{name} is missing from {wheel.name}"
    assert not any(n.startswith(("tests/", "codegen/", "templates/")) for n in names)
    assert "inference-grpc-codegen = inference_grpc.codegen.cli:main" in scripts


@pytest.mark.slow
def test_vendor_generates_and_uses_its_own_package(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    pins = [f"{name}=={metadata.version(name)}" for name in PINNED]
    (tmp_path / "constraints.txt").write_text("\n".join(pins) + "\n")
    _run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(tmp_path / "constraints.txt"),
            f"{wheel}[codegen]",
        ],
        cwd=tmp_path,
        timeout=600,
    )

    out = tmp_path / "work" / "acme_gen"
    out.parent.mkdir()
    proto = VENDOR_PROTOS / "acme" / "vision" / "v1" / "vision.proto"
    script = venv / "bin" / "inference-grpc-codegen"
    result = _run([str(script), "-I", str(VENDOR_PROTOS), "--out", str(out), str(proto)], cwd=tmp_path)
    assert "added:   acme/vision/v1/_messages.py" in result.stdout
    assert (out / "google" / "protobuf" / "_messages.py").is_file()  # the imported well-known types
    assert (out / "py.typed").is_file()
    _run([str(script), "--check", "-I", str(VENDOR_PROTOS), "--out", str(out), str(proto)], cwd=tmp_path)

    check = textwrap.dedent(
        """
        import inspect, sys
        import inference_grpc, acme_gen.acme.vision.v1 as vision
        from acme_gen.google.protobuf import Timestamp, Empty

        assert not inference_grpc.__file__.startswith(REPO), inference_grpc.__file__
        assert sys.prefix != sys.base_prefix
        frame = vision.Frame(
            image=b"\\x89PNG" * 300,
            detections=[vision.Detection(label="cat", score=0.5, box=[1.0, 2.0, 3.5, 4.25],
                                         seen_at=Timestamp(seconds=1700000000, nanos=5))],
            tags={"camera": "front"},
        )
        again = vision.Frame.parse(bytes(frame))
        assert again == frame, again
        assert again.detections[0].seen_at.seconds == 1700000000
        assert bytes(Empty()) == b""
        for name in ("VisionStub", "VisionSyncStub", "VisionServicer", "VisionSyncServicer"):
            assert hasattr(vision, name), name
        assert "Detects the objects in one frame." in inspect.getdoc(vision.VisionStub.detect)
        from inference_grpc_gen.oip.inference import ModelInferRequest
        assert ModelInferRequest.parse(bytes(ModelInferRequest(model_name="m"))).model_name == "m"
        print("vendor ok")
        """
    )
    result = _run([str(python), "-c", check.replace("REPO", repr(str(REPO)))], cwd=out.parent)
    assert "vendor ok" in result.stdout

    # The README's vendor walkthrough, as written, in this fresh venv.
    readme = (REPO / "README.md").read_text(encoding="utf-8")

    def block(marker: str) -> str:
        match = re.search(rf"<!-- walkthrough:{marker} -->\n```\w+\n(.*?)```", readme, re.DOTALL)
        assert match, marker
        return match.group(1)

    walk = tmp_path / "walkthrough"
    proto = walk / "protos" / "acme" / "echo" / "v1" / "echo.proto"
    proto.parent.mkdir(parents=True)
    proto.write_text(block("proto"))
    command = shlex.split(block("generate").strip())
    assert command[0] == "python"
    _run([str(python), *command[1:]], cwd=walk)
    (walk / "echo_demo.py").write_text(block("python"))
    result = _run([str(python), "echo_demo.py"], cwd=walk, timeout=120)
    shown = re.search(r"\$ python echo_demo.py\n(.*?)```", readme, re.DOTALL)
    assert shown is not None and result.stdout == shown.group(1)
