"""The repository passes its linters: ruff over the code and tests, mypy --strict over the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv running the tests has ruff and mypy


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / argv[0]), *argv[1:]], cwd=REPO, capture_output=True, text=True, timeout=600)


def test_ruff() -> None:
    targets = [d for d in ("src", "generated", "codegen", "tests", "benchmarks", "tools") if (REPO / d).is_dir()]
    result = _run("ruff", "check", "--no-cache", *targets)
    assert result.returncode == 0, f"ruff check {' '.join(targets)}:\n{result.stdout}{result.stderr}"


def test_mypy() -> None:
    result = _run("mypy", "src", "generated/inference_grpc_gen", "codegen")
    assert result.returncode == 0, f"mypy:\n{result.stdout}{result.stderr}"
