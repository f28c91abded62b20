"""--check lists what writing would add, change and delete, writes nothing, and exits 1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "inference_grpc_gen" / "oip"


def _codegen(*args: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "codegen", "-I", "protos", *args, "protos/inference.proto"]
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
    (out / "inference" / "stray.py").write_text("x = 1\n")  # stale
    (out / "old" / "pkg").mkdir(parents=True)
    (out / "old" / "pkg" / "__init__.py").write_text("")  # stale, in a folder of its own
    (out / "inference" / "__pycache__").mkdir()
    (out / "inference" / "__pycache__" / "_messages.cpython-311.pyc").write_bytes(b"cache")  # ignored
    before = _tree(out)

    result = _codegen("--check", "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{out}: added:   inference/__init__.py",
        f"{out}: changed: inference/_services.py",
        f"{out}: stale:   inference/stray.py",
        f"{out}: stale:   old/pkg/__init__.py",
    ]
    assert "4 file(s) out of date" in result.stderr
    assert _tree(out) == before, "--check wrote to the output folder"

    # Without --check the same list is written out, and the folder ends up as generated/ is.
    result = _codegen("--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4
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
