"""--check lists what writing would add, change and delete, writes nothing, and exits 1."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.writer import MANIFEST

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "inference_grpc_gen" / "oip"


def _codegen(*args: str) -> subprocess.CompletedProcess[str]:
    # As pyproject.toml's target for generated/.../oip: the tensor payloads zero-copy.
    zero_copy = ["inference.ModelInferRequest.raw_input_contents", "inference.ModelInferResponse.raw_output_contents"]
    options = [f"--zero-copy={name}" for name in zero_copy]
    argv = [sys.executable, "-m", "codegen", "-I", "protos", *options, *args, "protos/inference.proto"]
    return subprocess.run(argv, cwd=REPO, capture_output=True, text=True)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_check_lists_added_changed_and_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "oip"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "inference" / "__init__.py").unlink()  # to be added
    services = out / "inference" / "_services.py"
    services.write_text(services.read_text() + "# edited by hand\n")  # to be changed
    (out / "inference" / "stray.py").write_text("# Generated from gone.proto. DO NOT EDIT.\n")  # stale
    (out / "old" / "pkg").mkdir(parents=True)
    (out / "old" / "pkg" / "__init__.py").write_text("# Generated from gone.proto. DO NOT EDIT.\n")  # stale
    (out / "handwritten.py").write_text("x = 1\n")  # someone else's: kept
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["files"] += ["inference/stray.py", "old/pkg/__init__.py"]  # as if an earlier run wrote them
    (out / MANIFEST).write_text(json.dumps(manifest))
    (out / "inference" / "__pycache__").mkdir()
    (out / "inference" / "__pycache__" / "_messages.cpython-311.pyc").write_bytes(b"cache")  # ignored
    before = _tree(out)

    result = _codegen("--check", "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{out}: added:   inference/__init__.py",
        f"{out}: changed: {MANIFEST}",
        f"{out}: changed: inference/_services.py",
        f"{out}: stale:   inference/stray.py",
        f"{out}: stale:   old/pkg/__init__.py",
    ]
    assert "5 file(s) out of date" in result.stderr
    assert _tree(out) == before, "--check wrote to the output folder"

    # Without --check the same list is written out, and the folder ends up as generated/ is.
    result = _codegen("--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 5
    assert (out / "handwritten.py").read_text() == "x = 1\n"
    (out / "handwritten.py").unlink()
    assert _tree(out) == _tree(GENERATED)
    assert not (out / "old").exists(), "folders emptied of stale files are removed"
    assert (out / "inference" / "__pycache__").is_dir()

    result = _codegen("--check", "--out", str(out))
    assert (result.returncode, result.stdout) == (0, "")


def test_check_of_a_missing_output_lists_every_file_as_added(tmp_path: Path) -> None:
    out = tmp_path / "nowhere"
    result = _codegen("--check", "--out", str(out))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines and all(": added:   " in line for line in lines)
    assert {line.rsplit(" ", 1)[-1] for line in lines} == set(_tree(GENERATED))
    assert not out.exists()


def test_out_never_overwrites_or_deletes_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "vendor"
    out.mkdir()
    (out / "client_helpers.py").write_text("HELPER = 1\n")
    (out / "__init__.py").write_text('"""The vendor\'s own package."""\n')
    result = _codegen("--out", str(out))
    assert result.returncode == 2
    assert "did not write" in result.stderr and "__init__.py" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["__init__.py", "client_helpers.py"], "nothing was written"
    assert _codegen("--check", "--out", str(out)).returncode == 2

    (out / "__init__.py").unlink()
    assert _codegen("--out", str(out)).returncode == 0
    listed = json.loads((out / MANIFEST).read_text())["files"]
    assert "client_helpers.py" not in listed and "inference/_messages.py" in listed
    # Regenerating keeps the vendor's module; a generated file that is no longer generated goes.
    (out / "inference" / "_old.py").write_text("# Generated from old.proto. DO NOT EDIT.\n")
    manifest = json.loads((out / MANIFEST).read_text())
    (out / MANIFEST).write_text(json.dumps({**manifest, "files": [*manifest["files"], "inference/_old.py"]}))
    result = _codegen("--out", str(out))
    assert result.returncode == 0 and f"{out}: stale:   inference/_old.py" in result.stdout
    assert (out / "client_helpers.py").read_text() == "HELPER = 1\n"
    assert not (out / "inference" / "_old.py").exists()
